"""Word classes live in lang/ar/words.tsv, folded by the one loader: the literals that never matched."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from diplograph.document import Document
from diplograph.errors import DiplographError
from diplograph.language import default_language
from diplograph.pipeline.resolve import _content
from diplograph.pipeline.rules.context import Context
from diplograph.textfold import fold

from .conftest import run

PIPELINE = Path(__file__).resolve().parents[2] / "src" / "diplograph" / "pipeline"


def context(doc: Document, sent: int = 0) -> Context:
    s = doc.sentences[sent]
    return Context(doc, s, doc.in_sentence(s.index), None)


def test_forms_are_folded_by_the_loader() -> None:
    w = default_language().words
    assert w.has("حتي", "range-joiner") and not w.has("حتى", "range-joiner")
    assert w.has("لدي", "before-place") and w.has("علي", "title-filler")



def test_a_class_is_found_through_the_clitics() -> None:
    """`has_stripped`: a word of a class with 'and', 'with', 'to' or 'for' glued to it ('وبالوفد', 'للوفد') is
    still of it; a longer word that merely begins like one is not."""
    w = default_language().words
    assert w.has("الوفد", "delegation") and not w.has("وبالوفد", "delegation")
    assert w.has_stripped("وبالوفد", "delegation") and w.has_stripped("للوفد", "delegation")
    assert w.has_stripped("الوفد", "delegation")
    assert not w.has_stripped("الوفود", "kin") and not w.has_stripped("والوفدين", "delegation")


def test_the_positions_of_a_class_in_a_run_of_words_agree_with_has_stripped() -> None:
    """`stripped_at` (one look-up per word, a run with none answered at once) finds the words `has_stripped`
    finds, for one class or several; a class no word has is an error, as for `has_stripped`."""
    w = default_language().words
    words = fold("وصل الوفد المرافق لوزير الخارجية وبرفقة السفير إلى العاصمة مساء أمس").split()
    for features in (("company",), ("delegation",), ("company", "delegation"), ("kin",)):
        expected = [k for k, word in enumerate(words) if any(w.has_stripped(word, f) for f in features)]
        assert w.stripped_at(iter(words), *features) == expected, features
    assert w.stripped_at(words, "company") == [2, 5]
    assert w.stripped_at(words, "delegation") == [1] and w.stripped_at(words, "kin") == []
    assert w.stripped_at([], "company") == []
    with pytest.raises(DiplographError):
        w.stripped_at(words, "no-such-class")

def test_a_capital_after_lada_is_a_place() -> None:
    """'لدى' was compared unfolded in rules/context.py: 'لدى الرياض' did not read Riyadh as a place."""
    doc = run("وصل سفير تونس لدى الرياض إلى مقر عمله")
    ctx = context(doc)
    riyadh = next(m for m in ctx.of("state") if m.iso == "SA")
    assert ctx.is_place(riyadh)
    assert "SA" not in ctx.states()


def test_ala_does_not_tell_document_titles_apart() -> None:
    """'على' was compared unfolded in resolve.py: it counted as a content word of a document title."""
    words = default_language().words
    assert _content("اتفاقيه للتعاون علي مكافحه الارهاب", words) == {"تعاون", "مكافحه", "ارهاب"}


ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")


def arabic_outside_docstrings(path: Path) -> list[int]:
    """Lines of `path` with an Arabic letter that is not inside a docstring (code, strings or comments)."""
    source = path.read_text(encoding="utf-8")
    docstring_lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            docstring_lines |= set(range(body[0].lineno, (body[0].end_lineno or body[0].lineno) + 1))
    return [n for n, line in enumerate(source.splitlines(), start=1)
            if n not in docstring_lines and ARABIC_LETTER.search(line)]


def test_no_arabic_letter_outside_docstrings_under_pipeline() -> None:
    """Words live in lang/ar/*.tsv; rules ask questions of them. Docstrings may quote Arabic examples."""
    found = {str(p.relative_to(PIPELINE)): lines for p in sorted(PIPELINE.rglob("*.py"))
             if (lines := arabic_outside_docstrings(p))}
    assert found == {}


def test_the_letter_test_sees_code_strings_and_comments(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""Module: \'زيارة\'."""\nX = 1  # \'زيارة\'\nY = "في"\n', encoding="utf-8")
    assert arabic_outside_docstrings(sample) == [2, 3]
