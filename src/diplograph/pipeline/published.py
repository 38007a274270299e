"""Stage 5, publication date: the day the article was published, when the text says it, once.

Reads `doc.mentions` (the lexicon's); adds `doc.published` and `doc.published_from` ("text" or "inferred")
when the text states the date (a full date next to 'اليوم' in the lead, a dateline, a day and month whose
weekday fits one year); with no publication date, `doc.year` (a national day's ordinal names the year),
`doc.reference` (the latest day the text names: office holders are those of that day) and `doc.dates`
(dates do not depend on anything later, so they are found here once). A date implied by an anniversary
'celebrated today' is decided in `pipeline.run` from the events read without it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..document import DateMention, Document, Sentence
from .dates import find_dates
from .lexical import by_sentence
from .occasions import occasion_year


DatesOf = Callable[[Sentence], list[DateMention]]


def find_published(doc: Document, dates_of: DatesOf) -> None:
    """Publication date from the text: a full date next to 'اليوم' early on, or a short dateline.
    `dates_of` gives a sentence's dates (found once per sentence while the date is unknown). A date given
    from outside (metadata) yields to the day the text itself states, when they are at most
    `STATED_DRIFT` days apart (the metadata is often the next day's: 'الرياض 5 مارس (واس) - ... اليوم')."""
    stated = _stated(doc, dates_of)
    if doc.published:
        stated = stated or _today_by_weekday(doc, doc.published)
        if stated is not None and stated != doc.published \
                and abs((stated - doc.published).days) <= STATED_DRIFT:
            doc.published, doc.published_from = stated, "text"
        return
    if stated is not None:
        doc.published, doc.published_from = stated, "text"
        return
    doc.year = occasion_year(doc)
    _published_from_weekday(doc)
    if doc.published is None:
        _published_from_span(doc, dates_of)


STATED_DRIFT = 2       # days between a given publication date and the one the text states


def _stated(doc: Document, dates_of: DatesOf) -> dt.date | None:
    """The day the text says it was written: a full date next to 'اليوم' early on, a dateline line, or a
    dateline opening the lead."""
    for sent in doc.sentences[:4]:
        ms = doc.in_sentence(sent.index)
        dates = [m for m in dates_of(sent) if m.value in ("explicit", "hijri") and m.date and m.date.day]
        today = [m for m in ms if m.kind == "time" and m.value == "today"]
        for d in dates:
            if any(abs(t.end - d.start) <= 3 or abs(d.end - t.start) <= 3 for t in today):
                return d.date.as_date()
    for sent in header_lines(doc):
        dates = [m for m in dates_of(sent) if m.date and m.date.day and m.date.year and (
            m.start - sent.tok_start <= 6 or sent.tok_end - m.end <= 6)]
        if dates:     # a dateline: city, Hijri date, 'corresponding to' Gregorian date, agency
            return dates[-1].date.as_date()
    return _lead_dateline(doc, dates_of)


HEADER_SENTENCES = 5     # title, subtitle, byline, dateline: the lines an article opens with
HEADER_LENGTH = 25       # a header line is short; the lead is the first longer sentence


def header_lines(doc: Document) -> list[Sentence]:
    """The lines before the lead (title, subtitle, byline, dateline: short, and telling no event) among
    the first sentences; the dateline may follow the title and subtitle ('الخميس 16 تشرين الأول 2008')."""
    out = []
    for sent in doc.sentences[:HEADER_SENTENCES]:
        if sent.tok_end - sent.tok_start > HEADER_LENGTH:
            break
        if not any(m.kind == "trigger" for m in doc.in_sentence(sent.index)):
            out.append(sent)
    return out


def _lead_dateline(doc: Document, dates_of: DatesOf) -> dt.date | None:
    """A dateline opening the lead: 'CITY [in] DATE' among its first words, closed by a mark or an
    agency ('نيوم في 2 ذي الحجة 1442هـ الموافق 12 يوليو 2021م /العُمانية/ عقد ...'). A short line (a title,
    a byline) is passed over unless it opens so: a short lead ('الرياض 5 مارس 2024 (واس) - استقبل ...')."""
    marks = doc.lang.words.of("dateline-mark")
    for sent in doc.sentences[:HEADER_SENTENCES]:
        short = sent.tok_end - sent.tok_start <= HEADER_LENGTH
        dates = [m for m in dates_of(sent) if m.value in ("explicit", "hijri") and m.date.day
                 and m.start - sent.tok_start <= 3]
        if dates:
            last = max(dates, key=lambda m: m.end)
            chained = [m for m in dates_of(sent) if m.start <= last.end + 2]
            end = max(m.end for m in chained)
            agency = any(m.kind == "agency" and 0 <= m.start - end <= 2 for m in doc.in_sentence(sent.index))
            if agency or (end < sent.tok_end and doc.tokens[end].text in marks):
                return last.date.as_date()
        if not short:
            return None
    return None


def _dateline_day_month(doc: Document) -> tuple[int, int] | None:
    """(day, month) of a Gregorian day and month among the first words of the first two sentences."""
    toks = doc.tokens
    for sent in doc.sentences[:2]:
        lex = {m.start: m for m in doc.mentions if m.sent == sent.index and m.kind == "month"}
        for i in range(sent.tok_start, min(sent.tok_end, sent.tok_start + 6)):
            if toks[i].text.isdecimal() and (m := lex.get(i + 1)) is not None and m.via == "gregorian":
                return int(toks[i].text), int(m.value or 0)
    return None


def _named_years(doc: Document) -> set[int]:
    """The years 1900-2100 the article names, but target years ('by 2030')."""
    toks, targets = doc.tokens, doc.lang.words.of("target-word")
    return {int(t.text) for k, t in enumerate(toks) if t.text.isdecimal() and len(t.text) == 4
            and 1900 <= int(t.text) <= 2100
            and not any(toks[j].text in targets for j in range(max(0, k - 3), k))}


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _published_from_weekday(doc: Document) -> None:
    """A dateline with day and month but no year ('القاهرة في ١٤ أغسطس'), and 'اليوم الأربعاء' in the
    lead: the year is the one, among the years the article names, in which that day is that weekday."""
    dateline = _dateline_day_month(doc)
    if not dateline:
        return
    day_, month = dateline
    weekday = _today_weekday(doc)
    if doc.year is not None:     # 'Doha, 23 September' ... 'the kingdom's 94th national day': 2024
        day = _day(doc.year, month, day_)
        if day is not None and (weekday is None or day.weekday() == weekday):
            doc.published, doc.published_from = day, "inferred"
        return
    years = _named_years(doc)
    if not years:
        return
    if weekday is None:
        # no weekday to check against: the latest year the article names (not a target year)
        day = _day(max(years), month, day_)
        if day is not None:
            doc.published, doc.published_from = day, "inferred"
        return
    top = max(years)
    fits = [d for year in range(top - 1, top + 2)
            if (d := _day(year, month, day_)) and d.weekday() == weekday]
    if len(fits) == 1:
        doc.published, doc.published_from = fits[0], "text"


def latest_day(doc: Document, dated: list[list[DateMention]]) -> dt.date | None:
    """With no publication date, the latest full date (or month) the text names, not a target year: the
    article is at least that recent, and its office holders are those of that day. `dated`: each
    sentence's dates."""
    days = []
    for sent in doc.sentences:
        for m in dated[sent.index]:
            if m.value not in ("explicit", "hijri") or m.date is None or m.date.precision == "year":
                continue
            targets = doc.lang.words.of("target-word")
            if any(doc.tokens[k].text in targets for k in range(max(sent.tok_start, m.start - 3), m.start)):
                continue
            days.append(m.date.as_date() or dt.date(m.date.year, m.date.month or 1, 15))
    if doc.year is not None:
        days.append(dt.date(doc.year, 7, 1))
    return max(days) if days else None


def _today_weekday(doc: Document) -> int | None:
    """The weekday of 'اليوم الاثنين' in the lead, if the lead names one."""
    for sent in doc.sentences[:4]:
        ms = [m for m in doc.mentions if m.sent == sent.index]
        today = [m for m in ms if m.kind == "time" and m.value == "today"]
        days = [m for m in ms if m.kind == "weekday" and any(0 <= m.start - t.end <= 2 for t in today)]
        if days:
            return int(days[0].value or 0)
    return None


def _today_by_weekday(doc: Document, given: dt.date) -> dt.date | None:
    """'اليوم الاثنين' in the lead of an article given a Wednesday's date: today is the Monday before
    (the latest day up to the given one that is the weekday the lead names)."""
    weekday = _today_weekday(doc)
    return None if weekday is None else given - dt.timedelta(days=(given.weekday() - weekday) % 7)


def _published_from_span(doc: Document, dates_of: DatesOf) -> None:
    """'وقّع ... اليوم الاثنين' and, in the lead, the visit 'من 28 إلى 30 أكتوبر 2024' under way: today is
    the one day of that span (or the one dated day) that is a Monday."""
    weekday = _today_weekday(doc)
    if weekday is None:
        return
    fits = set()
    for sent in doc.sentences[:4]:
        for m in dates_of(sent):
            start = m.date.as_date() if m.value in ("explicit", "hijri") and m.date else None
            if start is None:
                continue
            days = (start + dt.timedelta(days=k) for k in range(m.date.days))
            fits |= {d for d in days if d.weekday() == weekday}
    if len(fits) == 1:
        doc.published, doc.published_from = fits.pop(), "inferred"


def find_publication(doc: Document) -> Document:
    """The stage: the publication date from the text; with none, the dates and the reference day."""
    lexical = by_sentence(doc.mentions)
    found: dict[tuple[int, dt.date | None], list[DateMention]] = {}

    def dates_of(s: Sentence) -> list[DateMention]:
        """A sentence's dates, found once for each publication date (the relative ones depend on it)."""
        key = (s.index, doc.published)
        if key not in found:
            found[key] = find_dates(doc, s, lexical[s.index])
        return found[key]

    find_published(doc, dates_of)
    if doc.published is None:
        dated = [dates_of(s) for s in doc.sentences]
        doc.reference = latest_day(doc, dated)
        doc.dates = [m for found in dated for m in found]
    return doc

