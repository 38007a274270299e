"""Slots: a trigger's arguments, taken in the positions its frame names, inside its clause.

A trigger row of `triggers.tsv` names a frame (its `frame` column); `frames.tsv` lists, for each frame,
its roles and, for each role, the positions that fill it, tried in order. A rule asks `ctx.frame(trig)`
for the people and states of a role, so a new trigger is a row (with a frame the file has), not code.

The actors of a sentence are *units*: a person (every mention that names or stands for that person, with
an apposition after a comma: 'سامح شكري، وزير الخارجية،') or a state acting (a name or a nisba that is
not a place). Units joined by 'and' are one *group* ('الرئيس X ونظيره Y'). Each unit knows what
introduces it: nothing (a bare noun phrase: subject or object), a clitic (`lam`: 'للرئيس', 'لفخامته';
`bi`: 'بالرئيس') or a preposition before it (`with`: مع, `to`: إلى, `at`: لدى, `from`: من, `between`:
بين, `on-behalf`: عن, `in`: في). Positions:

    before    the nearest bare group before the trigger, in its clause (SVO: 'الملك يستقبل')
    after     the first unused bare group after the trigger, in its clause (VSO: 'استقبل الملك X الرئيس Y')
    genitive  the bare group right after a noun trigger ('زيارة الرئيس', 'تهاني الرئيس')
    pronoun   the trigger word's pronoun suffix ('زيارته', 'استقبله'): the subject of the sentence (the first
              bare person before the trigger), else of the sentence before
    with, lam, bi, to, at, from, between, in
              the first unused group after the trigger introduced so
    with-before  the nearest group introduced by 'with' before the trigger, in its clause ('عقد X مع Y
              جلسة مباحثات': the verb that holds the talks comes first)
    side      the people named after each 'عن الجانب X' ('on the X side') after the trigger
    witness   the group a witness word introduces, before or after the trigger ('بحضور X', 'شهد X التوقيع')

A group is given to one role only. Units inside another clause are out of reach (`Context.reachable`:
an embedded relative clause, bracket or quotation other than the trigger's own), and so are the units
after a later trigger of another event kind in the same clause.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from operator import attrgetter

from ..document import Document, Mention, Person, PersonMention, PlaceMention
from .clauses import COMMAS
from .names import Names, head_of_place

PREPOSITIONS = ("with", "to", "at", "from", "between", "on-behalf", "in")     # word classes of words.tsv
LATER_MEETINGS = ("meeting", "talks", "summit")      # trigger values of a gathering a later noun may name
NP_LEAD = ("courtesy", "office", "counterpart", "deputy")     # mention kinds that open a person's noun phrase


@dataclass(frozen=True)
class Unit:
    """One actor of a sentence: a person, or a state acting with no person named."""

    start: int                  # token range [start, end), from the first word of its first mention
    end: int
    lead: int                   # where its noun phrase begins: courtesy words and titles before it included
    person: Person | None
    iso: str | None
    intro: str                  # what introduces it ('' bare, 'lam', 'bi', or a preposition class)
    joined: bool                # joined to the unit before it by 'and'


@dataclass
class Group:
    """Units joined by 'and': 'الرئيس X ونظيره Y'."""

    units: list[Unit]

    @property
    def start(self) -> int:
        return self.units[0].start

    @property
    def end(self) -> int:
        return self.units[-1].end

    @property
    def intro(self) -> str:
        return self.units[0].intro


@dataclass
class Frame:
    """The roles of one trigger, each with the units that fill it and the position that filled it."""

    trigger: Mention
    roles: dict[str, list[Unit]] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)
    others: dict[str, list[Unit]] = field(default_factory=dict)     # what else a pronoun or 'after' may be

    def units(self, *roles: str) -> list[Unit]:
        return [u for r in roles for u in self.roles.get(r, [])]

    def people(self, *roles: str) -> list[Person]:
        """The people of the roles, each once, in order."""
        out: list[Person] = []
        for u in self.units(*roles):
            if u.person is not None and u.person not in out:
                out.append(u.person)
        return out

    def states(self, *roles: str) -> list[str]:
        """The states of the roles (a person's, or the state acting), each once, in order."""
        return list(dict.fromkeys(u.iso for u in self.units(*roles) if u.iso))

    def filled(self, role: str) -> bool:
        return bool(self.roles.get(role))


def _has_and(doc: Document, k: int, lexical: dict[int, list[Mention]]) -> bool:
    """Token k carries 'and' as a clitic: a mention there strips it ('ووزير', 'وأردوغان') or is a row spelt
    with it ('ونظيره'); with no mention there, a word beginning with waw that is no name ('وليد'). A word
    of its own beginning with waw ('وزير', 'ولي العهد') is not 'and'."""
    words = doc.lang.words
    and_ = words.prefix("and")
    word = doc.tokens[k].text
    here = [m for m in lexical.get(k, []) if not isinstance(m, PersonMention)]
    if here:
        return any(m.prefix.startswith(and_) or (m.kind == "counterpart" and not m.prefix
                                                 and word.startswith(and_)) for m in here)
    return word.startswith(and_) and not words.has(word, "name-waw")


def _lead(doc: Document, k: int, courtesy: set[int], lexical: dict[int, list[Mention]]) -> int:
    """The first word of the noun phrase whose name begins at token k: courtesy words and titles before it
    count, up to one joined by 'and' (where a conjunct begins: 'وزير الدفاع وفخامة الرئيس'); so does a
    counterpart and one word not read, before a comma ('ونظيره الباراغواني، X')."""
    while k - 1 in courtesy and not _has_and(doc, k, lexical):
        k -= 1
    if k > 2 and doc.tokens[k - 1].text in COMMAS and not lexical.get(k - 2):
        # a counterpart whose nisba is not known ('and his Paraguayan counterpart, X'), then the name
        j = k - 3
        if any(m.kind == "counterpart" and m.end == k - 2 for m in lexical.get(j, [])):
            return j
    return k


def _kin_words(doc: Document, ms: list[Mention]) -> set[int]:
    """Tokens of the sentence that open a person's noun phrase without being mentions: 'وأخوه', 'أخيه'
    ('and his brother X', the wire style for two heads of state) and 'and' + a counterpart."""
    words = doc.lang.words
    sent = doc.sentences[ms[0].sent] if ms else None
    if sent is None:
        return set()
    texts = map(attrgetter("text"), doc.tokens[sent.tok_start:sent.tok_end])
    return {sent.tok_start + k for k in words.stripped_at(texts, "kin")}


def _intro(doc: Document, k: int, lexical: dict[int, list[Mention]]) -> tuple[str, bool]:
    """What introduces the unit whose noun phrase begins at token k, and whether it is joined to the one
    before by 'and'."""
    toks, words = doc.tokens, doc.lang.words
    prefix = max((m.prefix for m in lexical.get(k, []) if m.prefix), key=len, default="")
    and_ = words.prefix("and")
    word = toks[k].text
    if not prefix and word[1:] in words.of("title-pronoun"):
        prefix = word[:1]           # a clitic on a title pronoun ('to his excellency')
    elif not prefix and word[2:] in words.of("title-pronoun"):
        prefix = word[:2]
    joined = _has_and(doc, k, lexical)
    clitics = prefix[1:] if prefix.startswith(and_) else prefix
    if clitics.startswith(words.form("lam")):
        return "lam", joined
    if clitics.startswith(words.form("bi")):
        return "bi", joined
    if k == 0:
        return "", joined
    prev = toks[k - 1].text
    if k > 1 and prev in words.of("from") and toks[k - 2].text in words.of("each"):
        return "", joined           # 'each of X and Y': a list
    if prev in words.of("side"):
        return "side", joined       # 'on the Jordanian side': a side, not an actor
    if prev in words.of("sides") and k > 1:
        prev = toks[k - 2].text     # 'between the two sides, the Jordanian and the Palestinian'
    stem = prev[1:] if prev.startswith(and_) and len(prev) > 2 else prev
    for cls in PREPOSITIONS:
        if prev in words.of(cls) or stem in words.of(cls):
            return cls, joined or prev != stem
    return "", joined


def sentence_units(doc: Document, ms: list[Mention], is_place: Callable[[Mention], bool] | None = None
                   ) -> list[Unit]:
    """The actors of one sentence, in order (`ms`: its mentions; `is_place(m)`: a state mention used as a
    place, which is no actor)."""
    lexical: dict[int, list[Mention]] = {}
    courtesy: set[int] = set()
    for m in ms:
        lexical.setdefault(m.start, []).append(m)
        if m.kind in NP_LEAD:       # the titles a name follows belong to its noun phrase
            courtesy.update(range(m.start, m.end))
    courtesy |= _kin_words(doc, ms)
    names = Names(doc)     # a city's mayor: his title opens the noun phrase
    courtesy |= {m.start - 1 for m in ms if m.kind in ("state", "place") and m.start > 0
                 and head_of_place(names, ms, m.start - 1)}
    people = sorted((m for m in ms if isinstance(m, PersonMention)), key=lambda m: (m.start, -m.end))
    covered = {k for m in people for k in range(m.start, m.end)}
    places = {m.end for m in ms if isinstance(m, PlaceMention) and (is_place is not None and is_place(m))}
    states = [m for m in ms if isinstance(m, PlaceMention) and m.kind == "state" and m.iso
              and m.start not in covered and not (is_place is not None and is_place(m))
              and not (m.via == "nisba" and m.start in places)]      # the nisba of a city: where
    found = sorted([*people, *states], key=lambda m: (m.start, -m.end))
    units: list[Unit] = []
    stateless: set[int] = set()         # units whose person acts for no state
    for m in found:
        if _of_institution(doc, _lead(doc, m.start, courtesy, lexical)):
            continue        # 'the embassy of X', 'X's palace': X owns a place, X does not act
        person = m.person if isinstance(m, PersonMention) else None
        iso = person.iso if person is not None else m.iso
        last = units[-1] if units else None
        # a title right after the last unit's name is its apposition, unless 'and' opens it (a new conjunct)
        titles: AbstractSet[int] = courtesy if last is not None and not _has_and(doc, last.end, lexical) \
            else frozenset()
        if last is not None and _same_actor(doc, last, m, person, iso, titles):
            if person is not None and _of_non_state_body(doc, m, m.start, False, lexical):
                stateless.add(len(units) - 1)   # 'the president X, president of the republic of <region>'
            units[-1] = _merged(last, m, person, iso, len(units) - 1 in stateless)
            continue
        lead = _lead(doc, m.start, courtesy, lexical)
        intro, joined = _intro(doc, lead, lexical)
        body = _state_body(doc, m) if person is None else None
        if body is not None:        # 'and the Indian trade ministry': begun by the ministry, 'and' on it
            lead, joined = body
            intro = _intro(doc, lead, lexical)[0]
        if person is not None and _of_non_state_body(doc, m, lead, joined, lexical):
            person, iso = None, None        # the head of a party, a company, the UN: acts for no state
            stateless.add(len(units))
        units.append(Unit(m.start, m.end, lead, person, iso, intro, joined))
    return [_with_apposition(doc, u, courtesy) for u in units]


def _state_body(doc: Document, m: Mention) -> tuple[int, bool] | None:
    """A nisba closing the name of a body of its state ('وزارة الاقتصاد الإماراتية', 'ووزارة التجارة
    الهندية', 'الحكومة المصرية'): where that noun phrase begins and whether 'and' joins it to the one
    before; None when no such body heads it."""
    if m.kind != "state" or m.via != "nisba":
        return None
    words, toks = doc.lang.words, doc.tokens
    and_, definite = words.prefix("and"), words.prefix("definite")
    k = m.start - 1
    while k >= max(0, m.start - 4):
        word = toks[k].text
        if words.has(word, "state-body"):
            return k, False
        if word.startswith(and_) and words.has(word[1:], "state-body"):
            return k, True
        if not word.startswith(definite):
            return None
        k -= 1
    return None


def _merged(last: Unit, m: Mention, person: Person | None, iso: str | None, stateless: bool) -> Unit:
    """The unit `last` with the mention `m` that names it again."""
    if stateless:
        return Unit(last.start, max(last.end, m.end), last.lead, None, None, last.intro, last.joined)
    return Unit(last.start, max(last.end, m.end), last.lead, last.person or person, last.iso or iso,
                last.intro, last.joined)


def _with_apposition(doc: Document, u: Unit, courtesy: set[int]) -> Unit:
    """A person's unit runs over the office set off by commas after the name ('سامح شكري، وزير الخارجية،'),
    so that 'and' after it joins the next name to the same list."""
    toks, k = doc.tokens, u.end
    if u.person is None or k >= len(toks) or toks[k].text not in COMMAS or k + 1 not in courtesy:
        return u
    k += 1
    while k in courtesy:
        k += 1
    if k < len(toks) and toks[k].text in COMMAS:
        return Unit(u.start, k, u.lead, u.person, u.iso, u.intro, u.joined)
    return u


def _of_non_state_body(doc: Document, m: Mention, lead: int, joined: bool,
                       lexical: dict[int, list[Mention]]) -> bool:
    """The person's title names a party, a company or an international body: in the words right before
    the noun phrase ('الأمين العام للأمم المتحدة X', 'رئيس مجلس إدارة شركة Y، X'; not across a conjunct;
    an envoy 'to' the body acts for his state), in an apposition after a comma ('X، رئيس حزب ...'), or
    after a bare title ('مع رئيس مجلس الإدارة لصندوق ...'). Not one whose own title after that comma names
    his state ('على هامش أعمال الجمعية العامة للأمم المتحدة، رئيس الوزراء الباكستاني X')."""
    toks, words = doc.tokens, doc.lang.words
    bodies = words.of("non-state-body")
    low = max(0, lead - 5)      # the words searched: back from the lead, five at most
    covered = {k for ms in lexical.values() for n in ms if n is not m and n.end > low and n.start < lead
               for k in range(max(n.start, low), min(n.end, lead))}
    k = lead - 2 if lead > 1 and toks[lead - 1].text in COMMAS else lead - 1     # 'its chairman, X'
    if k == lead - 2 and _titled_by_state(m, lexical):
        k = -1      # a body's name closed by a comma, then a title naming his own state: he acts for it
    while not joined and k >= low and k not in covered and toks[k].text not in COMMAS:
        if toks[k].text in bodies and not (k > 0 and toks[k - 1].text in words.of("at")):
            return True     # not an envoy 'to' the body: he acts for his state
        k -= 1
    after = m.end + 1 if m.end < len(toks) and toks[m.end].text in COMMAS else -1
    if after > 0 and any(toks[j].text in bodies for j in range(after, min(after + 3, len(toks)))):
        return True
    if m.via != "bare":
        return False
    k = m.end       # a bare title whose complement names the body
    while k < min(m.end + 5, len(toks)) and toks[k].text not in COMMAS:
        if toks[k].text in bodies:
            return True
        k += 1
    return False


def _titled_by_state(m: Mention, lexical: dict[int, list[Mention]]) -> bool:
    """The person's own title names his state ('رئيس الوزراء الباكستاني X', 'وزير خارجية مصر X')."""
    return any(n.kind == "state" and n.iso for k in range(m.start, m.end) for n in lexical.get(k, ()))


def _of_institution(doc: Document, lead: int) -> bool:
    """The noun phrase at `lead` completes an institution's name ('سفارة خادم الحرمين', 'بمقر وزارة
    الخارجية', 'قصر الرئيس'): a word of the class `institution` right before it."""
    return lead > 0 and doc.lang.words.has_stripped(doc.tokens[lead - 1].text, "institution")


def _same_actor(doc: Document, last: Unit, m: Mention, person: Person | None, iso: str | None,
                titles: AbstractSet[int] = frozenset()) -> bool:
    """The mention names the unit before it again: inside it, or an apposition right after it (the same
    person; an office of the same state; a nisba of the person's state, also after the person's title
    with no comma: 'X رئيس الحكومة المغربية', `titles` the tokens of titles)."""
    if m.start < last.end:
        return True
    gap = [doc.tokens[k].text for k in range(last.end, m.start)]
    and_ = doc.lang.words.prefix("and")
    if person is not None and last.person is not None and person.key == last.person.key \
            and (len(gap) <= 4 or _formula(doc, gap)) \
            and not any(t.startswith(and_) for t in gap + [doc.tokens[m.start].text]):
        # the rest of a name and the title after it ('Tamim bin Hamad Al Thani, Emir of Qatar'), however
        # long the rest of the name ('Salman bin Abdulaziz Al Saud, King of Saudi Arabia')
        return True
    if (person is None) != (last.person is None) and iso == last.iso and gap \
            and all(k in titles for k in range(last.end, m.start)):
        return True     # the person's title, then the nisba of the person's state (or the nisba, a courtesy
        # title, then the person: the prime minister of Qatar, Sheikh X)
    if len(gap) > 1 or any(t not in COMMAS for t in gap):
        return False
    word = doc.tokens[m.start].text
    if word.startswith(and_) and not doc.lang.words.has(word, "name-waw"):
        return False
    if person is not None and last.person is not None:
        if person == last.person:
            return True
        return not person.named and person.iso in (None, last.iso) and not gap
    # a nisba after a person, or a person after the nisba of the state ('the Syrian president Assad'); not a
    # person whose title carries a preposition ('the Chinese ambassador to Jordan with the Jordanian
    # minister of industry': the one met)
    words, first = doc.lang.words, word[1:] if word.startswith(and_) else word
    if person is not None and first.startswith((words.form("bi"), words.form("lam"))) \
            and words.has(first[1:], "title-head"):
        return False
    return iso == last.iso and not gap and (person is None) != (last.person is None)


def _formula(doc: Document, gap: list[str]) -> bool:
    """Words between two names that break no list: the rest of the first name ('بن طارق'), a blessing and
    honorifics ('المعظم - حفظه الله ورعاه -'), punctuation."""
    words = doc.lang.words
    formula, joiners = words.of("formula"), words.of("name-joiner")
    return len(gap) <= 10 and all(t in formula or t in joiners or not t.isalpha()
                                  or (k > 0 and gap[k - 1] in joiners) for k, t in enumerate(gap))


def groups(doc: Document, units: list[Unit]) -> list[Group]:
    """Units joined by 'and' (after a comma, or a blessing set off by dashes: 'X - حفظه الله - وأخوه Y')."""
    out: list[Group] = []
    for u in units:
        if out:
            last = out[-1].units[-1]
            gap = [doc.tokens[k].text for k in range(last.end, u.lead)]
            if u.joined and (len(gap) <= 1 and all(t in COMMAS for t in gap) or _formula(doc, gap)) \
                    and u.intro in ("", "lam", "bi", out[-1].intro):
                out[-1].units.append(u)
                continue
        out.append(Group([u]))
    return out


Antecedent = Callable[[], "list[Unit]"]


def fill(doc: Document, trig: Mention, found: list[Group], reach: tuple[int, int],
         antecedent: Antecedent, via: str | None = None) -> Frame:
    """The trigger's frame: each role of its frame (`via`, else `trig.via`: a frame of `frames.tsv`) with
    the units of the first of its positions that has one. `found`: the groups the trigger may take;
    `reach`: the token range of its clause (bare groups before and after it are taken only there)."""
    frame = Frame(trig)
    used: set[int] = set()
    for role, positions in doc.lang.frames.get(via or trig.via or "", ()):
        for pos in positions:
            units = _at(doc, trig, pos, found, reach, used, antecedent)
            if pos == "pronoun":
                units, frame.others[role] = units[:1], units[1:]
            elif pos == "after" and units:      # the bare groups after the one taken, for a rule to weigh
                frame.others[role] = [u for g in found if id(g) not in used and g.start >= units[-1].end
                                      and reach[0] <= g.start and g.end <= reach[1] and not g.intro
                                      for u in g.units]
            if units:
                have = frame.roles.setdefault(role, [])
                have += [u for u in units if u not in have]
                frame.how.setdefault(role, pos)
                break
    return frame


def _take(group: Group | None, used: set[int]) -> list[Unit]:
    if group is None:
        return []
    used.add(id(group))
    return list(group.units)


def _at(doc: Document, trig: Mention, pos: str, found: list[Group], reach: tuple[int, int], used: set[int],
        antecedent: Antecedent) -> list[Unit]:
    """The units at one position (the group they form is given to no other role)."""
    free = [g for g in found if id(g) not in used]
    inside = [g for g in free if reach[0] <= g.start and g.end <= reach[1] and not _said(doc, trig, g)]
    if pos == "before":
        if _opens_after_comma(doc, trig, inside) or _after_that(doc, trig):
            return []
        return _take(next((g for g in reversed(inside) if g.end <= trig.start and not g.intro), None), used)
    if pos == "after":
        return _take(next((g for g in inside if g.start >= trig.end and not g.intro), None), used)
    if pos == "with-before":
        return _take(next((g for g in reversed(inside) if g.end <= trig.start and g.intro == "with"), None),
                     used)
    if pos == "genitive":
        return _take(next((g for g in inside if g.units[0].lead == trig.end and not g.intro), None), used)
    if pos == "pronoun":
        return antecedent()
    if pos == "side":
        return _sides(doc, trig, [u for g in inside for u in g.units], reach)
    if pos == "witness":      # before the trigger ('X witnessed the signing') or after it ('in X's presence')
        ends = {m.end for m in doc.in_sentence(trig.sent) if m.kind == "witness"}
        return _take(next((g for g in inside if g.units[0].lead in ends), None), used)
    found_at = next((g for g in inside if g.start >= trig.end and g.intro == pos
                     and not _of_later_meeting(doc, trig, g)), None)
    if found_at is not None and _past_a_bare_group(doc, trig, found_at, free):
        return []
    return _take(found_at, used)


def _said(doc: Document, trig: Mention, group: Group) -> bool:
    """'عقب لقائه X إن موسكو مستعدة للحوار مع كييف', 'خلال لقائهما أن المملكة ملتزمة برعاية الصين': a group
    after a 'that' that follows the trigger is in what was said, no argument of the trigger ('مون جاي إن'
    ends a name)."""
    words = doc.lang.words
    return group.start > trig.end and any(words.has(doc.tokens[k].text, "complementizer")
                                          and not _in_name(doc, trig.sent, k)
                                          for k in range(trig.end, group.start))


def _in_name(doc: Document, sent: int, k: int) -> bool:
    """Token k is a word of a person's name ('مون جاي إن', 'مون جيه-إن'), not the word it spells."""
    return any(m.start <= k < m.end for m in doc.in_sentence(sent, "person"))


def _of_later_meeting(doc: Document, trig: Mention, group: Group) -> bool:
    """'لقاء بين X وY تمهيدا لقمة مع Z', 'التقى X Y تحضيرا لاجتماع مع Z': a group a preposition introduces
    after a later meeting or summit noun with 'for' (the one the trigger prepares) is that noun's."""
    lam = doc.lang.words.form("lam")
    return any(trig.end <= t.start < group.start and t.value in LATER_MEETINGS and lam in (t.prefix or "")
               and ("-noun" in (t.via or "") or t.via == "summit")
               for t in doc.in_sentence(trig.sent, "trigger"))


def _after_that(doc: Document, trig: Mention) -> bool:
    """'استقبل X Y، قبل أن يلتقي Z': a verb right after 'that' has its subject after it or left unsaid (the
    sentence's); the actor before 'that' belongs to the clause before. Not a name's last word ('جيه-إن')."""
    k = trig.start - 1
    words = doc.lang.words
    return "-verb" in (trig.via or "") and k >= 0 and words.has(doc.tokens[k].text, "complementizer") \
        and not _in_name(doc, trig.sent, k)


def _opens_after_comma(doc: Document, trig: Mention, inside: list[Group]) -> bool:
    """'ومع أن X لم يحضر القمة، التقى Y Z': a verb right after a comma with two bare people after it (its
    subject and its object) opens its own clause; the actor before the comma is another clause's. With one
    ('زار X أنقرة، التقى خلالها Y') the clause goes on with the subject before the comma."""
    toks = doc.tokens
    if "-verb" not in (trig.via or "") or trig.start == 0 or toks[trig.start - 1].text not in COMMAS:
        return False
    stop = next((k for k in range(trig.end, len(toks)) if toks[k].text in COMMAS), len(toks))
    return len([g for g in inside if not g.intro and trig.end <= g.start and g.end <= stop
                and any(u.person is not None for u in g.units)]) >= 2


def _past_a_bare_group(doc: Document, trig: Mention, group: Group, free: list[Group]) -> bool:
    """'التقى X Y، وبحثا العلاقات مع Z': a group a preposition introduces after a comma that follows a
    bare group nobody took (the one met, its verb's object) belongs to the next clause (the topic
    talked of), not to the trigger."""
    toks = doc.tokens
    commas = [k for k in range(trig.end, group.start) if toks[k].text in COMMAS]
    return bool(commas) and any(not g.intro and trig.end <= g.start and g.end <= commas[-1]
                                and any(u.person is not None for u in g.units) for g in free)


def _sides(doc: Document, trig: Mention, units: list[Unit], reach: tuple[int, int]) -> list[Unit]:
    """The person named after each 'عن الجانب X' that follows the trigger: one signatory per side."""
    toks, words = doc.tokens, doc.lang.words
    out: list[Unit] = []
    for k in range(trig.end, min(reach[1], len(toks)) - 1):
        if toks[k].text in words.of("on-behalf") and toks[k + 1].text in words.of("side"):
            nxt = next((u for u in units if k < u.start <= k + 8 and u.person is not None), None)
            if nxt is not None and nxt not in out:
                out.append(nxt)
    return out
