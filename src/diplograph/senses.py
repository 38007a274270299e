"""The homograph table (`lang/<code>/homographs.tsv`): words that are a mention in one reading and something
else in another, with the cue words that choose each reading.

    form	kind	reading	cues	window
    اليمن	state	-	والمسرات|والبركات	after:2

The rows of one word are tried in order; the first whose cues stand in its window decides (`keep`: the
mention stands; `-`: it is no mention of that kind; an ISO code: it is that state). `pipeline.senses`
applies them; the table is data, so a new ambiguity is a row.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import DiplographError
from .lexicon import read_table, split
from .textfold import fold

ANY = "*"
SIDES = ("after", "before", "around")


@dataclass(frozen=True)
class Sense:
    """One row: `reading` when one of `cues` stands within `width` tokens on `side` of the word."""

    kind: str
    reading: str
    cues: frozenset[str]
    side: str
    width: int

    def span(self, start: int, end: int, lo: int, hi: int) -> range:
        """The tokens this row looks at, for a mention over [start, end) in a sentence [lo, hi)."""
        a = max(lo, start - self.width) if self.side in ("before", "around") else end
        b = min(hi, end + self.width) if self.side in ("after", "around") else start
        return range(a, b)


@dataclass(frozen=True)
class Homographs:
    path: Path
    rows: dict[tuple[str, str], tuple[Sense, ...]]     # (folded form, mention kind) -> its rows, in order

    def senses(self, form: str, kind: str) -> tuple[Sense, ...]:
        return self.rows.get((form, kind), ())


def _window(value: str, path: Path) -> tuple[str, int]:
    side, _, width = value.partition(":")
    if side not in SIDES or not width.isdecimal():
        raise DiplographError(f"window {value!r} is not side:N", path=path,
                              hint=f"write the window as one of {', '.join(SIDES)} then ':' and a number")
    return side, int(width)


def read_homographs(path: Path) -> Homographs:
    """Load the homograph table; forms and cues are folded like article text."""
    rows: dict[tuple[str, str], list[Sense]] = {}
    for row in read_table(path).rows:
        side, width = _window(row["window"], path)
        cues = frozenset(ANY if c == ANY else fold(c) for c in split(row["cues"]))
        reading = row["reading"]
        rows.setdefault((fold(row["form"]), row["kind"]), []).append(Sense(row["kind"], reading, cues, side,
                                                                          width))
    return Homographs(path, {k: tuple(v) for k, v in rows.items()})
