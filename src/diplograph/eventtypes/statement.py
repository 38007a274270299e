"""Statement: a public statement by a state, person or organisation (agent) about another state (party).
No rule reads statements yet; the type is declared so that the first rule that does can emit them."""
from __future__ import annotations

from ..registry import EventType
from . import encounter_key, people

TYPE = EventType(
    name="statement", cls="Statement",
    identity=lambda ev: (people(ev.agents), frozenset(ev.parties)),
    iri_key=encounter_key, edge_roles=("agent", "party"), colour="#7f8c8d")
