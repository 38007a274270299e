"""Shared fixtures: the seed graph is built once per session, by the program, into a temp folder."""
from __future__ import annotations

import importlib.util
import os
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


def shared_dir() -> Path | None:
    """The shared folder with the corpora and the scorer: DIPLOGRAPH_SHARED, else a `shared/` beside the
    checkout or beside one of its parents (worktrees sit deeper). None when there is none."""
    if os.environ.get("DIPLOGRAPH_SHARED"):
        return Path(os.environ["DIPLOGRAPH_SHARED"])
    for parent in ROOT.parents:
        if (parent / "shared" / "corpus" / "dev").is_dir():
            return parent / "shared"
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder; its absence fails the test where CI requires the corpora
    (DIPLOGRAPH_REQUIRE_CORPORA=1), else skips it with the reason."""
    found = shared_dir()
    if found is None:
        if os.environ.get("DIPLOGRAPH_REQUIRE_CORPORA") == "1":
            pytest.fail("../shared (corpora and scorer) not found: set DIPLOGRAPH_SHARED")
        pytest.skip("../shared (corpora and scorer) is not on this machine")
    return found
