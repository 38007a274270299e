"""`validate` compiles the shapes to SPARQL; pySHACL (inference="rdfs") is the reference it must agree with.

Compared: whether the graph conforms, and the set of (focus node, result path) of the violations, on
the seed graph, the graph of the dev corpus (read from ../shared at run time), the small conforming
graph of test_ontology.py and each of its mutations (one per constraint of the shapes).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import Graph
from rdflib.namespace import SH
from test_ontology import TEST_DATA, VIOLATIONS

from diplograph.build import build
from diplograph.paths import ontology_file
from diplograph.store import load_store, union_triples
from diplograph.validate import check_store, compile_shapes, validate

ROOT = Path(__file__).resolve().parents[1]

Verdict = tuple[bool, frozenset[tuple[str, str]]]


@pytest.fixture(scope="module")
def reference_graphs() -> tuple[Graph, Graph]:
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_file("diplograph.ttl"), format="turtle")
    ont.parse(ontology_file("codes.ttl"), format="turtle")
    return shapes, ont


@pytest.fixture(scope="module")
def constraints() -> list[tuple[str, str, str, str, str]]:
    return compile_shapes()


def reference(data: Graph, graphs: tuple[Graph, Graph]) -> Verdict:
    shapes, ont = graphs
    conforms, results, _ = pyshacl_validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs",
                                            allow_warnings=True)
    found = frozenset((str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultPath) or ""))
                      for r in results.subjects(SH.resultSeverity, SH.Violation))
    return bool(conforms), found


def compiled(data: Graph, constraints: list) -> Verdict:
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    violations = check_store(store, constraints)
    found = frozenset((v.focus, v.path) for v in violations if v.severity == "Violation")
    return not found, found


def as_rdflib(store: ox.Store) -> Graph:
    return Graph().parse(data=ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES), format="nt")


def test_the_conforming_graph_and_every_mutation_agree(reference_graphs, constraints) -> None:
    base = Graph().parse(data=TEST_DATA, format="turtle")
    assert compiled(base, constraints) == reference(base, reference_graphs) == (True, frozenset())
    for case in sorted(VIOLATIONS):
        mutate, focus, _path = VIOLATIONS[case]
        data = Graph()
        for triple in base:
            data.add(triple)
        mutate(data)
        mine, theirs = compiled(data, constraints), reference(data, reference_graphs)
        assert not theirs[0], case
        assert mine == theirs, f"{case}: compiled {sorted(mine[1])}, pySHACL {sorted(theirs[1])}"
        assert str(focus) in {f for f, _ in mine[1]}, case


def test_seed_and_dev_graphs_agree(reference_graphs, constraints, seed_graph_dir, shared, tmp_path) -> None:
    dev = tmp_path / "dev"
    build(shared / "corpus" / "dev", dev, render=False)
    for folder in (seed_graph_dir, dev):
        data = as_rdflib(load_store(folder))
        assert compiled(data, constraints) == reference(data, reference_graphs), folder
        report = validate(folder)
        assert report.conforms == reference(data, reference_graphs)[0]
        assert report.triples == len(data)


def test_a_broken_graph_folder_is_reported(reference_graphs, seed_graph_dir, tmp_path) -> None:
    bad = tmp_path / "g"
    bad.mkdir()
    text = (seed_graph_dir / "diplograph.ttl").read_text(encoding="utf-8")
    broken = text.replace('dg:isoCode "RU"', 'dg:isoCode "russia"')
    (bad / "diplograph.ttl").write_text(broken, encoding="utf-8")
    report = validate(bad)
    assert not report.conforms
    theirs = reference(as_rdflib(load_store(bad)), reference_graphs)
    assert frozenset((v.focus, v.path) for v in report.violations) == theirs[1]
