"""Shared fixtures: the seed graph is built once per session, by the program, into a temp folder."""
from __future__ import annotations

from pathlib import Path

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
