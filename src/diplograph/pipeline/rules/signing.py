"""Signings: 'وقّع X وY اتفاقية ...', 'المعاهدة التي وقعها ...', 'الاتفاقيات بتاريخ ...'.

Rule ids: signing.verb-document, signing.relative-clause, signing.dated-document."""
from __future__ import annotations

from dataclasses import replace

from ...document import DateMention, DocRef, Event, Mention, Person
from ..clauses import COMMAS
from ..names import Names
from .context import (
    MOST_STATES,
    Context,
    _dateline,
    _docref,
    _fill_from_focus,
    _persons,
    _plural_offices,
    _title_end,
)


def _documents(ctx: Context, after: int) -> list[tuple[DocRef, int, int]]:
    docs: list[tuple[DocRef, int, int]] = []
    covered_until = -1
    toks = ctx.doc.tokens
    conj = {m.start for m in ctx.of("conj")}
    for m in sorted(ctx.of("docnoun"), key=lambda x: x.start):
        if m.start < after or m.start < covered_until:
            continue
        prev = toks[m.start - 1].text if m.start > 0 else ""
        if prev in ctx.words.of("demonstrative") and (docs or m.start - after > 2):
            continue        # 'this declaration was signed for the Moroccan side by ...': one told before
        if docs and not (m.start in conj or prev in ("،", ",") or prev in ctx.words.of("list-joiner")):
            continue
        end = _second_titled(ctx, m, _title_end(ctx, m.start), conj)
        docs.append((_docref(ctx, m, end), m.start, end))
        covered_until = end
    return docs


def _second_titled(ctx: Context, m: Mention, end: int, conj: set[int]) -> int:
    """Where the title of the document at m ends when a second document with a title of its own is joined
    to it by 'و' ('اتفاقية للتعاون الزراعي ومذكرة تفاهم بشأن الري': two documents); not in a package
    ('اتفاقيات ومذكرات تفاهم بقيمة ...'), before a second with no title ('اتفاقية للتعاون ومذكرتي تفاهم،')
    nor in a title that names documents ('12 وثيقة بين اتفاقية ومذكرة تفاهم')."""
    inside = [d for d in ctx.of("docnoun") if m.end <= d.start < end]
    second = next((d for d in inside if d.start in conj), None)
    if second is None or second.start == m.end or inside[0] is not second \
            or _title_end(ctx, second.start) <= second.end:
        return end
    return second.start


def _signing_parties(ctx: Context, trig: Mention, doc_span: tuple[int, int], agents: list[Person]
                     ) -> list[str]:
    """States bound: the signatories' states and the states the trigger's slots name ('بين X وY', a state
    signing: 'وقعت مصر واليونان'), else those of its witnesses ('شهد الرئيسان توقيع'); else the states the
    title names ('اتفاقية بين X و Y', 'المصرية الروسية'); a pair is completed with the article's states
    only when the clause says 'the two countries' ('وقع البلدان', 'بين البلدين'); a signing that names no
    one ('كما جرى التوقيع على مذكرة ثالثة') is one more document of the sides of the signing before."""
    frame = ctx.frame(trig)
    found = list(dict.fromkeys([p.iso for p in agents if p.iso] + frame.states("signatory", "party")
                               + _side_states(ctx, trig)))
    if not found:       # witnesses of the signing ('the two presidents witnessed'): their states sign
        found = list(dict.fromkeys(frame.states("witness") + [
            p.iso for m, group in _plural_offices(ctx) if ctx.in_clause(m) for p in group if p.iso]))
    if len(found) >= 2:
        return found
    dual = ctx.doc.tokens[trig.start].text in ctx.words.of("dual-sign-verb")
    if dual and (here := _sides_told_here(ctx, found)):
        return here         # 'X held talks with his counterpart Y ... and they (two) signed': those two sign
    in_title = ctx.states(a=doc_span[0], b=_where_signed(ctx, *doc_span), skip_places=False)
    if len(in_title) >= 2 and not found:
        return in_title
    found += [iso for iso in in_title if iso not in found]
    clause = ctx.clause_at(trig.start)
    if len(found) <= 1 and any(clause.start <= m.start < clause.end for m in ctx.of("group")):
        return _sides_told_here(ctx, found) or _fill_from_focus(ctx, found)
    before = [e.parties for e in ctx.doc.events if e.type == "signing" and len(e.parties) >= 2]
    if len(found) <= 1 and not agents and before and set(found) <= set(before[-1]):
        return list(before[-1])     # one more document signed, with no one named: the same sides
    if len(found) <= 1 and not agents and _took_place(ctx, trig) and not _between_bodies(ctx, trig):
        return _sides_of_the_trip(ctx, found) or found
    return found


def _sides_told_here(ctx: Context, found: list[str]) -> list[str]:
    """'the two sides', 'the two countries' of the sentence's own pair: the two states of the latest
    reception, talks, visit or establishment of relations told before the signing in its sentence ('حيث
    استقبله ولي العهد السعودي ... ووقع الجانبان', 'أقامت الصين علاقات مع X ... ووقع وزيرا خارجية
    البلدين البيان المشترك'), when they include the state found; else none (the article's pair)."""
    for ev in reversed(ctx.doc.events):
        states = ev.states()
        if ev.sent == ctx.sent.index and ev.type in ("visit", "meeting", "establishment") \
                and len(states) == 2 and set(found) <= states:
            return sorted(states)
    return []


def _where_signed(ctx: Context, a: int, b: int) -> int:
    """Where a document's title stops naming parties: at 'in' before a state ('اتفاقا لتبادل الأسرى في
    السويد'): the state after it is where the document was signed, not a side of it."""
    toks, states = ctx.doc.tokens, {m.start for m in ctx.of("state")}
    return next((k for k in range(a, b) if k + 1 in states and toks[k].text in ctx.words.of("in")), b)


def _between_bodies(ctx: Context, trig: Mention) -> bool:
    """An organisation named after the signing ('توقيع اتفاقية بين شركة X وشركة Y'): a deal of companies,
    clubs or universities, not of the states of the trip."""
    names = Names(ctx.doc)
    return any(names.org_head(ctx.doc.tokens[k].text) for k in range(trig.end, ctx.sent.tok_end))


def _took_place(ctx: Context, trig: Mention) -> bool:
    """'وتم توقيع ...', 'وجرى خلال الزيارة توقيع ...': a signing told with no one doing it."""
    toks, clause = ctx.doc.tokens, ctx.clause_at(trig.start)
    return any(toks[k].text in ctx.words.of("took-place") for k in range(max(clause.start, trig.start - 4),
                                                                         trig.start))


def _sides_of_the_trip(ctx: Context, found: list[str]) -> list[str]:
    """The two states of the latest visit or talks told before (or in) the sentence that include the state
    named: a signing told with no one doing it belongs to them ('وصل X إلى لندن ... وجرى خلال الزيارة
    توقيع اتفاقيات')."""
    for ev in reversed(ctx.doc.events):
        states = ev.states()
        if ev.type in ("visit", "meeting") and ev.rule != "visit.past" and len(states) == 2 \
                and set(found) <= states:
            return sorted(states)
    return []


Docs = list[tuple[DocRef, int, int]]     # each document named, with its token range


def _told_before(ctx: Context, trig: Mention) -> bool:
    """'after the signing' (a noun, with nothing signed 'on it' after it): the signing told before."""
    toks = ctx.doc.tokens
    return toks[trig.start].text in ctx.words.of("the-signing") and not any(
        toks[k].text in ctx.words.of("on-it") for k in range(trig.end, min(trig.end + 2, ctx.sent.tok_end)))


def _signing_that_comes(ctx: Context, trig: Mention, docs: Docs) -> Event | None:
    """'ويأتي توقيع المعاهدة بعد ...', 'وجاءت مراسم توقيع الاتفاق في ظل تنسيق بين القاهرة وأثينا ونيقوسيا':
    once a signing was told, the signing that 'comes' after or amid something is that one (of the same kind
    of document, else the last), told again in its setting: the states of the setting signed nothing."""
    if not _comes(ctx, trig):
        return None
    told = [e for e in ctx.doc.events if e.type == "signing" and e.sent < ctx.sent.index]
    kind = docs[0][0].kind if docs else None
    same = [e for e in told if e.document is not None and e.document.kind == kind]
    if not (same or told):
        return None
    ev = (same or told)[-1]
    return replace(ev, sent=ctx.sent.index, spans=[ctx.span()], agents=list(ev.agents),
                   parties=list(ev.parties),
                   why=f"the signing told before, in its setting «{ctx.doc.surface(trig.start, trig.end)}»")


def _comes(ctx: Context, trig: Mention) -> bool:
    """'ويأتي توقيع ...', 'وجاءت مراسم توقيع ...': the signing is the subject of 'it comes'."""
    toks, k = ctx.doc.tokens, trig.start - 1
    if k > ctx.sent.tok_start and toks[k].text in ctx.words.of("ceremony-of"):
        k -= 1
    return k >= ctx.sent.tok_start and ctx.words.has_stripped(toks[k].text, "comes")


def _signatories(ctx: Context, trig: Mention, docs: Docs) -> list[Person]:
    """Who signs: the people in the trigger's signatory slot (its subject before or after the verb, 'مع
    X', one per side: 'عن الجانب العماني X، وعن الجانب السعودي Y', or after the document: 'وقع البيان
    الوزيران X وY'), or the two the plural office names ('وقع الوزيران'); not those who witness it."""
    frame = ctx.frame(trig)
    agents = [p for p in frame.people("signatory") if p.iso]
    clause = ctx.clause_at(trig.start)
    witnessed = [w for w in ctx.of("witness") if clause.start <= w.start < trig.start]
    if not witnessed:
        for m, group in _plural_offices(ctx):
            if ctx.in_clause(m) and (m.end <= trig.start or trig.end <= m.start < docs[0][1] + 12):
                covered = {p.iso for p in agents}
                agents += [p for p in group if p not in agents and p.iso not in covered]
    sides = _on_behalf(ctx, trig)
    if not agents and not witnessed:
        agents = _named_after_office(ctx, trig, docs[0][1])
    return sides or agents + [p for p in _counter_signatories(ctx, trig) if p not in agents]


def _named_after_office(ctx: Context, trig: Mention, doc: int) -> list[Person]:
    """'ووقع وزيرا خارجية البلدين X وY البيان المشترك': the people named after an office that follows the
    verb, before the document (no witness between), are the signatories."""
    clause = ctx.clause_at(trig.start)
    office = next((m for m in ctx.of("office") if trig.end <= m.start < doc and clause.start <= m.start),
                  None)
    if office is None or any(trig.end <= w.start < doc for w in ctx.of("witness")):
        return []
    return _persons([m for m in ctx.people() if office.end <= m.start < doc and m.person.iso])


def _counter_signatories(ctx: Context, trig: Mention) -> list[Person]:
    """The other side told in the same sentence by a signing verb on the document's pronoun ('وقع X على
    الاتفاقية، بينما وقعها من جانب ناميبيا Y') or with no document of its own ('فيما وقع عن فيجي Y'): its
    signatory signs the same document."""
    toks, suffix = ctx.doc.tokens, ctx.words.prefix("possessive-suffix")
    return [p for m in ctx.of("trigger") if m.value == "signing" and m.start > trig.end
            and (toks[m.start].text.endswith(suffix) or not _documents(ctx, m.end))
            for p in ctx.frame(m).people("signatory") if p.iso]


def signing(ctx: Context, trig: Mention) -> list[Event]:
    toks = ctx.doc.tokens
    if toks[trig.start].text.endswith(ctx.words.prefix("signed-participle")):
        return dated_document(ctx, trig)
    docs = _documents(ctx, trig.end)
    weak = toks[trig.start].text in ctx.words.of("exchange")
    if weak and (not docs or docs[0][1] - trig.end > 4) or _told_before(ctx, trig):
        return []
    if (again := _signing_that_comes(ctx, trig, docs)) is not None:
        return [again]
    relative = toks[trig.start - 1].text in ctx.words.of("relative") if trig.start else False
    # a relative clause of a thing that is no document ('the project whose founding agreement the two states
    # signed') signs the document after its verb: read as a verb's
    relative = relative and (not docs or any(0 < trig.start - d.start <= 14 for d in ctx.of("docnoun")))
    if relative or toks[trig.start].text.endswith(ctx.words.prefix("possessive-suffix")) and not docs:
        return relative_signing(ctx, trig)
    if not docs or docs[0][1] - trig.end > 45 or ctx.modal(trig) or _decree(ctx, trig, docs[0][1]):
        return []
    if _with_firm(ctx, trig, docs[0][2]) or _side_of_a_body(ctx, trig) or _bodies_sign(ctx, trig):
        return []
    agents = _signatories(ctx, trig, docs)
    if not agents and toks[docs[0][1] - 1].text in ctx.words.of("demonstrative"):
        return []               # 'this agreement was signed' with nobody named: the signing told before
    events = []
    for docref, a, b in _without_firms_among(ctx, docs):
        if any(a <= m.start < b for m in ctx.of("region")) \
                and len(ctx.states(a=a, b=b, skip_places=False)) < 2:
            continue        # 'a memorandum with the region of Somaliland': signed with a region, not a state
        parties = _signing_parties(ctx, trig, (a, b), agents)
        if not 2 <= len(set(parties) | {p.iso for p in agents if p.iso}) <= MOST_STATES:
            continue        # one state, or a multilateral document ('the leaders of five states signed')
        places = ctx.places(trig.start - 12, ctx.sent.tok_end)
        events.append(Event("signing", "signing.verb-document", ctx.sent.index, agents=list(agents),
                            parties=parties, document=docref, date=ctx.event_date(trig),
                            place=places[0] if places else _dateline(ctx), spans=[ctx.span()],
                            why=f"signing verb «{ctx.doc.surface(trig.start, trig.end)}» + document "
                                f"«{docref.title}»"))
    return events


def _without_firms_among(ctx: Context, docs: Docs) -> Docs:
    """'ووقع الجانبان عددا من الاتفاقيات، من بينها اتفاقية بين وزارة الدفاع وشركة X لشراء طائرات': a
    document named 'among them' that is a company's binds no two states; the documents before it, and
    the others named, stand."""
    toks = ctx.doc.tokens
    first = next((i for i, (_, a, _) in enumerate(docs) if i and toks[a - 1].text in ctx.words.of(
        "list-joiner")), None)
    if first is None:
        return docs
    ends = [a for _, a, _ in docs[first + 1:]] + [ctx.sent.tok_end]
    return docs[:first] + [d for d, end in zip(docs[first:], ends) if not any(
        ctx.words.has_stripped(toks[k].text, "firm") for k in range(d[1], end))]


def _with_firm(ctx: Context, trig: Mention, title_end: int) -> bool:
    """'وقعت وزارة الكهرباء العراقية مذكرات تفاهم مع شركتي X وY الأميركيتين', 'وقعت الحكومة مع شركة X
    عقدا': signed 'with' a company (up to the end of the first document's title): a deal with a company,
    even a foreign one, binds no two states."""
    toks, has = ctx.doc.tokens, ctx.words.has_stripped
    return any(has(toks[k].text, "with") and has(toks[k + 1].text, "firm")
               for k in range(trig.end, min(title_end, ctx.sent.tok_end - 1)))


def _bodies_sign(ctx: Context, trig: Mention) -> bool:
    """'ووقع الاتحادان مذكرة تعاون', 'والشركتان وقعتا اتفاقا': two bodies told together (word class
    `body-pair`) as the verb's subject, right after it or right before it: no state signs."""
    toks, sent = ctx.doc.tokens, ctx.sent
    near = [k for k in (trig.start - 1, trig.end) if sent.tok_start <= k < sent.tok_end]
    return any(ctx.words.has_stripped(toks[k].text, "body-pair") for k in near)


def _side_of_a_body(ctx: Context, trig: Mention) -> bool:
    """'ووقع الاتفاق عن الجانب القطري الرئيس التنفيذي للمجموعة X، وعن بوينغ Y': one side told 'عن الجانب
    <state>' and the other 'وعن' a company or any name that is no state (nor a side of one): a deal of a
    company, not of two states."""
    sides = _sides(ctx, trig)
    if not sides:
        return False
    toks, states = ctx.doc.tokens, {m.start for m in ctx.of("state")}
    return any(toks[k].text in ctx.words.of("on-behalf") and toks[k].text not in ctx.words.of("name-stop")
               and toks[k + 1].text not in ctx.words.of("side") and k + 1 not in states
               for k in range(sides[0] + 2, ctx.sent.tok_end - 1))


def _decree(ctx: Context, trig: Mention, doc: int) -> bool:
    """What is signed is one state's act, a decree, order or law, and the document named after it is its
    matter ('وقع الرئيس قرار الانسحاب من الاتفاق النووي', 'وقع مرسوما بالمصادقة على اتفاقية'): no signing
    between states."""
    toks = ctx.doc.tokens
    return any(ctx.words.has_stripped(toks[k].text, "decree") for k in range(trig.end, doc))


def _sides(ctx: Context, trig: Mention) -> list[int]:
    """The tokens of each 'عن الجانب' that follows the verb in its sentence."""
    toks = ctx.doc.tokens
    return [k for k in range(trig.end, ctx.sent.tok_end - 1)
            if toks[k].text in ctx.words.of("on-behalf") and toks[k + 1].text in ctx.words.of("side")]


def _side_states(ctx: Context, trig: Mention) -> list[str]:
    """The state of each side named after the verb ('عن الجانب المصري ... وعن الجانب السوداني'), with a
    signatory named or not."""
    starts = {k + 2 for k in _sides(ctx, trig)}
    return [m.iso for m in ctx.of("state") if m.start in starts and m.iso]


def _on_behalf(ctx: Context, trig: Mention) -> list[Person]:
    """The person named after each 'عن الجانب X' / 'عن X' that follows the verb: one signatory per side."""
    people = ctx.people()
    out: list[Person] = []
    for k in _sides(ctx, trig):
        nxt = next((m for m in people if k < m.start <= k + 8 and m.person), None)
        if nxt is not None and nxt.person not in out:
            out.append(nxt.person)
    return out if len(out) >= 2 else []


def _cited(ctx: Context, d: Mention, trig: Mention) -> bool:
    """'وفقا لأحكام اتفاقية فيينا الموقعة عام 1961', 'وطبقا للاتفاق الذي أبرم مؤخرا': a document cited as the
    basis of what the sentence tells is no signing it tells, unless the verb names who signed ('بموجب مذكرة
    وقعها البلدان') or its signing is dated today, yesterday or on a weekday (this week's)."""
    toks = ctx.doc.tokens
    cites, conj = ctx.words.of("cites"), ctx.words.of("conjunction")
    words = [toks[k].text for k in range(max(ctx.sent.tok_start, d.start - 3), d.start)]
    if not any(w in cites or (w[:1] in conj and w[1:] in cites) for w in words):
        return False
    if any(m.start == trig.end or m.start == trig.end + 1 and m.kind != "state"
           for m in ctx.ms if m.kind in ("person", "group", "state")):
        return False
    return not any(m.start > trig.start and m.value in ("relative", "weekday") for m in ctx.dates())


def relative_signing(ctx: Context, trig: Mention) -> list[Event]:
    """'معاهدة أسس العلاقات ... التي وقعها في موسكو عام 2001 الرئيسان بوتين وخاتمي': the document comes
    first and the signing verb follows in a relative clause, with its own date, place and signatories."""
    docs = [d for d in ctx.of("docnoun") if d.start < trig.start and trig.start - d.start <= 14]
    if not docs or ctx.modal(trig) or _cited(ctx, docs[-1], trig):
        return []
    d = docs[-1]
    end = min(_title_end(ctx, d.start), trig.start)
    while end > d.start + 1 and (ctx.doc.tokens[end - 1].text in ctx.words.of("which")
                                 or ctx.doc.tokens[end - 1].text in ("،", ",")):
        end -= 1
    docref = _docref(ctx, d, end)
    later = [m.start for m in ctx.of("trigger") if m.start > trig.end]
    clause_end = min(later + [ctx.sent.tok_end])
    people = [m for m in ctx.people() if trig.end <= m.start < clause_end]
    agents = _persons(people)
    for m, group in _plural_offices(ctx):
        if trig.end <= m.start < clause_end:
            agents += [p for p in group if p not in agents and p.iso not in {a.iso for a in agents}]
    states = ctx.states(a=trig.end, b=clause_end)
    parties = list(dict.fromkeys([p.iso for p in agents if p.iso] + states
                                 + ctx.states(a=d.start, b=end, skip_places=False)))
    if len(parties) < 2:
        parties = list(dict.fromkeys(parties + ctx.groups()))
    if ctx.of("group"):     # 'the two countries': the article's pair; else the states named must be two
        parties = _fill_from_focus(ctx, parties)
    parties = _without_named_after(ctx, d, parties)
    if len(parties) < 2 or len(parties) > MOST_STATES or _with_many(ctx, trig, clause_end):
        return []
    dates = [m for m in ctx.dates() if trig.end <= m.start < _during_end(ctx, clause_end)]
    places = ctx.places(trig.end, clause_end)
    return [Event("signing", "signing.relative-clause", ctx.sent.index, agents=agents, parties=parties[:3],
                  document=docref, date=dates[0].date if dates else None, place=places[0] if places else None,
                  spans=[ctx.span()],
                  why=f"document «{docref.title}» then «{ctx.doc.surface(trig.start, trig.end)}»")]


def _without_named_after(ctx: Context, d: Mention, parties: list[str]) -> list[str]:
    """'اتفاق الجزائر للسلام الذي وقعه البلدان': a document named after a city that is also a state's name
    (Algiers, Kuwait, Tunis, Djibouti) names where it was signed; that state is no party when two others
    sign it."""
    named = {m.iso for m in ctx.of("state") if m.start == d.end and m.via == "name"}
    rest = [iso for iso in parties if iso not in named]
    return rest if named and len(rest) >= 2 else parties


def _with_many(ctx: Context, trig: Mention, end: int) -> bool:
    """'البرنامج الذي وقعته المملكة مع الإمارات والسعودية والكويت': a side signing with three states or more
    signs a multilateral document, even when its own name ('the kingdom') reads as one of them."""
    toks = ctx.doc.tokens
    at = next((k for k in range(trig.end, end) if toks[k].text in ctx.words.of("with")), None)
    if at is None or not any(trig.end <= m.start < at for m in ctx.of("state", "kingdom", "person")):
        return False
    return 1 + len(ctx.states(a=at + 1, b=end)) > MOST_STATES


def _abided_with(ctx: Context, d: Mention, trig: Mention, stop: int) -> list[str]:
    """'أعلن الرئيس الإثيوبي عزمه تطبيق اتفاق السلام الموقع عام 2000 مع إريتريا', 'التزام بلاده باتفاقية
    السلام الموقعة مع إسرائيل': a state carrying out or abiding by the agreement signed 'with' another
    signed it with that state. The one state named before the document is that side; none when it names
    two."""
    toks = ctx.doc.tokens
    if not any(ctx.words.has_stripped(toks[k].text, "abide") for k in range(max(ctx.sent.tok_start,
                                                                                  d.start - 3), d.start)):
        return []
    at = next((k for k in range(trig.end, stop) if ctx.words.has_stripped(toks[k].text, "with")), None)
    other = ctx.states(a=at + 1, b=stop, acting=True)[:1] if at is not None else []
    named = ctx.states(a=ctx.sent.tok_start, b=d.start, acting=True) + [
        m.person.iso for m in ctx.people() if m.end <= d.start and m.person.iso]
    own = [iso for iso in dict.fromkeys(named) if iso not in other]
    return own + other if other and len(own) == 1 else []


def _during_end(ctx: Context, clause_end: int) -> int:
    """Where a signing clause's dates end: at the next trigger, unless the signing was 'during' it ('وقعه
    ... خلال زيارة الملك للهند في يناير 2006': the visit's date is the signing's), then at the next comma."""
    toks = ctx.doc.tokens
    during = ctx.words.of("during")
    if clause_end >= ctx.sent.tok_end or not any(
            toks[k].text in during for k in range(max(ctx.sent.tok_start, clause_end - 2), clause_end)):
        return clause_end
    return next((k for k in range(clause_end, ctx.sent.tok_end) if toks[k].text in COMMAS), ctx.sent.tok_end)


def dated_document(ctx: Context, trig: Mention) -> list[Event]:
    """'الاتفاقية ... الموقعة في 9 فبراير 1994', 'الاتفاقيات الثلاثية بتاريخ 9 نوفمبر 2020 و11 يناير 2021'. A
    document signed on a date it names was signed then, whatever the sentence does with it now ('ألغت واشنطن
    اتفاقية الصداقة ... الموقعة عام 1955': cancelled, not unsigned)."""
    docs = [d for d in ctx.of("docnoun") if d.start < trig.start and trig.start - d.start <= 14]
    if not docs or _cited(ctx, docs[-1], trig):
        return []
    d = docs[-1]
    end = min(_title_end(ctx, d.start), trig.start)
    base = _docref(ctx, d, end)
    title, folded = base.title, base.folded
    stop = trig.end
    toks = ctx.doc.tokens
    later = [m.start for m in ctx.ms if m.start > trig.end and (m.kind == "docnoun" or
             (m.kind == "trigger" and m.value == "signing"))]
    limit = min(later + [trig.end + 16, ctx.sent.tok_end])
    while stop < limit and toks[stop].text not in ("،", "؛", "."):
        stop += 1
    # the date the text signs it on, or the date its name carries (an agreement named by its day)
    dates = [m for m in ctx.dates() if trig.start <= m.start < stop or d.end <= m.start < trig.start]
    if ctx.modal(trig) and not dates:
        return []
    parties = ctx.states(a=d.start, b=end, skip_places=False)
    if len(parties) < 2:
        parties = _abided_with(ctx, d, trig, stop) or parties
    if len(parties) < 2:
        groups = ctx.groups()
        if not groups or (parties and parties[0] not in groups):
            return []
        parties = groups
    events = []
    choices: list[DateMention | None] = list(dates) or [None]
    for dm in choices:
        day = dm.date.iso() if dm is not None and len(dates) > 1 else None
        docref = DocRef(kind=d.value or "other", title=title + (f" ({day})" if day else ""),
                        folded=folded + (f" {day}" if day else ""))
        events.append(Event("signing", "signing.dated-document", ctx.sent.index, parties=parties[:3],
                            document=docref, date=dm.date if dm else None, spans=[ctx.span()],
                            why=f"document «{title}» dated/signed «{ctx.doc.surface(trig.start, trig.end)}»"))
    return events
