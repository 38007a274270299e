"""The triggers' frames (`lang/<code>/frames.tsv`): for each frame, its roles and the positions that fill
them, tried in order.

    frame	role	positions
    receive-verb	host	before|after
    receive-verb	guest	after

A trigger row of `triggers.tsv` names its frame; `pipeline.slots` reads the positions in the trigger's
clause. The table is data, so a new trigger is a row, and a new construction a frame.
"""
from __future__ import annotations

from pathlib import Path

from .errors import DiplographError
from .lexicon import read_table, split

POSITIONS = ("before", "after", "genitive", "pronoun", "with", "lam", "bi", "to", "at", "from", "between",
             "in", "with-before", "side", "witness")

Frames = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]      # frame -> ((role, positions), ...)


def read_frames(path: Path) -> Frames:
    """`frames.tsv`: frame, role, positions (`|`-separated, from POSITIONS); an unknown position is an
    error naming the file and the line."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    table = read_table(path)
    for row in table.rows:
        positions = tuple(split(row["positions"]))
        bad = [p for p in positions if p not in POSITIONS]
        if bad or not positions or not row["role"]:
            raise DiplographError(f"frame {row['frame']!r}, role {row['role']!r}: unknown position(s) "
                                  f"{', '.join(bad) or '(none)'}", path=path,
                                  hint=f"positions are {', '.join(POSITIONS)}")
        out.setdefault(row["frame"], []).append((row["role"], positions))
    return {k: tuple(v) for k, v in out.items()}
