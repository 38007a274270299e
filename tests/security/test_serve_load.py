"""Defects 2, 3, 4, 15 and 16 (idle connections) for `diplograph serve`, on 127.0.0.1 with bounded loops:
a real backlog, a bounded thread pool, idle connections closed, per-client fairness (429 + Retry-After),
workers restarted with backoff and logged, /health, a per-query memory bound. Clients are told apart by
their loopback address (127.0.0.2, 127.0.0.3 ... are all this machine)."""
from __future__ import annotations

import http.client
import json
import logging
import shutil
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest

from diplograph.serve import SparqlServer

from .conftest import running

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ASK = "ASK { ?c a dg:Country }"


@pytest.fixture
def serving(small_graph: Path, request: pytest.FixtureRequest) -> Iterator[SparqlServer]:
    with running(small_graph, **getattr(request, "param", {})) as srv:
        yield srv


def ask(srv: SparqlServer, query: str = ASK, source: str = "127.0.0.1",
        timeout: float = 60) -> tuple[int, dict[str, str], bytes, float]:
    """(status, headers, body, seconds to connect)."""
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=timeout, source_address=(source, 0))
    try:
        t0 = time.monotonic()
        conn.connect()
        connected = time.monotonic() - t0
        conn.request("GET", "/sparql?query=" + quote(query),
                     headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read(), connected
    finally:
        conn.close()


def health(srv: SparqlServer) -> tuple[int, dict]:  # type: ignore[type-arg]
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        conn.request("GET", "/health")
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def wait_until(check, seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_a_hundred_clients_connect_at_once_and_are_all_answered(serving: SparqlServer) -> None:
    assert serving.request_queue_size >= 128
    with ThreadPoolExecutor(100) as pool:
        results = list(pool.map(lambda i: ask(serving, source=f"127.0.0.{10 + i % 100}"), range(300)))
    assert Counter(r[0] for r in results) == {200: 300}
    assert max(r[3] for r in results) < 1.0, sorted(r[3] for r in results)[-5:]


@pytest.mark.parametrize("serving", [{"threads": 8, "idle_timeout": 1.5}], indirect=True)
def test_idle_connections_hold_no_thread_and_are_closed(serving: SparqlServer) -> None:
    before = threading.active_count()
    idle = [socket.create_connection(serving.server_address[:2], timeout=10) for _ in range(300)]
    try:
        assert wait_until(lambda: serving.open_connections == 300, 10)
        assert threading.active_count() <= before + 8 + 2         # the pool's threads, not one per connection
        status, _, _, connected = ask(serving)                     # others are still served at once
        assert status == 200 and connected < 0.5
        assert wait_until(lambda: serving.open_connections == 0, 20)
        for sock in idle[:20]:
            assert sock.recv(1) == b""                             # closed by the server
    finally:
        for sock in idle:
            sock.close()


@pytest.mark.parametrize("serving", [{"max_connections": 5}], indirect=True)
def test_connections_over_the_cap_get_503_at_once(serving: SparqlServer) -> None:
    held = [socket.create_connection(serving.server_address[:2], timeout=10) for _ in range(5)]
    try:
        assert wait_until(lambda: serving.open_connections == 5, 10)
        status, headers, _, _ = ask(serving, timeout=5)
        assert status == 503 and headers["Retry-After"] == "1"
    finally:
        for sock in held:
            sock.close()


@pytest.mark.parametrize("serving", [{"timeout": 1.0, "workers": 2}], indirect=True)
def test_clients_looping_timeouts_are_throttled_and_others_served(serving: SparqlServer) -> None:
    stop = time.monotonic() + 12
    hostile: Counter[int] = Counter()
    good: Counter[int] = Counter()
    retry_after: list[str] = []

    def attack(source: str) -> None:
        while time.monotonic() < stop:
            status, headers, _, _ = ask(serving, SLOW, source=source)
            hostile[status] += 1
            if status == 429:
                retry_after.append(headers["Retry-After"])

    def behave(source: str) -> None:
        while time.monotonic() < stop:
            good[ask(serving, source=source)[0]] += 1

    with ThreadPoolExecutor(6) as pool:
        for f in [pool.submit(attack, "127.0.0.2"), pool.submit(attack, "127.0.0.3"),
                  *(pool.submit(behave, f"127.0.0.{20 + i}") for i in range(4))]:
            f.result()
    assert hostile[429] > 0 and all(int(s) > 0 for s in retry_after)
    assert hostile[503] <= 6                  # each of their timeouts costs them a doubling cool-down
    assert set(good) == {200} and good[200] > 20, (good, hostile)


def test_a_worker_that_fails_to_restart_is_retried_logged_and_reported(
        small_graph: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    graph = tmp_path / "graph"
    shutil.copytree(small_graph, graph)
    caplog.set_level(logging.WARNING, logger="diplograph.serve")
    with running(graph, workers=1, timeout=1.0) as srv:
        status, doc = health(srv)
        assert status == 200 and doc["workers"]["alive"] == 1
        with ThreadPoolExecutor(1) as pool:
            slow = pool.submit(ask, srv, SLOW, source="127.0.0.5")   # will time out: kills the only worker
            time.sleep(0.3)                  # the query is running: now the next worker cannot load the graph
            (graph / "articles").rename(tmp_path / "articles")
            (graph / "diplograph.ttl").rename(tmp_path / "diplograph.ttl")
            assert slow.result()[0] == 503
        assert wait_until(lambda: health(srv)[1]["workers"]["failing_to_start"] == 1, 30)
        status, doc = health(srv)
        assert status == 503 and doc["status"] == "down" and doc["workers"]["alive"] == 0
        t0 = time.monotonic()
        status, _, body, _ = ask(srv)
        assert status == 503 and b"no query worker is running" in body and time.monotonic() - t0 < 5
        assert any("failed to start" in r.getMessage() for r in caplog.records)
        (tmp_path / "articles").rename(graph / "articles")       # fixed: the backoff brings it back
        (tmp_path / "diplograph.ttl").rename(graph / "diplograph.ttl")
        assert wait_until(lambda: health(srv)[0] == 200, 60)
        assert ask(srv)[0] == 200
        assert any("started again" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("serving", [{"max_query_mb": 40, "timeout": 60, "workers": 1}], indirect=True)
def test_a_query_over_the_memory_bound_gets_503_and_the_worker_comes_back(serving: SparqlServer) -> None:
    greedy = "SELECT ?a ?d ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
    t0 = time.monotonic()
    status, _, body, _ = ask(serving, greedy, source="127.0.0.7")
    assert status == 503 and b"--max-query-mb" in body, body
    assert time.monotonic() - t0 < 50           # stopped by the bound, not by the timeout
    assert wait_until(lambda: health(serving)[1]["workers"]["alive"] == 1, 60)
    assert ask(serving)[0] == 200


def test_query_command_stops_a_query_over_its_memory_bound(small_graph: Path) -> None:
    """Defect 15 for `diplograph query` (it had no bound at all): the query runs in a forked child
    limited to --max-memory MB more than the loaded graph; past it, one line and exit 1."""
    from click.testing import CliRunner

    from diplograph.cli import cli

    greedy = "SELECT ?a ?d ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
    t0 = time.monotonic()
    res = CliRunner().invoke(cli, ["query", "--graph", str(small_graph), greedy, "--format", "csv",
                                   "--max-memory", "40"])
    assert res.exit_code == 1, res.output
    assert "--max-memory" in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert time.monotonic() - t0 < 60
    res = CliRunner().invoke(cli, ["query", "--graph", str(small_graph), ASK, "--max-memory", "40"])
    assert res.exit_code == 0 and res.stdout.strip() == "true"
