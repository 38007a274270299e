"""Date expressions: explicit Gregorian and Hijri dates at their precision, and dates relative to
publication ("اليوم الاثنين", "أمس", "قبل 32 عاما", "الشهر الماضي"), checked against a named weekday.

`find_dates(doc, sent)` reads the lexicon mentions of one sentence (month, weekday, number, time) and
returns date mentions; relative ones need `doc.published` and are skipped when it is unknown.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hijridate import Hijri

from ..document import DateValue, Document, Mention, Sentence
from ..lexicon import word_class, word_prefixes



def _int(tok: str) -> int | None:
    """A number of up to four digits, also with 'and' before it ('و9')."""
    if tok.startswith(word_prefixes("and")) and tok[1:].isdecimal():
        tok = tok[1:]
    return int(tok) if tok.isdecimal() and len(tok) <= 4 else None


def _relative_word(tok: str) -> bool:
    """Past, next or current (a month named with it is dated from publication)."""
    return tok in word_class("past") or tok in word_class("next") or tok in word_class("current")


def _year(tok: str) -> int | None:
    v = _int(tok)
    return v if v is not None and 1800 <= v <= 2100 else None


def _month_at(by_start: dict[int, Mention], i: int) -> Mention | None:
    m = by_start.get(i)
    return m if m is not None and m.kind == "month" else None


def _numeric_date(toks, i: int, end: int) -> tuple[DateValue, int] | None:
    """'4/4/2022', '04-04-2022', '4.4.2022' (day first, as Arab papers write it) or '2022/4/4'."""
    if i + 5 > end:
        return None
    a, s1, b, s2, c = (toks[k].text for k in range(i, i + 5))
    if s1 != s2 or s1 not in ("/", "-", ".") or not (a.isdecimal() and b.isdecimal() and c.isdecimal()):
        return None
    if len(c) == 4:
        day, month, year = int(a), int(b), int(c)
    elif len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        return None
    value = DateValue(year, month, day)
    return (value, i + 5) if value.valid() and 1800 <= year <= 2100 else None


def hijri_to_gregorian(y: int, m: int, d: int | None) -> DateValue | None:
    try:
        g = Hijri(y, m, d or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None
    if d is None:
        return DateValue(g.year, g.month)
    return DateValue(g.year, g.month, g.day)


def find_dates(doc: Document, sent: Sentence, ms: list[Mention] | None = None) -> list[Mention]:
    """The dates of one sentence (`ms`: the sentence's lexicon mentions, when the caller has them)."""
    toks = doc.tokens
    here = doc.in_sentence(sent.index) if ms is None else ms
    lex = {m.start: m for m in here if m.kind in ("month", "weekday", "number", "time")}
    out: list[Mention] = []
    i = sent.tok_start
    end = sent.tok_end
    ago = word_class("ago")
    while i < end:
        t = toks[i].text
        if not t[-1:].isdigit() and i not in lex and t not in ago:
            i += 1      # no date starts here: not a number, a month, a weekday, a time word or 'ago'
            continue
        # numeric dates: 4/4/2022, 04-04-2022, 2022/4/4
        numeric = _numeric_date(toks, i, end)
        if numeric is not None:
            value, j = numeric
            out.append(Mention("date", i, j, sent.index, date=value, value="explicit"))
            i = j
            continue
        # DAY [and DAY] MONTH [/ (ALT)] [of] [YEAR]
        day = _int(t)
        if day is not None and 1 <= day <= 31:
            j = i + 1
            last = day
            if j < end and toks[j].text in word_class("range-joiner") and j + 1 < end and _int(toks[j + 1].text):
                last = _int(toks[j + 1].text)
                j += 2      # 8 and 9 March, from 28 to 30 October: dated by the first day, spanning to the last
            elif j < end and toks[j].text.startswith(word_prefixes("and")) and _int(toks[j].text[1:]):
                last = _int(toks[j].text[1:])
                j += 1
            span = last - day + 1 if last and day < last <= 31 else 1
            mm = _month_at(lex, j)
            if mm is not None:
                j = mm.end
                # an alternative month name after a slash or in brackets (April/Nisan)
                while j < end and toks[j].text in ("/", "(", ")", "-") or (j < end and _month_at(lex, j)):
                    alt = _month_at(lex, j)
                    j = alt.end if alt else j + 1
                k = j
                if k < end and toks[k].text in word_class("date-of") and k + 1 < end and _year(toks[k + 1].text):
                    k += 1
                year = _year(toks[k].text) if k < end else None
                month = int(mm.value or 0)
                if mm.via == "hijri" and k < end and (h := _int(toks[k].text)) and 1300 <= h <= 1500:
                    year = h
                if year is not None:
                    j = k + 1
                    if j < end and toks[j].text in word_class("era-mark"):
                        j += 1
                if mm.via == "hijri":
                    value = hijri_to_gregorian(year, month, day) if year else None
                    if value:
                        out.append(Mention("date", i, j, sent.index, date=value, value="hijri"))
                else:
                    out.append(Mention("date", i, j, sent.index, date=DateValue(year or 0, month, day, days=span),
                                       value="explicit" if year else "no-year"))
                i = j
                continue
        # a day written as an ordinal word: the second of October 1949
        num = lex.get(i)
        value = int(num.value or 0) if num is not None and num.kind == "number" else 0
        tens = lex.get(num.end) if num is not None else None
        if tens is not None and tens.kind == "number" and tens.via == "tens" and 0 < value < 10:
            num, value = tens, value + int(tens.value or 0)       # the twenty-seventh of February
        if num is not None and num.kind == "number" and i + 2 < end and toks[num.end].text in word_class("date-of"):
            mm = _month_at(lex, num.end + 1)
            if mm is not None and mm.via == "gregorian" and 1 <= value <= 31:
                j = mm.end
                while j < end and toks[j].text in ("/", "(", ")", "-") or (j < end and _month_at(lex, j)):
                    alt = _month_at(lex, j)
                    j = alt.end if alt else j + 1
                year = _year(toks[j].text) if j < end else None
                out.append(Mention("date", i, j + (1 if year else 0), sent.index,
                                   date=DateValue(year or 0, int(mm.value or 0), value),
                                   value="explicit" if year else "no-year"))
                i = j + (1 if year else 0)
                continue
        mm = _month_at(lex, i)
        if mm is not None and mm.via == "gregorian":
            j = mm.end
            while j < end and toks[j].text in ("/", "(", ")", "-") or (j < end and _month_at(lex, j)):
                alt = _month_at(lex, j)
                j = alt.end if alt else j + 1
            if j < end and toks[j].text in word_class("date-of") and j + 1 < end and _year(toks[j + 1].text):
                j += 1
            year = _year(toks[j].text) if j < end else None
            if year:
                out.append(Mention("date", i, j + 1, sent.index, date=DateValue(year, int(mm.value)),
                                   value="explicit"))
                i = j + 1
                continue
            if j < end and _relative_word(toks[j].text) and doc.published:
                pub = doc.published
                month = int(mm.value or 0)
                if toks[j].text in word_class("current"):
                    year = pub.year
                elif toks[j].text in word_class("past"):
                    year = pub.year if month < pub.month else pub.year - 1
                else:
                    year = pub.year if month > pub.month else pub.year + 1
                out.append(Mention("date", i, j + 1, sent.index, date=DateValue(year, month), value="relative"))
                i = j + 1
                continue
        prev = toks[i - 1].text if i > sent.tok_start else ""
        year = _year(t)
        after_year_word = prev in word_class("year-word") or prev.endswith(word_prefixes("year-ending"))
        if year is None and (v := _int(t)) is not None and 1500 <= v < 1800 and after_year_word:
            year = v        # a year before 1800 only after the word 'year' (the peace treaty signed in 1786)
        if year is not None:
            if after_year_word or prev in word_class("before-year"):
                out.append(Mention("date", i, i + 1, sent.index, date=DateValue(year), value="year"))
                i += 1
                continue
        # 32 years ago, thirty years ago
        if t in word_class("ago") and i + 2 < end + 1 and doc.published:
            n = _int(toks[i + 1].text) if i + 1 < end else None
            if n is None and (m := lex.get(i + 1)) is not None and m.kind == "number":
                n = int(m.value or 0)
            if n and i + 2 < end and toks[i + 2].text in word_class("year-word"):
                out.append(Mention("date", i, i + 3, sent.index,
                                   date=DateValue(doc.published.year - n), value="ago"))
                i += 3
                continue
        i += 1
    out += _relative(doc, sent, lex, out)
    _resolve_missing_years(out, doc, sent)
    _check_weekdays(doc, sent, lex, out)
    return [m for m in out if m.date and m.date.valid()]


def _relative(doc: Document, sent: Sentence, lex: dict[int, Mention], explicit: list[Mention]) -> list[Mention]:
    pub = doc.published
    out = []
    covered = {k for m in explicit for k in range(m.start, m.end)}
    for m in lex.values():
        if m.kind == "time" and pub and m.start not in covered:
            value = _relative_value(m.value or "", pub)
            if value:
                out.append(Mention("date", m.start, m.end, sent.index, date=value, value="relative"))
        elif m.kind == "weekday" and pub and m.start not in covered:
            near = [e for e in explicit if abs(e.start - m.end) <= 2 or abs(m.start - e.end) <= 2]
            if not near:
                ahead = any(t.kind == "time" and t.value == "tomorrow" and 0 <= m.start - t.end <= 1
                            for t in lex.values())
                if ahead:      # tomorrow, Friday: the coming one
                    day = pub + dt.timedelta(days=(int(m.value or 0) - pub.weekday()) % 7 or 7)
                else:
                    day = pub - dt.timedelta(days=(pub.weekday() - int(m.value or 0)) % 7)
                out.append(Mention("date", m.start, m.end, sent.index, date=DateValue.of(day), value="weekday"))
    return out


def _relative_value(kind: str, pub: dt.date) -> DateValue | None:
    if kind == "today":
        return DateValue.of(pub)
    if kind == "yesterday":
        return DateValue.of(pub - dt.timedelta(days=1))
    if kind == "day_before_yesterday":
        return DateValue.of(pub - dt.timedelta(days=2))
    if kind == "this_year":
        return DateValue(pub.year)
    if kind == "last_year":
        return DateValue(pub.year - 1)
    if kind == "this_month":
        return DateValue(pub.year, pub.month)
    if kind == "last_month":
        return DateValue(pub.year - 1, 12) if pub.month == 1 else DateValue(pub.year, pub.month - 1)
    return None


def _resolve_missing_years(dates: list[Mention], doc: Document, sent: Sentence) -> None:
    """'11 يناير و26 نوفمبر 2021': a day-month without a year takes the next date's year, then the
    year named by 'من هذا العام' / the publication year."""
    for k, m in enumerate(dates):
        if m.date is None or m.date.year:
            continue
        year = next((n.date.year for n in dates[k + 1:] if n.date and n.date.year and n.start - m.end <= 8), None)
        if year is None:
            rel = [n for n in dates if n.value == "relative" and n.date and n.start >= m.end and n.start - m.end <= 4]
            year = rel[0].date.year if rel else _nearest_year(doc, sent, m)
        if year:
            dates[k] = Mention("date", m.start, m.end, m.sent, date=replace(m.date, year=year),
                               value="explicit")
    # a relative year right after a day-month (22 February of this year) is part of that date
    spans = [(m.start, m.end) for m in dates if m.value == "explicit"]
    dates[:] = [m for m in dates if not (m.value == "relative" and any(0 <= m.start - e <= 2 for _, e in spans))]


def _nearest_year(doc: Document, sent: Sentence, m: Mention) -> int | None:
    """A day and month with no year: the latest such day on or before publication ('11 أكتوبر الماضي'),
    or the next one when 'المقبل' follows."""
    pub = doc.published
    if pub is None or m.date is None or not m.date.month:
        return None
    after = [doc.tokens[k].text for k in range(m.end, min(m.end + 2, sent.tok_end))]
    future = any(w in word_class("next") for w in after)
    year = pub.year
    if future:
        return year if (m.date.month, m.date.day or 1) >= (pub.month, pub.day) else year + 1
    return year if (m.date.month, m.date.day or 1) <= (pub.month, pub.day) else year - 1


def _check_weekdays(doc: Document, sent: Sentence, lex: dict[int, Mention], dates: list[Mention]) -> None:
    for k, d in enumerate(dates):
        if d.date is None or d.date.as_date() is None or d.value not in ("explicit", "hijri"):
            continue
        wk = [m for m in lex.values() if m.kind == "weekday" and 0 <= d.start - m.end <= 2]
        if wk and int(wk[0].value or 0) != d.date.as_date().weekday():
            dates[k] = Mention("date", d.start, d.end, d.sent,
                               date=replace(d.date, flag="weekday-mismatch"),
                               value=d.value)
