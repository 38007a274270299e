"""A title alone is read as its holder on the article's day; when the text names another person in that
office of that state in the same or the next sentence (a headline over its lead, a new holder), the title is
that person: one event, with the person named (coreference.holders_written)."""
from __future__ import annotations

import pytest
from .conftest import events, run

# (text, publication day, the person's Arabic name each reception's guest must carry)
CASES: list[tuple[str, str, str]] = [
    # a headline's title over the lead that names the guest, on a day when another held the office
    ('العاهل البحريني يستقبل رئيس وزراء إسرائيل\n'
     'المنامة - استقبل العاهل البحريني الملك حمد بن عيسى آل خليفة في قصر الصخير رئيس وزراء إسرائيل '
     'نفتالي بينيت الذي يزور المملكة.',
     '2021-03-01', 'نفتالي بينيت'),
    # a holder named in one sentence, his title alone in the next
    ('واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي مايك بومبيو. '
     'وبحث الرئيس المصري مع وزير الخارجية الأمريكي ملفات المنطقة.',
     '2017-01-10', 'مايك بومبيو'),
]

# the title alone stays the day's holder when the person of that office is named far from it (another time)
FAR = ('واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي. '
       'وتناول اللقاء العلاقات الثنائية والتعاون الاقتصادي بين البلدين. '
       'وأشار البيان إلى الدعم الذي قدمته واشنطن لمصر خلال العقود الماضية. '
       'وكان وزير الخارجية الأمريكي جون كيري قد زار القاهرة عام 2014.')


@pytest.mark.parametrize(("text", "published", "name"), CASES)
def test_title_is_the_one_named_nearby(text: str, published: str, name: str) -> None:
    found = events(text, "meeting", published=published)
    assert found
    for e in found:
        assert name in {p.ar for p in e.agents}, [p.ar for p in e.agents]


def test_headline_and_lead_are_one_reception() -> None:
    text, published, name = CASES[0]
    found = events(text, "meeting", published=published)
    assert len(found) == 1
    assert sorted(p.iso or "" for p in found[0].agents) == ["BH", "IL"]


def test_far_mention_does_not_rename_the_title() -> None:
    doc = run(FAR, "2019-01-10")
    guests = [p for e in doc.events if e.type == "meeting" for p in e.agents if p.iso == "US"]
    assert guests and all(p.ar != "جون كيري" for p in guests), [p.ar for p in guests]
