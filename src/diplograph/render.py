"""The interactive HTML view of the graph: one self-contained page that works offline.

`build_view(store)` reads what the page shows out of the store with SPARQL (Oxigraph, union of the
named graphs) and returns a `View`: nodes (states, persons, organisations, places, documents, events),
edges (event roles and the direct edges), the evidence behind each event (sentence, article, date,
rule), a dyad view (events collapsed into state-to-state edges, computed with networkx) and node
positions computed beforehand. `render_html(view)` turns it into HTML; `write_html(store, path)` does
both and replaces the file atomically.

The page inlines its own script and style (`render_assets/`: a Canvas 2D renderer, panels, search,
time brush, exports; see `page.js`); it references no URL. Article text and labels travel as JSON in
a `<script type="application/json">` block and only ever reach the page as text (`textContent`,
canvas `fillText`), never as HTML. Event and document classes, with their Arabic and English names,
are read from the ontology (`ontology/diplograph.ttl`), so a new event type needs no change here.
The output is deterministic: the same graph gives the same bytes.
"""
from __future__ import annotations

import html
import json
import math
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from .registry import Registry, default_registry
from .store import atomic_write
from .vocab import DG, DGR, sparql_prologue

if TYPE_CHECKING:
    import networkx as nx

ASSETS = Path(__file__).resolve().parent / "render_assets"
SPARQL_DIR = Path(__file__).resolve().parent / "sparql"

DYAD_THRESHOLD = 1500  # more nodes than this: the page opens in the dyad view
COLLAPSE_THRESHOLD = 1500  # more nodes than this: people and documents start folded into their states
SPRING_LIMIT = 600  # up to this many nodes the full view is laid out by networkx' spring layout
LABEL_MAX = 48
DEFAULT_TITLE = "Diplograph — relations between states"
LANGUAGES = ("ar", "en")

ENTITY_KINDS: dict[str, str] = {
    "Country": "country", "Person": "person", "Organization": "organization", "Place": "place",
}
# kind -> (priority when a resource has several classes, shape, colour, Arabic, English)
KINDS: dict[str, tuple[int, str, str, str, str]] = {
    "country": (0, "hexagon", "#1f5fa8", "دولة", "State"),
    "person": (1, "dot", "#e07b00", "شخص", "Person"),
    "organization": (2, "triangleDown", "#7b4fa8", "منظمة", "Organisation"),
    "place": (3, "triangle", "#2e8b3a", "مكان", "Place"),
    "document": (4, "diamond", "#8c5a3c", "وثيقة", "Document"),
    "event": (5, "square", "#777777", "حدث", "Event"),
}
# office -> (Arabic, English), for dg:role
OFFICES: dict[str, tuple[str, str]] = {
    "president": ("رئيس الدولة", "president"), "prime_minister": ("رئيس الوزراء", "prime minister"),
    "foreign_minister": ("وزير الخارجية", "foreign minister"), "king": ("ملك", "king"),
    "crown_prince": ("ولي العهد", "crown prince"), "emir": ("أمير", "emir"),
    "ambassador": ("سفير", "ambassador"), "minister": ("وزير", "minister"), "other": ("مسؤول", "official"),
}
# direct relation -> (Arabic, English, arrow)
RELATIONS: dict[str, tuple[str, str, bool]] = {
    "signed": ("وقّع", "signed", True),
    "congratulated": ("هنّأ", "congratulated", True),
    "hasDiplomaticRelationsWith": ("علاقات دبلوماسية", "diplomatic relations", False),
    "represents": ("يمثل", "represents", True),
}
ROLES: dict[str, tuple[str, str]] = {
    "agent": ("الفاعل", "agent"), "recipient": ("المتلقي", "recipient"), "party": ("طرف", "party"),
    "document": ("وثيقة", "document"), "place": ("مكان", "place"),
}
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
LRI, PDI = "\u2066", "\u2069"  # Unicode bidi isolate: left-to-right run inside Arabic text


@dataclass(frozen=True)
class EventType:
    """An event class of the ontology: its local name, colour and names in Arabic and English."""

    name: str
    colour: str
    ar: str
    en: str


@dataclass(frozen=True)
class Classes:
    """The event types (in the registry's order) and document classes, with what the page needs of them."""

    events: tuple[EventType, ...]
    documents: frozenset[str]
    direct: dict[str, str]            # event class -> the direct edge it states (signed, congratulated...)

    def event(self, name: str) -> EventType | None:
        return next((t for t in self.events if t.name == name), None)


def registry_classes(registry: Registry | None = None) -> Classes:
    """Event classes with their colours and names, and document classes, from the event type registry
    (which reads the ontology: the single source of classes and names)."""
    reg = registry or default_registry()
    events = tuple(EventType(t.cls, t.colour, t.label_ar or t.cls, t.label_en or t.cls) for t in reg.types)
    direct = {t.cls: t.direct for t in reg.types if t.direct}
    return Classes(events, frozenset(reg.document_classes), direct)


@dataclass(frozen=True)
class Evidence:
    """One text span behind an event: its sentence, article and extraction rule."""

    id: str
    event: str
    text: str
    article: str     # the article's file as recorded (dg:sourceFile)
    source: str      # what the page shows and links: the article's URL when known, else its file name
    url: str
    published: str
    rule: str
    date: str


@dataclass
class Node:
    """A drawn node: an entity, a document or an event."""

    id: str
    iri: str
    kind: str
    subtype: str
    ar: str
    en: str
    states: tuple[str, ...] = ()
    date: str = ""
    date_range: tuple[str, str] | None = None
    evidence: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    size: float = 10.0
    x: float = 0.0
    y: float = 0.0


@dataclass
class Edge:
    """A drawn edge: an event role (event -> entity) or a direct relation between entities."""

    id: str
    source: str
    target: str
    relation: str
    role: bool
    events: tuple[str, ...] = ()
    states: tuple[str, ...] = ()


@dataclass
class DyadEdge:
    """State-to-state edge of the dyad view: the events that involve both states."""

    id: str
    source: str
    target: str
    events: tuple[str, ...]

    @property
    def weight(self) -> int:
        return len(self.events)


@dataclass
class View:
    """Everything the page draws, in a deterministic order."""

    nodes: list[Node]
    edges: list[Edge]
    evidence: list[Evidence]
    dyad_edges: list[DyadEdge]
    dyad_layout: dict[str, tuple[float, float, float]]  # country node id -> (x, y, size)
    event_types: tuple[EventType, ...] = ()

    @property
    def default_mode(self) -> str:
        return "dyad" if len(self.nodes) > DYAD_THRESHOLD else "full"

    @property
    def collapsed(self) -> bool:
        """People and documents start folded into their states (the page unfolds them on request)."""
        return len(self.nodes) > COLLAPSE_THRESHOLD


# --------------------------------------------------------------------------- reading the store

def _query(store: ox.Store, name: str) -> Iterable[ox.QuerySolution]:
    text = sparql_prologue() + (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")
    # the persistent store's default graph is already the union of its graphs (see graphstore.py)
    union = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None
    return store.query(text, use_default_graph_as_union=union)  # type: ignore[return-value]


def _local(iri: str, ns: Any) -> str:
    return iri[len(str(ns)):] if iri.startswith(str(ns)) else ""


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    return "" if term is None else str(term.value)


def _date_range(value: str) -> tuple[str, str] | None:
    """First and last day a date literal (xsd:date, gYearMonth, gYear) may mean, as ISO strings."""
    m = re.match(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    y, mo, d = m.groups()
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        return f"{y}-{mo}-01", f"{y}-{mo}-31"
    return f"{y}-01-01", f"{y}-12-31"


def _nested() -> dict[str, dict[str, set[str]]]:
    return defaultdict(lambda: defaultdict(set))


@dataclass
class _Raw:
    """What the queries return, keyed by IRI (sets, so duplicates across named graphs vanish)."""

    kinds: dict[str, tuple[str, str]] = field(default_factory=dict)  # iri -> (kind, subtype)
    labels: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _nested())
    props: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _nested())
    links: set[tuple[str, str, str]] = field(default_factory=set)
    spans: set[tuple[str, str, str, int, str, str, str, str]] = field(default_factory=set)
    entity: dict[str, dict[str, set[str]]] = field(default_factory=lambda: _nested())


def _rank(kind_subtype: tuple[str, str]) -> tuple[int, bool, str]:
    kind, subtype = kind_subtype
    return KINDS[kind][0], subtype == "Document", subtype


def _read(store: ox.Store, classes: Classes) -> _Raw:
    raw = _Raw()
    events = {t.name for t in classes.events}
    for row in _query(store, "render_types"):
        iri, cls = _value(row["s"]), _local(_value(row["cls"]), DG)
        if cls in events:
            cand = ("event", cls)
        elif cls in classes.documents:
            cand = ("document", cls)
        elif cls in ENTITY_KINDS:
            cand = (ENTITY_KINDS[cls], cls)
        else:
            continue
        old = raw.kinds.get(iri)
        # several classes: the earliest kind wins (a state before a place), then a specific subtype
        if old is None or _rank(cand) < _rank(old):
            raw.kinds[iri] = cand
    for row in _query(store, "render_labels"):
        lit = row["label"]
        lang = (lit.language or "").lower().split("-")[0]
        raw.labels[_value(row["s"])][lang].add(lit.value)
    for row in _query(store, "render_event_props"):
        raw.props[_value(row["e"])][_local(_value(row["p"]), DG)].add(_value(row["o"]))
    for row in _query(store, "render_entity_props"):
        raw.entity[_value(row["s"])][_value(row["p"]).rsplit("#", 1)[-1]].add(_value(row["o"]))
    for row in _query(store, "render_edges"):
        raw.links.add((_value(row["s"]), _local(_value(row["p"]), DG), _value(row["o"])))
    for row in _query(store, "render_evidence"):
        start = _value(row["start"])
        raw.spans.add((_value(row["e"]), _value(row["span"]), _value(row["text"]),
                       int(start) if start.lstrip("-").isdigit() else -1, _value(row["article"]),
                       _value(row["file"]), _value(row["url"]), _value(row["published"])))
    return raw


# --------------------------------------------------------------------------- building the view

def _labels(raw: _Raw, iri: str) -> tuple[str, str]:
    ls = raw.labels.get(iri, {})
    ar = min(ls.get("ar", ()), default="")
    en = min(ls.get("en", ()), default="")
    return ar, en


ISO_DATE = re.compile(r"(?<![\d\u2066])-?\d{4}-\d{2}(?:-\d{2})?(?!\d)")


def _isolate_dates(text: str) -> str:
    """Wrap ISO dates inside Arabic text in a left-to-right isolate so that they read 2022-04-04."""
    return ISO_DATE.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def build_view(store: ox.Store, registry: Registry | None = None) -> View:
    """Read nodes, edges, evidence and the dyad view out of `store` (queried as the union of its graphs)."""
    classes = registry_classes(registry)
    raw = _read(store, classes)
    iris = sorted(raw.kinds)
    ids = {iri: f"n{i}" for i, iri in enumerate(iris)}
    nodes = {ids[iri]: _make_node(raw, iri, ids[iri], classes) for iri in iris}
    links = sorted(t for t in raw.links if t[0] in ids and t[2] in ids)
    edges = _role_edges(raw, ids, nodes, links) + _direct_edges(links, ids, nodes, raw, classes)
    edges.sort(key=lambda e: (nodes[e[0]].iri, e[1], nodes[e[2]].iri))
    view_edges = [Edge(f"e{i}", s, t, rel, role, evs,
                       tuple(sorted(set(nodes[s].states) | set(nodes[t].states))))
                  for i, (s, rel, t, role, evs) in enumerate(edges)]
    evidence = _evidence(raw, ids, nodes)
    used = {n.subtype for n in nodes.values() if n.kind == "event"}
    view = View(sorted(nodes.values(), key=lambda n: int(n.id[1:])), view_edges, evidence, [], {},
                tuple(t for t in classes.events if t.name in used))
    _dyads(view)
    _layout(view)
    return view


_EdgeRow = tuple[str, str, str, bool, tuple[str, ...]]  # source, relation, target, is a role, events


def _role_edges(raw: _Raw, ids: dict[str, str], nodes: dict[str, Node],
                links: list[tuple[str, str, str]]) -> list[_EdgeRow]:
    """Event -> entity edges for each role; sets every node's states (the countries it concerns:
    an event's parties, agents and recipients or the states they represent; a person's state, a
    place's country, a document's signing parties)."""
    tied: dict[str, dict[str, set[str]]] = {"represents": defaultdict(set), "locatedIn": defaultdict(set),
                                            "document": defaultdict(set)}
    for s, p, o in links:
        if p in tied and raw.kinds[o][0] == "country":
            tied[p][ids[s]].add(ids[o])
    edges: list[_EdgeRow] = []
    for n in nodes.values():
        if n.kind != "event":
            continue
        props = raw.props[n.iri]
        states: set[str] = set()
        for role in ROLES:
            for o in sorted(x for x in props.get(role, ()) if x in ids):
                edges.append((n.id, role, ids[o], True, (n.id,)))
                target = nodes[ids[o]]
                if role in ("agent", "recipient", "party"):
                    states |= {target.id} if target.kind == "country" else tied["represents"][target.id]
                elif role == "document":
                    tied["document"][target.id] |= {ids[x] for x in props.get("party", ()) if x in ids}
        n.states = tuple(sorted(states))
    own = {"person": "represents", "place": "locatedIn", "document": "document"}
    for n in nodes.values():
        if n.kind == "country":
            n.states = (n.id,)
        elif n.kind in own:
            n.states = tuple(sorted(tied[own[n.kind]][n.id]))
    return edges


def _make_node(raw: _Raw, iri: str, node_id: str, classes: Classes) -> Node:
    kind, subtype = raw.kinds[iri]
    ar, en = _labels(raw, iri)
    if kind != "event":
        fallback = iri.rstrip("/").rsplit("/", 1)[-1]
        ent = raw.entity.get(iri, {})
        facts: dict[str, Any] = {k: sorted(ent[k]) for k in ("role", "isoCode", "sameAs") if ent.get(k)}
        return Node(node_id, iri, kind, subtype, ar or en or fallback, en, details=facts)
    props = raw.props.get(iri, {})
    date = min(props.get("date", ()), default="")
    etype = classes.event(subtype)
    t_ar, t_en = (etype.ar, etype.en) if etype else (subtype, subtype)
    details: dict[str, Any] = {}
    for key in ("ordinal", "occasion", "rule", "inferred", "dateFlag"):
        if props.get(key):
            details[key] = sorted(props[key])
    # the date isolated left-to-right, or the Arabic context would reorder it (2022-04-04 -> 04-04-2022)
    ar_suffix = f" · {LRI}{date}{PDI}" if date else ""
    en_suffix = f" · {date}" if date else ""
    return Node(node_id, iri, kind, subtype, f"{t_ar}{ar_suffix}", f"{t_en}{en_suffix}", date=date,
                date_range=_date_range(date), details=details)


def _stated(ids: dict[str, str], nodes: dict[str, Node], raw: _Raw,
            classes: Classes) -> dict[tuple[str, str, str], set[str]]:
    """(source, relation, target) -> the events that state that direct edge (each event type says
    which: signed <- Signing, congratulated <- Congratulation, relations <- Establishment/Anniversary)."""
    def roles(n: Node, *names: str) -> set[str]:
        return {ids[o] for r in names for o in raw.props[n.iri].get(r, ()) if o in ids}

    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for n in nodes.values():
        direct = classes.direct.get(n.subtype) if n.kind == "event" else None
        if direct == "signed":
            pairs = [(x, "signed", doc) for doc in roles(n, "document") for x in roles(n, "agent", "party")]
        elif direct == "congratulated":
            pairs = [(a, "congratulated", b) for a in roles(n, "agent") for b in roles(n, "recipient")]
        elif direct == "relations":
            parties = sorted(roles(n, "party"), key=lambda x: nodes[x].iri)
            pairs = [(a, "hasDiplomaticRelationsWith", b)
                     for i, a in enumerate(parties) for b in parties[i + 1:]]
        else:
            continue
        for key in pairs:
            stated[key].add(n.id)
    return stated


def _direct_edges(links: list[tuple[str, str, str]], ids: dict[str, str], nodes: dict[str, Node],
                  raw: _Raw, classes: Classes) -> list[_EdgeRow]:
    """Direct edges, each with the events that state it; symmetric relations drawn once."""
    stated = _stated(ids, nodes, raw, classes)
    out = []
    seen: set[tuple[str, str, str]] = set()
    for s, p, o in links:
        if p not in RELATIONS:
            continue
        a, b = ids[s], ids[o]
        if p == "hasDiplomaticRelationsWith":
            a, b = sorted((a, b), key=lambda x: nodes[x].iri)
        if (a, p, b) in seen or a == b:
            continue
        seen.add((a, p, b))
        evs = stated.get((a, p, b), set())
        out.append((a, p, b, False, tuple(sorted(evs, key=lambda x: int(x[1:])))))
    return out


def _evidence(raw: _Raw, ids: dict[str, str], nodes: dict[str, Node]) -> list[Evidence]:
    rows = sorted(r for r in raw.spans if r[0] in ids and nodes[ids[r[0]]].kind == "event")
    per_event: dict[str, list[str]] = defaultdict(list)
    out = []
    for i, (event, _span, text, _start, article, file, url, published) in enumerate(rows):
        n = nodes[ids[event]]
        rule = ", ".join(n.details.get("rule", []))
        ev = Evidence(f"v{i}", n.id, text, file or article, url or _file_name(file) or article, url,
                      published, rule, n.date)
        out.append(ev)
        per_event[n.id].append(ev.id)
    for nid, vids in per_event.items():
        nodes[nid].evidence = tuple(vids)
    return out


def _file_name(recorded: str) -> str:
    """The article's file name without its folders (a local path says nothing to whoever gets the page):
    'crawl/c190/0000137.txt' -> '0000137.txt', 'C:\\news\\a.jsonl:12' -> 'a.jsonl:12'."""
    return posixpath.basename(recorded.replace("\\", "/"))


def _dyads(view: View) -> None:
    """Collapse events into state-to-state edges (networkx), weighted by the number of events."""
    import networkx as nx     # loaded when a page is drawn, not by every command

    g = nx.Graph()
    countries = [n for n in view.nodes if n.kind == "country"]
    g.add_nodes_from(n.id for n in countries)
    for n in view.nodes:
        if n.kind != "event":
            continue
        for i, a in enumerate(n.states):
            for b in n.states[i + 1:]:
                if not g.has_edge(a, b):
                    g.add_edge(a, b, events=[])
                g[a][b]["events"].append(n.id)
    order = {n.id: i for i, n in enumerate(view.nodes)}
    pairs = sorted((tuple(sorted((a, b), key=order.__getitem__)) for a, b in g.edges()),
                   key=lambda p: (order[p[0]], order[p[1]]))
    view.dyad_edges = [DyadEdge(f"d{i}", a, b, tuple(sorted(g[a][b]["events"], key=order.__getitem__)))
                       for i, (a, b) in enumerate(pairs)]
    for a, b in pairs:
        g[a][b]["weight"] = len(g[a][b]["events"])
    strength = dict(g.degree(weight="weight"))
    top = max(strength.values(), default=0) or 1
    pos = _spring(g, scale=160 * math.sqrt(max(len(g), 1)) + 150, weight="weight")
    view.dyad_layout = {nid: (pos[nid][0], pos[nid][1], round(14 + 36 * math.sqrt(strength[nid] / top), 1))
                        for nid in sorted(g, key=order.__getitem__)}


def _spring(g: nx.Graph, *, scale: float, weight: str | None = None,
            pos: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic spring layout (fixed seed, sorted input), rounded to whole pixels."""
    import networkx as nx

    if len(g) == 0:
        return {}
    h = nx.Graph()
    h.add_nodes_from(sorted(g, key=lambda x: int(x[1:])))
    h.add_edges_from(sorted((tuple(sorted(e)) for e in g.edges()), key=str))
    if weight:
        nx.set_edge_attributes(h, {e: g.edges[e].get(weight, 1) for e in h.edges()}, weight)
    init = None if pos is None else {n: pos[n] for n in h}
    try:
        raw = nx.spring_layout(h, pos=init, seed=7, weight=weight, method="force", iterations=60)
    except ImportError:  # networkx' layouts need numpy; without it keep the given positions or a circle
        step = 2 * math.pi / len(h)
        raw = init or {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(h)}
    return {n: (round(float(x) * scale), round(float(y) * scale)) for n, (x, y) in raw.items()}


def _layout(view: View) -> None:
    """Node sizes and importance from degree; positions from a spring layout (small graphs) or around
    each node's states (large graphs: O(n), so 5,000 nodes lay out in well under a second); then
    overlapping nodes of small graphs are pushed apart."""
    degree: dict[str, int] = defaultdict(int)
    for e in view.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    top = max(degree.values(), default=0) or 1
    for n in view.nodes:
        base, span = (14, 30) if n.kind == "country" else (7, 22)
        n.size = round(base + span * math.sqrt(degree[n.id] / top), 1)
        n.details["degree"] = degree[n.id]
    by_id = {n.id: n for n in view.nodes}
    spread = max(60 * math.sqrt(len(view.nodes)), 300)
    dyad_scale = 160 * math.sqrt(max(len(view.dyad_layout), 1)) + 150
    anchors = {nid: (x / dyad_scale * spread, y / dyad_scale * spread)
               for nid, (x, y, _s) in view.dyad_layout.items()}
    pos = _satellites(view, anchors, spread)
    if len(view.nodes) <= SPRING_LIMIT:
        import networkx as nx     # loaded when a page is drawn, not by every command

        g = nx.Graph()
        g.add_nodes_from(n.id for n in view.nodes)
        g.add_edges_from((e.source, e.target) for e in view.edges)
        unit = {k: (x / spread, y / spread) for k, (x, y) in pos.items()}
        pos = _spring(g, scale=spread, pos=unit)
        pos = _separate(pos, {n.id: n.size for n in view.nodes})
    for nid, (x, y) in pos.items():
        by_id[nid].x, by_id[nid].y = x, y


def _separate(pos: dict[str, tuple[float, float]], size: dict[str, float], *, gap: float = 18.0,
              rounds: int = 80) -> dict[str, tuple[float, float]]:
    """Push apart nodes whose discs (radius = size) overlap, a little each round (numpy, O(n^2) per
    round: for the small graphs the spring layout draws)."""
    import numpy as np

    keys = sorted(pos, key=lambda k: int(k[1:]))
    if len(keys) < 2:
        return pos
    xy = np.array([pos[k] for k in keys], dtype=float)
    r = np.array([size[k] for k in keys], dtype=float)
    need = r[:, None] + r[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for _ in range(rounds):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((d ** 2).sum(-1))
        overlap = np.where(dist < need, need - dist, 0.0)
        np.fill_diagonal(overlap, 0.0)
        if not overlap.any():
            break
        tiny = dist < 1e-6
        unit = np.where(tiny[..., None], np.array([1.0, 0.0]), d / np.maximum(dist, 1e-6)[..., None])
        xy += 0.5 * (unit * overlap[..., None]).sum(1) / np.maximum((overlap > 0).sum(1), 1)[:, None]
    return {k: (round(float(x)), round(float(y))) for k, (x, y) in zip(keys, xy)}


def _satellites(view: View, anchors: dict[str, tuple[float, float]],
                spread: float) -> dict[str, tuple[float, float]]:
    """Place states at their dyad-layout positions and every other node on a sunflower spiral around
    the centre of its states; nodes tied to no state go on a ring outside."""
    pos: dict[str, tuple[float, float]] = {}
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in view.nodes:
        if n.kind == "country" and n.id in anchors:
            pos[n.id] = anchors[n.id]
        else:
            groups[tuple(s for s in n.states if s in anchors)].append(n.id)
    for key, members in sorted(groups.items()):
        if key:
            cx = sum(anchors[s][0] for s in key) / len(key)
            cy = sum(anchors[s][1] for s in key) / len(key)
            step = 14.0
        else:
            cx = cy = 0.0
            step = 0.0
        for k, nid in enumerate(members):
            if key:
                r, a = step * math.sqrt(k + 4), k * GOLDEN_ANGLE   # k + 4: leave the state itself free
            else:
                r, a = spread * 1.15, 2 * math.pi * k / max(len(members), 1)
            pos[nid] = (round(cx + r * math.cos(a)), round(cy + r * math.sin(a)))
    return pos


# --------------------------------------------------------------------------- writing the page

def _payload(view: View, title: str, mode: str | None, lang: str) -> dict[str, Any]:
    return {
        "meta": {"title": title, "defaultTitle": title == DEFAULT_TITLE,
                 "defaultMode": mode or view.default_mode, "collapsed": view.collapsed, "lang": lang,
                 "dyadThreshold": DYAD_THRESHOLD, "base": str(DGR)},
        "kinds": [{"k": k, "shape": v[1], "color": v[2], "ar": v[3], "en": v[4]} for k, v in KINDS.items()],
        "types": [{"t": t.name, "color": t.colour, "ar": t.ar, "en": t.en} for t in view.event_types],
        "relations": [{"r": r, "ar": v[0], "en": v[1], "arrow": v[2]} for r, v in RELATIONS.items()],
        "roles": [{"r": r, "ar": v[0], "en": v[1]} for r, v in ROLES.items()],
        "offices": {k: list(v) for k, v in OFFICES.items()},
        "nodes": [_node_json(n) for n in view.nodes],
        # edges as rows [source, target, relation, 1 if an event role else 0, events], id = "e" + index
        "edges": [[e.source, e.target, e.relation, int(e.role), list(e.events)] for e in view.edges],
        "evidence": {v.id: {"event": v.event, "text": v.text, "src": v.source, "url": v.url,
                            "pub": v.published, "rule": v.rule, "date": v.date} for v in view.evidence},
        "dyad": {"nodes": {k: list(v) for k, v in view.dyad_layout.items()},
                 "edges": [{"id": d.id, "f": d.source, "t": d.target, "ev": list(d.events)}
                           for d in view.dyad_edges]},
    }


def _node_json(n: Node) -> dict[str, Any]:
    iri = n.iri[len(str(DGR)):] if n.iri.startswith(str(DGR)) else n.iri   # the page adds meta.base back
    out: dict[str, Any] = {"id": n.id, "iri": iri, "k": n.kind, "sub": n.subtype,
                           "ar": _isolate_dates(_short(n.ar)), "en": _short(n.en), "st": list(n.states),
                           "size": n.size, "x": n.x, "y": n.y}
    if n.kind == "event":
        out["date"] = n.date
        out["dr"] = list(n.date_range) if n.date_range else None
        out["v"] = list(n.evidence)
    if any(n.details.values()):
        out["det"] = {k: v for k, v in n.details.items() if v}
    return out


def _json_for_script(data: Any) -> str:
    """JSON safe inside <script>: no `<`, `>`, `&` or line separators can end the element early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def render_html(view: View, *, title: str = DEFAULT_TITLE, mode: str | None = None, lang: str = "ar") -> str:
    """The self-contained page for `view` (no URL is fetched; article text is escaped).

    `mode` ("full" or "dyad") is the view the page opens in; by default the dyad view when the graph
    has more than DYAD_THRESHOLD nodes. `lang` ("ar" or "en") is the language of the interface it
    opens in (the reader switches it on the page).
    """
    if mode not in (None, "full", "dyad"):
        raise ValueError(f"unknown view mode {mode!r}: use 'full' or 'dyad'")
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language {lang!r}: use 'ar' or 'en'")
    app = (ASSETS / "page.js").read_text(encoding="utf-8")
    if "</script" in app.lower():
        raise ValueError(f"{ASSETS / 'page.js'} contains '</script' and cannot be inlined")
    parts = {
        "TITLE": html.escape(title),
        "LANG": lang,
        "DIR": "rtl" if lang == "ar" else "ltr",
        "CSS": (ASSETS / "page.css").read_text(encoding="utf-8"),
        "APP_JS": app,
        "DATA": _json_for_script(_payload(view, title, mode, lang)),
    }
    template = (ASSETS / "page.html").read_text(encoding="utf-8")
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)


def write_html(store: ox.Store, path: Path | str, *, title: str = DEFAULT_TITLE,
               mode: str | None = None, lang: str = "ar", registry: Registry | None = None) -> View:
    """Build the view of `store`, render it and atomically replace `path` (temporary file in the same
    folder, then os.replace); returns the view."""
    view = build_view(store, registry)
    atomic_write(Path(path), render_html(view, title=title, mode=mode, lang=lang).encode("utf-8"))
    return view


__all__ = [
    "DYAD_THRESHOLD",
    "Classes",
    "EventType",
    "DyadEdge",
    "Edge",
    "Evidence",
    "Node",
    "View",
    "build_view",
    "registry_classes",
    "render_html",
    "write_html",
]
