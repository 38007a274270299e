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
STRAY = ("تحدث المقال عن الصناعة في المنطقة، وذكر أن شركة أمريكية وقعت عقدا مع مستثمرين، وأن الصين واليابان "
         "ومصر وتركيا والهند وقعت إعلانا في مؤتمر دولي عقد قبل سنوات.")


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
