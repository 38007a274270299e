"""A `Language` is built from one folder and passed in: a small one made here holds two invented states
(Testland, Otherland) and one invented foreign minister; the lexicons and word classes are the shipped ones.
Every sentence was written for these tests."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from diplograph.errors import DiplographError
from diplograph.language import Language, default_language
from diplograph.paths import lang_dir
from diplograph.pipeline import extract_text

SOURCE = "# source: written for the tests of Diplograph, 2026-12 (invented states and people)\n"
SMALL = {
    "countries.tsv": "iso2\tqid\ten\tar\tar_names\tcapital_en\tcapital_ar\tcapital_qid\tnisba\tstatus\n"
                     "XA\t\tTestland\tتستلاند\t\tTestville\tتستفيل\t\tتستلاندي\tinvented\n"
                     "XB\t\tOtherland\tأخرلاند\t\tOtherville\tأخرفيل\t\tأخرلاندي\tinvented\n",
    "cities.tsv": "key\ten\tar\tiso2\tqid\tpopulation\n",
    "venues.tsv": "ar\tcity\tiso2\tcity_ar\n",
    "national_days.tsv": "iso\tkind\tday\torigin\tnote\n",
    "leaders_small.tsv": "qid\tiso2\trole\tstart\tend\ten\tar\tar_variants\n"
                         "\tXA\tforeign_minister\t2020-01-01\t\tSamir Testi\tسمير تستي\t\n",
}
SENTENCE = "وقّع وزير الخارجية التستلاندي سمير تستي ونظيره الأخرلاندي اليوم اتفاقية للتعاون الثقافي."
PUBLISHED = dt.date(2024, 3, 6)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Language:
    folder = tmp_path_factory.mktemp("lang") / "xx"
    shutil.copytree(lang_dir("ar"), folder, ignore=shutil.ignore_patterns("leaders_*", *SMALL))
    for name, body in SMALL.items():
        (folder / name).write_text(SOURCE + body, encoding="utf-8")
    return Language.load(folder)


def test_a_small_language_is_read_from_its_folder(small: Language) -> None:
    assert small.code == "xx"
    assert sorted(small.gazetteer.countries) == ["XA", "XB"]
    assert small.gazetteer is not default_language().gazetteer


def test_the_pipeline_reads_the_language_it_is_given(small: Language) -> None:
    doc = extract_text(SENTENCE, published=PUBLISHED, language=small, min_confidence=0.0)
    signing = [e for e in doc.events if e.type == "signing"]
    assert [sorted(e.parties) for e in signing] == [["XA", "XB"]]
    assert "Samir Testi" in {p.en for p in signing[0].agents}


def test_two_languages_share_a_process(small: Language) -> None:
    """The shipped data knows no Testland: the same sentence gives nothing with it."""
    assert extract_text(SENTENCE, published=PUBLISHED, min_confidence=0.0).events == []
    assert extract_text(SENTENCE, published=PUBLISHED, language=small, min_confidence=0.0).events


def test_a_word_class_the_rules_ask_about_must_be_there(tmp_path: Path, small: Language) -> None:
    folder = tmp_path / "yy"
    shutil.copytree(small.folder, folder)
    words = folder / "words.tsv"
    words.write_text("\n".join(line for line in words.read_text(encoding="utf-8").splitlines()
                               if "\tsince" not in line and "|since" not in line) + "\n", encoding="utf-8")
    with pytest.raises(DiplographError, match="no word has the feature 'since'") as error:
        extract_text("زار وزير الخارجية التستلاندي أخرلاند منذ عام 2020.", language=Language.load(folder))
    assert "words.tsv" in str(error.value)
