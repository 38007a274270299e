"""`diplograph query` and diplograph.query: named queries, formats, safety (update, injection), errors, timeout."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diplograph.cli import cli
from diplograph.errors import QueryError
from diplograph.query import (
    display_width,
    format_table,
    is_update,
    list_named_queries,
    run_named,
    run_query,
    truncate,
)
from diplograph.store import load_store

ROOT = Path(__file__).resolve().parents[1]
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory, synth) -> Path:
    root = tmp_path_factory.mktemp("graph")
    synth.write_graph_dir(root, 400, seed=1)
    return root


@pytest.fixture(scope="module")
def store(graph_dir: Path) -> ox.Store:
    return load_store(graph_dir)


@pytest.fixture(scope="module")
def required(store: ox.Store) -> dict[str, dict[str, str]]:
    """Parameters for the named queries that need some: the busiest pair of states of the graph."""
    pairs = run_query(store, """SELECT ?a ?b (SUM(?events) AS ?n) WHERE {
        ?x a dg:Country ; dg:isoCode ?a . ?y a dg:Country ; dg:isoCode ?b . FILTER(?a < ?b)
        ?e dg:party|dg:agent|dg:recipient|((dg:agent|dg:recipient)/dg:represents) ?x , ?y .
        BIND(1 AS ?events) } GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 1""")
    a, b, _ = pairs.values()[0]
    return {"dyad-timeline": {"a": a.value, "b": b.value}}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, graph_dir: Path, *args: str, input: str | None = None):
    return runner.invoke(cli, ["query", "--graph", str(graph_dir), *args], input=input)


NAMES = [q.name for q in list_named_queries()]


def test_named_queries_have_headers():
    assert {"signed-documents", "congratulations", "dyad-timeline", "relations", "leaders", "evidence",
            "dyad-summary"} <= set(NAMES)
    for q in list_named_queries():
        assert q.description, q.name
        assert "ORDER BY" in q.text, f"{q.name} must order its answer"
        for p in q.params:
            assert p.kind in ("literal", "iri", "date", "integer")
            assert p.description


@pytest.mark.parametrize("name", NAMES)
def test_named_query_cli_matches_library(runner, graph_dir, store, required, name):
    params = required.get(name, {})
    args = [f"--param={k}={v}" for k, v in params.items()]
    res = invoke(runner, graph_dir, "--name", name, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    cli_json = json.loads(res.stdout_bytes)
    lib = run_named(store, name, params)
    assert lib.rows, f"{name} found nothing in the synthetic graph"
    lib_json = json.loads(run_named(store, name, params, format="json").data)
    assert cli_json == lib_json
    assert len(cli_json["results"]["bindings"]) == len(lib.rows)
    # deterministic: the same bytes twice
    again = invoke(runner, graph_dir, "--name", name, *args, "--format", "json")
    assert again.stdout_bytes == res.stdout_bytes


@pytest.mark.parametrize("name", NAMES)
def test_named_query_table(runner, graph_dir, required, name):
    args = [f"--param={k}={v}" for k, v in required.get(name, {}).items()]
    res = invoke(runner, graph_dir, "--name", name, *args)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert "│" in lines[0] and lines[-1].startswith("(")


def test_param_filters(store, required):
    everyone = run_named(store, "leaders")
    xa = run_named(store, "leaders", {"country": "XA"})
    assert 0 < len(xa) < len(everyone)
    assert {row[0].value for row in xa.values()} == {"XA"}
    timeline = run_named(store, "dyad-timeline", required["dyad-timeline"])
    assert len(timeline) > 1
    dates = [str(r["date"].value) if r["date"] else "" for r in timeline.rows]
    assert dates == sorted(dates)


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_parse(runner, graph_dir, fmt):
    res = invoke(runner, graph_dir, "--name", "leaders", "--param", "country=XA", "--format", fmt)
    assert res.exit_code == 0, res.output
    data = res.stdout_bytes.decode("utf-8")
    if fmt == "json":
        rows = json.loads(data)["results"]["bindings"]
        assert len(rows) == 5 and rows[0]["country"]["value"] == "XA"
        assert rows[0]["nameAr"]["xml:lang"] == "ar"
    elif fmt == "xml":
        root = ET.fromstring(data)
        assert len(root.findall(f"{SPARQL_RESULTS}results/{SPARQL_RESULTS}result")) == 5
    else:
        rows = list(csv.reader(io.StringIO(data), delimiter="," if fmt == "csv" else "\t"))
        assert len([r for r in rows if r]) == 6  # header + 5


def test_ask_and_graph_formats(runner, graph_dir):
    res = invoke(runner, graph_dir, "ASK { ?c a dg:Country }", "--format", "json")
    assert json.loads(res.stdout_bytes)["boolean"] is True
    assert invoke(runner, graph_dir, "ASK { ?c a dg:Country }").output.strip() == "true"
    construct = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a dg:Country ; rdfs:label ?l }"
    for fmt, rdf in (("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("jsonld", ox.RdfFormat.JSON_LD)):
        res = invoke(runner, graph_dir, construct, "--format", fmt)
        assert res.exit_code == 0, res.output
        triples = list(ox.parse(res.stdout_bytes, format=rdf))
        assert len(triples) == 80  # 40 countries, Arabic and English labels
    table = invoke(runner, graph_dir, construct)  # table asked for a graph: Turtle
    assert "@prefix dg:" in table.output


def test_query_from_file_and_stdin(runner, graph_dir, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?c a dg:Country }\n", encoding="utf-8")
    by_file = invoke(runner, graph_dir, "-f", str(q), "--format", "csv")
    by_stdin = invoke(runner, graph_dir, "-", "--format", "csv", input=q.read_text())
    assert by_file.output == by_stdin.output
    assert by_file.output.splitlines() == ["n", "40"]
    both = invoke(runner, graph_dir, "SELECT * {}", "-f", str(q))
    assert both.exit_code == 2


def test_list(runner, graph_dir):
    res = invoke(runner, graph_dir, "--list")
    assert res.exit_code == 0
    for name in NAMES:
        assert name in res.output
    assert "--param country=" in res.output


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <http://example.org/#>\n# comment with INSERT\nDELETE WHERE { ?s ?p ?o }",
    "drop all", "LOAD <http://example.org/x>", "CLEAR DEFAULT",
])
def test_update_refused(runner, graph_dir, store, update):
    n = len(store)
    assert is_update(update)
    with pytest.raises(QueryError, match="read-only"):
        run_query(store, update)
    res = invoke(runner, graph_dir, update)
    assert res.exit_code == 1 and "read-only" in res.output
    assert len(store) == n


def test_select_mentioning_update_words_is_not_refused(store):
    assert not is_update('SELECT ?x WHERE { ?x rdfs:label "INSERT DATA" }  # DROP ALL')


def test_syntax_error_has_line_and_column(runner, graph_dir, store):
    bad = "SELECT ?x\nWHERE {\n  ?x dg:isoCode \n}"
    with pytest.raises(QueryError) as err:
        run_query(store, bad)
    assert "line 4, column 1" in str(err.value) and err.value.line == 4
    res = invoke(runner, graph_dir, bad)
    assert res.exit_code == 1 and "line 4, column 1" in res.output
    res = invoke(runner, graph_dir, "SELECT ?x WHERE { ?x nope:p ?y }")
    assert "unknown prefix" in res.output and "line 1, column" in res.output


INJECTIONS = ['"> } ; DROP ALL', 'RU" } UNION { ?s ?p ?o', "XA' || true || '", "XA\\\" . ?x ?y ?z #"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_bindings_cannot_inject(runner, graph_dir, store, value):
    n = len(store)
    res = run_named(store, "leaders", {"country": value})
    assert res.rows == []
    assert len(store) == n
    cli_res = invoke(runner, graph_dir, "--name", "leaders", "--param", f"country={value}", "--format", "json")
    assert cli_res.exit_code == 0
    assert json.loads(cli_res.stdout_bytes)["results"]["bindings"] == []
    # an ad hoc query: the value is one literal, whatever it contains
    adhoc = run_query(store, "SELECT ?v WHERE { ?c dg:isoCode ?v }", bindings={"v": value})
    assert adhoc.rows == []
    # a parameter declared as an IRI cannot smuggle text either
    cli_iri = invoke(runner, graph_dir, "--name", "evidence", "--param", f"event=dgr:event/{value}")
    assert cli_iri.exit_code == 2 and "not a valid iri" in cli_iri.output


def test_param_errors(runner, graph_dir):
    res = invoke(runner, graph_dir, "--name", "leaders", "--param", "nation=RU")
    assert res.exit_code == 2 and "no parameter nation" in res.output
    res = invoke(runner, graph_dir, "--name", "dyad-timeline", "--param", "a=XA")
    assert res.exit_code == 2 and "needs --param b" in res.output
    res = invoke(runner, graph_dir, "--name", "no-such-query")
    assert res.exit_code == 2 and "signed-documents" in res.output


def test_missing_graph(runner, tmp_path):
    res = runner.invoke(cli, ["query", "--graph", str(tmp_path / "nope"), "ASK {}"])
    assert res.exit_code == 1 and "graph folder not found" in res.output


@pytest.fixture(scope="module")
def big_store(synth) -> ox.Store:
    """About 10^5 triples: a cross product over it never finishes in a test's lifetime."""
    st = ox.Store()
    st.extend(synth.make_quads(5000, seed=2))
    assert len(st) > 100_000
    return st


def test_timeout_stops_streaming_query(big_store):
    with pytest.raises(QueryError, match="longer than 0.5 s"):
        run_query(big_store, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", timeout=0.5)


def test_timeout_in_cli_ends_the_process(graph_dir):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    proc = subprocess.run([sys.executable, "-c", "from diplograph.cli import main; main()", "query",
                           "--graph", str(graph_dir), "--timeout", "1", slow],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 1
    assert "longer than 1 s" in proc.stderr


def test_quick_query_under_timeout(store):
    res = run_query(store, "SELECT ?c WHERE { ?c a dg:Country } ORDER BY ?c", timeout=30)
    assert len(res) == 40


def test_max_rows_truncates(store):
    res = run_query(store, "SELECT ?c WHERE { ?c a dg:Country } ORDER BY ?c", max_rows=3, format="json")
    assert res.truncated and len(json.loads(res.data)["results"]["bindings"]) == 3


def test_table_arabic_width_and_truncation():
    assert display_width("مُحَمَّد") == 4  # vowel marks take no column
    cut = truncate("الرئيس فلاديمير بوتين", 10)
    assert cut.endswith("…") and display_width(cut) <= 10
    assert truncate("مُحَمَّد مُحَمَّد", 4) == "مُحَمَّ…"  # a kept letter keeps its marks
    assert truncate("a\nb", 10) == "a b"


def test_table_layout(store):
    res = run_named(store, "leaders", {"country": "XA"})
    text = format_table(res, max_width=80)
    lines = text.splitlines()
    assert lines[-1] == "(5 rows)"
    assert all(display_width(line) <= 80 for line in lines)
    columns = {tuple(display_width(line[:i]) for i, ch in enumerate(line) if ch in "│┼") for line in lines[:-1]}
    assert len(columns) == 1  # separators line up, Arabic cells included


# ------------------------------------------------------------------ the seed article (real extraction)
# The seed: the Russian MFA statement of 4 April 2022 on 30 years of Russia–Azerbaijan relations.
# These assert what the article says, not how many rows the extractor happens to produce.

SEED_DIR = ROOT / "seeds"
PUTIN, ALIYEV = "https://w3id.org/diplograph/id/person/Q7747", "https://w3id.org/diplograph/id/person/Q40693"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("seed-graph")
    res = CliRunner().invoke(cli, ["build", "--seeds", str(SEED_DIR), "--graph", str(root), "--no-html"])
    assert res.exit_code == 0, res.output
    return root


def seed_rows(runner: CliRunner, graph: Path, name: str, **params: str) -> list[dict[str, str]]:
    args = [f"--param={k}={v}" for k, v in params.items()]
    res = invoke(runner, graph, "--name", name, *args, "--format", "json")
    assert res.exit_code == 0, res.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(res.stdout_bytes)["results"]["bindings"]]


def test_seed_signed_documents(runner, seed_graph):
    rows = seed_rows(runner, seed_graph, "signed-documents", country="RU")
    assert rows and {r["country"] for r in rows} == {"RU"}
    declaration = [r for r in rows if r["date"] == "2022-02-22"]
    assert declaration, rows
    d = declaration[0]
    assert d["partner"] == "AZ" and d["documentType"].endswith("#Declaration")
    assert "إعلان تعاون الحلفاء" in d["documentLabel"] and d["placeLabel"] == "موسكو"
    assert {r["country"] for r in seed_rows(runner, seed_graph, "signed-documents")} == {"AZ", "RU"}


def test_seed_congratulations(runner, seed_graph):
    rows = seed_rows(runner, seed_graph, "congratulations")
    pairs = {(r["agent"], r["recipient"]) for r in rows}
    assert (PUTIN, ALIYEV) in pairs and (ALIYEV, PUTIN) in pairs  # an exchange: one event per direction
    assert {(r["country"], r["recipientCountry"]) for r in rows} == {("RU", "AZ"), ("AZ", "RU")}
    assert {r["date"] for r in rows} == {"2022-04-04"}
    assert {r["country"] for r in seed_rows(runner, seed_graph, "congratulations", country="AZ")} == {"AZ"}


def test_seed_relations(runner, seed_graph):
    rows = seed_rows(runner, seed_graph, "relations", country="RU")
    assert [(r["partner"], r["since"]) for r in rows] == [("AZ", "1992-04-04")]


def test_seed_leaders(runner, seed_graph):
    ru = {r["person"]: r for r in seed_rows(runner, seed_graph, "leaders", country="RU")}
    az = {r["person"]: r for r in seed_rows(runner, seed_graph, "leaders", country="AZ")}
    assert ru[PUTIN]["nameAr"] == "فلاديمير بوتين" and ru[PUTIN]["wikidata"].endswith("/Q7747")
    assert az[ALIYEV]["nameAr"] == "إلهام علييف" and az[ALIYEV]["role"] == "president"


def test_seed_dyad_timeline(runner, seed_graph):
    rows = seed_rows(runner, seed_graph, "dyad-timeline", a="RU", b="AZ")
    dates = [r.get("date", "") for r in rows]
    assert dates == sorted(dates)
    kinds = {(r["type"].rsplit("#")[-1], r.get("date")) for r in rows}
    assert {("EstablishmentOfRelations", "1992-04-04"), ("Signing", "2022-02-22"),
            ("Anniversary", "2022-04-04"), ("Congratulation", "2022-04-04")} <= kinds
    assert rows[0]["type"].endswith("#EstablishmentOfRelations")
    assert seed_rows(runner, seed_graph, "dyad-timeline", a="AZ", b="RU") == [
        {**r, "a": "AZ", "b": "RU"} for r in rows]


def test_seed_evidence_is_the_article_text(runner, seed_graph):
    rows = seed_rows(runner, seed_graph, "evidence")
    assert rows
    texts = {p.name: p.read_bytes().decode("utf-8-sig") for p in SEED_DIR.glob("*.txt")}  # line ends kept
    for r in rows:
        article = texts[r["sourceFile"]]
        assert article[int(r["start"]):int(r["end"])] == r["text"], r["event"]
        assert r["published"] == "2022-04-04"
    one = rows[0]["event"].replace("https://w3id.org/diplograph/id/", "dgr:")
    only = seed_rows(runner, seed_graph, "evidence", event=one)
    assert only and {r["event"] for r in only} == {rows[0]["event"]}


def test_seed_dyad_summary(runner, seed_graph):
    counts = {r["type"].rsplit("#")[-1]: int(r["events"]) for r in seed_rows(runner, seed_graph, "dyad-summary")
              if (r["a"], r["b"]) == ("AZ", "RU")}
    assert counts["Signing"] >= 1 and counts["Congratulation"] >= 2
    assert counts["EstablishmentOfRelations"] == 1 and counts["Anniversary"] == 1


# ------------------------------------------------------------------ where bound parameters are placed

def _bound_cases(store: ox.Store, required: dict[str, dict[str, str]]) -> list[tuple[str, dict[str, str]]]:
    event = run_query(store, "SELECT ?e WHERE { ?e a dg:Signing } ORDER BY STR(?e) LIMIT 1").values()[0][0]
    pair = required["dyad-timeline"]
    return [("signed-documents", {"country": "XA"}), ("leaders", {"country": "XB"}),
            ("congratulations", {"country": "XA"}), ("relations", {"country": "XA"}),
            ("dyad-summary", {"a": pair["a"]}), ("dyad-timeline", pair),
            ("evidence", {"event": event.value})]


def test_every_named_query_marks_where_its_parameters_are_bound():
    for nq in list_named_queries():
        marked = {name for line in nq.text.splitlines() if line.strip().startswith("# bind:")
                  for name in line.split("bind:", 1)[1].replace("?", " ").split()}
        assert marked == {p.name for p in nq.params}, nq.name


def test_placed_bindings_answer_as_substitutions_do(store, required):
    """Each named query with its parameters bound: the VALUES its `# bind:` lines become give the same
    rows, in the same order, as Oxigraph's substitution of the same terms into the query as written."""
    from diplograph.query import bind_params, get_named_query, place_bindings
    from diplograph.vocab import PREFIXES

    cases = _bound_cases(store, required)
    assert {name for name, _ in cases} == set(NAMES)
    for name, params in cases:
        nq = get_named_query(name)
        terms = bind_params(nq, params)
        placed, rest = place_bindings(nq.text, terms)
        assert rest == {} and "VALUES (" in placed and placed.count("\n") == nq.text.count("\n")
        mine = run_named(store, name, params).values()
        subs = {ox.Variable(k): v for k, v in terms.items()}
        theirs = [tuple(s[v] for v in [x.value for x in r.variables]) for r in [store.query(
            nq.text, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)] for s in r]
        assert mine == theirs and mine, name


@pytest.mark.parametrize("value", ["XA", "", "a b", "}", "#", '"', "\\", "\\u0022", "x\ny", "RU\" } UNION {",
                                   "تستلاند", "\u200f\u064b"])
def test_a_placed_or_substituted_value_is_exactly_one_literal(store, value):
    res = run_query(store, "SELECT ?v WHERE {\n  # bind: ?v\n}", bindings={"v": value})
    assert [tuple(t.value for t in row) for row in res.values()] == [(value,)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text())
def test_any_text_value_is_exactly_one_literal(store, value):
    assume(not (value.startswith("<") and value.endswith(">")))     # `<iri>` is an IRI (to_term)
    res = run_query(store, "SELECT ?v WHERE {\n  # bind: ?v\n  OPTIONAL { ?x dg:isoCode ?v }\n}",
                    bindings={"v": value})
    assert {row[0].value for row in res.values()} == {value}


def test_the_table_width_is_read_as_shutil_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from diplograph.query import terminal_columns

    for columns in ("57", "0", "wide", None):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", columns)
        assert terminal_columns() == shutil.get_terminal_size((120, 24)).columns
    monkeypatch.setenv("COLUMNS", "57")
    assert terminal_columns() == 57


def test_widths_of_ascii_arabic_marks_and_controls() -> None:
    from diplograph.query import display_width, truncate

    assert display_width("RU-AZ 2021") == 10
    assert display_width("مُوسكو") == 5                     # the damma takes no column
    assert display_width("中国") == 4
    assert truncate("a\tb\x01c", 10) == "a b c"             # controls shown as spaces
    assert truncate("روسيا الاتحادية", 6) == "روسيا…"
