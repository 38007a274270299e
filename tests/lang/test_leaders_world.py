"""The world office-holders gazetteer (src/diplograph/lang/ar/leaders_world.tsv) is well formed."""
from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import pytest

TSV = Path(__file__).resolve().parents[2] / "src" / "diplograph" / "lang" / "ar" / "leaders_world.tsv"
COLUMNS = ["qid", "iso2", "role", "start", "end", "en", "ar", "ar_variants"]
ROLES = {"president", "king", "prime_minister", "foreign_minister", "ambassador", "minister", "other"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
FOREIGN_SCRIPT_RE = re.compile(r"[A-Za-z\u0400-\u04FF]")
# states that belong to leaders_mena_africa.tsv, not to this file
MENA_AFRICA = {
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
    "SO", "SD", "SY", "TN", "AE", "YE", "IR", "TR", "IL", "AF", "PK", "ZA", "NG", "ET", "KE",
}


def _bounds(value: str) -> tuple[date, date]:
    """Earliest and latest day a possibly partial date can stand for."""
    m = DATE_RE.match(value)
    assert m, value
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return date(y, 1, 1), date(y, 12, 31)
    mo = int(mo)
    if d is None:
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    day = date(y, mo, int(d))  # raises on an impossible day
    return day, day


def _read() -> tuple[list[str], list[str], list[tuple[int, list[str]]]]:
    comments, header, rows = [], [], []
    for n, line in enumerate(TSV.read_text(encoding="utf-8").split("\n"), 1):
        if not line:
            continue
        if line.startswith("#"):
            assert not header, f"line {n}: comment after the header"
            comments.append(line)
            continue
        if not header:
            header = line.split("\t")
            continue
        rows.append((n, line.split("\t")))
    return comments, header, rows


COMMENTS, HEADER, ROWS = _read()


def _rec(fields: list[str]) -> dict[str, str]:
    return dict(zip(COLUMNS, fields))


def test_file_is_utf8_without_bom_or_cr():
    raw = TSV.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    raw.decode("utf-8")


def test_comments_state_source_and_columns():
    assert COMMENTS, "the file must start with comment lines"
    assert all(c.startswith("# ") or c == "#" for c in COMMENTS)
    text = "\n".join(COMMENTS)
    assert "Wikidata" in text and "CC0" in text
    assert "Known gaps" in text
    for col in COLUMNS:
        assert col in text


def test_header():
    assert HEADER == COLUMNS


def test_enough_rows():
    assert len(ROWS) >= 800


@pytest.mark.parametrize("n,fields", ROWS, ids=[str(n) for n, _ in ROWS])
def test_row(n, fields):
    assert len(fields) == len(COLUMNS), f"line {n}: {len(fields)} columns"
    r = _rec(fields)
    assert all(f == f.strip() for f in fields), f"line {n}: stray whitespace"
    if r["qid"]:
        assert QID_RE.match(r["qid"]), f"line {n}: bad QID {r['qid']!r}"
    assert re.fullmatch(r"[A-Z]{2}", r["iso2"]), f"line {n}: bad iso2"
    assert r["iso2"] not in MENA_AFRICA, f"line {n}: {r['iso2']} belongs to leaders_mena_africa.tsv"
    assert r["role"] in ROLES, f"line {n}: bad role {r['role']!r}"
    assert r["start"], f"line {n}: start is required"
    start_lo, _ = _bounds(r["start"])
    if r["end"]:
        _, end_hi = _bounds(r["end"])
        assert start_lo <= end_hi, f"line {n}: start after end"
    assert r["en"], f"line {n}: English name missing"
    assert ARABIC_RE.search(r["ar"]) and not FOREIGN_SCRIPT_RE.search(r["ar"]), f"line {n}: ar"
    if r["ar_variants"]:
        variants = r["ar_variants"].split("|")
        assert all(v and v == v.strip() for v in variants), f"line {n}: empty variant"
        assert len(set(variants)) == len(variants), f"line {n}: repeated variant"
        assert r["ar"] not in variants, f"line {n}: variant repeats the main form"
        for v in variants:
            assert ARABIC_RE.search(v) and not FOREIGN_SCRIPT_RE.search(v), f"line {n}: variant {v!r}"
            assert len(v.replace(" ", "")) >= 3, f"line {n}: variant {v!r} too short"


def test_no_duplicate_qid_role_start():
    seen: dict[tuple[str, str, str], int] = {}
    for n, fields in ROWS:
        r = _rec(fields)
        if not r["qid"]:
            continue
        key = (r["qid"], r["role"], r["start"])
        assert key not in seen, f"line {n} duplicates line {seen[key]}: {key}"
        seen[key] = n


def test_no_duplicate_person_term():
    seen: dict[tuple[str, str, str, str], int] = {}
    for n, fields in ROWS:
        r = _rec(fields)
        key = (r["iso2"], r["role"], r["start"], r["en"])
        assert key not in seen, f"line {n} duplicates line {seen[key]}: {key}"
        seen[key] = n


def test_one_qid_one_person():
    names: dict[str, tuple[str, str]] = {}
    for n, fields in ROWS:
        r = _rec(fields)
        if r["qid"]:
            person = (r["en"], r["ar"])
            assert names.setdefault(r["qid"], person) == person, f"line {n}: {r['qid']} names two people"


def test_sorted_by_iso2_role_start():
    keys = [(f[1], f[2], _bounds(f[3])[0]) for _, f in ROWS]
    assert keys == sorted(keys)


def test_heads_of_government_do_not_overlap():
    """Two prime ministers of one state never hold office on the same day (beyond the handover day)."""
    by_state: dict[str, list[tuple[date, date, str, int]]] = {}
    for n, fields in ROWS:
        r = _rec(fields)
        if r["role"] != "prime_minister":
            continue
        lo = _bounds(r["start"])[1]  # latest possible start
        hi = _bounds(r["end"])[0] if r["end"] else date.max  # earliest possible end
        by_state.setdefault(r["iso2"], []).append((lo, hi, r["en"], n))
    for iso, terms in by_state.items():
        terms.sort()
        for (lo1, hi1, en1, n1), (lo2, hi2, en2, n2) in zip(terms, terms[1:]):
            assert lo2 >= hi1, f"{iso}: {en1} (line {n1}) and {en2} (line {n2}) overlap"


def test_known_rows():
    rows = [_rec(f) for _, f in ROWS]

    def find(**kw):
        return [r for r in rows if all(r[k] == v for k, v in kw.items())]

    putin = find(qid="Q7747", role="president", start="2012-05-07")
    assert putin and putin[0]["end"] == "" and putin[0]["ar"] == "فلاديمير بوتين"
    assert find(qid="Q7747", role="prime_minister", start="2008-05-08")[0]["end"] == "2012-05-07"
    lavrov = find(iso2="RU", role="foreign_minister", en="Sergey Lavrov")
    assert lavrov and "سيرجي لافروف" in lavrov[0]["ar_variants"].split("|")
    aliyev = find(iso2="AZ", role="president", en="Ilham Aliyev")
    assert aliyev and aliyev[0]["ar"] == "إلهام علييف"
    assert find(iso2="CN", role="president", en="Xi Jinping")[0]["ar"] == "شي جين بينغ"
    assert {"ترامب", "ترمب"} <= set(find(iso2="US", en="Donald Trump")[0]["ar_variants"].split("|"))
    for iso in ("US", "RU", "CN", "GB", "FR", "DE", "JP", "IN", "UA", "AZ", "VA"):
        assert find(iso2=iso), iso
