"""Compare graphs and query answers from different RDF implementations, ignoring what legitimately differs.

Stores may lower-case language tags (Virtuoso, Oxigraph), drop `^^xsd:string`, canonicalise numbers
(`1.50` -> `1.5`) and rename blank nodes; graphs are compared with `rdflib.compare.isomorphic` after
normalising literals, never byte for byte.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

INTEGER_TYPES = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                       "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                       "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
FLOAT_TYPES = {str(XSD.double), str(XSD.float)}
DECIMAL_TYPES = {str(XSD.decimal)}
NUMERIC_TYPES = INTEGER_TYPES | FLOAT_TYPES | DECIMAL_TYPES


def canonical_literal(lexical: str, datatype: str | None, lang: str | None) -> tuple[str, str | None, str | None]:
    """(lexical, datatype, lang) with lang lower-cased, xsd:string dropped and numbers canonical."""
    if lang:
        return lexical, None, lang.lower()
    if datatype in (None, str(XSD.string)):
        return lexical, None, None
    try:
        if datatype in INTEGER_TYPES:
            return str(int(lexical.strip())), str(XSD.integer), None
        if datatype in DECIMAL_TYPES | FLOAT_TYPES:
            value = Decimal(lexical.strip())
            if datatype in FLOAT_TYPES:
                value = Decimal(repr(float(value)))
            return format(value.normalize(), "f"), datatype, None
    except (ValueError, InvalidOperation):
        pass
    if datatype == str(XSD.boolean):
        return ("true" if lexical.strip() in ("true", "1") else "false"), datatype, None
    return lexical, datatype, None


def normalise(term: rdflib.term.Node) -> rdflib.term.Node:
    if isinstance(term, rdflib.Literal):
        lex, dt, lang = canonical_literal(str(term), str(term.datatype) if term.datatype else None, term.language)
        return rdflib.Literal(lex, lang=lang, datatype=rdflib.URIRef(dt) if dt else None, normalize=False)
    return term


def normalised_graph(triples: Any) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o in triples:
        g.add((s, p, normalise(o)))
    return g


def from_ox(term: Any) -> rdflib.term.Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    dt = term.datatype.value
    if term.language:
        return rdflib.Literal(term.value, lang=term.language, normalize=False)
    return rdflib.Literal(term.value, datatype=None if dt == str(XSD.string) else rdflib.URIRef(dt),
                          normalize=False)


def store_graphs(store: ox.Store) -> dict[str, rdflib.Graph]:
    """Every graph of an embedded store (default graph under the key ""), normalised."""
    out: dict[str, list] = {}
    for q in store:
        key = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        out.setdefault(key, []).append((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return {k: normalised_graph(v) for k, v in out.items()}


def parse_graph(data: bytes, fmt: str) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=data, format=fmt)
    return normalised_graph(g)


def parse_dataset(data: bytes, fmt: str) -> dict[str, rdflib.Graph]:
    """Every graph of a dataset file, by name ("" for the default graph), normalised."""
    quads = ox.parse(data, format={"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                   "json-ld": ox.RdfFormat.JSON_LD}[fmt])
    st = ox.Store()
    st.extend(quads)
    return store_graphs(st)


def union(graphs: dict[str, rdflib.Graph]) -> rdflib.Graph:
    g = rdflib.Graph()
    for part in graphs.values():
        for t in part:
            g.add(t)
    return g


def same_graph(a: rdflib.Graph, b: rdflib.Graph) -> bool:
    return len(a) == len(b) and isomorphic(a, b)


def describe_difference(a: rdflib.Graph, b: rdflib.Graph, limit: int = 8) -> str:
    only_a = sorted(str(t) for t in set(a) - set(b))[:limit]
    only_b = sorted(str(t) for t in set(b) - set(a))[:limit]
    return f"{len(a)} vs {len(b)} triples\nonly in first: {only_a}\nonly in second: {only_b}"


# -- SPARQL results ---------------------------------------------------------------------------------

def _json_term(t: dict[str, str]) -> tuple:
    kind = t["type"]
    if kind == "uri":
        return ("iri", t["value"])
    if kind == "bnode":
        return ("bnode",)
    lex, dt, lang = canonical_literal(t["value"], t.get("datatype"), t.get("xml:lang"))
    if dt in NUMERIC_TYPES:  # integer vs decimal for the same aggregate is a legitimate difference
        return ("number", format(Decimal(lex).normalize(), "f"))
    return ("literal", lex, dt, lang)


def result_rows(results: dict) -> Any:
    """SPARQL JSON results as a comparable value: a bool, or a Counter of normalised rows."""
    if "boolean" in results:
        return bool(results["boolean"])
    names = results["head"].get("vars", [])
    rows = Counter()
    for b in results["results"]["bindings"]:
        rows[tuple(_json_term(b[v]) if v in b else None for v in names)] += 1
    return rows
