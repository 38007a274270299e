"""Signing: signatories (agent) sign a document on behalf of the states it binds (party)."""
from __future__ import annotations

from ..document import Event
from ..pipeline.rules.signing import dated_document, signing
from ..registry import EventType
from . import joined


def co_signing(ev: Event) -> list[Event]:
    """Signatories of two states signing together meet; the one signing in the other's country visits it."""
    named = [p for p in ev.agents if p.iso]
    if len({p.iso for p in named}) < 2:
        return []
    out = [Event("meeting", "meeting.co-signing", ev.sent, agents=named, place=ev.place, date=ev.date,
                 spans=list(ev.spans), why="signatories of two states sign together")]
    if ev.place and ev.place.iso:
        for p in named:
            if p.iso != ev.place.iso and p.role != "ambassador":
                out.append(Event("visit", "visit.co-signing", ev.sent, agents=[p], parties=[ev.place.iso],
                                 place=ev.place, date=ev.date, spans=list(ev.spans),
                                 why=f"{p.ar} signs in {ev.place.ar}"))
    return out


TYPE = EventType(
    name="signing", cls="Signing",
    identity=lambda ev: (frozenset(ev.parties),),
    iri_key=lambda ev: (joined(ev.states()), ev.date.iso() if ev.date else "",
                        ev.document.folded if ev.document else ""),
    rules={"signing": signing}, mention_rules={"dated": dated_document},
    derive=co_signing, direct="signed",
    gathers_agents=True, headline_takes_lead_date=True, colour="#c0392b")
