"""The one object the text pipeline passes from stage to stage, and the records stages add to it.

Stages (see `pipeline/__init__.py`): read -> normalise -> sentences -> lexicon -> publication -> focus ->
people -> coreference -> events -> resolve.
Each takes a `Document` and returns it with more filled in; `rdf.py` turns the result into triples.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import total_ordering
from operator import attrgetter
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from .gazetteer import LeaderTerm
    from .language import Language


class Token(NamedTuple):
    """One word, number or punctuation mark of the folded text (a tuple: an article makes hundreds)."""

    text: str          # folded form
    start: int         # offsets into doc.folded
    end: int
    index: int  # type: ignore[assignment]     # a field, where tuple has a method of that name


@dataclass(frozen=True)
class Sentence:
    index: int
    tok_start: int     # token range [tok_start, tok_end)
    tok_end: int
    start: int         # character range in doc.text
    end: int


@total_ordering
@dataclass(frozen=True)
class DateValue:
    """A calendar date at the precision the text gives (year, year-month or full date). Ordered by the
    day it starts on, so that values of different precision compare ('2015' < '2015-04')."""

    year: int
    month: int | None = None
    day: int | None = None
    flag: str | None = None      # e.g. "weekday-mismatch"
    days: int = field(default=1, compare=False)   # "يومي 19 و20 فيفري": 2 days, dated by the first

    def __lt__(self, other: "DateValue") -> bool:
        return (self.year, self.month or 0, self.day or 0) < (other.year, other.month or 0, other.day or 0)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def minus_years(self, years: int) -> "DateValue":
        day = self.day
        if self.month == 2 and day == 29:
            day = 28
        return DateValue(self.year - years, self.month, day)

    def covers(self, other: "DateValue") -> bool:
        """`other` falls on one of the days this value spans (a single day covers only itself)."""
        a, b = self.as_date(), other.as_date()
        if a is None or b is None:
            return self == other
        return 0 <= (b - a).days < self.days

    @classmethod
    def of(cls, d: dt.date) -> "DateValue":
        return cls(d.year, d.month, d.day)

    def as_date(self) -> dt.date | None:
        """The calendar day, or None when the value is not a whole valid date (no day, 30 February...)."""
        if not (self.day and self.month):
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def valid(self) -> bool:
        if not 1 <= self.year <= 9999 or (self.month is not None and not 1 <= self.month <= 12):
            return False
        return self.day is None or self.as_date() is not None


@dataclass(frozen=True)
class Person:
    """A named person (from the leaders gazetteer or a title pattern) or an unnamed office holder."""

    key: str                     # IRI suffix under dgr:person/
    ar: str
    iso: str | None = None       # state represented
    role: str | None = None
    en: str | None = None
    qid: str | None = None
    named: bool = True           # False: "the Russian foreign minister" with no name known
    gazetteer: bool = False      # True: from the shipped leaders data (described in the entities graph)
    text: str | None = field(default=None, compare=False)   # the name as this article writes it


@dataclass(frozen=True)
class Place:
    key: str                     # IRI suffix under dgr:place/
    ar: str
    iso: str | None = None
    en: str | None = None
    qid: str | None = None


@dataclass(frozen=True)
class DocRef:
    """A document named in the text (an agreement, a declaration...)."""

    kind: str                    # declaration|agreement|memorandum|protocol|treaty|joint_statement|...
    title: str                   # Arabic title as written (original characters)
    folded: str                  # folded title, for identity


@dataclass
class Mention:
    """Something found in a sentence: a state, a person, a place, a date, an office, a trigger word..."""

    kind: str                    # state|person|place|date|office|group|trigger|document|modal|occasion
    start: int                   # token range [start, end)
    end: int
    sent: int
    iso: str | None = None
    via: str | None = None       # how it was found: name|capital|nisba|gazetteer|title|pattern|...
    role: str | None = None
    value: str | None = None     # trigger event type, document kind, modality...
    prefix: str = ""             # clitics stripped from the first word (و، ب، لل...)


@dataclass(kw_only=True)
class PlaceMention(Mention):
    """A state or a city named in a sentence (kind state or place): `place` is the city, when there is one
    (a capital standing for its state, a city, a venue's city)."""

    place: Place | None = None


@dataclass(kw_only=True)
class PersonMention(Mention):
    """A person named (or stood for) in a sentence: `person` is always known."""

    person: Person


@dataclass(kw_only=True)
class LeaderMention(Mention):
    """A name of the leaders gazetteer: the terms of office it may mean (resolved by the people stage)."""

    terms: tuple[LeaderTerm, ...]


@dataclass(kw_only=True)
class DateMention(Mention):
    """A date in a sentence: `date` is always known; `value` says how it was read (explicit, hijri,
    relative, weekday, year, ago, no-year)."""

    date: DateValue


@dataclass
class Event:
    type: str                    # signing|congratulation|establishment|anniversary|visit|meeting
    rule: str
    sent: int
    agents: list[Person] = field(default_factory=list)
    agent_states: list[str] = field(default_factory=list)   # states acting without a named person
    recipients: list[Person] = field(default_factory=list)
    recipient_states: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    document: DocRef | None = None
    date: DateValue | None = None
    place: Place | None = None
    ordinal: int | None = None
    occasion: str | None = None
    inferred: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)   # character ranges in doc.text
    why: str = ""                # human-readable explanation (for --explain)
    subjects: list[Person] = field(default_factory=list)   # meetings: who came (they visit the host)
    host_state: str | None = None        # receptions: the receiving side's state
    phrase: str | None = None            # anniversaries: 'الذكرى الـ 30 لإقامة العلاقات ...'
    of_relations: bool = False           # anniversaries: of diplomatic relations (implies an establishment)
    date_stated: bool = True             # False: the article's date (publication, lead), not the text's
    weekday: str | None = None           # undated: the one weekday its sentences name (tells two days apart)
    confidence: float = 1.0              # how far the event can be trusted (pipeline.confidence)
    evidence: dict[str, float] = field(default_factory=dict)   # the features the confidence rests on

    def states(self) -> set[str]:
        out = set(self.parties) | set(self.agent_states)
        out |= {p.iso for p in self.agents if p.iso}
        return out


K = TypeVar("K", bound=Hashable)


class MentionIndex(Generic[K]):
    """A list of mentions grouped by a key (the sentence, the kind), in their order: built on the first
    question, and again only when asked of another list or of this one grown or shrunk (stages replace or
    extend `Document.mentions`; the groups of an unchanged list are read many times per sentence)."""

    __slots__ = ("key", "built")

    def __init__(self, key: Callable[[Mention], K]) -> None:
        self.key = key
        self.built: tuple[list[Mention], int, dict[K, list[Mention]]] | None = None

    def group(self, mentions: list[Mention], key: K) -> list[Mention]:
        """The mentions of `mentions` with that key (the index's own list: copy it to change it)."""
        built = self.built
        if built is None or built[0] is not mentions or built[1] != len(mentions):
            index: dict[K, list[Mention]] = {}
            for m in mentions:
                index.setdefault(self.key(m), []).append(m)
            built = self.built = (mentions, len(mentions), index)
        return built[2].get(key, _NONE)


_NONE: list[Mention] = []       # the group of a key no mention has (never changed)


def _default_language() -> Language:
    """The shipped language data, for a document made without one (imported here: language.py needs
    this module)."""
    from .language import default_language

    return default_language()


@dataclass
class Document:
    text: str
    source: str                          # file name (or record id) the article came from
    sha256: str
    published: dt.date | None = None
    published_from: str | None = None    # "option" | "record" | "text" | "inferred"
    year: int | None = None              # the article's year when only that is known (national day ordinal)
    reference: dt.date | None = None     # with no publication date: the latest day the text names
    url: str | None = None
    language: str = "ar"
    title: str | None = None
    folded: str = ""
    fold_map: list[int] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)   # the people stage's (also in mentions after)
    dates: list[DateMention] = field(default_factory=list)      # the dates found (also in mentions after)
    events: list[Event] = field(default_factory=list)
    focus: tuple[str, ...] = ()          # the article's main states, most mentioned first
    home: str | None = None              # state of the reporting agency / dateline, when clear
    dateline_place: Place | None = None
    notes: list[str] = field(default_factory=list)
    lang: Language = field(default_factory=lambda: _default_language(), repr=False, compare=False)
    # `in_sentence`'s index of `mentions` by sentence
    _by_sent: MentionIndex[int] = field(default_factory=lambda: MentionIndex(attrgetter("sent")), init=False,
                                        repr=False, compare=False)

    @property
    def key(self) -> str:
        return self.sha256[:16]

    @property
    def as_of(self) -> dt.date | None:
        """The day office holders are looked up on: the publication date, else the text's latest day."""
        return self.published or self.reference

    def char_span(self, tok_start: int, tok_end: int) -> tuple[int, int]:
        """Character range in `text` of a token range."""
        a = self.fold_map[self.tokens[tok_start].start]
        b = self.fold_map[self.tokens[tok_end - 1].end - 1] + 1
        while b < len(self.text) and unicodedata.category(self.text[b]) == "Mn":
            b += 1      # diacritics on the last letter belong to the word
        return a, b

    def surface(self, tok_start: int, tok_end: int) -> str:
        a, b = self.char_span(tok_start, tok_end)
        return self.text[a:b]

    def in_sentence(self, sent: int, kind: str | None = None) -> list[Mention]:
        """The mentions of a sentence (of one kind), in order: from the mentions indexed by sentence once,
        and again when the stages gave other mentions."""
        here = self._by_sent.group(self.mentions, sent)
        return list(here) if kind is None else [m for m in here if m.kind == kind]
