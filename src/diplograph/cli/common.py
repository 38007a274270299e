"""Pieces every command shares: the graph-folder option and turning user errors into one line."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import DiplographError
from ..faults import disk_error, is_sqlite_error

F = TypeVar("F", bound=Callable[..., Any])

graph_option = click.option(
    "--graph", "graph_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graph"),
    show_default=True, help="Graph folder to read and write.",
)


def user_errors(func: F) -> F:
    """Report a DiplographError as `diplograph: error: <file>:<line>: <message> (<hint>)` and exit
    non-zero."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplographError as exc:
            click.echo(f"diplograph: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except Exception as exc:   # a fault no library call turned into a DiplographError
            if isinstance(exc, OSError) or is_sqlite_error(exc):
                click.echo(f"diplograph: error: {disk_error(exc)}", err=True)
                sys.exit(1)
            raise

    return wrapper  # type: ignore[return-value]
