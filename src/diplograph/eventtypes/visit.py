"""Visit: a person or delegation (agent) visits a host state (party), in a city (place)."""
from __future__ import annotations

from ..document import Document
from ..pipeline.rules.visits import at_gathering, attend, depart, listed_companions, visit
from ..pipeline.rules.visits_at import on_person
from ..registry import EventType
from . import encounter_key, people


def unnamed_doubles(doc: Document) -> None:
    """'وصل الرئيس الإسرائيلي هرتسوغ إلى أنقرة في أول زيارة لرئيس إسرائيلي إلى تركيا': the visit of 'an
    Israeli president' told in the same sentence as a named one's visit to the same state is that visit."""
    keep = []
    for ev in doc.events:
        if ev.type == "visit" and ev.agents and not any(p.named for p in ev.agents):
            states = {p.iso for p in ev.agents}
            twin = next((o for o in doc.events if o is not ev and o.type == "visit"
                         and o.parties == ev.parties and set(o.spans) & set(ev.spans)
                         and {p.iso for p in o.agents} == states
                         and all(p.named for p in o.agents)), None)
            if twin is not None:
                continue
        keep.append(ev)
    doc.events = keep


def companions(doc: Document) -> None:
    """'الرئيس الفرنسي وحرمه ... لدى وصولهما': an undated visit told in the same sentence as a dated visit
    to the same state by a fellow traveller is part of that trip and takes its date."""
    for ev in doc.events:
        if ev.type != "visit" or ev.date is not None:
            continue
        for other in doc.events:
            if other.type == "visit" and other.date is not None and other.parties == ev.parties \
                    and set(other.spans) & set(ev.spans) and other.rule != "visit.past" \
                    and other.agents != ev.agents:
                ev.date = other.date
                break


def settle(doc: Document) -> None:
    unnamed_doubles(doc)
    companions(doc)
    known = {(tuple(p.key for p in e.agents), tuple(e.parties)) for e in doc.events if e.type == "visit"}
    doc.events += [e for e in listed_companions(doc)
                   if (tuple(p.key for p in e.agents), tuple(e.parties)) not in known]


TYPE = EventType(
    name="visit", cls="Visit",
    identity=lambda ev: (people(ev.agents), frozenset(ev.parties)),
    iri_key=encounter_key,
    rules={"visit": visit, "arrival": visit, "departure": depart, "attend": attend},
    mention_rules={"gathering": at_gathering, "person": on_person},
    settle=settle, edge_roles=("agent", "party"), window_days=7, place_distinguishes=True,
    starts_on_arrival=True, headline_takes_lead_date=True, colour="#8e44ad")
