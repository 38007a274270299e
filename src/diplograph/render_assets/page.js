/* Diplograph's interactive view. Data comes from the JSON block #dg-data; every piece of text from an
 * article reaches the page through textContent or as plain-text canvas labels, never as HTML. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('dg-data').textContent);
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  var byId = new Map(D.nodes.map(function (n) { return [n.id, n]; }));
  var kinds = new Map(D.kinds.map(function (k) { return [k.k, k]; }));
  var types = new Map(D.types.map(function (t) { return [t.t, t]; }));
  var relations = new Map(D.relations.map(function (r) { return [r.r, r]; }));
  var roles = new Map(D.roles.map(function (r) { return [r.r, r]; }));
  var edgeById = new Map(D.edges.map(function (e) { return [e.id, e]; }));
  var dyadById = new Map(D.dyad.edges.map(function (e) { return [e.id, e]; }));

  var ui = {
    mode: D.meta.defaultMode, labels: 'both', state: '', from: '', to: '', undated: true,
    types: new Set(D.types.map(function (t) { return t.t; })),
    rels: new Set(D.relations.map(function (r) { return r.r; }))
  };

  // ------------------------------------------------------------------ filters
  function filterActive() {
    return ui.state !== '' || ui.from !== '' || ui.to !== '' ||
      ui.types.size !== D.types.length || ui.rels.size !== D.relations.length;
  }
  function rangeOK(dr) {
    if (!ui.from && !ui.to) return true;
    if (!dr) return ui.undated;
    return (!ui.from || dr[1] >= ui.from) && (!ui.to || dr[0] <= ui.to);
  }
  function stateOK(states) { return !ui.state || states.indexOf(ui.state) >= 0; }
  function eventPasses(n, withState) {
    return ui.types.has(n.sub) && rangeOK(n.dr) && (!withState || stateOK(n.st));
  }
  function directPasses(e) {
    if (!ui.rels.has(e.r) || !stateOK(e.st)) return false;
    if (!ui.from && !ui.to) return true;
    var dated = e.ev.map(function (id) { return byId.get(id).dr; }).filter(Boolean);
    if (!dated.length) return ui.undated;
    return dated.some(rangeOK);
  }

  var visible = { nodes: new Set(), edges: new Set(), weights: new Map() };

  function computeFull() {
    var nodes = new Set(), edges = new Set(), active = filterActive();
    D.nodes.forEach(function (n) {
      if (n.k === 'event' ? eventPasses(n, true) : !active) nodes.add(n.id);
    });
    D.edges.forEach(function (e) {
      var ok = e.role ? eventPasses(byId.get(e.f), true) : directPasses(e);
      if (ok) { edges.add(e.id); nodes.add(e.f); nodes.add(e.t); }
    });
    visible.nodes = nodes; visible.edges = edges;
  }
  function computeDyad() {
    var nodes = new Set(), edges = new Set(), weights = new Map(), active = filterActive();
    Object.keys(D.dyad.nodes).forEach(function (id) { if (!active) nodes.add(id); });
    D.dyad.edges.forEach(function (d) {
      var w = 0;
      d.ev.forEach(function (id) { if (eventPasses(byId.get(id), false)) w += 1; });
      weights.set(d.id, w);
      if (w > 0 && (!ui.state || d.f === ui.state || d.t === ui.state)) {
        edges.add(d.id); nodes.add(d.f); nodes.add(d.t);
      }
    });
    visible.nodes = nodes; visible.edges = edges; visible.weights = weights;
  }

  // ------------------------------------------------------------------ vis data
  var ISOLATE = { rtl: ['\u2067', '\u2069'] };
  function labelOf(n) {
    var ar = n.ar ? ISOLATE.rtl[0] + n.ar + ISOLATE.rtl[1] : '';
    if (ui.labels === 'ar') return ar || n.en;
    if (ui.labels === 'en') return n.en || ar;
    return n.en && n.en !== n.ar ? (ar ? ar + '\n' + n.en : n.en) : ar;
  }
  function colorOf(n) {
    return n.k === 'event' ? types.get(n.sub).color : kinds.get(n.k).color;
  }
  function visNode(n, dyad) {
    var c = colorOf(n), pos = dyad ? D.dyad.nodes[n.id] : [n.x, n.y, n.size];
    return { id: n.id, label: labelOf(n), shape: kinds.get(n.k).shape, size: pos[2], x: pos[0], y: pos[1],
             color: { background: c, border: '#333333', highlight: { background: '#ffd54f', border: '#000000' } },
             font: { size: n.k === 'country' ? 16 : 12 } };
  }
  function relLabel(code, isRole) {
    var r = isRole ? roles.get(code) : relations.get(code);
    if (ui.labels === 'ar') return r.ar;
    if (ui.labels === 'en') return r.en;
    return r.en;
  }
  function visEdge(e) {
    var rel = e.role ? null : relations.get(e.r);
    return { id: e.id, from: e.f, to: e.t, label: relLabel(e.r, e.role),
             arrows: rel && rel.arrow ? 'to' : '', dashes: e.r === 'represents',
             color: { color: e.role ? '#9aa5b1' : '#34495e' }, width: e.role ? 1 : 2 };
  }
  function visDyad(d) {
    var w = visible.weights.get(d.id) || d.ev.length;
    return { id: d.id, from: d.f, to: d.t, label: String(w), value: w,
             width: Math.min(1 + 1.5 * Math.log2(1 + w), 14), color: { color: '#1f5fa8', opacity: 0.6 } };
  }

  var fullNodes = new vis.DataSet(D.nodes.map(function (n) { return visNode(n, false); }));
  var fullEdges = new vis.DataSet(D.edges.map(visEdge));
  var dyadNodes = new vis.DataSet(Object.keys(D.dyad.nodes).sort(function (a, b) {
    return a.slice(1) - b.slice(1);
  }).map(function (id) { return visNode(byId.get(id), true); }));
  var dyadEdges = new vis.DataSet(D.dyad.edges.map(visDyad));
  compute();
  var isVisible = function (item) { return visible.nodes.has(item.id); };
  var isVisibleEdge = function (item) { return visible.edges.has(item.id); };
  var views = {
    full: { nodes: new vis.DataView(fullNodes, { filter: isVisible }),
            edges: new vis.DataView(fullEdges, { filter: isVisibleEdge }) },
    dyad: { nodes: new vis.DataView(dyadNodes, { filter: isVisible }),
            edges: new vis.DataView(dyadEdges, { filter: isVisibleEdge }) }
  };

  // ------------------------------------------------------------------ network
  var large = D.meta.large;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: {
      enabled: D.meta.physics && ui.mode === 'full',
      solver: 'forceAtlas2Based',
      forceAtlas2Based: { gravitationalConstant: -70, springLength: 100, avoidOverlap: 0.8 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true }
    },
    nodes: { borderWidth: 1, font: { face: 'Noto Sans Arabic, Noto Sans, DejaVu Sans, sans-serif',
                                     color: '#111111', strokeWidth: 3, strokeColor: '#ffffff' },
             scaling: { label: { drawThreshold: 6 } } },
    edges: { smooth: false, font: { size: 10, align: 'middle', color: '#444444', strokeWidth: 2 },
             selectionWidth: 2, hoverWidth: 1 },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large,
                   multiselect: false, navigationButtons: false, keyboard: false }
  };
  var container = $('dg-graph');
  var network = new vis.Network(container, views[ui.mode], options);
  window.network = network;

  var ready = false, physicsDone = !options.physics.enabled;
  network.on('stabilizationIterationsDone', function () {
    network.setOptions({ physics: { enabled: false } });
    network.storePositions();
    physicsDone = true;
    network.redraw();
  });
  function markReady() {
    if (ready) return;
    ready = true;
    window.dgReadyAt = performance.now();
    document.body.setAttribute('data-ready', '1');
    status();
  }
  network.on('afterDrawing', function () { if (physicsDone) markReady(); });
  if (!D.nodes.length) requestAnimationFrame(markReady);  // nothing to draw: vis-network may not draw
  network.on('dragEnd', function () { network.storePositions(); });

  function compute() { if (ui.mode === 'dyad') computeDyad(); else computeFull(); }

  function refresh() {
    compute();
    if (ui.mode === 'dyad') {
      dyadEdges.update(D.dyad.edges.map(visDyad));
    }
    views[ui.mode].nodes.refresh();
    views[ui.mode].edges.refresh();
    status();
  }

  function setMode(mode) {
    if (mode !== 'full' && mode !== 'dyad') return;
    ui.mode = mode;
    compute();
    if (mode === 'dyad') dyadEdges.update(D.dyad.edges.map(visDyad));
    views[mode].nodes.refresh();
    views[mode].edges.refresh();
    network.setData(views[mode]);
    network.setOptions({ physics: { enabled: false } });
    document.querySelectorAll('[data-mode]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === mode));
    });
    status();
  }

  function setLabels(mode) {
    ui.labels = mode;
    fullNodes.update(D.nodes.map(function (n) { return { id: n.id, label: labelOf(n) }; }));
    dyadNodes.update(dyadNodes.getIds().map(function (id) { return { id: id, label: labelOf(byId.get(id)) }; }));
    fullEdges.update(D.edges.map(function (e) { return { id: e.id, label: relLabel(e.r, e.role) }; }));
  }

  function status() {
    var total = ui.mode === 'dyad' ? Object.keys(D.dyad.nodes).length : D.nodes.length;
    $('dg-status').textContent = (ui.mode === 'dyad' ? 'Dyad view' : 'Full graph') + ': ' +
      visible.nodes.size + ' / ' + total + ' nodes, ' + visible.edges.size + ' edges' +
      (ready ? '' : ' (laying out…)');
  }

  // ------------------------------------------------------------------ evidence panel and tooltips
  function nameOf(id) {
    var n = byId.get(id);
    if (!n) return id;
    var ar = n.ar ? '\u2067' + n.ar + '\u2069' : '';
    var en = n.en ? '\u2066' + n.en + '\u2069' : '';
    return ar && en && n.en !== n.ar ? ar + ' — ' + en : (ar || en);
  }
  function kv(parent, key, value) {
    if (value === undefined || value === null || value === '') return;
    var p = el('div', null, 'dg-kv');
    p.appendChild(el('b', key + ': '));
    var v = el('span', value);
    v.dir = 'auto';
    p.appendChild(v);
    parent.appendChild(p);
  }
  function typeName(n) {
    if (n.k === 'event') { var t = types.get(n.sub); return t.en + ' / ' + t.ar; }
    var k = kinds.get(n.k);
    return (n.sub && n.sub !== n.k && n.k === 'document' ? n.sub : k.en) + ' / ' + k.ar;
  }
  function evidenceOf(eventIds) {
    var out = [];
    eventIds.forEach(function (id) { (byId.get(id).v || []).forEach(function (v) { out.push(v); }); });
    return out;
  }
  var EVIDENCE_SHOWN = 25;
  function showEvidence(parent, vids) {
    if (!vids.length) { parent.appendChild(el('p', 'No sentence recorded for this fact.', 'dg-hint')); return; }
    parent.appendChild(el('h3', vids.length + (vids.length === 1 ? ' sentence' : ' sentences')));
    vids.slice(0, EVIDENCE_SHOWN).forEach(function (vid) {
      var v = D.evidence[vid], box = el('div', null, 'dg-ev');
      var s = el('p', v.text, 'dg-sentence');
      s.dir = 'auto'; s.lang = 'ar';
      box.appendChild(s);
      var ev = byId.get(v.event);
      kv(box, 'Event', ev ? typeName(ev) : '');
      kv(box, 'Date of the fact', v.date);
      kv(box, 'Article', v.article);
      kv(box, 'Title', v.title);
      kv(box, 'Published', v.published);
      kv(box, 'Rule', v.rule);
      parent.appendChild(box);
    });
    if (vids.length > EVIDENCE_SHOWN) {
      parent.appendChild(el('p', '… and ' + (vids.length - EVIDENCE_SHOWN) + ' more', 'dg-hint'));
    }
  }
  function clearPanel() { var d = $('dg-details'); d.replaceChildren(); return d; }

  function showNode(id) {
    var n = byId.get(id), d = clearPanel();
    if (!n) return;
    var h = el('h3', n.ar || n.en); h.dir = 'auto'; d.appendChild(h);
    if (n.en && n.ar && n.en !== n.ar) { var en = el('div', n.en, 'dg-en'); en.dir = 'ltr'; d.appendChild(en); }
    kv(d, 'Type', typeName(n));
    if (n.det && n.det.label_ar) kv(d, 'Label', n.det.label_ar);
    kv(d, 'Date', n.date);
    if (n.det) {
      kv(d, 'Ordinal', (n.det.ordinal || []).join(', '));
      kv(d, 'Occasion', (n.det.occasion || []).join(', '));
      kv(d, 'Inferred', (n.det.inferred || []).join(', '));
      kv(d, 'Date flag', (n.det.dateFlag || []).join(', '));
    }
    if (n.st.length) kv(d, 'States', n.st.map(nameOf).join(' · '));
    if (n.k === 'event') {
      D.edges.forEach(function (e) {
        if (e.role && e.f === id) kv(d, roles.get(e.r).en + ' / ' + roles.get(e.r).ar, nameOf(e.t));
      });
      showEvidence(d, n.v || []);
    } else if (ui.mode === 'dyad') {
      var evs = [];
      D.dyad.edges.forEach(function (x) { if (x.f === id || x.t === id) evs = evs.concat(x.ev); });
      kv(d, 'Events with other states', String(new Set(evs).size));
    }
    var iri = el('p', n.iri, 'dg-iri'); d.appendChild(iri);
  }
  function showEdge(id) {
    var d = clearPanel(), e = edgeById.get(id), x = dyadById.get(id);
    if (e) {
      var r = e.role ? roles.get(e.r) : relations.get(e.r);
      var h = el('h3', nameOf(e.f) + ' → ' + nameOf(e.t)); h.dir = 'auto'; d.appendChild(h);
      kv(d, 'Relation', r.en + ' / ' + r.ar);
      if (!e.role && e.r === 'represents') d.appendChild(el('p', 'From the gazetteer of states and their officials.', 'dg-hint'));
      showEvidence(d, evidenceOf(e.ev));
    } else if (x) {
      var hh = el('h3', nameOf(x.f) + ' ↔ ' + nameOf(x.t)); hh.dir = 'auto'; d.appendChild(hh);
      var counts = new Map(), shown = [];
      x.ev.forEach(function (eid) {
        var n = byId.get(eid);
        if (!eventPasses(n, false)) return;
        shown.push(eid);
        counts.set(n.sub, (counts.get(n.sub) || 0) + 1);
      });
      kv(d, 'Events', String(shown.length));
      counts.forEach(function (c, t) { kv(d, types.get(t).en + ' / ' + types.get(t).ar, String(c)); });
      showEvidence(d, evidenceOf(shown));
    }
  }

  var tip = $('dg-tip');
  function showTip(text, pointer) {
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = (pointer.x + 14) + 'px';
    tip.style.top = (pointer.y + 14) + 'px';
  }
  function firstSentence(vids) {
    if (!vids.length) return '';
    var t = D.evidence[vids[0]].text;
    return '\n' + (t.length > 160 ? t.slice(0, 159) + '…' : t);
  }
  network.on('hoverNode', function (p) {
    var n = byId.get(p.node);
    if (!n) return;
    showTip(nameOf(n.id) + '\n' + typeName(n) + (n.date ? ' · ' + n.date : '') +
            firstSentence(n.v || []), p.pointer.DOM);
  });
  network.on('hoverEdge', function (p) {
    var e = edgeById.get(p.edge), x = dyadById.get(p.edge);
    if (e) {
      var r = e.role ? roles.get(e.r) : relations.get(e.r);
      showTip(nameOf(e.f) + ' — ' + r.en + ' / ' + r.ar + ' — ' + nameOf(e.t) + firstSentence(evidenceOf(e.ev)),
              p.pointer.DOM);
    } else if (x) {
      showTip(nameOf(x.f) + ' ↔ ' + nameOf(x.t) + ': ' + (visible.weights.get(x.id) || 0) + ' events',
              p.pointer.DOM);
    }
  });
  network.on('blurNode', function () { tip.hidden = true; });
  network.on('blurEdge', function () { tip.hidden = true; });
  network.on('dragStart', function () { tip.hidden = true; });
  network.on('click', function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // ------------------------------------------------------------------ search
  function fold(s) {
    return (s || '').toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640\u200c-\u200f\u2066-\u2069]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647').trim();
  }
  var folded = new Map(D.nodes.map(function (n) { return [n.id, fold(n.ar) + '\u0000' + fold(n.en)]; }));
  function search(q) {
    var f = fold(q);
    if (!f) return [];
    var pool = ui.mode === 'dyad' ? Object.keys(D.dyad.nodes) : D.nodes.map(function (n) { return n.id; });
    var hits = pool.filter(function (id) { return folded.get(id).indexOf(f) >= 0; });
    hits.sort(function (a, b) {
      var ka = kinds.get(byId.get(a).k), kb = kinds.get(byId.get(b).k);
      return D.kinds.indexOf(ka) - D.kinds.indexOf(kb) || a.slice(1) - b.slice(1);
    });
    var list = $('dg-results');
    list.replaceChildren();
    hits.slice(0, 30).forEach(function (id) {
      var li = el('li', nameOf(id) + (visible.nodes.has(id) ? '' : ' (hidden by filters)'));
      li.dir = 'auto';
      li.addEventListener('click', function () { focusNode(id); });
      list.appendChild(li);
    });
    if (!hits.length) list.appendChild(el('li', 'No match / لا نتائج'));
    if (hits.length) focusNode(hits[0]);
    return hits;
  }
  function focusNode(id) {
    showNode(id);
    if (!visible.nodes.has(id)) return;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
  }

  // ------------------------------------------------------------------ controls
  function checkbox(parent, value, text, textAr, color, set) {
    var lab = el('label'), box = el('input');
    box.type = 'checkbox'; box.checked = true; box.value = value; box.setAttribute('data-filter', value);
    box.addEventListener('change', function () {
      if (box.checked) set.add(value); else set.delete(value);
      refresh();
    });
    lab.appendChild(box);
    if (color) { var sw = el('span', null, 'dg-swatch'); sw.style.background = color; lab.appendChild(sw); }
    lab.appendChild(document.createTextNode(text + ' '));
    var ar = el('span', textAr); ar.lang = 'ar'; ar.dir = 'rtl'; lab.appendChild(ar);
    parent.appendChild(lab);
  }
  D.types.forEach(function (t) { checkbox($('dg-types'), t.t, t.en, t.ar, t.color, ui.types); });
  D.relations.forEach(function (r) { checkbox($('dg-relations'), r.r, r.en, r.ar, null, ui.rels); });

  var stateSel = $('dg-state');
  D.nodes.filter(function (n) { return n.k === 'country'; })
    .sort(function (a, b) { return (a.en || a.ar).localeCompare(b.en || b.ar); })
    .forEach(function (n) {
      var o = el('option', nameOf(n.id)); o.value = n.id; stateSel.appendChild(o);
    });
  stateSel.addEventListener('change', function () { ui.state = stateSel.value; refresh(); });
  $('dg-from').addEventListener('change', function () { ui.from = $('dg-from').value; refresh(); });
  $('dg-to').addEventListener('change', function () { ui.to = $('dg-to').value; refresh(); });
  $('dg-undated').addEventListener('change', function () { ui.undated = $('dg-undated').checked; refresh(); });
  $('dg-reset').addEventListener('click', function () {
    ui.state = ''; ui.from = ''; ui.to = ''; ui.undated = true;
    stateSel.value = ''; $('dg-from').value = ''; $('dg-to').value = ''; $('dg-undated').checked = true;
    document.querySelectorAll('[data-filter]').forEach(function (b) { b.checked = true; });
    D.types.forEach(function (t) { ui.types.add(t.t); });
    D.relations.forEach(function (r) { ui.rels.add(r.r); });
    refresh();
  });
  document.querySelectorAll('[data-mode]').forEach(function (b) {
    b.addEventListener('click', function () { setMode(b.getAttribute('data-mode')); });
    b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === ui.mode));
  });
  $('dg-labels').addEventListener('change', function () { setLabels($('dg-labels').value); });
  $('dg-search-form').addEventListener('submit', function (ev) { ev.preventDefault(); search($('dg-search').value); });

  // legend: one shape per class, drawn as SVG
  var SVGNS = 'http://www.w3.org/2000/svg';
  function shapeSvg(shape, color) {
    var svg = document.createElementNS(SVGNS, 'svg'), s;
    svg.setAttribute('width', '16'); svg.setAttribute('height', '16'); svg.setAttribute('viewBox', '0 0 16 16');
    var pts = { hexagon: '8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5', triangle: '8,1 15,15 1,15',
                triangleDown: '1,1 15,1 8,15', diamond: '8,1 15,8 8,15 1,8', square: '2,2 14,2 14,14 2,14' };
    if (shape === 'dot') { s = document.createElementNS(SVGNS, 'circle');
      s.setAttribute('cx', '8'); s.setAttribute('cy', '8'); s.setAttribute('r', '6.5'); }
    else { s = document.createElementNS(SVGNS, 'polygon'); s.setAttribute('points', pts[shape]); }
    s.setAttribute('fill', color); s.setAttribute('stroke', '#333');
    svg.appendChild(s);
    return svg;
  }
  var legend = $('dg-legend');
  D.kinds.forEach(function (k) {
    var li = el('li');
    li.appendChild(shapeSvg(k.shape, k.k === 'event' ? '#bbbbbb' : k.color));
    li.appendChild(document.createTextNode(k.en + ' '));
    var ar = el('span', k.ar); ar.lang = 'ar'; ar.dir = 'rtl'; li.appendChild(ar);
    legend.appendChild(li);
  });
  legend.appendChild(el('li', 'Events are coloured by type (see Fact types); edge width in the dyad view = number of events.', 'dg-hint'));

  // a small API for tests and scripts
  window.dg = {
    setMode: setMode, setLabels: setLabels, search: search, showNode: showNode, showEdge: showEdge,
    mode: function () { return ui.mode; },
    visibleNodeCount: function () { return network.body.data.nodes.length; },
    visibleEdgeCount: function () { return network.body.data.edges.length; },
    totalNodes: D.nodes.length, totalEdges: D.edges.length,
    setFilter: function (f) {
      if ('state' in f) { ui.state = f.state; stateSel.value = f.state; }
      if ('from' in f) { ui.from = f.from; $('dg-from').value = f.from; }
      if ('to' in f) { ui.to = f.to; $('dg-to').value = f.to; }
      refresh();
    }
  };
  status();
})();
