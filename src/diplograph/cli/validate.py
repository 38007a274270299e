"""`diplograph validate`: run the SHACL shapes over the graph and list every violation."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import CheckFailed
from .common import graph_option, user_errors


@click.command()
@graph_option
@user_errors
def validate(graph_dir: Path) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl (exit 3 on violations)."""
    from ..validate import validate as run_validation

    report = run_validation(graph_dir)
    for note in report.notes:
        click.echo(f"diplograph: note: {note}", err=True)
    for v in report.violations:
        click.echo(f"{v.severity}: {v.focus} {v.path}: {v.message}")
    if not report.conforms:
        raise CheckFailed(f"{len(report.violations)} SHACL violations in {report.triples} triples",
                          path=graph_dir, hint="see the list above")
    click.echo(f"{graph_dir}: conforms to the shapes ({report.triples} triples)")


COMMANDS = [validate]
