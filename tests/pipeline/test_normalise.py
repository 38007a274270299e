from diplograph.document import Document
from diplograph.pipeline.normalise import normalise
from diplograph.textfold import fold


def test_fold_hamza_alef_ya_ta_marbuta_and_diacritics():
    assert fold("أَكَّدَتْ إيرانُ آمالَها") == "اكدت ايران امالها"
    assert fold("العلاقةُ الثنائيّة") == "العلاقه الثناييه"
    assert fold("مستشفى") == "مستشفي"


def test_fold_digits_and_tatweel():
    assert fold("الـ ٣٠ في ۲۰۲۲") == "ال 30 في 2022"


def test_offsets_map_back_to_the_original_text():
    text = "وقّع الرئيسان إعلانَ التعاون"
    doc = normalise(Document(text=text, source="t", sha256="0" * 64))
    tok = doc.tokens[2]
    assert tok.text == "اعلان"
    a, b = doc.char_span(2, 3)
    assert text[a:b] == "إعلانَ"


def test_bidi_controls_are_dropped():
    assert fold("\u202eروسيا\u202c") == "روسيا"


def test_a_detached_hamza_is_joined_to_its_word():
    doc = normalise(Document(text="اجتمع وزرا ء خارجية البلدين", source="t", sha256="0" * 64))
    assert [t.text for t in doc.tokens] == ["اجتمع", "وزراء", "خارجيه", "البلدين"]
    assert doc.surface(1, 2) == "وزرا ء"


def test_fold_agrees_with_fold_char_on_every_character():
    from diplograph.textfold import fold_char

    plane = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF]
    assert [fold(c) for c in plane] == [fold_char(c) for c in plane]
    assert fold("𝐀روسيا😀") == "𝐀روسيا😀"       # beyond the plane: left alone
