"""Benchmark `diplograph ingest`: articles/s, MB/s and peak memory, cold vs incremental, jobs=1 vs all cores.

    python scripts/bench_ingest.py                 # 1k and 10k articles of ~2 KB
    python scripts/bench_ingest.py --sizes 1000 10000 100000 --modes cold-all incremental

Each measurement is a fresh `diplograph ingest ... --no-html` process on a corpus from
`make_corpus.py` (synthetic text: throughput only, never quality). Peak RSS is the largest sum over the
process tree (the ingest process and its workers), sampled every 50 ms from /proc; CPU is user + system
time of the tree (independent of other load on the machine, unlike wall-clock rates). The load average
at the start is printed: on a shared machine, other processes take cores away from jobs=all.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate

MODES = ("cold-1", "cold-all", "incremental")
ROOT = Path(__file__).resolve().parents[1]


def snapshot_code(work: Path) -> dict[str, str]:
    """Run the benchmark on a copy of the package: an edit of the extractor during the run would
    (rightly) make the incremental run extract everything again."""
    shutil.copytree(ROOT / "src" / "diplograph", work / "src" / "diplograph",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", work / "ontology")
    return {**os.environ, "PYTHONPATH": str(work / "src")}


def write_corpus(folder: Path, n: int, size: int) -> int:
    total = 0
    for i, (_title, text, _date) in enumerate(generate(n, size)):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_ingest(corpus: Path, graph: Path, jobs: int, env: dict[str, str]) -> tuple[float, float, int, str]:
    """(seconds, CPU seconds of the process tree, peak RSS in KB over the process tree, summary line)."""
    cmd = [sys.executable, "-c", "from diplograph.cli import main; main()", "ingest", str(corpus),
           "--graph", str(graph), "--jobs", str(jobs), "--no-html"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    while True:
        peak = max(peak, sum(_rss_kb(p) for p in _tree(proc.pid)))
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = proc.stdout.read(), proc.stderr.read()   # type: ignore[union-attr]
    proc.stdout.close(), proc.stderr.close()             # type: ignore[union-attr, func-returns-value]
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}): {err[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, peak, out.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--bytes", type=int, default=2000, help="size of one article (about)")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-ingest-"))
    env = snapshot_code(work)
    print(f"# {cores} cores, load average {os.getloadavg()[0]:.1f} at start; articles of ~{args.bytes} bytes")
    print(f"{'articles':>9} {'mode':<12} {'jobs':>4} {'seconds':>8} {'art/s':>7} {'MB/s':>6} {'CPU ms/art':>10} "
          f"{'peak RSS':>9}")
    try:
        for n in args.sizes:
            corpus = work / f"corpus-{n}"
            size = write_corpus(corpus, n, args.bytes)
            first: float | None = None
            for mode in args.modes:
                jobs = 1 if mode == "cold-1" else cores
                graph = work / f"graph-{n}"
                if mode.startswith("cold") and graph.exists():
                    shutil.rmtree(graph)
                if mode == "incremental" and not graph.exists():
                    run_ingest(corpus, graph, jobs, env)
                seconds, cpu, peak, line = run_ingest(corpus, graph, jobs, env)
                if mode.startswith("cold"):
                    first = seconds if first is None else min(first, seconds)
                rel = f"  ({100 * seconds / first:.1f} % of cold)" if mode == "incremental" and first else ""
                print(f"{n:>9} {mode:<12} {jobs:>4} {seconds:>8.1f} {n / seconds:>7.0f} "
                      f"{size / 1e6 / seconds:>6.2f} {1000 * cpu / n:>10.1f} {peak / 1024:>7.0f} MB{rel}", flush=True)
                print(f"#   {line}", flush=True)
            shutil.rmtree(corpus)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
