"""Folding Arabic text for matching: one definition shared by the pipeline and the gazetteers.

Hamza forms, alef variants, alef maqsura and ta marbuta are folded; diacritics, tatweel, zero-width
and bidi control characters are dropped; Arabic-Indic and Persian digits become ASCII digits.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

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
    return {cp: fold_char(chr(cp)) for cp in range(0x10000)
            if not 0xD800 <= cp <= 0xDFFF and fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """Fold a string the same way article text is folded (for lexicon entries and names)."""
    return text.translate(_table())


@cache
def _changed() -> re.Pattern[str]:
    """The characters folding changes (or drops), as one character class."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_table())) + "]")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the character it came from (plus
    the text's length at the end). Only the characters that change are visited one by one."""
    table = _table()
    index: list[int] = []
    done = 0
    for m in _changed().finditer(text):
        i = m.start()
        index.extend(range(done, i))
        index.extend([i] * len(table[ord(text[i])]))
        done = i + 1
    index.extend(range(done, len(text) + 1))
    return text.translate(table), index


