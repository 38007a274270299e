"""Building the graph folder: extract articles, write one Turtle file per article, the entities graph
and the merged `diplograph.ttl` — every file written atomically (see `store.py`).

`build(seeds, graph_dir)` is the main job (`diplograph build`); `extract_to_turtle(path)` is what
`diplograph extract` writes for one article without touching the store.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .document import Document, Person, Place
from .errors import DiplographError, InputError, StoreError
from .faults import disk_guard
from .gazetteer import gazetteer
from .confidence import DEFAULT_MIN_CONFIDENCE
from .pipeline import extract_file
from .registry import ENTITY_CLASSES, default_registry
from .rdf import article_triples, document_graph, entity_triples
from . import graphstore
from .store import GraphDir, GraphLock, atomic_write, describe, serialize_sorted, write_merged

ARTICLE_SUFFIXES = (".txt", ".text", ".md")


@dataclass
class Summary:
    """What a build or an ingest did: counts for the command line's summary line."""

    articles: int = 0
    entities: int = 0
    events: int = 0
    triples: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: int = 0

    def line(self) -> str:
        text = (f"{self.articles} articles, {self.entities} entities, {self.events} events, "
                f"{self.triples} triples")
        if self.skipped:
            text += f", {self.skipped} unchanged"
        if self.failed:
            text += f", {len(self.failed)} failed"
        return text


def article_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise InputError("folder not found", path=folder, hint="create it and put article files (.txt) in it")
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                   and not p.name.startswith("."))
    if not files:
        raise InputError("no article files (.txt) in folder", path=folder, hint="add UTF-8 .txt articles")
    return files


def extract_to_turtle(path: Path, published: dt.date | None = None,
                      min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple[Document, bytes]:
    doc = extract_file(path, published=published, min_confidence=min_confidence)
    return doc, serialize_sorted(document_graph(doc))


def write_article(gd: GraphDir, doc: Document) -> None:
    """Write one article's named graph as its own Turtle file (replacing an earlier version)."""
    t = article_triples(doc)
    atomic_write(gd.shard(doc.key), serialize_sorted(t.items))


def entities_for(refs: Iterable[str]) -> tuple[set[str], list[Person], list[Place]]:
    """Gazetteer entities among references like "country/RU", "person/Q7747", "place/Q649"."""
    gz = gazetteer()
    countries: set[str] = set()
    people: dict[str, Person] = {}
    places: dict[str, Place] = {}
    for ref in refs:
        kind, _, key = ref.partition("/")
        if kind == "country":
            countries.add(key)
        elif kind == "person" and key in gz.people:
            people[key] = gz.people[key][0]     # one description per person, whatever the office
        elif kind == "place" and key in gz.places:
            places[key] = gz.places[key]
    for p in people.values():
        if p.iso:
            countries.add(p.iso)
    for pl in places.values():
        if pl.iso:
            countries.add(pl.iso)
    return countries, [people[k] for k in sorted(people)], [places[k] for k in sorted(places)]


def write_entities(gd: GraphDir, refs: Iterable[str]) -> None:
    """Write `entities.ttl`: the gazetteer entities among the articles' references."""
    atomic_write(gd.entities, serialize_sorted(entity_triples(*entities_for(refs))))


def _first_row(store: ox.Store, select: str) -> ox.QuerySolution:
    """The first solution of a SELECT query that always has one (an aggregate)."""
    solutions = store.query(select)
    assert isinstance(solutions, ox.QuerySolutions)
    first: ox.QuerySolution = next(iter(solutions))
    return first


def summarise(store: ox.Store, n_triples: int) -> Summary:
    q = """
    PREFIX dg: <https://w3id.org/diplograph/ontology#>
    SELECT
      (COUNT(DISTINCT ?a) AS ?articles)
      (COUNT(DISTINCT ?e) AS ?events)
    WHERE { { ?a a dg:Article } UNION { ?e dg:rule ?r } }"""
    row = _first_row(store, q)
    classes = " ".join(f"dg:{c}" for c in ENTITY_CLASSES + default_registry().document_subclasses)
    q2 = f"""
    PREFIX dg: <https://w3id.org/diplograph/ontology#>
    SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {classes} }} ?x a ?c }}"""
    ent = _first_row(store, q2)
    return Summary(articles=int(row["articles"].value), events=int(row["events"].value),
                   entities=int(ent["n"].value), triples=n_triples)


def build(seeds: Path, graph_dir: Path, *, render: bool = True,
          min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Summary:
    """seeds/ -> graph/: extract every article afresh and write the whole graph folder.

    Articles of the folder that are not in `seeds` (ingested earlier) are taken out. A run killed
    half-way leaves every file readable (old or new); the next run completes the work. The graph is
    parsed once, into the persistent store (`graphstore`), which then gives the merged file, the
    summary and the view.
    """
    files = article_files(seeds)
    gd = GraphDir(graph_dir)
    docs = []
    failed = []
    for path in files:
        try:
            docs.append(extract_file(path, min_confidence=min_confidence))
        except InputError as exc:
            failed.append(str(exc))
    if not docs:
        raise InputError("no article could be read", path=seeds, hint="; ".join(failed)[:300])
    with disk_guard(gd.root), GraphLock(gd, "diplograph build"):
        gd.remove_temporaries()
        refs: set[str] = set()
        for doc in docs:
            triples = article_triples(doc).items
            refs.update(describe(doc.key, triples).refs)
            atomic_write(gd.shard(doc.key), serialize_sorted(triples), durable=False)
        for key in gd.shard_keys() - {doc.key for doc in docs}:
            gd.shard(key).unlink(missing_ok=True)
        os.sync()
        write_entities(gd, refs)
        with graphstore.Writer(gd) as session:
            session.rebuild()
            write_merged(gd, store=session.store)
        with graphstore.Reader(gd.root, repair=False) as store:
            summary = summarise(store, count_triples(store))
            summary.failed = failed
            if render:
                write_view(gd, store)
    return summary


def count_triples(store: ox.Store) -> int:
    """Distinct triples of the whole graph (the default graph of the persistent store is their union)."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    return int(_first_row(store, q)["n"].value)


def write_view(gd: GraphDir, store: ox.Store | None = None) -> None:
    """Write the HTML view from `store` (default: the folder's persistent store)."""
    from .render import write_html

    if store is not None:
        write_html(store, gd.html)
        return
    with graphstore.Reader(gd.root, repair=False) as st:
        write_html(st, gd.html)


__all__ = ["DiplographError", "StoreError", "Summary", "build", "extract_to_turtle", "write_article"]
