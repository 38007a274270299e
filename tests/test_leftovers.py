"""`validate` on a folder a stopped run left incomplete (src/diplograph/leftovers.py), on real folders and
the real on-disk store: the engine gathers the entities the article graphs refer to as `describe` counts
them (and not those only the entities graph names), an entity described only in part is completed, and
the folder is checked exactly as the next run leaves it (same violations, same triple count)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.graphstore import Reader
from diplograph.leftovers import completed_copy, missing_entities, referenced_entities
from diplograph.store import GraphDir, atomic_write, describe, serialize_sorted
from diplograph.validate import check_store, validate
from diplograph.vocab import DG, DGR, ENTITIES_GRAPH, RDF, RDFS, article_graph

# Written for these tests: a signing in one city, a congratulation naming a second state's head.
ARTICLES = ["القاهرة - وقع وزير الخارجية المصري ونظيره الأردني يوم 3 مارس 2020 في القاهرة على مذكرة تفاهم "
            "للتعاون في مجال النقل بين مصر والأردن.\n",
            "عمان - بعث العاهل الأردني برقية تهنئة إلى الرئيس التونسي يوم 20 مارس 2021 "
            "بمناسبة عيد الاستقلال.\n"]
TYPE = ox.NamedNode(str(RDF.type))


@pytest.fixture(scope="module")
def stopped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder holding both articles with the entities.ttl of the first run only (a second run stopped
    before it rewrote it), and that second run's complete entities.ttl beside it."""
    tmp = tmp_path_factory.mktemp("leftovers")
    g = tmp / "g"
    entities: list[Path] = []
    for i, text in enumerate(ARTICLES):
        (tmp / f"a{i}.txt").write_text(text, encoding="utf-8")
        res = CliRunner().invoke(cli, ["ingest", str(tmp / f"a{i}.txt"), "--graph", str(g)])
        assert res.exit_code == 0, res.output
        entities.append(tmp / f"entities-{i}.ttl")
        shutil.copy(g / "entities.ttl", entities[-1])
    shutil.copy(entities[0], g / "entities.ttl")
    return g, entities[1]


def _shard_refs(store: ox.Store, gd: GraphDir) -> set[str]:
    """What the index counts: `describe` over every article graph, one shard at a time."""
    refs: set[str] = set()
    for key, _ in gd.shards():
        graph = ox.NamedNode(str(article_graph(key)))
        refs.update(describe(key, (q.triple for q in store.quads_for_pattern(None, None, None, graph))).refs)
    return refs


def test_the_engine_gathers_the_references_describe_counts(stopped: tuple[Path, Path],
                                                           tmp_path: Path) -> None:
    g = tmp_path / "g"
    shutil.copytree(stopped[0], g, ignore=shutil.ignore_patterns(".store", ".cache"))
    gd = GraphDir(g)
    # a person only the entities graph names (an article removed by a run stopped before rewriting it)
    extra = ox.Triple(ox.NamedNode(f"{DGR}person/Q0000001"), TYPE, ox.NamedNode(str(DG.Person)))
    kept = list(ox.parse(path=str(gd.entities), format=ox.RdfFormat.TURTLE))
    atomic_write(gd.entities, serialize_sorted([*kept, extra]))  # type: ignore[list-item]
    with Reader(g) as store:
        refs = referenced_entities(store, gd)
        assert refs == _shard_refs(store, gd)
        assert {"country/EG", "country/JO", "place/Q85"} <= refs
        assert any(r.startswith("person/tn-") for r in refs)      # the Tunisian president (TN via him)
        assert "person/Q0000001" not in refs
        entities = ox.NamedNode(str(ENTITIES_GRAPH))
        assert extra in {q.triple for q in store.quads_for_pattern(None, None, None, entities)}


def test_a_stopped_run_is_checked_as_the_next_run_leaves_it(stopped: tuple[Path, Path],
                                                            tmp_path: Path) -> None:
    g = tmp_path / "g"
    shutil.copytree(stopped[0], g, ignore=shutil.ignore_patterns(".store", ".cache"))
    bad = ox.Triple(ox.NamedNode(f"{DGR}person/nobody"), TYPE, ox.NamedNode(str(DG.Person)))
    atomic_write(GraphDir(g).shard("ffff000000000000"), serialize_sorted([bad]))
    left = validate(g)
    assert len(left.notes) == 1 and "stopped before it finished" in left.notes[0]
    with Reader(g) as store:
        missing, _ = missing_entities(store, GraphDir(g))
        as_left = check_store(store)
        copy = completed_copy(store, missing)
        assert not list(copy.named_graphs())
        union = list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        assert len(copy) == len(union) + len(missing)
    subjects = {q.subject.value for q in missing}
    assert f"{DGR}country/TN" in subjects and any(s.startswith(f"{DGR}person/tn-") for s in subjects)
    assert any(v.focus in subjects for v in as_left)                 # what the note spares the user
    shutil.copy(stopped[1], g / "entities.ttl")                      # what the next run writes
    done = validate(g)
    assert not done.notes
    assert left.violations == done.violations and left.triples == done.triples
    assert [v.focus for v in done.violations] == [f"{DGR}person/nobody"] and not done.conforms


def test_an_entity_described_in_part_is_completed(stopped: tuple[Path, Path], tmp_path: Path) -> None:
    """Only the Arabic label of a described state is gone (an older gazetteer wrote it): every triple of
    the needed descriptions is probed, not one per entity, so the label is what the next run adds."""
    g = tmp_path / "g"
    shutil.copytree(stopped[0], g, ignore=shutil.ignore_patterns(".store", ".cache"))
    shutil.copy(stopped[1], g / "entities.ttl")
    gd = GraphDir(g)
    jo = ox.NamedNode(f"{DGR}country/JO")
    kept = [t for t in ox.parse(path=str(gd.entities), format=ox.RdfFormat.TURTLE)
            if not (t.subject == jo and t.predicate.value == str(RDFS.label) and t.object.language == "ar")]
    atomic_write(gd.entities, serialize_sorted(kept))  # type: ignore[arg-type]
    with Reader(g) as store:
        assert any(q.predicate == TYPE for q in store.quads_for_pattern(jo, None, None))
        missing, notes = missing_entities(store, gd)
        assert [(q.subject, q.predicate.value) for q in missing] == [(jo, str(RDFS.label))]
        assert any(v.focus == jo.value for v in check_store(store))
    report = validate(g)
    assert report.conforms and len(report.notes) == 1 and "1 entities" in report.notes[0]
