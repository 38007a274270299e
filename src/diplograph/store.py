"""The graph folder on disk and the fast in-memory engine over it.

Layout of a graph folder (default `graph/`)::

    graph/
      articles/<k[:2]>/<k>.ttl   one Turtle file per article: its facts, entities born in it, provenance
      entities.ttl               gazetteer entities (states, leaders, cities) that some article refers to
      diplograph.ttl             everything above merged into one Turtle file (what users load)
      diplograph.html            the interactive view
      .lock                      held (flock) by the run that writes the folder
      .cache/index.sqlite        which input gave which article (a cache: rebuilt from the shards)

The per-article files are the record; everything else is regenerated from them. Every write goes to a
temporary file in the same folder and is renamed over the target, so a reader (or a run killed at any
point) only ever sees the old or the new file, never half of one.

`diplograph.ttl` holds the union of the graphs. Up to `SORTED_MERGE_LIMIT` articles it is sorted and
each triple written once; beyond that it is streamed: the prefixes once, then `entities.ttl` and each
article file in key order, so that writing it takes constant memory (a triple stated by several
articles, e.g. `country:RU dg:signed document:…`, then appears several times; RDF parsers read it once).
Both are byte-identical for the same set of articles.
In memory the graph is a `pyoxigraph.Store` with one named graph per article plus the entities graph
(and the ontology graph on request); queries see their union as the default graph.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

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

    @property
    def cache(self) -> Path:
        return self.root / ".cache"

    @property
    def lock_file(self) -> Path:
        return self.root / ".lock"

    def shard(self, key: str) -> Path:
        return self.articles / key[:2] / f"{key}.ttl"

    def shards(self) -> Iterator[tuple[str, Path]]:
        """(article key, file) of every article shard, sorted by key."""
        if not self.articles.is_dir():
            return iter(())
        return iter(sorted((p.stem, p) for p in self.articles.glob("*/*.ttl")))

    def shard_keys(self) -> set[str]:
        """Keys of every article shard (a directory scan, no file is opened)."""
        keys: set[str] = set()
        if not self.articles.is_dir():
            return keys
        with os.scandir(self.articles) as tops:
            for top in tops:
                if top.is_dir() and not top.name.startswith("."):
                    with os.scandir(top.path) as files:
                        keys.update(f.name[:-4] for f in files
                                    if f.name.endswith(".ttl") and not f.name.startswith("."))
        return keys

    def remove_temporaries(self) -> int:
        """Delete temporary files left by a killed run (only call while holding the lock)."""
        n = 0
        for folder in (self.root, self.articles, *(self.articles.glob("*") if self.articles.is_dir() else ())):
            if folder.is_dir():
                for tmp in folder.glob(".*.tmp"):
                    tmp.unlink(missing_ok=True)
                    n += 1
        return n


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` so that readers see either the old or the new content.

    `durable=False` skips the fsync (still atomic for readers and for a killed process; a crash of the
    machine may lose it): for many small files, followed by one `os.sync()` at a checkpoint.
    """
    with atomic_output(path, durable=durable) as fh:
        fh.write(data)


@contextlib.contextmanager
def atomic_output(path: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: renamed over `path` only when the block completes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class GraphLock:
    """An exclusive lock on a graph folder (`fcntl.flock` on `.lock`): one writing run at a time.

    The kernel drops the lock when the process ends, however it ends, so a killed run never leaves
    the folder locked. A second run gets a `StoreError` naming the process that holds it.
    """

    gd: GraphDir
    what: str = "diplograph"
    _fh: IO[str] | None = field(default=None, init=False, repr=False)

    def __enter__(self) -> GraphLock:
        self.gd.root.mkdir(parents=True, exist_ok=True)
        fh = open(self.gd.lock_file, "a+", encoding="utf-8")  # noqa: SIM115 (held until __exit__)
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise StoreError(f"the graph folder is being written by another run ({holder})", path=self.gd.root,
                             hint="wait for that run to finish, or give another --graph folder") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"{self.what}, pid {os.getpid()}\n")
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.seek(0)
            self._fh.truncate()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def serialize_sorted(triples: Iterable[ox.Triple], fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """Deterministic serialisation: triples sorted, then written with the project's prefixes."""
    ordered = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(ordered, format=fmt, prefixes=prefixes)


SORTED_MERGE_LIMIT = 2000


def turtle_header() -> bytes:
    """The @prefix lines every file written by `serialize_sorted` starts with."""
    return serialize_sorted([])


def write_merged(gd: GraphDir, *, sorted_limit: int = SORTED_MERGE_LIMIT) -> None:
    """Regenerate `diplograph.ttl` from `entities.ttl` and the article files (see the module docstring)."""
    keys = sorted(gd.shard_keys())
    if len(keys) <= sorted_limit:
        store = load_store(gd.root)
        atomic_write(gd.merged, serialize_sorted(union_triples(store)))
        return
    header = turtle_header()
    known = set(header.splitlines(keepends=True))
    with atomic_output(gd.merged) as out:
        out.write(header)
        for path in ([gd.entities] if gd.entities.exists() else []) + [gd.shard(k) for k in keys]:
            _copy_body(path, out, known)


def _copy_body(path: Path, out: BinaryIO, known_prefixes: set[bytes]) -> None:
    """Copy a Turtle file without the @prefix lines the merged file already declared."""
    try:
        with path.open("rb") as fh:
            line = fh.readline()
            while line.startswith(b"@prefix ") and line in known_prefixes:
                line = fh.readline()
            out.write(line)
            while chunk := fh.read(1 << 16):
                out.write(chunk)
    except FileNotFoundError:  # removed since the scan (only by hand: writers hold the lock)
        return
    out.write(b"\n")


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
