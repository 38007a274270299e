"""Diplomatic relations established, and anniversaries (with the establishment they imply, in `resolve`).

Rule ids: establishment.phrase, anniversary.ordinal."""
from __future__ import annotations

import datetime as dt

from ...document import DateMention, DateValue, Event, Mention
from ..ordinals import ordinal_at
from .context import (
    Context,
    _pair,
    _title_end,
)



def _years_since(ctx: Context, trig: Mention) -> DateValue | None:
    """'على مدى سبعة وستين عاما منذ إقامة العلاقات': the publication year minus the duration."""
    toks = ctx.doc.tokens
    pub = ctx.doc.published
    if pub is None or trig.start < 2 or toks[trig.start - 1].text not in ctx.words.of("since"):
        return None
    k = trig.start - 2
    if toks[k].text not in ctx.words.of("duration-year"):
        return None
    nums = [m for m in ctx.of("number") if m.end <= k and k - m.start <= 3]
    digits = toks[k - 1].text if k > 0 and toks[k - 1].text.isdecimal() else None
    if digits:
        return DateValue(pub.year - int(digits))
    if not nums:
        return None
    total = sum(int(m.value or 0) for m in nums if m.via in ("cardinal", "tens", "ordinal"))
    return DateValue(pub.year - total) if 0 < total < 300 else None


def establishment(ctx: Context, trig: Mention) -> list[Event]:
    if any(abs(m.start - trig.start) <= (8 if trig.value == "relations" else 4)
           for m in ctx.of("trigger") if m.value == "resumption"):
        return []
    if ctx.modal(trig):
        return []
    if any(0 < trig.start - m.end <= 6 for m in ctx.of("trigger")
           if m.value in ("anniversary", "anniversary_elapsed")):
        return []
    toks = ctx.doc.tokens
    if trig.end < ctx.sent.tok_end and toks[trig.end].text in ctx.words.of("not-diplomatic"):
        return []       # 'establishing strategic partnership relations' is not diplomatic relations
    signing_here = [m for m in ctx.of("trigger") if m.value == "signing" and not ctx.modal(m)
                    and ctx.doc.tokens[m.start].text not in ctx.words.of("the-signing")]
    if any(0 < trig.start - d.end <= 6 for d in ctx.of("docnoun")) and not signing_here:
        return []       # 'the peace agreement and the establishment of relations': a title nobody signed here
    since = _years_since(ctx, trig)
    if trig.value == "relations" and since is None:
        cue = [m for m in ctx.of("history") if -4 <= m.start - trig.end <= 8]
        dated = [m for m in ctx.dates()
                 if 0 <= m.start - trig.end <= 10 and m.value in ("explicit", "year", "ago")]
        if not cue and not dated:
            return []
    parties = _pair(ctx, trig.start - 6, trig.end + 12)
    if len(parties) < 2:
        return []
    dates = [m for m in ctx.dates() if -12 <= m.start - trig.end <= 14]
    dates.sort(key=lambda m: abs(m.start - trig.end))
    date = since or (dates[0].date if dates else None)
    signing_here = [m for m in ctx.of("trigger") if m.value == "signing" and m.start < trig.start]
    if date is None and signing_here:
        date = ctx.event_date(signing_here[0])
    return [Event("establishment", "establishment.phrase", ctx.sent.index, parties=parties, date=date,
                  spans=[ctx.span()], why=f"relations established «{ctx.doc.surface(trig.start, trig.end)}»")]


def _dates_other_event(ctx: Context, trig: Mention, date: DateValue) -> bool:
    """The day named near an anniversary belongs to another event word nearer to it (a visit, a forum)."""
    mention = next((m for m in ctx.dates() if m.date == date), None)
    if mention is None:
        return False
    mine = abs(mention.start - trig.start)
    return any(abs(mention.start - m.start) < mine for m in ctx.of("trigger", "modal") if m is not trig
               and m.value not in ("anniversary", "anniversary_elapsed", "establishment", "relations"))


def _day_said(ctx: Context, day: DateValue | None) -> bool:
    """The article's lead date is a day its text names ('اليوم الخميس', '10 يناير'), not only its
    publication date."""
    return day is not None and day.precision == "day" and any(
        isinstance(m, DateMention) and m.date == day
        and m.value in ("explicit", "relative", "weekday", "hijri") for m in ctx.doc.mentions)


def anniversary(ctx: Context, trig: Mention) -> list[Event]:
    if ctx.modal(trig):
        return []
    toks = ctx.doc.tokens
    if trig.value == "anniversary_elapsed":
        n, after = ordinal_at(ctx.doc, ctx.sent, trig.end)
        if n is None or after >= ctx.sent.tok_end or toks[after].text not in ctx.words.of("elapsed-year"):
            return []
        after += 1
    else:
        n, after = ordinal_at(ctx.doc, ctx.sent, trig.end)
    if not n or n > 300:
        return []
    window = [m for m in ctx.ms if after <= m.start <= after + 7]
    of_relations = any(m.kind == "trigger" and m.value in ("establishment", "relations") for m in window) \
        or any(toks[k].text in ctx.words.of("relations")
               for k in range(after, min(after + 3, ctx.sent.tok_end)))
    if not of_relations:
        # only relations and bilateral treaties have anniversaries here: not a war, a death, one state's day
        tied = any(m.kind == "docnoun" for m in window) or any(
            ctx.words.has_stripped(toks[k].text, "bilateral-tie")
            for k in range(after, min(after + 4, ctx.sent.tok_end)))
        if any(m.kind == "founding" for m in window) or not tied:
            return []
        if len(set(ctx.states(a=after, b=after + 12)) | set(ctx.groups())) < 2:
            return []
    parties = _pair(ctx, trig.start - 4, after + 14)
    if len(parties) < 2:
        return []
    founded = _commemorated(ctx, after, n) if of_relations else None
    if founded is not None:
        # 'the 50th anniversary of relations established on 30 May 1956': that day is the relations' date;
        # the anniversary falls in the year the ordinal gives
        return [_anniversary(ctx, trig, after, parties, n, DateValue(founded.year + n), False, of_relations),
                Event("establishment", "establishment.anniversary-date", ctx.sent.index, parties=parties,
                      date=founded, spans=[ctx.span()],
                      why=f"relations established on {founded.iso()}, {n} years before the anniversary")]
    date, stated = _anniversary_date(ctx, trig)
    return [_anniversary(ctx, trig, after, parties, n, date, stated, of_relations)]


def _anniversary_date(ctx: Context, trig: Mention) -> tuple[DateValue | None, bool]:
    """The anniversary's date, and whether the text states it (else the lead's or publication's)."""
    date = ctx.date(trig.start, 14)
    stated = date is not None
    if date is not None and date.precision == "day" and (
            trig.value == "anniversary_elapsed" or _dates_other_event(ctx, trig, date)):
        # '60 years of relations have passed' names a year, not a day; and in 'he will visit ... from 6 to
        # 8 August Vietnam, which celebrates the twentieth anniversary' the day is the visit's: the
        # anniversary falls in that year
        date = DateValue(date.year)
    if date is None and ctx.doc.published:
        main = ctx.main_date if trig.value != "anniversary_elapsed" else None
        date = main if main and main.year == ctx.doc.published.year else DateValue(ctx.doc.published.year)
        stated = date == main and _day_said(ctx, main)
    elif date is None and ctx.doc.year:       # only the year is known, from a national day's ordinal
        date = DateValue(ctx.doc.year)
    return date, stated


def _anniversary(ctx: Context, trig: Mention, after: int, parties: list[str], n: int, date: DateValue | None,
                 stated: bool, of_relations: bool) -> Event:
    phrase = ctx.doc.surface(trig.start, max(_title_end(ctx, after), after))
    ev = Event("anniversary", "anniversary.ordinal", ctx.sent.index, parties=parties, ordinal=n, date=date,
               spans=[ctx.span()], why=f"anniversary «{phrase}» of "
                                       f"{'relations' if of_relations else 'a bilateral tie'}")
    ev.phrase, ev.of_relations, ev.date_stated = phrase, of_relations, stated
    return ev


COMMEMORATED_WINDOW = 18     # words after the ordinal phrase where the date of what is commemorated is told


def _commemorated(ctx: Context, after: int, n: int) -> DateValue | None:
    """The date of what an n-th anniversary commemorates, told after it ('... لإقامة العلاقات بينهما في 30
    مايو 1956', 'التي تعود إلى يوم 10 جانفي 1964'): a date n years before the article's year; with no
    year known for the article, a date whose n-th anniversary is not yet to come ('بمرور خمسين عاما على
    إقامة العلاقات بينهما في أكتوبر 1972': 1972, not the anniversary's date)."""
    main = None if ctx.doc.published else ctx.main_date
    for m in ctx.dates():
        # the article's main date is no year of reference when it is this very date
        ref = ctx.doc.published.year if ctx.doc.published else (
            main.year if main is not None and main != m.date else None)
        if after <= m.start <= after + COMMEMORATED_WINDOW and m.value in ("explicit", "hijri") \
                and m.date.precision in ("day", "month") and (
                    abs(m.date.year + n - ref) <= 1 if ref is not None else m.date.year + n <= _this_year()):
            return m.date
    return None


def _this_year() -> int:
    return dt.date.today().year
