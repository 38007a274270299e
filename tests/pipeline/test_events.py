"""One test family per rule, each with positive and negative sentences written for the tests."""
from .conftest import events, run


def states(ev):
    return sorted(ev.states())


# --- signing --------------------------------------------------------------------------------------
def test_signing_with_signatories_document_date_place():
    text = ("وقّع الرئيس المصري عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان في أنقرة، يوم 4 سبتمبر 2024، "
            "اتفاقية التعاون الاقتصادي بين البلدين.")
    sign = events(text, "signing")
    assert len(sign) == 1
    ev = sign[0]
    assert states(ev) == ["EG", "TR"]
    assert ev.document.kind == "agreement" and ev.document.title.startswith("اتفاقية التعاون الاقتصادي")
    assert ev.date.iso() == "2024-09-04"
    assert ev.place.en == "Ankara"
    assert {p.ar for p in ev.agents} == {"عبد الفتاح السيسي", "رجب طيب أردوغان"}


def test_co_signing_abroad_implies_a_meeting_and_a_visit():
    text = "وقّع الرئيس المصري عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان في أنقرة اليوم مذكرة تفاهم."
    evs = events(text)
    visits = [e for e in evs if e.type == "visit"]
    meetings = [e for e in evs if e.type == "meeting"]
    assert [(v.agents[0].iso, v.parties) for v in visits] == [("EG", ["TR"])]
    assert len(meetings) == 1 and states(meetings[0]) == ["EG", "TR"]


def test_document_kinds():
    kinds = {
        "إعلان مشترك": "joint_statement", "مذكرة تفاهم": "memorandum", "بروتوكول": "protocol",
        "معاهدة": "treaty", "برنامج تنفيذي": "programme", "إعلان": "declaration",
    }
    for noun, kind in kinds.items():
        ev = events(f"وقعت مصر والأردن اليوم {noun} للتعاون في مجال الطاقة.", "signing")
        assert [e.document.kind for e in ev] == [kind], noun


def test_signing_in_a_relative_clause_after_the_document():
    text = "وتستند الشراكة إلى معاهدة الصداقة التي وقعها في باريس عام 2008 الرئيسان الجزائري والفرنسي."
    ev = events(text, "signing")
    assert len(ev) == 1 and states(ev[0]) == ["DZ", "FR"] and ev[0].date.iso() == "2008"


def test_dated_documents_one_signing_per_date():
    text = "ويلتزم البلدان مصر والأردن بالاتفاقيات الثنائية بتاريخ 3 مارس و14 مايو 2020."
    ev = events(text, "signing")
    assert sorted(e.date.iso() for e in ev) == ["2020-03-03", "2020-05-14"]


def test_planned_denied_and_hoped_signings_are_not_events():
    for text in (
        "من المقرر أن يوقع البلدان مصر والأردن اتفاقية للتعاون الشهر المقبل.",
        "سيوقع الرئيسان المصري والأردني اتفاقية للتعاون.",
        "نفت الحكومة المصرية توقيع أي اتفاقية مع الأردن.",
        "أعرب الوزير عن أمله في توقيع اتفاقية بين مصر والأردن قريبا.",
        "لم يتضمن البيان أي إشارة إلى توقيع اتفاقية بين مصر والأردن.",
        "أرجئ توقيع اتفاقية التعاون بين مصر والأردن.",
    ):
        assert events(text, "signing") == [], text


def test_a_memorandum_with_a_region_is_not_a_signing_between_states():
    text = ("وتوترت العلاقات بين مقديشو وأديس أبابا منذ توقيع إثيوبيا في يناير 2024 مذكرة تفاهم مع إقليم "
            "\"أرض الصومال\" تمنحها منفذا بحريا، وهو ما تعتبره الحكومة الصومالية انتهاكا لسيادتها.")
    assert events(text, "signing") == []
    text = "ووقعت إثيوبيا والصومال في يناير 2024 مذكرة تفاهم بشأن أمن الحدود."
    assert [states(e) for e in events(text, "signing")] == [["ET", "SO"]]


def test_word_waqa_meaning_happened_is_not_a_signing():
    assert events("وقع انفجار في العاصمة المصرية أمس.", "signing") == []


# --- congratulations ------------------------------------------------------------------------------
def test_congratulation_sender_and_recipient():
    text = "بعث الرئيس الجزائري عبد المجيد تبون برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين بمناسبة العيد الوطني."
    ev = events(text, "congratulation")
    assert [(e.agents[0].iso, e.recipients[0].iso) for e in ev] == [("DZ", "RU")]
    assert ev[0].occasion.startswith("العيد الوطني")


def test_received_congratulations_are_read_the_other_way():
    text = "تلقى الرئيس التونسي قيس سعيد برقية تهنئة من ملك المغرب محمد السادس."
    ev = events(text, "congratulation")
    assert [(e.agents[0].iso, e.recipients[0].iso) for e in ev] == [("MA", "TN")]


def test_exchange_of_congratulations_is_two_events():
    text = "تبادل الرئيسان فلاديمير بوتين وقاسم جومارت توكاييف التهاني بمناسبة ذكرى إقامة العلاقات."
    ev = events(text, "congratulation")
    assert sorted((e.agents[0].iso, e.recipients[0].iso) for e in ev) == [("KZ", "RU"), ("RU", "KZ")]


# --- relations and anniversaries ----------------------------------------------------------------------
def test_establishment_with_its_date():
    ev = events("أقيمت العلاقات الدبلوماسية بين مصر والهند عام 1947.", "establishment")
    assert len(ev) == 1 and states(ev[0]) == ["EG", "IN"] and ev[0].date.iso() == "1947"


def test_establishment_years_ago():
    ev = events("ومنذ إقامة العلاقات الدبلوماسية بين الكويت واليابان قبل 60 عاما تطورت الشراكة.", "establishment")
    assert ev and ev[0].date.iso() == "1964"


def test_resumed_or_cut_relations_are_not_an_establishment():
    for text in ("أعلنت مصر وقطر استئناف العلاقات الدبلوماسية بين البلدين.",
                 "قررت السعودية وإيران إعادة العلاقات الدبلوماسية بينهما.",
                 "وكانت العلاقات الدبلوماسية بين كوبا والولايات المتحدة قد قطعت في 1961."):
        assert events(text, "establishment") == [], text


def test_anniversary_in_words_implies_the_establishment():
    text = "احتفلت الأردن واليابان اليوم بالذكرى الخامسة والستين لإقامة العلاقات الدبلوماسية بين البلدين."
    evs = events(text)
    ann = [e for e in evs if e.type == "anniversary"]
    est = [e for e in evs if e.type == "establishment"]
    assert [(a.ordinal, a.date.iso()) for a in ann] == [(65, "2024-03-06")]
    assert [(e.date.iso(), e.inferred) for e in est] == [("1959-03-06", True)]


def test_anniversary_in_digits():
    ev = events("بمناسبة الذكرى الـ 30 لإقامة العلاقات الدبلوماسية الروسية - الأذربيجانية", "anniversary")
    assert [e.ordinal for e in ev] == [30] and states(ev[0]) == ["AZ", "RU"]


def test_anniversary_of_a_founding_is_not_bilateral():
    text = "هنأ الرئيس الروسي نظيره الصيني بالذكرى الخامسة والسبعين لتأسيس جمهورية الصين الشعبية."
    assert events(text, "anniversary") == []


# --- visits and meetings ------------------------------------------------------------------------------
def test_visit_visitor_host_city():
    text = "وصل رئيس الوزراء الهندي ناريندرا مودي اليوم إلى أبوظبي في زيارة رسمية."
    ev = events(text, "visit")
    assert [(e.agents[0].iso, e.parties, e.place.en if e.place else None) for e in ev] == [("IN", ["AE"], "Abu Dhabi")]


def test_planned_visit_and_invitation_are_not_visits():
    for text in ("من المقرر أن يزور الرئيس الفرنسي المغرب الشهر المقبل.",
                 "سيزور وزير الخارجية الصيني مصر الأسبوع المقبل.",
                 "وجه الرئيس دعوة لنظيره التركي لزيارة القاهرة."):
        assert events(text, "visit") == [], text


def test_reception_is_a_meeting_and_the_guest_visits_the_host():
    text = "استقبل الملك عبد الله الثاني في عمّان اليوم وزير الخارجية الفرنسي جان نويل بارو."
    evs = events(text)
    meet = [e for e in evs if e.type == "meeting"]
    visit = [e for e in evs if e.type == "visit"]
    assert [states(e) for e in meet] == [["FR", "JO"]]
    assert [(v.agents[0].iso, v.parties) for v in visit] == [("FR", ["JO"])]


def test_phone_call_is_not_a_meeting():
    text = "بحث الرئيس المصري في اتصال هاتفي مع نظيره الفرنسي التطورات الإقليمية خلال مباحثات هاتفية."
    assert events(text, "meeting") == []


def test_one_person_meeting_several_counterparts_gives_bilateral_meetings():
    text = ("على هامش القمة في روما، كان لرئيس الجمهورية التونسي قيس سعيد لقاءات مع المستشار الألماني أولاف شولتس "
            "والرئيس الأمريكي جو بايدن.")
    ev = events(text, "meeting", published="2023-06-01")
    assert sorted(states(e) for e in ev) == [["DE", "TN"], ["TN", "US"]]


def test_attending_a_summit_or_forum_abroad_is_a_visit():
    text = "ويشارك الرئيس المصري عبد الفتاح السيسي اليوم في أعمال القمة العربية المنعقدة في مدينة جدة."
    assert [(v.agents[0].iso, v.parties, v.place.en) for v in events(text, "visit")] == [("EG", ["SA"], "Jeddah")]
    text = ("افتتح وزير المالية رئيس وفد المملكة المشارك في أعمال المنتدى السعودي الفرنسي المهندس خالد بن "
            "عبدالله العمري، في العاصمة الفرنسية باريس اليوم، أعمال المنتدى.")
    doc = run(text)
    visits = [e for e in doc.events if e.type == "visit"]
    assert [(v.agents[0].iso, v.parties) for v in visits] == [("SA", ["FR"])]
    assert visits[0].agents[0].ar == "خالد بن عبدالله العمري"


def test_attending_at_home_or_in_the_future_is_not_a_visit():
    for text in ("ويشارك الرئيس المصري عبد الفتاح السيسي اليوم في أعمال المؤتمر الاقتصادي المنعقد في القاهرة.",
                 "وسيشارك الرئيس المصري عبد الفتاح السيسي في أعمال القمة العربية المقبلة في جدة.",
                 "ويشارك الرئيس المصري عبد الفتاح السيسي في حوار مع الشباب في جدة."):
        assert events(text, "visit") == [], text


def test_leaders_meeting_in_a_third_country_both_visit_it():
    text = "بدأ التقارب بلقاء الرئيسين المصري والتركي في الدوحة على هامش افتتاح كأس العالم في 20 نوفمبر 2022."
    visits = events(text, "visit", published="2024-02-14")
    assert sorted((v.agents[0].iso, v.parties[0]) for v in visits) == [("EG", "QA"), ("TR", "QA")]


def test_a_meeting_again_in_another_place_later_that_month():
    text = ("والتقى الرئيسان البرازيلي والصيني أول مرة في جوهانسبرغ في 22 أغسطس 2023 على هامش منتدى دولي، ثم "
            "في ديربان على هامش اجتماع إقليمي في وقت لاحق من الشهر ذاته.")
    meetings = events(text, "meeting", published="2024-01-17")
    assert sorted((m.place.en, m.date.iso()) for m in meetings) == [("Durban", "2023-08"),
                                                                    ("Johannesburg", "2023-08-22")]
    visits = events(text, "visit", published="2024-01-17")
    assert {("BR", "ZA"), ("CN", "ZA")} <= {(v.agents[0].iso, v.parties[0]) for v in visits}


def test_a_couple_arriving_together_both_visit():
    text = "وكان الرئيس الأمريكي باراك أوباما والسيدة ميشيل أوباما قد وصلا أمس إلى الرياض في زيارة رسمية."
    visits = events(text, "visit", published="2015-01-28")
    assert sorted((v.agents[0].ar, v.parties[0], v.date.iso()) for v in visits) == [
        ("باراك أوباما", "SA", "2015-01-27"), ("ميشيل أوباما", "SA", "2015-01-27")]


def test_an_indefinite_office_is_not_the_holder_in_office():
    text = "وكانت آخر زيارة لوزير خارجية أمريكي إلى كوبا في عام 1945."
    visits = events(text, "visit", published="2015-07-20")
    assert [(v.agents[0].named, v.agents[0].iso, v.parties, v.date.iso()) for v in visits] == [
        (False, "US", ["CU"], "1945")]


def test_received_on_arrival_by_a_prince_named_in_full_before_a_crowd():
    text = ("وكان الرئيس الموريتاني محمد ولد الغزواني قد وصل أمس إلى الرياض، حيث كان في استقباله أمير منطقة "
            "الرياض الأمير فيصل بن بندر بن عبدالعزيز وجمع من كبار المسؤولين السعوديين.")
    meetings = events(text, "meeting", published="2023-11-10")
    assert [sorted(p.ar for p in m.agents) for m in meetings] == [
        ["فيصل بن بندر بن عبدالعزيز", "محمد ولد الشيخ الغزواني"]]


def test_a_first_visit_since_a_year_implies_the_same_persons_visit_then():
    text = "وصل الرئيس التركي رجب طيب أردوغان إلى القاهرة في أول زيارة له لمصر منذ عام 2012."
    visits = events(text, "visit", published="2024-02-14")
    assert sorted((v.agents[0].ar, v.parties[0], v.date.iso()) for v in visits) == [
        ("رجب طيب أردوغان", "EG", "2012"), ("رجب طيب أردوغان", "EG", "2024-02-14")]
    text = "ويقوم الوزير بأول زيارة إلى واشنطن لوزير خارجية كوبي منذ 1959."
    assert all(v.date is None or v.date.iso() != "1959" for v in events(text, "visit", published="2015-07-20"))


def test_the_capital_named_by_a_nisba_and_venues_are_places():
    text = ("وقّع وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين أمير عبد اللهيان أمس في العاصمة الصينية "
            "بيانا مشتركا.")
    sign = events(text, "signing", published="2023-04-07")
    assert [(e.place.en, e.date.iso()) for e in sign] == [("Beijing", "2023-04-06")]
    text = "التقى الملك عبدالله الثاني والرئيس الأميركي جو بايدن اليوم في البيت الأبيض."
    meetings = events(text, "meeting", published="2021-07-19")
    assert [m.place.en for m in meetings] == ["Washington"]
    assert [(v.agents[0].iso, v.parties[0]) for v in events(text, "visit", published="2021-07-19")] == [("JO", "US")]


def test_a_place_after_a_topic_is_not_where_the_talks_were():
    text = ("استقبل الرئيس الروسي فلاديمير بوتين ولي عهد أبوظبي محمد بن زايد في موسكو، وبحثا الأوضاع في "
            "قطاع غزة.")
    visits = events(text, "visit", published="2023-12-06")
    assert {v.parties[0] for v in visits} == {"RU"}


def test_a_sentence_opening_with_a_plan_or_a_denial_states_no_event():
    for text in ("ومن المقرر أن يتوجه الرئيس الروسي فلاديمير بوتين بعد ذلك إلى هانوي في زيارة دولة إلى فيتنام.",
                 "ونفت مصادر حكومية لبنانية ما تردد عن توقيع اتفاق بين لبنان وسوريا لترسيم الحدود خلال الزيارة.",
                 "ويتوقع مراقبون أن يلتقي الرئيسان الصيني والكوري الجنوبي على هامش قمة العشرين."):
        assert [e for e in events(text) if e.type in ("visit", "signing", "meeting")] == [], text


def test_a_reception_of_two_guests_from_two_states():
    text = ("استقبل الملك محمد السادس اليوم بالقصر الملكي بالرباط السيد جاريد كوشنر، كبير مستشاري الرئيس "
            "الأمريكي، والسيد مئير بن شبات، مستشار الأمن القومي لدولة إسرائيل.")
    meetings = events(text, "meeting", published="2020-12-22")
    assert [sorted(p.iso for p in m.agents) for m in meetings] == [["IL", "MA", "US"]]
    assert sorted(v.agents[0].iso for v in events(text, "visit", published="2020-12-22")) == ["IL", "US"]


def test_signatories_on_behalf_of_each_side():
    text = ("وجرى التوقيع على مذكرة تفاهم لإنشاء مجلس التنسيق، وقّعها عن الجانب العُماني السيد بدر بن حمد بن حمود "
            "البوسعيدي، وزير الخارجية، وعن الجانب السعودي الأمير فيصل بن فرحان بن عبدالله، وزير الخارجية.")
    sign = events(text, "signing", published="2021-07-12")
    assert [sorted((p.iso, p.ar) for p in e.agents) for e in sign] == [
        [("OM", "بدر بن حمد البوسعيدي"), ("SA", "فيصل بن فرحان بن عبد الله آل سعود")]]   # the gazetteer's


# --- one event per happening ----------------------------------------------------------------------
def test_the_same_signing_told_twice_is_one_event_with_two_spans():
    text = ("وقعت مصر والأردن اليوم اتفاقية التعاون في مجال الطاقة.\n"
            "وجاء توقيع اتفاقية التعاون في مجال الطاقة بين مصر والأردن بعد مباحثات.")
    ev = events(text, "signing")
    assert len(ev) == 1 and len(ev[0].spans) == 2


def test_every_event_records_its_rule_and_evidence():
    text = "وقعت مصر والأردن اليوم اتفاقية التعاون في مجال الطاقة."
    for ev in events(text):
        assert ev.rule and ev.spans


def test_amman_with_shadda_is_jordan_and_oman_without_it_is_oman():
    evs = events("أجرى وزير الخارجية المصري سامح شكري اليوم مباحثات مع نظيره الأردني أيمن الصفدي في عمّان.",
                 published="2023-03-05")
    visits = [e for e in evs if e.type == "visit"]
    assert [(v.agents[0].iso, v.parties) for v in visits] == [("EG", ["JO"])]
    evs = events("وصل وزير الخارجية المصري سامح شكري اليوم إلى عمان في زيارة رسمية.", "visit",
                 published="2023-03-05")
    assert [e.parties for e in evs] == [["OM"]]


def test_dual_ministers_sign_for_their_states():
    text = ("التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي.\n"
            "ووقع الوزيران مذكرة تفاهم للتشاور السياسي.")
    ev = events(text, "signing", published="2023-03-05")
    assert len(ev) == 1 and {p.ar for p in ev[0].agents} == {"سامح شكري", "أيمن الصفدي"}


def test_congratulation_with_object_pronoun():
    text = "وكان الرئيس الروسي قد بعث أمس برقية إلى الزعيم الصيني، هنأه فيها بالعيد الوطني."
    ev = events(text, "congratulation", published="2024-10-02")
    assert [(e.agents[0].iso, e.recipients[0].iso) for e in ev] == [("RU", "CN")]


def test_exchange_named_far_before_its_object():
    text = ("تبادل رئيس الوزراء الياباني فوميو كيشيدا ونظيره الأسترالي أنتوني ألبانيزي، يوم الجمعة، رسائل "
            "التهنئة بمناسبة العيد الوطني.")
    ev = events(text, "congratulation", published="2024-01-26")
    assert sorted((e.agents[0].iso, e.recipients[0].iso) for e in ev) == [("AU", "JP"), ("JP", "AU")]


def test_anniversary_celebrated_today_dates_the_article():
    text = ("احتفلت روسيا والصين اليوم بالذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية بينهما.\n"
            "وأقيمت العلاقات الدبلوماسية بين البلدين في الثاني من أكتوبر 1949.")
    doc_events = events(text, published=None)
    ann = [e for e in doc_events if e.type == "anniversary"]
    assert [a.date.iso() for a in ann] == ["2024-10-02"]


def test_spouse_and_companions_visit_too():
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون وحرمه السيدة بريجيت ماكرون، يرافقهما وزير الخارجية الفرنسي "
            "جان نويل بارو، اليوم إلى الرباط في زيارة دولة.")
    ev = events(text, "visit", published="2024-10-28")
    visitors = sorted(e.agents[0].ar for e in ev)
    assert "بريجيت ماكرون" in visitors and "إيمانويل ماكرون" in visitors
    assert all(e.parties == ["MA"] for e in ev)


def test_congratulation_masdar_object_is_the_recipient():
    text = "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا لتهنئة الرئيس التركي رجب طيب أردوغان بإعادة انتخابه."
    ev = events(text, "congratulation", published="2023-05-29")
    assert [(e.agents[0].iso, e.recipients[0].iso) for e in ev] == [("EG", "TR")]


def test_two_meetings_in_one_sentence_keep_their_counterparts():
    text = ("وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد زار أنقرة في نوفمبر الماضي، التقى خلالها الرئيس "
            "التركي رجب طيب أردوغان، كما عقد لقاء مع نائب الرئيس جودت يلماز.")
    ev = events(text, "meeting", published="2024-03-01")
    pairs = sorted(sorted(p.ar for p in e.agents) for e in ev)
    assert len(ev) == 2
    assert all(any("تميم" in name for name in pair) for pair in pairs)
    assert {name for pair in pairs for name in pair} >= {"رجب طيب أردوغان", "جودت يلماز"}


def test_a_sentence_opening_in_the_future_is_planned_throughout():
    text = "وستتاح للوزيرين المصري والأردني الفرصة لمناقشة الملفات الثنائية خلال لقاء في عمّان."
    assert events(text, "meeting") == []


def test_relations_named_in_an_unsigned_documents_title_are_not_established():
    text = "أعلنت أرمينيا وأذربيجان انتهاء المفاوضات حول نص اتفاق السلام وإقامة العلاقات بين الدولتين."
    assert events(text, "establishment") == []


def test_a_bilateral_summit_is_a_meeting():
    text = "عقد الرئيس المصري عبد الفتاح السيسي والرئيس الصيني شي جين بينغ اليوم قمة مصرية صينية في بكين."
    ev = events(text, "meeting", published="2024-05-30")
    assert [sorted(e.states()) for e in ev] == [["CN", "EG"]]


def test_multilateral_summit_documents_are_not_bilateral_signings():
    text = ("اختتمت في الرياض اليوم أعمال القمة الخليجية، ووقع قادة دول مجلس التعاون لدول الخليج العربية "
            "على إعلان الرياض.")
    assert events(text, "signing") == []


def test_bilateral_meeting_on_the_sidelines_of_a_summit_is_kept():
    text = ("اجتمع رئيس الوزراء الهندي ناريندرا مودي والرئيس الإندونيسي جوكو ويدودو.\n"
            "كما اجتمع الزعيمان في بالي على هامش قمة مجموعة العشرين في نوفمبر 2022.")
    ev = events(text, "meeting", published="2023-05-10")
    assert any(e.date and e.date.iso() == "2022-11" and sorted(e.states()) == ["ID", "IN"] for e in ev)


def test_discussed_with_is_talks_unless_on_the_phone():
    ev = events("بحث الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل ماكرون في باريس اليوم سبل "
                "تعزيز العلاقات.", "meeting", published="2024-03-06")
    assert [sorted(e.states()) for e in ev] == [["EG", "FR"]]
    assert events("بحث وزير الخارجية السعودي فيصل بن فرحان هاتفيا مع نظيره الإيراني تطورات المنطقة.",
                  "meeting", published="2024-03-06") == []


def test_signing_verb_object_subject():
    text = ("ووقّع الإعلانَ المشترك وزير الخارجية الياباني يوشيماسا هاياشي ووزير خارجية الفلبين إنريكي مانالو "
            "في طوكيو.")
    ev = events(text, "signing", published="2023-03-26")
    assert len(ev) == 1 and {p.iso for p in ev[0].agents} == {"JP", "PH"}


def test_congratulation_pronoun_object_with_the_subject_after_the_verb():
    text = ("وكان الرئيس اللبناني جوزاف عون قد تلقى اتصالا هاتفيا عقب انتخابه، هنأه خلاله ولي العهد السعودي "
            "الأمير محمد بن سلمان بانتخابه.")
    ev = events(text, "congratulation", published="2025-03-04")
    assert [(e.agents[0].iso, e.recipients[0].iso) for e in ev] == [("SA", "LB")]


def test_visit_performed_by_someone_named_later():
    text = "وتأتي الزيارة بعد سنوات على آخر زيارة رسمية إلى السعودية، أجراها الرئيس اللبناني السابق ميشال عون في 2017."
    ev = events(text, "visit", published="2025-03-04")
    assert [(e.agents[0].ar, e.parties) for e in ev] == [("ميشال عون", ["SA"])]


# --- dates shared between readings -----------------------------------------------------------------
def test_talks_over_two_days_and_a_signing_on_the_second_are_one_meeting_dated_by_the_first():
    text = ("وقّع وزراء خارجية مصر والأردن والعراق اليوم الاثنين 20 فبراير 2023 في عمّان إعلانا مشتركا.\n"
            "ويأتي الإعلان بعد اجتماع وزراء خارجية مصر والأردن والعراق يومي 19 و20 فبراير 2023 في عمّان.")
    evs = events(text, published="2023-02-20")
    meetings = [e for e in evs if e.type == "meeting"]
    assert len(meetings) == 1 and meetings[0].date.iso() == "2023-02-19"
    visits = sorted((v.agents[0].iso, v.date.iso()) for v in evs if v.type == "visit")
    assert visits == [("EG", "2023-02-19"), ("IQ", "2023-02-19")]


def test_a_signing_in_the_presence_of_a_leader_is_signed_by_the_ministers():
    text = ("وقّع اليوم وزراء خارجية مصر والأردن والعراق وبحضور الملك عبد الله الثاني في عمّان، إعلان عمّان "
            "الوزاري الذي دعا إليه الملك عبد الله الثاني.")
    sign = events(text, "signing")
    assert len(sign) == 1
    assert {(p.iso, p.role) for p in sign[0].agents} == {("EG", "foreign_minister"), ("JO", "foreign_minister"),
                                                         ("IQ", "foreign_minister")}


def test_a_companion_received_in_the_same_sentence_shares_the_trip_date():
    text = ("يقوم الرئيس الفرنسي إيمانويل ماكرون بزيارة دولة إلى المغرب من 28 إلى 30 أكتوبر 2024.\n"
            "وكان الملك محمد السادس قد خص الرئيس الفرنسي وحرمه بريجيت ماكرون لدى وصولهما إلى الرباط باستقبال رسمي.")
    visits = events(text, "visit", published="2024-10-28")
    assert sorted((v.agents[0].ar, v.date.iso() if v.date else None) for v in visits) == [
        ("إيمانويل ماكرون", "2024-10-28"), ("بريجيت ماكرون", "2024-10-28")]


def test_an_undated_anniversary_of_dated_relations_falls_in_the_ordinal_year():
    text = ("تعود العلاقات الدبلوماسية بين الجزائر والصين إلى ديسمبر 1958.\n"
            "وتزامنت الزيارة مع إحياء البلدين الذكرى الـ65 لإقامة علاقاتهما الدبلوماسية.")
    ann = events(text, "anniversary", published=None)
    assert [(a.ordinal, a.date.iso(), a.inferred) for a in ann] == [(65, "2023", True)]


def test_an_anniversary_near_another_events_day_is_dated_by_its_year():
    text = ("وسيزور الوزير من 6 الى 8 أغسطس 2025 فيتنام التي تحتفل بالذكرى الثلاثين لإقامة علاقات دبلوماسية "
            "بين هانوي وواشنطن.")
    ann = events(text, "anniversary", published="2025-08-01")
    assert [a.date.iso() for a in ann] == ["2025"]
    text = "افتتح الوزير اليوم في طوكيو المنتدى المقام بمناسبة مرور 70 عاما على العلاقات بين مصر واليابان."
    ann = events(text, "anniversary", published="2024-07-24")
    assert [a.date.iso() for a in ann] == ["2024"]


def test_the_year_of_an_independence_anniversary_dates_an_undated_article():
    text = ("وسيحط الوزير الأمريكي أولا في سنغافورة لمناسبة الذكرى الستين لاستقلالها، "
            "ثم يزور فيتنام التي تحتفل بالذكرى الثلاثين لإقامة علاقات دبلوماسية بين هانوي وواشنطن.")
    evs = events(text, published=None)
    assert [(e.type, e.date.iso()) for e in evs if e.type in ("anniversary", "establishment")] == [
        ("anniversary", "2025"), ("establishment", "1995")]
    assert not [e for e in evs if e.type == "visit"]      # 'ثم يزور' continues the future 'سيحط'


def test_a_headline_event_takes_the_date_the_body_gives_it():
    text = ("السعودية وإيران توقعان في بكين بيانا مشتركا\n"
            "الجمعة 7 أبريل 2023\n"
            "وقّع وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين أمير عبد اللهيان أمس في بكين بيانا "
            "مشتركا.")
    sign = events(text, "signing", published="2023-04-07")
    assert [e.date.iso() for e in sign] == ["2023-04-06"]


def test_undated_meetings_of_the_same_people_in_two_cities_are_two_nodes():
    from diplograph.rdf import event_key
    text = ("استقبل الرئيس التركي رجب طيب أردوغان ولي العهد السعودي الأمير محمد بن سلمان في أنقرة.\n"
            "وكان أردوغان قد زار مدينة جدة حيث عقد لقاء مع ولي العهد السعودي الأمير محمد بن سلمان.")
    meetings = events(text, "meeting", published=None)
    assert sorted(m.place.en for m in meetings) == ["Ankara", "Jeddah"]
    assert len({event_key(m) for m in meetings}) == 2


def test_a_visit_told_in_the_background_with_its_reception_and_talks_during_that_visit():
    text = ("وتأتي زيارة الوزير السوري فيصل المقداد بعد نحو شهر من زيارة الوزير شكري إلى دمشق في السابع والعشرين "
            "من شباط الماضي، حيث استقبله الرئيس بشار الأسد.\n"
            "كما عقد شكري خلال تلك الزيارة جلسة محادثات مع الوزير المقداد.")
    evs = events(text, published="2023-04-01")
    assert ("visit", "EG", "SY", "2023-02-27") in {(e.type, e.agents[0].iso, e.parties[0], e.date.iso())
                                                   for e in evs if e.type == "visit"}
    meetings = sorted((sorted(p.ar for p in m.agents), m.date.iso()) for m in evs if m.type == "meeting")
    assert meetings == [(["بشار الأسد", "سامح شكري"], "2023-02-27"), (["سامح شكري", "فيصل المقداد"], "2023-02-27")]


def test_a_name_set_off_by_commas_before_a_title_is_a_person_of_that_state():
    text = ("استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم في جدة، جيك سوليفان، مستشار الأمن القومي "
            "الأمريكي، وبحث معه العلاقات الثنائية.")
    doc = run(text, published="2023-05-07")
    people = {(m.person.ar, m.person.iso) for m in doc.mentions if m.kind == "person"}
    assert ("جيك سوليفان", "US") in people
    assert [(v.agents[0].ar, v.parties) for v in doc.events if v.type == "visit"] == [("جيك سوليفان", ["SA"])]


def test_visited_it_names_an_earlier_visit_of_the_place_before():
    text = ("ووصل الرئيس الإسرائيلي إسحاق هرتسوغ إلى أنقرة في أول زيارة لرئيس إسرائيلي إلى تركيا منذ عام 2007، "
            "حين زارها الرئيس آنذاك شمعون بيريز.")
    visits = events(text, "visit", published="2022-03-09")
    assert sorted((v.agents[0].ar.split()[-1], v.parties[0], v.date.iso() if v.date else None) for v in visits) == [
        ("بيريز", "TR", "2007"), ("هرتسوغ", "TR", "2022-03-09")]


def test_a_title_pronoun_stands_for_the_last_holder_of_that_rank():
    text = ("التقى الملك عبدالله الثاني الرئيس الأميركي جو بايدن اليوم في البيت الأبيض.\n"
            "يشار إلى أن جلالته كان قد التقى الرئيس الأميركي السابق دونالد ترامب في البيت الأبيض في نيسان 2017.")
    meetings = events(text, "meeting", published="2021-07-19")
    assert sorted((sorted(p.ar for p in m.agents), m.date.iso()) for m in meetings) == [
        (["جو بايدن", "عبد الله الثاني بن الحسين"], "2021-07-19"),
        (["دونالد ترامب", "عبد الله الثاني بن الحسين"], "2017-04")]


def test_a_function_word_after_a_title_is_not_a_name():
    text = "وأكد رئيس الجمهورية أن الجزائر وإيطاليا تربطهما علاقات استراتيجية."
    doc = run(text, published=None)
    assert not [m for m in doc.mentions if m.kind == "person" and m.person.iso == "KR"]    # not 'مون جاي إن'


def test_with_no_publication_date_an_office_is_held_by_its_holder_on_the_latest_day_named():
    text = "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة، بعد لقائهما في عمّان في 5 مارس 2023."
    doc = run(text, published=None)
    assert doc.published is None and str(doc.reference) == "2023-03-05"
    names = {m.person.ar for m in doc.mentions if m.kind == "person" and m.person.named}
    assert {"سامح شكري", "أيمن الصفدي"} <= names


def test_a_bare_title_and_its_pronoun_are_the_reporting_states_holder():
    text = ("المنامة - بنا\n"
            "تبادل الملك حمد بن عيسى آل خليفة أمس برقيات التهنئة بعيد الفطر مع خادم الحرمين الشريفين الملك عبدالله "
            "بن عبدالعزيز آل سعود.\n"
            "وتلقى جلالة الملك أمس برقية تهنئة من أخيه أمير دولة الكويت، أعرب فيها سموه عن أصدق تهانيه لجلالته.")
    congrats = events(text, "congratulation", published="2010-09-11")
    pairs = sorted((c.agents[0].iso, (c.recipients[0].iso if c.recipients else c.recipient_states[0])) for c in congrats)
    assert pairs == [("BH", "SA"), ("KW", "BH"), ("SA", "BH")]


def test_arrived_at_it_and_a_meeting_there_in_a_second_country():
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اليوم محادثات مع نظيره المصري عبد الفتاح السيسي في القاهرة، التي "
            "وصلها قادما من سوريا، حيث تفقد قاعدة روسية في اللاذقية، كما التقى هناك الرئيس السوري بشار الأسد.")
    evs = events(text, published="2017-12-11")
    assert sorted((m.place.en, sorted(p.iso for p in m.agents)) for m in evs if m.type == "meeting") == [
        ("Cairo", ["EG", "RU"]), ("Latakia", ["RU", "SY"])]
    assert sorted(v.parties[0] for v in evs if v.type == "visit") == ["EG", "SY"]


def test_a_minister_named_after_his_portfolio_signs_for_his_side():
    text = ("ووقع الاتفاقية عن الجانب الروسي وزير الطاقة الروسي نيكولاي شولغينوف، وعن الجانب المصري وزير الكهرباء "
            "والطاقة المتجددة محمد شاكر.")
    sign = events(text, "signing", published="2021-06-01")
    assert [sorted((p.iso, p.ar) for p in e.agents) for e in sign] == [
        [("EG", "محمد شاكر"), ("RU", "نيكولاي شولغينوف")]]


def test_the_place_a_visitor_comes_from_is_not_where_he_goes():
    text = ("أبوظبي - وام\n"
            "استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان اليوم رئيس وزراء الهند ناريندرا مودي، الذي وصل "
            "إلى البلاد في زيارة رسمية قادما من باريس.")
    visits = events(text, "visit", published="2023-07-15")
    assert {(v.agents[0].iso, v.parties[0]) for v in visits} == {("IN", "AE")}


def test_the_stops_a_tour_is_still_to_make_are_not_visits():
    text = ("ووصل رئيس الوزراء الياباني فوميو كيشيدا إلى جدة أمس، في مستهل جولة خليجية يفترض أن تقوده أيضا "
            "إلى الإمارات وقطر.")
    visits = events(text, "visit", published="2023-07-17")
    assert {v.parties[0] for v in visits} == {"SA"}
