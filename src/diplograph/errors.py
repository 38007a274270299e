"""User-facing errors: each names the file (and line) and says what to do about it.

Library code raises these; only the command line turns them into a message and an exit code
(1 = the operation failed on the user's input, 2 = bad usage, 3 = a check such as SHACL failed).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@functools.cache
def _unprintable() -> re.Pattern[str]:
    """C0 and C1 controls, DEL, line and paragraph separators, and the bidi embeddings, overrides and
    isolates that can make a line display as another (Arabic names keep their marks, ZWJ, RLM, LRM);
    compiled on first use (6 ms: not at every start)."""
    return re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with every character that could break or fake a line of output escaped (`\\n`, `\\x01`,
    `\\u202e`), so that a file name is always shown on the line it belongs to."""
    return _unprintable().sub(lambda m: _NAMED.get(m[0]) or (f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                                                               else f"\\u{ord(m[0]):04x}"), text)


class DiplographError(Exception):
    """An error the user can act on."""

    default_exit_code = 1

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None,
                 hint: str | None = None, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message, self.path, self.line, self.hint = message, path, line, hint
        self.exit_code = self.default_exit_code if exit_code is None else exit_code

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(message={self.message!r}, path={self.path!r}, line={self.line!r}, "
                f"hint={self.hint!r}, exit_code={self.exit_code!r})")

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = printable(str(self.path))
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputError(DiplographError):
    """An input file cannot be read or is not an article (empty, binary, wrong encoding...)."""


class QueryError(DiplographError):
    """A SPARQL query is malformed, refused (update) or timed out."""


class StoreError(DiplographError):
    """The graph folder is missing, locked or damaged."""


class CheckFailed(DiplographError):
    """A check (SHACL validation) ran and found violations."""

    default_exit_code = 3
