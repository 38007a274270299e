"""Benchmark `diplograph validate` on a synthetic graph folder, complete or as a stopped run leaves it.

    python scripts/bench_validate.py                          # 10^6 triples, 3 runs
    python scripts/bench_validate.py --triples 100000 --runs 5
    python scripts/bench_validate.py --graph /tmp/g           # a folder made before (kept)

The folder is `synth_graph.py`'s (made-up states XA..XZ, QM..QZ: the gazetteer knows XK as Kosovo, so
its label and Wikidata link are missing from entities.ttl, as when a run is stopped before it rewrites
that file, and validate checks the folder as the next run will leave it). Each measurement is a fresh
`diplograph validate` process on the folder (its on-disk store built beforehand, by one untimed run);
CPU is user + system time of the process (less dependent on other load on the 2-core machine than the
wall clock). Prints the median and the range of both, and the load average at the start and the end.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_graph import events_for_triples, write_graph_dir  # noqa: E402

COMMAND = [sys.executable, "-c", "import sys; from diplograph.cli import main; sys.exit(main())", "validate"]


def run_once(graph: Path) -> tuple[float, float, int]:
    """(wall s, CPU s, exit code) of one `diplograph validate --graph GRAPH` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([*COMMAND, "--graph", str(graph)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def _span(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s ({min(values):.1f}-{max(values):.1f})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic folder (about)")
    ap.add_argument("--graph", type=Path, help="the folder to validate (made there if it does not exist)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    graph = args.graph or Path(tempfile.mkdtemp(prefix="bench-validate-")) / "g"
    if not graph.exists():
        write_graph_dir(graph, events_for_triples(args.triples))
    run_once(graph)                                   # builds the on-disk store: not timed
    load0 = os.getloadavg()[0]
    runs = [run_once(graph) for _ in range(args.runs)]
    load1 = os.getloadavg()[0]
    codes = sorted({code for _, _, code in runs})
    print(f"diplograph validate on {graph} (exit {', '.join(map(str, codes))}): "
          f"CPU {_span([cpu for _, cpu, _ in runs])}, wall {_span([wall for wall, _, _ in runs])}; "
          f"median (range) of {args.runs} runs, load {load0:.1f} at the start, {load1:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
