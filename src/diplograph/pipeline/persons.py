"""People, the shared pieces: a Person made from a name or an office, the span of words a name covers
after a title, the leader of a state whose name the text writes, and the term in office a date picks.
Read by the people stage (people.py) and its readers of titles (titled.py), of lists (companions.py)
and of counterparts (counterparts.py)."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..document import DateValue, Document, Mention, Person
from ..gazetteer import Gazetteer, LeaderTerm, name_tokens
from ..textfold import fold
from .names import Names


SENIORITY = ("supreme_leader", "king", "emir", "sultan", "president", "crown_prince", "prime_minister",
             "foreign_minister")


def _senior(t: LeaderTerm) -> tuple[int, DateValue]:
    role = t.person.role or ""
    return (SENIORITY.index(role) if role in SENIORITY else len(SENIORITY), t.start or DateValue(0))


def pick_term(terms: Sequence[LeaderTerm], day: dt.date | None, prefer: Sequence[str] = ()) -> Person:
    """The office a gazetteer person held on the article's date (the most senior one if several; of
    offices alike, the one of a state in `prefer` (the article's), else the one its data names most
    fully: a monarch of several realms is the British one unless the article is about a realm; the
    latest term when the date is unknown)."""
    if day is not None:
        live = [t for t in terms if t.covers(day)]
        if live:
            return min(live, key=lambda t: (_senior(t)[0], t.person.iso not in prefer, -t.forms,
                                            _senior(t)[1])).person
        dated = [t for t in terms if t.start is not None]
        if dated:
            def distance(t: LeaderTerm) -> int:
                start = t.start or DateValue(0)
                lo = dt.date(start.year, start.month or 1, start.day or 1)
                return abs((lo - day).days)
            return min(dated, key=distance).person
    latest = max(terms, key=lambda t: (t.start or DateValue(0)))
    return min((t for t in terms if t.person.key == latest.person.key), key=_senior).person


def written(doc: Document, span: tuple[int, int], prefix: str) -> str:
    """A name as the text writes it, without the clitics glued to its first word ('وإلهام' -> 'إلهام')."""
    text = doc.surface(*span)
    return text[len(prefix):] if prefix and fold(text[:len(prefix)]) == prefix else text


def unnamed(iso: str, role: str, gz: Gazetteer) -> Person:
    """An office holder the text does not name ('the Chinese president' with no holder known)."""
    return Person(key=f"{iso.lower()}-office-{role}", ar=gz.office_label(role, iso), iso=iso, role=role,
                  en=gz.office_label(role, iso, "en"), named=False)


def new_person(doc: Document, name: str, folded: str, iso: str | None, role: str | None) -> Person:
    """A person the leaders data does not know, keyed by the variant key of the name and the state (two
    spellings of one name in two articles are one node), labelled as the text writes the name."""
    key = " ".join(doc.lang.gazetteer.variant_key(folded.split()))
    digest = hashlib.sha256(f"{key}|{iso or ''}".encode()).hexdigest()[:12]
    return Person(key=f"{(iso or 'xx').lower()}-{digest}", ar=name, iso=iso, role=role, text=name)


def name_span_after(doc: Document, i: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    """An unknown person's name starting at token i: 2-4 name words (an ال-word only last) that end at a
    clear boundary (punctuation, a function word, another mention, the end of the sentence)."""
    span = name_words(doc, i, end, taken)
    if span is None:
        return None
    j = span[1]
    nxt = doc.tokens[j].text if j < end else ""
    stop = doc.lang.words.of("name-stop")
    if j >= end or j in taken or not nxt.isalpha() or nxt in stop \
            or (nxt[0] in doc.lang.words.of("conjunction") and nxt[1:] in stop):
        return span
    return None


def name_words(doc: Document, i: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    toks = doc.tokens
    names = Names(doc, frozenset(taken))
    if i < end and toks[i].text.startswith(doc.lang.words.prefix("name-bad-start")) \
            and not names.given(toks[i].text):        # a given name, not a preposition and the article
        return None
    j = i
    words = 0       # name words, not counting joiners: Badr bin Hamad bin Hamood Albusaidi has four
    joiners = doc.lang.words.of("name-joiner")
    while j < end and words < 5 and j - i < 9 and (words < 4 or toks[j - 1].text in joiners):
        t = toks[j].text
        if t == "-" and j > i and j + 1 < end and toks[j - 1].text.isalpha() and toks[j + 1].text.isalpha() \
                and j + 1 not in taken:
            j += 2          # a hyphenated given name: its second part too
            continue
        words += t not in doc.lang.words.of("name-joiner")
        if not names.name_word(j, first=j == i):
            break
        if t.startswith(doc.lang.words.prefix("article")) and t not in joiners and written_article(doc, j) \
                and not (j == i and names.given(t)) \
                and not (j > i and t in names.parts):     # al-Habib Bourguiba; Husam al-Din: a given name
            if j > i and toks[j - 1].text in joiners:
                j += 1          # after a joiner (Abd al-Karim), the name goes on
                continue
            if j > i:
                j += 1
                if j + 1 < end and toks[j].text in names.son_of:
                    continue    # Khalid al-Faisal bin Abdulaziz: the nasab goes on
            break
        j += 1
    if j - i >= 2 or (j - i == 1 and toks[i].text in ()):
        return i, j
    return None


def written_article(doc: Document, k: int) -> bool:
    """Token k opens with the letter the text writes, not with a hamza the folding took away (Alexander,
    Alistair: a foreign name, not a word with the article)."""
    return doc.surface(k, k + 1)[:1] == doc.tokens[k].text[:1]


def past_courtesies(doc: Document, by_start: dict[int, Mention], j: int, end: int) -> tuple[int, bool]:
    """Past the courtesy titles (and 'former') from token j, up to token `end`: where the title ends, and
    whether 'former' (a title abbreviated with a dot too: 'د.', 'م.', 'أ.د.')."""
    former = False
    toks, abbreviations = doc.tokens, doc.lang.words.of("title-abbreviation")
    while j < end:
        if (c := by_start.get(j)) is not None and c.kind in ("courtesy", "former"):
            former = former or c.kind == "former"
            j = c.end
        elif toks[j].text in abbreviations and j + 2 < end and toks[j + 1].text == ".":
            j += 2
            continue
        else:
            break
        if j + 1 < end and toks[j].text == "." and toks[j - 1].text in abbreviations:
            j += 1
    return j, former


def without_conjunction(doc: Document, span: tuple[int, int]) -> tuple[list[str], str]:
    """A name's words and its label as the text writes it, without the 'and' of a list item ('ومحمد')."""
    w = doc.lang.words
    words = [t.text for t in doc.tokens[span[0]:span[1]]]
    label = doc.surface(*span)
    first = words[0]
    if first[:1] in w.of("and") and len(first) > 2 and first not in w.of("name-waw") \
            and not w.has(first, "given-name"):
        words[0], label = first[1:], label[1:]
    return words, label


def known_person(doc: Document, words: list[str], iso: str) -> Person | None:
    """'السيدة جيورجيا ميلوني' spelt otherwise than the gazetteer's 'جورجا ميلوني': the office holder of that
    state whose name shares the last word, if exactly one holds an office then."""
    gz = doc.lang.gazetteer
    found = {p for role in SENIORITY + ("minister",)
             if (p := gz.by_title_name(role, words[-1], iso, doc.published))}
    if len(found) != 1:
        return None
    p = found.pop()
    first = name_tokens(p.ar)[0]
    if len(words) > 1 and SequenceMatcher(None, first, words[0]).ratio() < 0.6:
        return None         # Michelle Obama is not Barack Obama
    return p


def function_word_here(doc: Document, k: int, start: int, end: int) -> bool:
    """A name word that is also a function word reads as that word: 'لولا الدعم' (were it not for: a noun
    with the article or 'أن' follows it at the head of its clause), 'بالنسبة لي', 'يبدو لي' (to me: after
    a word that takes it)."""
    w, toks = doc.lang.words, doc.tokens
    word = toks[k].text
    if not w.has(word, "name-homograph"):
        return False
    prev = toks[k - 1].text if k > start else ""
    nxt = toks[k + 1].text if k + 1 < end else ""
    heads = not prev.isalpha() or any(w.has(prev, c) for c in ("and", "complementizer", "clause-opener",
                                                                "particle-head"))
    return heads and (nxt.startswith(w.prefix("article")) or w.has(nxt, "homograph-name-not-before")) \
        or w.has(prev, "homograph-name-not-after")
