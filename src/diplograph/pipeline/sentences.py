"""Stage 3, sentences: split the token stream at sentence ends and line breaks.

Reads `doc.tokens`; adds `doc.sentences` (token ranges plus character ranges into `doc.text`, trimmed).
A line break always ends a sentence (titles, datelines and paragraphs are lines in news text); so do
`.`, `!`, `?`, `؟` and `؛` — but not a `.` between digits (a decimal or a date), nor the dot of a title's
abbreviation before a word on its line ('د. سالم', 'أ.د. نبيل'; not 'عام 2019 م.').
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..document import Document, Sentence, Token

_ENDS = {".", "!", "?", "؟", "؛"}
_NEWLINE = re.compile("\n")


def abbreviation_dot(toks: list[Token], i: int, abbreviations: frozenset[str],
                      lines: frozenset[int]) -> bool:
    """Token i is the dot of a title's abbreviation glued to it ('د.'), a word following on the same line,
    and no number before the letter (the 'م.' of a year)."""
    prev = toks[i - 1] if i else None
    if prev is None or prev.text not in abbreviations or prev.end != toks[i].start or i in lines \
            or i + 1 >= len(toks) or not toks[i + 1].text.isalpha():
        return False
    return i < 2 or not any(c.isdigit() for c in toks[i - 2].text)


def opens_with_headline(doc: Document) -> bool:
    """The article's first line is a title with no closing stop, above the body."""
    return len(doc.sentences) > 1 and doc.tokens[doc.sentences[0].tok_end - 1].text not in _ENDS


def _ends(toks: list[Token], abbreviations: frozenset[str] = frozenset(),
          lines: frozenset[int] = frozenset()) -> set[int]:
    """Tokens that end a sentence by themselves: `.`, `!`, `?`, `؟`, `؛` (not a `.` inside a number, nor
    the dot of an abbreviated title before a name: `abbreviation_dot`; `lines`: tokens a line break
    follows)."""
    out = set()
    for i in (i for i, t in enumerate(toks) if t.text in _ENDS):
        t, nxt, prev = toks[i], toks[i + 1] if i + 1 < len(toks) else None, toks[i - 1] if i else None
        if t.text == "." and prev and nxt and prev.text.isdecimal() and nxt.text.isdecimal() \
                and nxt.start == t.end:
            continue
        if t.text == "." and abbreviation_dot(toks, i, abbreviations, lines):
            continue
        out.add(i)
    return out


def _line_ends(doc: Document) -> set[int]:
    """Tokens followed by a line break before the next token."""
    starts = [t.start for t in doc.tokens]
    out = set()
    for m in _NEWLINE.finditer(doc.folded):
        k = bisect_right(starts, m.start()) - 1
        if 0 <= k < len(starts) - 1 and doc.tokens[k].end <= m.start():
            out.add(k)
    return out


def split_sentences(doc: Document) -> Document:
    toks = doc.tokens
    # token index after which a sentence ends (a `.` inside a number never ends one, even before a line break)
    lines = _line_ends(doc)
    ends = _ends(toks, doc.lang.words.of("title-abbreviation"), frozenset(lines))
    unended = {i for i in lines if toks[i].text not in _ENDS}
    breaks = sorted(ends | unended)
    sentences: list[Sentence] = []
    start = 0
    for b in breaks + [len(toks) - 1]:
        if b < start:
            continue
        end = b + 1
        if any(t.text not in _ENDS for t in toks[start:end]):
            a, z = doc.char_span(start, end)
            sentences.append(Sentence(len(sentences), start, end, a, z))
        start = end
    doc.sentences = sentences
    return doc
