"""Precision on news: readings that are no event (a call told in two sentences, a meeting spoken of as a
prospect, the subject of talks taken for a party). Each rule has a positive and a negative sentence, written
for these tests."""
from __future__ import annotations

from .conftest import events


def met(text: str) -> list[list[str]]:
    return [sorted({p.iso for p in e.agents}) for e in events(text, "meeting")]


def test_talks_told_after_a_phone_call_are_the_call():
    text = ("أجرى رئيس الوزراء الياباني اتصالا هاتفيا بنظيره الكندي أمس. "
            "وبحث رئيس الوزراء الياباني مع نظيره الكندي سبل تعزيز التجارة بين البلدين.")
    assert met(text) == []


def test_talks_with_no_call_before_them_stay():
    text = ("وصل رئيس الوزراء الياباني إلى أوتاوا أمس. "
            "وبحث رئيس الوزراء الياباني مع نظيره الكندي سبل تعزيز التجارة بين البلدين.")
    assert ["CA", "JP"] in met(text)


def test_a_call_with_others_leaves_later_talks_alone():
    text = ("أجرى الرئيس الفرنسي اتصالا هاتفيا بالمستشار الألماني أمس. "
            "وبحث الرئيس البرازيلي مع نظيره الأرجنتيني في بوينس آيرس سبل تعزيز التجارة.")
    assert ["AR", "BR"] in met(text)


def test_the_chances_of_a_meeting_are_no_meeting():
    text = "قال الوزير إنه متفائل إزاء فرص نجاح أول لقاء بين الرئيس البرازيلي والرئيس الأرجنتيني."
    assert met(text) == []


def test_the_success_of_a_meeting_held_stays():
    text = "أكد الوزير نجاح لقاء الرئيس البرازيلي بالرئيس الأرجنتيني في برازيليا أمس."
    assert ["AR", "BR"] in met(text)


def test_the_state_discussed_is_not_one_of_the_ministers():
    text = "التقى الأحد في بكين وزراء خارجية الصين وباكستان وأفغانستان لبحث سبل تسوية النزاع اليمني."
    found = met(text)
    assert found and all("YE" not in states for states in found)
    visitors = {p.iso for e in events(text, "visit") for p in e.agents}
    assert "YE" not in visitors


def test_every_minister_named_before_the_purpose_is_kept():
    text = "التقى الأحد في بكين وزراء خارجية الصين وباكستان وأفغانستان لبحث التعاون الإقليمي."
    assert ["AF", "CN", "PK"] in met(text)
