"""Regenerate the README's generated blocks (never typed by hand).

    python scripts/update_readme.py [--corpus ../shared/corpus/dev]

- between `<!-- figures:start -->` and `<!-- figures:end -->`: the extraction figures, from
  `../shared/eval/score.py --json` run with the installed `diplograph`;
- between `<!-- queries:start -->` and `<!-- queries:end -->`: three named queries and their real output
  on the committed seed graph (`graph/`).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [
    ("Which documents did Russia sign, with whom, when and where?",
     ["query", "--name", "signed-documents", "--param", "country=RU"]),
    ("Who congratulated whom, on what occasion?", ["query", "--name", "congratulations"]),
    ("Since when have these states had relations?", ["query", "--name", "relations"]),
]


def score(corpus: Path, *extra: str) -> dict:
    scorer = ROOT.parent / "shared" / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        subprocess.run([sys.executable, str(scorer), "--corpus", str(corpus), "--json", str(out), *extra],
                       check=True, capture_output=True, text=True, env=env)
        return json.loads(out.read_text())


def summary(r: dict) -> str:
    return (f"F1 {r['f1']:.2f} (P {r['precision']:.2f}, R {r['recall']:.2f}), dates right {r['date_accuracy']:.2f}, "
            f"named persons found {r['person_recall']:.2f}")


def figures(corpus: Path) -> str:
    r = score(corpus)
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
    rows.append("")
    rows.append(f"- With each article's publication date passed (`--pass-dates`): {summary(score(corpus, '--pass-dates'))}.")
    written = ROOT / "eval" / "written"
    rows.append(f"- On the second corpus written for the project (`eval/written`, {score(written)['articles']} "
                f"articles): {summary(score(written))}; with `--pass-dates`: {summary(score(written, '--pass-dates'))}.")
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


def replace_block(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{body}\n{end}{tail}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = ap.parse_args()
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "queries", examples())
    text = replace_block(text, "figures", figures(args.corpus))
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
