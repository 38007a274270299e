"""Well-formedness of the office-holder gazetteer for the Middle East, North Africa and Africa."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

TSV = Path(__file__).resolve().parents[2] / "src" / "diplograph" / "lang" / "ar" / "leaders_mena_africa.tsv"

COLUMNS = ["qid", "iso2", "role", "start", "end", "en", "ar", "ar_variants"]
ROLES = {
    "president", "king", "emir", "sultan", "crown_prince", "deputy_crown_prince",
    "prime_minister", "foreign_minister", "ambassador", "minister", "supreme_leader", "other",
}
STATES = set(
    "SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM "
    "IR TR IL AF PK ET ER SS NG ZA KE SN ML NE TD NA GH CI CM AO TZ UG RW CD".split()
)
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
QID_RE = re.compile(r"^Q\d+$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
LATIN_RE = re.compile(r"[A-Za-z]")


def _read():
    lines = TSV.read_text(encoding="utf-8").splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    body = [ln for ln in lines if ln and not ln.startswith("#")]
    return comments, body[0], [(i, ln.split("\t")) for i, ln in enumerate(body[1:], start=2)]


def _parse_date(text: str) -> tuple[date, date]:
    """Earliest and latest day a (possibly partial) date can denote."""
    m = DATE_RE.match(text)
    assert m, text
    y, mo, d = int(m[1]), m[2], m[3]
    if d:
        day = date(y, int(mo), int(d))
        return day, day
    if mo:
        mo = int(mo)
        first = date(y, mo, 1)
        last = date(y + (mo == 12), mo % 12 + 1, 1).toordinal() - 1
        return first, date.fromordinal(last)
    return date(y, 1, 1), date(y, 12, 31)


COMMENTS, HEADER, ROWS = _read()


def test_comments_name_source_and_columns():
    text = "\n".join(COMMENTS)
    assert all(c.startswith("# ") or c == "#" for c in COMMENTS)
    assert "Wikidata" in text and "CC0" in text and "snapshot" in text
    assert "Known gaps" in text


def test_header():
    assert HEADER.split("\t") == COLUMNS


def test_row_count():
    assert len(ROWS) >= 600


def _row_errors(lineno, fields):
    if len(fields) != len(COLUMNS):
        return [f"line {lineno}: {len(fields)} columns"]
    row = dict(zip(COLUMNS, fields))
    errors = []

    def check(ok, what):
        if not ok:
            errors.append(f"line {lineno}: {what}: {fields}")

    check(all(v == v.strip() for v in fields), "stray whitespace")
    check(not row["qid"] or QID_RE.match(row["qid"]), "bad qid")
    check(row["iso2"] in STATES, "state not covered by this file")
    check(row["role"] in ROLES, "unknown role")
    check(DATE_RE.match(row["start"]), "bad start")
    check(not row["end"] or DATE_RE.match(row["end"]), "bad end")
    if DATE_RE.match(row["start"]) and row["end"] and DATE_RE.match(row["end"]):
        check(_parse_date(row["start"])[0] <= _parse_date(row["end"])[1], "start after end")
    check(row["en"] and not ARABIC_RE.search(row["en"]), "bad English name")
    check(ARABIC_RE.search(row["ar"]) and not LATIN_RE.search(row["ar"]), "bad Arabic name")
    variants = row["ar_variants"].split("|") if row["ar_variants"] else []
    check(all(v and not LATIN_RE.search(v) for v in variants), "bad variant")
    check(row["ar"] not in variants and len(set(variants)) == len(variants), "repeated variant")
    return errors


def test_rows_well_formed():
    errors = [e for lineno, fields in ROWS for e in _row_errors(lineno, fields)]
    assert not errors, "\n".join(errors[:50])


def _fold(text: str) -> str:
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(text.split())


def test_shared_names_do_not_overlap_in_time():
    """Two persons may share an Arabic form (a title) only if their tenures never overlap."""
    spans = {}
    for _, f in ROWS:
        row = dict(zip(COLUMNS, f))
        lo = _parse_date(row["start"])[0]
        hi = _parse_date(row["end"])[1] if row["end"] else date(9999, 12, 31)
        forms = [row["ar"], *(row["ar_variants"].split("|") if row["ar_variants"] else [])]
        for form in forms:
            spans.setdefault(_fold(form), []).append((row["en"], lo, hi))
    clashes = []
    for form, items in spans.items():
        for i, (p1, lo1, hi1) in enumerate(items):
            for p2, lo2, hi2 in items[i + 1:]:
                if p1 != p2 and lo1 < hi2 and lo2 < hi1:
                    clashes.append((form, p1, p2))
    assert not clashes, clashes


def test_no_duplicate_keys():
    seen = {}
    for lineno, f in ROWS:
        row = dict(zip(COLUMNS, f))
        key = (row["qid"] or row["en"], row["iso2"], row["role"], row["start"])
        assert key not in seen, f"line {lineno} repeats line {seen[key]}: {key}"
        seen[key] = lineno
    qkeys = [(dict(zip(COLUMNS, f))["qid"], f[2], f[3]) for _, f in ROWS if f[0]]
    assert len(qkeys) == len(set(qkeys))


def test_sorted_by_state_role_start():
    keys = [(f[1], f[2], f[3]) for _, f in ROWS]
    assert keys == sorted(keys)


def test_one_qid_per_person_and_one_name_per_qid():
    by_qid = {}
    for _, f in ROWS:
        if f[0]:
            by_qid.setdefault(f[0], set()).add(f[5])
    assert all(len(names) == 1 for names in by_qid.values()), by_qid
