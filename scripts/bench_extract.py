#!/usr/bin/env python3
"""CPU time of extraction per article, beside a plain Aho-Corasick scan of the same texts.

Reads every article of the real and random corpora (<shared>/corpus/real, <shared>/corpus/random; or
the folders given), extracts each in-process once to warm up (tables are built on first use), then
runs `pipeline.extract_text` over all of them RUNS times and prints CPU ms per article: the median of
the runs and their range. Beside it, in the same process: one pyahocorasick pass over each article's
folded text with every gazetteer and lexicon phrase (the floor any matcher of those phrases pays), and
folding plus tokenising alone. Also the peak RSS of the process.

    python scripts/bench_extract.py                      # real + random, 3 runs
    python scripts/bench_extract.py --runs 5 DIR [DIR ...]

CPU time (time.process_time) is measured, not wall time: the machine is shared, and the figure
counts only this process's work. <shared> is $DIPLOGRAPH_SHARED, else ../shared, else /work/shared.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ahocorasick

from diplograph.gazetteer import gazetteer
from diplograph.pipeline import extract_text
from diplograph.pipeline.normalise import normalise
from diplograph.pipeline.read import document_from_text
from diplograph.textfold import fold

ROOT = Path(__file__).resolve().parent.parent


def default_folders() -> list[Path]:
    env = os.environ.get("DIPLOGRAPH_SHARED")
    for shared in (Path(env) if env else None, ROOT.parent / "shared", Path("/work/shared")):
        if shared is not None and (shared / "corpus").is_dir():
            return [shared / "corpus" / "real", shared / "corpus" / "random"]
    sys.exit("bench_extract.py: no corpus found: name the folders, or set DIPLOGRAPH_SHARED")


def texts(folders: list[Path]) -> list[str]:
    out = []
    for folder in folders:
        out += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return out


def automaton() -> ahocorasick.Automaton:
    """Every phrase of the phrase index, as the folded text writes it (words joined by a space)."""
    auto = ahocorasick.Automaton()
    for key in gazetteer().index:
        phrase = " ".join(key)
        auto.add_word(phrase, len(phrase))
    auto.make_automaton()
    return auto


def cpu_ms(work: Callable[[str], object], articles: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.process_time()
        for text in articles:
            work(text)
        out.append((time.process_time() - start) * 1000 / len(articles))
    return out


def row(name: str, values: list[float]) -> str:
    return f"{name:<34} {statistics.median(values):8.2f}   {min(values):.2f}–{max(values):.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    articles = texts(args.folders or default_folders())
    auto = automaton()

    def scan(text: str) -> int:
        return sum(1 for _ in auto.iter_long(fold(text)))

    def tokenise(text: str) -> object:
        return normalise(document_from_text(text, "bench"))

    for text in articles:       # warm-up: lazy tables, caches
        extract_text(text, "bench")
    size = sum(len(t) for t in articles) / len(articles)
    print(f"{len(articles)} articles, {size:,.0f} characters each on average; CPU ms per article, "
          f"median of {args.runs} runs (range)")
    print(row("extract (whole pipeline)", cpu_ms(lambda t: extract_text(t, "bench"), articles, args.runs)))
    print(row("fold + tokenise only", cpu_ms(tokenise, articles, args.runs)))
    print(row("plain Aho-Corasick scan (folded)", cpu_ms(scan, articles, args.runs)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
