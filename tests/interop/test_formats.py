"""Every export format is read by independent parsers (Jena riot, raptor) exactly as we meant it."""
from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdfcompare import describe_difference, parse_dataset, parse_graph, same_graph, store_graphs, union
from stores import Jena, rapper

from diplograph.cli import cli
from diplograph.export import DATASET_FORMATS, FORMATS, export
from diplograph.store import load_store
from diplograph.vocab import DGR

RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "xml": "rdfxml"}


@pytest.fixture(scope="session")
def exports_of(tmp_path_factory: pytest.TempPathFactory,
               stores_by_dir: Callable[[Path], ox.Store]) -> Callable[[Path], dict[str, Path]]:
    """The graph of a folder exported once in every format."""
    cache: dict[Path, dict[str, Path]] = {}

    def get(graph_dir: Path) -> dict[str, Path]:
        if graph_dir not in cache:
            out = tmp_path_factory.mktemp("exports")
            cache[graph_dir] = {fmt: out / f"graph.{fmt}" for fmt in FORMATS}
            for fmt, path in cache[graph_dir].items():
                with path.open("wb") as fh:
                    export(stores_by_dir(graph_dir), fmt, fh, include_ontology=True)
        return cache[graph_dir]

    return get


@pytest.fixture(scope="session")
def exports(graph_dir: Path, exports_of: Callable[[Path], dict[str, Path]]) -> dict[str, Path]:
    return exports_of(graph_dir)


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


SENTINEL = "urn:x-diplograph-test:sentinel:"


@dataclass
class JenaRuns:
    """What Jena made of every export of every test graph, from four JVM starts in all."""

    validate: list[subprocess.CompletedProcess]
    read: dict[tuple[Path, str], bytes]  # (graph folder, format) -> what riot read, as N-Quads


def _sentinel(path: Path, i: int, jsonld: bool) -> str:
    """A one-triple file riot reads between two exports, so that its output can be split per file."""
    if jsonld:
        path.write_text(json.dumps({"@id": f"{SENTINEL}{i}", f"{SENTINEL}p": {"@id": f"{SENTINEL}o"}}))
    else:
        path.write_text(f"<{SENTINEL}{i}> <{SENTINEL}p> <{SENTINEL}o> .\n")
    return str(path)


def _read_all(jena: Jena, files: list[tuple[Path, str, Path]], tmp: Path, jsonld: bool) -> dict:
    args: list[str] = []
    for i, (_, _, path) in enumerate(files):
        args += [str(path), _sentinel(tmp / f"sentinel{i}.{'jsonld' if jsonld else 'nt'}", i, jsonld)]
    proc = jena.riot(*(["--syntax=JSONLD10"] if jsonld else []), "--output=nquads", *args)
    assert proc.returncode == 0, proc.stderr
    chunks, current = [], []
    for line in proc.stdout.splitlines(keepends=True):
        if line.startswith(f"<{SENTINEL}"):
            chunks.append("".join(current).encode("utf-8"))
            current = []
        else:
            current.append(line)
    assert len(chunks) == len(files), proc.stdout[-2000:]
    return {(d, fmt): chunk for (d, fmt, _), chunk in zip(files, chunks, strict=True)}


@pytest.fixture(scope="session")
def jena_runs(jena: Jena, all_graph_dirs: list[Path], exports_of: Callable[[Path], dict[str, Path]],
              tmp_path_factory: pytest.TempPathFactory) -> JenaRuns:
    tmp = tmp_path_factory.mktemp("jena-runs")
    files = [(d, fmt, exports_of(d)[fmt]) for d in all_graph_dirs for fmt in FORMATS]
    rdf = [f for f in files if f[1] != "jsonld"]
    jsonld = [f for f in files if f[1] == "jsonld"]
    validate = [jena.riot("--validate", *(str(p) for _, _, p in rdf)),
                jena.riot("--syntax=JSONLD10", "--count", *(str(p) for _, _, p in jsonld))]
    read = _read_all(jena, rdf, tmp, jsonld=False) | _read_all(jena, jsonld, tmp, jsonld=True)
    return JenaRuns(validate, read)


def test_riot_validates_every_format(jena_runs: JenaRuns) -> None:
    for proc in jena_runs.validate:
        assert proc.returncode == 0 and "WARN" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr


@pytest.mark.parametrize("fmt", list(RAPPER_SYNTAX))
def test_rapper_accepts(rapper_ok: None, exports: dict[str, Path], fmt: str) -> None:
    proc = rapper(exports[fmt], RAPPER_SYNTAX[fmt])
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr.lower() and "error" not in proc.stderr.lower(), proc.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_jena_reads_the_same_graphs(jena_runs: JenaRuns, real_graph_dir: Path,
                                    stores_by_dir: Callable[[Path], ox.Store], fmt: str) -> None:
    """riot converts our file to N-Quads: the graphs it read are the graphs we hold."""
    read = parse_dataset(jena_runs.read[(real_graph_dir, fmt)], "nquads")
    source = store_graphs(stores_by_dir(real_graph_dir))
    if fmt in DATASET_FORMATS:
        assert sorted(read) == sorted(source)
        for name, g in source.items():
            assert same_graph(read[name], g), f"{name}: {describe_difference(read[name], g)}"
    else:
        assert same_graph(union(read), union(source)), describe_difference(union(read), union(source))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_command_writes_the_file(edge_dir: Path, stores_by_dir: Callable[[Path], ox.Store],
                                        tmp_path: Path, fmt: str) -> None:
    graph_dir, graph_store = edge_dir, stores_by_dir(edge_dir)
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
    from diplograph.paths import ontology_file

    buf = io.BytesIO()
    export(load_store(edge_dir), "jsonld", buf, include_ontology=False)
    doc = json.loads(buf.getvalue())
    published = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    # the context aliases @id and @type as "id" and "type"; rdflib's writer uses the aliases
    xt = next(n for n in nodes if n.get("id") in ("dgr:country/XT", str(DGR["country/XT"])) and "type" in n)
    assert xt["type"] == "Country"
    assert xt["sameAs"] == "wd:Q99000001"
    assert xt["label"]["@language"] if isinstance(xt["label"], dict) else xt["label"]


def test_no_ontology_leaves_the_ontology_graph_out(edge_dir: Path) -> None:
    buf = io.BytesIO()
    export(load_store(edge_dir), "nq", buf, include_ontology=False)
    assert b"graph/ontology>" not in buf.getvalue()
    buf = io.BytesIO()
    export(load_store(edge_dir), "nq", buf, include_ontology=True)
    assert b"graph/ontology>" in buf.getvalue()
