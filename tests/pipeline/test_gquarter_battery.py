"""Visits and meetings of the sixth written quarter's error classes (gvis12), each shown by sentences written
for these tests in the manner of Arabic wire reports, positives and negatives:

- a tour's stops after 'where X received him, then he moved to Y': the one received goes on, the host stays;
- 'in his first official visit to France' ('له' after the noun): the visit is the subject's, not that of
  the last minister named in his delegation;
- a reception told in a clause after another place ('the first visit to Morocco, and it comes after X
  received Y in Carthage'): it is where its own clause says;
- 'and met there with X' ('واجتمع فيها بـX', 'واجتمع مع X'): the unsaid subject of a meeting verb;
- a meeting its clause places in a third state's city: every participant came there;
- a meeting told after 'where' ('then moved to Nouakchott, where he held talks with X'): in that place;
- 'sent his foreign minister to Nairobi, where Y received him': the envoy travels, the sender stays home;
- a family name that is a nisba, alone after 'had' of a background clause ('وكان السوداني قد زار');
- 'the last time' after a title is no name; 'France 24' at the dateline is no city;
- 'spent Sunday in the city of Jeddah': a stay abroad is a visit;
- 'X, who arrived in Doha' after 'attended the match': the relative's antecedent travels;
- 'the crown prince of Abu Dhabi' (a capital in the genitive) is of the UAE;
- defence (and other portfolio) ministers over a list of states: one meeting, each guest's visit;
- one 'in the presence of' whom a host acts in a city of the host's state was there.
None of these sentences is copied from a corpus."""
from __future__ import annotations

import pytest

from .conftest import events, meeting_states, visit_pairs

# (text, visits that must be read, visits that must not be read)
VISITS: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    # the one received goes on with the tour; the host who received him stays
    ('وبدأ وزير الخارجية المغربي ناصر بوريطة جولته الخليجية بالرياض حيث استقبله ولي العهد السعودي الأمير '
     'محمد بن سلمان، ثم انتقل إلى الدوحة.',
     [('MA', 'SA'), ('MA', 'QA')], [('SA', 'QA')]),
    ('زار رئيس الوزراء الباكستاني شهباز شريف أنقرة، حيث استقبله الرئيس التركي رجب طيب أردوغان، ثم توجه '
     'إلى باكو.',
     [('PK', 'TR'), ('PK', 'AZ')], [('TR', 'AZ')]),
    ('وزار الرئيس السنغالي ماكي سال الرباط، ثم انتقل إلى نواكشوط حيث عقد جلسة محادثات مع الرئيس '
     'الموريتاني محمد ولد الغزواني.',
     [('SN', 'MA'), ('SN', 'MR')], [('MR', 'MA'), ('SN', 'SN')]),
    # 'a visit of his': the subject's, not his minister's
    ('ووصل رئيس الوزراء العراقي محمد شياع السوداني إلى باريس على رأس وفد يضم وزير الخارجية فؤاد حسين، في '
     'أول زيارة رسمية له إلى فرنسا.',
     [('IQ', 'FR')], []),
    # a reception in its own clause's place, not the place of the clause before
    ('وهي أول زيارة لرئيس تونسي إلى المغرب منذ عقد، وتأتي بعد أن استقبل الرئيس التونسي قيس سعيد في قرطاج، '
     'في يناير الماضي، وزير الخارجية المغربي ناصر بوريطة.',
     [('MA', 'TN')], []),
    ('وتأتي الزيارة بعد أن استقبل أمير الكويت في الكويت، خلال الشهر الماضي، وزير الخارجية الإيراني حسين '
     'أمير عبد اللهيان.',
     [('IR', 'KW')], []),
    # a meeting in a third state's city: both came there; in one's own capital: only the guest
    ('والتقى الرئيس الفلسطيني محمود عباس الرئيس الروسي فلاديمير بوتين في أستانا على هامش قمة إقليمية.',
     [('PS', 'KZ'), ('RU', 'KZ')], []),
    ('والتقى الرئيس الفلسطيني محمود عباس الرئيس الروسي فلاديمير بوتين في موسكو.',
     [('PS', 'RU')], [('RU', 'PS')]),
    ('والتقى رئيس الوزراء الياباني فوميو كيشيدا الرئيس الأمريكي جو بايدن آخر مرة في واشنطن.',
     [('JP', 'US')], [('US', 'JP')]),
    # the envoy travels, the sender stays
    ('وأوفد الرئيس الصومالي حسن شيخ محمود وزير خارجيته أحمد معلم فقي إلى نيروبي، حيث استقبله الرئيس '
     'الكيني وليام روتو.',
     [('SO', 'KE')], []),
    ('وأرسل العاهل المغربي الملك محمد السادس وزير الخارجية ناصر بوريطة إلى داكار، حيث التقى الرئيس '
     'السنغالي ماكي سال.',
     [('MA', 'SN')], []),
    ('وأرسل الرئيس الجزائري عبد المجيد تبون رسالة إلى الرئيس التونسي قيس سعيد.',
     [], [('DZ', 'TN')]),
    # a stay abroad, its day told between
    ('وأمضى وزير الخارجية الأمريكي أنتوني بلينكن يوم الأحد في مدينة جدة، حيث زار سوقا قديما.',
     [('US', 'SA')], []),
    ('وأمضى رئيس الوزراء الهندي ناريندرا مودي يوم السبت في مدينة مومباي.',
     [], [('IN', 'IN')]),
    # 'X, who arrived in Doha': the relative's antecedent travels, even one named as present at something
    ('وتابع المباراة من المنصة الرئاسية الرئيس الفرنسي إيمانويل ماكرون، الذي حل بالدوحة في اليوم ذاته.',
     [('FR', 'QA')], []),
    ('وحضر الحفل الرئيس التونسي قيس سعيد، الذي وصل إلى الجزائر صباح اليوم.',
     [('TN', 'DZ')], []),
    ('وقال الوزير إن الحل الذي حل بالأزمة مؤقت.',
     [], []),
    # 'then arrived in Beirut' after 'met there with Y': the guest goes on, the one he met stays
    ('وزار وزير الخارجية القطري بغداد، واجتمع فيها بنظيره العراقي فؤاد حسين، ثم حل ببيروت في اليوم التالي.',
     [('QA', 'IQ'), ('QA', 'LB')], [('IQ', 'LB')]),
    # the crown prince of a capital (a genitive) is of its state; 'the crown prince' then the city he visits
    ('وزار ولي عهد أبوظبي باريس في نوفمبر 2019 في زيارة رسمية.',
     [('AE', 'FR')], []),
    ('استقبل أمس في جدة ولي العهد السعودي الرئيس التركي. وكان ولي عهد أبوظبي قد زار '
     'أنقرة في نوفمبر 2021.',
     [('AE', 'TR'), ('TR', 'SA')], [('SA', 'TR')]),
    ('فيما زار سمو ولي العهد السعودي القاهرة في مارس 2018.',
     [('SA', 'EG')], [('EG', 'EG')]),
    # ministers of a portfolio over a list of states: each guest visits the host city's state
    ('واجتمع وزراء دفاع اليونان وقبرص ومصر في نيقوسيا لبحث أمن شرق المتوسط.',
     [('GR', 'CY'), ('EG', 'CY')], [('CY', 'CY')]),
    # present ('بحضور') where a host of another state acts at home: there; an ambassador serves there; a
    # host's own minister is at home
    ('افتتح وزير الثقافة السعودي في الرياض مؤتمرا للثقافة العربية بحضور وزير الثقافة العراقي أحمد فكاك '
     'البدراني.',
     [('IQ', 'SA')], []),
    ('افتتحت رئيسة الوزراء الإيطالية جورجا ميلوني في روما معرضا للفنون بحضور الرئيس التونسي قيس سعيد.',
     [('TN', 'IT')], []),
    ('افتتح الرئيس المصري عبد الفتاح السيسي في القاهرة متحفا جديدا بحضور السفير الإيطالي.',
     [], [('IT', 'EG')]),
    ('استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي بحضور وزير الخارجية المصري '
     'سامح شكري.',
     [('US', 'EG')], [('EG', 'EG')]),
    # the channel's name at the dateline is no city of France
    ('فرانس 24 - التقى الرئيس الفرنسي إيمانويل ماكرون أمس بولي العهد السعودي في مدينة جدة الساحلية.',
     [('FR', 'SA')], [('SA', 'FR')]),
]


@pytest.mark.parametrize("text,present,absent", VISITS)
def test_gquarter_visits(text: str, present: list[tuple[str, str]], absent: list[tuple[str, str]]) -> None:
    pairs = visit_pairs(text)
    assert all(p in pairs for p in present), pairs
    assert not any(p in pairs for p in absent), pairs


# (text, meetings read: the states of each)
MEETINGS: list[tuple[str, list[list[str]]]] = [
    # the subject of the meeting after 'then moved to' is the one received, not the host who received him
    ('وبدأ رئيس الوزراء المصري مصطفى مدبولي جولته بالعاصمة الأردنية عمان حيث استقبله الملك عبد الله الثاني، '
     'ثم انتقل إلى الكويت حيث التقى ولي العهد الكويتي.',
     [['EG', 'JO'], ['EG', 'KW']]),
    # 'and met there with X', 'and met with his counterpart': the unsaid subject
    ('وزار الرئيس الكيني وليام روتو أديس أبابا، واجتمع فيها برئيس الوزراء الإثيوبي آبي أحمد.',
     [['ET', 'KE']]),
    ('وحل وزير الخارجية الأردني أيمن الصفدي بالقاهرة، واجتمع مع نظيره المصري سامح شكري.',
     [['EG', 'JO']]),
    ('وزار الرئيس السوداني عبد الفتاح البرهان جوبا، والتقى برئيس جنوب السودان سلفا كير.',
     [['SD', 'SS']]),
    # defence ministers over a list of states: one meeting of all; with no states listed: none
    ('واجتمع وزراء دفاع اليونان وقبرص ومصر في نيقوسيا لبحث أمن شرق المتوسط.',
     [['CY', 'EG', 'GR']]),
    ('وعقد وزيرا دفاع الأردن والعراق اجتماعا في بغداد أمس.',
     [['IQ', 'JO']]),
    ('وأكد وزراء الدفاع في بيان مشترك أهمية التعاون بين مصر والسعودية.',
     []),
    # students are no state
    ('واجتمع وزير الخارجية الأردني أيمن الصفدي بطلاب الجامعة في عمان.',
     []),
    # the envoy meets; the sender is not there
    ('وأرسل العاهل المغربي الملك محمد السادس وزير الخارجية ناصر بوريطة إلى داكار، حيث التقى الرئيس '
     'السنغالي ماكي سال.',
     [['MA', 'SN']]),
]


@pytest.mark.parametrize("text,expected", MEETINGS)
def test_gquarter_meetings(text: str, expected: list[list[str]]) -> None:
    assert meeting_states(text) == expected


def _meeting_people(text: str) -> list[set[str]]:
    return [{p.ar for p in e.agents} for e in events(text, "meeting")]


def test_envoy_not_sender_is_received() -> None:
    met = _meeting_people('وأوفد الرئيس الصومالي حسن شيخ محمود وزير خارجيته أحمد معلم فقي إلى نيروبي، حيث '
                          'استقبله الرئيس الكيني وليام روتو.')
    assert met and all('حسن شيخ محمود' not in people for people in met), met


def test_last_time_is_no_name() -> None:
    met = _meeting_people('والتقى الرئيس الفلسطيني محمود عباس الرئيس الصيني آخر مرة في بكين.')
    assert met and all(not any(name.startswith('آخر') for name in people) for people in met), met


def test_nisba_surname_after_background_had() -> None:
    text = ('وأجرى رئيس الوزراء العراقي محمد شياع السوداني مباحثات في طهران مع الرئيس الإيراني.\n'
            'وكان السوداني قد زار أنقرة في آذار 2023، والتقى فيها الرئيس التركي.')
    assert ('IQ', 'TR') in visit_pairs(text)
    assert ['IQ', 'TR'] in meeting_states(text)


def test_reception_in_its_own_clause_place() -> None:
    text = ('وهي أول زيارة لرئيس تونسي إلى المغرب منذ عقد، وتأتي بعد أن استقبل الرئيس التونسي قيس سعيد في '
            'قرطاج، في يناير الماضي، وزير الخارجية المغربي ناصر بوريطة.')
    places = [e.place.ar for e in events(text, "meeting") if e.place is not None]
    assert places == ['قرطاج'], places
