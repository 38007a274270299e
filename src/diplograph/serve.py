"""A read-only SPARQL 1.1 Protocol endpoint over the graph folder (https://www.w3.org/TR/sparql11-protocol/).

Built on the standard library's `http.server` (with `httpserve.PooledHTTPServer`: a real backlog, a
bounded thread pool, idle connections parked and closed): the protocol's query part is small
(GET ?query=, POST form or `application/sparql-query` body, content negotiation), and what matters here
is process control, which a web framework would not give us. Oxigraph cannot cancel a running query,
so queries are evaluated in worker *processes* that each hold the graph in memory; a query that
overruns the timeout gets its worker killed (and a fresh one started), and the client gets 503. The
HTTP process itself never evaluates SPARQL, so it stays responsive.

    GET  /                  the HTML view (graph/diplograph.html), or a short page about the endpoint
    GET  /sparql?query=...  POST /sparql (form `query=` or body `application/sparql-query`)
    /query is an alias of /sparql.

Errors: update (form `update=` or `application/sparql-update`) → 403; malformed query, missing query →
400; request body or URL larger than the cap → 413; no acceptable format → 406; timeout → 503. SELECT
answers longer than `max_rows` are cut there and carry `X-Diplograph-Truncated: true` (as Virtuoso's
ResultSetMaxRows does) — raise the cap or page with LIMIT/OFFSET for more.
"""
from __future__ import annotations

import json
import logging
import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

from .errors import DiplographError, QueryError, StoreError
from .graphstore import Live
from .httpserve import PooledHandler, PooledHTTPServer
from .limits import limit_memory, out_of_memory
from .query import is_update, run_query, serialize_result
from .sparqlguard import check_services
from .store import GraphDir
from .throttle import Throttle
from .vocab import PREFIXES
from .xmlsafe import NotRepresentable

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7879

# media type -> our format name, for SELECT/ASK answers and for graph answers
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "jsonld", "application/rdf+xml": "xml",
}
FORMAT_PARAM = {"json": ("json", "jsonld"), "xml": ("xml", "xml"), "csv": ("csv", "ttl"),
                "tsv": ("tsv", "ttl"), "ttl": ("json", "ttl"), "turtle": ("json", "ttl"),
                "nt": ("json", "nt"), "jsonld": ("json", "jsonld")}


# what a worker's answer other than "ok" becomes: a bad query, an answer the format cannot carry, a
# query that needed more memory than allowed
FAILURE_STATUS = {"error": 400, "unrepresentable": 406, "memory": 503}
log = logging.getLogger("diplograph.serve")


@dataclass(frozen=True)
class ServeConfig:
    graph_dir: Path
    timeout: float = 30.0
    max_rows: int = 100_000
    max_request_bytes: int = 1_000_000
    workers: int = 2
    allow_service: frozenset[str] = frozenset()
    max_query_mb: float = 1024.0        # memory one query may add to its worker (RLIMIT_DATA); 0: no bound
    queue_timeout: float | None = None  # how long a request waits for a free worker (default: timeout + 10 s)
    threads: int = 32                   # HTTP threads (see httpserve)
    idle_timeout: float = 15.0          # keep-alive connections idle this long are closed
    max_connections: int = 1000
    backlog: int = 1024

    @property
    def wait_for_worker(self) -> float:
        return self.queue_timeout if self.queue_timeout is not None else self.timeout + 10.0


# ------------------------------------------------------------------------------------ worker processes

def _worker_main(graph_dir: str, conn: Connection) -> None:
    """Worker process: open the graph's store, then answer (query, result format, graph format, cap)
    requests, each over the store as it is then (reopened after an ingest or build: `graphstore.Live`)."""
    live = Live(graph_dir)
    try:
        with live.reading():
            pass
    except DiplographError as exc:
        conn.send(("fail", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        text, result_fmt, graph_fmt, max_rows, allow_service, max_query_mb = job
        try:
            limit_memory(max_query_mb)       # what this query may add to what the worker holds now
            with live.reading() as store:
                res = run_query(store, text, max_rows=max_rows, allow_service=allow_service)
                data, media_type = serialize_result(res, graph_fmt if res.kind == "graph" else result_fmt)
            conn.send(("ok", (data, media_type, res.truncated)))
        except NotRepresentable as exc:
            conn.send(("unrepresentable", str(exc)))
        except DiplographError as exc:
            conn.send(("error", str(exc)))
        except MemoryError:
            conn.send(("memory", _memory_message(max_query_mb)))
        except Exception as exc:  # an engine failure must not kill the worker  # noqa: BLE001
            conn.send(("crash", f"{type(exc).__name__}: {exc}"))


def _memory_message(mb: float) -> str:
    return (f"the query needed more than the {mb:g} MB of memory a query may use and was stopped "
            "(narrow it down, or raise --max-query-mb)")


class _Worker:
    LOAD_TIMEOUT = 600.0

    def __init__(self, ctx: mp.context.SpawnContext, graph_dir: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(str(graph_dir), child), daemon=True,
                                name="diplograph-query-worker")
        self.proc.start()
        child.close()

    def wait_ready(self) -> None:
        try:
            if not self.conn.poll(self.LOAD_TIMEOUT):
                raise EOFError
            status, msg = self.conn.recv()
        except (EOFError, OSError):
            status, msg = "fail", "the query worker died (or hung) while loading the graph"
        if status != "ready":
            self.kill()
            raise StoreError(msg)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryTimeout(Exception):
    """No worker answered in time: every one busy, or none running."""


class QueryOverran(QueryTimeout):
    """This query ran longer than the timeout (its worker was killed)."""


class WorkerPool:
    """Worker processes holding the graph; each request borrows one, overrunning ones are killed and
    replaced. A replacement that fails to start is tried again with a growing delay (0.5 s doubling up
    to 30 s), each failure logged; `health()` says how many are alive."""

    BACKOFF = (0.5, 30.0)

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self.starting = self.failing = self.restarts = 0
        workers = [_Worker(self.ctx, config.graph_dir) for _ in range(max(1, config.workers))]
        try:
            for w in workers:
                w.wait_ready()
        except StoreError:
            for w in workers:
                w.kill()
            raise
        for w in workers:
            self._all.add(w)
            self.idle.put(w)

    def health(self) -> dict[str, int]:
        with self._lock:
            alive = len(self._all)
            return {"configured": max(1, self.config.workers), "alive": alive,
                    "idle": min(alive, self.idle.qsize()), "starting": self.starting,
                    "failing_to_start": self.failing, "restarts": self.restarts}

    def _borrow(self) -> _Worker:
        deadline = time.monotonic() + self.config.wait_for_worker
        while True:
            try:
                return self.idle.get(timeout=0.25)
            except queue.Empty:
                pass
            with self._lock:
                down = not self._all and self.failing > 0
            if down:
                raise QueryTimeout("no query worker is running: restarting one fails (see the server log)")
            if time.monotonic() >= deadline:
                raise QueryTimeout("every query worker is busy: try again shortly")

    def run(self, text: str, result_fmt: str, graph_fmt: str) -> tuple[str, object]:
        w: _Worker | None = self._borrow()
        assert w is not None
        try:
            w.conn.send((text, result_fmt, graph_fmt, self.config.max_rows, self.config.allow_service,
                         self.config.max_query_mb))
            if not w.conn.poll(self.config.timeout):
                self._replace(w)
                w = None
                raise QueryOverran(f"the query ran longer than {self.config.timeout:g} s and was stopped")
            return w.conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            if w is None:
                return ("crash", "the query worker died")
            died = self._death(w)
            self._replace(w)
            w = None
            return died
        finally:
            if w is not None:
                self.idle.put(w)

    def _death(self, w: _Worker) -> tuple[str, object]:
        """Why a worker died under a query: out of memory, or something else."""
        w.proc.join(2)
        if out_of_memory(w.proc.exitcode):
            return ("memory", _memory_message(self.config.max_query_mb))
        return ("crash", f"the query worker died (exit code {w.proc.exitcode})")

    def _replace(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)
            self.starting += 1
        threading.Thread(target=self._restart, daemon=True, name="diplograph-worker-start").start()

    def _restart(self) -> None:
        delay, failures = self.BACKOFF[0], 0
        while not self._closed.is_set():
            nw = _Worker(self.ctx, self.config.graph_dir)
            try:
                nw.wait_ready()
            except StoreError as exc:
                failures += 1
                with self._lock:
                    self.failing += failures == 1
                log.warning("a query worker failed to start (attempt %d): %s; next attempt in %.1f s",
                            failures, exc, delay)
                if self._closed.wait(delay):
                    break
                delay = min(self.BACKOFF[1], delay * 2)
                continue
            with self._lock:
                if self._closed.is_set():
                    nw.kill()
                    break
                self._all.add(nw)
                self.starting -= 1
                self.failing -= failures > 0
                self.restarts += 1
            if failures:
                log.warning("a query worker started again after %d failed attempts", failures)
            self.idle.put(nw)
            return
        with self._lock:
            self.starting -= 1
            self.failing -= failures > 0

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
            w.proc.join(2)
            w.kill()


# ------------------------------------------------------------------------------------------- HTTP

def _accepted(header: str | None) -> list[tuple[float, str]]:
    """(q, media type) of an Accept header, best first (stable for equal q)."""
    if not header:
        return [(1.0, "*/*")]
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mt and q > 0:
            out.append((q, i, mt))
    return [(q, mt) for q, _, mt in sorted(out, key=lambda x: (-x[0], x[1]))]


def negotiate(accept: str | None) -> tuple[str | None, str | None]:
    """(format for SELECT/ASK, format for graph answers) from an Accept header; None = nothing acceptable."""
    result = graph = None
    for _, mt in _accepted(accept):
        if result is None:
            result = RESULT_TYPES.get(mt) or ("json" if mt in ("*/*", "application/*") else None)
        if graph is None:
            graph = GRAPH_TYPES.get(mt) or ("ttl" if mt in ("*/*", "text/*", "application/*") else None)
    return result, graph


class _Handler(PooledHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "diplograph-sparql/1"

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    # --- plumbing
    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", extra)

    def handle_expect_100(self) -> bool:
        """Refuse an oversized body before the client sends it (curl sends `Expect: 100-continue`)."""
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = 0
        if length > self.server.config.max_request_bytes:
            self.close_connection = True
            self._error(413, f"request body larger than {self.server.config.max_request_bytes} bytes")
            return False
        return super().handle_expect_100()

    # --- routes
    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if len(self.path) > self.server.config.max_request_bytes:
            self.close_connection = True
            return self._error(413, "request too large")
        if parts.path in ("/", "/index.html"):
            return self._index()
        if parts.path == "/health":
            return self._health()
        if parts.path not in ("/sparql", "/query"):
            return self._error(404, f"no such resource {parts.path!r}: the endpoint is /sparql")
        params = parse_qs(parts.query, keep_blank_values=True)
        self._dispatch(params, None)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        if parts.path not in ("/sparql", "/query"):
            return self._error(404, f"no such resource {parts.path!r}: the endpoint is /sparql")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.close_connection = True
            return self._error(411, "a POST needs a Content-Length")
        if length > self.server.config.max_request_bytes or length < 0:
            self.close_connection = True  # do not read the body
            return self._error(413, f"request body larger than {self.server.config.max_request_bytes} bytes")
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(parts.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            return self._error(403, "SPARQL Update is refused: this endpoint is read-only")
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                return self._error(400, "the form is not UTF-8")
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
            return self._dispatch(params, None)
        if ctype == "application/sparql-query":
            try:
                return self._dispatch(params, body.decode("utf-8"))
            except UnicodeDecodeError:
                return self._error(400, "the query is not UTF-8")
        return self._error(415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query")

    def _index(self) -> None:
        html = GraphDir(self.server.config.graph_dir).html
        if html.is_file():
            return self._send(200, html.read_bytes(), "text/html; charset=utf-8")
        page = ("<!doctype html><meta charset=utf-8><title>Diplograph SPARQL endpoint</title>"
                "<h1>Diplograph SPARQL endpoint</h1><p>Send SPARQL 1.1 queries to <code>/sparql</code>. "
                "The HTML view appears here once <code>diplograph render</code> has written it.</p>")
        self._send(200, page.encode(), "text/html; charset=utf-8")

    def _refusal(self, text: str) -> tuple[int, str] | None:
        """(status, message) for a query refused before it reaches a worker: updates, SERVICE."""
        if is_update(text):
            return 403, "SPARQL Update is refused: this endpoint is read-only"
        try:
            check_services(text, self.server.config.allow_service, PREFIXES)
        except QueryError as exc:
            return 400, str(exc)
        return None

    def _health(self) -> None:
        """Workers alive, starting, failing to start; 200 while at least one is alive, else 503."""
        workers = self.server.pool.health()
        alive = workers["alive"]
        state = "ok" if alive >= workers["configured"] else "degraded" if alive else "down"
        doc = {"status": state, "workers": workers, "connections": self.server.open_connections,
               "throttled_clients": self.server.throttle.suspects()}
        self._send(200 if alive else 503, json.dumps(doc).encode(), "application/json")

    def _ask_pool(self, text: str, result_fmt: str, graph_fmt: str) -> tuple[str, object] | None:
        """A worker's answer, or None when the request was answered here (throttled, timed out)."""
        client, throttle = str(self.client_address[0]), self.server.throttle
        wait, slot = throttle.admit(client)
        if wait is not None:
            self._error(429, f"queries from this client ran longer than {self.server.config.timeout:g} s "
                             f"recently: try again in {wait} s", {"Retry-After": str(wait)})
            return None
        try:
            answer = self.server.pool.run(text, result_fmt, graph_fmt)
        except QueryOverran as exc:
            cooldown = throttle.strike(client)
            self._error(503, f"{exc}; this client may query again in {cooldown:g} s",
                        {"Retry-After": f"{cooldown:.0f}"})
            return None
        except QueryTimeout as exc:
            self._error(503, str(exc), {"Retry-After": "1"})
            return None
        finally:
            if slot:
                throttle.release()
        if answer[0] == "memory":
            throttle.strike(client)
        return answer

    def _dispatch(self, params: dict[str, list[str]], body_query: str | None) -> None:
        if "update" in params:
            return self._error(403, "SPARQL Update is refused: this endpoint is read-only")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return self._error(400, "default-graph-uri / named-graph-uri are not supported: the default "
                                    "graph is the union of all graphs; use GRAPH in the query")
        queries = params.get("query", []) if body_query is None else [body_query]
        if len(queries) != 1 or not queries[0].strip():
            return self._error(400, "give exactly one non-empty `query` parameter")
        fmt = (params.get("format") or [""])[0].lower()
        result_fmt: str | None
        graph_fmt: str | None
        if fmt:
            if fmt not in FORMAT_PARAM:
                return self._error(400, f"unknown format {fmt!r}: use one of {', '.join(FORMAT_PARAM)}")
            result_fmt, graph_fmt = FORMAT_PARAM[fmt]
        else:
            result_fmt, graph_fmt = negotiate(self.headers.get("Accept"))
        if result_fmt is None and graph_fmt is None:
            return self._error(406, "no acceptable format: ask for application/sparql-results+json, "
                                    "+xml, text/csv, text/tab-separated-values, text/turtle, "
                                    "application/n-triples or application/ld+json")
        refused = self._refusal(queries[0])
        if refused:
            return self._error(*refused)
        answer = self._ask_pool(queries[0], result_fmt or "json", graph_fmt or "ttl")
        if answer is None:
            return None
        status, payload = answer
        if status != "ok":
            return self._error(FAILURE_STATUS.get(status, 500), str(payload))
        data, media_type, truncated = cast(tuple[bytes, str, bool], payload)
        graph_types = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
        if result_fmt is None and not media_type.startswith(graph_types):
            return self._error(406, "this is a SELECT/ASK query: ask for a SPARQL results format")
        extra = {"X-Diplograph-Truncated": "true", "X-SPARQL-MaxRows": str(self.server.config.max_rows)} \
            if truncated else None
        charset = "" if "charset" in media_type else "; charset=utf-8"
        self._send(200, data, media_type + charset, extra)


class SparqlServer(PooledHTTPServer):
    """The HTTP server (see httpserve) plus its query workers and the per-client throttle.
    `serve_forever()`; `close()` stops both."""

    def __init__(self, config: ServeConfig, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, verbose: bool = False) -> None:
        self.config = config
        self.verbose = verbose
        self.throttle = Throttle(max(1, config.workers))
        self.pool = WorkerPool(config)
        try:
            super().__init__((host, port), _Handler, threads=config.threads, idle_timeout=config.idle_timeout,
                             max_connections=config.max_connections, backlog=config.backlog)
        except OSError:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}/sparql"

    def close(self) -> None:
        self.server_close()
        self.pool.close()


def make_server(graph_dir: Path | str = "graph", host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *,
                verbose: bool = False, **settings: Any) -> SparqlServer:
    """A ready server (workers loaded, socket bound); run it with `serve_forever()`, stop with
    `shutdown()` from another thread, then `close()`. Port 0 picks a free port (see `.url`).
    `settings` are the fields of `ServeConfig` (timeout, max_rows, workers, allow_service, ...)."""
    gd = GraphDir(Path(graph_dir))
    if not gd.root.is_dir():
        raise StoreError("graph folder not found", path=gd.root, hint="run `diplograph build` first")
    config = ServeConfig(gd.root, **settings)
    try:
        return SparqlServer(config, host, port, verbose=verbose)
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="pick another --port") from exc
