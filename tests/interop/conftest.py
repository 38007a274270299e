"""Fixtures of the interop suite: real triple stores and parsers, and the graphs sent to them.

Servers (Oxigraph, a private Virtuoso) start once per session on 127.0.0.1 and stop at its end. A
missing tool skips its tests, unless DIPLOGRAPH_REQUIRE_INTEROP=1 (as in CI), where it fails them.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from stores import Jena, OxigraphServer, Target, Virtuoso, have, need

from diplograph.store import load_store

ROOT = Path(__file__).resolve().parents[2]
@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    need(bool(shutil.which("oxigraph") or Path(sys.executable).with_name("oxigraph").exists()),
         "the Oxigraph server (pip install oxigraph)")
    server = OxigraphServer.start(tmp_path_factory.mktemp("oxigraph"))
    try:
        yield Target("oxigraph", server.store, server.query, "graph")
    finally:
        server.stop()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    need(have("virtuoso-t", "isql-vt"), "Virtuoso 7 (apt-get install virtuoso-opensource)")
    server = Virtuoso.start(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield Target("virtuoso", server.store, server.query, "graph-uri",
                     {"user": server.user, "password": server.password, "auth": "digest"})
    finally:
        server.stop()


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def target(request: pytest.FixtureRequest) -> Target:
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def jena(tmp_path_factory: pytest.TempPathFactory) -> Jena:
    need(have("java") and Path("/usr/share/java/jena-core.jar").exists(),
         "Apache Jena (apt-get install libapache-jena-java)")
    return Jena.prepare(tmp_path_factory.mktemp("jena"))


@pytest.fixture(scope="session")
def rapper_ok() -> None:
    need(have("rapper"), "raptor (apt-get install raptor2-utils)")


# -- graphs ------------------------------------------------------------------------------------------

ARTICLE_A = "0a1b2c3d4e5f6071"
ARTICLE_B = "f0e1d2c3b4a59687"
PREFIXES = """\
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix dgr: <https://w3id.org/diplograph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""
# Made-up entities (Testland XT, Otherland XO); what matters is the spelling of the terms.
ENTITIES = PREFIXES + """
<https://w3id.org/diplograph/id/country/XT> a dg:Country ; dg:isoCode "XT" ; owl:sameAs wd:Q99000001 ;
    rdfs:label "تستلاند"@ar , "Testland"@en , "Testland"@en-GB , "تِسْتْلَانْد"@ar-Latn .
<https://w3id.org/diplograph/id/country/XO> a dg:Country ; dg:isoCode "XO" ; owl:sameAs wd:Q99000002 ;
    rdfs:label "أذرلاند"@ar , "Otherland"@en .
<https://w3id.org/diplograph/id/place/مدينة_الاختبار> a dg:Place ; rdfs:label "مدينة الاختبار"@ar ;
    dg:locatedIn <https://w3id.org/diplograph/id/country/XT> .
<https://w3id.org/diplograph/id/place/%D9%85%D9%88%D8%B3%D9%83%D9%88> a dg:Place ; rdfs:label "موسكو المختبرة"@ar .
<https://w3id.org/diplograph/id/person/xt-0123456789ab> a dg:Person ; dg:represents dgr:country\\/XT ;
    rdfs:label "سعيد بن اختبار"@ar , "Said Test"@en ; dg:role "foreign_minister" .
<https://w3id.org/diplograph/id/person/xo-ba9876543210> a dg:Person ; dg:represents dgr:country\\/XO ;
    rdfs:label "مريم الأخرى"@ar ; dg:role "ambassador" .
[] a owl:AllDifferent ; owl:distinctMembers ( dgr:country\\/XT dgr:country\\/XO ) .
"""
ARTICLE_A_TTL = PREFIXES + f"""
dgr:event\\/signing-aaaaaaaaaaaa a dg:Signing ;
    dg:agent dgr:person\\/xt-0123456789ab , dgr:person\\/xo-ba9876543210 ;
    dg:party dgr:country\\/XT , dgr:country\\/XO ;
    dg:document <https://w3id.org/diplograph/id/document/bbbbbbbbbbbb> ;
    dg:date "2022-02-22"^^xsd:date ; dg:place <https://w3id.org/diplograph/id/place/مدينة_الاختبار> ;
    dg:rule "signing.verb-document" ; rdfs:label "توقيع إعلان التعاون"@ar ;
    prov:wasDerivedFrom <https://w3id.org/diplograph/id/span/{ARTICLE_A}-10-95> .
<https://w3id.org/diplograph/id/document/bbbbbbbbbbbb> a dg:Declaration ;
    rdfs:label "إعلان التعاون بين \\"تستلاند\\" و«أذرلاند»"@ar .
dgr:country\\/XT dg:signed <https://w3id.org/diplograph/id/document/bbbbbbbbbbbb> .
dgr:country\\/XO dg:signed <https://w3id.org/diplograph/id/document/bbbbbbbbbbbb> .
dgr:event\\/anniversary-cccccccccccc a dg:Anniversary ; dg:ordinal 30 ; dg:date "2022-04"^^xsd:gYearMonth ;
    dg:party dgr:country\\/XT , dgr:country\\/XO ; dg:commemorates dgr:event\\/establishment-dddddddddddd .
dgr:event\\/establishment-dddddddddddd a dg:EstablishmentOfRelations ; dg:date "1992"^^xsd:gYear ;
    dg:inferred true ; dg:party dgr:country\\/XT , dgr:country\\/XO .
dgr:country\\/XT dg:hasDiplomaticRelationsWith dgr:country\\/XO .
dgr:country\\/XO dg:hasDiplomaticRelationsWith dgr:country\\/XT .
<https://w3id.org/diplograph/id/span/{ARTICLE_A}-10-95> a dg:TextSpan ;
    dg:text "وقّع وزيرا خارجية البلدين في ٢٢ شباط/فبراير ٢٠٢٢ على «إعلان التعاون»\\n\\tبحضور \\\\ السفير." ;
    dg:start 10 ; dg:end 95 ; dg:sourceArticle dgr:article\\/{ARTICLE_A} .
dgr:article\\/{ARTICLE_A} a dg:Article ; dg:sourceFile "000_تجربة.txt" ; dg:language "ar" ;
    dg:published "2022-04-04"^^xsd:date ; rdfs:label "عنوان الخبر \u200f(تجريبي)"@ar ; dg:weight 1.50 ;
    <https://schema.org/url> <https://example.org/news/خبر?id=1&lang=ar#مقطع> .
"""
ARTICLE_B_TTL = PREFIXES + f"""
dgr:event\\/congratulation-eeeeeeeeeeee a dg:Congratulation ;
    dg:agent dgr:person\\/xt-0123456789ab ; dg:recipient dgr:person\\/xo-ba9876543210 ;
    dg:occasion "العيد الوطني"@ar ; dg:date "2021-12-31"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/diplograph/id/span/{ARTICLE_B}-0-40> .
dgr:person\\/xt-0123456789ab dg:congratulated dgr:person\\/xo-ba9876543210 .
<https://w3id.org/diplograph/id/span/{ARTICLE_B}-0-40> a dg:TextSpan ; dg:text "هنأ الوزير نظيره 🎉" ;
    dg:start 0 ; dg:end 40 ; dg:sourceArticle dgr:article\\/{ARTICLE_B} .
dgr:article\\/{ARTICLE_B} a dg:Article ; dg:published "2022-01-01"^^xsd:date ; dg:language "ar" .
<https://w3id.org/diplograph/id/country/XT> rdfs:label "تستلاند"@ar .
"""


def write_edge_graph(root: Path) -> Path:
    """A graph folder of made-up facts spelled the hard ways: Arabic, RTL marks, escapes, dates, IRIs."""
    (root / "articles" / ARTICLE_A[:2]).mkdir(parents=True)
    (root / "articles" / ARTICLE_B[:2]).mkdir(parents=True)
    (root / "entities.ttl").write_text(ENTITIES, encoding="utf-8")
    (root / "articles" / ARTICLE_A[:2] / f"{ARTICLE_A}.ttl").write_text(ARTICLE_A_TTL, encoding="utf-8")
    (root / "articles" / ARTICLE_B[:2] / f"{ARTICLE_B}.ttl").write_text(ARTICLE_B_TTL, encoding="utf-8")
    return root


def _synth_module() -> Any:
    spec = importlib.util.spec_from_file_location("synth_graph", ROOT / "scripts" / "synth_graph.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def edge_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_edge_graph(tmp_path_factory.mktemp("edge") / "graph")


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _synth_module().write_graph_dir(tmp_path_factory.mktemp("synth") / "graph", 200, seed=7)


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article's graph, built by `diplograph build` (skipped until build works)."""
    out = tmp_path_factory.mktemp("seed") / "graph"
    proc = subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "build",
                           "--graph", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    if proc.returncode != 0 or not (out / "articles").is_dir():
        pytest.skip(f"`diplograph build` does not produce a graph yet: {proc.stderr.strip()[-300:]}")
    return out


@pytest.fixture(scope="session", params=["edge", "synth", "seed"])
def graph_dir(request: pytest.FixtureRequest) -> Path:
    """Each test graph: hard spellings, a larger synthetic one, the seed article's."""
    return request.getfixturevalue(f"{request.param}_dir")


@pytest.fixture(scope="session", params=["edge", "seed"])
def real_graph_dir(request: pytest.FixtureRequest) -> Path:
    """The graphs whose spelling matters (for the slow checks that volume adds nothing to)."""
    return request.getfixturevalue(f"{request.param}_dir")


@pytest.fixture(scope="session")
def all_graph_dirs(request: pytest.FixtureRequest) -> list[Path]:
    """The test graphs that can be made here (the seed graph needs a working `diplograph build`)."""
    dirs = []
    for name in ("edge", "synth", "seed"):
        try:
            dirs.append(request.getfixturevalue(f"{name}_dir"))
        except pytest.skip.Exception:
            continue
    return dirs


@pytest.fixture(scope="session")
def stores_by_dir() -> Callable[[Path], ox.Store]:
    cache: dict[Path, ox.Store] = {}

    def get(path: Path) -> ox.Store:
        if path not in cache:
            cache[path] = load_store(path, include_ontology=True)
        return cache[path]

    return get


@pytest.fixture(scope="session")
def graph_store(graph_dir: Path, stores_by_dir: Callable[[Path], ox.Store]) -> ox.Store:
    return stores_by_dir(graph_dir)
