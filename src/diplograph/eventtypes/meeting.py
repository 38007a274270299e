"""Meeting: talks between participants (agent), possibly by telephone, at a place."""
from __future__ import annotations

from ..document import Event
from ..pipeline.rules.meetings import bilateral_summit, discussed, meeting, reception, summons, toured_with
from ..registry import EventType
from . import encounter_key, people


def visits_of_guests(ev: Event) -> list[Event]:
    """A participant met in a city of another state, or received by a host, visits it."""
    host = ev.host_state or (ev.place.iso if ev.place and ev.place.iso else None)
    if not host:
        return []
    out = []
    for p in ev.subjects or ev.agents:
        if p.role == "ambassador":
            continue       # an ambassador received where he is posted is not visiting
        if p.iso and p.iso != host and (ev.place is None or ev.place.iso == host):
            out.append(Event("visit", "visit.received", ev.sent, agents=[p], parties=[host], place=ev.place,
                             date=ev.date, spans=list(ev.spans), why=f"{p.ar} met/received in {host}"))
    return out


def third_place(ev: Event, default: str | None) -> str | None:
    """A meeting in a city of a state none of the participants represents: CAMEO 044."""
    if ev.place and ev.place.iso and ev.place.iso not in ev.states():
        return "cameo-044"
    return default


TYPE = EventType(
    name="meeting", cls="Meeting",
    identity=lambda ev: (people(ev.agents),),
    iri_key=encounter_key,
    rules={"reception": reception, "meeting": meeting, "talks": meeting, "summit": bilateral_summit,
           "discussed": discussed, "summons": summons,
           "tour": toured_with},
    derive=visits_of_guests, derive_round=1, cameo_for=third_place, edge_roles=("agent", "agent"),
    place_distinguishes=True, headline_takes_lead_date=True, colour="#d35400")
