"""The SPARQL endpoint under load: 100 well-behaved clients and 2 hostile ones, for 20 seconds.

    python scripts/bench_serve.py [--clients 100] [--seconds 20] [--hostile 2] [--runs 3] [--readme]
                                  [--compare]     # also waitress (pip install waitress), runs interleaved

`diplograph serve` runs as a process of its own (--workers 2, --timeout 2) over a synthetic graph
(scripts/synth_graph.py, 400 events). Each well-behaved client opens a connection, asks a small SELECT,
reads the answer, closes, and starts again; each hostile client loops a query that always times out
(a triple cross product), ignoring Retry-After. Every client has its own loopback address (127.0.0.x:
the endpoint tells clients apart by address). Printed per run and as medians (ranges) over the runs:
well-behaved requests, p50/p99 latency, p99 time to connect, share of 503s, requests left unanswered,
what the hostile clients got, and the machine's load average (the machine is shared). Targets: p99
connect < 50 ms, no well-behaved request unanswered, < 1 % 503s. `--readme` writes the figures into
README.md between the bench-serve markers.

`--compare` runs the same endpoint behind waitress (a production WSGI server from PyPI: a connection
selector, a thread pool, backlog 1024) beside `diplograph serve`'s own server, the two alternating:
the same worker processes, throttle and SERVICE check (`wsgi_app` below), only the HTTP layer differs.
"""
from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from readme_blocks import write_block

ROOT = Path(__file__).resolve().parents[1]
GOOD = "SELECT ?c ?l WHERE { ?c a dg:Country ; rdfs:label ?l } LIMIT 20"
HOSTILE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Tally:
    latency: list[float] = field(default_factory=list)
    connect: list[float] = field(default_factory=list)
    status: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: str, latency: float | None = None, connect: float | None = None) -> None:
        with self.lock:
            self.status[status] += 1
            if latency is not None:
                self.latency.append(latency)
            if connect is not None:
                self.connect.append(connect)


def one_request(port: int, source: str, query: str, tally: Tally) -> None:
    t0 = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    try:
        conn.connect()
        connected = time.monotonic() - t0
        conn.request("GET", "/sparql?query=" + quote(query),
                     headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        resp.read()
        tally.add(str(resp.status), time.monotonic() - t0, connected)
    except (OSError, http.client.HTTPException) as exc:
        tally.add(f"unanswered ({type(exc).__name__})")
    finally:
        conn.close()


def client(port: int, source: str, query: str, until: float, tally: Tally, pause: float) -> None:
    while time.monotonic() < until:
        one_request(port, source, query, tally)
        if pause:
            time.sleep(pause)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wsgi_app(graph: Path, workers: int, timeout: float):  # type: ignore[no-untyped-def]
    """The endpoint's query path as a WSGI application (GET /sparql?query=, JSON answers; /health)."""
    from urllib.parse import parse_qs

    from diplograph.errors import QueryError
    from diplograph.serve import FAILURE_STATUS, QueryOverran, QueryTimeout, ServeConfig, WorkerPool
    from diplograph.sparqlguard import check_services
    from diplograph.throttle import Throttle
    from diplograph.vocab import PREFIXES

    pool = WorkerPool(ServeConfig(graph, timeout=timeout, workers=workers))
    throttle = Throttle(workers)
    reasons = {200: "OK", 400: "Bad Request", 406: "Not Acceptable", 429: "Too Many Requests",
               500: "Internal Server Error", 503: "Service Unavailable"}

    def app(environ, start_response):  # type: ignore[no-untyped-def]
        def reply(status: int, body: bytes, ctype: str = "text/plain; charset=utf-8",
                  extra: list[tuple[str, str]] | None = None) -> list[bytes]:
            headers = [("Content-Type", ctype), ("Content-Length", str(len(body))), *(extra or [])]
            start_response(f"{status} {reasons[status]}", headers)
            return [body]

        if environ.get("PATH_INFO") == "/health":
            return reply(200, json.dumps(pool.health()).encode(), "application/json")
        text = (parse_qs(environ.get("QUERY_STRING", "")).get("query") or [""])[0]
        try:
            check_services(text, frozenset(), PREFIXES)
        except QueryError as exc:
            return reply(400, str(exc).encode())
        client = environ.get("REMOTE_ADDR", "")
        wait, slot = throttle.admit(client)
        if wait is not None:
            return reply(429, b"throttled", extra=[("Retry-After", str(wait))])
        try:
            status, payload = pool.run(text, "json", "ttl")
        except QueryOverran as exc:
            cooldown = throttle.strike(client)
            return reply(503, str(exc).encode(), extra=[("Retry-After", f"{cooldown:.0f}")])
        except QueryTimeout as exc:
            return reply(503, str(exc).encode(), extra=[("Retry-After", "1")])
        finally:
            if slot:
                throttle.release()
        if status != "ok":
            return reply(FAILURE_STATUS.get(status, 500), str(payload).encode())
        data, media_type, _ = payload  # type: ignore[misc]
        return reply(200, data, media_type)

    return app


def serve_waitress(graph: Path, port: int, workers: int, timeout: float) -> None:
    import waitress

    waitress.serve(wsgi_app(graph, workers, timeout), host="127.0.0.1", port=port, threads=32,
                   backlog=1024, connection_limit=1000, channel_timeout=15, ident=None, _quiet=True)


def start_server(graph: Path, port: int, args: argparse.Namespace, server: str) -> subprocess.Popen[bytes]:
    if server == "waitress":
        command = [sys.executable, __file__, "--serve-waitress", str(port), "--graph", str(graph),
                   "--workers", str(args.workers), "--timeout", str(args.timeout)]
    else:
        command = [str(Path(sys.executable).with_name("diplograph")), "serve", "--graph", str(graph),
                   "--port", str(port), "--workers", str(args.workers), "--timeout", str(args.timeout)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.monotonic() + 120
    while time.monotonic() < end:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start")


def run_once(graph: Path, args: argparse.Namespace, server: str) -> dict[str, float | str]:
    port = free_port()
    proc = start_server(graph, port, args, server)
    good, bad = Tally(), Tally()
    load_before = os.getloadavg()[0]
    until = time.monotonic() + args.seconds
    threads = [threading.Thread(target=client, args=(port, f"127.0.0.{10 + i}", GOOD, until, good, 0.0))
               for i in range(args.clients)]
    threads += [threading.Thread(target=client, args=(port, f"127.0.0.{2 + i}", HOSTILE, until, bad, 0.01))
                for i in range(args.hostile)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    load_after = os.getloadavg()[0]
    proc.terminate()
    proc.wait(30)
    total = sum(good.status.values())
    unanswered = sum(n for s, n in good.status.items() if s.startswith("unanswered"))
    return {
        "requests": total, "p50_ms": 1000 * pct(good.latency, 0.50),
        "p99_ms": 1000 * pct(good.latency, 0.99),
        "p99_connect_ms": 1000 * pct(good.connect, 0.99),
        "max_connect_ms": 1000 * max(good.connect, default=0),
        "share_503": good.status["503"] / total if total else 0.0, "unanswered": unanswered,
        "hostile": json.dumps(dict(bad.status)), "load": (load_before + load_after) / 2,
    }


def make_graph(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("synth_graph", ROOT / "scripts" / "synth_graph.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    return Path(synth.write_graph_dir(folder, 400, seed=3))


def summary(results: dict[str, list[dict[str, float | str]]], args: argparse.Namespace) -> str:
    lines = ["| HTTP server | clients | runs | well-behaved requests in "
             f"{args.seconds:g} s | p50 latency | p99 latency | p99 connect | 503s (well-behaved) | "
             "unanswered | load average |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    names = {"stdlib": "diplograph serve (httpserve)", "waitress": "waitress 3 (same workers)"}
    for server, runs in results.items():
        def med(key: str, fmt: str) -> str:
            values = [float(r[key]) for r in runs]
            text = format(statistics.median(values), fmt)
            low, high = format(min(values), fmt), format(max(values), fmt)
            return text if len(values) == 1 else f"{text} ({low}–{high})"

        lines.append(f"| {names[server]} | {args.clients} + {args.hostile} hostile | {len(runs)} | "
                     f"{med('requests', '.0f')} | {med('p50_ms', '.0f')} ms | {med('p99_ms', '.0f')} ms | "
                     f"{med('p99_connect_ms', '.1f')} ms | {med('share_503', '.2%')} | "
                     f"{med('unanswered', '.0f')} | {med('load', '.1f')} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--hostile", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=2.0)
    parser.add_argument("--graph", type=Path, help="graph folder (default: a synthetic one, 400 events)")
    parser.add_argument("--readme", action="store_true", help="write the figures into README.md")
    parser.add_argument("--compare", action="store_true", help="also run the endpoint behind waitress")
    parser.add_argument("--serve-waitress", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_waitress:
        serve_waitress(args.graph, args.serve_waitress, args.workers, args.timeout)
        return
    servers = ["stdlib", "waitress"] if args.compare else ["stdlib"]
    results: dict[str, list[dict[str, float | str]]] = {s: [] for s in servers}
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or make_graph(Path(tmp) / "graph")
        for i in range(args.runs):
            for server in servers:
                result = run_once(graph, args, server)
                results[server].append(result)
                shown = ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}"
                                  for k, v in result.items())
                print(f"run {i + 1} {server}: {shown}", flush=True)
    block = summary(results, args)
    print(block)
    if args.readme:
        command = "python scripts/bench_serve.py" + (" --compare" if args.compare else "") + " --readme"
        write_block("bench-serve", f"{block}\n\n(`{command}`, {time.strftime('%Y-%m-%d')}, "
                     f"`--workers {args.workers} --timeout {args.timeout:g}`, this shared 2-core machine; "
                     "medians with the range over the runs.)")


if __name__ == "__main__":
    main()
