"""Shared fixtures: the seed graph is built once per session, by the program, into a temp folder."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_graph_dir(tmp_path_factory) -> Path:
    """graph/ as `diplograph build` writes it from seeds/ (HTML included)."""
    from diplograph.build import build

    out = tmp_path_factory.mktemp("seed-graph")
    build(SEEDS, out)
    return out


@pytest.fixture(scope="session")
def synth() -> ModuleType:
    """scripts/synth_graph.py (synthetic graphs of the project's shape, made-up entities), as a module."""
    spec = importlib.util.spec_from_file_location("synth_graph", ROOT / "scripts" / "synth_graph.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
