"""Stage 3, sentences: split the token stream at sentence ends and line breaks.

Reads `doc.tokens`; adds `doc.sentences` (token ranges plus character ranges into `doc.text`, trimmed).
A line break always ends a sentence (titles, datelines and paragraphs are lines in news text); so do
`.`, `!`, `?`, `؟` and `؛` — but not a `.` between digits (a decimal or a date).
"""
from __future__ import annotations

from ..document import Document, Sentence

_ENDS = {".", "!", "?", "؟", "؛"}


def split_sentences(doc: Document) -> Document:
    toks = doc.tokens
    breaks: list[int] = []           # token index after which a sentence ends
    for i, t in enumerate(toks):
        if t.text in _ENDS:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prev = toks[i - 1] if i else None
            if t.text == "." and prev and nxt and prev.text.isdecimal() and nxt.text.isdecimal() \
                    and nxt.start == t.end:
                continue
            breaks.append(i)
        elif i + 1 < len(toks) and "\n" in doc.folded[t.end:toks[i + 1].start]:
            breaks.append(i)
    sentences: list[Sentence] = []
    start = 0
    for b in breaks + [len(toks) - 1]:
        if b < start:
            continue
        end = b + 1
        content = [t for t in toks[start:end] if t.text not in _ENDS]
        if content:
            a, z = doc.char_span(start, end)
            sentences.append(Sentence(len(sentences), start, end, a, z))
        start = end
    doc.sentences = sentences
    return doc
