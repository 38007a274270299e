"""The stages and the helpers they call return what they find and leave their callers' data alone.
Every sentence was written for these tests."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from diplograph.pipeline import extract_text
from diplograph.pipeline.coreference import corefer_bare_offices, corefer_offices
from diplograph.pipeline.resolve import merge_events

PUBLISHED = dt.date(2024, 3, 6)
TEXT = ("استقبل الرئيس التونسي اليوم في قرطاج وزير الخارجية المصري. وبحث رئيس الجمهورية مع الوزير "
        "العلاقات الثنائية. وكان الرئيس التونسي قد استقبل الوزير المصري أمس.")


def test_merging_leaves_the_readings_alone() -> None:
    doc = extract_text(TEXT, published=PUBLISHED)
    readings = [dataclasses.replace(e, spans=list(e.spans), agents=list(e.agents)) for e in doc.events]
    twice = readings + [dataclasses.replace(e, spans=[(0, 1)], agents=list(e.agents)) for e in readings]
    before = copy.deepcopy(twice)
    merged = merge_events(twice)
    assert twice == before
    assert len(merged) == len(readings)


def test_coreference_returns_new_people() -> None:
    doc = extract_text(TEXT, published=PUBLISHED)
    people = list(doc.people)
    before = copy.deepcopy(people)
    corefer_offices(corefer_bare_offices(people, doc.home))
    assert people == before


def test_the_stages_after_the_date_run_on_a_copy() -> None:
    """An anniversary 'celebrated today' with relations established on a known day implies the date:
    the stages after it run again with that date, the first reading is not what comes out."""
    text = ("أقيمت العلاقات الدبلوماسية بين تونس والمغرب في 2 أكتوبر 1956. ويحتفل البلدان اليوم بالذكرى "
            "الخامسة والستين لإقامة العلاقات الدبلوماسية بينهما.")
    doc = extract_text(text)
    assert doc.published == dt.date(2021, 10, 2) and doc.published_from == "inferred"
    assert [e for e in doc.events if e.type == "anniversary"][0].date.iso() == "2021-10-02"  # type: ignore[union-attr]
