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
@click.option("--lang", type=click.Choice(["ar", "en"]), default="ar", show_default=True,
              help="Language the page's interface opens in (the reader can switch it).")
@user_errors
def render(output: Path | None, graph_dir: Path, dyad: bool | None, title: str | None, lang: str) -> None:
    """Write the graph as one self-contained, offline HTML page.

    Click a state, person, document, event or edge to read what the graph knows about it and the
    sentences it comes from; filter by fact type, state and time (a brushable histogram); focus on a
    neighbourhood; search names in Arabic or English; export the events in view as CSV and the view
    as PNG; the address keeps the view's state, so a link reopens it.
    """
    from ..graphstore import Reader
    from ..render import DEFAULT_TITLE, write_html
    from ..store import GraphDir

    target = output or GraphDir(graph_dir).html
    mode = None if dyad is None else ("dyad" if dyad else "full")
    with Reader(graph_dir) as store:
        view = write_html(store, target, mode=mode, lang=lang, title=title or DEFAULT_TITLE)
    click.echo(f"wrote {target} ({len(view.nodes)} nodes, {len(view.edges)} edges, "
               f"{len(view.dyad_edges)} state pairs)", err=True)


COMMANDS = [render]
