"""The language data the pipeline reads, loaded once from one folder (`lang/<code>/`) and passed in.

    lang = Language.load(Path("src/diplograph/lang/ar"))      # or default_language()
    doc = pipeline.extract_text(text, language=lang)

A `Language` holds the phrase index (gazetteer and lexicons: `gazetteer.build_gazetteer`), the word
classes the rules ask about (`words.tsv`, `lexicon.Words`), the national days (`national_days.tsv`) and
the homograph table (`homographs.tsv`, `senses.Homographs`), the triggers' frames (`frames.tsv`,
`pipeline.slots`) and the confidence model's weights (`confidence.tsv`).
Every stage reads them from `doc.lang`, so a test can build a small language folder of its own and two
languages can share a process. docs/extending.md lists the files of a folder.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .confidence import Model, read_model
from .gazetteer import Gazetteer, build_gazetteer
from .lexicon import Words, read_table, read_words
from .paths import lang_dir
from .senses import Homographs, read_homographs
from .frames import Frames, read_frames

NationalDays = dict[tuple[str, str], tuple[int, int, int]]     # (iso, kind) -> (month, day, origin year)


@dataclass(frozen=True)
class Language:
    """One language's data, read from its folder once."""

    code: str
    folder: Path
    gazetteer: Gazetteer = field(repr=False)
    words: Words = field(repr=False)
    national_days: NationalDays = field(repr=False)
    homographs: Homographs = field(repr=False)
    confidence: Model = field(repr=False)
    frames: Frames = field(repr=False)

    @classmethod
    def load(cls, folder: Path, code: str | None = None) -> Language:
        """Read a language folder (its code: the folder's name unless given)."""
        days: NationalDays = {}
        for row in read_table(folder / "national_days.tsv").rows:
            month, day = (int(x) for x in row["day"].split("-"))
            days[(row["iso"], row["kind"])] = (month, day, int(row["origin"]))
        return cls(code or folder.name, folder, build_gazetteer(folder), read_words(folder / "words.tsv"),
                   days, read_homographs(folder / "homographs.tsv"), read_model(folder / "confidence.tsv"),
                   read_frames(folder / "frames.tsv"))


@cache
def default_language() -> Language:
    """The shipped Arabic data (`lang/ar/`), read once per process on first use."""
    return Language.load(lang_dir("ar"), "ar")
