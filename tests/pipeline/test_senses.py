"""Ambiguous words read in context (the homograph table) and state words inside organisations' names.
Every sentence was written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import DiplographError
from diplograph.senses import read_homographs

from .conftest import events, run


def state_isos(text: str) -> list[str]:
    doc = run(text)
    return [m.iso or "" for m in doc.mentions if m.kind == "state"]


def test_yemen_in_a_blessing_is_good_fortune():
    assert "YE" not in state_isos("وتمنى أن يعيده الله على الأمة باليمن والبركات والخير.")
    text = "بعث الملك برقية تهنئة إلى رئيس أذربيجان، داعيا أن يعيد المناسبة على شعبه باليمن والمسرات."
    assert all("YE" not in {p.iso for p in e.recipients} | set(e.recipient_states)
               for e in events(text, "congratulation"))


def test_yemen_as_a_state_stays():
    assert "YE" in state_isos("وصل وزير الخارجية العماني إلى اليمن أمس في زيارة رسمية.")


def test_amman_beside_jordan_is_the_city():
    doc = run("عقد المؤتمر في عمان العاصمة الأردنية بحضور وفود عربية.")
    first = next(m for m in doc.mentions if m.kind == "state")
    assert first.iso == "JO" and getattr(first, "place").en == "Amman"
    assert "OM" in state_isos("استقبل سلطان عمان وزير الخارجية الهندي في مسقط.")


def test_held_a_reception_is_no_establishment():
    assert events("أقامت السفارة المصرية في الرياض حفل استقبال بمناسبة العيد الوطني.", "establishment") == []
    assert events("أقامت سفارة البلدين معرضا للصور عن العلاقات الثقافية.", "establishment") == []


def test_established_relations_stays():
    evs = events("أقامت مصر وكوريا الجنوبية علاقات دبلوماسية في عام 1995.", "establishment")
    assert [sorted(e.parties) for e in evs] == [["EG", "KR"]]


def test_a_state_word_inside_a_treaty_name_is_no_state():
    assert "IT" not in state_isos("زار الرئيس دولا غير موقعة على ميثاق روما المؤسس للمحكمة.")


def place_isos(text: str) -> list[str]:
    return [m.iso or "" for m in run(text).mentions if m.kind in ("state", "place")]


@pytest.mark.parametrize("text, iso", [
    ("وتحدث الوزير عن اتفاق أوسلو وما تلاه من مفاوضات متعثرة.", "NO"),
    ("ودعا البيان إلى العودة إلى إعلان الرياض الذي صدر قبل عامين.", "SA"),
    ("وقال الخبير إن بروتوكول مدريد لم يعد صالحا لهذه المرحلة.", "ES"),
])
def test_a_capital_naming_a_document_is_no_place(text: str, iso: str):
    assert iso not in place_isos(text)


@pytest.mark.parametrize("text, iso", [
    ("وقع الوزيران اتفاقية بالرياض أمس لتعزيز التعاون الاقتصادي.", "SA"),
    ("وقع الوزيران اتفاقا في أوسلو أمس لتعزيز التعاون.", "NO"),
    ("زار وزير الخارجية الإسباني مدريد والرباط هذا الأسبوع.", "ES"),
])
def test_a_capital_after_a_preposition_or_alone_stays_a_place(text: str, iso: str):
    assert iso in place_isos(text)


def test_expects_is_no_signing():
    assert events("توقع وزير المالية المصري أن ترتفع صادرات مصر إلى الصين هذا العام بعد الاتفاقية.",
                  "signing") == []


def test_hungarian_nisba_and_a_water_course():
    assert "HU" not in state_isos("تحول المجري المائي للنهر بعد الفيضان.")
    assert "HU" in state_isos("استقبل الرئيس الفرنسي نظيره المجري في باريس.")


@pytest.mark.parametrize("phrase", ["نادي ريال مدريد الإسباني", "منتخب ألمانيا", "شركة أرامكو السعودية",
                                    "صندوق الاستثمارات العامة السعودي"])
def test_a_state_word_inside_an_organisation_is_no_state(phrase: str):
    assert state_isos(f"أعلن {phrase} اليوم عن صفقة جديدة.") == []


def test_clubs_sign_no_state_agreement():
    text = "وقع نادي الهلال السعودي ونادي الزمالك المصري اتفاقية تعاون رياضي اليوم."
    assert events(text, "signing") == []


def test_states_still_sign():
    text = "وقعت السعودية ومصر اتفاقية تعاون رياضي اليوم في القاهرة."
    assert [sorted(e.parties) for e in events(text, "signing")] == [["EG", "SA"]]


def test_a_malformed_window_is_an_error_naming_the_file(tmp_path: Path):
    bad = tmp_path / "homographs.tsv"
    bad.write_text("# source: test\nform\tkind\treading\tcues\twindow\nكلمة\tstate\t-\tقبل\tnear:3\n",
                   encoding="utf-8")
    with pytest.raises(DiplographError, match="homographs.tsv"):
        read_homographs(bad)


@pytest.mark.parametrize("markup", ["<img src=x onerror=alert(1)>", "<b>", "&nbsp;"])
def test_markup_in_an_article_never_becomes_part_of_a_label(markup: str):
    text = f"وقعت مصر والأردن اليوم إعلان تعاون {markup} في مجال الطاقة المتجددة."
    docs = [e.document for e in events(text, "signing") if e.document]
    assert docs and all("<" not in d.title and ">" not in d.title and "&" not in d.title for d in docs)
    assert all(d.title.startswith("إعلان تعاون") for d in docs)
