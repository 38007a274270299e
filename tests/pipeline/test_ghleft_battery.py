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
     "محادثات مع ولي العهد الأمير محمد بن سلمان.", [("SA", "US"), ("SA", "US")]),
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
    "ترأس الملك سلمان جلسة مجلس الوزراء في جدة، ثم عقد اجتماعا مع ولي العهد الأمير محمد بن سلمان.",
    "وألقى الرئيس الصيني شي جين بينغ كلمة في افتتاح المؤتمر، ثم أجرى محادثات مع رئيس الوزراء لي تشيانغ.",
])
def test_a_host_with_his_own_officials_is_no_meeting(text: str) -> None:
    assert meetings_with(text) == []
