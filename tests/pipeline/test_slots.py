"""Slots: a trigger's arguments taken in the positions its frame (frames.tsv) names, inside its clause; and
the rule families that read them (receptions, cables of congratulation). Every sentence here was written
for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.document import Document, Event
from diplograph.errors import DiplographError
from diplograph.pipeline import DATED_STAGES, TEXT_STAGES
from diplograph.pipeline.read import document_from_text
from diplograph.pipeline.rules.context import Context
from diplograph.pipeline.slots import Frame
from diplograph.frames import read_frames

from .conftest import events, run


def frames(text: str) -> list[tuple[str, Frame]]:
    """Each trigger of `text` (its surface) with its frame, as the rules see it."""
    import datetime as dt

    doc: Document = document_from_text(text, "test.txt", published=dt.date(2024, 3, 6))
    for stage in (*TEXT_STAGES, *DATED_STAGES):
        doc = stage(doc)
    out = []
    for s in doc.sentences:
        ctx = Context(doc, s, doc.in_sentence(s.index), None, {})
        out += [(doc.surface(t.start, t.end), ctx.frame(t)) for t in ctx.of("trigger")]
    return out


def roles(frame: Frame) -> dict[str, list[str]]:
    return {r: [u.iso or "" for u in us] for r, us in frame.roles.items()}


def pairs(evs: list[Event]) -> list[tuple[str, str]]:
    return sorted((e.agents[0].iso or "", (e.recipients[0].iso if e.recipients else e.recipient_states[0])
                   or "") for e in evs)


# --- positions ------------------------------------------------------------------------------------------
def test_vso_subject_and_object_after_the_verb():
    (_, frame), = frames("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الياباني في القاهرة.")
    assert roles(frame) == {"host": ["EG"], "guest": ["JP"]}
    assert frame.how == {"host": "after", "guest": "after"}


def test_svo_subject_before_the_verb_in_a_headline():
    (_, frame), = frames("الرئيس التونسي يستقبل وزير الخارجية الإيطالي")
    assert roles(frame) == {"host": ["TN"], "guest": ["IT"]}
    assert frame.how["host"] == "before"


def test_coordinated_actors_are_one_slot():
    found = frames("وقع وزير الخارجية الأردني ونظيره العراقي اليوم مذكرة تفاهم للتعاون الثقافي.")
    frame = next(f for word, f in found if word == "وقع")
    assert roles(frame) == {"signatory": ["JO", "IQ"]}


def test_prepositions_carry_roles():
    found = dict(frames("وبحث وزير الخارجية القطري مع نظيره التركي العلاقات الثنائية."))
    assert roles(found["وبحث"]) == {"agent": ["QA"], "partner": ["TR"]}
    assert found["وبحث"].how["partner"] == "with"
    found = dict(frames("والتقى وزير الخارجية الكويتي بالرئيس اللبناني في بيروت."))
    assert roles(found["والتقى"]) == {"agent": ["KW"], "partner": ["LB"]}


def test_a_side_names_each_signatory():
    found = dict(frames("ووقعها عن الجانب الأردني وزير الخارجية أيمن الصفدي، وعن الجانب الكويتي وزير "
                        "الخارجية الكويتي."))
    assert roles(found["ووقعها"])["signatory"] == ["JO", "KW"]


def test_a_pronoun_stands_for_the_subject_of_the_sentence():
    found = dict(frames("وصل رئيس الوزراء الباكستاني إلى أنقرة، حيث كان في استقباله وزير الخارجية التركي."))
    assert roles(found["في استقباله"]) == {"guest": ["PK"], "hosts": ["TR"]}


def test_an_institution_does_not_act():
    """'the embassy of X': X owns the place, it is not the guest."""
    (_, frame), = frames("استقبل وزير الخارجية السعودي بمقر سفارة المملكة في روما المستشار "
                         "الدبلوماسي الإيطالي.")
    assert roles(frame)["guest"] == ["IT"]


def test_a_frame_with_an_unknown_position_is_an_error_naming_the_file(tmp_path: Path):
    path = tmp_path / "frames.tsv"
    path.write_text("# source: a test\nframe\trole\tpositions\nmeet\tagent\tbefore|behind\n",
                    encoding="utf-8")
    with pytest.raises(DiplographError, match="behind") as error:
        read_frames(path)
    assert "frames.tsv" in str(error.value)


# --- receptions ------------------------------------------------------------------------------------------
def test_the_welcoming_party_hosts_the_guest_named_after_in_reception():
    """'كان في استقبال X لدى وصوله Y': X is the guest, Y (a list) the hosts."""
    text = ("وصل ولي العهد الكويتي اليوم إلى الرباط. وكان في استقبال ولي العهد الكويتي لدى وصوله رئيس "
            "الحكومة المغربية ووزير الخارجية المغربي.")
    evs = events(text)
    assert [sorted(e.states()) for e in evs if e.type == "meeting"] == [["KW", "MA"]]
    assert {(e.agents[0].iso, e.parties[0]) for e in evs if e.type == "visit"} == {("KW", "MA")}


def test_the_visitors_own_officials_in_the_welcoming_party_meet_no_other_state():
    text = ("وصل أمير دولة قطر اليوم إلى باريس. وكان في استقباله لدى وصوله سفير دولة قطر لدى فرنسا "
            "ووزير الدولة القطري.")
    evs = events(text)
    assert [e for e in evs if e.type == "meeting"] == []
    assert {(e.agents[0].iso, e.parties[0]) for e in evs if e.type == "visit"} == {("QA", "FR")}


def test_a_reception_under_the_guests_pronoun_is_read_the_right_way():
    text = ("ونقلت الوكالة عن الرئيس الإيراني قوله خلال استقباله وزير الخارجية العماني إن الحوار هو الحل.")
    evs = events(text)
    assert [sorted(e.states()) for e in evs if e.type == "meeting"] == [["IR", "OM"]]
    assert {(e.agents[0].iso, e.parties[0]) for e in evs if e.type == "visit"} == {("OM", "IR")}


# --- cables of congratulation ----------------------------------------------------------------------------
CABLES = ("بعث ملك البحرين برقية تهنئة لفخامة رئيس جمهورية البرتغال بمناسبة ذكرى اليوم الوطني لبلاده.\n"
          "وأعرب ملك البحرين عن أطيب التهاني لفخامته ولحكومة وشعب جمهورية البرتغال الصديق.\n"
          "كما بعث ملك البحرين برقية تهنئة لفخامة رئيسة جمهورية سلوفاكيا بمناسبة اليوم الوطني.\n"
          "وعبر جلالته عن أطيب التهاني لفخامتها ولحكومة وشعب جمهورية سلوفاكيا الصديق.\n"
          "كما بعث ولي العهد البحريني برقية مماثلة لرئيس جمهورية البرتغال عبر فيها عن أطيب التهاني لفخامته.")


def test_one_event_per_cable_and_sender():
    evs = events(CABLES, "congratulation")
    assert pairs(evs) == [("BH", "PT"), ("BH", "PT"), ("BH", "SK")]
    assert len({tuple(p.key for p in e.agents) for e in evs}) == 2     # the king and the crown prince


def test_a_title_pronoun_stands_for_the_cables_recipient():
    """'لفخامتها ولحكومة وشعب جمهورية سلوفاكيا' is Slovakia's president, not the one named before."""
    doc = run(CABLES)
    pronouns = [m for m in doc.people if m.via == "pronoun" and m.person.role == "president"]
    assert [m.person.iso for m in pronouns] == ["PT", "SK", "PT"]


def test_the_continuation_of_a_cable_is_not_a_cable_of_the_deputy():
    text = ("بعث ملك البحرين برقية تهنئة لفخامة رئيس جمهورية البرتغال.\n"
            "وأعرب نائب ملك البحرين عن أطيب التهاني لفخامته ولحكومة وشعب جمهورية البرتغال.")
    assert pairs(events(text, "congratulation")) == [("BH", "PT")]


# --- signings read from the frame -------------------------------------------------------------------
def test_an_apposition_between_commas_keeps_the_list_of_signatories():
    found = dict(frames("وقع أيمن الصفدي، وزير الخارجية، ونظيره العراقي اليوم مذكرة تفاهم للتعاون الثقافي."))
    assert roles(found["وقع"])["signatory"] == ["JO", "IQ"]


def test_the_witnesses_of_a_signing_do_not_sign_but_their_states_are_bound():
    found = dict(frames("وشهد الرئيس المصري ونظيره القبرصي توقيع مذكرة تفاهم للتعاون في مجال الطاقة."))
    assert roles(found["توقيع"]) == {"witness": ["EG", "CY"]}
    (ev,) = events("وشهد الرئيس المصري ونظيره القبرصي توقيع مذكرة تفاهم للتعاون في مجال الطاقة.", "signing")
    assert sorted(ev.parties) == ["CY", "EG"] and ev.agents == []


def test_the_other_side_signs_the_document_through_its_pronoun():
    text = ("ووقع وزير الخارجية الأردني على اتفاقية للتعاون الاقتصادي، بينما وقعها من جانب العراق وزير "
            "الخارجية العراقي.")
    (ev,) = events(text, "signing")
    assert sorted(p.iso or "" for p in ev.agents) == ["IQ", "JO"] and sorted(ev.parties) == ["IQ", "JO"]


def test_one_state_named_in_a_signing_is_no_pair_unless_the_sides_are_known():
    """A state named elsewhere in the sentence does not sign; 'one more document' keeps the article's
    sides."""
    assert events("ووقع وزير الخارجية الأردني اتفاقية مع شركة نفط أثناء زيارته إلى فرنسا.", "signing") == []
    text = ("وقع وزير الخارجية الأردني ونظيره العراقي اليوم مذكرة تفاهم للتعاون الثقافي.\n"
            "كما جرى التوقيع على اتفاقية للتعاون في مجال التعليم.")
    assert [sorted(e.parties) for e in events(text, "signing")] == [["IQ", "JO"], ["IQ", "JO"]]


# --- non-state actors -------------------------------------------------------------------------------
def test_the_head_of_a_party_or_of_an_international_body_meets_no_state():
    for text in ("استقبل الرئيس المصري في القاهرة أمس رئيس حزب المؤتمر الهندي.",
                 "والتقى وزير الخارجية الأردني الأمين العام للأمم المتحدة أنطونيو غوتيريس في نيويورك."):
        assert events(text, "meeting") == [], text


def test_an_envoy_to_an_international_body_acts_for_his_state():
    text = "ووقع المندوب الدائم للأردن لدى الأمم المتحدة مع المندوب الدائم للعراق مذكرة تفاهم للتعاون."
    (ev,) = events(text, "signing")
    assert sorted(ev.parties) == ["IQ", "JO"]


# --- multilateral sides ------------------------------------------------------------------------------
def test_a_bodys_members_as_one_side_make_no_meeting_between_two_states():
    text = ("اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية مع وزير الخارجية الياباني اليوم في "
            "مدينة الرياض.")
    assert events(text, "meeting") == []
    assert [(v.agents[0].iso, v.parties) for v in events(text, "visit")] == [("JP", ["SA"])]


def test_a_meeting_on_the_sidelines_of_a_bodys_summit_stays():
    text = "والتقى الرئيس المصري على هامش قمة الاتحاد الأفريقي في أديس أبابا بنظيره الكيني."
    assert [sorted(p.iso or "" for p in e.agents) for e in events(text, "meeting")] == [["EG", "KE"]]


def test_a_companys_chairman_signs_for_no_state():
    """A bare title would be the president of the state of the visit; its complement names a company."""
    text = ("وصل ولي العهد الأردني الأمير الحسين بن عبدالله إلى واشنطن أمس في زيارة رسمية.\n"
            "ووقع ولي العهد الأردني الأمير الحسين بن عبدالله، الثلاثاء، مع رئيس مجلس الإدارة لشركة نفط "
            "كبرى، مذكرة تفاهم لإنشاء محطة للطاقة.")
    assert events(text, "signing") == []
    assert [e.parties for e in events(text, "visit")] == [["US"]]


def test_the_head_of_a_federal_subject_meets_for_no_state():
    text = ("التقى ولي العهد السعودي في جدة اليوم الرئيس رمضان قاديروف رئيس جمهورية الشيشان.\n"
            "وجرى خلال اللقاء بحث المسائل ذات الاهتمام المشترك.")
    assert events(text, "meeting") == []


def test_a_counterpart_with_an_unknown_nisba_then_his_name_is_in_the_list():
    text = ("عقد كل من وزير الخارجية الأردني أيمن الصفدي، ونظيره الإسبانيى، خوسيه مانويل ألباريس، مباحثات "
            "مطولة في مدريد أمس.")
    meetings = events(text, "meeting")
    assert [sorted(p.iso or "" for p in m.agents) for m in meetings] == [["ES", "JO"]]
    assert [(v.agents[0].iso, v.parties) for v in events(text, "visit")] == [("JO", ["ES"])]


def test_their_talks_after_the_talks_were_told_are_the_same_talks():
    text = ("وعقد وزير الخارجية المصري سامح شكري ونظيره الروسي سيرغي لافروف مباحثات في موسكو أمس.\n"
            "وثمن الوزيران المصري والروسي خلال مباحثاتهما التعاون بين البلدين، بعد زيارة الرئيس الروسي "
            "للقاهرة في ديسمبر الماضي.")
    assert len(events(text, "meeting")) == 1


def test_a_dateline_city_is_neither_an_actor_nor_where_it_happens():
    text = ("عمان - وقع الملك الأردني ورئيس الوزراء الهندي يوم 16 ديسمبر 2023 في نيودلهي على اتفاقية "
            "للتعاون بين البلدين.")
    (sign,) = events(text, "signing")
    assert sorted(p.iso or "" for p in sign.agents) == ["IN", "JO"] and sign.place.en == "New Delhi"
