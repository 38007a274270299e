"""States by name, capital, nisba (with clitics); people from the leaders data and from patterns."""
import pytest

from .conftest import run


def states(text):
    return {m.iso for m in run(text).mentions if m.kind == "state"}


def people(text, published="2024-03-06"):
    return [(m.person.ar, m.person.iso, m.role) for m in run(text, published).mentions
            if m.kind == "person" and m.person]


@pytest.mark.parametrize("text,iso", [
    ("تعمل مصر على ذلك", "EG"),
    ("وأكدت جمهورية مصر العربية ذلك", "EG"),
    ("وقالت المملكة العربية السعودية إن", "SA"),
    ("ورحبت بالولايات المتحدة الأمريكية", "US"),
    ("قال الوزير الروسي إن", "RU"),
    ("وصل الوفد الروسية إلى", "RU"),
    ("التقى الخبراء الروسيين", "RU"),
    ("وللجانب الأذربيجاني موقف", "AZ"),
    ("تحافظ موسكو وباكو على الحوار", "AZ"),
    ("قررت طهران ذلك", "IR"),
])
def test_state_names_capitals_and_nisba_with_clitics(text, iso):
    assert iso in states(text)


def test_leader_from_gazetteer_resolved_to_office_at_date():
    found = people("استقبل فلاديمير بوتين الضيوف", published="2010-01-01")
    assert ("فلاديمير بوتين", "RU", "prime_minister") in found
    found = people("استقبل فلاديمير بوتين الضيوف", published="2020-01-01")
    assert ("فلاديمير بوتين", "RU", "president") in found


def test_office_and_nisba_resolve_to_the_holder_at_the_article_date():
    found = people("وصل الرئيس الصيني إلى المدينة", published="2020-05-01")
    assert any(p[0] == "شي جين بينغ" for p in found)


def test_honorific_resolves_to_the_king_at_the_article_date():
    found = people("استقبل خادم الحرمين الشريفين الضيف", published="2020-05-01")
    assert any(p[1] == "SA" and "سلمان" in p[0] for p in found)
    found = people("استقبل خادم الحرمين الشريفين الضيف", published="2010-05-01")
    assert any(p[1] == "SA" and "عبد الله" in p[0] for p in found)


def test_title_nisba_name_creates_a_person_representing_the_state():
    found = people("وصل وزير الخارجية الموريتاني سيدي ولد أحمد، إلى العاصمة")
    assert ("سيدي ولد أحمد", "MR", "foreign_minister") in found


def test_counterpart_resolves_to_the_other_states_holder():
    found = people("التقى الرئيس التركي نظيره الأذربيجاني", published="2023-06-01")
    assert any(p[1] == "AZ" and "علييف" in p[0] for p in found)


def test_name_pattern_does_not_swallow_ordinary_words():
    found = people("بعث الأمير برقيته أصدق التهاني لخادم الحرمين بموفور الصحة والعافية", published="2024-03-06")
    assert not any("أصدق" in p[0] or "بموفور" in p[0] for p in found)


def test_surname_alone_refers_to_the_person_named_before():
    text = "استقبل الرئيس المصري حسني مبارك الرئيس الفلسطيني محمود عباس.\nوكان عباس قد وصل الى القاهرة مساء الأحد."
    found = [m for m in run(text, "2009-01-12").mentions if m.kind == "person" and m.via == "surname"]
    assert [(m.person.ar, m.person.iso) for m in found] == [("محمود عباس", "PS")]
