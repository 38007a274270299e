"""What the g and h quarters of the written corpus left (issue 11): classes of phrasing for visits and
meetings, each told by sentences written for these tests in varied styles."""
from __future__ import annotations

import pytest

from .conftest import events


def meetings_with(text: str) -> list[tuple[str, str]]:
    """Every meeting read, as its sorted pair of states, one row per meeting (two meetings of the same
    states with different people are two rows)."""
    found = [tuple(sorted({p.iso or "" for p in e.agents})) for e in events(text, "meeting")]
    return sorted((s[0], s[1]) for s in found if len(s) == 2)


# a guest received by a host, then talks held with another official of the host's state, the verb's
# subject left unsaid: the guest held them, a second meeting
SECOND_MEETINGS = [
    ("وصل الرئيس الأميركي جو بايدن إلى جدة مساء الجمعة، واستقبله الملك سلمان في قصر السلام، ثم عقد جلسة "
     "محادثات مع الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء.", [("SA", "US"), ("SA", "US")]),
    ("حط الرئيس الفرنسي إيمانويل ماكرون رحاله في الرياض، حيث استقبله العاهل السعودي في الديوان الملكي، "
     "ثم عقد اجتماعا مع ولي العهد السعودي.", [("FR", "SA"), ("FR", "SA")]),
    ("وصل المستشار الألماني أولاف شولتس إلى بكين صباح الجمعة، واستقبله الرئيس الصيني شي جين بينغ، وبعد "
     "ذلك أجرى مباحثات مع رئيس الوزراء الصيني لي تشيانغ.", [("CN", "DE"), ("CN", "DE")]),
    ("واستقبل الرئيس عبد الفتاح السيسي رئيس وزراء اليونان كيرياكوس ميتسوتاكيس بقصر الاتحادية، ثم عقد "
     "الضيف جلسة مباحثات مع وزير الخارجية سامح شكري.", [("EG", "GR"), ("EG", "GR")]),
]


@pytest.mark.parametrize("text,pairs", SECOND_MEETINGS)
def test_talks_after_a_reception_are_the_guests(text: str, pairs: list[tuple[str, str]]) -> None:
    assert meetings_with(text) == pairs


@pytest.mark.parametrize("text", [
    # no guest of another state before: a host meeting his own officials is no meeting between states
    "ترأس الملك سلمان جلسة مجلس الوزراء في جدة، ثم عقد اجتماعا مع نجله ولي العهد محمد بن سلمان.",
    "وألقى الرئيس الصيني شي جين بينغ كلمة في افتتاح المؤتمر، ثم أجرى محادثات مع رئيس الوزراء لي تشيانغ.",
])
def test_a_host_with_his_own_officials_is_no_meeting(text: str) -> None:
    assert meetings_with(text) == []


def visit_dates(text: str) -> list[str | None]:
    """The date of each visit read with no publication date known, sorted (None: undated)."""
    return sorted((e.date.iso() if e.date else "") for e in events(text, "visit", None)) or []


# 'last' before a visit noun dated by a month or a year only: the earlier trip the article recalls, its own
# visit, kept apart from the current one its weekday cannot date
LAST_VISITS = [
    ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر مساء الخميس في زيارة تستمر ثلاثة أيام.\n\n"
     "وتعود آخر زيارة لماكرون إلى الجزائر إلى ديسمبر 2017، في مستهل ولايته الأولى.", ["", "2017-12"]),
    ("حل وزير الخارجية الإيراني ضيفا على بغداد صباح الأحد في جولة إقليمية.\n\n"
     "وكانت آخر زيارة لوزير الخارجية الإيراني إلى العراق في مارس 2021.", ["", "2021-03"]),
    ("يبدأ الرئيس التركي رجب طيب أردوغان الثلاثاء زيارة رسمية إلى قطر.\n\n"
     "وجرت آخر زيارة لأردوغان إلى قطر عام 2019، حين شارك في اجتماع اللجنة الاستراتيجية العليا.",
     ["", "2019"]),
]


@pytest.mark.parametrize("text,dates", LAST_VISITS)
def test_the_last_visit_dated_by_month_is_its_own(text: str, dates: list[str]) -> None:
    assert visit_dates(text) == dates


@pytest.mark.parametrize("text", [
    # 'last' with no date of its own, or with the day of the current trip: the trip reported
    "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر مساء الخميس.\n\nوهي آخر زيارة لماكرون إلى الجزائر "
    "قبل انتهاء ولايته.",
    "وصل الرئيس الأميركي جو بايدن إلى الرياض في 15 يوليو 2022، في آخر زيارة له إلى المنطقة قبل الانتخابات.",
])
def test_a_last_visit_without_its_own_month_is_the_current(text: str) -> None:
    assert len(visit_dates(text)) == 1


def undated_meetings(text: str) -> int:
    """How many nodes the meetings read with no publication date known make in the graph."""
    from diplograph.rdf import event_key
    return len({event_key(e) for e in events(text, "meeting", None)})


# with no publication date a weekday dates nothing, yet two weekdays still tell two days: the signing of
# the two leaders one day and their talks the day before are two meetings
WEEKDAY_MEETINGS = [
    ("وقع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري أسياس أفورقي يوم الاثنين في أسمرة إعلانا مشتركا "
     "للسلام.\n\nوكان الزعيمان قد عقدا مساء الأحد جلسة محادثات مطولة في القصر الرئاسي بأسمرة.", 2),
    ("وقع الرئيس الفرنسي إيمانويل ماكرون ونظيره الجزائري عبد المجيد تبون السبت في الجزائر العاصمة إعلانا "
     "للشراكة.\n\nوكان تبون قد استقبل ماكرون في المطار مساء الخميس، قبل أن يعقدا جلسة مباحثات.", 2),
    ("التقى وزير الخارجية المصري سامح شكري نظيره السوداني في القاهرة الثلاثاء لبحث الأزمة.\n\n"
     "وعاد الوزيران فاجتمعا في القاهرة صباح الخميس لمتابعة ما اتفقا عليه.", 2),
]


@pytest.mark.parametrize("text,count", WEEKDAY_MEETINGS)
def test_two_weekdays_are_two_meetings(text: str, count: int) -> None:
    assert undated_meetings(text) == count


@pytest.mark.parametrize("text", [
    # one day told twice, the weekday in one sentence only or the same in both
    "التقى وزير الخارجية المصري سامح شكري نظيره السوداني في القاهرة الثلاثاء.\n\n"
    "وبحث الوزيران خلال لقائهما تطورات الأزمة في الخرطوم.",
    "استقبل الرئيس الجزائري عبد المجيد تبون الرئيس الفرنسي إيمانويل ماكرون يوم الخميس في الجزائر.\n\n"
    "وعقد الرئيسان يوم الخميس جلسة محادثات في قصر المرادية بالجزائر.",
])
def test_one_weekday_is_one_meeting(text: str) -> None:
    assert undated_meetings(text) == 1


# touring a site in the company of an official of another state ('برفقة', 'رفقة'): a meeting of the two; a
# city of the companion's state named, the one touring is his guest there
TOURS = [
    ("وتفقد وزير الخارجية اليوناني برفقة نظيره التركي مولود تشاووش أوغلو الأحياء التي دمرها الزلزال.",
     [["GR", "TR"]], []),
    ("وتفقد الرئيس الفرنسي برفقة نظيره الجزائري عبد المجيد تبون مشروعا سكنيا جديدا في وهران.",
     [["DZ", "FR"]], [("FR", "DZ")]),
    ("وجال رئيس الوزراء الإيطالي رفقة الرئيس التونسي قيس سعيد في أزقة المدينة العتيقة في سوسة.",
     [["IT", "TN"]], [("IT", "TN")]),
    ("وتجولت الرئيسة الهندية برفقة رئيس وزراء سنغافورة في حدائق الخليج قبل مأدبة العشاء.",
     [["IN", "SG"]], []),
]


@pytest.mark.parametrize("text,met,visited", TOURS)
def test_touring_with_an_official_of_another_state(text: str, met: list[list[str]],
                                                   visited: list[tuple[str, str]]) -> None:
    from .conftest import meeting_states, visit_pairs
    assert (meeting_states(text), visit_pairs(text)) == (met, visited)


@pytest.mark.parametrize("text", [
    # a companion of the same state, no companion, a body's mission with no official of a state
    "وتفقد الرئيس المصري عبد الفتاح السيسي برفقة رئيس الوزراء مصطفى مدبولي مشروعات العاصمة الإدارية.",
    "وتفقد وزير الدفاع الأميركي لويد أوستن القوات المنتشرة في قاعدة عريفجان بالكويت.",
    "وتفقدت بعثة الأمم المتحدة برفقة مسؤولين محليين المواقع المتضررة في حلب.",
    "وجال المستشار الألماني أولاف شولتس في أروقة معرض هانوفر برفقة وزير الاقتصاد الألماني.",
    # 'تفقد' as 'loses': no company cue after it
    "وحذر الرئيس التركي من أن المنطقة قد تفقد الأمل في السلام إذا استمرت الحرب.",
])
def test_touring_without_a_foreign_companion_is_no_meeting(text: str) -> None:
    assert events(text, "meeting") == []


# leaders of states named in a list 'in the presence of' what a host state does in one of its cities were
# there: each name joined by 'and' to the one before, the list opened by the cue
PRESENCE_LISTS = [
    ("وقعت تونس والاتحاد الأوروبي أمس في قصر قرطاج مذكرة تفاهم بشأن الطاقة، بحضور الرئيس قيس سعيد "
     "ورئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس الوزراء الهولندي مارك روته.",
     [("IT", "TN"), ("NL", "TN")]),
    ("ودشن الرئيس المصري عبد الفتاح السيسي في القاهرة منتدى غاز شرق المتوسط، بحضور رئيس الوزراء اليوناني "
     "كيرياكوس ميتسوتاكيس والرئيس القبرصي نيكوس خريستودوليدس.", [("CY", "EG"), ("GR", "EG")]),
    ("وافتتحت الإمارات في أبوظبي محطة للطاقة الشمسية بحضور رئيس الوزراء الهندي ناريندرا مودي ورئيس "
     "الوزراء الباكستاني شهباز شريف.", [("IN", "AE"), ("PK", "AE")]),
]


@pytest.mark.parametrize("text,pairs", PRESENCE_LISTS)
def test_leaders_in_a_presence_list_came(text: str, pairs: list[tuple[str, str]]) -> None:
    from .conftest import visit_pairs
    assert visit_pairs(text) == pairs


@pytest.mark.parametrize("text", [
    # the name after a comma opens another clause; a list in no city of the host; a planned signing
    "وقعت تونس والاتحاد الأوروبي في قصر قرطاج مذكرة تفاهم بحضور الرئيس قيس سعيد، فيما رحبت رئيسة "
    "الوزراء الإيطالية جورجيا ميلوني بالاتفاق من روما.",
    "ومن المقرر أن توقع تونس والاتحاد الأوروبي مذكرة تفاهم في قرطاج بحضور الرئيس قيس سعيد ورئيسة الوزراء "
    "الإيطالية جورجيا ميلوني.",
])
def test_no_visit_outside_a_presence_list(text: str) -> None:
    from .conftest import visit_pairs
    assert [p for p in visit_pairs(text) if p[0] == "IT"] == []


# 'his guest' (no name, no nisba) received by a host: the visitor the article told of, to the host's state
HIS_GUEST = [
    "وصل رئيس الوزراء الهندي ناريندرا مودي إلى إسرائيل يوم الثلاثاء.\n\n"
    "وخالف رئيس الوزراء الإسرائيلي بنيامين نتنياهو المراسم، فاستقبل ضيفه بنفسه عند باب الطائرة.",
    "حطت طائرة المستشار الألماني أولاف شولتس في بكين صباح الجمعة.\n\n"
    "واستقبل الرئيس الصيني شي جين بينغ ضيفه في قاعة الشعب الكبرى.",
    "بدأت رئيسة الوزراء الإيطالية جورجيا ميلوني أمس زيارة إلى الجزائر.\n\n"
    "واستقبل الرئيس عبد المجيد تبون ضيفته في قصر المرادية.",
]


@pytest.mark.parametrize("text", HIS_GUEST)
def test_his_guest_is_the_visitor(text: str) -> None:
    from .conftest import meeting_states
    visitor = events(text, "visit")[0].agents[0].iso
    host = events(text, "visit")[0].parties[0]
    assert meeting_states(text) == [sorted([visitor or "", host])]


@pytest.mark.parametrize("text", [
    # no visitor told before, a guest of his own state
    "واستقبل الرئيس الصيني شي جين بينغ ضيفه في قاعة الشعب الكبرى.",
    "زار وزير الخارجية الصيني وانغ يي ولاية شينجيانغ.\n\nواستقبل الرئيس الصيني شي جين بينغ ضيفه في بكين.",
])
def test_his_guest_with_no_foreign_visitor_is_no_meeting(text: str) -> None:
    assert events(text, "meeting") == []
