"""The graph folder on disk and the fast in-memory engine over it.

Layout of a graph folder (default `graph/`)::

    graph/
      articles/<k[:2]>/<k>.ttl   one Turtle file per article: its facts, entities born in it, provenance
      entities.ttl               gazetteer entities (states, leaders, cities) that some article refers to
      diplograph.ttl             everything above merged into one sorted Turtle file (what users load)
      diplograph.html            the interactive view

The per-article files are the record; `diplograph.ttl` is regenerated from them. Every write goes to a
temporary file in the same folder and is renamed over the target, so a reader (or a run killed at any
point) only ever sees the old or the new file, never half of one.
In memory the graph is a `pyoxigraph.Store` with one named graph per article plus the entities graph
(and the ontology graph on request); queries see their union as the default graph.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .paths import ontology_file
from .vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH, PREFIXES, article_graph

TURTLE_PREFIXES = {p: PREFIXES[p] for p in ("dg", "dgr", "dgc", "rdf", "rdfs", "owl", "xsd", "prov", "wd", "schema")}
# one prefix per kind of minted resource, so that Turtle reads `country:RU` rather than `dgr:country\/RU`
TURTLE_PREFIXES |= {kind: f"{PREFIXES['dgr']}{kind}/" for kind in
                    ("country", "person", "place", "org", "document", "event", "span", "article")}


@dataclass(frozen=True)
class GraphDir:
    """Paths inside one graph folder."""

    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "articles"

    @property
    def entities(self) -> Path:
        return self.root / "entities.ttl"

    @property
    def merged(self) -> Path:
        return self.root / "diplograph.ttl"

    @property
    def html(self) -> Path:
        return self.root / "diplograph.html"

    def shard(self, key: str) -> Path:
        return self.articles / key[:2] / f"{key}.ttl"

    def shards(self) -> Iterator[tuple[str, Path]]:
        """(article key, file) of every article shard, sorted by key."""
        if not self.articles.is_dir():
            return iter(())
        return iter(sorted((p.stem, p) for p in self.articles.glob("*/*.ttl")))


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see either the old or the new content."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialize_sorted(triples: Iterable[ox.Triple], fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """Deterministic serialisation: triples sorted, then written with the project's prefixes."""
    ordered = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(ordered, format=fmt, prefixes=prefixes)


def _parse_into(store: ox.Store, path: Path, graph: ox.NamedNode | ox.DefaultGraph) -> None:
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"cannot read the graph file: {exc}", path=path,
                         hint="rebuild it with `diplograph build`") from exc


def load_store(root: Path | str = "graph", *, include_ontology: bool = False) -> ox.Store:
    """Load a graph folder into an in-memory Oxigraph store (named graph per article).

    Falls back to the merged `diplograph.ttl` (into the default graph) when the folder has no
    per-article files, so a copied-out Turtle file is enough to query.
    """
    gd = GraphDir(Path(root))
    if not gd.root.is_dir():
        raise StoreError("graph folder not found", path=gd.root, hint="run `diplograph build` first")
    store = ox.Store()
    shards = list(gd.shards())
    if shards:
        for key, path in shards:
            _parse_into(store, path, ox.NamedNode(str(article_graph(key))))
        if gd.entities.exists():
            _parse_into(store, gd.entities, ox.NamedNode(str(ENTITIES_GRAPH)))
    elif gd.merged.exists():
        _parse_into(store, gd.merged, ox.DefaultGraph())
    else:
        raise StoreError("graph folder holds no graph", path=gd.root, hint="run `diplograph build` first")
    if include_ontology:
        add_ontology(store)
    return store


def add_ontology(store: ox.Store) -> None:
    """Add the ontology and code lists to the store's ontology graph."""
    g = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for name in ("diplograph.ttl", "codes.ttl"):
        path = ontology_file(name)
        if path.exists():
            _parse_into(store, path, g)


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """All triples of all graphs (duplicates across graphs are yielded once per graph)."""
    for q in store:
        yield ox.Triple(q.subject, q.predicate, q.object)
