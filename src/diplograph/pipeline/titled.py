"""How titles, offices, courtesy titles and the names around them name the persons of one sentence.

`TitledPeople` reads one sentence: the leaders gazetteer's names (the office each holder held on the
publication day; namesakes, names of things named after a leader), then each office and what follows it:
office + nisba/state + name ("رئيس الوزراء العراقي محمد شياع السوداني"), an office alone ("الرئيس الصيني" ->
the holder at the article's date, or an unnamed office holder), a name followed by its office ("فؤاد معصوم
رئيس الجمهورية العراقية"), royal titles, governors, heads of bodies, deputies and advisers. Also the state
named near an office (`nearby_state`) and a prince's state (`royal_state`). Run by people.find_people.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..document import Document, LeaderMention, Mention, Person, PersonMention, Sentence
from ..lexicon import Words
from ..gazetteer import JOINED_HEADS, ROYAL_HOUSES, Gazetteer, LeaderTerm, name_tokens
from .clauses import COMMAS
from .names import (
    ITEM_ENDS,
    Names,
    complement,
    items,
    names_thing_at,
    state_after_name,
    title_state,
)
from .persons import (
    known_person,
    name_span_after,
    new_person,
    past_courtesies,
    pick_term,
    unnamed,
    without_conjunction,
    written,
    written_article,
)


HOME_ROLES = {"president", "prime_minister", "foreign_minister", "king", "crown_prince", "emir"}


# what may follow a one-word title without the article when it names a head of state (not 'head of' a body)
HEAD_OF_STATE_NEXT = ("state", "office", "courtesy", "kingdom", "former", "deputy", "leader")


ROLE_TITLES = ("minister", "foreign_minister", "prime_minister", "ambassador")   # a name's title tells these


@dataclass
class TitledPeople:
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
    before: Sequence[PersonMention] = ()     # the people of the sentences before

    @property
    def words(self) -> Words:
        return self.doc.lang.words

    def person(self, span: tuple[int, int], p: Person, iso: str | None, role: str | None,
               via: str) -> PersonMention:
        return PersonMention("person", span[0], span[1], self.sent.index, iso=iso, person=p, role=role,
                             via=via)

    def gazetteer_names(self) -> None:
        """Names of the leaders gazetteer, each the office its holder held on the publication day."""
        by_span: dict[tuple[int, int], list[LeaderTerm]] = {}
        prefixes: dict[tuple[int, int], str] = {}
        for m in self.ms:
            if isinstance(m, LeaderMention):
                by_span.setdefault((m.start, m.end), []).extend(m.terms)
                prefixes[(m.start, m.end)] = m.prefix
        for (a, b), terms in sorted(by_span.items()):
            if self.named_after(a):     # the King Salman centre: the name of a thing, the king takes no part
                self.head_of_named(a, {t.person.iso for t in terms})
                continue
            terms = self.same_person(a, b, terms)
            if not terms:
                self.taken -= set(range(a, b))   # free for the name patterns
                self.royal_title_at(a, prefixes.get((a, b), ""))
                continue
            # names: on the publication day only
            p = pick_term(terms, self.doc.published, [s for s in (self.doc.home, *self.doc.focus) if s])
            day = self.doc.published
            role = self.title_role(a, b)
            if role and day is not None and not any(t.covers(day) for t in terms):
                p = replace(p, role=role)     # out of office then: the office the text gives
            elif day is not None and not any(t.covers(day) for t in terms) \
                    and (head := self.title_head_before(a)) >= 0:
                # out of office, after a title of no listed office: the person acts in that other capacity
                # (a former foreign minister as a UN envoy), not for the state of the office once held
                p = replace(p, iso=title_state(self.doc, self.ms, head, a), role="other")
            if self.heads_body(a):
                p = replace(p, iso=None, role="other")     # the UN's, NATO's, the Arab League's: no state's
            if not any(m.kind == "office" and a <= m.start < b for m in self.ms):   # a name, not a title
                p = replace(p, text=written(self.doc, (a, b), prefixes.get((a, b), "")))
            found = self.person((a, b), p, p.iso, p.role, "gazetteer")
            found.prefix = prefixes.get((a, b), "")
            self.out.append(found)

    def title_head_before(self, a: int) -> int:
        """Where a title of no office the leaders files list begins before token a (its head, up to two
        words before the name: the UN envoy X); -1 when none."""
        names = Names(self.doc)
        for k in range(a - 1, max(self.sent.tok_start, a - 3) - 1, -1):
            if names.title_word(self.doc.tokens[k].text) and not any(
                    m.kind == "office" and (m.role != "other" or m.end - m.start > 1) and m.start <= k < m.end
                    for m in self.ms):      # a one-word title of no listed office (an envoy) is one
                return k
        return -1

    def heads_body(self, a: int) -> bool:
        """The title right before the name at token a names a body of states ('الأمين العام للأمم المتحدة X',
        'الأمين العام لجامعة الدول العربية X', 'أمين عام حلف الناتو X'):
        he acts for no state, whichever he once served or was born in. The words back to the title's head
        (at most six, no comma, no other person) are searched; 'لدى'/'إلى' before the body makes him an
        envoy to it, who acts for his state."""
        toks, words = self.doc.tokens, self.words
        bodies, at = words.of("international-body"), words.of("at")
        taken = {k for m in self.out for k in range(m.start, m.end)}
        for k in range(a - 1, max(self.sent.tok_start, a - 6) - 1, -1):
            word = toks[k].text
            if word in COMMAS or k in taken:
                return False
            if word in bodies:
                return not (k > 0 and toks[k - 1].text in at)
        return False

    def named_after(self, a: int) -> bool:
        """The name (or the title that opens it) at token a follows a noun heading the name of a thing
        named after a person ('جامعة الملك عبدالعزيز', 'مركز الأمير محمد بن سلمان'): its tokens are taken
        and its title stands for nobody."""
        start = next((m.start for m in self.ms if m.kind == "office" and m.end == a), a)
        if start <= self.sent.tok_start or not names_thing_at(self.doc, start - 1):
            return False
        self.skip_offices |= {m.start for m in self.ms if m.kind == "office" and start <= m.start < a + 1}
        return True

    def head_of_named(self, a: int, states: set[str | None]) -> None:
        """'المشرف على مركز الملك سلمان', 'رئيس جامعة الملك سعود': the head of a thing named after a leader
        (a title just before its name) is an official of the leader's state, not named here."""
        start = next((m.start for m in self.ms if m.kind == "office" and m.end == a), a) - 1
        toks, words = self.doc.tokens, self.words
        k = start - 1
        between = words.of("title-filler") | words.of("title-adjective")
        while k > self.sent.tok_start and start - k < 4 and toks[k].text in between:
            k -= 1
        head = toks[k].text if k >= self.sent.tok_start else ""
        iso = next(iter(states)) if len(states) == 1 else None
        if iso is None or not (head in words.of("title-head") or head[1:] in words.of("title-head")) \
                or any(p.start <= k < p.end for p in self.out):
            return
        self.out.append(self.person((k, start + 1), unnamed(iso, "other", self.gz), iso, "other", "office"))

    def title_role(self, a: int, b: int) -> str | None:
        """The role of the office title just before the name at tokens [a, b) ('ووزير المالية الدكتور X':
        minister), else of the one just after it ('X وزير المالية'), if any."""
        offices = [m for m in self.ms if m.kind == "office" and m.via == "sg" and m.role in ROLE_TITLES]
        before = [m for m in offices if m.end <= a <= m.end + 3]
        after = [m for m in offices if m.start == b]
        return before[-1].role if before else after[0].role if after else None

    def in_name(self, word: str, p: Person) -> bool:
        """A word is one of the person's name ('عبدالعزيز' of 'سلمان بن عبد العزيز', spelt otherwise too)."""
        words = name_tokens(p.ar)
        return word in words or self.gz.variant_key([word])[0] in self.gz.variant_key(words)

    def royal_title_at(self, a: int, prefix: str) -> None:
        """A leader's name that opens with a royal title ('الأمير نايف') read as someone else: the title is
        an office of its own, for the name that follows it ('والأمير نايف بن سلمان')."""
        if self.words.has(self.doc.tokens[a].text[len(prefix):], "royal-title") \
                and not any(m.kind == "office" and m.start == a for m in self.ms):
            title = Mention("office", a, a + 1, self.sent.index, role="emir", via="sg", prefix=prefix)
            self.ms.append(title)
            self.by_start[a] = title

    def same_person(self, a: int, b: int, terms: list[LeaderTerm]) -> list[LeaderTerm]:
        """The terms of the leaders file a name at tokens [a, b) may mean; none for a namesake: a name that
        goes on ('عبدالله بن عبدالعزيز الربيعة' is not King Abdullah; Mohammed bin Abdulrahman bin Abdulaziz
        is not Mohammed bin Abdulrahman bin Jassim; 'صباح الأحمد العلي' is not the emir), a surname after
        another given name ('توماس بيكيت' is not Margaret Beckett), or a surname alone out of its holder's
        time in office."""
        toks, end = self.doc.tokens, self.sent.tok_end
        words = self.words
        if a > self.sent.tok_start and toks[a - 1].text in words.of("son-of"):
            return []       # Nayef bin Salman bin Abdulaziz: the father's name, not the king
        if toks[b - 1].text in JOINED_HEADS and b < end:
            return []       # read up to 'Abd' of 'Abd Allah': a longer name, not the leader's
        if any(x.kind == "deputy" and x.end == a for x in self.ms):
            return []       # the deputy of the Custodian of the Two Holy Mosques is not the king
        if self.name_goes_on_abroad(b):
            return []       # Park Jin-ho is not Park Jin, Mark van der Berg not Mark Rutte
        names = Names(self.doc, frozenset(self.taken - set(range(a, b))))
        if b + 1 < end and toks[b].text in words.of("son-of"):
            return [t for t in terms if self.in_name(toks[b + 1].text, t.person)]
        if b < end and any(toks[k].text in words.of("son-of") for k in range(a, b)) and names.name_word(b) \
                and (toks[b].text.startswith(words.prefix("article")) or names.given(toks[b].text)):
            return [t for t in terms if self.in_name(toks[b].text, t.person)]
        if b < end and names.count((a, b)) >= 2 and names.name_word(b) and names.definite(toks[b].text):
            # a short form of the leader's name, then another surname: a namesake
            return [t for t in terms if not self.goes_on(toks[b - 1].text, toks[b].text, t.person)]

        if b - a == 1 or toks[a].text in words.of("son-of"):
            given = a > self.sent.tok_start and names.given(toks[a - 1].text) and names.name_word(a - 1)
            if given and not any(self.in_name(toks[a - 1].text, t.person) for t in terms):
                return []       # Abd al-Rahman Ibn Auf is not Ahmed Awad Ibn Auf
            if b - a > 1:
                return terms
            day = self.doc.published         # the latest day the text names may be history
            if day is not None and not any(t.covers(day) for t in terms):
                return []
        return terms

    def name_goes_on_abroad(self, b: int) -> bool:
        """A name read up to token b goes on as foreign names do: a hyphen glued to its last word and the
        next ('جين-هو'), or a particle ('فان', 'دي', 'فون') and a word after it."""
        toks, end = self.doc.tokens, self.sent.tok_end
        if b + 1 >= end or not toks[b + 1].text.isalpha():
            return False
        if toks[b].text == "-":
            return toks[b].start == toks[b - 1].end and toks[b + 1].start == toks[b].end
        return toks[b].text in self.words.of("foreign-particle")

    def goes_on(self, last: str, after: str, p: Person) -> bool:
        """A name read up to a word that does not end the leader's name, then a word not of it."""
        return name_tokens(p.ar)[-1:] != (last,) and not self.in_name(after, p)

    def courtesies(self, j: int) -> tuple[int, bool]:
        """Past courtesy titles (and 'former') from token j: where the title ends, and whether 'former'."""
        return past_courtesies(self.doc, self.by_start, j, self.sent.tok_end)

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
            and m.via != "honorific" and not (m.prefix and self.royal_word(m)) \
            and not (gap[-1] == m.start and self.title_of_another(m))     # ', and the prince ...'

    def title_of_another(self, m: Mention) -> bool:
        """'استقبل الرئيس اليمني X وزير المالية السعودي Y', 'التقى X وزيرة الإعلام اليمنية': a title right
        after a name (no comma) with a name of its own after it, or naming another state than the named
        person's, is the title of another person (the verb's object), not the name's apposition."""
        if m.prefix.startswith(self.words.prefix("and")):
            return False        # a list's next item ('and the finance minister'), read with the list
        k, state = self.past_portfolio(m.end)
        st = self.by_start.get(m.end)
        state = m.iso or state or (st.iso if st is not None and st.kind == "state" else None)
        before = next((p for p in self.out if p.end == m.start), None)
        if state is not None and before is not None and before.person.iso not in (None, state):
            return True
        span = name_span_after(self.doc, k, self.sent.tok_end, self.taken)
        return span is not None and Names(self.doc, frozenset(self.taken)).looks_like_name(span)

    def royal_word(self, m: Mention) -> bool:
        """The office is one royal title word ('والأمير')."""
        return m.end - m.start == 1 and self.words.has(self.doc.tokens[m.start].text[len(m.prefix):],
                                                       "royal-title")

    def office_state(self, m: Mention) -> tuple[str | None, int, int, bool] | None:
        """The state an office names after it and where its title ends: (iso, next token, title end,
        former); None when the office was read as an indefinite person ('a Lebanese president')."""
        j, former = self.courtesies(m.end)
        iso, title_end = m.iso, j
        st = self.by_start.get(j)
        if m.role == "ambassador":     # the office a leader's name or title also starts at
            st = next((x for x in self.ms if x.start == j and x.kind == "office" and x.iso), st)
        if iso is None and m.role == "ambassador" and st is not None and st.kind == "office" and st.iso:
            # the ambassador of the Custodian of the Two Holy Mosques: the king's
            iso, j = st.iso, st.end
            title_end = j
            self.skip_offices.add(st.start)
            st = self.by_start.get(j)
        if iso is None and st is not None and st.kind == "state" and st.via == "nisba" and m.role and not any(
                self.doc.tokens[k].text.startswith(self.words.prefix("definite"))
                for k in range(m.start, st.end)):
            # 'the last visit by a Lebanese president': a president, not the one in office
            holder = unnamed(st.iso or "", m.role, self.gz)
            self.out.append(self.person((m.start, st.end), holder, st.iso, m.role,
                                        "indefinite"))
            return None
        if iso is None and st is not None and st.kind == "state" and st.via in ("nisba", "name"):
            iso, j = st.iso, st.end
            title_end = j
            if st.via == "name" and (then := self.by_start.get(j)) is not None and then.kind == "state" \
                    and then.via == "nisba":
                j = then.end
        elif iso is None and st is not None and st.kind == "state" and st.via == "capital" \
                and (m.role == "president" or m.role == "crown_prince" and not self.doc.tokens[m.end - 1]
                     .text.startswith(self.words.prefix("definite"))):
            # (the crown prince of Abu Dhabi, a genitive: of the UAE; not 'the crown prince' + a capital
            # visited)
            iso, j = st.iso, st.end
        if m.role in ("ambassador", "other") and iso is not None:
            j = self.posting_end(j)     # 'the Russian envoy to Syria X'
        elif iso is None and (seat := self.seat_state(m, j)) is not None:
            iso, j = seat       # the speaker of parliament in Paraguay: of that state
            title_end = j
        j, more = self.courtesies(j)
        return iso, self.past_royal_title(j) if iso is not None else j, title_end, former or more

    def past_royal_title(self, j: int) -> int:
        """'وزير الخارجية السعودي الأمير X': past a prince's title between an office and a name that no
        other reading took (the title is part of the office holder's name, not an office of its own)."""
        r = self.by_start.get(j)
        if r is None or r.kind != "office" or r.end - r.start != 1 or r.prefix \
                or not self.words.has(self.doc.tokens[j].text, "royal-title") \
                or any(p.start <= j < p.end for p in self.out):
            return j
        self.skip_offices.add(j)
        return r.end

    def seat_state(self, m: Mention, j: int) -> tuple[str, int] | None:
        """'رئيس مجلس النواب في الباراغواي', 'نائب وزير الخارجية في كوريا': an official of no stated state
        whose title goes on with 'in' and a state's name serves that state (an envoy 'to' or 'in' a state,
        a one-word title, is posted there: another reading): the state and where its name ends."""
        toks = self.doc.tokens
        st = self.by_start.get(j + 1)
        if m.role != "other" or m.end - m.start < 2 or j >= self.sent.tok_end \
                or toks[j].text not in self.words.of("in") or st is None \
                or st.kind != "state" or st.via != "name" or not st.iso:
            return None
        return st.iso, st.end

    def posting_end(self, j: int) -> int:
        """Past where an ambassador serves, from token j ('لدى تونس', 'المعتمد لدى الكويت', 'في القاهرة'):
        the name follows it."""
        toks, posting = self.doc.tokens, self.words.of("posting")
        k = j
        while k < self.sent.tok_end and toks[k].text in posting:
            k += 1
        at = self.by_start.get(k)
        if k == j or at is None or at.kind not in ("state", "place"):
            return j
        return at.end

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
        if j >= self.sent.tok_end or toks[j].text in self.words.of("name-stop"):
            return False
        known = self.gz.by_title_name(m.role or "", toks[j].text, iso, self.doc.published)
        if known is None or j + 2 < self.sent.tok_end and toks[j + 1].text in self.words.of("son-of") \
                and not self.in_name(toks[j + 2].text, known):
            return False        # Prince Nawaf bin Faisal is not the emir Nawaf al-Ahmad
        after = j + 1 < self.sent.tok_end and Names(self.doc, frozenset(self.taken)).name_word(j + 1)
        if after and self.goes_on(toks[j].text, toks[j + 1].text, known) or self.name_goes_on_abroad(j + 1):
            return False        # the president Michel Kafando is not Michelle Bachelet
        k = j + 1
        while k < self.sent.tok_end and k not in self.taken and toks[k].text.isalpha() \
                and self.in_name(toks[k].text, known):
            k += 1          # the rest of the holder's name, spelt otherwise than the leaders data has it
        self.out.append(self.person((m.start, k), replace(known, text=self.doc.surface(j, k)), known.iso,
                                    known.role, "gazetteer"))
        self.taken |= set(range(j, k))
        return True

    def name_between_commas(self, j: int) -> tuple[int, int] | None:
        """'مساعد وزير الخارجية الروسية، ميخائيل بوغدانوف،': a name set off by commas right after the title
        (a given name first or a name on 'بن', two words or more)."""
        toks, end = self.doc.tokens, self.sent.tok_end
        if j + 1 >= end or toks[j].text not in COMMAS:
            return None
        span = name_span_after(self.doc, j + 1, end, self.taken)
        names = Names(self.doc, frozenset(self.taken))
        if span is None or names.count(span) < 2 \
                or not (names.looks_like_name(span) or self.plain_words(names, span)) \
                or span[1] < end and toks[span[1]].text not in (*COMMAS, ".") or self.next_item(span[0]):
            return None
        return span

    def plain_words(self, names: Names, span: tuple[int, int]) -> bool:
        """'السفير الياباني لدى مصر، ماساكي نوكي،': two or three words between commas after a stated title,
        none with the article, none a function word, none ending as an adverb's accusative or a pronoun
        ('ردا عليه', 'بدوره'): a foreign name no list of given names holds."""
        w = self.words
        stop, ends = w.of("name-stop"), w.prefix("accusative-end") + w.prefix("object-suffix")
        return names.count(span) <= 3 and not any(
            t.startswith(w.prefix("article")) or t in stop or t.endswith(ends)
            for t in map(names.text, range(*span)))

    def next_item(self, k: int) -> bool:
        """'X، وزير الخارجية الأردني، وسمير النعيمي، ...': a given name glued to 'and' after a title and a
        comma opens the list's next item, not the title's holder."""
        word, names = self.doc.tokens[k].text, Names(self.doc)
        return word[:1] in self.words.of("and") and not self.words.has(word, "given-name") \
            and names.given(word[1:])

    def name_after(self, m: Mention, j: int, iso: str | None) -> tuple[tuple[int, int] | None, str | None]:
        """An unknown name after the title, also past a portfolio ('the minister of electricity and
        renewable energy Mohamed Shaker', 'the Russian energy minister Nikolai Shulginov')."""
        span = name_span_after(self.doc, j, self.sent.tok_end, self.taken)
        if span is None and m.role in ("minister", "other"):
            k, state = self.past_portfolio(j)
            iso = iso or state
            k = self.posting_end(k) if m.role == "other" and iso is not None else k   # 'the special envoy to'
            if k > j:
                span = name_span_after(self.doc, k, self.sent.tok_end, self.taken)
        if span is None and iso is not None:
            span = self.name_between_commas(j)
        if span and not iso and self.stateless_envoy(m, span):
            return span, None
        if span and not iso:
            own = self.own_title_after(m, span[1])
            iso = (state_after_name(self.doc, self.ms, span[1]) if own else None) \
                or (self.untold_state(m) if m.role in HOME_ROLES and self.unknown_name(span) else
                    nearby_state(self.ms, m.start, self.words) or self.doc.home)
        return span, iso

    def stateless_envoy(self, m: Mention, span: tuple[int, int]) -> bool:
        """'المبعوث الدولي X', 'المبعوث الأممي X', 'المبعوث X': an official of no listed office whose title
        goes on with an adjective that names no state, or is one word ('envoy') with no state after it,
        serves no state the text names (an international envoy): no nearby state is guessed for him."""
        k = m.end
        if m.role != "other" or any(x.start == k and x.kind == "state" for x in self.ms):
            return False
        return m.end - m.start == 1 or k < span[0] and self.doc.tokens[k].text.startswith(
            self.words.prefix("article"))

    def own_title_after(self, m: Mention, end: int) -> bool:
        """The title right after a name (at token `end`) is the name's own: after a comma, or the same office
        as the one before it ('الرئيس X رئيس جمهورية المالديف'); another office with no comma is another
        person's ('استقبل الرئيس X سفير فرنسا')."""
        after = self.by_start.get(end)
        return after is None or after.kind != "office" or after.role == m.role

    def past_portfolio(self, j: int) -> tuple[int, str | None]:
        """Past a portfolio and the nisba after it ('وزير التجارة المصري', 'the transport minister of Oman,
        the engineer'): where the title ends, and the state its nisba names. After the nisba the portfolio
        goes on only from a word with lam ('وزيرة الدولة الإماراتية لشؤون التعاون الدولي'), not from a
        definite noun ('وزير النقل الكويتي الشركة الكويتية': the company is the object, not the title)."""
        k, iso, lam = j, None, False
        toks, portfolio = self.doc.tokens, self.words.prefix("portfolio-start")
        while k < min(j + 6, self.sent.tok_end):
            st = self.by_start.get(k)
            if st is not None and st.kind == "state" and st.via == "nisba":
                iso, k = iso or st.iso, st.end
            elif k > j and (past := self.courtesies(k)[0]) > k:
                k = past        # the transport minister of Oman, the engineer X
            elif k not in self.taken and written_article(self.doc, k) \
                    and toks[k].text.startswith(portfolio) \
                    and (iso is None or lam or toks[k].text.startswith(self.words.prefix("lam-prefix"))):
                lam = lam or iso is not None
                k += 1
            else:
                break
        return k, iso

    def complement_name(self, m: Mention, j: int, iso: str | None) -> bool:
        """'ورئيس الشؤون الخاصة لخادم الحرمين الشريفين حازم بن مصطفى زقزوق': a name after an office that is
        the complement of an earlier title is that title's holder (an official of the office's state), not
        the office's."""
        a = next((i for i, k in items(self.doc, self.sent.index, self.ms) if i <= m.start < k), m.start)
        if not complement(self.doc, self.ms, m, a):
            return False
        span = name_span_after(self.doc, self.posting_end(j), self.sent.tok_end, self.taken)
        if span is None:
            return False
        # the complement's own state first (not an earlier person's, in an item with no comma)
        own = title_state(self.doc, self.ms, m.start, span[0]) or title_state(self.doc, self.ms, a, span[0])
        if own is None and iso is not None and self.sent_to(m):
            return True         # an envoy to a state is not of that state (the list's)
        iso = own or iso
        if iso is None:
            return False
        folded = " ".join(t.text for t in self.doc.tokens[span[0]:span[1]])
        p = known_person(self.doc, folded.split(), iso) \
            or new_person(self.doc, self.doc.surface(*span), folded, iso, "other")
        self.out.append(self.person(span, p, iso, p.role, "pattern"))
        self.taken |= set(range(*span))
        return True

    def sent_to(self, m: Mention) -> bool:
        """The state right after the office is glued to 'to' ('مبعوث الملك للمملكة'): where the
        complement's holder is sent."""
        st = self.by_start.get(m.end)
        return st is not None and st.kind == "state" and st.prefix[-1:] == self.words.form("lam")

    def royal(self, m: Mention, j: int) -> bool:
        """'والأمير خالد بن فهد بن خالد', 'الأمير تشارلز': a royal title that names no state, then a name (or
        a given name alone): a member of a ruling house, of the state the title after the name names, else
        of the monarchy the article is about."""
        toks, end = self.doc.tokens, self.sent.tok_end
        if not self.royal_word(m):
            return False
        span = name_span_after(self.doc, j, end, self.taken)
        if span is None and j < end and j not in self.taken and self.words.has(toks[j].text, "given-name") \
                and (j + 1 >= end or j + 1 in self.taken or not toks[j + 1].text.isalpha()
                     or toks[j + 1].text in self.words.of("name-stop")):
            span = (j, j + 1)
        if span is None:
            return False
        after = state_after_name(self.doc, self.ms, span[1])
        if after not in ROYAL_HOUSES:
            # 'received prince X ambassador of India': a state with no ruling house names the next one
            houses = {st.iso for st in self.ms if st.kind == "state" and st.iso in ROYAL_HOUSES}
            after = royal_state(self.doc, [*self.before, *self.out]) \
                or (houses.pop() if len(houses) == 1 else None) or after
        iso = after
        if iso is None:
            return False
        folded = " ".join(t.text for t in toks[span[0]:span[1]])
        p = known_person(self.doc, folded.split(), iso) \
            or new_person(self.doc, self.doc.surface(*span), folded, iso, "other")
        self.out.append(self.person((m.start, span[1]), p, iso, p.role, "royal"))
        self.taken |= set(range(*span))
        return True

    def governor(self, m: Mention, j: int) -> bool:
        """'أمير منطقة الرياض': a bare title, a region word and a place of a state: the governor of that
        region, an official of its state the text does not name (a name after it is read first)."""
        toks, end = self.doc.tokens, self.sent.tok_end
        if m.end - m.start != 1 or m.prefix and toks[m.start].text == m.prefix or j + 1 >= end \
                or not self.words.has(toks[j].text, "region-head"):
            return False
        at = self.by_start.get(j + 1)
        if at is None or at.kind not in ("place", "state") or at.kind == "state" and at.via != "capital" \
                or not at.iso or name_span_after(self.doc, at.end, end, self.taken) is not None:
            return False
        self.out.append(self.person((m.start, at.end), unnamed(at.iso, "other", self.gz), at.iso, "other",
                                    "office"))
        self.taken |= set(range(j, at.end))
        return True

    def given_alone(self, m: Mention, j: int, iso: str | None) -> bool:
        """'الملك فيصل', 'الرئيس مبارك': a title and one given name that is not its holder's on the article's
        day (read before): the holder of that office who bore that name at some time, if the leaders files
        know one, else a person of that name (of the title's state, or the monarchy's, or the reporting
        state's); never today's holder. False when no given name follows the title alone."""
        toks, end = self.doc.tokens, self.sent.tok_end
        names = Names(self.doc, frozenset(self.taken))
        alone = j + 1 >= end or j + 1 in self.taken or not names.name_word(j + 1)
        if j >= end or j in self.taken or not alone or not names.given(toks[j].text) \
                or not names.name_word(j, first=True):
            return False
        known = self.gz.by_title_name(m.role or "", toks[j].text, iso, None)
        if known is None and self.gz.by_title_name(m.role or "", toks[j].text, None, self.doc.published):
            return False        # a holder's name word all the same: other readings tell which holder
        if known is None and self.gz.name_word_known(m.role or "", toks[j].text):
            return False        # several holders bore it: other readings (the surname, the date) tell
        if known is None and m.role in MONARCHS:
            iso = iso or royal_state(self.doc, [*self.before, *self.out])
        iso = known.iso if known is not None else iso or self.doc.home
        self.taken.add(j)
        if known is None and iso is None:
            return True
        words, label = without_conjunction(self.doc, (j, j + 1))
        p = known or new_person(self.doc, label, words[0], iso, m.role)
        self.out.append(self.person((m.start, j + 1), replace(p, text=label), iso, m.role, "pattern"))
        return True

    def surname_alone(self, m: Mention, j: int) -> tuple[tuple[int, int], str | None] | None:
        """'استقبل الرئيس توادير، ...': a head's title with no state, then one word no list knows, set off
        by punctuation (or ending the sentence): the leader's own name, not the reporting state's holder
        (its state: `untold_state`)."""
        toks, end = self.doc.tokens, self.sent.tok_end
        names = Names(self.doc, frozenset(self.taken))
        if m.role not in HOME_ROLES or j >= end or not names.name_word(j, first=True) \
                or names.definite(toks[j].text) or toks[j].text[:1] in self.words.of("conjunction") \
                or len(toks[j].text) < 4 or j + 1 < end and toks[j + 1].text not in ITEM_ENDS \
                or self.words.listed(toks[j].text) or self.participle(toks[j].text):
            return None
        return (j, j + 1), self.untold_state(m)

    def unknown_name(self, span: tuple[int, int]) -> bool:
        """A span that reads as a name: a given name first (or one built on 'بن'), or words no list knows
        (a foreign name; not 'مجلس عمالة', a body's name after 'رئيس')."""
        return Names(self.doc).looks_like_name(span) or not any(
            self.words.listed(t.text) for t in self.doc.tokens[span[0]:span[1]])

    def participle(self, word: str) -> bool:
        """A participle in the accusative ('مبتسما', 'مؤكدا'): how the title's holder speaks, no name."""
        return word.startswith(self.words.form("participle-start")) \
            and word.endswith(self.words.form("accusative-end"))

    def untold_state(self, m: Mention) -> str | None:
        """The state of a name after a title that names none: one named just before the title, else the
        reporting state, else the article's main state that no other title of the sentence names."""
        title_ends = {x.end for x in self.ms if x.kind == "office"}
        others = {x.iso for x in self.ms if x.kind == "state" and x.start in title_ends}   # others' titles
        return nearby_state(self.ms, m.start, self.words) or self.doc.home \
            or next((s for s in self.doc.focus if s not in others), None)

    def office_holder(self, m: Mention, iso: str | None, span: tuple[int, int] | None,
                      title_end: int) -> None:
        """An office with no name: its holder on the article's day (the reporting state's, for 'His
        Majesty the King' with no state), else an unnamed office holder."""
        bare = iso is None
        if bare and self.head_of_something(m):
            self.head_named(m)
            return
        if iso is None and m.role in HOME_ROLES and not span:
            states = [s for s in (self.doc.home, *self.doc.focus) if s]
            iso = next((s for s in states if self.gz.holder(s, m.role, self.doc.as_of)),
                       states[0] if states else None)
        if iso and m.role:
            listed = self.office_is_listed(m, title_end)
            holder = self.gz.holder(iso, m.role, self.doc.as_of) if listed else None
            p = holder or unnamed(iso, m.role, self.gz)
            via = "bare" if bare else ("office-holder" if holder else "office")
            self.out.append(self.person((m.start, title_end), p, iso, m.role, via))

    def complements(self, d: Mention, m: Mention) -> bool:
        """The office completes the deputy's or institution's title just before it ('مستشار الرئيس',
        'المستشار الدبلوماسي لرئيس الوزراء'); not a bare indefinite title after a definite word, which
        closes that name ('بقصر الحكم سفير الهند': in the palace, then the ambassador)."""
        gap = m.start - d.end
        if not 0 <= gap <= 2:
            return False
        toks, definite = self.doc.tokens, self.words.prefix("definite")
        bare = not m.prefix and not toks[m.start].text.startswith(definite)
        return gap == 0 or not (bare and toks[m.start - 1].text.startswith(definite))

    def named_after_office(self, m: Mention) -> None:
        """'مدينة الملك فهد الطبية': a title (and the name after it) inside the name of a thing: nobody."""
        span = name_span_after(self.doc, m.end, self.sent.tok_end, self.taken)
        one = m.end < self.sent.tok_end and m.end not in self.taken and self.doc.tokens[m.end].text.isalpha()
        self.taken |= set(range(m.end, span[1] if span else m.end + one))

    def office_is_listed(self, m: Mention, title_end: int) -> bool:
        """The office is the one the leaders files list for its role: an ambassador there is the
        representative to the United Nations ('السفير الأمريكي' in a capital is another person); a minister
        of a portfolio other than the listed one ('وزير التجارة الصيني') is not the minister listed."""
        if m.role == "minister":
            listed = self.words.of("listed-portfolio")
            return any(self.doc.tokens[k].text in listed for k in range(m.start, m.end))
        if m.role != "ambassador":
            return True
        un = self.words.of("united-nations")
        return any(self.doc.tokens[k].text in un for k in range(m.end, min(title_end + 3, self.sent.tok_end)))

    def head_of_something(self, m: Mention) -> bool:
        """A one-word title without the article before a definite noun that is no state, no title and no
        name ('رئيس المجلس الأعلى للدولة', 'أمير المنطقة الشرقية'): the head of that body or region, not the
        head of a state."""
        toks, k = self.doc.tokens, m.end
        word = toks[m.start].text[len(m.prefix):]
        if m.end - m.start != 1 or word.startswith(self.words.prefix("definite")) or k >= self.sent.tok_end:
            return False
        nxt = toks[k].text
        at = self.by_start.get(k)
        if self.body_word(nxt) and at is None:
            return True         # the chair of the Federation Council, not the head of state
        return nxt.isalpha() and nxt.startswith(self.words.prefix("definite")) \
            and (at is None or at.kind not in HEAD_OF_STATE_NEXT) \
            and not any(p.start <= k < p.end for p in self.out)

    def body_word(self, word: str) -> bool:
        """A noun heading the name of a body or an institution, without the article ('مجلس', 'جامعة')."""
        return self.words.has(word, "institution") or Names(self.doc).org_head(word)

    def head_named(self, m: Mention) -> None:
        """'رئيس المجلس الأعلى للدولة الليبي خالد المشري': the head of a body named after the body's words (up
        to four definite words, a nisba among them), of the state its title names (inside it, or after the
        name); no state told, no person of a state ('رئيس البرلمان العربي X')."""
        toks, k = self.doc.tokens, m.end
        definite = self.words.prefix("definite")
        k += self.body_word(toks[k].text) and not toks[k].text.startswith(definite)
        while k < min(m.end + 5, self.sent.tok_end) and toks[k].text.startswith(definite):
            at = self.by_start.get(k)
            if at is not None and not (at.kind == "state" and at.via == "nisba" or at.kind == "courtesy"):
                return
            k = at.end if at is not None else k + 1
            span = name_span_after(self.doc, k, self.sent.tok_end, self.taken)
            if span is None or not (Names(self.doc, frozenset(self.taken)).looks_like_name(span)
                                    or span[1] < self.sent.tok_end and toks[span[1]].text in (*COMMAS, ".")):
                continue
            iso = state_after_name(self.doc, self.ms, span[1]) \
                or title_state(self.doc, self.ms, m.end, span[0])
            if iso is None:
                return
            folded = " ".join(t.text for t in toks[span[0]:span[1]])
            p = known_person(self.doc, folded.split(), iso) \
                or new_person(self.doc, self.doc.surface(*span), folded, iso, "other")
            self.out.append(self.person((m.start, span[1]), p, iso, p.role, "pattern"))
            self.taken |= set(range(*span))
            return

    def office(self, m: Mention, people_at: dict[int, PersonMention], deputies: list[Mention]) -> None:
        """The person an office stands for: named after it, its holder, or an unnamed office holder."""
        if m.start in self.skip_offices or m.via in ("du", "pl") or m.role == "parliament":
            return
        if m.start > self.sent.tok_start and names_thing_at(self.doc, m.start - 1):
            self.named_after_office(m)
            return
        if m.role == "leader":
            st = self.by_start.get(m.end)
            if st is None or st.end not in people_at:       # not when the leader is named after the nisba
                self.leader_of(m)
            return
        if any(self.complements(d, m) for d in deputies):
            # 'the diplomatic adviser of the Italian prime minister Armando Varricchio': the adviser
            found = _deputy_with_name(self.doc, m, self.by_start, self.sent, self.taken)
            if found is not None:
                adviser, name = found
                self.out.append(adviser)
                self.taken |= set(range(*name))
            return
        where = None if self.title_of_named(m) else self.office_state(m)
        if where is not None:
            self.titled(m, where, people_at)

    def titled(self, m: Mention, where: tuple[str | None, int, int, bool],
               people_at: dict[int, PersonMention]) -> None:
        """The person of an office whose state and title end are known (`where`, from `office_state`)."""
        iso, j, title_end, former = where
        if self.complement_name(m, j, iso):
            return
        if self.title_of_next(m, j, people_at) or self.holder_by_name(m, j, iso):
            return
        if iso is None and (self.royal(m, j) or self.governor(m, j)):
            return
        span, iso = self.name_after(m, j, iso)
        if span is None and self.given_alone(m, j, iso):
            return
        if span is None and iso is None and (one := self.surname_alone(m, j)) is not None:
            span, iso = one
        if span and iso:
            folded = " ".join(t.text for t in self.doc.tokens[span[0]:span[1]])
            p = new_person(self.doc, self.doc.surface(*span), folded, iso, m.role)
            self.out.append(self.person((m.start, span[1]), p, iso, m.role, "pattern"))
            self.taken |= set(range(span[0], span[1]))
        elif not former:        # 'the former US president' with no name: not today's holder
            if m.role == "minister" and m.iso is None and title_end == m.end:
                k, state = self.past_portfolio(j)      # 'the Egyptian trade minister': the whole title
                title_end = k if state is not None and state == iso else title_end
            self.office_holder(m, iso, span, title_end)


def _deputy_with_name(doc: Document, m: Mention, by_start: dict[int, Mention], sent: Sentence,
                      taken: set[int]) -> tuple[PersonMention, tuple[int, int]] | None:
    """A deputy or adviser of an office, named right after it: a person (role other) of that state, and
    the tokens of the name."""
    j = m.end
    iso = None
    while j < sent.tok_end and (c := by_start.get(j)) is not None and c.kind in ("courtesy", "state"):
        if c.kind == "state" and c.via in ("nisba", "name"):
            iso = c.iso
        j = c.end
    if not iso or any(d.kind == "institution" and d.end == m.start for d in by_start.values()):
        return None
    span = name_span_after(doc, j, sent.tok_end, taken)
    if span is None:
        return None
    folded = " ".join(t.text for t in doc.tokens[span[0]:span[1]])
    return PersonMention("person", m.start, span[1], sent.index, iso=iso,
                         person=new_person(doc, doc.surface(*span), folded, iso, "other"), role="other",
                         via="pattern"), span


HEADS = ("supreme_leader", "president", "king", "emir", "sultan")


def _head_of_state(gz: Gazetteer, iso: str, day: dt.date | None) -> Person | None:
    """'الزعيم الصيني': the head of state at the article's date."""
    for role in HEADS:
        p = gz.holder(iso, role, day)
        if p is not None:
            return p
    return None


def nearby_state(ms: list[Mention], at: int, words: Words, doc: Document | None = None) -> str | None:
    """'من جانب ناميبيا مندوبها ... السفير X': the state named just before an office without a nisba.
    Two nisbas in a row ('المنتدى السعودي الياباني') or two states joined ('بين المملكة واليابان') describe a
    bilateral thing, not the person's state."""
    before = [m for m in ms if m.kind == "state" and m.end <= at and at - m.end <= 8]
    if doc is not None:     # not where an ambassador serves (the state after 'at')
        posted = words.of("posted-to")
        before = [m for m in before if not any(doc.tokens[k].text in posted
                                               for k in range(max(0, m.start - 2), m.start))]
    pairs = {b.start for b in before if b.prefix.startswith(words.prefix("and")) and any(
        a.end == b.start and a.kind in ("state", "kingdom") for a in ms)}
    pairs |= {k for a, b in zip(before, before[1:]) if a.via == b.via == "nisba" and a.end == b.start
              for k in (a.start, b.start)}
    before = [m for m in before if m.start not in pairs]
    return before[-1].iso if before else None


MONARCHS = ("king", "emir", "sultan", "crown_prince")


def royal_state(doc: Document, before: Sequence[PersonMention]) -> str | None:
    """The state of a prince or sheikh the text gives no state: the one whose monarch was named last
    (`before`: the people read so far), else the reporting state, else the first of the article's main
    states, that has a ruling house."""
    monarchs = [m.person.iso for m in reversed(before) if m.person.role in MONARCHS]
    return next((s for s in (*monarchs, doc.home, *doc.focus) if s in ROYAL_HOUSES), None)
