"""The persistent Oxigraph store inside the graph folder: what every reading command opens.

    graph/.store/db/      a pyoxigraph on-disk store (RocksDB): opened in milliseconds, never parsed
    graph/.store/stamp    text: layout, state, generation, and the fingerprint of the Turtle it mirrors
    graph/.store/lock     flock: shared while a reader reads, exclusive while a writer writes

The Turtle files stay the record (and what git holds); the store is derived from them and can always be
rebuilt. It holds one named graph per article (`dgr:graph/article/KEY`), the entities graph, and in its
default graph the union of them all: queries without `GRAPH` read the default graph and never pay for
the thousands of per-article graphs; `GRAPH ?g` and the exports by graph still see each article.

Keeping it in step. `build`, `ingest` and `remove` (which hold the folder's `GraphLock`) bring the store
up to date at the end of their run, in one write session (`Writer`): incrementally when it was in step
when the run began, else by a full rebuild from the Turtle. Before a session writes anything the stamp
says "writing"; only a completed session writes "ok" with the fingerprint of the Turtle files it
mirrors. A run killed at any point therefore leaves either a stamp that no longer matches the files or
one that says "writing", and the next run (or the next reader that can take the lock) rebuilds.

Staleness is detected cheaply (`fingerprint`): size, modification time and inode of `diplograph.ttl`
and `entities.ttl` (every write renames a new file into place), and the modification times of
`articles/` and its sub-folders (an article file written, replaced or deleted changes its folder's
time; `git checkout` replaces files too). An article file edited in place without renaming is not
seen: run `diplograph build` or `ingest` after such an edit.

Readers and writers. RocksDB lets one process write while others only read, but reading an instance
opened read-only while another process writes is undefined, so access goes through `lock`: a writer
holds it exclusively for its session (seconds), readers hold it shared while they read. A command
(`query`, `export`, `render`, `validate`) holds it for its run; `serve` workers take it around each
query and reopen the store when its generation changed; `open_snapshot` (the Python API) opens a
read-only instance and releases the lock, so that a notebook never blocks an ingest: it reads the
folder as it was when opened, and should be opened again after a writer ran. When the store cannot be
used (a read-only folder, a writer busy rebuilding a missing store), readers fall back to parsing the
Turtle into memory, as before there was a store.
"""
from __future__ import annotations

import contextlib
import fcntl
import io
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .record import Frozen
from .store import GraphDir, GraphLock, atomic_write, load_store
from .vocab import ENTITIES_GRAPH, article_graph

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import Final

LAYOUT = "2"                  # 2: a text stamp holding the whole fingerprint (1: JSON, hashed)
LOCK_TIMEOUT = 600.0          # seconds a writer waits for readers to finish (and a reader for a writer)
BULK_FROM = 2000              # more articles than this in one session: bulk load (SST files) rather than
                              # one transaction
SMALL_GRAPH_BYTES = 256_000   # a graph this small (its diplograph.ttl) parses faster than RocksDB opens


class StorePaths(Frozen):
    """Paths of the store inside one graph folder."""

    __slots__ = ("gd",)

    def __init__(self, gd: GraphDir) -> None:
        self.gd: Final = gd

    @property
    def folder(self) -> Path:
        return self.gd.root / ".store"

    @property
    def db(self) -> Path:
        return self.folder / "db"

    @property
    def stamp(self) -> Path:
        return self.folder / "stamp"

    @property
    def lock(self) -> Path:
        return self.folder / "lock"


class Stamp(Frozen):
    """What the store says about itself."""

    __slots__ = ("layout", "state", "generation", "record")

    def __init__(self, layout: str, state: str, generation: int, record: str) -> None:
        self.layout: Final = layout
        self.state: Final = state      # "ok" (mirrors `record`) or "writing" (a session began, did not end)
        self.generation: Final = generation
        self.record: Final = record    # fingerprint of the Turtle files when the store was last in step

    def fresh_for(self, gd: GraphDir) -> bool:
        return self.layout == LAYOUT and self.state == "ok" and self.record == fingerprint(gd)

    @property
    def usable(self) -> bool:
        """Consistent (a completed session), though perhaps older than the files."""
        return self.layout == LAYOUT and self.state == "ok"


def _stat_key(path: Path) -> str:
    try:
        st = path.stat()
    except FileNotFoundError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


def fingerprint(gd: GraphDir) -> str:
    """A cheap signature of the Turtle record (see the module docstring): about 260 `stat` calls. Kept
    whole in the stamp (a few kB) and compared exactly: no hashing, nothing to import for it."""
    parts = [_stat_key(gd.merged), _stat_key(gd.entities)]
    try:
        with os.scandir(gd.articles) as it:
            folders = sorted((e.name, e.stat().st_mtime_ns) for e in it if e.is_dir())
        parts.append(str(gd.articles.stat().st_mtime_ns))
        parts += [f"{name}={mtime}" for name, mtime in folders]
    except FileNotFoundError:
        parts.append("-")
    return "\n".join(parts)


STAMP_FIELDS = ("layout", "state", "generation")


def read_stamp(paths: StorePaths) -> Stamp | None:
    """The stamp (`layout: 2`, `state: ok`, `generation: 7` lines, then `record:` and the fingerprint
    on the lines after it), or None when it is missing or unreadable."""
    try:
        text = paths.stamp.read_text(encoding="utf-8")
        head, sep, record = text.partition("record:\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines())
        if not sep or set(fields) != set(STAMP_FIELDS):
            return None
        return Stamp(fields["layout"], fields["state"], int(fields["generation"]), record)
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _write_stamp(paths: StorePaths, stamp: Stamp) -> None:
    head = f"layout: {stamp.layout}\nstate: {stamp.state}\ngeneration: {stamp.generation}\nrecord:\n"
    atomic_write(paths.stamp, (head + stamp.record).encode("utf-8"))


@contextlib.contextmanager
def _flock(path: Path, *, exclusive: bool, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold `path` locked (shared or exclusive), waiting up to `timeout` seconds."""
    fh = open(path, "a+b")
    try:
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), mode)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    what = "readers of" if exclusive else "a run writing"
                    raise StoreError(f"waited {timeout:g} s for {what} the graph store", path=path.parent,
                                     hint="try again when that run has finished") from None
                time.sleep(0.02)
        yield
    finally:
        fh.close()                 # releases the lock


# --------------------------------------------------------------------------------------------------
# Writing (callers hold the folder's GraphLock)
# --------------------------------------------------------------------------------------------------

class _Chunks(io.RawIOBase):
    """A readable stream over an iterator of byte chunks (feeds `bulk_load` without building one string)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._it = iter(chunks)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        # the chunks joined once per read (adding each to the buffer copied it again: quadratic in the
        # 1 MB a buffered read asks, ~0.45 ms per article of a rebuild)
        parts, size = [self._buf], len(self._buf)
        while size < len(b):
            chunk = next(self._it, None)
            if chunk is None:
                break
            parts.append(chunk)
            size += len(chunk)
        data = b"".join(parts)
        n = min(len(b), len(data))
        b[:n] = data[:n]
        self._buf = data[n:]
        return n


def _as_trig(path: Path, graph: str | None) -> Iterator[bytes]:
    """A Turtle file as TriG (its @prefix lines, then its statements) into named graph `graph`, then into
    the default graph, the union (only there when `graph` is None); the file read once."""
    head, inner = _turtle_parts(path)
    for g in dict.fromkeys((graph, None)):
        yield _trig(head, inner, g)


def _turtle_parts(path: Path) -> tuple[bytes, bytes]:
    """A Turtle file's @prefix (and base) lines, and its other lines."""
    head: list[bytes] = []
    body: list[bytes] = []
    for line in path.read_bytes().splitlines(keepends=True):
        (head if line.startswith((b"@prefix ", b"@base ", b"PREFIX ", b"BASE ")) else body).append(line)
    return b"".join(head), b"".join(body)


def _trig(head: bytes, inner: bytes, graph: str | None) -> bytes:
    block = inner if graph is None else b"<" + graph.encode() + b"> {\n" + inner + b"\n}\n"
    return head + b"\n" + block + b"\n"


def _record_files(gd: GraphDir) -> Iterator[tuple[Path, str | None]]:
    """(Turtle file, the named graph it fills) for the whole record; None: only the default graph."""
    shards = list(gd.shards())
    if not shards:
        if gd.merged.exists():
            yield gd.merged, None
        return
    for key, path in shards:
        yield path, article_graph(key)
    if gd.entities.exists():
        yield gd.entities, ENTITIES_GRAPH


class Writer:
    """One write session on the store: `with Writer(gd) as w: w.rebuild()` (or `w.update(...)`).

    The session holds the store's lock exclusively; the stamp says "writing" until it completes. The
    database is opened on first use (`store`), not at the start: a rebuild starts a new one, and
    opening RocksDB costs some 200 threads.
    """

    def __init__(self, gd: GraphDir) -> None:
        self.gd, self.paths = gd, StorePaths(gd)
        self._store: ox.Store | None = None
        self._lock: contextlib.ExitStack | None = None
        self._generation = 0

    def __enter__(self) -> Writer:
        self.paths.folder.mkdir(parents=True, exist_ok=True)
        stack = contextlib.ExitStack()
        stack.enter_context(_flock(self.paths.lock, exclusive=True))
        self._lock = stack
        old = read_stamp(self.paths)
        self._generation = (old.generation if old else 0) + 1
        _write_stamp(self.paths, Stamp(LAYOUT, "writing", self._generation, ""))
        return self

    @property
    def store(self) -> ox.Store:
        """The database, opened on first use (a damaged one is started again)."""
        assert self._lock is not None, "use the Writer inside a with block"
        if self._store is None:
            try:
                self._store = ox.Store(str(self.paths.db))
            except OSError:            # damaged beyond opening: start again
                self._store = self._new()
        return self._store

    def _new(self) -> ox.Store:
        """An empty database in place of the old one."""
        import shutil

        self._store = None
        shutil.rmtree(self.paths.db, ignore_errors=True)
        return ox.Store(str(self.paths.db))

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            if self._store is not None:
                self._store.flush()
            self._store = None      # closes the database before readers may open it
            if exc_type is None:
                _write_stamp(self.paths, Stamp(LAYOUT, "ok", self._generation, fingerprint(self.gd)))
        finally:
            if self._lock is not None:
                self._lock.close()

    @property
    def _st(self) -> ox.Store:
        return self.store

    def rebuild(self) -> None:
        """Empty the store and load the whole Turtle record into it (one bulk load)."""
        self._store = self._new()
        files = list(_record_files(self.gd))
        trig = (part for path, graph in files for part in _as_trig(path, graph))
        try:
            self._st.bulk_load(io.BufferedReader(_Chunks(trig), 1 << 20), format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot read the graph files: {exc}", path=self.gd.root,
                             hint="rebuild them with `diplograph build`") from exc
        self._st.optimize()

    def update(self, written: Iterable[str], dropped: Iterable[str], *, entities: bool = True) -> None:
        """Bring in step the article graphs of `written` keys (new or replaced files), drop the graphs of
        `dropped` keys, and reload the entities graph (when `entities`)."""
        written, dropped = sorted(set(written)), sorted(set(dropped) - set(written))
        graphs = [article_graph(k) for k in written + dropped] + ([ENTITIES_GRAPH] if entities else [])
        self._drop(graphs)
        fresh = [(self.gd.shard(k), article_graph(k)) for k in written]
        if entities and self.gd.entities.exists():
            fresh.append((self.gd.entities, ENTITIES_GRAPH))
        fresh = [(p, g) for p, g in fresh if p.exists()]
        # each file twice, into its graph and into the default graph (the union): parsing again is
        # cheaper than copying inside the store (SPARQL ADD), and one load is one transaction
        trig = (part for p, g in fresh for part in _as_trig(p, g))
        if len(fresh) > BULK_FROM:
            self._st.bulk_load(io.BufferedReader(_Chunks(trig), 1 << 20), format=ox.RdfFormat.TRIG)
        elif fresh:
            self._st.load(b"".join(trig), format=ox.RdfFormat.TRIG)

    def _drop(self, graphs: list[str], per_update: int = 200) -> None:
        """Take graphs out, with their triples from the default graph unless another graph states them."""
        present = [g for g in graphs if self._st.contains_named_graph(ox.NamedNode(g))]
        for i in range(0, len(present), per_update):
            ops = []
            for g in present[i:i + per_update]:
                ops.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
                           f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{g}>) }} }}")
                ops.append(f"DROP SILENT GRAPH <{g}>")
            self._st.update(" ;\n".join(ops))


def sync(gd: GraphDir) -> bool:
    """Make the store mirror the Turtle files, rebuilding it when it does not (caller holds the
    GraphLock). Returns whether it had to rebuild."""
    stamp = read_stamp(StorePaths(gd))
    if stamp is not None and stamp.fresh_for(gd) and StorePaths(gd).db.is_dir():
        return False
    with Writer(gd) as w:
        w.rebuild()
    return True


def in_step(gd: GraphDir) -> bool:
    """Whether the store mirrors the Turtle files now (call before a run changes them)."""
    paths = StorePaths(gd)
    stamp = read_stamp(paths)
    return stamp is not None and stamp.fresh_for(gd) and paths.db.is_dir()


def write_session(gd: GraphDir, was_in_step: bool, written: Iterable[str], dropped: Iterable[str]) -> None:
    """End of a writing run: update the store incrementally when it mirrored the files when the run
    began (`was_in_step`), else rebuild it."""
    with Writer(gd) as w:
        if was_in_step:
            w.update(written, dropped)
        else:
            w.rebuild()


# --------------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------------

def _check_folder(gd: GraphDir) -> None:
    if not gd.root.is_dir():
        raise StoreError("graph folder not found", path=gd.root, hint="run `diplograph build` first")
    if not gd.merged.exists() and not gd.articles.is_dir():
        raise StoreError("graph folder holds no graph", path=gd.root, hint="run `diplograph build` first")


def _repair(gd: GraphDir) -> None:
    """Rebuild a missing or stale store if no run is writing the folder (else leave it to that run)."""
    try:
        with GraphLock(gd, "diplograph (store repair)"):
            sync(gd)
    except StoreError:
        return                     # another run holds the folder: it brings the store in step itself
    except OSError:
        return                     # a folder we may not write: readers fall back to the Turtle


def load_in_memory(root: Path | str) -> ox.Store:
    """The Turtle parsed into an in-memory store of the same shape (named graphs + their union as the
    default graph): the fallback when the on-disk store cannot be used."""
    store = load_store(root)
    if next(iter(store.named_graphs()), None) is not None:    # the union copied inside the engine
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def is_small(gd: GraphDir) -> bool:
    """Whether the folder's graph is small enough (`SMALL_GRAPH_BYTES` of merged Turtle) that parsing it
    into memory is faster than opening the on-disk store: RocksDB starts some 200 threads to open its
    files (10-50 ms on a busy 2-core machine), a 15 kB graph parses in 1-2 ms."""
    try:
        return gd.merged.stat().st_size <= SMALL_GRAPH_BYTES
    except FileNotFoundError:
        return False


class Reader:
    """Read access to a graph folder: `with Reader(root) as store: ...` holds the store's lock shared.

    `repair` rebuilds a missing or stale store first (when no run is writing the folder). `small_in_memory`
    parses a small graph (`is_small`) into memory instead of opening the store (a one-off command's
    start-up; the answers are the same).
    """

    def __init__(self, root: Path | str, *, repair: bool = True, timeout: float = LOCK_TIMEOUT,
                 small_in_memory: bool = False) -> None:
        self.gd = GraphDir(Path(root))
        self.paths = StorePaths(self.gd)
        self.repair, self.timeout, self.small_in_memory = repair, timeout, small_in_memory
        self.generation: int | None = None        # of the store opened; None: parsed into memory
        self.small = False                        # a small graph parsed into memory (`small_in_memory`)
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> ox.Store:
        _check_folder(self.gd)
        if self.small_in_memory and is_small(self.gd):
            self.small = True
            return load_in_memory(self.gd.root)
        stamp = read_stamp(self.paths)
        if self.repair and not (stamp is not None and stamp.fresh_for(self.gd) and self.paths.db.is_dir()):
            _repair(self.gd)
        try:
            self._stack.enter_context(_flock(self.paths.lock, exclusive=False, timeout=self.timeout))
        except OSError:
            self.generation = None
            return load_in_memory(self.gd.root)
        return self._open()

    def _open(self) -> ox.Store:
        stamp = read_stamp(self.paths)
        if stamp is not None and stamp.usable and self.paths.db.is_dir():
            try:
                store = ox.Store.read_only(str(self.paths.db))
                self.generation = stamp.generation
                return store
            except OSError:
                pass
        self.generation = None
        return load_in_memory(self.gd.root)

    def __exit__(self, *exc: object) -> None:
        self._stack.close()


class Live:
    """A long-lived reader (a `serve` worker): each `reading()` block holds the lock shared and sees the
    store as it is now, reopened when a writer completed a session since the last block."""

    def __init__(self, root: Path | str) -> None:
        self.gd = GraphDir(Path(root))
        self.paths = StorePaths(self.gd)
        self.store: ox.Store | None = None
        self._key: tuple[str, object] | None = None

    @contextlib.contextmanager
    def reading(self) -> Iterator[ox.Store]:
        _check_folder(self.gd)
        stamp = read_stamp(self.paths)
        if not (stamp is not None and stamp.fresh_for(self.gd) and self.paths.db.is_dir()):
            _repair(self.gd)
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(_flock(self.paths.lock, exclusive=False))
                stamp = read_stamp(self.paths)
            except OSError:     # no store folder (a run writing the folder has not made it yet, or one we
                stamp = None    # may not write): the Turtle, as `Reader` does
            usable = stamp is not None and stamp.usable and self.paths.db.is_dir()
            key: tuple[str, object] = (("db", stamp.generation) if usable and stamp
                                       else ("mem", fingerprint(self.gd)))
            if self.store is None or key != self._key:
                self.store = None
                self.store = (ox.Store.read_only(str(self.paths.db)) if usable
                              else load_in_memory(self.gd.root))
                self._key = key
            yield self.store


def load_merged(root: Path | str) -> ox.Store:
    """The folder's whole graph (`diplograph.ttl`) parsed into an in-memory store's default graph, without
    the per-article named graphs: queries then run at the in-memory engine's speed (up to 2-3 times the
    on-disk store's at 10^6 triples), for the price of the parse (seconds at 10^6 triples) and the
    memory. A folder with no `diplograph.ttl` is read from its article files (`load_in_memory`)."""
    gd = GraphDir(Path(root))
    _check_folder(gd)
    if not gd.merged.exists():
        return load_in_memory(gd.root)
    store = ox.Store()
    try:
        store.bulk_load(path=str(gd.merged), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"cannot read the graph file: {exc}", path=gd.merged,
                         hint="rebuild it with `diplograph build`") from exc
    return store


def open_snapshot(root: Path | str) -> ox.Store:
    """The folder's store opened read-only, for a long-lived caller (the Python API): see the module
    docstring; the lock is released on return."""
    with Reader(root) as store:
        return store


def current_generation(root: Path | str) -> int | None:
    """The generation of the store on disk (changes with every completed write session)."""
    stamp = read_stamp(StorePaths(GraphDir(Path(root))))
    return stamp.generation if stamp is not None and stamp.usable else None


__all__ = ["Live", "Reader", "StorePaths", "Writer", "fingerprint", "in_step", "load_in_memory",
           "load_merged", "open_snapshot", "read_stamp", "sync", "write_session"]
