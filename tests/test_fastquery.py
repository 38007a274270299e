"""`diplograph query` read without click (cli/fastquery.py) reads what it accepts as click does, hands
the rest to click, and answers as the click command does."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.cli.fastquery import QueryArgs, parse
from diplograph.cli.query import query

ACCEPTED = [
    [],
    ["--name", "signed-documents", "--param", "country=RU"],
    ["-n", "leaders", "-p", "country=RU", "--format", "csv"],
    ["--name=dyad-timeline", "--param=a=RU", "-p", "b=UA", "--format=json", "--graph", "g"],
    ["SELECT * WHERE { ?s ?p ?o }", "--timeout", "2.5", "--max-memory", "0"],
    ["-", "--max-memory=100", "--allow-service", "example.org", "--allow-service", "a.org,b.org:8080"],
    ["-f", "my.rq", "--format", "ttl"],
    ["ASK { ?s ?p ?o }", "--timeout=1e-3"],
    ["--param", "country="],
]
REFUSED = [
    ["--help"], ["-h"], ["--list"], ["--name", "leaders", "--name", "relations"], ["--format", "CSV"],
    ["--format", "yaml"], ["--timeout", "0"], ["--timeout", "-1"], ["--timeout", "nan"], ["--timeout", "x"],
    ["--max-memory", "-5"], ["--max-memory", "inf"], ["a", "b"], ["--", "SELECT"], ["--name"],
    ["--param", "-x"], ["-nleaders"], ["--unknown", "1"], ["--graph", "g", "--graph", "h"], ["-x"],
]


@pytest.mark.parametrize("argv", ACCEPTED, ids=lambda a: " ".join(a)[:50] or "none")
def test_what_it_reads_click_reads_alike(argv: list[str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    fast = parse(argv)
    assert fast is not None
    params = query.make_context("query", list(argv)).params
    assert not params.pop("list_")
    assert QueryArgs(**params) == fast


@pytest.mark.parametrize("argv", REFUSED, ids=lambda a: " ".join(a)[:50])
def test_what_click_may_refuse_or_explain_goes_to_click(argv: list[str]) -> None:
    assert parse(argv) is None


def test_a_graph_folder_that_is_a_file_goes_to_click(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    assert parse(["--graph", str(tmp_path / "file")]) is None
    assert parse(["-f", str(tmp_path)]) is None


def run_main(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "query", *args],
                          capture_output=True, cwd=cwd, timeout=120, check=False)


@pytest.mark.parametrize("args", [
    ["--name", "signed-documents", "--param", "country=RU"],
    ["--name", "leaders", "--format", "csv"],
    ["--name", "relations", "--format", "json", "--max-memory", "0"],
    ["SELECT ?c WHERE { ?c a dg:Country } ORDER BY ?c", "--format", "tsv"],
    ["CONSTRUCT { ?c a dg:Country } WHERE { ?c a dg:Country }", "--format", "nt"],
    ["--name", "leaders", "--param", "nope=1"],
    ["SELECT ?x WHERE {", "--format", "csv"],
    ["DELETE WHERE { ?s ?p ?o }"],
], ids=lambda a: " ".join(a)[:50])
def test_the_fast_path_answers_as_the_click_command(args: list[str], seed_graph_dir: Path,
                                                   tmp_path: Path) -> None:
    args = [*args, "--graph", str(seed_graph_dir)]
    assert parse(args) is not None
    fast = run_main(args, tmp_path)
    slow = CliRunner().invoke(cli, ["query", *args])
    assert (fast.returncode, fast.stdout, fast.stderr) == \
        (slow.exit_code, slow.stdout_bytes, slow.stderr_bytes)
    assert fast.stdout or fast.returncode != 0
