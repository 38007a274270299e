"""Stage 10, resolve: derive the events that the conventions imply, then merge duplicates.

Reads `doc.events`; replaces them with one event per happening, each with every sentence that states
it. Derivations (each marks its rule):
- signing.co-signing -> meeting.co-signing and visit.co-signing (signatories of two states signing together
  meet; the one signing in the other's country visits it);
- meeting -> visit.received (a participant met in a city of another state, or received by a host, visits it);
- anniversary of relations -> establishment.from-anniversary (date = anniversary date minus ordinal years,
  `inferred`).
Merging: a day agrees with the month it falls in; a reading the text does not date merges with a dated one
unless the dated one is recalled (a background sentence) and it is not; the text's date beats the
publication's; a stated day refines a stated month; a meeting told again with more people of its states is
one meeting of its principals.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ..document import DateValue, Document, Event, Person
from ..language import default_language
from ..lexicon import Words
from ..registry import EventType, Registry, default_registry
from .events import lead_date
from .sentences import opens_with_headline


@dataclass(frozen=True)
class Telling:
    """What the merge reads of the article's sentences: those that recall earlier events (a background
    cue: 'كان ... قد', 'سبق أن'), and whether the first is a headline."""

    recalling: frozenset[int] = frozenset()
    headline: bool = True
    # the weekdays each sentence names, by its character range (a weekday stays undated with no publication
    # date, yet still tells its day from another)
    weekdays: tuple[tuple[int, int, frozenset[str]], ...] = ()

    def days_named(self, ev: Event) -> frozenset[str]:
        """The weekdays named in the sentences a reading was told in."""
        return frozenset(day for start, end, days in self.weekdays for a, _ in ev.spans if start <= a < end
                         for day in days)


def telling(doc: Document) -> Telling:
    """What the merge reads of this article's sentences."""
    weekdays = [(s, frozenset(m.value or "" for m in doc.in_sentence(s.index, "weekday")))
                for s in doc.sentences]
    return Telling(frozenset(m.sent for m in doc.mentions if m.kind == "background"),
                   opens_with_headline(doc),
                   tuple((s.start, s.end, days) for s, days in weekdays if days))


def _weekdays_of_undated(doc: Document, told: Telling) -> None:
    """An event the text leaves undated, told in sentences naming one weekday, keeps that weekday (two
    undated meetings of the same people on Sunday and Monday are two nodes)."""
    for ev in doc.events:
        days = told.days_named(ev) if ev.date is None else frozenset()
        ev.weekday = next(iter(days)) if len(days) == 1 else None


def _other_weekdays(a: Event, b: Event, told: Telling) -> bool:
    """Two readings the text does not date, told in sentences naming other weekdays ('وقع الرئيسان يوم
    الاثنين' and 'وأجرى الزعيمان مساء الأحد محادثات', with no publication date to date them): two days."""
    if a.date is not None or b.date is not None:
        return False
    days_a, days_b = told.days_named(a), told.days_named(b)
    return bool(days_a) and bool(days_b) and days_a.isdisjoint(days_b)


def _derive(events: list[Event], round_: int, registry: Registry) -> list[Event]:
    """What the events of the types derived in this round imply (each type's `derive`); a derived event
    dated like its source has the source's date from the same place (the text or the publication)."""
    out: list[Event] = []
    for ev in events:
        kind = registry.event(ev.type)
        if kind.derive_round == round_:
            out += [replace(d, date_stated=ev.date_stated) if d.date == ev.date else d
                    for d in kind.derive(ev)]
    return out


def _same_day(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates that may name one day: a day agrees with the month or year it falls in."""
    if a is None or b is None:
        return True
    if (a.days > 1 or b.days > 1) and a.precision == b.precision == "day":
        return a.covers(b) or b.covers(a)      # talks on the 19th and 20th and a signing on the 20th
    shorter = min(len(a.iso()), len(b.iso()))
    return a.iso()[:shorter] == b.iso()[:shorter]


def _same_place(a: Event, b: Event, kind: EventType) -> bool:
    """Two readings in different cities (Cairo, Doha) are two happenings, whatever their dates."""
    if a.place is None or b.place is None or not kind.place_distinguishes:
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


def identity(ev: Event, registry: Registry | None = None) -> tuple[object, ...]:
    """What makes two readings the same happening (dates, documents and places are compared separately):
    the type and its declaration's `identity`."""
    return (ev.type, *(registry or default_registry()).event(ev.type).identity(ev))


def _content(title: str, words: Words) -> set[str]:
    """The words that tell a document's title from another's (without the article, also after lam:
    'للربط' and 'الربط' are one word, and without filler words)."""
    definite, filler = words.prefix("definite"), words.of("title-filler")
    return {w[2:] if w.startswith(definite) else w for w in title.split()[1:]
            if w not in filler and len(w) > 2}


DECLARATIONS = frozenset({"declaration", "joint_statement"})


def _kin(a: str, b: str) -> bool:
    """Two kinds a headline and its body may give one document: the same, or a declaration and a joint
    one ('يوقعان "إعلان الجزائر"' over 'وقع ... إعلانا مشتركا')."""
    return a == b or {a, b} <= DECLARATIONS


def _titles_match(a: Event, b: Event, words: Words, headline: bool = True) -> bool:
    """Two readings name the same document: same kind and overlapping words, or nearly the same words
    (`headline`: the article's first line is a headline)."""
    if not a.document or not b.document:
        return True
    ca, cb = _content(a.document.folded, words), _content(b.document.folded, words)
    if a.document.folded == b.document.folded:
        return True
    if headline and 0 in (a.sent, b.sent) and _kin(a.document.kind, b.document.kind):
        return True     # the headline names the body's document in its own words
    if not ca or not cb:
        return a.document.kind == b.document.kind
    overlap = len(ca & cb) / len(ca | cb)
    if a.document.kind == b.document.kind and len(ca & cb) >= 0.75 * min(len(ca), len(cb)):
        return True     # 'the Shusha Declaration' in the headline, 'the Shusha Declaration on ...' after;
        #                 'an agreement abolishing visas' and 'an agreement between the governments ... that
        #                 abolishes visas' (the short name's words but a clitic in the long one)
    return overlap >= (0.3 if a.document.kind == b.document.kind else 0.6)


def _rank(ev: Event) -> tuple[int, int]:
    """Which reading's date and place win when two merge: a direct reading, then a dated one, then the
    first."""
    return (1 if _derived(ev) else 0, 0 if ev.date else 1)


def _merge(into: Event, other: Event, kind: EventType) -> None:
    for span in other.spans:
        if span not in into.spans:
            into.spans.append(span)
    _merge_date(into, other, kind)
    if into.place is None and other.place is not None:
        into.place = other.place
    if not into.occasion and other.occasion:
        into.occasion = other.occasion
    if kind.gathers_agents:
        for p in other.agents:
            if p not in into.agents:
                into.agents.append(p)


def _name_the_document(into: Event, other: Event, words: Words) -> None:
    """'signed 22 agreements, among them an agreement on X and an agreement on Y': the number of documents
    merged with the first one named of its kind in its sentence is that document, so that the next one named
    stays a document of its own."""
    a, b = into.document, other.document
    if a is not None and b is not None and a.kind == b.kind and into.sent == other.sent \
            and not _content(a.folded, words) and _content(b.folded, words):
        into.document = b


def _take_date(into: Event, other: Event) -> None:
    into.date, into.date_stated = other.date, other.date_stated


def _merge_date(into: Event, other: Event, kind: EventType) -> None:
    """Which date (and rule) the merged reading keeps."""
    if other.date is not None and other.date_stated and not into.date_stated and not other.inferred:
        _take_date(into, other)     # the text's own date beats the publication's or the lead's
        if into.inferred:
            into.inferred, into.rule, into.why = False, other.rule, other.why
    elif other.date is not None and into.date is not None and into.date_stated and not other.date_stated:
        pass                        # nor does the publication's date replace the text's
    elif into.inferred and not other.inferred:      # a stated reading replaces an inferred one
        if other.date is not None or into.date is None:
            into.inferred, into.rule, into.why = False, other.rule, other.why
            _take_date(into, other)
        else:
            into.inferred = False
            into.rule = other.rule
    elif kind.starts_on_arrival and into.date and other.date and into.date.precision == other.date.precision \
            and other.date < into.date and _within_days(into.date, other.date, kind.window_days):
        _take_date(into, other)     # a visit starts on the day of arrival
    elif _rank(other) < _rank(into) and other.date is not None:
        into.rule, into.why = other.rule, other.why
        _take_date(into, other)
    elif into.date is None and other.date is not None:
        _take_date(into, other)
    elif into.date and other.date and into.date.precision != "day" and other.date.precision == "day" \
            and (kind.prefers_day or other.date_stated) and (other.date_stated or not into.date_stated):
        _take_date(into, other)


def _untold(ev: Event) -> bool:
    """The text gives the reading no date of its own (none, or the publication's or the lead's)."""
    return ev.date is None or not ev.date_stated


def _recalled_and_undated(a: Event, b: Event, recalling: frozenset[int]) -> bool:
    """A reading the text does not date and one dated by a month or a year only, in a sentence that recalls
    ('he had visited it in January 2021', 'سبق أن'): the latter is an earlier happening, the former the
    current one: two. Without a recall, or when both recall ('the summit had been held in June 2021 ... they
    met then'), it is one happening told twice, once with its month."""
    if _untold(a) == _untold(b):
        return False
    dated, undated = (b, a) if _untold(a) else (a, b)
    return dated.date is not None and dated.date.precision != "day" and dated.sent in recalling \
        and undated.sent not in recalling


def _month_before(a: Event, b: Event) -> bool:
    """One reading dated by the publication day only, the other by a stated month, the one before it: 'his
    latest trip' in an article of 2 August and 'in July he visited' are one trip, in July."""
    if _untold(a) == _untold(b) or a.date is None or b.date is None:
        return False
    told, untold = (b.date, a.date) if _untold(a) else (a.date, b.date)
    if told.precision != "month" or untold.precision != "day" or untold.month is None:
        return False
    return (told.year, told.month) == ((untold.year, untold.month - 1) if untold.month > 1
                                       else (untold.year - 1, 12))


def _same_happening(m: Event, ev: Event, kind: EventType, words: Words, told: Telling = Telling()) -> bool:
    """Two readings of one identity: one happening when their dates, documents and places agree."""
    if kind.dated_once:
        return True
    if (m.rule == "visit.past") != (ev.rule == "visit.past") and (m.date is None or ev.date is None):
        return False        # this visit and the earlier one it recalls ('the first visit since 2012') are two
    if _recalled_and_undated(m, ev, told.recalling):
        return False
    if _month_before(m, ev):
        return _titles_match(m, ev, words, told.headline) and _same_place(m, ev, kind)
    if kind.window_days and _within_days(m.date, ev.date, kind.window_days) and _same_place(m, ev, kind):
        return True
    return _same_day(m.date, ev.date) and not _other_weekdays(m, ev, told) \
        and _titles_match(m, ev, words, told.headline) and _same_place(m, ev, kind)


def _core(m: Event, ev: Event, registry: Registry) -> list[Person] | None:
    """'X received Y ... X, Y and X's foreign minister held an enlarged meeting': two readings whose people
    differ only by more people of the same states (the smaller with two or more) are one happening told
    with and without the delegations, on one day; the smaller set names its principals (None: not so)."""
    small, large = sorted((m.agents, ev.agents), key=len)
    if m.date is None or m.date != ev.date or len(small) < 2 or not set(small) < set(large) \
            or {p.iso for p in small} != {p.iso for p in large}:
        return None
    return small if identity(replace(m, agents=small), registry) == identity(replace(ev, agents=small),
                                                                           registry) else None


def _reading_of(merged: list[Event], ev: Event, kind: EventType, registry: Registry, words: Words,
                told: Telling) -> tuple[Event, list[Person] | None] | None:
    """The merged event `ev` is another reading of, with the principals `_core` names (None: none)."""
    key = identity(ev, registry)
    for m in merged:
        core = _core(m, ev, registry)
        if (identity(m, registry) == key or core is not None) and _same_happening(m, ev, kind, words, told):
            return m, core
    return None


def merge_events(events: list[Event], registry: Registry | None = None,
                 words: Words | None = None, told: Telling = Telling()) -> list[Event]:
    """One event per happening (`words`: the language's word classes, for document titles; `told`: what
    the article's sentences tell, `telling`)."""
    reg = registry or default_registry()
    w = words or default_language().words
    merged: list[Event] = []
    for ev in sorted(events, key=_rank):
        kind = reg.event(ev.type)
        found = _reading_of(merged, ev, kind, reg, w, told)
        if found is None:       # a copy: merging the next readings into it leaves the caller's events alone
            merged.append(replace(ev, spans=list(ev.spans), agents=list(ev.agents)))
        else:
            target, core = found
            _merge(target, ev, kind)
            _name_the_document(target, ev, w)
            if core is not None and not kind.gathers_agents:
                target.agents = list(core)
    merged.sort(key=lambda e: (e.sent, e.type, e.rule))
    return merged


def _headline_dates(doc: Document, registry: Registry) -> None:
    """An event told only in the headline ('تبون وماكرون يوقّعان ...') that the body did not date takes the
    date of the lead's event."""
    if not doc.sentences:
        return
    head = (doc.sentences[0].start, doc.sentences[0].end)
    main = None
    for ev in doc.events:
        if ev.date is None and ev.spans == [head] and registry.event(ev.type).headline_takes_lead_date:
            main = main or lead_date(doc)
            ev.date = main


def _dates_of_sources(doc: Document, recalling: frozenset[int]) -> None:
    """An undated event told only in sentences where a dated event of its own people and place is told
    ('the summit that brought X and Y together in Geneva was held in June 2021 ... they met there then': the
    meeting and its participants' visits, one of them dated by a merge) happened then, unless one of the two
    is recalled and the other is not (a reception recalled beside a signing)."""
    for ev in doc.events:
        if ev.date is not None or not ev.spans:
            continue
        source = next((o for o in doc.events if o.date is not None and set(ev.spans) <= set(o.spans)
                       and o.agents and set(o.agents) <= set(ev.agents) and o.place == ev.place
                       and (o.sent in recalling) == (ev.sent in recalling)), None)
        if source is not None:
            ev.date, ev.date_stated = source.date, source.date_stated


def implied_publication(doc: Document, registry: Registry | None = None) -> dt.date | None:
    """The publication date the events imply when the text does not state it (a type's `publication`,
    e.g. an anniversary 'celebrated today')."""
    if doc.published is not None:
        return None
    reg = registry or default_registry()
    return next((day for kind in reg.types if (day := kind.publication(doc)) is not None), None)


def resolve(doc: Document, registry: Registry | None = None) -> Document:
    reg = registry or default_registry()
    words = doc.lang.words
    told = telling(doc)
    doc.events = merge_events(doc.events, reg, words, told)     # first the readings of each happening...
    for round_ in (0, 1):                                       # ...then what they imply, merged again
        doc.events = merge_events(doc.events + _derive(doc.events, round_, reg), reg, words, told)
    _dates_of_sources(doc, told.recalling)
    _headline_dates(doc, reg)
    _weekdays_of_undated(doc, told)
    for kind in reg.types:                               # conventions across events (occasions...)
        kind.settle(doc)
    return doc
