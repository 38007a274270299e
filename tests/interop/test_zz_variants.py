# scratch (not committed): compare query variants in /tmp/perf/variants on the stores
import json
from pathlib import Path
import pytest
from rdfcompare import result_rows
from test_queries import _remote, dataset, loaded  # noqa: F401
from diplograph.vocab import sparql_prologue

V = sorted(Path("/tmp/perf/variants").glob("*.rq"))

@pytest.mark.parametrize("path", V, ids=lambda p: p.stem)
def test_variant(loaded, dataset, path):
    import pyoxigraph as ox
    query = sparql_prologue() + path.read_text(encoding="utf-8")
    graphs = sorted(g.value for g in dataset.named_graphs())
    embedded = dataset.query(query, use_default_graph_as_union=True)
    mine = result_rows(json.loads(embedded.serialize(format=ox.QueryResultsFormat.JSON)))
    theirs = result_rows(json.loads(_remote(loaded, query, graphs, "application/sparql-results+json")))
    ref = Path("/work/wt/perf/ontology/queries") / (path.stem.split("_")[0] + ".rq")
    print(path.stem, sum(mine.values()), sum(theirs.values()))
    assert mine == theirs, (list(mine - theirs)[:2], list(theirs - mine)[:2])
