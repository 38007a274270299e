"""`diplograph extract FILE`: the facts of one article as Turtle; the graph folder is not touched."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from .common import confidence_option, user_errors


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: write it as YYYY-MM-DD") from None


@click.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the Turtle here (default: standard output).")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD",
              help="Publication date, when the text does not say it (resolves 'today', 'yesterday'...).")
@click.option("--explain", "show", is_flag=True,
              help="Print, per sentence, the mentions and events found, why, and each event's "
                   "confidence.")
@confidence_option
@user_errors
def extract(file: Path, output: Path | None, published: dt.date | None, show: bool,
            min_confidence: float) -> None:
    """Extract the facts of one article FILE as Turtle."""
    from ..build import extract_to_turtle
    from ..explain import explain
    from ..store import atomic_write

    doc, turtle = extract_to_turtle(file, published, min_confidence)
    if show:
        dropped = extract_to_turtle(file, published, 0.0)[0] if min_confidence > 0 else doc
        click.echo(explain(dropped, min_confidence), err=output is None)
    if output is not None:
        atomic_write(output, turtle)
    elif not show:
        click.echo(turtle.decode("utf-8"), nl=False)


COMMANDS = [extract]
