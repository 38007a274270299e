#!/usr/bin/env bash
# The README's second command: install the project with its test extras in a fresh virtual
# environment and run the whole test suite (unit, CLI, SPARQL, SHACL, browser, triple-store interop).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-test
.venv-test/bin/pip install -q --upgrade pip
.venv-test/bin/pip install -q ".[test]"
PATH="$PWD/.venv-test/bin:$PATH" .venv-test/bin/python -m pytest -q -p no:cacheprovider "$@"
