"""The command line: help everywhere, one clear line for bad input, non-zero exit codes."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

COMMANDS = ["build", "ingest", "extract", "query", "render", "export", "validate", "serve", "remove"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_extract_missing_file(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt" in result.output and "file not found" in result.output


def test_extract_empty_file(runner, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(f)])
    assert result.exit_code == 1 and "empty.txt" in result.output and "empty" in result.output


def test_extract_binary_file(runner, tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = runner.invoke(cli, ["extract", str(f)])
    assert result.exit_code == 1 and "image.txt" in result.output and "binary" in result.output


def test_extract_windows_1256_file(runner, tmp_path):
    f = tmp_path / "cp1256.txt"
    f.write_bytes("وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة.".encode("cp1256"))
    result = runner.invoke(cli, ["extract", str(f), "--published", "2024-01-01", "--min-confidence", "0"])
    assert result.exit_code == 0 and "dg:Signing" in result.output


def test_extract_bad_published_date_is_usage_error(runner):
    result = runner.invoke(cli, ["extract", str(SEEDS / "000_584aa30879799b75.txt"), "--published", "4/4/2022"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_extract_writes_turtle_and_explains(runner, tmp_path):
    out = tmp_path / "seed.ttl"
    result = runner.invoke(cli, ["extract", str(SEEDS / "000_584aa30879799b75.txt"), "-o", str(out), "--explain"])
    assert result.exit_code == 0
    assert "signing [signing.verb-document]" in result.output
    assert "dg:Declaration" in out.read_text(encoding="utf-8")


def test_query_malformed_sparql(runner, seed_graph_dir):
    result = runner.invoke(cli, ["query", "SELEC ?x WHERE { ?x ?p ?o }", "--graph", str(seed_graph_dir)])
    assert result.exit_code != 0
    assert "line 1" in result.output.lower() or "column" in result.output.lower()


def test_query_on_missing_graph_folder(runner, tmp_path):
    result = runner.invoke(cli, ["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path / "none")])
    assert result.exit_code == 1 and "build" in result.output


def test_build_with_empty_seeds_folder(runner, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    result = runner.invoke(cli, ["build", "--seeds", str(seeds), "--graph", str(tmp_path / "g")])
    assert result.exit_code == 1 and "no article files" in result.output


def test_validate_reports_violations_with_exit_3(runner, tmp_path, seed_graph_dir):
    bad = tmp_path / "g"
    bad.mkdir()
    text = (seed_graph_dir / "diplograph.ttl").read_text(encoding="utf-8")
    (bad / "diplograph.ttl").write_text(text.replace('dg:isoCode "RU"', 'dg:isoCode "russia"'), encoding="utf-8")
    result = runner.invoke(cli, ["validate", "--graph", str(bad)])
    assert result.exit_code == 3 and "violations" in result.output
