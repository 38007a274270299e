"""`diplograph render`: write the interactive HTML view of the graph (works offline)."""
from __future__ import annotations

from pathlib import Path

import click

from .common import graph_option, user_errors


@click.command("render")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write [default: GRAPH/diplograph.html].")
@graph_option
@click.option("--dyad/--full", "dyad", default=None,
              help="Open in the dyad view (states only, edges weighted by event counts) or the full graph "
                   "[default: the dyad view for large graphs].")
@click.option("--title", default=None, help="Page title.")
@user_errors
def render(output: Path | None, graph_dir: Path, dyad: bool | None, title: str | None) -> None:
    """Write the graph as one self-contained, offline HTML page.

    Click an event or an edge to read the sentence it was extracted from; filter by fact type, state
    and date; search names in Arabic or English.
    """
    from ..graphstore import Reader
    from ..render import write_html
    from ..store import GraphDir

    target = output or GraphDir(graph_dir).html
    mode = None if dyad is None else ("dyad" if dyad else "full")
    kwargs = {"title": title} if title else {}
    with Reader(graph_dir) as store:
        view = write_html(store, target, mode=mode, **kwargs)
    click.echo(f"wrote {target} ({len(view.nodes)} nodes, {len(view.edges)} edges, "
               f"{len(view.dyad_edges)} state pairs)", err=True)


COMMANDS = [render]
