"""Meetings and talks (a phone call is not a meeting); receptions are meetings whose guest visits the host.

Rule ids: meeting.reception, meeting.trigger, meeting.chained, meeting.summit, meeting.summons."""
from __future__ import annotations

from itertools import takewhile

from ...document import DateValue, Event, Mention, Person, PersonMention, Place, PlaceMention
from ..clauses import COMMAS
from ..slots import Unit
from .context import (
    MOST_STATES,
    Context,
    _dateline,
    _persons,
    _plural_offices,
)


def _reception_sides(ctx: Context, trig: Mention) -> tuple[list[Person], Person] | None:
    """Hosts and guest from the trigger's frame: 'استقبل X Y' (VSO), 'X يستقبل Y' (a headline), 'حيث
    استقبله X' (the guest: the sentence's subject), 'وكان في استقبال Y لدى وصوله X وZ' (Y the guest, the
    list after: the hosts). A host of the guest's own state (its ambassador, its attaché, its princes),
    an envoy ('لدى X') or an ambassador meets no other state."""
    frame = ctx.frame(trig)
    hosts = [u.person for u in frame.units("host")[:1] + frame.units("hosts")
             if u.person is not None and u.person.iso and u.person.role != "ambassador"]
    relative = _relative_host(ctx, trig)
    after = [u.person for u in frame.units("host") if relative is not None and u.person is not None]
    fronted = _fronted_host(ctx, trig) or relative
    hosts = [fronted] if fronted is not None and fronted.role != "ambassador" else hosts
    if not hosts:       # 'the foreign minister of the State of X, Dr Y': a state in a title
        states = {u.iso for u in frame.units("hosts") if u.person is None}
        hosts = [u.person for u in frame.others.get("hosts", [])[:1]
                 if u.person is not None and u.person.iso in states and u.person.role != "ambassador"]
    # a pronoun guest: the subject, else the nearest one named before who is not of the host's state
    guests = [p for p in after + [u.person for u in frame.units("guest") + frame.others.get("guest", [])
                                  if u.person is not None and u not in frame.units("host", "hosts")]
              + _delegations(ctx, frame.units("guest") or _from_after(ctx, trig))
              if p.iso and (not hosts or p.iso != hosts[0].iso)]
    visitor = _visitor_of(ctx, hosts[0].iso) if hosts and not guests and hosts[0].iso else None
    guests = guests or ([visitor] if visitor is not None and (frame.filled("hosts") or _his_guest(ctx, trig))
                        else [])
    if not guests:
        return None
    guest = guests[0]
    hosts = [h for h in hosts if h.iso != guest.iso]
    return (list(dict.fromkeys(hosts)), guest) if hosts else None


def _his_guest(ctx: Context, trig: Mention) -> bool:
    """'فاستقبل ضيفه بنفسه عند سلم الطائرة', 'استقبل X ضيفته في القصر': 'his guest' in the verb's clause,
    within a few words after it (and after the host named there), stands for the visitor the article told
    of."""
    if trig.via != "receive-verb":
        return False        # (a noun of receiving takes its date from what it is told with: not read here)
    toks = ctx.doc.tokens
    start = max([u.end for u in ctx.frame(trig).units("host")] + [trig.end])
    for k in range(start, min(start + 4, ctx.sent.tok_end)):
        if toks[k].text in COMMAS:
            return False
        if ctx.words.has_stripped(toks[k].text, "guest-pronoun"):
            return True
    return False


NAME_TAIL = 2      # words of a name the people stage may leave unread at its end


def _relative_host(ctx: Context, trig: Mention) -> Person | None:
    """'X، الذي استقبل Y', 'X، الذي كان قد استقبل Y': a reception verb opening a relative clause (two
    words between at most, no person) has as its host the person named right before the relative pronoun
    (its comma between); the one named after the verb is the guest."""
    if trig.via != "receive-verb":
        return None         # (a verb with an object pronoun: the one before the relative is the guest)
    toks, people = ctx.doc.tokens, ctx.people()
    rel = next((k for k in range(trig.start - 1, max(ctx.sent.tok_start, trig.start - 4) - 1, -1)
                if toks[k].text in ctx.words.of("relative")), None)
    if rel is None or any(rel < m.start < trig.start for m in people):
        return None
    end = rel - 1 if rel > 0 and toks[rel - 1].text in COMMAS else rel
    # (the name read may stop before the last words of a long name: a grandfather's, a family's)
    named = [m for m in people if end - NAME_TAIL <= m.end <= end and m.person is not None and m.person.iso]
    return max(named, key=lambda m: m.end).person if named else None


def _delegations(ctx: Context, units: list[Unit]) -> list[Person]:
    """The states' delegations among `units` (Context.delegations), and a delegation of a state's organ or
    of an official kind, the state's nisba after them ('وفدا من مجلس الشيوخ الإيطالي', 'وفدا برلمانيا روسيا',
    'وفد من الحكومة السودانية'): that state's unnamed officials; not a company's, a club's or the press'."""
    toks, words, out = ctx.doc.tokens, ctx.words, ctx.delegations(units)
    for u in units:
        if u.person is not None or not u.iso:
            continue
        k = u.start - 1
        while k > max(ctx.sent.tok_start, u.start - 5) and (
                toks[k].text in words.of("from") or words.has_stripped(toks[k].text, "delegation-body")
                or words.has_stripped(toks[k].text, "official-delegation")):
            k -= 1
        if k < u.start - 1 and words.has_stripped(toks[k].text, "state-delegation"):
            out.append(ctx.unnamed(u.iso, "other"))
    return list(dict.fromkeys(out))


def _fronted_host(ctx: Context, trig: Mention) -> Person | None:
    """'وخلال استقباله X في الرياض، بحث Y', 'ولدى استقباله X، أكد Y': a noun of receiving with 'his' put first
    in its sentence, nobody named before it: its host is the one named after the verb after its comma."""
    if trig.via != "receive-noun-pronoun" or any(m.end <= trig.start for m in ctx.people()):
        return None
    return ctx.fronted_subject(trig, ctx.people())


def _from_after(ctx: Context, trig: Mention) -> list[Unit]:
    """The units after 'from' that follow the trigger in its clause ('استقبل X وفدا من الحكومة السودانية'):
    a frame's bare slot does not take them; a delegation word before 'from' makes them the guest."""
    clause = ctx.clause_at(trig.start)
    return [u for u in ctx.units() if trig.end <= u.start < clause.end and u.intro == "from"]


def _visit_to(ctx: Context, host: str, visitor: Person | None = None) -> Event | None:
    """The latest visit told to the hosts' state (by `visitor`, else by anyone of another state): 'وكان في
    استقباله ...' after it names its guest, and a reception of that guest undated is on that trip."""
    visits = [e for e in ctx.doc.events if e.type == "visit" and host in e.parties and e.rule != "visit.past"
              and e.agents and e.agents[0].iso not in (None, host) and visitor in (None, e.agents[0])]
    return visits[-1] if visits else None


def _welcome_goes_on(ctx: Context, trig: Mention, hosts: list[Person], guest: Person,
                     date: DateValue | None) -> bool:
    """'وكان في استقبال الضيف لدى وصوله X.' then 'كما كان في استقباله Y وZ.': the welcoming party of one
    arrival told in several sentences is one meeting; the hosts named later join the earlier reading."""
    def welcome(sent: int) -> bool:
        return any((m.via or "").startswith("receive-welcome") for m in ctx.doc.in_sentence(sent, "trigger"))
    if not (trig.via or "").startswith("receive-welcome"):
        return False
    for ev in reversed(ctx.doc.events):
        if ev.type == "meeting" and ev.rule == "meeting.reception" and ev.host_state == hosts[0].iso \
                and ev.subjects[:1] == [guest] and ev.date == date and ev.sent < ctx.sent.index \
                and welcome(ev.sent):
            had = [p for p in ev.agents if p not in ev.subjects]
            ev.agents = [*had, *[h for h in hosts if h not in had], *ev.subjects]
            return True
    return False


def _visitor_of(ctx: Context, host: str) -> Person | None:
    visit = _visit_to(ctx, host)
    return visit.agents[0] if visit else None


def _fellow_guests(ctx: Context, trig: Mention, guest: Person) -> list[Person]:
    """The other guests the frame names with the guest, of the guest's state (joined by 'and')."""
    return list(dict.fromkeys(u.person for u in ctx.frame(trig).units("guest")
                              if u.person is not None and u.person != guest and u.person.iso == guest.iso))


def reception(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig) or ctx.multilateral_side(trig) or _to_come(ctx, trig) \
            or any(w.end <= trig.start and trig.start - w.end <= 1 for w in ctx.of("witness")):
        return []
    toks = ctx.doc.tokens
    sides = _reception_sides(ctx, trig)
    if sides is None and ctx.frame(trig).filled("guest"):
        return []         # the guest is named, no host of another state is: no meeting between states
    people = [m for m in ctx.people() if m.person and ctx.in_clause(m)]
    after = [m for m in people if m.start >= trig.end]
    if sides is not None:
        hosts, guest = sides
    else:
        fallback = _reception_by_order(ctx, trig, people)
        if fallback is None:
            return []
        hosts, guest = fallback
    hosts = [h for h in hosts if h and h.iso and h.iso != guest.iso]
    if not hosts or not guest.iso:
        return []
    # 'the king received ... Jared Kushner ... and Mr Meir Ben-Shabbat': every guest before the next trigger
    nxt = min([m.start for m in ctx.of("trigger") if m.start > trig.end] + [ctx.sent.tok_end])
    # 'in the reception of the crown prince and Prince X on their arrival, Y': the guest's fellow guests
    others, and_ = (hosts[0].iso, guest.iso), ctx.words.prefix("and")
    extra_guests = _fellow_guests(ctx, trig, guest) if ctx.frame(trig).filled("hosts") else list(
        dict.fromkeys(m.person for m in after if m.start < nxt and m.person.iso not in others
                      and toks[m.start].text.startswith(and_)))
    place = _reception_place(ctx, trig)
    trip = _visit_to(ctx, hosts[0].iso or "", guest)
    date = ctx.event_date(trig) or (trip.date if trip else None)
    if _welcome_goes_on(ctx, trig, hosts, guest, date):
        return []
    guests = [guest, *extra_guests]
    why = (f"reception «{ctx.doc.surface(trig.start, trig.end)}»: "
           f"{', '.join(h.ar for h in hosts)} receives {', '.join(g.ar for g in guests)}")
    if _by_video(ctx, trig):
        return []       # received by video: a call, not a meeting
    ev = Event("meeting", "meeting.reception", ctx.sent.index, agents=[*hosts, *guests], place=place,
               date=date, spans=[ctx.span()], why=why)
    ev.subjects = guests
    ev.host_state = hosts[0].iso
    abroad = _received_abroad(ctx, trig, hosts[0])
    if abroad is not None:
        ev.place, ev.host_state, ev.subjects = abroad, abroad.iso, [*hosts, *guests]
    return [ev]


def _reception_place(ctx: Context, trig: Mention) -> Place | None:
    """Where a reception is: the sentence's first place, else the dateline's; not a place of a clause
    before the reception's own when its clause names one ('وتعد أول زيارة إلى الجزائر، وتأتي بعد أن استقبل
    X في نواكشوط Y': in Nouakchott)."""
    places = ctx.places()
    start = ctx.mark_before(trig.start)
    if places and start is not None and places[0] not in ctx.places(start, ctx.sent.tok_end):
        places = ctx.places(trig.end, ctx.mark_after(trig.end)) or places
    return places[0] if places else _dateline(ctx)


def _received_abroad(ctx: Context, trig: Mention, host: Person) -> Place | None:
    """'استقبل X في مقر إقامته في باريس Y', 'استقبل X بنيويورك Y': a host who receives in a city of another
    state, named right after the trigger in its clause, is there himself; the guest not of that state
    came there too."""
    found = ctx.places(trig.end, ctx.mark_after(trig.end, min(ctx.sent.tok_end, trig.end + 10)))
    if not found or found[0].iso in (None, host.iso) or host.role == "ambassador":
        return None
    return found[0]


def _reception_by_order(ctx: Context, trig: Mention, people: list[PersonMention]
                        ) -> tuple[list[Person], Person] | None:
    """With no guest in the frame's slots: the host named before the verb and the guest after it, or the
    first two named after it."""
    toks = ctx.doc.tokens
    before = [m for m in people if m.end <= trig.start]
    after = [m for m in people if m.start >= trig.end]
    if before and not toks[trig.start].text.startswith(ctx.words.prefix("article")):
        host = before[-1].person
        guests = [m.person for m in after if m.person.iso != host.iso]
    elif len(after) >= 2:
        host = after[0].person
        guests = [m.person for m in after[1:] if m.person.iso != host.iso]
    else:
        return None
    return ([host], guests[0]) if guests else None


MEETING_KINDS = ("meeting", "talks")
# verbs whose subject may be left unsaid before 'with' (discussed with X, where he met / sat with X)
WITH_UNSAID = ("discuss-verb", "meet-verb")


def _meeting_sides(ctx: Context, trig: Mention) -> tuple[list[Person], list[Person]]:
    """Who meets whom, from the trigger's frame: 'التقى X Y', 'X يلتقي Y', 'اجتمع X مع Y', 'التقى X بـY',
    'لقاء X مع Y', 'خلال لقائه Y' (his: the sentence's subject). A verb whose only bare actor follows it,
    with no counterpart named ('والتقى خلالها X'), has the sentence's subject as its own (a dropped
    pronoun) and X as the one met; not when the actors after it are of two states ('والتقى X ونظيره Y') or
    a state of another is named as the one met ('والتقى X مع وفد سعودي': X is the subject)."""
    frame, cut = ctx.frame(trig), _purpose_after(ctx, trig)
    agents = _holders(ctx, [u for u in frame.units("agent") if u.start < cut])
    partners = _holders(ctx, [u for u in frame.units("partner") if u.start < cut])
    agents = agents or _delegations(ctx, [u for u in frame.units("agent") if u.start < cut])
    mine = {p.iso for p in agents}
    partners = partners or [p for p in _delegations(ctx, frame.units("partner")) if p.iso not in mine]
    other = [u for u in frame.units("partner") if u.iso and u.iso not in mine]    # 'with a Saudi delegation'
    partners = partners or [p for p in delegations_with(ctx, trig) if p.iso not in mine] \
        or [p for p in named_among(ctx, trig) if p.iso not in mine]
    if frame.how.get("agent") == "after" and not partners and not other and len(mine) < 2 \
            and ctx.held(trig) is None:
        # (of another state than the one met: 'X met Y, as he met Z' when Y was read as the verb's subject)
        subject = [u.person for u in ctx.antecedents(trig) if u.person is not None and u.person.iso
                   and u.person.iso not in mine]
        if subject:
            agents, partners = subject[:1], agents
    elif not agents and partners and (frame.how.get("partner") in ("after", "with", "bi")
                                      and trig.via == "meet-verb"
                                      or frame.how.get("partner") == "with" and trig.via in WITH_UNSAID
                                      or frame.how.get("partner") == "with" and _held_by_unsaid(ctx, trig)):
        # 'when he met X', 'and discussed with X', 'and met there with X': a verb's subject left unsaid,
        # the one met named after it
        theirs = {p.iso for p in partners}
        agents = [u.person for u in ctx.antecedents(trig)
                  if u.person is not None and u.person.iso and u.person.iso not in theirs][:1]
    if agents and partners and _own_state_before(ctx, trig, agents, partners):
        # 'X received him, then held talks with Y' (Y of X's state): the unsaid subject is the one received
        theirs = {p.iso for p in partners}
        agents = [u.person for u in ctx.antecedents(trig)
                  if u.person is not None and u.person.iso and u.person.iso not in theirs][:1] or agents
    fronted = _fronted_meeting(ctx, trig)
    if fronted is not None and partners and fronted.iso not in {p.iso for p in partners}:
        agents = [fronted]      # a meeting noun put first: the subject after its comma met X
    agents = agents or ([] if partners else _nisba_pair(ctx, trig))
    return list(dict.fromkeys(agents)), list(dict.fromkeys(p for p in partners if p not in agents))


def _own_state_before(ctx: Context, trig: Mention, agents: list[Person], partners: list[Person]) -> bool:
    """'واستقبله الملك، ثم عقد مباحثات مع ولي العهد': the actor read before the trigger is in a clause before
    its own and of the state of the one met after 'with' (no meeting between states): the verb's subject was
    left unsaid, not that actor."""
    if {p.iso for p in agents} != {p.iso for p in partners} or ctx.frame(trig).how.get("partner") != "with" \
            or not (trig.via in WITH_UNSAID or _held_by_unsaid(ctx, trig)):
        return False
    toks = ctx.doc.tokens
    return all(any(toks[k].text in COMMAS for k in range(u.end, trig.start))
               for u in ctx.frame(trig).units("agent"))


def _held_by_unsaid(ctx: Context, trig: Mention) -> bool:
    """'وعقد فيها مباحثات مع X', 'وأجرى في جدة محادثات مع X', 'ثم عقد اجتماعا مع X': a noun of talks or
    meeting right after a verb of holding them (two words between at most: there, a place; no person), the
    verb's subject left unsaid."""
    if not (trig.via or "").startswith(("talks-noun", "meet-noun")):
        return False
    toks = ctx.doc.tokens
    return any(ctx.words.has_stripped(toks[k].text, "talks-verb")
               and not any(m.start < trig.start and m.end > k for m in ctx.people())
               for k in range(max(ctx.sent.tok_start, trig.start - 3), trig.start))


def _holders(ctx: Context, units: list[Unit]) -> list[Person]:
    """The people of `units`; a unit of a single office and its state's nisba that names no one the people
    stage read ('ورئيس الوزراء البريطاني في لندن ...', 'بالرياض ولي العهد السعودي'): that office's holder,
    unnamed."""
    offices = {m.start: m.role for m in ctx.of("office") if m.via == "sg" and m.role}
    return [u.person if u.person is not None else ctx.unnamed(u.iso or "", offices[u.lead]) for u in units
            if u.iso and (u.person is not None or u.lead in offices and u.lead < u.start)]


def _nisba_pair(ctx: Context, trig: Mention) -> list[Person]:
    """'مباحثات مصرية سودانية في القاهرة', 'محادثات سعودية-صينية': a noun of talks or meeting followed by the
    nisbas of two states is talks between them: the people last named of each, else its unnamed official."""
    if not (trig.via or "").startswith(("talks-noun", "meet-noun")):
        return []
    states = list(dict.fromkeys(m.iso for m in ctx.of("state")
                                if trig.end <= m.start <= trig.end + 2 and m.via == "nisba" and m.iso))
    if len(states) != 2:
        return []
    return [ctx.recall(iso) or ctx.unnamed(iso, "other") for iso in states]


def _fronted_meeting(ctx: Context, trig: Mention) -> Person | None:
    """'وفي لقاء مع X، بحث Y', 'وخلال اجتماعها مع X، أكدت Y': a meeting noun put first in its sentence, no
    person named before it, has as its subject the one named after the verb that follows its comma."""
    if not (trig.via or "").startswith(("meet-noun", "talks-noun")):
        return None
    people = ctx.people()
    if any(m.end <= trig.start for m in people):
        return None
    return ctx.fronted_subject(trig, people)


def _purpose_after(ctx: Context, trig: Mention) -> int:
    """'لقاء بين X وY تحضيرا لقمة بين Y وZ', 'اجتماع X وY تمهيدا لزيارة Z': a planning word after the trigger
    opens what the meeting prepares; the people named after it did not meet. Where it starts (else the
    sentence's end)."""
    return min((m.start for m in ctx.of("modal") if m.value == "planned" and m.start >= trig.end),
               default=len(ctx.doc.tokens))


def delegations_with(ctx: Context, trig: Mention) -> list[Person]:
    """The delegations named after 'with' in the trigger's clause after it ('محادثات مع وفد إيراني', 'في
    المحادثات مع الوفد الإيراني'): a noun's frame takes no bare actor after it, and the delegation word keeps
    'with' from the state's nisba."""
    toks, mine = ctx.doc.tokens, ctx.clause_at(trig.start)
    late = [u for u in ctx.units() if u.start >= trig.end + 2 and ctx.clause_at(u.start) == mine
            and toks[u.start - 2].text in ctx.words.of("with")]
    return ctx.delegations(late)


def named_among(ctx: Context, trig: Mention) -> list[Person]:
    """'بحث X مع قادة عسكريين ومسؤولين عراقيين من بينهم رئيس الوزراء Y', 'التقى X مسؤولين بينهم Y': the
    people named right after 'among them' in the trigger's clause after it, the ones met by name."""
    toks, clause = ctx.doc.tokens, ctx.clause_at(trig.start)
    at = [k for k in range(trig.end, clause.end) if ctx.words.has_stripped(toks[k].text, "among-them")]
    return list(dict.fromkeys(u.person for u in ctx.units() if u.person is not None and u.person.iso
                              and any(0 < u.lead - k <= 1 for k in at)))


def _meeting_place(ctx: Context, trig: Mention) -> Place | None:
    """Where: 'there' (the place named before the trigger), else a place right after it ('التقى في
    الرياض'), else (a meeting whose participants are named after it) the first after it, else the first of
    its clause up to a comma after it, else the sentence's up to the next trigger after that comma, else the
    dateline's."""
    toks = ctx.doc.tokens
    if trig.end < ctx.sent.tok_end and toks[trig.end].text in ctx.words.of("there"):
        before = ctx.places(ctx.sent.tok_start, trig.start)
        if before:
            return before[-1]
    where = _where_before(ctx, trig)
    if where is not None:
        return where.place      # (a state with no city named: no place, not another clause's)
    clause = ctx.clause_at(trig.start)
    comma = ctx.mark_after(trig.end, clause.end)
    after = ctx.places(trig.end) if ctx.held(trig) else []      # 'talks that X held with Y in Z'
    found = ctx.places(trig.end, trig.end + 4) or after or ctx.places(clause.start, comma)
    if not found and _in_a_state(ctx, trig.end, comma):
        return None     # 'met X in Cyprus, to discuss arrangements in Gaza': not the place discussed
    # the sentence's, not those of a trigger told after the clause (a return visit after 'then')
    nxt = min((m.start for m in ctx.of("trigger") if m.start > comma), default=ctx.sent.tok_end)
    found = found or ctx.places(ctx.sent.tok_start, nxt)
    return found[0] if found else _dateline(ctx)


def _where_before(ctx: Context, trig: Mention) -> PlaceMention | None:
    """'ثم انتقل إلى الكويت حيث عقد جلسة مباحثات مع X': a meeting told after 'where' (three words before
    it at most, no comma) is in the place named right before that word."""
    toks, there = ctx.doc.tokens, ctx.words.of("there")
    k = next((k for k in range(trig.start - 1, max(ctx.sent.tok_start, trig.start - 4), -1)
              if toks[k].text in there or toks[k].text in COMMAS), None)
    if k is None or toks[k].text in COMMAS:
        return None
    return next((m for m in ctx.ms if isinstance(m, PlaceMention) and m.end == k and m.iso), None)


def _in_a_state(ctx: Context, a: int, b: int) -> bool:
    """A state named after 'in' between tokens a and b: where the meeting was, a state and not a city."""
    toks = ctx.doc.tokens
    return any(a < m.start < b and m.iso and m.via != "nisba"
               and toks[m.start - 1].text in ctx.words.of("in")
               for m in ctx.of("state"))


def _multilateral_visits(ctx: Context, trig: Mention) -> list[Event]:
    """A meeting with a body's members is no meeting between two states, but a person of another state
    met where it is held visits that state ('اجتمع وزراء خارجية دول مجلس التعاون مع X في الدوحة')."""
    place = _meeting_place(ctx, trig)
    if place is None or not place.iso:
        return []
    people = [u.person for u in ctx.frame(trig).units("agent", "partner")
              if u.person is not None and u.person.iso and u.person.iso != place.iso
              and u.person.role != "ambassador"]
    return [Event("visit", "visit.received", ctx.sent.index, agents=[p], parties=[place.iso], place=place,
                  date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"{p.ar} met a body's members in {place.ar}") for p in dict.fromkeys(people)]


def _planned_later(ctx: Context, trig: Mention) -> bool:
    """'ويعد لقاء X بـY استمرارا للتنسيق، ومن المقرر أن يتناول اللقاء ...': the meeting named again after a
    planning word in the same sentence is one to come."""
    toks, anaphoric = ctx.doc.tokens, ctx.words.of("anaphoric")
    return any(m.value == "planned" and m.start > trig.end and any(
        t.start > m.end and t.value in MEETING_KINDS and toks[t.start].text in anaphoric
        for t in ctx.of("trigger")) for m in ctx.of("modal"))


def _subject_of_future(ctx: Context, trig: Mention) -> bool:
    """'إن لقاء موسكو بين X وY وZ "سيركز على ..."': a meeting noun whose participants are followed by a verb
    in the future it is the subject of is a meeting to come, however long the list of its participants; so
    is one said to be possible ('إن لقاء الرئيسين X وY ممكن')."""
    if not (trig.via or "").startswith(("meet-noun", "talks-noun")):
        return False
    frame = ctx.frame(trig)
    end = max([u.end for u in frame.units("agent", "partner")], default=trig.end)
    toks, future = ctx.doc.tokens, ctx.words.prefix("future")
    if ctx.words.stripped_at((t.text for t in toks[end:min(end + 2, ctx.sent.tok_end)]), "possible"):
        return True
    return any(m.value == "planned" and end <= m.start <= end + 2 and toks[m.start].text.startswith(future)
               for m in ctx.of("modal"))


def meeting(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.multilateral_side(trig) and not ctx.modal(trig):
        return _multilateral_visits(ctx, trig)
    if ctx.modal(trig) or _to_come(ctx, trig) or _planned_later(ctx, trig) or _subject_of_future(ctx, trig) \
            or _indirect(ctx, trig) or _by_video(ctx, trig) \
            or any(m.value == "phone" and abs(m.start - trig.start) <= 6 for m in ctx.of("trigger")):
        return []       # (held by video or online: a call, as 'by video' is)
    subjects, counterparts = _meeting_sides(ctx, trig)
    persons = subjects + counterparts
    grouped = False         # 'at the two presidents' meeting', 'the two ministers met': all are the subject
    for m, group in _heads_told(ctx, trig):
        persons += [p for p in group if p not in persons]
        # 'the two presidents met', 'the meeting of the two presidents': they are the subject
        grouped = grouped or 0 <= m.start - trig.end <= 1 or 0 <= trig.start - m.end <= 2 \
            or ctx.held(trig) is not None or _held_by_two(ctx, trig)
    their = ctx.doc.tokens[trig.start].text.endswith(ctx.words.prefix("their-suffix"))
    grouped = grouped or their
    if their:
        persons = _theirs(ctx, trig, persons)
    if len({p.iso for p in persons}) <= 1 and (groups := ctx.groups()):
        # 'X and his counterpart ... the two sides', 'the two sides held talks' after the visit told before
        mine = {p.iso for p in persons}
        # 'the two sides' are two: the article's pair, one of them named (another named: which is unknown)
        if not mine or mine & set(groups):
            persons += [p for iso in groups if iso not in mine and (p := ctx.recall(iso)) is not None]
    if len({p.iso for p in persons}) < 2:
        return []
    place = _meeting_place(ctx, trig)
    date = ctx.event_date(trig)
    others = [p for p in counterparts if p.iso not in {s.iso for s in subjects}]
    if len(subjects) == 1 and len(others) >= 2 and not grouped:
        return _one_with_each(ctx, trig, subjects[0], others, place, date)
    if len({p.iso for p in persons}) > MOST_STATES:
        return []           # a meeting of many states' leaders: a multilateral one
    ev = Event("meeting", "meeting.trigger", ctx.sent.index, agents=persons, place=place, date=date,
               spans=[ctx.span()], why=f"meeting «{ctx.doc.surface(trig.start, trig.end)}»: "
                                       f"{', '.join(p.ar for p in persons)}")
    ev.subjects = persons if grouped or not subjects or _in_third_state(ctx, trig, place, persons) \
        or _at_gathering(ctx, trig, place) else subjects
    if not grouped and _met_at_home(ctx, trig, subjects, place):
        ev.subjects = [p for p in counterparts if p.role != "ambassador"]
    if place is None and (third := _town_of_third_state(ctx, trig, persons)) is not None:
        ev.host_state, ev.subjects = third, persons     # both travelled there
    return [ev, *_chained(ctx, trig, ev)]


def _in_third_state(ctx: Context, trig: Mention, place: Place | None, persons: list[Person]) -> bool:
    """'التقى X الرئيس الصيني Y في الرياض': a meeting its own clause places in a city of a state none of
    them is of: all came there (not a place read from another clause: 'وعقد فيها', 'there')."""
    if place is None or place.iso is None or place.iso in {p.iso for p in persons}:
        return False
    return place in ctx.places(trig.end, ctx.mark_after(trig.end))


def _town_of_third_state(ctx: Context, trig: Mention, persons: list[Person]) -> str | None:
    """'لقاء جمع X وY في مدينة عنتيبي الأوغندية': a town the gazetteer does not know, named after a city word
    and before the nisba of a state none of the participants is of: that state hosts the meeting."""
    toks, clause = ctx.doc.tokens, ctx.clause_at(trig.start)
    named = {k for q in ctx.ms if q.kind != "state" or q.via != "nisba" for k in range(q.start, q.end)}
    for m in ctx.of("state"):
        if m.via != "nisba" or not (trig.end < m.start < clause.end) or m.iso in {p.iso for p in persons}:
            continue
        word = next((k for k in range(m.start - 1, max(trig.end, m.start - 4), -1)
                     if toks[k].text in ctx.words.of("place-word")), None)
        if word is not None and all(k not in named for k in range(word + 1, m.start)):
            return m.iso
    return None


def _indirect(ctx: Context, trig: Mention) -> bool:
    """'محادثات أمريكية إيرانية غير مباشرة بوساطة عمانية', 'مباحثات عبر الوسطاء': talks through others, told
    within a few words after the trigger in its clause: the two sides did not meet."""
    toks, words, clause = ctx.doc.tokens, ctx.words, ctx.clause_at(trig.start)
    return any(words.has_stripped(toks[k].text, "indirect")
               or toks[k].text in words.of("direct") and toks[k - 1].text in words.of("not-word")
               for k in range(trig.end, min(clause.end, trig.end + 8)))


def _to_come(ctx: Context, trig: Mention) -> bool:
    """A meeting told in its clause with a week, a month or a day to come ('يعقد X وY اجتماعا الأسبوع
    المقبل', 'في لقاء يجمعهما بعد غد'): one to come. (Not a date after the publication: the sentence's
    date may be another event's, 'مباحثات القاهرة ... على الاجتماع المقبل ... في 27 أغسطس المقبل'.)"""
    clause = ctx.clause_at(trig.start)
    return any(m.value in ("next_week", "next_month", "day_after_tomorrow")
               and clause.start <= m.start < clause.end for m in ctx.of("time"))


def _heads_told(ctx: Context, trig: Mention) -> list[tuple[Mention, list[Person]]]:
    """The dual or plural offices of heads ('الرئيسين السعودي والإيراني') in the trigger's clause, or in the
    relative clause that says who held it ('باللقاء الذي جمع الرئيسين X وY'), with their holders."""
    held = ctx.clause_at(trig.end + 1) if ctx.held(trig) is not None else None
    two = _held_by_two(ctx, trig)
    return [(m, group) for m, group in _plural_offices(ctx)
            if (ctx.in_clause(m) or held is not None and held.start <= m.start < held.end
                or two and m.end <= trig.start)
            and m.role in ("president", "leader", "foreign_minister", "prime_minister", "minister")]


def _held_by_two(ctx: Context, trig: Mention) -> bool:
    """'وسار الرئيسان نحو ...، ثم عقدا محادثات': a dual verb of holding right before a noun of talks (word
    class `held-dual`) has as its subject the two named by a dual office earlier in the sentence."""
    k = trig.start - 1
    return k >= ctx.sent.tok_start and ctx.words.has_stripped(ctx.doc.tokens[k].text, "held-dual")


def _one_with_each(ctx: Context, trig: Mention, subject: Person, others: list[Person], place: Place | None,
                   date: DateValue | None) -> list[Event]:
    """One person meeting several counterparts: one bilateral meeting each."""
    out = []
    for o in others:
        why = f"meeting «{ctx.doc.surface(trig.start, trig.end)}»: {subject.ar} with {o.ar}"
        ev = Event("meeting", "meeting.trigger", ctx.sent.index, agents=[subject, o], place=place,
                   date=date, spans=[ctx.span()], why=why)
        ev.subjects = [subject]
        out.append(ev)
    return out


def _by_video(ctx: Context, trig: Mention) -> bool:
    """A meeting held by video or online in the trigger's clause ('التقى X Y عبر الاتصال المرئي'): each
    side stayed at home; like a phone call (no fact for `met`, see the dev README), it is no meeting."""
    toks, clause = ctx.doc.tokens, ctx.clause_at(trig.start)
    return any(ctx.words.has_stripped(toks[k].text, "remote") for k in range(clause.start, clause.end))


def _at_gathering(ctx: Context, trig: Mention, place: Place | None) -> bool:
    """'التقى X Y على هامش قمة شنغهاي في أستانا', 'وفي نيويورك على هامش أعمال الجمعية العامة، التقى X Y': a
    meeting told 'on the sidelines of' or 'during' a gathering (in the trigger's clause, or put before it)
    held where the meeting was: every participant came to it, each of another state visits its host; not
    one taken part in by video."""
    if place is None or not place.iso:
        return False
    toks, words, start = ctx.doc.tokens, ctx.words, ctx.sent.tok_start
    clause = ctx.clause_at(trig.start)
    for g in ctx.of("gathering", "multilateral"):     # a summit named by its body's name too
        lead = next((k for k in range(max(start, g.start - 2), g.start)
                     if words.has_stripped(toks[k].text, "at-gathering")), None)
        if lead is None or g.start >= clause.end or (g.start < clause.start and g.start > trig.start):
            continue
        if place in ctx.places(max(start, lead - 4), min(ctx.sent.tok_end, g.end + 8)):
            return True
    return False


def _met_at_home(ctx: Context, trig: Mention, subjects: list[Person], place: Place | None) -> bool:
    """'التقى X Y في دمشق' (X Syrian), 'خلال لقائه Y في أبوظبي' (his: Emirati): the subject met the other in
    a city of his own state named in the trigger's clause; the other came, the one who visits."""
    if place is None or not place.iso or not subjects or any(p.iso != place.iso for p in subjects):
        return False
    clause = ctx.clause_at(trig.start)
    return place in ctx.places(clause.start, clause.end)


def _theirs(ctx: Context, trig: Mention, persons: list[Person]) -> list[Person]:
    """'X and Y stressed, during their meeting, ...': the pronoun stands for the people named before it (the
    others its frame weighed, else the last 'between' group before it)."""
    weighed = [u.person for u in ctx.frame(trig).others.get("agent", [])
               if u.person is not None and u.person.iso]
    if len({p.iso for p in persons}) < 2:
        persons = persons + [p for p in weighed if p not in persons]
    if len({p.iso for p in persons}) < 2:
        persons = persons + [p for p in _between_before(ctx, trig) if p not in persons]
    if len({p.iso for p in persons}) < 2:
        persons = persons + [p for p in _addressed_before(ctx, trig) if p not in persons]
    return persons


def _addressed_before(ctx: Context, trig: Mention) -> list[Person]:
    """'أكد X لنظيره Y خلال لقائهما', 'بحث X مع Y خلال لقائهما': the people the subject spoke to or talked
    with before the trigger, in its clause: the other of 'their'."""
    clause = ctx.clause_at(trig.start)
    return [u.person for u in ctx.units() if clause.start <= u.start and u.end <= trig.start
            and u.intro in ("lam", "with") and u.person is not None and u.person.iso]


def _between_before(ctx: Context, trig: Mention) -> list[Person]:
    """'الاتفاقات بين X وY خلال قمتهما': the people of the last 'between' group before the trigger in its
    sentence, the ones its pronoun 'their' stands for."""
    units = [u for u in ctx.units() if u.end <= trig.start]
    at = max((i for i, u in enumerate(units) if u.intro == "between"), default=None)
    if at is None:
        return []
    group = [units[at]] + list(takewhile(lambda u: u.joined, units[at + 1:]))
    return [u.person for u in group if u.person is not None and u.person.iso]


def _chained(ctx: Context, trig: Mention, first: Event) -> list[Event]:
    """'لقاؤهما الأول في عشق آباد في 11 أكتوبر، ثم في قازان ... في وقت لاحق من الشهر ذاته': the same people
    met again in the next place; dated by a date of its own, or by the month of the first when 'the same
    month' is said."""
    toks = ctx.doc.tokens
    out = []
    for k in range(trig.end, ctx.sent.tok_end - 1):
        if toks[k].text not in ctx.words.of("then") or toks[k + 1].text not in ctx.words.of("in"):
            continue
        place = ctx.place_where(lambda m: m.start == k + 2 and ctx.is_place(m) and m.place is not None)
        if place is None or place.place is None or place.place == first.place:
            continue
        end = next((j for j in range(place.end, ctx.sent.tok_end)
                    if toks[j].text in ctx.words.of("then") or toks[j].text in ("،", ".")), ctx.sent.tok_end)
        own = [m.date for m in ctx.dates() if place.end <= m.start < end and m.date]
        date = own[0] if own else None
        if date is None and first.date and first.date.month and any(
                toks[j].text in ctx.words.of("same") and toks[j - 1].text in ctx.words.of("the-month")
                for j in range(place.end, end)):
            date = DateValue(first.date.year, first.date.month)
        ev = Event("meeting", "meeting.chained", ctx.sent.index, agents=list(first.agents), place=place.place,
                   date=date, spans=[ctx.span()], why=f"met again, then in {place.place.ar}")
        ev.subjects = list(first.subjects)
        out.append(ev)
    return out


def bilateral_summit(ctx: Context, trig: Mention) -> list[Event]:
    """'قمة سورية صينية عقدت في هانغتشو', 'قمة ثنائية': a summit of two states is a meeting of their
    leaders."""
    if ctx.modal(trig) or _to_come(ctx, trig):
        return []
    toks = ctx.doc.tokens
    after = [m for m in ctx.of("state") if trig.end <= m.start <= trig.end + 2]
    states = list(dict.fromkeys(m.iso for m in after if m.iso))
    two = len(states) == 2 \
        or (trig.end < ctx.sent.tok_end and toks[trig.end].text in ctx.words.of("bilateral"))
    if trig.end < ctx.sent.tok_end and toks[trig.end].text in ctx.words.of("trilateral"):
        return _trilateral(ctx, trig)
    if not two:
        return _summit_between(ctx, trig) or _summit_held_by(ctx, trig)
    people = _persons([m for m in ctx.people() if m.person and m.person.iso])
    if len(states) == 2:
        people = [p for p in people if p.iso in states]
        for iso in states:
            if not any(p.iso == iso for p in people) and (p := ctx.recall(iso)) is not None:
                people.append(p)
    if len(states) == 2 and len({p.iso for p in people}) != 2:     # 'a Saudi-Turkish summit', no one named
        people += [ctx.unnamed(iso, "president") for iso in states if not any(p.iso == iso for p in people)]
    if len({p.iso for p in people}) != 2:
        return []
    places = ctx.places(trig.end)
    last = max(trig.end, after[-1].end if after else 0)
    ev = Event("meeting", "meeting.summit", ctx.sent.index, agents=people,
               place=places[0] if places else _dateline(ctx), date=ctx.event_date(trig), spans=[ctx.span()],
               why=f"bilateral summit «{ctx.doc.surface(trig.start, last)}»")
    ev.subjects = people
    return [ev]


def _trilateral(ctx: Context, trig: Mention) -> list[Event]:
    """'استضافت أنقرة القمة الثلاثية بحضور X ونظيريه Y وZ', 'القمة الثلاثية التي جمعت روسيا وتركيا وإيران':
    a summit of three states held is a meeting of the three (the gold's set key): the states of the leaders
    named after it up to the next trigger, else with the states its clause (or the relative clause after
    it) names; none when they are not exactly three, nor for clubs."""
    toks = ctx.doc.tokens
    nxt = min([m.start for m in ctx.of("trigger") if m.start > trig.end] + [ctx.sent.tok_end])
    if any(ctx.words.has_stripped(toks[k].text, c) for k in range(trig.end, nxt)
           for c in ("heads-of-thing", "org-head")):
        return []       # 'a trilateral summit of the clubs of ...': no summit of states
    people = _persons([m for m in ctx.persons() if m.person and m.person.iso and trig.end <= m.start < nxt])
    isos = list(dict.fromkeys(p.iso for p in people if p.iso))
    if len(isos) != MOST_STATES:     # with the states named in its clause (see the docstring)
        end = min(nxt, max(ctx.clause_at(trig.start).end, ctx.clause_at(trig.end + 1).end))
        isos = list(dict.fromkeys(isos + [m.iso for m in ctx.of("state")
                                          if m.iso and trig.end <= m.start < end]))
    if len(isos) != MOST_STATES:
        return []
    for iso in isos:
        if not any(p.iso == iso for p in people):
            people.append(ctx.recall(iso) or ctx.unnamed(iso, "president"))
    return _summit(ctx, trig, people, f"trilateral summit «{ctx.doc.surface(trig.start, trig.end + 1)}» "
                                      f"of {', '.join(isos)}")


def _summit_between(ctx: Context, trig: Mention) -> list[Event]:
    """'عقدت أمس قمة بين الرئيس X والرئيس Y', 'القمة التي انعقدت بين X وY': a summit between the leaders of
    two states is their meeting when a verb in the past right before it, or in its relative clause, says it
    took place; not a summit to come ('تعقد غدا قمة بين', 'تحضيرا لقمة بين', 'القمة المرتقبة بين')."""
    toks = ctx.doc.tokens
    frame = ctx.frame(trig)
    people = list(dict.fromkeys(frame.people("party")))
    if frame.how.get("party") != "between" or len({p.iso for p in people if p.iso}) != 2 \
            or trig.prefix == ctx.words.form("lam"):
        return []
    before = range(max(ctx.sent.tok_start, trig.start - 3), trig.start)
    after = range(trig.end, min(trig.end + 2, ctx.sent.tok_end))
    if not any(ctx.words.has_stripped(toks[k].text, "summit-held") for k in (*before, *after)):
        return []
    return _summit(ctx, trig, people, f"summit «{ctx.doc.surface(trig.start, trig.end)}» held between "
                                      f"{', '.join(p.ar for p in people)}")


def _summit_held_by(ctx: Context, trig: Mention) -> list[Event]:
    """'وعقد الرئيس X والرئيس Y قمة في باكو', 'عقد X مع Y قمة ثنائية': the people of two states a verb of
    holding names right before a summit noun (its subjects, and the one 'with' him) held it."""
    toks = ctx.doc.tokens
    if ctx.modal(trig):
        return []
    clause = ctx.clause_at(trig.start)
    units = [u for u in ctx.units() if clause.start <= u.lead and u.end <= trig.start]
    verb = next((k for k in range(clause.start, trig.start)
                 if ctx.words.has_stripped(toks[k].text, "hold-verb")), None)
    if verb is None or not units or units[0].lead != verb + 1 or trig.start - units[-1].end > 1 \
            or any(u.intro not in ("", "with") for u in units):
        return []
    people = list(dict.fromkeys(u.person for u in units if u.person is not None and u.person.iso))
    if len({p.iso for p in people}) != 2:
        return []
    return _summit(ctx, trig, people, f"summit «{ctx.doc.surface(trig.start, trig.end)}» held by "
                                      f"{', '.join(p.ar for p in people)}")


def _summit(ctx: Context, trig: Mention, people: list[Person], why: str) -> list[Event]:
    """The meeting of the people of a summit, all of them its subjects, where and when the summit was."""
    ev = Event("meeting", "meeting.summit", ctx.sent.index, agents=people, place=_meeting_place(ctx, trig),
               date=ctx.event_date(trig), spans=[ctx.span()], why=why)
    ev.subjects = people
    return [ev]


def summons(ctx: Context, trig: Mention) -> list[Event]:
    """'استدعت وزارة الخارجية التركية سفير السعودية': a state summoning another state's ambassador meets him
    (its official, unnamed, or the one named: 'استدعى مساعد وزير الخارجية التركي X سفير السعودية'); an
    ambassador recalled by his own state ('استدعت المنامة سفيرها لدى طهران للتشاور') meets no one. The
    summoning state is the one the subject names, else the reporting state."""
    if ctx.modal(trig):
        return []
    frame = ctx.frame(trig)
    envoys = [p for p in frame.people("summoner", "envoy") if p.role == "ambassador" and p.iso]
    others = [u for u in frame.units("summoner") if u.person is None or u.person.role != "ambassador"]
    home = next((u.iso for u in others if u.iso), ctx.doc.home)     # 'the ministry' alone: the reporter's
    if not envoys or home is None or envoys[0].iso == home:
        return []
    named = [u.person for u in others if u.person is not None and u.person.iso == home]
    official = named[0] if named else ctx.unnamed(home, "other")
    ev = Event("meeting", "meeting.summons", ctx.sent.index, agents=[official, envoys[0]],
               place=_dateline(ctx), date=ctx.event_date(trig), spans=[ctx.span()],
               why=f"summons «{ctx.doc.surface(trig.start, trig.end)}»: {official.ar} summons {envoys[0].ar}")
    ev.subjects = [official]
    ev.host_state = home
    return [ev]


def _after_call(ctx: Context) -> bool:
    """'أجرى الرئيس اتصالا هاتفيا بنظيره ... . وبحث الرئيس مع نظيره ...': talks told right after a phone call
    between the same states are what was said on that call."""
    i = ctx.sent.index
    if i == 0 or not any(m.value == "phone" for m in ctx.doc.in_sentence(i - 1, "trigger")):
        return False
    then = {m.iso for m in ctx.doc.in_sentence(i - 1, "person") if m.iso}
    now = {m.person.iso for m in ctx.people() if m.person and m.person.iso}
    return len(then & now) >= 2


def discussed(ctx: Context, trig: Mention) -> list[Event]:
    """'بحث الرئيس X مع نظيره Y في القاهرة', 'بحث X الملف السوري مع Y': talks, unless the sentence says they
    were on the phone."""
    toks = ctx.doc.tokens
    if any(m.value == "phone" for m in ctx.of("trigger")) or _after_call(ctx):
        return []
    # 'with' near the verb, or further in its clause after a long name and the topic talked of
    end = ctx.sent.tok_end
    stop = ctx.mark_after(trig.end)
    reach = max(min(trig.end + 8, end), min(trig.end + 14, stop))
    with_at = [k for k in range(trig.end, reach) if toks[k].text in ctx.words.of("with")]
    if not with_at or not any(m.start > with_at[0] and m.start - with_at[0] <= 4 for m in ctx.people()) \
            and not named_among(ctx, trig):
        return meeting(ctx, trig) if _talked_together(ctx, trig) else []
    return _not_on_a_call(ctx, meeting(ctx, trig))


IN_PERSON = ("visit", "arrival", "departure", "reception", "meeting", "attend")


def _not_on_a_call(ctx: Context, events: list[Event]) -> list[Event]:
    """'X يبحث مع Y الأوضاع' over a body that tells a phone call between them ('تلقى X اتصالا هاتفيا من
    Y'), and nothing of their being together (no visit, reception or meeting word): the talks were that
    call."""
    if any(m.kind == "trigger" and m.value in IN_PERSON for m in ctx.doc.mentions):
        return events
    return [e for e in events if not _call_between(ctx, {p.iso for p in e.agents if p.iso})]


def _talked_together(ctx: Context, trig: Mention) -> bool:
    """'وبحث وزيرا خارجية الأردن والعراق', 'X وY يبحثان', 'وكان X ونظيره Y قد تباحثا': with no 'with', the
    verb's subjects of two states (people joined by 'and', or the holders of a dual or plural office next
    to it) talked with each other; not when the article tells a phone call of theirs ('X وY يبحثان الأمن'
    over 'بحث X ونظيره Y خلال اتصال هاتفي'): what they discussed on it."""
    frame = ctx.frame(trig)
    states = {p.iso for p in _holders(ctx, frame.units("agent")) if p.iso}
    for m, group in _plural_offices(ctx) if len(states) < 2 else []:
        if 0 <= m.start - trig.end <= 1 or 0 <= trig.start - m.end <= 2:     # its states named right after it
            states = {p.iso for p in group if p.iso} & set(ctx.states(a=m.end, b=m.end + 5))
            break
    return len(states) >= 2 and not _call_between(ctx, states)


def _call_between(ctx: Context, states: set[str]) -> bool:
    """A phone call told anywhere in the article in a sentence naming people or states of two of `states`."""
    doc = ctx.doc
    for i in {m.sent for m in doc.mentions if m.kind == "trigger" and m.value == "phone"}:
        named = {m.iso for m in doc.in_sentence(i, "person") if m.iso} | {
            m.iso for m in doc.in_sentence(i, "state") if m.iso}
        if len(named & states) >= 2:
            return True
    return False


def toured_with(ctx: Context, trig: Mention) -> list[Event]:
    """'وتفقد X برفقة نظيره التركي Y الأحياء المدمرة في أنطاكية', 'وجال X رفقة الرئيس Y في المدينة القديمة':
    touring a site in the company of an official of another state is meeting him; with a city of his state
    named, the one touring is his guest there (with none, either may be the host)."""
    end = ctx.mark_after(trig.end)
    cue = next((w for w in ctx.of("witness") if trig.end <= w.start < end), None)
    if cue is None or ctx.modal(trig):
        return []
    persons = ctx.persons()
    companion = next((m.person for m in persons if 0 <= m.start - cue.end <= 3 and m.person.iso), None)
    subject = next((m.person for m in persons if trig.end <= m.start and m.end <= cue.start and m.person.iso),
                   None) or next((u.person for u in ctx.antecedents(trig) if u.person is not None), None)
    if companion is None or subject is None or subject.iso in (None, companion.iso):
        return []
    found = ctx.places(cue.end, end)
    place = found[0] if found else None
    ev = Event("meeting", "meeting.tour", ctx.sent.index, agents=[subject, companion], place=place,
               date=ctx.event_date(trig), spans=[ctx.span()],
               why=f"tour «{ctx.doc.surface(trig.start, trig.end)}» with {companion.ar}: {subject.ar}")
    ev.subjects = [subject]
    if place is not None and place.iso == companion.iso:
        ev.host_state = companion.iso
    return [ev]

