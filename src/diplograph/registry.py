"""The event types: one declaration each, read together with the ontology into one `Registry`.

A declaration (`EventType`, one module per type under `eventtypes/`) says what Python must know about
a type: the pipeline's name for it (`"signing"`), its ontology class, the rules keyed by trigger words,
what makes two readings the same happening, what it implies and how it is drawn. Everything the ontology
states is read from it (`ontology/*.ttl`, the single source): the class, its default CAMEO and PLOVER
codes (`dg:defaultCameoCode`, `dg:defaultPloverCode` in codes.ttl) and its labels (`skos:altLabel`, the
word that opens an event's label, e.g. "توقيع"@ar / "Signing"@en). `rdf`, `render`, `api`, `build`,
`resolve` and `pipeline.events` read the registry; no other module lists event types.

    reg = default_registry()
    reg.event("signing").cameo            # 'cameo-057'
    reg.by_class("Visit").name            # 'visit'
    reg.with_types([toy], [Path("toy.ttl")])   # a registry with one more type (tests, extensions)
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from . import vocab
from .errors import DiplographError
from .paths import ontology_file

if TYPE_CHECKING:
    from .document import Document, Event

Identity = tuple[object, ...]
Rule = Callable[..., list["Event"]]

ONTOLOGY_FILES = ("diplograph.ttl", "codes.ttl")
ENTITY_CLASSES = ("Country", "Person", "Organization", "Place")     # entities that are not documents
# the built-in types, one module each under eventtypes/ (each defines TYPE)
BUILTIN_MODULES = ("signing", "congratulation", "establishment", "anniversary", "visit", "meeting",
                   "statement")


def _no_derivation(ev: Event) -> list[Event]:
    return []


def _nothing_to_settle(doc: Document) -> None:
    return None


def _always(ev: Event) -> bool:
    return True


def _no_publication(doc: Document) -> dt.date | None:
    return None


def _default_cameo(ev: Event, default: str | None) -> str | None:
    return default


@dataclass(frozen=True)
class EventType:
    """One event type: the declaration in Python, then (`Registry`) what the ontology says of it.

    Merging readings of one happening (`pipeline.resolve`): readings whose `identity` is equal are the
    same happening when their dates agree (`window_days`: within that many days; `dated_once`: whatever
    the dates), their documents agree and (`place_distinguishes`) their cities agree. `iri_key` gives
    the parts hashed into the event's IRI: `identity` and what the merge compares beside it.
    """

    name: str                                       # the pipeline's word: Event.type
    cls: str                                        # ontology class, local name under dg:
    identity: Callable[[Event], Identity]           # who and what: readings to compare as one happening
    iri_key: Callable[[Event], Identity]            # the IRI's content key (identity + date, document...)
    rules: Mapping[str, Rule] = field(default_factory=dict)   # trigger value (triggers.tsv) -> rule
    mention_rules: Mapping[str, Rule] = field(default_factory=dict)   # other mention kind -> rule
    derive: Callable[[Event], list[Event]] = _no_derivation   # events this one implies (resolve)
    derive_round: int = 0                           # derived in this round (round 1 sees round 0's events)
    settle: Callable[[Document], None] = _nothing_to_settle   # after merging: conventions across events
    publication: Callable[[Document], dt.date | None] = _no_publication   # the date its events imply
    direct: str | None = None                       # direct edge it states: signed|congratulated|relations
    direct_when: Callable[[Event], bool] = _always  # ...for this event
    cameo_for: Callable[[Event, str | None], str | None] = _default_cameo   # a code other than the default
    has_occasion: bool = False                      # dg:occasion is written for it
    commemorates: str | None = None                 # an event of this type commemorates one of that type
    edge_roles: tuple[str, str] = ("party", "party")   # to_networkx: edges from role to role
    dated_once: bool = False                        # one happening per identity, whatever the dates
    window_days: int = 0                            # readings this many days apart are one happening
    place_distinguishes: bool = False               # readings in two cities are two happenings
    starts_on_arrival: bool = False                 # merged readings keep the earliest day
    prefers_day: bool = False                       # a reading dated to the day refines a vaguer one
    gathers_agents: bool = False                    # merged readings pool their agents
    headline_takes_lead_date: bool = False          # told only in the headline: dated by the lead
    colour: str = "#777777"                         # the HTML view's colour
    # from the ontology (filled by Registry)
    label_ar: str = ""
    label_en: str = ""
    cameo: str | None = None                        # local name under dgc:, e.g. 'cameo-057'
    plover: str | None = None                       # e.g. 'plover-SUPPORT'

    @property
    def iri(self) -> str:
        return str(vocab.DG[self.cls])


class UnknownEventType(DiplographError):
    """An event carries a type that no declaration registers."""


@dataclass(frozen=True)
class OntologyFacts:
    """What the ontology files say of event and document classes."""

    event_classes: dict[str, dict[str, str]]      # class local name -> {label_ar, label_en, cameo, plover}
    document_classes: tuple[str, ...]             # dg:Document and its subclasses, local names


DG_NS = str(vocab.DG)
DGC_NS = str(vocab.DGC)
_ONTOLOGY_QUERY = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?c ?ar ?en ?cameo ?plover WHERE {
  ?c rdfs:subClassOf dg:Event .
  OPTIONAL { ?c skos:altLabel ?ar FILTER(LANG(?ar) = "ar") }
  OPTIONAL { ?c skos:altLabel ?en FILTER(LANG(?en) = "en") }
  OPTIONAL { ?c dg:defaultCameoCode ?cameo }
  OPTIONAL { ?c dg:defaultPloverCode ?plover }
}"""
_DOCUMENTS_QUERY = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?c WHERE { ?c rdfs:subClassOf dg:Document }"""


def read_ontology(paths: Iterable[Path]) -> OntologyFacts:
    """Event classes with their labels and default codes, and the document classes."""
    store = ox.Store()
    for path in paths:
        try:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (OSError, SyntaxError) as exc:
            raise DiplographError(f"cannot read the ontology: {exc}", path=path,
                                  hint="fix the Turtle syntax or reinstall diplograph") from None
    events: dict[str, dict[str, str]] = {}
    for row in store.query(_ONTOLOGY_QUERY):  # type: ignore[union-attr]
        facts = events.setdefault(_local(row["c"], DG_NS), {})
        for var, key in (("ar", "label_ar"), ("en", "label_en"), ("cameo", "cameo"), ("plover", "plover")):
            term = row[var]
            if term is not None:
                facts[key] = _local(term, DGC_NS) if key in ("cameo", "plover") else term.value
    docs = sorted(_local(row["c"], DG_NS) for row in store.query(_DOCUMENTS_QUERY))  # type: ignore[union-attr]
    return OntologyFacts(events, ("Document", *docs))


def _local(term: Any, ns: str) -> str:
    value: str = term.value
    return value[len(ns):] if value.startswith(ns) else value


@dataclass(frozen=True)
class Registry:
    """The event types in force, by name and by ontology class, and the document classes."""

    types: tuple[EventType, ...]
    document_classes: tuple[str, ...]
    ontology: tuple[Path, ...]
    declarations: tuple[EventType, ...] = ()

    @classmethod
    def build(cls, declarations: Iterable[EventType], ontology: Iterable[Path]) -> Registry:
        """Join the declarations with the ontology; a type missing on either side is an error."""
        decls, paths = tuple(declarations), tuple(ontology)
        facts = read_ontology(paths)
        names = [d.name for d in decls]
        if len(set(names)) != len(names):
            twice = sorted({n for n in names if names.count(n) > 1})
            raise DiplographError(f"event types declared twice: {twice}",
                                  hint="give each declaration its own name")
        where = paths[0] if paths else None
        types = []
        for d in decls:
            known = facts.event_classes.get(d.cls)
            if known is None:
                raise DiplographError(f"event type {d.name!r}: the ontology has no class dg:{d.cls}",
                                      path=where, hint=f"declare dg:{d.cls} under dg:Event, with its labels")
            types.append(replace(d, label_ar=known.get("label_ar", d.cls), cameo=known.get("cameo"),
                                 label_en=known.get("label_en", d.cls), plover=known.get("plover")))
        undeclared = sorted(set(facts.event_classes) - {d.cls for d in decls})
        if undeclared:
            raise DiplographError(f"ontology event classes without a declaration: {undeclared}", path=where,
                                  hint="add a module under diplograph/eventtypes/ for each")
        return cls(tuple(types), facts.document_classes, paths, decls)

    def with_types(self, declarations: Iterable[EventType], ontology: Iterable[Path] = ()) -> Registry:
        """This registry with more types (and the ontology files that declare their classes)."""
        return Registry.build(self.declarations + tuple(declarations), self.ontology + tuple(ontology))

    def event(self, name: str) -> EventType:
        for t in self.types:
            if t.name == name:
                return t
        raise UnknownEventType(f"unknown event type {name!r}",
                               hint=f"known types: {', '.join(t.name for t in self.types)}")

    def by_class(self, cls: str) -> EventType | None:
        return next((t for t in self.types if t.cls == cls), None)

    @property
    def event_classes(self) -> tuple[str, ...]:
        return tuple(t.cls for t in self.types)

    @property
    def document_subclasses(self) -> tuple[str, ...]:
        """The specific document classes (Declaration, Agreement...), without dg:Document itself."""
        return tuple(c for c in self.document_classes if c != "Document")

    def rules(self) -> dict[str, Rule]:
        """Trigger value (the `value` column of triggers.tsv) -> the rule that reads it."""
        out: dict[str, Rule] = {}
        for t in self.types:
            for trigger, rule in t.rules.items():
                if trigger in out:
                    raise DiplographError(f"trigger value {trigger!r} is claimed by two event types",
                                          hint="give each trigger value to one declaration")
                out[trigger] = rule
        return out

    def mention_rules(self) -> list[tuple[str, Rule]]:
        """(mention kind, rule) for the rules keyed by a mention other than a trigger ('dated')."""
        return [(kind, rule) for t in self.types for kind, rule in t.mention_rules.items()]


def document_class(kind: str, registry: Registry) -> str:
    """The ontology class of a document kind of documents.tsv ('joint_statement' -> 'JointStatement');
    a kind with no class of its own is an OtherDocument."""
    cls = "".join(part.capitalize() for part in kind.split("_"))
    return cls if cls in registry.document_classes and cls != "Document" else "OtherDocument"


@cache
def default_registry() -> Registry:
    """The built-in types with the shipped ontology (read once per process, on first use)."""
    decls = [import_module(f".eventtypes.{name}", __package__).TYPE for name in BUILTIN_MODULES]
    return Registry.build(decls, [ontology_file(name) for name in ONTOLOGY_FILES])
