"""Python API for notebooks: the graph as rdflib objects over the fast engine, SPARQL, and networkx.

    >>> import diplograph.api as dg
    >>> ds = dg.load("graph")                      # rdflib.Dataset over the folder's Oxigraph store
    >>> for row in ds.query("SELECT ?c WHERE { ?c a dg:Country }"): ...
    >>> res = dg.query(ds, "signed-documents", country="RU")   # named query -> QueryResult
    >>> G = dg.to_networkx(ds)                      # networkx.MultiDiGraph of the entities

`load` keeps rdflib's API (triples(), query(), serialize(format="ox-turtle")) while the data lives in the
graph folder's persistent Oxigraph store (`graphstore`), opened read-only without parsing; SPARQL runs
in Rust. rdflib objects are made only for what a caller reads; for bulk answers use `query` (pyoxigraph
terms, no conversion) or `store`.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib
from oxrdflib import OxigraphStore

from .graphstore import load_merged, open_snapshot
from .errors import QueryError
from .query import NamedQuery, QueryResult, bind_params, get_named_query, is_query_name, run_query
from .registry import ENTITY_CLASSES, Registry, default_registry
from .vocab import DG, PREFIXES

DIRECT_EDGES = ("signed", "congratulated", "hasDiplomaticRelationsWith", "represents", "locatedIn")

GraphLike = rdflib.Graph | ox.Store | str | Path


def store(graph_dir: str | Path = "graph", *, named_graphs: bool = True, in_memory: bool = False) -> ox.Store:
    """The graph folder's persistent pyoxigraph Store, opened read-only in milliseconds: the whole graph
    in its default graph, one named graph per article (`named_graphs` is kept for compatibility).
    It shows the folder as it was when opened: open it again after an ingest.

    `in_memory=True` parses the whole graph (`diplograph.ttl`) into an in-memory Store instead: seconds
    to load at 10^6 triples, then queries as fast as pyoxigraph's own in-memory store (the on-disk one
    takes up to 2-3 times as long on scans); it holds the default graph only, no per-article graphs."""
    del named_graphs
    return load_merged(graph_dir) if in_memory else open_snapshot(graph_dir)


def load(graph_dir: str | Path = "graph", *, in_memory: bool = False) -> rdflib.Dataset:
    """The graph folder as an rdflib Dataset over its persistent Oxigraph store (read-only, opened
    without parsing): the default graph holds the whole graph (queried fast), the named graphs hold
    each article's facts. For answers in bulk, `query(ds, ...)` returns pyoxigraph terms.
    `in_memory=True`: over an in-memory store instead (see `store`)."""
    ds = rdflib.Dataset(store=OxigraphStore(store=store(graph_dir, in_memory=in_memory)))
    for prefix, iri in PREFIXES.items():
        ds.bind(prefix, iri, override=True)
    return ds


def as_store(graph: GraphLike) -> ox.Store:
    """The pyoxigraph Store behind `graph` (no copy when it is Oxigraph-backed)."""
    if isinstance(graph, ox.Store):
        return graph
    if isinstance(graph, (str, Path)):
        return open_snapshot(graph)
    inner = getattr(graph.store, "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    st = ox.Store()  # a plain rdflib graph: copy it over once
    st.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return st


def _named(text: str) -> NamedQuery | None:
    """The named query `text` names (found by its file name first), None when it is SPARQL text."""
    if not is_query_name(text):
        return None
    try:
        return get_named_query(text)
    except QueryError:
        return None


def query(graph: GraphLike, sparql_or_name: str, *, timeout: float | None = None, format: str | None = None,
          **params: str) -> QueryResult:
    """Run a named query (by name) or SPARQL text; keyword arguments are the parameters."""
    st = as_store(graph)
    nq = _named(sparql_or_name)
    if nq is not None:
        return run_query(st, nq.text, bindings=bind_params(nq, params), timeout=timeout, format=format)
    return run_query(st, sparql_or_name, bindings=params, timeout=timeout, format=format)


def _values(names: tuple[str, ...]) -> str:
    return " ".join(f"dg:{n}" for n in names)


def _local(term: ox.NamedNode) -> str:
    return term.value.rsplit("#", 1)[-1] if term.value.startswith(str(DG)) else term.value


def to_networkx(graph: GraphLike, registry: Registry | None = None) -> nx.MultiDiGraph:
    """The entity graph: countries, persons, organisations, places and documents as nodes (keyed by
    IRI, with `kind`, `label` (Arabic), `label_en`, `iso`), and edges

    * from each direct edge (`signed`, `congratulated`, `hasDiplomaticRelationsWith`, `represents`,
      `locatedIn`), keyed by the property name;
    * from each event, keyed by the event IRI, with `relation` (the event class), `date`, `place`,
      `document`: congratulation agent → recipient, visit visitor → host state, statement agent → party,
      meeting between the participants, signing / establishment / anniversary between the parties
      (each event type's `edge_roles`, registry.EventType).
    """
    reg = registry or default_registry()
    st = as_store(graph)
    g = nx.MultiDiGraph()
    q = run_query
    entities = _values(ENTITY_CLASSES + reg.document_classes)
    for sol in q(st, f"""SELECT ?n ?t WHERE {{ VALUES ?t {{ {entities} }} ?n a ?t }}
                     ORDER BY STR(?n) STR(?t)""").rows or []:
        kind = _local(sol["t"])
        prev = g.nodes[sol["n"].value].get("kind") if sol["n"].value in g else None
        g.add_node(sol["n"].value, kind=kind if prev in (None, "Document") else prev)
    for sol in q(st, """SELECT ?n ?l ?iso WHERE { { ?n rdfs:label ?l } UNION { ?n dg:isoCode ?iso } }
                     ORDER BY STR(?n) STR(?l) STR(?iso)""").rows or []:
        n = sol["n"].value
        if n not in g:
            continue
        if sol["iso"] is not None:
            g.nodes[n]["iso"] = sol["iso"].value
        elif (lang := sol["l"].language or "") == "ar" or lang.startswith("ar-"):
            g.nodes[n].setdefault("label", sol["l"].value)
        elif lang == "en" or lang.startswith("en-"):
            g.nodes[n].setdefault("label_en", sol["l"].value)
    for sol in q(st, f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(DIRECT_EDGES)} }} ?s ?p ?o }}
                     ORDER BY STR(?s) STR(?p) STR(?o)""").rows or []:
        s, o = sol["s"].value, sol["o"].value
        if s in g and o in g:
            g.add_edge(s, o, key=_local(sol["p"]), relation=_local(sol["p"]))
    _event_edges(st, g, reg)
    return g


def _event_edges(st: ox.Store, g: nx.MultiDiGraph, registry: Registry) -> None:
    roles: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    edge_roles = {t.cls: t.edge_roles for t in registry.types}
    for sol in run_query(st, f"""SELECT DISTINCT ?e ?t ?r ?x WHERE {{
            VALUES ?t {{ {_values(registry.event_classes)} }}
            VALUES ?r {{ dg:agent dg:party dg:recipient dg:date dg:place dg:document }}
            ?e a ?t ; ?r ?x }} ORDER BY STR(?e) STR(?r) STR(?x)""").rows or []:
        ev = roles[sol["e"].value]
        ev["type"] = [_local(sol["t"])]
        ev[_local(sol["r"])].append(sol["x"].value)
    for event, r in roles.items():
        kind = r["type"][0]
        source, target = edge_roles[kind]
        pairs: list[tuple[str, str]]
        if source == target:     # among the participants (meeting) or the parties (signing...)
            pairs = [(a, b) for i, a in enumerate(r[source]) for b in r[source][i + 1:]]
        else:                    # from agent to recipient (congratulation) or host state (visit)
            pairs = [(a, b) for a in r[source] for b in r[target]]
        attrs = {"relation": kind, "event": event, "date": min(r["date"], default=None),
                 "place": min(r["place"], default=None), "document": min(r["document"], default=None)}
        for a, b in pairs:
            if a in g and b in g and a != b:
                g.add_edge(a, b, key=event, **attrs)
