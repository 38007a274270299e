"""Stage 8, coreference: bare offices, title pronouns and surnames stand for people named elsewhere.

Reads `doc.people`, `doc.dates`, `doc.mentions` (the lexicon's), `doc.home`; replaces `doc.people` by the
people with their coreferences resolved and `doc.mentions` by every mention (lexicon, people, dates) in
text order, then counts the focus again.
"""
from __future__ import annotations


from bisect import bisect_left
from dataclasses import replace
from itertools import compress
from operator import itemgetter, or_

from ..document import Document, Mention, Person, PersonMention
from ..gazetteer import Gazetteer, name_tokens
from ..lexicon import Words, split
from .clauses import COMMAS
from .focus import find_focus
from .lexical import dedupe_states
from .names import TITLE_READINGS
from .persons import function_word_here


def _surnames(people: list[PersonMention], words: Words) -> tuple[dict[str, list[Person]], set[str]]:
    """The last words of the names given in full (each with the people it may stand for), and the first
    words (a first name is not a surname)."""
    surnames: dict[str, list[Person]] = {}
    given: set[str] = set()
    for m in sorted(people, key=lambda x: (x.sent, x.start)):
        p = m.person
        names = name_tokens(p.ar)
        if not p.named or len(names) < 2:
            continue
        given.add(names[0])
        last = names[-1]
        if len(last) >= 3 and names[-2] not in words.of("not-before-surname") \
                and p not in surnames.get(last, []):
            surnames.setdefault(last, []).append(p)
    return surnames, given


def _nisba_alone(doc: Document, m: Mention, ends: set[int]) -> bool:
    """A one-word nisba that describes no noun before it ('وعقد السوداني وأردوغان', 'مع السوداني'): it may be
    the surname of a person named in full before (not 'الوفد السوداني', 'الرئيس السوداني'); `ends`: where
    the article's lexical mentions end."""
    if m.kind != "state" or m.via != "nisba" or m.end - m.start != 1 or m.start == 0:
        return False
    prev = doc.tokens[m.start - 1].text
    if m.start in ends or prev.startswith(doc.lang.words.prefix("definite")):
        return False
    return prev.isalpha()


def surname_mentions(doc: Document, people: list[PersonMention],
                     lexical: list[Mention]) -> list[PersonMention]:
    """'وكان عباس قد وصل' after 'الرئيس الفلسطيني محمود عباس': a person named in full earlier in the
    article, mentioned again by the last word of the name alone."""
    surnames, given = _surnames(people, doc.lang.words)
    out: list[PersonMention] = []
    if not surnames:
        return out
    # a verb before a nisba describes nothing (nor 'had' of a background clause: 'and Al-Sudani had visited')
    ends = {n.end for n in lexical if n.kind not in ("trigger", "background", "modal")}
    loose = {m.start for m in lexical if _nisba_alone(doc, m, ends)}
    taken = {k for m in lexical + people if m.kind != "conj" and m.start not in loose
             for k in range(m.start, m.end)}
    first_seen: dict[Person, int] = {}
    for m in people:
        first_seen[m.person] = min(first_seen.get(m.person, m.start), m.start)
    clitics = doc.lang.words.of("surname-clitic")
    toks = doc.tokens
    # the tokens that are a surname, bare or after one letter (found over the whole text with C iterators)
    texts = list(map(itemgetter(0), toks))
    bare = map(surnames.__contains__, texts)
    glued = map(surnames.__contains__, map(itemgetter(slice(1, None)), texts))
    at = list(compress(range(len(texts)), map(or_, bare, glued)))
    for s in doc.sentences:
        for i in at[bisect_left(at, s.tok_start):bisect_left(at, s.tok_end)]:
            word = toks[i].text
            if i in taken:
                continue
            homograph = doc.lang.words.has(word, "name-homograph") \
                or doc.lang.words.has(word[1:], "name-homograph")
            for variant in (word, word[1:] if word[:1] in clitics else None):
                if variant is not None and homograph and (variant != word or function_word_here(
                        doc, i, s.tok_start, s.tok_end)):
                    continue        # glued to 'and' (and-flowed) or a particle here: the word, not the name
                # the one person of that name named in full before this point (two: ambiguous)
                seen = [q for q in surnames.get(variant or "", []) if first_seen.get(q, 10**9) < i]
                if len(seen) == 1 and variant not in given:
                    out.append(PersonMention("person", i, i + 1, s.index, iso=seen[0].iso, person=seen[0],
                                             role=seen[0].role, via="surname"))
                    break
    return out


def _holds_office(gz: Gazetteer, person: Person, iso: str, role: str | None) -> bool:
    """The leaders data has the person in that office of that state at some time."""
    return person.gazetteer and any(t.person.key == person.key for t in gz.offices.get((iso, role or ""), ()))


def _appositions(ordered: list[PersonMention], home: str | None, gz: Gazetteer | None) -> dict[int, Person]:
    """'الشيخ محمد بن زايد آل نهيان رئيس الدولة': a bare office just after (past the rest of a name or a
    comma: two words at most) a named person of the reporting state who held that office at some time is
    that person's own title, whatever office the day the article is read at gives him. Returns the id
    of each such office's mention -> the person."""
    out: dict[int, Person] = {}
    if gz is None or home is None:
        return out
    for prev, m in zip(ordered, ordered[1:]):
        p = prev.person
        if m.via == "bare" and prev.via != "bare" and p.named and p.iso == home and m.sent == prev.sent \
                and 0 <= m.start - prev.end <= 2 and _holds_office(gz, p, home, m.role):
            out[id(m)] = p
    return out


APPOSED = 2     # tokens at most between a bare office and the name set by it (a comma, a courtesy word)


def _apposed(tokens: list[str], office: PersonMention, named: PersonMention) -> bool:
    """'رئيس الجمهورية، السيد X': a name set after a bare office by a comma (and a courtesy word)."""
    return named.sent == office.sent and 0 < named.start - office.end <= APPOSED \
        and office.end < len(tokens) and tokens[office.end] in COMMAS


def corefer_bare_offices(people: list[PersonMention], home: str | None = None, gz: Gazetteer | None = None,
                         tokens: list[str] | None = None) -> list[PersonMention]:
    """'رئيس الجمهورية' with no state named: the person the text names with it ('X رئيس الدولة', or in
    apposition after it: 'رئيس الجمهورية، السيد X', which then stands for it after too), else the last
    person named before with that role (the reporting state's one first), else the first named after it,
    else the reporting state's holder (kept only if the gazetteer knows one). Returns the people with those
    offices resolved (or left out); `tokens`: the article's words, for the comma of an apposition."""
    ordered = sorted(people, key=lambda x: (x.sent, x.start))
    own = _appositions(ordered, home, gz)
    last: dict[str | None, Person] = {}
    last_home: dict[str | None, Person] = {}
    said: dict[str | None, Person] = {}    # an office set by apposition: the text said whom it is
    resolved: dict[int, Person] = {}       # id of a bare office's mention -> the person it stands for
    for k, m in enumerate(ordered):
        if id(m) in own:
            resolved[id(m)] = last_home[m.role] = last[m.role] = own[id(m)]
        elif m.via == "bare":
            after = next((n for n in ordered[k + 1:] if n.role == m.role
                          and (n.via != "bare" and n.person.named or id(n) in own)), None)
            later = own.get(id(after), after.person) if after is not None else None
            found = said.get(m.role) or last_home.get(m.role) or last.get(m.role) or later
            if after is not None and later is not None and tokens is not None and _apposed(tokens, m, after):
                found = said[m.role] = later
            if found is not None:
                resolved[id(m)] = found
        elif m.person.named:
            last[m.role] = m.person
            if home and m.person.iso == home:
                last_home[m.role] = m.person
    out = [replace(m, person=p, iso=p.iso) if (p := resolved.get(id(m))) is not None else m for m in people]
    return [m for m in out if not (m.via == "bare" and not m.person.named)]


def title_pronoun_roles(word: str, words: Words) -> tuple[str, ...]:
    """The ranks a title-pronoun ('his majesty', after a clitic too) stands for (words.tsv, title-pronoun)."""
    w = words
    if word[:1] in w.of("pronoun-clitic") and w.has(word[1:], "title-pronoun"):
        word = word[1:]
    elif word[:1] in w.of("pronoun-clitic") and word[1:2] in w.of("pronoun-clitic") \
            and w.has(word[2:], "title-pronoun"):
        word = word[2:]         # two clitics: and + to

    return tuple(split(w.value(word))) if w.has(word, "title-pronoun") else ()


def _nation_after(doc: Document, k: int) -> str | None:
    """'لفخامته ولحكومة وشعب جمهورية المالديف': the state whose government and people the words after a
    title pronoun (at token k) name with it; its holder is whom the pronoun stands for."""
    toks, words = doc.tokens, doc.lang.words
    end = min(len(toks), k + 8)
    for j in range(k + 1, min(end, k + 3)):
        if words.has_stripped(toks[j].text, "nation-body"):
            return next((m.iso for m in doc.mentions if m.kind == "state" and m.iso and j < m.start <= j + 4),
                        None)
    return None


def _pronoun_person(doc: Document, ordered: list[PersonMention], k: int, roles: tuple[str, ...]
                    ) -> Person | None:
    """Whom the title pronoun at token k stands for: the last person of its ranks named before it, of the
    state the words after it name when they name one ('his excellency and the government and people of
    X': X's holder, named before or not), else the reporting state's first."""
    prev = [m for m in ordered if m.end <= k and m.person.role in roles]
    state = _nation_after(doc, k)
    if state is None:
        known = [m.person for m in prev if m.person.named]
        if not known:
            return None
        return next((p for p in reversed(known) if p.iso == doc.home), known[-1])
    mine = [m.person for m in prev if m.person.iso == state]
    named = [p for p in mine if p.named]
    if named or mine:
        return (named or mine)[-1]
    gz = doc.lang.gazetteer
    for role in roles:
        if (p := gz.holder(state, role, doc.as_of)) is not None:
            return p
    role = roles[0]
    return Person(key=f"{state.lower()}-office-{role}", ar=gz.office_label(role, state), iso=state, role=role,
                  en=gz.office_label(role, state, "en"), named=False)


def honorific_pronouns(doc: Document, people: list[PersonMention]) -> list[PersonMention]:
    """'وكان جلالته قد التقى ...': a title-pronoun stands for the last person of that rank named before it;
    in a cable's wording ('لفخامته ولحكومة وشعب جمهورية X') for the holder of the state named with it."""
    ordered = sorted((m for m in people if m.person), key=lambda m: m.start)
    out: list[PersonMention] = []
    titles = doc.lang.words.of("title-pronoun")
    if not any(title in doc.folded for title in titles):
        return out
    for t in doc.tokens:
        if t.text not in titles and t.text[1:] not in titles and t.text[2:] not in titles:
            continue
        roles = title_pronoun_roles(t.text, doc.lang.words)
        if not roles:
            continue
        p = _pronoun_person(doc, ordered, t.index, roles)
        if p is not None:
            sent = next(s.index for s in doc.sentences if s.tok_start <= t.index < s.tok_end)
            out.append(PersonMention("person", t.index, t.index + 1, sent, iso=p.iso, person=p, role=p.role,
                                     via="pronoun"))
    return out


def corefer_offices(people: list[PersonMention]) -> list[PersonMention]:
    """'الرئيس العراقي' and 'فؤاد معصوم رئيس الجمهورية العراقية' in one article are one person: an
    office holder the text does not name is the named person of that state and role, when there is one.
    Returns the people with those office holders named."""
    named: dict[tuple[str | None, str | None], set[Person]] = {}
    for m in people:
        if m.person.named:
            named.setdefault((m.person.iso, m.role), set()).add(m.person)
    out = []
    for m in people:
        if not m.person.named:
            found = set(named.get((m.person.iso, m.role), set()))
            # 'the Honduran minister' after 'the foreign minister of Honduras ...'
            if m.role == "minister":
                found |= named.get((m.person.iso, "foreign_minister"), set())
            known = {p for p in found if p.gazetteer}
            if len(known) == 1 or len(found) == 1:
                m = replace(m, person=next(iter(known if len(known) == 1 else found)))
        out.append(m)
    return out


def holders_written(people: list[PersonMention]) -> list[PersonMention]:
    """A title alone read as its holder on the article's day (perhaps a day inferred), when the text names
    one other person of that state in that office in that sentence or the next or last ('رئيس وزراء
    إسرائيل' in a headline, 'نفتالي بينيت رئيس وزراء دولة إسرائيل' in the lead): the one named. Returns the
    people with those holders replaced."""
    written = [m for m in people if m.person.named and m.via not in TITLE_READINGS]

    def near(m: PersonMention) -> set[Person]:
        return {n.person for n in written if abs(n.sent - m.sent) <= 1 and (n.person.iso, n.role) ==
                (m.person.iso, m.role)}
    return [replace(m, person=next(iter(found)))
            if m.via == "office-holder" and len(found := near(m)) == 1 else m for m in people]


def described_mentions(doc: Document, people: list[PersonMention]) -> list[PersonMention]:
    """'أمضى المسؤول الصيني ثلاثة أيام في ...', 'وقال الضيف التركي': a noun of an official, a guest or a
    visitor (word class `described-person`) and a state's nisba stand for the one person of that state
    named before in the article (none when two were)."""
    toks, out = doc.tokens, []
    taken = {k for m in people for k in range(m.start, m.end)}
    for m in doc.mentions:
        if m.kind != "state" or m.via != "nisba" or m.start == 0 or m.start - 1 in taken \
                or not doc.lang.words.has_stripped(toks[m.start - 1].text, "described-person"):
            continue
        before = {p.person for p in people if p.end <= m.start and p.person.named and p.person.iso == m.iso}
        if len(before) == 1:
            person = next(iter(before))
            out.append(PersonMention("person", m.start - 1, m.end, m.sent, iso=person.iso, person=person,
                                     role=person.role, via="described"))
    return out


def corefer(doc: Document) -> Document:
    """The stage."""
    people = corefer_offices(corefer_bare_offices(holders_written(doc.people), doc.home,
                                                  doc.lang.gazetteer, [t.text for t in doc.tokens]))
    people += honorific_pronouns(doc, people)
    people += surname_mentions(doc, people, doc.mentions)
    people += described_mentions(doc, people)
    surnamed = {(m.start, m.end) for m in people if m.via == "surname"}
    # a word read as a person's surname is no nisba, nor the particle its form also is (were-it-not)
    lexical = [m for m in doc.mentions if not (m.kind in ("state", "modal") and (m.start, m.end) in surnamed)]
    found: list[Mention] = [*lexical, *people, *doc.dates]
    doc.people = people
    doc.mentions = dedupe_states(sorted(found, key=lambda m: (m.start, -m.end, m.kind)))
    find_focus(doc)
    return doc
