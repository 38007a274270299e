"""`diplograph ingest --store URL`: the graph folder and a real SPARQL 1.1 Graph Store kept in step.

Each store is a private instance started for this module (Oxigraph server always; Virtuoso 7 when
installed), so that no other test's graphs are mixed in.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Target, need
from rdfcompare import parse_graph
from stores import OxigraphServer, Virtuoso, free_port, have, sparql_select

from diplograph.cli import cli
from diplograph.ingest import article_key
from diplograph.store import GraphDir
from diplograph.vocab import ENTITIES_GRAPH, article_graph

MOSCOW = ("موسكو - أعلنت وزارة الخارجية الروسية أن روسيا وأذربيجان وقعتا في موسكو يوم 22 فبراير 2022 "
          "على إعلان التعاون الاستراتيجي بين روسيا الاتحادية وجمهورية أذربيجان.\n")
CAIRO = ("القاهرة - هنأ الرئيس المصري عبد الفتاح السيسي الرئيس التونسي قيس سعيد بمناسبة عيد الاستقلال، "
         "متمنيا للشعب التونسي التقدم والازدهار.\n")
AMMAN = ("الرياض - وصل وزير الخارجية الأردني إلى الرياض اليوم في زيارة رسمية إلى السعودية تستغرق يومين، "
         "يبحث خلالها سبل تعزيز العلاقات الثنائية.\n")


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    workdir = tmp_path_factory.mktemp(f"ingest-{request.param}")
    if request.param == "oxigraph":
        need(bool(shutil.which("oxigraph") or Path(os.sys.executable).with_name("oxigraph").exists()),
             "the Oxigraph server (pip install oxigraph)")
        server = OxigraphServer.start(workdir)
        yield Target("oxigraph", server.store, server.query, "graph")
    else:
        need(have("virtuoso-t", "isql-vt"), "Virtuoso 7 (apt-get install virtuoso-opensource)")
        server = Virtuoso.start(workdir)
        yield Target("virtuoso", server.store, server.query, "graph-uri",
                     {"user": server.user, "password": server.password, "auth": "digest"})
    server.stop()


def login(target: Target) -> list[str]:
    if not target.login:
        return []
    return ["--user", target.login["user"], "--password", target.login["password"], "--auth", target.login["auth"]]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def same_graph(target: Target, key: str, shard: Path) -> bool:
    got = target.get_graph(str(article_graph(key)))
    if got is None:
        return False
    return set(got) == set(parse_graph(shard.read_bytes(), "turtle"))


def test_ingest_keeps_the_store_in_step(store: Target, tmp_path: Path) -> None:
    corpus, g = tmp_path / "corpus", tmp_path / "graph"
    corpus.mkdir()
    (corpus / "moscow.txt").write_text(MOSCOW, encoding="utf-8")
    (corpus / "cairo.txt").write_text(CAIRO, encoding="utf-8")
    code, out, err = invoke("ingest", str(corpus), "--graph", str(g), "--store", store.gsp, *login(store), "-j", "1")
    assert code == 0, err
    assert "3 graphs sent to the store" in out                # two articles and the entities graph
    gd = GraphDir(g)
    for key in (article_key(MOSCOW), article_key(CAIRO)):
        assert same_graph(store, key, gd.shard(key))
    assert store.get_graph(str(ENTITIES_GRAPH)) is not None

    # a changed file: its old graph leaves the store, the new one arrives
    (corpus / "moscow.txt").write_text(AMMAN, encoding="utf-8")
    code, out, err = invoke("ingest", str(corpus), "--graph", str(g), "--store", store.gsp, *login(store), "-j", "1")
    assert code == 0, err
    assert store.get_graph(str(article_graph(article_key(MOSCOW)))) is None
    assert same_graph(store, article_key(AMMAN), gd.shard(article_key(AMMAN)))

    # nothing changed: nothing sent
    code, out, err = invoke("ingest", str(corpus), "--graph", str(g), "--store", store.gsp, *login(store))
    assert code == 0 and "sent to the store" not in out

    # articles ingested without --store are sent by the next run that names the store
    (corpus / "more.txt").write_text(MOSCOW, encoding="utf-8")
    assert invoke("ingest", str(corpus), "--graph", str(g), "-j", "1")[0] == 0
    assert store.get_graph(str(article_graph(article_key(MOSCOW)))) is None
    code, out, err = invoke("ingest", str(corpus), "--graph", str(g), "--store", store.gsp, *login(store))
    assert code == 0 and "0 new articles" in out
    assert same_graph(store, article_key(MOSCOW), gd.shard(article_key(MOSCOW)))

    # the store answers queries over what was ingested
    rows = sparql_select(store.query, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a "
                                      "<https://w3id.org/diplograph/ontology#Article> } }")
    assert int(rows["results"]["bindings"][0]["n"]["value"]) == 3

    # remove takes the article out of the store too
    code, out, err = invoke("remove", str(corpus / "cairo.txt"), "--graph", str(g), "--store", store.gsp,
                            *login(store))
    assert code == 0, err
    assert store.get_graph(str(article_graph(article_key(CAIRO)))) is None


def test_unreachable_store_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(MOSCOW, encoding="utf-8")
    url = f"http://127.0.0.1:{free_port()}/store"
    code, _out, err = invoke("ingest", str(tmp_path / "a.txt"), "--graph", str(tmp_path / "g"), "--store", url)
    assert code == 1
    assert f"cannot reach the graph store at {url}" in err
    assert not (tmp_path / "g" / "articles").exists()
