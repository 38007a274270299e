"""RDF writing: where an extracted fact becomes triples (the public vocabulary, docs/rdf-model.md).

`article_triples(doc)` gives the triples of one article's named graph (its events, the entities born in
it, spans and the article node); `entity_triples(keys)` describes gazetteer entities (states, leaders,
cities) for the entities graph. IRIs are minted from content, so the same input always gives the same
IRIs, and the same happening reported twice gets one IRI.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from . import vocab
from .document import DateValue, DocRef, Document, Event, Person, Place
from .gazetteer import gazetteer
from .registry import EventType, Registry, default_registry, document_class
from .textfold import fold


class _OxNamespace:
    """A vocabulary namespace of `vocab.py` whose terms are pyoxigraph IRIs, made once and reused
    (rdflib's Namespace builds and validates a new URIRef on every attribute access)."""

    def __init__(self, base: object) -> None:
        self._base = str(base)
        self._terms: dict[str, ox.NamedNode] = {}

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = ox.NamedNode(self._base + name)
        return term

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self._base + name)


DG, DGC, DGR, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD = (
    _OxNamespace(ns) for ns in (vocab.DG, vocab.DGC, vocab.DGR, vocab.OWL, vocab.PROV, vocab.RDF, vocab.RDFS,
                                vocab.SCHEMA, vocab.SKOS, vocab.WD, vocab.XSD))

ORGANISATION_ROLES = {"parliament", "leader"}


def N(iri: object) -> ox.NamedNode:
    """A pyoxigraph IRI."""
    return iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(str(iri))


def lit(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def typed(value: object, datatype: object) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(datatype))


def date_literal(d: DateValue) -> ox.Literal:
    dtype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[d.precision]
    return typed(d.iso(), dtype)


def h12(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def country_iri(iso: str) -> ox.NamedNode:
    return N(DGR[f"country/{iso}"])


def person_iri(p: Person) -> ox.NamedNode:
    """People under person/; a parliament or a state's leadership (acting as one) under org/."""
    kind = "org" if p.role in ORGANISATION_ROLES else "person"
    return N(DGR[f"{kind}/{p.key}"])


def place_iri(p: Place) -> ox.NamedNode:
    return N(DGR[f"place/{p.key}"])


def document_iri(d: DocRef, parties: Iterable[str]) -> ox.NamedNode:
    return N(DGR[f"document/{h12(d.kind, ','.join(sorted(parties)), d.folded)}"])


def event_key(ev: Event, registry: Registry | None = None) -> str:
    """Content key of an event: the same happening (type, states, people, date...) gets the same IRI
    (the parts are the type's `iri_key`, see registry.EventType)."""
    return h12(ev.type, *(registry or default_registry()).event(ev.type).iri_key(ev))


def event_iri(ev: Event, registry: Registry | None = None) -> ox.NamedNode:
    return N(DGR[f"event/{ev.type}-{event_key(ev, registry)}"])


def article_iri(doc: Document) -> ox.NamedNode:
    return N(DGR[f"article/{doc.key}"])


def span_iri(doc: Document, start: int, end: int) -> ox.NamedNode:
    return N(DGR[f"span/{doc.key}-{start}-{end}"])


@dataclass
class Triples:
    """Collects triples; `entities` gathers gazetteer entities to describe in the entities graph."""

    registry: Registry = field(default_factory=default_registry)
    items: list[ox.Triple] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)

    def add(self, s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> None:
        self.items.append(ox.Triple(s, N(p), o))


def _person(t: Triples, p: Person) -> ox.NamedNode:
    iri = person_iri(p)
    if p.iso:
        t.countries.add(p.iso)
    if p.text and fold(p.text) != fold(p.ar):
        t.add(iri, SKOS.altLabel, lit(p.text, "ar"))     # the article's own form of the name
    if p.gazetteer:
        t.people[p.key] = p
        if p.role:
            t.add(iri, DG.role, lit(p.role))     # the office held at this article's date
        return iri
    cls = DG.Organization if p.role in ORGANISATION_ROLES else DG.Person
    t.add(iri, RDF.type, N(cls))
    t.add(iri, RDFS.label, lit(p.ar, "ar"))
    if p.en:
        t.add(iri, RDFS.label, lit(p.en, "en"))
    if p.iso:
        t.add(iri, DG.represents, country_iri(p.iso))
    if p.role and cls == DG.Person:
        t.add(iri, DG.role, lit(p.role))
    return iri


def _place(t: Triples, p: Place) -> ox.NamedNode:
    t.places[p.key] = p
    if p.iso:
        t.countries.add(p.iso)
    return place_iri(p)


def _country(t: Triples, iso: str) -> ox.NamedNode:
    t.countries.add(iso)
    return country_iri(iso)


def _document(t: Triples, d: DocRef, parties: list[str]) -> ox.NamedNode:
    iri = document_iri(d, parties)
    t.add(iri, RDF.type, DG[document_class(d.kind, t.registry)])
    t.add(iri, RDFS.label, lit(d.title, "ar"))
    return iri


def _event_label(ev: Event, kind: EventType) -> tuple[str, str]:
    states = "، ".join(sorted(ev.states()))
    date = f" {ev.date.iso()}" if ev.date else ""
    what = ev.document.title if ev.document else ""
    ar = f"{kind.label_ar} {what}".strip() + f" ({states}){date}"
    en = f"{kind.label_en} ({', '.join(sorted(ev.states()))}){date}"
    return ar, en


def _event(t: Triples, doc: Document, ev: Event) -> None:
    kind = t.registry.event(ev.type)
    e = event_iri(ev, t.registry)
    t.add(e, RDF.type, DG[kind.cls])
    ar, en = _event_label(ev, kind)
    t.add(e, RDFS.label, lit(ar, "ar"))
    t.add(e, RDFS.label, lit(en, "en"))
    t.add(e, DG.rule, lit(ev.rule))
    agents = [_person(t, p) for p in ev.agents] + [_country(t, s) for s in ev.agent_states]
    for a in agents:
        t.add(e, DG.agent, a)
    recips = [_person(t, p) for p in ev.recipients] + [_country(t, s) for s in ev.recipient_states]
    for r in recips:
        t.add(e, DG.recipient, r)
    for s in ev.parties:
        t.add(e, DG.party, _country(t, s))
    if ev.date:
        t.add(e, DG.date, date_literal(ev.date))
        if ev.date.flag:
            t.add(e, DG.dateFlag, lit(ev.date.flag))
    if ev.place:
        t.add(e, DG.place, _place(t, ev.place))
    if ev.ordinal:
        t.add(e, DG.ordinal, typed(ev.ordinal, XSD.integer))
    if ev.occasion and kind.has_occasion:
        t.add(e, DG.occasion, lit(ev.occasion, "ar"))
    if ev.inferred:
        t.add(e, DG.inferred, typed("true", XSD.boolean))
    t.add(e, DG.confidence, typed(f"{ev.confidence:.3f}", XSD.decimal))
    _codes(t, e, ev, kind)
    _spans(t, doc, e, ev)
    _direct_edges(t, e, ev, kind)


def _codes(t: Triples, e: ox.NamedNode, ev: Event, kind: EventType) -> None:
    """The type's default CAMEO and PLOVER codes (ontology/codes.ttl), or the code its declaration picks."""
    cameo = kind.cameo_for(ev, kind.cameo)
    if cameo:
        t.add(e, DG.cameoCode, DGC[cameo])
    if kind.plover:
        t.add(e, DG.ploverCode, DGC[kind.plover])


def _spans(t: Triples, doc: Document, e: ox.NamedNode, ev: Event) -> None:
    for start, end in ev.spans:
        span = span_iri(doc, start, end)
        t.add(e, PROV.wasDerivedFrom, span)
        t.add(span, RDF.type, N(DG.TextSpan))
        t.add(span, DG.text, lit(doc.text[start:end]))
        t.add(span, DG.start, typed(start, XSD.integer))
        t.add(span, DG.end, typed(end, XSD.integer))
        t.add(span, DG.sourceArticle, article_iri(doc))


def _direct_edges(t: Triples, e: ox.NamedNode, ev: Event, kind: EventType) -> None:
    """The direct edges of the design card that the event states (its type's `direct`)."""
    edge = kind.direct if kind.direct_when(ev) else None
    if edge == "signed" and ev.document:
        d = _document(t, ev.document, ev.parties)
        t.add(e, DG.document, d)
        for s in ev.parties:
            t.add(country_iri(s), DG.signed, d)
        for p in ev.agents:
            t.add(person_iri(p), DG.signed, d)
    elif edge == "congratulated":
        for p in ev.agents:
            for r in ev.recipients:
                t.add(person_iri(p), DG.congratulated, person_iri(r))
    elif edge == "relations" and len(ev.parties) == 2:
        one, other = (country_iri(s) for s in ev.parties)
        t.add(one, DG.hasDiplomaticRelationsWith, other)
        t.add(other, DG.hasDiplomaticRelationsWith, one)


def _commemorations(t: Triples, doc: Document) -> None:
    """An anniversary of relations commemorates their establishment (a type's `commemorates`)."""
    for ev in doc.events:
        target = t.registry.event(ev.type).commemorates
        if target is None or not ev.of_relations:
            continue
        for other in doc.events:
            if other.type == target and frozenset(other.parties) == frozenset(ev.parties):
                t.add(event_iri(ev, t.registry), DG.commemorates, event_iri(other, t.registry))


def _article(t: Triples, doc: Document) -> None:
    a = article_iri(doc)
    t.add(a, RDF.type, N(DG.Article))
    t.add(a, DG.sourceFile, lit(doc.source))
    t.add(a, DG.sha256, lit(doc.sha256))
    t.add(a, DG.language, lit(doc.language))
    if doc.published:
        t.add(a, DG.published, typed(doc.published.isoformat(), XSD.date))
    if doc.url:
        t.add(a, SCHEMA.url, lit(doc.url))
    if doc.sentences:
        first = doc.sentences[0]
        t.add(a, RDFS.label, lit(doc.text[first.start:first.end][:300], doc.language))


def article_triples(doc: Document, registry: Registry | None = None) -> Triples:
    """Triples of one article's named graph (events, entities born in it, spans, the article)."""
    t = Triples(registry or default_registry())
    _article(t, doc)
    for ev in doc.events:
        _event(t, doc, ev)
    _commemorations(t, doc)
    return t


def entity_triples(countries: Iterable[str], people: Iterable[Person],
                   places: Iterable[Place]) -> Iterator[ox.Triple]:
    """Descriptions of gazetteer entities (for the entities graph)."""
    gz = gazetteer()
    out = Triples()
    for iso in sorted(set(countries)):
        c = gz.countries.get(iso)
        iri = country_iri(iso)
        out.add(iri, RDF.type, N(DG.Country))
        out.add(iri, DG.isoCode, lit(iso))
        if c:
            out.add(iri, RDFS.label, lit(c.ar, "ar"))
            out.add(iri, RDFS.label, lit(c.en, "en"))
            if c.qid:
                out.add(iri, OWL.sameAs, N(WD[c.qid]))
    for p in people:
        iri = person_iri(p)
        out.add(iri, RDF.type, N(DG.Person))
        out.add(iri, RDFS.label, lit(p.ar, "ar"))
        if p.en:
            out.add(iri, RDFS.label, lit(p.en, "en"))
        if p.qid:
            out.add(iri, OWL.sameAs, N(WD[p.qid]))
        if p.iso:
            out.add(iri, DG.represents, country_iri(p.iso))
    for pl in places:
        iri = place_iri(pl)
        out.add(iri, RDF.type, N(DG.Place))
        out.add(iri, RDFS.label, lit(pl.ar, "ar"))
        if pl.en:
            out.add(iri, RDFS.label, lit(pl.en, "en"))
        if pl.qid:
            out.add(iri, OWL.sameAs, N(WD[pl.qid]))
        if pl.iso:
            out.add(iri, DG.locatedIn, country_iri(pl.iso))
    return iter(out.items)


def document_graph(doc: Document, registry: Registry | None = None) -> list[ox.Triple]:
    """Everything about one article in one graph (what `diplograph extract` writes)."""
    t = article_triples(doc, registry)
    return t.items + list(entity_triples(t.countries, t.people.values(), t.places.values()))

