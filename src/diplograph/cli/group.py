"""The `diplograph` click group: each command lives in its own module of this package, imported only
when that command runs (or when `--help` lists them all): a `query` does not pay for the modules of the
eight other commands."""
from __future__ import annotations

from importlib import import_module

import click

# command name -> the module of this package that defines it (in its COMMANDS list)
MODULES = {"build": "build", "ingest": "ingest", "remove": "ingest", "extract": "extract", "query": "query",
           "render": "render", "export": "export", "validate": "validate", "serve": "serve"}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (click's lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in MODULES:
            module = import_module(f"diplograph.cli.{MODULES[cmd_name]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="diplograph")
def cli() -> None:
    """Diplograph: a knowledge graph of bilateral relations between states, built from news articles."""

