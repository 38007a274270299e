"""The built-in event types, one module each (each defines `TYPE`, an `registry.EventType`).

A new type is one module here, named in `registry.BUILTIN_MODULES`, plus its ontology rows (the class
under dg:Event with its labels in ontology/diplograph.ttl, its default codes in ontology/codes.ttl); see
docs/extending.md. The helpers below build identity and IRI keys from an event's roles.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..document import Event, Person


def people(ps: Iterable[Person]) -> frozenset[str]:
    """The people of a role, by key (an identity part)."""
    return frozenset(p.key for p in ps)


def joined(values: Iterable[str]) -> str:
    """Sorted and comma-joined (an IRI key part)."""
    return ",".join(sorted(values))


def date_part(ev: Event) -> str:
    return ev.date.iso() if ev.date else ""


def encounter_key(ev: Event) -> tuple[object, ...]:
    """IRI key of a meeting, visit or statement: who, with which states, when; undated, also where
    (the city tells two undated meetings apart: Ankara, Jeddah) and the weekday named (Sunday, Monday)."""
    key: tuple[object, ...] = (joined(p.key for p in ev.agents), joined(ev.parties), date_part(ev))
    if ev.place is not None and not ev.date:
        key += (ev.place.key,)
    if ev.weekday is not None and not ev.date:
        key += (ev.weekday,)
    return key
