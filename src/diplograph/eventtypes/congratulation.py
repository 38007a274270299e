"""Congratulation: one party (agent) congratulates another (recipient) on an occasion."""
from __future__ import annotations

from ..document import Document
from ..pipeline.rules.congratulation import congratulation, congratulation_exchange
from ..registry import EventType
from . import date_part, joined, people


def occasions(doc: Document) -> None:
    """Congratulations with no stated occasion, in an article about an anniversary of the same states:
    that anniversary is the occasion ('تم تبادل التهاني ... فيما يتعلق بهذا التاريخ')."""
    anniversaries = [e for e in doc.events if e.type == "anniversary"]
    for ev in doc.events:
        if ev.type != "congratulation" or ev.occasion:
            continue
        states = {p.iso for p in ev.agents + ev.recipients if p.iso} | set(ev.recipient_states)
        for a in anniversaries:
            if states <= set(a.parties):
                ev.occasion = a.phrase
                break


TYPE = EventType(
    name="congratulation", cls="Congratulation",
    identity=lambda ev: (people(ev.agents), people(ev.recipients), frozenset(ev.recipient_states)),
    iri_key=lambda ev: (joined(p.key for p in ev.agents),
                        joined([p.key for p in ev.recipients] + ev.recipient_states), date_part(ev)),
    rules={"congratulation": congratulation, "congratulation_exchange": congratulation_exchange},
    settle=occasions, has_occasion=True, direct="congratulated", edge_roles=("agent", "recipient"),
    headline_takes_lead_date=True, colour="#d4a017")
