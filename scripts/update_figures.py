"""Regenerate the README's extraction figures from the scorer (never typed by hand).

    python scripts/update_figures.py [--corpus ../shared/corpus/dev]

Runs `../shared/eval/score.py --json` with the installed `diplograph`, then rewrites the block between
`<!-- figures:start -->` and `<!-- figures:end -->` in README.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def figures(corpus: Path) -> str:
    scorer = ROOT.parent / "shared" / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run([sys.executable, str(scorer), "--corpus", str(corpus), "--json", str(out)],
                       check=True, capture_output=True, text=True)
        r = json.loads(out.read_text())
    rows = ["| fact type | gold | predicted | correct | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for t, c in r["per_type"].items():
        p = c.get("tp", 0) / c["pred"] if c.get("pred") else 0.0
        rc = c.get("tp", 0) / c["gold"] if c.get("gold") else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        rows.append(f"| {t} | {c.get('gold', 0)} | {c.get('pred', 0)} | {c.get('tp', 0)} | {p:.2f} | {rc:.2f} | {f:.2f} |")
    rows.append(f"| **all** | | | | **{r['precision']:.2f}** | **{r['recall']:.2f}** | **{r['f1']:.2f}** |")
    rows.append("")
    rows.append(f"Dates right: {r['date_accuracy']:.2f}; named persons found: {r['person_recall']:.2f}; "
                f"articles: {r['articles']}; errors: {r['errors']} (`python ../shared/eval/score.py`).")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = ap.parse_args()
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{START}\n{figures(args.corpus)}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
