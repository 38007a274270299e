"""Stage 9, events: read facts out of each sentence with the rules of `rules/`, keyed by trigger words.

Reads `doc.mentions`, `doc.focus`, `doc.published`; adds `doc.events` (one per reading, duplicates are
merged by the next stage). Each rule is a small function named after the fact it reads (one module per
kind of fact), keyed by trigger value in its event type's declaration (`eventtypes/`, via the registry);
each event records its rule id (written to the graph as `dg:rule`) and a one-line `why`
for `extract --explain`.

Rule ids: signing.verb-document, signing.dated-document, congratulation.sender-recipient,
congratulation.exchange, establishment.phrase, anniversary.ordinal, visit.trigger, visit.attend,
meeting.reception, meeting.trigger, meeting.chained, meeting.summit, meeting.summons (derived events are
added in `resolve`).
"""
from __future__ import annotations

from ..document import DateMention, DateValue, Document, Event, Mention, Person
from ..registry import Registry, Rule, default_registry
from .published import header_lines
from .rules.context import Context
from .rules.meetings import bilateral_summit, delegations_with, discussed, meeting, reception

MEETING_RULES = (meeting, reception, discussed)


LEAD_SENTENCES = 4     # the lead: the first sentences, past the header lines


def lead_date(doc: Document) -> DateValue | None:
    """The date of the lead's event: the first full date in the first sentences that tell an event (not in a
    dateline or headline of dates alone), else the publication date."""
    for s in doc.sentences[:LEAD_SENTENCES + len(header_lines(doc))]:     # past byline and dateline lines
        if not doc.in_sentence(s.index, "trigger"):
            continue
        for m in doc.in_sentence(s.index, "date"):
            if isinstance(m, DateMention) and m.value in ("explicit", "relative", "weekday", "hijri") \
                    and m.date.precision == "day":
                return m.date
    return DateValue.of(doc.published) if doc.published else None


def _told_before(ctx: Context, trig: Mention, rule: Rule, done_meeting: bool) -> bool:
    """The trigger refers to an event told before ('the meeting', 'the Egyptian-Russian summit'), or the
    sentence's meeting is read already and the trigger names no one of its own: no new event."""
    text = ctx.doc.tokens[trig.start].text
    if rule in MEETING_RULES and text in ctx.words.of("anaphoric") and ctx.held(trig) is None \
            and not _between_named(ctx, trig):
        return True     # not 'the talks that X held with Y': the clause tells who held them
    if rule in MEETING_RULES and text[len(trig.prefix):] in ctx.words.of("their-talks") \
            and any(e.type == "meeting" for e in ctx.doc.events):
        return True     # 'during their talks', after the talks were told: the same talks
    if rule is bilateral_summit and text[len(trig.prefix):].startswith(ctx.words.prefix("article")) \
            and any(e.type == "meeting" for e in ctx.doc.events):
        return True
    # a second meeting word naming no one of its own ('and during the talks'): the meeting read already
    return rule in MEETING_RULES and done_meeting and not ctx.frame(trig).units("agent", "partner", "guest")


def _between_named(ctx: Context, trig: Mention) -> bool:
    """'اللقاء بين الرئيس X والملك Y', 'الاجتماع الثنائي بين X مع Y', 'ترأس X وفد بلاده في المحادثات مع الوفد
    الإيراني برئاسة Y': a definite meeting noun followed by 'between' or 'with' and people (or a delegation)
    of two states names its own participants; it refers back to nothing ('the talks with Iran': no one)."""
    toks = ctx.doc.tokens
    k = trig.end + (trig.end < ctx.sent.tok_end and toks[trig.end].text in ctx.words.of("bilateral"))
    role = next((r for r in ("between", "with") if k < ctx.sent.tok_end and toks[k].text in ctx.words.of(r)),
                None)
    if role is None:
        return False
    frame = ctx.frame(trig)
    people = frame.people("agent", "partner")
    states = {p.iso for p in people + delegations_with(ctx, trig) if p.iso}
    return (role in (frame.how.get("agent"), frame.how.get("partner")) or role == "with") and len(states) >= 2


def _stated(ctx: Context, found: list[Event]) -> list[Event]:
    """Mark the events whose date is not one the sentence states (the lead's or the publication date)."""
    said = {m.date for m in ctx.dates()}
    for ev in found:
        if ev.date is not None and ev.date not in said and ev.date_stated:
            ev.date_stated = False
    return found


def find_events(doc: Document, registry: Registry | None = None) -> Document:
    reg = registry or default_registry()
    rules, mention_rules = reg.rules(), reg.mention_rules()
    main = lead_date(doc)
    memory: dict[str, list[Person]] = {}
    for s in doc.sentences:
        ctx = Context(doc, s, doc.in_sentence(s.index), main, memory)
        done_meeting = False
        for trig in ctx.of("trigger"):
            rule = rules.get(trig.value or "")
            if rule is None or _told_before(ctx, trig, rule, done_meeting):
                continue
            ctx.anchor = trig
            found = _stated(ctx, rule(ctx, trig))
            ctx.anchor = None
            if rule in MEETING_RULES and found:
                done_meeting = True
            doc.events += found
        for kind, mention_rule in mention_rules:
            for m in ctx.of(kind):
                doc.events += mention_rule(ctx, m)
        for m in ctx.persons():
            if m.person:
                ctx.remember(m.person)
    return doc
