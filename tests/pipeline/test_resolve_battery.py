"""A battery of short articles, written for these tests in the phrasing of many outlets (SPA, WAM, QNA,
MENA, Anadolu, AFP Arabic, BBC Arabic, Asharq Al-Awsat), each telling one event two or three times in
different forms: a lead and a detail paragraph, a verb and a noun, with and without a date, a headline and
its body, a meeting told again as 'their summit'. Each must come out as one event with the text's own date
(a stated day beats the publication day; a day refines the month it falls in; an undated reading merges
with a dated one when nothing else differs). Negatives: two different events that look alike (two visits of
one leader to one state years apart, an earlier visit recalled beside today's, two meetings of one pair a
month apart) stay two. None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events

PUBLISHED = "2024-03-06"     # a Wednesday


def dates(text: str, kind: str, published: str | None = PUBLISHED) -> list[str | None]:
    """The dates of the events of `kind` read from `text`, in order."""
    return sorted((e.date.iso() if e.date else None for e in events(text, kind, published)),
                  key=lambda d: d or "")


ONE_EVENT: list[tuple[str, str | None, str, str | None]] = [
    # a lead without a date, then the day of arrival with its weekday
    ('وصل الرئيس الأمريكي جو بايدن إلى الرياض في زيارة رسمية. وكان بايدن قد وصل إلى العاصمة السعودية يوم '
     'الاثنين 4 مارس والتقى ولي العهد.', PUBLISHED, "visit", "2024-03-04"),
    ('حل ولي العهد السعودي محمد بن سلمان ضيفا على مصر في زيارة رسمية. وحطت طائرة ولي العهد السعودي '
     'في مطار القاهرة مساء الثلاثاء 5 مارس 2024.', PUBLISHED, "visit", "2024-03-05"),
    # a noun without a date, then a verb with its month (no publication date)
    ('أنهى وزير الخارجية الصيني وانغ يي زيارته إلى مصر. وزار وانغ يي القاهرة في يناير 2024 والتقى '
     'الرئيس السيسي.', None, "visit", "2024-01"),
    ('قام رئيس الوزراء الهندي ناريندرا مودي بزيارة إلى الإمارات. وفي فبراير 2024 زار مودي أبوظبي حيث '
     'افتتح معبدا.', None, "visit", "2024-02"),
    # the month the text states beats the publication day
    ('اختتم الرئيس التركي رجب طيب أردوغان زيارته إلى ألمانيا. وفي يوليو 2013 زار أردوغان برلين والتقى '
     'المستشارة أنغيلا ميركل.', "2013-07-20", "visit", "2013-07"),
    # ... and in an article of the month after, the trip told without a date is the one of that month
    ('أنهى وزير الخارجية الأردني أيمن الصفدي زيارته إلى فرنسا. وفي يوليو 2019 زار وزير الخارجية الأردني '
     'باريس والتقى نظيره الفرنسي.', "2019-08-02", "visit", "2019-07"),
    # a day refines the month it falls in
    ('زار الرئيس الفرنسي إيمانويل ماكرون الجزائر في أغسطس 2022. وبدأ ماكرون زيارته إلى الجزائر يوم 25 '
     'أغسطس 2022 بلقاء الرئيس تبون.', None, "visit", "2022-08-25"),
    # a reception, then the talks told as a noun
    ('استقبل الرئيس المصري عبد الفتاح السيسي يوم الاثنين 4 مارس 2024 ملك الأردن عبد الله الثاني في '
     'القاهرة. وبحث الزعيمان خلال لقائهما العلاقات الثنائية.', PUBLISHED, "meeting", "2024-03-04"),
    # a headline, then its body with the day
    ('السيسي يستقبل ملك الأردن\nاستقبل الرئيس المصري عبد الفتاح السيسي الأحد 3 مارس 2024 ملك الأردن '
     'عبد الله الثاني في قصر الاتحادية بالقاهرة.', PUBLISHED, "meeting", "2024-03-03"),
    # a meeting, then 'their summit'
    ('التقى الرئيس الأمريكي جو بايدن الرئيس الروسي فلاديمير بوتين في جنيف يوم 16 يونيو 2021. وقال بوتين '
     'إن قمتهما في جنيف كانت بناءة.', "2021-06-18", "meeting", "2021-06-16"),
    # a visit told three times: arrival, talks during the visit, departure
    ('وصل الرئيس الإيراني إبراهيم رئيسي إلى دمشق يوم الأربعاء 3 مايو 2023 في زيارة رسمية. وأجرى رئيسي '
     'مباحثات مع الرئيس السوري بشار الأسد. واختتم الرئيس الإيراني زيارته إلى سوريا.', "2023-05-04",
     "visit", "2023-05-03"),
    # 'starts today' in the lead, the evening of arrival later: the visit starts on arrival
    ('يبدأ الرئيس الصيني شي جين بينغ اليوم زيارة إلى فرنسا. وكان شي قد وصل إلى باريس مساء الاثنين والتقى '
     'الرئيس ماكرون الثلاثاء.', PUBLISHED, "visit", "2024-03-04"),
    # a signing told by its verb, then by 'the signing of' with the day
    ('وقعت مصر والسعودية اتفاقية للربط الكهربائي في الرياض. وجرى توقيع اتفاقية الربط الكهربائي يوم الاثنين '
     '4 مارس بحضور وزيري الطاقة.', PUBLISHED, "signing", "2024-03-04"),
    # an agreement's short name, then its long one ('between the governments of ...')
    ('وقعت الأردن والعراق اتفاقية لإلغاء التأشيرات بين البلدين في بغداد. وتنص الاتفاقية الموقعة بين حكومة '
     'المملكة الأردنية الهاشمية وحكومة جمهورية العراق على إلغاء التأشيرات لمواطني البلدين.', PUBLISHED,
     "signing", PUBLISHED),
    # a headline names the body's agreement in its own words
    ('الأردن والعراق يوقعان اتفاقية تاريخية\nوقعت الأردن والعراق في بغداد اليوم اتفاقية لإلغاء التأشيرات بين '
     'البلدين.', PUBLISHED, "signing", PUBLISHED),
    # relations established, then the announcement with its day
    ('أقامت السعودية وإسرائيل علاقات دبلوماسية. وأعلن البلدان إقامة العلاقات الدبلوماسية بينهما في 5 مارس '
     '2024.', PUBLISHED, "establishment", "2024-03-05"),
    # a congratulation, then the cable with its weekday
    ('هنأ أمير الكويت الرئيس المصري عبد الفتاح السيسي بإعادة انتخابه. وبعث أمير الكويت برقية تهنئة إلى '
     'السيسي يوم الثلاثاء.', PUBLISHED, "congratulation", "2024-03-05"),
    # a reception, then the enlarged meeting with the host's minister: one meeting of the principals
    ('استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة. وعقد السيسي '
     'وبلينكن ووزير الخارجية المصري سامح شكري اجتماعا موسعا.', PUBLISHED, "meeting", PUBLISHED),
    ('استقبل العاهل المغربي الملك محمد السادس في الرباط يوم الاثنين 4 مارس 2024 الرئيس الموريتاني محمد ولد '
     'الغزواني. وعقد الملك محمد السادس والرئيس الغزواني ووزير الخارجية المغربي ناصر بوريطة جلسة مباحثات '
     'يوم الاثنين 4 مارس 2024.', PUBLISHED, "meeting", "2024-03-04"),
    # a Gulf agency's reception: the host 'welcomed the visit', 'the two sides discussed during the meeting'
    ('استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان في قصر الشاطئ بأبوظبي اليوم الرئيس الكيني وليام '
     'روتو. ورحب سموه بزيارة الرئيس الكيني إلى الإمارات، وبحث الجانبان خلال اللقاء علاقات التعاون.',
     PUBLISHED, "meeting", PUBLISHED),
    ('استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان في قصر الشاطئ بأبوظبي اليوم الرئيس الكيني وليام '
     'روتو. ورحب سموه بزيارة الرئيس الكيني إلى الإمارات، وبحث الجانبان خلال اللقاء علاقات التعاون.',
     PUBLISHED, "visit", PUBLISHED),
    # a headline, 'has been visiting since yesterday', then the arrival at noon on Tuesday
    ('زيارة تاريخية لرئيس الوزراء الهندي إلى مصر\nيزور رئيس الوزراء الهندي ناريندرا مودي القاهرة منذ أمس في '
     'أول زيارة له إلى مصر. ووصل مودي إلى مطار القاهرة ظهر الثلاثاء.', PUBLISHED, "visit", "2024-03-05"),
    # a signing, then 'the agreement signed between' the two states
    ('وقع وزير الخارجية العماني بدر البوسعيدي ونظيره الإيراني اتفاقية للتعاون في مسقط. وتأتي الاتفاقية '
     'الموقعة بين سلطنة عمان وإيران في إطار تعزيز العلاقات.', PUBLISHED, "signing", PUBLISHED),
    # a cable, then 'in his cable'
    ('بعث العاهل السعودي برقية تهنئة للرئيس الروسي فلاديمير بوتين بمناسبة إعادة انتخابه. وأعرب العاهل '
     'السعودي في برقيته عن أطيب التهاني للرئيس الروسي.', PUBLISHED,
     "congratulation", PUBLISHED),
    # a past summit recalled with its month, then its meeting recalled without a date: both recall it
    ('وكانت القمة التي جمعت الرئيس الأمريكي جو بايدن بالرئيس الروسي فلاديمير بوتين في جنيف قد عقدت في '
     'يونيو 2021. والتقى بايدن وبوتين في جنيف آنذاك.', None, "meeting", "2021-06"),
]


@pytest.mark.parametrize("text,published,kind,expected", ONE_EVENT)
def test_one_event_told_in_several_forms_is_one_event(text, published, kind, expected):
    assert dates(text, kind, published) == [expected]


TWO_EVENTS: list[tuple[str, str | None, str, list[str | None]]] = [
    # one leader, one state, two years
    ('زار الرئيس التركي رجب طيب أردوغان الجزائر في يناير 2020. ويزور أردوغان الجزائر مجددا اليوم حيث '
     'يلتقي الرئيس تبون.', PUBLISHED, "visit", ["2020-01", "2024-03-06"]),
    # an earlier visit recalled beside today's, with and without the publication date
    ('وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط في زيارة دولة. وكان ماكرون قد زار المغرب في نوفمبر '
     '2017 والتقى الملك محمد السادس.', PUBLISHED, "visit", ["2017-11", "2024-03-06"]),
    ('يصل الرئيس الكوري الجنوبي إلى الرياض في زيارة دولة. وسبق أن زار الرئيس الكوري الجنوبي السعودية في '
     'يونيو 2022.', None, "visit", [None, "2022-06"]),
    ('يزور الرئيس الروسي الإمارات في زيارة رسمية. وكانت آخر زيارة للرئيس الروسي إلى الإمارات في أكتوبر '
     '2019.', None, "visit", [None, "2019-10"]),
    # today's visit, the first since an earlier one recalled by its year
    ('وصل أمير الكويت إلى الرياض في زيارة هي الأولى منذ توليه الحكم. وكان أمير الكويت قد زار السعودية عام '
     '2019 حين كان وليا للعهد.', PUBLISHED, "visit", ["2019", "2024-03-06"]),
    # a visit in January, another 'this week'
    ('زار ملك الأردن عبد الله الثاني باريس في يناير 2024 والتقى ماكرون. ويزور الملك عبد الله الثاني فرنسا '
     'مجددا هذا الأسبوع.', PUBLISHED, "visit", ["2024-01", "2024-03"]),
    # today's signing, and an earlier one of the same kind recalled by its year
    ('وقعت مصر والسعودية اتفاقية للربط الكهربائي في الرياض يوم 4 مارس 2024. وكان البلدان قد وقعا اتفاقية '
     'أخرى للربط الكهربائي عام 2012.', PUBLISHED, "signing", ["2012", "2024-03-04"]),
    # talks today in one capital, a meeting last month in another
    ('أجرى وزير الخارجية الأمريكي أنتوني بلينكن محادثات مع نظيره المصري سامح شكري في القاهرة اليوم. وكان '
     'بلينكن قد التقى شكري في واشنطن يوم 10 فبراير.', PUBLISHED, "meeting", ["2024-02-10", "2024-03-06"]),
    # a meeting of two, then a summit of three states the same day
    ('التقى الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في القاهرة. ثم عقد السيسي '
     'وماكرون والعاهل الأردني الملك عبد الله الثاني اجتماعا ثلاثيا.', PUBLISHED, "meeting",
     [PUBLISHED, PUBLISHED]),
    # today's visit, and one earlier this month or last month recalled ('had visited')
    ('وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط في زيارة دولة. وكان ماكرون قد زار المغرب مطلع مارس '
     'الجاري والتقى الملك محمد السادس.', PUBLISHED, "visit", ["2024-03", "2024-03-06"]),
    ('حل الرئيس السنغالي ضيفا على موريتانيا في زيارة عمل. وكان الرئيس السنغالي قد زار موريتانيا في فبراير '
     '2024 لحضور منتدى اقتصادي.', PUBLISHED, "visit", ["2024-02", "2024-03-06"]),
    # a meeting today, and one of the same pair in the same city 'last January' recalled
    ('التقى الرئيس الفلسطيني محمود عباس في عمان اليوم العاهل الأردني الملك عبد الله الثاني. وكان الزعيمان قد '
     'التقيا في عمان في يناير الماضي.', PUBLISHED, "meeting", ["2024-01", PUBLISHED]),
    # two agreements signed the same day, told in two sentences of a text with no headline
    ('وقعت الأردن والعراق في بغداد اليوم اتفاقية للتعاون الجمركي. كما وقع البلدان اتفاقية لتشجيع الاستثمارات '
     'وحمايتها.', PUBLISHED, "signing", [PUBLISHED, PUBLISHED]),
    ('وقعت الأردن والعراق في بغداد اليوم اتفاقية لإلغاء التأشيرات. كما وقع البلدان اتفاقية للتعاون الجمركي '
     'بين البلدين.', PUBLISHED, "signing", [PUBLISHED, PUBLISHED]),
    # one pair, two meetings a month apart in two cities
    ('التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في بكين يوم 6 '
     'فبراير 2024. والتقى الوزيران مجددا في الرياض يوم 5 مارس.', PUBLISHED, "meeting",
     ["2024-02-06", "2024-03-05"]),
    # one pair, two meetings a year apart in one city
    ('استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة يوم 12 مايو 2022 ملك الأردن عبد الله الثاني. '
     'وعاد السيسي واستقبل العاهل الأردني في القاهرة يوم 10 مايو 2023.', PUBLISHED, "meeting",
     ["2022-05-12", "2023-05-10"]),
]


@pytest.mark.parametrize("text,published,kind,expected", TWO_EVENTS)
def test_two_events_that_look_alike_stay_two(text, published, kind, expected):
    assert dates(text, kind, published) == expected


def test_a_visit_a_meeting_implies_keeps_whose_date_it_has():
    """The visit of a guest met abroad is dated like the meeting, from the same source: the publication day
    for a meeting the text does not date, the text's day for one it dates."""
    undated = events('التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في العقبة.',
                     "visit")
    dated = events('التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في العقبة يوم '
                   'الاثنين 4 مارس 2024.', "visit")
    assert [(e.date.iso() if e.date else None, e.date_stated) for e in undated] == [(PUBLISHED, False)]
    assert [(e.date.iso() if e.date else None, e.date_stated) for e in dated] == [("2024-03-04", True)]
