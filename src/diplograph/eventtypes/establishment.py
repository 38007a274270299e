"""Establishment of diplomatic relations between two states (party), at a date."""
from __future__ import annotations

from ..pipeline.rules.relations import establishment
from ..registry import EventType
from . import joined

TYPE = EventType(
    name="establishment", cls="EstablishmentOfRelations",
    identity=lambda ev: (frozenset(ev.parties),),
    iri_key=lambda ev: (joined(ev.parties),),
    rules={"establishment": establishment, "relations": establishment},
    direct="relations", dated_once=True, prefers_day=True, colour="#16a085")
