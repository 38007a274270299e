"""`diplograph export`: write the graph in another RDF format, or push it to a triple store."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import DiplographError
from .common import graph_option, user_errors

if TYPE_CHECKING:
    import pyoxigraph as ox

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "xml")      # export.FORMATS (checked by a test)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ttl", show_default=True,
              help="ttl, nt and xml hold the union of the graphs; nq, trig and jsonld keep the named graphs "
                   "(one per article, entities, ontology). With --to: ttl or nt, the request body.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="File to write (replaced only once complete). Default: standard output.")
@click.option("--include-ontology/--no-ontology", default=True, show_default=True,
              help="Add the ontology and code lists as the graph dgr:graph/ontology.")
@click.option("--to", "url", metavar="URL",
              help="Push to a SPARQL 1.1 Graph Store Protocol endpoint instead, one PUT per named graph "
                   "(e.g. http://127.0.0.1:7878/store, http://HOST:8890/sparql-graph-crud-auth).")
@click.option("--user", envvar="DIPLOGRAPH_USER", help="User name for --to [env DIPLOGRAPH_USER].")
@click.option("--password", envvar="DIPLOGRAPH_PASSWORD",
              help="Password for --to [env DIPLOGRAPH_PASSWORD].")
@click.option("--auth", type=click.Choice(["auto", "basic", "digest"]), default="auto", show_default=True,
              help="HTTP authentication for --to; auto answers the scheme the server asks for.")
@click.option("--method", type=click.Choice(["put", "post"]), default="put", show_default=True,
              help="put replaces each graph in the store, post adds to it.")
@click.option("--graph-param", type=click.Choice(["graph", "graph-uri"]),
              help="Query parameter naming the graph; default: graph-uri for Virtuoso's "
                   "/sparql-graph-crud endpoints, graph otherwise.")
@click.option("--default-graph", metavar="IRI",
              help="With --to: the named graph for triples outside any named graph (a graph folder with only "
                   "the merged diplograph.ttl); default: the store's default graph.")
@graph_option
@user_errors
def export(fmt: str, output: Path | None, include_ontology: bool, url: str | None, user: str | None,
           password: str | None, auth: str, method: str, graph_param: str | None, default_graph: str | None,
           graph_dir: Path) -> None:
    """Export the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, or push it to a store.

    Output is sorted: two exports of the same graph are byte-identical.
    """
    if url is not None and output is not None:
        raise DiplographError("give either -o FILE or --to URL, not both", exit_code=2)
    if url is None and (user or password):
        raise DiplographError("--user/--password only make sense with --to URL", exit_code=2)
    from ..graphstore import Reader

    with Reader(graph_dir) as store:
        _export(store, fmt, output, include_ontology, url, user, password, auth, method, graph_param,
                default_graph)


def _export(store: ox.Store, fmt: str, output: Path | None, include_ontology: bool, url: str | None,
            user: str | None, password: str | None, auth: str, method: str, graph_param: str | None,
            default_graph: str | None) -> None:
    from ..export import export as export_graph
    from ..export import push
    from ..store import atomic_output

    if url is not None:
        if fmt not in ("ttl", "nt"):
            raise DiplographError(f"--format {fmt} cannot be pushed", hint="graph stores take ttl or nt",
                                  exit_code=2)
        result = push(store, url, user=user, password=password, auth=auth, method=method,
                      include_ontology=include_ontology, fmt=fmt, graph_param=graph_param,
                      default_graph=default_graph)
        click.echo(f"pushed {len(result.graphs)} graphs ({result.triples} triples) to {result.url}", err=True)
        return
    if output is None:
        export_graph(store, fmt, sys.stdout.buffer, include_ontology=include_ontology)
        sys.stdout.buffer.flush()
        return
    try:
        with atomic_output(output) as fh:
            export_graph(store, fmt, fh, include_ontology=include_ontology)
    except OSError as exc:
        raise DiplographError(f"cannot write: {exc.strerror or exc}", path=output) from exc


COMMANDS = [export]
