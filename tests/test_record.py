"""record.Record / Frozen (the value classes of the query path, without dataclasses) and the classes
built on them: equality, hashing, repr, defaults, as the dataclasses they replace gave them."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from diplograph.cli.fastquery import QueryArgs
from diplograph.errors import CheckFailed, DiplographError, QueryError
from diplograph.graphstore import Stamp, StorePaths
from diplograph.query import NamedQuery, Param, QueryResult
from diplograph.sparqlguard import ServiceClause
from diplograph.store import ArticleInfo, GraphDir


def test_frozen_records_compare_and_hash_by_their_fields() -> None:
    a, b, c = GraphDir(Path("g")), GraphDir(Path("g")), GraphDir(Path("h"))
    assert a == b and a != c and hash(a) == hash(b)
    assert len({a, b, c}) == 2
    assert StorePaths(a) == StorePaths(b) and StorePaths(a).db == Path("g/.store/db")
    assert Stamp("2", "ok", 3, "x") != Stamp("2", "ok", 4, "x")


def test_records_of_different_classes_are_not_equal_even_with_equal_fields() -> None:
    assert GraphDir(Path("g")) != StorePaths(GraphDir(Path("g")))
    assert Param("country") != ("country", "literal", True, "")


def test_defaults_and_keywords_are_those_of_the_former_dataclasses() -> None:
    assert Param("country") == Param(name="country", kind="literal", optional=True, description="")
    assert QueryArgs() == QueryArgs(None, None, None, (), "table", None, 2048, (), Path("graph"))
    assert QueryArgs(name="leaders").name == "leaders" and QueryArgs().graph_dir == Path("graph")
    result = QueryResult("select")
    assert result.variables == [] and result.rows is None and not result.truncated
    assert QueryResult("select").variables is not result.variables          # a new list each time


def test_the_repr_names_the_fields_and_leaves_out_the_unshown_ones() -> None:
    clause = ServiceClause("http://example.org/sparql", "SERVICE <http://example.org/sparql>", 1)
    assert repr(clause) == ("ServiceClause(endpoint='http://example.org/sparql', "
                            "text='SERVICE <http://example.org/sparql>', line=1)")
    named = NamedQuery("q", "what it does", (), Path("q.rq"), "SELECT * { ?s ?p ?o }")
    assert "SELECT" not in repr(named) and "description='what it does'" in repr(named)


def test_a_mutable_record_compares_but_does_not_hash() -> None:
    assert QueryResult("ask", boolean=True) == QueryResult("ask", boolean=True)
    assert QueryResult("ask", boolean=True) != QueryResult("ask", boolean=False)
    with pytest.raises(TypeError):
        hash(QueryResult("ask"))


def test_article_info_keeps_its_fields() -> None:
    info = ArticleInfo("k", "a.txt", None, ("country/RU",), 2, 10)
    assert (info.key, info.refs, info.events, info.triples) == ("k", ("country/RU",), 2, 10)
    assert info == ArticleInfo("k", "a.txt", None, ("country/RU",), 2, 10)


def test_errors_keep_their_fields_exit_codes_and_message() -> None:
    err = QueryError("bad", path="q.rq", line=3, hint="fix it", exit_code=2)
    assert (err.message, err.path, err.line, err.hint, err.exit_code) == ("bad", "q.rq", 3, "fix it", 2)
    assert str(err) == "q.rq:3: bad (fix it)"
    assert DiplographError("x").exit_code == 1 and CheckFailed("x").exit_code == 3
    assert CheckFailed("x", exit_code=4).exit_code == 4
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is QueryError and str(again) == str(err) and again.exit_code == 2
