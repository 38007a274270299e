#!/usr/bin/env bash
# ruff (pyproject: E, F, W, C90 with complexity <= 12, line length 110) and mypy --strict over the modules
# held to them: the extractor (pipeline/, the event type registry, the language data loaders, the RDF
# writer) and the scripts that measure it. The rest of src/ joins this list as it is cleaned.
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKED=(
  src/diplograph/senses.py src/diplograph/confidence.py src/diplograph/slots.py
  src/diplograph/pipeline src/diplograph/registry.py src/diplograph/eventtypes src/diplograph/lexicon.py
  src/diplograph/textfold.py src/diplograph/gazetteer.py src/diplograph/document.py src/diplograph/rdf.py
  src/diplograph/vocab.py src/diplograph/paths.py src/diplograph/errors.py src/diplograph/language.py
)
python3 -m venv .venv-test
.venv-test/bin/pip install -q --upgrade pip
.venv-test/bin/pip install -q ".[test,lint]"
.venv-test/bin/ruff check "${CHECKED[@]}" scripts/baseline.py scripts/bench_extract.py scripts/train_confidence.py
.venv-test/bin/mypy "${CHECKED[@]}"
