"""Clauses: the parts of a sentence an event's arguments may come from.

A sentence is cut into clauses at a word of the class `clause-opener` (relative pronouns, 'where',
'while', 'as'), at a comma followed by 'and' and a verb of the class `clause-verb` ('، وأكد'), and
around brackets and long quotations. A relative clause, a bracket and a quotation are *embedded*: what
they name belongs to them, so a rule reading a trigger outside them takes no argument from inside
('the agreement, which Iran signed ...' does not make Iran a party to what the main clause tells), and
a rule reading a trigger inside one takes its arguments from its own clause first.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, Sentence

OPEN_BRACKETS = {"(": ")", "[": "]"}
QUOTE_MARKS = {"\"", "«", "»", "“", "”"}
COMMAS = frozenset({"،", ","})     # the commas the text may write (one set for every stage)
LONG_QUOTE = 6          # a quotation of more words is speech (embedded), a shorter one a name or title


@dataclass(frozen=True)
class Clause:
    start: int          # token range [start, end)
    end: int
    embedded: bool      # a relative clause, a bracket or a quotation


def _bounds(doc: Document, sent: Sentence) -> list[tuple[int, bool]]:
    """Where clauses start, each with whether the clause it opens is embedded."""
    toks, words = doc.tokens, doc.lang.words
    openers, relative, verbs = words.of("clause-opener"), words.of("relative"), words.of("clause-verb")
    and_ = words.prefix("and")
    out: list[tuple[int, bool]] = [(sent.tok_start, False)]
    quote_open: int | None = None
    in_relative = False
    for k in range(sent.tok_start, sent.tok_end):
        t = toks[k].text
        stem = t[1:] if t.startswith(and_) else t
        if in_relative and t in COMMAS:
            out.append((k + 1, False))     # the relative clause ends at a comma; the main clause goes on
            in_relative = False
        elif t in QUOTE_MARKS:
            if quote_open is None:
                quote_open = k
            else:
                if k - quote_open > LONG_QUOTE:
                    out += [(quote_open, True), (k + 1, False)]
                quote_open = None
        elif t in OPEN_BRACKETS:
            out.append((k, True))
        elif t in OPEN_BRACKETS.values():
            out.append((k + 1, False))
        elif stem in openers:
            in_relative = stem in relative or t in relative
            out.append((k, False))
        elif t in COMMAS and k + 1 < sent.tok_end:
            nxt = toks[k + 1].text
            if nxt.startswith(and_) and nxt[1:] in verbs:
                out.append((k + 1, False))
    return sorted(set(out))


def clauses(doc: Document, sent: Sentence) -> list[Clause]:
    """The sentence's clauses, in order, covering it."""
    bounds = _bounds(doc, sent)
    out = []
    for i, (start, embedded) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else sent.tok_end
        if end > start:
            out.append(Clause(start, end, embedded))
    return out
