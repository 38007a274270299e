#!/usr/bin/env python3
"""Record the extractor's output, or compare the current output with a recording, byte for byte.

    python scripts/baseline.py record ../refactor-baseline          # before a refactoring step
    python scripts/baseline.py compare ../refactor-baseline         # after it: lists what differs
    python scripts/baseline.py compare ../refactor-baseline --no-score   # Turtle and graph only (fast)

What is recorded (one file each, under the folder given):
- extract/<set>/<name>.ttl: the Turtle `diplograph extract FILE` writes, for the seed articles
  (seeds/), the dev corpus (<shared>/corpus/dev) and eval/written; <name>.pub.ttl: the same with
  `--published` = the gold row's pub_date, where the gold has one;
- graph/diplograph.ttl: the merged graph `diplograph build` writes from seeds/;
- score/*.txt: the scorer's figures (dev, dev --pass-dates, written, written --pass-dates), with
  PYTHONHASHSEED=0: the scorer pairs the facts of one type in set order, so its date figure moves by a
  point or so from one hash seed to another on the same Turtle.

`compare` exits 1 when anything differs and prints a unified diff of each differing score file (the
figures must be equal or better; Turtle differences are listed by file). <shared> is $DIPLOGRAPH_SHARED,
else ../shared beside the work tree, else /work/shared.
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))     # this tree's code, whatever is installed
# the scorer runs the extractor of this tree too
EXTRACT_CMD = (f'{sys.executable} -c "import sys; from diplograph.cli import main; main()" '
               "extract {file} --output {out}")


def shared_dir() -> Path:
    env = os.environ.get("DIPLOGRAPH_SHARED")
    for cand in (Path(env) if env else None, ROOT.parent / "shared", Path("/work/shared")):
        if cand is not None and (cand / "eval" / "score.py").is_file():
            return cand
    sys.exit("baseline.py: the shared folder (corpus, eval/score.py) was not found: set DIPLOGRAPH_SHARED")


def article_sets(shared: Path) -> Iterator[tuple[str, Path, Path | None]]:
    """(set name, folder, gold file or None)."""
    yield "seeds", ROOT / "seeds", None
    yield "dev", shared / "corpus" / "dev", shared / "corpus" / "dev" / "gold.jsonl"
    yield "written", ROOT / "eval" / "written", ROOT / "eval" / "written" / "gold.jsonl"


def pub_dates(gold: Path | None) -> dict[str, str]:
    if gold is None or not gold.is_file():
        return {}
    rows = (json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r["pub_date"] for r in rows if r.get("pub_date")}


def record_extracts(out: Path, shared: Path) -> None:
    from diplograph.build import extract_to_turtle

    for name, folder, gold in article_sets(shared):
        dates = pub_dates(gold)
        target = out / "extract" / name
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(folder.glob("*.txt")):
            (target / f"{path.stem}.ttl").write_bytes(extract_to_turtle(path)[1])
            if path.stem in dates:
                day = dt.date.fromisoformat(dates[path.stem])
                (target / f"{path.stem}.pub.ttl").write_bytes(extract_to_turtle(path, day)[1])


def record_graph(out: Path) -> None:
    from diplograph.build import build

    with tempfile.TemporaryDirectory() as tmp:
        build(ROOT / "seeds", Path(tmp), render=False)
        (out / "graph").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / "diplograph.ttl", out / "graph" / "diplograph.ttl")


def record_scores(out: Path, shared: Path) -> None:
    score = shared / "eval" / "score.py"
    folder = ROOT / "eval" / "written"
    written = ["--corpus", str(folder), "--gold", str(folder / "gold.jsonl")]
    runs = {"dev": [], "dev-pass-dates": ["--pass-dates"], "written": written,
            "written-pass-dates": written + ["--pass-dates"]}
    # the scorer pairs facts of one type in set order: a fixed hash seed makes its figures repeatable
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONHASHSEED="0")
    (out / "score").mkdir(parents=True, exist_ok=True)
    for name, extra in runs.items():
        proc = subprocess.run([sys.executable, str(score), "--cmd", EXTRACT_CMD, *extra], capture_output=True,
                              text=True, env=env, cwd=ROOT, check=False)
        (out / "score" / f"{name}.txt").write_text(proc.stdout + proc.stderr, encoding="utf-8")


def record(out: Path, *, scores: bool) -> None:
    shared = shared_dir()
    for sub in ("extract", "graph") + (("score",) if scores else ()):
        shutil.rmtree(out / sub, ignore_errors=True)
    record_extracts(out, shared)
    record_graph(out)
    if scores:
        record_scores(out, shared)


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def triple_changes(old: bytes, new: bytes) -> Counter[str]:
    """Triples removed and added, counted by predicate and by the subject's class."""
    import pyoxigraph as ox

    graphs = []
    for data in (old, new):
        store = ox.Store()
        store.load(data, format=ox.RdfFormat.TURTLE)
        graphs.append(store)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def triples(store: ox.Store) -> set[tuple[str, str, str]]:
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in store}

    def cls(store: ox.Store, subject: str) -> str:
        node = ox.NamedNode(subject[1:-1]) if subject.startswith("<") else None
        found = [str(q.object) for q in store.quads_for_pattern(node, rdf_type, None)] if node else []
        return found[0].rsplit("#", 1)[-1].rstrip(">") if found else "?"

    a, b = triples(graphs[0]), triples(graphs[1])
    out: Counter[str] = Counter()
    for sign, items, store in (("-", a - b, graphs[0]), ("+", b - a, graphs[1])):
        for s, p, _ in items:
            out[f"{sign} {p.rsplit('#', 1)[-1].rsplit('/', 1)[-1].rstrip('>')} on {cls(store, s)}"] += 1
    return out


def compare(baseline: Path, *, scores: bool) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        now = Path(tmp)
        record(now, scores=scores)
        old, new = files(baseline), files(now)
    if not scores:
        old = {k: v for k, v in old.items() if not k.startswith("score/")}
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    changes: Counter[str] = Counter()
    for key in differ:
        where = "differs" if key in old and key in new else f"only in {'baseline' if key in old else 'now'}"
        print(f"{where}: {key}")
        if key.startswith("score/") and key in old and key in new:
            sys.stdout.writelines(difflib.unified_diff(old[key].decode().splitlines(True),
                                                       new[key].decode().splitlines(True), "baseline", "now"))
        elif key.endswith(".ttl") and key in old and key in new:
            changes.update(triple_changes(old[key], new[key]))
    for change, n in sorted(changes.items()):
        print(f"  {n:6d} x {change}")
    print(f"{len(old)} files compared, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "compare"))
    ap.add_argument("folder", type=Path)
    ap.add_argument("--no-score", action="store_true", help="skip the scorer runs (minutes)")
    args = ap.parse_args()
    if args.action == "record":
        record(args.folder, scores=not args.no_score)
        return 0
    return compare(args.folder, scores=not args.no_score)


if __name__ == "__main__":
    sys.exit(main())
