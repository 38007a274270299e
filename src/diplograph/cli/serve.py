"""`diplograph serve`: a read-only SPARQL 1.1 Protocol endpoint over the graph folder."""
from __future__ import annotations

from pathlib import Path

import click

from ..serve import DEFAULT_HOST, DEFAULT_PORT, make_server
from ..sparqlguard import parse_allow_list
from .common import graph_option, user_errors


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (keep 127.0.0.1 unless you mean to share the graph).")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS", help="Stop (kill) a query after this many seconds; the client gets 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Cut answers after this many rows (header X-Diplograph-Truncated).")
@click.option("--max-request", "max_request", type=click.IntRange(min=1024), default=1_000_000,
              show_default=True, metavar="BYTES", help="Refuse larger requests with 413.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes (each holds the graph in memory).")
@click.option("--allow-service", "allow_service", multiple=True, metavar="HOST[,HOST]",
              help="Let SERVICE clauses query these hosts (HOST or HOST:PORT); without it SERVICE gets 400.")
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
@graph_option
@user_errors
def serve(host: str, port: int, timeout: float, max_rows: int, max_request: int, workers: int,
          allow_service: tuple[str, ...], verbose: bool, graph_dir: Path) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint at /sparql and the HTML view at /. Read-only."""
    server = make_server(graph_dir, host, port, timeout=timeout, max_rows=max_rows,
                         max_request_bytes=max_request, workers=workers,
                         allow_service=parse_allow_list(allow_service), verbose=verbose)
    click.echo(f"SPARQL endpoint: {server.url}  (HTML view: {server.url.removesuffix('sparql')}); Ctrl-C stops",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


COMMANDS = [serve]
