"""Benchmark queries: diplograph (command line, Python API) beside bare pyoxigraph and plain rdflib.

On synthetic graph folders of ~10^5 (and with --max 1000000, ~10^6) triples from scripts/synth_graph.py,
four realistic queries, bound and unbound, run in interleaved rounds (one of each way per round):

  cli     a fresh `diplograph query --name Q --param ... --format csv` process: start-up, opening the
          folder's persistent store and printing included (the store is built once beforehand);
  api     in this process: `dg.store(folder)` (opens the persistent store) + `dg.query(store, Q, **params)`;
  bare    pyoxigraph: an in-memory `Store` bulk-loaded from diplograph.ttl once (load timed apart),
          `list(store.query(text, substitutions=...))`;
  rdflib  plain rdflib: `Graph().parse(diplograph.ttl)` once (load timed apart), `graph.query(text,
          initBindings=...)` (only up to --rdflib-max triples: it takes minutes beyond).

Prints per query the median and range (min-max) of each way, the ratios api/bare and cli/bare (bare's
query alone) and api/(bare load + query) (what a fresh process with bare pyoxigraph pays), rdflib/api, whether the answers agree (row counts), the loads, and `--help` beside a minimal click app.

    python scripts/bench_query.py                    # ~10^5 triples
    python scripts/bench_query.py --max 1000000      # and ~10^6
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_graph

from diplograph import api, graphstore
from diplograph.query import get_named_query, to_term
from diplograph.vocab import PREFIXES

# (label, named query, parameters)
CASES = [
    ("lookup", "leaders", {"country": "XA"}),
    ("lookup, unbound", "leaders", {}),
    ("dated join", "signed-documents", {"country": "XA"}),
    ("dated join, unbound", "signed-documents", {}),
    ("dyad aggregate", "dyad-summary", {"a": "XA"}),
    ("dyad aggregate, unbound", "dyad-summary", {}),
    ("property path", "dyad-timeline", {"a": "XA", "b": "XB"}),
    ("congratulations by state", "congratulations", {"country": "XA"}),
]
MINIMAL_CLICK = "import click\n@click.group()\ndef cli():\n    'Minimal.'\n@cli.command()\ndef hello():\n    " \
                "'Hello.'\ncli()\n"


def env() -> dict[str, str]:
    """The environment of the timed processes: bytecode is cached, as after `pip install`."""
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def fmt(times: list[float]) -> str:
    return f"{statistics.median(times):7.3f} ({min(times):.3f}-{max(times):.3f})"


def cli_run(folder: Path, name: str, params: dict[str, str]) -> int:
    args = [sys.executable, "-c", "from diplograph.cli import main; main()", "query", "--name", name,
            "--graph", str(folder), "--format", "csv"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    out = subprocess.run(args, capture_output=True, check=True, env=env()).stdout
    return max(0, out.count(b"\n") - 1)


def startup(runs: int) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(MINIMAL_CLICK)
    ours, minimal = [], []
    for _ in range(runs):
        ours.append(timed(lambda: subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()",
                                                  "--help"], capture_output=True, check=True, env=env()))[0])
        minimal.append(timed(lambda: subprocess.run([sys.executable, fh.name, "--help"], capture_output=True,
                                                    check=True, env=env()))[0])
    os.unlink(fh.name)
    print(f"start-up: `diplograph --help` {fmt(ours)} s, minimal click app {fmt(minimal)} s, "
          f"ratio {statistics.median(ours) / statistics.median(minimal):.2f}")


def bench_size(n_triples: int, runs: int, use_rdflib: bool) -> None:
    n_events = synth_graph.events_for_triples(n_triples)
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        folder = Path(tmp)
        synth_graph.write_graph_dir(folder, n_events)
        t_store, _ = timed(lambda: graphstore.open_snapshot(folder))
        merged = folder / "diplograph.ttl"
        bare = ox.Store()
        t_bare, _ = timed(lambda: bare.bulk_load(path=str(merged), format=ox.RdfFormat.TURTLE))
        t_open = [timed(lambda: api.store(folder))[0] for _ in range(runs)]
        graph = None
        line = (f"\n== ~{n_triples:,} triples ({len(bare):,} in diplograph.ttl): persistent store built in "
                f"{t_store:.1f} s (once); opened by the API in {fmt(t_open)} s; bare pyoxigraph load {t_bare:.1f} s")
        if use_rdflib:
            import rdflib

            graph = rdflib.Graph()
            t_rdflib, _ = timed(lambda: graph.parse(str(merged), format="turtle"))
            line += f"; rdflib parse {t_rdflib:.1f} s"
        print(line, flush=True)
        print(f"{'query':<26} {'rows':>6} {'cli (s)':>22} {'api (s)':>22} {'bare (s)':>22} {'rdflib (s)':>22} "
              f"{'api/bare':>8} {'cli/bare':>8} {'api/b+load':>9} {'rdflib/api':>10}  agree")
        for label, name, params in CASES:
            bench_case(folder, bare, graph, label, name, params, runs, t_bare)


def bench_case(folder: Path, bare: ox.Store, graph: object, label: str, name: str, params: dict[str, str],
               runs: int, bare_load: float) -> None:
    text = get_named_query(name).text
    terms = {k: to_term(v, "literal") for k, v in params.items()}
    subs = {ox.Variable(k): v for k, v in terms.items()} or None
    times: dict[str, list[float]] = {"cli": [], "api": [], "bare": [], "rdflib": []}
    rows: dict[str, int] = {}
    for _ in range(runs):
        t, n = timed(lambda: cli_run(folder, name, params))
        times["cli"].append(t)
        rows["cli"] = n  # type: ignore[assignment]
        t, res = timed(lambda: api.query(api.store(folder), name, **params))
        times["api"].append(t)
        rows["api"] = len(res)  # type: ignore[arg-type]
        t, res = timed(lambda: list(bare.query(text, prefixes=PREFIXES, substitutions=subs)))
        times["bare"].append(t)
        rows["bare"] = len(res)  # type: ignore[arg-type]
        if graph is not None:
            import rdflib

            init = {k: rdflib.Literal(v.value) for k, v in terms.items()}
            t, res = timed(lambda: list(graph.query(text, initNs=PREFIXES, initBindings=init)))  # type: ignore[attr-defined]
            times["rdflib"].append(t)
            rows["rdflib"] = len(res)  # type: ignore[arg-type]
    med = {k: statistics.median(v) for k, v in times.items() if v}
    rdf = fmt(times["rdflib"]) if times["rdflib"] else f"{'-':>22}"
    ratio = f"{med['rdflib'] / med['api']:10.1f}" if "rdflib" in med else f"{'-':>10}"
    agree = "yes" if len(set(rows.values())) == 1 else f"NO {rows}"
    print(f"{label:<26} {rows['api']:>6} {fmt(times['cli']):>22} {fmt(times['api']):>22} {fmt(times['bare']):>22} "
          f"{rdf:>22} {med['api'] / med['bare']:8.2f} {med['cli'] / med['bare']:8.2f} "
          f"{med['api'] / (bare_load + med['bare']):9.2f} {ratio}  {agree}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=100_000, help="largest graph (10^5 or 10^6 triples)")
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds per query (median, range)")
    ap.add_argument("--rdflib-max", type=int, default=100_000, help="largest graph rdflib is run on")
    args = ap.parse_args(argv)
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    startup(max(5, args.runs))
    for n in (100_000, 1_000_000):
        if n <= args.max:
            bench_size(n, args.runs, n <= args.rdflib_max)
    return 0


if __name__ == "__main__":
    sys.exit(main())
