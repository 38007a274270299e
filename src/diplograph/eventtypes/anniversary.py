"""Anniversary: the n-th anniversary (ordinal) of an earlier event, often of two states' relations."""
from __future__ import annotations

import datetime as dt

from ..document import DateValue, Document, Event
from ..pipeline.rules.relations import anniversary
from ..registry import EventType
from . import joined


def relations_from_anniversary(ev: Event) -> list[Event]:
    """An anniversary of relations implies their establishment, the ordinal's years before (inferred): on
    that day when the text states the anniversary's day, else in that year (the article's own date says
    nothing of the day relations were established)."""
    if not ev.of_relations:
        return []
    date = ev.date.minus_years(ev.ordinal) if ev.date and ev.ordinal else None
    if date is not None and not ev.date_stated:
        date = DateValue(date.year)
    return [Event("establishment", "establishment.from-anniversary", ev.sent, parties=list(ev.parties),
                  date=date, inferred=True, spans=list(ev.spans),
                  why=f"{ev.ordinal}th anniversary on {ev.date.iso() if ev.date else '?'}")]


def anniversary_years(doc: Document) -> None:
    """'تعود العلاقات إلى ديسمبر 1958 ... الذكرى الـ65 لإقامة علاقاتهما': an undated anniversary of dated
    relations falls in the year the ordinal gives (1958 + 65 = 2023), kept at year precision."""
    for ev in doc.events:
        if ev.type != "anniversary" or ev.date is not None or not ev.ordinal or not ev.of_relations:
            continue
        for est in doc.events:
            if est.type == "establishment" and est.date is not None and not est.inferred \
                    and frozenset(est.parties) == frozenset(ev.parties):
                ev.date, ev.inferred = DateValue(est.date.year + ev.ordinal), True
                break


def celebrated_today(doc: Document) -> dt.date | None:
    """'الذكرى الخامسة والسبعين ... التي يحتفل بها اليوم' with relations established on 2 October 1949:
    today is 2 October 2024 (read only when the publication date is otherwise unknown)."""
    est = [e for e in doc.events if e.type == "establishment" and not e.inferred and e.date
           and e.date.precision == "day"]
    for ev in doc.events:
        if ev.type != "anniversary" or not ev.ordinal or not ev.of_relations:
            continue
        sents = [x.index for x in doc.sentences if (x.start, x.end) in ev.spans]
        today = any(m.kind == "time" and m.value == "today" for i in sents for m in doc.in_sentence(i))
        for e in est:
            if today and e.date is not None and frozenset(e.parties) == frozenset(ev.parties):
                return e.date.minus_years(-ev.ordinal).as_date()
    return None


TYPE = EventType(
    name="anniversary", cls="Anniversary",
    identity=lambda ev: (frozenset(ev.parties), ev.ordinal),
    iri_key=lambda ev: (joined(ev.parties), ev.ordinal),
    rules={"anniversary": anniversary, "anniversary_elapsed": anniversary},
    derive=relations_from_anniversary, settle=anniversary_years, publication=celebrated_today,
    direct="relations", direct_when=lambda ev: ev.of_relations, commemorates="establishment",
    dated_once=True, colour="#2980b9")
