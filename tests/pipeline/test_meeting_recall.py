"""Meetings told by a noun whose relative clause says who held them, and joint press conferences.
Every sentence was written for these tests."""
from __future__ import annotations

from .conftest import events
from .test_slots import frames


def _meetings(text: str) -> list[list[str]]:
    return sorted(sorted(e.states()) for e in events(text, "meeting", published="2021-05-12"))


def _visits(text: str) -> list[tuple[str, str]]:
    found = events(text, "visit", published="2021-05-12")
    return sorted((e.agents[0].iso or "", e.parties[0]) for e in found)


# --- 'the talks that X held with Y': the relative clause names who held them ----------------------------
def test_talks_that_a_minister_held_with_his_counterpart_are_a_meeting():
    text = ("وأكد المستشار النمساوي بعد المحادثات التي أجراها وزير الخارجية الإيطالي في فيينا مع نظيره "
            "النمساوي أن البلدين متفقان.")
    assert _meetings(text) == [["AT", "IT"]]
    assert _visits(text) == [("IT", "AT")]


def test_the_meeting_that_brought_two_presidents_together_is_a_meeting():
    text = "وأشاد البيان باللقاء الذي جمع الرئيس الكيني ونظيره التنزاني في نيروبي أمس."
    assert _meetings(text) == [["KE", "TZ"]]


def test_talks_that_will_be_held_are_no_meeting():
    text = "وقال المتحدث إن المحادثات التي سيجريها وزير الخارجية الإيطالي مع نظيره النمساوي ستتناول الهجرة."
    assert _meetings(text) == []


def test_the_talks_about_something_are_still_the_talks_told_before():
    text = ("التقى وزير الخارجية الإيطالي نظيره النمساوي في فيينا أمس. "
            "وتناولت المحادثات التي استمرت ساعتين ملف الهجرة والعلاقات مع الجزائر.")
    assert _meetings(text) == [["AT", "IT"]]


# --- a press conference with someone ---------------------------------------------------------------------
def test_a_joint_press_conference_with_a_counterpart_is_a_meeting():
    text = "وقال الرئيس التونسي في مؤتمر صحفي مشترك مع الرئيس الجزائري إن البلدين يعملان معا."
    assert _meetings(text) == [["DZ", "TN"]]


def test_the_press_conference_a_minister_held_with_his_counterpart_abroad():
    text = ("وجاءت تصريحات الوزير خلال المؤتمر الصحفي الذي عقده وزير الخارجية الفرنسي مع نظيره المغربي "
            "في الرباط.")
    assert _meetings(text) == [["FR", "MA"]]
    assert _visits(text) == [("FR", "MA")]


def test_a_press_conference_with_journalists_is_no_meeting():
    text = "وقال وزير الداخلية السعودي في مؤتمر صحفي مع الصحفيين في الرياض إن الأمن مستتب."
    assert _meetings(text) == []


def test_a_press_conference_of_one_minister_is_no_meeting():
    text = "وعقد وزير الخارجية القطري مؤتمرا صحفيا في الدوحة تحدث فيه عن العلاقات مع إيران."
    assert _meetings(text) == []


# --- a meeting verb followed by two actors of two states -------------------------------------------------
def test_met_followed_by_two_leaders_is_their_meeting_not_the_last_subjects():
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى روما أمس. "
            "والتقى الرئيس المصري عبد الفتاح السيسي ونظيره الفرنسي إيمانويل ماكرون على هامش القمة.")
    assert _meetings(text) == [["EG", "FR"]]


def test_met_during_it_takes_the_visitor_as_subject():
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة أمس في زيارة رسمية، "
            "والتقى خلالها الرئيس المصري عبد الفتاح السيسي.")
    assert _meetings(text) == [["EG", "TR"]]


# --- 'soon': what is to come ----------------------------------------------------------------------------
def test_a_meeting_said_to_come_soon_is_no_meeting():
    text = "وقال المتحدث إن الرئيس الروسي فلاديمير بوتين يلتقي نظيره الأمريكي قريبا في هلسنكي."
    assert _meetings(text) == []


# --- a long name set off by its office: one actor -------------------------------------------------------
def test_two_leaders_one_of_them_followed_by_his_office_hold_talks():
    text = ("عقد الرئيس التونسي قيس سعيد وأخوه الملك سلمان بن عبدالعزيز آل سعود، ملك المملكة العربية "
            "السعودية، اليوم، جلسة مباحثات رسمية.")
    assert _meetings(text) == [["SA", "TN"]]


def test_the_same_person_named_again_after_a_trigger_is_not_an_apposition():
    text = ("وتلقى الرئيس اللبناني اتصالا من ولي العهد السعودي عقب انتخابه، هنأه خلاله الأمير محمد بن سلمان "
            "بانتخابه.")
    (surface, frame), = [(t, f) for t, f in frames(text) if t == "هنأه"]
    trigger = frame.trigger
    assert [u.start > trigger.start for u in frame.units("sender")] == [True]


# --- a city spelt as the press spells it -----------------------------------------------------------------
def test_saint_petersburg_spelt_with_waw_is_the_russian_city():
    text = "والتقى رئيس الإمارات محمد بن زايد الرئيس الروسي فلاديمير بوتين في سان بطرسبورغ اليوم."
    assert _visits(text) == [("AE", "RU")]


def test_met_with_an_unnamed_delegation_keeps_the_named_one_as_subject():
    text = ("وصل وزير الدفاع الإسرائيلي أفيغدور ليبرمان إلى قبرص أمس. "
            "والتقى وزير الخارجية المصري سامح شكري في القاهرة مع وفد سعودي برئاسة وزير المالية.")
    assert [m for m in _meetings(text) if "IL" in m] == []


# --- 'during their meeting': the two named before -------------------------------------------------------
def test_two_leaders_who_said_something_during_their_meeting_met():
    text = ("أكد العاهل الأردني الملك عبدالله الثاني والرئيس الأميركي جو بايدن، خلال لقائهما في البيت الأبيض "
            "اليوم، عمق العلاقات.")
    assert _meetings(text) == [["JO", "US"]]
    assert _visits(text) == [("JO", "US")]


def test_their_awaited_meeting_is_no_meeting():
    text = ("وقال المتحدث إن العاهل الأردني الملك عبدالله الثاني والرئيس الأميركي جو بايدن سيبحثان خلال "
            "لقائهما المرتقب الأسبوع المقبل عملية السلام.")
    assert _meetings(text) == []


# --- talks that comprised X, Y and Z: who took part, and where -------------------------------------------
def test_trilateral_talks_that_comprised_three_ministers_in_a_fourth_capital():
    text = ("وسبقت ذلك جولة مباحثات ثلاثية ضمت وزير الخارجية الفرنسي لوران فابيوس، "
            "والألماني فرانك فالتر شتاينماير، والمصري سامح شكري، في العاصمة اللبنانية بيروت.")
    assert [v for v in _visits(text) if v[1] == "LB"] == [("DE", "LB"), ("EG", "LB"), ("FR", "LB")]


def test_a_match_that_comprised_players_is_no_meeting():
    text = "وقال المدرب إن المباراة ضمت لاعبين من مصر والسعودية في الرياض."
    assert _meetings(text) == [] and _visits(text) == []


def test_talks_that_took_place_between_two_presidents_are_their_meeting():
    text = ("وأشاد الوزير بالمباحثات التي جرت بين الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل "
            "ماكرون في باريس.")
    assert _meetings(text) == [["EG", "FR"]]


def test_talks_that_took_place_about_two_states_are_no_meeting_of_theirs():
    text = "وقال إن المحادثات التي جرت في الرياض تناولت العلاقات بين مصر والسعودية."
    assert _meetings(text) == []
