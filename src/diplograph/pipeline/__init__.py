"""The text pipeline: small stages over one `Document`, each saying what it reads and adds, run in order.

    read -> normalise -> sentences -> lexicon -> senses -> publication -> focus -> people -> coreference
         -> events -> resolve -> confidence

`extract_text` / `extract_file` run them all; `rdf.document_graph` writes the result as triples. The
stages up to the publication date do not depend on it; when the text implies it only through an
anniversary 'celebrated today' (an event type's `publication`), the stages after it run once more with
that date, the text is not read again. Last, every event gets a confidence (`confidence.rate`) and those
below `min_confidence` (default `DEFAULT_MIN_CONFIDENCE`; 0 keeps all) are left out.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..document import Document
from ..language import Language
from ..registry import Registry, default_registry
from .confidence import DEFAULT_MIN_CONFIDENCE, keep_confident, rate
from .coreference import corefer
from .events import find_events
from .focus import focus_and_home
from .lexical import match_lexicon
from .normalise import normalise
from .people import read_people
from .published import find_publication
from .read import document_from_text, read_file
from .resolve import implied_publication, resolve
from .senses import read_senses
from .sentences import split_sentences

Stage = Callable[[Document], Document]
TEXT_STAGES: tuple[Stage, ...] = (normalise, split_sentences, match_lexicon, read_senses, find_publication)
DATED_STAGES: tuple[Stage, ...] = (focus_and_home, read_people, corefer)     # then events and resolve


def _facts(doc: Document, registry: Registry) -> Document:
    """The stages after the publication date, on a copy of `doc` (which keeps what the text stages added)."""
    doc = replace(doc, mentions=list(doc.mentions), events=[], notes=list(doc.notes))
    for stage in DATED_STAGES:
        doc = stage(doc)
    return resolve(find_events(doc, registry), registry)


def run(doc: Document, registry: Registry | None = None, language: Language | None = None,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Document:
    """Every stage over `doc`, reading events with the types of `registry` (default: the built-in ones)
    and the words of `language` (default: the document's, the shipped Arabic data); the events below
    `min_confidence` are left out."""
    reg = registry or default_registry()
    if language is not None:
        doc = replace(doc, lang=language)
    for stage in TEXT_STAGES:
        doc = stage(doc)
    read = _facts(doc, reg)
    implied = implied_publication(read, reg)
    if implied is not None:
        # 'today' is an anniversary's day: what depends on the date is read again with it
        read = _facts(replace(doc, published=implied, published_from="inferred", year=None, reference=None,
                              dates=[]), reg)
    return keep_confident(rate(read), min_confidence)


def extract_file(path: Path, *, published: dt.date | None = None, registry: Registry | None = None,
                 language: Language | None = None,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Document:
    return run(read_file(path, published=published), registry, language, min_confidence)


def extract_text(text: str, source: str = "<text>", *, published: dt.date | None = None,
                 url: str | None = None, registry: Registry | None = None,
                 language: Language | None = None,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Document:
    return run(document_from_text(text, source, published=published, url=url), registry, language,
               min_confidence)
