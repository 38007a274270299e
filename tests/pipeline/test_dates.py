"""Dates at their precision, in the three month-name systems, Hijri, relative to publication."""
import pytest

from .conftest import events, run


def dates(text, published="2024-03-06"):
    doc = run(text, published)
    return [m.date.iso() for m in doc.mentions if m.kind == "date"]


@pytest.mark.parametrize("text,expected", [
    ("وصل الوفد في 5 فبراير 2023 إلى العاصمة", "2023-02-05"),
    ("وصل الوفد في 5 شباط 2023 إلى العاصمة", "2023-02-05"),
    ("وصل الوفد في 5 فيفري 2023 إلى العاصمة", "2023-02-05"),
    ("وصل الوفد في 5 كانون الثاني 2023 إلى العاصمة", "2023-01-05"),
    ("وصل الوفد في 12 جويلية 2019 إلى العاصمة", "2019-07-12"),
    ("وصل الوفد في ١٧ أبريل/نيسان ٢٠٢١ إلى العاصمة", "2021-04-17"),
    ("وصل الوفد في 3 يونيو (حزيران) 2018 إلى العاصمة", "2018-06-03"),
])
def test_gregorian_month_systems_and_digits(text, expected):
    assert expected in dates(text)


def test_partial_dates_keep_their_precision():
    assert "2019-10" in dates("زار الرئيس البلد في أكتوبر 2019")
    assert "2001" in dates("وقعت المعاهدة عام 2001")


def test_hijri_date_is_converted():
    # 1 Ramadan 1445 AH = 11 March 2024 (Umm al-Qura)
    assert "2024-03-11" in dates("أعلن ذلك في 1 رمضان 1445 هـ")


@pytest.mark.parametrize("text,expected", [
    ("التقى الوزيران اليوم", "2024-03-06"),
    ("التقى الوزيران أمس", "2024-03-05"),
    ("التقى الوزيران هذا العام", "2024"),
    ("التقى الوزيران الشهر الماضي", "2024-02"),
    ("التقى الوزيران قبل 30 عاما", "1994"),
    ("التقى الوزيران الاثنين", "2024-03-04"),
])
def test_relative_dates_resolve_against_publication(text, expected):
    assert expected in dates(text)


def test_relative_dates_stay_unresolved_without_publication_date():
    assert dates("التقى الوزيران أمس", published=None) == []


def test_day_month_without_year_takes_the_next_dates_year():
    found = dates("الاتفاقات المؤرخة في 3 مارس و14 مايو 2020")
    assert "2020-03-03" in found and "2020-05-14" in found


def test_day_month_with_last_takes_the_previous_occurrence():
    assert "2023-11-20" in dates("التقيا في 20 نوفمبر الماضي", published="2024-03-06")


def test_weekday_disagreeing_with_the_date_is_flagged():
    doc = run("وقع الجانبان يوم الأحد 5 فبراير 2023 الاتفاق")   # 5 Feb 2023 was a Sunday
    flags = [m.date.flag for m in doc.mentions if m.kind == "date" and m.date.day == 5]
    assert flags == [None]
    doc = run("وقع الجانبان يوم الاثنين 5 فبراير 2023 الاتفاق")
    flags = [m.date.flag for m in doc.mentions if m.kind == "date" and m.date.day == 5]
    assert flags == ["weekday-mismatch"]


def test_publication_date_read_from_the_lead():
    doc = run("أعلنت الوزارة اليوم الاثنين 4 مارس 2024 عن الزيارة", published=None)
    assert str(doc.published) == "2024-03-04"


def test_dateline_without_year_takes_the_year_of_its_weekday():
    doc = run("عمّان في 7 مايو /بترا/\nاستقبل الملك اليوم الثلاثاء الوفد المشارك في منتدى 2024", published=None)
    assert str(doc.published) == "2024-05-07"


def test_ordinal_day_and_month_relative_to_publication():
    assert "1949-10-02" in dates("أقيمت العلاقات في الثاني من أكتوبر 1949")
    assert "2024-05" in dates("زار الرئيس بكين في مايو الماضي", published="2024-10-02")
    assert "2023-11" in dates("زار الرئيس بكين في نوفمبر الماضي", published="2024-10-02")


def test_dateline_without_year_or_weekday_takes_the_latest_year_named_not_a_target():
    doc = run("أبوظبي في 13 فبراير /وام/\nاستقبل الرئيس اليوم الضيف المشارك في القمة العالمية 2024 "
              "لبلوغ الهدف بحلول 2030.", published=None)
    assert str(doc.published) == "2024-02-13" and doc.published_from == "inferred"


@pytest.mark.parametrize("text,expected", [
    ("وقع الجانبان الاتفاقية بتاريخ 4/4/2022 في القاهرة", "2022-04-04"),
    ("وقع الجانبان الاتفاقية بتاريخ 2021-11-26 في القاهرة", "2021-11-26"),
    ("وقع الجانبان الاتفاقية بتاريخ ١٧/٠٣/٢٠٢٠ في القاهرة", "2020-03-17"),
])
def test_numeric_dates_day_first(text, expected):
    assert expected in dates(text)


def test_numeric_non_dates_are_ignored():
    assert dates("الساعة 14.30 ت غ") == [] and dates("بتاريخ 31/02/2022") == []


def test_a_span_of_days_is_dated_by_its_first_day_and_remembers_its_length():
    doc = run("اجتمع وزراء خارجية مصر والأردن والعراق يومي 19 و20 فبراير 2023 في عمّان.")
    spans = [m.date for m in doc.mentions if m.kind == "date"]
    assert [(d.iso(), d.days) for d in spans] == [("2023-02-19", 2)]


def test_publication_is_the_day_of_a_running_visit_that_is_the_named_weekday():
    text = ("وقّع الرئيسان اليوم الثلاثاء في الرباط إعلانا مشتركا.\n"
            "ويقوم الرئيس البرتغالي بزيارة دولة إلى المغرب من 13 إلى 15 مايو 2025.")
    doc = run(text, published=None)      # 13 May 2025 was a Tuesday
    assert str(doc.published) == "2025-05-13" and doc.published_from == "inferred"
    doc = run(text.replace("الثلاثاء", "السبت"), published=None)   # no Saturday in the span
    assert doc.published is None


@pytest.mark.parametrize("occasion,published", [
    ("بمناسبة اليوم الوطني الـ93 للمملكة", "2023-09-23"),           # the Saudi count: 1930 + 93
    ("بمناسبة العيد الوطني الثاني والخمسين لدولة الإمارات", "2023-09-23"),   # 1971 + 52
    ("بمناسبة الذكرى الـ80 لاستقلال لبنان", "2023-09-23"),          # 1943 + 80
])
def test_a_national_day_ordinal_gives_a_year_to_a_dateline_without_one(occasion, published):
    text = f"الرياض في 23 سبتمبر /واس/\nبعث الملك اليوم برقية تهنئة إلى الرئيس {occasion}."
    doc = run(text, published=None)
    assert str(doc.published) == published


def test_a_national_day_with_no_ordinal_or_no_known_state_gives_no_year():
    for occasion in ("بمناسبة اليوم الوطني للمملكة", "بمناسبة اليوم الوطني الـ30 للبلد"):
        doc = run(f"الرياض في 23 سبتمبر /واس/\nبعث الملك اليوم برقية تهنئة {occasion}.", published=None)
        assert doc.published is None and doc.year is None, occasion


def test_dates_of_different_precision_compare():
    from diplograph.document import DateValue
    assert DateValue(2015) < DateValue(2015, 4) < DateValue(2015, 4, 2) < DateValue(2016)
    assert sorted([DateValue(2013, 6), DateValue(2013), DateValue(2009, 8, 1)]) == [
        DateValue(2009, 8, 1), DateValue(2013), DateValue(2013, 6)]


def test_a_span_joined_by_hatta_is_a_span():
    """'حتى' was compared unfolded in dates.py and never matched: the span gave a single day 30 October."""
    doc = run("تستمر الزيارة من 28 حتى 30 أكتوبر 2024 في العاصمة", published=None)
    spans = [m.date for m in doc.mentions if m.kind == "date"]
    assert [(d.iso(), d.days) for d in spans] == [("2024-10-28", 3)]


def test_a_reception_on_arrival_takes_the_date_of_the_arrival():
    text = ("وصل الرئيس الفرنسي إلى الرباط أمس في زيارة رسمية.\n"
            "وكان في استقبال الرئيس الفرنسي لدى وصوله المطار رئيس الحكومة المغربية.")
    (meeting,) = events(text, "meeting", published="2024-03-06")
    assert meeting.date is not None and meeting.date.iso() == "2024-03-05"


def test_two_weekdays_joined_are_one_span_dated_by_the_first():
    """Published on Wednesday 6 March 2024: 'on Wednesday and Thursday' begins today, not last Thursday."""
    doc = run("ويقوم الرئيس الفرنسي الأربعاء والخميس بزيارة رسمية إلى ألمانيا.")
    dates = [m.date.iso() for m in doc.mentions if m.kind == "date"]
    assert dates == ["2024-03-06"]
