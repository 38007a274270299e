"""Namespaces, bound once. The ontology (ontology/diplograph.ttl) is the source of the dg: terms.

Use `DG.Signing`, `DGR["country/RU"]` etc.; never write these IRIs as strings elsewhere.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

DG = Namespace("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
DGC = Namespace("https://w3id.org/diplograph/codes/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DCT = Namespace("http://purl.org/dc/terms/")

PREFIXES: dict[str, str] = {
    "dg": str(DG),
    "dgr": str(DGR),
    "dgc": str(DGC),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "wd": str(WD),
    "wdt": str(WDT),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "dct": str(DCT),
}

# Named graphs of the store: one per article, plus entities and ontology.
ENTITIES_GRAPH = DGR["graph/entities"]
ONTOLOGY_GRAPH = DGR["graph/ontology"]


def article_graph(article_key: str) -> URIRef:
    """IRI of the named graph that holds one article's facts and provenance."""
    return DGR[f"graph/article/{article_key}"]


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, to put before user queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
