"""The machinery made cheaper for issue 15 reads as it did: tokens cut by one split, variant openers
memoised per word, name words memoised, sentences with no date."""
from __future__ import annotations

from diplograph.document import Document
from diplograph.gazetteer import JOINED_HEADS, Gazetteer, gazetteer, name_tokens
from diplograph.pipeline import extract_text
from diplograph.pipeline.dates import find_dates
from diplograph.pipeline.normalise import normalise
from diplograph.pipeline.people import variant_openers
from diplograph.textfold import TOKEN_RE


def _doc(text: str) -> Document:
    return normalise(Document(text=text, source="t", sha256="0" * 64))


def test_tokens_are_the_pattern_matches_with_their_offsets() -> None:
    # digits, Latin, an underscore (no token), punctuation runs, a superscript digit, a character beyond
    # the plane, leading and trailing spaces
    text = "  وقّع x_y 2022م،، «اتفاقية» H²O 😀 ٢٠٢٣ !?  "
    doc = _doc(text)
    want = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(doc.folded)]
    assert [(t.text, t.start, t.end) for t in doc.tokens] == want
    assert [t.index for t in doc.tokens] == list(range(len(want)))
    assert all(doc.folded[t.start:t.end] == t.text for t in doc.tokens)


def test_an_empty_text_has_no_tokens() -> None:
    assert _doc("").tokens == []
    assert _doc("   ").tokens == []


def _openers_by_hand(gz: Gazetteer, words: list[str], clitics: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        sp = gz.variant_spelling(word)
        if not word.startswith(clitics):
            if word in JOINED_HEADS or sp in gz.variant_firsts:
                out[word] = (word,)
        elif forms := tuple(word[c:] for c in (0, 1, 2)
                            if word[c:] in JOINED_HEADS or sp[c:] in gz.variant_firsts):
            out[word] = forms
    return out


def test_variant_openers_are_read_alike_the_first_time_and_from_the_memo() -> None:
    doc = extract_text("استقبل الرئيس سيرغي لافروف وعبد الله بن زايد وكيم يونغ أون في الرياض.")
    gz = doc.lang.gazetteer
    words = sorted({t.text for t in doc.tokens if t.text.isalpha()})
    clitics = doc.lang.words.prefix("conjunction") + doc.lang.words.prefix("lam-prefix")
    want = _openers_by_hand(gz, words, clitics)
    assert want      # the sentence has words that may open a leader's name
    assert variant_openers(doc, gz) == want
    assert variant_openers(doc, gz) == want     # again, from the memo


def test_variant_openers_follow_the_variant_data_they_were_read_with() -> None:
    gz = Gazetteer()
    gz.variant_table = gazetteer().variant_table
    clitics = ("و", "ل")
    assert gz.opener_forms(["زيلينسكي", "وزيلينسكي"], clitics) == {}
    gz.variant_firsts.add(gz.variant_key(name_tokens("زيلينسكي فولوديمير"))[0])     # a leader's name added
    # the memo of the data before is not used: the word opens a name now
    assert gz.opener_forms(["زيلينسكي", "وزيلينسكي"], clitics) == {
        "زيلينسكي": ("زيلينسكي",), "وزيلينسكي": ("زيلينسكي",)}
    assert gz.opener_forms(["وزيلينسكي"], ()) == {}      # no clitics: the glued word opens nothing


def test_name_words_are_memoised_and_alike() -> None:
    assert name_tokens("محمد بن سلمان (ولي العهد)") == ("محمد", "بن", "سلمان", "ولي", "العهد")
    assert name_tokens("كيم يونغ-أون") is name_tokens("كيم يونغ-أون")


def test_a_sentence_with_nowhere_a_date_may_start_has_no_date() -> None:
    doc = extract_text("وبحث الجانبان العلاقات الثنائية بين البلدين.")
    assert all(find_dates(doc, s) == [] for s in doc.sentences)
    dated = extract_text("وقع البلدان اتفاقية في 4 أبريل 2022.")
    assert [m.date.year for s in dated.sentences for m in find_dates(dated, s)] == [2022]
