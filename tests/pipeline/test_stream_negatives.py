"""What a random news stream mostly holds, and no rule may read as a relation between states: sports,
companies and universities, domestic politics, prospects and reports of what others expect, and
multilateral texts. Each class has negative sentences and a positive one beside it (the same trigger
telling a true fact), so that a check that silences the trigger everywhere fails too. Every sentence was
written for these tests."""
from __future__ import annotations

import pytest

from diplograph.confidence import DEFAULT_MIN_CONFIDENCE

from .conftest import run

NEGATIVES = {
    "sports": [
        "وصل المنتخب السعودي لكرة القدم إلى طوكيو أمس استعدادا لمواجهة نظيره الياباني.",
        "وصلت بعثة الفريق المصري إلى الرباط للمشاركة في البطولة الأفريقية.",
        "التقى المنتخب الأردني نظيره العراقي في المباراة التي أقيمت في عمان.",
        "وقع اللاعب المصري عقدا جديدا مع نادي ليفربول الإنجليزي لمدة ثلاث سنوات.",
        "هنأ أمير منطقة الرياض المنتخب السعودي بمناسبة فوزه على المنتخب الياباني.",
        "استقبل الرئيس الفرنسي في قصر الإليزيه فريق باريس سان جيرمان بعد فوزه بالبطولة.",
    ],
    "companies and universities": [
        "وقعت شركة أرامكو السعودية اتفاقية مع شركة توتال الفرنسية لبناء مصفاة.",
        "وقعت جامعة الملك سعود مذكرة تفاهم مع جامعة هارفارد الأمريكية.",
        "وقع وزير الصحة السعودي عقدا مع شركة فايزر الأمريكية لتوريد اللقاحات.",
        "استقبل رئيس مجلس إدارة البنك الأهلي السعودي وفدا من البنك الدولي.",
        "زار وفد من رجال الأعمال الأتراك القاهرة لبحث فرص الاستثمار.",
    ],
    "domestic politics": [
        "استقبل وزير الداخلية السعودي في الرياض أمس أمير منطقة القصيم.",
        "التقى رئيس الوزراء المصري بمحافظ الإسكندرية لبحث مشروعات البنية التحتية.",
        "زار الرئيس التونسي ولاية صفاقس وتفقد المستشفى الجامعي.",
        "ترأس خادم الحرمين الشريفين اجتماع مجلس الوزراء في قصر السلام بجدة.",
        "استقبل أمير منطقة مكة المكرمة القنصل العام الفرنسي في جدة.",
    ],
    "prospects, denials and what others expect": [
        "ويتوقع المراقبون أن يزور الرئيس الصيني الرياض العام المقبل.",
        "أكد وزير الخارجية الروسي أن بلاده لن توقع أي اتفاق مع أوكرانيا قبل انسحاب القوات.",
    ],
    "a gathering of many states": [
        "شارك وزير المالية السعودي في اجتماع مجموعة العشرين.",
        "استقبلت مطارات المملكة أكثر من مليون حاج قادمين من إندونيسيا وباكستان.",
    ],
}
POSITIVES = [
    ("وصل الرئيس الفرنسي إلى طوكيو أمس في زيارة رسمية لليابان.", "visit"),
    ("وقعت السعودية وفرنسا اتفاقية للتعاون في مجال الطاقة.", "signing"),
    ("استقبل الرئيس التونسي وزير الخارجية الإيطالي في قصر قرطاج.", "meeting"),
    ("هنأ أمير قطر الرئيس الفرنسي بمناسبة العيد الوطني لبلاده.", "congratulation"),
]


@pytest.mark.parametrize("text", [t for texts in NEGATIVES.values() for t in texts])
def test_a_stream_sentence_with_no_relation_gives_no_event(text: str):
    assert run(text).events == []


@pytest.mark.parametrize("text, kind", POSITIVES)
def test_the_same_triggers_still_tell_a_relation(text: str, kind: str):
    assert kind in {e.type for e in run(text, min_confidence=DEFAULT_MIN_CONFIDENCE).events}


def test_a_statement_of_four_states_is_multilateral_and_left_out_at_any_threshold():
    text = "وقعت الإمارات والسعودية ومصر والبحرين بيانا مشتركا يدين الهجوم."
    assert run(text).events == []
    three = "وقعت الإمارات والسعودية ومصر بيانا مشتركا يدين الهجوم."
    assert [sorted(e.parties) for e in run(three).events if e.type == "signing"] == [["AE", "EG", "SA"]]
