"""A thirteenth battery of persons in events (names12): leaders' names that are also Arabic words.
A word inside a leader's full name that the press uses alone ('لولا' of Lula da Silva) stands for him after
the name in full, before a verb, as the object of a verbal noun ('تهنئة لولا'); but a name word that is also
a particle reads as the particle where only the particle fits ('لولا الدعم' were it not for, 'بالنسبة لي' to
me). A family name written first (Li, Moon, Kim) is ambiguous only among leaders of one state. Words of
time after a name ('يوم الأحد', 'ليلة', 'مطلع') and 'مجلس' (a council) are no name words. Names of officials
who are no leaders are invented; no sentence is from an article."""
from __future__ import annotations

import pytest

from .conftest import run
from .people_cases import Case, check

LULA = "لويس إيناسيو لولا دا سيلفا"
LI = "لي كه تشيانغ"
FULL_LULA = f"أعلنت المحكمة الانتخابية فوز {LULA} بالرئاسة. "

# (text, publication date, the word, the person it stands for at its last occurrence: None, the word)
SHORT = {
    # a short name inside the full name, after the full name
    "lula-object-of-congratulation": (
        FULL_LULA + "وسارعت رئيسة الوزراء الإيطالية إلى تهنئة لولا في اتصال هاتفي.",
        "2022-10-31", "لولا", LULA),
    "lula-subject-had-arrived": (
        f"استقبل الرئيس البرتغالي الرئيس البرازيلي {LULA} في لشبونة. "
        "وكان لولا قد وصل إلى مدريد مساء الثلاثاء.",
        "2023-04-25", "لولا", LULA),
    "lula-subject-then-met": (
        f"يزور الرئيس البرازيلي {LULA} أوروبا هذا الأسبوع. واجتمع لولا بالمستشار الألماني في برلين.",
        "2023-12-05", "لولا", LULA),
    "lula-after-preposition": (
        f"أدى {LULA} اليمين رئيسا للبلاد. وبعث الملك الإسباني برقية إلى لولا هنأه فيها بتوليه منصبه.",
        "2023-01-02", "لولا", LULA),
    "lula-said": (
        f"وصل {LULA} إلى جوهانسبرغ للمشاركة في القمة. وقال لولا للصحفيين إن المجموعة مفتوحة للجميع.",
        "2023-08-22", "لولا", LULA),
    # the particle 'لولا' (were it not for): no person, even with Lula named before
    "lula-particle-with-article": (
        FULL_LULA + "وقال محلل برازيلي إنه لولا الدعم النقابي لما فاز في الجولة الثانية.",
        "2022-10-31", "لولا", None),
    "lula-particle-that": (
        FULL_LULA + "لولا أن الفارق كان ضئيلا لاحتفل أنصاره منذ المساء.", "2022-10-31", "لولا", None),
    "lula-particle-after-but": (
        FULL_LULA + "ولكن لولا التحالف الواسع لخسر الانتخابات.", "2022-10-31", "لولا", None),
    "lula-particle-after-comma": (
        FULL_LULA + "وبحسب مراقبين، لولا الأصوات الشمالية لتغيرت النتيجة.", "2022-10-31", "لولا", None),
    # Li: a family name written first; Singapore's Lee was another state's leader on the day
    "li-received-after-full-name": (
        f"وأشاد رئيس مجلس الدولة الصيني {LI} بالعلاقات مع أوروبا. واستقبل لي رئيس الوزراء الهولندي في بكين.",
        "2022-11-04", "لي", LI),
    "li-to-me-after-for": (
        f"وزار {LI} ولاية بافاريا. وقال أحد المرافقين إن الجولة كانت بالنسبة لي فرصة للتعلم.",
        "2019-05-10", "لي", None),
    "li-seems-to-me": (
        f"وصل {LI} إلى كانبيرا. وقال دبلوماسي أسترالي: يبدو لي أن الزيارة ناجحة.", "2017-03-24", "لي", None),
    # surnames that are words too: read bare after the name in full, never glued to 'and' as a verb
    "sall-arrived": (
        "أعلن الرئيس السنغالي ماكي سال ترشحه. ووصل سال إلى نواكشوط في زيارة قصيرة.", "2019-05-10", "سال",
        "ماكي سال"),
    "sall-flowed-glued": (
        "أعلن الرئيس السنغالي ماكي سال ترشحه. وسال الوادي بعد الأمطار الغزيرة.", "2019-05-10", "وسال", None),
    "berri-received": (
        "أكد رئيس مجلس النواب اللبناني نبيه بري دعمه للحوار. واستقبل بري وزير الخارجية الإيراني.",
        "2019-05-10", "بري", "نبيه بري"),
    # Abiy's name folds like the joiner 'أبي' (the token as the reader folds it: 'ابي')
    "abiy-met": (
        "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى جوبا. والتقى آبي رئيس جنوب السودان في القصر الرئاسي.",
        "2019-06-20", "ابي", "آبي أحمد"),
    "abiy-joiner-in-a-name": (
        "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى جوبا. وقال خطيب المسجد إن علي بن أبي طالب قدوة للجميع.",
        "2019-06-20", "ابي", None),
    "abiy-genitive-city": (
        "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى أبو ظبي. وعقد في أبي ظبي محادثات مع ولي العهد.",
        "2019-06-20", "ابي", None),
}


def person_at_last(text: str, published: str, word: str) -> str | None:
    doc = run(text, published=published)
    at = max(k for k, t in enumerate(doc.tokens) if t.text == word)
    return next((m.person.ar for m in doc.people if m.start <= at < m.end), None)


@pytest.mark.parametrize("name", list(SHORT))
def test_name_word_or_function_word(name: str) -> None:
    text, published, word, person = SHORT[name]
    assert person_at_last(text, published, word) == person


CASES = {
    "lula-title-and-nisba": Case(
        "وهنأ الرئيس الكولومبي الرئيس البرازيلي لولا بفوزه في الانتخابات البلدية.",
        published="2024-10-08", found={LULA: "BR"}),
    "lula-particle-sentence-head-article": Case(
        "لولا الوساطة القطرية لما التقى الوزيران في الدوحة.",
        published="2023-06-01", absent=(LULA,)),
    # time words after a name
    "day-after-name": Case(
        "وصل وزير الخارجية القبرصي أندرياس كيرياكو يوم الأحد إلى عمان في زيارة رسمية.",
        published="2023-02-13", found={"أندرياس كيرياكو": "CY"}, absent=("أندرياس كيرياكو يوم",)),
    "night-after-name": Case(
        "واستقبل وزير الدفاع البولندي ماريك زاليفسكي ليلة الخميس نظيره الأوكراني في وارسو.",
        published="2023-02-13", found={"ماريك زاليفسكي": "PL"}, absent=("ماريك زاليفسكي ليلة",)),
    "start-of-week-after-name": Case(
        "وزار وزير التجارة الماليزي داتو حمزة رشيدي مطلع الأسبوع العاصمة التايلاندية.",
        published="2023-02-13", absent=("داتو حمزة رشيدي مطلع", "حمزة رشيدي مطلع")),
    "dawn-after-name": Case(
        "وغادر وزير الخارجية البلغاري نيكولاي ميتكوف فجر الجمعة متوجها إلى أثينا.",
        published="2023-02-13", found={"نيكولاي ميتكوف": "BG"}, absent=("نيكولاي ميتكوف فجر",)),
    # a council after 'head of' is no person's name
    "head-of-state-council-unnamed": Case(
        "وزار رئيس الوزراء الباكستاني بكين حيث التقى رئيس مجلس الدولة في قاعة الشعب الكبرى.",
        published="2024-06-07", absent=("مجلس الدولة",)),
    "head-of-council-of-ministers": Case(
        "واستقبل رئيس مجلس الشورى القطري وفدا برلمانيا من ماليزيا.",
        published="2024-06-07", absent=("مجلس الشورى",)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_people_battery13(name: str) -> None:
    check(CASES[name])


def test_short_name_read_drops_the_modal() -> None:
    """'لولا' read as Lula is no 'were it not' modal: the congratulation it is the object of is told."""
    doc = run(FULL_LULA + "وسارع الرئيس الفرنسي إلى تهنئة لولا مساء الأحد.", published="2022-10-31")
    congratulations = [e for e in doc.events if e.type == "congratulation"]
    assert congratulations
    assert not [m for m in doc.mentions if m.kind == "modal"]


PLACES = {
    "hatay-province": "وصل وزير الخارجية الأذربيجاني إلى ولاية هاتاي التركية لتفقد المناطق المتضررة.",
    "antakya-alif": "وتفقد وزير الخارجية الأردني مدينة أنطاكيا برفقة نظيره التركي.",
    "antakya-ta-marbuta": "وزار الرئيس الألماني أنطاكية حيث التقى مسؤولين أتراكا.",
}


@pytest.mark.parametrize("name", list(PLACES))
def test_southern_turkish_places(name: str) -> None:
    """Hatay and its capital Antakya (both spellings) are places in Türkiye."""
    doc = run(PLACES[name], published="2023-02-20")
    assert any(m.kind == "place" and m.iso == "TR" for m in doc.mentions), \
        [(m.kind, m.iso, doc.surface(m.start, m.end)) for m in doc.mentions]
