"""The `diplograph` command line: a thin layer over the library's plain functions.

Each command lives in its own module here and is registered below.
"""
from __future__ import annotations

import click

from . import build, export, extract, ingest, query, render, serve, validate


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="diplograph")
def cli() -> None:
    """Diplograph: a knowledge graph of bilateral relations between states, built from news articles."""


for _module in (build, ingest, extract, query, render, export, validate, serve):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="diplograph")
