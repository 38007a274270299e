"""A third battery of event dates (issue 11, item 5, "dates at the text's precision"), one group per class
of date error: relative days, weekdays read against the publication date, Hijri dates, a month named
without a year, background events with a year only, anniversaries, a report's day against the event's,
a recalled event beside the current one, a dateline's day against the publication date given from outside,
and an article without a publication date (its relative dates stay undated).

Sentences written for these tests. Publication 2024-03-06 (a Wednesday) unless a case says otherwise.
"""
import pytest

from .conftest import run

PUB = "2024-03-06"


def dated(text, published=PUB):
    """(type, ISO date or None) of every event read."""
    return [(e.type, e.date.iso() if e.date else None) for e in run(text, published).events]


def dates_of(text, kind, published=PUB):
    return sorted({date or "" for t, date in dated(text, published) if t == kind})


@pytest.mark.parametrize("text,kind,date", [
    # relative days: yesterday, today, the day before yesterday, morning and evening of them
    ("استقبل الرئيس المصري أمس في القاهرة وزير الخارجية الياباني.", "meeting", "2024-03-05"),
    ("وصل رئيس الوزراء الهندي اليوم إلى الرياض في زيارة رسمية.", "visit", "2024-03-06"),
    ("وكان وزير الخارجية التركي قد زار طهران أول أمس والتقى نظيره الإيراني.", "visit", "2024-03-04"),
    ("التقى الرئيس الصيني نظيره البرازيلي مساء أمس في بكين.", "meeting", "2024-03-05"),
    ("وقعت مصر والسعودية صباح اليوم في القاهرة اتفاقية لتشجيع الاستثمار.", "signing", "2024-03-06"),
    # a weekday 'last' ('الأحد الماضي'): the latest such day before publication
    ("زار الرئيس الفرنسي المغرب الأحد الماضي والتقى العاهل المغربي.", "visit", "2024-03-03"),
    ("وصل ملك الأردن إلى باريس يوم الخميس الماضي في زيارة عمل.", "visit", "2024-02-29"),
    ("استقبل الرئيس الجزائري السبت الماضي وزير الخارجية الإسباني.", "meeting", "2024-03-02"),
    # a month told from publication: its start or the month itself, at a month's precision
    ("زار وزير الدفاع الأمريكي الكويت مطلع الشهر الجاري والتقى ولي العهد الكويتي.", "visit", "2024-03"),
    ("زار رئيس الوزراء الإيطالي تونس مطلع الشهر الماضي والتقى الرئيس التونسي.", "visit", "2024-02"),
    ("قال المتحدث باسم الحكومة أمس إن رئيس الوزراء العراقي زار عمّان الشهر الماضي.", "visit", "2024-02"),
    # a bare weekday: the latest such day up to publication (the publication day itself included)
    ("استقبل أمير قطر يوم الاثنين في الدوحة الرئيس الكيني.", "meeting", "2024-03-04"),
    ("التقى وزير الخارجية السعودي الثلاثاء نظيره الروسي في موسكو.", "meeting", "2024-03-05"),
    ("وصل الرئيس الإندونيسي يوم الأربعاء إلى القاهرة في زيارة رسمية.", "visit", "2024-03-06"),
    ("زار رئيس الوزراء الباكستاني الرياض يوم الجمعة والتقى ولي العهد السعودي.", "visit", "2024-03-01"),
])
def test_a_relative_day_or_weekday_is_read_from_publication(text, kind, date):
    assert dates_of(text, kind) == [date]


@pytest.mark.parametrize("text,kind,date", [
    # a Hijri date alone is converted; beside a Gregorian one, the Gregorian day
    ("وصل أمير الكويت إلى الرياض يوم 20 رمضان 1445 هـ في زيارة رسمية.", "visit", "2024-03-30"),
    ("وصل الرئيس الإيراني إلى دمشق في 3 ذو القعدة 1444 هـ في زيارة رسمية.", "visit", "2023-05-23"),
    ("وقعت السعودية وعُمان في 15 شعبان 1445هـ الموافق 25 فبراير 2024م في مسقط مذكرة تفاهم للتعاون السياحي.",
     "signing", "2024-02-25"),
])
def test_a_hijri_date_is_the_gregorian_day(text, kind, date):
    assert dates_of(text, kind) == [date]


@pytest.mark.parametrize("text,kind,date", [
    # a month without a year: the latest such month up to publication, at a month's precision
    ("زار وزير الخارجية البريطاني بغداد في ديسمبر والتقى رئيس الوزراء العراقي.", "visit", "2023-12"),
    ("وقعت تونس وإيطاليا في أبريل اتفاقية للتعاون في مجال الطاقة.", "signing", "2023-04"),
    ("وكان الرئيس الفرنسي قد زار الجزائر في أغسطس الماضي والتقى الرئيس الجزائري.", "visit", "2023-08"),
    ("زار ولي العهد السعودي القاهرة في شباط والتقى الرئيس المصري.", "visit", "2024-02"),
    ("التقى الرئيس الأمريكي نظيره الصيني في نوفمبر في سان فرانسيسكو.", "meeting", "2023-11"),
    # a year alone stays a year, not the publication's day nor a guessed month
    ("وكان الرئيس الروسي قد زار تركيا عام 2019 والتقى نظيره التركي.", "visit", "2019"),
    ("وقعت المغرب وإسرائيل عام 2020 اتفاقا لاستئناف العلاقات.", "signing", "2020"),
    ("وكانت آخر زيارة لرئيس إيراني إلى مصر في عام 2013.", "visit", "2013"),
    ("زار رئيس الوزراء الياباني الهند في 2017 والتقى نظيره الهندي في نيودلهي.", "visit", "2017"),
])
def test_a_month_or_year_keeps_its_precision(text, kind, date):
    assert dates_of(text, kind) == [date]


@pytest.mark.parametrize("text,established", [
    # 'the Nth anniversary' dates the establishment by a year, unless the text gives the day
    ("تحتفل مصر والصين هذا العام بالذكرى الـ 68 لإقامة العلاقات الدبلوماسية بينهما.", "1956"),
    ("بعث الرئيس التونسي برقية تهنئة إلى نظيره الصيني بمناسبة الذكرى الستين لإقامة العلاقات الدبلوماسية "
     "بين البلدين.", "1964"),
    ("احتفلت سفارة قطر في سيول أمس بالذكرى الخمسين لإقامة العلاقات الدبلوماسية بين قطر وكوريا الجنوبية، "
     "التي أقيمت في 18 أبريل 1974.", "1974-04-18"),
    # the anniversary falling today: its day, that many years back
    ("تحل اليوم الذكرى الخامسة والعشرون لإقامة العلاقات الدبلوماسية بين الأردن وفيتنام.", "1999-03-06"),
])
def test_an_anniversary_dates_the_establishment_at_the_text_precision(text, established):
    assert dates_of(text, "establishment") == [established]


def test_an_anniversary_celebrated_on_another_day_is_of_its_year():
    text = ("احتفلت سفارة قطر في سيول أمس بالذكرى الخمسين لإقامة العلاقات الدبلوماسية بين قطر وكوريا "
            "الجنوبية، التي أقيمت في 18 أبريل 1974.")
    assert dates_of(text, "anniversary") == ["2024"]


@pytest.mark.parametrize("text,kind,date", [
    # the report's day (today, yesterday) is not the day of an event the text dates otherwise
    ("ذكرت وكالة الأنباء الرسمية أن الرئيس السوري زار موسكو في 15 يناير الماضي.", "visit", "2024-01-15"),
    ("قال المتحدث باسم الحكومة أمس إن رئيس الوزراء العراقي زار عمّان الشهر الماضي.", "visit", "2024-02"),
    ("أفادت الرئاسة اليوم بأن الرئيس الكيني زار طهران في الثالث من فبراير 2024 والتقى نظيره الإيراني.",
     "visit", "2024-02-03"),
])
def test_an_event_the_text_dates_keeps_its_date_not_the_report_day(text, kind, date):
    assert dates_of(text, kind) == [date]


@pytest.mark.parametrize("text,current,recalled", [
    ("وصل الرئيس التركي إلى الدوحة أمس في زيارة رسمية. وكان الرئيس التركي قد زار قطر في ديسمبر 2022.",
     "2024-03-05", "2022-12"),
    ("استقبل الرئيس المصري يوم الاثنين في القاهرة رئيس الوزراء اليوناني. وتأتي الزيارة بعد زيارة قام بها "
     "الرئيس المصري إلى أثينا في نوفمبر 2021.", "2024-03-04", "2021-11"),
])
def test_a_recalled_visit_keeps_its_own_date(text, current, recalled):
    assert dates_of(text, "visit") == sorted([current, recalled])


@pytest.mark.parametrize("text,current", [
    ("التقى العاهل الأردني اليوم في واشنطن الرئيس الأمريكي. وكان العاهل الأردني قد التقى الرئيس الأمريكي "
     "السابق في البيت الأبيض خلال زيارة في نيسان 2019.", "2024-03-06"),
    ("وقع وزيرا خارجية الجزائر وإيطاليا الاثنين في الجزائر اتفاقية للتعاون في مجال الطاقة. وتستند العلاقات "
     "إلى معاهدة الصداقة الموقعة بين البلدين سنة 2003.", "2024-03-04"),
])
def test_the_current_event_does_not_take_a_recalled_date(text, current):
    events = dated(text)
    first = [date for kind, date in events if kind in ("meeting", "signing") and date == current]
    assert first
    assert all(date in (current, "2019-04", "2003") for _, date in events)


# without a publication date, relative days stay undated (the dev README's convention), and a recalled
# event's month or year is not lent to them
@pytest.mark.parametrize("text,kind", [
    ("استقبل الرئيس المصري أمس في القاهرة وزير الخارجية الياباني.", "meeting"),
    ("وصل رئيس الوزراء الهندي اليوم إلى الرياض في زيارة رسمية.", "visit"),
    ("استقبل أمير قطر يوم الاثنين في الدوحة الرئيس الكيني.", "meeting"),
    ("زار رئيس الوزراء الإيطالي تونس الشهر الماضي والتقى الرئيس التونسي.", "visit"),
    ("وصل الرئيس التركي إلى الدوحة أمس في زيارة رسمية. وكان الرئيس التركي قد زار قطر في ديسمبر 2022.",
     "visit"),
    ("استقبل الرئيس المصري يوم الاثنين في القاهرة رئيس الوزراء اليوناني. وتأتي الزيارة بعد زيارة قام بها "
     "الرئيس المصري إلى أثينا في نوفمبر 2021.", "meeting"),
    ("التقى العاهل الأردني اليوم في واشنطن الرئيس الأمريكي. وكان العاهل الأردني قد التقى الرئيس الأمريكي "
     "السابق في البيت الأبيض خلال زيارة في نيسان 2019.", "meeting"),
    ("وقع وزيرا خارجية الجزائر وإيطاليا الاثنين في الجزائر اتفاقية للتعاون في مجال الطاقة. وتستند العلاقات "
     "إلى معاهدة الصداقة الموقعة بين البلدين سنة 2003.", "signing"),
])
def test_without_publication_a_relative_day_stays_undated(text, kind):
    assert "" in dates_of(text, kind, published=None)


@pytest.mark.parametrize("text,kind,date", [
    ("وقعت الكويت والصين اتفاقية للتعاون الاقتصادي في 12 مايو 2019.", "signing", "2019-05-12"),
    ("وصل الرئيس التركي إلى الدوحة أمس في زيارة رسمية. وكان الرئيس التركي قد زار قطر في ديسمبر 2022.",
     "visit", "2022-12"),
])
def test_without_publication_a_stated_date_is_kept(text, kind, date):
    assert date in dates_of(text, kind, published=None)


LEAD = ("الرياض 5 مارس 2024 (واس) - استقبل صاحب السمو الملكي ولي العهد السعودي اليوم في قصر اليمامة "
        "بالرياض الرئيس الأوكراني والوفد المرافق له، وبحث الطرفان في أثناء اللقاء مستجدات الحرب وفرص "
        "الوساطة ودعم التعاون الاقتصادي.")
HEADED = "ولي العهد يستقبل الرئيس الأوكراني\nالرياض 5 مارس 2024 (واس)\n" \
         "استقبل ولي العهد السعودي اليوم في الرياض الرئيس الأوكراني."


@pytest.mark.parametrize("text", [LEAD, HEADED])
@pytest.mark.parametrize("published", [None, "2024-03-05", "2024-03-06", "2024-03-07"])
def test_the_dateline_day_is_today_whatever_the_metadata_a_day_off(text, published):
    assert dates_of(text, "meeting", published) == ["2024-03-05"]


@pytest.mark.parametrize("text", [LEAD, HEADED])
def test_metadata_far_from_the_dateline_is_kept(text):
    assert dates_of(text, "meeting", "2024-03-20") == ["2024-03-20"]


@pytest.mark.parametrize("text,date", [
    ("عمّان 3 آذار 2024 (بترا) - التقى وزير الخارجية الأردني أمس في عمّان نظيره الألماني، وبحث الجانبان "
     "سبل تعزيز التعاون بين البلدين في مجالات الطاقة والمياه والتعليم.", "2024-03-02"),
    ("الدوحة 3 مارس 2024 (قنا) - وقعت قطر وتركيا في الدوحة في 28 فبراير 2024 مذكرة تفاهم للتعاون الإعلامي "
     "بين البلدين، بحضور عدد من المسؤولين في وزارتي الإعلام.", "2024-02-28"),
])
@pytest.mark.parametrize("published", [None, "2024-03-04"])
def test_the_body_date_is_read_against_the_dateline(text, date, published):
    assert date in [d for _, d in dated(text, published)]


@pytest.mark.parametrize("text,kind,date", [
    # 'today, Monday' in the lead of an article given a Wednesday's date: today is that Monday, and the
    # other relative days are read from it
    ("وقع وزيرا خارجية مصر والأردن اليوم الاثنين في القاهرة مذكرة تفاهم للتعاون في مجال النقل.",
     "signing", "2024-03-04"),
    ("التقى الرئيس المصري اليوم /الثلاثاء/ في القاهرة رئيس الوزراء الإسباني.", "meeting", "2024-03-05"),
    ("استقبل الرئيس التونسي اليوم الاثنين بقصر قرطاج وزير الخارجية الإيطالي. ووقعت تونس وإيطاليا أمس "
     "في روما اتفاقية للتعاون في مجال الهجرة.", "signing", "2024-03-03"),
    ("وقع وزيرا خارجية تونس وإيطاليا اليوم الاثنين في تونس اتفاقية للتعاون في مجال الهجرة، وكان الوزير "
     "الإيطالي قد وصل إلى تونس أمس في زيارة رسمية.", "visit", "2024-03-03"),
    # the weekday of the given date itself, or one too far from it to be a late copy: the given date
    ("استقبل الرئيس التونسي اليوم الأربعاء بقصر قرطاج وزير الخارجية الإيطالي.", "meeting", "2024-03-06"),
    ("استقبل الرئيس التونسي اليوم /الأحد/ بقصر قرطاج وزير الخارجية الإيطالي.", "meeting", "2024-03-06"),
    # a weekday told outside 'today' does not move the publication day
    ("استقبل الرئيس التونسي اليوم بقصر قرطاج وزير الخارجية الإيطالي، بعد أن التقاه يوم الاثنين في روما.",
     "meeting", "2024-03-06"),
])
def test_today_is_the_weekday_the_lead_names(text, kind, date):
    assert date in dates_of(text, kind)


@pytest.mark.parametrize("text,date", [
    ("الرياض 5 مارس 2024 (واس) - استقبل ولي العهد السعودي اليوم في الرياض الرئيس الأوكراني.", "2024-03-05"),
    ("عمّان 4 آذار 2024 (بترا) - التقى وزير الخارجية الأردني أمس في عمّان نظيره الألماني.", "2024-03-03"),
])
@pytest.mark.parametrize("published", [None, "2024-03-06"])
def test_a_short_lead_opening_with_a_dateline_dates_today(text, date, published):
    assert date in [d for _, d in dated(text, published)]


@pytest.mark.parametrize("text,kind,date", [
    # a day and month with no year closing a dateline (a dash, a slash, an agency): the city is where the
    # report comes from, the event is read, and today is that day when the given date is a day or two late
    ("القاهرة في 4 مارس /أ ش أ/ - التقى الرئيس المصري اليوم في القاهرة رئيس الوزراء الإسباني.",
     "meeting", "2024-03-04"),
    ("القاهرة 4 مارس - التقى الرئيس المصري اليوم في القاهرة رئيس الوزراء الإسباني.", "meeting", "2024-03-04"),
    ("بيروت، 5 آذار - استقبل رئيس مجلس الوزراء اللبناني اليوم في السراي وزير الخارجية القبرصي.",
     "meeting", "2024-03-05"),
    # a month's second name after a slash, a dash or in brackets is part of the date
    ("وصل الرئيس الإيراني إلى هراري في 13 تموز/يوليو 2023 في زيارة رسمية.", "visit", "2023-07-13"),
    ("وصل الرئيس الإيراني إلى هراري في 13 يوليو (تموز) 2023 في زيارة رسمية.", "visit", "2023-07-13"),
    ("وصل الرئيس الإيراني إلى هراري في 13 يوليو - تموز 2023 في زيارة رسمية.", "visit", "2023-07-13"),
    ("وقعت تركيا وأذربيجان في 15 يونيو/حزيران 2021 بمدينة شوشة إعلانا مشتركا.", "signing", "2021-06-15"),
])
def test_a_yearless_dateline_closed_by_a_mark(text, kind, date):
    assert dates_of(text, kind) == [date]


@pytest.mark.parametrize("text,kind", [
    ("القاهرة في 4 مارس /أ ش أ/ - التقى الرئيس المصري اليوم في القاهرة رئيس الوزراء الإسباني.", "meeting"),
    ("هراري/ 13 تموز/يوليو/ارنا - وصل الرئيس الإيراني اليوم الخميس الى هراري في زيارة رسمية.", "visit"),
])
def test_a_yearless_dateline_without_publication_leaves_the_event_undated(text, kind):
    assert dates_of(text, kind, published=None) == [""]


@pytest.mark.parametrize("text,kind,date", [
    # early, mid or late in 'the month', alone: this month; with 'past' or 'next' after it, that month
    ("زار وزير الخارجية الهندي مسقط مطلع الشهر والتقى نظيره العماني.", "visit", "2024-03"),
    ("زار وزير الخارجية الهندي مسقط في منتصف الشهر والتقى نظيره العماني.", "visit", "2024-03"),
    ("وقعت السعودية والعراق أوائل الشهر اتفاقية للربط الكهربائي.", "signing", "2024-03"),
    ("زار وزير الخارجية الهندي مسقط مطلع الشهر الماضي والتقى نظيره العماني.", "visit", "2024-02"),
    ("زار رئيس الوزراء الماليزي أنقرة أواخر الشهر الماضي والتقى الرئيس التركي.", "visit", "2024-02"),
    ("زار وزير الخارجية الهندي مسقط مطلع الشهر الجاري والتقى نظيره العماني.", "visit", "2024-03"),
    ("زار وزير الخارجية الهندي مسقط في منتصف شهر يناير والتقى نظيره العماني.", "visit", "2024-01"),
    # early, mid or late in a year, or a season of it: that year
    ("وكان الرئيس التركي قد زار الرياض في صيف 2022 والتقى العاهل السعودي.", "visit", "2022"),
    ("وكان الرئيس التركي قد زار الرياض في أواخر 2022 والتقى العاهل السعودي.", "visit", "2022"),
    ("وقعت الجزائر ونيجيريا مطلع 2021 مذكرة تفاهم حول خط أنابيب الغاز.", "signing", "2021"),
    ("وكان الرئيس التركي قد زار الرياض في مطلع عام 2022 والتقى العاهل السعودي.", "visit", "2022"),
    # a Hijri day and month with no year: the latest such day up to publication (1445-08-25)
    ("وصل أمير قطر إلى الكويت في 20 شعبان في زيارة أخوية.", "visit", "2024-03-01"),
    ("وصل أمير قطر إلى الكويت في 10 رمضان في زيارة أخوية.", "visit", "2023-04-01"),
])
def test_a_part_of_a_month_or_year_and_a_yearless_hijri_day(text, kind, date):
    assert dates_of(text, kind) == [date]


def test_a_yearless_hijri_day_is_read_from_a_later_publication():
    text = "وصل أمير قطر إلى الكويت في 10 رمضان في زيارة أخوية."
    assert dates_of(text, "visit", "2024-04-10") == ["2024-03-20"]
    assert dates_of(text, "visit", None) == [""]


@pytest.mark.parametrize("text", [
    "يزور وزير الخارجية الهندي مسقط نهاية الشهر المقبل.",
    "تعتزم الحكومة توقيع اتفاقية مع الصين بحلول نهاية 2025.",
])
def test_a_part_of_a_month_or_year_to_come_is_no_event(text):
    assert dated(text) == []


@pytest.mark.parametrize("text,kind,date", [
    # 'on this very day in YEAR': the publication's day and month in that year
    ("وقعت الكويت والعراق في مثل هذا اليوم من عام 2013 اتفاقية لترسيم الحدود البحرية.",
     "signing", "2013-03-06"),
    ("وفي مثل هذا التاريخ من عام 1999 زار الرئيس الجزائري المغرب والتقى العاهل المغربي.",
     "visit", "1999-03-06"),
    # a year alone, with no such phrase, stays a year
    ("وقعت الكويت والعراق عام 2013 اتفاقية لترسيم الحدود البحرية.", "signing", "2013"),
])
def test_this_very_day_of_a_year(text, kind, date):
    assert dates_of(text, kind) == [date]


def test_this_very_day_without_publication_is_the_year():
    text = "وقعت الكويت والعراق في مثل هذا اليوم من عام 2013 اتفاقية لترسيم الحدود البحرية."
    assert dates_of(text, "signing", None) == ["2013"]


@pytest.mark.parametrize("text,kind,date", [
    # compound ordinal days: 'the one and twentieth' is the 21st, not the 20th; 'the eleventh' stays one word
    ("وصل رئيس الوزراء الماليزي إلى جاكرتا في الحادي والعشرين من أكتوبر 2023.", "visit", "2023-10-21"),
    ("وقعت تونس وإيطاليا في الحادية والعشرين من يونيو 2022 مذكرة تفاهم في روما.", "signing", "2022-06-21"),
    ("زار وزير الخارجية الكوري الجنوبي هانوي يوم الحادي والثلاثين من مايو 2019.", "visit", "2019-05-31"),
    ("وصل رئيس الوزراء الماليزي إلى جاكرتا يوم الحادي عشر من أكتوبر 2023.", "visit", "2023-10-11"),
    ("وصل رئيس الوزراء الماليزي إلى جاكرتا في العشرين من أكتوبر 2023.", "visit", "2023-10-20"),
])
def test_a_compound_ordinal_day_is_read_whole(text, kind, date):
    assert dates_of(text, kind) == [date]
