"""Helpers for the extraction tests: every sentence here was written for the tests."""
from __future__ import annotations

import datetime as dt

import pytest

from diplograph.document import Document, Event
from diplograph.pipeline import extract_text


def run(text: str, published: str | None = "2024-03-06", min_confidence: float = 0.0) -> Document:
    """The rules' reading of `text`; every event is kept unless a threshold is given (the confidence
    threshold has tests of its own, test_confidence.py)."""
    pub = dt.date.fromisoformat(published) if published else None
    return extract_text(text, "test.txt", published=pub, min_confidence=min_confidence)


def events(text: str, kind: str | None = None, published: str | None = "2024-03-06") -> list[Event]:
    doc = run(text, published)
    return [e for e in doc.events if kind is None or e.type == kind]



def visit_pairs(text: str, published: str | None = "2024-03-06") -> list[tuple[str, str]]:
    """The (visitor state, host state) pair of each visit read, once each, sorted."""
    return sorted({(e.agents[0].iso or "", e.parties[0]) for e in events(text, "visit", published)
                   if e.agents and e.parties})


def visits_read(text: str, published: str | None = "2024-03-06") -> list[tuple[str | None, list[str]]]:
    """Every visit read, as (visitor state, host states): [] when the text tells none."""
    return [(e.agents[0].iso if e.agents else None, e.parties) for e in events(text, "visit", published)]


def meeting_states(text: str, published: str | None = "2024-03-06") -> list[list[str]]:
    """The states of each meeting read (each sorted), once each, sorted."""
    found = {tuple(sorted({p.iso for p in e.agents if p.iso})) for e in events(text, "meeting", published)}
    return sorted(list(states) for states in found)

@pytest.fixture
def extract():
    return events
