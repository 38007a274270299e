"""Extraction quality is a test: the scorer over every gold set, against floors kept in the repo.

The floors (`eval/floors.json`) are the figures the extractor must not fall below on the development
sets and on the tuning halves of the real and random gold; raise them as the figures rise. The test
halves are never tested here (rules are not written from them): `scripts/score_sets.py` reports them.

The real, random and dev texts stay in the shared folder (`../shared/corpus/`, or `DIPLOGRAPH_SHARED`);
CI sets DIPLOGRAPH_REQUIRE_CORPORA=1 wherever that folder exists, which makes its absence a failure.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))


def _score_sets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_sets", ROOT / "scripts" / "score_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_sets"] = module
    spec.loader.exec_module(module)
    return module


score_sets = _score_sets()


def _available(gs: Any) -> bool:
    scorer = score_sets.shared_dir() / "eval" / "score.py"
    return bool(gs.corpus.is_dir() and gs.gold.is_file() and scorer.is_file())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_stay_above_their_floors(name: str) -> None:
    gs = score_sets.gold_sets()[name]
    if not _available(gs):
        if os.environ.get("DIPLOGRAPH_REQUIRE_CORPORA") == "1":
            pytest.fail(f"{gs.corpus} or {gs.gold} is missing (set DIPLOGRAPH_SHARED to the shared folder)")
        pytest.skip(f"{gs.corpus} is not on this machine")
    report, lines = score_sets.score_set(score_sets.load_scorer(), gs, explain=True)
    assert report["errors"] == 0, "\n".join(line for line in lines if "ERROR" in line)
    below = {k: (round(report[k], 3), floor) for k, floor in FLOORS[name].items() if report[k] < floor}
    assert not below, f"{name}: below the floor {below}; what changed:\n" + "\n".join(lines[:80])


def test_every_tested_set_has_floors_for_precision_and_f1() -> None:
    assert {"dev", "written", "real-tune", "random-tune"} <= set(FLOORS)
    for name, floors in FLOORS.items():
        assert {"f1", "precision"} <= set(floors), name
        assert not name.endswith("-test"), "test halves are reported, never tuned against"
