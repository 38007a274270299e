/* Diplograph's interactive view: one offline page, drawn on a Canvas 2D by the renderer below.
 * Data comes from the JSON block #dg-data. Every piece of text from an article or a label reaches the
 * page through textContent, attribute values or canvas fillText: never as HTML. */
(function () {
  'use strict';
  var T0 = performance.now();
  var D = JSON.parse(document.getElementById('dg-data').textContent);
  D.nodes.forEach(function (n) { if (!/^[a-z][a-z0-9+.-]*:/i.test(n.iri)) n.iri = D.meta.base + n.iri; });
  D.edges = D.edges.map(function (row, i) {   // [source, target, relation, role, events]
    return { id: 'e' + i, f: row[0], t: row[1], r: row[2], role: row[3] === 1, ev: row[4] };
  });
  var $ = function (id) { return document.getElementById(id); };
  var LRI = '\u2066', RLI = '\u2067', PDI = '\u2069';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // ------------------------------------------------------------------ interface language
  var STR = {
    ar: {
      appTitle: 'ديبلوغراف — العلاقات بين الدول',
      modeFull: 'الرسم الكامل', modeDyad: 'العلاقات الثنائية', viewGroup: 'طريقة العرض', viewTools: 'أدوات العرض',
      searchPlaceholder: 'ابحث عن دولة أو شخص أو وثيقة أو مكان', search: 'بحث', fit: 'ملاءمة',
      fitTitle: 'إظهار كل ما هو معروض (المفتاح 0)', csv: 'CSV', csvTitle: 'تنزيل الأحداث المعروضة مع جملها ومصادرها',
      png: 'صورة', pngTitle: 'حفظ العرض صورة PNG', labels: 'التسميات', labelsBoth: 'العربية + English',
      toggleFilters: 'إظهار المرشحات أو إخفاؤها', togglePanel: 'إظهار لوحة التفاصيل أو إخفاؤها',
      time: 'الزمن', play: '▶ تشغيل', pause: '❚❚ إيقاف', allTime: 'كل الفترات', keepUndated: 'إبقاء الوقائع غير المؤرخة',
      factTypes: 'أنواع الوقائع', kinds: 'العناصر', state: 'الدولة', allStates: '— كل الدول —',
      reset: 'إعادة ضبط المرشحات', legend: 'مفتاح الرموز', details: 'التفاصيل',
      hint: 'انقر على دولة أو شخص أو وثيقة أو حدث أو علاقة لقراءة ما يعرفه الرسم عنها والجمل التي استُخرج منها.',
      graphAria: 'الرسم البياني: الأسهم للتحريك، + و - للتكبير والتصغير، 0 للملاءمة، Esc للإلغاء',
      legendEvents: 'تُلوَّن الأحداث حسب نوعها؛ سُمك الخط في العرض الثنائي = عدد الأحداث.',
      statusFull: 'الرسم الكامل', statusDyad: 'العلاقات الثنائية', nodes: 'عقدة', edges: 'صلة',
      type: 'النوع', date: 'التاريخ', dates: 'التواريخ', place: 'المكان', places: 'الأماكن', states: 'الدول',
      iso: 'رمز الدولة', office: 'المنصب', represents: 'يمثل', occasion: 'المناسبة', ordinal: 'الترتيب',
      inferred: 'حدث مستنتج (لم يُذكر صراحةً)', dateFlag: 'تنبيه على التاريخ', sentences: 'الجمل', sentence: 'جملة',
      noSentence: 'لا توجد جملة مسجلة لهذه الواقعة.', source: 'المصدر', published: 'تاريخ النشر', dateOfFact: 'تاريخ الواقعة',
      partners: 'الشركاء (حسب عدد الأحداث)', events: 'الأحداث', people: 'الأشخاص', documents: 'الوثائق',
      signatories: 'الموقّعون', parties: 'الأطراف', timeline: 'التسلسل الزمني', relation: 'العلاقة',
      focus1: 'تركيز: خطوة واحدة', focus2: 'تركيز: خطوتان', clearFocus: 'إلغاء التركيز', focusOn: 'تركيز على',
      steps1: 'خطوة واحدة', steps2: 'خطوتان', technical: 'تفاصيل تقنية', rule: 'قاعدة الاستخراج', iri: 'المعرّف',
      wikidata: 'ويكي بيانات', more: 'والمزيد', noMatch: 'لا نتائج', hiddenByFilters: 'مخفي بالمرشحات',
      undated: 'غير مؤرخ', eventsCount: 'حدث', gazetteer: 'من معجم الدول ومسؤوليها.', allKinds: 'الكل',
      showIn: 'إظهار في الرسم', statesOf: 'دول', agent: 'الفاعل', recipient: 'المتلقي', party: 'طرف', document: 'وثيقة',
      and: 'و', of: 'من', pairEvents: 'أحداث بين الدولتين', nothing: 'لا شيء يطابق المرشحات.'
    },
    en: {
      appTitle: 'Diplograph — relations between states',
      modeFull: 'Full graph', modeDyad: 'Dyads', viewGroup: 'view', viewTools: 'view tools',
      searchPlaceholder: 'Search a state, person, document or place', search: 'search', fit: 'Fit',
      fitTitle: 'Show everything in view (key 0)', csv: 'CSV', csvTitle: 'Download the events in view with their sentences and sources',
      png: 'PNG', pngTitle: 'Save the view as a PNG image', labels: 'Labels', labelsBoth: 'العربية + English',
      toggleFilters: 'Show or hide the filters', togglePanel: 'Show or hide the details panel',
      time: 'Time', play: '▶ Play', pause: '❚❚ Pause', allTime: 'All time', keepUndated: 'keep undated facts',
      factTypes: 'Fact types', kinds: 'What to draw', state: 'State', allStates: '— all states —',
      reset: 'Reset filters', legend: 'Legend', details: 'Details',
      hint: 'Click a state, person, document, event or edge to read what the graph knows about it and the sentences it comes from.',
      graphAria: 'Graph: arrows pan, + and - zoom, 0 fits, Esc clears',
      legendEvents: 'Events are coloured by type; edge width in the dyad view = number of events.',
      statusFull: 'Full graph', statusDyad: 'Dyad view', nodes: 'nodes', edges: 'edges',
      type: 'Type', date: 'Date', dates: 'Dates', place: 'Place', places: 'Places', states: 'States',
      iso: 'ISO code', office: 'Office', represents: 'Represents', occasion: 'Occasion', ordinal: 'Ordinal',
      inferred: 'Inferred event (not stated outright)', dateFlag: 'Date flag', sentences: 'sentences', sentence: 'sentence',
      noSentence: 'No sentence recorded for this fact.', source: 'Source', published: 'Published', dateOfFact: 'Date of the fact',
      partners: 'Partners (by number of events)', events: 'Events', people: 'People', documents: 'Documents',
      signatories: 'Signatories', parties: 'Parties', timeline: 'Timeline', relation: 'Relation',
      focus1: 'Focus: 1 step', focus2: 'Focus: 2 steps', clearFocus: 'Clear focus', focusOn: 'Focus on',
      steps1: '1 step', steps2: '2 steps', technical: 'Technical details', rule: 'Extraction rule', iri: 'IRI',
      wikidata: 'Wikidata', more: 'and more', noMatch: 'No match', hiddenByFilters: 'hidden by filters',
      undated: 'undated', eventsCount: 'events', gazetteer: 'From the gazetteer of states and their officials.',
      allKinds: 'all', showIn: 'Show in the graph', statesOf: 'states', agent: 'agent', recipient: 'recipient',
      party: 'party', document: 'document', and: 'and', of: 'of', pairEvents: 'Events between the two states',
      nothing: 'Nothing matches the filters.'
    }
  };
  var LANGS = ['ar', 'en'];

  // ------------------------------------------------------------------ indexes
  var byId = new Map(D.nodes.map(function (n) { return [n.id, n]; }));
  var byIri = new Map(D.nodes.map(function (n) { return [n.iri, n.id]; }));
  var kinds = new Map(D.kinds.map(function (k) { return [k.k, k]; }));
  var types = new Map(D.types.map(function (t) { return [t.t, t]; }));
  var relations = new Map(D.relations.map(function (r) { return [r.r, r]; }));
  var roles = new Map(D.roles.map(function (r) { return [r.r, r]; }));
  var edgeById = new Map(D.edges.map(function (e) { return [e.id, e]; }));
  D.edges.forEach(function (e) {   // the states an edge concerns: those of its two ends
    var f = byId.get(e.f).st, to = byId.get(e.t).st;
    e.st = to.length ? f.concat(to.filter(function (x) { return f.indexOf(x) < 0; })) : f;
  });
  var dyadById = new Map(D.dyad.edges.map(function (e) { return [e.id, e]; }));
  var pairId = new Map(D.dyad.edges.map(function (e) { return [e.f + '|' + e.t, e.id]; }));
  var events = D.nodes.filter(function (n) { return n.k === 'event'; });
  var countries = D.nodes.filter(function (n) { return n.k === 'country'; });
  var eventRoles = new Map();   // event id -> {agent: [...], recipient: [...], ...}
  var nodeEvents = new Map();   // entity id -> [event ids] it takes part in (any role)
  var adjacency = new Map();    // node id -> [edge ids]
  D.nodes.forEach(function (n) { adjacency.set(n.id, []); });
  D.edges.forEach(function (e) {
    adjacency.get(e.f).push(e.id); adjacency.get(e.t).push(e.id);
    if (!e.role) return;
    var r = eventRoles.get(e.f) || {};
    (r[e.r] = r[e.r] || []).push(e.t);
    eventRoles.set(e.f, r);
    if (!nodeEvents.has(e.t)) nodeEvents.set(e.t, []);
    nodeEvents.get(e.t).push(e.f);
  });
  events.forEach(function (n) {   // a state takes part in the events of its people too
    n.st.forEach(function (s) {
      if (!nodeEvents.has(s)) nodeEvents.set(s, []);
      nodeEvents.get(s).push(n.id);
    });
  });
  nodeEvents.forEach(function (list, id) {
    if (byId.get(id).k === 'country') nodeEvents.set(id, Array.from(new Set(list)));
  });
  var represented = new Map();  // state id -> person ids
  D.edges.forEach(function (e) {
    if (e.r === 'represents') {
      if (!represented.has(e.t)) represented.set(e.t, []);
      represented.get(e.t).push(e.f);
    }
  });
  var degree = new Map(D.nodes.map(function (n) { return [n.id, (n.det && n.det.degree) || 0]; }));

  // ------------------------------------------------------------------ state of the view
  var ui = {
    mode: D.meta.defaultMode, lang: D.meta.lang || 'ar', labels: D.meta.lang || 'ar',
    state: '', from: '', to: '', undated: true,
    types: new Set(D.types.map(function (t) { return t.t; })),
    rels: new Set(D.relations.map(function (r) { return r.r; })),
    kinds: new Set(D.kinds.map(function (k) { return k.k; })),
    focus: '', depth: 1, selected: null   // selected: {node: id} | {edge: id} | {pair: [a, b]}
  };
  if (D.meta.collapsed) { ui.kinds.delete('person'); ui.kinds.delete('document'); }
  var DEFAULT_KINDS = new Set(ui.kinds);

  function t(key) { return (STR[ui.lang] && STR[ui.lang][key]) || STR.en[key] || key; }
  function rtl() { return ui.lang === 'ar'; }
  function iso(date) { return date ? LRI + date + PDI : ''; }
  function nameIn(n, lang) {
    if (!n) return '';
    if (lang === 'en') return n.en || n.ar;
    return n.ar || n.en;
  }
  function nameOf(id) {  // a name isolated for bidi, in the interface language
    var n = byId.get(id);
    if (!n) return id;
    var s = nameIn(n, ui.lang);
    return (/[\u0600-\u06ff]/.test(s) ? RLI : LRI) + s + PDI;
  }
  function typeName(sub) { var x = types.get(sub); return x ? x[ui.lang] : sub; }
  function kindName(k) { var x = kinds.get(k); return x ? x[ui.lang] : k; }
  function subName(n) {
    if (n.k === 'event') return typeName(n.sub);
    if (n.k === 'document' && n.sub && n.sub !== 'Document') return n.sub;
    return kindName(n.k);
  }
  function roleName(r) { var x = roles.get(r) || relations.get(r); return x ? x[ui.lang] : r; }
  function officeName(code) { var o = D.offices[code]; return o ? (ui.lang === 'ar' ? o[0] : o[1]) : code; }
  function eventTitle(n, noDate) {
    var st = n.st.map(nameOf).join(rtl() ? '، ' : ', ');
    return typeName(n.sub) + (st ? ' — ' + st : '') + (n.date && !noDate ? ' · ' + iso(n.date) : '');
  }
  function arrow() { return rtl() ? ' ← ' : ' → '; }

  // ------------------------------------------------------------------ filters
  function timeActive() { return ui.from !== '' || ui.to !== ''; }
  function filterActive() {
    return ui.state !== '' || timeActive() || ui.types.size !== D.types.length ||
      ui.rels.size !== D.relations.length;
  }
  function rangeOK(dr) {
    if (!timeActive()) return true;
    if (!dr) return ui.undated;
    return (!ui.from || dr[1] >= ui.from) && (!ui.to || dr[0] <= ui.to);
  }
  function stateOK(states) { return !ui.state || states.indexOf(ui.state) >= 0; }
  function eventPasses(n, skip) {
    skip = skip || '';
    return (skip === 'type' || ui.types.has(n.sub)) && (skip === 'time' || rangeOK(n.dr)) &&
      (skip === 'state' || stateOK(n.st));
  }
  function directPasses(e) {
    if (!ui.rels.has(e.r) || !stateOK(e.st)) return false;
    if (!timeActive() && ui.types.size === D.types.length) return true;
    var evs = e.ev.map(function (id) { return byId.get(id); });
    if (!evs.length) return !timeActive() || ui.undated;
    return evs.some(function (n) { return ui.types.has(n.sub) && rangeOK(n.dr); });
  }

  // what is drawn: {nodes: Set, edges: [{id, f, t, kind}], weights}
  var visible = { nodes: new Set(), edges: [], weights: new Map() };

  function computeFull() {
    var nodes = new Set(), edges = [], active = filterActive(), seen = new Set();
    D.nodes.forEach(function (n) {
      if (!ui.kinds.has(n.k)) return;
      if (n.k === 'event' ? eventPasses(n) : !active) nodes.add(n.id);
    });
    D.edges.forEach(function (e) {
      var ok = e.role ? eventPasses(byId.get(e.f)) && ui.kinds.has('event') : directPasses(e);
      if (!ok) return;
      var f = byId.get(e.f), to = byId.get(e.t);
      if (!ui.kinds.has(f.k)) return;
      if (ui.kinds.has(to.k)) {
        edges.push({ id: e.id, f: e.f, t: e.t, e: e }); nodes.add(e.f); nodes.add(e.t);
      } else if (e.role && to.k !== 'country' && ui.kinds.has('country')) {
        // a folded person or document: the event is drawn tied to its states instead
        to.st.forEach(function (s) {
          var key = e.f + '>' + s;
          if (seen.has(key)) return;
          seen.add(key);
          edges.push({ id: e.id + ':' + s, f: e.f, t: s, e: e }); nodes.add(e.f); nodes.add(s);
        });
      }
    });
    visible.nodes = nodes; visible.edges = edges;
  }
  function computeDyad() {
    var nodes = new Set(), edges = [], weights = new Map(), active = filterActive();
    Object.keys(D.dyad.nodes).forEach(function (id) { if (!active) nodes.add(id); });
    D.dyad.edges.forEach(function (d) {
      var w = 0;
      d.ev.forEach(function (id) { if (eventPasses(byId.get(id), 'state')) w += 1; });
      weights.set(d.id, w);
      if (w > 0 && (!ui.state || d.f === ui.state || d.t === ui.state)) {
        edges.push({ id: d.id, f: d.f, t: d.t, d: d }); nodes.add(d.f); nodes.add(d.t);
      }
    });
    visible.nodes = nodes; visible.edges = edges; visible.weights = weights;
  }
  function applyFocus() {
    if (!ui.focus || !visible.nodes.has(ui.focus)) return;
    var adj = new Map();
    visible.edges.forEach(function (e) {
      if (!adj.has(e.f)) adj.set(e.f, []);
      if (!adj.has(e.t)) adj.set(e.t, []);
      adj.get(e.f).push(e.t); adj.get(e.t).push(e.f);
    });
    var keep = new Set([ui.focus]), frontier = [ui.focus];
    for (var step = 0; step < ui.depth; step++) {
      var next = [];
      frontier.forEach(function (id) {
        (adj.get(id) || []).forEach(function (x) { if (!keep.has(x)) { keep.add(x); next.push(x); } });
      });
      frontier = next;
    }
    visible.nodes = keep;
    visible.edges = visible.edges.filter(function (e) { return keep.has(e.f) && keep.has(e.t); });
  }
  function compute() {
    if (ui.mode === 'dyad') computeDyad(); else computeFull();
    applyFocus();
  }

  // ------------------------------------------------------------------ the renderer (Canvas 2D)
  // Draws the scene (nodes with a shape, colour, size and label; edges with colour, width, dashes,
  // arrows) under a camera {x, y, k}. A full frame draws every edge, node and the labels that fit;
  // while the camera moves (drag, wheel, keys) it moves a bitmap of the last full frame instead and
  // draws a full frame again once the camera rests (a texture during the motion, as map viewers do).
  function Renderer(box) {
    var canvas = document.createElement('canvas'), ctx = canvas.getContext('2d');
    var snap = document.createElement('canvas'), sctx = snap.getContext('2d');
    canvas.setAttribute('aria-hidden', 'true');
    box.appendChild(canvas);
    var R = {
      canvas: canvas, cam: { x: 0, y: 0, k: 1 }, scene: { nodes: [], edges: [] }, W: 0, H: 0, dpr: 1,
      drawnLabels: [], frames: 0, fullFrames: 0, lastFullMs: 0, highlight: new Set(), selectedEdge: '',
      labelsOf: null
    };
    var snapCam = null, restTimer = 0, frameRequested = false, motion = false, grid = null;

    R.resize = function () {
      var r = box.getBoundingClientRect();
      R.dpr = window.devicePixelRatio || 1;
      R.W = Math.max(1, Math.round(r.width)); R.H = Math.max(1, Math.round(r.height));
      canvas.width = Math.round(R.W * R.dpr); canvas.height = Math.round(R.H * R.dpr);
      canvas.style.width = R.W + 'px'; canvas.style.height = R.H + 'px';
      snap.width = canvas.width; snap.height = canvas.height;
    };
    R.setScene = function (scene) {
      R.scene = scene;
      var index = new Map();
      scene.nodes.forEach(function (n, i) { index.set(n.id, i); });
      scene.index = index;
      buildGrid();
    };
    function buildGrid() {
      var ns = R.scene.nodes, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      ns.forEach(function (n) {
        if (n.x < minX) minX = n.x; if (n.x > maxX) maxX = n.x;
        if (n.y < minY) minY = n.y; if (n.y > maxY) maxY = n.y;
      });
      var cell = Math.max((maxX - minX) / 80, (maxY - minY) / 80, 20);
      var cells = new Map();
      ns.forEach(function (n, i) {
        var key = Math.floor((n.x - minX) / cell) + ',' + Math.floor((n.y - minY) / cell);
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key).push(i);
      });
      grid = { minX: minX, minY: minY, cell: cell, cells: cells };
    }
    R.bounds = function (ids) {
      var ns = R.scene.nodes, idx = R.scene.index, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      var list = ids ? ids.map(function (id) { return ns[idx.get(id)]; }).filter(Boolean) : ns;
      list.forEach(function (n) {
        var r = n.size;
        if (n.x - r < minX) minX = n.x - r; if (n.x + r > maxX) maxX = n.x + r;
        if (n.y - r < minY) minY = n.y - r; if (n.y + r > maxY) maxY = n.y + r;
      });
      return list.length ? { minX: minX, minY: minY, maxX: maxX, maxY: maxY } : null;
    };
    R.fit = function (ids) {
      var b = R.bounds(ids);
      if (!b) { R.cam = { x: 0, y: 0, k: 1 }; R.drawNow(); return; }
      var pad = 40, w = Math.max(b.maxX - b.minX, 1), h = Math.max(b.maxY - b.minY, 1);
      var k = Math.min((R.W - 2 * pad) / w, (R.H - 2 * pad) / h);
      R.cam = { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2, k: Math.max(Math.min(k, 2.5), 0.005) };
      R.drawNow();
    };
    function radius(n, k) { return Math.max(n.k === 'country' ? 7 : 2, n.size * 0.5 * k); }
    R.toScreen = function (x, y) {
      return { x: (x - R.cam.x) * R.cam.k + R.W / 2, y: (y - R.cam.y) * R.cam.k + R.H / 2 };
    };
    R.toWorld = function (sx, sy) {
      return { x: (sx - R.W / 2) / R.cam.k + R.cam.x, y: (sy - R.H / 2) / R.cam.k + R.cam.y };
    };

    function shapePath(c, shape, x, y, r) {
      var i, a;
      if (shape === 'dot') { c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI); return; }
      if (shape === 'square') { c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); return; }
      if (shape === 'diamond') { c.moveTo(x, y - r); c.lineTo(x + r, y); c.lineTo(x, y + r); c.lineTo(x - r, y); c.closePath(); return; }
      if (shape === 'triangle' || shape === 'triangleDown') {
        var s = shape === 'triangle' ? -1 : 1;
        c.moveTo(x, y + s * r); c.lineTo(x + r * 0.95, y - s * r * 0.6); c.lineTo(x - r * 0.95, y - s * r * 0.6); c.closePath(); return;
      }
      for (i = 0; i < 6; i++) {   // hexagon
        a = Math.PI / 6 + i * Math.PI / 3;
        if (i === 0) c.moveTo(x + r * Math.cos(a), y + r * Math.sin(a)); else c.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
      c.closePath();
    }

    function drawEdges(c, k, ox, oy, view) {
      var ns = R.scene.nodes, idx = R.scene.index, groups = new Map(), arrows = new Map(), labels = [];
      R.scene.edges.forEach(function (e) {
        var a = ns[idx.get(e.f)], b = ns[idx.get(e.t)];
        if (!a || !b) return;
        var x1 = a.x * k + ox, y1 = a.y * k + oy, x2 = b.x * k + ox, y2 = b.y * k + oy;
        if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > view.w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > view.h) return;
        var key = e.color + '|' + e.width + '|' + (e.dash ? 1 : 0);
        if (!groups.has(key)) groups.set(key, { color: e.color, width: e.width, dash: e.dash, segs: [] });
        groups.get(key).segs.push(x1, y1, x2, y2);
        if (e.arrow) {
          var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy);
          var rb = radius(b, k);
          if (len > rb + 8) {
            if (!arrows.has(e.color)) arrows.set(e.color, []);
            arrows.get(e.color).push(x2 - dx / len * rb, y2 - dy / len * rb, dx / len, dy / len, e.width);
          }
        }
        if (e.label) labels.push([e.label, (x1 + x2) / 2, (y1 + y2) / 2]);
      });
      var many = [], total = 0;
      groups.forEach(function (g) { total += g.segs.length / 4; });
      groups.forEach(function (g) {
        if (total > MANY_LINES && g.width <= 2 && !g.dash) { many.push(g); return; }
        c.beginPath();
        for (var i = 0; i < g.segs.length; i += 4) { c.moveTo(g.segs[i], g.segs[i + 1]); c.lineTo(g.segs[i + 2], g.segs[i + 3]); }
        c.strokeStyle = g.color; c.lineWidth = g.width; c.setLineDash(g.dash ? [5, 4] : []);
        c.stroke();
      });
      c.setLineDash([]);
      if (many.length) rasterLines(c, many, view);
      if (R.highlight.size) {   // the edges of the selection, on top
        c.beginPath();
        R.scene.edges.forEach(function (e) {
          if (!R.highlight.has(e.f) && !R.highlight.has(e.t)) return;
          var a = ns[idx.get(e.f)], b = ns[idx.get(e.t)];
          if (!a || !b) return;
          c.moveTo(a.x * k + ox, a.y * k + oy); c.lineTo(b.x * k + ox, b.y * k + oy);
        });
        c.strokeStyle = 'rgba(224,138,0,0.75)'; c.lineWidth = 2; c.stroke();
      }
      var heads = 0;
      arrows.forEach(function (list) { heads += list.length / 5; });
      if (heads > 1500) arrows.clear();   // arrowheads only where they can be told apart
      arrows.forEach(function (list, color) {
        c.beginPath();
        for (var i = 0; i < list.length; i += 5) {
          var x = list[i], y = list[i + 1], ux = list[i + 2], uy = list[i + 3], s = 7 + list[i + 4];
          c.moveTo(x, y); c.lineTo(x - ux * s - uy * s * 0.45, y - uy * s + ux * s * 0.45);
          c.lineTo(x - ux * s + uy * s * 0.45, y - uy * s - ux * s * 0.45); c.closePath();
        }
        c.fillStyle = color; c.fill();
      });
      return labels;
    }

    // Thousands of thin edges: drawn one pixel wide straight into a pixel buffer (a line per step of
    // its longer axis), which costs a tenth of stroking them as canvas paths without a GPU.
    var MANY_LINES = 3000, lineCanvas = document.createElement('canvas'), lctx = lineCanvas.getContext('2d');
    var lineImage = null;
    function rgba(hex, alpha) {   // '#a9b3bd' -> the 32-bit pixel (little-endian RGBA) of that colour
      var v = parseInt(hex.slice(1), 16);
      return ((alpha << 24) | ((v & 255) << 16) | (((v >> 8) & 255) << 8) | ((v >> 16) & 255)) >>> 0;
    }
    var CLIP = [0, 0, 0, 0];
    function clip(s, i, w, h) {   // Liang-Barsky: the part of segment i inside [0, w] x [0, h] into CLIP
      var x0 = s[i], y0 = s[i + 1], dx = s[i + 2] - x0, dy = s[i + 3] - y0, t0 = 0, t1 = 1;
      for (var j = 0; j < 4; j++) {
        var p = j === 0 ? -dx : j === 1 ? dx : j === 2 ? -dy : dy;
        var q = j === 0 ? x0 : j === 1 ? w - x0 : j === 2 ? y0 : h - y0;
        if (p === 0) { if (q < 0) return false; continue; }
        var r = q / p;
        if (p < 0) { if (r > t1) return false; if (r > t0) t0 = r; } else { if (r < t0) return false; if (r < t1) t1 = r; }
      }
      CLIP[0] = x0 + t0 * dx; CLIP[1] = y0 + t0 * dy; CLIP[2] = x0 + t1 * dx; CLIP[3] = y0 + t1 * dy;
      return true;
    }
    function rasterLines(c, groups, view) {
      var d = R.dpr, w = canvas.width, h = canvas.height;
      if (!lineImage || lineImage.width !== w || lineImage.height !== h) {
        lineCanvas.width = w; lineCanvas.height = h; lineImage = lctx.createImageData(w, h);
      }
      var buf = new Uint32Array(lineImage.data.buffer);
      buf.fill(0);
      groups.forEach(function (g) {
        var thick = g.width > 1, px = rgba(g.color, thick ? 150 : 100), s = g.segs;
        for (var i = 0; i < s.length; i += 4) {
          if (!clip(s, i, view.w - 0.01, view.h - 0.01)) continue;
          var seg = CLIP;
          var x = seg[0] * d, y = seg[1] * d, dx = seg[2] * d - x, dy = seg[3] * d - y;
          var n = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy))) || 1, sx = dx / n, sy = dy / n;
          var side = Math.abs(dx) > Math.abs(dy) ? (y < 1 ? w : -w) : (x < 1 ? 1 : -1);  // a second pixel row
          for (var k = 0; k <= n; k++) {
            var at = (y | 0) * w + (x | 0);
            buf[at] = px;
            if (thick) buf[at + side] = px;
            x += sx; y += sy;
          }
        }
      });
      lctx.putImageData(lineImage, 0, 0);
      c.save(); c.setTransform(1, 0, 0, 1, 0, 0); c.drawImage(lineCanvas, 0, 0); c.restore();
    }

    function drawNodes(c, k, ox, oy, view) {
      var groups = new Map(), rings = [];
      R.scene.nodes.forEach(function (n) {
        var x = n.x * k + ox, y = n.y * k + oy, r = radius(n, k);
        if (x < -r || y < -r || x > view.w + r || y > view.h + r) return;
        var key = n.shape + '|' + n.color;
        if (!groups.has(key)) groups.set(key, { shape: n.shape, color: n.color, pts: [] });
        groups.get(key).pts.push(x, y, r);
        if (R.highlight.has(n.id)) rings.push(x, y, r);
      });
      groups.forEach(function (g) {
        c.beginPath();
        for (var i = 0; i < g.pts.length; i += 3) shapePath(c, g.shape, g.pts[i], g.pts[i + 1], g.pts[i + 2]);
        c.fillStyle = g.color; c.fill();
        if (g.pts[2] >= 3.5 || g.shape === 'hexagon') { c.strokeStyle = '#333333'; c.lineWidth = 0.8; c.stroke(); }
      });
      if (rings.length) {
        c.beginPath();
        for (var i = 0; i < rings.length; i += 3) { c.moveTo(rings[i] + rings[i + 2] + 4, rings[i + 1]); c.arc(rings[i], rings[i + 1], rings[i + 2] + 4, 0, 2 * Math.PI); }
        c.strokeStyle = '#f0a000'; c.lineWidth = 3; c.stroke();
      }
    }

    // Labels: the most important nodes first (they are always drawn when on screen), then others
    // where they do not overlap a label already drawn; the font grows with importance.
    function drawLabels(c, k, ox, oy, view) {
      var ns = R.scene.nodes, out = [], boxes = new Map(), CELL = 80;
      var order = R.scene.labelOrder || [];
      var maxPrio = R.scene.maxPrio || 1, forced = R.scene.forced || 0, budget = 350;
      c.textAlign = 'center'; c.textBaseline = 'top'; c.lineJoin = 'round';
      function free(x0, y0, x1, y1) {
        for (var gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++) {
          for (var gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
            var list = boxes.get(gx + ',' + gy);
            if (!list) continue;
            for (var i = 0; i < list.length; i += 4) {
              if (x0 < list[i + 2] && x1 > list[i] && y0 < list[i + 3] && y1 > list[i + 1]) return false;
            }
          }
        }
        return true;
      }
      function take(x0, y0, x1, y1) {
        for (var gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++) {
          for (var gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
            var key = gx + ',' + gy;
            if (!boxes.has(key)) boxes.set(key, []);
            boxes.get(key).push(x0, y0, x1, y1);
          }
        }
      }
      for (var j = 0; j < order.length && out.length < budget; j++) {
        var n = ns[order[j]];
        if (!n.label) continue;
        var x = n.x * k + ox, y = n.y * k + oy, r = radius(n, k);
        if (x < -50 || y < -50 || x > view.w + 50 || y > view.h + 50) continue;
        var must = j < forced || R.highlight.has(n.id);
        if (!must && r < 3.5 && k < 0.9) continue;
        var size = Math.round(11 + 6 * Math.sqrt(n.prio / maxPrio) + (n.k === 'country' ? 2 : 0));
        c.font = (n.k === 'country' || must ? '600 ' : '') + size + 'px "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif';
        var lines = n.label.split('\n'), w = 0;
        lines.forEach(function (line) { w = Math.max(w, c.measureText(line).width); });
        var h = lines.length * (size + 2), top = y + r + 2;
        var x0 = x - w / 2 - 2, x1 = x + w / 2 + 2, y1 = top + h;
        if (!must && !free(x0, top, x1, y1)) continue;
        take(x0, top, x1, y1);
        c.lineWidth = 3; c.strokeStyle = 'rgba(255,255,255,0.92)'; c.fillStyle = '#111111';
        for (var li = 0; li < lines.length; li++) {
          c.strokeText(lines[li], x, top + li * (size + 2));
          c.fillText(lines[li], x, top + li * (size + 2));
        }
        out.push(n.id);
      }
      return out;
    }

    function drawEdgeLabels(c, labels, k) {
      if (!labels.length || labels.length > 60 || k < 1.6) return;   // names of edges: only close up
      c.font = '10px "Noto Sans Arabic", "Noto Sans", sans-serif'; c.textAlign = 'center'; c.textBaseline = 'middle';
      c.lineWidth = 3; c.strokeStyle = '#ffffff'; c.fillStyle = '#555555';
      labels.forEach(function (l) { c.strokeText(l[0], l[1], l[2]); c.fillText(l[0], l[1], l[2]); });
    }

    R.drawNow = function () {
      var started = performance.now();
      clearTimeout(restTimer); motion = false; snapCam = null;
      var c = ctx, k = R.cam.k, view = { w: R.W, h: R.H };
      var ox = R.W / 2 - R.cam.x * k, oy = R.H / 2 - R.cam.y * k;
      c.setTransform(R.dpr, 0, 0, R.dpr, 0, 0);
      c.fillStyle = '#ffffff'; c.fillRect(0, 0, R.W, R.H);
      c.direction = rtl() ? 'rtl' : 'ltr';
      var edgeLabels = drawEdges(c, k, ox, oy, view);
      drawNodes(c, k, ox, oy, view);
      drawEdgeLabels(c, edgeLabels, k);
      R.drawnLabels = drawLabels(c, k, ox, oy, view);
      R.frames += 1; R.fullFrames += 1;
      R.lastFullMs = performance.now() - started;
      if (R.onDraw) R.onDraw();
    };
    R.flush = function () { ctx.getImageData(0, 0, 1, 1); };   // waits for the pixels (benchmarks)
    R.request = function () {
      if (frameRequested) return;
      frameRequested = true;
      requestAnimationFrame(function () { frameRequested = false; R.drawNow(); });
    };
    // camera motion: move a bitmap of the last full frame, draw a full frame once the camera rests
    function moving() {
      if (!motion) {
        motion = true;
        snapCam = { x: R.cam.x, y: R.cam.y, k: R.cam.k };
        sctx.setTransform(1, 0, 0, 1, 0, 0);
        sctx.clearRect(0, 0, snap.width, snap.height);
        sctx.drawImage(canvas, 0, 0);
      }
      clearTimeout(restTimer);
      restTimer = setTimeout(R.drawNow, 160);
      if (frameRequested) return;
      frameRequested = true;
      requestAnimationFrame(function () {
        frameRequested = false;
        if (!motion || !snapCam) return;
        var ratio = R.cam.k / snapCam.k, d = R.dpr;
        var tx = (R.W / 2) * (1 - ratio) + (snapCam.x - R.cam.x) * R.cam.k;
        var ty = (R.H / 2) * (1 - ratio) + (snapCam.y - R.cam.y) * R.cam.k;
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(snap, tx * d, ty * d, snap.width * ratio, snap.height * ratio);
        R.frames += 1;
      });
    }
    R.panBy = function (dx, dy) { R.cam.x -= dx / R.cam.k; R.cam.y -= dy / R.cam.k; moving(); };
    R.zoomAt = function (factor, sx, sy) {
      var before = R.toWorld(sx, sy);
      R.cam.k = Math.min(Math.max(R.cam.k * factor, 0.003), 40);
      var after = R.toWorld(sx, sy);
      R.cam.x += before.x - after.x; R.cam.y += before.y - after.y;
      moving();
    };
    R.isMoving = function () { return motion; };

    R.pickNode = function (sx, sy) {
      if (!grid) return null;
      var w = R.toWorld(sx, sy), best = null, bestD = Infinity, ns = R.scene.nodes;
      var reach = Math.max(8 / R.cam.k, 1);
      var gx0 = Math.floor((w.x - reach - grid.minX) / grid.cell), gx1 = Math.floor((w.x + reach - grid.minX) / grid.cell);
      var gy0 = Math.floor((w.y - reach - grid.minY) / grid.cell), gy1 = Math.floor((w.y + reach - grid.minY) / grid.cell);
      if ((gx1 - gx0) * (gy1 - gy0) > 4000) return null;
      for (var gx = gx0 - 1; gx <= gx1 + 1; gx++) {
        for (var gy = gy0 - 1; gy <= gy1 + 1; gy++) {
          var list = grid.cells.get(gx + ',' + gy);
          if (!list) continue;
          for (var i = 0; i < list.length; i++) {
            var n = ns[list[i]], dx = (n.x - w.x) * R.cam.k, dy = (n.y - w.y) * R.cam.k;
            var d = Math.sqrt(dx * dx + dy * dy), r = radius(n, R.cam.k) + 3;
            if (d <= r && d < bestD) { best = n.id; bestD = d; }
          }
        }
      }
      return best;
    };
    R.pickEdge = function (sx, sy) {
      var ns = R.scene.nodes, idx = R.scene.index, best = null, bestD = 5;
      R.scene.edges.forEach(function (e) {
        var a = ns[idx.get(e.f)], b = ns[idx.get(e.t)];
        if (!a || !b) return;
        var p = R.toScreen(a.x, a.y), q = R.toScreen(b.x, b.y);
        var dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
        var u = len2 ? Math.max(0, Math.min(1, ((sx - p.x) * dx + (sy - p.y) * dy) / len2)) : 0;
        var ex = p.x + u * dx - sx, ey = p.y + u * dy - sy, d = Math.sqrt(ex * ex + ey * ey);
        if (d < bestD) { bestD = d; best = e.id; }
      });
      return best;
    };
    R.resize();
    return R;
  }

  // ------------------------------------------------------------------ the scene of each view
  var SHAPES = {};
  D.kinds.forEach(function (k) { SHAPES[k.k] = k.shape; });
  function colorOf(n) { return n.k === 'event' ? (types.get(n.sub) || { color: '#777777' }).color : kinds.get(n.k).color; }
  function labelOf(n) {
    var ar = n.ar || '', en = n.en || '';
    if (ui.labels === 'ar') return ar || en;
    if (ui.labels === 'en') return en || ar;
    return en && en !== ar ? (ar ? ar + '\n' + en : en) : ar;
  }
  function buildScene() {
    var nodes = [], edges = [], dyad = ui.mode === 'dyad';
    var deg = new Map();
    visible.edges.forEach(function (e) {
      var w = dyad ? (visible.weights.get(e.id) || 1) : 1;
      deg.set(e.f, (deg.get(e.f) || 0) + w); deg.set(e.t, (deg.get(e.t) || 0) + w);
    });
    visible.nodes.forEach(function (id) {
      var n = byId.get(id), pos = dyad ? D.dyad.nodes[id] : [n.x, n.y, n.size];
      if (!pos) return;
      var prio = (deg.get(id) || 0) + (degree.get(id) || 0) * 0.01 + (n.k === 'country' ? 1000 : 0);
      nodes.push({ id: id, k: n.k, x: pos[0], y: pos[1], size: pos[2], shape: SHAPES[n.k], color: colorOf(n),
                   label: labelOf(n), prio: prio });
    });
    nodes.sort(function (a, b) { return +a.id.slice(1) - +b.id.slice(1); });
    visible.edges.forEach(function (e) {
      if (dyad) {
        var w = visible.weights.get(e.id) || 0;
        edges.push({ id: e.id, f: e.f, t: e.t, color: 'rgba(31,95,168,0.55)',
                     width: Math.min(1 + 1.5 * Math.log2(1 + w), 14), label: String(w) });
        return;
      }
      var src = e.e, rel = src.role ? null : relations.get(src.r);
      edges.push({ id: e.id, f: e.f, t: e.t, color: src.role ? '#a9b3bd' : '#34495e', width: src.role ? 1 : 2,
                   dash: src.r === 'represents', arrow: !!(rel && rel.arrow), label: roleName(src.r) });
    });
    var order = nodes.map(function (n, i) { return i; });
    order.sort(function (a, b) { return nodes[b].prio - nodes[a].prio || a - b; });
    var maxPrio = nodes.length ? nodes[order[0]].prio : 1;
    nodes.forEach(function (n) { n.prio = n.prio >= 1000 ? n.prio - 1000 + maxPrio * 0.3 : n.prio; });
    maxPrio = Math.max.apply(null, nodes.map(function (n) { return n.prio; }).concat([1]));
    var forced = Math.min(nodes.length, dyad ? 40 : 12);
    return { nodes: nodes, edges: edges, labelOrder: order, maxPrio: maxPrio, forced: forced };
  }

  // ------------------------------------------------------------------ page set-up
  var renderer = Renderer($('dg-graph'));
  var timings = { firstDraw: 0, lastRefresh: 0 };
  function status() {
    var total = ui.mode === 'dyad' ? Object.keys(D.dyad.nodes).length : D.nodes.length;
    $('dg-status').textContent = (ui.mode === 'dyad' ? t('statusDyad') : t('statusFull')) + ': ' +
      visible.nodes.size + ' / ' + total + ' ' + t('nodes') + ' · ' + visible.edges.length + ' ' + t('edges');
  }
  function selectionVisible() {
    var s = ui.selected;
    if (!s) return true;
    if (s.node) return visible.nodes.has(s.node) || (ui.mode === 'dyad' && byId.get(s.node) && byId.get(s.node).k !== 'country');
    if (s.pair) return visible.nodes.has(s.pair[0]) && visible.nodes.has(s.pair[1]);
    if (s.edge) return visible.edges.some(function (e) { return e.id === s.edge || e.id.indexOf(s.edge + ':') === 0; });
    return true;
  }
  // recompute what is drawn, redraw, re-fit; the panel and tooltip never show what filters hid
  function refresh(opts) {
    var started = performance.now();
    opts = opts || {};
    compute();
    renderer.setScene(buildScene());
    hideTip();
    if (!selectionVisible()) clearSelection();
    updateHighlight();
    if (opts.fit === false) renderer.drawNow(); else renderer.fit();
    updateCounts();
    status();
    focusBar();
    saveState();
    timings.lastRefresh = performance.now() - started;
  }
  function updateHighlight() {
    var h = new Set(), s = ui.selected;
    if (s && s.node) {
      if (visible.nodes.has(s.node)) h.add(s.node);
      else byId.get(s.node).st.forEach(function (x) { if (visible.nodes.has(x)) h.add(x); });
    }
    if (s && s.pair) { h.add(s.pair[0]); h.add(s.pair[1]); }
    if (ui.focus) h.add(ui.focus);
    renderer.highlight = h;
  }

  // ------------------------------------------------------------------ the details panel
  function clearPanel() {
    var d = $('dg-details');
    d.replaceChildren(); d.removeAttribute('data-showing'); $('dg-panel').scrollTop = 0;
    return d;
  }
  function clearSelection() {
    ui.selected = null;
    var d = clearPanel(), p = el('p', t('hint'), 'dg-hint');
    p.setAttribute('data-i18n', 'hint');
    d.appendChild(p);
  }
  function kv(parent, key, value) {
    if (value === undefined || value === null || value === '') return null;
    var p = el('div', null, 'dg-kv');
    p.appendChild(el('b', key + ': '));
    if (value instanceof Node) p.appendChild(value);
    else { var v = el('span', value); v.dir = 'auto'; p.appendChild(v); }
    parent.appendChild(p);
    return p;
  }
  function link(text, fn, title) {
    var b = el('button', text, 'dg-link');
    b.type = 'button'; b.dir = 'auto';
    if (title) b.title = title;
    b.addEventListener('click', function (ev) { ev.preventDefault(); fn(); });
    return b;
  }
  function nodeLink(id) {
    var n = byId.get(id);
    if (!n) return el('span', id);
    var b = link(n.k === 'event' ? eventTitle(n, true) : nameOf(id), function () { showNode(id, { pan: true }); });
    if (n.k === 'event' && n.date) {   // the date kept on one line
      b.appendChild(document.createTextNode(' · '));
      b.appendChild(el('span', iso(n.date), 'dg-date'));
    }
    b.setAttribute('data-node', id);
    return b;
  }
  function joined(ids) {
    var span = el('span');
    ids.forEach(function (id, i) {
      if (i) span.appendChild(document.createTextNode(rtl() ? '، ' : ', '));
      span.appendChild(nodeLink(id));
    });
    return span;
  }
  function heading(d, n) {
    var h = el('h3', nameIn(n, ui.lang)); h.dir = 'auto'; d.appendChild(h);
    var other = nameIn(n, ui.lang === 'ar' ? 'en' : 'ar');
    if (n.k !== 'event' && other && other !== h.textContent) {
      var o = el('div', other, 'dg-en'); o.dir = 'auto'; d.appendChild(o);
    }
  }
  function focusActions(d, id) {
    var box = el('div', null, 'dg-actions');
    box.appendChild(link(t('focus1'), function () { setFocus(id, 1); }));
    box.appendChild(link(t('focus2'), function () { setFocus(id, 2); }));
    d.appendChild(box);
  }
  function technical(d, n, extra) {
    var det = el('details', null, 'dg-tech');
    det.appendChild(el('summary', t('technical')));
    kv(det, t('iri'), n.iri);
    (extra || []).forEach(function (x) { kv(det, x[0], x[1]); });
    d.appendChild(det);
  }
  function sourceNode(v) {
    if (v.url) {
      var a = el('a', v.url);
      a.href = v.url; a.target = '_blank'; a.rel = 'noopener noreferrer'; a.dir = 'ltr';
      return a;
    }
    var s = el('span', v.src); s.dir = 'ltr';
    return s;
  }
  function evidenceBox(parent, vid, withEvent) {
    var v = D.evidence[vid], box = el('div', null, 'dg-ev');
    if (withEvent) box.appendChild(nodeLink(v.event));
    var s = el('p', v.text, 'dg-sentence');
    s.dir = 'auto'; s.lang = 'ar';
    box.appendChild(s);
    kv(box, t('source'), sourceNode(v));
    kv(box, t('published'), v.pub ? iso(v.pub) : '');
    if (withEvent) kv(box, t('dateOfFact'), v.date ? iso(v.date) : '');
    parent.appendChild(box);
  }
  var EVIDENCE_SHOWN = 25;
  function showEvidence(parent, eventIds, withEvent) {
    var vids = [];
    eventIds.forEach(function (id) { (byId.get(id).v || []).forEach(function (v) { vids.push(v); }); });
    if (!vids.length) { parent.appendChild(el('p', t('noSentence'), 'dg-hint')); return; }
    parent.appendChild(el('h4', vids.length + ' ' + (vids.length === 1 ? t('sentence') : t('sentences'))));
    vids.slice(0, EVIDENCE_SHOWN).forEach(function (vid) { evidenceBox(parent, vid, withEvent); });
    if (vids.length > EVIDENCE_SHOWN) parent.appendChild(el('p', '… ' + t('more') + ' (' + (vids.length - EVIDENCE_SHOWN) + ')', 'dg-hint'));
  }
  function byDate(a, b) {
    var x = byId.get(a), y = byId.get(b);
    return (x.date || '9999').localeCompare(y.date || '9999') || +a.slice(1) - +b.slice(1);
  }
  function eventList(parent, ids, limit) {
    var ol = el('ul');
    ids.slice(0, limit || 200).forEach(function (id) {
      var li = el('li', null, 'dg-evli');
      var sw = el('span', null, 'dg-swatch'); sw.style.background = colorOf(byId.get(id));
      li.appendChild(sw); li.appendChild(document.createTextNode(' '));
      li.appendChild(nodeLink(id));
      ol.appendChild(li);
    });
    parent.appendChild(ol);
    if (ids.length > (limit || 200)) parent.appendChild(el('p', '… ' + t('more'), 'dg-hint'));
  }
  function eventsByType(parent, ids) {
    var groups = new Map();
    ids.slice().sort(byDate).forEach(function (id) {
      var sub = byId.get(id).sub;
      if (!groups.has(sub)) groups.set(sub, []);
      groups.get(sub).push(id);
    });
    D.types.forEach(function (ty) {
      var list = groups.get(ty.t);
      if (!list) return;
      parent.appendChild(el('h4', ty[ui.lang] + ' (' + list.length + ')'));
      eventList(parent, list, 60);
    });
  }
  function partnersOf(id) {
    var counts = new Map();
    D.dyad.edges.forEach(function (d) {
      if (d.f !== id && d.t !== id) return;
      counts.set(d.f === id ? d.t : d.f, d.ev.length);
    });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || +a[0].slice(1) - +b[0].slice(1); });
  }
  function showCountry(d, n) {
    kv(d, t('iso'), (n.det && n.det.isoCode || []).join(', '));
    var partners = partnersOf(n.id);
    if (partners.length) {
      d.appendChild(el('h4', t('partners')));
      var top = partners[0][1], ol = el('ol');
      ol.id = 'dg-partners';
      partners.forEach(function (p) {
        var li = el('li');
        var b = link(nameOf(p[0]), function () { showPair(n.id, p[0]); });
        b.setAttribute('data-partner', p[0]);
        li.appendChild(b);
        li.appendChild(document.createTextNode(' ' + p[1]));
        var bar = el('span', null, 'dg-bar'); bar.style.width = Math.round(60 * p[1] / top) + 'px';
        li.appendChild(bar);
        ol.appendChild(li);
      });
      d.appendChild(ol);
    }
    var evs = (nodeEvents.get(n.id) || []).filter(function (id) { return byId.get(id).k === 'event'; });
    if (evs.length) { d.appendChild(el('h4', t('events') + ' (' + evs.length + ')')); eventsByType(d, evs); }
    var people = represented.get(n.id) || [];
    if (people.length) { d.appendChild(el('h4', t('people') + ' (' + people.length + ')')); listNodes(d, people); }
    var docs = D.nodes.filter(function (x) { return x.k === 'document' && x.st.indexOf(n.id) >= 0; }).map(function (x) { return x.id; });
    if (docs.length) { d.appendChild(el('h4', t('documents') + ' (' + docs.length + ')')); listNodes(d, docs); }
  }
  function listNodes(parent, ids) {
    var ul = el('ul');
    ids.slice(0, 100).forEach(function (id) { var li = el('li'); li.appendChild(nodeLink(id)); ul.appendChild(li); });
    parent.appendChild(ul);
    if (ids.length > 100) parent.appendChild(el('p', '… ' + t('more'), 'dg-hint'));
  }
  function showPerson(d, n) {
    var offices = (n.det && n.det.role) || [];
    kv(d, t('office'), offices.map(officeName).join(rtl() ? '، ' : ', '));
    if (n.st.length) kv(d, t('represents'), joined(n.st));
    var evs = (nodeEvents.get(n.id) || []).slice().sort(byDate);
    if (evs.length) { d.appendChild(el('h4', t('events') + ' (' + evs.length + ')')); eventList(d, evs); }
    var docs = [];
    (adjacency.get(n.id) || []).forEach(function (eid) {
      var e = edgeById.get(eid);
      if (e.r === 'signed' && e.f === n.id) docs.push(e.t);
    });
    if (docs.length) { d.appendChild(el('h4', t('documents'))); listNodes(d, docs); }
  }
  function showDocument(d, n) {
    var signings = (nodeEvents.get(n.id) || []).slice().sort(byDate);
    var signers = new Set(), parties = new Set(), dates = [], places = new Set();
    signings.forEach(function (id) {
      var r = eventRoles.get(id) || {}, ev = byId.get(id);
      (r.agent || []).forEach(function (x) { signers.add(x); });
      (r.party || []).forEach(function (x) { parties.add(x); });
      (r.place || []).forEach(function (x) { places.add(x); });
      if (ev.date) dates.push(ev.date);
    });
    (adjacency.get(n.id) || []).forEach(function (eid) {
      var e = edgeById.get(eid);
      if (e.r === 'signed' && e.t === n.id) (byId.get(e.f).k === 'country' ? parties : signers).add(e.f);
    });
    if (signers.size) kv(d, t('signatories'), joined(Array.from(signers)));
    if (parties.size) kv(d, t('parties'), joined(Array.from(parties)));
    kv(d, t('date'), dates.map(iso).join(rtl() ? '، ' : ', '));
    if (places.size) kv(d, t('place'), joined(Array.from(places)));
    if (signings.length) { d.appendChild(el('h4', t('events'))); eventList(d, signings); }
    showEvidence(d, signings, signings.length > 1);
  }
  function showEvent(d, n) {
    kv(d, t('type'), typeName(n.sub));
    kv(d, t('date'), n.date ? iso(n.date) : t('undated'));
    var r = eventRoles.get(n.id) || {};
    ['agent', 'recipient', 'party', 'document', 'place'].forEach(function (role) {
      if (r[role]) kv(d, roleName(role), joined(r[role]));
    });
    if (n.det) {
      kv(d, t('occasion'), (n.det.occasion || []).join(rtl() ? '، ' : ', '));
      kv(d, t('ordinal'), (n.det.ordinal || []).join(', '));
      if ((n.det.inferred || []).indexOf('true') >= 0) d.appendChild(el('p', t('inferred'), 'dg-hint'));
      kv(d, t('dateFlag'), (n.det.dateFlag || []).join(', '));
    }
    if (n.st.length > 1) {
      var pair = el('div', null, 'dg-actions');
      n.st.forEach(function (a, i) {
        n.st.slice(i + 1).forEach(function (b) {
          pair.appendChild(link(t('timeline') + ': ' + nameOf(a) + ' ↔ ' + nameOf(b), function () { showPair(a, b); }));
        });
      });
      d.appendChild(pair);
    }
    showEvidence(d, [n.id], false);
  }
  function showOther(d, n) {
    var evs = (nodeEvents.get(n.id) || []).slice().sort(byDate);
    if (n.st.length) kv(d, t('states'), joined(n.st));
    if (evs.length) { d.appendChild(el('h4', t('events') + ' (' + evs.length + ')')); eventList(d, evs); }
  }
  function showNode(id, opts) {
    var n = byId.get(id);
    if (!n) return;
    opts = opts || {};
    ui.selected = { node: id };
    var d = clearPanel();
    d.setAttribute('data-showing', id);
    heading(d, n);
    if (n.k !== 'event') kv(d, t('type'), subName(n));
    focusActions(d, id);
    if (n.k === 'country') showCountry(d, n);
    else if (n.k === 'person') showPerson(d, n);
    else if (n.k === 'document') showDocument(d, n);
    else if (n.k === 'event') showEvent(d, n);
    else showOther(d, n);
    var extra = [];
    if (n.det && n.det.rule) extra.push([t('rule'), n.det.rule.join(', ')]);
    if (n.det && n.det.sameAs) {
      n.det.sameAs.forEach(function (u) {
        var a = el('a', u); a.href = u; a.target = '_blank'; a.rel = 'noopener noreferrer'; a.dir = 'ltr';
        extra.push([t('wikidata'), a]);
      });
    }
    technical(d, n, extra);
    updateHighlight();
    if (opts.pan) panTo(id); else renderer.request();
    saveState();
  }
  function panTo(id) {
    var i = renderer.scene.index.get(id);
    if (i === undefined) {   // not drawn (filtered, folded or in the dyad view): its states are marked
      var st = byId.get(id).st.filter(function (s) { return renderer.scene.index.has(s); });
      var b = renderer.bounds(st), tl = b && renderer.toScreen(b.minX, b.minY), br = b && renderer.toScreen(b.maxX, b.maxY);
      if (b && (tl.x < 0 || tl.y < 0 || br.x > renderer.W || br.y > renderer.H)) {
        renderer.cam.x = (b.minX + b.maxX) / 2; renderer.cam.y = (b.minY + b.maxY) / 2;
      }
      renderer.drawNow();
      return;
    }
    var n = renderer.scene.nodes[i];
    renderer.cam.x = n.x; renderer.cam.y = n.y;
    renderer.cam.k = Math.max(renderer.cam.k, 0.8);
    renderer.drawNow();
  }
  function showPair(a, b) {
    var key = pairId.get(a + '|' + b) || pairId.get(b + '|' + a);
    var dy = key ? dyadById.get(key) : null;
    ui.selected = { pair: [a, b] };
    var d = clearPanel();
    d.setAttribute('data-showing', a + '|' + b);
    var h = el('h3', nameOf(a) + ' ↔ ' + nameOf(b)); h.dir = 'auto'; d.appendChild(h);
    var evs = dy ? dy.ev.slice().sort(byDate) : [];
    var shown = evs.filter(function (id) { return eventPasses(byId.get(id), 'state'); });
    kv(d, t('pairEvents'), shown.length === evs.length ? String(evs.length) : shown.length + ' / ' + evs.length);
    var counts = new Map();
    shown.forEach(function (id) { var s = byId.get(id).sub; counts.set(s, (counts.get(s) || 0) + 1); });
    D.types.forEach(function (ty) { if (counts.has(ty.t)) kv(d, ty[ui.lang], String(counts.get(ty.t))); });
    d.appendChild(el('h4', t('timeline')));
    var year = null, ol = null;
    shown.forEach(function (id) {
      var n = byId.get(id), y = n.date ? n.date.slice(0, 4) : t('undated');
      if (y !== year) { year = y; d.appendChild(el('h4', y, 'dg-date')); ol = el('ul'); d.appendChild(ol); }
      var li = el('li', null, 'dg-evli'), sw = el('span', null, 'dg-swatch');
      sw.style.background = colorOf(n);
      li.appendChild(sw); li.appendChild(document.createTextNode(' '));
      li.appendChild(nodeLink(id));
      var v = (n.v || [])[0];
      if (v) {
        var det = el('details'); det.appendChild(el('summary', t('sentence')));
        evidenceBox(det, v, false);
        li.appendChild(det);
      }
      ol.appendChild(li);
    });
    var box = el('div', null, 'dg-actions');
    box.appendChild(link(t('focusOn') + ' ' + nameOf(a), function () { setFocus(a, 1); }));
    box.appendChild(link(t('focusOn') + ' ' + nameOf(b), function () { setFocus(b, 1); }));
    d.appendChild(box);
    updateHighlight();
    renderer.request();
    saveState();
  }
  function showEdge(id) {
    var x = dyadById.get(id);
    if (x) { showPair(x.f, x.t); ui.selected = { pair: [x.f, x.t] }; return; }
    var e = edgeById.get(id.split(':')[0]);
    if (!e) return;
    if (e.role) { showNode(e.f); return; }
    ui.selected = { edge: e.id };
    var d = clearPanel();
    d.setAttribute('data-showing', e.id);
    var h = el('h3', nameOf(e.f) + (relations.get(e.r).arrow ? arrow() : ' ↔ ') + nameOf(e.t)); h.dir = 'auto';
    d.appendChild(h);
    kv(d, t('relation'), roleName(e.r));
    if (e.r === 'represents') d.appendChild(el('p', t('gazetteer'), 'dg-hint'));
    if (e.ev.length) { d.appendChild(el('h4', t('events'))); eventList(d, e.ev.slice().sort(byDate)); }
    if (e.r !== 'represents') showEvidence(d, e.ev, true);
    updateHighlight();
    renderer.request();
    saveState();
  }

  // ------------------------------------------------------------------ focus
  function setFocus(id, depth) {
    if (!byId.get(id)) return;
    if (ui.mode === 'dyad' && byId.get(id).k !== 'country') {
      var st = byId.get(id).st;
      if (!st.length) return;
      id = st[0];
    }
    if (ui.mode === 'full' && !ui.kinds.has(byId.get(id).k)) ui.kinds.add(byId.get(id).k);
    ui.focus = id; ui.depth = depth === 2 ? 2 : 1;
    syncKinds();
    refresh();
  }
  function clearFocus() {
    if (!ui.focus) return;
    ui.focus = '';
    refresh();
  }
  function focusBar() {
    var bar = $('dg-focus-bar');
    bar.replaceChildren();
    if (!ui.focus) { bar.hidden = true; return; }
    bar.hidden = false;
    var name = el('span', t('focusOn') + ' ' + nameOf(ui.focus)); name.dir = 'auto';
    bar.appendChild(name);
    [1, 2].forEach(function (k) {
      var b = el('button', t(k === 1 ? 'steps1' : 'steps2'));
      b.type = 'button'; b.setAttribute('aria-pressed', String(ui.depth === k)); b.setAttribute('data-depth', k);
      b.addEventListener('click', function () { setFocus(ui.focus, k); });
      bar.appendChild(b);
    });
    var x = el('button', '✕'); x.type = 'button'; x.title = t('clearFocus'); x.id = 'dg-focus-clear';
    x.addEventListener('click', clearFocus);
    bar.appendChild(x);
  }

  // ------------------------------------------------------------------ tooltip
  var tip = $('dg-tip');
  function hideTip() { tip.hidden = true; }
  function showTip(text, x, y) {
    tip.textContent = text;
    tip.hidden = false;
    var box = $('dg-graph-box').getBoundingClientRect();
    tip.style.left = Math.min(x + 14, box.width - 260) + 'px';
    tip.style.top = Math.min(y + 14, box.height - 60) + 'px';
  }
  function firstSentence(eventIds) {
    for (var i = 0; i < eventIds.length; i++) {
      var v = (byId.get(eventIds[i]).v || [])[0];
      if (v) { var s = D.evidence[v].text; return '\n' + (s.length > 160 ? s.slice(0, 159) + '…' : s); }
    }
    return '';
  }
  function tipFor(nodeId, edgeId) {
    if (nodeId) {
      var n = byId.get(nodeId);
      return (n.k === 'event' ? eventTitle(n) : nameOf(nodeId) + '\n' + subName(n)) + firstSentence(n.k === 'event' ? [n.id] : []);
    }
    var x = dyadById.get(edgeId);
    if (x) return nameOf(x.f) + ' ↔ ' + nameOf(x.t) + ': ' + (visible.weights.get(x.id) || 0) + ' ' + t('eventsCount');
    var e = edgeById.get(String(edgeId).split(':')[0]);
    if (!e) return '';
    var rel = relations.get(e.r);
    return nameOf(e.f) + ' — ' + roleName(e.r) + ' — ' + nameOf(e.t) + (rel || e.role ? firstSentence(e.ev) : '');
  }

  // ------------------------------------------------------------------ pointer, wheel and keys
  var box = $('dg-graph'), drag = null, hoverFrame = false;
  function local(ev) { var r = box.getBoundingClientRect(); return { x: ev.clientX - r.left, y: ev.clientY - r.top }; }
  box.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0) return;
    var p = local(ev);
    drag = { x: p.x, y: p.y, sx: p.x, sy: p.y, moved: false };
    box.setPointerCapture(ev.pointerId);
    hideTip();
  });
  box.addEventListener('pointermove', function (ev) {
    var p = local(ev);
    if (drag) {
      if (Math.abs(p.x - drag.sx) + Math.abs(p.y - drag.sy) > 3) drag.moved = true;
      if (drag.moved) renderer.panBy(p.x - drag.x, p.y - drag.y);
      drag.x = p.x; drag.y = p.y;
      return;
    }
    if (hoverFrame) return;
    hoverFrame = true;
    requestAnimationFrame(function () {
      hoverFrame = false;
      if (renderer.isMoving()) return;
      var nid = renderer.pickNode(p.x, p.y), eid = nid ? null : renderer.pickEdge(p.x, p.y);
      box.style.cursor = nid || eid ? 'pointer' : 'grab';
      if (nid || eid) showTip(tipFor(nid, eid), p.x, p.y); else hideTip();
    });
  });
  box.addEventListener('pointerup', function (ev) {
    if (!drag) return;
    var p = local(ev), moved = drag.moved;
    drag = null;
    if (moved) return;
    box.focus({ preventScroll: true });
    var nid = renderer.pickNode(p.x, p.y);
    if (nid) { showNode(nid); return; }
    var eid = renderer.pickEdge(p.x, p.y);
    if (eid) showEdge(eid);
  });
  box.addEventListener('pointerleave', hideTip);
  box.addEventListener('dblclick', function (ev) {
    var p = local(ev), nid = renderer.pickNode(p.x, p.y);
    if (nid) setFocus(nid, 1); else renderer.zoomAt(1.6, p.x, p.y);
  });
  box.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = local(ev);
    hideTip();
    renderer.zoomAt(Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.0018)), p.x, p.y);
  }, { passive: false });
  document.addEventListener('keydown', function (ev) {
    var tag = (ev.target && ev.target.tagName) || '';
    if (ev.key === 'Escape') { escape(); if (tag === 'INPUT') ev.target.blur(); return; }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var step = 60, handled = true;
    if (ev.key === 'ArrowLeft') renderer.panBy(step, 0);
    else if (ev.key === 'ArrowRight') renderer.panBy(-step, 0);
    else if (ev.key === 'ArrowUp') renderer.panBy(0, step);
    else if (ev.key === 'ArrowDown') renderer.panBy(0, -step);
    else if (ev.key === '+' || ev.key === '=') renderer.zoomAt(1.25, renderer.W / 2, renderer.H / 2);
    else if (ev.key === '-' || ev.key === '_') renderer.zoomAt(0.8, renderer.W / 2, renderer.H / 2);
    else if (ev.key === '0') renderer.fit();
    else handled = false;
    if (handled) { ev.preventDefault(); hideTip(); }
  });
  function escape() {
    closeResults();
    hideTip();
    if (ui.focus) { ui.focus = ''; clearSelection(); refresh(); return; }
    clearSelection();
    updateHighlight();
    renderer.request();
    saveState();
  }
  window.addEventListener('resize', function () { renderer.resize(); renderer.drawNow(); });

  // ------------------------------------------------------------------ search
  function fold(s) {
    return (s || '').normalize('NFKD').toLowerCase()
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200c-\u200f\u2066-\u2069]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0624/g, '\u0648').replace(/\u0626/g, '\u064a')
      .replace(/\u0621/g, '').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
      .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }
  function skeleton(s) { return s.replace(/[\u0627\u0648\u064a\u0647aeiouy ]/g, ''); }
  var SEARCHABLE = { country: 0, person: 1, document: 2, place: 3, organization: 4 };
  var searchIndex = D.nodes.filter(function (n) { return n.k in SEARCHABLE; }).map(function (n) {
    var text = fold(n.ar) + ' | ' + fold(n.en) + (n.det && n.det.isoCode ? ' | ' + fold(n.det.isoCode.join(' ')) : '');
    return { id: n.id, text: text, skel: skeleton(text), rank: SEARCHABLE[n.k] };
  });
  function findMatches(q) {
    var f = fold(q);
    if (!f) return [];
    var sk = skeleton(f), hits = [];
    searchIndex.forEach(function (x) {
      var i = x.text.indexOf(f), score;
      if (i >= 0) score = (i === 0 || x.text.charAt(i - 1) === ' ' ? 0 : 1);
      else if (sk.length >= 3 && x.skel.indexOf(sk) >= 0) score = 2;
      else return;
      hits.push([score, x.rank, -(degree.get(x.id) || 0), +x.id.slice(1), x.id]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.map(function (h) { return h[4]; });
  }
  var results = $('dg-results'), searchBox = $('dg-search'), activeHit = -1, lastHits = [];
  function closeResults() { results.hidden = true; searchBox.setAttribute('aria-expanded', 'false'); activeHit = -1; }
  function listResults(hits) {
    results.replaceChildren();
    lastHits = hits;
    activeHit = -1;
    if (!searchBox.value.trim()) { closeResults(); return; }
    hits.slice(0, 20).forEach(function (id, i) {
      var n = byId.get(id), li = el('li');
      li.setAttribute('role', 'option'); li.setAttribute('data-node', id); li.id = 'dg-hit-' + i;
      var name = el('span', nameIn(n, ui.lang)); name.dir = 'auto';
      li.appendChild(name);
      var other = nameIn(n, ui.lang === 'ar' ? 'en' : 'ar');
      if (other && other !== name.textContent) { var o = el('span', ' · ' + other); o.dir = 'auto'; li.appendChild(o); }
      li.appendChild(el('span', subName(n) + (n.k !== 'country' && n.st.length ? ' · ' + n.st.map(function (s) { return nameIn(byId.get(s), ui.lang); }).join(', ') : ''), 'dg-kind'));
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); pick(id); });
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(el('li', t('noMatch')));
    results.hidden = false;
    searchBox.setAttribute('aria-expanded', 'true');
  }
  function pick(id) {
    closeResults();
    var n = byId.get(id);
    if (ui.mode === 'full' && !ui.kinds.has(n.k)) { ui.kinds.add(n.k); syncKinds(); refresh({ fit: false }); }
    showNode(id, { pan: true });
  }
  function search(q) {
    if (searchBox.value !== q) searchBox.value = q;
    var hits = findMatches(q);
    listResults(hits);
    if (hits.length) pick(hits[0]);
    return hits;
  }
  var searchTimer = 0;
  searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { listResults(findMatches(searchBox.value)); }, 60);
  });
  searchBox.addEventListener('keydown', function (ev) {
    var items = results.querySelectorAll('li[data-node]');
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      activeHit = (activeHit + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach(function (li, i) { li.setAttribute('aria-selected', String(i === activeHit)); });
      searchBox.setAttribute('aria-activedescendant', items[activeHit].id);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      var hits = findMatches(searchBox.value);
      if (activeHit >= 0 && items[activeHit]) pick(items[activeHit].getAttribute('data-node'));
      else if (hits.length) pick(hits[0]);
      else listResults(hits);
    }
  });
  searchBox.addEventListener('blur', function () {
    setTimeout(function () { if (document.activeElement !== searchBox) closeResults(); }, 150);
  });

  // ------------------------------------------------------------------ facets with counts
  function facet(parent, value, swatch, set, onChange) {
    var lab = el('label'), box = el('input');
    box.type = 'checkbox'; box.checked = set.has(value); box.value = value; box.setAttribute('data-filter', value);
    box.addEventListener('change', function () {
      if (box.checked) set.add(value); else set.delete(value);
      onChange();
    });
    lab.appendChild(box);
    if (swatch) { var sw = el('span', null, 'dg-swatch'); sw.style.background = swatch; lab.appendChild(sw); }
    var name = el('span', null, 'dg-name'); name.setAttribute('data-name', value); lab.appendChild(name);
    var count = el('span', '', 'dg-count'); count.setAttribute('data-count', value); lab.appendChild(count);
    parent.appendChild(lab);
  }
  D.types.forEach(function (ty) { facet($('dg-types'), ty.t, ty.color, ui.types, function () { stopPlay(); refresh(); }); });
  D.kinds.forEach(function (k) { facet($('dg-kinds'), k.k, k.k === 'event' ? '#bbbbbb' : k.color, ui.kinds, function () { refresh(); }); });
  D.relations.forEach(function (r) { facet($('dg-relations'), r.r, null, ui.rels, function () { refresh(); }); });
  function syncKinds() {
    document.querySelectorAll('#dg-kinds input').forEach(function (b) { b.checked = ui.kinds.has(b.value); });
  }
  function facetNames() {
    document.querySelectorAll('[data-name]').forEach(function (s) {
      var v = s.getAttribute('data-name');
      s.textContent = types.has(v) ? types.get(v)[ui.lang] : kinds.has(v) ? kinds.get(v)[ui.lang] : roleName(v);
    });
  }
  var stateSel = $('dg-state');
  function stateOptions(counts) {
    var keep = stateSel.value;
    stateSel.replaceChildren();
    var all = el('option', t('allStates')); all.value = ''; stateSel.appendChild(all);
    countries.slice().sort(function (a, b) {
      return (counts.get(b.id) || 0) - (counts.get(a.id) || 0) || nameIn(a, ui.lang).localeCompare(nameIn(b, ui.lang));
    }).forEach(function (n) {
      var o = el('option', nameIn(n, ui.lang) + ' (' + (counts.get(n.id) || 0) + ')');
      o.value = n.id; o.setAttribute('data-count', counts.get(n.id) || 0);
      stateSel.appendChild(o);
    });
    stateSel.value = keep;
  }
  function updateCounts() {
    var typeCounts = new Map(), stateCounts = new Map(), kindCounts = new Map();
    events.forEach(function (n) {
      if (eventPasses(n, 'type')) typeCounts.set(n.sub, (typeCounts.get(n.sub) || 0) + 1);
      if (eventPasses(n, 'state')) n.st.forEach(function (s) { stateCounts.set(s, (stateCounts.get(s) || 0) + 1); });
    });
    visible.nodes.forEach(function (id) { var k = byId.get(id).k; kindCounts.set(k, (kindCounts.get(k) || 0) + 1); });
    document.querySelectorAll('#dg-types [data-count]').forEach(function (s) {
      var c = typeCounts.get(s.getAttribute('data-count')) || 0;
      s.textContent = String(c); s.parentNode.classList.toggle('dg-zero', c === 0);
    });
    document.querySelectorAll('#dg-kinds [data-count]').forEach(function (s) {
      s.textContent = String(kindCounts.get(s.getAttribute('data-count')) || 0);
    });
    stateOptions(stateCounts);
    drawTimeline();
  }
  stateSel.addEventListener('change', function () { ui.state = stateSel.value; refresh(); });
  $('dg-undated').addEventListener('change', function () { ui.undated = $('dg-undated').checked; refresh(); });
  $('dg-reset').addEventListener('click', resetFilters);
  function resetFilters() {
    stopPlay();
    ui.state = ''; ui.from = ''; ui.to = ''; ui.undated = true; ui.focus = '';
    $('dg-undated').checked = true;
    D.types.forEach(function (ty) { ui.types.add(ty.t); });
    D.relations.forEach(function (r) { ui.rels.add(r.r); });
    ui.kinds = new Set(DEFAULT_KINDS);
    document.querySelectorAll('#dg-types input, #dg-relations input').forEach(function (b) { b.checked = true; });
    syncKinds();
    stateSel.value = '';
    refresh();
  }

  // ------------------------------------------------------------------ time: histogram, brush, play
  var dated = events.filter(function (n) { return n.dr; });
  var years = dated.map(function (n) { return +n.dr[0].slice(0, 4); });
  var y0 = years.length ? Math.min.apply(null, years) : 0, y1 = years.length ? Math.max.apply(null, years) : 0;
  var byMonth = years.length && y1 - y0 < 3;
  var bins = [];
  (function () {
    if (!years.length) return;
    for (var y = y0; y <= y1; y++) {
      if (!byMonth) { bins.push([y + '-01-01', y + '-12-31', String(y)]); continue; }
      for (var m = 1; m <= 12; m++) {
        var mm = (m < 10 ? '0' : '') + m;
        bins.push([y + '-' + mm + '-01', y + '-' + mm + '-31', y + '-' + mm]);
      }
    }
  })();
  function binOf(date) {
    for (var i = 0; i < bins.length; i++) if (date >= bins[i][0] && date <= bins[i][1]) return i;
    return -1;
  }
  var SVGNS = 'http://www.w3.org/2000/svg';
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  var TL = { w: 220, h: 74, axis: 14 };
  var timeline = svgEl('svg', { viewBox: '0 0 ' + TL.w + ' ' + TL.h, preserveAspectRatio: 'none', role: 'img', id: 'dg-histogram' });
  timeline.setAttribute('direction', 'ltr');
  $('dg-timeline').appendChild(timeline);
  $('dg-timeline').dir = 'ltr';   // time runs left to right in both languages, as on a date axis
  function drawTimeline() {
    timeline.replaceChildren();
    if (!bins.length) return;
    var counts = bins.map(function () { return 0; }), all = bins.map(function () { return 0; });
    dated.forEach(function (n) {
      var i = binOf(n.dr[0]);
      if (i < 0) return;
      if (ui.types.has(n.sub)) all[i] += 1;
      if (eventPasses(n, 'time')) counts[i] += 1;
    });
    var top = Math.max.apply(null, all.concat([1])), bw = TL.w / bins.length, hh = TL.h - TL.axis;
    bins.forEach(function (b, i) {
      var inRange = timeActive() && (!ui.from || b[1] >= ui.from) && (!ui.to || b[0] <= ui.to);
      var hAll = hh * all[i] / top, h = hh * counts[i] / top;
      timeline.appendChild(svgEl('rect', { x: i * bw + 0.5, y: hh - hAll, width: Math.max(bw - 1, 0.5), height: hAll, fill: '#dde3ea' }));
      var bar = svgEl('rect', { x: i * bw + 0.5, y: hh - h, width: Math.max(bw - 1, 0.5), height: h,
                                fill: !timeActive() || inRange ? '#1f5fa8' : '#9aa5b1', 'data-bin': b[2], 'data-count': counts[i] });
      var title = svgEl('title', {}); title.textContent = b[2] + ': ' + counts[i];
      bar.appendChild(title);
      timeline.appendChild(bar);
    });
    if (timeActive()) {
      var a = ui.from ? Math.max(binOf(ui.from), 0) : 0, z = ui.to ? binOf(ui.to) : bins.length - 1;
      if (z < 0) z = bins.length - 1;
      timeline.appendChild(svgEl('rect', { x: a * bw, y: 0, width: (z - a + 1) * bw, height: hh, fill: 'rgba(240,192,64,0.25)',
                                           stroke: '#c99a00', 'stroke-width': 1, id: 'dg-brush' }));
    }
    var step = Math.max(1, Math.ceil(bins.length / 6));
    for (var i = 0; i < bins.length - step / 2; i += step) {
      var tx = svgEl('text', { x: i * bw + 1, y: TL.h - 3, 'font-size': 9, fill: '#555' });
      tx.textContent = byMonth ? bins[i][2].slice(2) : bins[i][2];
      timeline.appendChild(tx);
    }
    $('dg-range').textContent = timeActive() ? (ui.from || '…') + ' – ' + (ui.to || '…') : (bins[0][2] + ' – ' + bins[bins.length - 1][2]);
  }
  function binAt(ev) {
    var r = timeline.getBoundingClientRect();
    var i = Math.floor((ev.clientX - r.left) / r.width * bins.length);
    return Math.max(0, Math.min(bins.length - 1, i));
  }
  var brush = null;
  timeline.addEventListener('pointerdown', function (ev) {
    if (!bins.length) return;
    stopPlay();
    brush = { a: binAt(ev) };
    timeline.setPointerCapture(ev.pointerId);
    setRange(bins[brush.a][0], bins[brush.a][1], true);
  });
  timeline.addEventListener('pointermove', function (ev) {
    if (!brush) return;
    var b = binAt(ev), lo = Math.min(brush.a, b), hi = Math.max(brush.a, b);
    setRange(bins[lo][0], bins[hi][1], true);
  });
  timeline.addEventListener('pointerup', function () {
    if (!brush) return;
    brush = null;
    refresh();
  });
  function setRange(from, to, light) {
    ui.from = from || ''; ui.to = to || '';
    if (light) { drawTimeline(); return; }
    refresh();
  }
  $('dg-range-clear').addEventListener('click', function () { stopPlay(); setRange('', ''); });
  var play = { timer: 0, years: [] };
  function stopPlay() {
    if (!play.timer) return;
    clearInterval(play.timer); play.timer = 0;
    $('dg-play').textContent = t('play'); $('dg-play').setAttribute('aria-pressed', 'false');
  }
  function startPlay(stepMs) {
    if (!years.length) return;
    var list = [];
    for (var y = y0; y <= y1; y++) list.push(y);
    var i = 0;
    if (ui.from && ui.from.slice(5) === '01-01' && ui.to === ui.from.slice(0, 4) + '-12-31') i = list.indexOf(+ui.from.slice(0, 4)) + 1;
    if (i >= list.length) i = 0;
    function step() {
      if (i >= list.length) { stopPlay(); return; }
      setRange(list[i] + '-01-01', list[i] + '-12-31');
      i += 1;
    }
    $('dg-play').textContent = t('pause'); $('dg-play').setAttribute('aria-pressed', 'true');
    step();
    play.timer = setInterval(step, stepMs || 900);
  }
  $('dg-play').addEventListener('click', function () { if (play.timer) stopPlay(); else startPlay(); });

  // ------------------------------------------------------------------ take it away: CSV, PNG, link
  function csvCell(v) {
    var s = String(v === undefined || v === null ? '' : v);
    if (/^[=+@\t\r]/.test(s) || /^-[^\d]/.test(s)) s = "'" + s;   // no formulas in spreadsheets
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function eventsInView() {
    var out = new Set();
    if (ui.mode === 'dyad') {
      visible.edges.forEach(function (e) {
        e.d.ev.forEach(function (id) { if (eventPasses(byId.get(id), 'state')) out.add(id); });
      });
    } else {
      visible.nodes.forEach(function (id) { if (byId.get(id).k === 'event') out.add(id); });
    }
    return Array.from(out).sort(byDate);
  }
  function namesIn(ids, lang) { return (ids || []).map(function (id) { return nameIn(byId.get(id), lang); }).join('; '); }
  function csv() {
    var head = ['event', 'type', 'date', 'states', 'agents', 'recipients', 'parties', 'document', 'place',
                'sentence', 'source', 'published'];
    var rows = [head.join(',')];
    eventsInView().forEach(function (id) {
      var n = byId.get(id), r = eventRoles.get(id) || {}, lang = ui.labels === 'en' ? 'en' : 'ar';
      var base = [n.iri, types.get(n.sub) ? types.get(n.sub).en : n.sub, n.date || '', namesIn(n.st, lang),
                  namesIn(r.agent, lang), namesIn(r.recipient, lang), namesIn(r.party, lang), namesIn(r.document, lang),
                  namesIn(r.place, lang)];
      var vids = n.v && n.v.length ? n.v : [null];
      vids.forEach(function (vid) {
        var v = vid ? D.evidence[vid] : { text: '', src: '', url: '', pub: '' };
        rows.push(base.concat([v.text, v.url || v.src, v.pub]).map(csvCell).join(','));
      });
    });
    return rows.join('\r\n') + '\r\n';
  }
  function download(blob, name) {
    var a = el('a');
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 4000);
  }
  $('dg-csv').addEventListener('click', function () {
    download(new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' }), 'diplograph-events.csv');
  });
  function png() { renderer.drawNow(); return renderer.canvas.toDataURL('image/png'); }
  $('dg-png').addEventListener('click', function () {
    renderer.drawNow();
    renderer.canvas.toBlob(function (b) { if (b) download(b, 'diplograph-view.png'); }, 'image/png');
  });

  // the view's state in the URL fragment: filters, focus, time range, selection, mode, language
  var restoring = false, saveTimer = 0;
  function stateString() {
    var p = new URLSearchParams();
    if (ui.mode !== D.meta.defaultMode) p.set('mode', ui.mode);
    if (ui.lang !== (D.meta.lang || 'ar')) p.set('lang', ui.lang);
    if (ui.labels !== ui.lang) p.set('labels', ui.labels);
    if (ui.types.size !== D.types.length) p.set('types', Array.from(ui.types).sort().join(','));
    if (ui.rels.size !== D.relations.length) p.set('rels', Array.from(ui.rels).sort().join(','));
    if (Array.from(ui.kinds).sort().join(',') !== Array.from(DEFAULT_KINDS).sort().join(',')) p.set('kinds', Array.from(ui.kinds).sort().join(','));
    if (ui.state) p.set('state', byId.get(ui.state).iri);
    if (ui.from) p.set('from', ui.from);
    if (ui.to) p.set('to', ui.to);
    if (!ui.undated) p.set('undated', '0');
    if (ui.focus) { p.set('focus', byId.get(ui.focus).iri); p.set('depth', String(ui.depth)); }
    var s = ui.selected;
    if (s && s.node) p.set('node', byId.get(s.node).iri);
    if (s && s.pair) p.set('pair', byId.get(s.pair[0]).iri + ' ' + byId.get(s.pair[1]).iri);
    if (s && s.edge) p.set('edge', s.edge);
    return p.toString();
  }
  function saveState() {
    if (restoring) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () {
      var s = stateString();
      if (s !== location.hash.slice(1)) history.replaceState(null, '', s ? '#' + s : location.pathname + location.search);
    }, 50);
  }
  function restoreState(hash) {
    var p = new URLSearchParams(hash.replace(/^#/, ''));
    var id = function (key) { return byIri.get(p.get(key) || '') || ''; };
    var list = function (key, all) { return p.has(key) ? new Set(p.get(key).split(',').filter(function (x) { return all.indexOf(x) >= 0; })) : null; };
    restoring = true;
    ui.mode = p.get('mode') === 'dyad' || p.get('mode') === 'full' ? p.get('mode') : D.meta.defaultMode;
    setLang(LANGS.indexOf(p.get('lang')) >= 0 ? p.get('lang') : (D.meta.lang || 'ar'), true);
    if (['ar', 'en', 'both'].indexOf(p.get('labels')) >= 0) ui.labels = p.get('labels');
    ui.types = list('types', D.types.map(function (x) { return x.t; })) || new Set(D.types.map(function (x) { return x.t; }));
    ui.rels = list('rels', D.relations.map(function (x) { return x.r; })) || new Set(D.relations.map(function (x) { return x.r; }));
    ui.kinds = list('kinds', D.kinds.map(function (x) { return x.k; })) || new Set(DEFAULT_KINDS);
    ui.state = id('state');
    ui.from = /^\d{4}-\d{2}-\d{2}$/.test(p.get('from') || '') ? p.get('from') : '';
    ui.to = /^\d{4}-\d{2}-\d{2}$/.test(p.get('to') || '') ? p.get('to') : '';
    ui.undated = p.get('undated') !== '0';
    ui.focus = id('focus'); ui.depth = p.get('depth') === '2' ? 2 : 1;
    syncControls();
    refresh();
    var pair = (p.get('pair') || '').split(' ').map(function (x) { return byIri.get(x); });
    if (id('node')) showNode(id('node'));
    else if (pair.length === 2 && pair[0] && pair[1]) showPair(pair[0], pair[1]);
    else if (p.get('edge') && (edgeById.has(p.get('edge')) || dyadById.has(p.get('edge')))) showEdge(p.get('edge'));
    restoring = false;
  }
  function syncControls() {
    document.querySelectorAll('#dg-types input').forEach(function (b) { b.checked = ui.types.has(b.value); });
    document.querySelectorAll('#dg-relations input').forEach(function (b) { b.checked = ui.rels.has(b.value); });
    syncKinds();
    $('dg-undated').checked = ui.undated;
    $('dg-labels').value = ui.labels;
    document.querySelectorAll('[data-mode]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === ui.mode));
    });
    document.body.classList.toggle('dg-dyad', ui.mode === 'dyad');
    stateSel.value = ui.state;
  }
  window.addEventListener('hashchange', function () {
    if (location.hash.slice(1) !== stateString()) restoreState(location.hash);
  });

  // ------------------------------------------------------------------ language, labels, mode
  function applyI18n() {
    document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (e) { e.placeholder = t(e.getAttribute('data-i18n-placeholder')); });
    document.querySelectorAll('[data-i18n-title]').forEach(function (e) { e.title = t(e.getAttribute('data-i18n-title')); });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (e) { e.setAttribute('aria-label', t(e.getAttribute('data-i18n-aria'))); });
    if (play.timer) $('dg-play').textContent = t('pause');
    if (D.meta.defaultTitle) { $('dg-title').textContent = t('appTitle'); document.title = t('appTitle'); }
    document.querySelectorAll('[data-lang]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === ui.lang));
    });
    facetNames();
    legendItems();
  }
  function setLang(lang, quiet) {
    if (LANGS.indexOf(lang) < 0) return;
    ui.lang = lang; ui.labels = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    $('dg-labels').value = lang;
    applyI18n();
    if (quiet) return;
    var s = ui.selected;
    refresh({ fit: false });
    if (s && s.node) showNode(s.node); else if (s && s.pair) showPair(s.pair[0], s.pair[1]); else if (s && s.edge) showEdge(s.edge);
  }
  function setLabels(mode) {
    if (['ar', 'en', 'both'].indexOf(mode) < 0) return;
    ui.labels = mode;
    $('dg-labels').value = mode;
    refresh({ fit: false });
  }
  function setMode(mode) {
    if (mode !== 'full' && mode !== 'dyad') return;
    stopPlay();
    ui.mode = mode;
    document.body.classList.toggle('dg-dyad', mode === 'dyad');
    if (ui.focus && mode === 'dyad' && byId.get(ui.focus).k !== 'country') ui.focus = '';
    document.querySelectorAll('[data-mode]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === mode));
    });
    refresh();
  }
  document.querySelectorAll('[data-mode]').forEach(function (b) {
    b.addEventListener('click', function () { setMode(b.getAttribute('data-mode')); });
  });
  document.querySelectorAll('[data-lang]').forEach(function (b) {
    b.addEventListener('click', function () { setLang(b.getAttribute('data-lang')); });
  });
  $('dg-labels').addEventListener('change', function () { setLabels($('dg-labels').value); });
  $('dg-fit').addEventListener('click', function () { renderer.fit(); });
  function togglePanel(button, cls) {
    $(button).addEventListener('click', function () {
      var hidden = document.body.classList.toggle(cls);
      $(button).setAttribute('aria-expanded', String(!hidden));
      renderer.resize(); renderer.fit();
    });
  }
  togglePanel('dg-toggle-controls', 'dg-no-controls');
  togglePanel('dg-toggle-panel', 'dg-no-panel');
  if (window.innerWidth < 900) {   // narrow screens: the graph first, panels on request
    document.body.classList.add('dg-no-controls');
    $('dg-toggle-controls').setAttribute('aria-expanded', 'false');
    renderer.resize();
  }

  // legend: one shape per kind, drawn as SVG
  function shapeSvg(shape, color) {
    var svg = svgEl('svg', { width: 16, height: 16, viewBox: '0 0 16 16' }), s;
    var pts = { hexagon: '8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5', triangle: '8,1 15,15 1,15',
                triangleDown: '1,1 15,1 8,15', diamond: '8,1 15,8 8,15 1,8', square: '2,2 14,2 14,14 2,14' };
    s = shape === 'dot' ? svgEl('circle', { cx: 8, cy: 8, r: 6.5 }) : svgEl('polygon', { points: pts[shape] });
    s.setAttribute('fill', color); s.setAttribute('stroke', '#333');
    svg.appendChild(s);
    return svg;
  }
  function legendItems() {
    var legend = $('dg-legend');
    legend.replaceChildren();
    D.kinds.forEach(function (k) {
      var li = el('li');
      li.appendChild(shapeSvg(k.shape, k.k === 'event' ? '#bbbbbb' : k.color));
      li.appendChild(el('span', k[ui.lang]));
      legend.appendChild(li);
    });
    legend.appendChild(el('li', t('legendEvents'), 'dg-hint'));
  }

  // ------------------------------------------------------------------ the scripting API
  window.dg = {
    setMode: setMode, setLabels: setLabels, setLang: setLang, search: search, showNode: showNode,
    showEdge: showEdge, showPair: showPair, focus: setFocus, clearFocus: clearFocus,
    fit: function () { renderer.fit(); }, csv: csv, png: png, escape: escape,
    mode: function () { return ui.mode; },
    lang: function () { return ui.lang; },
    visibleNodes: function () { return Array.from(visible.nodes); },
    visibleNodeCount: function () { return visible.nodes.size; },
    visibleEdgeCount: function () { return visible.edges.length; },
    visibleEdges: function () { return visible.edges.map(function (e) { return [e.f, e.t, e.id]; }); },
    edgeWeights: function () {
      return visible.edges.map(function (e) { return [e.f, e.t, visible.weights.get(e.id) || 0]; });
    },
    drawnLabels: function () { return renderer.drawnLabels.slice(); },
    topNodes: function (k) {
      return renderer.scene.labelOrder.slice(0, k).map(function (i) { return renderer.scene.nodes[i].id; });
    },
    camera: function () { return { x: renderer.cam.x, y: renderer.cam.y, k: renderer.cam.k, w: renderer.W, h: renderer.H }; },
    toScreen: function (id) {
      var i = renderer.scene.index.get(id);
      if (i === undefined) return null;
      var n = renderer.scene.nodes[i], p = renderer.toScreen(n.x, n.y);
      return [p.x, p.y];
    },
    onScreen: function () {
      return renderer.scene.nodes.filter(function (n) {
        var p = renderer.toScreen(n.x, n.y);
        return p.x >= 0 && p.y >= 0 && p.x <= renderer.W && p.y <= renderer.H;
      }).map(function (n) { return n.id; });
    },
    pan: function (dx, dy) { renderer.panBy(dx, dy); },
    zoom: function (f) { renderer.zoomAt(f, renderer.W / 2, renderer.H / 2); },
    redraw: function () {
      var t0 = performance.now();
      renderer.drawNow(); renderer.flush();
      return performance.now() - t0;
    },
    flush: function () { renderer.flush(); },
    frames: function () { return renderer.frames; },
    state: stateString,
    timings: timings,
    totalNodes: D.nodes.length, totalEdges: D.edges.length,
    setFilter: function (f) {
      if ('state' in f) ui.state = f.state || '';
      if ('from' in f) ui.from = f.from || '';
      if ('to' in f) ui.to = f.to || '';
      if ('undated' in f) ui.undated = !!f.undated;
      if ('types' in f) ui.types = new Set(f.types || D.types.map(function (x) { return x.t; }));
      if ('kinds' in f) ui.kinds = new Set(f.kinds || DEFAULT_KINDS);
      if ('relations' in f) ui.rels = new Set(f.relations || D.relations.map(function (x) { return x.r; }));
      syncControls();
      refresh();
    },
    resetFilters: resetFilters, play: startPlay, stopPlay: stopPlay
  };

  // ------------------------------------------------------------------ first draw
  if (location.hash.length > 1) restoreState(location.hash);
  else { setLang(ui.lang, true); syncControls(); refresh(); }
  renderer.flush();
  timings.firstDraw = performance.now() - T0;
  window.dgReadyAt = performance.now();
  document.body.setAttribute('data-ready', '1');
})();
