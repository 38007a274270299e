"""The text pipeline: small stages over one `Document`, run in this order.

    read -> normalise -> sentences -> mentions -> events -> resolve

`extract_text` / `extract_file` run them all; `rdf.document_graph` writes the result as triples.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..document import Document
from ..registry import Registry, default_registry
from .events import find_events
from .mentions import find_mentions
from .normalise import normalise
from .read import document_from_text, read_file
from .resolve import implied_publication, resolve
from .sentences import split_sentences


def run(doc: Document, registry: Registry | None = None) -> Document:
    """Every stage over `doc`, reading events with the types of `registry` (default: the built-in ones)."""
    reg = registry or default_registry()
    doc = find_mentions(split_sentences(normalise(doc)))
    doc = resolve(find_events(doc, reg), reg)
    implied = implied_publication(doc)
    if implied is not None:      # read again, now that 'today' has a date
        doc = run(document_from_text(doc.text, doc.source, published=implied, url=doc.url,
                                     published_from="inferred"), reg)
    return doc


def extract_file(path: Path, *, published: dt.date | None = None,
                 registry: Registry | None = None) -> Document:
    return run(read_file(path, published=published), registry)


def extract_text(text: str, source: str = "<text>", *, published: dt.date | None = None,
                 url: str | None = None, registry: Registry | None = None) -> Document:
    return run(document_from_text(text, source, published=published, url=url), registry)
