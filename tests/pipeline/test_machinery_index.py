"""The machinery made cheaper for issue 15 (round 11) reads as it did: a document's mentions indexed by
sentence, a sentence's by kind, the word classes of `Names` read once, the company words of an article
found once, `stripped_at` memoised per word and set of classes."""
from __future__ import annotations

from dataclasses import replace
from operator import attrgetter

from diplograph.document import Document, Mention
from diplograph.language import default_language
from diplograph.pipeline import extract_text
from diplograph.pipeline.names import Names, company_cue
from diplograph.pipeline.rules.context import Context
from diplograph.textfold import fold

TEXT = ("الرياض - استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم في قصر اليمامة الرئيس الفرنسي "
        "إيمانويل ماكرون والوفد المرافق له، ويضم الوفد المرافق للرئيس وزير الخارجية ووزير الاقتصاد. "
        "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين، ثم وقع الجانبان مذكرة تفاهم في مجال "
        "الطاقة بحضور سفير فرنسا لدى المملكة.")
OTHER = "القاهرة - بمعية وزير الخارجية المصري، وصل الرئيس المصري إلى روما في زيارة رسمية تستغرق يومين."


def scan(doc: Document, sent: int, kind: str | None = None) -> list[Mention]:
    return [m for m in doc.mentions if m.sent == sent and (kind is None or m.kind == kind)]


def test_the_mentions_of_a_sentence_follow_the_document_s_mentions() -> None:
    doc = extract_text(TEXT)
    assert doc.mentions and len(doc.sentences) > 1
    for s in doc.sentences:
        for kind in (None, "trigger", "state", "person", "office"):
            assert doc.in_sentence(s.index, kind) == scan(doc, s.index, kind)
    first = doc.in_sentence(0)
    first.clear()                                   # the caller's list: the index is not changed
    assert doc.in_sentence(0) == scan(doc, 0) != []
    extra = Mention("trigger", 0, 1, 0, value="visit")
    doc.mentions.append(extra)                      # more mentions: indexed again
    assert doc.in_sentence(0, "trigger")[-1] is extra
    doc.mentions = [m for m in doc.mentions if m.kind != "trigger"]    # other mentions: indexed again
    assert doc.in_sentence(0, "trigger") == [] and doc.in_sentence(0) == scan(doc, 0)
    copy = replace(doc, mentions=[extra])           # a copy indexes its own mentions
    assert copy.in_sentence(0) == [extra] and doc.in_sentence(0) == scan(doc, 0)


def test_the_mentions_of_a_kind_follow_the_sentence_s_mentions() -> None:
    doc = extract_text(TEXT)
    s = doc.sentences[0]
    ms = doc.in_sentence(s.index)
    ctx = Context(doc, s, ms, None)
    kinds = {m.kind for m in ms}
    assert {"state", "person"} <= kinds
    for kind in [*kinds, "no-such-kind"]:
        assert ctx.of(kind) == [m for m in ms if m.kind == kind]
    assert ctx.of("state", "person") == [m for m in ms if m.kind in ("state", "person")]   # in text order
    ctx.of("state").clear()
    assert ctx.of("state") == [m for m in ms if m.kind == "state"] != []
    extra = Mention("witness", 3, 4, s.index)
    ms.append(extra)
    assert ctx.of("witness") == [extra]


def test_names_read_their_word_classes_from_the_words_they_are_made_with() -> None:
    doc = extract_text(TEXT)
    w = doc.lang.words
    names = Names(doc)
    assert names.given_names == w.of("given-name") and names.son_of == w.of("son-of")
    assert names.stop == w.of("name-stop") and names.parts == w.of("name-part")
    assert names.article == w.prefix("article") and names.compound == w.prefix("given-compound")
    assert names.given("سلمان") and names.title_word("وزير")


def test_the_first_company_word_of_a_span_is_the_one_a_scan_of_the_span_finds() -> None:
    w = default_language().words
    for text in (TEXT, OTHER, TEXT):      # one article after another, then the first again
        doc = extract_text(text)
        n = len(doc.tokens)
        found = 0
        for a in range(0, n, 3):
            for b in range(a, n + 2, 5):
                span = w.stripped_at(map(attrgetter("text"), doc.tokens[a:b]), "company", "companion")
                want = a + span[0] if span else None
                assert company_cue(doc, a, b) == want, (a, b)
                found += want is not None
        assert found


def test_stripped_at_answers_each_word_for_its_own_classes() -> None:
    w = default_language().words
    words = fold("والوفد المرافق وبمعية الوزير ورافق للوفد").split()
    for _ in range(2):                   # the second time from the memo
        assert w.stripped_at(words, "delegation") == [k for k, x in enumerate(words)
                                                       if w.has_stripped(x, "delegation")] == [0, 5]
        assert w.stripped_at(words, "company", "companion") == [
            k for k, x in enumerate(words) if w.has_stripped(x, "company") or w.has_stripped(x, "companion")]
        assert w.stripped_at(reversed(words), "delegation") == [0, 5]
