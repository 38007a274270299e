"""The world office-holders gazetteer (src/diplograph/lang/ar/leaders_world.tsv) is well formed."""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from pathlib import Path

TSV = Path(__file__).resolve().parents[2] / "src" / "diplograph" / "lang" / "ar" / "leaders_world.tsv"
COLUMNS = ["qid", "iso2", "role", "start", "end", "en", "ar", "ar_variants"]
ROLES = {"president", "king", "prime_minister", "foreign_minister", "ambassador", "minister", "other",
         "supreme_leader", "governor_general"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
FOREIGN_SCRIPT_RE = re.compile(r"[A-Za-z\u0400-\u04FF]")
# the states this file covers (the Arab League states, IR, TR, IL, AF, PK and sub-Saharan Africa
# are in leaders_mena_africa.tsv)
COVERED = set(
    "US CN RU JP IN ID BR AR MX CA AU KR GB DE FR IT "
    "AT BE BG HR CY CZ DK EE FI GR HU IE LV LT LU MT NL PL PT RO SK SI ES SE "
    "AZ AM BY KZ KG TJ TM UZ MD GE UA "
    "KP VN MY SG TH PH BD LK NP CU VE NI BO CL CO PE HN NO CH RS BA AL MK ME VA NZ JM "
    "BS BZ AG GD KN LC VC PG SB TV BB".split()
)


def _bounds(value: str) -> tuple[date, date]:
    """Earliest and latest day a possibly partial date can stand for."""
    m = DATE_RE.match(value)
    if not m:
        raise ValueError(f"not a YYYY[-MM[-DD]] date: {value!r}")
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


def test_file_is_utf8_nfc_without_bom_cr_or_invisible_marks():
    raw = TSV.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u0640]", text), "invisible mark or tatweel"


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


def _row_problems(n: int, fields: list[str]) -> list[str]:
    if len(fields) != len(COLUMNS):
        return [f"line {n}: {len(fields)} columns"]
    r = _rec(fields)
    bad = []
    if any(f != f.strip() for f in fields):
        bad.append(f"line {n}: stray whitespace")
    if r["qid"] and not QID_RE.match(r["qid"]):
        bad.append(f"line {n}: bad QID {r['qid']!r}")
    if not re.fullmatch(r"[A-Z]{2}", r["iso2"]):
        bad.append(f"line {n}: bad iso2 {r['iso2']!r}")
    if r["iso2"] not in COVERED:
        bad.append(f"line {n}: {r['iso2']} is not covered by this file")
    if r["role"] not in ROLES:
        bad.append(f"line {n}: bad role {r['role']!r}")
    try:
        start_lo = _bounds(r["start"])[0]
        if r["end"] and start_lo > _bounds(r["end"])[1]:
            bad.append(f"line {n}: start after end")
    except ValueError as exc:
        bad.append(f"line {n}: bad date ({exc})")
    if not r["en"]:
        bad.append(f"line {n}: English name missing")
    if not ARABIC_RE.search(r["ar"]) or FOREIGN_SCRIPT_RE.search(r["ar"]):
        bad.append(f"line {n}: Arabic name {r['ar']!r}")
    if r["ar_variants"]:
        variants = r["ar_variants"].split("|")
        if len(set(variants)) != len(variants):
            bad.append(f"line {n}: repeated variant")
        if r["ar"] in variants:
            bad.append(f"line {n}: variant repeats the main form")
        for v in variants:
            if not v or v != v.strip():
                bad.append(f"line {n}: empty or padded variant")
            elif not ARABIC_RE.search(v) or FOREIGN_SCRIPT_RE.search(v):
                bad.append(f"line {n}: variant {v!r} not in Arabic script")
            elif len(v.replace(" ", "")) < 3:
                bad.append(f"line {n}: variant {v!r} too short")
    return bad


def test_rows():
    problems = [p for n, fields in ROWS for p in _row_problems(n, fields)]
    assert not problems, "\n".join(problems[:50])


def test_row_checks_catch_errors():
    """The row checker itself rejects what it should."""
    good = ["Q7747", "RU", "president", "2012-05-07", "", "Vladimir Putin", "فلاديمير بوتين", "بوتين"]
    assert _row_problems(1, good) == []
    for i, value in [(0, "7747"), (1, "Ru"), (1, "EG"), (2, "tsar"), (3, "2012-13-01"), (4, "2011"),
                     (6, "Putin"), (7, "بوتين|"), (7, "بو")]:
        bad = list(good)
        bad[i] = value
        assert _row_problems(1, bad), (i, value)
    assert _row_problems(1, good[:-1])


def test_no_duplicate_qid_role_start():
    seen: dict[tuple[str, str, str, str], int] = {}
    for n, fields in ROWS:
        r = _rec(fields)
        if not r["qid"]:
            continue
        key = (r["qid"], r["iso2"], r["role"], r["start"])    # one monarch reigns over several realms
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
    for iso in sorted(COVERED - {"AU", "CA"}):  # Commonwealth realms: the monarch is listed under GB
        assert find(iso2=iso, role="president") or find(iso2=iso, role="king") or find(
            iso2=iso, role="other"), f"{iso}: no head of state"
