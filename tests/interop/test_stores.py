"""Push to real triple stores (Oxigraph server, Virtuoso 7) over the Graph Store Protocol and read back."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdfcompare import describe_difference, parse_graph, same_graph, store_graphs
from stores import Target, free_port

from diplograph.cli import cli
from diplograph.errors import DiplographError
from diplograph.export import push

EX = "http://example.org/diplograph-test/"


def _push(target: Target, store: ox.Store, **kwargs: object) -> object:
    return push(store, target.gsp, graph_param=target.graph_param, **{**target.login, **kwargs})


def test_round_trip(target: Target, graph_store: ox.Store) -> None:
    """Every graph comes back from the store as it was sent: Arabic, dates and IRIs intact."""
    result = _push(target, graph_store)
    source = store_graphs(graph_store)
    assert sorted(name for name, _ in result.graphs) == sorted(source)
    for name, sent in source.items():
        got = target.get_graph(name)
        assert got is not None, f"{target.name} has no graph <{name}>"
        assert same_graph(got, sent), f"<{name}> in {target.name}: {describe_difference(got, sent)}"


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_push_command(target: Target, edge_dir: Path, stores_by_dir: Any, fmt: str) -> None:
    args = ["export", "--graph", str(edge_dir), "--to", target.gsp, "--graph-param", target.graph_param,
            "--format", fmt]
    if target.login:
        args += ["--user", target.login["user"], "--password", target.login["password"],
                 "--auth", target.login["auth"]]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert f"to {target.gsp}" in result.stderr and "pushed 4 graphs" in result.stderr
    for name, sent in store_graphs(stores_by_dir(edge_dir)).items():
        assert same_graph(target.get_graph(name), sent), name


def _ttl(text: str) -> ox.Store:
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


def test_refused_data_leaves_the_store_as_it_was(target: Target) -> None:
    """The last graph is refused: the graphs written before it are put back (or removed)."""
    _push(target, _ttl(f'<{EX}g/a> {{ <{EX}s> <{EX}p> "old" . }}'), include_ontology=False)
    # what a lenient parser let through: an IRI with a space, which both stores refuse
    store = _ttl(f'<{EX}g/a> {{ <{EX}s> <{EX}p> "new" . }} <{EX}g/b> {{ <{EX}s> <{EX}p> "b" . }}')
    bad = ox.parse(f"<{EX}s> <{EX}p> <{EX}a b> .".encode(), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(f"{EX}g/c")) for q in bad)
    with pytest.raises(DiplographError) as err:
        _push(target, store, include_ontology=False)
    message = str(err.value)
    assert f"rejected PUT of <{EX}g/c>" in message and "HTTP " in message
    assert "were restored" in message
    assert same_graph(target.get_graph(f"{EX}g/a"), parse_graph(f'<{EX}s> <{EX}p> "old" .'.encode(), "nt"))
    assert not target.get_graph(f"{EX}g/b")  # removed again (an empty graph is as good as none)
    assert not target.get_graph(f"{EX}g/c")


def test_post_adds_to_a_graph(target: Target) -> None:
    _push(target, _ttl(f'<{EX}g/post> {{ <{EX}s> <{EX}p> "one" . }}'), include_ontology=False)
    _push(target, _ttl(f'<{EX}g/post> {{ <{EX}s> <{EX}p> "two" . }}'), include_ontology=False, method="post")
    got = target.get_graph(f"{EX}g/post")
    assert sorted(str(o) for o in got.objects()) == ["one", "two"]


def test_wrong_password_is_a_clear_error(virtuoso: Target, edge_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--graph", str(edge_dir), "--to", virtuoso.gsp,
                                      "--user", "dba", "--password", "not-the-password"])
    assert result.exit_code == 1
    assert f"diplograph: error: the graph store at {virtuoso.gsp} refused access (HTTP 401" in result.stderr
    assert "check --user/--password" in result.stderr
    assert "Traceback" not in result.output


def test_missing_credentials_are_a_clear_error(virtuoso: Target) -> None:
    with pytest.raises(DiplographError, match=r"refused access \(HTTP 401.*give --user and --password"):
        push(_ttl(f'<{EX}g/x> {{ <{EX}s> <{EX}p> "x" . }}'), virtuoso.gsp, include_ontology=False)


def test_basic_auth_against_a_digest_store_is_refused_clearly(virtuoso: Target) -> None:
    with pytest.raises(DiplographError, match=r"refused access \(HTTP 401.*use --auth digest"):
        push(_ttl(f'<{EX}g/x> {{ <{EX}s> <{EX}p> "x" . }}'), virtuoso.gsp, user="dba", password="dba",
             auth="basic", include_ontology=False)


def test_unreachable_store_is_a_clear_error(edge_dir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    result = CliRunner().invoke(cli, ["export", "--graph", str(edge_dir), "--to", url])
    assert result.exit_code == 1
    assert f"diplograph: error: cannot reach the graph store at {url}: [Errno 111] Connection refused" \
        in result.stderr
    assert "is the server running" in result.stderr


def test_not_a_url_is_bad_usage(edge_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--graph", str(edge_dir), "--to", "localhost:7878/store"])
    assert result.exit_code == 2
    assert "not an http(s) URL" in result.stderr


def test_merged_file_only_goes_to_a_named_graph_on_virtuoso(virtuoso: Target, synth_dir: Path,
                                                          tmp_path: Path) -> None:
    """A folder with only diplograph.ttl has no named graphs; Virtuoso's graph store has no default graph."""
    merged = tmp_path / "graph"
    merged.mkdir()
    (merged / "diplograph.ttl").write_bytes((synth_dir / "diplograph.ttl").read_bytes())
    base = ["export", "--graph", str(merged), "--no-ontology", "--to", virtuoso.gsp, "--user", "dba",
            "--password", "dba"]
    result = CliRunner().invoke(cli, base)
    assert result.exit_code == 1 and "give --default-graph IRI" in result.stderr
    result = CliRunner().invoke(cli, [*base, "--default-graph", f"{EX}g/merged"])
    assert result.exit_code == 0, result.output
    sent = parse_graph((synth_dir / "diplograph.ttl").read_bytes(), "turtle")
    assert same_graph(virtuoso.get_graph(f"{EX}g/merged"), sent)
