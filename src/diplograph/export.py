"""Export the graph to files other tools read, and push it to a triple store.

Formats (`FORMATS`): Turtle, N-Triples and RDF/XML hold the union of the graphs (each triple once);
N-Quads, TriG and JSON-LD keep the named graphs: one per article (its facts and provenance),
`dgr:graph/entities` and, with the ontology, `dgr:graph/ontology`.

Every export is deterministic: quads are sorted by (graph, subject, predicate, object) in N-Triples
spelling and blank nodes get canonical labels (hashes of their surroundings), so two exports of the
same graph are byte-identical and diff cleanly. Output is streamed into the binary file object given,
per graph and per subject, never built as one string.

`push` sends the graphs to a SPARQL 1.1 Graph Store Protocol endpoint
(https://www.w3.org/TR/sparql11-http-rdf-update/), one request per named graph; see its docstring for
what happens when the store refuses something half-way.
"""
from __future__ import annotations

import html
import http.client
import io
import json
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from .errors import DiplographError
from .paths import ontology_file
from .store import add_ontology
from .urls import login
from .vocab import ONTOLOGY_GRAPH, PREFIXES, RDF_TYPE, TURTLE_PREFIXES, XSD, XSD_STRING
from .xmlsafe import check_triples

__all__ = ["FORMATS", "MEDIA_TYPES", "GraphStoreClient", "PushResult", "export", "push"]

Graph = ox.NamedNode | ox.BlankNode | ox.DefaultGraph

FORMATS: tuple[str, ...] = ("ttl", "nt", "nq", "trig", "jsonld", "xml")
DATASET_FORMATS = frozenset({"nq", "trig", "jsonld"})
MEDIA_TYPES: dict[str, str] = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}
_XSD_STRING = XSD_STRING
_RDF_TYPE = RDF_TYPE


# --------------------------------------------------------------------------------------------------
# Sorted, canonical quads
# --------------------------------------------------------------------------------------------------

def _triple_key(q: ox.Quad | ox.Triple) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


def _graph_key(g: Graph) -> tuple[int, str]:
    return (0, "") if isinstance(g, ox.DefaultGraph) else (1, g.value)


def _has_blank(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


@dataclass
class _Source:
    """The graphs to export, each yielding its quads sorted, blank nodes canonically labelled."""

    parts: list[tuple[ox.Store, Graph]]  # (store holding it, graph), sorted by graph name
    blank: dict[tuple[int, str], list[ox.Quad]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stores = {_graph_key(g): st for st, g in self.parts}

    @classmethod
    def of(cls, store: ox.Store, include_ontology: bool) -> _Source:
        ontology = ox.NamedNode(ONTOLOGY_GRAPH)
        parts: list[tuple[ox.Store, Graph]] = [(store, g) for g in store.named_graphs() if g != ontology]
        # with named graphs, the default graph is their union (the persistent store): not a graph of its own
        if not parts and next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
            parts.append((store, ox.DefaultGraph()))
        if include_ontology:
            if store.contains_named_graph(ontology):
                parts.append((store, ontology))
            else:  # from the shipped files, into a small store of its own (the caller's is not changed)
                extra = ox.Store()
                add_ontology(extra)
                if extra.contains_named_graph(ontology):
                    parts.append((extra, ontology))
        parts.sort(key=lambda part: _graph_key(part[1]))
        src = cls(parts)
        src._canonicalise_blank_nodes()
        return src

    @property
    def graphs(self) -> list[Graph]:
        return [g for _, g in self.parts]

    def _canonicalise_blank_nodes(self) -> None:
        """Relabel blank nodes from their surroundings (the labels a parser gives them are random)."""
        found = [q for st, g in self.parts for q in st.quads_for_pattern(None, None, None, g)
                 if _has_blank(q)]
        if not found:
            return
        ds = ox.Dataset(found)
        ds.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
        for q in ds:
            self.blank.setdefault(_graph_key(q.graph_name), []).append(q)

    def quads(self, g: Graph) -> list[ox.Quad]:
        """The quads of one graph, sorted."""
        st = self._stores[_graph_key(g)]
        quads = [q for q in st.quads_for_pattern(None, None, None, g) if not _has_blank(q)]
        quads += self.blank.get(_graph_key(g), [])
        quads.sort(key=_triple_key)
        return quads

    def union_triples(self) -> list[ox.Triple]:
        """Every triple of every graph once, sorted."""
        seen = {q.triple for g in self.graphs for q in self.quads(g)}
        return sorted(seen, key=_triple_key)


# --------------------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------------------

def export(store: ox.Store, fmt: str, out: BinaryIO, *, include_ontology: bool = True) -> None:
    """Write the store's graphs to `out` in `fmt` (one of FORMATS), sorted and streamed.

    With `include_ontology`, the ontology graph is added from the shipped ontology files when the store
    does not hold it yet (the store itself is not modified).
    """
    if fmt not in FORMATS:
        raise DiplographError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}",
                              exit_code=2)
    src = _Source.of(store, include_ontology)
    if fmt == "jsonld":
        _write_jsonld(src, out, load_context())
        return
    if fmt == "ttl":
        write_turtle(src.union_triples(), out)
    elif fmt == "trig":
        writer = TurtleWriter(out)
        for g in src.graphs:
            writer.graph(g, src.quads(g))
    elif fmt == "xml":
        triples = src.union_triples()
        check_triples(triples)
        ox.serialize(triples, out, ox.RdfFormat.RDF_XML, prefixes=PREFIXES)
    elif fmt == "nq":
        for g in src.graphs:
            ox.serialize(src.quads(g), out, ox.RdfFormat.N_QUADS)
    else:
        ox.serialize(src.union_triples(), out, ox.RdfFormat.N_TRIPLES)


# --------------------------------------------------------------------------------------------------
# Turtle and TriG that every parser reads alike
# --------------------------------------------------------------------------------------------------

# Prefixed names are used only where the local part needs no escape: Virtuoso 7.2 keeps the backslash
# of `dgr:country\/RU` (what pyoxigraph writes) as part of the IRI. Resource kinds get prefixes of their own
# so that most resources still read short (`country:RU`, `person:Q7747`, `event:signing-…`).
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*\Z")  # read alike by Virtuoso 7.2, raptor, Jena
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")
_BARE = {XSD.term("integer"): _INTEGER, XSD.term("decimal"): _DECIMAL,
         XSD.term("boolean"): re.compile(r"(true|false)\Z")}


class TurtleWriter:
    """Writes sorted triples as Turtle, or graphs of quads as TriG, one subject block at a time."""

    def __init__(self, out: BinaryIO, prefixes: dict[str, str] | None = None) -> None:
        self.out = out
        self.prefixes = dict(sorted((prefixes or TURTLE_PREFIXES).items()))
        self._by_ns = sorted(self.prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self._names: dict[str, str] = {}
        out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in self.prefixes.items()).encode("utf-8"))
        out.write(b"\n")

    def name(self, node: ox.NamedNode) -> str:
        iri = node.value
        cached = self._names.get(iri)
        if cached is None:
            cached = str(node)
            for prefix, ns in self._by_ns:
                if iri.startswith(ns) and _SAFE_LOCAL.match(iri[len(ns):]):
                    cached = f"{prefix}:{iri[len(ns):]}"
                    break
            if len(self._names) < 100_000:
                self._names[iri] = cached
        return cached

    def term(self, term: Any) -> str:
        if isinstance(term, ox.NamedNode):
            return self.name(term)
        if isinstance(term, ox.BlankNode | ox.DefaultGraph) or term.language:
            return str(term)
        dtype = term.datatype.value
        if dtype == _XSD_STRING:
            return str(term)
        bare = _BARE.get(dtype)
        if bare is not None and bare.match(term.value):
            return str(term.value)
        return f"{ox.Literal(term.value)}^^{self.name(term.datatype)}"

    def triples(self, triples: Iterable[ox.Triple | ox.Quad], indent: str = "") -> None:
        """Subject blocks of sorted triples: `s a C ; p o1 , o2 .` with rdf:type first."""
        block: list[ox.Triple | ox.Quad] = []
        for t in triples:
            if block and t.subject != block[0].subject:
                self._block(block, indent)
                block = []
            block.append(t)
        if block:
            self._block(block, indent)

    def _block(self, block: list[ox.Triple | ox.Quad], indent: str) -> None:
        by_predicate: dict[ox.NamedNode, list[str]] = {}
        for t in block:
            by_predicate.setdefault(t.predicate, []).append(self.term(t.object))
        order = sorted(by_predicate, key=lambda p: (p.value != _RDF_TYPE, p.value))
        lines = []
        for i, p in enumerate(order):
            head = f"{indent}{self.term(block[0].subject)} " if i == 0 else f"{indent}    "
            verb = "a" if p.value == _RDF_TYPE else self.name(p)
            lines.append(f"{head}{verb} {' , '.join(by_predicate[p])}{' .' if i == len(order) - 1 else ' ;'}")
        self.out.write(("\n".join(lines) + "\n").encode("utf-8"))

    def graph(self, g: Graph, quads: list[ox.Quad]) -> None:
        """One graph of a TriG file (the default graph without braces)."""
        if isinstance(g, ox.DefaultGraph):
            self.triples(quads)
            return
        self.out.write(f"\n{self.term(g)} {{\n".encode())
        self.triples(quads, indent="    ")
        self.out.write(b"}\n")


def write_turtle(triples: Iterable[ox.Triple | ox.Quad], out: BinaryIO) -> None:
    """Sorted triples as Turtle with the project's prefixes (see TurtleWriter)."""
    TurtleWriter(out).triples(triples)


# --------------------------------------------------------------------------------------------------
# JSON-LD: rdflib's writer, compacted with the published context
# --------------------------------------------------------------------------------------------------

def load_context(path: Path | None = None) -> Any:
    """The published JSON-LD context (the value of "@context" in ontology/context.jsonld)."""
    path = path or ontology_file("context.jsonld")
    try:
        return json.loads(path.read_text(encoding="utf-8"))["@context"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DiplographError(f"not a JSON-LD context: {exc}", path=path) from exc


def _rdflib_term(term: Any) -> Any:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dtype = term.datatype.value
    return Literal(term.value, datatype=None if dtype == _XSD_STRING else URIRef(dtype))


def _ordered(value: Any, key: str = "") -> Any:
    """The document with every array but @list sorted (rdflib's order follows Python hashing)."""
    if isinstance(value, dict):
        return {k: _ordered(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_ordered(v) for v in value]
        return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, sort_keys=True,
                                                                                   ensure_ascii=False))
    return value


def _write_jsonld(src: _Source, out: BinaryIO, context: Any) -> None:
    """The graphs as JSON-LD written by rdflib, compacted with the published context (embedded)."""
    from rdflib import Dataset, URIRef

    ds = Dataset()
    for g in src.graphs:
        target = ds.default_context if isinstance(g, ox.DefaultGraph) else ds.graph(URIRef(g.value))
        for q in src.quads(g):
            target.add((_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)))
    doc = json.loads(ds.serialize(format="json-ld", context=context, auto_compact=True))
    doc = _ordered(doc)
    doc["@context"] = context
    out.write(json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"))
    out.write(b"\n")


# --------------------------------------------------------------------------------------------------
# push: SPARQL 1.1 Graph Store Protocol
# --------------------------------------------------------------------------------------------------

@dataclass
class PushResult:
    """What a push sent: the graphs (IRI, triple count) in the order they were written."""

    url: str
    graphs: list[tuple[str, int]]

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


class _ClosingAuth:
    """Close the 401 response an auth handler answers (urllib leaves its socket open)."""

    def http_error_401(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        try:
            result = super().http_error_401(req, fp, code, msg, headers)  # type: ignore[misc]
        except urllib.error.HTTPError:
            fp.close()
            raise
        if result is not None:
            fp.close()
        return result


class _DigestAuthHandler(_ClosingAuth, urllib.request.HTTPDigestAuthHandler):
    pass


class _BasicAuthHandler(_ClosingAuth, urllib.request.HTTPBasicAuthHandler):
    pass


MAX_REPLY = 1 << 20        # bytes of a store's answer read into memory (backups are streamed to disk)


class FileBody:
    """A request body read from a file in chunks, afresh each time it is sent (urllib sends a request
    again to answer an authentication challenge)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = path.stat().st_size

    def __iter__(self) -> Iterator[bytes]:
        with self.path.open("rb") as fh:
            while chunk := fh.read(1 << 16):
                yield chunk


class GraphStoreClient:
    """One GSP endpoint: builds graph URLs, sends requests, turns failures into DiplographErrors."""

    def __init__(self, url: str, graph_param: str = "graph", user: str | None = None,
                 password: str | None = None, auth: str = "auto", timeout: float = 120.0) -> None:
        url, user, password = login(url, user, password)   # `user:pass@` in the URL: credentials, never shown
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise DiplographError(f"not an http(s) URL: {url!r}", hint="give the store's Graph Store "
                                  "Protocol endpoint, e.g. http://127.0.0.1:7878/store", exit_code=2)
        self.url, self.graph_param, self.timeout = url, graph_param, timeout
        self.user, self.auth = user, auth
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            if auth == "basic":  # send credentials with the first request, no challenge round trip
                prior = urllib.request.HTTPPasswordMgrWithPriorAuth()
                prior.add_password(None, url, user, password or "", is_authenticated=True)
                handlers.append(_BasicAuthHandler(prior))
            else:
                mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                mgr.add_password(None, url, user, password or "")
                if auth in ("digest", "auto"):
                    handlers.append(_DigestAuthHandler(mgr))
                if auth == "auto":
                    handlers.append(_BasicAuthHandler(mgr))
        self.opener = urllib.request.build_opener(*handlers)

    def graph_url(self, g: Graph) -> str:
        query = "default" if isinstance(g, ox.DefaultGraph) else urllib.parse.urlencode(
            {self.graph_param: g.value}, quote_via=urllib.parse.quote)
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{sep}{query}"

    def request(self, method: str, g: Graph, body: bytes | FileBody | None = None,
                content_type: str | None = None, accept: str | None = None,
                sink: BinaryIO | None = None) -> tuple[int, bytes, str]:
        """Send one request; returns (status, body, content type); a 404 is returned, other errors raised.
        With `sink` the answer's body is copied there as it arrives (returned body: empty); without, at
        most MAX_REPLY bytes of it are read. A FileBody is sent from its file, in chunks."""
        req = urllib.request.Request(self.graph_url(g), data=body, method=method)
        if isinstance(body, FileBody):
            req.add_header("Content-Length", str(body.size))
        if content_type:
            req.add_header("Content-Type", f"{content_type}; charset=utf-8")
        if accept:
            req.add_header("Accept", accept)
        name = "the default graph" if isinstance(g, ox.DefaultGraph) else f"<{g.value}>"
        try:
            with self.opener.open(req, timeout=self.timeout) as resp:
                if sink is not None:
                    shutil.copyfileobj(resp, sink, 1 << 16)
                    return resp.status, b"", resp.headers.get_content_type()
                return resp.status, resp.read(MAX_REPLY), resp.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            with exc:
                detail = _server_message(exc)
            if exc.code == 404 and method in ("GET", "DELETE"):
                return 404, b"", ""
            if exc.code in (401, 403):
                raise DiplographError(f"the graph store at {self.url} refused access (HTTP {exc.code} "
                                      f"{exc.reason}){detail}", hint=self._auth_hint(exc)) from exc
            raise DiplographError(f"the graph store at {self.url} rejected {method} of {name} "
                                  f"(HTTP {exc.code} {exc.reason}){detail}",
                                  hint=("this store has no default graph over the protocol: "
                                        "give --default-graph IRI" if isinstance(g, ox.DefaultGraph)
                                        else None)) from exc
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DiplographError(f"cannot reach the graph store at {self.url}: {reason}",
                                  hint="is the server running, and is the URL right?") from exc
        except (http.client.HTTPException, ValueError) as exc:   # not HTTP at all (BadStatusLine, ...)
            raise DiplographError(f"the server at {self.url} did not answer {method} with HTTP "
                                  f"({type(exc).__name__}: {str(exc)[:200]!r})",
                                  hint="is it a graph store, and is the URL (and its port) right?") from exc


    def _auth_hint(self, exc: urllib.error.HTTPError) -> str:
        challenge = (exc.headers.get("WWW-Authenticate") or "").split(" ")[0].lower() if exc.headers else ""
        if self.user is None:
            return "give --user and --password"
        if challenge and challenge != self.auth and self.auth != "auto":
            return f"the store asks for {challenge.capitalize()} authentication: use --auth {challenge}"
        if self.auth == "basic":
            return "check --user/--password, or use --auth digest if the store wants Digest (Virtuoso does)"
        return "check --user/--password"


def _server_message(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(MAX_REPLY).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    if exc.headers and exc.headers.get_content_type() in ("text/html", "application/xhtml+xml"):
        text = re.sub(r"<(head|title)>.*?</\1>|<[^>]+>", " ", text, flags=re.DOTALL | re.IGNORECASE)
        text = html.unescape(text)
    text = " ".join(text.split())
    if len(text) > 600:
        text = text[:600] + " …"
    return f": {text}" if text else ""


def default_graph_param(url: str) -> str:
    """`graph-uri` for Virtuoso's endpoints (/sparql-graph-crud, /sparql-graph-crud-auth), else `graph`."""
    return "graph-uri" if "/sparql-graph-crud" in urllib.parse.urlsplit(url).path else "graph"


def push(store: ox.Store, url: str, *, user: str | None = None, password: str | None = None,
         auth: str = "auto", method: str = "put", include_ontology: bool = True, fmt: str = "ttl",
         graph_param: str | None = None, default_graph: str | None = None,
         timeout: float = 120.0) -> PushResult:
    """Send every graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint.

    One request per graph: `PUT` (replace the graph; default) or `POST` (add to it), addressed with
    `?graph=IRI` (`?graph-uri=IRI` on Virtuoso's endpoints, or `graph_param`), the body Turtle or
    N-Triples (`fmt`). `auth` is "basic", "digest" or "auto" (answer whichever challenge the server
    sends). Triples outside any named graph (a graph folder holding only the merged `diplograph.ttl`)
    go to the store's default graph, or to the named graph `default_graph` when given (Virtuoso's
    graph store has no default graph).

    Nothing partial is left behind: before a graph is written its current content is fetched (`GET`)
    into a temporary file. If any request fails, every graph this run has touched is put back as it was
    (`PUT` of the saved content, or `DELETE` when it did not exist) and the error is raised. GSP has no
    transactions, so a concurrent writer to the same graphs can still interleave; within one run the
    store ends with either all graphs new or all graphs as they were.
    """
    if method not in ("put", "post"):
        raise DiplographError(f"unknown method {method!r}", hint="use put or post", exit_code=2)
    if fmt not in ("ttl", "nt"):
        raise DiplographError(f"cannot push {fmt!r}", hint="graph stores take ttl or nt", exit_code=2)
    if auth not in ("auto", "basic", "digest"):
        raise DiplographError(f"unknown auth scheme {auth!r}", hint="use basic or digest", exit_code=2)
    if default_graph is not None:
        try:
            ox.NamedNode(default_graph)
        except ValueError as exc:
            raise DiplographError(f"not an IRI: {default_graph!r} ({exc})", exit_code=2) from exc
    client = GraphStoreClient(url, graph_param or default_graph_param(url), user, password, auth, timeout)
    src = _Source.of(store, include_ontology)
    result = PushResult(client.url, [])
    with tempfile.TemporaryDirectory(prefix="diplograph-push-") as backup_dir:
        touched: list[tuple[Graph, tuple[Path, str] | None]] = []
        try:
            for i, g in enumerate(src.graphs):
                quads = src.quads(g)
                if isinstance(g, ox.DefaultGraph) and default_graph:
                    g = ox.NamedNode(default_graph)
                saved = Path(backup_dir) / f"{i}.rdf"
                with saved.open("wb") as sink:      # streamed: a store may hold more than fits in memory
                    status, _, saved_type = client.request(
                        "GET", g, accept="application/n-triples, text/turtle;q=0.9", sink=sink)
                backup = None if status == 404 else (saved, saved_type)
                touched.append((g, backup))
                body = _graph_body(quads, fmt)
                client.request(method.upper(), g, body, MEDIA_TYPES[fmt])
                result.graphs.append(("" if isinstance(g, ox.DefaultGraph) else g.value, len(quads)))
        except DiplographError as exc:
            if touched:
                left = _restore(client, touched)
                exc.message += (f"; restoring the graphs written before the failure also failed, so these "
                                f"may be left changed: {', '.join(left)}" if left else
                                "; the graphs written before the failure were restored")
            raise
    return result


def _graph_body(quads: list[ox.Quad], fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "ttl":
        write_turtle(quads, buf)
    else:
        ox.serialize((q.triple for q in quads), buf, ox.RdfFormat.N_TRIPLES)
    return buf.getvalue()


def _restore(client: GraphStoreClient, touched: list[tuple[Graph, tuple[Path, str] | None]]) -> list[str]:
    """Put touched graphs back as they were; returns the graphs that could not be restored."""
    failed = []
    for g, backup in reversed(touched):
        try:
            if backup is None:
                client.request("DELETE", g)
            else:
                path, content_type = backup
                client.request("PUT", g, FileBody(path), content_type or "text/turtle")
        except DiplographError:
            failed.append("the default graph" if isinstance(g, ox.DefaultGraph) else f"<{g.value}>")
    return failed
