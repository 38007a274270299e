"""A battery of signing sentences in relative clauses, written for these tests in the manner of Arabic
papers and agencies: a thing that is no document with the signing verb in its relative clause and the
document after the verb ('المشروع الذي وقع البلدان اتفاقية إنشائه في مارس 2021': the article's two
states, dated by the clause), a document first and its signatories after the verb ('المعاهدة التي وقعها
الرئيسان X وY'); the visit that 'witnessed' a signing ('وشهدت الزيارة توقيع', 'والتي شهدت توقيع'): the
sides of the trip sign, unless companies do; and what is no bilateral signing: one side signing with three
states ('البرنامج الذي وقعته المملكة مع الإمارات والسعودية والكويت', even when 'the kingdom' reads as one
of them), four states signing, a club's sponsorship, a signing to come. Each row pins the states and year
of every signing read; an empty list: no signing. None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events

VISIT = 'وصل الرئيس الكيني وليام روتو إلى أديس أبابا اليوم.\n'

SIGNINGS: list[tuple[str, list[tuple[str, int | None]]]] = [
    (VISIT + 'واستعرض الرئيسان مشروع السد، الذي وقع البلدان اتفاقية إنشائه في مارس 2021.',
     [('ET,KE', 2021)]),
    (VISIT + 'وزار الرئيسان الجسر الذي وقع البلدان اتفاقية تمويله في مايو 2020.',
     [('ET,KE', 2020)]),
    ('وأشاد الوزيران بمعاهدة الصداقة التي وقعها الرئيسان الروسي فلاديمير بوتين والإيراني محمد خاتمي في '
     'موسكو عام 2001.',
     [('IR,RU', 2001)]),
    ('أكد مدير هيئة الاستثمار أن الاتفاقية التي وقعتها البحرين مع السعودية عام 2019 ستدعم الاقتصاد.',
     [('BH,SA', 2019)]),
    ('أكد مدير هيئة الاستثمار أن الاتفاقية التي وقعتها البحرين مع السعودية والإمارات والكويت ستدعم '
     'الاقتصاد.',
     []),
    ('وقال مدير هيئة الاستثمار إن برنامج الدعم الذي وقعته المملكة مع الإمارات والسعودية والكويت '
     'سيحفز النمو.',
     []),
    ('وقال مدير النادي إن الشركة التي وقع معها النادي الأهلي المصري عقد الرعاية سعودية.',
     []),
    (VISIT + 'واستعرض الرئيسان الميناء الذي سيوقع البلدان عقد تطويره الشهر المقبل.',
     []),
    ('وقعت مصر والسودان وجنوب السودان وإثيوبيا إعلان المبادئ في الخرطوم.',
     []),
    # the visit (a feminine noun) 'witnessed' the signing: the sides of the trip sign
    ('وزار رئيس الوزراء الهندي ناريندرا مودي القاهرة في 24 يونيو 2023، وشهدت الزيارة توقيع اتفاقية الشراكة '
     'الاستراتيجية.',
     [('EG,IN', 2023)]),
    ('وتوجت العلاقات بزيارة رئيس الوزراء الهندي ناريندرا مودي للقاهرة في 24 يونيو 2023، والتي شهدت توقيع '
     'اتفاقية الشراكة الاستراتيجية.',
     [('EG,IN', 2023)]),
    ('وزار رئيس الوزراء الهندي ناريندرا مودي القاهرة في 24 يونيو 2023، وشهدت الزيارة توقيع اتفاقية بين '
     'شركة تاتا الهندية وشركة السويدي المصرية.',
     []),
    ('وزار رئيس الوزراء الهندي ناريندرا مودي القاهرة في 24 يونيو 2023، ومن المتوقع أن تشهد زيارته المقبلة '
     'توقيع اتفاقية الشراكة.',
     []),
]

PUBLISHED = "2023-09-20"


@pytest.mark.parametrize(("text", "expected"), SIGNINGS)
def test_signing_battery3(text: str, expected: list[tuple[str, int | None]]) -> None:
    found = events(text, "signing", published=PUBLISHED)
    got = sorted({(",".join(sorted(e.parties)), e.date.year if e.date else None) for e in found})
    assert got == expected
