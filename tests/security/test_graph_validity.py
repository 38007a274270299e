"""Defect 13 and its kin: every graph `build` and `ingest` write passes `validate`. What the extractor can
write and what the shapes accept agree from the data (every office the language data can give is a
role the shapes accept); the dev corpus and, when the machine has it, the real corpus (read in place
from ../shared) ingest into graphs that conform. `validate` tells an interrupted run's leftovers from
real violations. And `schema:url` is what docs/rdf-model.md says it is."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.paths import PACKAGE_DIR
from diplograph.rdf import ORGANISATION_ROLES, entity_triples
from diplograph.store import GraphDir, atomic_write, load_store, serialize_sorted
from diplograph.validate import validate
from diplograph.vocab import DG, DGR, RDF, RDFS

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repository (a worktree one level deeper finds it one more level up)
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
CORPORA = ["dev"] + (["real"] if (SHARED / "corpus" / "real").is_dir() else [])
LANG = PACKAGE_DIR / "lang" / "ar"


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (LANG / name).read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def data_roles() -> set[str]:
    """Every dg:role the language data can give a person: the leaders' offices and the office titles."""
    roles = {r["role"] for f in ("leaders_world.tsv", "leaders_mena_africa.tsv") for r in _rows(f)}
    roles |= {r["value"] for r in _rows("offices.tsv") if r["kind"] == "office"}
    return roles - ORGANISATION_ROLES


def test_every_role_the_data_can_give_passes_the_shapes(tmp_path: Path) -> None:
    roles = sorted(data_roles())
    assert {"president", "sultan", "deputy_crown_prince"} <= set(roles)
    triples = list(entity_triples(["OM"], [], []))
    for role in roles:
        person = ox.NamedNode(f"{DGR}person/test-{role}")
        triples += [ox.Triple(person, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DG.Person))),
                    ox.Triple(person, ox.NamedNode(str(RDFS.label)), ox.Literal("شخص", language="ar")),
                    ox.Triple(person, ox.NamedNode(str(DG.represents)), ox.NamedNode(f"{DGR}country/OM")),
                    ox.Triple(person, ox.NamedNode(str(DG.role)), ox.Literal(role))]
    atomic_write(GraphDir(tmp_path).merged, serialize_sorted(triples))
    report = validate(tmp_path)
    assert report.conforms, [v.message for v in report.violations]


SULTAN = ("مسقط - وقع السلطان هيثم بن طارق سلطان عمان ورئيس الوزراء الهندي ناريندرا مودي يوم 16 ديسمبر 2023 "
          "في نيودلهي على اتفاقية التعاون بين سلطنة عمان وجمهورية الهند.\n")


def test_a_sultan_as_signatory_gives_a_graph_that_validates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SULTAN, encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--graph", str(tmp_path / "g")])
    assert res.exit_code == 0, res.output
    roles = {r["r"].value for r in load_store(tmp_path / "g").query(
        "SELECT ?r WHERE { ?p dg:role ?r }", prefixes={"dg": str(DG)}, use_default_graph_as_union=True)}
    assert "sultan" in roles
    res = CliRunner().invoke(cli, ["validate", "--graph", str(tmp_path / "g")])
    assert res.exit_code == 0, res.output


@pytest.mark.parametrize("corpus", CORPORA)
def test_ingested_corpus_validates(corpus: str, tmp_path: Path) -> None:
    folder = SHARED / "corpus" / corpus
    assert folder.is_dir(), f"{folder}: the corpus is read from ../shared beside the repository"
    res = CliRunner().invoke(cli, ["ingest", str(folder), "--graph", str(tmp_path / "g"), "--jobs", "2",
                                   "--no-html"])
    assert "Traceback" not in res.output and " 0 new articles" not in res.stdout, res.output
    report = validate(tmp_path / "g")
    assert report.conforms, [(v.focus, v.path, v.message) for v in report.violations[:20]]
    assert not report.notes


ARTICLES = [("موسكو - وقع وزير الخارجية الروسي ونظيره الأذربيجاني يوم 22 فبراير 2022 في موسكو على إعلان "
             "التعاون بين روسيا وأذربيجان.\n"),
            ("أنقرة - هنأ الرئيس التركي نظيره الأذربيجاني يوم 28 مايو 2021 بمناسبة عيد الاستقلال.\n")]


def test_validate_tells_an_interrupted_runs_leftovers_from_violations(tmp_path: Path) -> None:
    """A run killed after writing article files and before rewriting entities.ttl: the folder holds the
    new article files with the old entities.ttl. Those are leftovers (a note, exit 0); a real violation
    next to them is still one."""
    for i, text in enumerate(ARTICLES):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    g = tmp_path / "g"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "a0.txt"), "--graph", str(g)]).exit_code == 0
    first_entities = tmp_path / "entities-after-a0.ttl"
    shutil.copy(g / "entities.ttl", first_entities)
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "a1.txt"), "--graph", str(g)]).exit_code == 0
    shutil.copy(first_entities, g / "entities.ttl")            # as the killed run left it
    res = CliRunner().invoke(cli, ["validate", "--graph", str(g)])
    assert res.exit_code == 0, res.output
    assert "note:" in res.stderr and "stopped before it finished" in res.stderr
    bad = ox.Triple(ox.NamedNode(f"{DGR}person/nobody"), ox.NamedNode(str(RDF.type)),
                    ox.NamedNode(str(DG.Person)))
    atomic_write(GraphDir(g).shard("ffff000000000000"), serialize_sorted([bad]))
    res = CliRunner().invoke(cli, ["validate", "--graph", str(g)])
    assert res.exit_code == 3 and "person/nobody" in res.stdout and "1 SHACL violations" in res.stderr


def test_schema_url_is_written_as_the_docs_say(tmp_path: Path) -> None:
    record = '{"text": "' + ARTICLES[0].strip() + '", "url": "https://example.org/a b"}\n'
    (tmp_path / "a.jsonl").write_text(record, encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.jsonl"), "--graph", str(tmp_path / "g")])
    assert res.exit_code == 0, res.output
    urls = [r["u"] for r in load_store(tmp_path / "g").query(
        "SELECT ?u WHERE { ?a <https://schema.org/url> ?u }", use_default_graph_as_union=True)]
    assert len(urls) == 1 and isinstance(urls[0], ox.Literal) and urls[0].value == "https://example.org/a b"
    doc = (ROOT / "docs" / "rdf-model.md").read_text(encoding="utf-8")
    assert 'schema:url "' in doc and "schema:url <" not in doc
