"""Visits at gatherings and receptions abroad, written for these tests in the phrasing of many outlets
(SPA, WAM, QNA, KUNA, MENA, Anadolu, AFP Arabic, Reuters Arabic, Asharq Al-Awsat): two leaders who meet on
the sidelines of a summit, a conference or the UN General Assembly held in a third state (each of them
visits its host, the host state's own leader visits no one); a summit named by a city and held in
another ('قمة شنغهاي في أستانا': the name is no place); a host who receives in his residence abroad (he
visits that state, and his guest if not of it). Negatives: taking part by video, a summit to come, a
UN official, a gathering named without a place, a summit named by its city told years later, a
reception by video, at home, by an ambassador, to come. Each row pins the (visitor state, host state)
pairs read; an empty list: no visit. None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events, visit_pairs, visits_read

PUBLISHED = "2022-03-14"

VISITS: list[tuple[str, list[tuple[str, str]]]] = [
    # a meeting on the sidelines of a gathering held in a third state: both participants came
    ('على هامش قمة شنغهاي في أستانا التقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني.',
     [('IR', 'KZ'), ('RU', 'KZ')]),
    ('والتقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني على هامش قمة منظمة شنغهاي للتعاون '
     'في أستانا.',
     [('IR', 'KZ'), ('RU', 'KZ')]),
    ('واجتمع وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في نيويورك على هامش أعمال '
     'الجمعية العامة للأمم المتحدة.',
     [('EG', 'US'), ('JO', 'US')]),
    ('وفي نيويورك على هامش أعمال الجمعية العامة، التقى وزير الخارجية السعودي فيصل بن فرحان وزير الخارجية '
     'الهندي.',
     [('IN', 'US'), ('SA', 'US')]),
    ('وعقد الرئيس التركي رجب طيب أردوغان لقاء مع الرئيس الفرنسي إيمانويل ماكرون على هامش قمة العشرين في '
     'روما.',
     [('FR', 'IT'), ('TR', 'IT')]),
    # the host state's own leader visits no one; the guest does
    ('والتقى الرئيس الكازاخستاني قاسم جومارت توكاييف الرئيس الروسي فلاديمير بوتين على هامش قمة منظمة '
     'شنغهاي في أستانا.',
     [('RU', 'KZ')]),
    ('والتقى الرئيس الأمريكي جو بايدن رئيس الوزراء الهندي ناريندرا مودي على هامش أعمال الجمعية العامة في '
     'نيويورك.',
     [('IN', 'US')]),
    # a summit named by a body ('القمة العربية') in a phrase put first: both came to its city
    ('وعلى هامش القمة العربية في الرياض، التقى الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد.',
     [('EG', 'SA'), ('TN', 'SA')]),
    ('وبحث الرئيس التركي رجب طيب أردوغان مع الرئيس الأمريكي جو بايدن خلال قمة حلف الأطلسي في مدريد '
     'التطورات.',
     [('TR', 'ES'), ('US', 'ES')]),
    # the host state's own king visits no one at the summit he hosts; a conference at home: the guest only
    ('وعلى هامش القمة العربية في الرياض، التقى العاهل السعودي الملك سلمان الرئيس التونسي قيس سعيد.',
     [('TN', 'SA')]),
    ('والتقى الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون خلال مؤتمر المناخ في شرم '
     'الشيخ.',
     [('FR', 'EG')]),
    # a summit named by its city, the leaders back home: the guest visits the host only
    ('والتقى الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد في القاهرة بعد عودته من قمة الرياض.',
     [('TN', 'EG')]),
    # a UN official is of no state: only the minister visits
    ('واجتمع وزير الخارجية المصري سامح شكري مع الأمين العام للأمم المتحدة أنطونيو غوتيريش على هامش أعمال '
     'الجمعية العامة في نيويورك.',
     [('EG', 'US')]),
    # the city named after 'in' right before 'on the sidelines of' the gathering: where it was held
    ('والتقى وزير الخارجية المصري سامح شكري نظيره في نيويورك على هامش أعمال الجمعية العامة.',
     [('EG', 'US')]),
    ('وأكد وزير الخارجية الأردني أيمن الصفدي في نيويورك على هامش أعمال الجمعية العامة دعم بلاده للحل '
     'السياسي.',
     [('JO', 'US')]),
    # a host receiving in his residence abroad: he is there, his guest of another state too
    ('واستقبل الرئيس اللبناني ميشال عون في مقر إقامته في باريس رئيس الوزراء العراقي.',
     [('IQ', 'FR'), ('LB', 'FR')]),
    ('واستقبل ولي العهد السعودي في مقر إقامته في باريس الرئيس الفرنسي إيمانويل ماكرون.',
     [('SA', 'FR')]),
    ('واستقبل الرئيس المصري عبد الفتاح السيسي في مقر إقامته بنيويورك رئيس الوزراء الإثيوبي آبي أحمد.',
     [('EG', 'US'), ('ET', 'US')]),
    ('واستقبل الرئيس المصري عبد الفتاح السيسي بمقر إقامته في نيويورك رئيس الوزراء الإثيوبي.',
     [('EG', 'US'), ('ET', 'US')]),
    ('واستقبل أمير قطر الشيخ تميم بن حمد في مقر إقامته بلندن رئيس الوزراء البريطاني بوريس جونسون.',
     [('QA', 'GB')]),
    # a reception at home (in the host's residence too), or told under a dateline: the guest visits the host
    ('واستقبل رئيس الوزراء البريطاني بوريس جونسون في مقر إقامته بلندن أمير قطر الشيخ تميم بن حمد.',
     [('QA', 'GB')]),
    ('واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة رئيس الوزراء الإثيوبي.',
     [('ET', 'EG')]),
    ('باريس - استقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء اللبناني في قصر الإليزيه.',
     [('LB', 'FR')]),
]

NO_VISITS: list[str] = [
    # taking part by video
    'والتقى الرئيس الروسي فلاديمير بوتين الرئيس الإيراني حسن روحاني عبر الاتصال المرئي على هامش قمة منظمة '
    'شنغهاي للتعاون في أستانا.',
    'واستقبل الرئيس المصري عبد الفتاح السيسي عبر الاتصال المرئي رئيس الوزراء الإثيوبي.',
    # a summit to come
    'وسيلتقي الرئيس الروسي فلاديمير بوتين الرئيس الإيراني على هامش القمة المقبلة لمنظمة شنغهاي في أستانا.',
    'وسيلتقي الرئيس التركي رجب طيب أردوغان الرئيس الأمريكي جو بايدن على هامش قمة حلف الأطلسي في مدريد '
    'الشهر المقبل.',
    'وأعلن البيت الأبيض أن الرئيس الأمريكي جو بايدن سيلتقي الرئيس التركي على هامش قمة الأطلسي في مدريد.',
    # taking part by video in a summit held abroad, meeting online
    'وشارك الرئيس المصري عبد الفتاح السيسي عبر الفيديو في قمة العشرين في روما، والتقى افتراضيا الرئيس '
    'الفرنسي.',
    'ومن المقرر أن يلتقي وزير الخارجية العماني نظيره الإيراني على هامش اجتماعات الجمعية العامة في نيويورك.',
    # a gathering in the participants' own state
    'وعلى هامش منتدى الدوحة في الدوحة، التقى أمير قطر الشيخ تميم بن حمد وزير الخارجية القطري.',
    'والتقى الرئيس الجزائري عبد المجيد تبون رئيس الوزراء الجزائري على هامش القمة العربية في الجزائر.',
    # a summit named by a city, praised from home
    'وأشاد الرئيس المصري عبد الفتاح السيسي بنتائج قمة شنغهاي في بيان صدر اليوم.',
    # the head of a body, a body's statement, a sports federation: no state travels
    'وأكد رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد في أديس أبابا أن القمة ناجحة.',
    'وأعلن الاتحاد الإفريقي في بيان صدر من مقره في أديس أبابا تعليق عضوية مالي.',
    'وقال رئيس الاتحاد المصري لكرة القدم في القاهرة إن المنتخب جاهز.',
    # a city before the phrase: the speaker's own, a topic's, a speech to come; by video from home
    'وقال وزير الخارجية المصري سامح شكري في القاهرة خلال مؤتمر صحفي إن المباحثات مثمرة.',
    'وناقش وزير الخارجية الأردني أيمن الصفدي الوضع في غزة خلال القمة.',
    'ومن المقرر أن يلقي وزير الخارجية المصري سامح شكري كلمة في نيويورك على هامش أعمال الجمعية العامة.',
    'وشارك الرئيس المصري عبد الفتاح السيسي عبر الاتصال المرئي من القاهرة في قمة العشرين في روما.',
    # a gathering named without a place
    'وعلى هامش القمة العربية، التقى الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد.',
    'والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي على هامش أعمال الجمعية العامة للأمم '
    'المتحدة.',
    # a summit named by its city, told years later
    'وكان ولي العهد السعودي قد التقى الرئيس الصيني على هامش قمة الرياض عام 2017.',
    'وأشار الوزير إلى أن قمة الرياض التي عقدت قبل سنوات جمعت الرئيس الأمريكي والعاهل السعودي.',
    # an ambassador receiving where he is posted; a reception to come; a guest who came from a city
    'واستقبل السفير المصري في باريس وزير الخارجية الفرنسي.',
    'ويستقبل الرئيس اللبناني في مقر إقامته في باريس الأسبوع المقبل رئيس الوزراء العراقي.',
    'واستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي القادم من باريس.',
    'وسيستقبل الرئيس المصري عبد الفتاح السيسي في مقر إقامته في نيويورك رئيس الوزراء الإثيوبي غدا.',
    'واستقبل سفير قطر لدى بريطانيا في مقر السفارة بلندن وزير الدولة البريطاني.',
    'واستقبل رئيس الجالية المصرية في نيويورك وزير الخارجية المصري سامح شكري.',
]


@pytest.mark.parametrize(("text", "expected"), VISITS)
def test_visit(text: str, expected: list[tuple[str, str]]) -> None:
    assert visit_pairs(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", NO_VISITS)
def test_no_visit(text: str) -> None:
    assert visits_read(text, PUBLISHED) == []


# a meeting noun put first ('وفي لقاء مع X، بحث Y', 'وخلال اجتماعها مع X، أكدت Y'): the one named after the
# verb past its comma met X. Negatives: an interview, the press, a counterpart of no state, a phone call,
# a UN official, two of one state, a meeting to come, 'in an interview' after the subject.
MEETINGS: list[tuple[str, list[tuple[str, ...]]]] = [
    ('وفي لقاء مع وزير الخارجية الإيطالي، بحث وزير الخارجية المصري سامح شكري سبل تعزيز العلاقات.',
     [('EG', 'IT')]),
    ('وخلال اجتماعها مع وزير الخارجية الأمريكي أنتوني بلينكن، أكدت وزيرة الخارجية الألمانية أنالينا '
     'بيربوك دعم أوكرانيا.',
     [('DE', 'US')]),
    ('وفي لقائه بالرئيس التونسي قيس سعيد، أكد الرئيس الجزائري عبد المجيد تبون عمق العلاقات.',
     [('DZ', 'TN')]),
    ('وخلال لقائه مع الرئيس التونسي قيس سعيد، أكد الرئيس الجزائري عبد المجيد تبون عمق العلاقات.',
     [('DZ', 'TN')]),
    ('وفي لقائه مع نظيره التركي في أنقرة، أكد وزير الخارجية الإيراني أهمية التعاون.',
     [('IR', 'TR')]),
    ('وفي لقاء مع قناة الجزيرة، أكد وزير الخارجية المصري سامح شكري أن بلاده تدعم الحل السياسي.', []),
    ('وفي لقاء مع الصحفيين، قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا موحدة.', []),
    ('وفي لقاء مع نظيره، بحث وزير الخارجية المصري سامح شكري سبل تعزيز التعاون.', []),
    # a counterpart of no state named at a gathering of many: which state is not certain
    ('والتقى وزير الخارجية المصري سامح شكري نظيره على هامش قمة العشرين في روما.', []),
    ('شارك وزير الخارجية الأردني أيمن الصفدي في اجتماعات الجامعة العربية في القاهرة. والتقى الصفدي نظيره '
     'على هامش الاجتماعات.', []),
    ('وفي اتصال هاتفي مع الرئيس التونسي قيس سعيد، أكد الرئيس الجزائري عبد المجيد تبون عمق العلاقات.', []),
    ('وفي لقائه مع رئيس الوزراء الإسرائيلي، أكد الأمين العام للأمم المتحدة أنطونيو غوتيريش ضرورة التهدئة.',
     []),
    ('وفي لقائه مع الرئيس التونسي قيس سعيد، أكد وزير الخارجية التونسي عثمان الجرندي أهمية الإصلاحات.', []),
    ('وفي لقائه المرتقب مع الرئيس التونسي قيس سعيد، سيبحث الرئيس الجزائري عبد المجيد تبون ملف الحدود.', []),
    ('وأكد الرئيس الجزائري عبد المجيد تبون، في لقاء مع وسائل الإعلام المحلية، أن العلاقات مع تونس متينة.', []),
]

# fronted, with a city of one of the two: the other visits it; by video: no one does
FRONTED_VISITS: list[tuple[str, list[tuple[str, str]]]] = [
    ('وخلال اجتماعها مع وزير الخارجية الأمريكي أنتوني بلينكن في برلين، أكدت وزيرة الخارجية الألمانية '
     'أنالينا بيربوك دعم أوكرانيا.',
     [('US', 'DE')]),
    ('وفي لقاء عبر الاتصال المرئي مع وزير الخارجية الإيطالي في روما، بحث وزير الخارجية المصري سامح شكري '
     'سبل التعاون.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_fronted_meeting(text: str, expected: list[tuple[str, ...]]) -> None:
    found = events(text, "meeting", published=PUBLISHED)
    assert sorted({tuple(sorted(p.iso or "" for p in e.agents)) for e in found}) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_VISITS)
def test_fronted_visit(text: str, expected: list[tuple[str, str]]) -> None:
    assert visit_pairs(text, PUBLISHED) == expected
