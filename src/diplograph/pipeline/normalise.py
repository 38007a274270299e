"""Stage 2, normalise: fold the text for matching and tokenise it, keeping offsets into the original.

Reads `doc.text`; adds `doc.folded` (hamza/alef/ya/ta-marbuta folded, diacritics and tatweel removed,
Arabic-Indic digits made ASCII, bidi controls dropped), `doc.fold_map` (index in folded -> index in
text) and `doc.tokens`. A hamza typed apart from its word ("وزرا ء" for "وزراء", common in web text) is
joined back to it.
"""
from __future__ import annotations

from ..document import Document, Token
from ..lexicon import word_class
from ..textfold import TOKEN_RE, fold, fold_with_map

__all__ = ["normalise", "fold", "TOKEN_RE"]


def normalise(doc: Document) -> Document:
    doc.folded, doc.fold_map = fold_with_map(doc.text)
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(doc.folded):
        prev = tokens[-1] if tokens else None
        if m.group() in word_class("hamza") and prev is not None and prev.text[-1:] in word_class("hamza-seat") \
                and m.start() == prev.end + 1 and len(prev.text) > 2:
            tokens[-1] = Token(prev.text + m.group(), prev.start, m.end(), prev.index)
            continue
        tokens.append(Token(m.group(), m.start(), m.end(), len(tokens)))
    doc.tokens = tokens
    return doc
