"""What a run killed half-way leaves in a graph folder, told apart from real violations.

Article files are written first, `entities.ttl` (the gazetteer entities they refer to: states, office
holders, cities) once at the end. A run killed in between leaves article files that refer to entities
`entities.ttl` does not describe yet; the next run completes it. Validating the folder as it is would
report every such entity (no label, no ISO code) as a violation. `missing_entities` finds what the next
run will add and says so; `completed_copy` is the graph as that run will leave it, so that only real
violations remain.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .build import entities_for
from .rdf import entity_triples
from .store import REF_KINDS, GraphDir
from .vocab import ENTITIES_GRAPH, PREFIXES, article_graph

REFS_QUERY = Path(__file__).resolve().parent / "sparql" / "leftover_refs.rq"


def referenced_entities(store: ox.Store, gd: GraphDir) -> set[str]:
    """The entities ("country/XA", "person/Q7747", "place/Q649") the folder's article graphs refer to,
    as `store.describe` counts them, gathered by the engine (`sparql/leftover_refs.rq`)."""
    graphs: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(str(article_graph(key)))
                                                 for key, _ in gd.shards()]
    if not graphs:
        return set()
    base = PREFIXES["dgr"]
    kinds: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(kind.rstrip("/")): ox.Literal(base + kind) for kind in REF_KINDS}
    rows = store.query(REFS_QUERY.read_text(encoding="utf-8"), substitutions=kinds, named_graphs=graphs)
    assert isinstance(rows, ox.QuerySolutions)
    return {e.value[len(base):] for row in rows if isinstance(e := row["e"], ox.NamedNode)}


def missing_entities(store: ox.Store, gd: GraphDir) -> tuple[list[ox.Quad], list[str]]:
    """The triples (in the entities graph) that the article files need and `entities.ttl` lacks, and a
    note for each kind of leftover found (none: the folder is complete). Every triple of the needed
    descriptions is probed (a few per entity), not only one per entity: an entity described by an older
    gazetteer, or without the label a newer one gives it, is completed as the next run will."""
    refs = referenced_entities(store, gd)
    if not refs:
        return [], []
    entities = ox.NamedNode(str(ENTITIES_GRAPH))
    described = entity_triples(*entities_for(refs))
    needed = (ox.Quad(t.subject, t.predicate, t.object, entities) for t in described)
    missing = [q for q in needed if q not in store]
    if not missing:
        return [], []
    subjects = len({q.subject for q in missing})
    return missing, [f"{gd.entities}: {subjects} entities the article files refer to are not described there "
            "yet: left by a run that was stopped before it finished (the next `diplograph ingest` or `build` "
            "writes them); the graph was checked as that run will leave it"]


def completed_copy(store: ox.Store, missing: list[ox.Quad]) -> ox.Store:
    """The whole graph as the next run will leave it, in memory: the default graph of `store` (the union
    of its graphs, which is all the checks read) with the missing entity triples added. Copied inside
    the engine (N-Triples out, bulk load in: no Python object per triple), 10 s at 10^6 triples, which
    the in-memory engine wins back on the checks (14 s there, 21 s on the on-disk store)."""
    copy = ox.Store()
    copy.bulk_load(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                   format=ox.RdfFormat.N_TRIPLES)
    copy.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in missing)
    return copy


__all__ = ["completed_copy", "missing_entities", "referenced_entities"]
