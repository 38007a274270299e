"""Arguments tied to the trigger's clause, realis (conditions, plans, 'before meeting'), and anniversaries of
relations or bilateral ties only. Every sentence was written for these tests."""
from __future__ import annotations

from diplograph.pipeline.clauses import clauses

from .conftest import events, run


def test_a_condition_is_no_signing():
    assert events("قال الوزير إنه إذا وقعت مصر والسودان اتفاقية المياه فستنتهي الأزمة.", "signing") == []


def test_before_meeting_is_no_meeting_yet():
    text = "وصل وزير الخارجية الإيراني إلى بغداد أمس قبيل لقائه نظيره العراقي في الأسبوع المقبل."
    assert events(text, "meeting") == []


def test_agreed_to_sign_is_no_signing():
    assert events("وافقت كندا على توقيع اتفاقية تجارية جديدة مع المكسيك.", "signing") == []


def test_a_signing_that_happened_stays():
    evs = events("وقعت مصر والسودان اتفاقية لتقاسم مياه النيل في الخرطوم أمس.", "signing")
    assert [sorted(e.parties) for e in evs] == [["EG", "SD"]]


def test_an_adjective_of_a_state_is_no_destination():
    text = "وصل رئيس الوزراء اليمني إلى عدن على متن طائرة سعودية أمس."
    assert [e for e in events(text, "visit") if "SA" in e.parties] == []


def test_the_anniversary_of_a_war_is_no_anniversary_of_relations():
    text = "أحيا لبنان وإسرائيل الذكرى الأربعين للحرب بين البلدين في احتفالات متفرقة."
    assert events(text, "anniversary") == []


def test_the_anniversary_of_relations_stays():
    text = "احتفلت مصر والهند اليوم بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين البلدين."
    evs = events(text, "anniversary")
    assert [(sorted(e.parties), e.ordinal) for e in evs] == [(["EG", "IN"], 75)]


def test_the_anniversary_of_a_partnership_stays():
    text = "تحتفل الصين والجزائر بالذكرى العاشرة لإقامة الشراكة الاستراتيجية الشاملة بين البلدين."
    assert [e.ordinal for e in events(text, "anniversary")] == [10]


def test_clauses_cut_at_relative_pronouns_and_brackets():
    doc = run("وقعت مصر اتفاقية مع الأردن (التي تحدها شرقا) حيث التقى الوزيران.")
    cuts = clauses(doc, doc.sentences[0])
    assert len(cuts) >= 3
    assert any(c.embedded for c in cuts)


def test_a_state_quoted_in_a_long_quotation_is_not_the_signing_party():
    text = ("وقعت مصر واليونان اتفاقية لترسيم الحدود البحرية، وقال الوزير \"إن تركيا لن تقبل "
            "بأي اتفاق يوقع على حساب حقوقها في شرق المتوسط\".")
    evs = events(text, "signing")
    assert [sorted(e.parties) for e in evs] == [["EG", "GR"]]


def test_relations_from_an_anniversary_dated_by_the_article_are_a_year():
    text = "احتفلت مصر والهند بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين البلدين."
    est = [e for e in events(text, "establishment", published="2022-08-18") if e.inferred]
    assert [e.date.iso() if e.date else None for e in est] == ["1947"]


def test_relations_from_an_anniversary_on_a_stated_day_keep_the_day():
    text = "تحتفل مصر والهند في 18 أغسطس 2022 بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بين البلدين."
    est = [e for e in events(text, "establishment", published="2022-08-10") if e.inferred]
    assert [e.date.iso() if e.date else None for e in est] == ["1947-08-18"]


def test_each_named_companion_visits_with_the_one_accompanied():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الرياض في زيارة رسمية.\n"
            "ويرافق الرئيس في زيارته وزير الخارجية سامح شكري.")
    visits = events(text, "visit", published="2019-04-14")
    assert sorted(v.agents[0].ar for v in visits if v.parties == ["SA"]) == ["سامح شكري", "عبد الفتاح السيسي"]


def test_no_companion_visit_without_a_visit():
    text = "وقال وزير الخارجية المصري سامح شكري في معية رئيس الوزراء إن المحادثات مثمرة."
    assert events(text, "visit", published="2019-04-14") == []


def test_a_present_verb_with_a_day_to_come_is_a_plan():
    """Published on Wednesday 6 March 2024: 'meets on Friday', 'meets on 20 March' are announcements."""
    assert events("الرئيس الفرنسي يلتقي نظيره الألماني الجمعة في باريس.", "meeting") == []
    assert events("الرئيس الفرنسي يلتقي نظيره الألماني في 20 مارس في باريس.", "meeting") == []


def test_a_present_verb_today_or_a_past_verb_with_a_day_stays():
    for text in ("الرئيس الفرنسي يلتقي اليوم الأربعاء نظيره الألماني في باريس.",
                 "التقى الرئيس الفرنسي نظيره الألماني الاثنين في باريس.",
                 "الرئيس الفرنسي يلتقي نظيره الألماني في 2 مارس في باريس."):
        evs = events(text, "meeting")
        assert [sorted(p.iso or "" for p in e.agents) for e in evs] == [["DE", "FR"]], text


def test_visits_a_visit_comes_before_are_to_come():
    text = "وتستبق الزيارة زيارتي الرئيس المصري إلى فرنسا وألمانيا."
    assert [e for e in events(text, "visit") if "FR" in e.parties or "DE" in e.parties] == []
    text = "ووصل الرئيس المصري إلى باريس في زيارة لم يسبق الإعلان عنها."
    assert [e.parties for e in events(text, "visit")] == [["FR"]]


def test_the_awaited_signing_is_to_come():
    text = "وأكد الوزيران أهمية التوقيع المنتظر على اتفاق إقامة منطقة صناعية بين مصر وروسيا."
    assert events(text, "signing") == []
    text = "والمنتظر أن يتم التوقيع خلالها على عدد من الاتفاقيات بين مصر وروسيا."
    assert events(text, "signing") == []


def test_a_document_signed_in_a_relative_clause_binds_only_the_states_named():
    """The article is about Iran and Russia; the agreement 'that was concluded' names no two states."""
    text = ("وصل الرئيس الإيراني إلى موسكو أمس في زيارة رسمية.\n"
            "وقال الوزير إن الدول المصدرة تناقش العودة إلى ما قبل اتفاق خفض الإنتاج الذي أبرم في عام 2016.")
    assert events(text, "signing") == []
    text = ("وصل الرئيس الإيراني إلى موسكو أمس في زيارة رسمية.\n"
            "وأشاد الرئيسان بالاتفاق الذي وقعه البلدان في عام 2016.")
    assert [sorted(e.parties) for e in events(text, "signing")] == [["IR", "RU"]]


def test_consultations_between_two_ministers_are_talks():
    text = "وعقد وزير الخارجية المصري ونظيره الروسي مشاورات ثنائية في موسكو أمس."
    assert [sorted(p.iso or "" for p in e.agents) for e in events(text, "meeting")] == [["EG", "RU"]]
