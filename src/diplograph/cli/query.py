"""`diplograph query`: ask the graph a SPARQL question (ad hoc or named) and print the answer."""
from __future__ import annotations

from pathlib import Path

import click

from . import fastquery
from .common import graph_option, user_errors

FORMATS = fastquery.FORMATS   # query.FORMATS (checked by a test)


def _list() -> str:
    from ..query import list_named_queries

    lines = []
    for nq in list_named_queries():
        lines.append(f"{nq.name:<18} {nq.description}")
        for p in nq.params:
            need = "required" if not p.optional else "optional"
            lines.append(f"{'':<18}   --param {p.name}=…  ({p.kind}, {need}) {p.description}")
    return "\n".join(lines)


@click.command("query")
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable, e.g. --param country=RU (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table, W3C results (csv tsv json xml) or, for CONSTRUCT/DESCRIBE, ttl nt jsonld.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop the query after this many seconds.")
@click.option("--max-memory", type=click.FloatRange(min=0), default=fastquery.DEFAULT_MAX_MEMORY,
              show_default=True, metavar="MB",
              help="Memory the query may use beyond the loaded graph; past it the query is stopped. "
                   "0: no bound (nor is there one for a named query on a small graph).")
@click.option("--allow-service", "allow_service", multiple=True, metavar="HOST[,HOST]",
              help="Let SERVICE clauses query these hosts (HOST or HOST:PORT); "
                   "without it SERVICE is refused.")
@graph_option
@user_errors
def query(sparql: str | None, file: Path | None, name: str | None, list_: bool, params: tuple[str, ...],
          fmt: str, timeout: float | None, max_memory: float, allow_service: tuple[str, ...],
          graph_dir: Path) -> None:
    """Run a SPARQL query over the graph (read-only).

    SPARQL comes from the argument, from -f FILE, from --name NAME, or from standard input ('-' or a
    pipe). The prefixes dg: dgr: rdf: rdfs: owl: xsd: skos: prov: wd: wdt: schema: dct: are predeclared.

    \b
    Examples:
      diplograph query --list
      diplograph query --name signed-documents --param country=RU
      diplograph query 'SELECT ?c ?l WHERE { ?c a dg:Country ; rdfs:label ?l }' --format csv
      diplograph query -f my.rq --format json --timeout 10
    """
    if list_:
        click.echo(_list())
        return
    args = fastquery.QueryArgs(sparql, file, name, params, fmt, timeout, max_memory, allow_service, graph_dir)
    fastquery.write_answer(fastquery.answer(args))


COMMANDS = [query]
