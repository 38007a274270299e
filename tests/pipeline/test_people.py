"""People: where names begin and end, officials in lists, namesakes of leaders. Every sentence here was
written for these tests (the names of officials are invented)."""
from __future__ import annotations

from diplograph.document import Document, PersonMention

from .conftest import run


def people(doc: Document) -> list[PersonMention]:
    return [m for m in doc.people if m.person.named]


def labels(doc: Document) -> dict[str, str | None]:
    """Each named person's label and the state it represents."""
    return {m.person.ar: m.person.iso for m in people(doc)}


def test_a_formula_of_greetings_is_no_name() -> None:
    doc = run("وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أطيب التمنيات للرئيس.",
              published="2015-07-25")
    assert not any("باسمه" in name or "شعب" in name for name in labels(doc))


def test_a_reception_list_names_each_official_with_the_state_of_his_title() -> None:
    doc = run("وكان في استقبال الرئيس لدى وصوله مطار وهران، وزير الداخلية الجزائري كمال رزيقي، "
              "ووالي وهران سمير بلقاسمي، والقائد الجهوي للدرك الوطني بوهران العقيد رابح زروقي، "
              "ورئيس المجلس الشعبي الولائي نبيل حمادي.", published="2019-05-02")
    found = labels(doc)
    assert found.get("سمير بلقاسمي") == "DZ"
    assert found.get("رابح زروقي") == "DZ"
    assert found.get("نبيل حمادي") == "DZ"      # no state in his title: the state the list names


def test_every_official_of_a_receiving_line_meets_the_guest() -> None:
    doc = run("وصل رئيس الوزراء الأردني إلى الجزائر اليوم في زيارة رسمية. وكان في استقباله لدى وصوله مطار "
              "الجزائر، الوزير الأول الجزائري عبد المالك سلال، ووالي ولاية الجزائر عبد القادر زوخ، والمدير "
              "العام للأمن الوطني عبد الغني هامل، وقائد الناحية العسكرية الأولى اللواء حبيب شنتوف.",
              published="2016-05-10")
    meeting = [e for e in doc.events if e.type == "meeting"]
    assert [sorted(a.ar for a in e.agents if a.iso == "DZ") for e in meeting] == [
        sorted(["عبد المالك سلال", "عبد القادر زوخ", "عبد الغني هامل", "حبيب شنتوف"])]


def test_a_receiving_line_of_names_each_followed_by_its_title() -> None:
    doc = run("وصل رئيس الوزراء الأردني إلى الجزائر اليوم في زيارة رسمية. وكان في استقباله لدى وصوله مطار "
              "الجزائر، عبد المالك سلال رئيس الوزراء الجزائري، وعبد القادر زوخ والي ولاية الجزائر، "
              "وعبد الغني هامل المدير العام للأمن الوطني.", published="2016-05-10")
    meeting = [e for e in doc.events if e.type == "meeting"]
    assert [sorted(a.ar for a in e.agents if a.iso == "DZ") for e in meeting] == [
        sorted(["عبد المالك سلال", "عبد القادر زوخ", "عبد الغني هامل"])]


def test_a_verb_of_conveying_opens_a_clause_of_its_own() -> None:
    # 'and he conveyed to him the greetings of X': X is not met
    doc = run("والتقى وزير الخارجية الإماراتي عبد الله بن زايد آل نهيان اليوم في بغداد رئيس الوزراء العراقي "
              "حيدر العبادي، ونقل إليه تحيات الشيخ خليفة بن زايد آل نهيان رئيس الدولة.",
              published="2016-05-10")
    meeting = [e for e in doc.events if e.type == "meeting"]
    assert [sorted(a.en or "" for a in e.agents) for e in meeting] == [["Abdullah bin Zayed Al Nahyan",
                                                                      "Haider al-Abadi"]]


def test_a_deputy_joined_by_and_is_a_second_sender_not_the_end_of_the_list() -> None:
    doc = run("بعث رئيس دولة الإمارات الشيخ خليفة بن زايد آل نهيان، ونائب رئيس الدولة الشيخ محمد بن راشد آل "
              "مكتوم، برقيتي تهنئة إلى رئيس جمهورية السنغال ماكي سال بمناسبة ذكرى استقلال بلاده.",
              published="2016-04-04")
    senders = sorted(e.agents[0].en or "" for e in doc.events if e.type == "congratulation")
    assert senders == ["Khalifa bin Zayed Al Nahyan", "Mohammed bin Rashid Al Maktoum"]


def test_an_official_whose_state_the_list_does_not_tell_joins_no_receiving_line() -> None:
    doc = run("وصل رئيس الوزراء الأردني إلى الجزائر اليوم في زيارة رسمية. وكان في استقباله الوزير الأول "
              "الجزائري عبد المالك سلال، وسفير الاتحاد الأوروبي لدى الجزائر جون أورورك.",
              published="2016-05-10")
    meeting = [e for e in doc.events if e.type == "meeting"]
    assert [sorted(a.ar for a in e.agents) for e in meeting] == [sorted(["عبد المالك سلال",
                                                                         "عبد الله النسور"])]


def test_names_before_their_titles_in_a_list() -> None:
    doc = run("وكان في وداعه بمطار الإسكندرية، مراد عيسوي محافظ الإسكندرية، وسليم حداد مدير أمن الإسكندرية.",
              published="2019-05-02")
    found = labels(doc)
    assert found.get("مراد عيسوي") == "EG" and found.get("سليم حداد") == "EG"


def test_companions_take_the_state_of_the_visitor_they_accompany() -> None:
    doc = run("ووصل في معية ولي العهد الكويتي كل من: الشيخ ناصر بن فهد بن ناصر، ومدير مكتب سموه "
              "فيصل بن خالد العنزي، والمستشار في الديوان الأميري سالم بن علي الدوسري.",
              published="2019-05-02")
    found = labels(doc)
    assert found.get("فيصل بن خالد العنزي") == "KW"
    assert found.get("سالم بن علي الدوسري") == "KW"      # 'Ali' after 'bin' is a name, not 'on'


def test_an_ambassador_represents_his_state_not_the_one_he_serves_in() -> None:
    doc = run("حضر اللقاء سفير خادم الحرمين الشريفين لدى اليونان الدكتور ماجد بن سعد الحربي، "
              "ومدير المراسم السفير طلال بن عمر الزهراني.", published="2019-05-02")
    found = labels(doc)
    assert found.get("ماجد بن سعد الحربي") == "SA"
    assert found.get("طلال بن عمر الزهراني") == "SA"


def test_a_title_after_the_name_gives_its_state() -> None:
    doc = run("بعث الملك سلمان برقية تهنئة لفخامة الرئيس أنطوان ماليكي رئيس جمهورية بنين بمناسبة ذكرى "
              "استقلال بلاده.", published="2019-05-02")
    assert labels(doc).get("أنطوان ماليكي") == "BJ"


def test_a_leader_name_that_goes_on_is_a_namesake() -> None:
    """'Salman bin Abdulaziz' followed by a family name is not the king."""
    doc = run("استقبل الدكتور سلمان بن عبدالعزيز القحطاني وفدا من رجال الأعمال.", published="2019-05-02")
    assert not any(m.person.gazetteer for m in doc.people)


def test_a_leader_surname_after_another_given_name_is_a_namesake() -> None:
    doc = run("التقى الجنرال توماس بيكيت قائد القوات البريطانية في المنطقة وفدا عسكريا.",
              published="2015-08-01")
    assert not any(m.person.gazetteer for m in doc.people)


def test_a_leader_surname_alone_out_of_office_is_nobody_known() -> None:
    doc = run("وقال بيكيت إن التعاون مستمر.", published="2015-08-01")
    assert not any(m.person.gazetteer for m in doc.people)
    doc = run("وقالت بيكيت إن التعاون مستمر.", published="2006-08-01")     # then foreign secretary
    assert any(m.person.gazetteer and m.person.iso == "GB" for m in doc.people)


def test_offices_that_hold_power_under_other_titles() -> None:
    doc = run("وصل الزعيم الكوري الشمالي إلى بكين.", published="2018-03-27")
    assert [(m.person.en, m.person.role) for m in people(doc)] == [("Kim Jong-un", "supreme_leader")]
    doc = run("استقبل المرشد الأعلى الإيراني الرئيس الزائر.", published="2016-01-23")
    assert any(m.person.en == "Ali Khamenei" for m in people(doc))
    doc = run("هنأ الملك الحاكم العام لجامايكا بذكرى الاستقلال.", published="2015-08-04")
    assert any(m.person.en == "Patrick Allen" and m.person.iso == "JM" for m in people(doc))
    doc = run("بعث الرئيس برقية إلى ملكة بليز بذكرى الاستقلال.", published="2016-09-21")
    assert ("Elizabeth II", "BZ") in [(m.person.en, m.person.iso) for m in people(doc)]
    doc = run("بعث الرئيس برقية إلى ملك جزر البهاما بذكرى الاستقلال.", published="2023-07-10")
    assert ("Charles III", "BS") in [(m.person.en, m.person.iso) for m in people(doc)]


def test_the_supreme_leaders_titles_name_him_and_no_other_iranian_official() -> None:
    for text in ("التقى المرشد الإيراني وزير الخارجية الزائر في طهران.",
                 "استقبل قائد الثورة الإسلامية في طهران رئيس الوزراء الزائر.",
                 "وأكد مرشد الجمهورية الإسلامية خلال اللقاء دعم بلاده للحوار."):
        found = [(m.person.en, m.person.role) for m in run(text, published="2017-02-14").people]
        assert found[:1] == [("Ali Khamenei", "supreme_leader")], text
    doc = run("واستقبل مرشد الثورة الإسلامية آية الله علي خامنئي الضيف في طهران.", published="2017-02-14")
    assert [m.person.ar for m in people(doc)] == ["علي خامنئي"]      # a clerical title is no name
    # the general guide of a movement is no office of Iran's
    assert not run("وقال المرشد العام للجماعة إن الحوار مستمر.", published="2017-02-14").people


def test_the_chair_of_a_presidential_or_sovereignty_council_is_the_head_of_state() -> None:
    doc = run("استقبل رئيس مجلس السيادة السوداني وزير الخارجية الإثيوبي في الخرطوم.", published="2021-03-02")
    assert ("Abdel Fattah al-Burhan", "SD") in [(m.person.en, m.person.iso) for m in people(doc)]
    doc = run("التقى رئيس المجلس الرئاسي الليبي الرئيس الجزائري في الجزائر.", published="2022-05-10")
    assert ("Mohamed al-Menfi", "LY") in [(m.person.en, m.person.iso) for m in people(doc)]
    doc = run("استقبل الرئيس الفرنسي الرئيسة السويسرية في باريس.", published="2024-04-10")
    assert ("Viola Amherd", "CH") in [(m.person.en, m.person.iso) for m in people(doc)]


def test_the_chinese_premier_is_the_head_of_the_state_council_not_a_person_named_so() -> None:
    doc = run("استقبل رئيس مجلس الدولة الصيني في بكين رئيس الوزراء الماليزي.", published="2019-03-23")
    assert ("Li Keqiang", "prime_minister") in [(m.person.en, m.person.role) for m in people(doc)]
    assert not any("مجلس" in m.person.ar for m in doc.people)
    # a council of state with no Chinese nisba (a court elsewhere) is no premier; an accusative noun no name
    doc = run("التقى رئيس مجلس الدولة المستشار أحمد عبده وفدا قضائيا.", published="2019-03-23")
    assert not any(m.role == "prime_minister" or "وفدا" in m.person.ar for m in doc.people)


def test_the_head_of_a_body_is_no_head_of_state() -> None:
    # 'head of the High Council of State', 'emir of the Eastern Province': no president, no emir of a state
    for text in ("التقى رئيس المجلس الأعلى للدولة وفدا تونسيا في طرابلس.",
                 "استقبل أمير المنطقة الشرقية السفير الهندي في الدمام."):
        doc = run(text, published="2019-06-11")
        assert not [m for m in doc.people if m.role in ("president", "emir")], text
    # named after the body's words, of the state the title names
    doc = run("التقى وزير الخارجية التونسي رئيس المجلس الأعلى للدولة الليبي عادل الفيتوري في تونس.",
              published="2019-06-11")
    assert ("عادل الفيتوري", "LY") in [(m.person.ar, m.person.iso) for m in people(doc)]
    # the definite title, the title of a state and the nisba after a title stay what they were
    doc = run("استقبل رئيس الجمهورية التونسي وزير الخارجية المصري في قرطاج.", published="2019-06-11")
    assert {m.person.en for m in people(doc)} >= {"Beji Caid Essebsi", "Sameh Shoukry"}


def test_an_ambassador_in_a_capital_is_not_the_representative_to_the_un() -> None:
    doc = run("استقبل وزير الخارجية الأردني السفير الأمريكي في عمان.", published="2016-05-10")
    assert [m.person.named for m in doc.people if m.role == "ambassador"] == [False]
    doc = run("التقى وزير الخارجية الأردني السفيرة الأمريكية لدى الأمم المتحدة في نيويورك.",
              published="2016-05-10")
    assert [m.person.en for m in doc.people if m.role == "ambassador"] == ["Samantha Power"]


def test_the_monarch_of_several_realms_is_the_british_one_unless_the_article_is_about_a_realm() -> None:
    doc = run("استقبلت الملكة إليزابيث الثانية الرئيس في قصر باكنغهام.", published="2015-08-04")
    assert [m.person.iso for m in people(doc) if m.person.en == "Elizabeth II"] == ["GB"]


def test_spelling_variants_of_a_leader_name_are_the_leader() -> None:
    doc = run("وصل كيم يونج-أون إلى بكين في زيارة.", published="2018-03-27")
    kim = [m.person for m in people(doc) if m.person.gazetteer]
    assert [(p.en, p.text) for p in kim] == [("Kim Jong-un", "كيم يونج-أون")]
    doc = run("استقبل فلاديمير بوطين ضيفه في الكرملين.", published="2018-03-27")
    assert [m.person.en for m in people(doc)] == ["Vladimir Putin"]


def test_spelling_variants_of_an_unknown_name_are_one_person() -> None:
    one = run("وكان في استقباله وزير الداخلية الجزائري عبد الكريم بن طاهر.", published="2019-05-02")
    two = run("وكان في استقباله وزير الداخلية الجزائري عبدالكريم بن تاهر.", published="2019-05-02")
    assert {m.person.key for m in people(one)} == {m.person.key for m in people(two)}
    assert {m.person.ar for m in people(two)} == {"عبدالكريم بن تاهر"}      # labelled as the text writes it


def test_the_text_form_of_a_leaders_name_is_an_alternative_label() -> None:
    from diplograph.rdf import document_graph

    doc = run("التقى الرئيس فلاديمير بوطين الرئيس التركي رجب طيب أردوغان في موسكو.", published="2018-03-27")
    alt = [str(t.object.value) for t in document_graph(doc) if t.predicate.value.endswith("#altLabel")]
    assert alt == ["فلاديمير بوطين"]


def test_a_counterpart_named_after_the_nisba_is_that_person() -> None:
    doc = run("بحث وزير الدفاع الأردني مع نظيره العراقي كريم الساعدي في بغداد.", published="2015-07-24")
    assert labels(doc).get("كريم الساعدي") == "IQ"
    doc = run("هنأ الرئيس الصيني نظيره الروسي فلاديمير بوتن بإعادة انتخابه.", published="2018-03-20")
    assert any(m.person.en == "Vladimir Putin" and m.via == "counterpart" for m in people(doc))


def test_princes_named_by_a_bin_chain_are_persons_of_the_monarchy_reported() -> None:
    doc = run("وصل الملك سلمان بن عبدالعزيز إلى طنجة. وقد وصل في معية الملك كل من: "
              "الأمير فيصل بن نواف بن سعد، والأمير بندر بن سلمان بن عبدالعزيز، "
              "والأمير نايف بن سلمان بن عبدالعزيز.", published="2015-08-02")
    found = labels(doc)
    assert found.get("فيصل بن نواف بن سعد") == "SA"
    assert found.get("بندر بن سلمان بن عبدالعزيز") == "SA"
    assert found.get("نايف بن سلمان بن عبدالعزيز") == "SA"     # not the late Prince Nayef bin Abdulaziz
    # 'Salman bin Abdulaziz' inside a son's name is the father's name, not the king a second time
    king = [m for m in doc.people if m.person.role == "king" and m.sent == 1]
    assert all(doc.surface(m.start, m.end) != "سلمان بن عبدالعزيز" for m in king)


def test_a_royal_given_name_alone_is_a_prince_of_the_monarchy_in_the_article() -> None:
    doc = run("وشارك الأمير هاري في حفل أقامته السفارة البريطانية في عمّان.", published="2019-05-02")
    assert labels(doc).get("هاري") == "GB"
    doc = run("وقال الأمير إن الزيارة ناجحة.", published="2019-05-02")
    assert labels(doc) == {}


def test_a_military_rank_is_no_part_of_the_name() -> None:
    doc = run("وكان في استقباله قائد القوات البرية القطرية الفريق أول ركن سالم بن مبارك الهاجري.",
              published="2019-05-02")
    assert "سالم بن مبارك الهاجري" in labels(doc)
    assert not any(name.startswith(("أول", "ركن")) for name in labels(doc))


def test_a_name_after_a_title_complement_is_the_first_titles_holder() -> None:
    doc = run("ووصل في معية الملك كل من: وزير الدولة سعد بن فهد الحارثي، ورئيس الديوان الخاص "
              "لخادم الحرمين الشريفين سليمان بن فهد الراشد، ومساعد السكرتير الخاص لخادم الحرمين الشريفين "
              "نواف بن علي العتيبي.", published="2019-05-02")
    found = {m.person.ar: m.person for m in people(doc)}
    assert found["سليمان بن فهد الراشد"].role == "other" and found["سليمان بن فهد الراشد"].iso == "SA"
    assert found["نواف بن علي العتيبي"].iso == "SA"      # the item is his, not the king's


def test_a_leaders_given_name_followed_by_another_surname_is_a_namesake() -> None:
    """'the president Michel X' in Michelle Bachelet's time is not her; the far 'to the president' of
    'a like cable to the president' is no complement of the sender's title."""
    doc = run("كما بعث نائب رئيس الوزراء سالم الحبيشي برقية مماثلة للرئيس ميشيل دوماني رئيس جمهورية بنين.",
              published="2015-08-05")
    assert labels(doc).get("ميشيل دوماني") == "BJ"
    assert "CL" not in labels(doc).values()


def test_the_deputy_of_the_king_is_not_the_king() -> None:
    doc = run("وبعث نائب خادم الحرمين الشريفين برقية تهنئة للرئيس أنطوان ماليكي رئيس جمهورية بنين.",
              published="2015-08-05")
    assert not any(m.person.role == "king" for m in doc.people)


def test_a_leader_out_of_office_then_holds_the_title_the_text_gives() -> None:
    doc = run("ووصل في معية الملك وزير المالية الدكتور إبراهيم بن عبدالعزيز العساف.", published="2010-05-02")
    assert [m.person.role for m in people(doc) if m.person.ar.endswith("العساف")] == ["minister"]
    doc = run("ووصل في معية الملك، الدكتور إبراهيم بن عبد العزيز العساف وزير المالية.",
              published="2010-05-02")
    assert [m.person.role for m in people(doc) if m.person.ar.endswith("العساف")] == ["minister"]


def test_a_name_on_bin_with_no_state_is_of_the_gulf_monarchy_the_article_is_about() -> None:
    visit = ("استقبل المشرف العام على مركز الإغاثة الدكتور سعد بن فهد الراشد اليوم وزيرة الشؤون الاجتماعية "
             "اليمنية.")
    doc = run("السعودية واليمن تبحثان الإغاثة\n\n" + visit, published="2015-08-02")
    assert labels(doc).get("سعد بن فهد الراشد") == "SA"
    doc = run("اليمن وجيبوتي تبحثان الإغاثة\n\n" + visit, published="2015-08-02")
    assert labels(doc).get("سعد بن فهد الراشد") != "SA"      # no monarchy in the article


def test_a_name_before_its_title_without_a_comma() -> None:
    doc = run("وتم توقيع الاتفاقية على هامش الاجتماع بين خالد سعيد النعيمي وزير المالية الإماراتي ووزير "
              "الخارجية القطري.", published="2018-05-02")
    assert labels(doc).get("خالد سعيد النعيمي") == "AE"
    doc = run("وقال إن الزيارة التي يقوم بها الرئيس الفرنسي ناجحة.", published="2018-05-02")
    assert set(labels(doc)) == {"إيمانويل ماكرون"}      # no name made of 'يقوم بها'


def test_a_leader_name_read_up_to_abd_is_a_longer_name() -> None:
    """'محمد بن عبد' of 'محمد بن عبد الله X' is not a leader whose name begins so."""
    doc = run("وتم التوقيع بين الطرفين، محمد بن عبد الله الناصري وزير المالية السعودي.",
              published="2018-05-02")
    assert labels(doc).get("محمد بن عبد الله الناصري") == "SA"


def test_a_name_set_off_by_commas_after_its_title() -> None:
    doc = run("وقال مساعد وزير الخارجية الروسي، ميخائيل سوكولوف، إن المحادثات مفيدة.", published="2015-08-07")
    assert labels(doc).get("ميخائيل سوكولوف") == "RU"
    doc = run("وقال مساعد وزير الخارجية الروسي، وزير الدفاع، إن المحادثات مفيدة.", published="2015-08-07")
    assert not any(m.person.named and not m.person.gazetteer for m in doc.people)


def test_a_name_after_a_portfolio_of_affairs() -> None:
    doc = run("وأوضحت وزيرة الدولة المغربية لشؤون التجارة الخارجية سعاد المهيري، أن البرنامج مستمر.",
              published="2018-06-13")
    assert labels(doc).get("سعاد المهيري") == "MA"
