"""A ninth battery of persons in events (people9), written for these tests in the style of Arabic news: a
name set off by commas BEFORE its title right after the clause's verb ('وصل X، وزير الخارجية الليبي،'),
surnames written on 'بال' (Belhaj, Belkacem) that are no courtesy title, a title glued to 'with' or 'to'
after a name (another person, the verb's object), envoys of one state to another, leaders in a list, and
negatives: formulas ('باسمه واسم'), spokesmen 'باسم' an institution, places, organisations, namesakes
and former officials. Names of officials that are no leaders' are invented; no sentence is from an
article (earlier batteries: test_people_battery.py, 2, 3)."""
from __future__ import annotations

import pytest

from .people_cases import Case, check


CASES = {
    # a name set off before its title, right after the verb
    "arrived-name-before-foreign-minister": Case(
        "وصل خالد المهدي، وزير الخارجية الليبي، إلى تونس في زيارة رسمية تستغرق يومين.",
        found={"خالد المهدي": "LY"}, visitors={"خالد المهدي": "LY"}),
    "said-name-before-trade-minister": Case(
        "وقال سليم العبيدي، وزير التجارة التونسي، إن المباحثات مع الجانب الجزائري كانت مثمرة.",
        found={"سليم العبيدي": "TN"}),
    "visited-name-before-defence-minister": Case(
        "زار فهد الزعابي، وزير الدفاع العماني، القاهرة أمس.",
        found={"فهد الزعابي": "OM"}),
    "received-name-before-prime-minister": Case(
        "استقبل ماهر الحسيني، رئيس الوزراء اللبناني، سفير فرنسا في بيروت.",
        found={"ماهر الحسيني": "LB"}),
    "met-name-before-minister-of-a-state-name": Case(
        "والتقى نادر البلوشي، وزير خارجية الكويت، نظيره القطري في الدوحة.",
        found={"نادر البلوشي": "KW"}),
    "arrived-name-before-envoy": Case(
        "ووصل سامي الدباغ، المبعوث العراقي إلى الأردن، إلى عمان مساء أمس.",
        found={"سامي الدباغ": "IQ"}),
    "affirmed-name-before-ambassador": Case(
        "وأكد حسين الشمري، سفير العراق لدى مصر، أن الزيارة تفتح صفحة جديدة.",
        found={"حسين الشمري": "IQ"}),
    "declared-name-before-minister-of-state": Case(
        "وأعلن طارق العلوي، وزير الدولة البحريني للشؤون الخارجية، توقيع مذكرة تفاهم مع الأردن.",
        found={"طارق العلوي": "BH"}),
    "name-on-bin-before-title": Case(
        "وصل فيصل بن ناصر الحربي، وزير الاستثمار السعودي، إلى الرباط أمس.",
        found={"فيصل بن ناصر الحربي": "SA"}),
    "name-before-title-opening-the-sentence": Case(
        "عمر الكبيسي، وزير الخارجية القطري، يصل إلى الجزائر في زيارة رسمية.",
        found={"عمر الكبيسي": "QA"}),
    "name-after-comma-before-title": Case(
        "وحضر اللقاء من الجانب المصري، أحمد عبد الحميد، وزير الري المصري، وعدد من المسؤولين.",
        found={"أحمد عبد الحميد": "EG"}),
    "received-name-before-interior-minister": Case(
        "استقبل ناصر العتيبي، وزير الداخلية الكويتي، وفدا أمنيا بحرينيا في الكويت.",
        found={"ناصر العتيبي": "KW"}),
    "announced-name-before-health-minister": Case(
        "وقال رامي الخطيب، وزير الصحة الفلسطيني، إن الاتفاق مع الأردن يشمل التدريب.",
        found={"رامي الخطيب": "PS"}),
    "belkacem-before-title": Case(
        "وصل عمر بالقاسم، وزير الفلاحة التونسي، إلى الجزائر.",
        found={"عمر بالقاسم": "TN"}, visitors={"عمر بالقاسم": "TN"}),
    "envoy-to-a-state-met-with-its-premier": Case(
        "والتقى المبعوث البريطاني إلى ليبيا جوناثان وود برئيس الوزراء الليبي في طرابلس.",
        found={"جوناثان وود": "GB"}),
    "international-envoy-serves-no-state-nearby": Case(
        "وبحث وزير الخارجية اليمني مع المبعوث الدولي ستيفان كوبر سبل إحياء المفاوضات.",
        absent=("Stefan Koper",), met=()),
    "verb-opening-the-sentence-is-no-part-of-the-name": Case(
        "وأوضح رامي الخطيب، وزير الصحة الفلسطيني، أن الاتفاق مع الأردن يشمل التدريب.",
        found={"رامي الخطيب": "PS"}, absent=("أوضح رامي الخطيب", "وأوضح رامي الخطيب")),
    "two-names-before-their-titles": Case(
        "وقال منير الحداد، وزير الخارجية الأردني، وسمير النعيمي، وزير الخارجية العراقي، إن البلدين متفقان.",
        found={"منير الحداد": "JO", "سمير النعيمي": "IQ"}, absent=("وسمير النعيمي",)),
    "the-title-after-a-name-reads-no-second-holder": Case(
        "وأشار سمير النعيمي، وزير الخارجية العراقي، إلى أن بغداد ترحب بالوفد السوري.",
        published="2019-05-10", found={"سمير النعيمي": "IQ"}, absent=("محمد علي الحكيم",)),
    "the-title-after-a-name-reads-no-second-holder-2": Case(
        "وصل خالد المهدي، وزير الخارجية الليبي، إلى تونس.",
        published="2019-05-10", found={"خالد المهدي": "LY"}, absent=("محمد الطاهر سيالة",)),
    # heads of parliaments: feminine titles, senates, 'in' a state
    "speaker-woman": Case(
        "واستقبلت رئيسة مجلس النواب الإيطالي كارلا فيوري سفير الجزائر في روما.",
        found={"كارلا فيوري": "IT"}, met=("DZ", "IT")),
    "senate-president": Case(
        "والتقى رئيس مجلس الشيوخ الفرنسي جان لوران نظيره المغربي في باريس.",
        found={"جان لوران": "FR"}, met=("FR", "MA")),
    "speaker-in-a-state": Case(
        "واستقبل الرئيس المصري رئيس مجلس النواب في الباراغواي أوسكار ريفاس في القاهرة.",
        found={"أوسكار ريفاس": "PY"}, met=("EG", "PY")),
    "peoples-assembly-speaker": Case(
        "واستقبل الرئيس الجزائري رئيس مجلس الشعب السوري فارس الحلبي في الجزائر العاصمة.",
        found={"فارس الحلبي": "SY"}, met=("DZ", "SY")),
    "deputy-minister-in-a-state-named": Case(
        "والتقى نائب وزير الخارجية في كوريا الجنوبية لي جونغ مين بالسفير المصري في سيول.",
        found={"لي جونغ مين": "KR"}),
    "ali-belhaj-before-title": Case(
        "وقال علي بالحاج، سفير ليبيا لدى تونس، إن التعاون بين البلدين يتقدم.",
        found={"علي بالحاج": "LY"}),
    "belhaj-without-alef-after-title": Case(
        "وزار وزير الصناعة المغربي يوسف بلحاج مدينة وهران.",
        found={"يوسف بلحاج": "MA"}, visitors={"يوسف بلحاج": "MA"}),
    # 'مساعد': the assistant before a title's word, the given name Musaed before any other
    "musaed-after-an-ambassadors-title": Case(
        "واستقبل وزير الخارجية السعودي السفير مساعد الحمدان في الرياض.",
        found={"مساعد الحمدان": "SA"}),
    "musaed-after-a-seat-in-the-court": Case(
        "ويضم الوفد المرافق المستشار في الديوان الملكي مساعد الخثلان.",
        found={"مساعد الخثلان": None}),
    "assistant-of-the-secretary-general-is-no-name": Case(
        "وقال مساعد الأمين العام للجامعة العربية إن القمة ستعقد في موعدها.",
        absent=("مساعد الأمين", "مساعد الأمين العام")),
    "assistant-minister-is-no-name": Case(
        "والتقى مساعد وزير الخارجية الأمريكي نظيره المصري في واشنطن.",
        absent=("مساعد وزير",), met=("EG", "US")),
    # a foreign name set off by commas after a title that states its state
    "foreign-name-between-commas-after-ambassador": Case(
        "وأكد السفير الياباني لدى مصر، تاكيشي موري، أن بلاده تدعم مشروعات التنمية.",
        found={"تاكيشي موري": "JP"}),
    "korean-name-between-commas": Case(
        "وقال السفير الكوري، كيم سونغ هان، إن العلاقات مع الأردن متينة.",
        found={"كيم سونغ هان": "KR"}),
    "an-adverb-between-commas-is-no-name": Case(
        "وقال وزير الخارجية المصري، ردا عليه، إن العلاقات متينة.",
        published="2019-05-10", absent=("ردا عليه",)),
    "a-phrase-with-a-pronoun-between-commas-is-no-name": Case(
        "وقال السفير الألماني، ضمن كلمته، إن العلاقات متينة.",
        absent=("ضمن كلمته",)),
    "time-between-commas-is-no-name": Case(
        "وقال وزير الخارجية المصري، مساء أمس، إن الزيارة ناجحة.",
        published="2019-05-10", found={"سامح شكري": "EG"}, absent=("مساء أمس",)),
    # a month's name that is the surname of the one person named in full before
    "surname-spelt-like-a-month-after-the-full-name": Case(
        "وصلت رئيسة الوزراء البريطانية تيريزا ماي إلى بروكسل. "
        "وأجرى الرئيس الأمريكي محادثات مع ماي في مقر إقامتها.",
        published="2018-07-14", found={"تيريزا ماي": "GB", "دونالد ترامب": "US"}, met=("GB", "US")),
    "the-month-after-in-stays-a-month": Case(
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ملتزمة. وزارت ماي واشنطن في ماي الماضي.",
        published="2018-07-14", found={"تيريزا ماي": "GB"}),
    # a family name written first, used alone after the full name
    "family-name-first-used-alone": Case(
        "وزار الرئيس الصيني شي جين بينغ روما. والتقى شي رئيس الوزراء الإيطالي في قصر الحكومة.",
        published="2019-04-10", found={"شي جين بينغ": "CN"}, met=("CN", "IT")),
    "korean-family-name-alone": Case(
        "والتقى الرئيس الكوري الجنوبي مون جاي إن رئيس الوزراء الياباني. وقال مون إن القمة مثمرة.",
        published="2018-04-27", found={"مون جاي إن": "KR"}, met=("JP", "KR")),
    "another-of-the-family-is-not-the-leader": Case(
        "والتقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس الصيني. وتوجه كيم هيون سو إلى بكين أمس.",
        published="2018-05-30", visitors={}, absent=("كيم هيون سو",)),
    # 'باسم': on behalf of, or the given name Basem
    "spokesman-on-behalf-of-the-presidency-is-no-person": Case(
        "وأوضح نادر فهمي، الناطق الرسمي باسم رئاسة الجمهورية، في بيان أن اللقاء مع الجانب الروسي كان مثمرا.",
        absent=("باسم رئاسة الجمهورية", "رئاسة الجمهورية")),
    "on-behalf-of-the-people-is-no-person": Case(
        "وبعث العاهل الأردني برقية باسم الشعب الأردني إلى الرئيس المصري.",
        absent=("باسم الشعب", "باسم الشعب الأردني")),
    "basem-after-a-ministers-title-is-a-name": Case(
        "والتقى وزير التخطيط الأردني باسم الخطيب نظيره المصري في عمان.",
        found={"باسم الخطيب": "JO"}),
    "basem-after-a-courtesy-is-a-name": Case(
        "واستقبل وزير الخارجية المصري السفير باسم الحلو سفير مصر الجديد لدى الأردن.",
        found={"باسم الحلو": "EG"}),
    # a title set off by a bracket or a dash after the name
    "title-in-brackets-after-the-name": Case(
        "وصل خالد المهدي (وزير الخارجية الليبي) إلى تونس في زيارة رسمية.",
        published="2019-05-10", found={"خالد المهدي": "LY"}, absent=("محمد الطاهر سيالة",),
        visitors={"خالد المهدي": "LY"}),
    "title-between-dashes-after-the-name": Case(
        "وقال كريم العبيدي - وزير الخارجية التونسي - إن الزيارة ناجحة.",
        published="2019-05-10", found={"كريم العبيدي": "TN"}, absent=("خميس الجهيناوي",)),
    "title-with-a-government-after-the-name": Case(
        "وأكد خالد المهدي، وزير الخارجية في حكومة الوفاق الليبية، أن الزيارة ناجحة.",
        found={"خالد المهدي": "LY"}),
    "a-bracketed-place-is-no-title": Case(
        "وصل خالد المهدي (طرابلس) إلى تونس في زيارة رسمية.",
        absent=("خالد المهدي",)),
    # a nisba glued to 'and' after a named person: the next item of the list, of that state
    "nisba-list-item-with-an-unknown-spelling": Case(
        "واجتمع في سوتشي أمس وزير الخارجية الإيراني محمد جواد ظريف والتركي مولود تشاوش أوغلو.",
        published="2018-04-28", found={"محمد جواد ظريف": "IR", "مولود جاويش أوغلو": "TR"}, met=("IR", "TR")),
    "nisba-list-item-of-an-unlisted-minister": Case(
        "والتقى وزير التجارة المغربي يوسف العلمي والتونسي كمال بن ناصر في الرباط.",
        found={"يوسف العلمي": "MA", "كمال بن ناصر": "TN"}, met=("MA", "TN")),
    "a-nisba-after-a-name-describing-a-noun-is-no-list": Case(
        "وزار الوزير يوسف العلمي المعرض والمغربي محمد الناصري غائب.",
        absent=("محمد الناصري",)),
    # a hyphenated name after a courtesy title, set off before its title
    "general-with-a-hyphenated-name-before-his-title": Case(
        "وأجرى الجنرال كيم يونغ-سوك، رئيس وفد كوريا الشمالية، محادثات مع الرئيس الكوري الجنوبي.",
        published="2018-02-10", found={"كيم يونغ-سوك": "KP"}, absent=("كيم يونغ نام",)),
    "a-doctor-named-before-his-title": Case(
        "وقال الدكتور سامي الدباغ، سفير العراق لدى الأردن، إن العلاقات متينة.",
        found={"سامي الدباغ": "IQ"}),
    "the-next-item-on-and-is-not-the-names-title": Case(
        "وعقد اجتماع بين الدكتور عادل الشمري، ووزيرة الدولة الإماراتية للتعاون الدولي في الرياض.",
        absent=("عادل الشمري",)),
    "a-preposition-with-a-pronoun-is-no-name": Case(
        "ونقلت الرئاسة عن رئيس الوزراء الياباني عنه قوله إن طوكيو مستعدة للحوار مع سيول.",
        absent=("عنه قوله",)),
    "a-former-assistant-is-no-name": Case(
        "وقال مساعد سابق لوزير الخارجية الأمريكي إن المفاوضات متعثرة.",
        absent=("مساعد سابق",)),
    "belhaj-before-title": Case(
        "وصل خالد بالحاج، وزير التجارة الليبي، إلى تونس في زيارة عمل.",
        found={"خالد بالحاج": "LY"}, visitors={"خالد بالحاج": "LY"}),
    "belkacem-after-title": Case(
        "واستقبل وزير الخارجية الجزائري السفير التونسي محمد بالقاسم في مقر الوزارة.",
        found={"محمد بالقاسم": "TN"}),
    "the-hajj-as-a-title-stays-off-a-name": Case(
        "واستقبل الرئيس الموريتاني الحاج عمر سيدي في نواكشوط.",
        absent=("الحاج",)),
    # a title glued to 'with' or 'to' after a name is another person's
    "envoy-met-with-minister": Case(
        "والتقى المبعوث الروسي إلى سوريا ألكسندر لافرنتييف بوزير الخارجية السوري في دمشق.",
        found={"ألكسندر لافرنتييف": "RU"}, met=("RU", "SY")),
    "envoy-met-with-president": Case(
        "واجتمع المبعوث الأمريكي إلى ليبيا جون هاريسون بالرئيس التونسي في قرطاج.",
        found={"جون هاريسون": "US"}, met=("TN", "US")),
    "delegate-conveyed-to-president": Case(
        "وسلم المبعوث القطري الخاص مطلق الكعبي رسالة لرئيس الوزراء الإثيوبي في أديس أبابا.",
        found={"مطلق الكعبي": "QA"}),
    "named-minister-met-with-counterpart-title": Case(
        "واجتمع وزير الخارجية الأردني أيمن الصفدي بوزير الخارجية المصري في عمان.",
        published="2019-05-10", found={"أيمن الصفدي": "JO", "سامح شكري": "EG"}, met=("EG", "JO")),
    "special-envoy-to-yemen": Case(
        "وبحث المبعوث الأمريكي الخاص إلى اليمن تيم ليندركينغ مع وزير الخارجية العماني تطورات الأزمة.",
        found={"تيم ليندركينغ": "US"}, met=("OM", "US")),
    "envoy-in-a-capital": Case(
        "وقال المبعوث الفرنسي في بيروت جان إيف لودريان إن الحوار ضروري.",
        published="2021-07-01", found={"جان إيف لودريان": "FR"}),
    # leaders in a list: the third after a bare nisba
    "three-leaders-with-a-bare-nisba": Case(
        "واجتمع الرئيس التركي رجب طيب أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني في أنقرة.",
        found={"فلاديمير بوتين": "RU", "حسن روحاني": "IR", "رجب طيب أردوغان": "TR"},
        met=("IR", "RU", "TR")),
    "two-leaders-shared-title": Case(
        "وبحث الرئيسان المصري عبد الفتاح السيسي والفرنسي إيمانويل ماكرون العلاقات الثنائية.",
        found={"عبد الفتاح السيسي": "EG", "إيمانويل ماكرون": "FR"}),
    "king-and-president": Case(
        "واستقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان.",
        found={"عبد الله الثاني بن الحسين": "JO", "محمود عباس": "PS"}, met=("JO", "PS")),
    "leader-named-after-title-of-another-state": Case(
        "وتلقى رئيس الوزراء الهندي ناريندرا مودي اتصالا من الرئيس الأمريكي دونالد ترامب.",
        found={"ناريندرا مودي": "IN", "دونالد ترامب": "US"}),
    # a leader's surname alone after his first mention
    "surname-after-first-mention": Case(
        "وزار الرئيس التركي رجب طيب أردوغان موسكو أمس. وقال أردوغان إن الزيارة ناجحة.",
        found={"رجب طيب أردوغان": "TR"}, visitors={"رجب طيب أردوغان": "TR"}),
    "surname-with-title": Case(
        "واستقبل الرئيس بوتين ولي العهد السعودي في الكرملين.",
        found={"فلاديمير بوتين": "RU"}, met=("RU", "SA")),
    "leader-called-by-his-first-name": Case(
        "وأجرى الرئيس ماكرون اتصالا بالرئيس اللبناني ميشال عون.",
        found={"إيمانويل ماكرون": "FR", "ميشال عون": "LB"}),
    # officials named after their titles
    "minister-of-a-portfolio": Case(
        "والتقى وزير الطاقة الجزائري محمد عرقاب نظيره النيجيري في أبوجا.",
        found={"محمد عرقاب": "DZ"}),
    "ambassador-after-posting": Case(
        "واستقبل وزير الخارجية التونسي سفير اليابان لدى تونس شينسوكي سوغيياما في مكتبه.",
        found={"شينسوكي سوغيياما": "JP"}),
    "deputy-minister-named": Case(
        "والتقى نائب وزير الخارجية الروسي سيرغي ريابكوف سفير إيران في موسكو.",
        found={"سيرغي ريابكوف": "RU"}),
    "assistant-minister-named": Case(
        "وبحثت مساعدة وزير الخارجية الأمريكي باربرا ليف مع وزير الخارجية الأردني قضايا المنطقة.",
        found={"باربرا ليف": "US"}),
    "speaker-named": Case(
        "واستقبل رئيس مجلس النواب الأردني عاطف الطراونة سفير الكويت في عمان.",
        found={"عاطف الطراونة": "JO"}),
    "female-minister-named": Case(
        "واستقبلت وزيرة الخارجية السويدية آن ليندي سفير المغرب في ستوكهولم.",
        published="2020-05-10", found={"آن ليندي": "SE"}),
    "prince-with-a-state-after-the-name": Case(
        "واستقبل الأمير فيصل بن فرحان وزير الخارجية السعودي نظيره الأردني في الرياض.",
        published="2021-03-02", found={"فيصل بن فرحان بن عبد الله آل سعود": "SA"}),
    # formulas: 'باسمه واسم', spokesmen 'باسم' an institution
    "in-his-name-and-the-name-of": Case(
        "وأعرب الملك باسمه واسم شعب المملكة عن أصدق التهاني لرئيس جمهورية مالي.",
        absent=("باسمه واسم", "باسمه واسم شعب")),
    "spokesman-of-the-presidency": Case(
        "وقال المتحدث باسم رئاسة الجمهورية إن الرئيس السيسي التقى الرئيس بوتين في سوتشي.",
        published="2019-05-10", found={"عبد الفتاح السيسي": "EG", "فلاديمير بوتين": "RU"},
        absent=("باسم رئاسة الجمهورية", "باسم رئاسة"), met=("EG", "RU")),
    "spokeswoman-of-the-ministry": Case(
        "وقالت المتحدثة باسم وزارة الخارجية الصينية إن بكين ترحب بزيارة الوفد الباكستاني.",
        absent=("باسم وزارة الخارجية", "باسم وزارة")),
    "in-the-name-of-the-people": Case(
        "وبعث الرئيس الجزائري برقية تهنئة باسم الشعب الجزائري إلى رئيس موريتانيا.",
        absent=("باسم الشعب", "باسم الشعب الجزائري")),
    # places and organisations named after people are no persons
    "university-named-after-a-king": Case(
        "ووقعت جامعة الملك سعود مذكرة تفاهم مع جامعة القاهرة.",
        published="2019-05-10", absent=("Salman of Saudi Arabia",)),
    "airport-named-after-a-founder": Case(
        "ووصل الوفد الأردني إلى مطار الملكة علياء الدولي قادما من بغداد.",
        absent=("الملكة علياء",)),
    "centre-named-after-a-prince": Case(
        "وزار الوفد مركز الأمير سلطان للأبحاث في الرياض.",
        absent=("Sultan bin Abdulaziz",)),
    "street-named-after-a-president": Case(
        "وافتتحت السفارة الجديدة في شارع جمال عبد الناصر بالقاهرة.",
        absent=("جمال عبد الناصر", "Gamal Abdel Nasser")),
    "organisation-is-no-person": Case(
        "وقال حزب العدالة والتنمية، الحزب الحاكم في تركيا، إن الزيارة مهمة.",
        absent=("حزب العدالة والتنمية",)),
    "city-is-no-person": Case(
        "ووصل الوزير إلى مدينة الإسكندرية، ثاني أكبر مدن مصر، صباح اليوم.",
        absent=("مدينة الإسكندرية",)),
    "company-is-no-person": Case(
        "ووقعت شركة أرامكو السعودية، أكبر شركة نفط في العالم، اتفاقا مع الصين.",
        absent=("شركة أرامكو السعودية", "شركة أرامكو")),
    # namesakes who are not the leader
    "namesake-of-a-king-with-a-longer-name": Case(
        "واستقبل المستشار عبدالله بن عبدالعزيز الربيعة وزيرة الإعلام اليمنية في الرياض.",
        published="2015-06-10", absent=("Abdullah of Saudi Arabia",)),
    "namesake-with-another-surname": Case(
        "والتقى رجل الأعمال محمد بن سلمان العتيبي السفير الياباني في جدة.",
        absent=("Mohammed bin Salman",)),
    "grandson-of-a-leader": Case(
        "ووصل الأمير نايف بن سلمان بن عبدالعزيز إلى باريس.",
        published="2016-05-10", absent=("Salman of Saudi Arabia",)),
    "surname-of-a-leader-after-another-given-name": Case(
        "وقال توماس ماي، مدير الشركة البريطانية، إن المشروع يتقدم.",
        published="2018-05-10", absent=("Theresa May", "تيريزا ماي")),
    # former officials are not the office's holder now
    "former-prime-minister": Case(
        "وزار رئيس الوزراء البريطاني الأسبق توني بلير رام الله أمس.",
        published="2019-05-10", found={"توني بلير": "GB"}, absent=("Theresa May", "تيريزا ماي")),
    "former-president-not-the-current": Case(
        "والتقى الرئيس الأمريكي الأسبق جيمي كارتر الرئيس المصري في القاهرة.",
        published="2019-05-10", absent=("Donald Trump", "دونالد ترامب")),
    "former-foreign-minister-named": Case(
        "وقال وزير الخارجية الجزائري الأسبق أحمد طالب الإبراهيمي إن العلاقات مع تونس عريقة.",
        published="2019-05-10", found={"أحمد طالب الإبراهيمي": "DZ"}, absent=("صبري بوقادوم",)),
    # titles with no name stay unnamed
    "minister-of-an-unlisted-portfolio": Case(
        "والتقى وزير الزراعة الكويتي نظيره العماني في مسقط.",
        absent=("Mohammed bin Salman",), met=("KW", "OM")),
    "a-spokesman-is-no-leader": Case(
        "وقال متحدث باسم الحكومة الأردنية إن الملك سيزور واشنطن.",
        absent=("باسم الحكومة", "باسم الحكومة الأردنية")),
    "indefinite-president": Case(
        "وهذه أول زيارة لرئيس فرنسي إلى الجزائر منذ عشر سنوات.",
        published="2019-05-10", absent=("إيمانويل ماكرون", "Emmanuel Macron")),
    "name-then-verb-is-no-title": Case(
        "وأشار كريم الساعدي إلى أن وزير الخارجية الإيراني سيزور بغداد.",
        absent=("كريم الساعدي وزير",)),
    "name-before-the-object-title": Case(
        "واستقبل رجل الأعمال سمير الحلبي السفير الإيطالي في بيروت.",
        absent=("سمير الحلبي السفير",)),
}


@pytest.mark.parametrize("name", list(CASES))
def test_people_battery9(name: str) -> None:
    check(CASES[name])


def test_a_name_before_its_title_is_the_visitor() -> None:
    from .conftest import run
    doc = run("وصل خالد المهدي، وزير الخارجية الليبي، إلى تونس في زيارة رسمية.", published="2019-05-10")
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits and {p.ar for p in visits[0].agents} == {"خالد المهدي"}


def test_the_title_on_with_is_the_other_participant() -> None:
    from .conftest import run
    doc = run("والتقى المبعوث الروسي إلى سوريا ألكسندر لافرنتييف بوزير الخارجية السوري في دمشق.",
              published="2019-05-10")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert {(p.ar, p.iso) for p in meeting.agents} >= {("ألكسندر لافرنتييف", "RU")}
    assert all(m.person.iso == "RU" for m in doc.people if m.person.ar == "ألكسندر لافرنتييف")


def test_a_month_after_in_is_a_date_not_the_surname() -> None:
    from .conftest import run
    doc = run("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها ملتزمة. وزارت ماي واشنطن في ماي الماضي.",
              published="2018-07-14")
    surnamed = [m for m in doc.people if m.via == "surname"]
    assert [doc.tokens[m.start].text for m in surnamed] == ["ماي"]
    assert surnamed[0].sent == 1 and doc.tokens[surnamed[0].start - 1].text != "في"


def test_a_longer_name_opening_with_a_leaders_family_name_is_not_his() -> None:
    from .conftest import run
    doc = run("والتقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس الصيني. وتوجه كيم هيون سو إلى بكين أمس.",
              published="2018-05-30")
    assert not [m for m in doc.people if m.sent == 1 and m.person.ar == "كيم جونغ أون"]
    assert not [e for e in doc.events if e.type == "visit" and any(p.iso == "KP" for p in e.agents)]


def test_the_family_name_alone_joins_the_meeting() -> None:
    from .conftest import run
    doc = run("وزار الرئيس الصيني شي جين بينغ روما. والتقى شي رئيس الوزراء الإيطالي في قصر الحكومة.",
              published="2019-04-10")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert "شي جين بينغ" in {p.ar for p in meeting.agents}


@pytest.mark.parametrize("text", [
    "وقال المبعوث في سوريا جون ماكي إن الحوار بين الأطراف ضروري.",
    "والتقى المبعوث الخاص جون ماكي بوزير الخارجية السوري في دمشق.",
])
def test_an_envoy_of_no_state_named_is_not_of_the_state_he_is_in(text: str) -> None:
    from .conftest import run
    doc = run(text, published="2019-05-10")
    assert not [m for m in doc.people if m.person.ar == "جون ماكي" and m.iso == "SY"]
