"""Stage 7, people: the persons each sentence names or stands for, and its dates.

Reads `doc.mentions` (the lexicon's), `doc.published`, `doc.reference`, `doc.home`, `doc.focus`; adds
`doc.people` and, when the publication date is known, `doc.dates`. People come from the leaders gazetteer
(resolved to the term in office at the article's date), from the pattern office + nisba/state + name
("رئيس الوزراء العراقي محمد شياع السوداني"), from an office alone ("الرئيس الصيني" -> the holder at the
article's date, or an unnamed office holder), from a name followed by its office ("فؤاد معصوم رئيس
الجمهورية العراقية"), from courtesy titles, spouses and counterparts ('نظيره التركي').

Where the parts live: persons.py makes a Person and reads a name's span; companions.py reads lists and
names set off by commas; counterparts.py reads 'his counterpart'; titled.py reads titles, offices and
names one sentence at a time (`TitledPeople`); this module runs them all (`find_people`, `read_people`)
and reads the rest: leaders' names spelt otherwise, courtesy titles before a name, spouses, family names
and months read as the surname of a person named before, and the states of a delegation's members.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import compress
from operator import attrgetter, itemgetter

from ..document import Document, LeaderMention, Mention, Person, PersonMention, Sentence
from ..gazetteer import Gazetteer, name_tokens, sole_kingdom
from .dates import find_dates
from .lexical import by_sentence
from .names import (
    TITLE_READINGS,
    Names,
    company_cue,
    state_after_name,
    state_of_title,
)
from .companions import (
    appositive_names,
    appositive_state,
    listed_names,
    nisba_list_names,
    side_names,
    untitled_companions,
)
from .counterparts import counterparts
from .persons import (
    function_word_here,
    known_person,
    name_span_after,
    new_person,
)
from .titled import TitledPeople, nearby_state, royal_state


def variant_openers(doc: Document, gz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The article's words that may open a leader's name spelt otherwise, each with the forms it opens it
    as (itself, or without its clitics): one look-up per distinct word of the article."""
    clitics = doc.lang.words.prefix("conjunction") + doc.lang.words.prefix("lam-prefix")
    words = list(filter(str.isalpha, set(map(itemgetter(0), doc.tokens))))     # the distinct words
    return gz.opener_forms(words, clitics)


def variant_leaders(doc: Document, gz: Gazetteer, sent: Sentence, taken: set[int],
                    openers: dict[str, tuple[str, ...]]) -> list[LeaderMention]:
    """Leaders' names spelt otherwise than the leaders data has them ('كيم يونغ-أون', 'سيرغي لافروف' for
    'سيرجي لافروف'): runs of two words or more, not read already, with a leader name's variant key
    (`openers`: the article's `variant_openers`)."""
    toks = doc.tokens
    out: list[LeaderMention] = []
    done = sent.tok_start
    texts = map(attrgetter("text"), toks[sent.tok_start:sent.tok_end])
    for k in list(compress(range(sent.tok_start, sent.tok_end), map(openers.__contains__, texts))):
        if k < done or k in taken:
            continue
        nxt = [t.text for t in toks[k + 1:min(k + 3, sent.tok_end)]]
        for first in (w for w in openers[toks[k].text] if gz.may_open_variant([w, *nxt])):
            end = _variant_run(doc, gz, (k, first), sent, taken, out)
            if end is not None:
                done = end
                break
    return out


def _variant_run(doc: Document, gz: Gazetteer, at: tuple[int, str], sent: Sentence, taken: set[int],
                 out: list[LeaderMention]) -> int | None:
    """The longest run of words from token k (its first word read as `first`, `at` = (k, first)) that is a
    leader's name by its variant key; its mentions go to `out`, and its end is returned."""
    toks = doc.tokens
    k, first = at
    for b in range(min(k + 7, sent.tok_end), k + 1, -1):
        run = [t.text for t in toks[k + 1:b]]
        if toks[b - 1].text == "-" or any(j in taken for j in range(k, b)) \
                or not all(w.isalpha() or w == "-" for w in run):
            continue
        entries = gz.leaders_by_variant([first, *run])
        if entries:
            out += [LeaderMention("leader", k, b, sent.index, via="variant", value=e.value,
                                  terms=e.ref) for e in entries]  # type: ignore[arg-type]
            return b
    return None


def find_people(doc: Document, gz: Gazetteer, sent_index: int, ms: list[Mention],
                before: Sequence[PersonMention] = (),
                openers: dict[str, tuple[str, ...]] | None = None) -> list[PersonMention]:
    """Turn gazetteer hits, offices and name patterns of one sentence into person mentions (`before`: the
    people of the sentences before it; `openers`: the article's `variant_openers`, read once)."""
    ms = [m for m in ms if m.kind != "courtesy" or not _glued_courtesy(doc, m)]
    taken = {k for m in ms if m.kind not in ("conj",) for k in range(m.start, m.end)}
    if openers is None:
        openers = variant_openers(doc, gz)
    variants = variant_leaders(doc, gz, doc.sentences[sent_index], taken, openers)
    ms = sorted([*ms, *variants], key=lambda m: m.start)
    r = TitledPeople(doc, gz, doc.sentences[sent_index], ms,
                taken=taken | {k for m in variants for k in range(m.start, m.end)},
                by_start={m.start: m for m in ms if m.kind != "conj"}, before=before)
    r.gazetteer_names()
    people_at = {m.start: m for m in r.out}
    r.named_ends = {m.end for m in r.out}
    deputies = [m for m in ms if m.kind in ("deputy", "institution")]
    for m in sorted((x for x in r.ms if x.kind == "office"), key=lambda x: x.start):
        r.office(m, people_at, deputies)
    out = r.out + counterparts(doc, gz, sent_index, ms, r.out)
    out, spouses = _spouses(doc, sent_index, ms, out)
    out, named, taken = _courtesy_names(doc, sent_index, ms, out + spouses, r.taken)
    appositive, taken = appositive_names(doc, sent_index, ms, taken)
    titled = {m.end + 1 for m in appositive}       # a name, a comma, its title: the title is the name's
    out = [m for m in out if not (m.via in TITLE_READINGS and m.start in titled)]
    sides, taken = side_names(doc, sent_index, ms, taken)
    nisba_items, taken = nisba_list_names(doc, sent_index, ms, out + named + appositive + sides, taken)
    companions, taken = untitled_companions(doc, sent_index, taken)
    return listed_names(doc, sent_index, ms, out + named + appositive + sides + nisba_items + companions,
                         taken)


def _glued_courtesy(doc: Document, m: Mention) -> bool:
    """'محمد بالحاج': a courtesy title glued to 'with' right after a given name is a surname written on
    'بال' (Belhaj), not the title."""
    if m.kind != "courtesy" or m.start == 0 or m.end - m.start != 1:
        return False
    w, text = doc.lang.words, doc.tokens[m.start].text
    return text.startswith(w.prefix("name-bad-start")) and not text.startswith(w.prefix("and")) \
        and Names(doc).given(doc.tokens[m.start - 1].text)


def _first_word(m: PersonMention) -> str:
    words = name_tokens(m.person.ar)
    return words[0] if words else ""


def _courtesy_names(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
                    taken: set[int]) -> tuple[list[PersonMention], list[PersonMention], set[int]]:
    """'... المهندس عادل بن محمد فقيه': a courtesy title before a name built on 'بن' (or 'السيدة' before any
    full name) names a person even far from an office; the state is the one named just before (or the
    kingdom 'المملكة' stands for, or the reporting agency's). Returns the people read before (without a
    husband whose name was his wife's), the people named so, and the tokens taken."""
    people, taken = list(people), set(taken)
    out = []
    sent = doc.sentences[sent_index]
    toks = doc.tokens
    for c in (m for m in ms if m.kind == "courtesy"):
        if any(p.start <= c.start < p.end for p in people):
            continue
        if (rank := _rank_of_state(doc, ms, c, taken)) is not None:
            out.append(rank)
            taken |= set(range(rank.start, rank.end))
            continue
        span = name_span_after(doc, c.end, sent.tok_end, taken)
        # 'and Mrs Asma ...'
        mister = toks[c.start].text.removeprefix(doc.lang.words.form("and")) in doc.lang.words.of("mister")
        kin = next((p for p in people if p.start == c.end + 1 == p.end - 1 and p.via == "gazetteer"), None)
        if mister and span is None and kin is not None and c.end not in taken and toks[c.end].text.isalpha() \
                and _first_word(kin) != toks[c.end].text:
            span = (c.end, c.end + 2)       # 'and Mrs Michelle Obama': not the president but his wife
            people.remove(kin)
        if span is None or not mister and (span[1] - span[0] < 3 or not any(
                toks[k].text in doc.lang.words.of("child-of") for k in range(span[0] + 1, span[1] - 1))):
            continue
        iso = appositive_state(doc, ms, span[1]) or state_after_name(doc, ms, span[1]) \
            or nearby_state(ms, c.start, doc.lang.words, doc) \
            or state_of_title(doc, ms, c.start) or _kingdom_before(doc, ms, c.start) or doc.home \
            or (None if mister else royal_state(doc, people))   # a name on 'bin': the Gulf monarchy's
        if iso is None:
            continue
        folded = " ".join(t.text for t in toks[span[0]:span[1]])
        p = known_person(doc, folded.split(), iso) \
            or new_person(doc, doc.surface(*span), folded, iso, "other")
        out.append(PersonMention("person", c.start, span[1], sent_index, iso=iso, person=p, role=p.role,
                                 via="pattern"))
        taken |= set(range(span[0], span[1]))
    return people, out, taken


def _rank_of_state(doc: Document, ms: list[Mention], c: Mention, taken: set[int]) -> PersonMention | None:
    """'الجنرال الكوري الشمالي X': a courtesy title (a military rank) with the nisba of a state after it,
    then a name of two words or more: an official of that state."""
    nisba = next((m for m in ms if m.start == c.end and m.kind == "state" and m.via == "nisba" and m.iso),
                 None)
    if nisba is None:
        return None
    span = name_span_after(doc, nisba.end, doc.sentences[c.sent].tok_end, taken)
    if span is None or Names(doc, frozenset(taken)).count(span) < 2:
        return None
    iso = nisba.iso or ""
    folded = " ".join(t.text for t in doc.tokens[span[0]:span[1]])
    p = known_person(doc, folded.split(), iso) or new_person(doc, doc.surface(*span), folded, iso, "other")
    return PersonMention("person", c.start, span[1], c.sent, iso=iso, person=p, role=p.role, via="pattern")


def _spouses(doc: Document, sent_index: int, ms: list[Mention],
             people: list[PersonMention]) -> tuple[list[PersonMention], list[PersonMention]]:
    """'الرئيس الفرنسي وحرمه السيدة بريجيت ماكرون': the spouse, of the same state as the person before.
    Returns the people read before (without one whose surname was the spouse's name) and the spouses."""
    people = list(people)
    out = []
    sent = doc.sentences[sent_index]
    courtesy = {m.start: m for m in ms if m.kind == "courtesy"}
    for c in (m for m in ms if m.kind == "spouse"):
        before = sorted((p for p in people if p.end <= c.start and p.person.iso), key=lambda p: p.start)
        if not before:
            continue
        j = c.end
        while j in courtesy:
            j = courtesy[j].end
        if any(p.start == j for p in people):
            continue
        k = j
        names = Names(doc)
        while k < sent.tok_end and k - j < 3 and names.name_word(k):    # not 'and a delegation'
            k += 1
        span = (j, k) if k - j >= 2 else None
        if span:
            # 'and his wife Mrs Brigitte Macron': the surname alone matched her husband; the name is hers
            people = [p for p in people if not (span[0] <= p.start < span[1])]
            name = doc.surface(*span)
            folded = " ".join(t.text for t in doc.tokens[span[0]:span[1]])
            iso = before[-1].person.iso
            out.append(PersonMention("person", c.start, span[1], sent_index, iso=iso,
                                     person=new_person(doc, name, folded, iso, "other"), role="other",
                                     via="spouse"))
    return people, out


def _kingdom_before(doc: Document, ms: list[Mention], at: int) -> str | None:
    """'رئيس وفد المملكة ... المهندس X': 'المملكة' is the one kingdom the article names."""
    if not any(m.kind == "kingdom" and m.end <= at for m in ms):
        return None
    return sole_kingdom(doc)


def read_people(doc: Document) -> Document:
    """The stage: each sentence's people; its dates too, when the publication date is known (with none,
    the publication stage found them)."""
    gz = doc.lang.gazetteer
    lexical = by_sentence(doc.mentions)
    people: list[PersonMention] = []
    firsts: dict[str, set[Person]] = {}     # `_full_name_firsts` of `people`, kept as it grows
    openers = variant_openers(doc, gz)
    short = doc.lang.words.of("short-name")
    for s in doc.sentences:
        ms, surnamed = _month_surnames(doc, lexical[s.index], people)
        lexical[s.index] = ms
        found = find_people(doc, gz, s.index, ms, people, openers) + surnamed
        found += _family_names(doc, s, ms, found, people, firsts)
        people += found
        _full_name_firsts(found, firsts, short)
    if doc.published is not None:
        doc.dates = [m for s in doc.sentences for m in find_dates(doc, s, lexical[s.index])]
    doc.people = _delegation_states(doc, people, lexical)
    return doc


def _full_name_firsts(people: Sequence[PersonMention], into: dict[str, set[Person]],
                      short: frozenset[str]) -> dict[str, set[Person]]:
    """The first words of the names of the leaders files given in full (two words or more) by these people,
    and the inner words the press uses alone for their bearer (`short`: 'لولا' of 'لويس إيناسيو لولا دا
    سيلفا'), each with the persons whose name it opens, added to `into` (returned)."""
    for p in people:
        names = name_tokens(p.person.ar)
        if p.person.named and len(names) > 1 and p.person.gazetteer:
            for word in {names[0], *(n for n in names[1:-1] if n in short)}:
                into.setdefault(word, set()).add(p.person)
    return into


def _family_names(doc: Document, sent: Sentence, ms: list[Mention], found: list[PersonMention],
                  before: Sequence[PersonMention], firsts_before: dict[str, set[Person]]
                  ) -> list[PersonMention]:
    """'وأكد شي', 'والتقى مون' after 'شي جين بينغ', 'مون جاي إن': a word no mention covers that is the first
    word of the one person named in full before (the family name of a name written family name first),
    when it is no given name, no title, no joiner of names and no function word, no other leader's name
    in office then opens with it, and no word that may go on a name follows it ('كيم يونغ شول' is
    another Kim). Also a word inside the name that the press uses alone for its bearer ('لولا' of 'لويس
    إيناسيو لولا دا سيلفا'). A name word that is also a function word ('لولا' were it not, 'لي' to me) is
    the person only where it does not read as that word (`function_word_here`). `firsts_before`:
    `_full_name_firsts` of `before`, kept by the caller as the people grow (not built again from every
    person before for each sentence)."""
    w = doc.lang.words
    firsts, short = firsts_before, w.of("short-name")
    if found:
        firsts = _full_name_firsts(found, {k: set(v) for k, v in firsts_before.items()}, short)
    if not firsts:
        return []       # nobody named in full before: no family name alone (most sentences)
    taken = {k for m in [*ms, *found] if m.kind != "conj" and not _modal_homograph(doc, m)
             for k in range(m.start, m.end)}
    not_family = ("given-name", "title-head", "name-joiner", "name-stop", "son-of", "royal-title")
    # a leader's name written like a name joiner (Abiy folds as 'Abi'): his name where no name goes on
    own_names = w.of("name-homograph")
    out: list[PersonMention] = []
    for k in [k for k in range(sent.tok_start, sent.tok_end) if doc.tokens[k].text in firsts]:
        word = doc.tokens[k].text
        named = firsts[word]
        if k in taken or len(named) != 1 or word.startswith(w.prefix("article")) \
                or any(w.has(word, c) for c in not_family if c != "name-joiner" or word not in own_names):
            continue
        person = next(iter(named))
        if _leaders_opening(doc.lang.gazetteer, word, doc.published, person.iso) > 1 \
                or not any(p.person == person and p.start < k for p in [*before, *found]) \
                or word not in short and _name_goes_on(doc, k + 1, sent.tok_end, taken) \
                or function_word_here(doc, k, sent.tok_start, sent.tok_end):
            continue        # named in full only after this word, or the first word of a longer name
        out.append(PersonMention("person", k, k + 1, sent.index, iso=person.iso, person=person,
                                 role=person.role, via="surname"))
    return out


_OPENERS: dict[tuple[int, dt.date | None], Counter[tuple[str | None, str]]] = {}


def _leaders_opening(gz: Gazetteer, word: str, day: dt.date | None, iso: str | None) -> int:
    """How many people of the leaders files of the state in office on the day (any day, when none is
    known) have a name that opens with the word: a family name two of them bear (Kim) stands for neither
    alone; a leader of another state who bears it (Singapore's Lee beside China's Li) is told apart by
    the person named in full before. Counted once per gazetteer and day."""
    key = (id(gz), day)
    if key not in _OPENERS:
        people = {t.person.key: t.person for terms in gz.offices.values() for t in terms
                  if day is None or t.covers(day)}
        _OPENERS[key] = Counter((p.iso, names[0]) for p in people.values()
                                if len(names := name_tokens(p.ar)) > 1)
    return _OPENERS[key][(iso, word)]


def _modal_homograph(doc: Document, m: Mention) -> bool:
    """A modal read in a name word that is also a particle ('لولا'): the name may still be read there."""
    return m.kind == "modal" and m.end - m.start == 1 and doc.lang.words.has(doc.tokens[m.start].text,
                                                                               "name-homograph")


def _name_goes_on(doc: Document, k: int, end: int, taken: set[int]) -> bool:
    """Token k is a word no mention covers that may go on a name (not punctuation, not a function word)."""
    return k < end and k not in taken and doc.tokens[k].text.isalpha() \
        and not doc.lang.words.has(doc.tokens[k].text, "name-stop")


def _month_surnames(doc: Document, ms: list[Mention], before: Sequence[PersonMention]
                    ) -> tuple[list[Mention], list[PersonMention]]:
    """'وقالت ماي', 'محادثات مع ماي' after 'تيريزا ماي': a month's name that is the surname of the one
    person named in full before, with no day or year next to it, no word before it that dates a month
    ('في', 'وفي', 'منذ') and no 'last' or 'next' after it ('ماي الماضي'), is that person, not a date.
    Returns the sentence's mentions without those months, and the people they are."""
    toks, words = doc.tokens, doc.lang.words
    out: list[PersonMention] = []
    for m in [m for m in ms if m.kind == "month" and m.end - m.start == 1]:
        word = toks[m.start].text[len(m.prefix):]
        named = {p.person for p in before if p.person.named and len(name_tokens(p.person.ar)) > 1
                 and name_tokens(p.person.ar)[-1] == word}
        prev = toks[m.start - 1].text if m.start > 0 else ""
        nxt = toks[m.end].text if m.end < len(toks) else ""
        if len(named) != 1 or prev.isdigit() or nxt.isdigit() or words.has_stripped(prev, "before-month") \
                or any(words.has(nxt, c) for c in ("past", "next", "current")):
            continue        # in May, last May: the month
        person = next(iter(named))
        out.append(PersonMention("person", m.start, m.end, m.sent, iso=person.iso, person=person,
                                 role=person.role, via="surname"))
    months = {m.start for m in out}
    return [m for m in ms if not (m.kind == "month" and m.start in months)], out


def _delegation_states(doc: Document, people: list[PersonMention],
                       lexical: dict[int, list[Mention]]) -> list[PersonMention]:
    """Members of a delegation whose titles name no state ('ويضم الوفد المرافق للرئيس المصري، وزير الصحة X')
    represent the one they accompany when the companion word names them with their state; else their
    state stays unknown here (the companion rule gives them the state of the visitor they accompany)."""
    out = []
    for m in people:
        if m.via == "listed" and m.person.iso is None:
            iso = _accompanied_state(doc, m, lexical[m.sent])
            if iso is not None:
                p = new_person(doc, m.person.ar, " ".join(name_tokens(m.person.ar)), iso, m.person.role)
                m = replace(m, iso=iso, person=p)
        out.append(m)
    return out


def _accompanied_state(doc: Document, m: PersonMention, ms: list[Mention]) -> str | None:
    """The state of the person or office named right after the companion word before a delegation member."""
    s = doc.sentences[m.sent]
    cue = company_cue(doc, s.tok_start, m.start)
    if cue is None:
        return None
    principal = [x for x in ms if cue < x.start <= cue + 3 and x.kind in ("person", "state") and x.iso]
    return min(principal, key=lambda x: x.start).iso if principal else None
