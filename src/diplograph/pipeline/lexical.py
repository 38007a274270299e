"""Stage 4, lexicon: every phrase of the gazetteer and the lexicons, found in one pass over the text.

Reads `doc.tokens`, `doc.sentences`; adds `doc.mentions`: states (by name, capital or nisba), cities and
venues, leaders' names (with the terms of office they may mean), offices, triggers, document nouns,
months, numbers, cue words..., each with the clitics stripped from its first word ('وبالرياض'). A capital
written with shadda ('عمّان') is Amman, not Oman; a nisba after 'the capital' names the capital city.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter

from ..document import Document, LeaderMention, Mention, Place, PlaceMention
from ..gazetteer import Entry, Gazetteer
from ..lexicon import Words, first_token_variants
from ..textfold import plain_label


def match_sentence(doc: Document, gz: Gazetteer, sent_index: int, a: int, b: int,
                   starts: dict[int, list[tuple[str, ...]]] | None = None) -> list[Mention]:
    """Leftmost-longest phrase matching over tokens [a, b) of one sentence (`starts`: the gazetteer keys
    found in the document, by token, from `Gazetteer.keys_in`; found here when not given)."""
    toks = doc.tokens
    out: list[Mention] = []
    if starts is None:
        starts = gz.keys_in([t.text for t in toks])
    conj = doc.lang.words.prefix("conjunction")
    given = doc.lang.words.of("given-name")
    free = a         # the first token not inside a phrase found already
    for i in list(filter(starts.__contains__, range(a, b))):
        if i < free:
            continue        # inside a phrase found already
        # within the sentence; a given name is not read as clitics and a word (Faisal is not 'then arrives')
        keys = [k for k in starts[i]
                if i + len(k) <= b and (k[0] == toks[i].text or toks[i].text not in given)]
        if not keys:
            continue
        # the longest key, then the one whose first word strips the fewest clitics
        order = first_token_variants(toks[i].text)
        key = keys[0] if len(keys) == 1 else max(keys, key=lambda k: (len(k), -order.index(k[0])))
        length, entries, variant = len(key), gz.lookup(key), key[0]
        prefix = _clitics(toks[i].text, variant, doc.lang.words)
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


def _clitics(token: str, variant: str, words: Words) -> str:
    """The clitics stripped from `token` to give `variant`: 'وبالرياض'/'الرياض' -> 'وب',
    'للاتفاقيات'/'الاتفاقيات' -> 'ل'."""
    if variant == token:
        return ""
    if token.endswith(variant):
        return token[:len(token) - len(variant)]
    lam = words.form("lam")
    if variant.startswith(words.prefix("article")) and token.endswith(lam + variant[2:]) \
            and token[:-len(variant) + 1].endswith(lam):
        return token[:len(token) - len(variant) + 1]      # lam-lam + word = lam + the article + word
    return ""


def _mention(e: Entry, a: int, b: int, sent: int) -> Mention:
    if e.kind == "state":
        return PlaceMention("state", a, b, sent, iso=e.value, via=e.via, place=e.ref)  # type: ignore[arg-type]
    if e.kind == "place":
        return PlaceMention("place", a, b, sent, iso=e.value or None, via="city",
                            place=e.ref)  # type: ignore[arg-type]
    if e.kind == "leader":
        return _leader(e, a, b, sent)
    if e.kind == "office":
        return Mention("office", a, b, sent, role=e.value, via=e.via)
    if e.kind == "honorific":
        iso, role = e.value.split(":")
        return Mention("office", a, b, sent, role=role, iso=iso, via="honorific")
    return Mention(e.kind, a, b, sent, value=e.value, via=e.via)


def _leader(e: Entry, a: int, b: int, sent: int) -> Mention:
    return LeaderMention("leader", a, b, sent, via="gazetteer", value=e.value, terms=e.ref)  # type: ignore[arg-type]


def _capital_by_nisba(doc: Document, gz: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """'في العاصمة الصينية': the capital of the state the nisba names, as a place."""
    out = []
    for m in ms:
        if isinstance(m, PlaceMention) and m.kind == "state" and m.via == "nisba" and m.start > 0 \
                and doc.tokens[m.start - 1].text in doc.lang.words.of("capital-word"):
            country = gz.countries.get(m.iso or "")
            if country is not None and country.capital is not None:
                m = replace(m, via="capital", place=_labelled(doc, country.capital, m.start - 1, m.end))
        out.append(m)
    return out


def _labelled(doc: Document, place: Place, a: int, b: int) -> Place:
    """The place, labelled as the text names it (tokens a..b: 'العاصمة الأردنية') when the gazetteer has no
    Arabic name for it."""
    return place if place.ar else replace(place, ar=plain_label(doc.surface(a, b)))


def _amman(doc: Document, ms: list[Mention]) -> list[Mention]:
    """'عمّان' (with shadda) is Amman, Jordan's capital; 'عمان' without it is Oman."""
    amman = None
    out = []
    for m in ms:
        if isinstance(m, PlaceMention) and m.kind == "state" and m.iso == "OM" \
                and "\u0651" in (surface := doc.surface(m.start, m.end)):
            amman = amman or next((p for p in doc.lang.gazetteer.places.values()
                                   if p.en == "Amman" and p.iso == "JO"), None)
            label = surface[len(m.prefix):] if m.prefix and surface.startswith(m.prefix) else surface
            place = Place(amman.key, label, "JO", amman.en, amman.qid) if amman else None
            m = replace(m, iso="JO", via="capital", place=place)
        out.append(m)
    return out


def dedupe_states(ms: list[Mention]) -> list[Mention]:
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


def match_lexicon(doc: Document) -> Document:
    """The stage: leftmost-longest phrases of each sentence, from one automaton pass over the whole text."""
    gz = doc.lang.gazetteer
    lexical: list[Mention] = []
    starts = gz.keys_in(list(map(itemgetter(0), doc.tokens)))
    for s in doc.sentences:
        lexical += match_sentence(doc, gz, s.index, s.tok_start, s.tok_end, starts)
    doc.mentions = _capital_by_nisba(doc, gz, _amman(doc, lexical))
    return doc


def by_sentence(ms: Sequence[Mention]) -> dict[int, list[Mention]]:
    """Mentions grouped by sentence, in their order."""
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in ms:
        out[m.sent].append(m)
    return out
