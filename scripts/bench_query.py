"""Benchmark queries: diplograph (command line, Python API) beside bare pyoxigraph and plain rdflib.

On synthetic graph folders of ~10^5 (and with --max 1000000, ~10^6) triples from scripts/synth_graph.py,
realistic named queries, bound and unbound, run in interleaved rounds (one of each way per round):

  cli        a fresh `diplograph query --name Q --param ... --format csv` process: interpreter start-up,
             opening the folder's persistent store, the query and printing included (the store is
             built once beforehand, as every build or ingest leaves it);
  api        in this process: `dg.query(dg.store(folder), Q, **params)`: the store opened, then queried;
  api open   `dg.query(store, Q, **params)` on a store opened once before the rounds (a notebook);
  api mem    the same on `dg.store(folder, in_memory=True)`, loaded once before the rounds (the load is
             timed apart, beside bare pyoxigraph's own load);
  bare       pyoxigraph alone: an in-memory `Store` bulk-loaded from diplograph.ttl once (the load is
             timed apart), `list(store.query(text))` with the same query text diplograph runs (its
             parameters as the VALUES rows `query.place_bindings` writes);
  bare disk  the same query with pyoxigraph alone on the folder's on-disk store (`Store.read_only`): what
             is left of api/bare once this is taken out is diplograph's own overhead;
  disk fresh a fresh process doing only that (start-up, `import pyoxigraph`, open, query): the floor of
             `cli` for a process that starts and answers from the store;
  rdflib     plain rdflib: `Graph().parse(diplograph.ttl)` once (timed apart), `graph.query(text,
             initBindings=...)` (only up to --rdflib-max triples: it takes minutes beyond).

A fresh process with bare pyoxigraph pays the interpreter start-up and the load before its first answer:
`cli` is compared with that too (`bare fresh` = start-up + load + query, the start-up and the load timed
in their own fresh processes). Before the tables: `diplograph --help` beside a minimal click app, and
the seed graph's `query --name signed-documents --param country=RU` (the issue's 0.12 s target).

Prints per query the median and range (min-max) of each way, ratios of medians, and whether the ways
agree on the number of rows. The machine's load average is printed at the start and the end.

    python scripts/bench_query.py                    # ~10^5 triples
    python scripts/bench_query.py --max 1000000      # and ~10^6
    python scripts/bench_query.py --max 1000000 --readme   # and write the figures into README.md
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
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_graph  # noqa: E402

from diplograph import api, graphstore  # noqa: E402
from diplograph.query import bind_params, get_named_query, place_bindings  # noqa: E402
from diplograph.vocab import PREFIXES  # noqa: E402
from readme_blocks import write_block  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# (label, named query, parameters, one of the four realistic queries)
CASES = [
    ("lookup", "leaders", {"country": "XA"}, True),
    ("lookup, unbound", "leaders", {}, False),
    ("dated join", "signed-documents", {"country": "XA"}, True),
    ("dated join, unbound", "signed-documents", {}, False),
    ("dyad aggregate", "dyad-summary", {"a": "XA"}, True),
    ("dyad aggregate, unbound", "dyad-summary", {}, False),
    ("property path", "dyad-timeline", {"a": "XA", "b": "XB"}, True),
    ("congratulations by state", "congratulations", {"country": "XA"}, False),
]
MINIMAL_CLICK = ("import click\n@click.group()\ndef cli():\n    'Minimal.'\n@cli.command()\ndef hello():\n"
                 "    'Hello.'\ncli()\n")
CLI = [sys.executable, "-c", "from diplograph.cli import main; main()"]
WAYS = ("cli", "disk fresh", "api", "api open", "api mem", "bare", "bare disk", "rdflib")
# a fresh process with bare pyoxigraph on the folder's on-disk store: the floor of `cli`
DISK_FRESH = """
import sys
import pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
print(len(list(store.query(sys.argv[2], prefixes=dict(zip(sys.argv[3::2], sys.argv[4::2]))))))
"""


def env() -> dict[str, str]:
    """The environment of the timed processes: bytecode is cached, as after `pip install`."""
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def run(args: list[str]) -> bytes:
    return subprocess.run(args, capture_output=True, check=True, env=env()).stdout


def fmt(times: list[float]) -> str:
    return f"{statistics.median(times):.3f} ({min(times):.3f}–{max(times):.3f})"


def med(times: list[float]) -> float:
    return statistics.median(times)


@dataclass
class Row:
    """One query's measurements at one size."""

    label: str
    realistic: bool
    times: dict[str, list[float]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)

    def ratio(self, a: str, b: str) -> float | None:
        if not self.times.get(a) or not self.times.get(b):
            return None
        return med(self.times[a]) / med(self.times[b])


@dataclass
class Size:
    """One graph size: its loads and its rows."""

    n_triples: int
    triples: int = 0
    store_build: float = 0.0
    loads: dict[str, list[float]] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- start-up

def startup(runs: int) -> list[tuple[str, list[float]]]:
    """`--help` beside a minimal click app, and the seed graph's named query, interleaved."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(MINIMAL_CLICK)
    seed = ROOT / "graph"
    graphstore.open_snapshot(seed)   # the store in step (the command parses a graph this small instead)
    nq = get_named_query("signed-documents")
    text, _rest = place_bindings(nq.text, bind_params(nq, {"country": "RU"}))
    db = graphstore.StorePaths(graphstore.GraphDir(seed)).db
    ways = {
        "the interpreter alone (`python -c pass`)": [sys.executable, "-c", "pass"],
        "minimal click app `--help`": [sys.executable, fh.name, "--help"],
        "`diplograph --help`": [*CLI, "--help"],
        "seed graph: `query --name signed-documents --param country=RU`":
            [*CLI, "query", "--name", "signed-documents", "--param", "country=RU", "--graph", str(seed),
             "--format", "csv"],
        "seed graph: the same query, bare pyoxigraph on the store (fresh process)":
            [sys.executable, "-c", DISK_FRESH, str(db), text, *[x for kv in PREFIXES.items() for x in kv]],
    }
    times: dict[str, list[float]] = {k: [] for k in ways}
    for _ in range(runs):
        for name, args in ways.items():
            times[name].append(timed(lambda: run(args))[0])
    os.unlink(fh.name)
    return list(times.items())


# -------------------------------------------------------------------------------------------- one size

def cli_rows(folder: Path, name: str, params: dict[str, str]) -> int:
    args = [*CLI, "query", "--name", name, "--graph", str(folder), "--format", "csv"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    return max(0, run(args).count(b"\n") - 1)


def disk_fresh(folder: Path, text: str) -> int:
    db = graphstore.StorePaths(graphstore.GraphDir(folder)).db
    prefixes = [x for kv in PREFIXES.items() for x in kv]
    return int(run([sys.executable, "-c", DISK_FRESH, str(db), text, *prefixes]))


def fresh_bare_load(merged: Path) -> float:
    """Seconds a fresh process takes to start and bulk-load diplograph.ttl with bare pyoxigraph."""
    code = ("import pyoxigraph as ox; s = ox.Store(); "
            f"s.bulk_load(path={str(merged)!r}, format=ox.RdfFormat.TURTLE)")
    return timed(lambda: run([sys.executable, "-c", code]))[0]


def bench_size(n_triples: int, runs: int, use_rdflib: bool, cases: list[tuple[str, str, dict[str, str], bool]]
               ) -> Size:
    size = Size(n_triples)
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        folder = Path(tmp)
        synth_graph.write_graph_dir(folder, synth_graph.events_for_triples(n_triples))
        size.store_build, _ = timed(lambda: graphstore.open_snapshot(folder))
        merged = folder / "diplograph.ttl"
        bare = ox.Store()
        size.loads["bare load (in this process)"] = [timed(lambda: bare.bulk_load(
            path=str(merged), format=ox.RdfFormat.TURTLE))[0]]
        size.triples = len(bare)
        size.loads["bare fresh process: start-up + load"] = [fresh_bare_load(merged) for _ in range(runs)]
        size.loads["api: open the persistent store"] = [timed(lambda: api.store(folder))[0]
                                                        for _ in range(runs)]
        mem_load, mem = timed(lambda: api.store(folder, in_memory=True))
        size.loads["api: load into memory (in_memory=True)"] = [mem_load]
        graph = None
        if use_rdflib:
            import rdflib

            graph = rdflib.Graph()
            size.loads["rdflib parse"] = [timed(lambda: graph.parse(str(merged), format="turtle"))[0]]
        loads = "; ".join(f"{k} {fmt(v)} s" for k, v in size.loads.items())
        print(f"\n== ~{n_triples:,} triples ({size.triples:,} in diplograph.ttl); persistent store built in "
              f"{size.store_build:.1f} s (once); {loads}", flush=True)
        opened = api.store(folder)
        disk = ox.Store.read_only(str(graphstore.StorePaths(graphstore.GraphDir(folder)).db))
        for label, name, params, realistic in cases:
            row = bench_case(folder, (opened, mem), bare, disk, graph, label, name, params, runs)
            row.realistic = realistic
            size.rows.append(row)
            print_row(row, size)
    return size


def bench_case(folder: Path, stores: tuple[ox.Store, object], bare: ox.Store, disk: ox.Store, graph: object,
               label: str, name: str, params: dict[str, str], runs: int) -> Row:
    opened, mem = stores
    nq = get_named_query(name)
    text, rest = place_bindings(nq.text, bind_params(nq, params))
    subs = {ox.Variable(k): v for k, v in rest.items()} or None
    row = Row(label, False, {w: [] for w in WAYS})
    ways: dict[str, Callable[[], int]] = {
        "cli": lambda: cli_rows(folder, name, params),
        "api": lambda: len(api.query(api.store(folder), name, **params)),
        "api open": lambda: len(api.query(opened, name, **params)),
        "api mem": lambda: len(api.query(mem, name, **params)),  # type: ignore[arg-type]
        "bare": lambda: len(list(bare.query(text, prefixes=PREFIXES, substitutions=subs))),  # type: ignore[arg-type]
        "bare disk": lambda: len(list(disk.query(text, prefixes=PREFIXES, substitutions=subs))),  # type: ignore[arg-type]
    }
    if subs is None:
        ways["disk fresh"] = lambda: disk_fresh(folder, text)
    if graph is not None:
        import rdflib

        init = {k: rdflib.Literal(v) for k, v in params.items()}
        ways["rdflib"] = lambda: len(list(graph.query(nq.text, initNs=PREFIXES, initBindings=init)))  # type: ignore[attr-defined]
    for _ in range(runs):
        for way, fn in ways.items():
            t, n = timed(fn)
            row.times[way].append(t)
            row.rows[way] = n  # type: ignore[assignment]
    return row


def print_row(row: Row, size: Size) -> None:
    fresh = med(size.loads["bare fresh process: start-up + load"]) + med(row.times["bare"])
    cols = "  ".join(f"{w} {fmt(row.times[w])}" for w in WAYS if row.times.get(w))
    ratios = [("api/bare", row.ratio("api", "bare")), ("api open/bare", row.ratio("api open", "bare")),
              ("api mem/bare", row.ratio("api mem", "bare")),
              ("api open/bare disk", row.ratio("api open", "bare disk")),
              ("cli/bare", row.ratio("cli", "bare")), ("rdflib/api", row.ratio("rdflib", "api"))]
    agree = "rows agree" if len(set(row.rows.values())) == 1 else f"ROWS DIFFER {row.rows}"
    print(f"{row.label:<26} {row.rows.get('api', 0):>6} rows  {cols}\n{'':<26} "
          + "  ".join(f"{k} {v:.2f}" for k, v in ratios if v is not None)
          + f"  cli/bare fresh {med(row.times['cli']) / fresh:.3f}  {agree}", flush=True)


# ----------------------------------------------------------------------------------------------- README

def markdown(start: list[tuple[str, list[float]]], sizes: list[Size], load: tuple[float, float]) -> str:
    lines = [f"Shared 2-core machine, load average {load[0]:.1f} at the start and {load[1]:.1f} at the end; "
             f"{time.strftime('%Y-%m-%d')}; seconds, median (range) of interleaved rounds; the issue's four "
             "realistic queries in bold.", "", "| start-up | seconds |", "|---|---|"]
    lines += [f"| {name} | {fmt(times)} |" for name, times in start]
    for size in sizes:
        fresh = med(size.loads["bare fresh process: start-up + load"])
        loads = "; ".join(f"{k} {fmt(v)} s" for k, v in size.loads.items())
        lines += ["", f"~{size.n_triples:,} triples ({size.triples:,}): {loads}.", "",
                  "| query | rows | command line | bare pyoxigraph on the store, fresh process | "
                  "API: open + query | API: query | API in memory: query | bare pyoxigraph | "
                  "bare, on-disk store | API query ÷ bare | API in memory ÷ bare | "
                  "command line ÷ bare fresh process (start-up + load + query) | "
                  "rdflib ÷ API query | rdflib ÷ API in memory | rdflib ÷ bare |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        lines += [_markdown_row(row, fresh) for row in size.rows]
    return "\n".join([*lines, "", "Issue 15's targets, from the figures above:", "", *targets(start, sizes)])


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def targets(start: list[tuple[str, list[float]]], sizes: list[Size]) -> list[str]:
    """One line per target of issue 15 this script measures: the figure, met or not, and what the
    bare engine or the interpreter takes of it (why, when not met)."""
    t = {name: med(times) for name, times in start}
    click, helps = t["minimal click app `--help`"], t["`diplograph --help`"]
    seed = t["seed graph: `query --name signed-documents --param country=RU`"]
    floor = t["seed graph: the same query, bare pyoxigraph on the store (fresh process)"]
    out = [f"- `--help` ≤ 2× a minimal click app: {helps / click:.2f}× ({helps:.3f} s vs {click:.3f} s): "
           f"{_verdict(helps <= 2 * click)}.",
           f"- seed graph query < 0.12 s: {seed:.3f} s: {_verdict(seed < 0.12)}; a fresh process with bare "
           f"pyoxigraph answering the same query from the same store takes {floor:.3f} s, the interpreter "
           f"alone {t['the interpreter alone (`python -c pass`)']:.3f} s, a minimal click app's `--help` "
           f"{click:.3f} s (the machine's load slows all of them)."]
    for size in sizes:
        out += _size_targets(size)
    return out


def _size_targets(size: Size) -> list[str]:
    """The API's verdicts are those of its in-memory mode (`in_memory=True`), the like of the bare
    in-memory store; the persistent store's figures follow."""
    out = []
    for row in (r for r in size.rows if r.realistic):
        cli, api_open, api_mem, bare = (med(row.times[w]) for w in ("cli", "api open", "api mem", "bare"))
        disk = med(row.times["bare disk"])
        if size.n_triples >= 1_000_000:
            fresh = med(row.times["disk fresh"]) if row.times.get("disk fresh") else float("nan")
            if row.label == "dated join":
                out.append(f"- 10^6, `query --name signed-documents --param country=XA` < 0.6 s: "
                           f"{cli:.3f} s: {_verdict(cli < 0.6)}.")
            out.append(f"- 10^6, {row.label}: API in memory {api_mem / bare:.2f}× bare pyoxigraph in memory "
                       f"({_verdict(api_mem <= 1.3 * bare)} ≤ 1.3×); API on the persistent store "
                       f"{api_open / bare:.2f}×, {api_open / disk:.2f}× bare pyoxigraph on the same on-disk "
                       f"store, which itself takes {disk / bare:.2f}× the in-memory store. Command line "
                       f"{cli:.3f} s, {cli / fresh:.2f}× a fresh bare-pyoxigraph process on the same store "
                       f"({fresh:.3f} s) and "
                       f"{cli / (med(size.loads['bare fresh process: start-up + load']) + bare):.3f}× one "
                       "that loads the Turtle first.")
        elif row.times.get("rdflib"):
            rdf = med(row.times["rdflib"])
            out.append(f"- 10^5, {row.label}: rdflib ÷ API in memory {rdf / api_mem:.0f}× "
                       f"({_verdict(rdf >= 30 * api_mem)} ≥ 30×); rdflib ÷ API on the persistent store "
                       f"{rdf / api_open:.0f}×; rdflib ÷ bare pyoxigraph in memory {rdf / bare:.0f}×, ÷ bare "
                       f"pyoxigraph on the on-disk store {rdf / disk:.0f}×.")
    return out


def _markdown_row(row: Row, fresh: float) -> str:
    label = f"**{row.label}**" if row.realistic else row.label
    rdflib_api, rdflib_bare = row.ratio("rdflib", "api open"), row.ratio("rdflib", "bare")
    cli_fresh = med(row.times["cli"]) / (fresh + med(row.times["bare"]))
    disk = fmt(row.times["disk fresh"]) if row.times.get("disk fresh") else "—"
    rdflib_mem = row.ratio("rdflib", "api mem")
    return (f"| {label} | {row.rows.get('api', 0):,} | {fmt(row.times['cli'])} | {disk} | "
            f"{fmt(row.times['api'])} | {fmt(row.times['api open'])} | {fmt(row.times['api mem'])} | "
            f"{fmt(row.times['bare'])} | {fmt(row.times['bare disk'])} | "
            f"{row.ratio('api open', 'bare') or 0:.2f} | {row.ratio('api mem', 'bare') or 0:.2f} | "
            f"{cli_fresh:.3f} | {f'{rdflib_api:.0f}' if rdflib_api else '—'} | "
            f"{f'{rdflib_mem:.0f}' if rdflib_mem else '—'} | "
            f"{f'{rdflib_bare:.0f}' if rdflib_bare else '—'} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--max", type=int, default=100_000, help="largest graph (10^5 or 10^6 triples)")
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds per query (median, range)")
    ap.add_argument("--rdflib-max", type=int, default=100_000, help="largest graph rdflib is run on")
    ap.add_argument("--cases", nargs="*", help="only these query labels (default: all)")
    ap.add_argument("--readme", action="store_true", help="write the figures into README.md")
    args = ap.parse_args(argv)
    cases = [c for c in CASES if not args.cases or c[0] in args.cases]
    load0 = os.getloadavg()[0]
    print(f"# {os.cpu_count()} cores, load average {load0:.1f} at start", flush=True)
    start = startup(max(7, args.runs))
    for name, times in start:
        print(f"start-up: {name} {fmt(times)} s", flush=True)
    sizes = [bench_size(n, args.runs, n <= args.rdflib_max, cases)
             for n in (100_000, 1_000_000) if n <= args.max]
    load1 = os.getloadavg()[0]
    print(f"# load average {load1:.1f} at the end")
    if args.readme:
        write_block("bench-query", markdown(start, sizes, (load0, load1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
