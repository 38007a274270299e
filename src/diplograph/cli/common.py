"""Pieces every command shares: the graph-folder option and turning user errors into one line."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .report import error_line

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
        except Exception as exc:   # a DiplographError, or a fault no library call turned into one
            line = error_line(exc)
            if line is None:
                raise
            click.echo(line[0], err=True)
            sys.exit(line[1])

    return wrapper  # type: ignore[return-value]


def _confidence(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if not 0.0 <= value <= 1.0:
        raise click.BadParameter(f"{value} is not between 0 and 1 (0 keeps every event)")
    return value


def confidence_option(func: F) -> F:
    """--min-confidence: the events kept (pipeline.confidence); the default is documented in the README."""
    from ..confidence import DEFAULT_MIN_CONFIDENCE

    option = click.option("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE, show_default=True,
                          callback=_confidence, metavar="0..1",
                          help="Keep only events whose confidence is at least this (0 keeps every event; "
                               "higher: fewer, surer facts).")
    return option(func)
