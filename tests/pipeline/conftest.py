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


@pytest.fixture
def extract():
    return events
