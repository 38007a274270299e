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


def complete_entities(store: ox.Store, gd: GraphDir) -> list[str]:
    """Add to `store`'s entities graph the triples the article files need and `entities.ttl` lacks;
    returns a note for each kind of leftover found (none: the folder is complete)."""
    shards = list(gd.shards())
    if not shards:
        return []
    refs: set[str] = set()
    for key, _ in shards:
        graph = ox.NamedNode(str(article_graph(key)))
        refs.update(describe(key, (q.triple for q in store.quads_for_pattern(None, None, None, graph))).refs)
    entities = ox.NamedNode(str(ENTITIES_GRAPH))
    described = entity_triples(*entities_for(refs))
    needed = (ox.Quad(t.subject, t.predicate, t.object, entities) for t in described)
    missing = [q for q in needed if q not in store]
    if not missing:
        return []
    store.extend(missing)
    subjects = len({q.subject for q in missing})
    return [f"{gd.entities}: {subjects} entities the article files refer to are not described there yet: "
            "left by a run that was stopped before it finished (the next `diplograph ingest` or `build` "
            "writes them); the graph was checked as that run will leave it"]


__all__ = ["complete_entities"]
