"""`diplograph query`: ask the graph a SPARQL question (ad hoc or named) and print the answer."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import QueryError
from .common import graph_option, user_errors

FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")   # query.FORMATS (checked by a test)


def _query_text(sparql: str | None, file: Path | None, name: str | None) -> tuple[str, str | None]:
    """(query text, named query name or None) from exactly one of: argument, -f FILE, --name, stdin."""
    from ..query import get_named_query

    given = [x for x in (sparql if sparql not in (None, "-") else None, file, name) if x is not None]
    if len(given) > 1:
        raise QueryError("give the query one way only: as an argument, with -f FILE, or with --name",
                         exit_code=2)
    if name is not None:
        return get_named_query(name).text, name
    if file is not None:
        try:
            return file.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query file: {exc}", path=file, exit_code=2) from exc
    if sparql not in (None, "-"):
        return sparql, None
    if sparql == "-" or not sys.stdin.isatty():
        text = sys.stdin.read()
        if text.strip():
            return text, None
    raise QueryError("no query given", exit_code=2,
                     hint="pass SPARQL as an argument, -f FILE.rq, --name NAME, or on stdin")


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
@click.option("--max-memory", type=click.FloatRange(min=0), default=2048, show_default=True, metavar="MB",
              help="Memory the query may use beyond the loaded graph; past it the query is stopped. "
                   "0: no bound.")
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
    from ..graphstore import Reader
    from ..query import (bind_params, format_table, get_named_query, parse_param_args, run_query,
                         serialize_result)

    if list_:
        click.echo(_list())
        return
    text, named = _query_text(sparql, file, name)
    values = parse_param_args(params)
    bindings = bind_params(get_named_query(named), values) if named else values
    from ..limits import run_bounded
    from ..sparqlguard import parse_allow_list

    allowed = parse_allow_list(allow_service)
    table = fmt == "table"
    with Reader(graph_dir, small_in_memory=True) as store:
        def answer() -> bytes:
            result = run_query(store, text, bindings=bindings, timeout=timeout, format=None if table else fmt,
                               allow_service=allowed)
            if table and result.kind != "graph":
                return (format_table(result) + "\n").encode("utf-8")
            return serialize_result(result, "ttl")[0]

        data = run_bounded(answer, max_memory) if max_memory else answer()
    out = sys.stdout.buffer
    out.write(data)
    if data and not data.endswith(b"\n"):
        out.write(b"\n")
    out.flush()


COMMANDS = [query]
