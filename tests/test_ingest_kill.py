"""SIGKILL at any point of an ingest leaves the previous graph readable, and the next run completes it.

A real `diplograph ingest` process is killed (SIGKILL, no chance to clean up) at several points: while
it starts, while workers write article files, once every article file is written (while it regenerates
entities.ttl / diplograph.ttl), and half-way through the time an uninterrupted run takes. The run replaces some articles and adds others.
After each kill the folder must load, every earlier input must still have its facts (old or new
version), and a second run must leave exactly what one uninterrupted run leaves.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.ingest import Options, article_key, ingest
from diplograph.store import GraphDir, load_store

ROOT = Path(__file__).resolve().parents[1]
PREVIOUS, CHANGED, ADDED = 30, 6, 90


def _make_corpus() -> Callable[..., object]:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


@pytest.fixture(scope="module")
def texts() -> list[str]:
    generate = _make_corpus()
    return [text for _title, text, _date in generate(PREVIOUS + ADDED + CHANGED, 1500, seed=11)]


def write(folder: Path, texts: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"{i:04d}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> dict:
    base = tmp_path_factory.mktemp("kill")
    corpus = base / "corpus"                     # one folder: the run sees the same paths change
    write(corpus, texts[:PREVIOUS])
    previous = base / "previous"
    ingest([str(corpus)], previous, Options(jobs=2))
    final_texts = texts[:PREVIOUS + ADDED]
    for i in range(CHANGED):                     # some earlier files change: their facts are replaced
        final_texts[i] = texts[PREVIOUS + ADDED + i]
    write(corpus, final_texts)
    scratch = base / "timed"                     # how long one uninterrupted run takes here
    shutil.copytree(previous, scratch)
    started = time.monotonic()
    assert cli_ingest(corpus, scratch, base).returncode == 0
    half_way = (time.monotonic() - started) / 2
    return {"base": base, "final": corpus, "previous": previous, "half_way": half_way,
            "old": {f"{i:04d}.txt": article_key(t) for i, t in enumerate(texts[:PREVIOUS])},
            "new": {f"{i:04d}.txt": article_key(t) for i, t in enumerate(final_texts)}}


def shard_count(g: Path) -> int:
    return len(GraphDir(g).shard_keys())


def locked(g: Path) -> bool:
    lock = g / ".lock"
    return lock.exists() and "pid" in lock.read_text(encoding="utf-8", errors="replace")


KILL_POINTS: dict[str, Callable[[Path, int], bool]] = {
    "at start": lambda g, before: locked(g),
    "writing articles": lambda g, before: shard_count(g) >= before + 25,
    "all articles written": lambda g, before: shard_count(g) >= before + ADDED + CHANGED - CHANGED,
    "half-way in time": None,  # type: ignore[dict-item]
}


def cli_ingest(corpus: Path, g: Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "ingest",
                           str(corpus), "--graph", str(g), "--jobs", "2"],
                          capture_output=True, text=True, cwd=cwd, timeout=300, check=False)


def snapshot(g: Path) -> dict[str, bytes]:
    gd = GraphDir(g)
    files = {f"articles/{k}": p.read_bytes() for k, p in gd.shards()}
    files |= {name: (g / name).read_bytes() for name in ("entities.ttl", "diplograph.ttl")}
    return files


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_leaves_a_readable_graph_and_the_next_run_completes_it(setup: dict, point: str,
                                                                       tmp_path: Path) -> None:
    g = tmp_path / "graph"
    shutil.copytree(setup["previous"], g)
    before = shard_count(g)
    log = tmp_path / "killed-run.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", "from diplograph.cli import main; main()", "ingest",
                                 str(setup["final"]), "--graph", str(g), "--jobs", "2"],
                                stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    condition = KILL_POINTS[point]
    deadline = time.monotonic() + (setup["half_way"] if condition is None else 120)
    while time.monotonic() < deadline and proc.poll() is None:
        if condition is not None and condition(g, before):
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.fail(f"the run ended before the kill point {point!r}: {log.read_text()[-500:]}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.3)                              # workers die with their parent (PR_SET_PDEATHSIG)

    # the previous graph is still readable: every earlier input has its old or its new facts
    store = load_store(g)
    keys = {q.graph_name.value.rsplit("/", 1)[1] for q in store if isinstance(q.graph_name, ox.NamedNode)}
    for name, old in setup["old"].items():
        assert old in keys or setup["new"][name] in keys, name
    for name in ("entities.ttl", "diplograph.ttl"):
        list(ox.parse(path=str(g / name), format=ox.RdfFormat.TURTLE))

    # the next run completes the work: the folder ends as one uninterrupted run leaves it
    assert cli_ingest(setup["final"], g, tmp_path).returncode == 0
    reference = tmp_path / "reference"          # made now, by a fresh process like the run it is compared to
    assert cli_ingest(setup["final"], reference, tmp_path).returncode == 0
    assert snapshot(g) == snapshot(reference)
    again = ingest([str(setup["final"])], g, Options(jobs=1))
    assert (again.added, again.replaced, again.failed) == (0, 0, [])
    # nothing to extract (unless the extractor's code changed since: then every article is re-extracted)
    assert again.unchanged == PREVIOUS + ADDED or again.reextracted == PREVIOUS + ADDED
    leftovers = [p for p in g.rglob("*.tmp")]
    assert not leftovers
