"""A second battery of event dates (issue 11, item 5): each event takes the date the text gives it, at the
text's precision, and an earlier happening recalled beside the current one keeps its own date.

Sentences written for these tests. Publication 2024-03-06 (a Wednesday) unless a case says otherwise.
"""
import pytest

from .conftest import run

PUB = "2024-03-06"


def events_of(text, published=PUB):
    doc = run(text, published)
    return [(e.type, e.date.iso() if e.date else None) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # relative days and weekdays, read from the publication date
    ("وصل الرئيس التونسي إلى الجزائر أمس في زيارة رسمية.", ("visit", "2024-03-05")),
    ("وصل وزير الخارجية الإيراني إلى بغداد مساء أول من أمس قادما من الدوحة.", ("visit", "2024-03-04")),
    ("وكان الرئيس الفرنسي قد وصل إلى الرياض أول من أمس في مستهل جولة خليجية.", ("visit", "2024-03-04")),
    ("وقعت قطر وتركيا أمس الأول في الدوحة مذكرة تفاهم للتعاون الجمركي.",
     ("signing", "2024-03-04")),
    ("وصل وزير الخارجية الأردني إلى دمشق أمس في زيارة رسمية هي الأولى منذ سنوات.", ("visit", "2024-03-05")),
    ("يصل وزير الخارجية القطري إلى بغداد اليوم الأربعاء في زيارة رسمية تستغرق يومين.",
     ("visit", "2024-03-06")),
    ("استقبل العاهل الأردني الملك عبدالله الثاني، الاثنين، الرئيس القبرصي في قصر الحسينية.",
     ("meeting", "2024-03-04")),
    ("وقّع وزيرا خارجية مصر واليونان أمس الثلاثاء في القاهرة اتفاقية للتعاون الثقافي.",
     ("signing", "2024-03-05")),
    # a Hijri date beside the Gregorian one: the Gregorian day
    ("وصل ولي العهد السعودي إلى باريس في 24 شعبان 1445 هـ الموافق 5 مارس 2024 م في زيارة رسمية.",
     ("visit", "2024-03-05")),
    # a month told relative to publication
    ("زار رئيس الوزراء العراقي أنقرة الشهر الماضي والتقى الرئيس التركي.", ("visit", "2024-02")),
    # a month named without a year: the latest such month up to publication
    ("وكان وزير الخارجية الإيراني قد زار مسقط في يناير حيث التقى نظيره العماني.", ("visit", "2024-01")),
    # a year alone stays a year
    ("وقعت الكويت والصين اتفاقية للتعاون الاقتصادي عام 2018.", ("signing", "2018")),
    # a span: the visit starts on its first day
    ("زار الرئيس الكيني طهران في الفترة من 3 إلى 5 فبراير 2024 والتقى نظيره الإيراني.",
     ("visit", "2024-02-03")),
])
def test_an_event_takes_the_date_its_sentence_gives(text, expected):
    assert expected in events_of(text)


@pytest.mark.parametrize("text,recalled", [
    ("وصل الرئيس الأردني إلى واشنطن في زيارة عمل. وكان الملك قد زار واشنطن في نيسان 2017 "
     "والتقى الرئيس الأمريكي آنذاك.", "2017-04"),
    ("وصل وزير الخارجية الإسرائيلي إلى الخرطوم في زيارة لم يعلن عنها. وهذه ثاني زيارة يجريها إلى السودان، "
     "إذ سبق أن زار وزير إسرائيلي الخرطوم في يناير 2021.", "2021-01"),
    ("يزور الرئيس الروسي الإمارات في زيارة رسمية. وكانت آخر زيارة للرئيس الروسي إلى الإمارات في أكتوبر 2019.",
     "2019-10"),
])
def test_an_earlier_visit_recalled_by_its_month_is_not_the_current_one(text, recalled):
    visits = [date for kind, date in events_of(text, published=None) if kind == "visit"]
    assert recalled in visits
    assert len(visits) == 2


def test_a_current_visit_and_its_day_stay_one_visit():
    text = ("وصل الرئيس الفرنسي إلى الرباط في 5 مارس 2024 في زيارة دولة. "
            "وتأتي زيارة الرئيس الفرنسي إلى المغرب في إطار تعزيز العلاقات بين البلدين.")
    visits = [date for kind, date in events_of(text) if kind == "visit"]
    assert visits == ["2024-03-05"]


@pytest.mark.parametrize("text", [
    "أعلنت الرئاسة اليوم أن الرئيس المصري سيزور الهند العام المقبل.",
    "من المقرر أن يزور وزير الخارجية الصيني الجزائر الشهر المقبل.",
])
def test_a_planned_visit_is_no_visit(text):
    assert not [kind for kind, _ in events_of(text) if kind == "visit"]


def test_the_report_day_is_not_the_day_of_a_visit_the_text_dates():
    text = "أعلنت وزارة الخارجية أمس أن وزير الخارجية الياباني زار العاصمة الصينية بكين في 12 فبراير 2024."
    visits = [date for kind, date in events_of(text) if kind == "visit"]
    assert visits == ["2024-02-12"]


def test_the_report_day_dates_a_visit_the_text_does_not_date_otherwise():
    text = "أعلنت وزارة الخارجية أمس أن وزير الخارجية الياباني زار العاصمة الصينية بكين."
    visits = [date for kind, date in events_of(text) if kind == "visit"]
    assert visits == ["2024-03-05"]


@pytest.mark.parametrize("text,expected,not_expected", [
    ("وتأتي هذه الزيارة الأولى لرئيسة الوزراء الإيطالية إلى الجزائر منذ توليها رئاسة الحكومة "
     "في أكتوبر الماضي، بعد الزيارة الرسمية التي قادت الرئيس الجزائري إلى روما في ماي 2022.",
     "2022-05", "2022-10"),
    ("زار الرئيس العراقي الرياض أمس، في أول زيارة له منذ انتخابه رئيسا للجمهورية في أكتوبر الماضي.",
     "2023-01-22", "2022-10"),
    ("التقى وزير الخارجية المصري نظيره التركي للمرة الأولى منذ تعيينه في منصبه في يونيو الماضي.",
     None, "2022-06"),
])
def test_a_date_closing_a_since_phrase_is_the_start_of_a_period(text, expected, not_expected):
    found = [date for _, date in events_of(text, published="2023-01-23")]
    assert not_expected not in found
    assert expected is None or expected in found


@pytest.mark.parametrize("text,expected", [
    # a document whose name carries its date was signed then
    ("وطالبت أحزاب في المغرب وإسبانيا بمراجعة اتفاقية 12 مارس 1987 الموقعة بين البلدين بشأن الصيد البحري.",
     "1987-03-12"),
    ("وتستند العلاقات بين روسيا والصين إلى معاهدة 4 يوليو 2001 الموقعة بين البلدين.", "2001-07-04"),
    # a document signed during a visit the text dates: the visit's date
    ("ويأتي الاتفاق امتدادا لإعلان بكين الذي وقعه الرئيسان المصري والصيني خلال زيارة السيسي للصين "
     "في ديسمبر 2014، حين شارك في منتدى اقتصادي.", "2014-12"),
    ("ويستكمل البرنامج مذكرة التفاهم التي وقعها وزيرا خارجية الأردن والعراق أثناء اجتماعهما في عمان "
     "في 9 مايو 2019، وفق بيان الوزارة.", "2019-05-09"),
])
def test_a_document_takes_the_date_of_its_name_or_of_the_visit_it_was_signed_during(text, expected):
    assert ("signing", expected) in events_of(text)


def test_a_signing_clause_does_not_take_the_date_of_a_later_unrelated_visit():
    text = ("ويذكر أن مذكرة التفاهم التي وقعها وزيرا الطاقة في قطر والكويت مهدت لزيارة أمير قطر للكويت "
            "في يناير 2020، بحسب الوكالة.")
    assert ("signing", "2020-01") not in events_of(text)


@pytest.mark.parametrize("second", [
    "وكان الرئيس الأمريكي قد استقبل وزير الخارجية البحريني قبيل المراسم في المكتب البيضاوي.",
    "وكان الرئيس الأمريكي قد استقبل وزير الخارجية البحريني عقب التوقيع في المكتب البيضاوي.",
])
def test_what_happened_just_around_an_event_told_before_is_of_its_day(second):
    text = ("وقّع وزيرا خارجية البحرين وإسرائيل في واشنطن في 15 سبتمبر 2020 إعلانا لتأييد السلام. " + second)
    meetings = [date for kind, date in events_of(text, published=None) if kind == "meeting"]
    assert meetings and set(meetings) == {"2020-09-15"}


def test_a_recalled_reception_with_no_time_word_stays_undated():
    text = ("وقّع وزيرا خارجية البحرين وإسرائيل في واشنطن في 15 سبتمبر 2020 إعلانا لتأييد السلام. "
            "وكان الرئيس الأمريكي قد استقبل وزير الخارجية البحريني في المكتب البيضاوي.")
    receptions = [date for kind, date in events_of(text, published=None) if kind == "meeting"]
    assert None in receptions


@pytest.mark.parametrize("text,expected", [
    # days and months before publication
    ("وصل رئيس الوزراء الهندي إلى أبوظبي قبل ثلاثة أيام في زيارة رسمية.", ("visit", "2024-03-03")),
    ("وصل رئيس الوزراء الهندي إلى أبوظبي قبل يومين في زيارة رسمية.", ("visit", "2024-03-04")),
    ("وقعت مصر واليونان اتفاقية لترسيم الحدود قبل 5 أشهر.", ("signing", "2023-10")),
    ("وقعت مصر واليونان اتفاقية لترسيم الحدود قبل شهرين في القاهرة.", ("signing", "2024-01")),
    ("أقامت الصين ومصر علاقات دبلوماسية قبل 68 عاما.", ("establishment", "1956")),
])
def test_days_and_months_ago(text, expected):
    assert expected in events_of(text)


def test_days_before_another_event_are_not_days_before_publication():
    text = "وصل وفد أمني مصري إلى تل أبيب قبل ثلاثة أيام من زيارة وزير الخارجية المصري لإسرائيل."
    assert "2024-03-03" not in [date for _, date in events_of(text)]


@pytest.mark.parametrize("dateline", [
    "القاهرة في 14 أغسطس 2019 - ",
    "القاهرة 14 أغسطس 2019 - ",
    "القاهرة، 14 أغسطس 2019 - ",
    "القاهرة في 14 أغسطس 2019 /أ ش أ/ ",
    "القاهرة في 14 أغسطس 2019 (أ ش أ) - ",
])
def test_a_dated_dateline_names_where_the_report_comes_from_not_an_actor(dateline):
    text = dateline + "استقبل الرئيس المصري اليوم رئيس الوزراء اليوناني في قصر الاتحادية."
    doc = run(text, None)
    assert str(doc.published) == "2019-08-14"
    assert [(e.type, e.date.iso() if e.date else None) for e in doc.events if e.type == "meeting"] \
        == [("meeting", "2019-08-14")]


@pytest.mark.parametrize("words,expected", [
    ("الليلة الماضية", "2024-03-05"),
    ("ليلة أمس", "2024-03-05"),
    ("الشهر المنصرم", "2024-02"),
    ("الشهر الفائت", "2024-02"),
    ("العام المنصرم", "2023"),
    ("العام الفائت", "2023"),
    ("السنة المنصرمة", "2023"),
    ("الأسبوع المنصرم", "2024-02"),
    ("العام قبل الماضي", "2022"),
    ("العام ما قبل الماضي", "2022"),
])
def test_other_words_for_last_night_last_month_last_year(words, expected):
    assert ("visit", expected) in events_of(f"وصل وزير الخارجية الأردني إلى دمشق {words} في زيارة رسمية.")


LEAD = "العلاقات الأردنية السورية\n\nوصل وزير الخارجية الأردني إلى دمشق اليوم في زيارة رسمية. "


@pytest.mark.parametrize("text,expected", [
    # 'recently', 'in recent weeks': no usable time reference, not the publication day
    ("وكان الرئيس العراقي قد زار عمان مؤخراً والتقى العاهل الأردني.", ("visit", None)),
    ("ووقعت الأردن وسوريا في الآونة الأخيرة اتفاقية للتعاون التجاري.", ("signing", None)),
    ("ووقعت الأردن وسوريا خلال الأسابيع الماضية اتفاقية للتعاون التجاري.", ("signing", None)),
    # with a date of its own the date stands
    ("ووقعت الأردن وسوريا في وقت سابق اليوم اتفاقية للتعاون التجاري.", ("signing", "2024-03-06")),
    ("ووقعت الأردن وسوريا في وقت سابق من الشهر الجاري اتفاقية للتعاون التجاري.", ("signing", "2024-03")),
    # and with no time word at all, the lead's date as before
    ("ووقعت الأردن وسوريا اتفاقية للتعاون التجاري.", ("signing", "2024-03-06")),
])
def test_recently_gives_no_date(text, expected):
    assert expected in events_of(LEAD + text)
