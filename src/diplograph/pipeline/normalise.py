"""Stage 2, normalise: fold the text for matching and tokenise it, keeping offsets into the original.

Reads `doc.text`; adds `doc.folded` (hamza/alef/ya/ta-marbuta folded, diacritics and tatweel removed,
Arabic-Indic digits made ASCII, bidi controls dropped), `doc.fold_map` (index in folded -> index in
text) and `doc.tokens`.
"""
from __future__ import annotations

from ..document import Document, Token
from ..textfold import TOKEN_RE, fold, fold_with_map

__all__ = ["normalise", "fold", "TOKEN_RE"]


def normalise(doc: Document) -> Document:
    doc.folded, doc.fold_map = fold_with_map(doc.text)
    doc.tokens = [Token(m.group(), m.start(), m.end(), i)
                  for i, m in enumerate(TOKEN_RE.finditer(doc.folded))]
    return doc
