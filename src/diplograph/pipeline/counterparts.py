"""Counterparts ('نظيره التركي', 'نظيره X'): the person who holds the subject's office or portfolio in
another state, named or unnamed. Called by people.find_people."""
from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher

from ..document import Document, Mention, Person, PersonMention
from ..gazetteer import Gazetteer, name_tokens
from .persons import known_person, name_span_after, new_person, unnamed, without_conjunction


def counterparts(doc: Document, gz: Gazetteer, sent_index: int, ms: list[Mention],
                  people: list[PersonMention]) -> list[PersonMention]:
    """'نظيره التركي': the office holder of that state with the same role as the person before it."""
    out: list[PersonMention] = []
    states = {m.start: m for m in ms if m.kind == "state" and m.via == "nisba"}
    named_at = {m.start for m in people}
    and_ = doc.lang.words.of("and")
    for c in (m for m in ms if m.kind == "counterpart"):
        st = states.get(c.end)
        if st is None or {c.end + 1, st.end} & named_at and not _new_conjunct(doc, st.end):
            continue      # 'his Iranian counterpart Masoud Pezeshkian': the name is found already
        before = sorted((p for p in people if p.end <= c.start and p.person), key=lambda p: p.start)
        titles = [m for m in ms if m.kind in ("office", "deputy") and m.end <= c.start]
        # no person before: the role of a title read as nobody (a security adviser), else a president's
        role = before[-1].role if before and before[-1].role else \
            (titles[-1].role or "other") if titles else "president"
        # an official of no listed office ('other': an assistant minister, an adviser) has no listed holder
        # as counterpart; a minister only one of the listed portfolio
        listed = role != "other" and (role != "minister"
                                      or bool(before) and _listed_portfolio(doc, before[-1]))
        start = c.start
        while st is not None:       # his Turkish and Iranian counterparts: each nisba 'and' joins is one more
            named, end = _counterpart_named(doc, sent_index, ms, people, (st.end, st.iso or ""), role)
            holder = gz.holder(st.iso or "", role, doc.as_of) if listed else None
            if named is not None and holder is not None and _same_name(named.ar, holder.ar):
                named = replace(holder, text=named.text)      # the holder, spelt otherwise
            p = named or holder or unnamed(st.iso or "", role, gz)
            out.append(PersonMention("person", start, end, sent_index, iso=st.iso, person=p, role=role,
                                     via="counterpart"))
            st = states.get(end) if named is None else None     # a named list: nisba_list_names reads it
            if st is None or st.start in named_at or not st.prefix or st.prefix[0] not in and_ \
                    or st.end in named_at and not _new_conjunct(doc, st.end):
                break
            start = st.start
    return out


def _new_conjunct(doc: Document, k: int) -> bool:
    """Token k opens a new conjunct with 'and' ('نظيره المصري والوزير الأردني'): the person there is
    another, not the counterpart's name (a given name that begins with waw is a name: 'وليد')."""
    word, words = doc.tokens[k].text, doc.lang.words
    return word[:1] in words.of("and") and len(word) > 3 and not words.has(word, "name-waw") \
        and not words.has(word, "given-name")


PORTFOLIO_REACH = 4     # words of a minister's title before the name it is set before


def _listed_portfolio(doc: Document, p: PersonMention) -> bool:
    """The minister holds the portfolio the leaders files list (defence): a listed portfolio's word in
    the person's mention or in the title just before it; the counterpart of the trade minister is the
    other state's trade minister, whom they do not list."""
    start = max(doc.sentences[p.sent].tok_start, p.start - PORTFOLIO_REACH)
    listed = doc.lang.words.of("listed-portfolio")
    return any(doc.tokens[k].text in listed for k in range(start, p.end))


def _same_name(one: str, other: str) -> bool:
    """Two spellings of one name: the same first word and a last word nearly alike."""
    a, b = name_tokens(one), name_tokens(other)
    return bool(a and b) and a[0] == b[0] and SequenceMatcher(None, a[-1], b[-1]).ratio() >= 0.75


def _counterpart_named(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
                       at: tuple[int, str], role: str) -> tuple[Person | None, int]:
    """'نظيره العراقي خالد العبيدي': the counterpart named right after the nisba (at = its end, its state),
    and where the mention ends."""
    taken = {k for m in [*ms, *people] if m.kind != "conj" for k in range(m.start, m.end)}
    span = name_span_after(doc, at[0], doc.sentences[sent_index].tok_end, taken)
    if span is None:
        return None, at[0]
    words, label = without_conjunction(doc, span)
    return known_person(doc, words, at[1]) or new_person(doc, label, " ".join(words), at[1], role), span[1]
