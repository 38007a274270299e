"""The `diplograph` command line: a thin layer over the library's plain functions.

`main` runs the usual `diplograph query` command lines without importing click (`fastquery`: click's
import is a third of a seed-graph query's time); every other command line goes to the click group
(`group.cli`, also importable as `diplograph.cli.cli`).
"""
from __future__ import annotations

import sys
TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import Any


def main() -> None:
    argv = sys.argv[1:]
    if argv[:1] == ["query"]:
        from .fastquery import run

        code = run(argv[1:])
        if code is not None:
            sys.exit(code)
    from .group import cli

    cli(prog_name="diplograph")


def __getattr__(name: str) -> Any:
    if name in ("cli", "LazyGroup", "MODULES"):
        from . import group

        return getattr(group, name)
    raise AttributeError(f"module 'diplograph.cli' has no attribute {name!r}")
