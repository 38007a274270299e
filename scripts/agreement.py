"""Agreement between two annotations of the same articles, as the scorer would count it.

    python scripts/agreement.py FIRST.jsonl SECOND.jsonl [--explain]

Facts are matched per article and type on the scorer's keys (`../shared/eval/score.py`: the states
involved), so the figures say how far one annotator would score against the other: F1 of the second
against the first, per fact type, and how often matched facts carry the same date. Only articles
present in both files are compared.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_sets import load_scorer  # noqa: E402


def read(path: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def compare(first: dict[str, dict[str, Any]], second: dict[str, dict[str, Any]],
            explain: bool) -> tuple[dict[str, Counter[str]], Counter[str], list[str]]:
    scorer = load_scorer()
    per_type: dict[str, Counter[str]] = {t: Counter() for t in scorer.TYPES}
    dates: Counter[str] = Counter()
    lines: list[str] = []
    for aid in sorted(set(first) & set(second)):
        for t in scorer.TYPES:
            a = [(scorer.gold_key(f), f) for f in first[aid]["facts"] if f["type"] == t]
            b = [(scorer.gold_key(f), f) for f in second[aid]["facts"] if f["type"] == t]
            per_type[t]["first"] += len(a)
            per_type[t]["second"] += len(b)
            left = list(b)
            for key, fact in a:
                match = next((x for x in left if x[0] == key and x[1].get("date") == fact.get("date")), None)
                match = match or next((x for x in left if x[0] == key), None)
                if match is None:
                    if explain:
                        lines.append(f"  ONLY-1 {aid} {t} {scorer.fmt(key)} {fact.get('date') or ''}")
                    continue
                left.remove(match)
                per_type[t]["both"] += 1
                if fact.get("date") and match[1].get("date"):
                    dates["both_dated"] += 1
                    dates["same"] += fact["date"] == match[1]["date"]
            if explain:
                lines += [f"  ONLY-2 {aid} {t} {scorer.fmt(k)} {f.get('date') or ''}" for k, f in left]
    return per_type, dates, lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--explain", action="store_true", help="list the facts only one annotator has")
    args = ap.parse_args()
    first, second = read(args.first), read(args.second)
    per_type, dates, lines = compare(first, second, args.explain)
    total: Counter[str] = Counter()
    print(f"{'type':<22}{'first':>7}{'second':>8}{'both':>6}{'F1':>7}")
    for t, c in per_type.items():
        total.update(c)
        f1 = 2 * c["both"] / (c["first"] + c["second"]) if c["first"] + c["second"] else 1.0
        print(f"{t:<22}{c['first']:>7}{c['second']:>8}{c['both']:>6}{f1:>7.2f}")
    f1 = 2 * total["both"] / (total["first"] + total["second"]) if total["first"] + total["second"] else 1.0
    print(f"{'all':<22}{total['first']:>7}{total['second']:>8}{total['both']:>6}{f1:>7.2f}")
    same = dates["same"] / dates["both_dated"] if dates["both_dated"] else 1.0
    print(f"articles compared: {len(set(first) & set(second))}; same date on {same:.2f} of "
          f"{dates['both_dated']} matched facts dated by both")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
