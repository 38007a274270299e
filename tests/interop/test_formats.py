"""Every export format is read by independent parsers (Jena riot, raptor) exactly as we meant it."""
from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdfcompare import describe_difference, parse_dataset, parse_graph, same_graph, store_graphs, union
from stores import Jena, rapper

from diplograph.cli import cli
from diplograph.export import DATASET_FORMATS, FORMATS, export
from diplograph.store import load_store

RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "xml": "rdfxml"}


@pytest.fixture(scope="session")
def exports(graph_store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The graph exported once in every format."""
    out = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in FORMATS:
        files[fmt] = out / f"graph.{fmt}"
        with files[fmt].open("wb") as fh:
            export(graph_store, fmt, fh, include_ontology=True)
    return files


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_exports_are_byte_identical(graph_dir: Path, fmt: str) -> None:
    """Each load gives blank nodes new random labels; the export must not show it."""
    runs = []
    for _ in range(2):
        buf = io.BytesIO()
        export(load_store(graph_dir, include_ontology=True), fmt, buf, include_ontology=True)
        runs.append(buf.getvalue())
    assert runs[0] == runs[1]
    assert runs[0]


def test_riot_validates_every_format(jena: Jena, exports: dict[str, Path]) -> None:
    rdf = [str(exports[f]) for f in ("ttl", "nt", "nq", "trig", "xml")]
    proc = jena.riot("--validate", *rdf)
    assert proc.returncode == 0 and "WARN" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    proc = jena.riot("--syntax=JSONLD10", "--count", str(exports["jsonld"]))
    assert proc.returncode == 0 and "WARN" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr


@pytest.mark.parametrize("fmt", list(RAPPER_SYNTAX))
def test_rapper_accepts(rapper_ok: None, exports: dict[str, Path], fmt: str) -> None:
    proc = rapper(exports[fmt], RAPPER_SYNTAX[fmt])
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr.lower() and "error" not in proc.stderr.lower(), proc.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_jena_reads_the_same_graphs(jena: Jena, graph_store: ox.Store, exports: dict[str, Path],
                                    fmt: str) -> None:
    """riot converts our file to N-Quads: the graphs it read are the graphs we hold."""
    syntax = ["--syntax=JSONLD10"] if fmt == "jsonld" else []
    proc = jena.riot(*syntax, "--output=nquads", str(exports[fmt]))
    assert proc.returncode == 0, proc.stderr
    read = parse_dataset(proc.stdout.encode("utf-8"), "nquads")
    source = store_graphs(graph_store)
    if fmt in DATASET_FORMATS:
        assert sorted(read) == sorted(source)
        for name, g in source.items():
            assert same_graph(read[name], g), f"{name}: {describe_difference(read[name], g)}"
    else:
        assert same_graph(union(read), union(source)), describe_difference(union(read), union(source))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_command_writes_the_file(graph_dir: Path, graph_store: ox.Store, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--graph", str(graph_dir), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    stdout = CliRunner().invoke(cli, ["export", "--graph", str(graph_dir), "--format", fmt]).stdout_bytes
    assert data == stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left
    if fmt in DATASET_FORMATS:
        read = parse_dataset(data, {"nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
        assert sorted(read) == sorted(store_graphs(graph_store))
    else:
        read_graph = parse_graph(data, {"ttl": "turtle", "nt": "nt", "xml": "xml"}[fmt])
        assert same_graph(read_graph, union(store_graphs(graph_store)))


def test_jsonld_uses_the_published_context(edge_dir: Path) -> None:
    import json

    from diplograph.paths import ontology_file

    buf = io.BytesIO()
    export(load_store(edge_dir), "jsonld", buf, include_ontology=False)
    doc = json.loads(buf.getvalue())
    published = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    xt = next(n for n in nodes if n["@id"] == "dgr:country/XT" and "@type" in n)
    assert xt["@type"] == "Country"
    assert xt["sameAs"] == "wd:Q99000001"
    assert xt["label"]["@language"] if isinstance(xt["label"], dict) else xt["label"]


def test_no_ontology_leaves_the_ontology_graph_out(edge_dir: Path) -> None:
    buf = io.BytesIO()
    export(load_store(edge_dir), "nq", buf, include_ontology=False)
    assert b"graph/ontology>" not in buf.getvalue()
    buf = io.BytesIO()
    export(load_store(edge_dir), "nq", buf, include_ontology=True)
    assert b"graph/ontology>" in buf.getvalue()
