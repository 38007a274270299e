"""Why the gold persons of the tuning sets are not found: a developer's view of the scorer's person figure.

    python scripts/person_misses.py                  # real-tune and random-tune, counts by class
    python scripts/person_misses.py real-tune -v     # and every miss, with its class

For each gold fact the scorer matches (same type and states), every gold person the matched prediction
does not name is put in one class:
  no-mention     the text names the person (its last word is a word of the article) but no person
                 mention of the article carries that name
  not-in-text    the gold name's last word is not a word of the article (a spelling the text lacks)
  wrong-label    a person mention covers the word, labelled otherwise (a title kept, two people merged)
  wrong-state    a person of that name is found, representing another state
  not-in-event   the person is found with the right state, but the event does not name them
For the gold facts no prediction matches, the gold persons whose mention exists with the right state are
listed as `event-missing` (the event side's work), the others as `missed/<class>`. Tuning halves, dev
and written only: the test halves are never explained. The scorer pairs facts of one type greedily, in
set order: run with a fixed PYTHONHASHSEED to compare two runs.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_sets import gold_sets, load_scorer  # noqa: E402

ALLOWED = ("real-tune", "random-tune", "dev", "written")


def _mention_labels(doc: Any) -> list[tuple[int, list[str], str | None, str]]:
    """Each person mention: (token, labels, state, text form)."""
    out = []
    for m in doc.people:
        p = m.person
        labels = [x for x in (p.ar, p.en) if x]
        out.append((m.start, labels, p.iso, doc.surface(m.start, m.end)))
    return out


def _classify(scorer: Any, doc: Any, gp: dict[str, Any], event_labels: list[list[str]]) -> tuple[str, str]:
    mentions = _mention_labels(doc)
    named = [m for m in mentions if scorer.person_matches(gp, m[1])]
    want = (gp.get("country") or "").upper()
    if named:
        if not any(m[2] == want for m in named):
            return "wrong-state", f"found as {named[0][1][0]} ({named[0][2]})"
        return "not-in-event", f"event names {[labels[0] for labels in event_labels if labels]}"
    last = scorer.fold(gp.get("ar") or "").split()[-1:] or [""]
    word = last[0][2:] if last[0].startswith("ال") and len(last[0]) > 4 else last[0]
    tokens = [scorer.fold(t.text) for t in doc.tokens]
    at = [k for k, t in enumerate(tokens)
          if word and (t == word or t.endswith(word) and len(t) - len(word) <= 3)]
    if not at:
        return "not-in-text", ""
    covering = [m for m in doc.people if any(m.start <= k < m.end for k in at)]
    if covering:
        m = covering[0]
        return "wrong-label", (f"read as «{m.person.ar}» ({m.person.iso}, {m.via}) "
                               f"from «{doc.surface(m.start, m.end)}»")
    k = at[0]
    return "no-mention", f"«{doc.surface(max(0, k - 4), min(len(doc.tokens), k + 2))}»"


def _article(job: tuple[str, str, str | None, list[dict[str, Any]]]) -> list[tuple[str, str, str]]:
    """(class, article, detail) for every gold person of the article the scorer does not find."""
    from rdflib import Graph

    from diplograph.build import extract_to_turtle
    scorer = load_scorer()
    art_id, path, published, facts = job
    doc, turtle = extract_to_turtle(Path(path), dt.date.fromisoformat(published) if published else None)
    g = Graph()
    g.parse(data=turtle.decode("utf-8"), format="turtle")
    predicted = list(scorer.Predicted(g).events())
    out = []
    for t in scorer.TYPES:
        unmatched = [p for p in predicted if p[0] == t]
        for fact in (f for f in facts if f["type"] == t):
            key = scorer.gold_key(fact)
            cands = [p for p in unmatched if p[1] == key]
            best = max(cands, key=lambda p: (p[2] == fact.get("date"), scorer.persons_found(fact, p)),
                       default=None)
            for gp in scorer.gold_persons(fact):
                name = f"{gp.get('ar') or gp.get('en')} ({gp.get('country')}) in {t} {scorer.fmt(key)}"
                if best is None:
                    labels = [m for m in _mention_labels(doc) if scorer.person_matches(gp, m[1])
                              and m[2] == (gp.get("country") or "").upper()]
                    if labels:
                        out.append(("event-missing", art_id, name))
                    else:
                        cls, why = _classify(scorer, doc, gp, [])
                        out.append(("missed/" + cls, art_id, f"{name}: {why}"))
                    continue
                if any(scorer.person_matches(gp, labels) for labels in best[3]):
                    continue
                cls, why = _classify(scorer, doc, gp, best[3])
                out.append((cls, art_id, f"{name}: {why}"))
            if best is not None:
                unmatched.remove(best)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["real-tune", "random-tune"], choices=ALLOWED)
    ap.add_argument("-v", "--verbose", action="store_true", help="every miss, not only the counts")
    ap.add_argument("--only", help="print only this class")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    sets = gold_sets()
    for name in args.sets:
        gs = sets[name]
        jobs = [(r["id"], str(gs.corpus / f"{r['id']}.txt"), r.get("pub_date") if gs.pass_dates else None,
                 r["facts"]) for r in gs.rows()]
        with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
            found = [x for out in pool.map(_article, jobs, chunksize=4) for x in out]
        counts = Counter(c for c, _, _ in found)
        print(f"## {name}: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
        if args.verbose or args.only:
            for cls, art, detail in sorted(found):
                if not args.only or cls == args.only:
                    print(f"  {cls:<13} {art} {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
