"""Anniversary: the n-th anniversary (ordinal) of an earlier event, often of two states' relations."""
from __future__ import annotations

from ..document import DateValue, Document, Event
from ..pipeline.rules.relations import anniversary
from ..registry import EventType
from . import joined


def relations_from_anniversary(ev: Event) -> list[Event]:
    """An anniversary of relations implies their establishment, the ordinal's years before (inferred)."""
    if not ev.of_relations:
        return []
    date = ev.date.minus_years(ev.ordinal) if ev.date and ev.ordinal else None
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


TYPE = EventType(
    name="anniversary", cls="Anniversary",
    identity=lambda ev: (frozenset(ev.parties), ev.ordinal),
    iri_key=lambda ev: (joined(ev.parties), ev.ordinal),
    rules={"anniversary": anniversary, "anniversary_elapsed": anniversary},
    derive=relations_from_anniversary, settle=anniversary_years,
    direct="relations", direct_when=lambda ev: ev.of_relations, commemorates="establishment",
    dated_once=True, colour="#2980b9")
