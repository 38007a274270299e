"""Folding Arabic text for matching: one definition shared by the pipeline and the gazetteers.

Hamza forms, alef variants, alef maqsura and ta marbuta are folded; diacritics, tatweel, zero-width
and bidi control characters are dropped; Arabic-Indic and Persian digits become ASCII digits.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x06E1, 0x06ED} | set(range(0x0610, 0x061B)) \
    | set(range(0x06D6, 0x06E5)) | set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) \
    | set(range(0x2066, 0x206A)) | {0xFEFF, 0x00AD}
_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي",
        "ک": "ك", "ـ": "", "٬": ",", "،": "،", "پ": "ب", "گ": "ك", "چ": "ج", "ڤ": "ف"}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|[^\w\s]", re.UNICODE)


def fold_char(ch: str) -> str:
    if ord(ch) in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if ch.isascii():
        return ch.lower()
    if unicodedata.category(ch) == "Cf":
        return ""
    return ch


@cache
def _table() -> dict[int, str]:
    """fold_char for every character of the Basic Multilingual Plane that it changes (built once)."""
    # fold_char changes only these: what it drops or maps, ASCII capitals and format characters (Cf)
    category = unicodedata.category
    changed = _DROP | {ord(c) for c in _MAP} | set(range(ord("A"), ord("Z") + 1)) \
        | {cp for cp in range(0x10000) if category(chr(cp)) == "Cf"}
    table = {}
    for cp in sorted(changed):
        if not 0xD800 <= cp <= 0xDFFF and (folded := fold_char(chr(cp))) != chr(cp):
            table[cp] = folded
    return table


@cache
def _lookup() -> list[int | str | None]:
    """`_table` as a list over the whole plane (unchanged characters map to themselves): `str.translate`
    with a dict raises and catches a KeyError for every character it leaves alone, ~2x slower on
    Arabic text; characters beyond the plane (an IndexError, a LookupError) are left alone as before."""
    lookup: list[int | str | None] = list(range(0x10000))
    for cp, folded in _table().items():
        lookup[cp] = folded or None
    return lookup


def fold(text: str) -> str:
    """Fold a string the same way article text is folded (for lexicon entries and names)."""
    return text.translate(_lookup())


@cache
def _arrays() -> tuple[Any, Any]:
    """For every character of the Basic Multilingual Plane: the one it folds to, and whether it is
    dropped (folding makes at most one character of each, see `_table`)."""
    import numpy as np

    into = np.arange(0x10000, dtype=np.uint32)
    dropped = np.zeros(0x10000, dtype=bool)
    for cp, folded in _table().items():
        if len(folded) > 1:
            raise ValueError(f"fold_char({chr(cp)!r}) makes {len(folded)} characters: one at most")
        if folded:
            into[cp] = ord(folded)
        else:
            dropped[cp] = True
    return into, dropped


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from (plus
    the text's length at the end), computed over the code points at once."""
    import numpy as np

    into, dropped = _arrays()
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    keep = np.ones(len(points), dtype=bool)
    inside = points < 0x10000
    keep[inside] = ~dropped[points[inside]]
    points[inside] = into[points[inside]]
    index: list[int] = np.flatnonzero(keep).tolist()
    index.append(len(points))
    return points[keep].tobytes().decode("utf-32-le", "surrogatepass"), index




_MARKUP = re.compile(r"<[^<>]*>?|&[a-zA-Z]+;|&#\d+;|[<>]")
_SPACES = re.compile(r"\s+")


def plain_label(text: str) -> str:
    """A label as a reader sees it: markup an article carried ('<img src=x onerror=...>', '<b>', '&nbsp;',
    a stray '<') taken out, spaces collapsed. Every label the pipeline makes from article text goes through
    it."""
    return _SPACES.sub(" ", _MARKUP.sub(" ", text)).strip()
