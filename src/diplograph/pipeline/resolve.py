"""Stage 6, resolve: derive the events that the conventions imply, then merge duplicates.

Reads `doc.events`; replaces them with one event per happening, each with every sentence that states
it. Derivations (each marks its rule):
- signing.co-signing -> meeting.co-signing and visit.co-signing (signatories of two states signing together
  meet; the one signing in the other's country visits it);
- meeting -> visit.received (a participant met in a city of another state, or received by a host, visits it);
- anniversary of relations -> establishment.from-anniversary (date = anniversary date minus ordinal years,
  `inferred`).
"""
from __future__ import annotations

import datetime as dt

from ..document import DateValue, Document, Event, Person
from .events import lead_date



def _derive(events: list[Event], types: tuple[str, ...]) -> list[Event]:
    out: list[Event] = []
    for ev in events:
        if ev.type not in types:
            continue
        if ev.type == "signing":
            named = [p for p in ev.agents if p.iso]
            if len({p.iso for p in named}) >= 2:
                out.append(Event("meeting", "meeting.co-signing", ev.sent, agents=named, place=ev.place,
                                 date=ev.date, spans=list(ev.spans), why="signatories of two states sign together"))
                if ev.place and ev.place.iso:
                    for p in named:
                        if p.iso != ev.place.iso and p.role != "ambassador":
                            out.append(Event("visit", "visit.co-signing", ev.sent, agents=[p],
                                             parties=[ev.place.iso], place=ev.place, date=ev.date,
                                             spans=list(ev.spans), why=f"{p.ar} signs in {ev.place.ar}"))
        elif ev.type == "meeting":
            host = ev.host_state or (ev.place.iso if ev.place and ev.place.iso else None)
            if host:
                for p in ev.subjects or ev.agents:
                    if p.role == "ambassador":
                        continue       # an ambassador received where he is posted is not visiting
                    if p.iso and p.iso != host and (ev.place is None or ev.place.iso == host):
                        out.append(Event("visit", "visit.received", ev.sent, agents=[p], parties=[host],
                                         place=ev.place, date=ev.date, spans=list(ev.spans),
                                         why=f"{p.ar} met/received in {host}"))
        elif ev.type == "anniversary" and ev.of_relations:
            date = ev.date.minus_years(ev.ordinal) if ev.date and ev.ordinal else None
            out.append(Event("establishment", "establishment.from-anniversary", ev.sent, parties=list(ev.parties),
                             date=date, inferred=True, spans=list(ev.spans),
                             why=f"{ev.ordinal}th anniversary on {ev.date.iso() if ev.date else '?'}"))
    return out


def _same_day(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    if a.days > 1 or b.days > 1:      # talks "يومي 19 و20" and a signing on the 20th
        return a.covers(b) or b.covers(a)
    return a.iso()[:len(min(a.iso(), b.iso(), key=len))] == b.iso()[:len(min(a.iso(), b.iso(), key=len))]


def _same_place(a: Event, b: Event) -> bool:
    """Two readings in different cities (Cairo, Doha) are two happenings, whatever their dates."""
    if a.place is None or b.place is None or a.type not in ("meeting", "visit"):
        return True
    return a.place.key == b.place.key


def _derived(ev: Event) -> bool:
    return ev.rule.endswith(("co-signing", "received", "from-anniversary"))


def _within_days(a: DateValue | None, b: DateValue | None, days: int) -> bool:
    if a is None or b is None:
        return True
    da, db = a.as_date(), b.as_date()
    if da is None or db is None:
        return _same_day(a, b)
    return abs((da - db).days) <= days


def _people(ps: list[Person]) -> frozenset[str]:
    return frozenset(p.key for p in ps)


def identity(ev: Event) -> tuple:
    """What makes two readings the same happening (dates and document titles are compared separately)."""
    if ev.type == "signing":
        return ("signing", frozenset(ev.parties))
    if ev.type == "congratulation":
        return ("congratulation", _people(ev.agents), _people(ev.recipients), frozenset(ev.recipient_states))
    if ev.type == "establishment":
        return ("establishment", frozenset(ev.parties))
    if ev.type == "anniversary":
        return ("anniversary", frozenset(ev.parties), ev.ordinal)
    if ev.type == "visit":
        return ("visit", _people(ev.agents), frozenset(ev.parties))
    return ("meeting", _people(ev.agents))


TITLE_FILLER = {"بين", "و", "في", "على", "من", "الي", "بشان", "حول", "مجال"}


def _content(title: str) -> set[str]:
    words = title.split()[1:]
    return {w[2:] if w.startswith("ال") else w for w in words if w not in TITLE_FILLER and len(w) > 2}


def _titles_match(a: Event, b: Event) -> bool:
    """Two readings name the same document: same kind and overlapping words, or nearly the same words."""
    if not a.document or not b.document:
        return True
    ca, cb = _content(a.document.folded), _content(b.document.folded)
    if a.document.folded == b.document.folded:
        return True
    if 0 in (a.sent, b.sent) and a.document.kind == b.document.kind:
        return True     # the headline names the body's document in its own words
    if not ca or not cb:
        return a.document.kind == b.document.kind
    overlap = len(ca & cb) / len(ca | cb)
    if a.document.kind == b.document.kind and (ca <= cb or cb <= ca):
        return True     # 'إعلان شوشة' in the headline, 'إعلان شوشة بشأن علاقات التحالف ...' in the body
    return overlap >= (0.3 if a.document.kind == b.document.kind else 0.6)


def _rank(ev: Event) -> tuple[int, int]:
    """Which reading's date and place win when two merge: a direct reading, then a dated one, then the first."""
    return (1 if _derived(ev) else 0, 0 if ev.date else 1)


def _merge(into: Event, other: Event) -> None:
    for span in other.spans:
        if span not in into.spans:
            into.spans.append(span)
    if into.type == "establishment" and into.inferred and not other.inferred:
        if other.date is not None or into.date is None:
            into.date, into.inferred, into.rule, into.why = other.date, False, other.rule, other.why
        else:
            into.inferred = False
            into.rule = other.rule
    elif into.type == "visit" and into.date and other.date and into.date.precision == other.date.precision \
            and other.date < into.date and _within_days(into.date, other.date, 7):
        into.date = other.date     # a visit starts on the day of arrival
    elif _rank(other) < _rank(into) and other.date is not None:
        into.date, into.rule, into.why = other.date, other.rule, other.why
    elif into.date is None and other.date is not None:
        into.date = other.date
    elif into.date and other.date and into.date.precision != "day" and other.date.precision == "day" \
            and into.type in ("establishment",):
        into.date = other.date
    if into.place is None and other.place is not None:
        into.place = other.place
    if not into.occasion and other.occasion:
        into.occasion = other.occasion
    for p in other.agents:
        if p not in into.agents and into.type == "signing":
            into.agents.append(p)


def merge_events(events: list[Event]) -> list[Event]:
    ordered = sorted(events, key=_rank)
    merged: list[Event] = []
    for ev in ordered:
        key = identity(ev)
        target = None
        for m in merged:
            if identity(m) != key:
                continue
            if ev.type == "establishment" or ev.type == "anniversary":
                target = m
                break
            past = (m.rule == "visit.past") != (ev.rule == "visit.past")
            if past and (m.date is None or ev.date is None):
                continue        # this visit and the earlier one it recalls ('أول زيارة منذ 2012') are two
            if ev.type == "visit" and _within_days(m.date, ev.date, 7) and _same_place(m, ev):
                target = m
                break
            if _same_day(m.date, ev.date) and _titles_match(m, ev) and _same_place(m, ev):
                target = m
                break
        if target is None:
            merged.append(ev)
        else:
            _merge(target, ev)
    merged.sort(key=lambda e: (e.sent, e.type, e.rule))
    return merged


def _occasions(doc: Document) -> None:
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


def _anniversary_years(doc: Document) -> None:
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


def _unnamed_doubles(doc: Document) -> None:
    """'وصل الرئيس الإسرائيلي هرتسوغ إلى أنقرة في أول زيارة لرئيس إسرائيلي إلى تركيا': the visit of 'an Israeli
    president' told in the same sentence as a named one's visit to the same state is that visit."""
    keep = []
    for ev in doc.events:
        if ev.type == "visit" and ev.agents and not any(p.named for p in ev.agents):
            twin = next((o for o in doc.events if o is not ev and o.type == "visit" and o.parties == ev.parties
                         and set(o.spans) & set(ev.spans) and {p.iso for p in o.agents} == {p.iso for p in ev.agents}
                         and all(p.named for p in o.agents)), None)
            if twin is not None:
                continue
        keep.append(ev)
    doc.events = keep


def _companions(doc: Document) -> None:
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


def _headline_dates(doc: Document) -> None:
    """An event told only in the headline ('تبون وماكرون يوقّعان ...') that the body did not date takes the
    date of the lead's event."""
    if not doc.sentences:
        return
    head = (doc.sentences[0].start, doc.sentences[0].end)
    main = None
    for ev in doc.events:
        if ev.date is None and ev.spans == [head] and ev.type in ("signing", "meeting", "visit", "congratulation"):
            main = main or lead_date(doc)
            ev.date = main


def resolve(doc: Document) -> Document:
    doc.events = merge_events(doc.events)           # first the readings of each happening...
    for types in (("signing", "anniversary"), ("meeting",)):    # ...then what they imply, merged again
        doc.events = merge_events(doc.events + _derive(doc.events, types))
    _occasions(doc)
    _headline_dates(doc)
    _anniversary_years(doc)
    _unnamed_doubles(doc)
    _companions(doc)
    return doc


def implied_publication(doc: Document) -> dt.date | None:
    """'الذكرى الخامسة والسبعين ... التي يحتفل بها اليوم' with relations established on 2 October 1949:
    today is 2 October 2024. Used only when the publication date is otherwise unknown."""
    if doc.published is not None:
        return None
    est = [e for e in doc.events if e.type == "establishment" and not e.inferred and e.date
           and e.date.precision == "day"]
    for ev in doc.events:
        if ev.type != "anniversary" or not ev.ordinal or not ev.of_relations:
            continue
        sents = [x.index for x in doc.sentences if (x.start, x.end) in ev.spans]
        today = any(m.kind == "time" and m.value == "today" for i in sents for m in doc.in_sentence(i))
        for e in est:
            if today and frozenset(e.parties) == frozenset(ev.parties):
                shifted = e.date.minus_years(-ev.ordinal)
                return shifted.as_date()
    return None
