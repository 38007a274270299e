"""Where a person's name begins and ends, and the names of lists of officials.

A name is a run of name words: not a function word, a formula word or another mention; no word glued to
a conjunction inside it ('باسمه واسم شعب وحكومة' is no name); words with the article only at its end (a
surname: 'عادل الجبير'), after a joiner ('عبد العزيز', 'آل سعود') or as part of a compound given name
('نور الدين'); a given name may look as if it had the article ('ألكسندر').

Lists of officials ('وكان في استقباله ...، ووالي طنجة محمد يعقوبي، ورئيس المجلس العلمي محمد كنون'،
'ويضم الوفد المرافق ... المستشار في الديوان الملكي أحمد الخطيب ومعالي ...') are cut into items at commas
and at a conjunction before a title; each item is a title then a name, or a name then a title. The
person's state is the one its title names (not the one after 'لدى', where an ambassador serves), else the
state most items of the list name, else the state of the person named just before, else the reporting
state.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter

from ..document import Document, LeaderMention, Mention, PersonMention, PlaceMention, Token
from ..gazetteer import sole_kingdom
from ..lexicon import Words
from .sentences import abbreviation_dot

ITEM_ENDS = {"،", ",", "؛", ":", ".", "(", ")", "«", "»", "\""}
TITLE_KINDS = ("office", "deputy", "courtesy")
MAX_NAME_WORDS = 6
TITLE_READINGS = ("office", "office-holder", "bare", "indefinite")     # people read from a title alone
STATED_TITLE_READINGS = ("office", "office-holder")     # ... whose title names their state


_NAME_CLASSES: dict[int, tuple[Words, tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]]] = {}


def _name_classes(w: Words) -> tuple[tuple[frozenset[str], ...], tuple[tuple[str, ...], ...]]:
    """The word classes `Names` asks, read once per `Words` (a `Names` is made many times per sentence)."""
    known = _NAME_CLASSES.get(id(w))
    if known is None or known[0] is not w:
        known = _NAME_CLASSES[id(w)] = (w, tuple(map(w.of, (
            "given-name", "and", "title-head", "name-stop", "conjunction", "name-joiner", "name-waw",
            "son-of", "name-part"))), tuple(map(w.prefix, ("name-bad-start", "article", "given-compound"))))
    return known[1], known[2]


class Names:
    """Name-word questions over one document, with the tokens other mentions already cover (`taken`) and
    those right after a courtesy title (`after_courtesy`: a word there spelt like a title's head is a given
    name)."""

    def __init__(self, doc: Document, taken: frozenset[int] = frozenset(),
                 after_courtesy: frozenset[int] = frozenset()) -> None:
        self.doc, self.taken, self.after_courtesy = doc, taken, after_courtesy
        self.words = doc.lang.words
        (self.given_names, self.and_, self.title_heads, self.stop, self.conj, self.joiners, self.waw,
         self.son_of, self.parts), (self.bad_start, self.article, self.compound) = _name_classes(self.words)

    def text(self, k: int) -> str:
        return self.doc.tokens[k].text

    def given(self, word: str) -> bool:
        bare = word[1:] if word[:1] in self.and_ and len(word) > 3 else word
        return word in self.given_names or bare in self.given_names \
            or len(bare) >= 6 and bare.startswith(self.compound)    # Abd al-Rahman written as one word

    def title_word(self, word: str) -> bool:
        """A title's head noun ('والي', 'ومدير'), not a given name spelt alike ('مساعد', 'أمين')."""
        bare = word[1:] if word[:1] in self.and_ and word[1:] in self.title_heads else word
        return bare in self.title_heads and bare not in self.given_names

    def any_title_word(self, words: Iterable[str]) -> bool:
        """Whether one of the words is a `title_word`: only a title's head, bare or glued to 'and', may be
        one, so the words are first met with those forms as sets (a sentence has dozens of words)."""
        return any(map(self.title_word, _title_forms(self.title_heads, self.and_).intersection(words)))

    def name_word(self, k: int, *, first: bool = False) -> bool:
        """Token k may be a word of a name (`first`: its first word, which may carry the conjunction)."""
        t = self.text(k)
        if k in self.taken or not t.isalpha() or len(t) < 2:
            return False
        if self.title_word(t) and not (k in self.after_courtesy and not self.definite(t)):
            return False        # but after a courtesy title, Dr Musaed X: a given name
        if self.on_behalf(k):
            return False
        if k > 0 and self.text(k - 1) in self.son_of and self.given(t):
            return True         # after 'son of', a given name spelt like 'on' (Ali)
        if not first and self.foreign_particle(k):
            return True         # Peter van Dijk: the particle, not 'so, indeed' before a noun
        if t in self.stop or (t[0] in self.conj and t[1:] in self.stop):
            return first and self.opener(k)
        if self.given(t) or t in self.joiners or t in self.waw:
            return True
        if t.startswith(self.bad_start) or self.org_head(t):
            return False
        # a word glued to 'and' inside a name ends it ('his name and the name of'): only a list item opens so
        return first or not (t[0] in self.and_ and len(t) > 3)

    def on_behalf(self, k: int) -> bool:
        """Token k is 'باسم' as 'on behalf of', not the given name Basem: after a spokesman's title ('المتحدث
        الرسمي باسم رئاسة الجمهورية'), or before a word with the article ('باسم الشعب') where no title or
        courtesy (or the state that ends a title) stands right before it ('الوزير باسم الخطيب' is a name)."""
        w = self.words
        if not w.has(self.text(k), "in-the-name-of"):
            return False
        toks = self.doc.tokens
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        titled = k in self.after_courtesy or k > 0 and self.title_word(toks[k - 1].text) \
            or any(m.end == k and m.kind in ("state", "office", "courtesy") for m in self.doc.mentions)
        return any(w.has(toks[j].text, "spokesman") for j in range(max(0, k - 2), k)) \
            or after.startswith(self.article) and not titled

    def opener(self, k: int) -> bool:
        """Token k, a given name spelt like a function word ('علي' like 'on', 'آن' like 'that'), opens a
        name: another given name or 'بن' follows it ('علي حسن الشامي', 'علي بن زيان')."""
        toks = self.doc.tokens
        if not self.given(self.text(k)) or k + 1 >= len(toks) or k + 1 in self.taken:
            return False
        nxt = toks[k + 1].text
        return nxt in self.son_of or self.given(nxt) and nxt not in self.stop

    def org_head(self, word: str) -> bool:
        """The head noun of an organisation's name, bare or after one clitic ('party', 'of the party')."""
        heads = self.words.of("org-head")
        return word in heads or (len(word) > 3 and word[1:] in heads)

    def foreign_particle(self, k: int) -> bool:
        """Token k is a particle of a foreign name ('فان', 'دي', 'فون'), a word without the article after
        it."""
        toks = self.doc.tokens
        return self.words.has(self.text(k), "foreign-particle") and k + 1 < len(toks) \
            and toks[k + 1].text.isalpha() and not self.text(k + 1).startswith(self.article)

    def definite(self, word: str) -> bool:
        return word.startswith(self.article) and word not in self.joiners and not self.given(word) \
            and word not in self.parts

    def joiner(self, k: int) -> bool:
        return k >= 0 and self.text(k) in self.joiners

    def joined_opener(self, k: int, a: int) -> bool:
        """Token k opens a list item with 'and' glued to a joiner ('وعبد' of 'وعبد القادر زوخ')."""
        t = self.text(k)
        return k == a and t[:1] in self.and_ and t[1:] in self.joiners

    def looks_like_name(self, span: tuple[int, int]) -> bool:
        """A given name first (also one spelt like a title's head, after a courtesy title), or a name built
        on 'بن'."""
        first = self.text(span[0])
        return self.given(first) or any(self.text(k) in self.son_of for k in range(*span)) \
            or span[0] in self.after_courtesy and self.title_word(first)

    def count(self, span: tuple[int, int]) -> int:
        """Name words in a span (joiners and hyphens not counted)."""
        return sum(1 for k in range(*span) if self.text(k).isalpha() and not self.joiner(k))

    def run_before(self, a: int, b: int) -> tuple[int, int] | None:
        """The name that ends at token b and begins after token a-1 (a title before it), or None."""
        k, plain = b - 1, False
        start = b
        while k >= a:
            t = self.text(k)
            if t == "-" and start < b and k > a and self.text(k - 1).isalpha():
                k -= 1
                continue
            if not self.name_word(k):
                if self.opener(k) and start == k + 1:
                    start = k       # the name's first word, spelt like a function word
                break
            if self.definite(t) and plain and not self.joiner(k - 1):
                break
            plain = plain or not self.definite(t)
            start = k
            k -= 1
        if start > 0 and self.on_behalf(start - 1):
            return None         # on behalf of a body: no name
        return self._trimmed(start, b)

    def run_after(self, a: int, b: int) -> tuple[int, int] | None:
        """The name that begins at token a (a list item's first word) and ends before token b."""
        k = a
        while k < b:
            t = self.text(k)
            if t == "-" and k > a and k + 1 < b and self.text(k + 1).isalpha():
                k += 1
                continue
            if not self.name_word(k, first=k == a):
                break
            if self.definite(t) and k > a:
                if not self.joiner(k - 1) and not self.joined_opener(k - 1, a):
                    k += 1          # a surname with the article closes the name
                    break
            elif k == a and self.definite(t):
                return None
            k += 1
        return self._trimmed(a, k)

    def _trimmed(self, a: int, b: int) -> tuple[int, int] | None:
        while a < b and (self.text(a) in self.son_of or self.text(a) == "-"):
            a += 1
        while b > a and (self.text(b - 1) in self.son_of or self.text(b - 1) == "-"):
            b -= 1
        if b <= a or self.definite(self.text(a)) or not 2 <= self.count((a, b)) <= MAX_NAME_WORDS:
            return None
        return a, b


@cache
def _title_forms(heads: frozenset[str], and_: frozenset[str]) -> frozenset[str]:
    """The heads of titles, bare and glued to a one-letter 'and' (the words `Names.title_word` may accept)."""
    return heads | {a + h for a in and_ if len(a) == 1 for h in heads}


def items(doc: Document, sent: int, ms: list[Mention], names: Names | None = None) -> list[tuple[int, int]]:
    """A sentence cut into list items: at punctuation, and before a title glued to 'and' ('ووالي', 'ومعالي',
    'والمستشار'); `names`: the caller's, when it has one (only its title words are asked)."""
    s = doc.sentences[sent]
    names = names or Names(doc)
    conj = doc.lang.words.of("and")
    opens = {m.start for m in ms if m.kind in TITLE_KINDS and m.prefix[:1] in conj}
    out, a = [], s.tok_start
    # only punctuation, a title's opening and a title word may cut: the other tokens are passed over
    may_cut = ITEM_ENDS | _title_forms(names.title_heads, names.and_)
    toks = doc.tokens
    at = sorted(opens.union(k for k in range(s.tok_start, s.tok_end) if toks[k].text in may_cut))
    abbreviations = doc.lang.words.of("title-abbreviation")
    for k in [k for k in at if s.tok_start <= k < s.tok_end] + [s.tok_end]:
        t = toks[k].text if k < s.tok_end else "."
        glued = t[:1] in conj and t[1:] in names.title_heads and names.title_word(t)     # 'and governor'
        dot = t == "." and abbreviation_dot(toks, k, abbreviations, frozenset())   # a title's dot
        cut = t in ITEM_ENDS and not dot or (k > a and (k in opens or glued))
        if cut:
            if k > a:
                out.append((a, k))
            a = k + 1 if t in ITEM_ENDS else k
    return out


COMPLEMENT_GAP = 3     # words of a title between its head and its complement (head of private affairs of ...)


def complement(doc: Document, ms: list[Mention], m: Mention, a: int) -> bool:
    """A title or a name glued to 'of/to' after another title in its list item (item from token `a`):
    'رئيس الشؤون الخاصة لخادم الحرمين الشريفين', 'المستشار الإعلامي لرئيس الوزراء': the complement of that
    title, not the item's person."""
    if m.start <= a:
        return False
    if m.prefix == "" and m.kind == "office":      # the king's adviser: right after the title
        return Names(doc).title_word(doc.tokens[m.start - 1].text) or any(
            x.kind == "deputy" and x.end == m.start for x in ms)
    if m.prefix[-1:] != doc.lang.words.form("lam"):
        return False
    near = max(a, m.start - COMPLEMENT_GAP)        # the title's own words between ('private affairs')
    return any(x.kind in ("office", "deputy") and a <= x.start and near <= x.end <= m.start for x in ms) \
        or Names(doc).any_title_word(doc.tokens[k].text for k in range(near, m.start))


@dataclass
class Item:
    start: int
    end: int
    name: tuple[int, int]
    iso: str | None
    role: str
    lead: int = -1      # where the item person's noun phrase opens (its title, when the name follows it)
    tail: int = -1      # where it ends (past the title, when the title follows the name)


def _title_first(names: Names, ms: list[Mention], a: int, b: int) -> tuple[int, int] | None:
    """'ووالي طنجة محمد يعقوبي': an item that opens with a title and ends with a name (or ends with a
    title and a name: '... في استقبال الملك الأمير سعود بن عبدالله')."""
    b = _before_dates(names.doc, ms, a, b)
    span = names.run_before(a + 1, b)
    if span is None or span[0] <= a:
        return None
    # a title tells no event and no date
    opens = (any(m.start == a and m.kind in TITLE_KINDS for m in ms) or names.title_word(names.text(a))
             or head_of_place(names, ms, a)) \
        and not any(a < m.start < span[0] and m.kind in ("trigger", "date") for m in ms)
    # not opening the item, the title must be one person's, and the name look like one
    dotted = span[0] - 1 if names.text(span[0] - 1) == "." else span[0]  # past a title's dot
    titled = any(m.end in (span[0], dotted) and (m.kind == "courtesy" or m.kind == "office" and m.via == "sg")
                 for m in ms) and names.looks_like_name(span)
    return span if opens or titled or _title_with_seat(names, ms, a, span) else None


SEAT_GAP = 4        # words of where an official sits between the title and the name (in the royal court)


def _title_with_seat(names: Names, ms: list[Mention], a: int, span: tuple[int, int]) -> bool:
    """'ويضم الوفد المستشار في الديوان الملكي X': a title, then where its holder sits (an institution, a
    place), then a name that looks like one: the title's holder."""
    seat = ("institution", "state", "place")
    titles = [m for m in ms if m.kind in ("office", "deputy") and a <= m.start
              and 0 < span[0] - m.end <= SEAT_GAP]
    return bool(titles) and names.looks_like_name(span) and any(
        all(x.kind in seat for x in ms if t.end <= x.start < span[0])
        and any(x.kind == "institution" and t.end <= x.start < span[0] for x in ms) for t in titles)


def head_of_place(names: Names, ms: list[Mention], a: int) -> bool:
    """'وأمين عمان X': a title's head spelt like a given name ('أمين') right before a state or a city is
    the title of that place's official (its mayor), not a given name."""
    word = names.text(a)
    bare = word[1:] if word[:1] in names.and_ else word
    return bare in names.title_heads and any(m.start == a + 1 and m.kind in ("state", "place") for m in ms)


def _name_first(names: Names, ms: list[Mention], a: int, b: int) -> tuple[int, int] | None:
    """'ومحمد يعقوبي والي طنجة': an item that opens with a name followed by its title."""
    span = names.run_after(a, b)
    if span is None or span[0] != a or span[1] >= b:
        return None
    if a == next(s.tok_start for s in names.doc.sentences if s.tok_start <= a < s.tok_end) \
            and not names.looks_like_name(span):
        return None     # a sentence opens with a verb (and an object) more often than with a name
    nxt = span[1]
    titled = names.title_word(names.text(nxt)) or any(m.start == nxt and m.kind in ("office", "deputy")
                                                      for m in ms)
    return span if titled else None


def _name_before_title(names: Names, ms: list[Mention], a: int, b: int) -> tuple[int, int] | None:
    """'... بين عبيد حميد الطاير وزير الدولة الإماراتي ...': a name inside
    the item, with no comma before the office title that follows it and names its state (two to four
    words, a given name first or a name on 'بن')."""
    doc = names.doc
    for m in sorted((m for m in ms if a < m.start < b and m.kind == "office" and m.via == "sg"),
                    key=lambda m: m.start):
        span = names.run_before(a, m.start)
        if span is None or span[1] != m.start or span[0] <= a or not 2 <= names.count(span) <= 4 \
                or not names.looks_like_name(span) or _object_title(names, ms, a, span[0], m) \
                or _governed_title(names, m):
            continue
        if title_state(doc, ms, m.start, b) is not None:
            return span
    return None


def _opening_title_holds(names: Names, ms: list[Mention], a: int, name: int) -> bool:
    """'استقبل المستشار بالديوان الملكي السعودي الدكتور X وزير الإعلام اليمني': the item opens with a
    title that names its state, and the name follows it (no verb, date or other person between): the
    name is that title's holder; the title after the name is another person's, the verb's object."""
    verb = next((m.end for m in ms if m.start == a and m.kind == "trigger"), a)     # past 'received'
    opens = any(m.start == verb and m.kind in ("office", "deputy") for m in ms) \
        or verb < name and names.title_word(names.text(verb))
    return opens and not any(verb < m.start < name and m.kind in ("trigger", "date", "time", "person")
                             for m in ms) and title_state(names.doc, ms, verb, name) is not None


def _governed_title(names: Names, title: Mention) -> bool:
    """'التقى المبعوث X بوزير الخارجية السوري', '... لوزير الخارجية': a title glued to 'with' or 'to' after a
    name is what a verb or a noun governs, another person, never the name's own title."""
    w = names.words
    return title.prefix[-1:] in (w.form("bi"), w.form("lam"))


def _object_title(names: Names, ms: list[Mention], a: int, name: int, title: Mention) -> bool:
    """'والتقى رجل الأعمال X السفير الياباني': after a verb, a title with the article that follows a name
    is the verb's object, another person (a title set after its own name is bare: 'X وزير الدولة')."""
    return names.text(title.start).startswith(names.article) \
        and any(m.kind == "trigger" and a <= m.start < name for m in ms)


def _before_dates(doc: Document, ms: list[Mention], a: int, b: int) -> int:
    """The end of an item without the dates that close it ('... الربيعة اليوم')."""
    dated = {m.end: m.start for m in ms if m.kind in ("date", "time") and a < m.start}
    while b in dated:
        b = dated[b]
    return b


def title_state(doc: Document, ms: list[Mention], a: int, b: int) -> str | None:
    """The state a title names ('رئيس الحكومة المغربية', 'والي طنجة', 'سفير خادم الحرمين الشريفين'), not
    the one after 'لدى' (where the official serves)."""
    posted, lam = doc.lang.words.of("posted-to"), doc.lang.words.form("lam")
    toks = doc.tokens
    for m in sorted(ms, key=lambda x: x.start):
        if not a <= m.start < b:
            continue
        if any(toks[k].text in posted for k in range(max(a, m.start - 2), m.start)):
            continue
        if m.kind == "state" and m.via == "name" and m.prefix[-1:] == lam and any(
                x.kind == "office" and x.end == m.start for x in ms):
            continue        # the king's envoy to Saudi Arabia: the state he is sent to
        if isinstance(m, PlaceMention) and m.kind == "place" and m.place is not None and m.place.iso:
            return m.place.iso
        if m.kind == "state" and m.iso:
            return m.iso
        if m.kind == "office" and m.iso and m.via == "honorific":
            return m.iso
        if m.kind == "kingdom" and (iso := sole_kingdom(doc)):
            return iso
        if (iso := named_after_state(doc, m)) is not None:
            return iso      # the head of the King Salman centre: the state of the leader it is named after
    return None


def heads_named_thing(words: Words, word: str) -> bool:
    """`word` is a noun heading the name of a thing named after a person (words.tsv, named-after), bare or
    with a conjunction and a preposition glued on ('ومركز', 'بجامعة', 'ولمستشفى')."""
    for conj in ("", *words.prefix("conjunction")):
        if not word.startswith(conj):
            continue
        rest = word[len(conj):]
        if any(rest.startswith(prep) and words.has(rest[len(prep):], "named-after")
               for prep in ("", *words.prefix("place-clitic"))):
            return True
    return False


def names_thing_at(doc: Document, k: int) -> bool:
    """Token k heads the name of a thing named after a person (`heads_named_thing`), unless it is a noun
    with a pronoun that folds like one ('مكتبه', his office, is no 'مكتبة', a library)."""
    word = doc.tokens[k].text
    pronoun = doc.lang.words.form("pronoun-ha")
    if word.endswith(pronoun) and doc.surface(k, k + 1).endswith(pronoun):
        return False
    return heads_named_thing(doc.lang.words, word)


def named_after_state(doc: Document, m: Mention) -> str | None:
    """The state of a leader whose name (at mention m) names a thing ('مركز الملك سلمان'), else None."""
    if not isinstance(m, LeaderMention) or m.start == 0 \
            or not names_thing_at(doc, m.start - 1):
        return None
    states = {t.person.iso for t in m.terms}
    return states.pop() if len(states) == 1 else None


def title_start(doc: Document, ms: list[Mention], a: int, at: int) -> int:
    """Where the title before token `at` begins in an item that begins at `a`: after the last person named
    before it ('وكان في وداع الأمير ... لدى مغادرته مطار القاهرة القائد العام')."""
    titles = {m.end for m in ms if m.kind in ("office", "deputy")}
    ends = [m.end for m in ms if a <= m.start and m.end <= at and m.start not in titles
            and (isinstance(m, PersonMention) or m.kind == "leader") and not complement(doc, ms, m, a)
            and named_after_state(doc, m) is None]
    return max([a, *ends])      # a person right after a title is its complement (the king's ambassador)


def state_of_title(doc: Document, ms: list[Mention], at: int) -> str | None:
    """The state named by the title just before token `at` (within its list item)."""
    sent = next((s for s in doc.sentences if s.tok_start <= at < s.tok_end), None)
    if sent is None:
        return None
    a = next((i for i, j in items(doc, sent.index, ms) if i <= at <= j), at)
    return title_state(doc, ms, title_start(doc, ms, a, at), at)


def state_after_name(doc: Document, ms: list[Mention], end: int) -> str | None:
    """'الرئيس عبدالله يامين رئيس جمهورية المالديف', 'السيدة X، رئيسة جمهورية ليبيريا': the state the title
    right after a name (or after a comma) names."""
    toks = doc.tokens
    at = end + 1 if end < len(toks) and toks[end].text in ("،", ",") else end
    title = next((m for m in ms if m.start == at and m.kind in ("office", "deputy")), None)
    if title is None or title.prefix.startswith(doc.lang.words.prefix("and")):
        return None     # 'and the ambassador of ...': the next item's title, not this name's
    stop = next((k for k in range(at, min(at + 8, len(toks))) if toks[k].text in ITEM_ENDS), at + 8)
    return title_state(doc, ms, at, stop)


def _role(ms: list[Mention], a: int, b: int) -> str:
    """The role of the office that opens the title (not one it names as a complement: 'مستشار الملك')."""
    roles = [m.role for m in ms if a <= m.start < b and m.kind == "office" and m.via == "sg" and m.role]
    opens = any(m.start == a and m.kind == "office" for m in ms)
    return roles[0] if opens and len(roles) == 1 and roles[0] != "president" else "other"


def list_items(doc: Document, sent: int, ms: list[Mention], people: list[PersonMention],
               taken: set[int]) -> list[Item]:
    """The named officials of a sentence's list items that no other reading found, each with its state
    (None when nothing tells it) and role."""
    found: list[Item] = []
    s = doc.sentences[sent]
    titled, words = any(m.kind in TITLE_KINDS for m in ms), doc.lang.words
    texts = [t.text for t in doc.tokens[s.tok_start:s.tok_end]]
    if not titled and _title_forms(words.of("title-head"), words.of("and")).isdisjoint(texts):
        return found        # no title, no official (the usual sentence: no `Names` made for it)
    names = Names(doc, frozenset(taken), frozenset(m.end for m in ms if m.kind == "courtesy"))
    if not titled and not names.any_title_word(texts):
        return found        # no title, no official
    for a, b in items(doc, sent, ms, names):
        if any(a <= p.start < b and p.person.named and p.via not in TITLE_READINGS
               and not complement(doc, ms, p, a) for p in people):
            continue        # the item's person is read already
        span, first = _title_first(names, ms, a, b), None
        if span is not None:
            title = (title_start(doc, ms + list(people), a, span[0]), span[0])
            lead = _item_lead(names, ms, people, (a, span[0]), title[0])
        elif (first := _name_first(names, ms, a, b)) is not None:
            span, title, lead = first, (first[1], b), first[0]
        elif (span := _name_before_title(names, ms, a, b)) is not None:
            title, lead = ((a, span[0]), span[0]) if _opening_title_holds(names, ms, a, span[0]) \
                else ((span[1], b), span[0])
        else:
            continue
        tail = _before_dates(doc, ms, a, b) if first is not None else span[1]
        found.append(Item(a, b, span, title_state(doc, ms, *title), _role(ms, *title), lead, tail))
    return _states_from_context(doc, found, people)


def _item_lead(names: Names, ms: list[Mention], people: list[PersonMention], before: tuple[int, int],
               title: int) -> int:
    """Where the noun phrase of a title-first item opens: the item's start (its 'and' with it) when a title
    opens the item ('ووالي طنجة محمد يعقوبي'), else the name (a verb, an event or a date before the title
    is no part of it: 'وأكد وزير الخارجية X', 'التقى خلالها الرئيس X'); where the title begins when a
    person other than its holder stands before it."""
    a, name = before
    opens = any(m.start == a and m.kind in TITLE_KINDS for m in ms) or names.title_word(names.text(a))
    if not opens or any(a <= m.start < name and m.kind in ("trigger", "date", "time") for m in ms):
        return name
    if any(a <= p.start < name and p.via not in TITLE_READINGS for p in people):
        return title
    return a


def company_cue(doc: Document, a: int, b: int) -> int | None:
    """The first word between tokens a and b saying that who is named after it travels with someone ('ويضم
    الوفد المرافق', 'بمعية', 'ورافق'), else None."""
    at = _company_words(doc)
    i = bisect_left(at, a)
    return at[i] if i < len(at) and at[i] < b else None


_COMPANY: list[tuple[list[Token], Words, list[int]]] = []     # the last article's, for `company_cue`


def _company_words(doc: Document) -> list[int]:
    """Where the article's words saying that someone travels with someone stand (`company_cue` is asked of
    many spans of every sentence: the article's tokens are looked at once)."""
    if not _COMPANY or _COMPANY[0][0] is not doc.tokens or _COMPANY[0][1] is not doc.lang.words:
        found = doc.lang.words.stripped_at(map(attrgetter("text"), doc.tokens), "company", "companion")
        _COMPANY[:] = [(doc.tokens, doc.lang.words, found)]
    return _COMPANY[0][2]


def _state_before(doc: Document, item: Item, people: list[PersonMention]) -> str | None:
    """The state of the person named just before an item, else the reporting state; in a delegation
    ('ويضم الوفد المرافق له', 'بمعية الوزير'), an office read alone that names its state counts too (the one
    accompanied: 'وزير الخارجية السعودي'), and the reporting state does not (the delegation travels
    abroad)."""
    s = next(s for s in doc.sentences if s.tok_start <= item.start < s.tok_end)
    company = company_cue(doc, s.tok_start, item.name[0]) is not None
    before = [p for p in people if p.end <= item.start and p.person.iso
              and (p.via not in TITLE_READINGS or company and p.via in STATED_TITLE_READINGS)]
    if before:
        return max(before, key=lambda p: p.end).person.iso
    return None if company else doc.home


def _states_from_context(doc: Document, found: list[Item], people: list[PersonMention]) -> list[Item]:
    """Items whose title names no state take the state most items name, else that of the person named just
    before the item, else the reporting state (else, in a delegation, none: the visit's rule gives them
    the state of the one they accompany)."""
    if not found:
        return found        # no item (most sentences with a title): nothing counted
    common = Counter(i.iso for i in found if i.iso).most_common(1)
    out = []
    for item in found:
        iso = item.iso or (common[0][0] if common else None)
        if iso is None:
            iso = _state_before(doc, item, people)
            item = replace(item, lead=item.name[0])    # a state guessed: the item joins no list
        out.append(replace(item, iso=iso))
    return out
