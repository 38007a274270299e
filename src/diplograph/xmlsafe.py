"""XML 1.0 cannot carry every character: C0 controls other than tab, newline and carriage return (U+0001,
U+001B ...), and U+FFFE / U+FFFF, are not allowed even written as character references. Literals
holding them (an article with a stray control character) can be written as Turtle, N-Triples or JSON,
but not as RDF/XML or SPARQL XML results: those writers are refused with a one-line error naming the
character and where it is, instead of writing a file that every XML parser rejects.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import pyoxigraph as ox

from .errors import DiplographError


@functools.cache
def _not_xml() -> re.Pattern[str]:
    """Compiled on first use (not when the command starts)."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

@functools.cache
def _not_xml_utf8() -> re.Pattern[bytes]:
    """Compiled on first use (not when the command starts)."""
    return re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")

class NotRepresentable(DiplographError):
    """The data holds characters the requested format cannot carry."""


def _char(text: str) -> str:
    return f"U+{ord(text):04X}"


def check_triples(triples: Iterable[ox.Triple | ox.Quad], fmt: str = "RDF/XML") -> None:
    """Raise NotRepresentable for the first literal holding a character XML 1.0 cannot carry."""
    for t in triples:
        obj = t.object
        if isinstance(obj, ox.Literal) and (m := _not_xml().search(obj.value)):
            raise NotRepresentable(
                f"cannot write {fmt}: the literal of {t.subject} {t.predicate} holds {_char(m[0])}, "
                "a control character XML 1.0 cannot carry",
                hint="export as ttl, nt, nq, trig or jsonld instead")


def check_xml(data: bytes, what: str = "the answer", fmt: str = "XML") -> None:
    """Raise NotRepresentable when serialised XML holds a character XML 1.0 does not allow."""
    m = _not_xml_utf8().search(data)
    if m:
        char = _char(m[0].decode("utf-8"))
        raise NotRepresentable(f"cannot write {what} as {fmt}: it holds {char}, a control character XML 1.0 "
                               "cannot carry", hint="ask for JSON, CSV or TSV (SELECT) or Turtle (CONSTRUCT)")


__all__ = ["NotRepresentable", "check_triples", "check_xml"]
