"""The h quarter of the written corpus (issue 11): classes of phrasing that general news (not wire copy)
uses for visits, meetings and non-facts, each told by sentences written for these tests in varied styles."""
from __future__ import annotations

import pytest

from .conftest import meeting_states, visit_pairs

# a landing told with 'حط' and a place, or with the traveller's plane ('هبطت طائرته')
LANDINGS = [
    ("وحط وزير الخارجية الفرنسي جان نويل بارو مساء الأحد في بيروت في زيارة لم يعلن عنها مسبقا.",
     [("FR", "LB")]),
    ("وفي جولته الخليجية الأولى، حط الرئيس الكوري الجنوبي يون سوك يول صباح اليوم في الرياض.",
     [("KR", "SA")]),
    ("وكان رئيس الوزراء الهندي ناريندرا مودي قد هبطت طائرته ظهر أمس في أبوظبي وسط إجراءات أمنية مشددة.",
     [("IN", "AE")]),
    ("أما المستشار الألماني أولاف شولتس فقد حطت طائرته في مطار بكين الدولي قبيل منتصف الليل.",
     [("DE", "CN")]),
    ("وحطت طائرة رئيس الوزراء الياباني فوميو كيشيدا في كييف بعد رحلة طويلة بالقطار من بولندا.",
     [("JP", "UA")]),
]


@pytest.mark.parametrize("text,pairs", LANDINGS)
def test_a_landing_is_a_visit(text: str, pairs: list[tuple[str, str]]) -> None:
    assert visit_pairs(text, "2024-03-06") == pairs


@pytest.mark.parametrize("text", [
    # 'حط من' is to belittle, no landing
    "وانتقد الرئيس الفرنسي إيمانويل ماكرون الحملة التي حطت من قدر المؤسسات الأوروبية في باريس.",
    "واتهم المتحدث باسم الخارجية الإيرانية واشنطن بأنها تحط من شأن المفاوضات الجارية في فيينا.",
    # a plane with no traveller of a state
    "وهبطت طائرة شحن تركية محملة بالمساعدات في مطار دمشق الدولي صباح اليوم.",
])
def test_no_landing_without_a_traveller_or_a_place(text: str) -> None:
    assert visit_pairs(text) == []


# a meeting told as sitting with someone, and a verb of meeting whose subject is left unsaid before 'with'
SAT_WITH = [
    ("وحط وزير الخارجية الأميركي أنتوني بلينكن في القاهرة، حيث جلس مع الرئيس عبد الفتاح السيسي لأكثر من "
     "ساعتين.", ["EG", "US"]),
    ("وفي الدوحة جلس الرئيس التركي رجب طيب أردوغان مع الأمير تميم على مائدة عشاء أقيمت على شرفه.",
     ["QA", "TR"]),
    ("وجلست رئيسة الوزراء الإيطالية جورجيا ميلوني مع الرئيس التونسي قيس سعيد في قصر قرطاج.", ["IT", "TN"]),
    ("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر العاصمة، حيث اجتمع مع الرئيس عبد المجيد تبون في "
     "قصر المرادية.", ["DZ", "FR"]),
]


@pytest.mark.parametrize("text,states", SAT_WITH)
def test_sitting_with_is_a_meeting(text: str, states: list[str]) -> None:
    assert states in meeting_states(text)


@pytest.mark.parametrize("text", [
    # sitting in a seat, at a table or on a throne is no meeting
    "وجلس الرئيس الفرنسي إيمانويل ماكرون في الصف الأول إلى جانب الرئيس الأميركي جو بايدن خلال المراسم.",
    "وجلس الملك تشارلز الثالث على العرش للمرة الأولى في افتتاح دورة البرلمان البريطاني.",
    # sitting with one's own people
    "وجلس رئيس الوزراء البريطاني ريشي سوناك مع أعضاء حكومته لمناقشة الموازنة في لندن.",
])
def test_sitting_alone_or_with_no_one_of_another_state(text: str) -> None:
    assert meeting_states(text) == []


# modality: getting ready to travel is a trip to come; a visit a headline puts off (present) did not happen
@pytest.mark.parametrize("text", [
    "ويستعد رئيس الوزراء البريطاني كير ستارمر للسفر إلى واشنطن الأسبوع المقبل للقاء الرئيس جو بايدن.",
    "وتستعد وزيرة الخارجية الألمانية أنالينا بيربوك للتوجه إلى بكين في أول زيارة لها إلى الصين.",
    "زيارة الرئيس الجزائري عبد المجيد تبون إلى باريس تتأجل مجددا.",
    "لقاء الرئيس الأميركي جو بايدن والرئيس الصيني شي جين بينغ يتأجل إلى موعد لم يحدد بعد.",
    "زيارة وزير الخارجية الروسي سيرغي لافروف إلى أنقرة تلغى في اللحظة الأخيرة.",
])
def test_getting_ready_and_put_off_are_not_facts(text: str) -> None:
    assert visit_pairs(text) == [] and meeting_states(text) == []


def test_a_visit_made_after_it_was_put_off_is_one() -> None:
    """Putting off told with the past, after the visit ('after it was put off twice'), is no headline
    predicate: the visit took place."""
    text = "وبدأ الرئيس الجزائري عبد المجيد تبون زيارة إلى روما بعد أن تأجلت مرتين."
    assert visit_pairs(text) == [("DZ", "IT")]


# 'بورصة' is the stock exchange in business news; Bursa only when told as a Turkish city
@pytest.mark.parametrize("text,pairs", [
    ("وارتفعت الأسهم في بورصة باريس، بعد أن أبرم الرئيس الفرنسي إيمانويل ماكرون ورئيس الوزراء اليوناني "
     "كيرياكوس ميتسوتاكيس أمس في قصر الإليزيه اتفاقا للتعاون الدفاعي.", [("GR", "FR")]),
    ("وصعد المؤشر العام في بورصة الكويت، فيما وصل الرئيس المصري عبد الفتاح السيسي إلى الكويت في زيارة "
     "رسمية.", [("EG", "KW")]),
    ("وزار الرئيس الأذربيجاني إلهام علييف مدينة بورصة التركية برفقة الرئيس رجب طيب أردوغان.",
     [("AZ", "TR")]),
])
def test_the_stock_exchange_is_no_city(text: str, pairs: list[tuple[str, str]]) -> None:
    assert visit_pairs(text) == pairs
