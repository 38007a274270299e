"""A read-only SPARQL 1.1 Protocol endpoint over the graph folder (https://www.w3.org/TR/sparql11-protocol/).

Built on the standard library's `http.server.ThreadingHTTPServer`: the protocol's query part is small
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

import multiprocessing as mp
import queue
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .errors import DiplographError, QueryError, StoreError
from .query import is_update, open_store, run_query, serialize_result
from .sparqlguard import check_services
from .store import GraphDir
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
FORMAT_PARAM = {"json": ("json", "jsonld"), "xml": ("xml", "xml"), "csv": ("csv", "ttl"), "tsv": ("tsv", "ttl"),
                "ttl": ("json", "ttl"), "turtle": ("json", "ttl"), "nt": ("json", "nt"), "jsonld": ("json", "jsonld")}


# what a worker's answer other than "ok" becomes: a bad query, an answer the format cannot carry
FAILURE_STATUS = {"error": 400, "unrepresentable": 406}


@dataclass(frozen=True)
class ServeConfig:
    graph_dir: Path
    timeout: float = 30.0
    max_rows: int = 100_000
    max_request_bytes: int = 1_000_000
    workers: int = 2
    allow_service: frozenset[str] = frozenset()


# ------------------------------------------------------------------------------------ worker processes

def _worker_main(graph_dir: str, conn: Connection) -> None:
    """Worker process: load the graph once, then answer (query, result format, graph format, cap) requests."""
    try:
        store = open_store(graph_dir, named_graphs=True)
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
        text, result_fmt, graph_fmt, max_rows, allow_service = job
        try:
            res = run_query(store, text, max_rows=max_rows, allow_service=allow_service)
            data, media_type = serialize_result(res, graph_fmt if res.kind == "graph" else result_fmt)
            conn.send(("ok", (data, media_type, res.truncated)))
        except NotRepresentable as exc:
            conn.send(("unrepresentable", str(exc)))
        except DiplographError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # an engine failure must not kill the worker  # noqa: BLE001
            conn.send(("crash", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, ctx, graph_dir: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(str(graph_dir), child), daemon=True,
                                name="diplograph-query-worker")
        self.proc.start()
        child.close()

    def wait_ready(self) -> None:
        try:
            status, msg = self.conn.recv()
        except EOFError:
            status, msg = "fail", "the query worker died while loading the graph"
        if status != "ready":
            self.kill()
            raise StoreError(msg)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryTimeout(Exception):
    pass


class WorkerPool:
    """Worker processes holding the graph; each request borrows one, overrunning ones are killed."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
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

    def run(self, text: str, result_fmt: str, graph_fmt: str) -> tuple[str, object]:
        try:
            w = self.idle.get(timeout=self.config.timeout)
        except queue.Empty:
            raise QueryTimeout("every query worker is busy") from None
        try:
            w.conn.send((text, result_fmt, graph_fmt, self.config.max_rows, self.config.allow_service))
            if not w.conn.poll(self.config.timeout):
                self._replace(w)
                w = None
                raise QueryTimeout(f"the query ran longer than {self.config.timeout:g} s and was stopped")
            return w.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if w is not None:
                self._replace(w)
                w = None
            return ("crash", "the query worker died")
        finally:
            if w is not None:
                self.idle.put(w)

    def _replace(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

        def start() -> None:
            nw = _Worker(self.ctx, self.config.graph_dir)
            try:
                nw.wait_ready()
            except StoreError:
                return
            with self._lock:
                self._all.add(nw)
            self.idle.put(nw)

        threading.Thread(target=start, daemon=True, name="diplograph-worker-start").start()

    def close(self) -> None:
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


class _Handler(BaseHTTPRequestHandler):
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

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8")

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
        try:
            status, payload = self.server.pool.run(queries[0], result_fmt or "json", graph_fmt or "ttl")
        except QueryTimeout as exc:
            return self._error(503, str(exc))
        if status != "ok":
            return self._error(FAILURE_STATUS.get(status, 500), str(payload))
        data, media_type, truncated = payload  # type: ignore[misc]
        if (result_fmt is None and not media_type.startswith(("text/turtle", "application/n-triples",
                                                               "application/ld+json", "application/rdf+xml"))):
            return self._error(406, "this is a SELECT/ASK query: ask for a SPARQL results format")
        extra = {"X-Diplograph-Truncated": "true", "X-SPARQL-MaxRows": str(self.server.config.max_rows)} \
            if truncated else None
        charset = "" if "charset" in media_type else "; charset=utf-8"
        self._send(200, data, media_type + charset, extra)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server plus its query workers. `serve_forever()`; `close()` stops both."""

    daemon_threads = True

    def __init__(self, config: ServeConfig, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, verbose: bool = False) -> None:
        self.config = config
        self.verbose = verbose
        self.pool = WorkerPool(config)
        try:
            super().__init__((host, port), _Handler)
        except OSError:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

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
