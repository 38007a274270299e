"""What every extraction rule sees: the `Context` of one sentence and helpers shared by the rules
(document titles, pairs of states completed from the article's states, the dateline place)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from ...document import (
    DateMention,
    DateValue,
    DocRef,
    Document,
    Mention,
    MentionIndex,
    Person,
    PersonMention,
    Place,
    PlaceMention,
    Sentence,
)
from ...gazetteer import KINGDOMS
from ...lexicon import Words
from ...textfold import plain_label
from ..clauses import COMMAS, Clause, clauses
from ..sentences import opens_with_headline
from ..slots import Frame, Unit, fill, groups, sentence_units

DASHES = {"-", "\u2013", "\u2014", "\u0640"}     # hyphen, en and em dash, tatweel
CLAUSE_ENDS = {"،", ",", "؛", ":", ".", "(", ")"}
PLACE_TRIGGERS = {"visit", "arrival", "talks", "meeting"}   # a capital right after one: where it happens
SUBJECT_ROLES = ("agent", "visitor", "host", "sender", "signatory", "participant")   # who acts, in frames.tsv
PURPOSE_TRIGGERS = {"signing", "visit", "meeting", "talks", "reception", "arrival"}
# a sentence opening with one is about what did not happen
OPENING_MODALS = {"planned", "denied", "postponed"}
COMING = {"next_week", "next_month", "day_after_tomorrow"}     # time words of days to come
# their present with one: planned (a visit too: 'X visits Y next week' is to come, no fact)
COMING_CHECKED = {"meeting", "talks", "reception", "signing", "discussed", "visit", "arrival"}
SINCE_REACH = 6     # words from 'since' to the date closing its phrase
MOST_STATES = 3     # a meeting or a document of more states is multilateral: no bilateral fact (the gold's)


@dataclass
class Context:
    """What the rules of one sentence can see."""

    doc: Document
    sent: Sentence
    ms: list[Mention]
    main_date: DateValue | None
    memory: dict[str, list[Person]] = field(default_factory=dict)
    anchor: Mention | None = None        # the trigger a rule is reading: arguments are tied to its clause

    def __post_init__(self) -> None:
        self.words: Words = self.doc.lang.words      # the word classes of the document's language
        self._units: list[Unit] | None = None
        self._bare_units: list[Unit] | None = None
        self._frames: dict[int, Frame] = {}
        self._kinds: MentionIndex[str] = MentionIndex(attrgetter("kind"))    # `of`'s index of `ms` by kind

    def units(self) -> list[Unit]:
        """The actors of the sentence (pipeline.slots), found once."""
        if self._units is None:
            self._units = sentence_units(self.doc, self.ms, self.is_place)
        return self._units

    def bare_units(self) -> list[Unit]:
        """The actors of the sentence with every capital read as its state (no place taken out), found
        once: several rules ask them for each trigger and gathering of a sentence."""
        if self._bare_units is None:
            self._bare_units = sentence_units(self.doc, self.ms)
        return self._bare_units

    def frame(self, trig: Mention) -> Frame:
        """The trigger's arguments, in the positions its frame names (`frames.tsv`), inside its clause."""
        if id(trig) not in self._frames:
            mine = self.clause_at(trig.start)
            units = [u for u in self.units()
                     if self.clause_at(u.start) == mine or not self.clause_at(u.start).embedded]
            held = self.held(trig)
            reach = (mine.start, mine.end) if held is None else (trig.end, self.clause_at(trig.end).end)
            self._frames[id(trig)] = fill(self.doc, trig, groups(self.doc, units), reach,
                                          lambda: self.antecedents(trig), held)
        return self._frames[id(trig)]

    def held(self, trig: Mention) -> str | None:
        """A noun trigger whose relative clause says who held it ('المحادثات التي أجراها X مع Y', 'المؤتمر
        الصحفي الذي عقده X مع Y'), or a verb after it says who took part ('مباحثات ثلاثية ضمت X وY'): its
        arguments are read in that clause, by the frame `<frame>-held` of `frames.tsv` (the subject after
        the verb); None when the trigger is not so told or has no such frame."""
        toks, k = self.doc.tokens, trig.end
        if trig.via is None or k + 1 >= self.sent.tok_end:
            return None
        comprising = self.words.of("comprising")
        relative = toks[k].text in self.words.of("relative") and toks[k + 1].text in self.words.of("held")
        # an indefinite noun's relative clause opens with its verb, after one adjective at most, and names
        # who held it right after the verb ('official talks that X held with Y': Arabic has no relative word)
        definite = toks[trig.start].text[len(trig.prefix):].startswith(self.words.prefix("definite"))
        relative = relative or not definite and any(
            toks[j].text in self.words.of("held") and not any(m.start == k for m in self.ms)
            and toks[k].text not in CLAUSE_ENDS
            and any(isinstance(m, PersonMention) and m.start == j + 1 for m in self.ms) for j in (k, k + 1))
        # 'talks that comprised X, Y and Z', after one adjective at most ('trilateral talks that comprised')
        if not relative and toks[k].text not in comprising and toks[k + 1].text not in comprising:
            return None
        name = f"{trig.via}-held"
        return name if name in self.doc.lang.frames else None

    def antecedents(self, trig: Mention) -> list[Unit]:
        """Whom a trigger's pronoun (or a subject left unsaid) may stand for, most likely first: the subject
        of the nearest trigger before it in another clause, the sentence's subject (its first bare person
        before the trigger, or the one quoted: 'عن X قوله خلال استقباله'), the others before it, nearest
        first; else the subject of the sentence before."""
        mine = self.clause_at(trig.start)
        here = [u for u in self.units() if u.end <= trig.start and u.person is not None
                and (self.clause_at(u.start) == mine or not self.clause_at(u.start).embedded)]
        bare = [u for u in here if u.intro in ("", "on-behalf")]
        envoys = self._envoys(here)
        if envoys:
            return envoys
        # the subject of the nearest trigger before it in another clause ('a visit X made, during which he met
        # Y, as he held a meeting with Z': X met Z too)
        # (not the host who 'received him' where: the one received, the pronoun, goes on)
        stays = {u.person for m in self.of("trigger") if m.end <= trig.start
                 and self.frame(m).how.get("guest") == "pronoun" for u in self.frame(m).units("host")}
        told = [u for m in reversed(self.of("trigger"))
                if m.end <= trig.start and self.clause_at(m.start) != mine
                for u in self.frame(m).units(*SUBJECT_ROLES)[:1] if u.person is not None
                and u.person not in stays]
        if told or bare:
            return list(dict.fromkeys([*told, *bare[:1], *reversed(bare[1:])]))
        if here and here[0].intro == "lam" and self.lam_subject(here[0]):
            return here[:1]     # 'X had a meeting with Y', with X after lam
        if self.sent.index == 0:
            return []
        prev = self.doc.in_sentence(self.sent.index - 1)
        return [u for u in sentence_units(self.doc, prev) if not u.intro and u.person is not None][:1]

    def _envoys(self, here: list[Unit]) -> list[Unit]:
        """'أوفد X وزير خارجيته Y إلى أديس أبابا، حيث استقبله W': after a verb of sending, the ones sent
        (named after its subject, nearest first), not the sender, who stays home."""
        toks = self.doc.tokens
        sender = next((u for u in here if u.start > self.sent.tok_start
                       and self.words.has_stripped(toks[u.start - 1].text, "send-verb")), None)
        if sender is None:
            return []
        # (not the one a message or an envoy is sent to: 'to President Y')
        return [u for u in reversed(here) if u.start > sender.start and u.person != sender.person
                and u.intro in ("", "bi")]

    def fronted_subject(self, trig: Mention, people: list[PersonMention]) -> Person | None:
        """A phrase with 'his visit' or 'his meeting with X' put first, nobody named before it: the person
        named right after the verb that follows its comma ('خلال زيارته إلى الصين، بحث الرئيس X', 'وفي لقائه
        بـX، أكد Y'), not a verb with an object pronoun."""
        toks = self.doc.tokens
        comma = next((k for k in range(trig.end, self.sent.tok_end) if toks[k].text in COMMAS), None)
        if comma is None or comma + 2 >= self.sent.tok_end:
            return None
        verb = toks[comma + 1].text
        if verb in self.words.of("object-verb") \
                or any(m.start == comma + 1 for m in self.ms if m.kind != "trigger"):
            return None
        subject = next((m for m in people if m.start == comma + 2), None)
        return subject.person if subject is not None else None

    def lam_subject(self, u: Unit) -> bool:
        """A unit after lam as the one who has ('وكان للرئيس لقاء'), not a noun's complement."""
        return not self.noun_complement(u.lead, u.intro == "lam")

    def lam_at(self, k: int) -> bool:
        """A mention opening at token k carries the clitic lam ('للزعيم', 'لرئيس')."""
        lam = self.words.form("lam")
        return any(m.start == k and m.prefix.startswith(lam) for m in self.ms)

    def noun_complement(self, lead: int, lam: bool) -> bool:
        """A person after lam right after a definite noun is that noun's complement, not who acts ('واليد
        اليمنى للزعيم': the leader's right hand is the one told of)."""
        return lam and lead > 0 and self.doc.tokens[lead - 1].text.startswith(self.words.prefix("definite"))

    @cached_property
    def clauses(self) -> list[Clause]:
        """The sentence's clauses (pipeline.clauses), cut on first use: most sentences tell no event."""
        return clauses(self.doc, self.sent)

    def clause_at(self, k: int) -> Clause:
        return next((c for c in self.clauses if c.start <= k < c.end), self.clauses[-1])

    def reachable(self, m: Mention) -> bool:
        """An argument the anchor may take: not inside an embedded clause (a relative clause, a bracket, a
        quotation) other than the anchor's own."""
        if self.anchor is None:
            return True
        mine, theirs = self.clause_at(self.anchor.start), self.clause_at(m.start)
        return theirs == mine or not theirs.embedded

    def in_clause(self, m: Mention) -> bool:
        """In the anchor's own clause (the strict tie, for the roles a trigger's clause must fill)."""
        return self.anchor is None or self.clause_at(m.start) == self.clause_at(self.anchor.start)

    def of(self, *kinds: str) -> list[Mention]:
        """The sentence's mentions of these kinds, in order (one kind: from the mentions indexed by kind
        once, and again only if the mentions changed)."""
        if len(kinds) != 1:
            return [m for m in self.ms if m.kind in kinds]
        return list(self._kinds.group(self.ms, kinds[0]))

    def persons(self) -> list[PersonMention]:
        """Every person mention of the sentence the anchor may take."""
        return [m for m in self.ms if isinstance(m, PersonMention) and self.reachable(m)]

    def dates(self) -> list[DateMention]:
        """Every date mention of the sentence."""
        return [m for m in self.ms if isinstance(m, DateMention)]

    def people(self) -> list[PersonMention]:
        """Person mentions, excluding those introduced by 'in the presence of' / 'witnessed'."""
        witness = [m.start for m in self.of("witness")]
        out = []
        for m in self.persons():
            if any(w < m.start and not self.clause_break(w, m.start) for w in witness):
                continue
            out.append(m)
        return out

    def mark_after(self, a: int, end: int | None = None) -> int:
        """The first clause mark (`CLAUSE_ENDS`) in tokens [a, end) (`end`: the sentence's end by default),
        else `end`: where what starts at a stops."""
        stop = self.sent.tok_end if end is None else end
        toks = self.doc.tokens
        return next((k for k in range(a, stop) if toks[k].text in CLAUSE_ENDS), stop)

    def mark_before(self, b: int) -> int | None:
        """The last clause mark (`CLAUSE_ENDS`) of the sentence before token b (None: none)."""
        toks = self.doc.tokens
        return max((k for k in range(self.sent.tok_start, b) if toks[k].text in CLAUSE_ENDS), default=None)

    def clause_break(self, a: int, b: int) -> bool:
        return any(self.doc.tokens[k].text in ("،", ",", ".", "؛") for k in range(a, b))

    def states(self, *, skip_places: bool = True, a: int = 0, b: int = 10**9,
               acting: bool = False) -> list[str]:
        """The states named in [a, b); `acting`: not a nisba without the article, which describes a thing
        ('طائرات فرنسية', French planes) rather than naming a state that acts."""
        out: list[str] = []
        place_ends = {m.end for m in self.ms if self.is_place(m)}
        definite = self.words.prefix("definite")
        for m in self.of("state"):
            if not (a <= m.start < b) or not self.reachable(m):
                continue
            if acting and m.via == "nisba" and not self.doc.tokens[m.start].text[len(m.prefix):].startswith(
                    definite):
                continue
            if skip_places and (self.is_place(m) or (m.start in place_ends and m.via == "nisba")):
                continue
            if m.iso and m.iso not in out:
                out.append(m.iso)
        for m in self.of("kingdom"):
            if a <= m.start < b and (iso := self.kingdom()) and iso not in out:
                out.append(iso)
        for m in self.of("group"):
            if a <= m.start < b:
                out += [iso for iso in _named_pair(m) if iso not in out]
        return out

    def kingdom(self) -> str | None:
        if self.doc.home in KINGDOMS:
            return self.doc.home
        return next((s for s in self.doc.focus[:2] if s in KINGDOMS), None)

    def is_place(self, m: Mention) -> bool:
        """A capital (or city) used as a place: 'في موسكو', 'بالرياض', 'إلى القاهرة', 'العاصمة أنقرة', 'زار
        بكين', 'محادثات القاهرة'."""
        if any(0 < m.start - t.end <= 2 for t in self.of("topic")):
            return False      # 'the situation in the Gaza Strip': what was discussed, not where
        if self._gathering_name(m):
            return False      # a summit named by a city: its name; where it is held follows
        if m.kind == "place":
            return True
        if m.kind != "state" or m.via != "capital":
            return False
        if any(t.end == m.start and t.value in PLACE_TRIGGERS for t in self.of("trigger")):
            return True       # a capital right after a visit or talks: where, not who
        toks = self.doc.tokens
        if self._dateline_word(m):
            return True       # a dateline ('Muscat - ...'): where the report comes from, not who acts
        prev = toks[m.start - 1].text if m.start > 0 else ""
        place_words = self.words.of("capital-word") | self.words.of("place-word")
        if any(toks[k].text in place_words for k in range(max(0, m.start - 3), m.start)):
            return True
        return any(c in (m.value or "") for c in self.words.of("place-clitic")) \
            or prev in self.words.of("before-place")

    def _gathering_name(self, m: Mention) -> bool:
        """A city right after a gathering's noun (or a word or two after it) that names it, the city it is
        held in told after 'in' within a few words ('قمة شنغهاي في أستانا', 'قمة منظمة شنغهاي في أستانا')."""
        toks, ins = self.doc.tokens, self.words.of("in")
        if not any(g.end <= m.start <= g.end + 2 and all(t.text not in ins for t in toks[g.end:m.start])
                   for g in self.of("gathering")):
            return False
        held = {q.start - 1 for q in self.ms if q.kind in ("place", "state") and q.via != "nisba"}
        return any(toks[k].text in ins and k in held for k in range(m.end, min(m.end + 4, self.sent.tok_end)))

    def place_at(self, k: int) -> PlaceMention | None:
        """The city or state (by its name or capital, not a nisba) named from token k ('في موسكو' at
        'موسكو', 'من نيجيريا' at 'نيجيريا')."""
        return self.place_where(lambda q: q.start == k)

    def place_where(self, holds: Callable[[PlaceMention], bool]) -> PlaceMention | None:
        """The first city or state of the sentence (by its name or capital, not a nisba) for which `holds` is
        true: the one scan for a place that rules tie to a position ('in' before it, a verb of hosting
        beside it, the token after 'then in')."""
        return next((q for q in self.ms if isinstance(q, PlaceMention) and q.kind in ("place", "state")
                     and q.via != "nisba" and holds(q)), None)

    def past_time(self, k: int, reach: int = 6) -> int:
        """Past the time phrases and commas told from token k, within `reach` words (', الثلاثاء، في
        طوكيو', 'مساء أمس في برلين', 'صباح اليوم', 'يوم الأحد', 'الأسبوع الماضي'): where the next word is. A
        part of the day ('مساء', `time-lead`) is passed only before its day or time."""
        toks, end = self.doc.tokens, self.sent.tok_end
        told = {j for q in self.ms if q.kind in ("date", "time") for j in range(q.start, q.end)}
        leads = self.words.of("time-lead")
        start = k
        while k < end and k - start < reach:
            if k in told or toks[k].text in COMMAS:
                k += 1
            elif toks[k].text in leads and k + 1 < end and (k + 1 in told or toks[k + 1].text in leads):
                k += 1
            else:
                break
        return k

    def only_as_place(self, iso: str) -> bool:
        """The state is named in the sentence only where something is ('اجتماع مجموعة العشرين في إندونيسيا',
        'بإندونيسيا'): a place, no state whose officials are there."""
        toks, ins, clitics = self.doc.tokens, self.words.of("in"), self.words.of("place-clitic")
        named = [m for m in self.of("state") if m.iso == iso]
        return bool(named) and all(m.start > self.sent.tok_start and toks[m.start - 1].text in ins
                                   or any(c in m.prefix for c in clitics) for m in named)

    def across_border(self, m: Mention) -> bool:
        """The state named is the far side of a border ('الحدود مع لبنان', 'الجدار الحدودي مع المكسيك',
        'الحدود الشمالية مع'): a place on the near side, no state visited or acting."""
        toks = self.doc.tokens
        k = m.start - 1
        if k <= self.sent.tok_start or toks[k].text not in self.words.of("with"):
            return False
        lo = max(self.sent.tok_start, k - 3)
        return any(self.words.has(toks[j].text, "frontier") for j in range(lo, k))

    def _dateline_word(self, m: Mention) -> bool:
        """The city opening a dateline: 'مسقط - ...', or with its date 'القاهرة في 14 أغسطس 2019 - ...',
        'القاهرة، 14 أغسطس /أ ش أ/ ...' (the date closed by a dash, slash or bracket; a day and month with
        no year, 'هراري/ 13 تموز/يوليو/ارنا', is one too, dated or not)."""
        toks, end = self.doc.tokens, self.sent.tok_end
        if m.start != self.sent.tok_start or m.end >= end:
            return False
        if toks[m.end].text in DASHES:
            return True
        marks = self.words.of("dateline-mark")
        return any(d.start - m.end <= 1 and d.end < end and toks[d.end].text in marks for d in self.dates()) \
            or any(0 < q.start - m.end <= 3 and q.end < end and toks[q.end].text in marks and
                   toks[q.start - 1].text.isdecimal() for q in self.of("month"))

    def places(self, a: int = 0, b: int = 10**9) -> list[Place]:
        """Where events of the sentence happen (not the dateline: that is `_dateline`'s fallback)."""
        out = []
        for m in self.ms:
            if a <= m.start < b and isinstance(m, PlaceMention) and self.reachable(m) and self.is_place(m) \
                    and not self._dateline_word(m) \
                    and m.place is not None \
                    and m.place not in out:
                out.append(m.place)
        return out

    def groups(self) -> list[str]:
        """The two states 'the two countries' stands for: those a dual names ('الكوريتين'), else the
        article's."""
        named = [iso for m in self.of("group") for iso in _named_pair(m)]
        if named:
            return list(dict.fromkeys(named))
        if self.of("group"):
            return list(self.doc.focus[:2])
        return []

    def _modal_near(self, trig: Mention) -> str | None:
        """A modal word in the trigger's clause before it, or a future verb just after it."""
        toks = self.doc.tokens
        lo = trig.start
        while lo > self.sent.tok_start and trig.start - lo < 7 and toks[lo - 1].text not in CLAUSE_ENDS:
            lo -= 1
        for m in self.of("modal"):
            if toks[m.start].text in self.words.of("towards") and trig.start != m.end:
                continue        # 'towards signing', not 'after about two months' (the same word)
            if m.value == "negated" and self._but_only(trig):
                continue            # 'did not establish relations with it until January 1992': did then
            if lo <= m.start <= trig.start or (m.start == trig.end and m.value == "planned"):
                return m.value      # 'it is expected that X visits', 'the awaited signing'
            if trig.end <= m.start <= trig.end + 8 \
                    and toks[m.start].text.startswith(self.words.prefix("future")):
                return m.value
        return None

    def _but_only(self, trig: Mention) -> bool:
        """An exceptive after the trigger, just before a date ('لم تقم علاقات ... إلا في يناير 1992')."""
        toks, words = self.doc.tokens, self.words.of("but-only")
        dates = [m.start for m in self.dates() if m.start > trig.end]
        return any(toks[k].text in words and any(0 < d - k <= 3 for d in dates)
                   for k in range(trig.end, min(trig.end + 8, self.sent.tok_end)))

    def _put_off_after(self, trig: Mention) -> str | None:
        """'زيارة X إلى باريس تتأجل مجددا': a noun of visiting or meeting whose predicate, later in its
        clause, is a verb in the present of putting it off (word class `put-off-verb`), no particle before
        it ('قبل أن يرجأ موعدها' tells what came before, not the predicate): postponed."""
        if not (trig.via or "").endswith(("-noun", "-noun-pronoun")):
            return None
        end, toks = self.clause_at(trig.start).end, self.doc.tokens
        return "postponed" if any(self.words.has_stripped(toks[k].text, "put-off-verb")
                                  and not self.words.has(toks[k - 1].text, "subjunctive")
                                  for k in range(trig.end, end)) else None

    def _irrealis(self, trig: Mention) -> str | None:
        """A verb told as a possibility or a question, not as a fact: 'perhaps', 'is it that' right before it
        ('ربما يزور', 'هل زار'), or a subjunctive particle right before a verb in the present ('أن يلتقي',
        'قد تزور': that he meet, he may visit), unless 'before' opens it ('قبل أن يتوجه': told as done)."""
        toks, k = self.doc.tokens, trig.start - 1
        if k < self.sent.tok_start:
            return None
        if self.words.has(toks[k].text, "irrealis"):
            return "conditional"
        verb = toks[trig.start].text[len(trig.prefix):]
        if not (self.words.has(toks[k].text, "subjunctive") and self.words.has(verb, "present-verb")):
            return None
        told = k > self.sent.tok_start and self.words.has(toks[k - 1].text, "told-before")
        return None if told else "planned"

    def _modal_opening(self, trig: Mention) -> str | None:
        """A sentence opening with a modal ('it is scheduled that', 'sources denied') or a future verb."""
        toks = self.doc.tokens
        which, conj = self.words.of("which"), "".join(sorted(self.words.of("conjunction")))
        for m in self.of("modal"):
            if m.start >= trig.start or any(toks[k].text in which for k in range(m.end, trig.start)):
                continue
            if m.start - self.sent.tok_start <= 1 and m.value in OPENING_MODALS:
                # 'it is scheduled that he heads ... on a visit', 'sources denied ... signing'
                return m.value
            future = toks[m.start].text.lstrip(conj).startswith(self.words.prefix("future"))
            if m.value == "planned" and future:
                if m.start - self.sent.tok_start <= 2:
                    return "planned"      # 'John Kerry will have ... during a meeting': about the future
                if trig.start > 0 and toks[trig.start - 1].text in self.words.of("then"):
                    return "planned"      # 'he will head to Singapore, then visit Malaysia': still the future
        return None

    def _present_with_day(self, trig: Mention) -> bool:
        """A verb in the present with a day named in its clause that is not past: a coming period ('next
        week'), a weekday alone (not 'today, Tuesday'), or a day and month later in the year than the
        publication ('يلتقي ترامب الثلاثاء', 'يلتقي ترامب في 20 مارس'): what is to come, as wire headlines
        announce it."""
        toks, pub = self.doc.tokens, self.doc.published
        if pub is None or not self.words.has(toks[trig.start].text[len(trig.prefix):], "present-verb"):
            return False
        clause = self.clause_at(trig.start)
        if trig.value in COMING_CHECKED and any(
                m.value in COMING and clause.start <= m.start < clause.end
                and self._words_between(trig.end, m.start) <= 8
                for m in self.of("time")):
            return True     # 'X meets Y next week' (next month, the day after tomorrow)
        today = {m.end for m in self.of("time") if m.value == "today"}
        for m in self.dates():
            if not (clause.start <= m.start < clause.end and self._words_between(trig.end, m.start) <= 8):
                continue
            if m.value == "weekday" and m.start not in today:
                return True
            said_year = any(len(toks[k].text) == 4 and toks[k].text.isdigit() for k in range(m.start, m.end))
            if m.value == "explicit" and m.date.day and not said_year \
                    and (m.date.month or 0, m.date.day) > (pub.month, pub.day):
                return True
        return False

    def _words_between(self, a: int, b: int) -> int:
        """Tokens between a and b (either order), a person's name and title counting as one word: the
        subject and the object between a verb and its day ('يلتقي ولي العهد ... الرئيس الأمريكي الثلاثاء')."""
        a, b = min(a, b), max(a, b)
        covered = {k for m in self.of("person") for k in range(max(a, m.start + 1), min(b, m.end))}
        return b - a - len(covered)

    def multilateral_side(self, trig: Mention) -> bool:
        """One side of the trigger is a body's members: a plural office right before a multilateral body in
        the trigger's clause ('اجتمع وزراء خارجية دول مجلس التعاون مع X'): no meeting between two states.
        Not the members of a gathering named ('التقى X Y على هامش اجتماع وزراء خارجية مجموعة العشرين')."""
        clause = self.clause_at(trig.start)
        bodies = [m.start for m in self.of("multilateral") if clause.start <= m.start < clause.end]
        # not the members a gathering noun right before them names: where it happened, not who met
        gatherings = {m.end for m in self.of("trigger", "gathering") if m is not trig}
        return any(m.via == "pl" and any(0 <= b - m.end <= 2 for b in bodies) and m.start not in gatherings
                   for m in self.of("office") if clause.start <= m.start < clause.end)

    def modal(self, trig: Mention) -> str | None:
        """Why the event did not happen (planned, hoped, denied, postponed, negated), or None."""
        toks = self.doc.tokens
        found = self._modal_near(trig) or self._irrealis(trig) or self._put_off_after(trig)
        if found is not None:
            return found
        word = toks[trig.start].text
        if word.startswith(self.words.prefix("future")) and len(word) > 4:
            return "planned"
        found = self._modal_opening(trig)
        if found is not None:
            return found
        if trig.end < self.sent.tok_end and toks[trig.end].text in self.words.of("under-way"):
            return None     # 'his current visit': under way
        if self._present_with_day(trig):
            return "planned"
        if trig.prefix == self.words.form("lam") and trig.value in PURPOSE_TRIGGERS \
                and not self._carried_out(trig):
            return "planned"
        for m in self.of("time"):
            if m.value == "future_marker" and self._coming_from(m):
                continue        # 'coming from' a place: no time to come
            if m.value in ("future_marker", "tomorrow") and abs(m.start - trig.end) <= 6:
                return "planned"
            if m.value == "tomorrow" and m.start < trig.start:
                # 'the president takes part tomorrow in the summit ... and the summit ...'
                return "planned"

        return None

    def _coming_from(self, m: Mention) -> bool:
        """'coming' (قادمة) followed by 'from': where a visitor comes from."""
        return m.end < self.sent.tok_end and self.doc.tokens[m.end].text in self.words.of("from")

    def _carried_out(self, trig: Mention) -> bool:
        """A noun whose relative clause says who carried it out ('للزيارة التي قام بها X', 'as a sequel to
        the visit that X made'): told as done, not a purpose."""
        toks, k = self.doc.tokens, trig.end
        return k + 1 < self.sent.tok_end and toks[k].text in self.words.of("relative") \
            and (toks[k + 1].text in self.words.of("performed") or toks[k + 1].text in self.words.of("held"))

    def date(self, near: int | None = None, window: int = 10**9, *, since: bool = False) -> DateValue | None:
        toks = self.doc.tokens
        since_, which = self.words.of("since"), self.words.of("which")
        dates = [d for d in self.dates() if since or not self._since_phrase(d.start)]
        if near is not None:
            dates = [d for d in dates if abs(d.start - near) <= window and not any(
                toks[k].text in which for k in range(near + 3, d.start)) and not any(
                toks[k].text in since_ for k in range(near, d.start))]
            # the nearest in the trigger's own clause first ('X visited A in 2006, while Y visited B in 2009')
            mine = self.clause_at(near)
            dates.sort(key=lambda d: (self.clause_at(d.start) != mine, self._reported(d.end, near),
                                      abs(d.start - near), d.start))
            if dates:
                return _refined(dates[0].date, [d.date for d in dates if self.clause_at(d.start) == mine])
        if dates:
            return dates[0].date
        return None

    def _since_phrase(self, start: int) -> bool:
        """A date closing a 'since' phrase ('منذ 2012', 'منذ توليها رئاسة الحكومة في أكتوبر الماضي'): the
        start of a period, not the date of an event; the phrase ends at a comma."""
        toks, since = self.doc.tokens, self.words.of("since")
        for k in range(start - 1, max(self.sent.tok_start, start - SINCE_REACH) - 1, -1):
            if toks[k].text in COMMAS:
                return False
            if toks[k].text in since:
                return True
        return False

    def _reported(self, a: int, b: int) -> bool:
        """A 'that' (أن) between a date and the trigger after it: the date is the report's ('announced
        yesterday that the minister visited Tokyo on 12 February'), not the event's."""
        toks, that = self.doc.tokens, self.words.of("complementizer")
        return any(toks[k].text in that for k in range(a, b))

    def background(self) -> bool:
        return bool(self.of("background"))

    def event_date(self, trig: Mention) -> DateValue | None:
        d = self.date(trig.start, 25)
        if d is not None:
            return d
        if any(m.value == "recently" for m in self.of("time")):
            return None       # 'recently', 'in recent weeks': no date, not the publication's
        if any(m.value == "year" for m in self.dates()):
            # a sentence recalling a year ('the aggression of 2006 and the visit of ... to Beirut') tells
            # events of that time (its nearest date, but one after 'since'): not of the publication day
            return self.date(trig.start)
        arrived = self._on_arrival()
        if arrived is not None:
            return arrived
        around = self._around_told()
        if around is not None:
            return around
        if self.background() or self.headline():
            return None       # a headline's event takes its date from the body it sums up (see resolve)
        toks = self.doc.tokens
        that, anaphoric = self.words.of("that"), self.words.of("anaphoric")
        if self.sent.index > 0 and any(toks[k].text in that and toks[k + 1].text in anaphoric
                                       for k in range(self.sent.tok_start, self.sent.tok_end - 1)):
            # 'Shoukry also held talks during that visit': the date of the visit told just before
            before = [m.date for m in self.doc.in_sentence(self.sent.index - 1, "date")
                      if isinstance(m, DateMention) and m.value in ("explicit", "hijri", "relative")]
            if before:
                return before[0]
        return self.main_date

    def _on_arrival(self) -> DateValue | None:
        """'وكان في استقباله لدى وصوله': what happened on the arrival told before is dated by it (the date
        of the last visit read so far)."""
        toks, arrival = self.doc.tokens, self.words.prefix("arrival-noun")
        if self.sent.index == 0 or not any(
                toks[k].text.startswith(arrival) and len(toks[k].text) > len(arrival[0])
                for k in range(self.sent.tok_start, self.sent.tok_end)):
            return None
        visits = [e.date for e in self.doc.events if e.type == "visit" and e.date is not None]
        return visits[-1] if visits else None

    def _around_told(self) -> DateValue | None:
        """'قبيل المراسم', 'عقب المحادثات': what happened just before or after an event told before (a
        ceremony, the talks) is of its day (the date of the last dated event read so far)."""
        toks, around = self.doc.tokens, self.words.of("just-around")
        told = self.words.of("anaphoric") | self.words.of("ceremony")
        if self.sent.index == 0 or not any(toks[k].text in around and toks[k + 1].text in told
                                           for k in range(self.sent.tok_start, self.sent.tok_end - 1)):
            return None
        dated = [e.date for e in self.doc.events if e.date is not None and e.sent < self.sent.index]
        return dated[-1] if dated else None

    def headline(self) -> bool:
        """The article's first line, a title with no closing stop, above the body."""
        return self.sent.index == 0 and opens_with_headline(self.doc)

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
        gz = self.doc.lang.gazetteer
        role = m.role or "leader"
        out = []
        here = [m.person for m in self.people() if m.person and m.person.named]   # not those merely present
        for iso in states:
            p = next((q for q in here if q.iso == iso and (role in ("leader", None) or q.role == role)), None)
            if p is None and role in ("president", "leader"):
                p = self.recall(iso, role)
            if p is None and role not in ("leader", "parliament"):
                p = gz.holder(iso, role, self.doc.as_of)
            out.append(p or self.unnamed(iso, role))
        return out

    def unnamed(self, iso: str, role: str) -> Person:
        """An office holder of `iso` the text does not name."""
        gz = self.doc.lang.gazetteer
        return Person(key=f"{iso.lower()}-office-{role}", ar=gz.office_label(role, iso), iso=iso, role=role,
                      en=gz.office_label(role, iso, "en"), named=False)

    def delegations(self, units: list[Unit]) -> list[Person]:
        """The states' delegations among `units`: a state's nisba right after a delegation word ('وفدا
        سعوديا', 'الوفد الأمريكي'), as an unnamed official of it (the gold's convention); not a delegation of
        a kind ('وفدا إعلاميا مصريا': the press) or of a body ('وفد النادي الأهلي السعودي'). So are the nisbas
        after 'the two sides' ('بين الجانبين الأردني والفلسطيني'), the second joined to the first by 'and'."""
        toks, out = self.doc.tokens, []
        sides = False
        for u in units:
            before = toks[u.start - 1].text if u.start > self.sent.tok_start else ""
            sides = u.person is None and (before in self.words.of("sides") or sides and u.joined)
            if u.person is None and u.iso and (before in self.words.of("state-delegation") or sides):
                out.append(self.unnamed(u.iso, "other"))
        return list(dict.fromkeys(out))


def _persons(ms: Sequence[PersonMention]) -> list[Person]:
    """The people of the mentions, each once, in order."""
    out: list[Person] = []
    for m in ms:
        if m.person not in out:
            out.append(m.person)
    return out


def _list_end(ctx: Context, end: int) -> int:
    """Where the states listed after a plural office end: 'وزراء خارجية روسيا وإيران وتركيا لبحث النزاع
    السوري' lists three (a state named further on is no holder's, nor a capital after 'in': 'اليوم في
    أستانا'): the first within two words, each next one right after the last or after a comma."""
    toks, first = ctx.doc.tokens, True
    for m in sorted(ctx.of("state", "kingdom"), key=lambda x: x.start):
        if m.start >= end:
            gap = [toks[k].text for k in range(end, m.start)]
            if len(gap) > 2 or ctx.clause_break(end, m.start) \
                    or not first and not all(w in COMMAS or w in ctx.words.of("list-joiner") for w in gap):
                break
            end, first = m.end, False
    return end


def _plural_offices(ctx: Context) -> list[tuple[Mention, list[Person]]]:
    out = []
    toks, heads = ctx.doc.tokens, ctx.words.of("heads-of-thing")
    for m in ctx.of("office"):
        nxt = [toks[k].text for k in range(m.end, min(m.end + 2, ctx.sent.tok_end))]
        number = nxt[1:] if nxt[:1] and nxt[0] in ctx.words.of("article") else nxt[:1]    # 'the 29', '27'
        if m.via not in ("du", "pl") or nxt[:1] and nxt[0] in heads or number[:1] and number[0].isdigit():
            continue        # heads of newspapers (editors); the 29 foreign ministers: a body of many states
        after = ctx.states(a=m.end, b=_list_end(ctx, m.end))
        here = list(dict.fromkeys([p.person.iso for p in ctx.persons() if p.person and p.person.iso]
                                  + [iso for iso in ctx.states() if not ctx.only_as_place(iso)]))
        # a dual ('the two presidents') may stand for the article's two states; a plural ('the leaders') not
        fallback = list(ctx.doc.focus[:2]) if m.via == "du" else []
        # (ministers of a portfolio stand only for the states listed after them: 'defence ministers of X, Y')
        told = here if len(here) >= 2 and m.role != "minister" else fallback
        states = after if len(after) >= 2 else told
        if m.via == "du" and len(states) > 2:     # "the two presidents" of three states: the two named
            states = list(dict.fromkeys(p.person.iso for p in ctx.persons() if p.person and p.person.iso))
            states = states if len(states) == 2 else []
        if len(states) >= 2:
            out.append((m, ctx.group_people(m, states)))
    return out


QUOTES = {"\"", "«", "»", "“", "”"}


def _title_end(ctx: Context, a: int) -> int:
    """End of a document's title: the noun phrase from the document noun to punctuation, a clause word,
    a date or place; quotes are part of the title ('الإعلان المتعلق بـ"الشراكة الاستثنائية"')."""
    toks = ctx.doc.tokens
    b = a
    by_start: dict[int, Mention] = {}
    for m in sorted(ctx.ms, key=lambda x: x.kind in ("state", "docnoun")):
        by_start.setdefault(m.start, m)      # a person or a trigger wins over a state at the same word
    quoted = a > 0 and toks[a - 1].text in QUOTES
    while b < ctx.sent.tok_end and b - a < 22:
        t = toks[b].text
        if t in QUOTES:
            if quoted:
                break
            quoted = True
            b += 1
            continue
        if t in ("،", ",", ".", "؛", "(", ")", ":") or t in ctx.words.of("title-stop"):
            break
        at = by_start.get(b)
        if b > a and at is not None and at.kind in ("date", "time", "witness", "trigger", "person", "office",
                                                    "courtesy", "deputy") and at.value not in (
                "establishment", "relations", "resumption"):
            break
        if t in ctx.words.of("in") and b + 1 < ctx.sent.tok_end:
            nxt = by_start.get(b + 1)
            if nxt is not None and (nxt.kind in ("date", "time", "place") or ctx.is_place(nxt)):
                break
            if toks[b + 1].text in ctx.words.of("in-year") or toks[b + 1].text.isdecimal():
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
    title = plain_label(ctx.doc.text[a:b]).strip(" \"«»“”")
    if m.prefix and title.startswith(ctx.words.form("lam")) \
            and toks[m.start].text.startswith(ctx.words.prefix("lam-article")):
        title = ctx.words.form("alef") + title        # lam-lam + word -> the article + word
    folded = plain_label(" ".join(t.text for t in toks[m.start:end] if t.text not in QUOTES))
    if m.prefix and folded.startswith(m.prefix):
        folded = folded[len(m.prefix):]
    return DocRef(kind=m.value or "other", title=title, folded=folded)


def _named_pair(m: Mention) -> list[str]:
    """The states a dual names by itself ('الكوريتين', the two Koreas: cues.tsv value 'KP KR'); none for
    'the two countries'."""
    return [v for v in (m.value or "").split() if len(v) == 2 and v.isupper()]


def _fill_from_focus(ctx: Context, found: list[str]) -> list[str]:
    """Complete a pair with the article's states, only when what was found belongs to them: 'وقعت
    المملكة اتفاقية' in an article about Saudi Arabia and Japan; not 'إثيوبيا' in an article on Egypt."""
    focus = list(ctx.doc.focus[:2])
    if len(found) >= 2 or any(iso not in focus for iso in found) or ctx.of("multilateral"):
        return found      # ... and never in a sentence about a multilateral body or summit
    return list(dict.fromkeys(found + focus))


def _pair(ctx: Context, a: int = 0, b: int = 10**9) -> list[str]:
    states = ctx.states(a=a, b=b)
    if len(states) < 2:
        states = list(dict.fromkeys(states + ctx.states()))
    return _fill_from_focus(ctx, states)[:2]


def _dateline(ctx: Context) -> Place | None:
    return ctx.doc.dateline_place if ctx.sent.index <= 2 else None


def _refined(date: DateValue, clause: list[DateValue]) -> DateValue:
    """A year (or month) the clause names again more precisely ('throughout 2017, crowned by the visit of
    ... on 11 December 2017'): the precise date."""
    finer = [d for d in clause if d.year == date.year and len(d.iso()) > len(date.iso())
             and (date.month is None or d.month == date.month)]
    return finer[0] if finer else date
