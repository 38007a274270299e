"""`diplograph serve`: the SPARQL 1.1 Protocol endpoint, checked with SPARQLWrapper and with raw HTTP."""
from __future__ import annotations

import csv
import http.client
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, SPARQLWrapper

from diplograph.cli import cli
from diplograph.query import list_named_queries
from diplograph.serve import make_server, negotiate

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 3.0
WORKERS = 2
CAP = 100


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory, synth) -> Path:
    root = tmp_path_factory.mktemp("graph")
    synth.write_graph_dir(root, 400, seed=3)
    (root / "diplograph.html").write_text("<!doctype html><title>view</title>نص", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def server(graph_dir):
    srv = make_server(graph_dir, "127.0.0.1", 0, timeout=TIMEOUT, max_rows=CAP, max_request_bytes=20_000,
                      workers=WORKERS)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.close()
    thread.join(10)


def wait_for_workers(srv, deadline: float = 60.0) -> None:
    """After a timeout the killed worker is replaced in the background; wait for the pool to be whole."""
    end = time.monotonic() + deadline
    while srv.pool.idle.qsize() < WORKERS and time.monotonic() < end:
        time.sleep(0.1)


def request(srv, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            source: str = "127.0.0.1"):
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=60, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def get(srv, query: str, accept: str = "application/sparql-results+json", source: str = "127.0.0.1",
        **extra: str):
    qs = urllib.parse.urlencode({"query": query, **extra})
    return request(srv, "GET", f"/sparql?{qs}", headers={"Accept": accept}, source=source)


def still_up(srv, source: str = "127.0.0.1") -> None:
    status, _, body = get(srv, "ASK { ?c a dg:Country }", source=source)
    assert status == 200 and json.loads(body)["boolean"] is True


def bindings(doc: dict) -> list:
    return doc["results"]["bindings"]


@pytest.mark.parametrize("nq", list_named_queries(), ids=lambda q: q.name)
def test_named_queries_same_over_http_as_cli(server, graph_dir, nq):
    cli_res = CliRunner().invoke(cli, ["query", "--graph", str(graph_dir), "-f", str(nq.path), "--format", "json"])
    assert cli_res.exit_code == 0, cli_res.output
    expected = json.loads(cli_res.stdout_bytes)
    sw = SPARQLWrapper(server.url)
    sw.setQuery(nq.text)
    sw.setReturnFormat(JSON)
    got = sw.queryAndConvert()
    truncated = len(bindings(expected)) > CAP
    if truncated:  # the server's row cap cuts long answers: compare the head
        assert bindings(got) == bindings(expected)[:CAP]
    else:
        assert got == expected
    # POST with a form and with a sparql-query body give the same
    sw.setMethod("POST")
    assert sw.queryAndConvert() == got
    status, _, body = request(server, "POST", "/sparql", nq.text.encode(),
                              {"Content-Type": "application/sparql-query",
                               "Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body) == got


def test_content_negotiation(server):
    q = "SELECT ?c ?l WHERE { ?c a dg:Country ; rdfs:label ?l FILTER(lang(?l) = 'ar') } ORDER BY ?c"
    status, headers, body = get(server, q, "application/sparql-results+xml")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(ET.fromstring(body).findall(f"{ns}results/{ns}result")) == 40
    status, headers, body = get(server, q, "text/csv")
    assert headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["c", "l"] and len(rows) == 41
    status, headers, body = get(server, q, "text/tab-separated-values")
    assert headers["Content-Type"].startswith("text/tab-separated-values") and body.count(b"\n") == 41
    status, headers, body = get(server, q, "text/html;q=0.9, application/sparql-results+json;q=0.8")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    construct = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dg:Country ; rdfs:label ?l }"
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                        ("application/ld+json", ox.RdfFormat.JSON_LD)):
        status, headers, body = get(server, construct, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(list(ox.parse(body, format=fmt))) == 80
    status, _, _ = get(server, q, "image/png")
    assert status == 406
    still_up(server)


def test_sparqlwrapper_construct_and_ask(server):
    sw = SPARQLWrapper(server.url)
    sw.setQuery("ASK { ?p a dg:Person }")
    sw.setReturnFormat(JSON)
    assert sw.queryAndConvert()["boolean"] is True
    sw.setQuery("CONSTRUCT WHERE { ?c a dg:Country }")
    sw.setReturnFormat("turtle")
    with sw.query().response as resp:
        assert len(list(ox.parse(resp.read(), format=ox.RdfFormat.TURTLE))) == 40


@pytest.mark.parametrize("how", ["form", "body", "query-param"])
def test_update_refused(server, how):
    update = "DROP ALL"
    if how == "form":
        status, _, body = request(server, "POST", "/sparql", urllib.parse.urlencode({"update": update}).encode(),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        status, _, body = request(server, "POST", "/sparql", update.encode(),
                                  {"Content-Type": "application/sparql-update"})
    else:
        status, _, body = get(server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and b"read-only" in body
    still_up(server)
    status, _, body = get(server, "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }")
    assert bindings(json.loads(body))[0]["n"]["value"] == "0"


def test_sparqlwrapper_update_is_an_error(server):
    sw = SPARQLWrapper(server.url)
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(urllib.error.HTTPError) as err:  # SPARQLWrapper passes 403 through as is
        sw.query()
    assert err.value.code == 403 and b"read-only" in err.value.read()
    err.value.close()
    still_up(server)


def test_oversized_request(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000
    status, _, body = request(server, "POST", "/sparql", big.encode(),
                              {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"larger than" in body
    status, _, _ = request(server, "POST", "/sparql", urllib.parse.urlencode({"query": big}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    status, _, _ = get(server, big)
    assert status in (413, 414)
    still_up(server)


@pytest.mark.parametrize("bad", ["SELEC ?x", "SELECT ?x WHERE { ?x ?y }", "SELECT ?x WHERE { ?x nope:p ?y }"])
def test_malformed_query(server, bad):
    status, headers, body = get(server, bad)
    assert status == 400
    assert b"line 1, column" in body and headers["Content-Type"].startswith("text/plain")
    still_up(server)


def test_missing_query_and_unknown_path(server):
    assert request(server, "GET", "/sparql")[0] == 400
    assert request(server, "GET", "/nowhere")[0] == 404
    assert request(server, "POST", "/sparql", b"x", {"Content-Type": "image/png"})[0] == 415
    still_up(server)


def test_timeout_then_still_answers(server):
    """The query is stopped; its client is throttled for a while (429, Retry-After), the others are served."""
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, headers, body = get(server, slow, source="127.0.0.9")
    assert status == 503 and b"longer than" in body and int(headers["Retry-After"]) > 0
    wait_for_workers(server)
    status, headers, _ = get(server, "ASK { ?c a dg:Country }", source="127.0.0.9")
    assert status == 429 and int(headers["Retry-After"]) > 0
    still_up(server)


def test_result_cap(server):
    status, headers, body = get(server, "SELECT ?e WHERE { ?e a dg:TextSpan } ORDER BY ?e")
    assert status == 200 and headers.get("X-Diplograph-Truncated") == "true"
    assert len(bindings(json.loads(body))) == CAP


def test_index_serves_html_view(server):
    status, headers, body = request(server, "GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "نص" in body.decode("utf-8")


def test_binds_loopback_by_default(server):
    assert server.server_address[0] == "127.0.0.1"


def test_negotiate():
    assert negotiate(None) == ("json", "ttl")
    assert negotiate("text/csv") == ("csv", None)
    assert negotiate("application/n-triples, */*;q=0.1") == ("json", "nt")
    assert negotiate("image/png") == (None, None)


def test_urllib_client(server):
    url = server.url + "?" + urllib.parse.urlencode({"query": "SELECT ?c WHERE { ?c a dg:Country } LIMIT 1"})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert len(bindings(json.load(resp))) == 1
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(server.url + "?query=SELEC", timeout=30)
    assert err.value.code == 400
    err.value.close()
