"""Regenerate the README's generated blocks (never typed by hand).

    python scripts/update_readme.py

- between `<!-- figures:start -->` and `<!-- figures:end -->`: the extraction figures on every gold set
  (`scripts/score_sets.py`, which runs `../shared/eval/score.py`'s scoring in process);
- between `<!-- confidence:start -->` and `<!-- confidence:end -->`: precision and recall of the tuning
  sets at a few `--min-confidence` thresholds;
- between `<!-- queries:start -->` and `<!-- queries:end -->`: three named queries and their real output
  on the committed seed graph (`graph/`).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import score_sets  # noqa: E402
from readme_blocks import replace_block  # noqa: E402
EXAMPLES = [
    ("Which documents did Russia sign, with whom, when and where?",
     ["query", "--name", "signed-documents", "--param", "country=RU"]),
    ("Who congratulated whom, on what occasion?", ["query", "--name", "congratulations"]),
    ("Since when have these states had relations?", ["query", "--name", "relations"]),
]


def figures() -> str:
    """Every gold set of eval/sets.json (test halves included), then F1 per fact type."""
    scorer = score_sets.load_scorer()
    sets = score_sets.gold_sets()
    reports = [score_sets.score_set(scorer, gs)[0] for gs in sets.values() if gs.gold.is_file()]
    dev = sets["dev"]
    reports.insert(1, score_sets.score_set(scorer, dev, pass_dates=True)[0])
    types = list(reports[0]["per_type"])
    rows = [score_sets.table(reports), "", "F1 per fact type:", "",
            "| set | " + " | ".join(types) + " |", "|---|" + "---|" * len(types)]
    for r in reports:
        cells = []
        for t in types:
            c = r["per_type"][t]
            cells.append(f"{2 * c.get('tp', 0) / (c['gold'] + c['pred']):.2f} ({c['gold']})"
                         if c.get("gold", 0) + c.get("pred", 0) else "–")
        name = f"{r['set']}{' (dates passed)' if r['pass_dates'] else ''}"
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    rows += ["", "(In brackets: gold facts of that type. `python scripts/score_sets.py` prints the table; "
             "`python ../shared/eval/score.py --corpus DIR --gold FILE` gives any row on its own.)"]
    return "\n".join(rows)


THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
TUNING = ("dev", "written", "real-tune", "random-tune")


def confidence_curve() -> str:
    """Precision and recall of the sets rules and the model are tuned on, at a few confidence thresholds
    (`--min-confidence`); the default is marked."""
    from diplograph.confidence import DEFAULT_MIN_CONFIDENCE

    scorer = score_sets.load_scorer()
    sets = score_sets.gold_sets()
    head = "| threshold | " + " | ".join(f"{s} P / R" for s in TUNING) + " |"
    rows = [head, "|---|" + "---|" * len(TUNING)]
    for t in THRESHOLDS:
        cells = []
        for name in TUNING:
            r = score_sets.score_set(scorer, sets[name], min_confidence=t)[0]
            cells.append(f"{r['precision']:.2f} / {r['recall']:.2f}")
        mark = " (default)" if abs(t - DEFAULT_MIN_CONFIDENCE) < 1e-9 else ""
        rows.append(f"| {t:.1f}{mark} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def examples() -> str:
    exe = Path(sys.executable).with_name("diplograph")
    out = ["### Three questions, asked of the seed graph", ""]
    for question, args in EXAMPLES:
        env = dict(os.environ, COLUMNS="160")
        proc = subprocess.run([str(exe), *args, "--graph", str(ROOT / "graph")], check=True,
                              capture_output=True, text=True, env=env)
        out += [question, "", "    $ diplograph " + " ".join(args)]
        out += ["    " + line for line in proc.stdout.rstrip("\n").splitlines()] + [""]
    return "\n".join(out).rstrip("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.parse_args()
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "queries", examples())
    text = replace_block(text, "figures", figures())
    text = replace_block(text, "confidence", confidence_curve())
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
