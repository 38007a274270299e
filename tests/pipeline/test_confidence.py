"""Each event's confidence, the threshold that keeps events, and the model file. Every sentence was
written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.confidence import DEFAULT_MIN_CONFIDENCE, read_model
from diplograph.errors import DiplographError
from diplograph.explain import explain

from .conftest import run

ARTICLE = ("القاهرة - أ ش أ\n"
           "وقّع الرئيس المصري عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان في القاهرة اليوم الأربعاء "
           "إعلانا مشتركا لإعادة تشكيل مجلس التعاون الاستراتيجي بين البلدين.\n"
           "وجرى توقيع الإعلان المشترك بعد جلسة مباحثات بين الرئيسين في قصر الاتحادية.\n"
           "وقال السيسي إن التوقيع على الإعلان يفتح صفحة جديدة في العلاقات بين مصر وتركيا.")
# three states (four or more sign a multilateral document: no signing at all)
STRAY = ("تحدث المقال عن الصناعة في المنطقة، وذكر أن شركة أمريكية وقعت عقدا مع مستثمرين، وأن الهند "
         "ومصر وتركيا وقعت إعلانا في مؤتمر دولي عقد قبل سنوات.")


def test_every_event_gets_a_confidence_and_its_evidence():
    doc = run(ARTICLE, "2024-02-14")
    assert doc.events
    for ev in doc.events:
        assert 0.0 <= ev.confidence <= 1.0
        assert f"rule={ev.rule}" in ev.evidence


def test_an_event_told_by_several_sentences_with_named_signatories_is_surer_than_a_stray_one():
    told = [e for e in run(ARTICLE, "2024-02-14").events if e.type == "signing"]
    stray = [e for e in run(STRAY, "2024-02-14").events if e.type == "signing"]
    assert told and stray
    assert min(e.confidence for e in told) > max(e.confidence for e in stray)


def test_the_threshold_keeps_the_events_at_or_above_it():
    every = run(ARTICLE, "2024-02-14").events
    middle = sorted(e.confidence for e in every)[len(every) // 2]
    kept = run(ARTICLE, "2024-02-14", min_confidence=middle).events
    assert kept and all(e.confidence >= middle for e in kept)
    assert len(kept) == sum(e.confidence >= middle for e in every)
    assert run(ARTICLE, "2024-02-14", min_confidence=1.0).events == [] or all(
        e.confidence == 1.0 for e in run(ARTICLE, "2024-02-14", min_confidence=1.0).events)


def test_the_default_threshold_keeps_a_plainly_told_signing():
    doc = run(ARTICLE, "2024-02-14", min_confidence=DEFAULT_MIN_CONFIDENCE)
    assert any(e.type == "signing" for e in doc.events)


def test_explain_shows_the_score_and_what_is_left_out():
    doc = run(STRAY, "2024-02-14")
    text = explain(doc, threshold=0.99)
    assert "confidence" in text and "left out" in text


def test_a_malformed_weight_is_an_error_naming_the_file(tmp_path: Path):
    bad = tmp_path / "confidence.tsv"
    bad.write_text("# source: test\nfeature\tweight\nbias\tmany\n", encoding="utf-8")
    with pytest.raises(DiplographError, match="confidence.tsv"):
        read_model(bad)


def test_the_cli_flag_is_checked(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(cli, ["extract", str(article), "--min-confidence", "2"])
    assert bad.exit_code != 0 and "between 0 and 1" in bad.output
    out = runner.invoke(cli, ["extract", str(article), "--published", "2024-02-14", "--min-confidence", "0",
                               "--explain"])
    assert out.exit_code == 0 and "confidence" in out.output


# An article about a visit (every sentence tells it) and a story about the economy that names a visit in
# passing: the second is what a random news stream mostly holds.
REPORT = ("ماكرون يصل إلى الرياض في زيارة رسمية\n"
          "الرياض - واس\n"
          "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض اليوم في زيارة رسمية للمملكة العربية السعودية.\n"
          "وكان في استقباله لدى وصوله ولي العهد السعودي في المطار.\n"
          "وعقد الجانبان جلسة مباحثات تناولت العلاقات الثنائية بين البلدين.")
PASSING = ("أسعار النفط ترتفع مع تراجع المخزون\n"
           "ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد صدور بيانات المخزون الأمريكي.\n"
           "وقال محللون إن الطلب على الوقود سيبقى مرتفعا حتى نهاية الصيف.\n"
           "وتراجعت أسهم شركات الطيران في البورصة مع ارتفاع كلفة الوقود.\n"
           "وأضاف المحللون أن المستثمرين يتابعون أرقام الصناعة في الصين وأوروبا.\n"
           "وكان الرئيس الفرنسي إيمانويل ماكرون قد زار الرياض.")


def test_the_article_holding_relations_cues_in_many_sentences_is_more_relevant():
    report, passing = run(REPORT, "2024-02-14"), run(PASSING, "2024-02-14")
    assert report.events and passing.events
    told = max(e.evidence.get("cue-sentences", 0.0) for e in report.events)
    stray = max(e.evidence.get("cue-sentences", 0.0) for e in passing.events)
    assert told > stray > 0.0
    assert any(e.evidence.get("headline-cue") for e in report.events)
    assert not any(e.evidence.get("headline-cue") for e in passing.events)


def test_a_sentence_crowded_with_other_states_counts_against_the_event():
    plain = run("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض اليوم في زيارة رسمية.", "2024-02-14")
    crowded = run("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض اليوم في زيارة رسمية بعد جولة شملت "
                  "مصر والأردن والكويت وقطر.", "2024-02-14")
    one = [e for e in plain.events if e.type == "visit"]
    many = [e for e in crowded.events if e.type == "visit" and "SA" in e.parties]
    assert one and many
    assert not one[0].evidence.get("other-states")
    assert many[0].evidence.get("other-states", 0.0) > 0.0
    assert many[0].evidence["sentence-length"] > one[0].evidence["sentence-length"]


def test_a_text_of_one_sentence_has_no_headline():
    one = run("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض اليوم في زيارة رسمية.", "2024-02-14")
    assert one.events
    for ev in one.events:
        assert not {"in-headline", "headline-cue", "headline-only"} & set(ev.evidence)
    assert any(e.evidence.get("in-headline") for e in run(REPORT, "2024-02-14").events)
