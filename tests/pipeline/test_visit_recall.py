"""Visits and meetings told without a visiting verb: leaving a place abroad, the delegation a visitor's
party comprises, the officials who see a visitor off. Every sentence was written for these tests."""
from __future__ import annotations

from .conftest import events


def _visits(text: str) -> list[tuple[str, str, str]]:
    found = events(text, "visit", published="2019-04-14")
    return sorted((e.rule, e.agents[0].ar, e.parties[0]) for e in found)


def test_leaving_a_capital_abroad_tells_a_visit_to_it():
    text = "غادر الرئيس المصري عبد الفتاح السيسي الرياض مساء أمس بعد زيارة رسمية استغرقت يومين."
    assert ("visit.depart", "عبد الفتاح السيسي", "SA") in _visits(text)


def test_leaving_a_state_named_after_the_verb_tells_a_visit():
    text = "وغادر الرئيس المصري عبد الفتاح السيسي السعودية الشهر الماضي بعد قمة مع الملك."
    assert [p for r, _, p in _visits(text) if r == "visit.depart"] == ["SA"]


def test_leaving_ones_own_capital_is_no_visit_to_it():
    text = "غادر الرئيس المصري عبد الفتاح السيسي القاهرة صباح اليوم متوجها إلى الرياض."
    assert [p for _, _, p in _visits(text) if p == "EG"] == []


def test_leaving_for_a_place_is_no_visit_by_leaving():
    text = "غادر الرئيس المصري عبد الفتاح السيسي إلى الرياض صباح اليوم."
    assert [r for r, _, _ in _visits(text) if r == "visit.depart"] == []


def test_an_ambassador_leaving_his_post_visits_nothing():
    assert [r for r, _, _ in _visits("غادر السفير الأمريكي دمشق أمس بعد إغلاق السفارة.")
            if r == "visit.depart"] == []


def test_a_planned_departure_is_no_visit():
    text = "ومن المقرر أن يغادر الرئيس المصري عبد الفتاح السيسي الرياض غدا."
    assert _visits(text) == []


def test_the_delegation_a_visitor_brings_comprises_visitors_too():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الرياض في زيارة رسمية.\n"
            "ويضم الوفد الرسمي للرئيس وزير الخارجية سامح شكري.")
    assert ("visit.companion", "سامح شكري", "SA") in _visits(text)


def test_comprises_without_a_visit_is_no_companion():
    text = "ويضم المجلس الجديد وزير الخارجية المصري سامح شكري ووزراء آخرين."
    assert _visits(text) == []


def test_those_who_see_a_visitor_off_meet_him():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الرياض في زيارة رسمية.\n"
            "وكان في وداعه لدى مغادرته مطار الرياض وزير الخارجية السعودي فيصل بن فرحان.")
    met = [sorted(p.iso or "" for p in e.agents) for e in events(text, "meeting", published="2019-04-14")]
    assert ["EG", "SA"] in met


def test_a_farewell_among_one_states_officials_is_no_meeting():
    text = ("عاد الرئيس المصري عبد الفتاح السيسي إلى القاهرة اليوم.\n"
            "وكان في وداعه قبل سفره وزير الخارجية المصري سامح شكري.")
    assert events(text, "meeting", published="2019-04-14") == []


def test_the_airport_of_a_city_is_no_host():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي اليوم إلى الرياض في زيارة رسمية.\n"
            "وكان في استقباله لدى وصوله مطار الرياض وزير الخارجية السعودي فيصل بن فرحان.")
    met = [sorted(p.iso or "" for p in e.agents) for e in events(text, "meeting", published="2019-04-14")]
    assert met == [["EG", "SA"]]


def _met(text: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted({p.iso or "" for p in e.agents}), sorted(p.ar for p in e.agents))
            for e in events(text, "meeting", published="2019-04-14")]


def test_a_host_whose_title_names_his_state_meets_the_guest():
    text = ("وصل وزير الخارجية المصري سامح شكري إلى الدوحة أمس في زيارة عمل.\n"
            "وكان في استقباله لدى وصوله إلى مطار الدوحة الدولي "
            "وزير الخارجية بدولة قطر الدكتور خالد بن محمد العطية.")
    assert [states for states, _ in _met(text)] == [["EG", "QA"]]


def test_a_welcoming_party_told_in_two_sentences_is_one_meeting_with_the_visitor():
    text = ("وصل الرئيس المصري عبد الفتاح السيسي إلى عمان اليوم في زيارة رسمية للأردن.\n"
            "وكان في استقبال الرئيس لدى وصوله الأمير فيصل بن الحسين.\n"
            "كما كان في استقباله وزير الخارجية الأردني أيمن الصفدي.")
    met = _met(text)
    assert len(met) == 1 and met[0][0] == ["EG", "JO"]
    assert {"عبد الفتاح السيسي", "فيصل بن الحسين"} <= set(met[0][1])
    assert any("الصفدي" in name for name in met[0][1])


def test_a_welcome_with_no_visit_told_has_no_guest():
    assert _met("كما كان في استقباله وزير الخارجية الأردني أيمن الصفدي.") == []


def test_an_audience_and_the_airport_welcome_stay_two_meetings():
    text = ("استقبل العاهل الأردني الملك عبد الله الثاني في عمان اليوم الرئيس المصري عبد الفتاح السيسي.\n"
            "وكان الرئيس المصري قد وصل إلى عمان صباح اليوم.\n"
            "وكان في استقباله لدى وصوله وزير الخارجية الأردني أيمن الصفدي.")
    assert len(_met(text)) == 2


def test_the_states_listed_after_plural_ministers_meet_and_a_state_named_later_does_not():
    text = "التقى أمس في القاهرة وزراء خارجية مصر والأردن والعراق لبحث التعاون الاقتصادي بين ليبيا وتونس."
    assert [states for states, _ in _met(text)] == [["EG", "IQ", "JO"]]
    visits = sorted((e.agents[0].iso, e.parties[0]) for e in events(text, "visit", published="2019-04-14"))
    assert visits == [("IQ", "EG"), ("JO", "EG")]


def test_the_summit_that_brought_him_together_with_a_leader_is_a_meeting():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة اليوم.\n"
            "وتجيء الزيارة بعد أسبوعين من القمة التي جمعته بالرئيس الفرنسي إيمانويل ماكرون في فيينا.")
    assert ["AT", "FR", "RU"] not in [states for states, _ in _met(text)]
    assert ["FR", "RU"] in [states for states, _ in _met(text)]


def test_what_brought_him_together_with_journalists_is_no_meeting_of_states():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم.\n"
            "وتحدث عن المؤتمر الصحفي الذي جمعه بالصحفيين في المطار.")
    assert [states for states, _ in _met(text)] == []


# --- background clauses: each visit its own visitor and its own date -------------------------------------
def _dated_visits(text: str) -> list[tuple[str, str, str | None]]:
    found = events(text, "visit", published="2023-04-18")
    return sorted((e.agents[0].ar, e.parties[0], e.date.iso() if e.date else None) for e in found)


def test_while_x_visited_takes_the_subject_of_its_own_clause_and_its_date():
    text = ("وكانت زيارة الرئيس الإيراني محمود أحمدي نجاد الأولى إلى دمشق في كانون الثاني عام 2006، فيما زار "
            "الرئيس السوري بشار الأسد طهران في آب 2009.")
    assert _dated_visits(text) == [("بشار الأسد", "IR", "2009-08"), ("محمود أحمدي نجاد", "SY", "2006-01")]


def test_a_visitor_named_before_his_verb_in_another_clause_is_still_the_visitor():
    text = "وأكد الرئيس الإيراني محمود أحمدي نجاد، الذي زار دمشق في كانون الثاني 2006، متانة العلاقات."
    assert _dated_visits(text) == [("محمود أحمدي نجاد", "SY", "2006-01")]


def test_each_stop_of_a_tour_told_with_its_own_date_takes_it():
    text = "إذ زار الرئيس السوري بشار الأسد سلطنة عمان في فبراير 2023، ثم الإمارات في مارس 2023."
    assert _dated_visits(text) == [("بشار الأسد", "AE", "2023-03"), ("بشار الأسد", "OM", "2023-02")]


def test_stops_told_before_one_date_share_it():
    text = "وزار الرئيس الصيني شي جين بينغ القاهرة ثم الرياض في يناير 2016."
    assert _dated_visits(text) == [("شي جين بينغ", "EG", "2016-01"), ("شي جين بينغ", "SA", "2016-01")]


def test_a_date_then_another_verb_chains_no_stop():
    text = "وزار الرئيس الصيني شي جين بينغ القاهرة في يناير 2016، ثم أكد أن العلاقات مع الرياض متينة."
    assert [p for _, p, _ in _dated_visits(text)] == ["EG"]


def test_for_the_visit_that_someone_made_is_a_visit_made():
    text = "وتأتي المباحثات استكمالا للزيارة التي قام بها الرئيس الكوري الجنوبي للقاهرة في مارس 2016."
    assert [(p, d) for _, p, d in _dated_visits(text)] == [("EG", "2016-03")]


def test_for_the_visit_still_to_last_two_days_is_a_purpose():
    text = "ويتوجه الرئيس الكوري الجنوبي غدا إلى القاهرة للزيارة التي تستمر يومين."
    assert _dated_visits(text) == []


# --- a tour that included: its stops ---------------------------------------------------------------------
def test_a_tour_that_included_two_states_visited_both():
    text = ("وصرح وزير الخارجية التركي مولود جاويش أوغلو، الذي أجرى جولة خليجية شملت البحرين والكويت، بأن "
            "أنقرة حريصة على الحوار.")
    assert [p for _, p, _ in _dated_visits(text)] == ["BH", "KW"]


def test_a_tour_that_includes_states_tells_the_stops_to_come():
    text = ("وصل الرئيس الإيراني إبراهيم رئيسي اليوم إلى كاراكاس في المحطة الأولى من جولة لاتينية تشمل أيضا "
            "نيكاراغوا وكوبا.")
    assert [p for _, p, _ in _dated_visits(text)] == ["VE"]
