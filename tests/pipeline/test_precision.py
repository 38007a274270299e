"""Precision on news: readings that are no event (a call told in two sentences, a meeting spoken of as a
prospect, the subject of talks taken for a party). Each rule has a positive and a negative sentence, written
for these tests."""
from __future__ import annotations

from diplograph.pipeline.names import Names

from .conftest import events, run


def met(text: str) -> list[list[str]]:
    return [sorted({p.iso for p in e.agents}) for e in events(text, "meeting")]


def test_talks_told_after_a_phone_call_are_the_call():
    text = ("أجرى رئيس الوزراء الياباني اتصالا هاتفيا بنظيره الكندي أمس. "
            "وبحث رئيس الوزراء الياباني مع نظيره الكندي سبل تعزيز التجارة بين البلدين.")
    assert met(text) == []


def test_talks_with_no_call_before_them_stay():
    text = ("وصل رئيس الوزراء الياباني إلى أوتاوا أمس. "
            "وبحث رئيس الوزراء الياباني مع نظيره الكندي سبل تعزيز التجارة بين البلدين.")
    assert ["CA", "JP"] in met(text)


def test_a_call_with_others_leaves_later_talks_alone():
    text = ("أجرى الرئيس الفرنسي اتصالا هاتفيا بالمستشار الألماني أمس. "
            "وبحث الرئيس البرازيلي مع نظيره الأرجنتيني في بوينس آيرس سبل تعزيز التجارة.")
    assert ["AR", "BR"] in met(text)


def test_the_chances_of_a_meeting_are_no_meeting():
    text = "قال الوزير إنه متفائل إزاء فرص نجاح أول لقاء بين الرئيس البرازيلي والرئيس الأرجنتيني."
    assert met(text) == []


def test_the_success_of_a_meeting_held_stays():
    text = "أكد الوزير نجاح لقاء الرئيس البرازيلي بالرئيس الأرجنتيني في برازيليا أمس."
    assert ["AR", "BR"] in met(text)


def test_the_state_discussed_is_not_one_of_the_ministers():
    text = "التقى الأحد في بكين وزراء خارجية الصين وباكستان وأفغانستان لبحث سبل تسوية النزاع اليمني."
    found = met(text)
    assert found and all("YE" not in states for states in found)
    visitors = {p.iso for e in events(text, "visit") for p in e.agents}
    assert "YE" not in visitors


def test_every_minister_named_before_the_purpose_is_kept():
    text = "التقى الأحد في بكين وزراء خارجية الصين وباكستان وأفغانستان لبحث التعاون الإقليمي."
    assert ["AF", "CN", "PK"] in met(text)


def signed(text: str) -> list[list[str]]:
    return [sorted(e.parties) for e in events(text, "signing")]


def test_a_document_cited_as_a_basis_is_no_signing():
    text = "وقرر البلدان تبادل السفراء وفقا لأحكام اتفاقية العلاقات القنصلية الموقعة في جنيف عام 1963."
    assert signed(text) == []
    text = "وطبقا للاتفاق الذي أبرم مؤخرا بين برلين ووارسو، ستفتح بولندا موانئها أمام السفن الألمانية."
    assert signed(text) == []


def test_a_cited_document_whose_signatories_are_named_stays():
    text = "وانضمت البرتغال إلى المبادرة بموجب مذكرة تفاهم وقعها البلدان في لشبونة مع إسبانيا عام 2019."
    assert signed(text) != []


def test_a_cited_document_signed_yesterday_stays():
    text = "وبموجب الاتفاقية التي وقعت أمس بين كينيا وتنزانيا، تلغى رسوم العبور بين البلدين."
    assert ["KE", "TZ"] in signed(text)


def test_the_other_side_signs_with_no_document_of_its_own():
    text = "ووقع وزير خارجية البرازيل على اتفاقية إقامة العلاقات الدبلوماسية، فيما وقع وزير خارجية فانواتو."
    assert ["BR", "VU"] in signed(text)


def test_a_strong_likelihood_of_signing_is_no_signing():
    text = "هناك احتمالا كبيرا أن يوقع الرئيس الإيطالي ونظيره النمساوي اتفاقية للتعاون."
    assert signed(text) == []


def test_a_signing_with_no_likelihood_word_stays():
    text = "وقع الرئيس الإيطالي ونظيره النمساوي اتفاقية للتعاون في روما أمس."
    assert ["AT", "IT"] in signed(text)


def test_the_right_hand_is_not_yemen():
    doc = run("وصل الجنرال، اليد اليمنى للرئيس الكوبي، إلى موسكو أمس في زيارة رسمية.")
    assert "YE" not in {m.iso for m in doc.mentions if m.kind == "state"}


def test_the_yemeni_minister_stays_yemeni():
    doc = run("وصل وزير الخارجية اليمني إلى موسكو أمس في زيارة رسمية.")
    assert "YE" in {m.iso for m in doc.mentions if m.kind == "state"}


def test_a_party_word_is_no_name_word():
    doc = run("وصل الجنرال نغوين، نائب رئيس اللجنة المركزية لحزب العمال، إلى موسكو أمس.")
    names = Names(doc, frozenset())
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "لحزب")
    assert not names.name_word(k)
    j = next(i for i, t in enumerate(doc.tokens) if t.text == "نغوين")
    assert names.name_word(j)


def test_met_with_takes_the_one_after_with_not_a_later_name():
    text = ("اجتمع رئيس الوزراء الياباني فوميو كيشيدا مع رئيس كوريا الجنوبية يون سوك يول أمس "
            "لمناقشة قمة محتملة بين يون والرئيس الصيني شي جين بينغ.")
    assert met(text) == [["JP", "KR"]]


def test_met_with_a_bare_object_stays():
    text = "التقى الرئيس البرازيلي نظيره الأرجنتيني في برازيليا أمس."
    assert met(text) == [["AR", "BR"]]


def _people(text: str) -> set[str]:
    return {m.person.iso or "" for m in run(text).mentions if m.kind == "person" and m.person}


def test_a_leader_named_after_the_nisba_is_that_person():
    assert _people("وصل الزعيم الكوري كيم جونغ أون إلى فلاديفوستوك أمس.") == {"KP"}


def test_a_leader_with_no_name_is_the_nisbas_head_of_state():
    assert _people("وصل الزعيم الصيني إلى موسكو أمس.") == {"CN"}


def _congratulations(text: str) -> list[tuple[str, str]]:
    return [(e.agents[0].iso or "", (e.recipients[0].iso if e.recipients else e.recipient_states[0]) or "")
            for e in events(text, "congratulation")]


def test_a_similar_cable_to_a_president_goes_to_him():
    text = ("كما بعث ولي العهد الأردني الأمير الحسين بن عبدالله برقية مماثلة "
            "للرئيس إيمانويل ماكرون رئيس فرنسا عبر فيها عن أبلغ التهاني وأطيب التمنيات لفخامته.")
    assert ("JO", "FR") in _congratulations(text)
    assert ("FR", "JO") not in _congratulations(text)


def test_congratulations_from_the_one_named_first_stay():
    text = "هنأ الرئيس الفرنسي إيمانويل ماكرون الرئيس البرازيلي بمناسبة العيد الوطني."
    assert _congratulations(text) == [("FR", "BR")]
