"""Ingesting a corpus into a graph folder: fast (parallel, streaming), incremental, safe.

    ingest(["corpus/", "crawl.jsonl.gz", "-"], Path("graph")) -> Report

Inputs (`iter_items`): article files (any name when given by name; .txt/.text/.md inside folders),
folders (recursive), glob patterns, `.gz` of any of them, JSONL/JSON records in the news-please shape
(`maintext`, `title`, `date_publish`, `url`, `language`) or `text`/`date`/`url`, and `-` for standard
input (one article, or JSONL when it starts with `{`). A record's date and URL go into the article's
provenance; `--published` is the date for inputs that give none.

Each article is keyed by the hash of its text (`Document.key`). The parent process reads and hashes
the inputs; an article whose key the graph already holds costs no extraction, a new one is sent to a
worker process that extracts it and writes its Turtle file (`graph/articles/<k[:2]>/<k>.ttl`).
A changed input (same file path or URL, new text) replaces the article it gave before. The index
(`store.Index`) remembers which input gave which article; the Turtle files stay the record.

Every failure (unreadable, empty, binary, too big, an extractor bug) becomes one line of the report and
the run goes on, unless `fail_fast`. At the end `entities.ttl`, `diplograph.ttl` and the HTML view are
regenerated when anything changed, and with `store_url` every article graph not yet in that SPARQL
Graph Store is sent (`PUT`), and graphs of articles taken out are deleted there.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import glob
import gzip
import hashlib
import io
import json
import multiprocessing
import os
import re
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

import pyoxigraph as ox

from . import graphstore
from .build import write_entities, write_view
from .confidence import DEFAULT_MIN_CONFIDENCE
from .errors import DiplographError, InputError, StoreError
from .faults import disk_guard
from .limits import Lines
from .safefiles import NotRegularFile, glob_paths, open_regular, read_at_most
from .paths import PACKAGE_DIR, ontology_file
from .pipeline import run
from .pipeline.read import decode, document_from_text
from .rdf import article_triples
from .store import (
    ArticleInfo,
    GraphDir,
    GraphLock,
    Index,
    describe,
    end_batches,
    identity_of,
    serialize_sorted,
    write_batch,
    write_merged,
)
from .vocab import ENTITIES_GRAPH, article_graph

ARTICLE_SUFFIXES = (".txt", ".text", ".md")
RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")
MAX_ARTICLE_BYTES = 2_000_000          # news articles are < 100 KB; extraction time grows faster than size
MAX_ARTICLE_MB_LIMIT = 100             # the most --max-mb may raise it to (an article is read into memory)
BATCH = 16                             # articles per task sent to a worker
VIEW_LIMIT = 5000                      # more articles: the HTML view is not redrawn unless asked
READ_ERRORS = (OSError, EOFError, zlib.error)      # a file or a stream that cannot be read to its end
ProgressFn = Callable[[int], None]   # called with the number of inputs done so far


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One article as found in the input, not yet decoded or extracted."""

    source: str                        # what the graph records as dg:sourceFile
    data: bytes | None = None          # file content (decoded by `read.decode`)...
    text: str | None = None            # ... or the text of a record
    url: str | None = None
    published: dt.date | None = None
    published_from: str | None = None
    problem: str | None = None         # unreadable: the report line
    skip: str | None = None            # deliberately not ingested (a record in another language)
    stamp: tuple[int, int] | None = None   # (size, mtime in ns) of a plain article file
    unchanged: bool = False            # the file is as when last ingested: not even read

    @property
    def identity(self) -> str | None:
        return identity_of(self.source, self.url)


def source_name(path: Path) -> str:
    """How an input file is named in the graph: relative to the working folder when inside it."""
    absolute = os.path.abspath(path)
    cwd = os.getcwd()
    if absolute.startswith(cwd + os.sep):
        return absolute[len(cwd) + 1:]
    return absolute


Unchanged = Callable[[str, int, int], bool]     # (source, size, mtime) -> the file need not be read


def iter_items(paths: Sequence[str], published: dt.date | None = None, *,
               max_bytes: int = MAX_ARTICLE_BYTES, stdin: BinaryIO | None = None,
               unchanged: Unchanged | None = None) -> Iterator[Item]:
    """Every article of the inputs, in order (folders and globs sorted), read lazily; a plain article
    file that `unchanged` recognises (same size and modification time as last time) is not read."""
    for arg in paths:
        if arg == "-":
            yield from _stream_items("<stdin>", stdin or sys.stdin.buffer, published, max_bytes, records=None)
            continue
        path = Path(arg)
        if path.is_dir():
            for file in _walk(path):
                yield from _file_items(file, published, max_bytes, unchanged)
        elif path.exists():
            yield from _file_items(path, published, max_bytes, unchanged)
        elif glob.has_magic(arg):
            found = glob_paths(arg)
            for loop in found.loops:
                yield Item(loop, problem=f"{loop}: a symbolic link back to a folder above it (a loop): "
                                         "not followed (remove the link, or give a narrower pattern)")
            matches = found.paths
            if not matches and not found.loops:
                yield Item(arg, problem=f"{arg}: no file matches this pattern")
            for match in matches:
                m = Path(match)
                for file in (_walk(m) if m.is_dir() else [m]):
                    yield from _file_items(file, published, max_bytes, unchanged)
        else:
            yield Item(arg, problem=f"{arg}: file not found")


def _walk(folder: Path) -> Iterator[Path]:
    """Article and record files under `folder`, sorted, hidden ones left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            inner = name.removesuffix(".gz")
            if not name.startswith(".") and inner.lower().endswith(ARTICLE_SUFFIXES + RECORD_SUFFIXES):
                yield Path(root) / name


def _is_records(name: str) -> bool:
    return name.lower().removesuffix(".gz").endswith(RECORD_SUFFIXES)


def _file_items(path: Path, published: dt.date | None, max_bytes: int,
                unchanged: Unchanged | None = None) -> Iterator[Item]:
    source = source_name(path)
    gz = path.name.lower().endswith(".gz")
    stamp = None
    try:
        if _is_records(path.name):
            with _open_input(path, gz) as fh:
                yield from _stream_items(source, fh, published, max_bytes, records=True)
            return
        if not gz:
            st = path.stat()
            stamp = (st.st_size, st.st_mtime_ns)
            if st.st_size > max_bytes:
                yield Item(source, problem=_too_big(source, st.st_size, max_bytes))
                return
            if unchanged is not None and unchanged(source, *stamp):
                yield Item(source, stamp=stamp, unchanged=True)
                return
        with _open_input(path, gz) as fh:
            data = read_at_most(fh, max_bytes + 1)
    except NotRegularFile as exc:
        yield Item(source, problem=f"{source}: {exc}: skipped (give files, folders or - for standard input)")
        return
    except READ_ERRORS as exc:
        what = ("not a readable gzip file" if gz and not isinstance(exc, PermissionError)
                else "cannot read file")
        yield Item(source, problem=f"{source}: {what} ({getattr(exc, 'strerror', None) or exc})")
        return
    if len(data) > max_bytes:
        yield Item(source, problem=_too_big(source, len(data), max_bytes))
        return
    yield Item(source.removesuffix(".gz") if gz else source, data=data, published=published,
               published_from="option" if published else None, stamp=stamp)


@contextlib.contextmanager
def _open_input(path: Path, gz: bool) -> Iterator[BinaryIO]:
    """The file's bytes, gunzipped for `.gz`; only regular files are opened (see `safefiles`)."""
    with open_regular(path) as fh:
        if not gz:
            yield fh
            return
        with gzip.GzipFile(fileobj=fh, mode="rb") as unzipped:
            yield unzipped  # type: ignore[misc]


def _unreadable(source: str, exc: BaseException) -> str:
    return f"{source}: cannot read ({exc})"


def _too_big(source: str, size: int, limit: int) -> str:
    return (f"{source}: {'more than ' if size > limit else ''}{size / 1e6:.1f} MB, larger than the "
            f"{limit / 1e6:.1f} MB an article may be (split it into articles, or raise --max-mb)")


def _stream_items(source: str, fh: BinaryIO, published: dt.date | None, max_bytes: int,
                  records: bool | None) -> Iterator[Item]:
    """Articles of a stream: JSONL/JSON records, or (records=None: decide by the first byte) one article."""
    buffered = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(cast(io.RawIOBase, fh))
    try:
        head = buffered.peek(4096)[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    except READ_ERRORS as exc:
        yield Item(source, problem=_unreadable(source, exc))
        return
    if records is None:
        records = head.startswith((b"{", b"["))
    if not records:
        try:
            data = read_at_most(buffered, max_bytes + 1)
        except READ_ERRORS as exc:
            yield Item(source, problem=_unreadable(source, exc))
            return
        if len(data) > max_bytes:
            yield Item(source, problem=_too_big(source, len(data), max_bytes))
            return
        yield Item(source, data=data, published=published, published_from="option" if published else None)
        return
    if head.startswith(b"["):    # one JSON document holding a list of records
        yield from _json_document(source, buffered, published, max_bytes)
        return
    yield from _jsonl(source, buffered, published, max_bytes)


def _jsonl(source: str, fh: BinaryIO, published: dt.date | None, max_bytes: int) -> Iterator[Item]:
    lineno = 0
    while True:
        try:
            line = fh.readline(max_bytes + 1)
        except READ_ERRORS as exc:
            where = f"{source}:{lineno + 1}"
            yield Item(where, problem=f"{where}: cannot read further ({exc})")
            return
        if not line:
            return
        lineno += 1
        where = f"{source}:{lineno}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield Item(where, problem=_too_big(where, len(line), max_bytes))
            continue
        line = line.strip().removeprefix(b"\xef\xbb\xbf")
        if not line:
            continue
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, ValueError) as exc:
            yield Item(where, problem=f"{where}: not a JSON record ({exc})")
            continue
        except RecursionError:
            yield Item(where, problem=f"{where}: {TOO_DEEP}")
            continue
        yield record_item(record, where, published)


TOO_DEEP = "JSON nested too deeply to read (arrays or objects about 1,000 levels deep): not a record"
MAX_JSON_DOCUMENT = 256_000_000        # a JSON document (not JSONL) is parsed whole: at most this much


def _json_document(source: str, fh: BinaryIO, published: dt.date | None, max_bytes: int) -> Iterator[Item]:
    limit = min(max_bytes * 16, MAX_JSON_DOCUMENT)
    try:
        data = read_at_most(fh, limit + 1)
    except READ_ERRORS as exc:
        yield Item(source, problem=_unreadable(source, exc))
        return
    if len(data) > limit:
        yield Item(source, problem=f"{source}: more than {limit / 1e6:.1f} MB, larger than a JSON document "
                                   "may be (write one record per line as JSONL, which has no such limit)")
        return
    try:
        doc = json.loads(data.removeprefix(b"\xef\xbb\xbf"))
    except (UnicodeDecodeError, ValueError) as exc:
        yield Item(source, problem=f"{source}: not a JSON document ({exc})")
        return
    except RecursionError:
        yield Item(source, problem=f"{source}: {TOO_DEEP}")
        return
    records = doc if isinstance(doc, list) else [doc]
    for i, record in enumerate(records, 1):
        yield record_item(record, f"{source}:{i}" if len(records) > 1 else source, published)


TEXT_FIELDS = ("maintext", "text", "content", "body")
TITLE_FIELDS = ("title",)
DATE_FIELDS = ("date_publish", "date", "published", "publish_date", "date_published")
URL_FIELDS = ("url", "link", "source_url")


def record_item(record: object, where: str, published: dt.date | None) -> Item:
    """An article from a crawler record (news-please shape, or text/date/url)."""
    if not isinstance(record, dict):
        return Item(where, problem=f"{where}: a record must be a JSON object, not {type(record).__name__}")
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return Item(where, problem=f"{where}: record has no text (expected one of {', '.join(TEXT_FIELDS)})")
    title = _first(record, TITLE_FIELDS)
    if isinstance(title, str) and title.strip() and title.strip() not in text[: len(title) + 200]:
        text = f"{title.strip()}\n\n{text}"
    url = _first(record, URL_FIELDS)
    url = url.strip() if isinstance(url, str) and url.strip() else None
    language = record.get("language")
    if isinstance(language, str) and language.strip() and not language.strip().lower().startswith("ar"):
        return Item(where, url=url, skip=f"{where}: skipped, the record's language is {language!r} "
                                        "(Diplograph reads Arabic)")
    date = parse_date(_first(record, DATE_FIELDS))
    return Item(where, text=text, url=url, published=date or published,
                published_from="record" if date else "option" if published else None)


def _first(record: dict[str, object], names: Iterable[str]) -> object:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def parse_date(value: object) -> dt.date | None:
    """The calendar day of a record's date ("2022-04-04", "2022-04-04 10:30:00", "2022-04-04T…Z")."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def count_items(paths: Sequence[str]) -> int | None:
    """How many articles the inputs hold (for a progress bar's ETA), or None when that costs too much."""
    total = 0
    for arg in paths:
        if arg == "-":
            return None
        path = Path(arg)
        files = (_walk(path) if path.is_dir() else [path] if path.exists()
                 else (Path(m) for m in glob_paths(arg).paths))
        for f in files:
            if f.name.lower().endswith(".gz") and _is_records(f.name):
                return None
            if _is_records(f.name):
                total += _count_lines(f)
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    try:
        with open_regular(path) as fh:
            while chunk := fh.read(1 << 20):
                n += chunk.count(b"\n")
    except OSError:          # a FIFO, a device, an unreadable file: one line of the report
        return 1
    return max(n, 1)


# --------------------------------------------------------------------------------------------------
# Reading (in the parent) and extracting (in workers)
# --------------------------------------------------------------------------------------------------

ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"
                            "\ufb50-\ufdfb\ufe70-\ufefc]+")
LETTERS = re.compile(r"[^\W\d_]+")


def arabic_share(text: str, sample: int = 4000) -> tuple[int, int]:
    """(Arabic letters, all letters) in the first `sample` characters: the characters of the Basic
    Multilingual Plane counted at once through `_letter_kinds` (~15x faster than the two patterns, which
    read text holding characters beyond the plane)."""
    import numpy as np

    head = text[:sample]
    points = np.frombuffer(head.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(points) and int(points.max()) >= 0x10000:
        return sum(map(len, ARABIC_LETTERS.findall(head))), sum(map(len, LETTERS.findall(head)))
    arabic, letters = _letter_kinds()
    return int(np.count_nonzero(arabic[points])), int(np.count_nonzero(letters[points]))


@functools.cache
def _letter_kinds() -> tuple[Any, Any]:
    """For every character of the Basic Multilingual Plane: whether ARABIC_LETTERS and LETTERS match it
    (found by running them over the whole plane, so that both counts agree with the patterns)."""
    import numpy as np

    plane = "".join(map(chr, range(0x10000)))
    kinds = []
    for pattern in (ARABIC_LETTERS, LETTERS):
        hit = np.zeros(0x10000, dtype=bool)
        for m in pattern.finditer(plane):
            hit[m.start():m.end()] = True
        kinds.append(hit)
    return kinds[0], kinds[1]


def article_key(text: str) -> str:
    """`Document.key` of a decoded text, without building the document (the worker checks they agree)."""
    return hashlib.sha256(text.lstrip("\ufeff").encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Job:
    """An article to extract (sent to a worker)."""

    key: str
    text: str
    source: str
    url: str | None
    published: dt.date | None
    published_from: str | None
    min_confidence: float = DEFAULT_MIN_CONFIDENCE


@dataclass(frozen=True)
class Extracted:
    """A worker's answer: the index record of the article file it wrote, or why it could not."""

    key: str
    info: ArticleInfo | None
    error: str | None = None
    fatal: bool = False                # the run cannot go on (the graph folder cannot be written)


def extract_batch(root: str, jobs: list[Job]) -> list[Extracted]:
    """Extract articles and write their Turtle files, one write per batch (runs in a worker process)."""
    gd = GraphDir(Path(root))
    results, files = [], {}
    for job in jobs:
        result, data = extract_one(job)
        results.append(result)
        if data is not None:
            files[job.key] = data
    try:
        write_batch(gd, files)
    except StoreError as exc:    # the article files cannot be written (a full disk): the run stops
        return [Extracted(r.key, None, str(exc), fatal=True) for r in results]
    return results


def extract_one(job: Job) -> tuple[Extracted, bytes | None]:
    """The index record and the Turtle of one article, or why it could not be extracted."""
    try:
        doc = run(document_from_text(job.text, job.source, published=job.published, url=job.url,
                                     published_from=job.published_from), min_confidence=job.min_confidence)
        if doc.key != job.key:
            raise RuntimeError(f"article key {doc.key} differs from the key {job.key} the reader computed")
        triples = article_triples(doc).items
        return Extracted(job.key, describe(doc.key, triples)), serialize_sorted(triples)
    except InputError as exc:
        return Extracted(job.key, None, str(exc)), None
    except Exception as exc:  # noqa: BLE001 (an extractor bug on one article must not stop the corpus)
        return Extracted(job.key, None, f"{job.source}: the extractor failed on this article "
                                        f"({type(exc).__name__}: {exc}); please report it"), None


def _die_with_parent() -> None:
    """Worker initializer: on Linux, get SIGKILL when the ingest process dies (a killed run must not
    leave workers writing article files behind the next run's back)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))   # PR_SET_PDEATHSIG
        if os.getppid() == 1:                  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass


EXTRACTOR_FILES = ("pipeline/**/*.py", "rdf.py", "gazetteer.py", "lexicon.py", "textfold.py", "document.py",
                   "vocab.py", "registry.py", "language.py", "senses.py", "frames.py", "confidence.py",
                   "eventtypes/*.py", "lang/*/*.tsv")
ONTOLOGY_FILES = ("diplograph.ttl", "codes.ttl")     # the registry reads event classes and codes from them


@functools.cache
def extractor_version() -> str:
    """A fingerprint of the code and language data that turn a text into triples: an article written by
    another version is extracted again, so that an upgrade never leaves stale facts behind."""
    h = hashlib.sha256()
    for pattern in EXTRACTOR_FILES:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    for name in ONTOLOGY_FILES:
        path = ontology_file(name)
        h.update(name.encode("utf-8") + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return h.hexdigest()[:16]


def run_version(min_confidence: float) -> str:
    """The extractor's fingerprint with the confidence threshold the run keeps events at: an article
    extracted at another threshold is extracted again."""
    if min_confidence == DEFAULT_MIN_CONFIDENCE:
        return extractor_version()
    return f"{extractor_version()}@{min_confidence:g}"


def warm_up() -> None:
    """Load the gazetteers and lexicons once, before worker processes are forked from this one."""
    run(document_from_text("هنأ الرئيس الروسي نظيره الأذربيجاني في موسكو يوم 4 أبريل 2022.", "<warm-up>"))


# --------------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------------

@dataclass
class Report:
    """What an ingest (or remove) run did."""

    added: int = 0
    replaced: int = 0
    reextracted: int = 0         # known articles extracted again (a newer extractor, or --force)
    unchanged: int = 0
    removed: int = 0
    pushed: int = 0
    failed: Lines = field(default_factory=Lines)      # the first lines kept, all counted (memory bound)
    skipped: Lines = field(default_factory=Lines)
    notes: list[str] = field(default_factory=list)
    articles: int = 0            # articles in the graph after the run
    events: int = 0              # events they state (before cross-article deduplication)
    extracted_bytes: int = 0
    read_bytes: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def rate(self) -> float:
        return self.extracted / self.seconds if self.seconds else 0.0

    @property
    def extracted(self) -> int:
        return self.added + self.replaced + self.reextracted

    def line(self) -> str:
        parts = [f"{self.added} new articles"]
        if self.replaced:
            parts.append(f"{self.replaced} replaced")
        if self.reextracted:
            parts.append(f"{self.reextracted} extracted again")
        parts.append(f"{self.unchanged} unchanged")
        if self.removed:
            parts.append(f"{self.removed} removed")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.pushed:
            parts.append(f"{self.pushed} graphs sent to the store")
        done = self.extracted
        mb_s = self.extracted_bytes / 1e6 / self.seconds if self.seconds else 0.0
        speed = f" ({done / self.seconds:.0f} articles/s, {mb_s:.2f} MB/s)" if done and self.seconds else ""
        return (f"{', '.join(parts)} in {self.seconds:.1f} s{speed}; "
                f"graph: {self.articles} articles, {self.events} events")


@dataclass
class Options:
    jobs: int = 0                       # 0: all cores
    fail_fast: bool = False
    published: dt.date | None = None
    store_url: str | None = None
    # user, password, auth for export.GraphStoreClient
    store_login: dict[str, str | None] = field(default_factory=dict)
    render: bool | None = None          # None: only up to VIEW_LIMIT articles (the view is for browsing)
    merged: bool = True
    max_bytes: int = MAX_ARTICLE_BYTES
    force: bool = False                 # extract known articles again
    progress: ProgressFn | None = None
    min_confidence: float = DEFAULT_MIN_CONFIDENCE     # events below it are left out (pipeline.confidence)


class _Workers:
    """Extraction in worker processes (forked after `warm_up`, so they share the loaded gazetteers),
    or in this process for jobs=1."""

    def __init__(self, jobs: int, root: Path) -> None:
        self.jobs, self.root = jobs, str(root)
        self.pool: ProcessPoolExecutor | None = None
        self.started = False

    def submit(self, batch: list[Job]) -> Future[list[Extracted]]:
        if not self.started:       # only a run with something to extract pays for loading the data
            warm_up()
            gc.freeze()            # the loaded data leaves the collector's sight: faster, and shared by forks
            if self.jobs > 1:
                self.pool = self._pool()
            self.started = True
        if self.pool is None:
            fut: Future[list[Extracted]] = Future()
            fut.set_result(extract_batch(self.root, batch))
            return fut
        return self.pool.submit(extract_batch, self.root, batch)

    def restart(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_die_with_parent)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class Ingest:
    """One ingest run over a locked graph folder (see `ingest`)."""

    def __init__(self, gd: GraphDir, index: Index, opts: Options) -> None:
        self.gd, self.index, self.opts = gd, index, opts
        self.report = Report()
        self.inflight: dict[str, list[str | None]] = {}     # key -> identities waiting for it
        self.stale: set[str] = set()                          # known articles extracted again
        self.written: set[str] = set()                        # article files written by this run
        self.dropped: set[str] = set()                        # article files deleted by this run
        self.version = run_version(opts.min_confidence)
        self.batch: list[Job] = []
        self.futures: dict[Future[list[Extracted]], list[Job]] = {}
        self.done = 0
        self.changed = False
        self.stopping = False            # --fail-fast after a failure: start nothing more
        self.last_commit = self.last_progress = time.monotonic()

    # -- per input --------------------------------------------------------------------------------

    def fail(self, line: str) -> None:
        self.report.failed.append(line)
        self.stopping = self.stopping or self.opts.fail_fast

    def take(self, item: Item) -> None:
        """Decide what one input needs: nothing (known), extraction (new), or a report line."""
        self.report.read_bytes += len(item.data) if item.data is not None else len(item.text or "")
        text = None if self._settled_unread(item) else self._text(item)
        if text is None:
            return None
        key, identity = article_key(text), item.identity
        if item.stamp and identity:
            self.index.stamp(identity, *item.stamp, key)
        if key in self.inflight:
            self.inflight[key].append(identity)
            return None
        known = self.index.extractor(key)
        stale = known is not None and (self.opts.force or known not in ("", self.version))
        if known is not None and not stale:
            self.done += 1
            if identity and self._relink(identity, key):
                self.report.replaced += 1     # changed back to a text the graph already holds
            else:
                self.report.unchanged += 1
            return None
        arabic, letters = arabic_share(text)
        if arabic < 20 or arabic < 0.3 * letters:
            self.done += 1
            share = (f"{100 * arabic // letters}% of its {letters} letters are" if letters
                     else "it has no letters,")
            self.report.skipped.append(f"{item.source}: skipped, not Arabic text ({share} Arabic)")
            return None
        old = self.index.key_for(identity) if identity else None
        if old and identity and old != key:
            self.index.begin_replace(key, old, identity)
        if stale:
            self.stale.add(key)
        self.inflight[key] = [identity]
        self.batch.append(Job(key, text, item.source, item.url, item.published, item.published_from,
                              self.opts.min_confidence))
        self.report.extracted_bytes += len(item.data) if item.data is not None else len(text.encode("utf-8"))
        return None

    def _settled_unread(self, item: Item) -> bool:
        """An input that needs no reading: a report line, a skip, or a file unchanged since last time."""
        if item.problem:
            self.fail(item.problem)
        elif item.skip:
            self.report.skipped.append(item.skip)
        elif item.unchanged:
            self.report.unchanged += 1
        else:
            return False
        self.done += 1
        return True

    def _text(self, item: Item) -> str | None:
        """The input's text, or None (and a report line) when it cannot be decoded or is too big."""
        try:
            text = item.text if item.text is not None else decode(item.data or b"", item.source)
            if len(text) * 2 > self.opts.max_bytes and len(text.encode("utf-8")) > self.opts.max_bytes:
                raise InputError(_too_big(item.source, len(text.encode("utf-8")), self.opts.max_bytes))
        except InputError as exc:
            self.done += 1
            self.fail(str(exc))
            return None
        return text

    def _relink(self, identity: str, key: str) -> bool:
        """Point `identity` at article `key`; retire the article it held before. True if it held another."""
        old = self.index.key_for(identity)
        if old == key:
            return False
        self._mark_changed()
        self.index.link(identity, key)
        if old is not None:
            self.index.end_replace(key, old)
            if not self.index.referenced(old, besides=None):
                self.gd.shard(old).unlink(missing_ok=True)
                self.index.forget(old)
                self.dropped.add(old)
        return old is not None

    def _mark_changed(self) -> None:
        if not self.changed:
            self.changed = True
            self.index.set_dirty()

    # -- results ----------------------------------------------------------------------------------

    def settle(self, result: Extracted) -> None:
        waiting = self.inflight.pop(result.key, [])
        self.done += len(waiting)
        if result.info is None:
            for identity in waiting:
                old = self.index.key_for(identity) if identity else None
                if old:
                    self.index.end_replace(result.key, old)
            self.fail(result.error or f"{result.key}: extraction failed")
            self.stopping = self.stopping or result.fatal
            return
        self._mark_changed()
        self.written.add(result.key)
        self.index.add(result.info, self.version)
        replaced = False
        for identity in waiting:
            if identity:
                replaced |= self._relink(identity, result.key)
        if replaced:
            self.report.replaced += 1
        elif result.key in self.stale:
            self.report.reextracted += 1
        else:
            self.report.added += 1
        self.report.unchanged += max(0, len(waiting) - 1)

    # -- the loop ---------------------------------------------------------------------------------

    def run(self, items: Iterable[Item], workers: _Workers) -> None:
        window = max(2, workers.jobs * 3)
        try:
            for item in items:
                self.take(item)
                if len(self.batch) >= BATCH:
                    self._submit(workers)
                    while len(self.futures) >= window:
                        self._drain(workers)
                self._tick()
                if self.stopping:
                    break
            if self.batch and not self.stopping:
                self._submit(workers)
            while self.futures:           # what was sent is finished and recorded
                self._drain(workers)
        finally:
            self.index.commit()

    def _submit(self, workers: _Workers) -> None:
        self.index.commit()            # replacements in flight are on disk before any file is written
        batch, self.batch = self.batch, []
        self.futures[workers.submit(batch)] = batch

    def _drain(self, workers: _Workers) -> None:
        done, _ = wait(list(self.futures), return_when=FIRST_COMPLETED)
        for fut in done:
            batch = self.futures.pop(fut)
            try:
                results = fut.result()
            except BrokenProcessPool:
                results = [Extracted(j.key, None, f"{j.source}: a worker process died while extracting it "
                                                  "(out of memory?)") for j in batch]
                workers.restart()
                for other, other_batch in list(self.futures.items()):
                    self.futures.pop(other)
                    results += [Extracted(j.key, None, f"{j.source}: lost with a worker process that died")
                                for j in other_batch]
            for result in results:
                self.settle(result)
        self._tick()

    def _tick(self) -> None:
        now = time.monotonic()
        if now - self.last_commit > 1.0:
            self.index.commit()
            self.last_commit = now
        if self.opts.progress and now - self.last_progress > 0.2:
            self.opts.progress(self.done)
            self.last_progress = now


def ingest(paths: Sequence[str], graph_dir: Path, opts: Options | None = None, *,
           stdin: BinaryIO | None = None) -> Report:
    """Add the articles of `paths` to the graph folder (see the module docstring). Never prints."""
    opts = opts or Options()
    started = time.monotonic()
    gd = GraphDir(graph_dir)
    jobs = opts.jobs or os.cpu_count() or 1
    pusher = _Pusher(opts.store_url, opts.store_login) if opts.store_url else None
    with disk_guard(gd.root, gd.cache / "index.sqlite"), GraphLock(gd, "diplograph ingest"):
        gd.remove_temporaries()
        index = Index(gd)
        try:
            changes = Changes(graphstore.in_step(gd))
            changes.in_step &= index.sync() == 0      # the index repaired files: rebuild the store
            run_ = Ingest(gd, index, opts)
            workers = _Workers(jobs, gd.root)
            try:
                def unchanged(source: str, size: int, mtime: int) -> bool:
                    identity = identity_of(source, None)
                    return (not opts.force and identity is not None
                            and index.stamped(identity, size, mtime, run_.version))

                items = iter_items(paths, opts.published, max_bytes=opts.max_bytes, stdin=stdin,
                                   unchanged=unchanged)
                run_.run(items, workers)
            finally:
                workers.close()
                end_batches(gd)
            if opts.progress:
                opts.progress(run_.done)
            report = run_.report
            changes.written, changes.dropped = run_.written, run_.dropped
            conclude(gd, index, opts, report, pusher, changes)
        finally:
            index.close()
    report.seconds = time.monotonic() - started
    return report


@dataclass
class Changes:
    """What a writing run changed in the article files, for the persistent store's session."""

    in_step: bool                       # the store mirrored the files when the run began
    written: set[str] = field(default_factory=set)
    dropped: set[str] = field(default_factory=set)


def conclude(gd: GraphDir, index: Index, opts: Options, report: Report, pusher: _Pusher | None,
             changes: Changes) -> None:
    """What every writing run ends with: derived files, the stores, the totals."""
    finish(gd, index, opts, report, changes)
    if pusher:
        pusher.sync(gd, index, report)
    report.articles, report.events = index.totals()


def finish(gd: GraphDir, index: Index, opts: Options, report: Report, changes: Changes) -> None:
    """Regenerate entities.ttl, diplograph.ttl, the persistent store and the view when the articles
    changed (or a run that changed them was killed before it got here)."""
    if not index.dirty and gd.entities.exists() and (gd.merged.exists() or not opts.merged):
        graphstore.sync(gd)          # nothing changed: only a missing or stale store is rebuilt
        return
    os.sync()                        # the article files reach the disk before anything derived from them
    write_entities(gd, index.refs())
    with graphstore.Writer(gd) as session:
        if changes.in_step:
            session.update(changes.written, changes.dropped)
        else:
            session.rebuild()
        if opts.merged:
            write_merged(gd, store=session.store)
    n = index.count()
    if opts.render or (opts.render is None and 0 < n <= VIEW_LIMIT):
        write_view(gd)
    elif opts.render is None and n:
        report.notes.append(f"the HTML view was not redrawn ({n} articles, more than {VIEW_LIMIT}): "
                            "run `diplograph render` for it")
    index.set_dirty(False)


def remove(targets: Sequence[str], graph_dir: Path, opts: Options | None = None) -> Report:
    """Take articles out of the graph folder: each target a key (or its first 4+ characters), a source
    file as recorded (`dg:sourceFile`), a file path or a URL."""
    opts = opts or Options()
    started = time.monotonic()
    gd = GraphDir(graph_dir)
    if not gd.articles.is_dir():
        raise StoreError("graph folder holds no articles", path=gd.root, hint="run `diplograph ingest` first")
    pusher = _Pusher(opts.store_url, opts.store_login) if opts.store_url else None
    report = Report()
    with disk_guard(gd.root, gd.cache / "index.sqlite"), GraphLock(gd, "diplograph remove"):
        index = Index(gd)
        try:
            changes = Changes(graphstore.in_step(gd))
            changes.in_step &= index.sync() == 0
            keys: set[str] = set()
            for target in targets:
                found = index.find(target) or (index.find(source_name(Path(target)))
                                               if Path(target).exists() else [])
                if not found:
                    report.failed.append(f"{target}: no article in the graph has this key, source or URL")
                keys.update(found)
            if keys:
                index.set_dirty()
            for key in sorted(keys):
                gd.shard(key).unlink(missing_ok=True)
                index.forget(key)
                report.removed += 1
            changes.dropped = keys
            index.commit()
            conclude(gd, index, opts, report, pusher, changes)
        finally:
            index.close()
    report.seconds = time.monotonic() - started
    return report


# --------------------------------------------------------------------------------------------------
# A SPARQL 1.1 Graph Store alongside the folder
# --------------------------------------------------------------------------------------------------

class _Pusher:
    """Keeps a Graph Store in step with the folder: PUT article graphs it lacks, DELETE graphs of
    articles taken out, PUT the entities graph. Which graphs it holds is remembered in the index, so an
    interrupted or failed push is completed by the next run."""

    MAX_CONSECUTIVE_FAILURES = 5

    def __init__(self, url: str, login: dict[str, str | None]) -> None:
        from .export import GraphStoreClient, default_graph_param

        self.client = GraphStoreClient(url, default_graph_param(url), login.get("user"),
                                       login.get("password"), login.get("auth") or "auto")
        self.url = self.client.url          # without `user:pass@`: it is shown, and kept in the index
        self.client.request("GET", ox.NamedNode(str(ENTITIES_GRAPH)), accept="text/turtle")  # reachable?

    def sync(self, gd: GraphDir, index: Index, report: Report) -> None:
        gone = [k for (k,) in index.db.execute(
            "SELECT key FROM pushed WHERE store=? AND key NOT IN (SELECT key FROM articles)", (self.url,))]
        for key in gone:
            self.client.request("DELETE", ox.NamedNode(str(article_graph(key))))
            index.db.execute("DELETE FROM pushed WHERE store=? AND key=?", (self.url, key))
        todo = index.unpushed(self.url)
        failures = 0
        with ThreadPoolExecutor(4) as pool:
            for key, error in zip(todo, pool.map(lambda k: self._put(gd, k), todo), strict=True):
                if error is None:
                    index.mark_pushed(self.url, key)
                    report.pushed += 1
                    failures = 0
                    continue
                report.failed.append(error)
                failures += 1
                if failures >= self.MAX_CONSECUTIVE_FAILURES:
                    report.failed.append(f"{self.url}: gave up after {failures} failures in a row; "
                                         "the next run with --store sends the rest")
                    pool.shutdown(wait=False, cancel_futures=True)
                    break
        index.commit()
        if gd.entities.exists() and (todo or gone):
            self.client.request("PUT", ox.NamedNode(str(ENTITIES_GRAPH)), gd.entities.read_bytes(),
                                "text/turtle")
            report.pushed += 1

    RETRIES = 3

    def _put(self, gd: GraphDir, key: str) -> str | None:
        """PUT one article graph; a store's transient server error (Virtuoso answers concurrent writes that
        both add a new language tag with HTTP 500) is retried a few times before it counts as a failure."""
        try:
            body = gd.shard(key).read_bytes()
        except OSError as exc:
            return f"{key}: not sent to the store: {exc}"
        for attempt in range(self.RETRIES):
            try:
                self.client.request("PUT", ox.NamedNode(str(article_graph(key))), body, "text/turtle")
                return None
            except DiplographError as exc:
                if "HTTP 5" not in str(exc) or attempt == self.RETRIES - 1:
                    return f"{key}: not sent to the store: {exc}"
                time.sleep(0.2 * (attempt + 1))
        return None


__all__ = ["Item", "Options", "Report", "count_items", "ingest", "iter_items", "parse_date", "record_item",
           "remove"]
