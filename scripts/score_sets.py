"""Score the extractor on every gold set, in one process, with the project's scorer.

    python scripts/score_sets.py                      # every set, a table
    python scripts/score_sets.py real-tune --explain  # one set, with misses and spurious facts
    python scripts/score_sets.py --json figures.json

The sets are listed in `eval/sets.json` (corpus folder, gold file, which half). The scoring itself is
`../shared/eval/score.py`, loaded as a module: only its way of running the extractor is replaced, by
`diplograph.build.extract_to_turtle` (what `diplograph extract` runs) called in this process, so a set
of hundreds of articles takes seconds instead of minutes. The figures are the scorer's own; run the
scorer on the command line to check any of them.

Real and random gold is split into halves by the number in the article id (odd: tuning, even: test,
see `eval/README.md`). Rules are written from the tuning halves; the test halves are only reported.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import importlib.util
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS_FILE = ROOT / "eval" / "sets.json"


def shared_dir() -> Path:
    """The shared folder with the corpora and the scorer (`DIPLOGRAPH_SHARED`, else `../shared`)."""
    return Path(os.environ.get("DIPLOGRAPH_SHARED") or ROOT.parent / "shared")


def load_scorer() -> ModuleType:
    path = shared_dir() / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("diplograph_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"{path}: the scorer is not there (set DIPLOGRAPH_SHARED to the shared folder)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class GoldSet:
    name: str
    corpus: Path
    gold: Path
    half: str | None          # "tune", "test" or None (all rows)
    pass_dates: bool

    def rows(self) -> list[dict[str, Any]]:
        lines = self.gold.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        return [r for r in rows if in_half(r["id"], self.half)]


def in_half(article_id: str, half: str | None) -> bool:
    if half is None:
        return True
    digits = re.findall(r"\d+", article_id)
    odd = bool(digits) and int(digits[-1]) % 2 == 1
    return odd if half == "tune" else not odd


def _resolve(path: str) -> Path:
    return Path(path.replace("{shared}", str(shared_dir()))) if "{shared}" in path else ROOT / path


def gold_sets() -> dict[str, GoldSet]:
    spec = json.loads(SETS_FILE.read_text(encoding="utf-8"))
    return {name: GoldSet(name, _resolve(s["corpus"]), _resolve(s["gold"]), s.get("half"),
                          bool(s.get("pass_dates", False)))
            for name, s in spec.items()}


# --- extraction in worker processes ------------------------------------------------------------------
def _extract(job: tuple[str, str | None, float | None]) -> tuple[str, bytes | None, str]:
    from diplograph.build import extract_to_turtle
    from diplograph.confidence import DEFAULT_MIN_CONFIDENCE
    from diplograph.errors import DiplographError

    path, published, wanted = job
    threshold = DEFAULT_MIN_CONFIDENCE if wanted is None else wanted
    try:
        _, turtle = extract_to_turtle(Path(path), dt.date.fromisoformat(published) if published else None,
                                      threshold)
    except DiplographError as exc:
        return path, None, str(exc)
    return path, turtle, ""


Job = tuple[str, str | None, float | None]     # article, publication date, confidence threshold


def extract_all(jobs: list[Job], workers: int) -> dict[Job, tuple[bytes | None, str]]:
    if workers <= 1:
        return {job: _extract(job)[1:] for job in jobs}
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        return {job: out[1:] for job, out in zip(jobs, pool.map(_extract, jobs, chunksize=8))}


def score_set(scorer: ModuleType, gs: GoldSet, *, explain: bool = False, workers: int = 2,
              pass_dates: bool | None = None, min_confidence: float | None = None
              ) -> tuple[dict[str, Any], list[str]]:
    """The scorer's figures for one set (as its --json report has them) and its --explain lines."""
    from rdflib import Graph

    rows = gs.rows()
    dates = gs.pass_dates if pass_dates is None else pass_dates
    jobs: list[Job] = [(str(gs.corpus / f"{r['id']}.txt"), r.get("pub_date") if dates else None,
                        min_confidence) for r in rows]
    outputs = extract_all(jobs, workers)

    def run_extractor(cmd: str, article: Path, published: str | None, workdir: Path) -> tuple[Any, str]:
        turtle, err = outputs[(str(article), published, min_confidence)]
        if turtle is None:
            return None, err
        g = Graph()
        g.parse(data=turtle.decode("utf-8"), format="turtle")
        return g, ""

    scorer.run_extractor = run_extractor
    per_type, date_c, persons, errors, lines = scorer.score(rows, gs.corpus, "", dates, set(), explain)
    total: Counter[str] = Counter()
    for c in per_type.values():
        total.update(c)
    p, r, f = scorer.prf(total)
    report = {"set": gs.name, "articles": len(rows), "errors": len(errors), "precision": p, "recall": r,
              "f1": f, "pred": total["pred"], "gold": total["gold"], "tp": total["tp"],
              "date_accuracy": date_c["right"] / date_c["gold"] if date_c["gold"] else 0.0,
              "dates": date_c["gold"],
              "person_recall": persons["found"] / persons["gold"] if persons["gold"] else 0.0,
              "persons": persons["gold"], "pass_dates": dates,
              "per_type": {t: dict(c) for t, c in per_type.items()}}
    return report, lines + [f"  ERROR  {e}" for e in errors]


def table(reports: list[dict[str, Any]]) -> str:
    head = ["| set | articles | gold | predicted | correct | precision | recall | F1 | dates right "
            "| persons found |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    body = [f"| {r['set']}{' (dates passed)' if r['pass_dates'] else ''} | {r['articles']} | {r['gold']} | "
            f"{r['pred']} | {r['tp']} | {r['precision']:.2f} | {r['recall']:.2f} | {r['f1']:.2f} | "
            f"{r['date_accuracy']:.2f} of {r['dates']} | {r['person_recall']:.2f} of {r['persons']} |"
            for r in reports]
    return "\n".join(head + body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="set names from eval/sets.json (default: all)")
    ap.add_argument("--explain", action="store_true", help="list misses, spurious facts and wrong dates")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--json", type=Path, help="also write the reports here")
    ap.add_argument("--min-confidence", type=float, help="the threshold events are kept at (default: the "
                                                          "extractor's)")
    args = ap.parse_args()
    scorer = load_scorer()
    sets = gold_sets()
    unknown = [s for s in args.sets if s not in sets]
    if unknown:
        raise SystemExit(f"unknown set(s) {', '.join(unknown)}: choose from {', '.join(sets)}")
    reports = []
    for name in args.sets or list(sets):
        report, lines = score_set(scorer, sets[name], explain=args.explain, workers=args.jobs,
                                  min_confidence=args.min_confidence)
        reports.append(report)
        if args.explain:
            print(f"## {name}")
            print("\n".join(lines))
    print(table(reports))
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
