"""The HTML view without a browser: what build_view reads, what the page contains, determinism, CLI."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from diplograph import render
from diplograph.cli import cli
from diplograph.render import build_view, render_html, write_html

TESTLAND = Path(__file__).parent / "browser" / "testland.trig"


def make_testland_store(reverse: bool = False) -> ox.Store:
    quads = list(ox.parse(path=str(TESTLAND), format=ox.RdfFormat.TRIG))
    store = ox.Store()
    store.extend(reversed(quads) if reverse else quads)
    return store


@pytest.fixture(scope="module")
def view() -> render.View:
    return build_view(make_testland_store())


def by_en(view: render.View, en: str) -> render.Node:
    return next(n for n in view.nodes if n.en == en)


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.DOTALL)
    assert m
    return json.loads(m.group(1))


def test_nodes_have_their_class_and_both_labels(view: render.View) -> None:
    kinds = sorted((n.kind, n.subtype) for n in view.nodes)
    assert kinds.count(("country", "Country")) == 3
    assert ("document", "Agreement") in kinds  # the specific class wins over dg:Document
    assert {n.subtype for n in view.nodes if n.kind == "event"} == {t.name for t in view.event_types}
    testland = by_en(view, "Testland")
    assert testland.ar == "تستلاند"
    sin = next(n for n in view.nodes if n.ar == "سين شين")
    assert sin.en == ""  # no English label: the page falls back to Arabic


def test_edges_cover_roles_and_direct_relations(view: render.View) -> None:
    rels = {e.relation for e in view.edges}
    assert {"agent", "recipient", "party", "document", "place"} <= rels
    assert {"signed", "congratulated", "hasDiplomaticRelationsWith", "represents"} <= rels
    relations = [e for e in view.edges if e.relation == "hasDiplomaticRelationsWith"]
    assert len(relations) == 1  # stated in both directions, drawn once
    kinds = {view.nodes[int(i[1:])].subtype for i in relations[0].events}
    assert kinds == {"EstablishmentOfRelations", "Anniversary"}


def test_every_event_has_its_evidence(view: render.View) -> None:
    signing = next(n for n in view.nodes if n.subtype == "Signing")
    (ev,) = [v for v in view.evidence if v.event == signing.id]
    assert ev.article == "001_testland.txt"
    assert ev.source == ev.url == "https://news.example/testland/1"   # the URL when the article has one
    assert ev.published == "2022-04-04"
    assert ev.rule == "signing.verb-document"
    assert ev.date == "2020-05-10"
    assert "<img src=x" in ev.text
    assert all(n.evidence for n in view.nodes if n.kind == "event")


def test_dyads_count_events_per_pair_of_states(view: render.View) -> None:
    names = {n.id: n.en for n in view.nodes}
    pairs = {frozenset((names[d.source], names[d.target])): d.weight for d in view.dyad_edges}
    assert pairs == {frozenset(("Testland", "Examplestan")): 1, frozenset(("Testland", "Mockovia")): 4,
                     frozenset(("Examplestan", "Mockovia")): 3}


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "srcset", "action", "poster", "data") and value is not None:
                self.refs.append((tag, name, value))


def test_page_references_no_url(view: render.View) -> None:
    page = render_html(view)
    parser = _Refs()
    parser.feed(page)
    assert parser.refs == []
    assert "link" not in parser.tags
    assert not re.search(r"url\(\s*['\"]?(?!data:)", page)
    assert not re.search(r"@import|sourceMappingURL", page)
    assert "function Renderer(box)" in page  # the page's own renderer, inlined


def test_article_text_is_escaped_in_the_page(view: render.View) -> None:
    page = render_html(view, title="<script>alert(1)</script>")
    assert "<img src=x" not in page
    assert "window.__xss=2</script>" not in page
    assert "<svg onload" not in page
    parser = _Refs()
    parser.feed(page)
    assert parser.tags.count("script") == 2  # data block, the page's own script
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    data = page_data(page)
    assert any("<img src=x" in v["text"] for v in data["evidence"].values())


def test_same_graph_same_bytes() -> None:
    a = render_html(build_view(make_testland_store()))
    b = render_html(build_view(make_testland_store(reverse=True)))
    assert a == b


def test_large_graphs_open_in_the_dyad_view(monkeypatch: pytest.MonkeyPatch, view: render.View) -> None:
    assert page_data(render_html(view))["meta"]["defaultMode"] == "full"
    monkeypatch.setattr(render, "DYAD_THRESHOLD", 5)
    assert page_data(render_html(view))["meta"]["defaultMode"] == "dyad"
    assert page_data(render_html(view, mode="full"))["meta"]["defaultMode"] == "full"
    with pytest.raises(ValueError, match="unknown view mode"):
        render_html(view, mode="sideways")


def test_write_html_replaces_the_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "view.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    write_html(make_testland_store(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["view.html"]


@pytest.fixture()
def graph_dir(tmp_path: Path) -> Path:
    root = tmp_path / "graph"
    root.mkdir()
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in make_testland_store()}
    (root / "diplograph.ttl").write_bytes(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE))
    return root


def test_cli_render(graph_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["render", "--graph", str(graph_dir)])
    assert res.exit_code == 0, res.output
    assert (graph_dir / "diplograph.html").exists()
    assert "18 nodes" in res.output
    out = tmp_path / "dyad.html"
    res = runner.invoke(cli, ["render", "--graph", str(graph_dir), "-o", str(out), "--dyad"])
    assert res.exit_code == 0, res.output
    assert page_data(out.read_text(encoding="utf-8"))["meta"]["defaultMode"] == "dyad"


def test_cli_render_names_a_missing_graph(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["render", "--graph", str(tmp_path / "nowhere")])
    assert res.exit_code == 1
    assert "nowhere" in res.output and "diplograph build" in res.output


def test_sources_never_show_a_local_path(view: render.View) -> None:
    visit = next(n for n in view.nodes if n.subtype == "Visit")
    (ev,) = [v for v in view.evidence if v.event == visit.id]
    assert ev.article == "/srv/crawl/c190/0000/002_mockovia.txt"     # as recorded
    assert ev.source == "002_mockovia.txt" and ev.url == ""          # as shown
    assert render._file_name("C:\\news\\feed.jsonl:12") == "feed.jsonl:12"
    assert "/srv/crawl" not in render_html(view)


def test_event_types_and_their_names_come_from_the_registry() -> None:
    """The page draws the registry's event types (a new type is drawn, named and coloured without a change
    to the renderer: tests/test_registry.py registers one), named as the ontology names them."""
    classes = render.registry_classes()
    names = [t.name for t in classes.events]
    assert names[:7] == ["Signing", "Congratulation", "EstablishmentOfRelations", "Anniversary", "Visit",
                         "Meeting", "Statement"]
    signing = classes.event("Signing")
    assert signing is not None and (signing.ar, signing.en) == ("توقيع", "Signing")
    assert {"Declaration", "Agreement", "Document"} <= classes.documents
    assert classes.direct["Signing"] == "signed" and "Visit" not in classes.direct
    assert len({t.colour for t in classes.events}) == len(classes.events)


def test_interface_language(view: render.View) -> None:
    assert '<html lang="ar" dir="rtl">' in render_html(view)
    page = render_html(view, lang="en")
    assert '<html lang="en" dir="ltr">' in page and page_data(page)["meta"]["lang"] == "en"
    with pytest.raises(ValueError, match="unknown interface language"):
        render_html(view, lang="fr")
