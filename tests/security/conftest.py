"""Helpers of the load and fault suite: a canary HTTP server that records every request it gets, a
small graph folder, a `diplograph serve` on a free port. Everything listens on 127.0.0.1 only."""
from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from diplograph.serve import SparqlServer, make_server

EMPTY_RESULTS = (b'{"head":{"vars":["x"]},'
                 b'"results":{"bindings":[{"x":{"type":"literal","value":"from-canary"}}]}}')


@dataclass
class Canary:
    """An HTTP server that answers every request with `body` and remembers the paths it was asked."""

    server: ThreadingHTTPServer
    seen: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"


def _canary_handler(canary_seen: list[str], body: bytes, ctype: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self) -> None:
            canary_seen.append(f"{self.command} {self.path}")
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

    return Handler


@pytest.fixture
def canary() -> Iterator[Canary]:
    seen: list[str] = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _canary_handler(seen, EMPTY_RESULTS,
                                                                 "application/sparql-results+json"))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield Canary(srv, seen)
    srv.shutdown()
    srv.server_close()
    thread.join(10)


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory: pytest.TempPathFactory, synth) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("small-graph")
    synth.write_graph_dir(root, 60, seed=5)
    return root


def http_get(address: tuple[str, int], path: str, headers: dict[str, str] | None = None,
             timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(address[0], address[1], timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def ask_countries(address: tuple[str, int]) -> bool:
    from urllib.parse import quote

    status, _, body = http_get(address, "/sparql?query=" + quote("ASK { ?c a dg:Country }"),
                               {"Accept": "application/sparql-results+json"})
    return status == 200 and json.loads(body)["boolean"] is True


@contextmanager
def running(graph: Path, **settings: object) -> Iterator[SparqlServer]:
    """`diplograph serve` of `graph` on a free port of 127.0.0.1, in a thread, stopped on exit."""
    srv = make_server(graph, "127.0.0.1", 0, **settings)  # type: ignore[arg-type]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.close()
        thread.join(10)
