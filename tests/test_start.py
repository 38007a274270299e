"""Fast start: the reading commands and `--help` import neither rdflib nor the extraction pipeline.

Each check runs the command in a fresh interpreter and lists what it imported.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("rdflib", "pyshacl", "networkx", "oxrdflib", "pyvis", "diplograph.pipeline", "diplograph.gazetteer",
         "diplograph.lexicon", "diplograph.rdf", "diplograph.render")

PROBE = """
import json, sys
from diplograph.cli import cli
try:
    cli.main(sys.argv[1:], prog_name="diplograph", standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def imported(args: list[str], cwd: Path) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, check=False)
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


@pytest.mark.parametrize("args", [
    ["--help"],
    ["query", "--help"],
    ["query", "--name", "signed-documents", "--param", "country=RU"],
    ["query", "SELECT ?s WHERE { ?s a dg:Signing }", "--format", "csv"],
    ["export", "--format", "nq", "-o", "out.nq"],
    ["export", "--format", "ttl", "-o", "out.ttl"],
], ids=lambda a: " ".join(a)[:40])
def test_reading_commands_start_light(args: list[str], seed_graph_dir: Path, tmp_path: Path) -> None:
    args = [*args, "--graph", str(seed_graph_dir)] if args[-1] != "--help" else args
    assert heavy(imported(args, tmp_path)) == []


MAIN_PROBE = """
import json, sys
from diplograph.cli import main
sys.argv = ["diplograph", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def probe_main(args: list[str], graph: Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run the command line's `main` on `graph` in a fresh interpreter: the process and the modules it
    imported."""
    proc = subprocess.run([sys.executable, "-c", MAIN_PROBE, *args, "--graph", str(graph)],
                          capture_output=True, text=True, cwd=cwd, timeout=120, check=False)
    return proc, set(json.loads(proc.stderr.strip().splitlines()[-1]))

@pytest.mark.parametrize("args", [
    ["query", "--name", "signed-documents", "--param", "country=RU", "--format", "csv"],
    ["query", "-n", "leaders", "-p", "country=RU"],
    ["query", "SELECT ?s WHERE { ?s a dg:Signing }", "--format=json", "--timeout", "30"],
    ["query", "--name", "no-such-query"],
], ids=lambda a: " ".join(a)[:40])
def test_the_usual_query_command_lines_do_not_import_click(args: list[str], seed_graph_dir: Path,
                                                          tmp_path: Path) -> None:
    """`main` reads them itself (cli/fastquery.py): click's import is a third of a seed-graph query."""
    proc, modules = probe_main(args, seed_graph_dir, tmp_path)
    assert "click" not in modules and heavy(modules) == []
    assert proc.stdout if args[2] != "no-such-query" else "no named query" in proc.stderr


def test_serve_module_starts_light(tmp_path: Path) -> None:
    code = ("import json, sys; import diplograph.serve; "
            "print(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=tmp_path)
    assert heavy(set(json.loads(proc.stderr.strip().splitlines()[-1]))) == []


def test_the_cli_copies_of_library_constants_agree() -> None:
    from diplograph import export, ingest, query, serve
    from diplograph.cli import export as cli_export
    from diplograph.cli import ingest as cli_ingest
    from diplograph.cli import query as cli_query
    from diplograph.cli import serve as cli_serve

    assert cli_export.FORMATS == export.FORMATS
    assert cli_query.FORMATS == query.FORMATS
    assert cli_ingest.MAX_ARTICLE_BYTES == ingest.MAX_ARTICLE_BYTES
    assert cli_ingest.MAX_ARTICLE_MB_LIMIT == ingest.MAX_ARTICLE_MB_LIMIT
    assert (cli_serve.DEFAULT_HOST, cli_serve.DEFAULT_PORT) == (serve.DEFAULT_HOST, serve.DEFAULT_PORT)


# What a one-off named query on a small graph does not need, and used to import: dataclasses (with inspect,
# ast, dis, tokenize), typing, threading (only for --timeout), shutil (with bz2, lzma), signal and resource
# (limits: only when the answer is bounded in a child process), importlib (the package's lazy attributes).
NOT_AT_START = ("dataclasses", "inspect", "ast", "typing", "threading", "shutil", "bz2", "lzma", "signal",
                "resource", "importlib", "diplograph.limits")


@pytest.mark.parametrize("args", [
    ["query", "--name", "signed-documents", "--param", "country=RU"],
    ["query", "-n", "leaders", "-p", "country=RU", "--format", "csv"],
], ids=lambda a: " ".join(a)[:40])
def test_a_named_query_on_a_small_graph_imports_only_what_it_uses(args: list[str], seed_graph_dir: Path,
                                                                  tmp_path: Path) -> None:
    proc, modules = probe_main(args, seed_graph_dir, tmp_path)
    assert proc.returncode == 0 and proc.stdout
    assert sorted(m for m in NOT_AT_START if m in modules) == []
    assert "diplograph.query" in modules and "pyoxigraph" in modules      # the probe saw the real work


def test_a_timeout_still_runs_the_query_on_a_worker_thread(seed_graph_dir: Path, tmp_path: Path) -> None:
    args = ["query", "--name", "signed-documents", "--param", "country=RU", "--timeout", "30"]
    proc, modules = probe_main(args, seed_graph_dir, tmp_path)
    assert proc.returncode == 0 and "RU" in proc.stdout and "threading" in modules
