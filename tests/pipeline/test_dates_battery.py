"""A battery of dates as Arabic news writes them, each read at the text's precision (issue 11, item 5).

Sentences written for these tests. Publication 2024-03-06 (a Wednesday) unless a case says otherwise.
"""
import pytest

from .conftest import run

PUB = "2024-03-06"


def dates(text, published=PUB):
    doc = run(text, published)
    return [m.date.iso() for m in doc.mentions if m.kind == "date"]


@pytest.mark.parametrize("text,expected", [
    # dual month names, either order, slash or brackets
    ("وصل الوفد في 14 فبراير/شباط 2023 إلى العاصمة", "2023-02-14"),
    ("وصل الوفد في 14 شباط/فبراير 2023 إلى العاصمة", "2023-02-14"),
    ("وصل الوفد في 3 أيلول (سبتمبر) 2019 إلى العاصمة", "2019-09-03"),
    ("زار الرئيس القاهرة في تشرين الأول/أكتوبر 2017", "2017-10"),
    ("وقع البلدان الاتفاق في 5 كانون الأول/ديسمبر 2022", "2022-12-05"),
    ("وقع البلدان الاتفاق في 15 أيار/مايو الماضي", "2023-05-15"),
    # Maghreb month names, 'of' between day and month
    ("الرباط في 22 دجنبر 2020", "2020-12-22"),
    ("طنجة في 9 غشت 2019", "2019-08-09"),
    ("الجزائر في 28 أوت 2022", "2022-08-28"),
    ("وقعت الاتفاقية في 19 من يونيو 2006", "2006-06-19"),
    ("التقى الوزيران في الخامس من مارس 2024", "2024-03-05"),
    # Hijri with the Gregorian beside it
    ("وصل الرئيس في 24 شعبان 1445 هـ الموافق 5 مارس 2024 م إلى الرياض", "2024-03-05"),
    ("الرياض 13 شوال 1445 هـ، الموافق 22 نيسان 2024", "2024-04-22"),
    ("زار الرئيس دمشق في كانون الثاني عام 2006", "2006-01"),
    # years alone
    ("أقام البلدان علاقات دبلوماسية عام 1975", "1975"),
    ("وقعت المعاهدة سنة 2003", "2003"),
    ("تعود العلاقات إلى عام 1956", "1956"),
    # spans and numeric dates
    ("زار الرئيس موسكو في 10 و11 يناير 2023", "2023-01-10"),
    ("زار الرئيس موسكو في الفترة من 28 إلى 30 أكتوبر 2023", "2023-10-28"),
    ("زار الرئيس موسكو في 04/02/2023", "2023-02-04"),
])
def test_explicit_dates_in_every_writing(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text,expected", [
    # a bare month: of the publication year, the one before (past) or after (to come)
    ("زار الوزير طهران في ديسمبر", "2023-12"),
    ("سيزور الوزير طهران في ديسمبر", "2024-12"),
    ("من المقرر أن يزور الرئيس باريس في نهاية مايو", "2024-05"),
    ("زار الرئيس الهند مطلع فبراير", "2024-02"),
    ("لم يلتق الوزيران منذ يناير", "2024-01"),
    ("زار الرئيس الصين في مارس / آذار ، وفي أبريل / نيسان زار اليابان", "2023-04"),
    ("وقع البلدان الاتفاق في مارس الماضي", "2023-03"),
    ("زار الرئيس طهران في حزيران/يونيو من العام الماضي", "2023-06"),
    ("زار الرئيس طهران في يناير من هذا العام", "2024-01"),
    ("يزور الرئيس باريس في يونيو المقبل", "2024-06"),
    ("وقع الطرفان الاتفاق في 11 فبراير الماضي", "2024-02-11"),
    ("يلتقي الوزيران في 20 مارس الجاري", "2024-03-20"),
    # the month around publication
    ("يزور الرئيس موسكو منتصف الشهر الجاري", "2024-03"),
    ("زار الرئيس موسكو أواخر الشهر الماضي", "2024-02"),
    ("يزور الرئيس موسكو مطلع الشهر المقبل", "2024-04"),
    ("زار الرئيس موسكو العام الماضي", "2023"),
    ("زار الرئيس موسكو قبل عشرين عاما", "2004"),
    # a day of the month named relative to publication
    ("أجرى الوزير في التاسع من الشهر الجاري محادثات في بكين", "2024-03-09"),
    ("التقى الوزيران في 20 من الشهر الماضي", "2024-02-20"),
    ("التقى الوزيران في الخامس عشر من الشهر الماضي", "2024-02-15"),
    # weeks and days: no day stated, so the month
    ("زار الوزير بيونغيانغ الأسبوع الماضي", "2024-02"),
    ("التقى الوزيران هذا الأسبوع", "2024-03"),
    ("يلتقي الوزيران الأسبوع المقبل", "2024-03"),
    ("زار الوزير القاهرة قبل أيام", "2024-03"),
    # days relative to publication (Wednesday 6 March 2024)
    ("التقى الوزيران يوم الأحد الماضي", "2024-03-03"),
    ("يلتقي الوزيران الأحد المقبل", "2024-03-10"),
    ("التقى الوزيران أمس", "2024-03-05"),
    ("التقى الوزيران أمس الثلاثاء", "2024-03-05"),
    ("التقى الوزيران أول أمس", "2024-03-04"),
    ("يلتقي الوزيران اليوم", "2024-03-06"),
    ("يصل الوزير غدا إلى الرياض", "2024-03-07"),
    ("يصل الوزير غدا الخميس إلى الرياض", "2024-03-07"),
])
def test_dates_relative_to_publication(text, expected):
    assert expected in dates(text)


def test_a_weekday_last_on_its_own_day_is_a_week_before():
    assert dates("التقى الوزيران الأربعاء الماضي") == ["2024-02-28"]
    assert dates("التقى الوزيران الأربعاء") == ["2024-03-06"]


@pytest.mark.parametrize("text", [
    "زار الوزير طهران في ديسمبر",
    "يزور الرئيس موسكو مطلع الشهر المقبل",
    "التقى الوزيران الأسبوع الماضي",
])
def test_relative_dates_need_a_publication_date(text):
    assert dates(text, published=None) == []


@pytest.mark.parametrize("text", [
    "قال الوزير إن مارس شهر صعب",          # a month named, not a date
    "أعلن الوزير أن 2024 عام التعاون",     # a year not after 'in', 'since', 'the year'
])
def test_words_that_are_not_dates(text):
    assert dates(text) == []


def events_of(text, published=PUB):
    doc = run(text, published)
    return [(e.type, e.date.iso() if e.date else None) for e in doc.events]


def test_an_event_told_with_a_month_stays_a_month():
    text = "وكان الرئيس المصري عبد الفتاح السيسي قد زار موسكو في أكتوبر 2018."
    assert ("visit", "2018-10") in events_of(text)


def test_the_report_date_is_not_the_event_date():
    found = events_of("أعلنت الخارجية الروسية اليوم أن وزير الخارجية سيرغي لافروف زار القاهرة في 3 مارس.",
                      published="2024-03-20")
    assert found == [("visit", "2024-03-03")]


def test_an_anniversary_gives_relations_a_year_unless_the_day_is_stated():
    told = ("بعث أمير الكويت برقية تهنئة إلى الرئيس الصيني بمناسبة الذكرى الخمسين لإقامة العلاقات "
            "الدبلوماسية بين البلدين.")
    assert ("establishment", "1971") in events_of(told, published="2021-03-22")
    stated = "وأقامت مصر وروسيا العلاقات الدبلوماسية في 26 أغسطس 1943."
    assert ("establishment", "1943-08-26") in events_of(stated, published="2018-10-17")


def test_a_meeting_last_week_is_dated_by_its_month():
    found = events_of("زار الرئيس الصيني شي جين بينغ موسكو الأسبوع الماضي والتقى الرئيس الروسي "
                      "فلاديمير بوتين.")
    assert ("visit", "2024-02") in found


@pytest.mark.parametrize("text,expected", [
    ("مصر واليونان توقعان اتفاقا\n\nكتب: محرر الشؤون السياسية\nالخميس 06-08-2020 16:42\n\n"
     "وقع وزير الخارجية المصري ونظيره اليوناني اليوم الخميس في القاهرة اتفاقا لتعيين الحدود البحرية "
     "بين البلدين بعد مفاوضات استمرت سنوات طويلة بين الجانبين.", "2020-08-06"),
    ("الملك يستقبل الوفد الأمريكي\n\nالرباط\nالثلاثاء 22 دجنبر 2020 - 17:45\n\n"
     "استقبل الملك اليوم الثلاثاء بالقصر الملكي بالرباط الوفد الأمريكي الذي يزور المملكة حاليا في زيارة "
     "رسمية تدوم يومين يجري خلالها مباحثات مع المسؤولين.", "2020-12-22"),
    ("السلطان والملك يعقدان جلسة مباحثات\n\nنيوم في 2 ذي الحجة 1442هـ الموافق 12 يوليو 2021م /العمانية/ عقد "
     "السلطان والملك جلسة مباحثات رسمية اليوم في نيوم تناولت العلاقات الأخوية الراسخة بين البلدين الشقيقين "
     "وسبل تعزيزها في مختلف المجالات.", "2021-07-12"),
])
def test_publication_date_from_the_dateline_under_the_title(text, expected):
    assert str(run(text, published=None).published) == expected


def test_a_date_opening_a_lead_without_a_dateline_mark_is_not_a_dateline():
    text = ("عنوان الخبر\n\nفي 12 يوليو 2021 وقع البلدان اتفاقا للتعاون في مجالات الطاقة والنقل والتجارة "
            "والاستثمار والتعليم والصحة والثقافة والسياحة والرياضة والشباب بعد مفاوضات طويلة بينهما استمرت "
            "عدة أشهر في العاصمتين.")
    assert run(text, published=None).published_from != "text"


def test_events_after_a_dateline_take_the_leads_date():
    text = ("الرئيسان يوقعان إعلانا مشتركا\nوماكرون يدعو إلى صفحة جديدة\n\n"
            "الجزائر: مراسلنا\nالأحد 28 أوت 2022\n\n"
            "استقبل الرئيس الجزائري عبد المجيد تبون أمس السبت بالجزائر العاصمة الرئيس الفرنسي "
            "إيمانويل ماكرون في ختام زيارة رسمية بدأها يوم الخميس.\n\n"
            "وعقد الرئيسان جلسة محادثات على انفراد تناولت العلاقات الثنائية.")
    doc = run(text, published=None)
    assert str(doc.published) == "2022-08-28"
    assert {e.date.iso() for e in doc.events if e.type == "meeting"} == {"2022-08-27"}


def test_an_anniversary_with_the_founding_day_told_after_it():
    text = ("وتتزامن الزيارة مع احتفال البلدين بالذكرى الخمسين لإقامة العلاقات الدبلوماسية بين مصر والصين "
            "في 30 مايو 1956.")
    found = events_of(text, published="2006-06-19")
    assert ("establishment", "1956-05-30") in found and ("anniversary", "2006") in found
    told = ("تبادل الرئيسان برقيتي تهنئة بمناسبة الذكرى الستين لإرساء العلاقات الدبلوماسية بين تونس والصين، "
            "التي تعود إلى يوم 10 يناير 1964.")
    assert ("establishment", "1964-01-10") in events_of(told, published="2024-01-10")


def test_a_day_near_an_anniversary_that_is_not_its_years_before_is_not_the_founding_day():
    text = ("وتتزامن الزيارة التي تبدأ في 3 يونيو 2006 مع احتفال البلدين بالذكرى الخمسين لإقامة العلاقات "
            "الدبلوماسية بين مصر والصين.")
    found = events_of(text, published="2006-06-01")
    assert [date for kind, date in found if kind == "establishment"] == ["1956"]


def test_an_event_far_from_the_year_its_sentence_recalls_is_of_that_year():
    text = ("واستعاد الوزير في كلمته ذكرى الحرب على لبنان عام 2006 وما تلاها من أحداث جسام وتطورات متلاحقة "
            "شهدتها المنطقة كلها والعالم العربي بأسره خلال تلك الفترة الصعبة من تاريخ الأمة، وما خلفته من "
            "دمار واسع في القرى والمدن والبنى التحتية، حين زار وزير الخارجية السعودي سعود الفيصل بيروت.")
    assert ("visit", "2006") in events_of(text, published="2015-07-21")
    undated = ("وزار وزير الخارجية السعودي عادل الجبير بيروت والتقى رئيس الوزراء اللبناني تمام سلام "
               "في السراي الحكومي.")
    assert ("visit", "2015-07-21") in events_of(undated, published="2015-07-21")


def test_a_year_named_again_with_its_day_dates_the_event_by_the_day():
    text = ("وشهدت العلاقات دفعة قوية على مدار عام 2017 توجت في نهايته بزيارة الرئيس الروسي فلاديمير بوتين "
            "للقاهرة في 11 ديسمبر 2017.")
    assert ("visit", "2017-12-11") in events_of(text, published="2018-05-14")
    other = "وزار الرئيس الروسي فلاديمير بوتين القاهرة عام 2017 بعد زيارته أنقرة في 11 ديسمبر 2016."
    assert ("visit", "2017") in events_of(other, published="2018-05-14")
