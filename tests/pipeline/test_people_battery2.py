"""A second battery of persons in events (people6), written for these tests in the style of Arabic news:
delegation lists of officials with no state in their titles, the state of a name taken from its own title
and not from the next person's, dual offices of two states, ambassadors named after where they serve,
plural titles that name no president, abbreviated titles ('د.', 'م.', 'أ.د.') that end no sentence, names
with kunya, nasab and compounds, royal titles, and namesakes that are no leaders. Names of officials that
are no leaders' are invented; the sentences are not from any article (see test_people_battery.py for the
first battery; no case is repeated here)."""
from __future__ import annotations

import pytest

from .conftest import run
from .people_cases import Case, check, persons, visitors


CASES = {
    # delegation lists: officials with no state in their titles are the visitor's
    "delegation-after-visitor-with-doctor-and-ambassador": Case(
        "ووصل وزير الخارجية السعودي إلى الدوحة، ويضم الوفد المرافق له وكيل الوزارة للشؤون السياسية "
        "الدكتور فيصل المحمدي، ومدير الإدارة الإعلامية السفير نبيل الزهراني.",
        found={"فيصل المحمدي": "SA", "نبيل الزهراني": "SA"},
        visitors={"فيصل المحمدي": "SA", "نبيل الزهراني": "SA"}),
    "delegation-of-ministers-after-comma": Case(
        "وصل ولي العهد السعودي إلى عمان في زيارة رسمية. ويضم الوفد الرسمي المرافق لولي العهد، وزير "
        "الصحة الدكتور سلطان العنزي، ووزير الاقتصاد الدكتور ماهر الشمري.",
        visitors={"سلطان العنزي": "SA", "ماهر الشمري": "SA"}, absent=("Qaboos bin Said",)),
    "advisers-in-the-royal-court": Case(
        "وصل ولي العهد السعودي إلى عمان في زيارة رسمية. ووصل بمعية ولي العهد، المستشار في الديوان "
        "الملكي طارق الحربي، والمستشار في الديوان الملكي منصور الدوسري.",
        visitors={"طارق الحربي": "SA", "منصور الدوسري": "SA"}),
    "accompanied-by-each-of": Case(
        "وصل وزير الخارجية الأردني إلى الرباط. ورافق الوزير في زيارته كل من مدير مكتبه السفير هشام "
        "العتيبي، ومدير إدارة المراسم سامي القرني.",
        visitors={"هشام العتيبي": "JO", "سامي القرني": "JO"}),
    "untitled-delegation-list": Case(
        "وصل وزير الخارجية السعودي إلى بغداد. ويضم الوفد ماجد القصبي وعادل الطريفي، وفهد العيسى.",
        visitors={"ماجد القصبي": "SA", "عادل الطريفي": "SA", "فهد العيسى": "SA"}),
    "companion-word-before-a-spouse-names-nobody": Case(
        "ووصل الرئيس الفرنسي إلى الجزائر برفقة عقيلته ووفد كبير من رجال الأعمال.",
        found={"إيمانويل ماكرون": "FR"}, absent=("ووفد كبير", "عقيلته ووفد")),
    "delegation-told-before-the-arrival": Case(
        "ورافق وزير الخارجية كل من وكيل الوزارة الدكتور وليد الرشيدي، ومدير المراسم السفير فهد المطيري. "
        "وكان وزير الخارجية الكويتي قد وصل إلى القاهرة أمس في زيارة رسمية.",
        visitors={"وليد الرشيدي": "KW", "فهد المطيري": "KW"}),
    "delegation-with-a-dateline-abroad": Case(
        "الدوحة (واس) - وصل وزير الخارجية السعودي إلى الدوحة أمس. ويضم الوفد المرافق للوزير مدير "
        "مكتبه السفير ماجد العنزي.",
        visitors={"ماجد العنزي": "SA"}),
    "reception-line-names-the-host-state": Case(
        "وكان في استقبال الرئيس الفرنسي لدى وصوله إلى مطار قرطاج وزير الخارجية التونسي خميس الجهيناوي، "
        "ووالي تونس الشاذلي بوعلاق.",
        found={"خميس الجهيناوي": "TN", "الشاذلي بوعلاق": "TN"}),
    # the state is the name's own title's, not the next person's
    "businessman-then-an-ambassador": Case(
        "والتقى رجل الأعمال محمد بن سلمان العتيبي السفير الياباني في الرياض.",
        absent=("Mohammed bin Salman", "محمد بن سلمان العتيبي")),
    "minister-name-then-guest-title": Case(
        "واستقبل وزير التعليم العالي العراقي الدكتور نبيل كاظم السفير الفرنسي في بغداد.",
        found={"نبيل كاظم": "IQ"}),
    "titled-name-then-definite-guest": Case(
        "والتقى وزير الثقافة المغربي محمد الأعرج السفير الإسباني في الرباط.",
        found={"محمد الأعرج": "MA"}),
    "name-before-its-own-bare-title": Case(
        "وجرى التوقيع خلال اللقاء بين عمر سالم الكعبي وزير الدولة الإماراتي ونظيره البحريني.",
        found={"عمر سالم الكعبي": "AE"}),
    # ambassadors accredited to a state
    "definite-envoy-to-a-state": Case(
        "واستقبل الرئيس التونسي في قرطاج السفير السعودي لدى تونس عبدالعزيز الصقر.",
        found={"عبدالعزيز الصقر": "SA"}),
    "ambassador-accredited-to": Case(
        "واستقبل وزير الخارجية الكويتي سفير الأردن المعتمد لدى الكويت هاني المجالي.",
        found={"هاني المجالي": "JO"}),
    "ambassador-in-a-capital-then-name": Case(
        "والتقى وزير الخارجية المصري السفير الروسي في القاهرة فلاديمير كوزنيتسوف.",
        found={"فلاديمير كوزنيتسوف": "RU"}),
    "ambassador-of-the-custodian": Case(
        "وحضر اللقاء سفير خادم الحرمين الشريفين لدى السنغال السيد سعد الخالدي.",
        found={"سعد الخالدي": "SA"}),
    "ambassador-unnamed-is-no-named-person": Case(
        "والتقى وزير الخارجية المصري السفير الروسي في القاهرة أمس.",
        found={"سامح شكري": "EG"}, absent=("Vladimir Putin",)),
    # plural titles: no president, no person
    "editors-in-chief": Case(
        "والتقى رئيس الوزراء الأردني رؤساء تحرير الصحف اليومية في عمان.",
        found={"عمر الرزاز": "JO"}, absent=("Abdullah II of Jordan",)),
    "heads-of-clubs": Case(
        "واجتمع وزير الرياضة المصري مع رؤساء الأندية الرياضية في القاهرة.",
        absent=("Abdel Fattah el-Sisi",)),
    "heads-of-universities": Case(
        "واستقبل وزير التعليم السعودي رؤساء الجامعات الأمريكية في الرياض.",
        absent=("Donald Trump",)),
    # abbreviated titles: one sentence, the name after them
    "doctor-abbreviated-after-a-nisba": Case(
        "والتقى وزير الخارجية اليمني د. سالم الحضرمي نظيره العماني في مسقط.",
        found={"سالم الحضرمي": "YE"}, absent=("Khalid al-Yamani",), sentences=1),
    "professor-doctor-abbreviated": Case(
        "واستقبل وزير التعليم العالي العراقي أ.د. نبيل كاظم السفير الفرنسي في بغداد.",
        found={"نبيل كاظم": "IQ"}, sentences=1),
    "engineer-abbreviated-for-a-side": Case(
        "ووقع الاتفاقية عن الجانب المصري م. حسام الدين عبده وعن الجانب السوداني وزير الري.",
        found={"حسام الدين عبده": "EG"}, sentences=1),
    "year-letter-still-ends-a-sentence": Case(
        "وقد تأسست العلاقات بين البلدين عام 1962 م. والتقى الرئيس التونسي السفير الجزائري.",
        sentences=2),
    "doctor-abbreviated-in-a-delegation": Case(
        "وصل وزير الخارجية البحريني إلى القاهرة. ويضم الوفد المرافق له وكيل الوزارة د. يوسف الحمادي.",
        visitors={"يوسف الحمادي": "BH"}, sentences=2),
    # names: compounds, kunya, nasab, Al
    "side-signatory-with-compound-given-name": Case(
        "ووقع الاتفاقية عن الجانب المصري نور الدين عبده وعن الجانب السوداني ياسر عباس.",
        found={"نور الدين عبده": "EG", "ياسر عباس": "SD"}),
    "side-signatory-engineer": Case(
        "ووقع الاتفاقية عن الجانب الأردني المهندس خالد الزعبي وعن الجانب العراقي الوزير عادل الربيعي.",
        found={"خالد الزعبي": "JO", "عادل الربيعي": "IQ"}),
    "side-signatory-before-and-for": Case(
        "ووقع المذكرة عن الجانب الكويتي خالد العنزي وعن الجانب المصري وزير الري.",
        found={"خالد العنزي": "KW"}),
    "kunya-abu": Case(
        "والتقى وزير الدولة الفلسطيني أبو حسن شاهين السفير المصري في رام الله.",
        found={"أبو حسن شاهين": "PS"}),
    "nasab-bin-with-al": Case(
        "واستقبل وزير الداخلية البحريني الفريق أول الشيخ راشد بن عبدالله آل خليفة السفير الأمريكي.",
        found={"راشد بن عبدالله آل خليفة": "BH"}),
    "abd-apart-minister": Case(
        "والتقى وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان نظيره الأردني في أبوظبي.",
        found={"عبد الله بن زايد آل نهيان": "AE", "أيمن الصفدي": "JO"}),
    "surname-with-article-then-nasab": Case(
        "ووصل الأمير السعودي بندر الفيصل بن عبدالعزيز إلى الرباط أمس في زيارة خاصة.",
        found={"بندر الفيصل بن عبدالعزيز": "SA"}),
    "prince-title-after-an-office": Case(
        "والتقى وزير الخارجية السعودي الأمير سعود الفيصل بن عبدالعزيز نظيره المصري في القاهرة.",
        found={"سعود الفيصل بن عبدالعزيز": "SA", "سامح شكري": "EG"}, absent=("إبراهيم العساف",)),
    "doctor-musaed-is-a-given-name": Case(
        "وصل ولي العهد السعودي إلى القاهرة. ويضم الوفد الرسمي لولي العهد وزير الدولة الدكتور مساعد الحربي "
        "ووزير الخارجية عادل الجبير.", "2016-05-10",
        visitors={"مساعد الحربي": "SA", "عادل الجبير": "SA"}),
    "doctor-sultan-is-a-given-name": Case(
        "وصل وزير الخارجية السعودي إلى مسقط. ويضم الوفد المرافق له الدكتور سلطان الشهري.",
        visitors={"سلطان الشهري": "SA"}, absent=("Qaboos bin Said",)),
    "ta-marbuta-ha-variant": Case(
        "واستقبل وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثانى السفير الألمانى فى الدوحه.",
        found={"محمد بن عبد الرحمن بن جاسم آل ثاني": "QA"}),
    # dual offices of two states
    "dual-foreign-ministers-construct": Case(
        "والتقى وزيرا خارجية مصر والسعودية في القاهرة لبحث العلاقات الثنائية."),
    "dual-foreign-ministers-jordan-iraq": Case(
        "واجتمع وزيرا خارجية الأردن والعراق في عمان."),
    # royal titles
    "royal-highness-prince": Case(
        "واستقبل صاحب السمو الملكي الأمير فيصل بن فرحان وزير الخارجية نظيره الفرنسي في الرياض.",
        "2021-05-10", found={"فيصل بن فرحان بن عبد الله آل سعود": "SA", "جان إيف لودريان": "FR"}),
    "sheikh-highness-minister": Case(
        "والتقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية نظيره الإندونيسي في أبوظبي.",
        found={"عبد الله بن زايد آل نهيان": "AE"}),
    "emir-and-king-cable": Case(
        "وفي برقية بعثها اليوم، هنأ الشيخ تميم بن حمد آل ثاني نظيره البحريني الملك حمد بن عيسى بالعيد.",
        found={"تميم بن حمد آل ثاني": "QA", "حمد بن عيسى آل خليفة": "BH"}),
    "sheikh-royal-not-the-king": Case(
        "واستقبل الشيخ ناصر بن حمد آل خليفة في المنامة السفير البريطاني.",
        found={"ناصر بن حمد آل خليفة": "BH"}, absent=("Hamad bin Isa Al Khalifa",)),
    # namesakes are no leaders
    "engineer-namesake-speaks": Case(
        "وقال المهندس محمد أبو العلا إن الرئيس عبد الفتاح السيسي التقى الرئيس الكيني.",
        found={"عبد الفتاح السيسي": "EG"}, absent=("محمد أبو العلا",)),
    "clause-word-is-no-name": Case(
        "وأبلغ الضيف تحيات رئيس بلاده، فيما حمله الرئيس اللبناني تحياته إلى نظيره.",
        absent=("فيما حمله",)),
    "verb-after-a-title-is-no-name": Case(
        "وكان وزير الخارجية الهندي بدأ جولته الخليجية أمس من مسقط.",
        found={"سوشما سواراج": "IN"}, absent=("بدأ جولته الخليجية",)),
    "plane-landed-is-no-name": Case(
        "وهبطت طائرة وزير الخارجية الصيني في مطار القاهرة مساء أمس.",
        visitors={"وانغ يي": "CN"}, absent=("هبطت طائرة",)),
    "doctor-namesake-of-a-leader": Case(
        "والتقى وكيل وزارة الصحة الكويتي الدكتور صباح الأحمد العلي السفير الهندي في الكويت.",
        absent=("Sabah Al-Ahmad Al-Jaber Al-Sabah", "صباح الأحمد الجابر الصباح")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_battery(name: str) -> None:
    check(CASES[name])


def test_the_battery_is_varied() -> None:
    assert len(CASES) >= 40
    assert len({c.text for c in CASES.values()}) == len(CASES)


def test_the_ambassador_of_the_custodian_is_received_not_the_king() -> None:
    doc = run("واستقبل رئيس الوزراء الأردني في عمان اليوم سفير خادم الحرمين الشريفين المعتمد لدى الأردن "
              "السيد سعد الخالدي.", published="2019-05-10")
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert [sorted((p.ar, p.iso) for p in e.agents) for e in meetings] == [
        [("سعد الخالدي", "SA"), ("عمر الرزاز", "JO")]]
    assert not [e for e in doc.events if e.type == "visit"]


def test_a_delegation_member_with_no_state_is_not_of_the_reporting_state() -> None:
    doc = run("الدوحة (واس) - ورافق وزير الخارجية كل من وكيل الوزارة الدكتور فهد الغامدي. ووصل وزير الخارجية "
              "السعودي إلى الدوحة أمس في زيارة رسمية.", published="2019-05-10")
    assert persons(doc).get("فهد الغامدي") != "QA"
    assert visitors(doc).get("فهد الغامدي") == "SA"


def test_a_side_named_with_no_signatory_is_still_a_party() -> None:
    doc = run("ووقع الاتفاقية عن الجانب المصري خالد عبده وعن الجانب السوداني وزير الري.",
              published="2019-05-10")
    signing = [e for e in doc.events if e.type == "signing"]
    assert [sorted(e.parties) for e in signing] == [["EG", "SD"]]
    assert [[(p.ar, p.iso) for p in e.agents] for e in signing] == [[("خالد عبده", "EG")]]
