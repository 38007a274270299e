"""Stage 11, confidence: how far each event can be trusted, from the evidence it rests on; then the events
below a threshold are left out.

Reads `doc.events` (merged), `doc.mentions`, `doc.focus`, `doc.sentences`; sets `Event.confidence` and
`Event.evidence` (the features, for `extract --explain`), and `keep_confident` drops the events below the
threshold (`DEFAULT_MIN_CONFIDENCE`, or what `--min-confidence` asks).

The score is a logistic model over rule features (`evidence`): which rule read the event (how specific its
trigger and pattern are), whether its states are named in the sentences that state it or only completed
from the article's states (how its arguments were tied), whether its people are named, dated or not, how
many sentences state it, whether only the headline does, whether it was derived or inferred. Its weights
are data (`lang/<code>/confidence.tsv`), trained by `scripts/train_confidence.py` from the gold of dev,
written and the tuning halves of real and random; the script writes the file, so the model is reproducible
from the repository.
"""
from __future__ import annotations

import math
from collections import Counter

from ..confidence import DEFAULT_MIN_CONFIDENCE
from ..document import Document, Event, PersonMention

__all__ = ["DEFAULT_MIN_CONFIDENCE", "article_evidence", "features", "rate", "keep_confident"]

def _stated_states(doc: Document, ev: Event) -> set[str]:
    """The states named (or represented by a person named) in the sentences that state the event."""
    sents = {s.index for s in doc.sentences if (s.start, s.end) in ev.spans} | {ev.sent}
    out: set[str] = set()
    for m in doc.mentions:
        if m.sent in sents:
            if m.kind == "state" and m.iso:
                out.add(m.iso)
            elif isinstance(m, PersonMention) and m.person.iso:
                out.add(m.person.iso)
    return out


def _sentence_kinds(doc: Document, ev: Event) -> set[str]:
    """The kinds of mention (and modal values) in the event's own sentence."""
    out: set[str] = set()
    for m in doc.mentions:
        if m.sent == ev.sent:
            out.add(m.kind)
            if m.kind == "modal" and m.value:
                out.add(f"modal-{m.value}")
    return out


def _share(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(whole) if whole else 0.0


def article_evidence(doc: Document) -> dict[str, float]:
    """What the whole article says about its relevance, the same for each of its events: the share of its
    sentences that hold a trigger word (a relations report has many, a story that names a visit in
    passing one), and whether its headline holds one."""
    cued = {m.sent for m in doc.mentions if m.kind == "trigger"}
    return {"cue-sentences": len(cued) / len(doc.sentences) if doc.sentences else 0.0,
            "headline-cue": float(_headline(doc) is not None and 0 in cued)}


def _headline(doc: Document) -> tuple[int, int] | None:
    """The first sentence's span, when there are others (a text of one sentence has no headline: it is
    all body)."""
    return (doc.sentences[0].start, doc.sentences[0].end) if len(doc.sentences) > 1 else None


def _sentence_evidence(doc: Document, ev: Event, states: set[str]) -> dict[str, float]:
    """How crowded the event's own sentence is: its length (in tens of words, at most 8) and how many
    states it names that are not the event's (the more, the likelier a state was tied to the wrong
    trigger)."""
    length = 0
    if 0 <= ev.sent < len(doc.sentences):
        sentence = doc.sentences[ev.sent]
        length = sentence.tok_end - sentence.tok_start
    others = {m.iso for m in doc.mentions if m.sent == ev.sent and m.kind == "state" and m.iso} - states
    return {"sentence-length": min(length, 80) / 10, "other-states": math.log1p(len(others))}


def features(doc: Document, ev: Event, same_type: int,
             article: dict[str, float] | None = None) -> dict[str, float]:
    """The evidence an event rests on, as named numbers (the model's inputs); `article` is
    `article_evidence(doc)`, computed once for all the article's events when given."""
    states = ev.states() | set(ev.recipient_states) | {p.iso for p in ev.recipients if p.iso}
    people = ev.agents + ev.recipients
    kinds = _sentence_kinds(doc, ev)
    head = _headline(doc)
    f = {
        f"rule={ev.rule}": 1.0,
        f"type={ev.type}": 1.0,
        "support": math.log1p(len(ev.spans)),
        "headline-only": float(head is not None and ev.spans == [head]),
        "inferred": float(ev.inferred),
        "dated": float(ev.date is not None),
        "dated-day": float(ev.date is not None and ev.date.precision == "day"),
        "named-people": sum(p.named for p in people) / len(people) if people else 0.0,
        "no-people": float(not people),
        "states-stated": _share(_stated_states(doc, ev), states),
        "states-in-focus": _share(set(doc.focus[:2]), states),
        "many-states": float(len(states) > 2),
        "lead": float(ev.sent <= 3),
        "same-type": math.log1p(same_type),
        "triggers": math.log1p(sum(1 for m in doc.mentions if m.kind == "trigger")),
        "known-people": sum(p.gazetteer for p in people) / len(people) if people else 0.0,
        "modal-in-sentence": float("modal" in kinds),
        "background-sentence": float("background" in kinds),
        "home-state": float(doc.home is not None and doc.home in states),
        "documents": float(ev.document is not None),
        "in-headline": float(head is not None and head in ev.spans),
        **_sentence_evidence(doc, ev, states),
        **(article_evidence(doc) if article is None else article),
    }
    return {k: v for k, v in f.items() if v}


def rate(doc: Document) -> Document:
    """Give every event its evidence and its confidence."""
    model = doc.lang.confidence
    counts = Counter(e.type for e in doc.events)
    article = article_evidence(doc)
    for ev in doc.events:
        ev.evidence = features(doc, ev, counts[ev.type], article)
        ev.confidence = round(model.score(ev.evidence), 3)
    return doc


def keep_confident(doc: Document, threshold: float) -> Document:
    """Leave out the events whose confidence is below `threshold` (0 keeps every event)."""
    doc.events = [e for e in doc.events if e.confidence >= threshold]
    return doc
