"""A third battery of persons in events (people7), written for these tests in the style of Arabic news: a
title right after a named subject with no comma (the verb's object, another person, when it has a name of
its own or names another state; the subject's apposition otherwise), the counterpart of a minister of a
portfolio the leaders files do not list, a leader's one-word name after a bare title, reception lists and
attendees, given names spelt like function words ('علي', 'آن') or opening like a preposition and the
article ('بالقاسم'), and Amman's mayor (not Oman). Names of officials that are no leaders' are invented;
the sentences are not from any article (batteries 1 and 2: test_people_battery.py, test_people_battery2.py;
no case is repeated here)."""
from __future__ import annotations

import pytest

from .conftest import run
from .people_cases import Case, check, meetings


CASES = {
    # a title right after a named subject, no comma between: the object's, when it names its own person
    "object-minister-with-a-name": Case(
        "واستقبل رئيس الوزراء العراقي عادل عبد المهدي وزير التجارة الكويتي فهد المطيري في بغداد اليوم.",
        found={"عادل عبد المهدي": "IQ", "فهد المطيري": "KW"}, met=("IQ", "KW")),
    "object-foreign-minister-after-a-president": Case(
        "استقبل الرئيس الموريتاني محمد ولد الغزواني وزير الخارجية المغربي ناصر بوريطة في نواكشوط.",
        found={"ناصر بوريطة": "MA"}, met=("MA", "MR")),
    "object-female-minister-of-another-state": Case(
        "والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان وزيرة الثقافة اللبنانية في الرياض أمس.",
        published="2021-03-02", met=("LB", "SA")),
    "object-ambassador-named-after-his-posting": Case(
        "واستقبل رئيس الوزراء العراقي عادل عبد المهدي سفير الصين لدى العراق تشانغ لي في مكتبه.",
        found={"تشانغ لي": "CN"}, met=("CN", "IQ")),
    "apposition-of-the-same-state-stays-one-person": Case(
        "وأكد أيمن الصفدي وزير الخارجية الأردني أن العلاقات مع مصر متينة.",
        found={"أيمن الصفدي": "JO"}, absent=("وزير الخارجية الأردني",)),
    "apposition-president-of-the-republic": Case(
        "وقال عبد الفتاح السيسي رئيس جمهورية مصر العربية إن بلاده تدعم الحل السياسي.",
        found={"عبد الفتاح السيسي": "EG"}),
    "next-list-item-after-a-name-keeps-the-list-state": Case(
        "ورافق الرئيس التونسي في زيارته إلى الجزائر وزير الخارجية خميس الجهيناوي ووزير التجارة عمر الباهي.",
        found={"خميس الجهيناوي": "TN", "عمر الباهي": "TN"}),
    # the counterpart holds the subject's portfolio
    "counterpart-of-a-trade-minister-is-no-defence-minister": Case(
        "والتقى وزير التجارة المصري نظيره السعودي في الرياض.",
        absent=("Mohammed bin Salman",), met=("EG", "SA")),
    "counterpart-of-a-named-investment-minister": Case(
        "وبحث وزير الاستثمار المغربي يوسف الإدريسي مع نظيره السعودي سبل تعزيز التعاون.",
        found={"يوسف الإدريسي": "MA"}, absent=("Mohammed bin Salman",)),
    "counterpart-of-a-health-minister": Case(
        "والتقى وزير الصحة الإماراتي نظيره المصري في القاهرة.",
        absent=("محمد زكي", "Mohamed Zaki"), met=("AE", "EG")),
    "counterpart-of-a-defence-minister-is-the-listed-one": Case(
        "والتقى وزير الدفاع المصري نظيره الأمريكي في واشنطن.",
        found={"باتريك شاناهان": "US"}, met=("EG", "US")),
    "counterpart-of-a-foreign-minister": Case(
        "والتقى وزير الخارجية العماني نظيره الإيراني في مسقط.",
        found={"يوسف بن علوي بن عبد الله": "OM", "محمد جواد ظريف": "IR"}, met=("IR", "OM")),
    "counterpart-of-an-assistant-minister-is-no-listed-holder": Case(
        "والتقى مساعد وزير الخارجية الأمريكي نظيره المصري في واشنطن.",
        absent=("عباس كامل", "Abbas Kamel"), met=("EG", "US")),
    "counterpart-of-an-adviser-is-no-president": Case(
        "والتقى مستشار الأمن القومي الأمريكي نظيره الهندي في نيودلهي.",
        absent=("رام ناث كوفيند", "Ram Nath Kovind")),
    # a leader's own name after a bare title
    "one-word-leader-name-before-a-comma": Case(
        "واستقبل الرئيس توادير، سفير فرنسا في بانغي.",
        found={"توادير": "CF"}, absent=("إيمانويل ماكرون", "Emmanuel Macron")),
    "two-word-leader-name-before-another-title": Case(
        "واستقبل الرئيس غاستون ماليندا سفير فرنسا في بانغي.",
        found={"غاستون ماليندا": "CF"}, absent=("إيمانويل ماكرون",)),
    "participle-after-a-bare-title-is-no-name": Case(
        "وقال الرئيس مبتسما، إن العلاقات مع فرنسا قوية.",
        absent=("مبتسما",)),
    "known-one-word-name-stays-the-leader": Case(
        "وأشاد الرئيس موسيفيني، بالعلاقات مع مصر.",
        found={"يويري موسيفيني": "UG"}),
    # reception lines and attendees with titles
    "reception-line-with-amman-mayor": Case(
        "وكان في استقباله وزير الخارجية الأردني أيمن الصفدي، ووزير النقل ماهر القضاة، وأمين عمان فارس "
        "العبادي.",
        found={"أيمن الصفدي": "JO", "ماهر القضاة": "JO", "فارس العبادي": "JO"}),
    "reception-line-of-governor-and-director": Case(
        "وكان في وداعه لدى مغادرته وزير الداخلية التونسي هشام الفوراتي، ووالي تونس كمال الدريدي، ومدير "
        "المراسم منير بن رجيبة.",
        found={"هشام الفوراتي": "TN", "كمال الدريدي": "TN", "منير بن رجيبة": "TN"}),
    "attendees-after-in-the-presence-of": Case(
        "وجرت المباحثات بحضور وزير الخارجية العماني يوسف بن علوي ووزير المالية درويش البلوشي.",
        found={"يوسف بن علوي بن عبد الله": "OM", "درويش البلوشي": "OM"}),
    "amman-mayor-is-not-oman": Case(
        "وأقام أمين عمان فارس العبادي مأدبة عشاء تكريما للوفد السعودي، وحضرها وزير الخارجية الأردني.",
        absent=("سلطنة عمان",), found={"أيمن الصفدي": "JO"}),
    "envoy-to-a-state-is-of-the-list-state": Case(
        "وكان في استقباله الملك عبدالله الثاني، ومدير مكتب الملك الدكتور سامي حداد، ومبعوث الملك للمملكة "
        "العربية السعودية الدكتور زياد العلي، وأمين عمان فارس العبادي.",
        found={"زياد العلي": "JO", "فارس العبادي": "JO"}),
    "envoy-of-a-president-to-a-state-is-not-the-president": Case(
        "والتقى مبعوث الرئيس الروسي إلى سوريا سيرغي فيرشينين الرئيس الإيراني في طهران.",
        found={"سيرغي فيرشينين": "RU", "حسن روحاني": "IR"}, absent=("فلاديمير بوتين", "Vladimir Putin")),
    "envoy-named-after-where-he-is-sent-not-the-hosts": Case(
        "واستقبل الرئيس الإيراني مبعوث الرئيس الأمريكي إلى اليمن توماس ليندركينغ في طهران.",
        found={"توماس ليندركينغ": "US"}, met=("IR", "US")),
    # a military rank with a state's nisba, hyphenated given names
    "rank-with-a-nisba-then-a-hyphenated-name": Case(
        "ووصل إلى سيول الجنرال الكوري الشمالي كيم تشول-سو، في زيارة تستغرق ثلاثة أيام.",
        found={"كيم تشول-سو": "KP"}),
    "hyphenated-name-after-an-office": Case(
        "واستقبل الرئيس الصيني وزير الدفاع الكوري الجنوبي جونغ كيونغ-دو في بكين.",
        found={"جونغ كيونغ-دو": "KR"}, met=("CN", "KR")),
    "rank-without-a-name-is-nobody": Case(
        "وأشرف الجنرال الأمريكي على المناورات المشتركة مع كوريا الجنوبية.",
        absent=("على المناورات",)),
    "adviser-seated-in-the-court-before-a-courtesy": Case(
        "ووصل ولي العهد السعودي إلى القاهرة، ويضم الوفد المرافق المستشار في الديوان الملكي فهد الجاسر ومعالي "
        "وزير الثقافة عادل النمر.",
        visitors={"فهد الجاسر": "SA", "عادل النمر": "SA"}),
    "title-with-a-seat-then-no-name": Case(
        "وقال المستشار في الديوان الملكي إن الزيارة تاريخية.",
        absent=("إن الزيارة",)),
    # given names spelt like function words
    "ali-after-an-ambassadors-posting": Case(
        "واستقبل الرئيس اليمني عبد ربه منصور هادي سفير مصر لدى اليمن علي حسن الشامي في الرياض.",
        found={"علي حسن الشامي": "EG"}, met=("EG", "YE")),
    "ali-bin-after-a-governor": Case(
        "وكان في استقبال الرئيس التونسي وزير الخارجية الجزائري بلقاسم الحمادي، ووالي الجزائر علي بن زيان.",
        found={"بلقاسم الحمادي": "DZ", "علي بن زيان": "DZ"}, absent=("صبري بوقدوم",)),
    "ali-as-a-preposition-is-no-name": Case(
        "وقال إن علي الدولة أن تحترم التزاماتها تجاه جيرانها.",
        absent=("علي الدولة",)),
    "on-before-a-name-is-no-name-word": Case(
        "وأثنى الرئيس المصري على محمد الحسيني لجهوده في تنظيم المؤتمر.",
        absent=("علي محمد الحسيني",)),
    "anne-before-a-given-name": Case(
        "والتقى وزير الخارجية الجزائري السفيرة الأمريكية آن ماري سميث في الجزائر.",
        found={"آن ماري سميث": "US"}, met=("DZ", "US")),
    "that-before-a-country-is-no-name": Case(
        "وأكد وزير الخارجية التونسي أن تونس حريصة على تعزيز العلاقات مع ليبيا.",
        absent=("أن تونس",)),
    "wang-is-no-and-glued-to-a-name": Case(
        "ووقع الاتفاقية عن الجانب البرازيلي ماركو أنطونيو سيلفا، مستشار الرئيس، وعن الجانب الصيني وانغ شو.",
        found={"ماركو أنطونيو سيلفا": "BR", "وانغ شو": "CN"}, absent=("انغ شو",)),
    "wang-after-a-portfolio": Case(
        "والتقى وزير الخارجية المصري سامح شكري مع وزير التجارة الصيني وانغ وين تاو في القاهرة.",
        found={"وانغ وين تاو": "CN"}, met=("CN", "EG")),
    # a given name that opens like a preposition and the article
    "belkacem-spelt-with-the-article-letters": Case(
        "واستقبل الرئيس التونسي وزير الخارجية الجزائري بالقاسم الحمادي في قرطاج.",
        found={"بالقاسم الحمادي": "DZ"}, absent=("صبري بوقدوم",), met=("DZ", "TN")),
    "with-the-is-no-name": Case(
        "وأشاد وزير الخارجية الجزائري بالعلاقات الأخوية مع تونس.",
        absent=("بالعلاقات الأخوية",)),
    # who visits: the subject that meets the host's leader at the start of a visit
    "visit-of-the-subject-who-met-the-host": Case(
        "والتقى أمير قطر الرئيس الفرنسي أمس في مستهل زيارة رسمية لفرنسا.",
        visitors={"تميم بن حمد آل ثاني": "QA"}, met=("FR", "QA")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_battery(name: str) -> None:
    check(CASES[name])


def test_the_battery_is_varied() -> None:
    assert len(CASES) >= 25
    assert len({c.text for c in CASES.values()}) == len(CASES)


def test_the_object_title_gives_no_apposition_to_the_subject() -> None:
    doc = run("استقبل الرئيس اليمني عبد ربه منصور هادي وزير المالية السعودي فهد العتيبي في الرياض أمس.",
              published="2019-05-10")
    people = [(m.person.ar, m.person.iso) for m in doc.people]
    assert ("فهد العتيبي", "SA") in people
    assert [p for p in people if p[0] == "عبد ربه منصور هادي"] == [("عبد ربه منصور هادي", "YE")]


def test_a_long_subject_and_object_keep_the_coming_day_near_the_verb() -> None:
    """A present verb, a long named subject and object, then a weekday: a meeting to come, none yet."""
    text = "يلتقي رئيس الوزراء الياباني شينزو آبي الرئيس الأمريكي دونالد ترامب الخميس في البيت الأبيض."
    doc = run(text, published="2019-05-06")
    assert not [e for e in doc.events if e.type == "meeting"]
    said = run(text.replace("يلتقي", "التقى"), published="2019-05-06")
    assert meetings(said) == [("JP", "US")]


def test_the_whole_reception_line_meets_the_guest() -> None:
    """Every host of a reception line, the mayor of the capital and the governor after him too."""
    doc = run("وكان في استقبال ولي العهد السعودي لدى وصوله الملك عبدالله الثاني، ومبعوث الملك للمملكة العربية "
              "السعودية الدكتور زياد العلي، وأمين عمان فارس العبادي، ومحافظ العاصمة سامر الخوالدة.",
              published="2019-05-10")
    hosts = {p.ar: p.iso for e in doc.events if e.type == "meeting" for p in e.agents}
    assert {"زياد العلي", "فارس العبادي", "سامر الخوالدة"} <= set(hosts), hosts
    assert {hosts[k] for k in ("زياد العلي", "فارس العبادي", "سامر الخوالدة")} == {"JO"}


def test_two_guests_received_on_their_arrival_both_meet_the_host() -> None:
    doc = run("وكان في استقبال ولي العهد السعودي والأمير خالد بن فهد بن سعود لدى وصولهما إلى البيت الأبيض، "
              "الرئيس الأمريكي دونالد ترامب.", published="2019-05-10")
    met = [sorted(p.ar for p in e.agents) for e in doc.events if e.type == "meeting"]
    assert len(met) == 1
    assert "خالد بن فهد بن سعود" in met[0] and "دونالد ترامب" in met[0] and len(met[0]) == 3


def test_a_host_with_a_nisba_and_a_courtesy_title_stays_in_the_reception_line() -> None:
    """'ورئيس مجلس الوزراء القطري الشيخ X': the nisba, the courtesy title and the name are one host."""
    doc = run("وكان في استقبال أمير الكويت لدى وصوله إلى الدوحة الأمير تميم بن حمد آل ثاني، ورئيس مجلس الوزراء "
              "القطري الشيخ عبدالله بن ناصر آل ثاني.", published="2019-05-10")
    met = [{(p.en or p.ar): p.iso for p in e.agents} for e in doc.events if e.type == "meeting"]
    assert len(met) == 1 and len(met[0]) == 3, met
    assert sorted(met[0].values()) == ["KW", "QA", "QA"]
