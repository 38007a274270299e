"""Benchmark `diplograph ingest`: articles/s, MB/s, CPU and peak memory, cold vs incremental, 1 vs 2 jobs.

    python scripts/bench_ingest.py                          # real texts, 2,000 articles, 3 runs
    python scripts/bench_ingest.py --corpus synthetic real --sizes 1000 10000
    python scripts/bench_ingest.py --modes cold-1 cold-2 --runs 5

Corpora: `real` and `random` are the real news texts of ../shared/corpus/real/ and ../shared/corpus/random/,
read at run time (never copied into the repository) and repeated to the size asked, each copy made a
distinct article by a numbered last line (so that none is skipped as already known); `synthetic` is
`make_corpus.py` (invented text with ~60x the facts of real news: throughput only, never quality).

Each measurement is a fresh `diplograph ingest ... --no-html` process (cold with 1 or 2 jobs, or an
incremental run over the same folder where nothing is new), or, modes `ceiling-1` and `ceiling-2`, a fresh
process doing pure-Python work on the same texts in one or two forked processes (how far two jobs can
scale on this machine at all), or, mode `scan`, a fresh process that reads
and folds every file and runs one pyahocorasick pass with every gazetteer and lexicon phrase (the floor
of any matcher, start-up and automaton included); modes run interleaved, --runs
rounds, and the table gives the median with the range (min-max) over the rounds. Peak RSS is the largest
sum over the process tree (the ingest process and its workers), sampled every 50 ms from /proc; CPU is
user + system time of the tree (less dependent on other load on the machine than wall-clock rates). The
load average at the start and the end is printed: on a shared machine, other processes take cores away
from jobs=all.

`--breakdown` adds one ingest of the first corpus in this process (jobs=1) with the CPU time of each
stage (extraction, RDF, files, the persistent store...): where the CPU per article goes. `--readme`
writes the tables into README.md between the bench-ingest markers.
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import generate
from readme_blocks import write_block

MODES = ("cold-1", "cold-2", "incremental", "scan", "ceiling-1", "ceiling-2")

# The obvious alternative, as a fresh process too (start-up included): read every file, fold it, one
# pyahocorasick pass with every gazetteer and lexicon phrase (the automaton is built in the run). The
# floor of any matcher of those phrases; writes nothing.
SCAN = """
import sys
from pathlib import Path
import ahocorasick
from diplograph.gazetteer import gazetteer
from diplograph.textfold import fold
auto = ahocorasick.Automaton()
for key in gazetteer().index:
    phrase = " ".join(key)
    auto.add_word(phrase, len(phrase))
auto.make_automaton()
hits = 0
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    hits += sum(1 for _ in auto.iter_long(fold(path.read_text(encoding="utf-8"))))
print(f"{hits} phrase matches")
"""
# The machine's own limit for 1 -> 2 processes: pure-Python CPU work on the same articles (fold each text
# and count its words, CEILING_REPS times), split in 1 or 2 forked processes, start-up included; no file
# written, nothing serial but start-up. Two jobs of ingest cannot scale better than this does.
CEILING_REPS = 40
CEILING = """
import sys
from multiprocessing import get_context
from pathlib import Path
from diplograph.textfold import fold


def work(paths):
    n = 0
    for p in paths:
        text = Path(p).read_text(encoding="utf-8")
        for _ in range(%d):
            n += sum(len(w) for w in fold(text).split())
    return n


if __name__ == "__main__":
    jobs = int(sys.argv[2])
    paths = sorted(str(p) for p in Path(sys.argv[1]).rglob("*.txt"))
    with get_context("fork").Pool(jobs) as pool:
        print(sum(pool.map(work, [paths[i::jobs] for i in range(jobs)])), "words")
""" % CEILING_REPS
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
    return run_process(cmd, env)


def run_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """Run `cmd`: (seconds, CPU seconds of the process tree, peak RSS in KB, last line of its output)."""
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
        raise SystemExit(f"benchmark process failed ({proc.returncode}): {err[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, peak, out.strip().splitlines()[-1]


def measure(corpus: Path, work: Path, n: int, mode: str, env: dict[str, str]) -> tuple[float, float, int]:
    """One run of `mode` on `corpus`: (seconds, CPU seconds, peak RSS in KB)."""
    if mode == "scan":
        seconds, cpu, peak, _line = run_process([sys.executable, "-c", SCAN, str(corpus)], env)
        return seconds, cpu, peak
    if mode.startswith("ceiling"):
        seconds, cpu, peak, _line = run_process([sys.executable, "-c", CEILING, str(corpus), mode[-1]], env)
        return seconds, cpu, peak
    graph = work / f"graph-{corpus.name}-{mode}"     # incremental: over this corpus, ingested once before
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


# ------------------------------------------------------------------------------ where the CPU goes

# (module, class or "", function, label): what an ingest does per article or once; CPU time summed per label
STAGES = [
    ("diplograph.ingest", "", "run", "extraction (pipeline.run)"),
    ("diplograph.ingest", "", "article_triples", "RDF triples (rdf.article_triples)"),
    ("diplograph.ingest", "", "serialize_sorted", "Turtle of each article (store.serialize_sorted)"),
    ("diplograph.ingest", "", "describe", "index record (store.describe)"),
    ("diplograph.ingest", "", "write_batch", "article files written (store.write_batch)"),
    ("diplograph.ingest", "", "decode", "decoding (read.decode)"),
    ("diplograph.ingest", "", "article_key", "content hash (ingest.article_key)"),
    ("diplograph.ingest", "", "arabic_share", "language check (ingest.arabic_share)"),
    ("diplograph.ingest", "", "warm_up", "language data loaded, once (ingest.warm_up)"),
    ("diplograph.graphstore", "Writer", "rebuild", "persistent store loaded (graphstore.Writer)"),
    ("diplograph.graphstore", "Writer", "update", "persistent store loaded (graphstore.Writer)"),
    ("diplograph.ingest", "", "write_merged", "merged diplograph.ttl (store.write_merged)"),
    ("diplograph.ingest", "", "write_entities", "entities.ttl (build.write_entities)"),
]


# the stages a worker process runs (jobs > 1); the others run in the ingest process, one after another
IN_WORKERS = {"extraction", "RDF triples", "Turtle of each article", "index record", "article files written"}


def breakdown(corpus: Path, work: Path) -> tuple[int, float, float, list[tuple[str, float]]]:
    """One ingest of `corpus` in this process (jobs=1): (articles, import seconds, CPU seconds of the
    run, [(stage, CPU seconds)]), each stage timed with `time.process_time` around its function."""
    import functools
    import importlib

    started = time.process_time()
    from diplograph import ingest

    imports = time.process_time() - started
    spent: dict[str, float] = {}

    active: list[str] = []      # a stage inside another (the warm-up's extraction) counts for the outer

    def timed(fn: Callable[..., object], label: str) -> Callable[..., object]:
        @functools.wraps(fn)
        def wrapper(*args: object, **kwargs: object) -> object:
            if active:
                return fn(*args, **kwargs)
            active.append(label)
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t
                active.pop()
        return wrapper

    for module, cls, name, label in STAGES:
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        setattr(owner, name, timed(getattr(owner, name), label))
    graph = work / "graph-breakdown"
    shutil.rmtree(graph, ignore_errors=True)
    start = time.process_time()
    report = ingest.ingest([str(corpus)], graph, ingest.Options(jobs=1, render=False))
    total = time.process_time() - start
    return report.extracted, imports, total, sorted(spent.items(), key=lambda kv: -kv[1])


# ----------------------------------------------------------------------------------------------- README

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs="+", choices=("real", "random", "synthetic"), default=["real"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000])
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--runs", type=int, default=3, help="interleaved rounds (median and range)")
    ap.add_argument("--bytes", type=int, default=2000, help="size of one synthetic article (about)")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--breakdown", action="store_true",
                    help="also one in-process jobs=1 run of the first corpus and size, CPU per stage")
    ap.add_argument("--readme", action="store_true", help="write the figures into README.md")
    args = ap.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-ingest-"))
    env = snapshot_code(work)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    load0 = os.getloadavg()[0]
    print(f"# {os.cpu_count()} cores, load average {load0:.1f} at start; {args.runs} rounds, "
          "median (min-max)")
    print(f"{'corpus':<9} {'articles':>8} {'mode':<12} {'seconds':>18} {'articles/s':>16} "
          f"{'CPU ms/article':>16} {'peak RSS MB':>14}")
    table = ["| corpus | articles | jobs | seconds | articles/s | CPU ms/article | peak RSS MB |",
             "|---|---|---|---|---|---|---|"]
    notes: list[str] = []
    measured: dict[tuple[str, int], dict[str, list[tuple[float, float, int]]]] = {}
    split: Breakdown | None = None
    stages: list[str] = []
    try:
        for corpus_name in args.corpus:
            for n in args.sizes:
                corpus = work / f"corpus-{corpus_name}-{n}"
                write_corpus(corpus, n, args.bytes, corpus_name)
                rows, note, measured[corpus_name, n] = bench_corpus(corpus, work, corpus_name, n, args.modes,
                                                                    args.runs, env)
                table += rows
                notes += note
                if args.breakdown and corpus_name == args.corpus[0] and n == args.sizes[0]:
                    split = Breakdown(*breakdown(corpus, work))
                    stages = print_breakdown(split)
                shutil.rmtree(corpus)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()[0]
    print(f"# load average {load1:.1f} at the end")
    if args.readme:
        command = " ".join(["python scripts/bench_ingest.py", *sys.argv[1:]])
        when = (f"(`{command}`, {time.strftime('%Y-%m-%d')}, this shared 2-core machine, load average "
                f"{load0:.1f} at the start and {load1:.1f} at the end; median (range) of {args.runs} "
                "interleaved rounds.)")
        goals = targets(measured, split)
        write_block("bench-ingest", "\n".join([*table, "", *notes, "", when,
                                                *(["", *stages] if stages else []),
                                                *(["", *goals] if goals else [])]))


def bench_corpus(corpus: Path, work: Path, corpus_name: str, n: int, modes: list[str], runs: int,
                 env: dict[str, str]
                 ) -> tuple[list[str], list[str], dict[str, list[tuple[float, float, int]]]]:
    """Interleaved rounds of `modes` on one corpus: printed lines, and (markdown rows, notes, the
    measurements: (seconds, CPU seconds, peak RSS KB) per mode and round)."""
    results: dict[str, list[tuple[float, float, int]]] = {m: [] for m in modes}
    for _ in range(runs):
        for mode in modes:
            results[mode].append(measure(corpus, work, n, mode, env))
    rows = []
    for mode in modes:
        secs = [r[0] for r in results[mode]]
        cells = (spread(secs, digits=2), spread([n / s for s in secs]),
                 spread([r[1] / n for r in results[mode]], 1000, 2),
                 spread([r[2] / 1024 for r in results[mode]]))
        print(f"{corpus_name:<9} {n:>8} {mode:<12} {cells[0]:>18} {cells[1]:>16} {cells[2]:>16} "
              f"{cells[3]:>14}", flush=True)
        jobs = {"cold-1": "1", "cold-2": "2", "incremental": "2, again (nothing new)",
                "scan": "1: Aho-Corasick scan only", "ceiling-1": "1: pure-Python work only",
                "ceiling-2": "2: pure-Python work only"}[mode]
        rows.append(f"| {corpus_name} | {n:,} | {jobs} | " + " | ".join(c.replace("-", "–") for c in cells)
                    + " |")
    notes = []
    if "cold-1" in results and "cold-2" in results:
        s1 = statistics.median(r[0] for r in results["cold-1"])
        s2 = statistics.median(r[0] for r in results["cold-2"])
        print(f"#   {corpus_name} {n}: 2 jobs / 1 job speed-up {s1 / s2:.2f}x", flush=True)
        notes.append(f"- {corpus_name}, {n:,} articles: two jobs gave {s1 / s2:.2f}× one job.")
    if "ceiling-1" in results and "ceiling-2" in results:
        s1 = statistics.median(r[0] for r in results["ceiling-1"])
        s2 = statistics.median(r[0] for r in results["ceiling-2"])
        print(f"#   {corpus_name} {n}: this machine's ceiling, pure-Python work in 2 / 1 processes "
              f"{s1 / s2:.2f}x", flush=True)
        notes.append(f"- {corpus_name}, {n:,} articles: the same pure-Python work split in two processes ran "
                     f"{s1 / s2:.2f}× one (this machine's ceiling for two jobs).")
    if "cold-1" in results and "scan" in results:
        c1 = statistics.median(r[1] for r in results["cold-1"])
        c0 = statistics.median(r[1] for r in results["scan"])
        print(f"#   {corpus_name} {n}: CPU of ingest (1 job) / Aho-Corasick scan {c1 / c0:.1f}x", flush=True)
        notes.append(f"- {corpus_name}, {n:,} articles: one-job ingest took {c1 / c0:.1f}× the CPU of the "
                     "plain Aho-Corasick scan.")
    return rows, notes, results


@dataclass
class Breakdown:
    """One in-process ingest: articles, CPU seconds of the imports, of the run, and per stage."""

    n: int
    imports: float
    total: float
    stages: list[tuple[str, float]]

    def stage(self, prefix: str) -> float:
        return sum(s for label, s in self.stages if label.startswith(prefix))

    def parallel(self) -> float:
        """CPU seconds of the stages that run in the worker processes when jobs > 1."""
        return sum(s for label, s in self.stages if label.split(" (")[0] in IN_WORKERS)


def print_breakdown(split: Breakdown) -> list[str]:
    n, imports, total, stages = split.n, split.imports, split.total, split.stages
    lines = [f"Where the CPU of one ingest goes (jobs=1, {n:,} articles, in one process, "
             f"`time.process_time` around each stage; imports before it {imports:.2f} s):", "",
             "| stage | CPU s | CPU ms/article |", "|---|---|---|"]
    print(f"# breakdown: {n} articles, imports {imports:.2f} s, run {total:.2f} s CPU")
    for label, seconds in stages:
        print(f"#   {label:<52} {seconds:7.2f} s {seconds / n * 1000:7.3f} ms/article")
        lines.append(f"| {label} | {seconds:.2f} | {seconds / n * 1000:.3f} |")
    rest = total - sum(s for _, s in stages)
    lines.append(f"| everything else (reading, the index, processes) | {rest:.2f} | {rest / n * 1000:.3f} |")
    lines.append(f"| **the run** | **{total:.2f}** | **{total / n * 1000:.2f}** |")
    return lines


def _median(results: dict[str, list[tuple[float, float, int]]], mode: str, i: int) -> float | None:
    return statistics.median(r[i] for r in results[mode]) if results.get(mode) else None


def targets(measured: dict[tuple[str, int], dict[str, list[tuple[float, float, int]]]],
            split: Breakdown | None) -> list[str]:
    """Issue 15's ingest targets on the real texts: the figure, met or not, and (from the breakdown)
    what stands in the way."""
    real = [(n, r) for (name, n), r in measured.items() if name == "real"]
    if not real or split is None:
        return []
    n, results = real[0]
    s1, s2 = _median(results, "cold-1", 0), _median(results, "cold-2", 0)
    c1, c2 = _median(results, "cold-1", 1), _median(results, "cold-2", 1)
    if None in (s1, s2, c1, c2):
        return []
    assert s1 and s2 and c1 and c2
    extraction = split.stage("extraction") / split.n * 1000
    serial = split.imports + split.total - split.parallel()
    amdahl = (split.imports + split.total) / (serial + split.parallel() / 2)
    rounds = [one[0] / two[0] for one, two in zip(results["cold-1"], results["cold-2"])]
    return [
        "Issue 15's ingest targets, real texts, from the figures above:", "",
        f"- ≥ 450 articles/s with 2 jobs: {n / s2:.0f}: {_verdict(n / s2 >= 450)}. With 2 jobs each article "
        f"costs {c2 / n * 1000:.1f} ms CPU, so two cores give at most {2 * n / c2:.0f} articles/s; "
        f"the extraction alone (`pipeline.run`, {extraction:.1f} ms per article in the breakdown) caps it "
        f"at {2000 / extraction:.0f} even if everything else were free.",
        f"- ≤ 2 ms CPU per article: {c1 / n * 1000:.1f} ms with 1 job (start-up included): "
        f"{_verdict(c1 / n * 1000 <= 2)}. The extraction takes {extraction:.1f} ms of it, everything else "
        f"{(split.imports + split.total) / split.n * 1000 - extraction:.1f} ms (breakdown).",
        f"- ≥ 1.8× from 1 to 2 jobs: {s1 / s2:.2f}× (rounds {spread(rounds, digits=2)}): "
        f"{_scaling_verdict(s1 / s2, amdahl)}. The ingest process does "
        f"{serial:.1f} s of the {split.imports + split.total:.1f} s CPU alone (imports, language data, "
        "reading and checking the texts, the index, the persistent store, the merged Turtle), the "
        f"workers {split.parallel():.1f} s: two free cores could give at most {amdahl:.2f}× (Amdahl), "
        "less while other processes share the cores.",
    ]


def _scaling_verdict(ratio: float, bound: float) -> str:
    """Met, not met, or not claimed: a ratio above the bound the serial share allows came from the rounds'
    noise (another process slowing a one-job round), not from the design."""
    if ratio >= 1.8 and ratio > bound:
        return "**not claimed** (above the bound below: the rounds' noise, not the design)"
    return _verdict(ratio >= 1.8)


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


if __name__ == "__main__":
    main()
