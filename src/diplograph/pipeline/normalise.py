"""Stage 2, normalise: fold the text for matching and tokenise it, keeping offsets into the original.

Reads `doc.text`; adds `doc.folded` (hamza/alef/ya/ta-marbuta folded, diacritics and tatweel removed,
Arabic-Indic digits made ASCII, bidi controls dropped), `doc.fold_map` (index in folded -> index in
text) and `doc.tokens`. A hamza typed apart from its word ("وزرا ء" for "وزراء", common in web text) is
joined back to it.
"""
from __future__ import annotations

import re
from functools import cache
from itertools import accumulate, count, repeat

from ..document import Document, Token
from ..textfold import TOKEN_RE, fold, fold_with_map

__all__ = ["normalise", "fold", "TOKEN_RE"]

_SPLIT = re.compile(f"({TOKEN_RE.pattern})", TOKEN_RE.flags)     # gap, token, gap, token, ..., gap


def normalise(doc: Document) -> Document:
    doc.folded, doc.fold_map = fold_with_map(doc.text)
    hamza = doc.lang.words.of("hamza")
    # no hamza typed apart (the usual case; most texts have no bare hamza at all: `in` is a fast scan)
    if not any(map(doc.folded.__contains__, hamza)) or not _alone(hamza).search(doc.folded):
        # the text cut into gaps and tokens by one split (no match objects): each token's offsets are the
        # lengths summed before it; Token(...) without the NamedTuple's argument handling, C iterators
        parts = _SPLIT.split(doc.folded)
        ends = list(accumulate(map(len, parts)))
        fields = zip(parts[1::2], ends[0::2], ends[1::2], count())
        doc.tokens = list(map(tuple.__new__, repeat(Token), fields))
        return doc
    found = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(doc.folded)]
    found = _join_hamzas(found, hamza, doc.lang.words.of("hamza-seat"))
    doc.tokens = [Token(text, a, b, k) for k, (text, a, b) in enumerate(found)]
    return doc


@cache
def _alone(forms: frozenset[str]) -> re.Pattern[str]:
    """One of `forms` standing as a word of its own (no letter right before or after it)."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(forms))) + r")(?![^\W\d_])")


def _join_hamzas(found: list[tuple[str, int, int]], hamza: frozenset[str],
                 seats: frozenset[str]) -> list[tuple[str, int, int]]:
    """A hamza typed one space after a word of three letters or more ending in a seat joins that word."""
    out: list[tuple[str, int, int]] = []
    for text, a, b in found:
        if text in hamza and out and out[-1][0][-1:] in seats and a == out[-1][2] + 1 and len(out[-1][0]) > 2:
            out[-1] = (out[-1][0] + text, out[-1][1], b)
        else:
            out.append((text, a, b))
    return out
