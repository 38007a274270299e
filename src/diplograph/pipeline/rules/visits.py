"""Visits told by a trigger: visitor, host state, city; companions and spouses visit too.

Rule ids: visit.trigger, visit.attend (also 'on the sidelines of a summit in <city>'), visit.depart (leaving a
place abroad), visit.past (an earlier visit the text dates: 'منذ عام 2012، حين زارها'), visit.companion (those
listed as travelling with a visitor). The rules read at a person's mention (speaking, acting, staying or
present in a city abroad, coming back from one, a headline) are in visits_at.py; the helpers both use
(`_host`, `_of_states`, `_former`, `_remote`) are here."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...document import DateValue, Document, Event, Mention, Person, PersonMention, Place, PlaceMention
from ...lexicon import first_token_variants
from ..clauses import COMMAS, Clause
from ..names import company_cue
from .context import (
    Context,
    _dateline,
)

Stop = tuple[str, Place | None, DateValue | None]     # a destination: host state, city, its own date


def visit(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig) or _earlier(ctx, trig) or _announced(ctx, trig) or _ends_tour_with(ctx, trig):
        return []
    toks = ctx.doc.tokens
    if toks[trig.start].text[len(trig.prefix):] in ctx.words.of("object-verb"):
        return _visited_it(ctx, trig)
    people = _of_states(ctx)
    # the subject after the verb, past the destination and a long title in the same clause ('arrived in
    # Kuwait today the deputy prime minister, the Iraqi foreign minister X')
    mine = ctx.clause_at(trig.start)
    masdar = _is_masdar(ctx, trig)
    near = [m for m in people
            if trig.end <= m.start <= trig.end + 8 and not ctx.clause_break(trig.end, m.start)
            and (m.start <= trig.end + 5 or (not masdar and ctx.clause_at(m.start) == mine))]
    before = [m for m in people if m.end <= trig.start]
    word = toks[trig.start].text[len(trig.prefix):]
    # 'his visit', 'her tour', 'their arrival' carry a pronoun; 'the visit' does not
    arrival = ctx.words.prefix("arrival-noun")
    pronoun = masdar and (word.startswith(ctx.words.prefix("visit-with-pronoun"))
                          or (word.startswith(arrival) and len(word) > len(arrival[0]))
                          or _of_him(ctx, trig))
    # 'the president and Mrs ... had arrived'
    dual_verb = toks[trig.start].text in ctx.words.of("dual-verb")
    their = ctx.words.prefix("their-suffix")
    if pronoun:     # a noun's complement ('the right hand of the leader') is not whom 'his' stands for
        before = [m for m in before if not ctx.noun_complement(m.start, ctx.lam_at(m.start))]
    if (pronoun or dual_verb) and before:
        # 'during his visit to China' (his: the subject), 'on their arrival' (theirs: the last two named)
        dual = dual_verb or toks[trig.start].text.endswith(their)
        candidates = [m.person for m in (before[-2:] if dual else [before[0], before[-1]]) if m.person]
        pronoun = True
    elif (pronoun or _performed_by_him(ctx, trig, people)) \
            and (fronted := ctx.fronted_subject(trig, people)) is not None:
        # 'during his visit to China, President X discussed' ('the visit he is making to Japan'): the subject
        # of the verb after the phrase
        candidates = [fronted]
    elif masdar:
        performer = [m for m in people if m.start > trig.end and any(
            toks[k].text in ctx.words.of("performed") for k in range(max(trig.end, m.start - 3), m.start))]
        # the last person named before, else one before them (the subject that meets the last, the
        # visited state's president, at the start of a visit: the subject's visit)
        told = [m.person for m in reversed(before)] if _told_by(ctx, trig, before) else []
        candidates = [near[0].person] if near else ([performer[0].person] if performer else told)
        candidates = _performed_it(ctx, trig, before) + candidates
    else:
        own = [m for m in before if ctx.clause_at(m.start) == mine]
        candidates = _verb_subjects(ctx, trig, people, near, own, before)
    candidates = _relative_subject(ctx, trig) or candidates
    found: list[tuple[Person, list[Stop]]] = []
    # an ambassador touring the state he is posted to pays it no state visit
    for cand in dict.fromkeys(c for c in candidates if c and c.iso and c.role != "ambassador"):
        vis_end = max([m.end for m in people if m.person == cand and m.start >= trig.end] or [trig.end])
        hosts = _destinations(ctx, trig, cand, trig.end)
        if not hosts and vis_end > trig.end:
            hosts = _destinations(ctx, trig, cand, vis_end)
        hosts = [h for h in hosts if h[0] != cand.iso]      # no one visits their own state
        if hosts:
            found.append((cand, hosts))
            if not pronoun or not (dual_verb or toks[trig.start].text.endswith(their)):
                break
    if not found:
        return _dateline_arrival(ctx, trig, candidates)
    visitor, hosts = found[0]
    vis_end = max([m.end for m in people if m.person == visitor and m.start >= trig.end] or [trig.end])
    date = _latest_date(ctx, trig) if _is_masdar(ctx, trig) else ctx.event_date(trig)
    coordinated = _coordinated(ctx, people, visitor, vis_end)
    visitors = list(dict.fromkeys([visitor] + [v for v, _ in found[1:]] + coordinated
                                  + _companions(ctx, visitor)))
    rule = _latest_rule(ctx, trig, date)
    out = [Event("visit", rule, ctx.sent.index, agents=[v], parties=[host], place=city, date=when,
                 spans=[ctx.span()],
                 why=f"visit «{ctx.doc.surface(trig.start, trig.end)}»: {v.ar} -> {host}")
           for (host, city, _), when in zip(hosts, _stop_dates(hosts, date))
           for v in visitors if v.iso != host]
    return out + _first_since(ctx, trig, visitor, hosts[0][0]) + _came_from_where(ctx, trig, visitor)


def _relative_subject(ctx: Context, trig: Mention) -> list[Person]:
    """'وحضر المباراة الرئيس X، الذي حل بالدوحة في اليوم ذاته': a verb of travel right after a relative
    pronoun has as its subject the person named right before it (a comma between), even one named as
    present at something."""
    toks, k = ctx.doc.tokens, trig.start - 1
    if k <= ctx.sent.tok_start or toks[k].text not in ctx.words.of("relative"):
        return []
    end = k - (toks[k - 1].text in COMMAS)
    return [m.person for m in ctx.persons() if m.end == end and m.person is not None][:1]


def _of_him(ctx: Context, trig: Mention) -> bool:
    """'في أول زيارة خارجية له إلى تركيا': a noun of visiting with 'his' after it (an adjective or two
    between) carries a pronoun as 'his visit' does."""
    toks = ctx.doc.tokens
    return any(toks[k].text in ctx.words.of("of-him")
               for k in range(trig.end, min(trig.end + 3, ctx.sent.tok_end)))


def _came_from_where(ctx: Context, trig: Mention, visitor: Person) -> list[Event]:
    """'وصل إلى أبوظبي قادما من باريس، حيث حل الجمعة ضيف شرف', 'قادما من نيودلهي، التي حضر فيها القمة': the
    place a visitor comes from, with a clause telling what he did there, is a visit of his too (dated by
    the day that clause names); a bare 'coming from X' tells only where he set out from."""
    toks, words = ctx.doc.tokens, ctx.words
    there = words.of("there") | words.of("relative")
    for m in ctx.ms:
        k = m.start - 2
        if m.kind not in ("state", "place") or k < trig.end or toks[k].text not in words.of("origin") \
                or toks[k].text in words.of("from") or toks[k + 1].text not in words.of("from"):
            continue
        host = _host(ctx, m, visitor)
        j = m.end + (m.end < ctx.sent.tok_end and toks[m.end].text in COMMAS)
        if host is None or j >= ctx.sent.tok_end or toks[j].text not in there:
            continue
        dates = [d.date for d in ctx.dates() if j < d.start <= j + 4]
        return [Event("visit", "visit.trigger", ctx.sent.index, agents=[visitor], parties=[host[0]],
                      place=host[1], date=dates[0] if dates else None, spans=[ctx.span()],
                      why=f"came from «{ctx.doc.surface(m.start, m.end)}», where he was: {visitor.ar}")]
    return []


def _performed_by_him(ctx: Context, trig: Mention, people: list[PersonMention]) -> bool:
    """'الزيارة التي يقوم بها حاليا إلى اليابان': a visit noun whose relative clause says he makes it, naming
    nobody before its comma: its pronoun stands for the subject after the phrase."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    comma = next((k for k in range(trig.end, end) if toks[k].text in COMMAS), end)
    return _is_masdar(ctx, trig) and trig.end + 1 < end and _relative_of(ctx, trig, trig.end) \
        and words.has_stripped(toks[trig.end + 1].text, "performed") \
        and not any(trig.end < m.start < comma for m in people)


def _dateline_arrival(ctx: Context, trig: Mention, candidates: Sequence[Person | None]) -> list[Event]:
    """'القاهرة - أ ش أ: وصل الرئيس الكيني اليوم في زيارة تستغرق يومين', 'الرياض - واس: وصل الوزير X مساء
    اليوم قادما من الكويت': a verb of arriving in the lead under a dateline that names no destination, with
    its clause telling a visit or where he comes from and sending him nowhere ('to' none: 'وصل إلى الحكم'),
    arrives in the dateline's state."""
    toks, words = ctx.doc.tokens, ctx.words
    where = _dateline(ctx)
    visitor = next((c for c in candidates if c and c.iso and c.role != "ambassador"), None)
    if where is None or where.iso is None or visitor is None or where.iso == visitor.iso \
            or _is_masdar(ctx, trig) or trig.value != "arrival":
        return []
    end, reach = ctx.clause_at(trig.start).end, trig.end + 10
    if any(toks[k].text in words.of("to") for k in range(trig.end, end)):
        return []
    told = any(toks[k].text in words.of("origin") for k in range(trig.end, min(reach, end))) \
        or any(q.value == "visit" and trig.end <= q.start < min(reach, end) for q in ctx.of("trigger"))
    if not told:
        return []
    return [Event("visit", "visit.trigger", ctx.sent.index, agents=[visitor], parties=[where.iso],
                  place=where, date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"arrives under the dateline {where.ar}: {visitor.ar} -> {where.iso}")]


def _verb_subjects(ctx: Context, trig: Mention, people: list[PersonMention], near: list[PersonMention],
                   own: list[PersonMention], before: list[PersonMention]) -> list[Person]:
    """A verb's subject: the last person before it in its own clause, else the one right after it ('...,
    while President X visited Tehran': not the person of the clause before), else the last person before
    it; then a subject joined to it by 'and' (who visits when the first is at home: the
    host's leader, then a guest); a delegation's named head, else its state's unnamed officials."""
    group = _group_subject(ctx, trig)
    if not group and own and _received_him(ctx, own[-1]):
        # 'X began it in Amman, where King Y received him, then moved to Kuwait': X goes on, the king stays
        chosen = [m for m in before if not _received_him(ctx, m)][-1:]
    else:
        chosen = near[:1] if group else own[-1:] or near[:1] or before[-1:]
    if group and not chosen:
        return _state_delegation(ctx, trig.end)
    if not chosen:
        return _trip_goes_on(ctx, trig)
    return [m.person for m in chosen] + [
        p for m in chosen for p in _coordinated(ctx, people, m.person, m.end) if m.person]


def _received_him(ctx: Context, m: PersonMention) -> bool:
    """Whether a person is the host right after a verb of receiving with an object pronoun ('حيث استقبله
    الملك Y'), or the one met 'with' right after a verb of meeting ('واجتمع فيها برئيس جنوب السودان Y'):
    the one received, the one who met him, named before, is the traveller; the host stays at home."""
    toks, him = ctx.doc.tokens, ctx.words.prefix("object-suffix")
    met = [u for u in ctx.bare_units()
           if u.intro in ("bi", "with") and u.start <= m.start < u.end]
    return any(q.value == "reception" and 0 <= m.start - q.end <= 2
               and toks[q.start].text[len(q.prefix):].endswith(him)
               or q.value == "meeting" and any(0 <= u.start - q.end <= 2 for u in met)
               for q in ctx.of("trigger"))


def _trip_goes_on(ctx: Context, trig: Mention) -> list[Person]:
    """'ثم توجه مساء أمس إلى أوغندا، حيث ...': a verb of travel opening its sentence after 'then', naming no
    one, goes on the trip told just before: its traveller is the visitor of the sentence before, else the
    subject (the first person named) of a sentence before that tells a trip ('بدأ جولته من نيروبي')."""
    toks = ctx.doc.tokens
    if trig.start != ctx.sent.tok_start + 1 or toks[ctx.sent.tok_start].text not in ctx.words.of("then"):
        return []
    told = [e for e in ctx.doc.events if e.type == "visit" and e.sent == ctx.sent.index - 1 and e.agents]
    if told:
        return told[-1].agents[:1]
    if not any(m.kind == "trigger" and m.value in ("visit", "arrival") and m.sent == ctx.sent.index - 1
               for m in ctx.doc.mentions):
        return []       # the sentence before tells no trip (a reception): no one to go on with
    subject = min((m for m in ctx.doc.people if m.sent == ctx.sent.index - 1 and m.person and m.person.iso),
                  key=lambda m: m.start, default=None)     # else the subject of the sentence before
    return [subject.person] if subject is not None and subject.person is not None else []


def _coordinated(ctx: Context, people: list[PersonMention], visitor: Person, end: int) -> list[Person]:
    """The subject joined to the visitor's by 'and' right after it, its own title first or not ('وصل الرئيس
    X والرئيس الصيني Y إلى سنغافورة'): they travel together."""
    toks = ctx.doc.tokens
    if end >= ctx.sent.tok_end or not toks[end].text.startswith(ctx.words.prefix("and")):
        return []
    titled = {k for q in ctx.of("office", "state") for k in range(q.start, q.end)}
    joined = next((m for m in people if m.start >= end and all(k in titled for k in range(end, m.start))),
                  None)
    if joined is None or joined.person is None or not joined.person.iso or joined.person == visitor:
        return []
    return [joined.person]


def _performed_it(ctx: Context, trig: Mention, before: list[PersonMention]) -> list[Person]:
    """'قام وزير الدفاع الإيطالي بزيارة إلى الكويت التقى خلالها نظيره الكويتي': the subject of a verb of
    carrying out, right before the noun in its clause, is the visitor (not a person named after it)."""
    toks, performed = ctx.doc.tokens, ctx.words.of("performed")
    mine = ctx.clause_at(trig.start)
    last = before[-1] if before else None
    if last is None or last.person is None or ctx.clause_at(last.start) != mine \
            or trig.start - last.end > 1:
        return []
    verb = any(toks[k].text[len(p):] in performed for k in range(max(mine.start, last.start - 2), last.start)
               for p in ("", *ctx.words.prefix("conjunction")) if toks[k].text.startswith(p))
    return [last.person] if verb else []


def _told_by(ctx: Context, trig: Mention, before: list[PersonMention]) -> bool:
    """Whether the last person named before a noun of visiting with no visitor of its own is its visitor:
    not when 'that' stands between them ('قال الوزير X إن الزيارة إلى دمشق ...': what he says of a visit),
    nor when the noun's own genitive is a delegation ('زيارة الوفد إلى موسكو': the delegation's)."""
    if not before:
        return False
    toks, words = ctx.doc.tokens, ctx.words
    said = any(words.has_stripped(toks[k].text, "complementizer") for k in range(before[-1].end, trig.start))
    return not said and not _group_subject(ctx, trig)


def _ends_tour_with(ctx: Context, trig: Mention) -> bool:
    """'ويختتمها اليوم بزيارة الأردن', 'وينهي جولته الآسيوية بزيارة إندونيسيا': a tour that ends, in the
    present, 'with' a visit: that visit is to come ('يختتم اليوم زيارته', ending the visit under way, is
    none of these: no 'with')."""
    toks, bi = ctx.doc.tokens, ctx.words.form("bi")
    clause = ctx.clause_at(trig.start)
    if not any(m.prefix == bi and m.value == "visit" and trig.start <= m.start <= trig.end + 5
               and m.start < clause.end for m in ctx.of("trigger")):
        return False    # (the tour noun before the visit noun ends with it too)
    return any(ctx.words.has_stripped(toks[k].text, "ends-tour")
               for k in range(max(clause.start, trig.start - 8), trig.start))


def _announced(ctx: Context, trig: Mention) -> bool:
    """'يقوم الرئيس X الخميس بزيارة إلى روسيا' published on a Monday: a visit the present tense and a
    weekday other than the publication's announce (on the day itself it is under way)."""
    pub, toks, words = ctx.doc.published, ctx.doc.tokens, ctx.words
    clause = ctx.clause_at(trig.start)
    verb = next((k for k in range(max(clause.start, trig.start - 8), trig.start)
                 if any(words.has(f, "performed") and words.has(f, "present-verb")
                        for f in first_token_variants(toks[k].text))), None)
    if pub is None or verb is None:
        return False
    days = [m.value for m in ctx.of("weekday") if verb < m.start < trig.start]
    return bool(days) and str(pub.weekday()) not in days


def _group_subject(ctx: Context, trig: Mention) -> bool:
    """A verb whose subject is a delegation, a mission or a team ('بينما وصل وفد عسكري إلى بغداد'): the
    visitor is the one named as its head, if any, not the person of the clause before."""
    return trig.end < ctx.sent.tok_end and ctx.words.has_stripped(ctx.doc.tokens[trig.end].text, "delegation")


def _state_delegation(ctx: Context, k: int) -> list[Person]:
    """A delegation at token k told of a state with only words of an official delegation beside it ('وفد
    سعودي رفيع المستوى', 'وفد حكومي من كوريا الجنوبية'): that state's unnamed officials; none for a trade,
    medical or party delegation, one come for a championship or a fair, or one of no state."""
    toks, words = ctx.doc.tokens, ctx.words
    if not words.has_stripped(toks[k].text, "state-delegation"):
        return []
    state = next((q for q in ctx.of("state") if k < q.start <= k + 4 and q.iso), None)
    if state is None:
        return []
    beside = [toks[j].text for j in range(k + 1, state.start)]
    rest = next((j for j in range(state.end, ctx.sent.tok_end)
                 if not words.has_stripped(toks[j].text, "official-delegation")), ctx.sent.tok_end)
    if rest < ctx.sent.tok_end and words.has_stripped(toks[rest].text, "headed-by"):
        # 'headed by the oil minister, to Kuwait': past its head's title to where it goes (the head of a
        # company, a chamber, a club or a party leads no state's officials)
        head = rest + 1
        rest = next((j for j in range(head, min(rest + 7, ctx.sent.tok_end))
                     if toks[j].text in words.of("to") | COMMAS), ctx.sent.tok_end)
        if words.stripped_at((t.text for t in toks[head:rest]), "org-head"):
            return []
    if any(not (words.has(w, "official-delegation") or w in words.of("from")) for w in beside) \
            or rest >= ctx.sent.tok_end or toks[rest].text not in words.of("to") | COMMAS \
            or _for_pastime(ctx, rest):
        return []
    return [ctx.unnamed(state.iso or "", "other")]


def _for_pastime(ctx: Context, k: int) -> bool:
    """'وصل وفد مصري إلى الخرطوم للمشاركة في بطولة أفريقيا', '... لبحث التعاقد مع المدرب': the clause from
    token k names a championship, a festival, a fair or a player's contract: a team or a troupe came."""
    end = ctx.clause_at(k).end
    return bool(ctx.words.stripped_at((t.text for t in ctx.doc.tokens[k:end]), "pastime"))


def _earlier(ctx: Context, trig: Mention) -> bool:
    """'خلال زيارته السابقة إلى لبنان': a noun of visiting with 'former' after it tells an earlier visit as
    background, not the one reported."""
    return _is_masdar(ctx, trig) and any(m.start == trig.end for m in ctx.of("former"))


def _of_states(ctx: Context, *, witnesses: bool = False) -> list[PersonMention]:
    """The people of the sentence who may travel for a state: not the head of a party, movement or
    company, nor one named right after the name of an international body with no office of a state in
    his mention ('الأمين العام لجامعة الدول العربية أحمد أبو الغيط'): he travels for the body, whatever
    office of his own state the leaders files remember. With `witnesses`, those named 'in the presence
    of' something too (the guests of a hosted summit)."""
    bodies = {m.end for m in ctx.of("multilateral")}
    offices = [m.start for m in ctx.of("office")]
    # the head of a party, a movement, a company (the slots' reading: 'head of the political bureau of
    # the movement X')
    stateless = [u for u in ctx.bare_units() if u.person is None and u.iso is None]
    return [m for m in (ctx.persons() if witnesses else ctx.people())
            if (m.start not in bodies or any(m.start <= k < m.end for k in offices))
            and not any(u.start <= m.start < u.end for u in stateless)]


def _latest_date(ctx: Context, trig: Mention) -> DateValue | None:
    """The date of a visit noun: 'his latest visit to Cairo' (the noun, then 'latest') is an earlier visit
    than the one reported, dated only by a date told near it, never by the report's day."""
    toks = ctx.doc.tokens
    if trig.end < ctx.sent.tok_end and ctx.words.has_stripped(toks[trig.end].text, "latest"):
        return ctx.date(trig.start, 25)
    return ctx.event_date(trig)


def _latest_rule(ctx: Context, trig: Mention, date: DateValue | None) -> str:
    """'وتعود آخر زيارة لماكرون إلى الجزائر إلى ديسمبر 2017', 'وكانت آخر زيارة له عام 2019': 'last' before a
    visit noun dated by a month or a year only is an earlier trip than the one reported (visit.past)."""
    toks = ctx.doc.tokens
    latest = trig.start > ctx.sent.tok_start \
        and ctx.words.has_stripped(toks[trig.start - 1].text, "latest-before")
    return "visit.past" if latest and date is not None and date.precision != "day" else "visit.trigger"


def _first_since(ctx: Context, trig: Mention, visitor: Person, host: str) -> list[Event]:
    """'في أول زيارة له لمصر منذ عام 2012', 'الزيارة الأولى للرئيس الأسد إلى الصين منذ عام 2004': the same
    named person visited that state in that year (not said of 'أول زيارة لوزير خارجية كوبي منذ 1959')."""
    toks = ctx.doc.tokens
    if not visitor.named or visitor.iso == host or not any(
            toks[k].text in ctx.words.of("first")
            for k in range(max(ctx.sent.tok_start, trig.start - 1), min(trig.end + 2, ctx.sent.tok_end))):
        return []
    for m in ctx.dates():
        if trig.end <= m.start <= trig.end + 12 and m.date and any(
                toks[k].text in ctx.words.of("since") for k in range(max(trig.end, m.start - 2), m.start)):
            why = f"first visit since {m.date.iso()}: {visitor.ar} was in {host} then"
            return [Event("visit", "visit.past", ctx.sent.index, agents=[visitor], parties=[host],
                          date=m.date, spans=[ctx.span()], why=why)]
    return []


def _visited_it(ctx: Context, trig: Mention) -> list[Event]:
    """'هي الأولى لرئيس إسرائيلي إلى تركيا منذ عام 2007، حين زارها الرئيس آنذاك شمعون بيريز': the visitor is
    named after the verb (else the sentence's subject), the destination before it, the date before 'حين'."""
    toks = ctx.doc.tokens
    people = ctx.people()
    places = [m for m in ctx.ms if m.end <= trig.start and m.kind in ("state", "place") and m.iso]
    if not places:
        return []
    dest = places[-1]
    if dest.iso is None:
        return []
    dest_iso = dest.iso
    after = [m for m in people
             if trig.end <= m.start <= trig.end + 4 and not ctx.clause_break(trig.end, m.start)]
    before = [m for m in people if m.end <= trig.start and m.person and m.person.iso not in (None, dest.iso)]
    visitor_m = after[0] if after else (before[-1] if before else None)
    if visitor_m is None or visitor_m.person is None or visitor_m.person.iso in (None, dest.iso):
        return []
    visitor = visitor_m.person
    date = None
    if trig.start > 0 and toks[trig.start - 1].text in ctx.words.of("when"):
        dated = [m for m in ctx.dates() if m.date and 0 <= trig.start - 1 - m.end <= 2]
        date = dated[-1].date if dated else None
    rule = "visit.past" if date else "visit.trigger"      # 'since 2012, when he visited it': an earlier visit
    date = date or ctx.event_date(trig)
    place = dest.place if isinstance(dest, PlaceMention) and (dest.kind == "place" or dest.via == "capital") \
        else None
    why = (f"visit «{ctx.doc.surface(trig.start, trig.end)}» of the place named before: "
           f"{visitor.ar} -> {dest.iso}")
    return [Event("visit", rule, ctx.sent.index, agents=[visitor], parties=[dest_iso], place=place,
                  date=date, spans=[ctx.span()], why=why)]


def _is_masdar(ctx: Context, trig: Mention) -> bool:
    """A noun of visiting ('زيارة', 'بالزيارة', 'لدى وصوله'), not a verb ('زار', 'يصل')."""
    word = ctx.doc.tokens[trig.start].text
    masdars = ctx.words.prefix("visit-masdar")
    return word.startswith(masdars) or word[len(trig.prefix):].startswith(masdars)


def _companions(ctx: Context, visitor: Person) -> list[Person]:
    """'وكان الرئيس عون، يرافقه وزير الخارجية يوسف رجي، قد وصل': those accompanying a visitor visit too."""
    toks = ctx.doc.tokens
    out: list[Person] = []
    for c in ctx.of("witness"):
        if toks[c.start].text not in ctx.words.of("companion"):
            continue
        for m in ctx.persons():
            if m.start >= c.end and not ctx.clause_break(c.end, m.start) and m.person \
                    and m.person.iso == visitor.iso and m.person != visitor and m.person not in out:
                out.append(m.person)
    return out


def _destinations(ctx: Context, trig: Mention, visitor: Person, after: int) -> list[Stop]:
    """The first destination, then any chained with 'ثم' / 'و' ('بزيارة مصر ثم الأردن'), each with the date
    told right after it, if any ('زار مسقط في فبراير، ثم أبوظبي في مارس')."""
    out: list[Stop] = []
    start = max(after, trig.end)
    if _lists_own(ctx, start, visitor):
        return out
    chain = ctx.words.of("then-and")
    while True:
        host, city, end = _destination(ctx, trig, visitor, start, chained=bool(out))
        if host is None:
            return out
        own, past = _own_date(ctx, end)
        if past < ctx.sent.tok_end and ctx.doc.tokens[past].text in chain:
            end = past      # 'A in February, then B'
        if all(h != host for h, _, _ in out):
            out.append((host, city, own))
        nxt = ctx.doc.tokens[end].text if end < ctx.sent.tok_end else ""
        if nxt not in chain and not (nxt.startswith(ctx.words.prefix("and"))
                                     and any(m.start == end for m in ctx.of("state"))):
            return out
        start = end + (1 if nxt in chain else 0)


def _relative_of(ctx: Context, trig: Mention, k: int) -> bool:
    """A relative clause opening at token k describes the trigger's visit: 'الزيارة التي قام بها X
    للقاهرة', 'الزيارة الرسمية التي يؤديها إلى العراق' (its destination is the visit's)."""
    return trig.end <= k <= trig.end + 2 and ctx.doc.tokens[k].text in ctx.words.of("relative")


def _stop_dates(stops: list[Stop], date: DateValue | None) -> list[DateValue | None]:
    """The date of each stop of a tour: its own; else the visit's, unless a stop before it had a date of
    its own ('زار مسقط في فبراير، ثم أبوظبي': the text does not say when it went on to Abu Dhabi)."""
    if len(stops) == 1:
        return [date]
    out: list[DateValue | None] = []
    dated = False
    for _, _, own in stops:
        out.append(own if own is not None else (None if dated else date))
        dated = dated or own is not None
    return out


def _own_date(ctx: Context, end: int) -> tuple[DateValue | None, int]:
    """The date told right after a destination ending at token `end` ('في فبراير الماضي') and where it
    ends, past a comma after it; (None, end) when none is."""
    toks = ctx.doc.tokens
    k = end + 1 if end < ctx.sent.tok_end and toks[end].text in ctx.words.of("in") else end
    told = next((m for m in ctx.dates() if m.start == k), None)
    if told is None:
        return None, end
    k = told.end
    return told.date, (k + 1 if k < ctx.sent.tok_end and toks[k].text in COMMAS else k)


def _destination(ctx: Context, trig: Mention, visitor: Person, start: int, *, chained: bool = False
                 ) -> tuple[str | None, Place | None, int]:
    """Where a visit goes: the state or city right after the trigger ('زيارة إلى مصر', 'وصل إلى الرياض',
    'زار بكين'); a noun (زيارة، وصول) needs 'إلى'/'ل' before its destination."""
    toks = ctx.doc.tokens
    verb = chained or not _is_masdar(ctx, trig)
    home = _reporting_state(ctx)
    for k in range(start, min(start + 3, ctx.sent.tok_end)):
        if toks[k].text in ctx.words.of("the-country") and toks[k - 1].text in ctx.words.of("to") and home \
                and home != visitor.iso:
            return home, ctx.doc.dateline_place, k + 1      # 'arrived in the country': the reporting state
    own = ctx.clause_at(trig.start)
    reach = min(start + (2 if chained else (22 if verb else 16)), _reached(ctx, start))
    for m in sorted(ctx.ms, key=lambda x: x.start):
        if m.start < start or m.start > reach:
            continue
        if ctx.clause_break(start, m.start) and not verb:
            break
        if (where := _other_clause(ctx, trig, own, m)) == "skip":
            continue
        if where == "stop":
            break
        lead = _lead(ctx, trig, m)
        if lead & (ctx.words.of("origin") | ctx.words.of("en-route")) or ctx.across_border(m):
            continue        # 'coming from Paris', 'on his way to Washington': not where the visitor is
        if _in_title(ctx, m):
            continue        # 'the US special envoy to Sudan arrived in Jeddah': the envoy's posting
        if any(trig.end <= q.start < m.start for q in ctx.of("modal") if q.value in ("planned", "hoped")) \
                or any(ctx.words.has(toks[k].text, "includes-to-come") for k in range(trig.end, m.start)):
            break           # 'a Gulf tour that is to take him to the Emirates too', 'that includes': to come
        introduced = verb or bool(lead & ctx.words.of("to-place")) or m.prefix in ctx.words.of("lam-prefix") \
            or (m.start == trig.end and not m.prefix) or _tour_in(ctx, trig, m, lead)
        host = _host(ctx, m, visitor) if introduced else None
        if host is not None:
            return host[0], host[1], m.end
    return None, None, start


def _tour_in(ctx: Context, trig: Mention, m: Mention, lead: set[str]) -> bool:
    """'في ختام جولته الأفريقية في أبيدجان': a tour's stop 'in' a place right after the tour noun (and its
    adjective), where a noun of visiting needs 'to'."""
    return m.start <= trig.end + 3 and bool(lead & ctx.words.of("in")) \
        and ctx.words.has_stripped(ctx.doc.tokens[trig.start].text, "tour-noun")


def _lists_own(ctx: Context, start: int, visitor: Person) -> bool:
    """'زار وزير الخارجية كلا من مصر والأردن': a list opened by 'both of' that names the visitor's own state
    is where his bare title's state was read from: he is nobody's minister, and visits none of them."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    k = next((j for j in range(start, min(start + 8, end - 1)) if toks[j].text in words.of("each")
              and toks[j + 1].text in words.of("from")), None)
    return k is not None and any(q.iso == visitor.iso for q in ctx.of("state") if k + 2 <= q.start <= k + 8)


def _lead(ctx: Context, trig: Mention, m: Mention) -> set[str]:
    """The two words before a destination m (after the trigger); 'from' is not 'coming from' after 'both'
    ('زار كلا من مصر وغانا')."""
    toks = ctx.doc.tokens
    lead = {toks[k].text for k in range(max(trig.end, m.start - 2), m.start)}
    if any(toks[k].text in ctx.words.of("each") for k in range(trig.end, m.start)):
        lead -= ctx.words.of("from")
    return lead


def _in_title(ctx: Context, m: Mention) -> bool:
    """A state followed by 'to' and another place ('المبعوث الأمريكي الخاص إلى السودان إلى جدة'): the first
    is where the envoy serves, a part of his title, the second where he goes."""
    k = m.end
    return k + 1 < ctx.sent.tok_end and ctx.doc.tokens[k].text in ctx.words.of("to") \
        and ctx.place_at(k + 1) is not None


def _reached(ctx: Context, start: int) -> int:
    """Where 'to' before something no place begins ('وصل إلى قناعة بأن', 'وصلت إلى اتفاق'): a place named
    after it is not where anyone arrived. The end of the sentence when there is none."""
    toks, words = ctx.doc.tokens, ctx.words
    return next((k for k in range(start, ctx.sent.tok_end - 1) if toks[k].text in words.of("to")
                 and words.has_stripped(toks[k + 1].text, "reached")),
                ctx.sent.tok_end)


def _other_clause(ctx: Context, trig: Mention, own: Clause, m: Mention) -> str | None:
    """Whether a mention outside the trigger's clause is passed over ('skip': a relative clause about
    someone, 'X, who spoke of the crisis in Yemen, visited ...'), ends the search ('stop': a clause of
    its own, 'X arrived yesterday, and said that relations with China ...'), or may be read (None: the
    trigger's clause, the relative clause describing the visit, the main clause going on after a
    relative clause)."""
    clause = ctx.clause_at(m.start)
    if clause == own or _relative_of(ctx, trig, clause.start):
        return None
    if clause.embedded:
        return "skip"
    return None if ctx.clause_at(clause.start - 1).embedded else "stop"


def _host(ctx: Context, m: Mention, visitor: Person) -> tuple[str, Place | None] | None:
    """The state (and city) a mention names as a destination for this visitor, if any."""
    if isinstance(m, PlaceMention) and m.kind == "place" and m.place and m.place.iso \
            and m.place.iso != visitor.iso:
        return m.place.iso, m.place
    if isinstance(m, PlaceMention) and m.kind == "state" and m.iso and m.iso != visitor.iso \
            and m.via != "nisba":      # 'on a Saudi plane' names no destination
        return m.iso, (m.place if m.via == "capital" else None)
    if m.kind == "kingdom" and (king := ctx.kingdom()) and king != visitor.iso:
        return king, None
    if m.kind == "own_country" and m.value == "home" and (home := _reporting_state(ctx)) \
            and home != visitor.iso and not _told_by_speaker(ctx, m.start):
        return home, None       # 'our country' in the report: the reporting state
    return None


def _told_by_speaker(ctx: Context, k: int) -> bool:
    """A word before token k opens what someone said ('قال إن', 'أكد أن') or a quotation: 'our country' there
    is the speaker's."""
    toks, said = ctx.doc.tokens, ctx.words.of("complementizer")
    return ctx.clause_at(k).embedded or any(
        toks[j].text in said or toks[j].text[1:] in said for j in range(ctx.sent.tok_start, k))


def depart(ctx: Context, trig: Mention) -> list[Event]:
    """Leaving a place abroad tells a visit to it: 'غادر الأمير ... القاهرة بعد زيارة عمل', 'وغادر الرئيس
    جنوب أفريقيا الشهر الماضي'. The place left is the verb's object, the first state or city after the one
    leaving; leaving one's own state ('غادر الخرطوم إلى نواكشوط') is told by the trip's other words."""
    if ctx.modal(trig):
        return []
    people = [m for m in _of_states(ctx) if m.person and m.person.iso]
    after = [m for m in people
             if trig.end <= m.start <= trig.end + 5 and not ctx.clause_break(trig.end, m.start)]
    before = [m for m in people if m.end <= trig.start and not ctx.clause_break(m.end, trig.start)]
    chosen = after[0] if after else (before[-1] if before else None)
    if chosen is None or chosen.person is None or chosen.person.role == "ambassador":
        return []
    leaver = chosen.person
    start = max(trig.end, chosen.end if chosen.start >= trig.end else trig.end)
    toks = ctx.doc.tokens
    left = next((m for m in sorted(ctx.ms, key=lambda x: x.start)
                 if start <= m.start <= start + 12 and isinstance(m, PlaceMention) and m.iso
                 and m.kind in ("state", "place") and m.via != "nisba"
                 and not ctx.clause_break(start, m.start)
                 and not {toks[k].text for k in range(max(start, m.start - 2), m.start)}
                 & (ctx.words.of("to-place") | ctx.words.of("origin"))), None)
    if left is None:
        return _left_the_country(ctx, trig, leaver, start)
    if left.iso is None or left.iso == leaver.iso:
        return []
    place = left.place if left.kind == "place" or left.via == "capital" else None
    return [Event("visit", "visit.depart", ctx.sent.index, agents=[leaver], parties=[left.iso], place=place,
                  date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"leaves «{ctx.doc.surface(left.start, left.end)}»: {leaver.ar} -> {left.iso}")]


def _reporting_state(ctx: Context) -> str | None:
    """The state the article reports from ('arrived in the country' is arriving there): its home, else its
    dateline's."""
    return ctx.doc.home or (ctx.doc.dateline_place.iso if ctx.doc.dateline_place else None)


def _left_the_country(ctx: Context, trig: Mention, leaver: Person, start: int) -> list[Event]:
    """'الكويت - كونا: غادر البلاد اليوم رئيس وزراء الأردن': leaving 'the country' (the word right after the
    verb or its subject) is leaving the reporting state the dateline names."""
    toks, home = ctx.doc.tokens, _reporting_state(ctx)
    if home is None or home == leaver.iso or not any(
            toks[k].text in ctx.words.of("the-country") for k in (trig.end, start) if k < ctx.sent.tok_end):
        return []
    return [Event("visit", "visit.depart", ctx.sent.index, agents=[leaver], parties=[home],
                  place=ctx.doc.dateline_place, date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"leaves the country: {leaver.ar} -> {home}")]


def attend(ctx: Context, trig: Mention) -> list[Event]:
    """Attending a summit, forum or conference abroad counts as a visit to the host city's state:
    'يشارك الرئيس في أعمال القمة العربية في جدة', 'رئيس وفد المملكة المشارك في أعمال المنتدى ... في طوكيو'."""
    if ctx.modal(trig):
        return []
    toks = ctx.doc.tokens
    gatherings = [m for m in ctx.of("gathering", "multilateral", "ceremony")
                  if trig.end <= m.start <= trig.end + 10 and not ctx.clause_break(trig.end, m.start)]
    if not gatherings:
        return []
    heads_only = all(m.kind == "ceremony" for m in gatherings)
    clause_end = next((k for k in range(trig.end, ctx.sent.tok_end) if toks[k].text in (".", "؛")),
                      ctx.sent.tok_end)
    if any(ctx.words.has_stripped(toks[k].text, "remote")
           for k in range(max(ctx.sent.tok_start, trig.start - 3), clause_end)):
        return []       # 'took part by video in the summit held in Addis Ababa': from home
    # 'attended' a ceremony is also a word of presence: those it names are who attended
    people = _of_states(ctx, witnesses=heads_only and any(m.start == trig.start for m in ctx.of("witness")))
    before = [m for m in people if m.end <= trig.start and not ctx.clause_break(m.end, trig.start)]
    after = [m for m in people if trig.end <= m.start < clause_end]
    # the one named right after the verb or noun ('took part President X', 'with the participation of
    # President X'), else the subject
    chosen = after[0] if after and after[0].start == trig.end else \
        (before[-1] if before else (after[0] if after else None))
    iso, city = _attend_host(ctx, trig.end, clause_end, gatherings)
    if chosen is None or chosen.person is None or iso is None:
        return []
    visitors = _among_them(ctx, trig, after) or [chosen.person]
    return [Event("visit", "visit.attend", ctx.sent.index, agents=[visitor], parties=[iso], place=city,
                  date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"attends a gathering in {city.ar if city else iso}: {visitor.ar} -> {iso}")
            for visitor in dict.fromkeys(visitors)
            if visitor.iso and iso != visitor.iso and visitor.role != "ambassador"
            and (not heads_only or visitor.role in HEADS)]


# who attends a ceremony abroad (an opening) for his state: a head of state or government, not a minister
HEADS = ("president", "prime_minister", "king", "emir", "sultan", "crown_prince", "supreme_leader")


def _among_them(ctx: Context, trig: Mention, after: list[PersonMention]) -> list[Person]:
    """'وحضر الافتتاح عدد من القادة، بينهم X والرئيس Y': those named after 'among them' (word class
    `among-them`) in the trigger's sentence after it, each a guest."""
    toks = ctx.doc.tokens
    k = next((k for k in range(trig.end, ctx.sent.tok_end)
              if ctx.words.has_stripped(toks[k].text, "among-them")), None)
    return [] if k is None else [m.person for m in after if m.start > k and m.person is not None]


def _attend_host(ctx: Context, start: int, end: int, gatherings: list[Mention]
                 ) -> tuple[str | None, Place | None]:
    """Where a gathering attended is: the first place of the clause, else the host a relative clause after
    the gathering names."""
    cities = ctx.places(start, end)
    if cities:
        return cities[0].iso, cities[0]
    hosted = next(filter(None, (_hosted_after(ctx, g) for g in gatherings)), None)
    if hosted is None:      # no place told: where the article reports from (its dateline's city)
        home = ctx.doc.dateline_place
        return (home.iso, home) if home is not None else (None, None)
    return hosted.iso, (hosted.place if hosted.via == "capital" or hosted.kind == "place" else None)


def _hosted_after(ctx: Context, m: Mention) -> PlaceMention | None:
    """'القمة التي استضافتها الرياض', 'القمة العربية التي احتضنتها الجزائر': the state or city a relative
    clause right after the gathering says hosted it (past a day)."""
    toks, words = ctx.doc.tokens, ctx.words
    verb = next((k for k in range(m.end, min(m.end + 3, ctx.sent.tok_end))
                 if words.has_stripped(toks[k].text, "hosted-it")), None)
    if verb is None or not any(toks[k].text in words.of("relative") for k in range(m.end, verb)):
        return None
    return ctx.place_at(ctx.past_time(verb + 1))


def at_gathering(ctx: Context, m: Mention) -> list[Event]:
    """'وأكد الرئيس X على هامش قمة الحلف في مدريد', 'وقال الوزير X خلال مؤتمر صحفي في باريس': one told doing
    something during (on the sidelines of) a gathering held in a city of another state was there: the
    subject of the phrase's clause (the last state person before it, the last two before 'their summit',
    else the one after the comma that closes a fronted phrase), not one named after 'that' or a relative
    ('بما اتفق عليه خلال القمة'); and those a summit 'brought together' there ('القمة التي جمعت X بـY في
    جنيف')."""
    hosted = _hosted_by(ctx, m)
    people = _of_states(ctx, witnesses=hosted is not None)     # 'hosted ... in the presence of X'
    joined = _present_at(ctx, m, people) if hosted else _brought_together(ctx, m, people)
    where = hosted or _held_in(ctx, m, 24 if joined else 8) or _held_before(ctx, m)
    if where is None or ctx.modal(m) or _remote(ctx, m.start):
        return []
    attendees = joined or _gathering_subjects(ctx, m, people)
    # a summit recalled by whom it brought together is dated by the date told with it, not the report's
    date = ctx.date(m.start, 25) if joined else ctx.event_date(m)
    out = []
    for a in dict.fromkeys(p.person for p in attendees if p.person and not _former(ctx, p)):
        if not a.iso or a.role == "ambassador" or (host := _host(ctx, where, a)) is None:
            continue
        out.append(Event("visit", "visit.attend", ctx.sent.index, agents=[a], parties=[host[0]],
                         place=host[1], date=date, spans=[ctx.span()],
                         why=f"at «{ctx.doc.surface(m.start, where.end)}»: {a.ar} -> {host[0]}"))
    return out


def _gathering_subjects(ctx: Context, m: Mention, people: list[PersonMention]) -> list[PersonMention]:
    """Who is told doing something 'during' or 'on the sidelines of' the gathering m: the last state person
    before the phrase in its clause (the last two before 'their summit'), else the subject after the comma
    closing a fronted phrase; none after 'that' or a relative between them."""
    toks, words = ctx.doc.tokens, ctx.words
    lead = next((k for k in range(max(ctx.sent.tok_start, m.start - 2), m.start)
                 if words.has_stripped(toks[k].text, "at-gathering")), None)
    if lead is None:
        return []
    before = [p for p in people if p.end <= lead and not ctx.clause_break(p.end, lead)]
    if not before:
        fronted = ctx.fronted_subject(m, people)
        return [p for p in people if p.person == fronted][:1] if fronted else []
    if any(words.has_stripped(toks[k].text, "complementizer") or toks[k].text in words.of("which")
           for k in range(before[-1].end, lead)):
        return []
    return before[-2:] if toks[m.start].text.endswith(words.prefix("their-suffix")) else before[-1:]


def _hosted_by(ctx: Context, m: Mention) -> PlaceMention | None:
    """The state or city a past verb of hosting right before the gathering names, before or right after
    the verb ('تركيا استضافت القمة', 'استضافت أنقرة أمس القمة'); None when no such verb is there, or
    other words than the host and a day stand between them."""
    toks = ctx.doc.tokens
    verb = next((k for k in range(max(ctx.sent.tok_start, m.start - 4), m.start)
                 if ctx.words.has_stripped(toks[k].text, "hosted")), None)
    if verb is None:
        return None
    told = {j for q in ctx.ms if q.kind in ("state", "place", "date", "time") for j in range(q.start, q.end)}
    if any(j not in told for j in range(verb + 1, m.start)):
        return None
    return ctx.place_where(lambda q: bool(q.iso) and (q.end in (verb, verb - 1) or q.start == verb + 1))


def _present_at(ctx: Context, m: Mention, people: list[PersonMention]) -> list[PersonMention]:
    """Those named after 'in the presence of', 'with the participation of' the gathering, in its sentence
    ('بحضور الرئيس X ونظيره الروسي Y إلى جانب الرئيس الإيراني Z')."""
    toks = ctx.doc.tokens
    cue = next((k for k in range(m.end, ctx.sent.tok_end)
                if ctx.words.has_stripped(toks[k].text, "in-presence")), None)
    if cue is None:
        return []
    stop = next((k for k in range(cue, ctx.sent.tok_end) if toks[k].text in (".", "؛")), ctx.sent.tok_end)
    return [p for p in people if cue < p.start < stop]


def _brought_together(ctx: Context, m: Mention, people: list[PersonMention]) -> list[PersonMention]:
    """'القمة (التاريخية) التي جمعت الرئيس X بالرئيس Y', 'القمة التي جمعته بالرئيس Y': those a summit brought
    together, named after the verb, and the one its pronoun stands for (the last person, or two, before
    the summit)."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    k = next((j for j in range(m.end, min(m.end + 3, end - 1)) if toks[j].text in words.of("relative")), None)
    if k is None or not words.has_stripped(toks[k + 1].text, "brought-together"):
        return []
    verb = toks[k + 1].text
    named = [p for p in people if k + 1 < p.start <= k + 12 and not ctx.clause_break(k + 1, p.start)][:2]
    before = [p for p in people if p.end <= m.start]
    if verb.endswith(words.prefix("their-suffix")):
        return before[-2:] + named
    return (before[-1:] if verb.endswith(words.prefix("pronoun-ha")) else []) + named


def _held_in(ctx: Context, m: Mention, reach: int = 8) -> PlaceMention | None:
    """The city (or state) 'in' which a gathering is held, named within a few words after it ('قمة مجموعة
    العشرين في روما', 'المؤتمر المنعقد في جنيف'), before any comma, unless the gathering's guests are
    named before it ('جمعته بالرئيس X، في سنغافورة'); None when none is, or when it is to come ('القمة
    المقبلة في مدريد')."""
    toks = ctx.doc.tokens
    for k in range(m.end, min(m.end + reach, ctx.sent.tok_end - 1)):
        if toks[k].text in (".", "؛") or (toks[k].text in COMMAS and reach <= 8):
            return None
        if toks[k].text not in ctx.words.of("in"):
            continue
        place = ctx.place_at(k + 1)
        if place is None or not place.iso:
            continue
        if any(m.end <= q.start <= k for q in ctx.of("modal")):
            return None
        return place
    return None


def _held_before(ctx: Context, m: Mention) -> PlaceMention | None:
    """The city named after 'in' right before the phrase 'on the sidelines of' or 'during' that opens the
    gathering m ('التقى X Y في نيويورك على هامش أعمال الجمعية العامة'): where the gathering and what was
    done on its sidelines were; None when no such city is there, or a topic names it."""
    toks, words, start = ctx.doc.tokens, ctx.words, ctx.sent.tok_start
    lead = next((k for k in range(max(start, m.start - 2), m.start)
                 if words.has_stripped(toks[k].text, "at-gathering")), None)
    if lead is None:
        return None
    return ctx.place_where(lambda q: bool(q.iso) and q.end in (lead - 1, lead) and q.start > start
                           and toks[q.start - 1].text in words.of("in") and ctx.is_place(q))


def _former(ctx: Context, m: Mention) -> bool:
    """'الرئيس الأمريكي الأسبق X': the person's title is an office he held."""
    return any(q.kind == "former" and m.start <= q.start < m.end for q in ctx.ms)


def _remote(ctx: Context, start: int) -> bool:
    """Taking part by video or online in the clause from `start`: from home."""
    toks = ctx.doc.tokens
    end = next((k for k in range(start, ctx.sent.tok_end) if toks[k].text in (".", "؛")), ctx.sent.tok_end)
    return any(ctx.words.has_stripped(toks[k].text, "remote")
               for k in range(max(ctx.sent.tok_start, start - 3), end))


def _principal_visit(doc: Document, sent: int, principal: Person | None) -> Event | None:
    """The visit the companions join: the principal's (else the latest) visit told up to this sentence;
    with none told yet, the first told after it ('ورافق الوزير كل من ...' before 'وكان الوزير وصل')."""
    told = [e for e in doc.events if e.type == "visit" and e.rule != "visit.past"]
    visits = [e for e in told if e.sent <= sent]
    mine = [e for e in visits if principal is not None and principal in e.agents]
    chosen = mine or visits
    return chosen[-1] if chosen else next(iter(told), None)


def _companion_cue(doc: Document, start: int, end: int) -> int | None:
    """Where a sentence names those travelling with a visitor: a companion word ('يرافقه', 'بمعية', 'الوفد
    المرافق'), or 'comprises' beside a delegation ('وفد يضم', 'ويضم الوفد الرسمي'), not a cabinet or a
    list that 'comprises'."""
    toks, words = doc.tokens, doc.lang.words
    k = company_cue(doc, start, end)
    while k is not None and words.has_stripped(toks[k].text, "comprises") and not any(
            words.has_stripped(toks[j].text, "delegation")
            for j in range(max(start, k - 3), min(end, k + 3))):
        k = company_cue(doc, k + 1, end)
    return k


def listed_companions(doc: Document) -> list[Event]:
    """'وقد وصل في معية خادم الحرمين كل من: الأمير ...، ووزير ...', 'الوفد المرافق للرئيس يضم ...': each
    person named after a companion word visits where the one they accompany visits (the listed names
    are the people stage's person mentions; a name without a state is taken to be of the principal's)."""
    out: list[Event] = []
    named = {m.sent for m in doc.people}
    for s in doc.sentences:
        if s.index not in named:
            continue        # nobody to list
        cue = _companion_cue(doc, s.tok_start, s.tok_end)
        if cue is None:
            continue
        people = [m for m in doc.people if m.sent == s.index and m.start > cue]
        principal = people[0].person if people and people[0].start - cue <= 3 and people[0].person.iso \
            else None       # a member of no state told is no principal
        visit = _principal_visit(doc, s.index, principal)
        if visit is None or not visit.agents:
            continue
        lead = principal or visit.agents[0]
        for m in people:
            p = m.person
            if p == lead or p in visit.agents or not p.named or p.iso not in (None, lead.iso):
                continue
            p = p if p.iso else replace(p, iso=lead.iso)
            if p.iso in visit.parties:
                continue    # 'received by the crown prince, with him the foreign minister': the hosts
            out.append(Event("visit", "visit.companion", s.index, agents=[p], parties=list(visit.parties),
                             place=visit.place, date=visit.date, spans=[(s.start, s.end)],
                             why=f"accompanies {lead.ar} -> {', '.join(visit.parties)}"))
    return out
