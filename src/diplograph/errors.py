"""User-facing errors: each names the file (and line) and says what to do about it.

Library code raises these; only the command line turns them into a message and an exit code
(1 = the operation failed on the user's input, 2 = bad usage, 3 = a check such as SHACL failed).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class DiplographError(Exception):
    """An error the user can act on."""

    message: str
    path: Path | str | None = None
    line: int | None = None
    hint: str | None = None
    exit_code: int = 1

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}"
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


@dataclass
class CheckFailed(DiplographError):
    """A check (SHACL validation) ran and found violations."""

    exit_code: int = 3
