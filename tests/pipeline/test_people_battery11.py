"""An eleventh battery of persons in events (people11), a grid written for these tests in the style of
Arabic news: honorifics before names ('صاحب السمو', 'فخامة', 'دولة', 'معالي', 'الشيخ', 'الدكتور', ranks),
names built on 'بن/ابن/آل/أبو/عبد', foreign names in Arabic script (hyphenated given names, 'فان', 'دي',
'دا'), a name set off by commas before its title (after a verb in the feminine too), a title then a name,
names glued to 'و' before the next title, a surname alone after the full name, 'نظيره' with a nationality
and a name, lists of nationalities, women in office, chains of titles, heads of bodies of states (who act
for no state), former officials, namesakes of leaders who are not the leader, and negatives: formulas,
places, organisations, months, 'إنه/أنها', the matters discussed after a title ('سبل التعاون'). Names of
officials that are no leaders' are invented; no sentence is from an article."""
from __future__ import annotations

import pytest

from .conftest import run
from .people_cases import Case, check

D = "2024-03-06"

CASES = {
    # honorifics before a title and a name
    "highness-sheikh-name": Case(
        "استقبل صاحب السمو الشيخ راشد بن حمدان آل مكتوم وزير الخارجية البحريني في دبي.",
        published=D, found={"راشد بن حمدان آل مكتوم": "BH"}),
    "excellency-president-name": Case(
        "وصل فخامة الرئيس الغاني كوفي منساه إلى الرباط في زيارة رسمية.",
        published=D, found={"كوفي منساه": "GH"}, visitors={"كوفي منساه": "GH"}),
    "dawla-prime-minister-name": Case(
        "التقى دولة رئيس الوزراء الأردني سمير الرفاعي نظيره اللبناني في عمان.",
        published=D, found={"سمير الرفاعي": "JO"}, met=("JO", "LB")),
    "maali-minister-name": Case(
        "استقبل معالي وزير الخارجية الكويتي ناصر الصباحي سفير اليابان.",
        published=D, found={"ناصر الصباحي": "KW"}, met=("JP", "KW")),
    "sheikh-name-then-title": Case(
        "وبحث الشيخ خالد بن سالم القاسمي وزير الدولة الإماراتي مع السفير الفرنسي سبل التعاون.",
        published=D, found={"خالد بن سالم القاسمي": "AE"}, absent=("سبل التعاون",)),
    "doctor-name-then-title": Case(
        "والتقى الدكتور حسن العمري وزير التعليم العالي المصري نظيره السوداني في القاهرة.",
        published=D, found={"حسن العمري": "EG"}),
    "maali-doctor-title-name": Case(
        "استقبل معالي الدكتور منصور الحربي وزير الصحة السعودي نظيره العماني.",
        published=D, found={"منصور الحربي": "SA"}, met=("OM", "SA")),
    "highness-prince-name-commas-title": Case(
        "وصل سمو الأمير فيصل بن مشعل بن سعود، وزير الدولة السعودي، إلى الكويت.",
        published=D, found={"فيصل بن مشعل بن سعود": "SA"}, visitors={"فيصل بن مشعل بن سعود": "SA"}),
    "her-excellency-minister": Case(
        "وصلت معالي وزيرة الخارجية السويدية آنا ليندكفيست إلى عمان.",
        published=D, found={"آنا ليندكفيست": "SE"}, visitors={"آنا ليندكفيست": "SE"}),
    "excellency-foreign-minister-name": Case(
        "واستقبل فخامة الرئيس التونسي وزير الخارجية الليبي خالد المهدي في قرطاج.",
        published=D, found={"خالد المهدي": "LY"}),
    # names on bin, ibn, al, abu, abd
    "bin-name-after-title": Case(
        "والتقى وزير الخارجية العماني بدر بن حمد البوسعيدي نظيره الإيراني في مسقط.",
        published=D, found={"بدر بن حمد البوسعيدي": "OM"}, met=("IR", "OM")),
    "al-khalifa-name": Case(
        "استقبل وزير الداخلية البحريني راشد بن عبد الله آل خليفة السفير البريطاني.",
        published=D, found={"راشد بن عبد الله آل خليفة": "BH"}, met=("BH", "GB")),
    "abu-surname": Case(
        "وصل وزير المالية الفلسطيني عمر أبو سنينة إلى عمان.",
        published=D, found={"عمر أبو سنينة": "PS"}),
    "abd-given-abu-surname": Case(
        "التقى وزير النقل الأردني عبد الرحيم أبو زيد نظيره السوري.",
        published=D, found={"عبد الرحيم أبو زيد": "JO"}, met=("JO", "SY")),
    "abd-al-given-bin-surname": Case(
        "واستقبل وزير الطاقة الجزائري عبد المالك بن زيان وفدا تونسيا.",
        published=D, found={"عبد المالك بن زيان": "DZ"}),
    "ibn-inside-name": Case(
        "وقع وزير الاقتصاد الكويتي عبد الله ابن سعد العنزي مع نظيره القطري مذكرة تفاهم.",
        published=D, found={"عبد الله ابن سعد العنزي": "KW"}),
    "ait-surname": Case(
        "زار وزير الزراعة المغربي محمد آيت الطالب نواكشوط.",
        published=D, found={"محمد آيت الطالب": "MA"}, visitors={"محمد آيت الطالب": "MA"}),
    "abd-al-in-one-word": Case(
        "وأكد وزير الخارجية السوداني عبدالرحمن الطيب أن الخرطوم ترحب بالوساطة.",
        published=D, found={"عبدالرحمن الطيب": "SD"}),
    "bin-name-between-commas": Case(
        "وقال فيصل بن ناصر الحربي، وزير الاستثمار السعودي، إن الاتفاق مع مصر يشمل الطاقة.",
        published=D, found={"فيصل بن ناصر الحربي": "SA"}),
    # foreign names in Arabic script
    "hyphenated-french-given-name": Case(
        "التقى وزير الخارجية الفرنسي جان-إيف لودريان نظيره المغربي في الرباط.",
        published=D, found={"جان-إيف لودريان": "FR"}),
    "van-der-not-the-leader": Case(
        "استقبل رئيس الوزراء الهولندي مارك فان دير برغ سفير الكويت.",
        published=D, found={"مارك فان دير برغ": "NL"}, absent=("مارك روته", "Mark Rutte"), met=("KW", "NL")),
    "van-der-minister": Case(
        "وصل وزير الخارجية الهولندي مارك فان دير برغ إلى الكويت.",
        published=D, found={"مارك فان دير برغ": "NL"}, visitors={"مارك فان دير برغ": "NL"}),
    "van-surname-after-unknown-given": Case(
        "التقى رئيس الوزراء البلجيكي بيتر فان هولت نظيره اللوكسمبورغي.",
        published=D, found={"بيتر فان هولت": "BE"}),
    "de-surname": Case(
        "وصلت وزيرة الدفاع الإيطالية لوتشيا دي مارتينو إلى تونس.",
        published=D, found={"لوتشيا دي مارتينو": "IT"}, visitors={"لوتشيا دي مارتينو": "IT"}),
    "de-surname-dutch": Case(
        "التقى رئيس الوزراء الهولندي بيتر دي فريس نظيره البلجيكي.",
        published=D, found={"بيتر دي فريس": "NL"}),
    "da-silva-four-words": Case(
        "وبحث وزير التجارة البرازيلي جواو كارلوس دا سيلفا مع نظيره المصري زيادة التبادل.",
        published=D, found={"جواو كارلوس دا سيلفا": "BR"}, absent=("زيادة التبادل",)),
    "hyphenated-german-given-name": Case(
        "وصل وزير الخارجية الألماني كلاوس-بيتر مولر إلى بغداد.",
        published=D, found={"كلاوس-بيتر مولر": "DE"}, visitors={"كلاوس-بيتر مولر": "DE"}),
    "korean-hyphenated-not-the-leader": Case(
        "وصل وزير الخارجية الكوري الجنوبي بارك جين-هو إلى الرياض.",
        published=D, found={"بارك جين-هو": "KR"}, absent=("بارك جين",), visitors={"بارك جين-هو": "KR"}),
    "korean-hyphenated-name-between-commas": Case(
        "وقال لي سانغ-مين، وزير التجارة الكوري الجنوبي، إن المحادثات مع الإمارات مثمرة.",
        published=D, found={"لي سانغ-مين": "KR"}),
    "japanese-name": Case(
        "التقى وزير الخارجية الياباني تارو ناكامورا نظيره السعودي في طوكيو.",
        published=D, found={"تارو ناكامورا": "JP"}, met=("JP", "SA")),
    "kenyan-leader-in-gazetteer": Case(
        "استقبل الرئيس الكيني ويليام روتو وزير الخارجية الإماراتي.",
        published=D, found={"وليام روتو": "KE"}, met=("AE", "KE")),
    "spanish-two-surnames": Case(
        "وصل وزير الخارجية الإسباني خوسيه لويس مارتينيز إلى الرباط.",
        published=D, found={"خوسيه لويس مارتينيز": "ES"}),
    # a name set off by commas before its title
    "said-name-commas-title": Case(
        "وقال ياسر المنصوري، وزير الطاقة الإماراتي، إن الاتفاق مع الهند يشمل الغاز.",
        published=D, found={"ياسر المنصوري": "AE"}),
    "feminine-said-name-commas-title": Case(
        "وقالت إيلينا بتروفا، وزيرة الثقافة البلغارية، إن الزيارة مهمة.",
        published=D, found={"إيلينا بتروفا": "BG"}, absent=("قالت إيلينا بتروفا", "وقالت إيلينا بتروفا")),
    "feminine-affirmed-name-commas-title": Case(
        "وأكدت ماريا لوبيز، وزيرة الخارجية الإسبانية، أن الزيارة مهمة.",
        published=D, found={"ماريا لوبيز": "ES"}, absent=("أكدت ماريا لوبيز", "وأكدت ماريا لوبيز")),
    "feminine-explained-name-commas-title": Case(
        "وأوضحت سلمى الحداد، وزيرة التخطيط الأردنية، أن المنحة الألمانية تدعم المياه.",
        published=D, found={"سلمى الحداد": "JO"}, absent=("أوضحت سلمى الحداد", "وأوضحت سلمى الحداد")),
    "arrived-name-commas-title": Case(
        "وصل ماريو لوبيز، وزير الخارجية الإسباني، إلى الجزائر أمس.",
        published=D, found={"ماريو لوبيز": "ES"}, visitors={"ماريو لوبيز": "ES"}),
    "name-commas-title-of-state-name": Case(
        "وقال حمد العنزي، سفير دولة الكويت لدى الأردن، إن الزيارة تعزز العلاقات.",
        published=D, found={"حمد العنزي": "KW"}),
    # a title then a name
    "title-name-said": Case(
        "وقال وزير الخارجية التونسي نبيل الجندوبي إن بلاده تدعم الحوار.",
        published=D, found={"نبيل الجندوبي": "TN"}),
    "title-name-affirmed": Case(
        "وأكد رئيس الوزراء العراقي حيدر الكعبي أن العلاقات مع تركيا متينة.",
        published=D, found={"حيدر الكعبي": "IQ"}),
    "title-of-state-name-then-name": Case(
        "وأعلن وزير خارجية سلطنة عمان سالم الحارثي أن مسقط تستضيف الجولة المقبلة.",
        published=D, found={"سالم الحارثي": "OM"}),
    "ambassador-name-received": Case(
        "استقبل وزير الخارجية البحريني سفير اليابان لدى المنامة كينجي تاناكا.",
        published=D, found={"كينجي تاناكا": "JP"}),
    # a name glued to 'and' before the next title
    "two-ministers-and": Case(
        "التقى وزير الخارجية المصري حسام رضوان ووزير الخارجية الأردني خليل العموش في القاهرة.",
        published=D, found={"حسام رضوان": "EG", "خليل العموش": "JO"}, absent=("وخليل العموش",),
        met=("EG", "JO")),
    "president-and-prime-minister": Case(
        "استقبل الرئيس الموريتاني سيدي ولد أحمد ورئيس الوزراء السنغالي أمادو فال وفد البنك الدولي.",
        published=D, found={"سيدي ولد أحمد": "MR"}),
    "minister-and-ambassador": Case(
        "حضر التوقيع وزير التجارة العماني سالم المعمري وسفير الهند لدى مسقط راجيف شارما.",
        published=D, found={"سالم المعمري": "OM", "راجيف شارما": "IN"}),
    # a surname alone after the full name
    "surname-alone-later": Case(
        "وصل وزير الخارجية الإيطالي ماركو بيانكي إلى القاهرة. وقال بيانكي إن روما تدعم الاستقرار.",
        published=D, found={"ماركو بيانكي": "IT"}),
    "surname-with-article-alone-later": Case(
        "استقبل وزير الخارجية القطري فهد العطية نظيره الأردني. وأكد العطية عمق العلاقات.",
        published=D, found={"فهد العطية": "QA"}, met=("JO", "QA")),
    # 'نظيره' with a nationality and a name
    "counterpart-nationality-name": Case(
        "التقى وزير الخارجية المصري حسام رضوان نظيره الروسي إيغور سوكولوف في موسكو.",
        published=D, found={"حسام رضوان": "EG", "إيغور سوكولوف": "RU"}, met=("EG", "RU")),
    "counterpart-feminine-name": Case(
        "استقبل وزير الخارجية الأردني خليل العموش نظيرته السويدية آنا ليندكفيست.",
        published=D, found={"خليل العموش": "JO", "آنا ليندكفيست": "SE"}, met=("JO", "SE")),
    "counterpart-with-name": Case(
        "وبحث وزير الداخلية التونسي منير الطرابلسي مع نظيره الجزائري ياسين بوعلام أمن الحدود.",
        published=D, found={"منير الطرابلسي": "TN", "ياسين بوعلام": "DZ"}, met=("DZ", "TN")),
    "two-counterparts-named": Case(
        "والتقى وزير الخارجية الروسي سيرغي بافلوف ونظيراه التركي كمال يلدز والإيراني حسين كاظمي في أستانا.",
        published=D, found={"سيرغي بافلوف": "RU", "كمال يلدز": "TR", "حسين كاظمي": "IR"},
        met=("IR", "RU", "TR")),
    "counterpart-then-another-official": Case(
        "وبحث الرئيس الفرنسي مع نظيره المصري والوزير الأردني الأوضاع في المنطقة.",
        published=D, found={"عبد الفتاح السيسي": "EG"}),
    "counterpart-name-on-waw": Case(
        "التقى وزير الخارجية السعودي نظيره المصري وليد الحسيني.",
        published=D, found={"وليد الحسيني": "EG"}),
    "her-counterpart-named": Case(
        "واستقبلت وزيرة الخارجية الإسبانية نظيرتها الفرنسية كاترين مونييه في مدريد.",
        published=D, found={"كاترين مونييه": "FR"}, met=("ES", "FR")),
    "her-counterpart-unnamed": Case(
        "وبحثت وزيرة الخارجية الإسبانية مع نظيرتها الفرنسية سبل التعاون.",
        published=D, met=("ES", "FR")),
    # lists of nationalities
    "nisba-list-of-leaders": Case(
        "وشارك في القمة الرئيس الروسي ألكسندر بافلوف والتركي كمال يلدز والإيراني حسين كاظمي.",
        published=D, found={"ألكسندر بافلوف": "RU", "كمال يلدز": "TR", "حسين كاظمي": "IR"}),
    "nisba-list-of-ministers": Case(
        "شارك في الاجتماع وزير الخارجية المصري حسام رضوان والأردني خليل العموش والعراقي سمير النعيمي.",
        published=D, found={"حسام رضوان": "EG", "خليل العموش": "JO", "سمير النعيمي": "IQ"}),
    # women in office
    "woman-minister-arrived": Case(
        "وصلت وزيرة الخارجية الأسترالية جين هاريس إلى جاكرتا.",
        published=D, found={"جين هاريس": "AU"}, visitors={"جين هاريس": "AU"}),
    "woman-prime-minister-of-state-name": Case(
        "استقبلت رئيسة وزراء نيوزيلندا إيما كلارك نظيرها الفيجي.",
        published=D, found={"إيما كلارك": "NZ"}, met=("FJ", "NZ")),
    "woman-minister-nisba-after-portfolio": Case(
        "استقبلت الوزيرة الكندية للتجارة الدولية سارة ميلر وفدا سعوديا.",
        published=D, found={"سارة ميلر": "CA"}),
    "woman-chancellor-austria": Case(
        "التقت المستشارة النمساوية كارين فيشر رئيس الوزراء المجري.",
        published=D, found={"كارين فيشر": "AT"}, met=("AT", "HU")),
    "woman-chancellor-of-austria": Case(
        "وقالت مستشارة النمسا كارين فيشر إن فيينا تدعم الحوار.",
        published=D, found={"كارين فيشر": "AT"}),
    "chancellor-of-germany-unnamed": Case(
        "استقبل مستشار ألمانيا رئيس الوزراء الهندي في برلين.",
        published=D, met=("DE", "IN")),
    "woman-speaker": Case(
        "واستقبلت رئيسة مجلس النواب البلجيكي إيلين دوبوا سفير المغرب.",
        published=D, found={"إيلين دوبوا": "BE"}),
    # chains of titles
    "crown-prince-chain-then-prince": Case(
        "واستقبل ولي العهد نائب رئيس الوزراء وزير الداخلية السعودي الأمير سعد بن فيصل سفير كندا.",
        published=D, found={"سعد بن فيصل": "SA"}),
    "deputy-premier-foreign-minister": Case(
        "والتقى نائب رئيس الوزراء وزير الخارجية الكويتي أحمد ناصر العلي نظيره الإيراني.",
        published=D, found={"أحمد ناصر العلي": "KW"}, met=("IR", "KW")),
    "deputy-premier-long-portfolio": Case(
        "استقبل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين السوري سامر الحلبي سفير الصين.",
        published=D, found={"سامر الحلبي": "SY"}, met=("CN", "SY")),
    "minister-of-state-chain": Case(
        "وقال وزير الدولة للشؤون الخارجية العماني خالد الهنائي إن مسقط تدعم الحوار.",
        published=D, found={"خالد الهنائي": "OM"}),
    # heads of bodies of states: no state's
    "un-secretary-general-no-state": Case(
        "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش وزير الخارجية الأردني في نيويورك.",
        published=D, found={"أنطونيو غوتيريش": None}),
    "arab-league-secretary-general-no-state": Case(
        "استقبل الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية العراقي في القاهرة.",
        published=D, found={"أحمد أبو الغيط": None}),
    "nato-secretary-general-no-state": Case(
        "التقى الأمين العام لحلف الناتو ينس ستولتنبرغ الرئيس التركي في أنقرة.",
        published=D, found={"ينس ستولتنبرغ": None}),
    "league-short-form-no-state": Case(
        "وقال الأمين العام للجامعة العربية أحمد أبو الغيط إن الاجتماع المقبل في الرياض.",
        published=D, found={"أحمد أبو الغيط": None}),
    "envoy-to-the-un-acts-for-his-state": Case(
        "وقال محمود الحمود، سفير الأردن لدى الأمم المتحدة، إن عمان تدعم القرار.",
        published=D, found={"محمود الحمود": "JO"}),
    # a name between the title it holds and the verb's object
    "adviser-doctor-name-then-object": Case(
        "استقبل المستشار بالديوان الملكي السعودي الدكتور سالم الدوسري وزير الإعلام اليمني.",
        published=D, found={"سالم الدوسري": "SA"}),
    "adviser-abbreviated-doctor-name-then-object": Case(
        "استقبل المستشار بالديوان الملكي السعودي د. سالم الدوسري وزير الإعلام اليمني.",
        published=D, found={"سالم الدوسري": "SA"}),
    "director-name-then-object": Case(
        "استقبل المدير العام للجمارك الأردنية خالد الزعبي وزير المالية العراقي.",
        published=D, found={"خالد الزعبي": "JO"}),
    # former officials
    "former-president": Case(
        "وقال الرئيس الأمريكي السابق باراك أوباما إن الاتفاق مع إيران كان صائبا.",
        published=D, found={"باراك أوباما": "US"}),
    "former-prime-minister-met": Case(
        "التقى رئيس الوزراء البريطاني الأسبق توني بلير الرئيس المصري في القاهرة.",
        published=D, found={"توني بلير": "GB"}),
    "former-minister-invented": Case(
        "وقال وزير الخارجية الجزائري الأسبق رشيد بوخالفة إن العلاقات مع فرنسا تمر بمرحلة صعبة.",
        published=D, found={"رشيد بوخالفة": "DZ"}),
}

# the same frame, title then name, over officials of many states (an invented name each)
TITLE_NAME = {
    "وزير الخارجية المغربي": ("يوسف العلمي", "MA"),
    "وزير الخارجية الجزائري": ("كمال بلعيد", "DZ"),
    "وزير الخارجية الليبي": ("سالم الورفلي", "LY"),
    "وزير الخارجية اليمني": ("ياسين الشرعبي", "YE"),
    "وزير الخارجية السوداني": ("عثمان الطيب", "SD"),
    "وزير الخارجية الصومالي": ("عبدي فارح", "SO"),
    "وزير الخارجية الموريتاني": ("محمد ولد أحمدو", "MR"),
    "وزير الخارجية اللبناني": ("جورج حداد", "LB"),
    "وزير الخارجية العراقي": ("حيدر الموسوي", "IQ"),
    "وزير الخارجية الفلسطيني": ("رائد الشوا", "PS"),
    "وزير الخارجية الباكستاني": ("عمران قريشي", "PK"),
    "وزير الخارجية الإندونيسي": ("بودي سانتوسو", "ID"),
    "وزير الخارجية الماليزي": ("أنور إسماعيل", "MY"),
    "وزير الخارجية التركي": ("أوغوز أرسلان", "TR"),
    "وزير الخارجية الإيراني": ("مهدي رضائي", "IR"),
    "وزير الخارجية البرازيلي": ("باولو سانتوس", "BR"),
    "وزير الخارجية الأرجنتيني": ("مارتين غوميز", "AR"),
    "وزير الخارجية الكندي": ("ديفيد تومسون", "CA"),
    "وزير الخارجية البولندي": ("توماش نوفاك", "PL"),
    "وزير الخارجية اليوناني": ("نيكوس باباس", "GR"),
    "وزير الخارجية النيجيري": ("أديمولا أوكي", "NG"),
    "وزير الخارجية الإثيوبي": ("تاديسي بيكيلي", "ET"),
    "وزيرة الخارجية الكينية": ("غريس موانغي", "KE"),
    "وزيرة الخارجية النرويجية": ("إنغريد هانسن", "NO"),
    "وزير التجارة الفيتنامي": ("نغوين فان لونغ", "VN"),
    "وزير الدفاع التشيكي": ("بيتر نوفوتني", "CZ"),
    "وزير الاقتصاد السنغالي": ("مامادو ديوب", "SN"),
    "وزير الطاقة الأذربيجاني": ("رشاد علييف", "AZ"),
    "رئيس الوزراء التونسي": ("منصف الدريدي", "TN"),
    "رئيس الوزراء الكرواتي": ("إيفان هورفات", "HR"),
}


def test_case(name: str) -> None:
    check(CASES[name])


test_case = pytest.mark.parametrize("name", sorted(CASES))(test_case)


@pytest.mark.parametrize("title", sorted(TITLE_NAME), ids=lambda t: TITLE_NAME[t][1])
def test_title_then_name_arrived(title: str) -> None:
    name, iso = TITLE_NAME[title]
    check(Case(f"وصل {title} {name} إلى القاهرة في زيارة رسمية تستغرق يومين.", published=D,
               found={name: iso}, visitors={name: iso}))


@pytest.mark.parametrize("title", sorted(TITLE_NAME), ids=lambda t: TITLE_NAME[t][1])
def test_name_set_off_before_title(title: str) -> None:
    name, iso = TITLE_NAME[title]
    check(Case(f"وأكد {name}، {title}، أن المباحثات في القاهرة كانت مثمرة.", published=D,
               found={name: iso}, absent=(f"أكد {name}", f"وأكد {name}")))


@pytest.mark.parametrize("text", [
    "وأعرب الرئيس عن أصدق التهاني باسمه واسم شعب وحكومة دولة الكويت.",
    "وصل الوفد إلى شرم الشيخ ثم توجه إلى مدينة الملك عبد الله الاقتصادية.",
    "وقعت شركة أبو ظبي الوطنية للطاقة اتفاقية مع الجانب الهندي.",
    "وزار الوزير جامعة الملك سعود ومستشفى الملك فيصل التخصصي.",
    "وتعقد القمة في شهر أيار المقبل.",
    "وقال المتحدث إنه يأمل أن تنعقد الجولة المقبلة في جنيف.",
    "وأكدت الوزيرة أنها تتطلع إلى زيارة الجزائر.",
    "التقى الوزير نظيره وبحثا معه آفاق التعاون.",
    "وقال الوزير إن بلاده ستستضيف الاجتماع في كانون الثاني المقبل.",
    "وبحث الجانبان في قصر الإليزيه سبل تعزيز الشراكة.",
])
def test_no_named_person(text: str) -> None:
    doc = run(text, published=D)
    assert not [m.person.ar for m in doc.people if m.person.named and not m.person.gazetteer], \
        [m.person.ar for m in doc.people]


@pytest.mark.parametrize("topic", ["سبل التعاون", "آفاق التعاون", "تعزيز العلاقات", "أوجه التعاون",
                                   "زيادة التبادل التجاري", "مجالات الشراكة", "تطوير العلاقات"])
def test_the_matter_discussed_after_a_title_is_no_name(topic: str) -> None:
    doc = run(f"وبحث وزير الخارجية الإماراتي مع السفير الفرنسي {topic}.", published=D)
    assert not [m for m in doc.people if topic.split()[0] in m.person.ar], [m.person.ar for m in doc.people]
    assert [m for m in doc.people if m.person.iso == "FR"]


def test_two_unnamed_counterparts_are_each_states_holder() -> None:
    doc = run("والتقى وزير الخارجية الروسي نظيريه التركي والإيراني في أستانا.", published=D)
    assert {"RU", "TR", "IR"} <= {m.person.iso for m in doc.people}, [m.person.ar for m in doc.people]


def test_a_body_of_states_head_joins_no_meeting_of_his_former_state() -> None:
    doc = run("استقبل الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية العراقي في القاهرة.",
              published=D)
    assert not [e for e in doc.events if e.type == "meeting" and "EG" in {p.iso for p in e.agents}]


def test_a_leader_met_by_the_un_head_keeps_his_state() -> None:
    doc = run("والتقى الرئيس المصري عبد الفتاح السيسي الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك.",
              published=D)
    found = {m.person.ar: m.person.iso for m in doc.people}
    assert found.get("عبد الفتاح السيسي") == "EG" and found.get("أنطونيو غوتيريش") is None, found
