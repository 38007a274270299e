"""Date expressions: explicit Gregorian and Hijri dates at their precision, and dates relative to
publication ("اليوم الاثنين", "أمس", "قبل 32 عاما", "الشهر الماضي"), checked against a named weekday.

`find_dates(doc, sent)` reads the lexicon mentions of one sentence (month, weekday, number, time) and
returns date mentions; relative ones need `doc.published` and are skipped when it is unknown.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress
from operator import attrgetter, itemgetter, or_
from types import MappingProxyType

from hijridate import Gregorian, Hijri

from ..document import DateMention, DateValue, Document, Mention, Sentence, Token
from ..lexicon import Words


def _int(tok: str, words: Words) -> int | None:
    """A number of up to four digits, also with 'and' before it ('و9')."""
    if tok.startswith(words.prefix("and")) and tok[1:].isdecimal():
        tok = tok[1:]
    return int(tok) if tok.isdecimal() and len(tok) <= 4 else None


def _relative_word(tok: str, words: Words) -> bool:
    """Past, next or current (a month named with it is dated from publication)."""
    return tok in words.of("past") or tok in words.of("next") or tok in words.of("current")


def _year(tok: str, words: Words) -> int | None:
    v = _int(tok, words)
    return v if v is not None and 1800 <= v <= 2100 else None


def _month_at(by_start: dict[int, Mention], i: int) -> Mention | None:
    m = by_start.get(i)
    return m if m is not None and m.kind == "month" else None


def _numeric_date(toks: list[Token], i: int, end: int) -> tuple[DateValue, int] | None:
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


ALTERNATIVE_MARKS = frozenset(("/", "(", ")", "-"))     # between a month's two names (April/Nisan)


def _hijri_year(pub: dt.date | None, month: int, day: int) -> int | None:
    """A Hijri day and month with no year ('في 10 رمضان'): the latest such day up to publication."""
    if pub is None:
        return None
    h = Gregorian(pub.year, pub.month, pub.day).to_hijri()
    return h.year if (month, day) <= (h.month, h.day) else h.year - 1


Found = tuple[DateMention | None, int]     # a date read at a token (None: not a valid one), the next token


@dataclass(frozen=True)
class _Scan:
    """One sentence being read for dates: the document, the sentence, its lexicon mentions by start."""

    doc: Document
    sent: Sentence
    lex: dict[int, Mention]
    end: int            # the sentence's end token
    words: Words        # the document language's word classes

    def text(self, k: int) -> str:
        return self.doc.tokens[k].text

    def mention(self, a: int, b: int, date: DateValue, how: str) -> DateMention:
        return DateMention("date", a, b, self.sent.index, date=date, value=how)

    def past_alternatives(self, j: int) -> int:
        """Past an alternative month name after a slash, a dash or in brackets (April/Nisan, 'أبريل (نيسان)'):
        a mark is passed only with the month it brings (and the bracket closing it), not the mark that
        closes a dateline ('القاهرة 4 مارس - ...', 'هراري/ 13 تموز/يوليو/ارنا')."""
        while True:
            k = j
            while k < self.end and k - j < 2 and self.text(k) in ALTERNATIVE_MARKS:
                k += 1
            alt = _month_at(self.lex, k)
            if alt is None:
                return j
            j = alt.end + (alt.end < self.end and self.text(alt.end) == ")")

    def year_at(self, j: int) -> int | None:
        return _year(self.text(j), self.words) if j < self.end else None


def _numeric(s: _Scan, i: int) -> Found | None:
    """4/4/2022, 04-04-2022, 2022/4/4."""
    numeric = _numeric_date(s.doc.tokens, i, s.end)
    if numeric is None:
        return None
    value, j = numeric
    return s.mention(i, j, value, "explicit"), j


def _day_span(s: _Scan, i: int, day: int) -> tuple[int, int]:
    """DAY [and DAY]: the token after the days, and how many days they span."""
    j, last = i + 1, day
    if j < s.end and s.text(j) in s.words.of("range-joiner") and j + 1 < s.end \
            and (n := _int(s.text(j + 1), s.words)):
        last, j = n, j + 2      # 8 and 9 March, from 28 to 30 October: dated by the first, spanning all
    elif j < s.end and s.text(j).startswith(s.words.prefix("and")) and (n := _int(s.text(j)[1:], s.words)):
        last, j = n, j + 1
    return j, (last - day + 1 if last and day < last <= 31 else 1)


def _day_month(s: _Scan, i: int) -> Found | None:
    """DAY [and DAY] MONTH [/ (ALT)] [of] [YEAR], Gregorian or Hijri."""
    day = _int(s.text(i), s.words)
    if day is None or not 1 <= day <= 31:
        return None
    j, span = _day_span(s, i, day)
    after_of = s.lex.get(j + 1)
    if j + 1 < s.end and s.text(j) in s.words.of("date-of") and after_of is not None \
            and after_of.kind in ("month", "time"):
        j += 1      # '19 of June 2006', '20 of last month'
    mm = _month_at(s.lex, j)
    if mm is None:
        of_month = _day_of_relative_month(s, j, day)
        return (s.mention(i, of_month[1], of_month[0], "relative"), of_month[1]) if of_month else None
    j = k = s.past_alternatives(mm.end)
    if k < s.end and s.text(k) in s.words.of("date-of") and k + 1 < s.end and _year(s.text(k + 1), s.words):
        k += 1
    year = s.year_at(k)
    month = int(mm.value or 0)
    if mm.via == "hijri" and k < s.end and (h := _int(s.text(k), s.words)) and 1300 <= h <= 1500:
        year = h
    if year is not None:
        j = k + 1
        if j < s.end and s.text(j) in s.words.of("era-mark"):
            j += 1
    if mm.via == "hijri":
        year = year or _hijri_year(s.doc.published, month, day)
        value = hijri_to_gregorian(year, month, day) if year else None
        return (s.mention(i, j, value, "hijri") if value else None), j
    return s.mention(i, j, DateValue(year or 0, month, day, days=span), "explicit" if year else "no-year"), j


def _day_of_relative_month(s: _Scan, j: int, day: int) -> tuple[DateValue, int] | None:
    """'التاسع من الشهر الجاري', '20 من الشهر الماضي': a day of the month named relative to publication
    (the date, the token after it)."""
    month = _relative_at(s, j, "month")
    if month is None:
        return None
    value = replace(month[0], day=day)
    return (value, month[1]) if value.as_date() is not None else None


def _relative_at(s: _Scan, j: int, precision: str) -> tuple[DateValue, int] | None:
    """The time word at token j ('this month', 'last year') as a date of that precision, relative to
    publication, and the token after it."""
    m = s.lex.get(j)
    pub = s.doc.published
    if m is None or m.kind != "time" or pub is None:
        return None
    value = _relative_value(m.value or "", pub)
    return (value, m.end) if value is not None and value.precision == precision else None


def _ordinal_day(s: _Scan, i: int) -> Found | None:
    """A day written as an ordinal word: the second of October 1949, the twenty-seventh of February."""
    num = s.lex.get(i)
    value = int(num.value or 0) if num is not None and num.kind == "number" else 0
    tens = s.lex.get(num.end) if num is not None else None
    if tens is not None and tens.kind == "number" and tens.via == "tens" and 0 < value < 10:
        num, value = tens, value + int(tens.value or 0)
    if num is None or num.kind != "number" or i + 2 >= s.end:
        return None
    if s.text(num.end) not in s.words.of("date-of"):
        return None
    if 1 <= value <= 31 and (of_month := _day_of_relative_month(s, num.end + 1, value)) is not None:
        return s.mention(i, of_month[1], of_month[0], "relative"), of_month[1]
    mm = _month_at(s.lex, num.end + 1)
    if mm is None or mm.via != "gregorian" or not 1 <= value <= 31:
        return None
    j = s.past_alternatives(mm.end)
    year = s.year_at(j)
    stop = j + (1 if year else 0)
    date = DateValue(year or 0, int(mm.value or 0), value)
    return s.mention(i, stop, date, "explicit" if year else "no-year"), stop


def _month_year(s: _Scan, i: int) -> Found | None:
    """MONTH [of] YEAR, or a month 'past', 'next' or 'current' (dated from publication)."""
    mm = _month_at(s.lex, i)
    if mm is None or mm.via != "gregorian":
        return None
    j = s.past_alternatives(mm.end)
    if j < s.end and s.text(j) in s.words.of("date-of") and j + 1 < s.end and _year(s.text(j + 1), s.words):
        j += 1
    if j < s.end and s.text(j) in s.words.of("year-word") and j + 1 < s.end and _year(s.text(j + 1), s.words):
        j += 1      # 'January of the year 2006'
    year = s.year_at(j)
    month = int(mm.value or 0)
    if year:
        return s.mention(i, j + 1, DateValue(year, month), "explicit"), j + 1
    pub = s.doc.published
    if j < s.end and _relative_word(s.text(j), s.words) and pub:
        if s.text(j) in s.words.of("current"):
            year = pub.year
        elif s.text(j) in s.words.of("past"):
            year = pub.year if month < pub.month else pub.year - 1
        else:
            year = pub.year if month > pub.month else pub.year + 1
        return s.mention(i, j + 1, DateValue(year, month), "relative"), j + 1
    of_year = _relative_year_after(s, j)
    if pub and of_year is not None:     # 'June of last year'
        year_value, stop = of_year
        return s.mention(i, stop, DateValue(year_value, month), "relative"), stop
    if pub and _bare_month_context(s, i):
        year = pub.year
        if _to_come(s, i):
            year += month < pub.month
        else:
            year -= month > pub.month
        return s.mention(i, j, DateValue(year, month), "relative"), j
    return None


def _relative_year_after(s: _Scan, j: int) -> tuple[int, int] | None:
    """'[of] this year', '[of] last year' right after a month: (its year, the token after it)."""
    if j not in s.lex and j < s.end and s.text(j) in s.words.of("date-of"):
        j += 1
    year = _relative_at(s, j, "year")
    return (year[0].year, year[1]) if year is not None else None


def _bare_month_context(s: _Scan, i: int) -> bool:
    """A month with no year after 'in', 'since', 'early', 'the end of' ('في مارس', 'وفي أبريل/نيسان',
    'في نهاية مايو'): a month of the year of publication (or the one before, or after)."""
    if i <= s.sent.tok_start:
        return False
    prev, before = s.text(i - 1), s.words.of("before-month")
    conj = s.words.prefix("and")
    return prev in before or (prev.startswith(conj) and prev[1:] in before)


def _to_come(s: _Scan, i: int) -> bool:
    """A verb in the future ('سيزور', 'ستعقد') or an event verb in the present ('يزور') among the few
    words before: the month to come."""
    future, present = s.words.prefix("future"), s.words.of("present-verb")
    return any((s.text(k).startswith(future) and len(s.text(k)) > 3) or s.text(k) in present
               for k in range(max(s.sent.tok_start, i - 8), i))


def _year_alone(s: _Scan, i: int) -> Found | None:
    """A year after 'in', 'since', 'the year' (a year before 1800 only after 'the year': the peace
    treaty signed in 1786)."""
    t = s.text(i)
    prev = s.text(i - 1) if i > s.sent.tok_start else ""
    year = _year(t, s.words)
    after_year_word = prev in s.words.of("year-word") or prev.endswith(s.words.prefix("year-ending"))
    if year is None and (v := _int(t, s.words)) is not None and 1500 <= v < 1800 and after_year_word:
        year = v
    if year is not None and (after_year_word or prev in s.words.of("before-year")):
        return s.mention(i, i + 1, DateValue(year), "year"), i + 1
    return None


def _ago(s: _Scan, i: int) -> Found | None:
    """32 years ago, thirty years ago; three days ago, two days ago ('قبل يومين'), two months ago."""
    pub = s.doc.published
    if s.text(i) not in s.words.of("ago") or not i + 2 < s.end + 1 or not pub:
        return None
    if i + 1 < s.end and (dual := _dual_ago(s.text(i + 1), pub, s.words)) is not None \
            and not (i + 2 < s.end and s.text(i + 2) in s.words.of("from")):
        return s.mention(i, i + 2, dual, "ago"), i + 2
    n = _int(s.text(i + 1), s.words) if i + 1 < s.end else None
    if n is None and (m := s.lex.get(i + 1)) is not None and m.kind == "number":
        n = int(m.value or 0)
    if not n or i + 2 >= s.end:
        return None
    unit = s.text(i + 2)
    if i + 3 < s.end and s.text(i + 3) in s.words.of("from") and unit not in s.words.of("year-word"):
        return None     # three days before his arrival: before another event, not publication
    if unit in s.words.of("year-word"):
        return s.mention(i, i + 3, DateValue(pub.year - n), "ago"), i + 3
    if unit in s.words.of("day-word"):
        return s.mention(i, i + 3, _days_before(pub, n), "ago"), i + 3
    if unit in s.words.of("month-word"):
        return s.mention(i, i + 3, _months_before(pub, n), "ago"), i + 3
    return None


def _dual_ago(tok: str, pub: dt.date, words: Words) -> DateValue | None:
    """'قبل يومين', 'قبل شهرين': two days, two months before publication."""
    if tok in words.of("two-days"):
        return _days_before(pub, 2)
    if tok in words.of("two-months"):
        return _months_before(pub, 2)
    return None


def _days_before(pub: dt.date, n: int) -> DateValue:
    day = pub - dt.timedelta(days=n)
    return DateValue(day.year, day.month, day.day)


def _months_before(pub: dt.date, n: int) -> DateValue:
    """A month n months before publication, at the month's precision (the day is not told)."""
    k = pub.year * 12 + pub.month - 1 - n
    return DateValue(k // 12, k % 12 + 1)


Reader = Callable[[_Scan, int], Found | None]
READERS: tuple[Reader, ...] = (
    _numeric, _day_month, _ordinal_day, _month_year, _year_alone, _ago)


@cache
def _readers(number: bool, lexical: bool, ago: bool) -> tuple[Reader, ...]:
    """The readers of READERS that may read a date at a token: those of numbers for a number, those of
    lexicon words (ordinal days, months) at a lexicon mention, 'ago' at 'ago' (in READERS' order)."""
    return tuple(r for r in READERS if (number and r in (_numeric, _day_month, _year_alone))
                 or (lexical and r in (_ordinal_day, _month_year)) or (ago and r is _ago))


def find_dates(doc: Document, sent: Sentence, ms: list[Mention] | None = None) -> list[DateMention]:
    """The dates of one sentence (`ms`: the sentence's lexicon mentions, when the caller has them): at
    each token the first reader of READERS that reads a date there, then the dates relative to
    publication, the years a day-month leaves out, and the weekdays checked."""
    here = doc.in_sentence(sent.index) if ms is None else ms
    scan = _Scan(doc, sent, {m.start: m for m in here if m.kind in ("month", "weekday", "number", "time")},
                 sent.tok_end, doc.lang.words)
    out: list[DateMention] = []
    i, end, toks, lex = sent.tok_start, sent.tok_end, doc.tokens, scan.lex
    ago = doc.lang.words.of("ago")
    # where a date may start: a number, a month, a weekday, a time word or 'ago' (most tokens are none)
    texts = list(map(attrgetter("text"), toks[i:end]))     # each test over the words with C iterators
    starts = sorted(lex.keys() | set(compress(range(i, end), map(
        or_, map(str.isdigit, map(itemgetter(slice(-1, None)), texts)), map(ago.__contains__, texts)))))
    if not starts:
        return []       # no number, month, weekday, time word or 'ago': no date, none relative (most)
    for k in starts:
        if k < i or k >= end:
            continue    # inside a date read already
        t = toks[k].text
        readers = _readers(t[-1:].isdigit(), k in lex, t in ago)
        found = next((f for read in readers if (f := read(scan, k)) is not None), None)
        if found is None:
            i = k + 1
            continue
        mention, i = found
        if mention is not None:
            out.append(mention)
    out = _same_day_of_year(out + _relative(doc, sent, scan.lex, out), scan.lex, doc.published)
    out = _check_weekdays(scan.lex, _resolve_missing_years(out, doc, sent))
    return [m for m in out if m.date.valid()]


def _same_day_of_year(dates: list[DateMention], lex: dict[int, Mention],
                      pub: dt.date | None) -> list[DateMention]:
    """'في مثل هذا اليوم من عام 2013': the publication's day and month in the year named just after (the
    year read alone becomes that day)."""
    marks = [m.end for m in lex.values() if m.kind == "time" and m.value == "same_day"]
    if not marks or pub is None:
        return dates
    out = []
    for d in dates:
        if d.value == "year" and any(0 <= d.start - end <= 3 for end in marks):
            day = replace(d.date, month=pub.month, day=pub.day)
            d = DateMention("date", d.start, d.end, d.sent, date=day, value="explicit") if day.valid() else d
        out.append(d)
    return out


def _relative(doc: Document, sent: Sentence, lex: dict[int, Mention],
              explicit: list[DateMention]) -> list[DateMention]:
    """'today', 'yesterday', 'last month', a weekday alone: dated from publication."""
    pub = doc.published
    out: list[DateMention] = []
    covered = {k for m in explicit for k in range(m.start, m.end)}
    for m in lex.values():
        if m.kind == "time" and pub and m.start not in covered:
            value = _relative_value(_edge_of_month(m, doc, sent), pub)
            if value:
                out.append(DateMention("date", m.start, m.end, sent.index, date=value, value="relative"))
        elif m.kind == "weekday" and pub and m.start not in covered:
            near = [e for e in explicit if abs(e.start - m.end) <= 2 or abs(m.start - e.end) <= 2]
            second = lex.get(m.end)
            if second is not None and second.kind == "weekday" and second.prefix:
                covered.add(second.start)       # 'Thursday and Friday': two days, dated by the first
            if not near:
                ahead = any(t.kind == "time" and t.value == "tomorrow" and 0 <= m.start - t.end <= 1
                            for t in lex.values())
                after = doc.tokens[m.end].text if m.end < sent.tok_end else ""
                day = _weekday_day(pub, int(m.value or 0), after, ahead, doc.lang.words)
                end = second.end if second is not None and second.start in covered else m.end
                out.append(DateMention("date", m.start, end, sent.index, date=DateValue.of(day),
                                       value="weekday"))
    return out


def _edge_of_month(m: Mention, doc: Document, sent: Sentence) -> str:
    """The kind of a time word, 'early in the month' ('مطلع الشهر', this month) read with the 'past' or
    'next' after it: 'مطلع الشهر الماضي' is early last month, 'نهاية الشهر المقبل' the end of next month."""
    kind, words = m.value or "", doc.lang.words
    if kind != "this_month" or m.end >= sent.tok_end:
        return kind
    after = doc.tokens[m.end].text
    return "last_month" if after in words.of("past") else "next_month" if after in words.of("next") else kind


def _weekday_day(pub: dt.date, weekday: int, after: str, ahead: bool, words: Words) -> dt.date:
    """A weekday alone is the latest such day up to publication; 'tomorrow, Friday' and 'Sunday next'
    ('الأحد المقبل') the coming one; 'Sunday last' ('الأحد الماضي') the one before publication day."""
    if ahead or after in words.of("next"):
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if after in words.of("past"):
        return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7 or 7)
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _relative_value(kind: str, pub: dt.date) -> DateValue | None:
    if kind == "today":
        return DateValue.of(pub)
    if kind == "yesterday":
        return DateValue.of(pub - dt.timedelta(days=1))
    if kind == "day_before_yesterday":
        return DateValue.of(pub - dt.timedelta(days=2))
    if kind == "tomorrow":
        return DateValue.of(pub + dt.timedelta(days=1))
    if kind == "day_after_tomorrow":
        return DateValue.of(pub + dt.timedelta(days=2))
    if kind == "next_month":
        return DateValue(pub.year + 1, 1) if pub.month == 12 else DateValue(pub.year, pub.month + 1)
    if kind in YEAR_OFFSETS:
        return DateValue(pub.year + YEAR_OFFSETS[kind])
    if kind == "this_month":
        return DateValue(pub.year, pub.month)
    if kind == "last_month":
        return DateValue(pub.year - 1, 12) if pub.month == 1 else DateValue(pub.year, pub.month - 1)
    return _week_value(kind, pub)


YEAR_OFFSETS = MappingProxyType({"this_year": 0, "last_year": -1, "year_before_last": -2})
WEEK_OFFSETS = MappingProxyType({"last_week": -7, "this_week": 0, "days_ago": -3, "next_week": 7})


def _week_value(kind: str, pub: dt.date) -> DateValue | None:
    """'last week', 'this week', 'days ago', 'next week': no day is stated, so the month (of the day a
    week before, of publication, a few days before, a week after)."""
    if kind not in WEEK_OFFSETS:
        return None
    day = pub + dt.timedelta(days=WEEK_OFFSETS[kind])
    return DateValue(day.year, day.month)


def _resolve_missing_years(found: list[DateMention], doc: Document, sent: Sentence) -> list[DateMention]:
    """'11 يناير و26 نوفمبر 2021': a day-month without a year takes the next date's year, then the
    year named by 'من هذا العام' / the publication year. Returns the dates so completed."""
    dates = list(found)
    for k, m in enumerate(dates):
        if m.date.year:
            continue
        year = next((n.date.year for n in dates[k + 1:] if n.date.year and n.start - m.end <= 8), None)
        if year is None:
            rel = [n for n in dates if n.value == "relative" and n.start >= m.end and n.start - m.end <= 4]
            year = rel[0].date.year if rel else _nearest_year(doc, sent, m)
        if year:
            dates[k] = DateMention("date", m.start, m.end, m.sent, date=replace(m.date, year=year),
                               value="explicit")
    # a relative year right after a day-month (22 February of this year) is part of that date
    spans = [(m.start, m.end) for m in dates if m.value == "explicit"]
    return [m for m in dates if not (m.value == "relative" and any(0 <= m.start - e <= 2 for _, e in spans))]


def _nearest_year(doc: Document, sent: Sentence, m: DateMention) -> int | None:
    """A day and month with no year: the latest such day on or before publication ('11 أكتوبر الماضي'),
    or the next one when 'المقبل' follows."""
    pub = doc.published
    if pub is None or not m.date.month:
        return None
    after = [doc.tokens[k].text for k in range(m.end, min(m.end + 2, sent.tok_end))]
    future = any(w in doc.lang.words.of("next") for w in after)
    year = pub.year
    if any(w in doc.lang.words.of("current") for w in after):
        return year         # '20 March current': of this year
    if future:
        return year if (m.date.month, m.date.day or 1) >= (pub.month, pub.day) else year + 1
    return year if (m.date.month, m.date.day or 1) <= (pub.month, pub.day) else year - 1


def _check_weekdays(lex: dict[int, Mention], dates: list[DateMention]) -> list[DateMention]:
    """A date with a weekday named next to it that is not that day's is flagged (weekday-mismatch)."""
    out = []
    for d in dates:
        day = d.date.as_date() if d.value in ("explicit", "hijri") else None
        wk = [m for m in lex.values() if m.kind == "weekday" and 0 <= d.start - m.end <= 2] if day else []
        if day is not None and wk and int(wk[0].value or 0) != day.weekday():
            d = DateMention("date", d.start, d.end, d.sent, date=replace(d.date, flag="weekday-mismatch"),
                            value=d.value)
        out.append(d)
    return out
