"""The case and its check shared by the batteries of persons in events (test_people_battery*.py): each case
is a text written for the tests, with the persons it must find (label -> state), the labels no person may
carry, and, where that is the point, the text's own forms, the visitors, a meeting's states, the number of
sentences."""
from __future__ import annotations

from dataclasses import dataclass, field

from diplograph.document import Document

from .conftest import run


@dataclass(frozen=True)
class Case:
    text: str
    published: str = "2019-05-10"
    found: dict[str, str | None] = field(default_factory=dict)   # label -> state
    absent: tuple[str, ...] = ()         # labels (Arabic or English) no person of the text may carry
    written: dict[str, str] = field(default_factory=dict)        # label -> the text's own form
    visitors: dict[str, str] = field(default_factory=dict)       # label -> state of a visit's visitor
    met: tuple[str, ...] = ()            # states a meeting of the text joins (its agents' states, sorted)
    sentences: int | None = None         # how many sentences the text is, when that is the point


def persons(doc: Document) -> dict[str, str | None]:
    return {m.person.ar: m.person.iso for m in doc.people if m.person.named}


def labels(doc: Document) -> set[str]:
    return {label for m in doc.people for label in (m.person.ar, m.person.en or "")}


def texts(doc: Document) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in doc.people:
        if m.person.text:
            out.setdefault(m.person.ar, set()).add(m.person.text)
    return out


def visitors(doc: Document) -> dict[str, str | None]:
    return {p.ar: p.iso for e in doc.events if e.type == "visit" for p in e.agents}


def meetings(doc: Document) -> list[tuple[str, ...]]:
    return [tuple(sorted(p.iso or "" for p in e.agents)) for e in doc.events if e.type == "meeting"]


def check(case: Case) -> None:
    doc = run(case.text, published=case.published)
    found = persons(doc)
    for label, iso in case.found.items():
        assert label in found, (label, found)
        assert found[label] == iso, (label, found)
    assert not set(case.absent) & labels(doc), labels(doc)
    forms = texts(doc)
    for label, written in case.written.items():
        assert written in forms.get(label, set()), (label, forms)
    found_visitors = visitors(doc)
    for label, iso in case.visitors.items():
        assert found_visitors.get(label) == iso, (label, found_visitors)
    if case.met:
        assert case.met in meetings(doc), meetings(doc)
    if case.sentences is not None:
        assert len(doc.sentences) == case.sentences, [doc.surface(s.tok_start, s.tok_end) for s in doc.sentences]
