"""Defect 8: RDF/XML exports and SPARQL XML results are always valid XML. A literal holding a control
character XML 1.0 cannot carry (U+0001) makes those writers refuse with one line (exit 1; 406 from the
endpoint) instead of writing what rapper, roqet and every XML parser reject; without one, rapper and
roqet read what they write."""
from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from diplograph.cli import cli

from .conftest import http_get, running

ARTICLE = ("موسكو - وقع\x01 وزير الخارجية الروسي ونظيره الأذربيجاني يوم 22 فبراير 2022 في موسكو على "
           "إعلان التعاون بين روسيا وأذربيجان.\nوقال الوزير إن البلدين شريكان.\n")
SPANS = "SELECT ?t WHERE { ?s a dg:TextSpan ; ?p ?t FILTER(isLiteral(?t)) } ORDER BY ?t"


@pytest.fixture(scope="module")
def control_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ctl")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", str(root / "a.txt"), "--graph", str(root / "g"), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    nt = CliRunner().invoke(cli, ["export", "--graph", str(root / "g"), "--format", "nt"])
    assert b"\\u0001" in nt.stdout_bytes      # the character is in the graph, escaped in N-Triples
    return root / "g"


def _rapper(path: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["rapper", "-q", "-i", "rdfxml", "-c", str(path)], capture_output=True, timeout=120)


def _roqet(path: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["roqet", "-q", "-R", "xml", "-t", str(path), "-r", "csv"], capture_output=True,
                          timeout=120)


def test_export_xml_refuses_a_control_character_in_one_line(control_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.rdf"
    res = CliRunner().invoke(cli, ["export", "--graph", str(control_graph), "--format", "xml",
                                   "-o", str(out)])
    assert res.exit_code == 1
    assert len(res.stderr.splitlines()) == 1 and "U+0001" in res.stderr and "ttl, nt" in res.stderr
    assert not out.exists()


def test_query_xml_refuses_a_control_character(control_graph: Path) -> None:
    res = CliRunner().invoke(cli, ["query", "--graph", str(control_graph), SPANS, "--format", "xml"])
    assert res.exit_code == 1 and "U+0001" in res.stderr and len(res.stderr.splitlines()) == 1
    construct = "CONSTRUCT { ?s ?p ?t } WHERE { ?s a dg:TextSpan ; ?p ?t FILTER(isLiteral(?t)) }"
    res = CliRunner().invoke(cli, ["query", "--graph", str(control_graph), construct, "--format", "xml"])
    assert res.exit_code == 1 and "U+0001" in res.stderr
    res = CliRunner().invoke(cli, ["query", "--graph", str(control_graph), SPANS, "--format", "json"])
    assert res.exit_code == 0 and "\\u0001" in res.stdout


def test_serve_answers_406_for_xml_it_cannot_write(control_graph: Path) -> None:
    with running(control_graph, timeout=10, workers=1) as srv:
        address = srv.server_address[:2]
        status, _, body = http_get(address, "/sparql?query=" + quote(SPANS),
                                   {"Accept": "application/sparql-results+xml"})
        assert status == 406 and b"U+0001" in body
        status, _, _ = http_get(address, "/sparql?query=" + quote(SPANS))
        assert status == 200


def test_rapper_and_roqet_read_the_xml_written_for_the_seeds(seed_graph_dir: Path, tmp_path: Path) -> None:
    rdf = tmp_path / "seed.rdf"
    res = CliRunner().invoke(cli, ["export", "--graph", str(seed_graph_dir), "--format", "xml",
                                   "-o", str(rdf)])
    assert res.exit_code == 0, res.output
    assert _rapper(rdf).returncode == 0
    srx = tmp_path / "spans.srx"
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_graph_dir), SPANS, "--format", "xml"])
    assert res.exit_code == 0
    srx.write_bytes(res.stdout_bytes)
    checked = _roqet(srx)
    assert checked.returncode == 0 and checked.stdout.count(b"\n") > 5, checked.stderr


def test_rapper_and_roqet_reject_what_the_writers_used_to_write(tmp_path: Path) -> None:
    """The check the refusal rests on: XML holding U+0001 is what rapper and roqet reject."""
    bad = tmp_path / "bad.rdf"
    bad.write_bytes(b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                    b'<rdf:Description rdf:about="http://a"><p xmlns="http://b/">x\x01y</p></rdf:Description>'
                    b'</rdf:RDF>')
    assert _rapper(bad).returncode != 0
    srx = tmp_path / "bad.srx"
    srx.write_bytes(b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
                    b'<variable name="o"/></head><results><result><binding name="o"><literal>x\x01y</literal>'
                    b'</binding></result></results></sparql>')
    assert _roqet(srx).returncode != 0
