"""What a run killed half-way leaves in a graph folder, told apart from real violations.

Article files are written first, `entities.ttl` (the gazetteer entities they refer to: states, office
holders, cities) once at the end. A run killed in between leaves article files that refer to entities
`entities.ttl` does not describe yet; the next run completes it. Validating the folder as it is would
report every such entity (no label, no ISO code) as a violation. `complete_entities` adds, in memory,
what the next run will write, and says so, so that only real violations remain.
"""
from __future__ import annotations

import pyoxigraph as ox

from .build import entities_for
from .rdf import entity_triples
from .store import GraphDir, describe
from .vocab import ENTITIES_GRAPH, article_graph


def missing_entities(store: ox.Store, gd: GraphDir) -> tuple[list[ox.Quad], list[str]]:
    """The triples (in the entities graph) that the article files need and `entities.ttl` lacks, and a
    note for each kind of leftover found (none: the folder is complete)."""
    shards = list(gd.shards())
    if not shards:
        return [], []
    refs: set[str] = set()
    for key, _ in shards:
        graph = ox.NamedNode(str(article_graph(key)))
        refs.update(describe(key, (q.triple for q in store.quads_for_pattern(None, None, None, graph))).refs)
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
    """An in-memory copy of `store` (named graphs and their union as the default graph) with the
    missing entity triples added, as the next run will leave the folder."""
    copy = ox.Store()
    copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
    copy.extend(missing)
    copy.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in missing)
    return copy


__all__ = ["completed_copy", "missing_entities"]
