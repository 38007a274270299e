"""SHACL validation of a graph folder against `ontology/shapes.ttl` (with the ontology for rdfs inference)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from .leftovers import complete_entities
from .paths import ontology_file
from .store import GraphDir, load_store, union_triples


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    triples: int
    notes: list[str] = field(default_factory=list)   # an interrupted run's leftovers, told apart


def _rdflib_graph(graph_dir: Path, notes: list[str]) -> Graph:
    """The union of the folder's graphs as an rdflib Graph (pySHACL's input), via N-Triples, completed
    as the next run will complete what an interrupted run left (said in `notes`)."""
    store = load_store(graph_dir)
    notes += complete_entities(store, GraphDir(graph_dir))
    data = ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def validate(graph_dir: Path | str = "graph") -> Report:
    """Run the shapes over the graph; violations are sorted so that reports diff cleanly."""
    import pyshacl  # heavy: imported only when validating, not by every command

    notes: list[str] = []
    data = _rdflib_graph(Path(graph_dir), notes)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_file("diplograph.ttl"), format="turtle")
    codes = ontology_file("codes.ttl")
    if codes.exists():
        ont.parse(codes, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs",
                                            allow_warnings=True)
    violations = []
    for r in results.subjects(SH.resultSeverity, None):
        violations.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=str(results.value(r, SH.resultPath) or ""),
            message=str(results.value(r, SH.resultMessage) or ""),
            severity=str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(conforms=bool(conforms), violations=violations, triples=len(data), notes=notes)


__all__ = ["validate", "Report", "Violation", "GraphDir"]
