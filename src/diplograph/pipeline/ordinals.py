"""Ordinals after a word: 'الذكرى الـ 30', '30', 'الثلاثين', 'الخامسة والسبعين', 'السنوية الستين'.

Reads the `number` mentions of a sentence (from `lang/ar/numbers.tsv`); used by the anniversary rule and by
the national occasions ('اليوم الوطني الـ94').
"""
from __future__ import annotations

from ..document import Document, Sentence



def ordinal_at(doc: Document, sent: Sentence, a: int) -> tuple[int | None, int]:
    """The ordinal starting at (or just after) token `a`, and the token after it; (None, a) if none."""
    toks = doc.tokens
    nums = {m.start: m for m in doc.in_sentence(sent.index, "number")}
    i = a
    end = min(sent.tok_end, a + 5)
    while i < end:
        t = toks[i].text
        if t in doc.lang.words.of("ordinal-skip"):
            i += 1
            continue
        digits = t[2:] if t.startswith(doc.lang.words.prefix("article")) and t[2:].isdecimal() else t
        if digits.isdecimal() and len(digits) <= 3:
            return int(digits), i + 1
        m = nums.get(i)
        if m is None:
            break
        value = int(m.value or 0)
        nxt = nums.get(m.end) if m.end < sent.tok_end else None
        if nxt is not None and nxt.via == "tens" and value < 10:
            return value + int(nxt.value or 0), nxt.end      # the seventy-fifth
        return value, m.end
    return None, a
