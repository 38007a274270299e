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
    ('استقبل الرئيس المصري عبد الفتاح السيسي أمس الرئيس الكيني وليام روتو في القاهرة، وحضر الرئيسان '
     'توقيع عدد من الاتفاقيات، من بينها اتفاقية للتعاون الزراعي ومذكرة تفاهم بشأن إدارة الموارد المائية.',
     [('EG,KE', 'agreement'), ('EG,KE', 'memorandum')]),
    ('ووقع وزيرا الخارجية الأردني والعراقي اتفاقية للربط الكهربائي ومذكرة تفاهم في مجال النقل البري.',
     [('IQ,JO', 'agreement'), ('IQ,JO', 'memorandum')]),
    # a package with no title of its own before the second noun: one signing
    ('ووقعت الإمارات وتركيا خلال الزيارة اتفاقيات ومذكرات تفاهم بقيمة 40 مليار دولار في مجالات الطاقة '
     'والنقل.', [('AE,TR', 'agreement')]),
    # a company's contract named among them: the documents of the two states stand, the contract is none
    ('وصل الرئيس التركي إلى الرياض أمس، حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان، ووقع الجانبان '
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
    ('وتلقى ولي العهد السعودي الأمير محمد بن سلمان برقية تهنئة من الرئيس الفرنسي إيمانويل ماكرون بمناسبة '
     'الفوز بتنظيم البطولة.', [('FR', 'SA')]),
]


@pytest.mark.parametrize("text,expected", CONGRATS)
def test_cables_and_exchanges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _congrats(text) == expected
