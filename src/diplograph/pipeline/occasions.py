"""National occasions counted by ordinal give the year an article speaks of.

'بمناسبة اليوم الوطني الـ94 للمملكة', 'العيد الوطني الـ53 لدولة الإمارات', 'الذكرى الخمسين لاستقلالها':
with the year each state counts that occasion from (`lang/ar/national_days.tsv`), the ordinal names the
year (1930 + 94 = 2024). Cables of congratulation are dated this way in Gulf agencies' copy, whose
datelines often carry day and month only ('الدوحة في 23 سبتمبر').
"""
from __future__ import annotations

from ..document import Document, Mention, Sentence
from ..gazetteer import sole_kingdom
from .ordinals import ordinal_at

POINTERS = ("kingdom", "own_country")      # 'for the kingdom', 'for his country': the state named before


def _state_of(doc: Document, ms: list[Mention], occasion: Mention, after: int) -> str | None:
    """The state whose occasion it is: named right after ('لدولة الإمارات'), else, for 'للمملكة', 'لبلاده'
    or a pronoun ('لاستقلالها'), the nearest state named before it (for 'للمملكة', the one kingdom named)."""
    named = [m for m in ms if m.kind == "state" and m.iso and after <= m.start <= after + 2]
    if named:
        return named[0].iso
    pointer = next((m.kind for m in ms if m.kind in POINTERS and after <= m.start <= after + 1), None)
    pronoun = doc.tokens[occasion.end - 1].text.endswith(doc.lang.words.prefix("possessive-suffix"))
    if not (pointer or pronoun):
        return None
    before = [m for m in ms if m.end <= occasion.start and m.kind == "state" and m.iso]
    if before:
        return max(before, key=lambda m: m.end).iso
    if pointer == "kingdom":      # 'for the kingdom' with the kingdom named elsewhere (the dateline)
        return sole_kingdom(doc)
    return None


def _occasion_year(doc: Document, sent: Sentence) -> int | None:
    ms = doc.in_sentence(sent.index)
    for occ in (m for m in ms if m.kind == "founding" and m.value):
        n, after = ordinal_at(doc, sent, occ.end)            # the 94th national day
        if n is None:                                        # the fiftieth anniversary of its independence
            for trig in (m for m in ms if m.kind == "trigger" and m.value == "anniversary"):
                k, end = ordinal_at(doc, sent, trig.end)
                if k is not None and end == occ.start:
                    n, after = k, occ.end
        if not n:
            continue
        iso = _state_of(doc, ms, occ, after)
        found = doc.lang.national_days.get((iso or "", occ.value or ""))
        if found and 1900 < found[2] + n <= 2100:
            return found[2] + n
    return None


def occasion_year(doc: Document) -> int | None:
    """The year named by the first national occasion with an ordinal in the article, or None."""
    founding = {m.sent for m in doc.mentions if m.kind == "founding" and m.value}
    for sent in (s for s in doc.sentences if s.index in founding):
        year = _occasion_year(doc, sent)
        if year is not None:
            return year
    return None
