"""docs/extending.md, section 1, is a recipe that works: its trigger row, added to a copy of the Arabic
language folder, makes its example sentence an arrival (and the sentence is none without the row); its
frame rows load. The rows and the sentence are read from the document itself."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from diplograph.language import Language
from diplograph.paths import lang_dir
from diplograph.pipeline import extract_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "extending.md"


def section_one() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index("## 1. A trigger word"):text.index("## 2. A new event type")]


def rows_under(header: str) -> list[str]:
    """The indented rows of the code block that opens with `header` (tab-separated columns)."""
    lines = section_one().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == header)
    rows = []
    for line in lines[start + 1:]:
        if not line.startswith("       ") or not line.strip():
            break
        rows.append(line.strip())
    return rows


def language_with(tmp_path: Path, extra: dict[str, list[str]]) -> Language:
    folder = tmp_path / "ar"
    shutil.copytree(lang_dir("ar"), folder)
    for name, rows in extra.items():
        with (folder / name).open("a", encoding="utf-8") as out:
            out.write("".join(row + "\n" for row in rows))
    return Language.load(folder, "ar")


def arrivals(sentence: str, language: Language) -> list[tuple[str | None, list[str]]]:
    doc = extract_text(sentence, "doc.txt", published=dt.date(2024, 3, 6), language=language,
                       min_confidence=0.0)
    return [(e.agents[0].iso if e.agents else None, e.parties) for e in doc.events if e.type == "visit"]


@pytest.fixture(scope="module")
def example() -> tuple[list[str], list[str], str, list[tuple[str, list[str]]]]:
    triggers = rows_under("form\tkind\tvalue\tframe")
    frames = rows_under("frame\trole\tpositions")
    test = re.search(r'events\("([^"]+)", "visit"\)\s*\n\s*assert .* == (\[.*\])', section_one())
    assert triggers and frames and test, "docs/extending.md section 1 lost its rows or its example test"
    expected = [(iso, [party]) for iso, party in re.findall(r'\("(\w\w)", \["(\w\w)"\]\)', test.group(2))]
    return triggers, frames, test.group(1), expected


def test_the_documented_trigger_row_makes_the_example_an_arrival(example, tmp_path: Path) -> None:
    triggers, frames, sentence, expected = example
    assert expected
    assert arrivals(sentence, language_with(tmp_path / "without", {})) == []
    assert arrivals(sentence, language_with(tmp_path / "with", {"triggers.tsv": triggers})) == expected


def test_the_documented_frame_rows_load(example, tmp_path: Path) -> None:
    _, frames, _, _ = example
    language = language_with(tmp_path, {"frames.tsv": frames})
    name = frames[0].split("\t")[0]
    assert [role for role, _ in language.frames[name]] == [row.split("\t")[1] for row in frames]
