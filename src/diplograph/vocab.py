"""Namespaces, bound once. The ontology (ontology/diplograph.ttl) is the source of the dg: terms.

Use `DG.Signing`, `DGR["country/RU"]` etc.; never write these IRIs as strings elsewhere. The terms are
rdflib `URIRef`s, made on first use: importing this module does not import rdflib, so the commands
that never build rdflib objects (`query`, `serve`, `export`, `--help`) start without it. Code on those
paths uses the plain IRI strings (`str(DG)`, `PREFIXES`, `XSD_DATE`...) or pyoxigraph terms.
"""
from __future__ import annotations

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from rdflib import URIRef


class Namespace:
    """An IRI prefix whose terms (`NS.local`, `NS["local/path"]`) are rdflib URIRefs made on demand."""

    __slots__ = ("_iri",)

    def __init__(self, iri: str) -> None:
        self._iri = iri

    def __str__(self) -> str:
        return self._iri

    def __repr__(self) -> str:
        return f"Namespace({self._iri!r})"

    def __getitem__(self, local: str) -> URIRef:
        from rdflib import URIRef

        return URIRef(self._iri + local)

    def __getattr__(self, local: str) -> URIRef:
        if local.startswith("__"):
            raise AttributeError(local)
        return self[local]

    def term(self, local: str) -> str:
        """The full IRI of `local` as a plain string (no rdflib object)."""
        return self._iri + local


DG = Namespace("https://w3id.org/diplograph/ontology#")
DGR = Namespace("https://w3id.org/diplograph/id/")
DGC = Namespace("https://w3id.org/diplograph/codes/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
DCT = Namespace("http://purl.org/dc/terms/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SH = Namespace("http://www.w3.org/ns/shacl#")

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

# The one prefix table of every Turtle/TriG file the program writes: one prefix per kind of minted
# resource, so that files read `country:RU` rather than `dgr:country\/RU` (which Virtuoso 7.2 misreads).
RESOURCE_KINDS = ("country", "person", "place", "org", "document", "event", "span", "article")
TURTLE_PREFIXES: dict[str, str] = {p: PREFIXES[p] for p in ("dg", "dgr", "dgc", "rdf", "rdfs", "owl", "xsd",
                                                              "prov", "wd", "schema")}
TURTLE_PREFIXES |= {kind: DGR.term(f"{kind}/") for kind in RESOURCE_KINDS}

RDF_TYPE = RDF.term("type")
XSD_STRING = XSD.term("string")
XSD_DATE = XSD.term("date")
XSD_INTEGER = XSD.term("integer")

# Named graphs of the store: one per article, plus entities and ontology (IRIs as plain strings).
ENTITIES_GRAPH = DGR.term("graph/entities")
ONTOLOGY_GRAPH = DGR.term("graph/ontology")


def article_graph(article_key: str) -> str:
    """IRI of the named graph that holds one article's facts and provenance."""
    return DGR.term(f"graph/article/{article_key}")


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, to put before user queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
