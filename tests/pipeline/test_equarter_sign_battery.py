"""A battery of signings and cables written for these tests in the manner of Arabic papers and agencies,
after the errors of the written corpus's fifth quarter: a deal of a company is no signing between states,
whether a ministry, an agency or a state's firm signs it 'with' a company ('وقعت وزارة الكهرباء مذكرات تفاهم
مع شركتي X وY الأميركيتين', during a leader's trip) or its sides are told 'عن الجانب <state> ... وعن
<company>'; ministers, ministries and states signing with each other still sign (by name, by office, 'عن
الجانب X ... وعن الجانب Y', 'مع نظيرتها'). And a 'similar cable' sent in a second clause ('فيما بعث Z
برقية مماثلة') is Z's, to the one the first cable went to, not to Z. None of these sentences is copied from
a corpus."""
from __future__ import annotations

import pytest

from .conftest import events

TRIP = 'وصل رئيس الوزراء العراقي إلى واشنطن أمس في زيارة رسمية يلتقي خلالها الرئيس الأميركي.\n'
GULF_TRIP = 'وصل الرئيس الفرنسي إلى الدوحة اليوم في زيارة دولة تستغرق يومين.\n'

SIGNINGS: list[tuple[str, list[str]]] = [
    # with a company: no two states bound, even during a trip of the two states
    (TRIP + 'وعلى هامش الزيارة، وقعت وزارة النفط العراقية عقدا مع شركة إكسون موبيل الأميركية لتطوير '
     'حقل.', []),
    (TRIP + 'وخلال الزيارة، وقعت وزارة الكهرباء العراقية مذكرات تفاهم مع شركتي جنرال إلكتريك وشيفرون '
     'الأميركيتين لبناء محطات.', []),
    (TRIP + 'ووقعت الحكومة العراقية مع شركة بوينغ الأميركية اتفاقية لشراء طائرات مدنية.', []),
    (TRIP + 'ووقعت هيئة الاستثمار العراقية اتفاقا مع الشركات الأميركية المصنعة للتوربينات.', []),
    ('وقعت وزارة الاتصالات المصرية مذكرة تفاهم مع شركتي مايكروسوفت وأمازون الأميركيتين.', []),
    ('وقع وزير الطاقة الإماراتي اتفاقية مع شركة روساتوم الروسية لبناء محطة نووية.', []),
    # on behalf of a company: one side a state's, the other a firm's
    (GULF_TRIP + 'ووقع الاتفاق عن الجانب القطري الرئيس التنفيذي للمجموعة، وعن إيرباص رئيس قسم المبيعات، '
     'فيما قدرت قيمة الصفقة بنحو 20 مليار دولار.', []),
    (GULF_TRIP + 'ووقع العقد عن الجانب القطري المدير العام لشركة الغاز، وعن الشركة الفرنسية مديرها '
     'الإقليمي.', []),
    ('ووقع الاتفاقية عن الجانب المغربي المدير العام للمكتب الوطني للكهرباء، وعن سيمنس رئيس فرع الشركة '
     'في أفريقيا.', []),
    # states, ministers and ministries signing with each other still sign
    ('ووقع المذكرة عن الجانب الجزائري وزير الطاقة محمد عرقاب، وعن الجانب الإيطالي وزير الخارجية أنطونيو '
     'تاياني.', ['DZ,IT']),
    ('ووقع الاتفاقية عن الجانب الأردني وزير الخارجية أيمن الصفدي، وعن الجانب العراقي وزير الخارجية فؤاد '
     'حسين.', ['IQ,JO']),
    ('ووقع وزير الخارجية القطري ونظيره التركي مذكرة تفاهم للتعاون الدبلوماسي.', ['QA,TR']),
    ('وقعت مصر واليونان اتفاقية لترسيم الحدود البحرية بين البلدين.', ['EG,GR']),
    ('ووقعت وزارة الخارجية السعودية ووزارة الخارجية الصينية مذكرة تفاهم للمشاورات السياسية.', ['CN,SA']),
    ('ووقعت وزارة الدفاع الفرنسية مع نظيرتها الإماراتية اتفاقية للتعاون العسكري.', ['AE,FR']),
    ('وقعت وزارة الصحة المغربية مذكرة تفاهم مع وزارة الصحة الفرنسية في مجال التكوين.', ['FR,MA']),
    ('ووقع وزير الاقتصاد الإماراتي ونظيره الهندي اتفاقية الشراكة الاقتصادية الشاملة بين البلدين.', ['AE,IN']),
]


@pytest.mark.parametrize("text,expected", SIGNINGS)
def test_signing_of_states_not_of_companies(text: str, expected: list[str]) -> None:
    got = sorted({",".join(sorted(e.parties)) for e in events(text, "signing")})
    assert got == expected


CABLES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ('وأرسل الملك سلمان بن عبد العزيز عاهل السعودية برقية تهنئة إلى أردوغان رئيس تركيا بعد فوزه '
     'بالانتخابات، فيما بعث ولي العهد الأمير محمد بن سلمان برقية مماثلة.',
     [('SA', 'TR', 'سلمان بن عبد العزيز'), ('SA', 'TR', 'محمد بن سلمان')]),
    ('وبعث السيسي رئيس مصر أمس برقية تهنئة إلى ماكرون الرئيس الفرنسي لمناسبة إعادة '
     'انتخابه، فيما بعث رئيس الوزراء مصطفى مدبولي برقية مماثلة.',
     [('EG', 'FR', 'السيسي'), ('EG', 'FR', 'مدبولي')]),
    ('وبعث الشيخ تميم بن حمد أمير دولة قطر اليوم برقية تهنئة إلى بزشكيان رئيس إيران، فيما بعث '
     'نائب الأمير الشيخ عبدالله بن حمد آل ثاني برقية مماثلة.',
     [('QA', 'IR', 'تميم'), ('QA', 'IR', 'عبد الله بن حمد')]),
    ('وبعث ملك البحرين حمد بن عيسى آل خليفة برقية تهنئة إلى الرئيس الأميركي دونالد ترامب، كما بعث ولي '
     'العهد الأمير سلمان بن حمد آل خليفة برقية مماثلة.',
     [('BH', 'US', 'حمد بن عيسى'), ('BH', 'US', 'سلمان بن حمد')]),
    ('وبعث الرئيس التونسي قيس سعيد برقية تهنئة إلى الرئيس الجزائري عبد المجيد تبون بمناسبة عيد الثورة.',
     [('TN', 'DZ', 'قيس سعيد')]),
    # the office of the second sender read in the recipient's state: no cable from the recipient's side
    ('وأبرق العاهل الأردني الملك عبد الله الثاني مهنئا الرئيس الفرنسي ماكرون بإعادة انتخابه، متمنيا '
     'للشعب الفرنسي الازدهار، فيما بعث رئيس الوزراء برقية مماثلة.',
     [('JO', 'FR', 'عبد الله الثاني')]),
    # a similar cable after condolences is no congratulation
    ('وبعث الرئيس الإماراتي الشيخ محمد بن زايد برقية تعزية إلى الرئيس التركي رجب طيب أردوغان، فيما بعث '
     'نائب رئيس الدولة الشيخ محمد بن راشد برقية مماثلة.', []),
]


@pytest.mark.parametrize("text,expected", CABLES)
def test_similar_cable_goes_to_the_first_recipient(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [e for e in events(text, "congratulation")]
    pairs = sorted((e.agents[0].iso, (e.recipients[0].iso if e.recipients else e.recipient_states[0]))
                   for e in got)
    assert pairs == sorted((a, b) for a, b, _ in expected)
    for a, b, name in expected:
        assert any(name in e.agents[0].ar and e.agents[0].iso == a for e in got), name
