"""Stage 4b, senses: ambiguous words read in context, from data, before any rule sees them.

Reads `doc.mentions` (the lexicon's), `doc.lang.homographs` and the word class `org-head`; replaces
`doc.mentions`:
- a word of the homograph table takes the reading its cues choose (`senses.Homographs`): 'باليمن
  والمسرات' is good fortune, not Yemen; 'أقامت حفلا' held a party, established nothing; 'عمان' beside
  'الأردنية' is Amman; a city sharing its name with another takes the one its sentence names
  ('طرابلس اللبنانية' is Tripoli of Lebanon); a city named like a common word is no place unless told as
  one ('كيف' is Kyiv only after 'to', 'the capital', 'visited'); 'الدكتور سلطان' is a man named Sultan,
  no sultan ('الدكتور مساعد': Musaed, no assistant);
- a state word inside the name of an organisation (a company, bank, club, team, federation, university,
  fund... : a word of the class `org-head` at most three words before it, in the same phrase) is no state
  acting: 'نادي ميلان الإيطالي', 'منتخب ألمانيا', 'صندوق الاستثمارات السعودي'. Only states bind states;
- a nisba right after a noun of a language, cuisine or art (word class `culture-noun`: 'اللغة الصينية') is no
  state acting either;
- a city, or a capital standing for its state, right after a document noun (`documents.tsv`) with no
  clitic names the document ('ميثاق روما', 'اتفاق أوسلو'): no place and no state.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Mention, Place, PlaceMention, Token
from ..lexicon import first_token_variants
from ..senses import ANY, Sense
from ..textfold import plain_label

PHRASE_BREAKS = {"،", ",", ".", "؛", ":", "(", ")", "\"", "«", "»", "-", "–"}
ORG_REACH = 3           # words between an organisation noun and the state word inside its name


def _form(doc: Document, m: Mention) -> str:
    words = [t.text for t in doc.tokens[m.start:m.end]]
    if words and m.prefix and words[0].startswith(m.prefix):
        words[0] = words[0][len(m.prefix):]
    return " ".join(words)


def _cue_at(tok: Token, cues: frozenset[str]) -> bool:
    return not cues.isdisjoint(first_token_variants(tok.text))


def _reading(doc: Document, m: Mention, senses: tuple[Sense, ...]) -> str:
    s = doc.sentences[m.sent]
    for sense in senses:
        if ANY in sense.cues or any(_cue_at(doc.tokens[k], sense.cues)
                                    for k in sense.span(m.start, m.end, s.tok_start, s.tok_end)):
            return sense.reading
    return "keep"


def _in_organisation(doc: Document, m: Mention, heads: frozenset[str]) -> bool:
    """The state word is inside an organisation's name: a word of `org-head` at most three words before
    it, in the same phrase, and the word not told as a place ('في أديس أبابا', 'بالرياض': 'قمة الاتحاد
    الإفريقي في أديس أبابا' is held in Addis Ababa, whose name is not the union's)."""
    s = doc.sentences[m.sent]
    words = doc.lang.words
    if m.prefix and any(c in m.prefix for c in words.of("place-clitic")):
        return False
    for k in range(m.start - 1, max(s.tok_start, m.start - 1 - ORG_REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.text in PHRASE_BREAKS or tok.text in words.of("in"):
            return False
        if not heads.isdisjoint(first_token_variants(tok.text)):
            return True
    return False


def _city(doc: Document, m: Mention, key: str) -> Place | None:
    """The city the word names, labelled as the text writes it ('عمّان'), when the reading names one."""
    place = doc.lang.gazetteer.places.get(key) if key else None
    if place is None:
        return None
    surface = doc.surface(m.start, m.end)
    label = surface[len(m.prefix):] if m.prefix and surface.startswith(m.prefix) else surface
    return replace(place, ar=place.ar or plain_label(label))


def _resolved(doc: Document, m: Mention, heads: frozenset[str]) -> Mention | None:
    """The mention as its context reads it, or None when it is no mention of its kind."""
    reading = _reading(doc, m, doc.lang.homographs.senses(_form(doc, m), m.kind))
    if reading == "-":
        return None
    if m.kind in ("state", "place") and reading != "keep" and isinstance(m, PlaceMention):
        iso, _, city = reading.partition(":")      # a homonym city: the one its context names
        via = "capital" if city and m.kind == "state" else m.via
        m = replace(m, iso=iso, via=via, place=_city(doc, m, city))
    if m.kind == "state" and (_in_organisation(doc, m, heads) or _of_a_culture(doc, m)):
        return None
    return m


def _of_a_culture(doc: Document, m: Mention) -> bool:
    """A nisba right after a noun of a language, a cuisine or an art ('اللغة الصينية', 'المطبخ الإيطالي',
    'السينما الفرنسية', class `culture-noun`): a people's way of doing things, no state acting."""
    k = m.start - 1
    return m.via == "nisba" and k >= doc.sentences[m.sent].tok_start \
        and doc.lang.words.has_stripped(doc.tokens[k].text, "culture-noun")


def _names_document(m: Mention, document_ends: set[int]) -> bool:
    """A city (or a capital standing for its state) written right after a document noun, with no clitic,
    is the document's name: 'ميثاق روما', 'اتفاق أوسلو', 'إعلان الرياض'."""
    city = m.kind == "place" or (m.kind == "state" and m.via == "capital")
    return city and not m.prefix and m.start in document_ends


def read_senses(doc: Document) -> Document:
    heads = doc.lang.words.of("org-head")
    document_ends = {m.end for m in doc.mentions if m.kind == "docnoun"}
    out = []
    for m in doc.mentions:
        if _names_document(m, document_ends):
            continue
        if m.kind in ("state", "place", "trigger", "office", "deputy", "modal"):
            resolved = _resolved(doc, m, heads)
            if resolved is None:
                continue
            m = resolved
        out.append(m)
    doc.mentions = out
    return doc
