"""The main job: seeds/ -> graph/, checked through SPARQL on the built graph (facts of the seed
article, read by the program), determinism, SHACL and re-parsing in an independent engine."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.store import load_store
from diplograph.validate import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

PREFIXES = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    rows = store.query(PREFIXES + query, use_default_graph_as_union=True)
    return [{str(v)[1:]: row[v].value for v in rows.variables if row[v] is not None} for row in rows]


@pytest.fixture(scope="module")
def store(seed_graph_dir: Path) -> ox.Store:
    return load_store(seed_graph_dir)


def test_countries_signed_the_declaration(store):
    rows = select(store, """
        SELECT ?iso ?label WHERE {
          ?c a dg:Country ; dg:isoCode ?iso ; dg:signed ?d .
          ?d a dg:Declaration ; rdfs:label ?label . }""")
    assert {r["iso"] for r in rows} == {"RU", "AZ"}
    assert all("إعلان تعاون الحلفاء" in r["label"] for r in rows)


def test_presidents_congratulated_each_other(store):
    rows = select(store, """
        SELECT ?from ?to WHERE {
          ?a dg:congratulated ?b . ?a rdfs:label ?from . ?b rdfs:label ?to .
          FILTER(lang(?from) = "en" && lang(?to) = "en") }""")
    pairs = {(r["from"], r["to"]) for r in rows}
    assert ("Vladimir Putin", "Ilham Aliyev") in pairs and ("Ilham Aliyev", "Vladimir Putin") in pairs


def test_one_congratulation_event_per_direction(store):
    rows = select(store, """
        SELECT ?e ?fromIso ?toIso WHERE {
          ?e a dg:Congratulation ; dg:agent ?a ; dg:recipient ?b .
          ?a dg:represents/dg:isoCode ?fromIso . ?b dg:represents/dg:isoCode ?toIso .
          ?a rdfs:label "Vladimir Putin"@en . }""")
    assert [(r["fromIso"], r["toIso"]) for r in rows] == [("RU", "AZ")]


def test_signing_event_with_agents_parties_date_place(store):
    rows = select(store, """
        SELECT ?date ?place (GROUP_CONCAT(DISTINCT ?agent; separator="|") AS ?agents)
               (GROUP_CONCAT(DISTINCT ?iso; separator="|") AS ?parties) WHERE {
          ?e a dg:Signing ; dg:document ?d ; dg:date ?date ; dg:place/rdfs:label ?place ;
             dg:agent/rdfs:label ?agent ; dg:party/dg:isoCode ?iso .
          ?d a dg:Declaration . FILTER(lang(?place) = "en" && lang(?agent) = "en") }
        GROUP BY ?date ?place""")
    assert len(rows) == 1
    row = rows[0]
    assert row["date"] == "2022-02-22" and row["place"] == "Moscow"
    assert set(row["agents"].split("|")) == {"Vladimir Putin", "Ilham Aliyev"}
    assert set(row["parties"].split("|")) == {"RU", "AZ"}


def test_anniversary_and_inferred_establishment(store):
    rows = select(store, """
        SELECT ?n ?date ?est ?inferred WHERE {
          ?a a dg:Anniversary ; dg:ordinal ?n ; dg:date ?date ; dg:commemorates ?e .
          ?e a dg:EstablishmentOfRelations ; dg:date ?est ; dg:inferred ?inferred . }""")
    assert rows == [{"n": "30", "date": "2022-04-04", "est": "1992-04-04", "inferred": "true"}]


def test_relations_edge_is_symmetric(store):
    rows = select(store, """
        SELECT ?a ?b WHERE { ?x dg:hasDiplomaticRelationsWith ?y .
          ?x dg:isoCode ?a . ?y dg:isoCode ?b }""")
    assert {(r["a"], r["b"]) for r in rows} == {("RU", "AZ"), ("AZ", "RU")}


def test_countries_named_by_capitals_and_nisba_are_the_same_nodes(store):
    rows = select(store, "SELECT ?c ?q WHERE { ?c a dg:Country ; owl:sameAs ?q }")
    assert {r["q"].rsplit("/", 1)[-1] for r in rows} >= {"Q159", "Q227"}
    assert len(rows) == len({r["c"] for r in rows})


def test_every_event_has_exact_sentence_provenance(store, seed_graph_dir):
    text = (SEEDS / "000_584aa30879799b75.txt").read_text(encoding="utf-8")
    rows = select(store, """
        SELECT ?e ?text ?start ?end ?file WHERE {
          ?e dg:rule ?r ; prov:wasDerivedFrom ?s .
          ?s dg:text ?text ; dg:start ?start ; dg:end ?end ; dg:sourceArticle ?a .
          ?a dg:sourceFile ?file ; dg:sha256 ?h ; dg:language "ar" ; dg:published ?p . }""")
    events = select(store, "SELECT DISTINCT ?e WHERE { ?e dg:rule ?r }")
    assert {r["e"] for r in rows} == {r["e"] for r in events}
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["text"]
        assert r["file"] == "000_584aa30879799b75.txt"


def test_rebuild_gives_identical_bytes(tmp_path, seed_graph_dir):
    from diplograph.build import build

    build(SEEDS, tmp_path)
    for name in ("diplograph.ttl", "entities.ttl", "diplograph.html"):
        assert (tmp_path / name).read_bytes() == (seed_graph_dir / name).read_bytes(), name


def test_committed_graph_is_what_build_produces(seed_graph_dir):
    committed = ROOT / "graph" / "diplograph.ttl"
    assert committed.read_bytes() == (seed_graph_dir / "diplograph.ttl").read_bytes(), \
        "graph/diplograph.ttl is stale: run `diplograph build` and commit graph/"


def test_graph_reparses_in_pyoxigraph_and_rdflib(seed_graph_dir):
    from rdflib import Graph

    data = (seed_graph_dir / "diplograph.ttl").read_bytes()
    ox_triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    g = Graph().parse(data=data, format="turtle")
    assert len(ox_triples) == len(g) > 100


def test_graph_conforms_to_the_shapes(seed_graph_dir):
    report = validate(seed_graph_dir)
    assert report.conforms, report.violations[:5]


def test_html_has_no_remote_url(seed_graph_dir):
    html = (seed_graph_dir / "diplograph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", html, re.I)
    assert "cdn" not in html.lower().replace("cdnjs", "") or "cdn." not in html.lower()


def test_build_command_prints_a_summary(tmp_path):
    result = CliRunner().invoke(cli, ["build", "--seeds", str(SEEDS), "--graph", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert re.search(r"1 articles, \d+ entities, \d+ events, \d+ triples", result.output)
