"""The event type registry: one declaration per type, the ontology the source of class, codes and labels.

A toy type registered here (with its own ontology rows) reaches the Turtle, the HTML view's data and
`to_networkx`; the drift between the old per-module type lists is fixed, one test each. Every sentence
was written for these tests.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.api import to_networkx
from diplograph.document import Document, Event, Mention
from diplograph.errors import DiplographError
from diplograph.eventtypes import encounter_key, people
from diplograph.pipeline import extract_text
from diplograph.pipeline.resolve import identity, merge_events
from diplograph.pipeline.rules.context import Context
from diplograph.rdf import document_graph, event_iri
from diplograph.registry import EventType, Registry, UnknownEventType, default_registry
from diplograph.render import View, build_view, render_html
from diplograph.store import serialize_sorted

DG = "https://w3id.org/diplograph/ontology#"
DGC = "https://w3id.org/diplograph/codes/"
TOAST_TTL = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix dgc: <https://w3id.org/diplograph/codes/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
dg:Toast rdfs:subClassOf dg:Event ;
    rdfs:label "toast"@en , "نخب"@ar ;
    skos:altLabel "Toast"@en , "نخب"@ar ;
    dg:defaultCameoCode dgc:cameo-051 ;
    dg:defaultPloverCode dgc:plover-SUPPORT .
"""
PUBLISHED = dt.date(2024, 3, 6)


def toast(ctx: Context, m: Mention) -> list[Event]:
    """The toy rule: a sentence naming two states toasts them (read at its first state)."""
    states = ctx.states()
    if len(states) < 2 or m is not ctx.of("state")[0]:
        return []
    return [Event("toast", "toast.states", ctx.sent.index, parties=states[:2], spans=[ctx.span()],
                  why="two states named together")]


TOAST = EventType(name="toast", cls="Toast", identity=lambda ev: (frozenset(ev.parties),),
                  iri_key=lambda ev: (",".join(sorted(ev.parties)),), mention_rules={"state": toast},
                  colour="#aa00aa")


@pytest.fixture(scope="module")
def toast_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    path = tmp_path_factory.mktemp("toast") / "toast.ttl"
    path.write_text(TOAST_TTL, encoding="utf-8")
    return default_registry().with_types([TOAST], [path])


def graph_store(doc: Document, registry: Registry | None = None) -> ox.Store:
    store = ox.Store()
    store.load(serialize_sorted(document_graph(doc, registry)), format=ox.RdfFormat.TURTLE)
    return store


RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def classes_of(store: ox.Store, cls: str) -> list[str]:
    """The IRIs typed with dg:`cls`."""
    return [str(q.subject.value) for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(DG + cls))
            if isinstance(q.subject, ox.NamedNode)]


def objects(store: ox.Store, subject: str, prop: str) -> list[str]:
    """The values of `prop` on `subject`, sorted."""
    found = store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(prop), None)
    return sorted(q.object.value for q in found if isinstance(q.object, (ox.NamedNode, ox.Literal)))


def test_a_toy_type_reaches_turtle_html_and_networkx(toast_registry: Registry) -> None:
    doc = extract_text("أكدت تونس والمغرب عمق الروابط بين الشعبين.", "toast.txt", published=PUBLISHED, min_confidence=0.0,
                       registry=toast_registry)
    toasts = [e for e in doc.events if e.type == "toast"]
    assert [sorted(e.parties) for e in toasts] == [["MA", "TN"]]
    store = graph_store(doc, toast_registry)
    (event,) = classes_of(store, "Toast")
    labels = objects(store, event, "http://www.w3.org/2000/01/rdf-schema#label")
    assert any(x.startswith("نخب (") for x in labels) and any(x.startswith("Toast (") for x in labels)
    assert objects(store, event, DG + "cameoCode") == [DGC + "cameo-051"]
    view = build_view(store, toast_registry)
    assert [n.subtype for n in view.nodes if n.kind == "event"] == ["Toast"]
    assert {"t": "Toast", "color": "#aa00aa", "ar": "نخب", "en": "Toast"} in _payload_types(view)
    g = to_networkx(store, toast_registry)
    edges = [d for _, _, d in g.edges(data=True) if d.get("relation") == "Toast"]
    assert len(edges) == 1 and edges[0]["event"] == event


def _payload_types(view: View) -> list[dict[str, str]]:
    """The event types in the page's data block."""
    found = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', render_html(view), re.S)
    assert found is not None
    return list(json.loads(found.group(1))["types"])


def test_the_default_registry_knows_no_toy(toast_registry: Registry) -> None:
    assert "Toast" in toast_registry.event_classes
    assert "Toast" not in default_registry().event_classes


def test_a_declared_type_needs_its_ontology_class() -> None:
    with pytest.raises(DiplographError, match="no class dg:Toast"):
        default_registry().with_types([TOAST])


def test_an_ontology_class_needs_a_declaration(tmp_path: Path) -> None:
    path = tmp_path / "toast.ttl"
    path.write_text(TOAST_TTL, encoding="utf-8")
    with pytest.raises(DiplographError, match="without a declaration"):
        Registry.build(default_registry().declarations, default_registry().ontology + (path,))


# --------------------------------------------------------------------------- drift fixes


def test_codes_and_labels_come_from_the_ontology() -> None:
    reg = default_registry()
    assert (reg.event("signing").cameo, reg.event("signing").plover) == ("cameo-057", "plover-SUPPORT")
    assert (reg.event("meeting").label_ar, reg.event("meeting").label_en) == ("لقاء", "Meeting")
    assert reg.by_class("EstablishmentOfRelations").name == "establishment"  # type: ignore[union-attr]


def test_an_anniversary_has_no_code_of_its_own() -> None:
    """codes.ttl gives dg:Anniversary no default code; the writer used to give it CAMEO 051."""
    doc = extract_text("احتفلت تونس والمغرب اليوم بالذكرى الستين لإقامة العلاقات الدبلوماسية بين البلدين.",
                       published=PUBLISHED, min_confidence=0.0)
    store = graph_store(doc)
    (anniversary,) = classes_of(store, "Anniversary")
    assert objects(store, anniversary, DG + "cameoCode") == []
    assert objects(store, anniversary, DG + "ploverCode") == []
    (establishment,) = classes_of(store, "EstablishmentOfRelations")
    assert objects(store, establishment, DG + "cameoCode") == [DGC + "cameo-054"]


SIGNED_OTHER = "وقع وزير الخارجية السعودي ونظيره الأردني في الرياض اليوم وثيقة للتعاون بين البلدين."


def test_an_other_document_is_in_the_view_and_in_networkx() -> None:
    """render and api used to leave out dg:Contract and dg:OtherDocument."""
    store = graph_store(extract_text(SIGNED_OTHER, published=PUBLISHED, min_confidence=0.0))
    (document,) = classes_of(store, "OtherDocument")
    view = build_view(store)
    assert [(n.kind, n.subtype) for n in view.nodes if n.iri == document] == [("document", "OtherDocument")]
    g = to_networkx(store)
    assert g.nodes[document]["kind"] == "OtherDocument"
    assert {"Contract", "OtherDocument"} <= set(default_registry().document_subclasses)


def test_documents_carry_their_class_not_an_undeclared_kind() -> None:
    """rdf.py wrote dg:documentKind, which the ontology does not declare: the class says the kind."""
    store = graph_store(extract_text(SIGNED_OTHER, published=PUBLISHED, min_confidence=0.0))
    assert list(store.quads_for_pattern(None, ox.NamedNode(DG + "documentKind"), None)) == []


def test_a_statement_is_written_the_day_a_rule_emits_one(tmp_path: Path) -> None:
    """'statement' had a class but no codes or labels in rdf.py (a KeyError)."""
    def stated(ctx: Context, m: Mention) -> list[Event]:
        states = ctx.states()
        if len(states) < 2 or m is not ctx.of("state")[0]:
            return []
        return [Event("statement", "statement.toy", ctx.sent.index, agent_states=states[:1],
                      parties=states[1:2], spans=[ctx.span()])]

    base = default_registry()
    decls = [dataclasses.replace(d, mention_rules={"state": stated}) if d.name == "statement" else d
             for d in base.declarations]
    reg = Registry.build(decls, base.ontology)
    doc = extract_text("أكدت تونس دعمها للمغرب.", published=PUBLISHED, min_confidence=0.0, registry=reg)
    store = graph_store(doc, reg)
    (statement,) = classes_of(store, "Statement")
    assert objects(store, statement, DG + "cameoCode") == [DGC + "cameo-010"]
    assert objects(store, statement, DG + "ploverCode") == []
    labels = objects(store, statement, "http://www.w3.org/2000/01/rdf-schema#label")
    assert any(x.startswith("تصريح") for x in labels) and any(x.startswith("Statement") for x in labels)


def test_an_unknown_type_is_an_error_not_a_meeting() -> None:
    """resolve.identity treated any unknown type as a meeting."""
    doc = extract_text("التقى الرئيس التونسي اليوم في القاهرة الرئيس المصري.", published=PUBLISHED, min_confidence=0.0)
    odd = dataclasses.replace(doc.events[0], type="toast")
    with pytest.raises(UnknownEventType, match="unknown event type 'toast'"):
        identity(odd)
    with pytest.raises(UnknownEventType):
        merge_events(doc.events + [odd])


def test_one_same_happening_for_merging_and_iris() -> None:
    """The merge and the IRI read one declaration: events the merge keeps apart have their own IRIs,
    and readings with one IRI have one identity."""
    text = ("التقى الرئيس التونسي اليوم في القاهرة الرئيس المصري. وقع وزير الخارجية السعودي ونظيره الأردني "
            "في الرياض اليوم وثيقة للتعاون بين البلدين. احتفلت تونس والمغرب اليوم بالذكرى الستين لإقامة "
            "العلاقات الدبلوماسية بين البلدين.")
    doc = extract_text(text, published=PUBLISHED, min_confidence=0.0)
    iris = [event_iri(e) for e in doc.events]
    assert len(doc.events) >= 6 and len(set(iris)) == len(iris)
    meeting = next(e for e in doc.events if e.type == "meeting")
    again = dataclasses.replace(meeting, spans=[], rule="meeting.trigger")
    assert identity(again) == identity(meeting) and event_iri(again) == event_iri(meeting)
    assert default_registry().event("meeting").identity(meeting) == (people(meeting.agents),)
    assert default_registry().event("meeting").iri_key(meeting) == encounter_key(meeting)
