"""Benchmark `diplograph ingest`: articles/s, MB/s, CPU and peak memory, cold vs incremental, 1 vs 2 jobs.

    python scripts/bench_ingest.py                          # real texts, 2,000 articles, 3 runs
    python scripts/bench_ingest.py --corpus synthetic real --sizes 1000 10000
    python scripts/bench_ingest.py --modes cold-1 cold-2 --runs 5

Corpora: `real` and `random` are the real news texts of ../shared/corpus/real/ and ../shared/corpus/random/,
read at run time (never copied into the repository) and repeated to the size asked, each copy made a
distinct article by a numbered last line (so that none is skipped as already known); `synthetic` is
`make_corpus.py` (invented text with ~60x the facts of real news: throughput only, never quality).

Each measurement is a fresh `diplograph ingest ... --no-html` process; modes run interleaved, --runs
rounds, and the table gives the median with the range (min-max) over the rounds. Peak RSS is the largest sum over the
process tree (the ingest process and its workers), sampled every 50 ms from /proc; CPU is user + system
time of the tree (independent of other load on the machine, unlike wall-clock rates). The load average
at the start is printed: on a shared machine, other processes take cores away from jobs=all.
"""
from __future__ import annotations

import argparse
import os
import statistics
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate

MODES = ("cold-1", "cold-2", "incremental")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ROOT = Path(__file__).resolve().parents[1]


def snapshot_code(work: Path) -> dict[str, str]:
    """Run the benchmark on a copy of the package: an edit of the extractor during the run would
    (rightly) make the incremental run extract everything again."""
    shutil.copytree(ROOT / "src" / "diplograph", work / "src" / "diplograph",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", work / "ontology")
    return {**os.environ, "PYTHONPATH": str(work / "src")}


def shared_dir() -> Path:
    for candidate in (SHARED, Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")):
        if (candidate / "corpus").is_dir():
            return candidate
    raise SystemExit("../shared/corpus not found beside the checkout")


def real_texts(name: str) -> list[str]:
    folder = shared_dir() / "corpus" / name
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def write_corpus(folder: Path, n: int, size: int, corpus: str = "synthetic") -> int:
    """Write `n` articles into `folder`; returns their total size in bytes."""
    if corpus == "synthetic":
        texts = (text for _title, text, _date in generate(n, size))
    else:
        pool = real_texts(corpus)
        texts = (f"{pool[i % len(pool)].rstrip()}\n\n[{i // len(pool)}]\n" for i in range(n))
    total = 0
    for i, text in enumerate(texts):
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


def measure(corpus: Path, work: Path, n: int, mode: str, env: dict[str, str]) -> tuple[float, float, int]:
    """One run of `mode` on `corpus`: (seconds, CPU seconds, peak RSS in KB)."""
    graph = work / f"graph-{mode}"
    jobs = 1 if mode == "cold-1" else 2
    if mode.startswith("cold") and graph.exists():
        shutil.rmtree(graph)
    if mode == "incremental" and not graph.exists():
        run_ingest(corpus, graph, jobs, env)
    seconds, cpu, peak, _line = run_ingest(corpus, graph, jobs, env)
    return seconds, cpu, peak


def spread(values: list[float], scale: float = 1.0, digits: int = 0) -> str:
    vals = [v * scale for v in values]
    return f"{statistics.median(vals):.{digits}f} ({min(vals):.{digits}f}-{max(vals):.{digits}f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs="+", choices=("real", "random", "synthetic"), default=["real"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000])
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds (median and range)")
    ap.add_argument("--bytes", type=int, default=2000, help="size of one synthetic article (about)")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-ingest-"))
    env = snapshot_code(work)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; {args.runs} rounds, "
          "median (min-max)")
    print(f"{'corpus':<9} {'articles':>8} {'mode':<12} {'seconds':>18} {'articles/s':>16} {'CPU ms/article':>16} "
          f"{'peak RSS MB':>14}")
    try:
        for corpus_name in args.corpus:
            for n in args.sizes:
                corpus = work / f"corpus-{corpus_name}-{n}"
                write_corpus(corpus, n, args.bytes, corpus_name)
                results: dict[str, list[tuple[float, float, int]]] = {m: [] for m in args.modes}
                for _ in range(args.runs):
                    for mode in args.modes:
                        results[mode].append(measure(corpus, work, n, mode, env))
                for mode in args.modes:
                    secs = [r[0] for r in results[mode]]
                    print(f"{corpus_name:<9} {n:>8} {mode:<12} {spread(secs, digits=2):>18} "
                          f"{spread([n / s for s in secs]):>16} {spread([r[1] / n for r in results[mode]], 1000, 2):>16} "
                          f"{spread([r[2] / 1024 for r in results[mode]]):>14}", flush=True)
                if "cold-1" in results and "cold-2" in results:
                    s1 = statistics.median(r[0] for r in results["cold-1"])
                    s2 = statistics.median(r[0] for r in results["cold-2"])
                    print(f"#   {corpus_name} {n}: 2 jobs / 1 job speed-up {s1 / s2:.2f}x", flush=True)
                shutil.rmtree(corpus)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
