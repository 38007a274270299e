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
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .faults import disk_guard
from .paths import ontology_file
from .record import Frozen
from .vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH, PREFIXES, TURTLE_PREFIXES, article_graph

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    import sqlite3
    from typing import IO, BinaryIO, Final, Self



class GraphDir(Frozen):
    """Paths inside one graph folder."""

    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root: Final = root

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
        return iter(sorted((key, Path(path)) for key, path in self._scan()))

    def shard_keys(self) -> set[str]:
        """Keys of every article shard (a directory scan, no file is opened)."""
        return {key for key, _ in self._scan()}

    def _scan(self) -> Iterator[tuple[str, str]]:
        """(key, path) of `articles/*/*.ttl` (names starting with `.` left out, as glob does)."""
        if not self.articles.is_dir():
            return
        with os.scandir(self.articles) as tops:
            for top in tops:
                if top.is_dir() and not top.name.startswith("."):
                    with os.scandir(top.path) as files:
                        yield from ((f.name[:-4], f.path) for f in files
                                    if f.name.endswith(".ttl") and not f.name.startswith("."))

    def remove_temporaries(self) -> int:
        """Delete temporary files and batch folders left by a killed run (only call while holding the
        lock)."""
        import shutil

        n = 0
        shards = self.articles.glob("*") if self.articles.is_dir() else ()
        for folder in (self.root, self.articles, *shards):
            if folder.is_dir():
                for tmp in folder.glob(".*.tmp"):
                    if tmp.is_dir():
                        shutil.rmtree(tmp, ignore_errors=True)
                    else:
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
    """A binary file to write `path` through: renamed over `path` only when the block completes.
    The file keeps the mode of the one it replaces (a new one: 0666 less the umask). A full disk or a
    read-only folder is a StoreError naming `path` (see `faults.disk_error`)."""
    import tempfile      # here: the reading commands never write, and start without it

    with disk_guard(path, name_path=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                if durable:
                    os.fsync(fh.fileno())
            os.chmod(tmp, _file_mode(path))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _file_mode(path: Path) -> int:
    """The permission bits a file written to `path` gets: those of the file it replaces, else 0666
    less the process's umask (read from /proc, which does not change it; 022 where /proc is missing)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        pass
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            umask = next((int(ln.split()[1], 8) for ln in fh if ln.startswith("Umask:")), 0o022)
    except OSError:
        umask = 0o022
    return 0o666 & ~umask


def write_batch(gd: GraphDir, files: dict[str, bytes]) -> None:
    """Write several article files (key -> Turtle) as one batch: into this process's temporary folder
    (`batch_folder`, made once and kept for the next batches: ~0.05 ms per article of mkdir and rmtree
    on this machine's disk), then each renamed into place. No per-file temporary name, mode change or
    mkdir (a shard folder is made the first time a rename into it fails), no fsync (the caller syncs
    before anything derived is written). A reader, or a run killed at any point, sees each article file
    either old or new, never half of one; a batch killed half-way leaves the articles renamed so far, and
    the temporary folder (`remove_temporaries`; a run ends with `end_batches`)."""
    if not files:
        return
    tmp = batch_folder(gd)
    written = []
    try:
        for key, data in files.items():
            fd = os.open(tmp / key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            written.append(key)
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
        for key in files:
            target = gd.shard(key)
            try:
                os.rename(tmp / key, target)
            except FileNotFoundError:          # a shard folder made by hand disappeared
                target.parent.mkdir(parents=True, exist_ok=True)
                os.rename(tmp / key, target)
    except BaseException:
        for key in written:
            (tmp / key).unlink(missing_ok=True)
        raise


def _write_all(fd: int, data: bytes) -> None:
    """`data` written to `fd` (one `os.write` for a regular file; more when it takes only part)."""
    done = os.write(fd, data)
    if done < len(data):
        view = memoryview(data)[done:]
        while view:
            view = view[os.write(fd, view):]


def batch_folder(gd: GraphDir) -> Path:
    """This process's folder for the article files of a batch, made on first use."""
    tmp = gd.articles / f"{BATCH_PREFIX}{os.getpid()}.tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    return tmp


BATCH_PREFIX = ".batch-"


def end_batches(gd: GraphDir) -> None:
    """Delete the batch folders of the processes that wrote article files (only once they are done)."""
    import shutil

    if not gd.articles.is_dir():
        return
    with os.scandir(gd.articles) as entries:
        for entry in entries:
            if entry.name.startswith(BATCH_PREFIX) and entry.name.endswith(".tmp"):
                shutil.rmtree(entry.path, ignore_errors=True)


class GraphLock:
    """An exclusive lock on a graph folder (`fcntl.flock` on `.lock`): one writing run at a time.

    The kernel drops the lock when the process ends, however it ends, so a killed run never leaves
    the folder locked. A second run gets a `StoreError` naming the process that holds it.
    """

    def __init__(self, gd: GraphDir, what: str = "diplograph") -> None:
        self.gd, self.what = gd, what
        self._fh: IO[str] | None = None

    def __enter__(self) -> Self:
        self.gd.root.mkdir(parents=True, exist_ok=True)
        fh = open(self.gd.lock_file, "a+", encoding="utf-8")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise StoreError(f"the graph folder is being written by another run ({holder})",
                             path=self.gd.root,
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
    """Deterministic serialisation: triples sorted, then written with the project's prefixes. The order
    is that of (subject, predicate, object) in N-Triples syntax: `str` of a triple joins them with a
    space, which sorts before any character a subject or a predicate can end on, so one string per
    triple gives the same order as three."""
    ordered = sorted(set(triples), key=str)
    prefixes = TURTLE_PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    data = ox.serialize(ordered, format=fmt, prefixes=prefixes)
    assert data is not None        # None only when an output is given
    return data


SORTED_MERGE_LIMIT = 200


def turtle_header() -> bytes:
    """The @prefix lines every file written by `serialize_sorted` starts with."""
    probe = ox.Triple(ox.NamedNode(f"{_DGR}probe"), ox.NamedNode(f"{_DGR}probe"), ox.Literal(""))
    lines = serialize_sorted([probe]).splitlines(keepends=True)
    return b"".join(ln for ln in lines if ln.startswith(b"@prefix "))


def write_merged(gd: GraphDir, *, sorted_limit: int = SORTED_MERGE_LIMIT,
                 store: ox.Store | None = None) -> None:
    """Regenerate `diplograph.ttl` from `entities.ttl` and the article files (see the module docstring).

    `store`: the graph already in a store whose default graph is the union (the persistent store, in
    the writer's session), read instead of parsing the files again.
    """
    keys = sorted(gd.shard_keys())
    if not keys:
        atomic_write(gd.merged, serialize_sorted([]))
        return
    if len(keys) <= sorted_limit:
        if store is None:
            triples: Iterable[ox.Triple] = union_triples(load_store(gd.root))
        else:
            triples = (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        atomic_write(gd.merged, serialize_sorted(triples))
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
            _parse_into(store, path, ox.NamedNode(article_graph(key)))
        if gd.entities.exists():
            _parse_into(store, gd.entities, ox.NamedNode(ENTITIES_GRAPH))
    elif gd.merged.exists():
        _parse_into(store, gd.merged, ox.DefaultGraph())
    else:
        raise StoreError("graph folder holds no graph", path=gd.root, hint="run `diplograph build` first")
    if include_ontology:
        add_ontology(store)
    return store


def add_ontology(store: ox.Store) -> None:
    """Add the ontology and code lists to the store's ontology graph."""
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    for name in ("diplograph.ttl", "codes.ttl"):
        path = ontology_file(name)
        if path.exists():
            _parse_into(store, path, g)


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """All triples of all graphs (duplicates across graphs are yielded once per graph)."""
    for q in store:
        yield ox.Triple(q.subject, q.predicate, q.object)


# --------------------------------------------------------------------------------------------------
# The index: a cache over the article files, rebuilt from them when missing or stale
# --------------------------------------------------------------------------------------------------

REF_KINDS = ("country/", "person/", "place/")
_DGR = PREFIXES["dgr"]
_SOURCE_FILE = f"{PREFIXES['dg']}sourceFile"
_URL = f"{PREFIXES['schema']}url"
_RULE = f"{PREFIXES['dg']}rule"


class ArticleInfo(Frozen):
    """What the index keeps about one article file."""

    __slots__ = ("key", "source", "url", "refs", "events", "triples")

    def __init__(self, key: str, source: str, url: str | None, refs: tuple[str, ...], events: int,
                 triples: int) -> None:
        self.key: Final = key
        self.source: Final = source
        self.url: Final = url
        self.refs: Final = refs       # "country/RU", "person/Q7747", "place/Q649"... the article points to
        self.events: Final = events
        self.triples: Final = triples

    @property
    def identity(self) -> str | None:
        return identity_of(self.source, self.url)


def identity_of(source: str, url: str | None) -> str | None:
    """What makes a later input "the same article, changed": its URL, else its file path.

    Standard input and JSONL records without a URL (source `<stdin>`, `corpus.jsonl:17`) have none:
    each new text there is a new article.
    """
    if url:
        return url
    if source.startswith("<") or source.rpartition(":")[2].isdigit():
        return None
    return source


def describe(key: str, triples: Iterable[ox.Triple]) -> ArticleInfo:
    """The index record of an article graph."""
    source, url, n = "", None, 0
    refs: set[str] = set()
    events: set[str] = set()
    for t in triples:
        n += 1
        p = t.predicate.value
        if p == _SOURCE_FILE and isinstance(t.object, ox.Literal):
            source = t.object.value
        elif p == _URL and isinstance(t.object, ox.Literal | ox.NamedNode):
            url = t.object.value
        elif p == _RULE and isinstance(t.subject, ox.NamedNode):
            events.add(t.subject.value)
        for term in (t.subject, t.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(_DGR):
                local = term.value[len(_DGR):]
                if local.startswith(REF_KINDS):
                    refs.add(local)
    return ArticleInfo(key, source, url, tuple(sorted(refs)), len(events), n)


class Index:
    """`graph/.cache/index.sqlite`: articles (source, URL, referenced entities), which input identity
    holds which article, replacements in flight, and which articles were pushed to which store.

    Only the run holding the `GraphLock` opens it. It is a cache: `sync()` compares it with the article
    files and repairs it (a killed run, a `diplograph build`, a deleted `.cache/` folder).
    """

    VERSION = "3"
    TABLES = """
    CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, source TEXT, url TEXT, refs TEXT,
                                         events INTEGER, triples INTEGER, extractor TEXT);
    CREATE TABLE IF NOT EXISTS sources (identity TEXT PRIMARY KEY, key TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS sources_key ON sources (key);
    CREATE TABLE IF NOT EXISTS pending (key TEXT, old TEXT, identity TEXT, PRIMARY KEY (key, old));
    CREATE TABLE IF NOT EXISTS pushed (store TEXT, key TEXT, PRIMARY KEY (store, key));
    CREATE TABLE IF NOT EXISTS stamps (identity TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, key TEXT);
    """

    def __init__(self, gd: GraphDir) -> None:
        import sqlite3      # here: the reading commands never open the index, and start without it

        self.gd = gd
        self.path = gd.cache / "index.sqlite"
        gd.cache.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:  # damaged cache: start again from the shards
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        import sqlite3

        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(self.TABLES)
        row = db.execute("SELECT value FROM meta WHERE name='version'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta VALUES ('version', ?)", (self.VERSION,))
        elif row[0] != self.VERSION:
            db.close()
            raise sqlite3.DatabaseError("index of another version")
        db.commit()
        return db

    def close(self) -> None:
        self.db.commit()
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    # -- repair ---------------------------------------------------------------------------------------

    def sync(self) -> int:
        """Make the index agree with the article files; returns how many articles it had to fix."""
        on_disk = self.gd.shard_keys()
        for new, old, identity in self.db.execute("SELECT key, old, identity FROM pending").fetchall():
            if new in on_disk:   # a replacement killed half-way: finish it
                self.link(identity, new)
                if old in on_disk and not self.referenced(old, besides=identity):
                    self.gd.shard(old).unlink(missing_ok=True)
                    on_disk.discard(old)
        self.db.execute("DELETE FROM pending")
        known = {k for (k,) in self.db.execute("SELECT key FROM articles")}
        gone, new = known - on_disk, sorted(on_disk - known)
        for key in gone:
            self.forget(key)
        for key in new:
            try:
                info = describe(key, ox.parse(path=str(self.gd.shard(key)), format=ox.RdfFormat.TURTLE))
            except (SyntaxError, OSError) as exc:
                raise StoreError(f"cannot read the article file: {exc}", path=self.gd.shard(key),
                                 hint="delete it and ingest the article again") from exc
            self.add(info)
            if info.identity and self.key_for(info.identity) is None:
                self.link(info.identity, key)
        if gone or new:
            self.set_dirty()
        self.db.commit()
        return len(gone) + len(new)

    # -- articles and sources -------------------------------------------------------------------------

    def has(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE key=?", (key,)).fetchone() is not None

    def extractor(self, key: str) -> str | None:
        """Version of the extractor that wrote article `key` ("" when unknown), None when not in the graph."""
        row = self.db.execute("SELECT extractor FROM articles WHERE key=?", (key,)).fetchone()
        return None if row is None else row[0] or ""

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def add(self, info: ArticleInfo, extractor: str = "") -> None:
        """Record an article file just written (stores must be sent it again)."""
        self.db.execute("DELETE FROM pushed WHERE key=?", (info.key,))
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?)",
                        (info.key, info.source, info.url, " ".join(info.refs), info.events, info.triples,
                         extractor))

    def stamped(self, identity: str, size: int, mtime: int, version: str) -> bool:
        """Is the file `identity` exactly as when its article was last read (same size and modification
        time), and is that article in the graph, written by this version of the extractor?"""
        row = self.db.execute("SELECT key FROM stamps WHERE identity=? AND size=? AND mtime=?",
                              (identity, size, mtime)).fetchone()
        return row is not None and self.key_for(identity) == row[0] and self.extractor(row[0]) == version

    def stamp(self, identity: str, size: int, mtime: int, key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO stamps VALUES (?,?,?,?)", (identity, size, mtime, key))

    def key_for(self, identity: str) -> str | None:
        row = self.db.execute("SELECT key FROM sources WHERE identity=?", (identity,)).fetchone()
        return row[0] if row else None

    def link(self, identity: str, key: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO sources VALUES (?,?)", (identity, key))

    def referenced(self, key: str, besides: str | None) -> bool:
        """Does any input identity other than `besides` hold article `key`?"""
        row = self.db.execute("SELECT 1 FROM sources WHERE key=? AND identity IS NOT ? LIMIT 1",
                              (key, besides)).fetchone()
        return row is not None

    def forget(self, key: str) -> None:
        """Drop an article (its `pushed` rows stay: the next push deletes its graph from those stores)."""
        self.db.execute("DELETE FROM articles WHERE key=?", (key,))
        self.db.execute("DELETE FROM sources WHERE key=?", (key,))

    def find(self, what: str) -> list[str]:
        """Article keys matching a key, a key prefix (4+ characters), a source file name or a URL."""
        if self.has(what):
            return [what]
        rows = self.db.execute("SELECT key FROM articles WHERE source=? OR url=? UNION "
                               "SELECT key FROM sources WHERE identity=?", (what, what, what)).fetchall()
        if not rows and len(what) >= 4 and all(c in "0123456789abcdef" for c in what):
            rows = self.db.execute("SELECT key FROM articles WHERE key LIKE ?", (f"{what}%",)).fetchall()
        return sorted(k for (k,) in rows)

    def refs(self) -> set[str]:
        out: set[str] = set()
        for (refs,) in self.db.execute("SELECT refs FROM articles"):
            out.update(refs.split())
        return out

    def totals(self) -> tuple[int, int]:
        """(articles, events stated by them) — events counted per article, before deduplication."""
        n, ev = self.db.execute("SELECT COUNT(*), COALESCE(SUM(events), 0) FROM articles").fetchone()
        return n, ev

    # -- replacements in flight, pushes, the dirty flag ------------------------------------------------

    def begin_replace(self, new: str, old: str, identity: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO pending VALUES (?,?,?)", (new, old, identity))

    def end_replace(self, new: str, old: str) -> None:
        self.db.execute("DELETE FROM pending WHERE key=? AND old=?", (new, old))

    def unpushed(self, store: str) -> list[str]:
        return [k for (k,) in self.db.execute(
            "SELECT key FROM articles WHERE key NOT IN (SELECT key FROM pushed WHERE store=?) ORDER BY key",
            (store,))]

    def mark_pushed(self, store: str, key: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO pushed VALUES (?,?)", (store, key))

    def set_dirty(self, dirty: bool = True) -> None:
        """Dirty: the articles changed since entities.ttl, diplograph.ttl and the view were written."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('dirty', ?)", ("1" if dirty else "0",))
        self.db.commit()

    @property
    def dirty(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE name='dirty'").fetchone()
        return bool(row and row[0] == "1")
