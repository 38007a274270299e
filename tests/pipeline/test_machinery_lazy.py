"""The machinery made cheaper for issue 15 (round 12) reads as it did: one index of mentions rebuilt on
change (by sentence for the document, by kind for a sentence), the units of a sentence without places found
once per sentence, and the rule of coming back asking its dear tests only of a person after a verb of
coming back. Every sentence here was written for these tests."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from operator import attrgetter
from typing import Any

import pytest

from diplograph.document import Document, Mention, MentionIndex
from diplograph.gazetteer import Gazetteer
from diplograph.language import default_language
from diplograph.lexicon import CLITICS, first_token_variants, stripped_to
from diplograph.pipeline import extract_text
from diplograph.pipeline import people as people_stage
from diplograph.pipeline import slots
from diplograph.pipeline.rules import context, visits_at
from diplograph.pipeline.rules.context import Context

DAY = dt.date(2024, 3, 6)
CAME_BACK = "وعاد الرئيس التونسي قيس سعيد مساء أمس من الجزائر."
CAME_BACK_HOME = "وعاد رئيس الوزراء الهندي ناريندرا مودي إلى نيودلهي قادما من طوكيو."
SAID = "وزير الخارجية المصري سامح شكري يؤكد أهمية الحوار بين دول المنطقة لحل الأزمات."
VISIT = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في زيارة رسمية، وكان في استقباله الرئيس الجزائري "
         "عبد المجيد تبون بحضور وزير الخارجية، ثم شارك الرئيسان في قمة اقتصادية في وهران.")


def _doc(text: str) -> Document:
    return extract_text(text, "test.txt", published=DAY, min_confidence=0.0)


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of module.name (still running it)."""
    calls: list[int] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_index_groups_the_mentions_by_their_key_in_their_order() -> None:
    ms = [Mention("state", 0, 1, 0), Mention("person", 1, 3, 1), Mention("state", 4, 5, 1),
          Mention("trigger", 6, 7, 2)]
    by_sent: MentionIndex[int] = MentionIndex(attrgetter("sent"))
    by_kind: MentionIndex[str] = MentionIndex(attrgetter("kind"))
    assert by_sent.group(ms, 1) == ms[1:3] and by_sent.group(ms, 7) == []
    assert by_kind.group(ms, "state") == [ms[0], ms[2]] and by_kind.group(ms, "date") == []
    built = by_sent.built
    assert by_sent.group(ms, 0) == [ms[0]] and by_sent.built is built      # the same list: not built again
    ms.append(Mention("date", 8, 9, 1))                                     # grown: built again
    assert by_sent.group(ms, 1) == [*ms[1:3], ms[4]] and by_sent.built is not built
    other = [Mention("state", 0, 1, 1)] * len(ms)                           # another list of that length
    assert by_sent.group(other, 1) == other and by_sent.group(other, 0) == []
    del ms[1:]                                                              # shrunk: built again
    assert by_sent.group(ms, 1) == [] and by_sent.group(ms, 0) == ms


def test_find_events_reads_each_sentence_from_the_document_s_index() -> None:
    doc = _doc(VISIT)
    built = doc._by_sent.built
    assert built is not None and built[0] is doc.mentions and built[1] == len(doc.mentions)
    for s in doc.sentences:
        assert doc.in_sentence(s.index) == [m for m in doc.mentions if m.sent == s.index]
    assert doc._by_sent.built is built      # the stages' last index serves the readers after them


def test_the_bare_units_of_a_sentence_are_found_once_and_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(VISIT)
    s = doc.sentences[0]
    ms = doc.in_sentence(s.index)
    ctx = Context(doc, s, ms, None)
    calls = _counted(monkeypatch, context, "sentence_units")
    first = ctx.bare_units()
    assert first == slots.sentence_units(doc, ms) and first
    assert ctx.bare_units() is first and ctx.bare_units() is first
    assert len(calls) == 1
    assert ctx.units() == slots.sentence_units(doc, ms, ctx.is_place) and len(calls) == 2


def test_a_person_after_no_verb_of_coming_back_is_not_tested_further(monkeypatch: pytest.MonkeyPatch) -> None:
    of_states = _counted(monkeypatch, visits_at, "_of_states")
    modal = _counted(monkeypatch, Context, "modal")
    doc = _doc(SAID)
    assert [m.person.ar for m in doc.people] == ["سامح شكري"] and doc.events == []
    assert of_states == [] and modal == []


@pytest.mark.parametrize(("text", "who", "where"), [
    (CAME_BACK, "قيس سعيد", "DZ"),
    (CAME_BACK_HOME, "ناريندرا مودي", "JP"),
])
def test_a_person_coming_back_still_has_been_there(monkeypatch: pytest.MonkeyPatch, text: str, who: str,
                                                    where: str) -> None:
    of_states = _counted(monkeypatch, visits_at, "_of_states")
    doc = _doc(text)
    assert [(e.rule, [a.ar for a in e.agents], e.parties) for e in doc.events] == \
        [("visit.depart", [who], [where])]
    assert of_states        # asked, after the verb


def test_a_person_coming_back_in_a_plan_is_no_fact() -> None:
    assert _doc("ومن المقرر أن يعود الرئيس التونسي قيس سعيد غدا من الجزائر.").events == []


FAMILY = ("استقبل الرئيس الصيني شي جين بينغ في بكين الرئيس الكوري الجنوبي مون جاي إن. وأكد الجانبان أهمية "
          "التعاون بين البلدين. وقال مون إن الزيارة ناجحة.")


def test_the_first_words_of_full_names_are_kept_as_the_people_grow() -> None:
    doc = extract_text(FAMILY, "test.txt", published=dt.date(2019, 3, 6), min_confidence=0.0)
    assert [(m.sent, m.via, m.person.ar) for m in doc.people] == [
        (0, "gazetteer", "شي جين بينغ"), (0, "gazetteer", "مون جاي إن"), (2, "surname", "مون جاي إن")]
    kept: dict[str, set[Any]] = {}
    short = doc.lang.words.of("short-name")
    for k in range(len(doc.people) + 1):        # added one by one, as read_people adds each sentence's
        assert kept == people_stage._full_name_firsts(doc.people[:k], {}, short)
        if k < len(doc.people):
            people_stage._full_name_firsts(doc.people[k:k + 1], kept, short)
    assert set(kept) == {"شي", "مون"}


def test_a_word_is_spelt_as_translate_spells_it_and_again_with_another_table() -> None:
    gz = Gazetteer(variant_table=str.maketrans({"غ": "ج", "ط": "ت"}))
    for word in ("يونغ", "بطرس", "سلمان", "", "غطغ"):
        assert gz.spelt(word) == word.translate(gz.variant_table) == gz.spelt(word)
    assert gz.spelt("غطغ") == "جتج"
    assert gz.variant_key(["كيم", "يونغ", "-", "اون"]) == ("كيم", "يونج", "اون")
    gz.variant_table = str.maketrans({"غ": "ك"})      # another table: spelt anew
    assert gz.spelt("يونغ") == "يونك"


def _stripped_by_hand(forms: frozenset[str], token: str) -> bool:
    """`has_stripped` as it was written before the inverse: the token's variants met with the forms."""
    return not forms.isdisjoint(first_token_variants(token))


def test_the_tokens_stripped_to_a_class_are_those_its_variants_meet() -> None:
    w = default_language().words
    # every form with every way of writing up to three clitic letters or 'لل' before it, cut short too
    heads = ["", *CLITICS, *(a + b for a in CLITICS for b in CLITICS),
             *(a + b + c for a in CLITICS for b in CLITICS for c in "وبل"), "لل", "ولل", "فلل", "بلل"]
    for feature in ("company", "companion", "kin", "delegation", "audience", "homeland", "org-head"):
        forms = w.of(feature)
        tokens = {h + f[k:] for f in forms for h in heads for k in (0, 1, 2)} | set(FAMILY.split())
        tokens |= {t for f in forms for t in (f[:2], f[:3], "ل" + f[1:], "لل" + f[1:])}
        for t in tokens:
            assert w.has_stripped(t, feature) == _stripped_by_hand(forms, t), (feature, t)
        assert w.stripped_at(sorted(tokens), feature) == [
            k for k, t in enumerate(sorted(tokens)) if _stripped_by_hand(forms, t)]
    assert stripped_to("الوفد") == {t for t in stripped_to("الوفد") if "الوفد" in first_token_variants(t)}
    assert {"الوفد", "والوفد", "للوفد", "وللوفد", "فبالوفد"} <= stripped_to("الوفد")
    assert "لالوفد" in stripped_to("الوفد") and "وفبالوفد" not in stripped_to("الوفد")   # three: too many
