"""The ontology, the code sets, the SHACL shapes and the JSON-LD context under ontology/.

The public vocabulary of PRODUCT.md is a contract: it is listed here by hand, so that renaming a
term breaks this test rather than the users' queries. The SHACL data below is made up (Testland,
Otherland) and states nothing about real countries.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "diplograph.ttl"
CODES = ONTOLOGY_DIR / "codes.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
RDF_MODEL_DOC = ROOT / "docs" / "rdf-model.md"
TURTLE_FILES = [ONTOLOGY, CODES, SHAPES]

DG = Namespace("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
DGC = Namespace("https://w3id.org/diplograph/codes/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")

# The public vocabulary of PRODUCT.md ("do not rename these").
CONTRACT_CLASSES = [
    "Country", "Person", "Organization", "Place", "Document",
    "Declaration", "Agreement", "Memorandum", "Protocol", "Treaty", "JointStatement", "Programme",
    "Article",
    "Signing", "Congratulation", "EstablishmentOfRelations", "Anniversary", "Visit", "Meeting",
    "Statement",
]
CONTRACT_OBJECT_PROPERTIES = [
    "represents", "agent", "recipient", "party", "document", "place",
    "signed", "congratulated", "hasDiplomaticRelationsWith",
]
CONTRACT_DATATYPE_PROPERTIES = ["isoCode", "date", "ordinal"]
DOCUMENT_CLASSES = [
    "Declaration", "Agreement", "Memorandum", "Protocol", "Treaty", "JointStatement", "Programme",
    "Contract", "OtherDocument",
]
EVENT_CLASSES = [
    "Signing", "Congratulation", "EstablishmentOfRelations", "Anniversary", "Visit", "Meeting",
    "Statement",
]
CAMEO_CODES = ["010", "030", "036", "040", "041", "042", "043", "044", "050", "051", "054", "057", "161"]
PLOVER_CODES = ["SUPPORT", "AGREE", "CONSULT"]


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def codes() -> Graph:
    return Graph().parse(CODES, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: p.name)
def test_turtle_parses_with_rdflib(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0


@pytest.mark.parametrize("path", TURTLE_FILES, ids=lambda p: p.name)
def test_turtle_parses_with_pyoxigraph(path: Path) -> None:
    """Oxigraph is strict about IRIs and language tags, like Jena's riot."""
    with path.open("rb") as stream:
        quads = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    assert quads
    assert len(quads) == len(Graph().parse(path, format="turtle"))


# --------------------------------------------------------------------------- the ontology


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for predicate in ("versionInfo", "versionIRI"):
        assert ontology.value(ONTOLOGY_IRI, OWL[predicate]) is not None, predicate
    dct = Namespace("http://purl.org/dc/terms/")
    for predicate in ("title", "description", "license", "created"):
        assert ontology.value(ONTOLOGY_IRI, dct[predicate]) is not None, predicate
    titles = {t.language for t in ontology.objects(ONTOLOGY_IRI, dct.title)}
    assert {"en", "ar"} <= titles


def documented_terms() -> set[str]:
    """Every dg: local name written in docs/rdf-model.md."""
    text = RDF_MODEL_DOC.read_text(encoding="utf-8")
    return set(re.findall(r"\bdg:([A-Za-z][A-Za-z0-9]*)", text))


@pytest.mark.parametrize("name", CONTRACT_CLASSES)
def test_contract_class_declared(ontology: Graph, name: str) -> None:
    assert (DG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", CONTRACT_OBJECT_PROPERTIES)
def test_contract_object_property_declared(ontology: Graph, name: str) -> None:
    assert (DG[name], RDF.type, OWL.ObjectProperty) in ontology


@pytest.mark.parametrize("name", CONTRACT_DATATYPE_PROPERTIES)
def test_contract_datatype_property_declared(ontology: Graph, name: str) -> None:
    assert (DG[name], RDF.type, OWL.DatatypeProperty) in ontology


def test_documented_terms_declared(ontology: Graph) -> None:
    names = documented_terms()
    assert {"Signing", "sourceArticle", "sha256"} <= names  # the scan itself works
    declared = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef)}
    missing = sorted(n for n in names if DG[n] not in declared)
    assert not missing, f"terms used in docs/rdf-model.md but not declared: {missing}"


@pytest.mark.parametrize("path", [CODES, SHAPES], ids=lambda p: p.name)
def test_files_use_only_declared_terms(ontology: Graph, path: Path) -> None:
    """A typo in a shape or code annotation (dg:Sigining) would silently match nothing."""
    declared = set(ontology.subjects(RDF.type, None))
    graph = Graph().parse(path, format="turtle")
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(DG)}
    assert not sorted(used - declared)


def test_context_uses_only_declared_terms(ontology: Graph) -> None:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    declared = set(ontology.subjects(RDF.type, None))
    for key, value in context.items():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("dg:"):
            assert DG[iri[3:]] in declared, key
            assert key == iri[3:], key


def dg_terms(ontology: Graph) -> list[URIRef]:
    return sorted(
        {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(DG)}
    )


def test_every_term_labelled_and_commented_in_english_and_arabic(ontology: Graph) -> None:
    terms = dg_terms(ontology)
    assert len(terms) > 40
    problems = []
    for term in terms:
        for predicate in (RDFS.label, RDFS.comment):
            languages = {o.language for o in ontology.objects(term, predicate)}
            if not {"en", "ar"} <= languages:
                problems.append(f"{term.fragment} {predicate.fragment}: {sorted(map(str, languages))}")
        if ontology.value(term, RDFS.isDefinedBy) != ONTOLOGY_IRI:
            problems.append(f"{term.fragment}: rdfs:isDefinedBy")
    assert not problems


def test_arabic_labels_are_arabic(ontology: Graph) -> None:
    arabic = re.compile(r"[\u0600-\u06FF]")
    for term in dg_terms(ontology):
        for label in ontology.objects(term, RDFS.label):
            if label.language == "ar":
                assert arabic.search(label), term


def test_diplomatic_relations_symmetric(ontology: Graph) -> None:
    assert (DG.hasDiplomaticRelationsWith, RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize("name", EVENT_CLASSES)
def test_event_classes_are_events(ontology: Graph, name: str) -> None:
    assert (DG[name], RDFS.subClassOf, DG.Event) in ontology


@pytest.mark.parametrize("name", DOCUMENT_CLASSES)
def test_document_classes_are_documents(ontology: Graph, name: str) -> None:
    assert (DG[name], RDFS.subClassOf, DG.Document) in ontology


def test_alignments(ontology: Graph) -> None:
    sem = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    schema = Namespace("https://schema.org/")
    assert (DG.Event, RDFS.subClassOf, sem.Event) in ontology
    assert (DG.Event, RDFS.subClassOf, schema.Event) in ontology
    assert (DG.Country, RDFS.subClassOf, schema.Country) in ontology
    assert (DG.Article, RDFS.subClassOf, schema.NewsArticle) in ontology
    assert (DG.agent, RDFS.subPropertyOf, sem.hasActor) in ontology
    assert (DG.place, RDFS.subPropertyOf, sem.hasPlace) in ontology


# --------------------------------------------------------------------------- the code sets


def test_code_schemes(codes: Graph) -> None:
    assert (DGC.cameo, RDF.type, SKOS.ConceptScheme) in codes
    assert (DGC.plover, RDF.type, SKOS.ConceptScheme) in codes
    expected = {DGC[f"cameo-{c}"] for c in CAMEO_CODES} | {DGC[f"plover-{c}"] for c in PLOVER_CODES}
    assert set(codes.subjects(RDF.type, SKOS.Concept)) == expected


@pytest.mark.parametrize(
    ("scheme", "code"),
    [("cameo", c) for c in CAMEO_CODES] + [("plover", c) for c in PLOVER_CODES],
)
def test_code_concept(codes: Graph, scheme: str, code: str) -> None:
    concept = DGC[f"{scheme}-{code}"]
    assert codes.value(concept, SKOS.notation) == Literal(code)
    assert codes.value(concept, SKOS.inScheme) == DGC[scheme]
    assert {o.language for o in codes.objects(concept, SKOS.prefLabel)} == {"en", "ar"}
    assert "en" in {o.language for o in codes.objects(concept, SKOS.definition)}


def test_default_codes_of_event_classes(ontology: Graph, codes: Graph) -> None:
    expected = {
        "Signing": ("057", "SUPPORT"),
        "Congratulation": ("051", "SUPPORT"),
        "EstablishmentOfRelations": ("054", "SUPPORT"),
        "Visit": ("042", "CONSULT"),
        "Meeting": ("040", "CONSULT"),
        "Statement": ("010", None),
    }
    for name, (cameo, plover) in expected.items():
        assert codes.value(DG[name], DG.defaultCameoCode) == DGC[f"cameo-{cameo}"], name
        want_plover = DGC[f"plover-{plover}"] if plover else None
        assert codes.value(DG[name], DG.defaultPloverCode) == want_plover, name
    assert (DG.Visit, DG.relatedCameoCode, DGC["cameo-043"]) in codes
    for prop in (DG.defaultCameoCode, DG.defaultPloverCode, DG.relatedCameoCode):
        assert (prop, RDF.type, OWL.AnnotationProperty) in ontology
    concepts = set(codes.subjects(RDF.type, SKOS.Concept))
    for prop in (DG.defaultCameoCode, DG.defaultPloverCode, DG.relatedCameoCode):
        assert set(codes.objects(None, prop)) <= concepts


# --------------------------------------------------------------------------- the JSON-LD context


def test_context_is_json_ld_1_0() -> None:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    assert "@version" not in context
    for prefix in ("dg", "dgr", "dgc", "rdfs", "owl", "xsd", "prov", "wd", "schema", "skos"):
        assert prefix in context, prefix


def test_context_expands_with_rdflib() -> None:
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    document = {
        "@context": context,
        "@graph": [
            {
                "id": "dgr:event/signing-000000000000",
                "type": "Signing",
                "agent": "dgr:person/xx-000000000000",
                "party": ["dgr:country/XX", "dgr:country/XY"],
                "document": "dgr:document/000000000000",
                "date": {"@value": "2000-01-31", "@type": "xsd:date"},
                "cameoCode": "dgc:cameo-057",
                "wasDerivedFrom": "dgr:span/0000000000000000-0-10",
            },
            {
                "id": "dgr:country/XX",
                "type": "Country",
                "isoCode": "XX",
                "sameAs": "wd:Q4115189",
                "label": [
                    {"@value": "تستلاند", "@language": "ar"},
                    {"@value": "Testland", "@language": "en"},
                ],
                "hasDiplomaticRelationsWith": "dgr:country/XY",
            },
            {"id": "dgr:span/0000000000000000-0-10", "type": "TextSpan", "start": 0, "end": 10},
            {"id": "dgr:event/anniversary-000000000000", "type": "Anniversary", "ordinal": 30},
        ],
    }
    graph = Graph().parse(data=json.dumps(document), format="json-ld")
    event = DGR["event/signing-000000000000"]
    country = DGR["country/XX"]
    span = DGR["span/0000000000000000-0-10"]
    assert (event, RDF.type, DG.Signing) in graph
    assert (event, DG.agent, DGR["person/xx-000000000000"]) in graph
    assert (event, DG.party, DGR["country/XY"]) in graph
    assert (event, DG.date, Literal("2000-01-31", datatype=XSD.date)) in graph
    assert (event, DG.cameoCode, DGC["cameo-057"]) in graph
    assert (event, PROV.wasDerivedFrom, span) in graph
    assert (country, OWL.sameAs, WD.Q4115189) in graph
    assert (country, RDFS.label, Literal("تستلاند", lang="ar")) in graph
    assert (country, DG.hasDiplomaticRelationsWith, DGR["country/XY"]) in graph
    assert (span, DG.start, Literal(0)) in graph
    assert (DGR["event/anniversary-000000000000"], DG.ordinal, Literal(30)) in graph


# --------------------------------------------------------------------------- the SHACL shapes


def test_shapes_valid_against_shacl_shacl(shapes: Graph) -> None:
    meta = Graph().parse(str(files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle")
    conforms, _, text = validate(shapes, shacl_graph=meta)
    assert conforms, text


def test_every_shape_has_comment_and_messages(shapes: Graph) -> None:
    constraints = set(shapes.objects(None, SH.property)) | set(shapes.subjects(SH.select, None))
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)) | constraints:
        assert shapes.value(shape, RDFS.comment, any=True) is not None, shape
    for constraint in constraints:
        message = shapes.value(constraint, SH.message)
        assert message is not None and message.language == "en", constraint
    for shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if shapes.value(shape, SH["or"]) is not None:
            assert shapes.value(shape, SH.message) is not None, shape


TEST_DATA = """
@prefix dg:   <https://w3id.org/diplograph/ontology#> .
@prefix country: <https://w3id.org/diplograph/id/country/> .
@prefix person: <https://w3id.org/diplograph/id/person/> .
@prefix place: <https://w3id.org/diplograph/id/place/> .
@prefix document: <https://w3id.org/diplograph/id/document/> .
@prefix event: <https://w3id.org/diplograph/id/event/> .
@prefix span: <https://w3id.org/diplograph/id/span/> .
@prefix article: <https://w3id.org/diplograph/id/article/> .
@prefix dgc:  <https://w3id.org/diplograph/codes/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix wd:   <http://www.wikidata.org/entity/> .

# Made-up states; the Wikidata IRIs are the Wikidata sandbox items.
country:XX a dg:Country ; dg:isoCode "XX" ; owl:sameAs wd:Q4115189 ;
    rdfs:label "تستلاند"@ar , "Testland"@en ;
    dg:hasDiplomaticRelationsWith country:XY .
country:XY a dg:Country ; dg:isoCode "XY" ; owl:sameAs wd:Q13406268 ;
    rdfs:label "أذرلاند"@ar , "Otherland"@en ;
    dg:hasDiplomaticRelationsWith country:XX .

person:xx-000000000001 a dg:Person ; rdfs:label "فلان الفلاني"@ar ;
    dg:represents country:XX ; dg:role "foreign_minister" ;
    dg:signed document:000000000001 ; dg:congratulated person:xy-000000000002 .
person:xy-000000000002 a dg:Person ; rdfs:label "علان العلاني"@ar ;
    dg:represents country:XY ; dg:role "president" ;
    dg:signed document:000000000001 .
place:000000000003 a dg:Place ; rdfs:label "مدينة الاختبار"@ar ; dg:locatedIn country:XX .
country:XX dg:signed document:000000000001 .
country:XY dg:signed document:000000000001 .

document:000000000001 a dg:Treaty ; rdfs:label "معاهدة الاختبار"@ar .

event:signing-000000000001 a dg:Signing ;
    dg:agent person:xx-000000000001 , person:xy-000000000002 ;
    dg:party country:XX , country:XY ;
    dg:document document:000000000001 ;
    dg:date "2000-01-31"^^xsd:date ;
    dg:place place:000000000003 ;
    dg:cameoCode dgc:cameo-057 ; dg:ploverCode dgc:plover-SUPPORT ;
    dg:rule "signing.test" ;
    prov:wasDerivedFrom span:0000000000000001-0-20 .

event:establishment-000000000001 a dg:EstablishmentOfRelations ;
    dg:party country:XX , country:XY ;
    dg:date "1990"^^xsd:gYear ; dg:inferred true ;
    prov:wasDerivedFrom span:0000000000000001-21-40 .

event:anniversary-000000000001 a dg:Anniversary ;
    dg:party country:XX , country:XY ;
    dg:ordinal 10 ; dg:date "2000-01"^^xsd:gYearMonth ;
    dg:commemorates event:establishment-000000000001 ;
    prov:wasDerivedFrom span:0000000000000001-21-40 .

event:congratulation-000000000001 a dg:Congratulation ;
    dg:agent person:xx-000000000001 ; dg:recipient person:xy-000000000002 ;
    dg:occasion "الذكرى العاشرة"@ar ;
    prov:wasDerivedFrom span:0000000000000001-21-40 .

event:visit-000000000001 a dg:Visit ;
    dg:agent person:xy-000000000002 ; dg:party country:XX ;
    dg:place place:000000000003 ;
    prov:wasDerivedFrom span:0000000000000001-0-20 .

span:0000000000000001-0-20 a dg:TextSpan ;
    dg:text "نص تجريبي للاختبار" ; dg:start 0 ; dg:end 20 ;
    dg:sourceArticle article:0000000000000001 .
span:0000000000000001-21-40 a dg:TextSpan ;
    dg:text "نص تجريبي آخر" ; dg:start 21 ; dg:end 40 ;
    dg:sourceArticle article:0000000000000001 .

article:0000000000000001 a dg:Article ;
    dg:sourceFile "test.txt" ;
    dg:sha256 "0000000000000000000000000000000000000000000000000000000000000001" ;
    dg:language "ar" ; dg:published "2000-02-01"^^xsd:date .
"""


@pytest.fixture(scope="module")
def conforming_data() -> Graph:
    return Graph().parse(data=TEST_DATA, format="turtle")


def shacl_results(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return conforms, report, text


def test_conforming_graph_conforms(conforming_data: Graph, shapes: Graph, ontology: Graph) -> None:
    conforms, _, text = shacl_results(conforming_data, shapes, ontology)
    assert conforms, text


Mutation = Callable[[Graph], None]
XX = DGR["country/XX"]
XY = DGR["country/XY"]
SIGNING = DGR["event/signing-000000000001"]
ESTABLISHMENT = DGR["event/establishment-000000000001"]
ANNIVERSARY = DGR["event/anniversary-000000000001"]
CONGRATULATION = DGR["event/congratulation-000000000001"]
VISIT = DGR["event/visit-000000000001"]
SPAN = DGR["span/0000000000000001-0-20"]
ARTICLE = DGR["article/0000000000000001"]
PERSON = DGR["person/xx-000000000001"]
DOCUMENT = DGR["document/000000000001"]


def remove(subject: URIRef, predicate: URIRef) -> Mutation:
    return lambda g: g.remove((subject, predicate, None))


def replace(subject: URIRef, predicate: URIRef, value: object) -> Mutation:
    return lambda g: g.set((subject, predicate, value))


def add(subject: URIRef, predicate: URIRef, value: object) -> Mutation:
    return lambda g: g.add((subject, predicate, value))


# (mutation, focus node, result path or None) — each must yield a violation at that focus node.
VIOLATIONS: dict[str, tuple[Mutation, URIRef, URIRef | None]] = {
    "country-without-isoCode": (remove(XX, DG.isoCode), XX, DG.isoCode),
    "country-lower-case-isoCode": (replace(XX, DG.isoCode, Literal("xx")), XX, DG.isoCode),
    "country-two-isoCodes": (add(XX, DG.isoCode, Literal("XZ")), XX, DG.isoCode),
    "country-duplicate-isoCode": (replace(XY, DG.isoCode, Literal("XX")), XX, None),
    "country-without-arabic-label": (
        replace(XX, RDFS.label, Literal("Testland", lang="en")), XX, RDFS.label),
    "country-without-wikidata": (remove(XX, OWL.sameAs), XX, OWL.sameAs),
    "country-non-wikidata-sameAs": (
        replace(XX, OWL.sameAs, URIRef("http://example.org/Testland")), XX, OWL.sameAs),
    "event-without-provenance": (remove(SIGNING, PROV.wasDerivedFrom), SIGNING, PROV.wasDerivedFrom),
    "event-derived-from-untyped-span": (
        replace(VISIT, PROV.wasDerivedFrom, DGR["span/missing-0-1"]), VISIT, PROV.wasDerivedFrom),
    "event-two-classes": (add(VISIT, RDF.type, DG.Meeting), VISIT, RDF.type),
    "event-plain-event": (add(DGR["event/x"], RDF.type, DG.Event), DGR["event/x"], RDF.type),
    "signing-without-document": (remove(SIGNING, DG.document), SIGNING, DG.document),
    # dg:document's rdfs:range makes an undescribed document a dg:Document, caught by its shape.
    "signing-document-dangling": (
        replace(SIGNING, DG.document, DGR["document/missing"]), DGR["document/missing"], RDFS.label),
    "signing-document-literal": (replace(SIGNING, DG.document, Literal("treaty")), SIGNING, DG.document),
    "visit-host-dangling": (replace(VISIT, DG.party, DGR["country/ZZ"]), DGR["country/ZZ"], DG.isoCode),
    "signing-without-agent-or-party": (
        lambda g: (g.remove((SIGNING, DG.agent, None)), g.remove((SIGNING, DG.party, None))),
        SIGNING, None),
    "date-string": (replace(SIGNING, DG.date, Literal("2000-01-31")), SIGNING, DG.date),
    "date-ill-formed": (
        replace(SIGNING, DG.date, Literal("2000-13-31", datatype=XSD.date)), SIGNING, DG.date),
    "cameo-code-not-cameo": (replace(SIGNING, DG.cameoCode, DGC["plover-SUPPORT"]), SIGNING, DG.cameoCode),
    "congratulation-without-recipient": (
        remove(CONGRATULATION, DG.recipient), CONGRATULATION, DG.recipient),
    "anniversary-without-ordinal": (remove(ANNIVERSARY, DG.ordinal), ANNIVERSARY, DG.ordinal),
    "anniversary-ordinal-zero": (replace(ANNIVERSARY, DG.ordinal, Literal(0)), ANNIVERSARY, DG.ordinal),
    "visit-without-host": (remove(VISIT, DG.party), VISIT, DG.party),
    "span-start-after-end": (replace(SPAN, DG.start, Literal(30)), SPAN, DG.start),
    "span-text-language-tagged": (
        replace(SPAN, DG.text, Literal("نص", lang="ar")), SPAN, DG.text),
    "span-without-article": (remove(SPAN, DG.sourceArticle), SPAN, DG.sourceArticle),
    "article-without-sha256": (remove(ARTICLE, DG.sha256), ARTICLE, DG.sha256),
    "article-without-language": (remove(ARTICLE, DG.language), ARTICLE, DG.language),
    "person-without-arabic-label": (remove(PERSON, RDFS.label), PERSON, RDFS.label),
    "person-unknown-role": (replace(PERSON, DG.role, Literal("wizard")), PERSON, DG.role),
    "relations-one-direction": (remove(XY, DG.hasDiplomaticRelationsWith), XX, None),
    "relations-without-event": (
        lambda g: (g.remove((ESTABLISHMENT, DG.party, None)), g.remove((ANNIVERSARY, DG.party, None))),
        XX, None),
    "signed-without-signing": (
        lambda g: (
            g.add((DGR["person/xx-000000000009"], RDF.type, DG.Person)),
            g.add((DGR["person/xx-000000000009"], RDFS.label, Literal("شخص آخر", lang="ar"))),
            g.add((DGR["person/xx-000000000009"], DG.signed, DOCUMENT)),
        ),
        DGR["person/xx-000000000009"], None),
    "congratulated-without-congratulation": (
        remove(CONGRATULATION, DG.agent), PERSON, None),
}


@pytest.mark.parametrize("case", sorted(VIOLATIONS))
def test_non_conforming_variant(
    case: str, conforming_data: Graph, shapes: Graph, ontology: Graph
) -> None:
    mutate, focus, path = VIOLATIONS[case]
    data = Graph()
    for triple in conforming_data:
        data.add(triple)
    mutate(data)
    conforms, report, text = shacl_results(data, shapes, ontology)
    assert not conforms
    node_level = {SH.SPARQLConstraintComponent, SH.OrConstraintComponent}
    matching = [
        r
        for r in report.subjects(RDF.type, SH.ValidationResult)
        if report.value(r, SH.focusNode) == focus
        and (
            report.value(r, SH.resultPath) == path
            if path is not None
            else report.value(r, SH.sourceConstraintComponent) in node_level
        )
    ]
    assert matching, f"no violation at {focus} {path}:\n{text}"
