"""Where a person was seen: the visit rules read at a PERSON's mention (not at a trigger), registered as the
visit type's `mention_rules["person"]` in eventtypes/visit.py (`on_person`).

A named state person told speaking, acting, staying or present in a city of another state, or coming back
from one, was there. Rule ids: visit.said-in (speaking in a city abroad: 'وقال الرئيس X في برلين إن', 'ألقى X
كلمة أمام ... في لندن'), visit.depart (coming back home from a place abroad), visit.headline (a headline
'العاهل الأردني في باريس'), visit.stayed (staying in a city abroad: 'أمضى X ثلاثة أيام في اليابان'),
visit.attend (named 'in the presence of' what a host state does in its city). The trigger rules (visit,
arrival, departure, attending, gatherings) and the helpers both sides use (`_host`, `_of_states`, `_former`,
`_remote`) are in visits.py."""
from __future__ import annotations

from ...document import Event, Mention, Person, PersonMention
from ..clauses import COMMAS
from .context import Context, _dateline
from .visits import _former, _host, _of_states, _remote


def on_person(ctx: Context, m: PersonMention) -> list[Event]:
    """The rules read at a person's mention, the first that finds a visit: speaking, acting or staying in a
    city abroad, coming back from one, a headline naming him in one, present at what a host does there; not
    for one whose title is a former office ('رئيس الوزراء البريطاني الأسبق X'): he speaks or travels for no
    state."""
    return [] if _former(ctx, m) else said_in(ctx, m) or came_back(ctx, m) or acted_in(ctx, m) \
        or headline_in(ctx, m) or stayed_in(ctx, m) or present_in(ctx, m)


def said_in(ctx: Context, m: PersonMention) -> list[Event]:
    """'وقال الرئيس X في برلين إن', 'أعلن الوزير X، الثلاثاء، في طوكيو، أن', 'قال X خلال مؤتمر صحفي في القاهرة
    إن', 'قال X للصحفيين في واشنطن إن': a named state person a verb of saying has as its subject, told to
    speak 'in' a city of another state right after his name (past a day, commas, those he told, the
    occasion) and before what he said, is there (not one in a former office: on_person)."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    p = m.person
    if p is None or not p.named or not p.iso or p.role == "ambassador" \
            or not _verb_before(ctx, m, "said-in") or ctx.modal(m):
        return []
    k = ctx.past_time(m.end)
    if k < end and words.has_stripped(toks[k].text, "audience"):
        k = ctx.past_time(k + 1)      # 'told reporters in Washington'
    k = _occasion_end(ctx, k)      # during a press conference in Cairo: held there
    if k + 1 >= end or toks[k].text not in words.of("in"):
        return []
    city = ctx.place_where(lambda q: q.start == k + 1 and (q.kind == "place" or q.via == "capital"))
    if city is None or (host := _host(ctx, city, p)) is None:
        return []
    k = ctx.past_time(city.end)
    if k >= end or not (words.has_stripped(toks[k].text, "complementizer") or toks[k].text == ":"):
        return []
    return [Event("visit", "visit.said-in", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
                  date=ctx.event_date(m), spans=[ctx.span()],
                  why=f"speaks in {ctx.doc.surface(city.start, city.end)}: {p.ar} -> {host[0]}")]


def came_back(ctx: Context, m: PersonMention) -> list[Event]:
    """'وعاد الرئيس X من نيجيريا في يوليو 2013', 'عاد الرئيس X إلى بلاده قادما من باريس': the subject of a
    verb of coming back, told back from a city or state of another state (right after his name, or after
    'to his country' and 'coming'), had been there."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    p = m.person
    if p is None or not p.iso or p.role == "ambassador":
        return []
    came = _verb_before(ctx, m, "came-back")
    if not came and not _verb_before(ctx, m, "arrived-home"):
        return []       # the usual person: no verb of coming back (asked before the dearer tests below)
    k = ctx.past_time(m.end)
    if not came and not _home_reached(ctx, k, p):
        return []
    if ctx.modal(m) or m not in _of_states(ctx):
        return []
    # 'in haste from', 'to his country, coming from Paris': the first 'from' within a few words
    k = next((j for j in range(k, min(k + 4, end)) if toks[j].text in words.of("origin")), end)
    while k + 1 < end and toks[k + 1].text in words.of("origin"):
        k += 1
    if k + 1 >= end:
        return []
    left = ctx.place_at(k + 1)
    if left is None or (host := _host(ctx, left, p)) is None:
        return []
    return [Event("visit", "visit.depart", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
                  date=ctx.event_date(m), spans=[ctx.span()],
                  why=f"back from {ctx.doc.surface(left.start, left.end)}: {p.ar} -> {host[0]}")]


def _home_reached(ctx: Context, k: int, p: Person) -> bool:
    """'وصل الرئيس X إلى بلاده / أرض الوطن / القاهرة عائدا من نيودلهي': 'to' his own country (a word of
    the homeland, or his state or one of its cities) right at token k."""
    toks, words = ctx.doc.tokens, ctx.words
    if k + 1 >= ctx.sent.tok_end or toks[k].text not in words.of("to"):
        return False
    home = ctx.place_at(k + 1)
    return words.has_stripped(toks[k + 1].text, "homeland") or (home is not None and home.iso == p.iso)


def acted_in(ctx: Context, m: PersonMention) -> list[Event]:
    """'وألقى الرئيس X كلمة أمام البرلمان البريطاني في لندن', 'ووضع الرئيس X إكليلا من الزهور على النصب
    التذكاري في موسكو': the subject of a verb of an act done in person (a speech, a wreath: right after his
    name), told done 'in' a city of another state within a few words (no topic word, 'about', between; not
    by video), was there."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    p = m.person
    if p is None or not p.iso or p.role == "ambassador" or not _verb_before(ctx, m, "act-verb") \
            or ctx.modal(m) or _remote(ctx, m.start):
        return []
    k = ctx.past_time(m.end)
    if k >= end or not words.has_stripped(toks[k].text, "act-noun"):
        return []
    for j in range(k + 1, min(k + 9, end - 1)):
        if toks[j].text in COMMAS or toks[j].text in (".", "؛") or words.has_stripped(toks[j].text, "about"):
            return []
        city = ctx.place_at(j + 1) if toks[j].text in words.of("in") else None
        if city is not None and (city.kind == "place" or city.via == "capital"):
            host = _host(ctx, city, p)
            return [] if host is None else [
                Event("visit", "visit.said-in", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
                      date=ctx.event_date(m), spans=[ctx.span()],
                      why=f"speaks in {ctx.doc.surface(city.start, city.end)}: {p.ar} -> {host[0]}")]
    return []


def headline_in(ctx: Context, m: PersonMention) -> list[Event]:
    """'رئيس الوزراء العراقي في طهران لبحث ملف الحدود', 'العاهل الأردني في باريس': a headline opening with a
    state person (not an ambassador, who serves there) followed by 'in' a city of another state tells he
    is there."""
    toks, p = ctx.doc.tokens, m.person
    k = m.end
    if p is None or not p.iso or p.role == "ambassador" or not ctx.headline() \
            or m.start != ctx.sent.tok_start or k + 1 >= ctx.sent.tok_end \
            or toks[k].text not in ctx.words.of("in"):
        return []
    city = ctx.place_at(k + 1)
    if city is None or not (city.kind == "place" or city.via == "capital") \
            or (host := _host(ctx, city, p)) is None:
        return []
    return [Event("visit", "visit.headline", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
                  date=ctx.event_date(m), spans=[ctx.span()],
                  why=f"headline: {p.ar} in {ctx.doc.surface(city.start, city.end)} -> {host[0]}")]


def stayed_in(ctx: Context, m: PersonMention) -> list[Event]:
    """'وأمضى الرئيس الأمريكي ثلاثة أيام في اليابان', 'ويتواجد وزير الخارجية الإيراني حاليا في بيروت': the
    subject of a verb of staying, told 'in' a city or state of another state within three words after his
    name (how long, 'now'), is there."""
    toks, words, end = ctx.doc.tokens, ctx.words, ctx.sent.tok_end
    p = m.person
    if p is None or not p.iso or p.role == "ambassador" or not _verb_before(ctx, m, "stayed") or ctx.modal(m):
        return []
    k = next((j for j in range(m.end, min(m.end + 4, end))
              if not words.has_stripped(toks[j].text, "stay-span") and not toks[j].text.isdecimal()), end)
    k = ctx.past_time(k)        # 'spent Friday in the city of Oran'
    at = k + 1 + (k + 2 < end and words.has_stripped(toks[k + 1].text, "city-noun"))
    where = ctx.place_at(at) if at < end and toks[k].text in words.of("in") else None
    host = _host(ctx, where, p) if where is not None else None
    return [] if where is None or host is None else [
        Event("visit", "visit.stayed", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
              date=ctx.event_date(m), spans=[ctx.span()],
              why=f"stays in {ctx.doc.surface(where.start, where.end)}: {p.ar} -> {host[0]}")]


def present_in(ctx: Context, m: PersonMention) -> list[Event]:
    """'افتتح وزير الثقافة السعودي في الرياض معرض الكتاب بحضور وزير الثقافة العراقي X': a named state person
    'in the presence of' whom someone of another state acts in a city of his own state (named before the
    cue, else the dateline's) was there (not an ambassador, who serves there)."""
    p = m.person
    if not ctx.of("witness") or p is None or not p.named or not p.iso or p.role == "ambassador":
        return []       # the sentence's cues first: this is read for every person of every sentence
    cue = _presence_cue(ctx, m)
    if cue is None or ctx.modal(m) or _remote(ctx, m.start):
        return []
    acting = {q.person.iso for q in ctx.persons() if q.end <= cue.start and q.person and q.person.iso} \
        | set(ctx.states(b=cue.start, acting=True))
    where = ctx.place_where(lambda q: q.start < cue.start and ctx.is_place(q))
    host = _host(ctx, where, p) if where is not None else None
    if where is None and (line := _dateline(ctx)) is not None and line.iso and line.iso != p.iso:
        host = line.iso, line
    if host is None or host[0] not in acting:
        return []
    return [Event("visit", "visit.attend", ctx.sent.index, agents=[p], parties=[host[0]], place=host[1],
                  date=ctx.event_date(m), spans=[ctx.span()],
                  why=f"present at what {host[0]} does: {p.ar} -> {host[0]}")]


def _presence_cue(ctx: Context, m: PersonMention) -> Mention | None:
    """The 'in the presence of' cue a person is named after: right before him, or before the list he closes
    ('بحضور الرئيس X ورئيسة الوزراء الإيطالية Y ورئيس الوزراء الهولندي Z': each joined by 'and', no comma)."""
    k = m.start
    while True:
        cue = next((q for q in ctx.of("witness") if 0 <= k - q.end <= 1), None)
        if cue is not None:
            return cue
        prev = max((q for q in ctx.persons() if q.end <= k and k - q.end <= 4), key=lambda q: q.end,
                   default=None)
        if prev is None or ctx.clause_break(prev.end, k) \
                or not any(c.kind == "conj" and prev.end <= c.start <= k for c in ctx.ms):
            return None
        k = prev.start


def _verb_before(ctx: Context, m: PersonMention, verbs: str) -> bool:
    """A verb of the class right before the person, or before his title set off by a comma ('أعلن وزير
    الخارجية البريطاني، ديفيد كاميرون،'): he is its subject."""
    toks = ctx.doc.tokens
    k = m.start
    if k > ctx.sent.tok_start and toks[k - 1].text in COMMAS:
        title = next((q for q in ctx.persons() if q.end == k - 1 and q.person is not None
                      and q.person.iso == (m.person.iso if m.person else None)), None)
        k = title.start if title is not None else k
    return k > ctx.sent.tok_start and ctx.words.has_stripped(toks[k - 1].text, verbs)


def _occasion_end(ctx: Context, k: int) -> int:
    """Past an occasion of speaking opened at token k ('خلال مؤتمر صحفي', 'في مؤتمر صحفي', 'على هامش القمة'):
    a gathering or a press conference right after 'during' or 'in'; k itself when none is there."""
    toks, words = ctx.doc.tokens, ctx.words
    if k >= ctx.sent.tok_end or not (words.has_stripped(toks[k].text, "at-gathering")
                                     or toks[k].text in words.of("in")):
        return k
    lead = k + 1 if toks[k].text in words.of("in") or words.has_stripped(toks[k].text, "during") else k + 2
    occasion = next((q for q in ctx.ms
                     if q.start == lead and (q.kind == "gathering" or q.value == "discussed")), None)
    return occasion.end if occasion is not None else k
