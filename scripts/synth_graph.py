"""Synthetic graphs of Diplograph's shape (docs/rdf-model.md), for speed tests and query tests only.

Every entity here is made up: countries use the ISO 3166 user-assigned codes (XA..XZ, QM..QZ), their
Wikidata links point at placeholder QIDs, people and cities have invented Arabic names. The graph has
the real shape: countries, persons representing them, cities, documents, events of every type with
their roles, the direct edges kept consistent with the events, text spans with an Arabic sentence,
articles; each article's triples in its own named graph, gazetteer entities in `dgr:graph/entities`.
About 5 % of events are reported by two articles (same event IRI, two spans), as happens in a corpus.

    python scripts/synth_graph.py --events 5000 --out /tmp/g     # ~10^5 triples
    python scripts/synth_graph.py --triples 100000 --out /tmp/g  # calibrated to a triple count

Deterministic for a given (n_events, seed).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from diplograph.store import GraphDir, atomic_write, serialize_sorted
from diplograph.vocab import DG, DGC, DGR, ENTITIES_GRAPH, OWL, PROV, RDF, RDFS, WD, XSD, article_graph

ISO_CODES = [f"X{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [f"Q{c}" for c in "MNOPQRSTUVWXYZ"]
SYLLABLES_AR = ["تا", "رو", "سي", "ما", "لي", "نو", "كا", "دا", "بي", "زا", "فو", "ها", "را", "جو", "ني", "وا"]
SYLLABLES_EN = ["ta", "ro", "si", "ma", "li", "no", "ka", "da", "bi", "za", "fo", "ha", "ra", "jo", "ni", "wa"]
ROLES = ["president", "prime_minister", "foreign_minister", "ambassador", "minister"]
DOC_KINDS = [("Declaration", "إعلان"), ("Agreement", "اتفاقية"), ("Memorandum", "مذكرة تفاهم"),
             ("Protocol", "بروتوكول"), ("Treaty", "معاهدة"), ("JointStatement", "بيان مشترك"),
             ("Programme", "برنامج")]
DOC_TOPICS = ["التعاون الاقتصادي", "الشراكة الاستراتيجية", "التعاون الثقافي", "النقل الجوي",
              "تجنب الازدواج الضريبي", "التعاون في مجال الطاقة", "حماية الاستثمارات"]
OCCASIONS = ["العيد الوطني", "عيد الاستقلال", "رأس السنة الميلادية", "ذكرى إقامة العلاقات الدبلوماسية"]
# (event kind, class, weight, CAMEO, PLOVER)
EVENT_KINDS = [("signing", "Signing", 25, "057", "AGREE"), ("congratulation", "Congratulation", 20, "018", "CONSULT"),
               ("establishment", "EstablishmentOfRelations", 10, "064", "COOPERATE"),
               ("anniversary", "Anniversary", 10, "018", "CONSULT"), ("visit", "Visit", 15, "042", "CONSULT"),
               ("meeting", "Meeting", 15, "040", "CONSULT"), ("statement", "Statement", 5, "010", "OTHER")]
EVENTS_PER_ARTICLE = 10

SENTENCE = ("{verb} {agent} مع {other} في مدينة {city} {what} بين {c1} و{c2} وذلك في إطار تعزيز العلاقات "
            "الثنائية وتطوير التعاون بين البلدين في مختلف المجالات السياسية والاقتصادية والثقافية.")


def _iri(ns, local: str) -> ox.NamedNode:
    return ox.NamedNode(str(ns[local]))


def _hash12(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _lit(value: str, lang: str | None = None, dtype=None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if dtype is not None:
        return ox.Literal(value, datatype=ox.NamedNode(str(dtype)))
    return ox.Literal(value)


A = ox.NamedNode(str(RDF.type))
LABEL = ox.NamedNode(str(RDFS.label))
SAME_AS = ox.NamedNode(str(OWL.sameAs))


def _p(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(DG[local]))


def _name(rng: random.Random, n: int) -> tuple[str, str]:
    idx = [rng.randrange(len(SYLLABLES_AR)) for _ in range(n)]
    return "".join(SYLLABLES_AR[i] for i in idx), "".join(SYLLABLES_EN[i] for i in idx).capitalize()


class _Entities:
    """Countries, persons and cities of the synthetic world (the entities graph)."""

    def __init__(self, rng: random.Random, n_countries: int) -> None:
        self.countries: list[ox.NamedNode] = []
        self.names: dict[ox.NamedNode, str] = {}
        self.persons: dict[ox.NamedNode, list[ox.NamedNode]] = {}
        self.cities: dict[ox.NamedNode, list[ox.NamedNode]] = {}
        self.triples: list[ox.Triple] = []
        t = self.triples.append
        for i, code in enumerate(ISO_CODES[:n_countries]):
            c = _iri(DGR, f"country/{code}")
            ar, en = _name(rng, 3)
            self.countries.append(c)
            self.names[c] = ar
            t(ox.Triple(c, A, _p("Country")))
            t(ox.Triple(c, _p("isoCode"), _lit(code)))
            t(ox.Triple(c, SAME_AS, _iri(WD, f"Q{99_000_000 + i}")))  # placeholder QID
            t(ox.Triple(c, LABEL, _lit(ar, "ar")))
            t(ox.Triple(c, LABEL, _lit(en, "en")))
            self.persons[c] = []
            for role in ROLES:
                ar_p, en_p = _name(rng, 2)
                ar_f, en_f = _name(rng, 3)
                p = _iri(DGR, f"person/{code.lower()}-{_hash12(ar_p, ar_f, code)}")
                self.persons[c].append(p)
                self.names[p] = f"{ar_p} {ar_f}"
                t(ox.Triple(p, A, _p("Person")))
                t(ox.Triple(p, LABEL, _lit(f"{ar_p} {ar_f}", "ar")))
                t(ox.Triple(p, LABEL, _lit(f"{en_p} {en_f}", "en")))
                t(ox.Triple(p, _p("represents"), c))
                t(ox.Triple(p, _p("role"), _lit(role)))
            self.cities[c] = []
            for _ in range(3):
                ar_c, en_c = _name(rng, 2)
                pl = _iri(DGR, f"place/{_hash12(ar_c, code)}")
                self.cities[c].append(pl)
                self.names[pl] = ar_c
                t(ox.Triple(pl, A, _p("Place")))
                t(ox.Triple(pl, LABEL, _lit(ar_c, "ar")))
                t(ox.Triple(pl, LABEL, _lit(en_c, "en")))
                t(ox.Triple(pl, _p("locatedIn"), c))


def _date(rng: random.Random) -> ox.Literal:
    y, m, d = rng.randint(1991, 2024), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.04:
        return _lit(f"{y}", dtype=XSD.gYear)
    if r < 0.08:
        return _lit(f"{y}-{m:02d}", dtype=XSD.gYearMonth)
    return _lit(f"{y}-{m:02d}-{d:02d}", dtype=XSD.date)


def _sentence(rng: random.Random, ent: _Entities, verb: str, agent, other, city, what: str, c1, c2) -> str:
    return SENTENCE.format(verb=verb, agent=ent.names[agent], other=ent.names[other], city=ent.names[city],
                           what=what, c1=ent.names[c1], c2=ent.names[c2])


def _event(rng: random.Random, ent: _Entities, idx: int, seed: int) -> tuple[list[ox.Triple], str]:
    """One event's triples (without provenance) and the sentence stating it."""
    kinds = [k for k in EVENT_KINDS]
    kind, cls, _, cameo, plover = rng.choices(kinds, weights=[k[2] for k in kinds])[0]
    c1, c2 = rng.sample(ent.countries, 2)
    a1, a2 = rng.choice(ent.persons[c1]), rng.choice(ent.persons[c2])
    city = rng.choice(ent.cities[rng.choice((c1, c2))])
    date = _date(rng)
    ev = _iri(DGR, f"event/{kind}-{_hash12(seed, idx, kind, c1, c2, date.value)}")
    out = [ox.Triple(ev, A, _p(cls)), ox.Triple(ev, _p("date"), date),
           ox.Triple(ev, _p("cameoCode"), _iri(DGC, f"cameo-{cameo}")),
           ox.Triple(ev, _p("ploverCode"), _iri(DGC, f"plover-{plover}")),
           ox.Triple(ev, _p("rule"), _lit(f"{kind}.synthetic"))]
    t = out.append
    what = ""
    if kind == "signing":
        dk, dk_ar = rng.choice(DOC_KINDS)
        title = f"{dk_ar} {rng.choice(DOC_TOPICS)} بين {ent.names[c1]} و{ent.names[c2]}"
        doc = _iri(DGR, f"document/{_hash12(dk, sorted([c1.value, c2.value]), title, seed, idx)}")
        out += [ox.Triple(doc, A, _p(dk)), ox.Triple(doc, LABEL, _lit(title, "ar")),
                ox.Triple(doc, LABEL, _lit(f"{dk} {idx}", "en"))]
        for x in (a1, a2):
            t(ox.Triple(ev, _p("agent"), x))
            t(ox.Triple(x, _p("signed"), doc))
        for x in (c1, c2):
            t(ox.Triple(ev, _p("party"), x))
            t(ox.Triple(x, _p("signed"), doc))
        t(ox.Triple(ev, _p("document"), doc))
        t(ox.Triple(ev, _p("place"), city))
        what, verb = f"على {title}", "وقع"
    elif kind == "congratulation":
        t(ox.Triple(ev, _p("agent"), a1))
        t(ox.Triple(ev, _p("recipient"), a2))
        t(ox.Triple(ev, _p("occasion"), _lit(rng.choice(OCCASIONS), "ar")))
        t(ox.Triple(a1, _p("congratulated"), a2))
        verb, what = "هنأ", "بالمناسبة"
    elif kind in ("establishment", "anniversary"):
        for x in (c1, c2):
            t(ox.Triple(ev, _p("party"), x))
        t(ox.Triple(c1, _p("hasDiplomaticRelationsWith"), c2))
        t(ox.Triple(c2, _p("hasDiplomaticRelationsWith"), c1))
        if kind == "anniversary":
            t(ox.Triple(ev, _p("ordinal"), _lit(str(rng.randint(5, 60)), dtype=XSD.integer)))
            est = _iri(DGR, f"event/establishment-{_hash12(seed, idx, 'est', c1, c2)}")
            t(ox.Triple(ev, _p("commemorates"), est))
            out += [ox.Triple(est, A, _p("EstablishmentOfRelations")), ox.Triple(est, _p("party"), c1),
                    ox.Triple(est, _p("party"), c2), ox.Triple(est, _p("inferred"), _lit("true", dtype=XSD.boolean)),
                    ox.Triple(est, _p("date"), _lit(f"{rng.randint(1950, 1995)}", dtype=XSD.gYear))]
        verb, what = "احتفل", "بالعلاقات الدبلوماسية"
    elif kind == "visit":
        t(ox.Triple(ev, _p("agent"), a1))
        t(ox.Triple(ev, _p("party"), c2))
        city = rng.choice(ent.cities[c2])
        t(ox.Triple(ev, _p("place"), city))
        verb, what = "زار", "في زيارة رسمية"
    elif kind == "meeting":
        t(ox.Triple(ev, _p("agent"), a1))
        t(ox.Triple(ev, _p("agent"), a2))
        t(ox.Triple(ev, _p("place"), city))
        verb, what = "التقى", "لبحث القضايا"
    else:
        t(ox.Triple(ev, _p("agent"), a1))
        t(ox.Triple(ev, _p("party"), c2))
        verb, what = "صرح", "بشأن العلاقات"
    sentence = _sentence(rng, ent, verb, a1, a2, city, what, c1, c2)
    t(ox.Triple(ev, LABEL, _lit(f"{verb} {ent.names[c1]} {ent.names[c2]}", "ar")))
    return out, sentence


def make_quads(n_events: int, seed: int = 0, n_countries: int = 40) -> list[ox.Quad]:
    """A synthetic graph of `n_events` events (~22 triples each) as quads in their named graphs."""
    rng = random.Random(seed)
    ent = _Entities(rng, min(n_countries, len(ISO_CODES)))
    eg = ox.NamedNode(str(ENTITIES_GRAPH))
    quads = [ox.Quad(t.subject, t.predicate, t.object, eg) for t in ent.triples]
    n_articles = max(1, -(-n_events // EVENTS_PER_ARTICLE))
    keys = [hashlib.sha256(f"synthetic article {seed} {i}".encode()).hexdigest() for i in range(n_articles)]
    offsets: dict[int, int] = defaultdict(int)
    for idx in range(n_events):
        triples, sentence = _event(rng, ent, idx, seed)
        arts = [idx // EVENTS_PER_ARTICLE]
        if rng.random() < 0.05 and n_articles > 1:  # the same happening reported by a second article
            arts.append(rng.randrange(n_articles))
        for a in dict.fromkeys(arts):
            quads += _article_event(keys[a], a, offsets, triples, sentence)
    for a, sha in enumerate(keys):
        quads += _article(sha, a, rng)
    return quads


def _article_event(sha: str, a: int, offsets: dict[int, int], triples: list[ox.Triple],
                   sentence: str) -> Iterable[ox.Quad]:
    key = sha[:16]
    g = ox.NamedNode(str(article_graph(key)))
    start = offsets[a]
    end = start + len(sentence)
    offsets[a] = end + 1
    span = _iri(DGR, f"span/{key}-{start}-{end}")
    ev = triples[0].subject
    for t in triples:
        yield ox.Quad(t.subject, t.predicate, t.object, g)
    yield ox.Quad(ev, ox.NamedNode(str(PROV.wasDerivedFrom)), span, g)
    yield ox.Quad(span, A, _p("TextSpan"), g)
    yield ox.Quad(span, _p("text"), _lit(sentence), g)
    yield ox.Quad(span, _p("start"), _lit(str(start), dtype=XSD.integer), g)
    yield ox.Quad(span, _p("end"), _lit(str(end), dtype=XSD.integer), g)
    yield ox.Quad(span, _p("sourceArticle"), _iri(DGR, f"article/{key}"), g)


def _article(sha: str, a: int, rng: random.Random) -> list[ox.Quad]:
    key = sha[:16]
    g = ox.NamedNode(str(article_graph(key)))
    art = _iri(DGR, f"article/{key}")
    y, m, d = rng.randint(2000, 2024), rng.randint(1, 12), rng.randint(1, 28)
    triples = [(A, _p("Article")), (_p("sourceFile"), _lit(f"{a:06d}_{key}.txt")), (_p("sha256"), _lit(sha)),
               (_p("language"), _lit("ar")), (_p("published"), _lit(f"{y}-{m:02d}-{d:02d}", dtype=XSD.date)),
               (LABEL, _lit(f"خبر اصطناعي رقم {a}", "ar"))]
    return [ox.Quad(art, p, o, g) for p, o in triples]


def write_graph_dir(root: Path | str, n_events: int, seed: int = 0, n_countries: int = 40) -> Path:
    """Write a synthetic graph folder in the layout of `diplograph.store` and return its path."""
    gd = GraphDir(Path(root))
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for q in make_quads(n_events, seed, n_countries):
        by_graph[q.graph_name.value].append(ox.Triple(q.subject, q.predicate, q.object))
    prefix = str(article_graph(""))
    every: list[ox.Triple] = []
    for g, triples in by_graph.items():
        every += triples
        if g == str(ENTITIES_GRAPH):
            atomic_write(gd.entities, serialize_sorted(triples))
        else:
            atomic_write(gd.shard(g[len(prefix):]), serialize_sorted(triples))
    atomic_write(gd.merged, serialize_sorted(every))
    return gd.root


def events_for_triples(n_triples: int, seed: int = 0) -> int:
    """How many events give about `n_triples` distinct triples (calibrated on a small sample)."""
    sample = 2000
    distinct = len({(q.subject, q.predicate, q.object) for q in make_quads(sample, seed)})
    fixed = len({(q.subject, q.predicate, q.object) for q in make_quads(1, seed)})
    per_event = (distinct - fixed) / (sample - 1)
    return max(1, round((n_triples - fixed) / per_event))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--events", type=int, help="number of events")
    size.add_argument("--triples", type=int, help="approximate number of distinct triples")
    ap.add_argument("--out", type=Path, required=True, help="graph folder to write")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    n = args.events if args.events is not None else events_for_triples(args.triples, args.seed)
    write_graph_dir(args.out, n, args.seed)
    print(f"wrote {args.out} ({n} events)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
