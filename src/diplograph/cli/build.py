"""`diplograph build`: seeds/ -> graph/diplograph.ttl + graph/diplograph.html (the main job)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import printable
from .common import confidence_option, graph_option, user_errors


@click.command()
@click.option("--seeds", type=click.Path(file_okay=False, path_type=Path), default=Path("seeds"),
              show_default=True, help="Folder of article files (.txt, UTF-8) to build from.")
@graph_option
@click.option("--no-html", is_flag=True, help="Skip writing the HTML view.")
@confidence_option
@user_errors
def build(seeds: Path, graph_dir: Path, no_html: bool, min_confidence: float) -> None:
    """Build the graph from every article in SEEDS: Turtle graph and interactive HTML view."""
    from ..build import build as build_graph

    summary = build_graph(seeds, graph_dir, render=not no_html, min_confidence=min_confidence)
    for failure in summary.failed:
        click.echo(f"diplograph: skipped {printable(failure)}", err=True)
    click.echo(f"built {graph_dir / 'diplograph.ttl'}: {summary.line()}")
    if not no_html:
        click.echo(f"view  {graph_dir / 'diplograph.html'}")


COMMANDS = [build]
