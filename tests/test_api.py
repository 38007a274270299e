"""diplograph.api: rdflib over Oxigraph, named queries from Python, the networkx entity graph."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib

from diplograph import api
from diplograph.errors import QueryError, StoreError
from diplograph.vocab import DG, DGR, RDF

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory, synth) -> Path:
    root = tmp_path_factory.mktemp("graph")
    synth.write_graph_dir(root, 300, seed=5)
    return root


@pytest.fixture(scope="module")
def ds(graph_dir) -> rdflib.Dataset:
    return api.load(graph_dir)


def test_load_is_rdflib_over_oxigraph(ds, graph_dir):
    assert isinstance(ds, rdflib.Dataset)
    assert isinstance(api.as_store(ds), ox.Store)
    countries = set(ds.subjects(RDF.type, DG.Country))
    assert len(countries) == 40 and DGR["country/XA"] in countries
    # prefixes are bound: queries may use dg: without declaring it
    rows = list(ds.query("SELECT ?l WHERE { dgr:country\\/XA rdfs:label ?l } ORDER BY ?l"))
    assert {r.l.language for r in rows} == {"ar", "en"}
    # one named graph per article plus the entities graph
    graphs = {str(c.identifier) for c in ds.contexts()}
    assert str(DGR["graph/entities"]) in graphs and len(graphs) > 10


def test_same_triples_as_the_turtle_file(ds, graph_dir):
    plain = rdflib.Graph().parse(graph_dir / "diplograph.ttl")
    n = api.query(ds, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert int(n.values()[0][0].value) == len(plain)


def test_named_query_from_python(ds):
    res = api.query(ds, "leaders", country="XA")
    assert res.variables[:3] == ["country", "countryLabel", "person"]
    assert len(res) == 5 and {row[0].value for row in res.values()} == {"XA"}
    with pytest.raises(QueryError):
        api.query(ds, "leaders", nation="XA")
    adhoc = api.query(ds, "SELECT ?c ?code WHERE { ?c dg:isoCode ?code }", code="XB")
    assert [r[0].value for r in adhoc.values()] == [str(DGR["country/XB"])]
    with pytest.raises(QueryError, match="add \\?code to its SELECT"):
        api.query(ds, "SELECT ?c WHERE { ?c dg:isoCode ?code }", code="XB")


def test_to_networkx(ds, graph_dir):
    g = api.to_networkx(ds)
    assert isinstance(g, nx.MultiDiGraph)
    xa = str(DGR["country/XA"])
    assert g.nodes[xa]["kind"] == "Country" and g.nodes[xa]["iso"] == "XA"
    assert g.nodes[xa]["label"] and g.nodes[xa]["label_en"]
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"Country", "Person", "Place"} <= kinds and any(k not in ("Country", "Person", "Place") for k in kinds)
    relations = {d["relation"] for *_, d in g.edges(data=True)}
    assert {"signed", "represents", "hasDiplomaticRelationsWith", "Signing", "Congratulation", "Visit"} <= relations
    congrats = [(u, v, d) for u, v, d in g.edges(data=True) if d["relation"] == "Congratulation"]
    assert all(g.nodes[u]["kind"] == "Person" and g.nodes[v]["kind"] == "Person" for u, v, _ in congrats)
    assert all(d["event"].startswith(str(DGR["event/"])) for *_, d in congrats)
    # same graph from the folder, from the bare store, and from a plain rdflib Graph
    assert nx.utils.edges_equal(api.to_networkx(graph_dir).edges(keys=True), g.edges(keys=True))
    plain = rdflib.Graph().parse(graph_dir / "diplograph.ttl")
    from_plain = api.to_networkx(plain)
    assert sorted(from_plain.nodes) == sorted(g.nodes)
    assert sorted(from_plain.edges(keys=True)) == sorted(g.edges(keys=True))


def test_store_and_missing_folder(graph_dir, tmp_path):
    assert len(api.store(graph_dir)) > 0
    with pytest.raises(StoreError):
        api.load(tmp_path / "missing")


def test_in_memory_mode_answers_as_the_on_disk_store(graph_dir):
    """`in_memory=True` parses diplograph.ttl into memory: the same answers, the default graph only."""
    mem, disk = api.store(graph_dir, in_memory=True), api.store(graph_dir)
    assert isinstance(mem, ox.Store) and next(iter(mem.named_graphs()), None) is None
    count = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    assert api.query(mem, count).values() == api.query(disk, count).values()
    for name, params in (("leaders", {"country": "XA"}), ("signed-documents", {"country": "XB"}),
                         ("dyad-summary", {"a": "XA"}), ("dyad-timeline", {"a": "XA", "b": "XB"})):
        ours = api.query(mem, name, format="csv", **params).data
        assert ours == api.query(disk, name, format="csv", **params).data and ours.count(b"\n") > 1
    ds = api.load(graph_dir, in_memory=True)
    assert len(set(ds.subjects(RDF.type, DG.Country))) == 40
