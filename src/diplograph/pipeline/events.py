"""Stage 5, events: read facts out of each sentence with rules keyed by trigger words.

Reads `doc.mentions`, `doc.focus`, `doc.published`; adds `doc.events` (one per reading, duplicates are
merged by the next stage). Each rule is a small function named after the fact it reads; each event
records its rule id (written to the graph as `dg:rule`) and a one-line `why` for `extract --explain`.

Rule ids: signing.verb-document, signing.dated-document, congratulation.sender-recipient,
congratulation.exchange, establishment.phrase, anniversary.ordinal, visit.trigger, visit.attend,
meeting.reception, meeting.trigger (derived events are added in `resolve`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import DateValue, DocRef, Document, Event, Mention, Person, Place, Sentence
from ..gazetteer import gazetteer, office_label
from ..textfold import fold

TITLE_STOP = set(fold(w) for w in "وذلك خلال اليوم أمس امس حيث بحضور التي الذي والذي والتي كما وبنود ويأتي وتأتي "
                 "ويهدف تهدف يهدف وينص ينص لتعزيز بهدف ضمن بعد قبل عقب إثر اثر وسط أمام وقد".split())
MODAL_WINDOW = 6
CLAUSE_ENDS = {"،", ",", "؛", ":", ".", "(", ")"}
PURPOSE_TRIGGERS = {"signing", "visit", "meeting", "talks", "reception", "arrival"}
ANAPHORIC = {"الاجتماع", "اللقاء", "الاستقبال", "المباحثات", "المحادثات", "الزياره", "التوقيع", "اللقاءات"}
DEMONSTRATIVES = {"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"}
KINGDOMS = ("SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "JP")


@dataclass
class Context:
    """What the rules of one sentence can see."""

    doc: Document
    sent: Sentence
    ms: list[Mention]
    main_date: DateValue | None
    memory: dict[str, list[Person]] = field(default_factory=dict)

    def of(self, *kinds: str) -> list[Mention]:
        return [m for m in self.ms if m.kind in kinds]

    def people(self) -> list[Mention]:
        """Person mentions, excluding those introduced by 'in the presence of' / 'witnessed'."""
        witness = [m.start for m in self.of("witness")]
        out = []
        for m in self.of("person"):
            if any(w < m.start and not self._clause_break(w, m.start) for w in witness):
                continue
            out.append(m)
        return out

    def _clause_break(self, a: int, b: int) -> bool:
        return any(self.doc.tokens[k].text in ("،", ",", ".", "؛") for k in range(a, b))

    def states(self, *, skip_places: bool = True, a: int = 0, b: int = 10**9) -> list[str]:
        out: list[str] = []
        place_ends = {m.end for m in self.ms if self.is_place(m)}
        for m in self.of("state"):
            if not (a <= m.start < b):
                continue
            if skip_places and (self.is_place(m) or (m.start in place_ends and m.via == "nisba")):
                continue
            if m.iso and m.iso not in out:
                out.append(m.iso)
        for m in self.of("kingdom"):
            if a <= m.start < b and (iso := self.kingdom()) and iso not in out:
                out.append(iso)
        return out

    def kingdom(self) -> str | None:
        if self.doc.home in KINGDOMS:
            return self.doc.home
        return next((s for s in self.doc.focus[:2] if s in KINGDOMS), None)

    def is_place(self, m: Mention) -> bool:
        """A capital (or city) used as a place: 'في موسكو', 'بالرياض', 'إلى القاهرة', 'العاصمة أنقرة'."""
        if m.kind == "place":
            return True
        if m.kind != "state" or m.via != "capital":
            return False
        toks = self.doc.tokens
        prev = toks[m.start - 1].text if m.start > 0 else ""
        if any(toks[k].text in ("العاصمه", "بالعاصمه", "مدينه", "بمدينه") for k in range(max(0, m.start - 3), m.start)):
            return True
        return "ب" in (m.value or "") or "ل" in (m.value or "") or prev in (
            "في", "الي", "من", "لدى", "وصل", "نحو")

    def places(self, a: int = 0, b: int = 10**9) -> list[Place]:
        out = []
        for m in self.ms:
            if a <= m.start < b and self.is_place(m) and m.place is not None and m.place not in out:
                out.append(m.place)
        return out

    def groups(self) -> list[str]:
        if self.of("group"):
            return list(self.doc.focus[:2])
        return []

    def modal(self, trig: Mention) -> str | None:
        """Why the event did not happen (planned, hoped, denied, postponed, negated), or None."""
        toks = self.doc.tokens
        lo = trig.start
        while lo > self.sent.tok_start and trig.start - lo < 7 and toks[lo - 1].text not in CLAUSE_ENDS:
            lo -= 1
        for m in self.of("modal"):
            if toks[m.start].text == "نحو" and trig.start != m.end:
                continue        # 'نحو توقيع' (towards signing), not 'بعد نحو شهرين' (after about two months)
            if lo <= m.start <= trig.start:
                return m.value
            if trig.end <= m.start <= trig.end + 8 and toks[m.start].text.startswith(("سي", "ست", "سن")):
                return m.value
        word = toks[trig.start].text
        if word.startswith(("سي", "ست", "سن")) and len(word) > 4:
            return "planned"
        for m in self.of("modal"):
            if m.value == "planned" and m.start - self.sent.tok_start <= 2 and m.start < trig.start \
                    and toks[m.start].text.lstrip("وف").startswith(("سي", "ست", "سن")):
                return "planned"      # 'وستتاح لجون كيري ... خلال لقاء': the sentence is about the future
        if trig.end < self.sent.tok_end and toks[trig.end].text in ("الحاليه", "الجاريه"):
            return None     # 'زيارته الحالية': under way
        if trig.prefix == "ل" and trig.value in PURPOSE_TRIGGERS:
            return "planned"
        for m in self.of("time"):
            if m.value in ("future_marker", "tomorrow") and abs(m.start - trig.end) <= 6:
                return "planned"
        return None

    def date(self, near: int | None = None, window: int = 10**9, *, since: bool = False) -> DateValue | None:
        toks = self.doc.tokens
        dates = [d for d in self.of("date") if since or not any(
            toks[k].text == "منذ" for k in range(max(self.sent.tok_start, d.start - 2), d.start))]
        if near is not None:
            dates = [d for d in dates if abs(d.start - near) <= window and not any(
                toks[k].text in ("التي", "الذي") for k in range(near + 3, d.start)) and not any(
                toks[k].text == "منذ" for k in range(near, d.start))]
            dates.sort(key=lambda d: (abs(d.start - near), d.start))
        if dates:
            return dates[0].date
        return None

    def background(self) -> bool:
        return bool(self.of("background"))

    def event_date(self, trig: Mention) -> DateValue | None:
        d = self.date(trig.start, 25)
        if d is not None:
            return d
        if self.background():
            return None
        return self.main_date

    def span(self) -> tuple[int, int]:
        return (self.sent.start, self.sent.end)

    def remember(self, p: Person) -> None:
        if p.iso:
            lst = self.memory.setdefault(p.iso, [])
            if p in lst:
                lst.remove(p)
            lst.append(p)

    def recall(self, iso: str, role: str | None = None) -> Person | None:
        for p in reversed(self.memory.get(iso, [])):
            if role is None or role == "leader" or p.role == role:
                return p
        return None

    def group_people(self, m: Mention, states: list[str]) -> list[Person]:
        """'الرئيسان', 'وزراء خارجية تونس والجزائر', 'رؤساء الحكومات': one office holder per state."""
        gz = gazetteer()
        role = m.role or "leader"
        out = []
        here = [m.person for m in self.of("person") if m.person and m.person.named]
        for iso in states:
            p = next((q for q in here if q.iso == iso and (role in ("leader", None) or q.role == role)), None)
            if p is None and role in ("president", "leader"):
                p = self.recall(iso, role)
            if p is None and role not in ("leader", "parliament"):
                p = gz.holder(iso, role, self.doc.published)
            if p is None:
                p = Person(key=f"{iso.lower()}-office-{role}", ar=office_label(role, iso), iso=iso,
                           role=role, en=office_label(role, iso, "en"), named=False)
            out.append(p)
        return out


def _persons(ms: list[Mention]) -> list[Person]:
    out: list[Person] = []
    for m in ms:
        if m.person and m.person not in out:
            out.append(m.person)
    return out


def _plural_offices(ctx: Context) -> list[tuple[Mention, list[Person]]]:
    out = []
    for m in ctx.of("office"):
        if m.via not in ("du", "pl"):
            continue
        after = ctx.states(a=m.end, b=m.end + 8)
        here = list(dict.fromkeys([p.person.iso for p in ctx.of("person") if p.person and p.person.iso]
                                  + ctx.states()))
        states = after if len(after) >= 2 else (here if len(here) >= 2 else list(ctx.doc.focus[:2]))
        if len(states) >= 2:
            out.append((m, ctx.group_people(m, states)))
    return out


# --- signing ------------------------------------------------------------------------------------
QUOTES = {"\"", "«", "»", "“", "”"}


def _title_end(ctx: Context, a: int) -> int:
    """End of a document's title: the noun phrase from the document noun to punctuation, a clause word,
    a date or place; quotes are part of the title ('الإعلان المتعلق بـ"الشراكة الاستثنائية"')."""
    toks = ctx.doc.tokens
    b = a
    by_start = {m.start: m for m in ctx.ms}
    quoted = a > 0 and toks[a - 1].text in QUOTES
    while b < ctx.sent.tok_end and b - a < 22:
        t = toks[b].text
        if t in QUOTES:
            if quoted:
                break
            quoted = True
            b += 1
            continue
        if t in ("،", ",", ".", "؛", "(", ")", ":") or t in TITLE_STOP:
            break
        m = by_start.get(b)
        if b > a and m is not None and m.kind in ("date", "time", "witness", "trigger") and m.value not in (
                "establishment", "relations", "resumption"):
            break
        if t == "في" and b + 1 < ctx.sent.tok_end:
            nxt = by_start.get(b + 1)
            if nxt is not None and (nxt.kind in ("date", "time", "place") or ctx.is_place(nxt)):
                break
            if toks[b + 1].text in ("عام", "العام", "سنه") or toks[b + 1].text.isdecimal():
                break
        b += 1
    return b


def _docref(ctx: Context, m: Mention, end: int) -> DocRef:
    """The document named from mention m to `end`, without the clitics glued to its first word."""
    toks = ctx.doc.tokens
    while end > m.end and toks[end - 1].text in QUOTES:
        end -= 1
    a, b = ctx.doc.char_span(m.start, end)
    a += len(m.prefix) if m.prefix and ctx.doc.text[a:a + len(m.prefix)] == m.prefix else 0
    title = ctx.doc.text[a:b].strip(" \"«»“”")
    if m.prefix and title.startswith("ل") and toks[m.start].text.startswith("لل"):
        title = "ا" + title        # 'للاتفاقيات' -> 'الاتفاقيات' 
    folded = " ".join(t.text for t in toks[m.start:end] if t.text not in QUOTES)
    if m.prefix and folded.startswith(m.prefix):
        folded = folded[len(m.prefix):]
    return DocRef(kind=m.value or "other", title=title, folded=folded)


def _documents(ctx: Context, after: int) -> list[tuple[DocRef, int, int]]:
    docs: list[tuple[DocRef, int, int]] = []
    covered_until = -1
    toks = ctx.doc.tokens
    conj = {m.start for m in ctx.of("conj")}
    for m in sorted(ctx.of("docnoun"), key=lambda x: x.start):
        if m.start < after or m.start < covered_until:
            continue
        prev = toks[m.start - 1].text if m.start > 0 else ""
        if prev in DEMONSTRATIVES:
            continue
        if docs and not (m.start in conj or prev in ("،", ",", "و", "ابرزها", "منها", "بينها", "اهمها")):
            continue
        end = _title_end(ctx, m.start)
        docs.append((_docref(ctx, m, end), m.start, end))
        covered_until = end
    return docs


def _signing_parties(ctx: Context, doc_span: tuple[int, int], agents: list[Person]) -> list[str]:
    """States bound: the signatories' states; else the states the title names ('بين X و Y'); else the
    sentence's states; else the article's two states."""
    found = list(dict.fromkeys(p.iso for p in agents if p.iso))
    if len(found) >= 2:
        return found
    in_title = ctx.states(a=doc_span[0], b=doc_span[1], skip_places=False)
    if len(in_title) >= 2 and not found:
        return in_title
    for iso in in_title + ctx.states():
        if iso not in found:
            found.append(iso)
    return _fill_from_focus(ctx, found)


def _fill_from_focus(ctx: Context, found: list[str]) -> list[str]:
    """Complete a pair with the article's states, only when what was found belongs to them: 'وقعت
    المملكة اتفاقية' in an article about Saudi Arabia and Japan; not 'إثيوبيا' in an article on Egypt."""
    focus = list(ctx.doc.focus[:2])
    if len(found) >= 2 or any(iso not in focus for iso in found):
        return found
    return list(dict.fromkeys(found + focus))


def signing(ctx: Context, trig: Mention) -> list[Event]:
    toks = ctx.doc.tokens
    weak = toks[trig.start].text in ("تبادل", "تبادلا") or trig.end - trig.start > 1 and False
    participle = fold(toks[trig.start].text).endswith(("موقع", "موقعه"))
    if participle:
        return dated_document(ctx, trig)
    docs = _documents(ctx, trig.end)
    if weak and (not docs or docs[0][1] - trig.end > 4):
        return []
    if toks[trig.start].text == "التوقيع" and not any(
            toks[k].text in ("علي", "عليها", "عليه") for k in range(trig.end, min(trig.end + 2, ctx.sent.tok_end))):
        return []       # 'عقب التوقيع': the signing told before, not a new one
    relative = toks[trig.start - 1].text in ("التي", "الذي", "اللتين", "اللذين") if trig.start else False
    if relative or toks[trig.start].text.endswith(("ها", "ه")) and not docs:
        return relative_signing(ctx, trig)
    if not docs or docs[0][1] - trig.end > 45:
        return []
    if (why := ctx.modal(trig)):
        return []
    first_doc = docs[0][1]
    people = ctx.people()
    witnesses_before = any(w.start < trig.start for w in ctx.of("witness"))
    agents = _persons([m for m in people if trig.end <= m.start < first_doc])
    if not agents and not witnesses_before:
        agents = _persons([m for m in people if m.end <= trig.start])
    for m, group in _plural_offices(ctx):
        if (trig.end <= m.start < first_doc or m.end <= trig.start) and not witnesses_before:
            covered = {p.iso for p in agents}
            agents += [p for p in group if p not in agents and p.iso not in covered]
    events = []
    for docref, a, b in docs:
        parties = _signing_parties(ctx, (a, b), agents)
        if len(set(parties) | {p.iso for p in agents if p.iso}) < 2:
            continue
        places = ctx.places(trig.start - 12, ctx.sent.tok_end)
        events.append(Event("signing", "signing.verb-document", ctx.sent.index, agents=list(agents),
                            parties=parties, document=docref, date=ctx.event_date(trig),
                            place=places[0] if places else _dateline(ctx), spans=[ctx.span()],
                            why=f"signing verb «{ctx.doc.surface(trig.start, trig.end)}» + document "
                                f"«{docref.title}»"))
    return events


def relative_signing(ctx: Context, trig: Mention) -> list[Event]:
    """'معاهدة أسس العلاقات ... التي وقعها في موسكو عام 2001 الرئيسان بوتين وخاتمي': the document comes
    first and the signing verb follows in a relative clause, with its own date, place and signatories."""
    docs = [d for d in ctx.of("docnoun") if d.start < trig.start and trig.start - d.start <= 14]
    if not docs or ctx.modal(trig):
        return []
    d = docs[-1]
    end = min(_title_end(ctx, d.start), trig.start)
    while end > d.start + 1 and ctx.doc.tokens[end - 1].text in ("التي", "الذي", "،", ","):
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
    parties = _fill_from_focus(ctx, parties)
    if len(parties) < 2:
        return []
    dates = [m for m in ctx.of("date") if trig.end <= m.start < clause_end]
    places = ctx.places(trig.end, clause_end)
    return [Event("signing", "signing.relative-clause", ctx.sent.index, agents=agents, parties=parties[:3],
                  document=docref, date=dates[0].date if dates else None, place=places[0] if places else None,
                  spans=[ctx.span()], why=f"document «{docref.title}» then «{ctx.doc.surface(trig.start, trig.end)}»")]


def dated_document(ctx: Context, trig: Mention) -> list[Event]:
    """'الاتفاقية ... الموقعة في 9 فبراير 1994', 'الاتفاقيات الثلاثية بتاريخ 9 نوفمبر 2020 و11 يناير 2021'."""
    docs = [d for d in ctx.of("docnoun") if d.start < trig.start and trig.start - d.start <= 14]
    if not docs or ctx.modal(trig):
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
    dates = [m for m in ctx.of("date") if trig.start <= m.start < stop]
    parties = ctx.states(a=d.start, b=end, skip_places=False)
    if len(parties) < 2:
        groups = ctx.groups()
        if not groups or (parties and parties[0] not in groups):
            return []
        parties = groups
    events = []
    for dm in dates or [None]:
        docref = DocRef(kind=d.value or "other", title=title + (f" ({dm.date.iso()})" if dm and len(dates) > 1 else ""),
                        folded=folded + (f" {dm.date.iso()}" if dm and len(dates) > 1 else ""))
        events.append(Event("signing", "signing.dated-document", ctx.sent.index, parties=parties[:3],
                            document=docref, date=dm.date if dm else None, spans=[ctx.span()],
                            why=f"document «{title}» dated/signed «{ctx.doc.surface(trig.start, trig.end)}»"))
    return events


def _dateline(ctx: Context) -> Place | None:
    return ctx.doc.dateline_place if ctx.sent.index <= 2 else None


# --- congratulations ----------------------------------------------------------------------------
def _occasion(ctx: Context) -> str | None:
    for m in ctx.of("occasion"):
        end = _title_end(ctx, m.end)
        if end > m.end:
            return ctx.doc.surface(m.end, end)
    return None


PLURAL_CONGRATS = {"تهاني", "التهاني", "تهانيه", "تهانيها", "تهانينا"}


def congratulation(ctx: Context, trig: Mention) -> list[Event]:
    """Who congratulated whom. 'هنأ X Y' / 'بعث X ببرقية تهنئة إلى Y' / 'تهاني X' (X sends) /
    'لتهنئة Y' (Y receives) / 'تلقى Y برقية تهنئة من X' (Y receives from X)."""
    if ctx.modal(trig):
        return []
    if any(0 <= trig.start - m.end <= 16 for m in ctx.of("exchange")):
        return congratulation_exchange(ctx, trig)      # 'تبادل الرئيسان ... التهاني' 
    toks = ctx.doc.tokens
    people = [m for m in ctx.people() if m.person and m.person.iso]
    before = [m for m in people if m.end <= trig.start]
    after = [m for m in people if m.start >= trig.end]
    word = toks[trig.end - 1].text
    senders: list[Person] = []
    recipients: list[Person] = []
    src = [k for k in range(trig.end, min(trig.end + 3, ctx.sent.tok_end)) if toks[k].text == "من"]
    if src:      # 'برقية تهنئة من رئيس جمهورية الصين'
        senders = [m.person for m in after if m.start > src[0]]
        first = senders[0].iso if senders else None
        senders = [p for p in senders if p.iso == first] if not ctx.of("receive") else \
            [p for p in senders if p.iso not in {b.person.iso for b in before}]
        recipients = [m.person for m in before[-1:]]
    elif ctx.of("receive"):
        recipients = [m.person for m in before[-1:]]
        senders = [m.person for m in after if m.person.iso not in {r.iso for r in recipients}]
    elif word in PLURAL_CONGRATS and after and after[0].start - trig.end <= 1:   # 'تهاني رئيس الجمهورية'
        senders = [after[0].person]
        recipients = [m.person for m in before + after[1:] if m.person.iso != senders[0].iso][:1]
    elif word.startswith(("تهنيه", "لتهنيه")) and after and after[0].start - trig.end <= 1:   # 'لتهنئة أردوغان'
        recipients = [after[0].person]
        senders = [m.person for m in reversed(before) if m.person.iso != recipients[0].iso][:1]
    elif word.endswith(("ه", "ها", "هم")) and len(before) >= 2 and not word.startswith("تهنيه"):
        recipients = [before[-1].person]        # 'بعث بوتين برقية إلى الزعيم الصيني، هنأه فيها'
        senders = [m.person for m in before if m.person.iso != recipients[0].iso][:1]
    else:
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
    senders = list(dict.fromkeys(senders))
    recipients = list(dict.fromkeys(recipients))
    sender_states = {p.iso for p in senders}
    recipient_states: list[str] = []
    if senders and not recipients:
        recipient_states = [s for s in ctx.states(a=trig.start) if s not in sender_states][:1]
    if not senders or (not recipients and not recipient_states):
        return []
    occasion = _occasion(ctx)
    out = []
    for s_ in senders:
        for r in recipients or [None]:
            if r is not None and r.iso == s_.iso:
                continue
            out.append(Event("congratulation", "congratulation.sender-recipient", ctx.sent.index, agents=[s_],
                             recipients=[r] if r else [], recipient_states=[] if r else recipient_states,
                             occasion=occasion, date=ctx.event_date(trig), spans=[ctx.span()],
                             why=f"congratulation «{ctx.doc.surface(trig.start, trig.end)}»: "
                                 f"{s_.ar} -> {r.ar if r else recipient_states}"))
    return out


def congratulation_exchange(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig):
        return []
    people = _persons([m for m in ctx.people() if m.via != "office" or True])
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


# --- relations and anniversaries ----------------------------------------------------------------
def _pair(ctx: Context, a: int = 0, b: int = 10**9) -> list[str]:
    states = ctx.states(a=a, b=b)
    if len(states) < 2:
        states = list(dict.fromkeys(states + ctx.states()))
    return _fill_from_focus(ctx, states)[:2]


NOT_DIPLOMATIC = {"شراكه", "الشراكه", "تعاون", "التعاون", "استراتيجيه", "الاستراتيجيه", "شراكات", "تحالف", "التحالف"}


def _years_since(ctx: Context, trig: Mention) -> DateValue | None:
    """'على مدى سبعة وستين عاما منذ إقامة العلاقات': the publication year minus the duration."""
    toks = ctx.doc.tokens
    pub = ctx.doc.published
    if pub is None or trig.start < 2 or toks[trig.start - 1].text != "منذ":
        return None
    k = trig.start - 2
    if toks[k].text not in ("عاما", "عام", "سنه", "سنوات", "اعوام"):
        return None
    nums = [m for m in ctx.of("number") if m.end <= k and k - m.start <= 3]
    digits = toks[k - 1].text if k > 0 and toks[k - 1].text.isdecimal() else None
    if digits:
        return DateValue(pub.year - int(digits))
    if not nums:
        return None
    total = sum(int(m.value or 0) for m in nums if m.via in ("cardinal", "tens", "ordinal"))
    return DateValue(pub.year - total) if 0 < total < 300 else None


def establishment(ctx: Context, trig: Mention) -> list[Event]:
    if any(abs(m.start - trig.start) <= (8 if trig.value == "relations" else 4)
           for m in ctx.of("trigger") if m.value == "resumption"):
        return []
    if ctx.modal(trig):
        return []
    if any(0 < trig.start - m.end <= 6 for m in ctx.of("trigger") if m.value in ("anniversary", "anniversary_elapsed")):
        return []
    toks = ctx.doc.tokens
    if trig.end < ctx.sent.tok_end and toks[trig.end].text in NOT_DIPLOMATIC:
        return []       # 'إقامة علاقات شراكة استراتيجية' is not diplomatic relations
    signing_here = [m for m in ctx.of("trigger") if m.value == "signing" and not ctx.modal(m)
                    and ctx.doc.tokens[m.start].text != "التوقيع"]
    if any(0 < trig.start - d.end <= 6 for d in ctx.of("docnoun")) and not signing_here:
        return []       # 'اتفاق السلام وإقامة العلاقات': the title of a document nobody signed here
    since = _years_since(ctx, trig)
    if trig.value == "relations" and since is None:
        cue = [m for m in ctx.of("history") if -4 <= m.start - trig.end <= 8]
        dated = [m for m in ctx.of("date") if 0 <= m.start - trig.end <= 10 and m.value in ("explicit", "year", "ago")]
        if not cue and not dated:
            return []
    parties = _pair(ctx, trig.start - 6, trig.end + 12)
    if len(parties) < 2:
        return []
    dates = [m for m in ctx.of("date") if -12 <= m.start - trig.end <= 14]
    dates.sort(key=lambda m: abs(m.start - trig.end))
    date = since or (dates[0].date if dates else None)
    signing_here = [m for m in ctx.of("trigger") if m.value == "signing" and m.start < trig.start]
    if date is None and signing_here:
        date = ctx.event_date(signing_here[0])
    return [Event("establishment", "establishment.phrase", ctx.sent.index, parties=parties, date=date,
                  spans=[ctx.span()], why=f"relations established «{ctx.doc.surface(trig.start, trig.end)}»")]


def _ordinal(ctx: Context, a: int) -> tuple[int | None, int]:
    """An ordinal after 'الذكرى': 'الـ 30', '30', 'الثلاثين', 'الخامسة والسبعين', 'السنوية الستين'."""
    toks = ctx.doc.tokens
    nums = {m.start: m for m in ctx.of("number")}
    i = a
    end = min(ctx.sent.tok_end, a + 5)
    while i < end:
        t = toks[i].text
        if t in ("ال", "السنويه", "سنويه", "-"):
            i += 1
            continue
        digits = t[2:] if t.startswith("ال") and t[2:].isdecimal() else t
        if digits.isdecimal() and len(digits) <= 3:
            return int(digits), i + 1
        m = nums.get(i)
        if m is not None:
            value = int(m.value or 0)
            j = m.end
            nxt = nums.get(j) if j < ctx.sent.tok_end else None
            if nxt is None and j < ctx.sent.tok_end and toks[j].text.startswith("و"):
                for mm in ctx.of("number"):
                    if mm.start == j:
                        nxt = mm
            if nxt is not None and nxt.via == "tens" and value < 10:
                return value + int(nxt.value or 0), nxt.end
            return value, j
        break
    return None, a


def anniversary(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig):
        return []
    toks = ctx.doc.tokens
    if trig.value == "anniversary_elapsed":
        n, after = _ordinal(ctx, trig.end)
        if n is None or after >= ctx.sent.tok_end or toks[after].text not in ("عاما", "عام", "سنه", "سنوات", "عاماً"):
            return []
        after += 1
    else:
        n, after = _ordinal(ctx, trig.end)
    if not n or n > 300:
        return []
    window = [m for m in ctx.ms if after <= m.start <= after + 7]
    of_relations = any(m.kind == "trigger" and m.value in ("establishment", "relations") for m in window) or any(
        toks[k].text in ("العلاقات", "علاقات", "للعلاقات", "بالعلاقات") for k in range(after, min(after + 3, ctx.sent.tok_end)))
    if not of_relations:
        if any(m.kind == "founding" for m in window):
            return []
        if len(set(ctx.states(a=after, b=after + 12)) | set(ctx.groups())) < 2:
            return []
    parties = _pair(ctx, trig.start - 4, after + 14)
    if len(parties) < 2:
        return []
    date = ctx.date(trig.start, 14)
    if date is None and ctx.doc.published:
        date = ctx.main_date if ctx.main_date and ctx.main_date.year == ctx.doc.published.year else \
            DateValue(ctx.doc.published.year)
    phrase = ctx.doc.surface(trig.start, max(_title_end(ctx, after), after))
    ev = Event("anniversary", "anniversary.ordinal", ctx.sent.index, parties=parties, ordinal=n, date=date,
               spans=[ctx.span()], why=f"anniversary «{phrase}» of "
                                       f"{'relations' if of_relations else 'a bilateral tie'}")
    ev.phrase = phrase  # type: ignore[attr-defined]
    ev.occasion = "relations" if of_relations else None
    return [ev]


# --- visits and meetings ------------------------------------------------------------------------
def visit(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig):
        return []
    toks = ctx.doc.tokens
    people = ctx.people()
    visitor: Person | None = None
    near = [m for m in people if trig.end <= m.start <= trig.end + 5 and not ctx._clause_break(trig.end, m.start)]
    before = [m for m in people if m.end <= trig.start]
    masdar = toks[trig.start].text.startswith(("زياره", "الزياره", "زيارت", "جوله", "وصول"))
    if masdar:
        visitor = near[0].person if near else (before[-1].person if before else None)
    else:
        visitor = before[-1].person if before else (near[0].person if near else None)
    if visitor is None or not visitor.iso:
        return []
    vis_end = max([m.end for m in people if m.person == visitor and m.start >= trig.end] or [trig.end])
    hosts = _destinations(ctx, trig, visitor, trig.end)
    if not hosts and vis_end > trig.end:
        hosts = _destinations(ctx, trig, visitor, vis_end)
    if not hosts:
        return []
    date = ctx.event_date(trig)
    coordinated = [m.person for m in people if m.person and m.person != visitor and m.start == vis_end
                   and ctx.doc.tokens[m.start].text.startswith("و")]
    visitors = list(dict.fromkeys([visitor] + coordinated + _companions(ctx, visitor)))
    return [Event("visit", "visit.trigger", ctx.sent.index, agents=[v], parties=[host], place=city,
                  date=date, spans=[ctx.span()],
                  why=f"visit «{ctx.doc.surface(trig.start, trig.end)}»: {v.ar} -> {host}")
            for host, city in hosts for v in visitors if v.iso != host]


COMPANION_WORDS = {"يرافقه", "يرافقها", "برفقه", "رفقه", "مرفوقا", "مرفوقه", "ويرافقه", "يرافقهما"}


def _companions(ctx: Context, visitor: Person) -> list[Person]:
    """'وكان الرئيس عون، يرافقه وزير الخارجية يوسف رجي، قد وصل': those accompanying a visitor visit too."""
    toks = ctx.doc.tokens
    out: list[Person] = []
    for c in ctx.of("witness"):
        if toks[c.start].text not in COMPANION_WORDS:
            continue
        for m in ctx.of("person"):
            if m.start >= c.end and not ctx._clause_break(c.end, m.start) and m.person \
                    and m.person.iso == visitor.iso and m.person != visitor and m.person not in out:
                out.append(m.person)
    return out
    host, city = None, None
    if host is None:
        return []
    return [Event("visit", "visit.trigger", ctx.sent.index, agents=[visitor], parties=[host], place=city,
                  date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"visit «{ctx.doc.surface(trig.start, trig.end)}»: {visitor.ar} -> {host}")]


def _destinations(ctx: Context, trig: Mention, visitor: Person, after: int) -> list[tuple[str, Place | None]]:
    """The first destination, then any chained with 'ثم' / 'و' ('بزيارة مصر ثم الأردن')."""
    out: list[tuple[str, Place | None]] = []
    start = max(after, trig.end)
    while True:
        host, city, end = _destination(ctx, trig, visitor, start, chained=bool(out))
        if host is None:
            return out
        if all(h != host for h, _ in out):
            out.append((host, city))
        nxt = ctx.doc.tokens[end].text if end < ctx.sent.tok_end else ""
        if nxt not in ("ثم", "و") and not (nxt.startswith("و") and any(m.start == end for m in ctx.of("state"))):
            return out
        start = end + (1 if nxt in ("ثم", "و") else 0)


def _destination(ctx: Context, trig: Mention, visitor: Person, start: int, *, chained: bool = False
                 ) -> tuple[str | None, Place | None, int]:
    """Where a visit goes: the state or city right after the trigger ('زيارة إلى مصر', 'وصل إلى الرياض',
    'زار بكين'); a noun (زيارة، وصول) needs 'إلى'/'ل' before its destination."""
    toks = ctx.doc.tokens
    verb = chained or not toks[trig.start].text.startswith(("زياره", "الزياره", "زيارت", "جوله", "وصول"))
    for m in sorted(ctx.ms, key=lambda x: x.start):
        if m.start < start or m.start > start + (2 if chained else (22 if verb else 16)):
            continue
        if ctx._clause_break(start, m.start) and not verb:
            break
        lead = {toks[k].text for k in range(max(trig.end, m.start - 2), m.start)}
        introduced = verb or bool(lead & {"الي", "ل", "نحو"}) or m.prefix in ("ل", "لل")
        if m.kind == "place" and m.place and m.place.iso and m.place.iso != visitor.iso and introduced:
            return m.place.iso, m.place, m.end
        if m.kind == "state" and m.iso and m.iso != visitor.iso and introduced:
            return m.iso, (m.place if m.via == "capital" else None), m.end
        if m.kind == "kingdom" and (k := ctx.kingdom()) and k != visitor.iso and introduced:
            return k, None, m.end
    return None, None, start


def attend(ctx: Context, trig: Mention) -> list[Event]:
    """Attending a summit abroad counts as a visit to the host city's state."""
    if ctx.modal(trig) or not ctx.of("summit"):
        return []
    people = [m for m in ctx.people() if m.end <= trig.start or trig.end <= m.start <= trig.end + 3]
    cities = [m for m in ctx.of("place") if m.start > trig.start and m.place and m.place.iso]
    if not people or not cities:
        return []
    visitor = people[0].person
    city = cities[0].place
    if not visitor or not visitor.iso or city.iso == visitor.iso:
        return []
    return [Event("visit", "visit.attend", ctx.sent.index, agents=[visitor], parties=[city.iso], place=city,
                  date=ctx.event_date(trig), spans=[ctx.span()],
                  why=f"attends a summit in {city.ar}: {visitor.ar} -> {city.iso}")]


def reception(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig) or any(w.end <= trig.start and trig.start - w.end <= 1 for w in ctx.of("witness")):
        return []
    toks = ctx.doc.tokens
    people = [m for m in ctx.people() if m.person]
    pronoun_guest = toks[trig.start].text.endswith(("ه", "ها")) and toks[trig.start].text not in ("استقبال",)
    before = [m for m in people if m.end <= trig.start]
    after = [m for m in people if m.start >= trig.end]
    if pronoun_guest:
        if not before or not after:
            return []
        guest = before[0].person        # 'وكان الرئيس ... قد وصل ...، حيث كان في استقباله X': the subject
        hosts = [m.person for m in after if m.person.iso != guest.iso]
    elif before and not toks[trig.start].text.startswith("ال"):
        hosts = [before[-1].person]
        guests = [m.person for m in after if m.person.iso != hosts[0].iso]
        if not guests:
            return []
        guest = guests[0]
    else:
        if len(after) < 2:
            return []
        hosts = [after[0].person]
        guests = [m.person for m in after[1:] if m.person.iso != hosts[0].iso]
        if not guests:
            return []
        guest = guests[0]
    hosts = [h for h in hosts if h and h.iso and h.iso != guest.iso]
    if not hosts or not guest.iso:
        return []
    places = ctx.places()
    place = places[0] if places else _dateline(ctx)
    date = ctx.event_date(trig)
    ev = Event("meeting", "meeting.reception", ctx.sent.index, agents=[*hosts, guest], place=place, date=date,
               spans=[ctx.span()], why=f"reception «{ctx.doc.surface(trig.start, trig.end)}»: "
                                       f"{', '.join(h.ar for h in hosts)} receives {guest.ar}")
    ev.subjects = [guest]  # type: ignore[attr-defined]
    ev.host_state = hosts[0].iso  # type: ignore[attr-defined]
    return [ev]


MEETING_KINDS = ("meeting", "talks")


def _segment_meeting(ctx: Context, trig: Mention) -> list[Event] | None:
    """A sentence with two meetings ('التقى خلالها العاهل السعودي، كما عقد لقاء مع ولي العهد'): each trigger
    takes the persons up to the next meeting trigger as its counterparts, and the subject before it."""
    starts = sorted(m.start for m in ctx.of("trigger") if m.value in MEETING_KINDS
                    and ctx.doc.tokens[m.start].text not in ANAPHORIC)
    if len(starts) < 2:
        return None
    nxt = min([s_ for s_ in starts if s_ > trig.start] + [ctx.sent.tok_end])
    prev_objects = {m.person for m in ctx.people() if m.person and
                    any(a < m.start < trig.start for a in starts if a < trig.start)}
    people = [m for m in ctx.people() if m.person and m.person.iso]
    objects = _persons([m for m in people if trig.end <= m.start < nxt])
    before = [m.person for m in people if m.end <= trig.start and m.person not in prev_objects]
    if not objects or not before:
        return None
    subject = before[-1]
    objects = [o for o in objects if o.iso != subject.iso]
    if not objects:
        return []
    places = ctx.places()
    ev = Event("meeting", "meeting.trigger", ctx.sent.index, agents=[subject, *objects],
               place=places[0] if places else _dateline(ctx), date=ctx.event_date(trig), spans=[ctx.span()],
               why=f"meeting «{ctx.doc.surface(trig.start, trig.end)}»: {subject.ar} with "
                   f"{', '.join(o.ar for o in objects)}")
    ev.subjects = [subject]  # type: ignore[attr-defined]
    return [ev]


def meeting(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig) or any(m.value == "phone" and abs(m.start - trig.start) <= 6 for m in ctx.of("trigger")):
        return []
    segmented = _segment_meeting(ctx, trig)
    if segmented is not None:
        return segmented
    people = [m for m in ctx.people() if m.person and m.person.iso]
    persons = _persons(people)
    for m, group in _plural_offices(ctx):
        if m.role in ("president", "leader", "foreign_minister", "prime_minister"):
            persons += [p for p in group if p not in persons]
    if len({p.iso for p in persons}) < 2:
        groups = ctx.groups()
        if len({p.iso for p in persons}) == 1 and groups:
            mine = next(iter({p.iso for p in persons}))
            for iso in groups:
                if iso != mine and (p := ctx.recall(iso)) is not None:
                    persons.append(p)
        if len({p.iso for p in persons}) < 2:
            return []
    before = [m.person for m in people if m.end <= trig.start]
    subject = before[0] if before else (people[0].person if people else None)
    places = ctx.places()
    place = places[0] if places else _dateline(ctx)
    date = ctx.event_date(trig)
    out = []
    others = [p for p in persons if subject is None or p.iso != subject.iso]
    subjects_same = [p for p in persons if subject is not None and p.iso == subject.iso]
    if subject is not None and len(before) == 1 and len({p.iso for p in others}) >= 2 and len(others) >= 2:
        for o in others:        # one person meeting several counterparts: one bilateral meeting each
            ev = Event("meeting", "meeting.trigger", ctx.sent.index, agents=[subject, o], place=place, date=date,
                       spans=[ctx.span()], why=f"meeting «{ctx.doc.surface(trig.start, trig.end)}»: "
                                               f"{subject.ar} with {o.ar}")
            ev.subjects = [subject]  # type: ignore[attr-defined]
            out.append(ev)
        return out
    ev = Event("meeting", "meeting.trigger", ctx.sent.index, agents=persons, place=place, date=date,
               spans=[ctx.span()], why=f"meeting «{ctx.doc.surface(trig.start, trig.end)}»: "
                                       f"{', '.join(p.ar for p in persons)}")
    ev.subjects = subjects_same or persons  # type: ignore[attr-defined]
    return [ev]


RULES = {
    "signing": signing,
    "congratulation": congratulation,
    "congratulation_exchange": congratulation_exchange,
    "establishment": establishment,
    "relations": establishment,
    "anniversary": anniversary,
    "anniversary_elapsed": anniversary,
    "visit": visit,
    "arrival": visit,
    "attend": attend,
    "reception": reception,
    "meeting": meeting,
    "talks": meeting,
}


def _main_date(doc: Document) -> DateValue | None:
    for s in doc.sentences[:3]:
        for m in doc.in_sentence(s.index, "date"):
            if m.value in ("explicit", "relative", "weekday", "hijri") and m.date and m.date.precision == "day":
                return m.date
    return DateValue.of(doc.published) if doc.published else None


def find_events(doc: Document) -> Document:
    main = _main_date(doc)
    memory: dict[str, list[Person]] = {}
    for s in doc.sentences:
        ms = doc.in_sentence(s.index)
        ctx = Context(doc, s, ms, main, memory)
        done_meeting = False
        for trig in ctx.of("trigger"):
            rule = RULES.get(trig.value or "")
            if rule is None:
                continue
            if rule in (meeting, reception) and doc.tokens[trig.start].text in ANAPHORIC:
                continue
            if rule in (meeting, reception) and done_meeting and not _segment_meeting(ctx, trig):
                continue
            found = rule(ctx, trig)
            if rule in (meeting, reception) and found:
                done_meeting = True
            doc.events += found
        for m in ctx.of("dated"):
            doc.events += dated_document(ctx, m)
        for m in ctx.of("person"):
            if m.person:
                ctx.remember(m.person)
    return doc
