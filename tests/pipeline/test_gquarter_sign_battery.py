"""A battery of signings and congratulations written for these tests in the manner of Arabic papers and
agencies, after the errors of the written corpus's sixth quarter: documents named 'among them' after a
number of documents are each signed, a second one joined by 'و' to the first's title is a document of its
own ('اتفاقية للتعاون الزراعي ومذكرة تفاهم بشأن الري'), a package 'اتفاقيات ومذكرات تفاهم' is one, and a
company's contract named among them binds no two states; 'the two sides' / 'the two countries' of a
sentence that told its own reception or establishment of relations are that pair, not the article's; cables
'from a number of leaders' name no sender, and an exchange of congratulations told in a clause of its own
is between the two it names. None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events

TRIP = 'وصل الرئيس البرازيلي إلى بكين أمس في زيارة دولة يلتقي خلالها الرئيس الصيني.\n'


def _signed(text: str) -> list[tuple[str, str]]:
    """(parties, document kind) of each signing read, sorted."""
    return sorted((",".join(sorted(e.parties)), e.document.kind if e.document else "")
                  for e in events(text, "signing"))


AMONG: list[tuple[str, list[tuple[str, str]]]] = [
    # named among them, two with their own titles: two documents (the number of documents merges in)
    ('أجرى الرئيس الفرنسي ونظيره الهندي محادثات في نيودلهي، ووقعا ست اتفاقيات، بينها اتفاقية للتعاون '
     'الدفاعي ومذكرة تفاهم حول الطاقة الشمسية.',
     [('FR,IN', 'agreement'), ('FR,IN', 'memorandum')]),
    ('في القاهرة، استقبل الرئيس المصري السيسي يوم الأحد نظيره الكيني وليام روتو، وحضر الرئيسان '
     'توقيع عدد من الاتفاقيات، من بينها اتفاقية للتعاون الزراعي ومذكرة تفاهم بشأن إدارة الموارد المائية.',
     [('EG,KE', 'agreement'), ('EG,KE', 'memorandum')]),
    ('ووقع وزيرا الخارجية الأردني والعراقي اتفاقية للربط الكهربائي ومذكرة تفاهم في مجال النقل البري.',
     [('IQ,JO', 'agreement'), ('IQ,JO', 'memorandum')]),
    # two of one kind named among them: the number of documents is the first, the second its own
    ('وشهد العاهل المغربي والرئيس الفرنسي توقيع 22 اتفاقية، من أبرزها اتفاقية لتطوير خط القطار السريع '
     'واتفاق في مجال الهيدروجين الأخضر.', [('FR,MA', 'agreement'), ('FR,MA', 'agreement')]),
    # a package with no title of its own before the second noun: one signing
    ('ووقعت الإمارات وتركيا خلال الزيارة اتفاقيات ومذكرات تفاهم بقيمة 40 مليار دولار في مجالات الطاقة '
     'والنقل.', [('AE,TR', 'agreement')]),
    # a company's contract named among them: the documents of the two states stand, the contract is none
    ('وصل الرئيس التركي إلى الرياض أمس، حيث كان في استقباله ولي العهد السعودي، ووقع الجانبان '
     'عددا من الاتفاقيات، من بينها اتفاقية بين وزارة الدفاع السعودية وشركة أسيلسان التركية لشراء رادارات.',
     [('SA,TR', 'agreement')]),
]


@pytest.mark.parametrize("text,expected", AMONG)
def test_documents_named_among_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _signed(text) == expected


def test_company_contract_named_among_them_is_no_signing() -> None:
    text = ('ووقع الجانبان عددا من الاتفاقيات، من بينها عقد بين وزارة النقل المصرية وشركة سيمنس الألمانية '
            'لإنشاء قطار سريع.')
    assert all("سيمنس" not in (e.document.title if e.document else "") for e in events(text, "signing"))


SIDES: list[tuple[str, list[str]]] = [
    # 'the two sides' after the sentence's own reception, in an article about another pair
    (TRIP + 'وكان الرئيس الصيني قد بدأ جولته الخليجية من أبوظبي، حيث استقبله رئيس الدولة الإماراتي '
     'الشيخ محمد بن زايد، ووقع الجانبان عددا من الاتفاقيات في مجالات الطاقة.', ['AE,CN']),
    # 'the two countries' after the sentence's own establishment of relations
    (TRIP + 'وكانت الصين قد أقامت في مارس الماضي علاقات دبلوماسية مع نيكاراغوا، ووقع وزيرا خارجية '
     'البلدين بيانا مشتركا بهذا الشأن.', ['CN,NI']),
    (TRIP + 'وفي سياق آخر، أقامت البرازيل علاقات دبلوماسية مع دولة بالاو في العام الماضي، ووقع سفيرا '
     'البلدين لدى الأمم المتحدة البيان المشترك بهذا الشأن في نيويورك.', ['BR,PW']),
    # with no pair told in the sentence, 'the two countries' are still the article's
    (TRIP + 'ووقع وزيرا خارجية البلدين مذكرة تفاهم للمشاورات السياسية.', ['BR,CN']),
]


@pytest.mark.parametrize("text,expected", SIDES)
def test_two_sides_of_the_sentence(text: str, expected: list[str]) -> None:
    got = sorted({",".join(sorted(e.parties)) for e in events(text, "signing")})
    assert got == expected


def _congrats(text: str) -> list[tuple[str, str]]:
    out = set()
    for e in events(text, "congratulation"):
        to = [p.iso for p in e.recipients if p.iso] + list(e.recipient_states)
        out |= {(a.iso or "", r) for a in e.agents for r in to}
    return sorted(out)


CONGRATS: list[tuple[str, list[tuple[str, str]]]] = [
    # cables from unnamed leaders: no sender; the exchange in the next clause is of its own two
    ('وتلقى أمير قطر الشيخ تميم بن حمد برقيات تهنئة من عدد من القادة بمناسبة اليوم الوطني، كما أجرى الملك '
     'عبد الله الثاني اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون تبادلا خلاله التهنئة.',
     [('FR', 'JO'), ('JO', 'FR')]),
    ('وتلقى الرئيس الجزائري عبد المجيد تبون برقيات تهنئة من عدد من رؤساء الدول بمناسبة عيد الاستقلال.', []),
    ('تلقى الرئيس التونسي قيس سعيد سيلا من برقيات التهنئة من قادة دول شقيقة وصديقة، فيما اتصل به الرئيس '
     'المصري عبد الفتاح السيسي هاتفيا.', []),
    ('أجرى الملك محمد السادس اتصالا هاتفيا بالعاهل الإسباني فيليبي السادس تبادلا خلاله التهاني بمناسبة '
     'الفوز بتنظيم البطولة.', [('ES', 'MA'), ('MA', 'ES')]),
    # a cable from one named sender still congratulates
    ('وتلقى الأمير محمد بن سلمان، ولي عهد السعودية، برقية تهنئة من الرئيس الفرنسي إيمانويل ماكرون بمناسبة '
     'الفوز بتنظيم البطولة.', [('FR', 'SA')]),
]


@pytest.mark.parametrize("text,expected", CONGRATS)
def test_cables_and_exchanges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _congrats(text) == expected


TITLED: list[tuple[str, int]] = [
    # a second document joined by 'و' with no title of its own, or one the title names: one signing
    ('وعقب المحادثات، شهد الرئيسان الصيني والسوري توقيع اتفاقية للتعاون الاقتصادي ومذكرتي تفاهم، '
     'إحداهما في مجال الطاقة.', 1),
    ('وحضر الرئيسان الإيراني والعماني التوقيع على 9 وثائق بين اتفاقية ومذكرة تفاهم في مجالات النقل '
     'والزراعة.', 1),
]


@pytest.mark.parametrize("text,count", TITLED)
def test_one_document_with_others_in_its_title(text: str, count: int) -> None:
    assert len(events(text, "signing")) == count


def test_headline_declaration_is_the_body_joint_one() -> None:
    text = ('الرئيسان الإيطالي والتونسي يوقعان "إعلان قرطاج" للشراكة\n\n'
            'روما - وقع الرئيس الإيطالي سيرجيو ماتاريلا ونظيره التونسي قيس سعيد، اليوم في قصر قرطاج، '
            'إعلانا مشتركا من أجل شراكة شاملة بين البلدين.')
    assert len(events(text, "signing", published=None)) == 1


@pytest.mark.parametrize("outlet", ['فرانس 24 -', 'باريس (فرانس برس) -'])
def test_outlet_is_no_place(outlet: str) -> None:
    text = outlet + ' وقع وزير الخارجية الفرنسي ونظيره المغربي اتفاقية للتعاون الثقافي.'
    assert [e.place.en if e.place else None for e in events(text, "signing", published=None)] != ["Reims"]


ANNIVERSARY: list[tuple[str, str | None]] = [
    # no publication date: the date after 'the establishment of relations' is the relations'
    ('وتحتفل فرنسا والمغرب هذا العام بمرور ستين عاما على إقامة العلاقات الدبلوماسية بينهما في مايو 1964.',
     '1964-05'),
    ('ويحيي البلدان الذكرى الخامسة والعشرين لإقامة العلاقات الدبلوماسية بين الصين وكوريا الجنوبية في '
     '24 أغسطس 1992.', '1992-08-24'),
    # a date whose anniversary is still to come is the celebration's: the relations are fifty years older
    ('ويستعد البلدان للاحتفال بالذكرى الخمسين لإقامة العلاقات الدبلوماسية بين مصر وسنغافورة في '
     'نوفمبر 2025.', '1975-11'),
]


@pytest.mark.parametrize("text,founded", ANNIVERSARY)
def test_relations_date_told_after_the_anniversary(text: str, founded: str | None) -> None:
    got = [e.date.iso() if e.date else None for e in events(text, "establishment", published=None)]
    assert (got[0] if got else None) == founded


def test_signatories_named_after_a_dual_office() -> None:
    text = (TRIP + 'وكانت الصين قد أقامت العام الماضي علاقات دبلوماسية مع نيكاراغوا إثر قطع ماناغوا '
            'علاقاتها مع تايوان، ووقع وزيرا خارجية البلدين وانغ يي وخايمي إرموسيا البيان المشترك في بكين.')
    signings = events(text, "signing")
    assert [sorted(e.parties) for e in signings] == [["CN", "NI"]]
    assert "CN" in {p.iso for p in signings[0].agents}


MORE_CONGRATS: list[tuple[str, list[tuple[str, str]]]] = [
    ('وتلقى الرئيس السوري برقية تهنئة من الرئيس الروسي فلاديمير بوتين، بمناسبة عيد الجلاء.', [('RU', 'SY')]),
    ('وتلقى الرئيس التونسي برقية تهنئة، من نظيره الجزائري عبد المجيد تبون، بمناسبة ذكرى الاستقلال.',
     [('DZ', 'TN')]),
    # the exchange verb far before its congratulations, the call and its two sides between
    ('وتبادل العاهل الأردني الملك عبد الله الثاني، خلال اتصال هاتفي مع الرئيس المصري عبد الفتاح السيسي، '
     'التهاني بمناسبة حلول شهر رمضان.', [('EG', 'JO'), ('JO', 'EG')]),
    ('تلقى رئيس الوزراء الهندي اتصالا هاتفيا من ولي عهد أبوظبي، تبادلا خلاله التهاني بمناسبة العام الجديد.',
     [('AE', 'IN'), ('IN', 'AE')]),
]


@pytest.mark.parametrize("text,expected", MORE_CONGRATS)
def test_cables_from_one_and_exchanges_by_phone(text: str, expected: list[tuple[str, str]]) -> None:
    assert _congrats(text) == expected


DUAL: list[tuple[str, list[str]]] = [
    # a dual verb after talks of two told in its sentence: the two of the talks sign
    ('وأجرى وزير الخارجية المصري مباحثات مع نظيره القبرصي في نيقوسيا، ووقعا مذكرة تفاهم للتدريب '
     'الدبلوماسي.', ['CY,EG']),
    ('التقى رئيس الوزراء الإيطالي الرئيس التونسي في قرطاج، وبحثا ملف الهجرة، ثم وقعا اتفاقية للتعاون في '
     'مجال الطاقة المتجددة.', ['IT,TN']),
    # planned: none
    ('وقال الرئيس الفرنسي إن البلدين سيوقعان الشهر المقبل اتفاقية للتعاون الدفاعي.', []),
]


@pytest.mark.parametrize("text,expected", DUAL)
def test_dual_verb_after_talks(text: str, expected: list[str]) -> None:
    got = sorted({",".join(sorted(e.parties)) for e in events(text, "signing")})
    assert got == expected


NOT_UNTIL: list[tuple[str, list[tuple[str, str | None]]]] = [
    # a negation with an exceptive before a date: established only then
    ('ولم تقم البرتغال علاقات دبلوماسية مع الصين إلا في فبراير 1979.', [('CN,PT', '1979-02')]),
    ('وكانت الهند قد اعترفت بإسرائيل مطلع الخمسينيات، غير أنها لم تقم علاقات دبلوماسية كاملة معها إلا في '
     'يناير 1992.', [('IL,IN', '1992-01')]),
    # a negation with no exceptive, or an exceptive with no date: none
    ('ولم يقم البلدان علاقات دبلوماسية حتى اليوم.', []),
    ('ولم تقم المملكة علاقات دبلوماسية مع إسرائيل، إلا أن اتصالات جرت بين الجانبين.', []),
]


@pytest.mark.parametrize("text,expected", NOT_UNTIL)
def test_relations_not_until(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(",".join(sorted(e.parties)), e.date.iso() if e.date else None)
           for e in events(text, "establishment", published=None)]
    assert got == expected


SENT: list[tuple[str, list[tuple[str, str]]]] = [
    # 'وجه' with a cable after it: a cable sent, not an invitation to come
    ('ووجه الملك سلمان برقية تهنئة إلى رئيسة وزراء إيطاليا جورجيا ميلوني بمناسبة توليها منصبها.',
     [('SA', 'IT')]),
    ('ووجه الملك سلمان برقية تهنئة للرئيس الفرنسي بمناسبة العيد الوطني.', [('SA', 'FR')]),
    ('كما وجه ولي العهد برقية تهنئة مماثلة.', []),
]


@pytest.mark.parametrize("text,expected", SENT)
def test_cable_directed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _congrats(text) == expected


def test_invitation_directed_is_still_to_come() -> None:
    assert events('ووجه الرئيس المصري دعوة لنظيره الفرنسي لزيارة القاهرة.', "visit") == []


CALLER: list[tuple[str, list[tuple[str, str]]]] = [
    # the one named 'from' after a receiving verb congratulates, in the call or the cable
    ('وتلقى رئيس الوزراء الباكستاني اتصالا هاتفيا من نظيره الصيني، هنأه خلاله بتوليه منصبه.', [('CN', 'PK')]),
    ('وتلقى الرئيس اللبناني من نظيره الفرنسي برقية تهنئة بمناسبة عيد الاستقلال.', [('FR', 'LB')]),
    # of one state, or with no congratulation: none
    ('وتلقى الرئيس التونسي اتصالا من رئيس الحكومة، هنأه خلاله بالعيد.', []),
    ('وتلقى أمير قطر اتصالا هاتفيا من الرئيس الإيراني، بحثا خلاله العلاقات الثنائية.', []),
]


@pytest.mark.parametrize("text,expected", CALLER)
def test_caller_congratulates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _congrats(text) == expected
