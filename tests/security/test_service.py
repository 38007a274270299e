"""Defect 1 (SSRF): SERVICE clauses make the engine send HTTP requests. They are refused by default in
`diplograph query` (exit 2) and `diplograph serve` (400), naming the clause, and allowed per host with
--allow-service. A canary server on 127.0.0.1 tells whether a request left."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.errors import QueryError
from diplograph.serve import SparqlServer
from diplograph.sparqlguard import check_services, parse_allow_list, service_clauses

from .conftest import Canary, ask_countries, http_get, running

HIDDEN_FORMS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
    "select * where {{ sErViCe <{url}> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?x ?y ?z }} }}",
    "PREFIX e: <{base}> SELECT * WHERE {{ SERVICE e:sparql {{ ?x ?y ?z }} }}",
    "BASE <{base}> SELECT * WHERE {{ SERVICE <sparql> {{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ ?c a dg:Country . # comment\n SERVICE\n<{url}>{{ ?x ?y ?z }} }}",
    "SELECT * WHERE {{ FILTER(1<2) SERVICE<{url}>{{?x ?y ?z}} }}",
    "SELECT * WHERE {{ SERVICE <{url}> {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
    "ASK {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
    "CONSTRUCT {{ ?x ?y ?z }} WHERE {{ SERVICE <{url}> {{ ?x ?y ?z }} }}",
]


def _forms(canary: Canary) -> list[str]:
    return [f.format(url=canary.url, base=canary.url.removesuffix("sparql")) for f in HIDDEN_FORMS]


def test_query_refuses_every_form_of_service_and_sends_nothing(seed_graph_dir: Path, canary: Canary) -> None:
    for text in _forms(canary):
        res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), text, "--format", "json"])
        assert res.exit_code == 2, (text, res.output)
        assert "SERVICE clause at line" in res.stderr and "refused" in res.stderr, res.stderr
        assert "--allow-service" in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
    assert canary.seen == []


def test_service_as_a_word_in_strings_iris_and_comments_is_not_a_clause(seed_graph_dir: Path) -> None:
    text = ('SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:1/x> {}" AS ?x) '
            'FILTER(?x != <http://example.org/SERVICE>) } # SERVICE <http://127.0.0.1:1/>')
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), text, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert service_clauses(text) == []


def test_allow_service_lets_that_host_be_queried(seed_graph_dir: Path, canary: Canary) -> None:
    text = f"SELECT ?x WHERE {{ SERVICE <{canary.url}> {{ ?x ?y ?z }} }}"
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), text, "--format", "csv",
                                   "--allow-service", f"example.org,127.0.0.1:{canary.port}"])
    assert res.exit_code == 0, res.output
    assert "from-canary" in res.stdout
    assert len(canary.seen) == 1
    # another port of the same host is not allowed by HOST:PORT
    other = text.replace(f":{canary.port}/", f":{canary.port + 1}/")
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), other,
                                   "--allow-service", f"127.0.0.1:{canary.port}"])
    assert res.exit_code == 2 and "allowed: 127.0.0.1:" in res.stderr


def test_service_with_a_variable_is_refused_even_when_hosts_are_allowed() -> None:
    with pytest.raises(QueryError) as err:
        check_services("SELECT * { SERVICE ?ep { ?x ?y ?z } VALUES ?ep { <http://127.0.0.1/> } }",
                       frozenset({"127.0.0.1"}))
    assert err.value.exit_code == 2 and "SERVICE ?ep" in str(err.value)


@pytest.mark.parametrize("bad", ["http://x/", "user@host", "a/b"])
def test_allow_list_takes_host_names_only(bad: str) -> None:
    with pytest.raises(QueryError):
        parse_allow_list([bad])
    assert parse_allow_list(["A.example, b:8080", ""]) == frozenset({"a.example", "b:8080"})


@pytest.fixture
def server(small_graph: Path) -> Iterator[SparqlServer]:
    with running(small_graph, timeout=5, workers=1) as srv:
        yield srv


def test_serve_refuses_service_with_400_and_sends_nothing(server: SparqlServer, canary: Canary) -> None:
    address = server.server_address[:2]
    for text in _forms(canary):
        status, _, body = http_get(address, "/sparql?query=" + quote(text))
        assert status == 400, (text, body)
        assert b"SERVICE clause at line" in body and b"--allow-service" in body
    # SERVICE ?var (unbound) was a 500; nested SERVICE calls back to the endpoint itself used up its workers
    status, _, body = http_get(address, "/sparql?query=" + quote("SELECT * { SERVICE ?s { ?a ?b ?c } }"))
    assert status == 400 and b"SERVICE ?s" in body
    own = server.url
    nested = f"SELECT * {{ SERVICE <{own}> {{ SERVICE <{own}> {{ ?a ?b ?c }} }} }}"
    status, _, _ = http_get(address, "/sparql?query=" + quote(nested))
    assert status == 400
    assert canary.seen == []
    assert ask_countries(address)


def test_serve_allow_service(small_graph: Path, canary: Canary) -> None:
    with running(small_graph, timeout=5, workers=1,
                 allow_service=frozenset({f"127.0.0.1:{canary.port}"})) as srv:
        text = f"SELECT ?x WHERE {{ SERVICE <{canary.url}> {{ ?x ?y ?z }} }}"
        status, _, body = http_get(srv.server_address[:2], "/sparql?query=" + quote(text))
        assert status == 200 and b"from-canary" in body
        assert len(canary.seen) == 1


def test_a_repeated_param_is_refused(seed_graph_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), "--name", "signed-documents",
                                   "--param", "country=RU", "--param", "country=AZ"])
    assert res.exit_code == 2 and "--param country is given twice" in res.stderr
