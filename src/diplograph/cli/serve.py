"""`diplograph serve`: a read-only SPARQL 1.1 Protocol endpoint over the graph folder."""
from __future__ import annotations

from pathlib import Path

import click

from .common import graph_option, user_errors

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7879     # serve.DEFAULT_HOST / DEFAULT_PORT (checked by a test)


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
@click.option("--max-query-mb", type=click.FloatRange(min=0), default=1024, show_default=True, metavar="MB",
              help="Memory one query may add to its worker; past it the client gets 503. 0: no bound.")
@click.option("--threads", type=click.IntRange(min=1), default=32, show_default=True,
              help="HTTP request threads (idle keep-alive connections hold none).")
@click.option("--max-connections", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Open connections at most; one more gets 503 at once.")
@click.option("--idle-timeout", type=click.FloatRange(min=0.1), default=15.0, show_default=True,
              metavar="SECONDS", help="Close a connection idle (or stalled in a request) this long.")
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
@graph_option
@user_errors
def serve(host: str, port: int, timeout: float, max_rows: int, max_request: int, workers: int,
          allow_service: tuple[str, ...], max_query_mb: float, threads: int, max_connections: int,
          idle_timeout: float, verbose: bool, graph_dir: Path) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint at /sparql and the HTML view at /. Read-only.
    GET /health says how many query workers are alive. Limits: docs/security.md."""
    import logging

    from ..serve import make_server
    from ..sparqlguard import parse_allow_list

    logging.basicConfig(level=logging.INFO, format="diplograph serve: %(message)s")
    server = make_server(graph_dir, host, port, timeout=timeout, max_rows=max_rows,
                         max_request_bytes=max_request, workers=workers,
                         allow_service=parse_allow_list(allow_service), max_query_mb=max_query_mb,
                         threads=threads, max_connections=max_connections, idle_timeout=idle_timeout,
                         verbose=verbose)
    view = server.url.removesuffix("sparql")
    click.echo(f"SPARQL endpoint: {server.url}  (HTML view: {view}); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


COMMANDS = [serve]
