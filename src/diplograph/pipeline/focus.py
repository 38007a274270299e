"""Stage 6, focus: the article's main states and the state it is reported from.

Reads `doc.mentions`; adds `doc.focus` (the states most mentioned, those of the first two sentences
counting three times), `doc.home` (the state of the reporting agency, else of a dateline city among the
main states) and `doc.dateline_place`. Run again after coreference, when people count too.
"""
from __future__ import annotations

from collections import Counter

from ..document import Document, Place, PlaceMention
from ..textfold import fold


def find_focus(doc: Document) -> None:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in doc.mentions:
        iso = m.iso if m.kind in ("state", "person") else None
        if not iso:
            continue
        weight = 3 if m.sent <= 1 else 1
        counts[iso] += weight
        first_seen.setdefault(iso, m.start)
    doc.focus = tuple(sorted(counts, key=lambda k: (-counts[k], first_seen[k])))


def find_home(doc: Document) -> None:
    edge = {s.index for s in doc.sentences[:2]} | {s.index for s in doc.sentences[-3:]}
    agencies = [m for m in doc.mentions if m.kind == "agency" and m.sent in edge]
    if agencies:
        doc.home = agencies[0].value
    for sent in doc.sentences[:3]:
        first = [m for m in doc.mentions if m.sent == sent.index and m.start <= sent.tok_start + 1
                 and isinstance(m, PlaceMention) and (m.place is not None or m.kind == "state")]
        short = sent.tok_end - sent.tok_start <= 30
        place = _dateline_city(doc, first[0]) if first else None
        if place is not None and short and _closes_dateline(doc, first[0].end):
            doc.dateline_place = place
            break
    if doc.home is None and doc.dateline_place is not None and doc.dateline_place.iso in doc.focus[:2]:
        doc.home = doc.dateline_place.iso      # 'Manama - ...' with no agency named: a report from home


def _dateline_city(doc: Document, m: PlaceMention) -> Place | None:
    """The city a line's first place names: a city or capital, or a state whose capital bears its name
    ('تونس - الصباح', 'الكويت - كونا', 'الجزائر -': Tunis, Kuwait City, Algiers)."""
    if m.via in ("capital", "city"):
        return m.place
    country = doc.lang.gazetteer.countries.get(m.iso or "") if m.kind == "state" and m.via == "name" else None
    if country is None or country.capital is None:
        return None
    return country.capital if fold(country.ar) in fold(country.capital.ar).split() else None


DATELINE_FOLLOWERS = ("date", "time", "weekday", "month", "agency")


def _closes_dateline(doc: Document, k: int) -> bool:
    """What follows a city opening a line makes it a dateline: a mark, a comma, a colon or a number ('عمان -',
    'سيول:', 'القاهرة، 14 أغسطس'), a day, a month or an agency, each also after 'in' ('الدوحة في 23 سبتمبر',
    'الرياض في الثالث من مارس'), or the line's end. A city followed by another word is the subject of a
    headline ('واشنطن تدين', 'سيول تكشف': the government speaking) or part of a name ('مانشستر سيتي'): no
    report from there."""
    sent = next(s for s in doc.sentences if s.tok_start <= k <= s.tok_end)
    if k >= sent.tok_end:
        return True
    after_in = doc.tokens[k].text in doc.lang.words.of("in")
    reach = range(k + 1, min(k + 4, sent.tok_end)) if after_in else range(k, k + 1)
    if reach and not doc.tokens[reach.start].text.isalpha():
        return True
    return any(m.start in reach and m.kind in DATELINE_FOLLOWERS for m in doc.mentions)


def focus_and_home(doc: Document) -> Document:
    """The stage: focus, then home (which reads the focus)."""
    find_focus(doc)
    find_home(doc)
    return doc
