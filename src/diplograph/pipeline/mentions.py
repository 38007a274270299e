"""Stage 4, mentions: find states, people, places, offices, dates and cue words in each sentence.

Reads `doc.tokens`, `doc.sentences`; adds `doc.mentions`, `doc.published` (when the text states it),
`doc.home` (the reporting state, from the agency in the dateline) and `doc.focus` (the article's states,
most mentioned first).

People come from the leaders gazetteer (resolved to the term in office at the article's date), from
the pattern office + nisba/state + name ("رئيس الوزراء العراقي محمد شياع السوداني"), from an office
alone ("الرئيس الصيني" -> the holder at the article's date, or an unnamed office holder), and from a
name followed by its office ("فؤاد معصوم رئيس الجمهورية العراقية").
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from operator import itemgetter

from ..document import DateMention, DateValue, Document, Mention, Person, PersonMention, Place, Sentence
from ..lexicon import split, word_class, word_form, word_prefixes, words
from ..gazetteer import (
    Entry,
    Gazetteer,
    LeaderTerm,
    first_token_variants,
    gazetteer,
    name_tokens,
    office_label,
    sole_kingdom,
)
from .dates import find_dates
from .occasions import occasion_year

HOME_ROLES = {"president", "prime_minister", "foreign_minister", "king", "crown_prince", "emir"}


def match_sentence(doc: Document, gz: Gazetteer, sent_index: int, a: int, b: int,
                   starts: dict[int, list[tuple[str, ...]]] | None = None) -> list[Mention]:
    """Leftmost-longest phrase matching over tokens [a, b) of one sentence (`starts`: the gazetteer keys
    found in the document, by token, from `Gazetteer.keys_in`; found here when not given)."""
    toks = doc.tokens
    out: list[Mention] = []
    if starts is None:
        starts = gz.keys_in([t.text for t in toks])
    conj = word_prefixes("conjunction")
    free = a         # the first token not inside a phrase found already
    for i in [k for k in range(a, b) if k in starts]:
        keys = [k for k in starts[i] if i + len(k) <= b]     # within the sentence
        if i < free or not keys:
            continue
        # the longest key, then the one whose first word strips the fewest clitics
        order = first_token_variants(toks[i].text)
        key = max(keys, key=lambda k: (len(k), -order.index(k[0])))
        length, entries, variant = len(key), gz.lookup(key), key[0]
        prefix = _clitics(toks[i].text, variant)
        for e in entries:
            m = _mention(e, i, i + length, sent_index)
            m.prefix = prefix
            if m.kind in ("state", "place"):
                m.value = prefix
            out.append(m)
        if variant != toks[i].text and toks[i].text.startswith(conj) and not variant.startswith(conj):
            out.append(Mention("conj", i, i, sent_index))
        free = i + length
    return out


def _clitics(token: str, variant: str) -> str:
    """The clitics stripped from `token` to give `variant`: 'وبالرياض'/'الرياض' -> 'وب',
    'للاتفاقيات'/'الاتفاقيات' -> 'ل'."""
    if variant == token:
        return ""
    if token.endswith(variant):
        return token[:len(token) - len(variant)]
    lam = word_form("lam")
    if variant.startswith(word_prefixes("article")) and token.endswith(lam + variant[2:]) \
            and token[:-len(variant) + 1].endswith(lam):
        return token[:len(token) - len(variant) + 1]      # lam-lam + word = lam + the article + word
    return ""


def _mention(e: Entry, a: int, b: int, sent: int) -> Mention:
    if e.kind == "state":
        return Mention("state", a, b, sent, iso=e.value, via=e.via, place=e.ref)  # type: ignore[arg-type]
    if e.kind == "place":
        return Mention("place", a, b, sent, iso=e.value or None, via="city", place=e.ref)  # type: ignore[arg-type]
    if e.kind == "leader":
        return _leader(e, a, b, sent)
    if e.kind == "office":
        return Mention("office", a, b, sent, role=e.value, via=e.via)
    if e.kind == "honorific":
        iso, role = e.value.split(":")
        return Mention("office", a, b, sent, role=role, iso=iso, via="honorific")
    return Mention(e.kind, a, b, sent, value=e.value, via=e.via)


def _leader(e: Entry, a: int, b: int, sent: int) -> Mention:
    return Mention("leader", a, b, sent, via="gazetteer", value=e.value, terms=e.ref)  # type: ignore[arg-type]


SENIORITY = ("king", "emir", "sultan", "president", "crown_prince", "prime_minister", "foreign_minister")


def _senior(t: LeaderTerm) -> tuple[int, DateValue]:
    role = t.person.role or ""
    return (SENIORITY.index(role) if role in SENIORITY else len(SENIORITY), t.start or DateValue(0))


def pick_term(terms: Sequence[LeaderTerm], day: dt.date | None) -> Person:
    """The office a gazetteer person held on the article's date (the most senior one if several; the
    latest term when the date is unknown)."""
    if day is not None:
        live = [t for t in terms if t.covers(day)]
        if live:
            return min(live, key=_senior).person
        dated = [t for t in terms if t.start is not None]
        if dated:
            def distance(t: LeaderTerm) -> int:
                start = t.start or DateValue(0)
                lo = dt.date(start.year, start.month or 1, start.day or 1)
                return abs((lo - day).days)
            return min(dated, key=distance).person
    latest = max(terms, key=lambda t: (t.start or DateValue(0)))
    return min((t for t in terms if t.person.key == latest.person.key), key=_senior).person


DatesOf = Callable[[Sentence], list[DateMention]]


def find_published(doc: Document, dates_of: DatesOf) -> None:
    """Publication date from the text: a full date next to 'اليوم' early on, or a short dateline.
    `dates_of` gives a sentence's dates (found once per sentence while the date is unknown)."""
    if doc.published:
        return
    for sent in doc.sentences[:4]:
        ms = doc.in_sentence(sent.index)
        dates = [m for m in dates_of(sent) if m.value in ("explicit", "hijri") and m.date and m.date.day]
        today = [m for m in ms if m.kind == "time" and m.value == "today"]
        for d in dates:
            if any(abs(t.end - d.start) <= 3 or abs(d.end - t.start) <= 3 for t in today):
                doc.published, doc.published_from = d.date.as_date(), "text"
                return
    for sent in doc.sentences[:2]:
        if sent.tok_end - sent.tok_start <= 25 and not any(
                m.kind == "trigger" for m in doc.mentions if m.sent == sent.index):
            dates = [m for m in dates_of(sent) if m.date and m.date.day and (
                m.start - sent.tok_start <= 6 or sent.tok_end - m.end <= 6)]
            if dates:     # a dateline: city, Hijri date, 'corresponding to' Gregorian date, agency
                doc.published, doc.published_from = dates[-1].date.as_date(), "text"
                return
    doc.year = occasion_year(doc)
    _published_from_weekday(doc)
    if doc.published is None:
        _published_from_span(doc, dates_of)




def _dateline_day_month(doc: Document) -> tuple[int, int] | None:
    """(day, month) of a Gregorian day and month among the first words of the first two sentences."""
    toks = doc.tokens
    for sent in doc.sentences[:2]:
        lex = {m.start: m for m in doc.mentions if m.sent == sent.index and m.kind == "month"}
        for i in range(sent.tok_start, min(sent.tok_end, sent.tok_start + 6)):
            if toks[i].text.isdecimal() and (m := lex.get(i + 1)) is not None and m.via == "gregorian":
                return int(toks[i].text), int(m.value or 0)
    return None


def _named_years(doc: Document) -> set[int]:
    """The years 1900-2100 the article names, but target years ('by 2030')."""
    toks, targets = doc.tokens, word_class("target-word")
    return {int(t.text) for k, t in enumerate(toks) if t.text.isdecimal() and len(t.text) == 4
            and 1900 <= int(t.text) <= 2100
            and not any(toks[j].text in targets for j in range(max(0, k - 3), k))}


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _published_from_weekday(doc: Document) -> None:
    """A dateline with day and month but no year ('القاهرة في ١٤ أغسطس'), and 'اليوم الأربعاء' in the
    lead: the year is the one, among the years the article names, in which that day is that weekday."""
    dateline = _dateline_day_month(doc)
    if not dateline:
        return
    day_, month = dateline
    weekday = _today_weekday(doc)
    if doc.year is not None:     # 'Doha, 23 September' ... 'the kingdom's 94th national day': 2024
        day = _day(doc.year, month, day_)
        if day is not None and (weekday is None or day.weekday() == weekday):
            doc.published, doc.published_from = day, "inferred"
        return
    years = _named_years(doc)
    if not years:
        return
    if weekday is None:
        # no weekday to check against: the latest year the article names (not a target year)
        day = _day(max(years), month, day_)
        if day is not None:
            doc.published, doc.published_from = day, "inferred"
        return
    top = max(years)
    fits = [d for year in range(top - 1, top + 2)
            if (d := _day(year, month, day_)) and d.weekday() == weekday]
    if len(fits) == 1:
        doc.published, doc.published_from = fits[0], "text"


def latest_day(doc: Document, dated: list[list[DateMention]]) -> dt.date | None:
    """With no publication date, the latest full date (or month) the text names, not a target year: the
    article is at least that recent, and its office holders are those of that day. `dated`: each
    sentence's dates."""
    days = []
    for sent in doc.sentences:
        for m in dated[sent.index]:
            if m.value not in ("explicit", "hijri") or m.date is None or m.date.precision == "year":
                continue
            targets = word_class("target-word")
            if any(doc.tokens[k].text in targets for k in range(max(sent.tok_start, m.start - 3), m.start)):
                continue
            days.append(m.date.as_date() or dt.date(m.date.year, m.date.month or 1, 15))
    if doc.year is not None:
        days.append(dt.date(doc.year, 7, 1))
    return max(days) if days else None


def _today_weekday(doc: Document) -> int | None:
    """The weekday of 'اليوم الاثنين' in the lead, if the lead names one."""
    for sent in doc.sentences[:4]:
        ms = [m for m in doc.mentions if m.sent == sent.index]
        today = [m for m in ms if m.kind == "time" and m.value == "today"]
        days = [m for m in ms if m.kind == "weekday" and any(0 <= m.start - t.end <= 2 for t in today)]
        if days:
            return int(days[0].value or 0)
    return None


def _published_from_span(doc: Document, dates_of: DatesOf) -> None:
    """'وقّع ... اليوم الاثنين' and, in the lead, the visit 'من 28 إلى 30 أكتوبر 2024' under way: today is
    the one day of that span (or the one dated day) that is a Monday."""
    weekday = _today_weekday(doc)
    if weekday is None:
        return
    fits = set()
    for sent in doc.sentences[:4]:
        for m in dates_of(sent):
            start = m.date.as_date() if m.value in ("explicit", "hijri") and m.date else None
            if start is None:
                continue
            days = (start + dt.timedelta(days=k) for k in range(m.date.days))
            fits |= {d for d in days if d.weekday() == weekday}
    if len(fits) == 1:
        doc.published, doc.published_from = fits.pop(), "inferred"


def _unnamed(iso: str, role: str) -> Person:
    return Person(key=f"{iso.lower()}-office-{role}", ar=office_label(role, iso), iso=iso, role=role,
                  en=office_label(role, iso, "en"), named=False)


def _new_person(name: str, folded: str, iso: str | None, role: str | None) -> Person:
    digest = hashlib.sha256(f"{folded}|{iso or ''}".encode()).hexdigest()[:12]
    return Person(key=f"{(iso or 'xx').lower()}-{digest}", ar=name, iso=iso, role=role)


def _name_after(doc: Document, i: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """An unknown person's name starting at token i: 2-4 name words (an ال-word only last) that end at a
    clear boundary (punctuation, a function word, another mention, the end of the sentence)."""
    span = _name_words(doc, i, end, taken)
    if span is None:
        return None
    j = span[1]
    nxt = doc.tokens[j].text if j < end else ""
    stop = word_class("name-stop")
    if j >= end or j in taken or not nxt.isalpha() or nxt in stop \
            or (nxt[0] in word_class("conjunction") and nxt[1:] in stop):
        return span
    return None


def _name_words(doc: Document, i: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    toks = doc.tokens
    if i < end and toks[i].text.startswith(word_prefixes("name-bad-start")):
        return None
    j = i
    words = 0       # name words, not counting joiners: Badr bin Hamad bin Hamood Albusaidi has four
    stop, joiners, conj = word_class("name-stop"), word_class("name-joiner"), word_class("conjunction")
    while j < end and words < 5 and j - i < 9 and (words < 4 or toks[j - 1].text in joiners):
        t = toks[j].text
        words += t not in word_class("name-joiner")
        if j in taken or not t.isalpha() or t in stop or len(t) < 2 or (t[0] in conj and t[1:] in stop):
            break
        if t.startswith(word_prefixes("article")) and t not in joiners:
            if j > i and toks[j - 1].text not in word_class("name-joiner"):
                j += 1
            elif j > i:
                j += 1
            break
        j += 1
    if j - i >= 2 or (j - i == 1 and toks[i].text in ()):
        return i, j
    return None


@dataclass
class _People:
    """Reading the people of one sentence: gazetteer names, then each office and what follows it. `taken`
    holds the tokens a person already covers; `out` the people found so far."""

    doc: Document
    gz: Gazetteer
    sent: Sentence
    ms: list[Mention]
    taken: set[int] = field(default_factory=set)
    by_start: dict[int, Mention] = field(default_factory=dict)
    out: list[PersonMention] = field(default_factory=list)
    skip_offices: set[int] = field(default_factory=set)
    named_ends: set[int] = field(default_factory=set)

    def person(self, span: tuple[int, int], p: Person, iso: str | None, role: str | None,
               via: str) -> PersonMention:
        return PersonMention("person", span[0], span[1], self.sent.index, iso=iso, person=p, role=role,
                             via=via)

    def gazetteer_names(self) -> None:
        """Names of the leaders gazetteer, each the office its holder held on the publication day."""
        toks, end = self.doc.tokens, self.sent.tok_end
        by_span: dict[tuple[int, int], list[LeaderTerm]] = {}
        for m in self.ms:
            if m.kind == "leader":
                by_span.setdefault((m.start, m.end), []).extend(m.terms)
        for (a, b), terms in sorted(by_span.items()):
            if b + 1 < end and toks[b].text in word_class("son-of"):
                terms = [t for t in terms if toks[b + 1].text in name_tokens(t.person.ar)]
                if not terms:
                    self.taken -= set(range(a, b))   # free for the name patterns
                    # Mohammed bin Abdulrahman bin Abdulaziz is not Mohammed bin Abdulrahman bin Jassim
                    continue
            p = pick_term(terms, self.doc.published)    # names: on the publication day only
            self.out.append(self.person((a, b), p, p.iso, p.role, "gazetteer"))

    def courtesies(self, j: int) -> tuple[int, bool]:
        """Past courtesy titles (and 'former') from token j: where the title ends, and whether 'former'."""
        former = False
        while j < self.sent.tok_end and (c := self.by_start.get(j)) is not None \
                and c.kind in ("courtesy", "former"):
            former = former or c.kind == "former"
            j = c.end
        return j, former

    def leader_of(self, m: Mention) -> None:
        """'the Chinese leader': the head of state of the nisba's state (bare offices: on the latest day)."""
        st = self.by_start.get(m.end)
        if st is not None and st.kind == "state" and st.via == "nisba":
            head = _head_of_state(self.gz, st.iso or "", self.doc.as_of)
            if head is not None:
                self.out.append(self.person((m.start, st.end), head, st.iso, head.role, "office-holder"))

    def title_of_named(self, m: Mention) -> bool:
        """'Fuad Masum, President of the Iraqi Republic': the office is the named person's title."""
        gap = [k for k in range(m.start - 2, m.start + 1) if k in self.named_ends]
        return bool(gap) and all(self.doc.tokens[k].text in ("،", ",") for k in range(gap[-1], m.start)) \
            and m.via != "honorific"

    def office_state(self, m: Mention) -> tuple[str | None, int, int, bool] | None:
        """The state an office names after it and where its title ends: (iso, next token, title end,
        former); None when the office was read as an indefinite person ('a Lebanese president')."""
        j, former = self.courtesies(m.end)
        iso, title_end = m.iso, j
        st = self.by_start.get(j)
        if iso is None and m.role == "ambassador" and st is not None and st.kind == "office" and st.iso:
            # the ambassador of the Custodian of the Two Holy Mosques: the king's
            iso, j = st.iso, st.end
            title_end = j
            self.skip_offices.add(st.start)
            st = self.by_start.get(j)
        if iso is None and st is not None and st.kind == "state" and st.via == "nisba" and m.role and not any(
                self.doc.tokens[k].text.startswith(word_prefixes("definite"))
                for k in range(m.start, st.end)):
            # 'the last visit by a Lebanese president': a president, not the one in office
            self.out.append(self.person((m.start, st.end), _unnamed(st.iso or "", m.role), st.iso, m.role,
                                        "indefinite"))
            return None
        if iso is None and st is not None and st.kind == "state" and st.via in ("nisba", "name"):
            iso, j = st.iso, st.end
            title_end = j
            if st.via == "name" and (then := self.by_start.get(j)) is not None and then.kind == "state" \
                    and then.via == "nisba":
                j = then.end
        elif iso is None and m.role == "president" and st is not None and st.kind == "state" \
                and st.via == "capital":
            iso, j = st.iso, st.end
        j, more = self.courtesies(j)
        return iso, j, title_end, former or more

    def title_of_next(self, m: Mention, j: int, people_at: dict[int, PersonMention]) -> bool:
        """A person named just after the title (past courtesies and states): the title is theirs."""
        gap_ok = {k for c in self.ms if c.kind in ("courtesy", "state") for k in range(c.start, c.end)}
        near = [k for k in range(j, min(j + 3, self.sent.tok_end)) if k in people_at
                and all(g in gap_ok for g in range(j, k))]
        if near:
            people_at[near[0]].start = min(people_at[near[0]].start, m.start)
        return bool(near)

    def holder_by_name(self, m: Mention, j: int, iso: str | None) -> bool:
        """'the King Salman': an office and one word of its holder's name (not a function word: Moon
        Jae-in's first name is written like 'that')."""
        toks = self.doc.tokens
        if j >= self.sent.tok_end or toks[j].text in word_class("name-stop"):
            return False
        known = self.gz.by_title_name(m.role or "", toks[j].text, iso, self.doc.published)
        if known is None:
            return False
        self.out.append(self.person((m.start, j + 1), known, known.iso, known.role, "gazetteer"))
        self.taken.add(j)
        return True

    def name_after(self, m: Mention, j: int, iso: str | None) -> tuple[tuple[int, int] | None, str | None]:
        """An unknown name after the title, also past a portfolio ('the minister of electricity and
        renewable energy Mohamed Shaker', 'the Russian energy minister Nikolai Shulginov')."""
        span = _name_after(self.doc, j, self.sent.tok_end, self.taken)
        if span is None and m.role in ("minister", "other"):
            k = j
            while k < min(j + 6, self.sent.tok_end):
                st = self.by_start.get(k)
                if st is not None and st.kind == "state" and st.via == "nisba":
                    iso, k = iso or st.iso, st.end
                elif k not in self.taken \
                        and self.doc.tokens[k].text.startswith(word_prefixes("portfolio-start")):
                    k += 1
                else:
                    break
            if k > j:
                span = _name_after(self.doc, k, self.sent.tok_end, self.taken)
        if span and not iso:
            iso = _nearby_state(self.ms, m.start) or self.doc.home
        return span, iso

    def office_holder(self, m: Mention, iso: str | None, span: tuple[int, int] | None,
                      title_end: int) -> None:
        """An office with no name: its holder on the article's day (the reporting state's, for 'His
        Majesty the King' with no state), else an unnamed office holder."""
        bare = iso is None
        if iso is None and m.role in HOME_ROLES and not span:
            states = [s for s in (self.doc.home, *self.doc.focus) if s]
            iso = next((s for s in states if self.gz.holder(s, m.role, self.doc.as_of)),
                       states[0] if states else None)
        if iso and m.role:
            holder = self.gz.holder(iso, m.role, self.doc.as_of)
            p = holder or _unnamed(iso, m.role)
            via = "bare" if bare else ("office-holder" if holder else "office")
            self.out.append(self.person((m.start, title_end), p, iso, m.role, via))

    def office(self, m: Mention, people_at: dict[int, PersonMention], deputies: list[Mention]) -> None:
        """The person an office stands for: named after it, its holder, or an unnamed office holder."""
        if m.start in self.skip_offices or m.via in ("du", "pl") or m.role == "parliament":
            return
        if m.role == "leader":
            self.leader_of(m)
            return
        if any(0 <= m.start - d.end <= 2 for d in deputies):
            # 'the diplomatic adviser of the Italian prime minister Armando Varricchio': the adviser
            adviser = _deputy_with_name(self.doc, m, self.by_start, self.sent, self.taken)
            if adviser is not None:
                self.out.append(adviser)
            return
        where = None if self.title_of_named(m) else self.office_state(m)
        if where is None:
            return
        iso, j, title_end, former = where
        if self.title_of_next(m, j, people_at) or self.holder_by_name(m, j, iso):
            return
        span, iso = self.name_after(m, j, iso)
        if span and iso:
            folded = " ".join(t.text for t in self.doc.tokens[span[0]:span[1]])
            p = _new_person(self.doc.surface(*span), folded, iso, m.role)
            self.out.append(self.person((m.start, span[1]), p, iso, m.role, "pattern"))
            self.taken |= set(range(span[0], span[1]))
        elif not former:        # 'the former US president' with no name: not today's holder
            self.office_holder(m, iso, span, title_end)


def find_people(doc: Document, gz: Gazetteer, sent_index: int, ms: list[Mention]) -> list[PersonMention]:
    """Turn gazetteer hits, offices and name patterns of one sentence into person mentions."""
    r = _People(doc, gz, doc.sentences[sent_index], ms,
                taken={k for m in ms if m.kind not in ("conj",) for k in range(m.start, m.end)},
                by_start={m.start: m for m in ms if m.kind != "conj"})
    r.gazetteer_names()
    people_at = {m.start: m for m in r.out}
    r.named_ends = {m.end for m in r.out}
    deputies = [m for m in ms if m.kind in ("deputy", "institution")]
    for m in sorted((x for x in ms if x.kind == "office"), key=lambda x: x.start):
        r.office(m, people_at, deputies)
    out = r.out
    out += _counterparts(doc, gz, sent_index, ms, out)
    out += _spouses(doc, sent_index, ms, out, r.taken)
    out += _courtesy_names(doc, sent_index, ms, out, r.taken)
    out += _appositive_names(doc, sent_index, ms, r.taken)
    return out


def _appositive_names(doc: Document, sent_index: int, ms: list[Mention],
                      taken: set[int]) -> list[PersonMention]:
    """'استقبل الملك ...، جاريد كوشنر، كبير مستشاري الرئيس الأمريكي، ومئير بن شبات، مستشار الأمن القومي
    الإسرائيلي': a name set off by commas and followed by a title of some state is a person of that state."""
    toks = doc.tokens
    sent = doc.sentences[sent_index]
    out = []
    for t in sorted((m for m in ms if m.kind in ("office", "deputy")), key=lambda m: m.start):
        comma = t.start - 1
        if comma <= sent.tok_start or toks[comma].text not in ("،", ","):
            continue
        a = comma
        while a > sent.tok_start and comma - a < 4 and (a - 1) not in taken and toks[a - 1].text.isalpha() \
                and toks[a - 1].text not in word_class("name-stop"):
            a -= 1
        if a > sent.tok_start and toks[a - 1].text not in ("،", ","):
            continue        # the name must open the sentence or follow a comma (not end a longer name)
        span = (a, comma)
        if span[1] - span[0] < 2 or any(k in taken for k in range(*span)):
            continue
        iso = _appositive_state(doc, ms, comma)
        if iso is None:
            continue
        words = [tk.text for tk in toks[span[0]:span[1]]]
        label = doc.surface(*span)
        if words[0].startswith(word_prefixes("and")) and len(words[0]) > 3 \
                and words[0] not in word_class("name-waw"):   # 'and Meir Ben-Shabbat': not a name 'Wmeir'
            words[0], label = words[0][1:], label[1:]
        role = t.role if t.kind == "office" and t.via == "sg" and t.role else "other"
        p = _known_person(doc, words, iso) or _new_person(label, " ".join(words), iso, role)
        out.append(PersonMention("person", span[0], span[1], sent_index, iso=iso, person=p, role=p.role,
                                 via="appositive"))
        taken |= set(range(*span))
    return out


def _appositive_state(doc: Document, ms: list[Mention], end: int) -> str | None:
    """'السيد جاريد كوشنر، كبير مستشاري الرئيس الأمريكي،': the state in the title set off after the name."""
    toks = doc.tokens
    if end >= len(toks) or toks[end].text not in ("،", ",") or not any(
            m.kind in ("office", "deputy") and end < m.start <= end + 3 for m in ms):
        return None       # not ', in the Japanese capital': a title must follow
    stop = next((k for k in range(end + 1, min(end + 9, len(toks))) if toks[k].text in ("،", ",", ".")),
                end + 9)
    inside = [m for m in ms if m.kind == "state" and m.iso and end < m.start < stop]
    return inside[0].iso if inside else None


def _known_person(doc: Document, words: list[str], iso: str) -> Person | None:
    """'السيدة جيورجيا ميلوني' spelt otherwise than the gazetteer's 'جورجا ميلوني': the office holder of that
    state whose name shares the last word, if exactly one holds an office then."""
    gz = gazetteer()
    found = {p for role in SENIORITY + ("minister",)
             if (p := gz.by_title_name(role, words[-1], iso, doc.published))}
    if len(found) != 1:
        return None
    p = found.pop()
    first = name_tokens(p.ar)[0]
    if len(words) > 1 and SequenceMatcher(None, first, words[0]).ratio() < 0.6:
        return None         # Michelle Obama is not Barack Obama
    return p


def _first_word(m: Mention) -> str:
    words = name_tokens(m.person.ar) if m.person else ()
    return words[0] if words else ""


def _courtesy_names(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
                    taken: set[int]) -> list[PersonMention]:
    """'... المهندس عادل بن محمد فقيه': a courtesy title before a name built on 'بن' (or 'السيدة' before any
    full name) names a person even far from an office; the state is the one named just before (or the
    kingdom 'المملكة' stands for, or the reporting agency's)."""
    out = []
    sent = doc.sentences[sent_index]
    toks = doc.tokens
    for c in (m for m in ms if m.kind == "courtesy"):
        if any(p.start <= c.start < p.end for p in people):
            continue
        span = _name_after(doc, c.end, sent.tok_end, taken)
        mister = toks[c.start].text.removeprefix(word_form("and")) in word_class("mister")   # 'and Mrs Asma
        kin = next((p for p in people if p.start == c.end + 1 == p.end - 1 and p.via == "gazetteer"), None)
        if mister and span is None and kin is not None and c.end not in taken and toks[c.end].text.isalpha() \
                and _first_word(kin) != toks[c.end].text:
            span = (c.end, c.end + 2)       # 'and Mrs Michelle Obama': not the president but his wife
            people.remove(kin)
        if span is None or not mister and (span[1] - span[0] < 3 or not any(
                toks[k].text in word_class("child-of") for k in range(span[0] + 1, span[1] - 1))):
            continue
        iso = _appositive_state(doc, ms, span[1]) or _nearby_state(ms, c.start) \
            or _kingdom_before(doc, ms, c.start) or doc.home
        if iso is None:
            continue
        folded = " ".join(t.text for t in toks[span[0]:span[1]])
        p = _known_person(doc, folded.split(), iso) or _new_person(doc.surface(*span), folded, iso, "other")
        out.append(PersonMention("person", c.start, span[1], sent_index, iso=iso, person=p, role=p.role,
                                 via="pattern"))
        taken |= set(range(span[0], span[1]))
    return out


def _deputy_with_name(doc: Document, m: Mention, by_start: dict[int, Mention], sent: Sentence,
                      taken: set[int]) -> PersonMention | None:
    """A deputy or adviser of an office, named right after it: a person (role other) of that state."""
    j = m.end
    iso = None
    while j < sent.tok_end and (c := by_start.get(j)) is not None and c.kind in ("courtesy", "state"):
        if c.kind == "state" and c.via in ("nisba", "name"):
            iso = c.iso
        j = c.end
    if not iso or any(d.kind == "institution" and d.end == m.start for d in by_start.values()):
        return None
    span = _name_after(doc, j, sent.tok_end, taken)
    if span is None:
        return None
    folded = " ".join(t.text for t in doc.tokens[span[0]:span[1]])
    taken |= set(range(span[0], span[1]))
    return PersonMention("person", m.start, span[1], sent.index, iso=iso,
                   person=_new_person(doc.surface(*span), folded, iso, "other"), role="other", via="pattern")


def _spouses(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
             taken: set[int]) -> list[PersonMention]:
    """'الرئيس الفرنسي وحرمه السيدة بريجيت ماكرون': the spouse, of the same state as the person before."""
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
        while k < sent.tok_end and k - j < 3 and doc.tokens[k].text.isalpha() \
                and doc.tokens[k].text not in word_class("name-stop"):
            k += 1
        span = (j, k) if k - j >= 2 else None
        if span:
            # 'and his wife Mrs Brigitte Macron': the surname alone matched her husband; the name is hers
            people[:] = [p for p in people if not (span[0] <= p.start < span[1])]
            name = doc.surface(*span)
            folded = " ".join(t.text for t in doc.tokens[span[0]:span[1]])
            iso = before[-1].person.iso
            out.append(PersonMention("person", c.start, span[1], sent_index, iso=iso,
                               person=_new_person(name, folded, iso, "other"), role="other", via="spouse"))
    return out


def _counterparts(doc: Document, gz: Gazetteer, sent_index: int, ms: list[Mention],
                  people: list[PersonMention]) -> list[PersonMention]:
    """'نظيره التركي': the office holder of that state with the same role as the person before it."""
    out = []
    states = {m.start: m for m in ms if m.kind == "state" and m.via == "nisba"}
    named_at = {m.start for m in people}
    for c in (m for m in ms if m.kind == "counterpart"):
        st = states.get(c.end)
        if st is None or c.end + 1 in named_at or st.end in named_at:
            continue      # 'his Iranian counterpart Masoud Pezeshkian': the name is found already
        before = sorted((p for p in people if p.end <= c.start and p.person), key=lambda p: p.start)
        role = before[-1].role if before and before[-1].role else "president"
        holder = gz.holder(st.iso or "", role, doc.as_of)
        p = holder or _unnamed(st.iso or "", role)
        out.append(PersonMention("person", c.start, st.end, sent_index, iso=st.iso, person=p, role=role,
                           via="counterpart"))
    return out


HEADS = ("president", "king", "emir", "sultan")


def _head_of_state(gz: Gazetteer, iso: str, day: dt.date | None) -> Person | None:
    """'الزعيم الصيني': the head of state at the article's date."""
    for role in HEADS:
        p = gz.holder(iso, role, day)
        if p is not None:
            return p
    return None


def _nearby_state(ms: list[Mention], at: int) -> str | None:
    """'من جانب ناميبيا مندوبها ... السفير X': the state named just before an office without a nisba.
    Two nisbas in a row ('المنتدى السعودي الياباني') or two states joined ('بين المملكة واليابان') describe a
    bilateral thing, not the person's state."""
    before = [m for m in ms if m.kind == "state" and m.end <= at and at - m.end <= 8]
    pairs = {b.start for b in before if b.prefix.startswith(word_prefixes("and")) and any(
        a.end == b.start and a.kind in ("state", "kingdom") for a in ms)}
    pairs |= {k for a, b in zip(before, before[1:]) if a.via == b.via == "nisba" and a.end == b.start
              for k in (a.start, b.start)}
    before = [m for m in before if m.start not in pairs]
    return before[-1].iso if before else None




def _capital_by_nisba(doc: Document, gz: Gazetteer, ms: list[Mention]) -> None:
    """'في العاصمة الصينية': the capital of the state the nisba names, as a place."""
    for m in ms:
        if m.kind == "state" and m.via == "nisba" and m.start > 0 \
                and doc.tokens[m.start - 1].text in word_class("capital-word"):
            country = gz.countries.get(m.iso or "")
            if country is not None and country.capital is not None:
                m.via, m.place = "capital", country.capital


def _kingdom_before(doc: Document, ms: list[Mention], at: int) -> str | None:
    """'رئيس وفد المملكة ... المهندس X': 'المملكة' is the one kingdom the article names."""
    if not any(m.kind == "kingdom" and m.end <= at for m in ms):
        return None
    return sole_kingdom(doc)


def _amman(doc: Document, ms: list[Mention]) -> None:
    """'عمّان' (with shadda) is Amman, Jordan's capital; 'عمان' without it is Oman."""
    amman = None
    for m in ms:
        if m.kind == "state" and m.iso == "OM" and "\u0651" in (surface := doc.surface(m.start, m.end)):
            amman = amman or next((p for p in gazetteer().places.values()
                                   if p.en == "Amman" and p.iso == "JO"), None)
            label = surface[len(m.prefix):] if m.prefix and surface.startswith(m.prefix) else surface
            m.iso, m.via = "JO", "capital"
            m.place = Place(amman.key, label, "JO", amman.en, amman.qid) if amman else None


def _dedupe(ms: list[Mention]) -> list[Mention]:
    """One state mention per span ('السعودية' is both the name and the feminine nisba)."""
    seen: set[tuple[int, int, str | None]] = set()
    out = []
    for m in ms:
        if m.kind == "state":
            key = (m.start, m.end, m.iso)
            if key in seen:
                continue
            seen.add(key)
        out.append(m)
    return out


def find_focus(doc: Document) -> None:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in doc.mentions:
        iso = m.iso if m.kind in ("state", "person") else None
        if not iso:
            continue
        weight = 3 if m.sent <= 1 else 1
        counts[iso] += weight
        first_seen.setdefault(iso, m.start)
    doc.focus = tuple(sorted(counts, key=lambda k: (-counts[k], first_seen[k])))


def find_home(doc: Document) -> None:
    edge = {s.index for s in doc.sentences[:2]} | {s.index for s in doc.sentences[-3:]}
    agencies = [m for m in doc.mentions if m.kind == "agency" and m.sent in edge]
    if agencies:
        doc.home = agencies[0].value
    for sent in doc.sentences[:3]:
        first = [m for m in doc.mentions if m.sent == sent.index and m.start <= sent.tok_start + 1
                 and m.kind in ("state", "place") and m.place is not None]
        short = sent.tok_end - sent.tok_start <= 30
        if first and short and (first[0].via in ("capital", "city")):
            doc.dateline_place = first[0].place
            break
    if doc.home is None and doc.dateline_place is not None and doc.dateline_place.iso in doc.focus[:2]:
        doc.home = doc.dateline_place.iso      # 'Manama - ...' with no agency named: a report from home


def find_mentions(doc: Document) -> Document:
    gz = gazetteer()
    lexical: list[Mention] = []
    starts = gz.keys_in(list(map(itemgetter(0), doc.tokens)))     # one pass over the whole text
    for s in doc.sentences:
        lexical += match_sentence(doc, gz, s.index, s.tok_start, s.tok_end, starts)
    _amman(doc, lexical)
    _capital_by_nisba(doc, gz, lexical)
    doc.mentions = lexical
    by_sent: dict[int, list[Mention]] = defaultdict(list)
    for m in lexical:
        by_sent[m.sent].append(m)
    undated: dict[int, list[DateMention]] = {}

    def dates_of(s: Sentence) -> list[DateMention]:
        """A sentence's dates, found once while the publication date is unknown."""
        if doc.published is not None:
            return find_dates(doc, s, by_sent[s.index])
        if s.index not in undated:
            undated[s.index] = find_dates(doc, s, by_sent[s.index])
        return undated[s.index]

    find_published(doc, dates_of)
    # dates do not depend on what follows; found once here when the article has no publication date
    dated = [dates_of(s) for s in doc.sentences] if doc.published is None else None
    if dated is not None:
        doc.reference = latest_day(doc, dated)
    find_focus(doc)
    find_home(doc)
    people: list[PersonMention] = []
    dates: list[DateMention] = []
    for s in doc.sentences:
        people += find_people(doc, gz, s.index, by_sent[s.index])
        dates += dated[s.index] if dated is not None else find_dates(doc, s, by_sent[s.index])
    corefer_bare_offices(people, doc.home)
    corefer_offices(people)
    people += honorific_pronouns(doc, people)
    people += surname_mentions(doc, people, lexical)
    found: list[Mention] = [*lexical, *people, *dates]
    doc.mentions = _dedupe(sorted(found, key=lambda m: (m.start, -m.end, m.kind)))
    find_focus(doc)
    return doc


def _surnames(people: list[PersonMention]) -> tuple[dict[str, list[Person]], set[str]]:
    """The last words of the names given in full (each with the people it may stand for), and the first
    words (a first name is not a surname)."""
    surnames: dict[str, list[Person]] = {}
    given: set[str] = set()
    for m in sorted(people, key=lambda x: (x.sent, x.start)):
        p = m.person
        words = name_tokens(p.ar)
        if not p.named or len(words) < 2:
            continue
        given.add(words[0])
        last = words[-1]
        if len(last) >= 3 and words[-2] not in word_class("not-before-surname") \
                and p not in surnames.get(last, []):
            surnames.setdefault(last, []).append(p)
    return surnames, given


def surname_mentions(doc: Document, people: list[PersonMention],
                     lexical: list[Mention]) -> list[PersonMention]:
    """'وكان عباس قد وصل' after 'الرئيس الفلسطيني محمود عباس': a person named in full earlier in the
    article, mentioned again by the last word of the name alone."""
    surnames, given = _surnames(people)
    out: list[PersonMention] = []
    if not surnames:
        return out
    taken = {k for m in lexical + people if m.kind != "conj" for k in range(m.start, m.end)}
    first_seen: dict[Person, int] = {}
    for m in people:
        first_seen[m.person] = min(first_seen.get(m.person, m.start), m.start)
    clitics = word_class("surname-clitic")
    for s in doc.sentences:
        for i in (k for k in range(s.tok_start, s.tok_end) if k not in taken):
            word = doc.tokens[i].text
            if word not in surnames and word[1:] not in surnames:
                continue
            for variant in (word, word[1:] if word[:1] in clitics else None):
                # the one person of that name named in full before this point (two: ambiguous)
                seen = [q for q in surnames.get(variant or "", []) if first_seen.get(q, 10**9) < i]
                if len(seen) == 1 and variant not in given:
                    out.append(PersonMention("person", i, i + 1, s.index, iso=seen[0].iso, person=seen[0],
                                             role=seen[0].role, via="surname"))
                    break
    return out


def corefer_bare_offices(people: list[PersonMention], home: str | None = None) -> None:
    """'رئيس الجمهورية' with no state named: the last person named before with that role (the reporting
    state's one first), else the first named after it, else the reporting state's holder (kept only if
    the gazetteer knows one)."""
    ordered = sorted(people, key=lambda x: (x.sent, x.start))
    last: dict[str | None, Person] = {}
    last_home: dict[str | None, Person] = {}
    for k, m in enumerate(ordered):
        if m.via == "bare":
            later = next((n.person for n in ordered[k + 1:] if n.via != "bare" and n.role == m.role
                          and n.person and n.person.named), None)
            found = last_home.get(m.role) or last.get(m.role) or later
            if found is not None:
                m.person, m.iso = found, found.iso
        elif m.person and m.person.named:
            last[m.role] = m.person
            if home and m.person.iso == home:
                last_home[m.role] = m.person
    people[:] = [m for m in people if not (m.via == "bare" and m.person and not m.person.named)]


def title_pronoun_roles(word: str) -> tuple[str, ...]:
    """The ranks a title-pronoun ('his majesty', after a clitic too) stands for (words.tsv, title-pronoun)."""
    w = words()
    if word[:1] in w.of("pronoun-clitic") and w.has(word[1:], "title-pronoun"):
        word = word[1:]
    return tuple(split(w.value(word))) if w.has(word, "title-pronoun") else ()


def honorific_pronouns(doc: Document, people: list[PersonMention]) -> list[PersonMention]:
    """'وكان جلالته قد التقى ...': a title-pronoun stands for the last person of that rank named before it."""
    ordered = sorted((m for m in people if m.person and m.person.named), key=lambda m: m.start)
    out: list[PersonMention] = []
    titles = word_class("title-pronoun")
    if not any(title in doc.folded for title in titles):
        return out
    for t in doc.tokens:
        if t.text not in titles and t.text[1:] not in titles:
            continue
        roles = title_pronoun_roles(t.text)
        if not roles:
            continue
        prev = [m for m in ordered if m.end <= t.index and m.person.role in roles]
        # the last of that rank, the reporting state's one first ('his majesty' in a Bahraini report)
        if prev:
            p = next((m.person for m in reversed(prev) if m.person.iso == doc.home), prev[-1].person)
            sent = next(s.index for s in doc.sentences if s.tok_start <= t.index < s.tok_end)
            out.append(PersonMention("person", t.index, t.index + 1, sent, iso=p.iso, person=p, role=p.role,
                               via="pronoun"))
    return out


def corefer_offices(people: list[PersonMention]) -> None:
    """'الرئيس العراقي' and 'فؤاد معصوم رئيس الجمهورية العراقية' in one article are one person: an
    office holder the text does not name is the named person of that state and role, when there is one."""
    named: dict[tuple[str | None, str | None], set[Person]] = {}
    for m in people:
        if m.person and m.person.named:
            named.setdefault((m.person.iso, m.role), set()).add(m.person)
    for m in people:
        if m.person and not m.person.named:
            found = set(named.get((m.person.iso, m.role), set()))
            # 'the Honduran minister' after 'the foreign minister of Honduras ...'
            if m.role == "minister":
                found |= named.get((m.person.iso, "foreign_minister"), set())
            known = {p for p in found if p.gazetteer}
            if len(known) == 1 or len(found) == 1:
                m.person = next(iter(known if len(known) == 1 else found))


__all__ = ["find_mentions", "pick_term", "DateValue"]
