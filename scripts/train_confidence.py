"""Train the confidence model (`src/diplograph/lang/ar/confidence.tsv`) from the project's gold.

    python scripts/train_confidence.py              # train, write the weights, print the curve
    python scripts/train_confidence.py --check      # train and compare with the shipped file (no write)

Every article of dev, written and the TUNING halves of real and random (odd ids; never the test halves)
is extracted with every event kept (`min_confidence=0`); each event is labelled by the scorer's own
matching (`../shared/eval/score.py`: type and states, one gold fact to one event) as right or wrong; a
logistic regression (numpy, L2-regularised, Newton steps) over the events' evidence
(`pipeline.confidence.features`) gives the weights. The file it writes is what `diplograph` ships, so
the model is reproduced from the repository by running this script.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_sets import gold_sets, load_scorer  # noqa: E402

from diplograph.document import Event  # noqa: E402
from diplograph.paths import lang_dir  # noqa: E402
from diplograph.pipeline import extract_file  # noqa: E402

TRAINING_SETS = ("dev", "written", "real-tune", "random-tune")
L2 = 1.0
WEIGHT = {"dev": 1.0, "written": 1.0, "real-tune": 3.0, "random-tune": 3.0}   # real news counts more
OUT = lang_dir("ar") / "confidence.tsv"
Key = tuple[str, object]


def event_keys(ev: Event) -> list[Key]:
    """The keys the scorer gives an event once written (score.py's `Predicted.events`)."""
    agents = {p.iso for p in ev.agents if p.iso} | set(ev.agent_states)
    recipients = {p.iso for p in ev.recipients if p.iso} | set(ev.recipient_states)
    parties = set(ev.parties)
    if ev.type == "signing":
        return [("signed", frozenset(parties or agents))]
    if ev.type == "congratulation":
        pairs = [(a, b) for a in agents for b in recipients if a != b]
        return [("congratulated", p) for p in pairs] or [("congratulated", (next(iter(agents), None),
                                                                           next(iter(recipients), None)))]
    if ev.type == "establishment":
        return [("relations_established", frozenset(parties))]
    if ev.type == "anniversary":
        return [("anniversary", (frozenset(parties), ev.ordinal or 0))]
    if ev.type == "visit":
        return [("visited", (v, h)) for v in agents or {None} for h in (parties - {v}) or {None}]
    if ev.type == "meeting":
        return [("met", frozenset(agents))]
    return []


def labelled(events: list[Event], facts: Iterable[dict], scorer: object) -> list[tuple[Event, int]]:
    """Each scored event with 1 when a gold fact takes it, else 0 (one fact, one event)."""
    open_keys = [(ev, k) for ev in events for k in event_keys(ev)]
    right: set[int] = set()
    for fact in facts:
        key = (fact["type"], scorer.gold_key(fact))  # type: ignore[attr-defined]
        hit = next((ev for ev, k in open_keys if k == key and id(ev) not in right), None)
        if hit is not None:
            right.add(id(hit))
    return [(ev, int(id(ev) in right)) for ev in events if event_keys(ev)]


def examples() -> tuple[list[dict[str, float]], list[int], list[str]]:
    scorer = load_scorer()
    sets = gold_sets()
    feats, labels, origin = [], [], []
    for name in TRAINING_SETS:
        gs = sets[name]
        for row in gs.rows():
            pub = row.get("pub_date") if gs.pass_dates else None
            published = dt.date.fromisoformat(pub) if pub else None
            doc = extract_file(gs.corpus / f"{row['id']}.txt", published=published, min_confidence=0.0)
            for ev, y in labelled(doc.events, row["facts"], scorer):
                feats.append(ev.evidence)
                labels.append(y)
                origin.append(name)
    return feats, labels, origin


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = L2, steps: int = 30) -> np.ndarray:
    """Weighted, L2-regularised logistic regression by Newton's method (the bias, column 0, is not
    penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (weight * (p - y)) + penalty * w
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def curve(scores: np.ndarray, y: np.ndarray, origin: list[str]) -> list[str]:
    """Precision and recall of the kept events among those extracted, per set, at a few thresholds."""
    lines = ["| threshold | " + " | ".join(f"{s} P | {s} kept right" for s in TRAINING_SETS) + " |"]
    lines.append("|---|" + "---|---|" * len(TRAINING_SETS))
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
        cells = []
        for s in TRAINING_SETS:
            mask = np.array([o == s for o in origin])
            kept = mask & (scores >= t)
            right = int(y[kept].sum())
            cells.append(f"{right / kept.sum():.2f}" if kept.sum() else "-")
            cells.append(f"{right} of {int(y[mask].sum())}")
        lines.append(f"| {t:.1f} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write the file")
    args = ap.parse_args()
    feats, labels, origin = examples()
    names = ["bias"] + sorted({k for f in feats for k in f})
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    x[:, 0] = 1.0
    for r, f in enumerate(feats):
        for k, v in f.items():
            x[r, index[k]] = v
    y = np.array(labels, dtype=float)
    w = fit(x, y, np.array([WEIGHT[o] for o in origin]))
    scores = 1.0 / (1.0 + np.exp(-(x @ w)))
    print(f"{len(y)} events, {int(y.sum())} right; by set: {dict(Counter(origin))}")
    print("\n".join(curve(scores, y, origin)))
    rows = [f"{n}\t{v:.4f}" for n, v in zip(names, w) if abs(v) >= 5e-5]
    body = ("# source: trained by scripts/train_confidence.py from the gold of dev, written, real (tuning\n"
            f"# source: half) and random (tuning half): {len(y)} events, {int(y.sum())} right, L2 {L2},\n"
            f"# source: example weights {WEIGHT}.\n"
            "# note: logistic regression weights over the features of pipeline.confidence.features;\n"
            "# note: regenerate with the script after any change to the rules, never edit by hand.\n"
            "feature\tweight\n" + "\n".join(rows) + "\n")
    if args.check:
        same = OUT.read_text(encoding="utf-8") == body
        print("the shipped weights are what the script gives" if same else "the shipped weights differ")
        return 0 if same else 1
    OUT.write_text(body, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
