#!/usr/bin/env bash
# ruff (pyproject: E, F, W, C90 with complexity <= 12, line length 110) and mypy --strict over all of
# src/, and ruff over the scripts that measure the extractor, ingest and queries.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-test
.venv-test/bin/pip install -q --upgrade pip
.venv-test/bin/pip install -q ".[test,lint]"
.venv-test/bin/ruff check src scripts/baseline.py scripts/bench_extract.py scripts/bench_ingest.py scripts/bench_query.py scripts/train_confidence.py scripts/readme_blocks.py scripts/bench_validate.py scripts/bench_render.py scripts/score_sets.py scripts/update_readme.py
.venv-test/bin/mypy src
