"""A third battery of visit sentences, written for these tests in the phrasing of many outlets (SPA, WAM,
QNA, KUNA, MENA, Anadolu, AFP Arabic, Reuters Arabic, BBC Arabic, Asharq Al-Awsat, Al Quds Al Arabi): ways
Arabic news tells that a state's envoy was abroad without a verb of visiting aimed at him: two subjects
of one verb of arriving, each with its own title; what one did during (on the sidelines of) a summit or
conference held in a city of another state; 'their summit' there, the summit that 'brought together' two
leaders there; the guests of a gathering a state hosted; a funeral or an inauguration attended abroad;
'his visits'; a state's delegation with no head named; what one said 'in' a foreign city; coming back
from abroad. Each class has its negatives: summits to come, taking part by video, a gathering at home,
ambassadors, the head of a body, what is said of a summit, a speaker in his own capital, a place that is
no city told after the speaker, hosting to come, an embassy's party, visits to come, trade, medical,
sports and party delegations, coming back home or from exile, a team. Each row pins the (visitor state,
host state) pairs read; an empty list: no visit. None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events, visit_pairs, visits_read

PUBLISHED = "2022-03-14"

VISITS: list[tuple[str, list[tuple[str, str]]]] = [
    # two subjects of one verb of arriving, the second with its own title
    ('وصل الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ إلى سنغافورة للمشاركة في القمة.',
     [('CN', 'SG'), ('US', 'SG')]),
    ('ووصل رئيس الوزراء الياباني فوميو كيشيدا ورئيس الوزراء الهندي ناريندرا مودي إلى جاكرتا مساء أمس.',
     [('IN', 'ID'), ('JP', 'ID')]),
    ('زار الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس كييف الخميس.',
     [('DE', 'UA'), ('FR', 'UA')]),
    # a second name joined by 'and' after another verb is that verb's object, no second visitor
    ('وصل الرئيس الأمريكي جو بايدن إلى الدوحة واجتمع بأمير قطر الشيخ تميم بن حمد.',
     [('US', 'QA')]),
    # during, on the sidelines of a gathering held in a city of another state
    ('وأكد الرئيس الفرنسي إيمانويل ماكرون على هامش قمة حلف الأطلسي في مدريد أن أوروبا موحدة.',
     [('FR', 'ES')]),
    ('وبحث وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني خلال مؤتمر ميونخ للأمن في ميونخ الأزمة الأوكرانية.',
     [('QA', 'DE')]),
    ('وقال وزير الخارجية الأردني أيمن الصفدي خلال مؤتمر صحفي في القاهرة إن المباحثات كانت مثمرة.',
     [('JO', 'EG')]),
    ('واجتمع رئيس الوزراء الهندي ناريندرا مودي بالرئيس الأمريكي على هامش قمة مجموعة العشرين في أوساكا.',
     [('IN', 'JP'), ('US', 'JP')]),
    ('وكان رئيس الوزراء الكندي جاستن ترودو قد أعلن الخطة أثناء اجتماعات الجمعية العامة في نيويورك.',
     [('CA', 'US')]),
    # a fronted phrase: the subject after its comma; the one he met there came too (gather9: every
    # participant of a meeting on a gathering's sidelines visits its host)
    ('وعلى هامش القمة العربية في الجزائر، بحث الرئيس الفلسطيني محمود عباس مع الرئيس المصري سبل التهدئة.',
     [('EG', 'DZ'), ('PS', 'DZ')]),
    # 'their summit' in a third state: both were there
    ('ويأتي ذلك بموجب تفاهم بين الرئيس الأمريكي جو بايدن والرئيس الروسي فلاديمير بوتين خلال قمتهما في جنيف.',
     [('RU', 'CH'), ('US', 'CH')]),
    # those a summit brought together in a third state (the verb in the past), its pronoun's too
    ('وجاء الإعلان بعد أسابيع من القمة التي جمعت الرئيس الأمريكي جو بايدن بنظيره الصيني شي جين بينغ '
     'في جاكرتا.',
     [('CN', 'ID'), ('US', 'ID')]),
    ('ويأتي التصريح بعد أسبوع من القمة الأولى التي جمعته بالرئيس الأمريكي جو بايدن في جنيف، قال الرئيس '
     'الروسي فلاديمير بوتين.',
     [('US', 'CH')]),
    ('وكان الرئيس الروسي فلاديمير بوتين قد أشاد بالقمة التي جمعته بالرئيس الأمريكي جو بايدن في جنيف.',
     [('RU', 'CH'), ('US', 'CH')]),
    # a state or city that hosted a gathering 'in the presence of' the guests: the guests came to it
    ('واحتضنت القاهرة أمس القمة الثلاثية حول مياه النيل بحضور رئيس الوزراء الإثيوبي آبي أحمد والرئيس '
     'السوداني عمر البشير.',
     [('ET', 'EG'), ('SD', 'EG')]),
    ('واستضافت الرياض المؤتمر بمشاركة وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الفرنسي.',
     [('FR', 'SA'), ('US', 'SA')]),
    # a funeral, an inauguration abroad
    ('شارك ولي العهد البريطاني الأمير وليام في جنازة الرئيس الفرنسي في باريس.',
     [('GB', 'FR')]),
    ('وشارك الرئيس الموريتاني في حفل تنصيب الرئيس السنغالي في داكار.',
     [('MR', 'SN')]),
    # what one said in a city abroad
    ('وقال الرئيس التركي رجب طيب أردوغان في برلين إن بلاده لن تتراجع عن مواقفها.',
     [('TR', 'DE')]),
    ('وأعلن وزير الخارجية الأمريكي أنتوني بلينكن، الثلاثاء، في طوكيو، أن بلاده ستزيد دعمها للحلفاء.',
     [('US', 'JP')]),
    ('وصرح وزير الخارجية الإيراني حسين أمير عبد اللهيان في بيروت اليوم بأن طهران تدعم الحوار.',
     [('IR', 'LB')]),
    # the name set off by commas after the title
    ('صرح وزير الخارجية البريطاني، ديفيد كاميرون، الأحد، في نيودلهي، بأن الشراكة الاقتصادية ستتوسع.',
     [('GB', 'IN')]),
    # the host among two subjects of arriving visits no one; the other does
    ('وصل الرئيس الإندونيسي جوكو ويدودو والرئيس الأمريكي جو بايدن إلى جاكرتا.',
     [('US', 'ID')]),
    # 'his visits' told as done
    ('وقام الرئيس الصيني شي جين بينغ بأولى زياراته الخارجية إلى روسيا في مارس 2013.',
     [('CN', 'RU')]),
    # a state's official delegation, its head unnamed
    ('وصل وفد سعودي رفيع المستوى إلى بغداد أمس في زيارة تستمر يومين.',
     [('SA', 'IQ')]),
    ('ووصل وفد حكومي أردني إلى دمشق صباح اليوم لبحث ملف المعابر.',
     [('JO', 'SY')]),
    # coming back from abroad: he had been there
    ('وعاد الرئيس السوداني عمر البشير على عجل من كينيا في يوليو 2013 بعد احتجاجات ناشطين.',
     [('SD', 'KE')]),
    ('عاد الرئيس التونسي قيس سعيد إلى تونس قادما من باريس بعد زيارة خاطفة.',
     [('TN', 'FR')]),
    ('ورجع وزير الخارجية العماني بدر البوسعيدي من طهران مساء أمس.',
     [('OM', 'IR')]),
]

NO_VISITS: list[str] = [
    # visits to come
    'وتحدث الرئيس الصيني شي جين بينغ عن زياراته المقبلة إلى أفريقيا.',
    # a trade, medical, sports or party delegation; a delegation to come
    'وصل وفد تجاري سعودي إلى بغداد أمس لبحث فرص الاستثمار.',
    'وصل وفد من رجال الأعمال السعوديين إلى بغداد.',
    'وصل وفد من حركة حماس إلى القاهرة لبحث التهدئة.',
    'وصل وفد طبي مصري إلى غزة.',
    'وصل وفد سعودي رياضي إلى الدوحة للمشاركة في البطولة.',
    'يصل وفد سعودي إلى بغداد غدا.',
    # coming back home, within one's country, 'again', a trip to come, from exile
    'وعاد الرئيس الفرنسي إيمانويل ماكرون إلى باريس.',
    'وعاد الرئيس المصري عبد الفتاح السيسي من شرم الشيخ إلى القاهرة.',
    'وعاد وزير الخارجية الأمريكي أنتوني بلينكن ليؤكد أن بلاده تدعم الحل.',
    'وسيعود الرئيس الفرنسي إيمانويل ماكرون من الجزائر غدا.',
    'وعاد زعيم المعارضة من منفاه في لندن بعد سنوات.',
    'وعاد المنتخب السعودي من قطر بعد خروجه من البطولة.',
    # a summit to come, or one a speaker speaks of
    'وسيلتقي الرئيس الأمريكي جو بايدن نظيره الصيني على هامش قمة مجموعة العشرين في جاكرتا.',
    'ويتوقع أن يبحث الرئيس الفرنسي إيمانويل ماكرون الملف خلال القمة المقبلة في مدريد.',
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن قمة حلف الأطلسي في مدريد ستبحث الحرب.',
    'وأشاد الرئيس المصري عبد الفتاح السيسي بما تم الاتفاق عليه خلال القمة العربية في الجزائر.',
    # a summit that will bring them together, or brings them together soon
    'ويترقب العالم القمة التي ستجمع الرئيس الأمريكي جو بايدن بنظيره الصيني شي جين بينغ في جاكرتا.',
    'وتتجه الأنظار إلى القمة التي تجمع الرئيس الأمريكي جو بايدن بنظيره الروسي الأسبوع المقبل في جنيف.',
    'ويأمل الرئيس الفرنسي إيمانويل ماكرون أن يلتقي نظيره الصيني خلال قمتهما المرتقبة في جاكرتا.',
    # hosting to come, an embassy's party, a conference by video, only the host's people present
    'وتستضيف الرياض الشهر المقبل المؤتمر بمشاركة وزير الخارجية الأمريكي أنتوني بلينكن.',
    'واستضافت السفارة الإماراتية الحفل بحضور السفير الأمريكي.',
    'واستضافت القاهرة المؤتمر عبر تقنية الفيديو بمشاركة وزير الخارجية الأمريكي أنتوني بلينكن.',
    'واستضافت مصر القمة بحضور الرئيس عبد الفتاح السيسي ورئيس الوزراء المصري.',
    # taking part by video
    'وشارك الرئيس الكيني عبر تقنية الفيديو خلال القمة الأفريقية في أديس أبابا.',
    'وتحدث رئيس الوزراء الكندي جاستن ترودو افتراضيا خلال مؤتمر المانحين في جنيف.',
    # the gathering at home
    'وأكد وزير الخارجية المصري سامح شكري على هامش المؤتمر الاقتصادي في القاهرة أهمية الاستثمار.',
    'وقال الرئيس الجزائري عبد المجيد تبون خلال القمة العربية في الجزائر إن الوحدة ضرورية.',
    # an ambassador, the head of an international body
    'وأكد السفير الأمريكي في القاهرة على هامش مؤتمر الطاقة في الإسكندرية دعم بلاده.',
    'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط خلال مؤتمر صحفي في بغداد إن الوضع صعب.',
    # a summit with no city
    'واتفق الرئيس الروسي فلاديمير بوتين والرئيس التركي على هامش القمة على تعزيز التعاون.',
    # a funeral at home
    'وشارك الرئيس الفرنسي إيمانويل ماكرون في جنازة الجنود في باريس.',
    # a speaker in his own capital, one who speaks of a place, one 'in' a letter or a call
    'وقال الرئيس الروسي فلاديمير بوتين في موسكو إن العقوبات لن تنجح.',
    'وقال وزير الخارجية البريطاني جيمس كليفرلي إن الوضع في بيروت مقلق.',
    'وقال الرئيس الأوكراني فولوديمير زيلينسكي في رسالة إلى المؤتمر المنعقد في بروكسل إن بلاده صامدة.',
    'وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان في اتصال هاتفي مع نظيره في طهران أهمية الحوار.',
    # 'in' a city that names no place of the saying (the city is what he speaks about)
    'وقال الرئيس الأمريكي جو بايدن في دمشق وغيرها من المدن السورية يعاني الناس كثيرا.',
    # the name set off by commas, speaking in his own capital
    'أعلن وزير الخارجية الياباني، يوشيماسا هاياشي، الأحد، في طوكيو، بأن الشراكة مع الهند ستتوسع.',
    # an envoy posted there
    'وقال السفير السعودي في واشنطن إن العلاقات متينة.',
]


@pytest.mark.parametrize(("text", "expected"), VISITS)
def test_visit(text: str, expected: list[tuple[str, str]]) -> None:
    assert visit_pairs(text, PUBLISHED) == expected


@pytest.mark.parametrize("text", NO_VISITS)
def test_no_visit(text: str) -> None:
    assert visits_read(text, PUBLISHED) == []


# 'his latest visit' is an earlier one than the report's: dated by the date told with it, else undated
LATEST: list[tuple[str, str | None]] = [
    ('وصل وزير الخارجية العماني إلى الرياض اليوم. وأشاد الرئيس التونسي قيس سعيد بنتائج زيارته الأخيرة '
     'إلى القاهرة.', None),
    ('وصل وزير الخارجية العماني إلى الرياض اليوم. وكان الرئيس التونسي قيس سعيد قد التقى الرئيس المصري '
     'خلال زيارته الأخيرة إلى القاهرة في مايو 2021.', '2021-05'),
]


@pytest.mark.parametrize(("text", "date"), LATEST)
def test_latest_visit_date(text: str, date: str | None) -> None:
    found = [e for e in events(text, "visit", published=PUBLISHED) if e.parties == ["EG"]]
    assert [e.date.iso() if e.date else None for e in found] == [date]
