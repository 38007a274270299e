"""Congratulations, one event per direction.

Rule ids: congratulation.sender-recipient, congratulation.exchange."""
from __future__ import annotations

from dataclasses import replace

from ...document import Event, Mention, Person, PersonMention
from ...lexicon import Words
from ...textfold import plain_label
from .context import (
    Context,
    _persons,
    _plural_offices,
    _title_end,
)


def _occasion(ctx: Context) -> str | None:
    for m in ctx.of("occasion"):
        end = _title_end(ctx, m.end)
        if end > m.end:
            return plain_label(ctx.doc.surface(m.end, end)) or None
    return None


Sides = tuple[list[Person], list[Person]]     # senders, recipients
# words from 'exchanged' to its congratulations: the two sides and a call between them may stand between
# ('King X exchanged, during a phone call with President Y, congratulations on ...')
EXCHANGE_REACH = 20


def _sides(ctx: Context, trig: Mention, before: list[PersonMention], after: list[PersonMention]) -> Sides:
    """Who sends and who receives, from the words around the trigger and the people before and after it."""
    toks = ctx.doc.tokens
    word = toks[trig.end - 1].text
    src = [k for k in range(trig.end, min(trig.end + 3, ctx.sent.tok_end))
           if toks[k].text in ctx.words.of("from")]
    if src:      # 'a cable of congratulations from the President of China', in its own clause: 'from a
        # number of leaders' names none (those of a clause after it, 'and the king called ...', send nothing)
        senders = [m.person for m in after if m.start > src[0] and ctx.in_clause(m)]
        first = senders[0].iso if senders else None
        senders = [p for p in senders if p.iso == first] if not ctx.of("receive") else \
            [p for p in senders if p.iso not in {b.person.iso for b in before}]
        return senders, [m.person for m in before[-1:]]
    if word in ctx.words.of("own-congrats") and before and after and after[0].start - trig.end <= 1 \
            and toks[after[0].start].text.startswith(ctx.words.form("lam")):    # '... congratulations to X'
        recipients = [after[0].person]
        return [m.person for m in reversed(before) if m.person.iso != recipients[0].iso][:1], recipients
    if ctx.of("receive"):
        called = _received_from(ctx, before)
        if called is not None:
            return called
        recipients = [m.person for m in before[-1:]]
        return [m.person for m in after if m.person.iso not in {r.iso for r in recipients}], recipients
    found = _sides_by_word(word, trig, before, after, ctx.words)
    if found is not None:
        return found
    # 'X sent a similar cable to President Y, expressing in it congratulations': Y, named after 'to', receives
    toks, lam = ctx.doc.tokens, ctx.words.prefix("lam-prefix")
    to = [m for m in before if toks[m.start].text.startswith(lam) or any(
        0 <= m.start - o.end <= 2 and toks[o.start].text.startswith(lam) for o in ctx.of("office"))]
    if to and len(to) < len(before):
        before, after = [m for m in before if m not in to], to + after
    return _sides_by_order(before, after)


def _received_from(ctx: Context, before: list[PersonMention]) -> Sides | None:
    """'وتلقى X اتصالا هاتفيا من Y هنأه فيه بالفوز', 'تلقى X برقية من Y يهنئه فيها': the one named after
    'from' before the trigger sends, the one who received (named before him) is congratulated."""
    toks, frm = ctx.doc.tokens, ctx.words.of("from")
    senders = [m for m in before if m.start > ctx.sent.tok_start and toks[m.start - 1].text in frm]
    if not senders:
        return None
    sender = senders[-1].person
    recipients = [m.person for m in before if m.end <= senders[-1].start and m.person.iso != sender.iso]
    return ([sender], recipients[-1:]) if recipients else None


def _sides_by_word(word: str, trig: Mention, before: list[PersonMention], after: list[PersonMention],
                   words: Words) -> Sides | None:
    """'congratulations of X' (X sends), 'to congratulate X' (X receives), 'congratulated him' (the one
    named before receives)."""
    next_to = bool(after) and after[0].start - trig.end <= 1
    if word in words.of("plural-congrats") and next_to:
        senders = [after[0].person]
        return senders, [m.person for m in before + after[1:] if m.person.iso != senders[0].iso][:1]
    if word.startswith(words.prefix("congratulating")) and next_to:
        recipients = [after[0].person]
        return [m.person for m in reversed(before) if m.person.iso != recipients[0].iso][:1], recipients
    pronoun = word.endswith(words.prefix("object-suffix")) \
        and not word.startswith(words.prefix("congratulation-noun"))
    if pronoun and before and (len(before) >= 2 or (after and after[0].start - trig.end <= 3)):
        close = [m for m in after if m.start - trig.end <= 3]
        if close:       # 'congratulated him in it Prince Mohammed bin Salman': the subject follows the verb
            senders = [close[0].person]
            return senders, [m.person for m in reversed(before) if m.person.iso != senders[0].iso][:1]
        recipients = [before[-1].person]     # 'Putin sent a cable to the Chinese leader, congratulating him'
        return [m.person for m in before if m.person.iso != recipients[0].iso][:1], recipients
    return None


def _sides_by_order(before: list[PersonMention], after: list[PersonMention]) -> Sides:
    """The subject before the trigger sends (with the others of its state); the people after receive."""
    senders: list[Person] = []
    if before:
        subject = before[-1].person
        senders = [m.person for m in before if m.person.iso == subject.iso]
    elif after:
        senders = [after[0].person]
        after = after[1:]
    sender_states = {p.iso for p in senders}
    recipients = [m.person for m in after if m.person.iso not in sender_states][:4]
    if not recipients:
        recipients = [m.person for m in before if m.person.iso not in sender_states][:1]
    return senders, recipients


def _slots(ctx: Context, trig: Mention) -> tuple[list[Person], list[Person], list[str]]:
    """Sender, recipients and recipient states from the trigger's frame ('بعث X برقية تهنئة لـ Y', 'أعرب X
    عن التهاني لفخامته', 'هنأ X Y'); nothing when the sentence is told from the receiving end ('تلقى Y
    برقية تهنئة من X') or a side is missing (the rule reads the sentence's order then)."""
    frame = ctx.frame(trig)
    receive = any(m.start < trig.start and ctx.in_clause(m) for m in ctx.of("receive"))
    senders = [p for p in frame.people("sender") if p.iso]
    recipients = [p for p in frame.people("recipient") if p.iso and p.iso not in {s.iso for s in senders}]
    acting = ctx.states(a=trig.start, acting=True)      # not 'French planes'
    states = [s for s in frame.states("recipient") if s not in {p.iso for p in senders} and s in acting]
    if receive or not senders or not (recipients or states):
        return [], [], []
    return senders, recipients, [] if recipients else states[:1]


def _cable_told_before(ctx: Context, trig: Mention) -> Event | None:
    """'وأعرب ... عن أصدق التهاني ... لفخامته ولحكومة وشعب جمهورية X': the cable told in the sentence
    before goes on (its wording, to 'his excellency'): the same cable, from the same sender to the same
    recipient, not a new one (nor one from whoever 'the deputy of ...' names). A sentence that sends a cable
    ('كما بعث ... برقية مماثلة ... عبر فيها عن التهاني') tells a cable of its own."""
    frame = ctx.frame(trig)
    toks, titles = ctx.doc.tokens, ctx.words.of("title-pronoun")
    pronoun = [u for u in frame.units("recipient") if any(
        toks[u.start].text[k:] in titles for k in range(3))]
    if not pronoun or ctx.sent.index == 0:
        return None
    states = {u.iso for u in pronoun if u.iso}
    told = [e for e in ctx.doc.events if e.type == "congratulation" and ctx.sent.index - 2 <= e.sent
            < ctx.sent.index and ({p.iso for p in e.recipients} | set(e.recipient_states)) & states]
    if not told:
        return None
    if any(ctx.words.has_stripped(toks[k].text, "cable") for k in range(ctx.sent.tok_start, trig.end)) \
            or ctx.of("receive"):
        return None     # 'a similar cable from the deputy ... expressing congratulations': a cable of its own
    ev = replace(told[-1], sent=ctx.sent.index, spans=[ctx.span()], agents=list(told[-1].agents),
                 why=f"the cable told before goes on «{ctx.doc.surface(trig.start, trig.end)}»")
    return ev


def _similar(ctx: Context, trig: Mention) -> bool:
    """The trigger ends with 'similar' ('برقية مماثلة')."""
    return ctx.words.has(ctx.doc.tokens[trig.end - 1].text, "similar")


def _told_lately(ctx: Context) -> list[Event]:
    """The congratulations told in the sentence or the two before it."""
    return [e for e in ctx.doc.events if e.type == "congratulation" and ctx.sent.index - 2 <= e.sent
            <= ctx.sent.index]


def _similar_to_none(ctx: Context, trig: Mention) -> bool:
    """'كما بعث سموه برقية مماثلة إلى ...': a similar cable congratulates only when the sentence or the two
    before it told a congratulation (after condolences or thanks it is one of those)."""
    return _similar(ctx, trig) and not _told_lately(ctx)


def _similar_cable(ctx: Context, trig: Mention) -> list[Event] | None:
    """'وبعث X برقية تهنئة إلى Y، فيما بعث Z برقية مماثلة': a similar cable with no recipient of its own is
    sent by the one named in its clause before it (Z) to the recipient of the congratulation just told (Y);
    none when Z reads as of Y's own state (an office read in the wrong state: 'فيما بعث رئيس الحكومة').
    None: no such cable (the sentence is read otherwise)."""
    if not _similar(ctx, trig):
        return None
    clause = ctx.clause_at(trig.start)
    named = [m for m in ctx.people() if m.person.iso and clause.start <= m.start < clause.end]
    senders = [m.person for m in named if m.end <= trig.start]
    told = [e for e in _told_lately(ctx) if e.recipients or e.recipient_states]
    if not senders or len(senders) < len(named) or not told:
        return None
    last, sender = told[-1], senders[-1]
    if sender.iso in {p.iso for p in last.recipients} | set(last.recipient_states):
        return []
    return [replace(last, sent=ctx.sent.index, agents=[sender], recipients=list(last.recipients),
                    recipient_states=list(last.recipient_states), date=ctx.event_date(trig) or last.date,
                    spans=[ctx.span()], why=f"a similar cable «{ctx.doc.surface(trig.start, trig.end)}»: "
                                            f"{sender.ar} -> the recipient of the cable told before")]


def _him_congratulated_before(ctx: Context, senders: list[Person], recipients: list[Person]) -> list[Person]:
    """'هنأ X Z ...، كما هنأه Y': 'him' read as the sender of the congratulation just told (X) stands for the
    one it congratulated (Z): Y congratulates Z too, not X."""
    for ev in reversed(_told_lately(ctx)):
        if ev.recipients and set(ev.agents) >= set(recipients) and recipients \
                and not {p.iso for p in ev.recipients} & {p.iso for p in senders}:
            return list(ev.recipients)
    return recipients


def congratulation(ctx: Context, trig: Mention) -> list[Event]:
    """Who congratulated whom. 'هنأ X Y' / 'بعث X ببرقية تهنئة إلى Y' / 'تهاني X' (X sends) /
    'لتهنئة Y' (Y receives) / 'تلقى Y برقية تهنئة من X' (Y receives from X) / 'برقية مماثلة' after one."""
    if ctx.modal(trig) or _similar_to_none(ctx, trig):
        return []
    if any(0 <= trig.start - m.end <= EXCHANGE_REACH for m in ctx.of("exchange")):
        return congratulation_exchange(ctx, trig)      # 'the two presidents exchanged ... congratulations'
    cable = _cable_told_before(ctx, trig)
    if cable is not None:
        return [cable]
    similar = _similar_cable(ctx, trig)
    if similar is not None:
        return similar
    senders, recipients, recipient_states = _slots(ctx, trig)
    if not senders:
        people = [m for m in ctx.people() if m.person.iso]
        senders, recipients = _sides(ctx, trig, [m for m in people if m.end <= trig.start],
                                     [m for m in people if m.start >= trig.end])
    senders = list(dict.fromkeys(senders))
    recipients = list(dict.fromkeys(recipients))
    if trig.via == "congratulate-verb-object":      # a verb with an object pronoun: 'congratulated him'
        recipients = _him_congratulated_before(ctx, senders, recipients)
    sender_states = {p.iso for p in senders}
    if senders and not recipients and not recipient_states:
        recipient_states = [s for s in ctx.states(a=trig.start, acting=True) if s not in sender_states][:1]
    if not senders or (not recipients and not recipient_states):
        return []
    occasion = _occasion(ctx)
    out = []
    for s_ in senders:
        choices: list[Person | None] = list(recipients) or [None]
        for r in choices:
            if r is not None and r.iso == s_.iso:
                continue
            out.append(Event("congratulation", "congratulation.sender-recipient", ctx.sent.index, agents=[s_],
                             recipients=[r] if r else [], recipient_states=[] if r else recipient_states,
                             occasion=occasion, date=ctx.event_date(trig), spans=[ctx.span()],
                             why=f"congratulation «{ctx.doc.surface(trig.start, trig.end)}»: "
                                 f"{s_.ar} -> {r.ar if r else recipient_states}"))
    return out


def _exchanging(ctx: Context, trig: Mention) -> list[PersonMention]:
    """Who exchanges congratulations: the people of the exchange's own clause when it names two states
    ('وتلقى X برقيات تهنئة ...، كما أجرى Y اتصالا هاتفيا بـ Z تبادلا خلاله التهنئة': Y and Z, not X), else
    those of the sentence."""
    people = ctx.people()
    clause = ctx.clause_at(trig.start)
    own = [m for m in people if clause.start <= m.start < clause.end]
    return own if len({m.person.iso for m in own if m.person.iso}) >= 2 else people


def congratulation_exchange(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig):
        return []
    people = _persons(_exchanging(ctx, trig))
    pairs: list[tuple[Person, Person]] = []
    by_state: dict[str, list[Person]] = {}
    for p in people:
        if p.iso:
            by_state.setdefault(p.iso, []).append(p)
    states = list(by_state)
    if len(states) >= 2:
        a_list, b_list = by_state[states[0]], by_state[states[1]]
        for a, b in zip(a_list, b_list):
            pairs.append((a, b))
    for m, group in _plural_offices(ctx):
        if len(group) >= 2 and not (m.role == "leader" and pairs):
            pairs.append((group[0], group[1]))
    occasion = _occasion(ctx)
    out = []
    for a, b in pairs:
        for s, r in ((a, b), (b, a)):
            out.append(Event("congratulation", "congratulation.exchange", ctx.sent.index, agents=[s],
                             recipients=[r], occasion=occasion, date=ctx.event_date(trig), spans=[ctx.span()],
                             why=f"exchange of congratulations «{ctx.doc.surface(trig.start, trig.end)}»: "
                                 f"{s.ar} -> {r.ar}"))
    return out
