"""People named in lists and appositions: companions with no title of their own after a titled person,
the members of each side ('عن الجانب السعودي X وY'), lists of officials after one plural title, and a name
set off before or after its title by a comma, bracket or dash ('X، وزير الخارجية الليبي،'). Called by
people.find_people."""
from __future__ import annotations

from ..document import Document, Mention, PersonMention
from .clauses import COMMAS
from .names import TITLE_READINGS, Names, company_cue, list_items
from .persons import (
    known_person,
    name_span_after,
    name_words,
    new_person,
    past_courtesies,
    without_conjunction,
)


def untitled_companions(doc: Document, sent_index: int,
                         taken: set[int]) -> tuple[list[PersonMention], set[int]]:
    """'ويضم الوفد ماجد القصبي وعادل الطريفي': names with no title right after a companion word (and its
    noun: 'الوفد المرافق'), each a given name first (or built on 'بن'), one after the other, joined by
    'and' or commas: members of the delegation, of no state told here (`_delegation_states`, else the
    companion rule, give them the state of the one they accompany). Returns those people and the tokens
    taken with them."""
    sent = doc.sentences[sent_index]
    cue = company_cue(doc, sent.tok_start, sent.tok_end)
    if cue is None:
        return [], taken
    taken, out = set(taken), []
    span = next((x for k in range(cue + 1, min(cue + 4, sent.tok_end)) if (x := _member(doc, k, taken))),
                None)
    while span is not None:
        words, label = without_conjunction(doc, span)
        p = new_person(doc, label, " ".join(words), None, "other")
        out.append(PersonMention("person", span[0], span[1], sent_index, iso=None, role="other", person=p,
                                 via="listed"))
        taken |= set(range(*span))
        k = span[1] + (span[1] < sent.tok_end and doc.tokens[span[1]].text in COMMAS)
        span = _member(doc, k, taken)
    return out, taken


def _member(doc: Document, k: int, taken: set[int]) -> tuple[int, int] | None:
    """The untitled name of a delegation's list that begins at token k, if one does."""
    end = next(s.tok_end for s in doc.sentences if s.tok_start <= k < s.tok_end) if k < len(doc.tokens) else k
    names = Names(doc, frozenset(taken))
    span = names.run_after(k, end) if k < end and k not in taken else None
    if span is None or span[0] != k or not names.looks_like_name(span) \
            or not _list_boundary(doc, span[1], end):
        return None
    return span


def _list_boundary(doc: Document, j: int, end: int) -> bool:
    """Token j ends a name of a list: the sentence's end, punctuation, or the next item glued to 'and'."""
    if j >= end or doc.tokens[j].text in (*COMMAS, "."):
        return True
    t = doc.tokens[j].text
    return t[:1] in doc.lang.words.of("and") and len(t) > 3 and Names(doc).given(t)


def side_names(doc: Document, sent_index: int, ms: list[Mention],
                taken: set[int]) -> tuple[list[PersonMention], set[int]]:
    """'ووقعها عن الجانب الهندي شاكتيكانتا داس محافظ البنك': a name right after 'the side' and a state's
    nisba is a person of that state (the name ends at punctuation, a function word, a title or a mention).
    Returns those people and the tokens taken with them."""
    toks, sent = doc.tokens, doc.sentences[sent_index]
    words, taken, out = doc.lang.words, set(taken), []
    names = Names(doc, frozenset(taken))
    nisbas = [m for m in ms if m.kind == "state" and m.via == "nisba" and m.iso and m.start > sent.tok_start]
    by_start = {m.start: m for m in ms}
    stop, conj = words.of("name-stop"), words.of("conjunction")
    for st in nisbas:
        side = toks[st.start - 1].text
        if side not in words.of("side") and side[1:] not in words.of("side"):
            continue
        j = past_courtesies(doc, by_start, st.end, sent.tok_end)[0]
        if (title := by_start.get(j)) is not None and title.kind == "office" and title.via == "sg":
            j = past_courtesies(doc, by_start, title.end, sent.tok_end)[0]     # 'the minister X'
        span = name_words(doc, j, sent.tok_end, taken)
        if span is None or names.count(span) < 2:
            continue
        j = span[1]
        nxt = toks[j].text if j < sent.tok_end else ""
        if nxt.isalpha() and j not in taken and not (names.title_word(nxt) or nxt in stop
                                                     or nxt[0] in conj and nxt[1:] in stop):
            continue        # the name goes on past what a name may hold: not one
        label_words, label = without_conjunction(doc, span)
        p = known_person(doc, label_words, st.iso or "") \
            or new_person(doc, label, " ".join(label_words), st.iso, "other")
        out.append(PersonMention("person", span[0], span[1], sent_index, iso=st.iso, person=p, role=p.role,
                                 via="pattern"))
        taken |= set(range(*span))
    return out, taken


def nisba_list_names(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
                      taken: set[int]) -> tuple[list[PersonMention], set[int]]:
    """'وزير الخارجية الروسي سيرغي لافروف والتركي مولود تشاوش أوغلو': a state's nisba glued to 'and' right
    after a named person, then a name, is the next item of a list that shares the first one's title: a
    person of that state (the office holder whose name shares the last word, when there is one). Returns
    those people and the tokens taken with them."""
    and_ = doc.lang.words.prefix("and")
    out, taken = list(people), set(taken)
    ends = {p.end: p for p in people if p.person.named}
    nisbas = [m for m in ms if m.kind == "state" and m.via == "nisba" and m.iso and m.prefix.startswith(and_)]
    for st in nisbas:
        first = ends.get(st.start)
        span = name_span_after(doc, st.end, doc.sentences[sent_index].tok_end, taken) if first else None
        if first is None or span is None or any(k in taken for k in range(*span)):
            continue
        words, label = without_conjunction(doc, span)
        p = known_person(doc, words, st.iso or "") \
            or new_person(doc, label, " ".join(words), st.iso, first.role or "other")
        found = PersonMention("person", span[0], span[1], sent_index, iso=st.iso, person=p, role=p.role,
                              via="pattern")
        out.append(found)
        ends[found.end] = found
        taken |= set(range(*span))
    return out[len(people):], taken


def listed_names(doc: Document, sent_index: int, ms: list[Mention], people: list[PersonMention],
                  taken: set[int]) -> list[PersonMention]:
    """The officials of list items no other reading named ('ووالي طنجة محمد يعقوبي'); an office in the
    item's title that was read as its holder or an unnamed holder is that named person instead."""
    found = list_items(doc, sent_index, ms, people, taken)
    out = list(people)
    sent = doc.sentences[sent_index]
    for item in found:
        if item.iso is None and company_cue(doc, sent.tok_start, item.name[0]) is None:
            continue
        words, label = without_conjunction(doc, item.name)
        p = (known_person(doc, words, item.iso) if item.iso else None) \
            or new_person(doc, label, " ".join(words), item.iso, item.role)
        out = [m for m in out if not (item.start <= m.start < item.end and m.via in TITLE_READINGS)]
        joins = _same_side(out, min(item.lead, item.name[0]), p.iso)
        start = item.lead if joins and 0 <= item.lead < item.name[0] else item.name[0]
        end = item.tail if joins and item.tail > item.name[1] else item.name[1]
        out.append(PersonMention("person", start, end, sent_index, iso=p.iso, person=p, role=p.role,
                                 via="listed"))
    return out


def _same_side(people: list[PersonMention], at: int, iso: str | None) -> bool:
    """The person named last before token `at` represents `iso`: a list item's mention then opens with its
    title, so that the 'and' before the title joins it to that list ('وكان في استقباله X، ووالي طنجة Y'); an
    official of another state opens no list with them."""
    before = [m for m in people if m.end <= at and m.via not in TITLE_READINGS]
    return bool(before) and max(before, key=lambda m: m.end).person.iso == iso


SET_OFF = ("،", ",", "(", "-")     # what sets a title off after a name: a comma, a bracket, a dash


def appositive_names(doc: Document, sent_index: int, ms: list[Mention],
                      taken: set[int]) -> tuple[list[PersonMention], set[int]]:
    """'استقبل الملك ...، جاريد كوشنر، كبير مستشاري الرئيس الأمريكي، ومئير بن شبات، مستشار الأمن القومي
    الإسرائيلي': a name set off by commas and followed by a title of some state is a person of that state.
    Returns those people and the tokens taken with them."""
    toks = doc.tokens
    sent = doc.sentences[sent_index]
    taken = set(taken)
    out = []
    for t in sorted((m for m in ms if m.kind in ("office", "deputy")), key=lambda m: m.start):
        comma = t.start - 1
        if comma <= sent.tok_start or toks[comma].text not in SET_OFF \
                or t.prefix.startswith(doc.lang.words.prefix("and")):
            continue        # ', and the minister of state ...': the list's next item, not this name's title
        a = _name_start_before(doc, sent.tok_start, comma, taken)
        span = _past_opening_verb(doc, ms, (a, comma), taken, a == sent.tok_start)
        if a > sent.tok_start and toks[a - 1].text not in ("،", ",") \
                and not _after_clause_head(doc, ms, a, span, taken):
            continue        # the name must open the sentence or follow a comma (not end a longer name)
        if span[1] - span[0] < 2 or any(k in taken for k in range(*span)):
            continue
        iso = appositive_state(doc, ms, comma)
        if iso is None:
            continue
        words = [tk.text for tk in toks[span[0]:span[1]]]
        label = doc.surface(*span)
        if words[0].startswith(doc.lang.words.prefix("and")) and len(words[0]) > 3 \
                and words[0] not in doc.lang.words.of("name-waw"):   # 'and Meir Ben-Shabbat', not 'Wmeir'
            words[0], label = words[0][1:], label[1:]
        role = t.role if t.kind == "office" and t.via == "sg" and t.role else "other"
        p = known_person(doc, words, iso) or new_person(doc, label, " ".join(words), iso, role)
        out.append(PersonMention("person", span[0], span[1], sent_index, iso=iso, person=p, role=p.role,
                                 via="appositive"))
        taken |= set(range(*span))
    return out, taken


def _name_start_before(doc: Document, start: int, end: int, taken: set[int]) -> int:
    """Where the name that ends at token `end` (a comma after it) begins: up to four words back, no
    function word (but a given name spelt like 'on', Ali, that opens a name), and a hyphen between two
    words joins them into one ('كيم يونغ-تشول')."""
    toks, names = doc.tokens, Names(doc, frozenset(taken))
    stop = doc.lang.words.of("name-stop")
    a, words = end, 0
    while a > start and words < 4 and (a - 1) not in taken:
        t = toks[a - 1].text
        if t == "-" and a < end and a - 2 >= start and (a - 2) not in taken and toks[a - 2].text.isalpha():
            a -= 2
        elif t.isalpha() and (t not in stop or names.opener(a - 1)):
            a -= 1
        else:
            break
        words += 1
    return a


def _past_opening_verb(doc: Document, ms: list[Mention], span: tuple[int, int], taken: set[int],
                       opens: bool) -> tuple[int, int]:
    """'وأوضح رامي الخطيب، وزير الصحة ...': the words before the comma may open with the clause's verb, a
    word no name holds: the name begins at its given name (three words or more, the first no given name,
    the next one a given name) when they open the sentence (`opens`). A verb the text shows as one (a
    trigger, a word that ends no name, or its feminine 'وقالت', 'وأكدت') goes before any name."""
    names = Names(doc, frozenset(taken))
    a, b = span
    if b - a < 3 or not opens or names.given(doc.tokens[a].text):
        return span
    verb = _verb_form(doc, doc.tokens[a].text) \
        or any(m.kind == "trigger" and m.start <= a < m.end for m in ms)
    return (a + 1, b) if verb or names.given(doc.tokens[a + 1].text) else span


def _verb_form(doc: Document, word: str) -> bool:
    """A clause's verb no name holds ('وقال', 'وأوضح'), or its feminine ('وقالت', 'وأوضحت')."""
    w = doc.lang.words
    verbs = w.of("name-stop") | w.of("clause-verb") | w.of("said-in")
    forms = {word, word[1:]} if word[:1] in w.of("and") else {word}
    end = w.form("feminine-verb-end")
    return any(f in verbs or f.endswith(end) and f[:-len(end)] in verbs for f in forms)


def _after_clause_head(doc: Document, ms: list[Mention], a: int, span: tuple[int, int],
                       taken: set[int]) -> bool:
    """'وصل محمد الهادي، وزير الخارجية الليبي،', 'وقال خالد بالحاج، وزير ...': the name set off before its
    title follows the clause's verb (a trigger, or a function word that ends no name) rather than a comma;
    it must then look like a name (a given name first, or built on 'بن')."""
    head = a - 1
    if any(m.kind == "courtesy" and m.end == a for m in ms) and span[1] - span[0] >= 2:
        return True         # a name after its courtesy title (the general X, head of ...)
    verb = any(m.kind == "trigger" and m.start <= head < m.end for m in ms)
    stop = doc.tokens[head].text in doc.lang.words.of("name-stop")
    names = Names(doc, frozenset(taken))
    return (verb or stop) and (names.looks_like_name(span) or _bare_name(doc, ms, names, span))


def _bare_name(doc: Document, ms: list[Mention], names: Names, span: tuple[int, int]) -> bool:
    """'وأكد أوغوز أرسلان، وزير الخارجية التركي،': two or three words no list knows (a foreign name whose
    given name the lists lack), none with the article, none another mention's, and right after the comma a
    title that names its state."""
    a, b = span
    title = next((m for m in ms if m.kind in ("office", "deputy") and m.start == b + 1), None)
    if not 2 <= names.count(span) <= 3 or title is None or not any(
            m.kind == "state" and title.end <= m.start <= title.end + 1 for m in ms):
        return False        # the title names its state at once (the Turkish minister), not 'in Baghdad'
    covered = {k for m in ms if m.kind != "conj" for k in range(m.start, m.end)}
    return all(doc.tokens[k].text == "-" or names.name_word(k, first=k == a) and k not in covered
               and not doc.tokens[k].text.startswith(names.article) for k in range(a, b))


def appositive_state(doc: Document, ms: list[Mention], end: int) -> str | None:
    """'السيد جاريد كوشنر، كبير مستشاري الرئيس الأمريكي،': the state in the title set off after the name."""
    toks = doc.tokens
    if end >= len(toks) or toks[end].text not in SET_OFF or not any(
            m.kind in ("office", "deputy") and end < m.start <= end + 3 for m in ms):
        return None       # not ', in the Japanese capital': a title must follow
    stop = next((k for k in range(end + 1, min(end + 9, len(toks))) if toks[k].text in (*SET_OFF, ")", ".")),
                end + 9)
    inside = [m for m in ms if m.kind == "state" and m.iso and end < m.start < stop]
    return inside[0].iso if inside else None
