"""Gazetteers and lexicons compiled into one phrase index for matching folded article tokens.

Sources (one language folder, `lang/ar/` for the shipped data, read by `lexicon.read_table`):
`countries.tsv` (states: names, capitals, nisba adjectives), `cities.tsv`, `venues.tsv`, `leaders*.tsv`
(office holders with terms), `roles.tsv` and the lexicons (`triggers`, `documents`, `offices`, `cues`,
`months`, `weekdays`, `numbers`, `agencies`).
An entry's key is a tuple of folded tokens; matching strips clitics (و ف ب ل ك ال لل) from the first
token of a phrase.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, count, filterfalse
from operator import add, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .document import DateValue, Document, Person, Place
from .errors import DiplographError
from .lexicon import first_token_variants, read_table, read_words, split, tables
from .textfold import TOKEN_RE, fold

KINGDOMS = ("SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "JP")  # 'the kingdom' ...
# states with a ruling house whose members are named with a royal title (prince, sheikh) and no state
ROYAL_HOUSES = KINGDOMS + ("KW", "QA", "AE", "OM", "MY", "BN", "LU", "MC", "LI")


def sole_kingdom(doc: Document) -> str | None:
    """'المملكة' in an article naming exactly one kingdom among its states: that kingdom."""
    kingdoms = {m.iso for m in doc.mentions if m.kind == "state" and m.iso in KINGDOMS}
    return kingdoms.pop() if len(kingdoms) == 1 else None


LEXICONS = ("triggers", "documents", "offices", "cues", "months", "weekdays", "numbers", "agencies")
NISBA_SUFFIXES = ("", "ه", "ين", "ون", "ان", "تين", "تان")


@dataclass(frozen=True)
class Entry:
    kind: str            # state|place|leader|office|trigger|docnoun|modal|group|time|... (lexicon kinds)
    value: str = ""      # iso code, role, event kind, month number...
    via: str = ""        # for states: name|capital|nisba ; for offices: sg|du|pl ; for triggers: the frame
    ref: object = None   # Place for capitals and cities; tuple[LeaderTerm, ...] for leaders


@dataclass(frozen=True)
class LeaderTerm:
    person: Person
    start: DateValue | None
    end: DateValue | None
    forms: int = field(default=1, compare=False)     # the names its row lists (a realm's row lists one)

    def covers(self, day: dt.date) -> bool:
        lo = _as_date(self.start, low=True)
        hi = _as_date(self.end, low=False)
        return (lo is None or lo <= day) and (hi is None or day <= hi)


@dataclass(frozen=True)
class Country:
    iso: str
    ar: str
    en: str
    qid: str
    capital: Place | None


@dataclass
class Gazetteer:
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    max_len: int = 1
    countries: dict[str, Country] = field(default_factory=dict)
    offices: dict[tuple[str, str], list[LeaderTerm]] = field(default_factory=lambda: defaultdict(list))
    nisba_label: dict[str, str] = field(default_factory=dict)
    people: dict[str, list[Person]] = field(default_factory=dict)     # key -> one Person per term
    by_name_word: dict[tuple[str, str], list[LeaderTerm]] = field(default_factory=dict)  # (role, word)
    places: dict[str, Place] = field(default_factory=dict)
    roles: dict[str, dict[str, str]] = field(default_factory=dict)   # roles.tsv: role -> its titles
    variant_table: dict[int, str] = field(default_factory=dict)     # words.tsv spelling-variant (translate)
    by_variant: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)   # leaders' names
    variant_heads: set[tuple[str, str]] = field(default_factory=set)     # the first two words of those keys
    variant_firsts: set[str] = field(default_factory=set)     # their first words

    longest: dict[str, int] = field(default_factory=dict)   # first word of a key -> longest key's length
    _automaton: Any = field(default=None, init=False, repr=False, compare=False)   # built on first use
    _openers: Any = field(default=None, init=False, repr=False, compare=False)     # see `opener_forms`
    _spelt: Any = field(default=None, init=False, repr=False, compare=False)       # see `spelt`

    def add(self, phrase: str, entry: Entry) -> None:
        for key in phrase_keys(phrase):
            if entry not in self.index[key]:
                self.index[key].append(entry)
                self.max_len = max(self.max_len, len(key))
                self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self._automaton = None

    def automaton(self) -> Any:
        """Every key as its words joined by spaces and closed by one (so that a match ends where a word
        ends), and a key whose first word has the article also as it follows a lam ('للرئيس' holds
        'لرئيس'): one Aho-Corasick automaton, built on first use. Each pattern holds its keys with the
        pattern's length and, for the lam form, the alef that makes it the article form found already."""
        if self._automaton is None:
            import ahocorasick

            patterns: dict[str, list[tuple[tuple[str, ...], int, str]]] = defaultdict(list)
            for key in self.index:
                text = " ".join(key) + " "
                patterns[text].append((key, len(text), ""))
                if key[0].startswith("ال") and len(key[0]) > 2:
                    patterns["ل" + text[2:]].append((key, len(text) - 1, "ا"))
            auto = ahocorasick.Automaton()
            for text, keys in patterns.items():
                auto.add_word(text, tuple(keys))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def keys_in(self, words: Sequence[str]) -> dict[int, list[tuple[str, ...]]]:
        """The keys found in a run of words, by the word they start in (after its clitics, as
        `first_token_variants` strips them): one pass of the automaton over the words."""
        text = " ".join(words) + " "
        # where each word starts in `text`: the lengths before it, plus one space per word before it
        starts = list(map(add, accumulate(map(len, words[:-1]), initial=0), count()))
        found: dict[int, list[tuple[str, ...]]] = {}
        for end, keys in self.automaton().iter(text):
            for key, size, alef in keys:
                if alef and text[end - size] == alef:
                    continue        # the lam form inside the article form: that key, found there too
                k = bisect_right(starts, end - size + 1) - 1
                if key[0] in first_token_variants(words[k]):        # memoised: one look-up
                    found.setdefault(k, []).append(key)
        return found

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.index.get(key, [])

    def variant_key(self, words: Sequence[str]) -> tuple[str, ...]:
        """A name's spelling variants folded alike: hyphens dropped, 'عبد الله' joined as 'عبدالله', and
        the letters transliterations swap (`spelling-variant` of words.tsv: غ/ك -> ج, ط -> ت, ص -> س):
        'كيم يونغ-أون' and 'كيم يونج أون' have one key."""
        out: list[str] = []
        head = ""
        for w in words:
            if w == "-":
                continue
            if head:
                out.append(head + w)
                head = ""
            elif w in JOINED_HEADS:
                head = w        # 'عبد' joined to what follows
            else:
                out.append(w)
        if head:
            out.append(head)
        return tuple(map(self.spelt, out))

    def spelt(self, word: str) -> str:
        """A word with the letters transliterations swap folded alike (`variant_table`): memoised per word
        (`translate` with a dict is slow on Arabic text, and a name's words recur across names, sentences
        and articles; bounded, and begun again when the table is another)."""
        memo = self._spelt
        if memo is None or memo[0] is not self.variant_table or len(memo[1]) > 1 << 16:
            memo = self._spelt = (self.variant_table, {})
        known: dict[str, str] = memo[1]
        found = known.get(word)
        if found is None:
            found = known[word] = word.translate(self.variant_table)
        return found

    def leaders_by_variant(self, words: Sequence[str]) -> list[Entry]:
        """The leaders whose name (of two words or more) has the variant key of these words."""
        return self.by_variant.get(self.variant_key(words), [])

    def opens_variant(self, word: str) -> bool:
        """Whether a leader's name of two words or more may begin with this word, spelt some other way."""
        return word in JOINED_HEADS or self.spelt(word) in self.variant_firsts

    def variant_spelling(self, text: str) -> str:
        """Text with the letters transliterations swap folded alike, letter for letter (as variant keys):
        one `str.replace` per letter (`translate` with a dict is ~40x slower on Arabic text), unless a
        letter is swapped into one swapped in turn (then replacing one by one would differ)."""
        table = self.variant_table
        if any(ord(c) in table for into in table.values() for c in into):
            return text.translate(table)
        for letter, into in table.items():
            text = text.replace(chr(letter), into)
        return text

    def opens_spelt(self, word: str, spelt: str) -> bool:
        """`opens_variant` of a word whose `variant_spelling` is already known."""
        return word in JOINED_HEADS or spelt in self.variant_firsts

    def opener_forms(self, words: Sequence[str], clitics: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        """Of distinct words (letters only), those that may open a leader's name spelt otherwise, each with
        the forms it opens it as: itself, or (a word beginning with one of `clitics`) itself without its
        first one or two letters. Memoised per word (a word recurs across articles; bounded, and begun
        again when the clitics or the variant data differ)."""
        state = (clitics, len(self.variant_firsts), self.variant_table)
        if self._openers is None or self._openers[0] != state or len(self._openers[1]) > 1 << 17:
            self._openers = (state, {})
        memo: dict[str, tuple[str, ...]] = self._openers[1]
        new = list(filterfalse(memo.__contains__, words))
        spelt = self.variant_spelling("\n".join(new)).split("\n")     # one translation, letter for letter
        for word, sp in zip(new, spelt):
            if not word.startswith(clitics):
                memo[word] = (word,) if self.opens_spelt(word, sp) else ()
            else:
                memo[word] = tuple([word[c:] for c in (0, 1, 2) if self.opens_spelt(word[c:], sp[c:])])
        return dict(filter(itemgetter(1), zip(words, map(memo.__getitem__, words))))

    def may_open_variant(self, words: Sequence[str]) -> bool:
        """Whether a leader's name of two words or more may begin with these (three) words, spelt some
        other way."""
        first = words[0] if words else ""
        if first not in JOINED_HEADS and self.spelt(first) not in self.variant_firsts:
            return False        # most words: one look-up
        return self.variant_key(words)[:2] in self.variant_heads

    def by_title_name(self, role: str, token: str, iso: str | None, day: dt.date | None) -> Person | None:
        """'الملك سلمان', 'الرئيس شي', 'الرئيس عون': an office and one word of a holder's name."""
        best: Person | None = None
        if len(token) < 2:
            return None
        terms = list(self.by_name_word.get((role, token), ()))
        if role == "minister":        # 'الوزير شكري', 'الوزير المقداد': foreign ministers are ministers too
            terms += self.by_name_word.get(("foreign_minister", token), ())
        for t in terms:
            if iso and t.person.iso != iso:
                continue
            if day is None or t.covers(day):
                if best is not None and best.key != t.person.key:
                    return None      # two holders fit: leave it to other rules
                best = t.person
        return best

    def name_word_known(self, role: str, token: str) -> bool:
        """Some holder of the office, at any time, bore the word in their name ('الوزير شكري')."""
        return bool(self.by_name_word.get((role, token))) or role == "minister" \
            and bool(self.by_name_word.get(("foreign_minister", token)))

    def office_label(self, role: str, iso: str, lang: str = "ar") -> str:
        """'رئيس وزراء روسيا' / 'Prime Minister of Russia' for an office holder the text does not name."""
        title = self.roles.get(role, self.roles["other"])
        country = self.countries.get(iso)
        if lang == "en":
            return f"{title['en']} of {country.en if country else iso}"
        return f"{title['ar']} {country.ar if country else iso}"

    def holder(self, iso: str, role: str, day: dt.date | None) -> Person | None:
        """The person holding `role` for `iso` on `day` (the latest holder when the day is unknown)."""
        terms = self.offices.get((iso, role), [])
        if not terms or day is None:
            return None
        live = [t for t in terms if t.covers(day)]
        return live[-1].person if live else None


def _as_date(d: DateValue | None, *, low: bool) -> dt.date | None:
    if d is None:
        return None
    month = d.month or (1 if low else 12)
    day = d.day or (1 if low else 28)
    return dt.date(d.year, month, day)


def parse_date(text: str) -> DateValue | None:
    parts = [int(p) for p in text.split("-") if p.strip().isdecimal()]
    if not parts:
        return None
    return DateValue(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


@lru_cache(maxsize=1 << 16)
def name_tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's folded words, without hyphens, brackets and commas. Memoised (a leader's name is read
    for its keys, its variant key and its name words; a person's name by several stages; bounded)."""
    return tuple(t for t in TOKEN_RE.findall(fold(phrase)) if t not in {"-", "(", ")", "،", ",", "."})


JOINED_HEADS = ("عبد", "ابو", "ابي", "ابن")      # joined to the next word in a name's keys


def phrase_keys(phrase: str) -> set[tuple[str, ...]]:
    """Token tuples a phrase may appear as: 'عبد العزيز' and 'عبدالعزيز', 'أبو ظبي' and 'أبوظبي'."""
    toks = name_tokens(phrase)
    if not toks:
        return set()
    keys = {toks}
    joined: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] in JOINED_HEADS and i + 1 < len(toks):
            joined.append(toks[i] + toks[i + 1])
            i += 2
        else:
            joined.append(toks[i])
            i += 1
    keys.add(tuple(joined))
    split_: list[str] = []
    for t in toks:
        for p in ("عبد", "ابو"):
            if t.startswith(p) and len(t) > len(p) + 2:
                split_ += [p, t[len(p):]]
                break
        else:
            split_.append(t)
    keys.add(tuple(split_))
    return keys


def nisba_forms(base: str) -> set[str]:
    """Inflections of a nisba adjective: روسي -> الروسي، الروسية، الروسيين، الروسيون، الروسيان ..."""
    words = name_tokens(base)
    forms = set()
    for suf in NISBA_SUFFIXES:
        inflected = [w + suf for w in words]
        forms.add(" ".join(inflected))
        forms.add(" ".join("ال" + w for w in inflected))
    return forms


def _person_key(qid: str, en: str, ar: str, iso: str) -> str:
    if qid:
        return qid
    return f"{iso.lower()}-" + hashlib.sha256(f"{fold(en or ar)}|{iso}".encode()).hexdigest()[:12]


def _add_countries(gz: Gazetteer, folder: Path) -> list[tuple[str, str]]:
    """Every state's names, capital and nisba forms; returns each (state, nisba) for the forms added last."""
    nisbas: list[tuple[str, str]] = []
    for row in read_table(folder / "countries.tsv").rows:
        iso = row["iso2"]
        capital = None
        if row.get("capital_ar"):
            caps = split(row["capital_ar"])
            capital = Place(key=row.get("capital_qid") or f"{iso.lower()}-capital", ar=caps[0], iso=iso,
                            en=row.get("capital_en") or None, qid=row.get("capital_qid") or None)
            gz.places[capital.key] = capital
            for cap in caps:
                gz.add(cap, Entry("state", iso, "capital", capital))
        elif row.get("capital_qid"):
            # known by 'the capital' and the nisba ('العاصمة الأردنية'), never by name (Amman: 'عمان' is Oman)
            capital = Place(key=row["capital_qid"], ar="", iso=iso, en=row.get("capital_en") or None,
                            qid=row["capital_qid"])
        gz.countries[iso] = Country(iso, row["ar"], row["en"], row.get("qid", ""), capital)
        for name in {row["ar"], *split(row.get("ar_names", ""))}:
            gz.add(name, Entry("state", iso, "name"))
        bases = split(row.get("nisba", ""))
        if bases:
            gz.nisba_label[iso] = bases[0]
        for base in bases:
            nisbas.append((iso, base))
            for form in nisba_forms(base):
                gz.add(form, Entry("state", iso, "nisba"))
    return nisbas


def _add_cities(gz: Gazetteer, folder: Path) -> None:
    given_names = {k[0] for k, entries in gz.index.items()
                   if len(k) > 1 and any(e.kind == "leader" for e in entries)}
    for row in read_table(folder / "cities.tsv").rows:
        names = split(row["ar"])
        place = Place(key=row.get("qid") or row["key"], ar=names[0] if names else "",
                      iso=row.get("iso2") or None,
                      en=row.get("en") or None, qid=row.get("qid") or None)
        if not names:
            gz.places.setdefault(place.key, place)   # known, but never matched by name (Amman: عمان is Oman)
            continue
        gz.places.setdefault(place.key, place)
        for name in names:
            keys = phrase_keys(name)
            if any(e.kind in ("state", "leader") for k in keys for e in gz.lookup(k)):
                continue   # a state's name (تونس، الكويت) is read as the state
            if any(len(k) == 1 and k[0] in given_names for k in keys):
                continue   # a city named like a given name (فلاديمير) is not worth the false hits
            gz.add(name, Entry("place", place.iso or "", "city", place))


def _add_venues(gz: Gazetteer, folder: Path) -> None:
    """'في البيت الأبيض', 'بقصر الاتحادية': a seat of government names its city (`venues.tsv`)."""
    table = read_table(folder / "venues.tsv")
    by_name: dict[tuple[str | None, str | None], Place] = {}
    for p in gz.places.values():
        by_name.setdefault((p.en, p.iso), p)
    for row in table.rows:
        city = by_name.get((row["city"], row["iso2"]))
        if city is None:
            raise DiplographError(f"venue city {row['city']!r} ({row['iso2']}) is not in cities.tsv",
                                  path=table.path, hint="name a city of the city gazetteer, in English")
        city = Place(city.key, row["city_ar"], city.iso, city.en, city.qid)
        for name in split(row["ar"]):
            gz.add(name, Entry("place", city.iso or "", "venue", city))


def _add_leaders(gz: Gazetteer, folder: Path) -> None:
    by_person: dict[str, list[tuple[dict[str, str], Person]]] = defaultdict(list)
    for table in tables(folder, "leaders"):
        for row in table.rows:
            iso = row["iso2"]
            key = _person_key(row.get("qid", ""), row.get("en", ""), row["ar"], iso)
            person = Person(key=key, ar=row["ar"], iso=iso, role=row["role"], en=row.get("en") or None,
                            qid=row.get("qid") or None, gazetteer=True)
            by_person[key].append((row, person))
    for key, rows in sorted(by_person.items()):
        # the row naming the person most fully first: a monarch of several realms is described as the
        # British one
        rows.sort(key=lambda r: -len(split(r[0].get("ar_variants", ""))))
        gz.people[key] = [p for _, p in rows]
        terms = []
        for row, person in rows:
            term = LeaderTerm(person, parse_date(row.get("start", "")), parse_date(row.get("end", "")),
                              1 + len(split(row.get("ar_variants", ""))))
            terms.append(term)
            gz.offices[(person.iso or "", person.role or "")].append(term)
        names = set()
        for row, _ in rows:
            names |= {row["ar"], *split(row.get("ar_variants", ""))}
        for name in names:
            entry = Entry("leader", key, "gazetteer", tuple(terms))
            for form in {name, *gulf_short_names(name)}:
                gz.add(form, entry)
                _add_variant(gz, form, entry)
    for terms in gz.offices.values():
        terms.sort(key=lambda t: (t.start or DateValue(0)))
        for t in terms:
            words = name_tokens(t.person.ar)
            for w in {words[0], words[-1]} if words else ():
                gz.by_name_word.setdefault((t.person.role or "", w), []).append(t)


def _add_variant(gz: Gazetteer, name: str, entry: Entry) -> None:
    """A leader's name of two words or more, under its variant key."""
    if len(name_tokens(name)) < 2:
        return
    vkey = gz.variant_key(name_tokens(name))
    if len(vkey) < 2:
        return
    gz.variant_heads.add((vkey[0], vkey[1]))
    gz.variant_firsts.add(vkey[0])
    found = gz.by_variant.setdefault(vkey, [])
    if entry not in found:
        found.append(entry)


def gulf_short_names(name: str) -> set[str]:
    """'محمد بن سلمان بن عبد العزيز آل سعود' is also written 'محمد بن سلمان' and 'محمد بن سلمان آل سعود'."""
    toks = list(name_tokens(name))
    if "بن" not in toks or len(toks) < 4 or toks[1] != "بن":
        return set()
    out = {" ".join(toks[:3])}
    if "ال" in toks or "آل" in toks:
        i = toks.index("ال") if "ال" in toks else toks.index("آل")
        out.add(" ".join(toks[:3] + toks[i:]))
    return out


def _add_lexicons(gz: Gazetteer, folder: Path) -> None:
    for name in LEXICONS:
        for row in read_table(folder / f"{name}.tsv").rows:
            kind = row.get("kind") or name.rstrip("s")
            if name == "months":
                gz.add(row["form"], Entry("month", row["month"], row["calendar"]))
            elif name == "weekdays":
                gz.add(row["form"], Entry("weekday", row["weekday"]))
            elif name == "numbers":
                gz.add(row["form"], Entry("number", row["value"], row["kind"]))
            elif name == "offices":
                gz.add(row["form"], Entry("office", row["value"], row.get("number", "sg")))
            else:      # a trigger's frame (frames.tsv) rides in `via`
                gz.add(row["form"], Entry(kind, row.get("value", ""), row.get("frame", "")))


def build_gazetteer(folder: Path) -> Gazetteer:
    """The phrase index of one language folder (about a tenth of a second for `lang/ar/`)."""
    gz = Gazetteer()
    gz.roles = {r["role"]: r for r in read_table(folder / "roles.tsv").rows}
    words = read_words(folder / "words.tsv")
    gz.variant_table = str.maketrans({form: words.value(form) for form in words.of("spelling-variant")})
    _add_lexicons(gz, folder)
    nisbas = _add_countries(gz, folder)
    _add_leaders(gz, folder)
    _add_cities(gz, folder)
    _add_venues(gz, folder)
    _add_indefinite_nisbas(gz, nisbas)
    return gz


def _add_indefinite_nisbas(gz: Gazetteer, nisbas: list[tuple[str, str]]) -> None:
    """A one-word nisba in the indefinite accusative ('وفدا سعوديا', 'مسؤولا أمريكيا'), where no name,
    city or other entry already has that form ('روسيا' and 'تركيا' stay the states' names) and no longer
    name begins with it ('كوريا' of 'كوريا الجنوبية' and 'جمهورية كوريا' is not one Korea)."""
    in_names = {w for key, entries in gz.index.items() if len(key) > 1
                and any(e.kind == "state" for e in entries) for w in key}
    for iso, base in nisbas:
        form = base + "ا"
        keys = phrase_keys(form)
        if len(name_tokens(base)) == 1 and not any(k in gz.index or k[0] in in_names for k in keys):
            gz.add(form, Entry("state", iso, "nisba"))


def gazetteer() -> Gazetteer:
    """The shipped language's phrase index (`lang/ar/`, built once per process, on first use)."""
    from .language import default_language

    return default_language().gazetteer
