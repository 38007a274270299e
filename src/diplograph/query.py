"""SPARQL over the graph: run a query, bind parameters safely, serialise the answer, list named queries.

Queries run through pyoxigraph directly (no rdflib objects on the way), over the whole graph (see
`graphstore` and `run_query`), with the project's prefixes (`vocab.PREFIXES`) predeclared through the parser's
`prefixes=` argument, so line and column numbers in error messages are the user's own.

Parameters are never spliced into the query text as text. A parameter is a variable of the query; its
value is turned into one RDF term, which reaches the engine in one of two ways:

* where the query has a line `# bind: ?name` (every named query marks where its parameters are best
  bound), that comment becomes `VALUES ?name { term }`, the term written by Oxigraph itself; only a
  term whose written form needs no escape (no backslash) is placed so (codes, IRIs, dates, numbers),
  so that what the parser reads is exactly that term. The engine then plans the query knowing the
  value: 3 to 30 times faster at 10^6 triples than the substitution below, which Oxigraph applies
  to a plan made for an unbound variable (see `place_bindings`);
* otherwise it is handed to Oxigraph's `substitutions=` (SEP-0007: the variable is replaced by that
  term everywhere, and still appears in the answer).

A parameter that is not given stays a free variable (its `# bind:` line a comment), so an optional
filter is just a variable. How a text value becomes a term:

* a named query declares each parameter's kind in its header (`# param: country (literal) — ...`):
  ``literal`` a plain string (`"RU"`), ``iri`` an absolute IRI or a prefixed name with a known prefix
  (`dgr:country/RU`), ``date`` an `xsd:date` (checked), ``integer`` an `xsd:integer` (checked);
* a parameter given to an ad hoc query is an IRI when written `<...>`, otherwise a plain string.

SPARQL Update is refused (the graph is read-only here). `timeout=` evaluates the query on a worker
thread and gives up after that many seconds. Oxigraph has no way to cancel a running query: a query
that streams its answer stops at once (the worker checks the deadline between solutions), but a query
stuck inside one blocking operator (a sort or a group over a huge product) keeps that thread busy until
the operator finishes. Callers that need a hard stop run queries in a process they can kill, as
`diplograph serve` does.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError
from .paths import queries_dir
from .record import Frozen, Record
from .graphstore import open_snapshot
from .sparqlguard import check_services
from .vocab import PREFIXES, XSD_DATE, XSD_INTEGER
from .xmlsafe import check_xml

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    import threading
    from typing import Final, TypeVar
    from typing import Literal as Kind

    T = TypeVar("T")

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")
PARAM_KINDS = ("literal", "iri", "date", "integer")
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                             "WITH"})


# --------------------------------------------------------------------------------------------- results

class QueryResult(Record):
    """The answer to one query, fully evaluated.

    kind is "select", "ask" or "graph" (CONSTRUCT / DESCRIBE). Either the terms are kept (`rows` of a
    SELECT, `boolean` of an ASK, `triples` of a graph query), or, when `run_query` was asked for a
    format, the serialised bytes (`data`, `media_type`); SELECT variables are kept in both cases.
    """

    __slots__ = ("kind", "variables", "rows", "boolean", "triples", "data", "media_type", "truncated")

    def __init__(self, kind: Kind["select", "ask", "graph"], variables: list[str] | None = None,
                 rows: list[ox.QuerySolution] | None = None, boolean: bool | None = None,
                 triples: list[ox.Triple] | None = None, data: bytes | None = None,
                 media_type: str | None = None, truncated: bool = False) -> None:
        self.kind = kind
        self.variables = [] if variables is None else variables
        self.rows, self.boolean, self.triples = rows, boolean, triples
        self.data, self.media_type, self.truncated = data, media_type, truncated

    def __len__(self) -> int:
        if self.rows is not None:
            return len(self.rows)
        if self.triples is not None:
            return len(self.triples)
        return 1

    def values(self) -> list[tuple[Term | None, ...]]:
        """SELECT rows as tuples of terms (None for unbound), in the order of `variables`."""
        if self.rows is None:
            raise ValueError("this result holds no solutions (not a SELECT, or already serialised)")
        return [tuple(sol[v] for v in self.variables) for sol in self.rows]


# ------------------------------------------------------------------------------------- named queries

class Param(Frozen):
    """A parameter a named query declares: `# param: NAME (KIND[, optional]) — description`."""

    __slots__ = ("name", "kind", "optional", "description")

    def __init__(self, name: str, kind: str = "literal", optional: bool = True,
                 description: str = "") -> None:
        self.name: Final = name
        self.kind: Final = kind
        self.optional: Final = optional
        self.description: Final = description


class NamedQuery(Frozen):
    """One `ontology/queries/*.rq` file and what its comment header says about it."""

    __slots__ = ("name", "description", "params", "path", "text")
    _unshown = frozenset({"text"})

    def __init__(self, name: str, description: str, params: tuple[Param, ...], path: Path,
                 text: str = "") -> None:
        self.name: Final = name
        self.description: Final = description
        self.params: Final = params
        self.path: Final = path
        self.text: Final = text      # the file's content, as read with its header


def _parse_header(path: Path) -> NamedQuery:
    """The named query in `path`, read again only when the file changed (size, time)."""
    st = path.stat()
    return _read_named(path, st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=256)
def _read_named(path: Path, size: int, mtime_ns: int) -> NamedQuery:
    del size, mtime_ns          # the cache key: a file edited in place is read again
    name, description, params = path.stem, "", []
    text = path.read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        key, sep, value = line.lstrip("#").strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            continue
        if key == "name":
            name = value
        elif key == "description":
            description = f"{description} {value}".strip()
        elif key == "param":
            params.append(_parse_param(value, path))
    return NamedQuery(name, description, tuple(params), path, text)


@lru_cache(maxsize=None)
def _param_re() -> re.Pattern[str]:
    """Compiled on first use (not when the command starts)."""
    return re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?:[—–:-]+\s*(?P<desc>.*))?$")


def _parse_param(value: str, path: Path) -> Param:
    m = _param_re().match(value)
    if not m:
        raise QueryError(f"cannot read the parameter declaration {value!r}", path=path,
                         hint="write `# param: NAME (literal|iri|date|integer[, required]) — what it is`")
    spec = [s.strip().lower() for s in (m["spec"] or "literal").split(",") if s.strip()]
    kind = next((s for s in spec if s in PARAM_KINDS), "literal")
    return Param(m["name"], kind, "required" not in spec, (m["desc"] or "").strip())


def list_named_queries(directory: Path | None = None) -> list[NamedQuery]:
    """Every named query (`ontology/queries/*.rq`), sorted by name."""
    folder = directory or queries_dir()
    return sorted((_parse_header(p) for p in folder.glob("*.rq")), key=lambda q: q.name)


def is_query_name(text: str) -> bool:
    """Whether `text` could be a named query's file name (letters, digits, `_`, `.`, `-`), not SPARQL."""
    return bool(text) and text.replace("_", "a").replace(".", "a").replace("-", "a").isalnum()


@lru_cache(maxsize=256)
def _query_file(directory: Path | None, name: str) -> Path | None:
    """`directory/NAME.rq` (default: the named queries' folder) when `name` could be a file name (the
    path made once)."""
    return (directory or queries_dir()) / f"{name}.rq" if is_query_name(name) else None


def get_named_query(name: str, directory: Path | None = None) -> NamedQuery:
    """The named query called `name`, or a QueryError that lists the known names."""
    path = _query_file(directory, name)
    if path is not None:                   # the usual case: NAME.rq (one stat, to see it is unchanged)
        try:
            st = path.stat()
        except OSError:
            st = None
        if st is not None and stat.S_ISREG(st.st_mode):
            nq = _read_named(path, st.st_size, st.st_mtime_ns)
            if nq.name == name:
                return nq
    known = list_named_queries(directory)
    for q in known:
        if q.name == name:
            return q
    names = ", ".join(q.name for q in known) or "none"
    raise QueryError(f"no named query {name!r}", hint=f"known: {names}; see `diplograph query --list`",
                     exit_code=2)


# ---------------------------------------------------------------------------------------- parameters

def to_term(value: str | Term, kind: str | None = None) -> Term:
    """Turn a parameter value into exactly one RDF term (see the module docstring)."""
    if not isinstance(value, str):
        return value
    try:
        if kind is None:
            if value.startswith("<") and value.endswith(">"):
                return ox.NamedNode(value[1:-1])
            return ox.Literal(value)
        if kind == "literal":
            return ox.Literal(value)
        if kind == "iri":
            prefix, sep, local = value.partition(":")
            if sep and prefix in PREFIXES and not local.startswith("//"):
                return ox.NamedNode(PREFIXES[prefix] + local)
            return ox.NamedNode(value.removeprefix("<").removesuffix(">"))
        if kind == "date":
            from datetime import date   # imported when a date is given, not when a command starts

            date.fromisoformat(value)
            return ox.Literal(value, datatype=ox.NamedNode(XSD_DATE))
        if kind == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD_INTEGER))
    except ValueError as exc:
        raise QueryError(f"parameter value {value!r} is not a valid {kind or 'IRI'}: {exc}",
                         exit_code=2) from exc
    raise QueryError(f"unknown parameter kind {kind!r}", hint=f"use one of {', '.join(PARAM_KINDS)}")


def bind_params(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Check `values` against the parameters `query` declares and turn each into a term."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        hint = f"it takes: {', '.join(declared) or 'no parameters'}"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)}", hint=hint,
                         exit_code=2)
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=…", exit_code=2)
    return {k: to_term(v, declared[k].kind) for k, v in values.items()}


def parse_param_args(items: Iterable[str]) -> dict[str, str]:
    """`["country=RU", ...]` as a dict; the value may itself contain `=`."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"cannot read --param {item!r}", hint="write NAME=VALUE, e.g. country=RU",
                             exit_code=2)
        if key.strip() in out:
            raise QueryError(f"--param {key.strip()} is given twice", exit_code=2,
                             hint="give each parameter once (a query variable takes one value)")
        out[key.strip()] = value
    return out


# ------------------------------------------------------------------------------------------ running

@lru_cache(maxsize=None)
def _decl_re() -> re.Pattern[str]:
    """Compiled on first use (not when the command starts)."""
    return re.compile(r"\s*(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)


def _strip_prologue(text: str) -> str:
    """The query text after comments and PREFIX / BASE declarations (a lexical look, for messages)."""
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos].isspace():
            pos += 1
        if text.startswith("#", pos):
            nl = text.find("\n", pos)
            pos = n if nl < 0 else nl + 1
            continue
        if not text[pos:pos + 6].upper().startswith(("PREFIX", "BASE")):
            break                  # the usual case: no regex compiled
        m = _decl_re().match(text, pos)
        if not m:
            break
        pos = m.end()
    return text[pos:]


def is_update(text: str) -> bool:
    """Whether `text` is a SPARQL Update request (INSERT, DELETE, LOAD, DROP, ...)."""
    body = _strip_prologue(text)
    end = next((i for i, c in enumerate(body) if not ("A" <= c <= "Z" or "a" <= c <= "z")), len(body))
    return body[:end].upper() in UPDATE_KEYWORDS


@lru_cache(maxsize=None)
def _err_re() -> re.Pattern[str]:
    """Compiled on first use (not when the command starts)."""
    return re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)

def _syntax_error(exc: SyntaxError, text: str) -> QueryError:
    msg = str(exc)
    m = _err_re().search(msg)
    if not m:
        return QueryError(f"SPARQL syntax error: {msg}", hint="check the query against SPARQL 1.1")
    line, col, detail = int(m[1]), int(m[2]), " ".join(m[3].split())
    if "Prefix not found" in detail:
        detail = f"unknown prefix (predeclared: {', '.join(PREFIXES)})"
    elif len(detail) > 160:
        detail = detail[:159] + "…"
    lines = text.splitlines()
    shown = ""
    if 1 <= line <= len(lines):
        shown = f"\n  {lines[line - 1]}\n  {' ' * (col - 1)}^"
    return QueryError(f"SPARQL syntax error at line {line}, column {col}: {detail}{shown}", line=line)


@lru_cache(maxsize=None)
def _bind_line() -> re.Pattern[str]:
    """Compiled on first use (not when the command starts)."""
    return re.compile(r"^([ \t]*)#[ \t]*bind:((?:[ \t]*\?\w+)+)[ \t]*$", re.MULTILINE)

def _written(term: Term) -> str | None:
    """`term` in SPARQL syntax when that needs no escape at all, else None."""
    if not isinstance(term, ox.NamedNode | ox.Literal):
        return None
    text = str(term)
    return None if "\\" in text or "\n" in text or "\r" in text else text


def place_bindings(text: str, terms: Mapping[str, Term]) -> tuple[str, dict[str, Term]]:
    """Each `# bind: ?a ?b` line of `text` whose variables are bound (to terms written without escapes)
    replaced by `VALUES (?a ?b) { (term term) }` with those of them that are (one line for one: line
    numbers stay; a pair bound together lets the engine start from both); returns the new text and the
    bindings left for `substitutions=`."""
    placed = {name: w for name, term in terms.items() if (w := _written(term)) is not None}
    if not placed or "bind:" not in text:
        return text, dict(terms)
    text, used = _place(text, tuple(sorted(placed.items())))
    return text, {k: v for k, v in terms.items() if k not in used}


@lru_cache(maxsize=256)
def _place(text: str, written: tuple[tuple[str, str], ...]) -> tuple[str, frozenset[str]]:
    """`place_bindings` for terms already written (cached: a notebook asks the same query again)."""
    placed = dict(written)
    used: set[str] = set()

    def values(m: re.Match[str]) -> str:
        names = [n for n in m[2].replace("?", " ").split() if n in placed]
        if not names:
            return m[0]
        used.update(names)
        variables = " ".join(f"?{n}" for n in names)
        row = " ".join(placed[n] for n in names)
        return f"{m[1]}VALUES ({variables}) {{ ({row}) }}"

    return _bind_line().sub(values, text), frozenset(used)


def has_default_graph(store: ox.Store) -> bool:
    """Whether the store's default graph holds triples (then it is queried as the whole graph)."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def needs_named_graphs(text: str) -> bool:
    """Whether a query may address named graphs (GRAPH, FROM NAMED); a cautious lexical look."""
    return re.search(r"\b(GRAPH|NAMED)\b", text, re.IGNORECASE) is not None


def open_store(graph_dir: Path | str = "graph", *, named_graphs: bool = True) -> ox.Store:
    """The graph folder's persistent store, opened read-only without parsing (see `graphstore`): the
    whole graph in its default graph, one named graph per article. Rebuilt from the Turtle first when
    missing or stale. `named_graphs` is kept for compatibility: the named graphs are always there."""
    del named_graphs
    return open_snapshot(graph_dir)


@lru_cache(maxsize=256)
def _check(text: str, allow_service: frozenset[str]) -> None:
    """Refuse an update request or a SERVICE clause not allowed (a text that passed is remembered)."""
    if is_update(text):
        raise QueryError("SPARQL Update is refused: the graph is read-only here",
                         hint="change the graph with `diplograph ingest` / `diplograph build`")
    check_services(text, allow_service, PREFIXES)


def run_query(store: ox.Store, text: str, *, bindings: Mapping[str, str | Term] | None = None,
              timeout: float | None = None, format: str | None = None,
              max_rows: int | None = None, allow_service: Iterable[str] = ()) -> QueryResult:
    """Evaluate a SPARQL query over the whole graph: the store's default graph when it holds
    triples (a store from `open_store`), else the union of its named graphs (from `load_store`).

    `bindings` maps variable names to values (text values go through `to_term`), placed where the
    query's `# bind: ?name` lines say (see the module docstring), else substituted. With `format`
    ("json", "xml", "csv", "tsv" for SELECT/ASK; "ttl", "nt", "jsonld", "xml" for graph queries) the
    answer is serialised by Oxigraph and returned as `data`; without it, the terms are kept.
    `max_rows` keeps at most that many solutions/triples and sets `truncated`.
    A SERVICE clause is refused unless its endpoint's host is in `allow_service` (see `sparqlguard`).
    Raises QueryError on an update request, a refused SERVICE, a syntax error or the timeout.
    """
    _check(text, frozenset(allow_service))
    text, rest = place_bindings(text, {k: to_term(v) for k, v in (bindings or {}).items()})
    subs = {ox.Variable(k): v for k, v in rest.items()}
    union = not has_default_graph(store)

    def evaluate(cancel: threading.Event | None) -> QueryResult:
        try:
            raw = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union,
                              substitutions=subs or None)
        except SyntaxError as exc:
            raise _syntax_error(exc, text) from None
        except RuntimeError as exc:
            m = re.search(r"variable \?(\w+) in its SELECT projection", str(exc))
            if m:  # Oxigraph substitutes only variables the query selects
                raise QueryError(f"parameter {m[1]!r} is not a variable the query selects",
                                 hint=f"add ?{m[1]} to its SELECT clause", exit_code=2) from None
            raise QueryError(f"cannot run the query: {exc}") from None
        try:
            return _evaluate(raw, format, max_rows, cancel)
        finally:
            del raw

    if timeout is None:
        return evaluate(None)
    return _with_timeout(evaluate, timeout)


def _with_timeout(evaluate: Callable[[threading.Event | None], QueryResult], timeout: float) -> QueryResult:
    """Run `evaluate` on a daemon thread; give up after `timeout` seconds (Oxigraph parses and may
    evaluate eagerly inside `Store.query`, so even that call happens on the worker)."""
    import threading           # imported when a timeout is given, not when a command starts

    box: dict[str, object] = {}
    cancel = threading.Event()

    def work() -> None:
        try:
            box["result"] = evaluate(cancel)
        except BaseException as exc:  # noqa: BLE001 -- handed over to the caller's thread below
            # without its traceback: the frames hold Oxigraph iterators, which must be dropped on
            # the thread that made them
            box["error"] = exc.with_traceback(None)

    worker = threading.Thread(target=work, name="diplograph-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise QueryError(f"the query ran longer than {timeout:g} s and was stopped",
                         hint="narrow it down, or raise --timeout")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]


class _Cancelled(Exception):
    pass


RawResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


def _take(it: Iterable[T], max_rows: int | None, cancel: threading.Event | None) -> tuple[list[T], bool]:
    """Materialise an iterator, at most max_rows items, checking the cancel flag between items."""
    if cancel is None and max_rows is None:
        return list(it), False
    out: list[T] = []
    for i, item in enumerate(it):
        if max_rows is not None and i >= max_rows:
            return out, True
        if cancel is not None and cancel.is_set():
            raise _Cancelled
        out.append(item)
    return out, False


def _evaluate(raw: RawResult, format: str | None, max_rows: int | None,
              cancel: threading.Event | None) -> QueryResult:
    try:
        if isinstance(raw, ox.QueryBoolean):
            res = QueryResult("ask", boolean=bool(raw))
            if format:
                res.data, res.media_type = serialize_boolean(bool(raw), format)
            return res
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            if format and max_rows is None and cancel is None:
                data, mt = _ser_results(raw, format)
                return QueryResult("select", variables, data=data, media_type=mt)
            rows, truncated = _take(raw, max_rows, cancel)
            res = QueryResult("select", variables, rows=rows, truncated=truncated)
            if format:
                res.data, res.media_type = serialize_rows(variables, rows, format)
                res.rows = None
            return res
        triples, truncated = _take(raw, max_rows, cancel)
        res = QueryResult("graph", triples=triples, truncated=truncated)
        if format:
            res.data, res.media_type = serialize_triples(triples, format)
            res.triples = None
        return res
    except OSError as exc:
        raise QueryError(f"the query failed while reading the store: {exc}") from None


def _ser_results(raw: ox.QuerySolutions, format: str) -> tuple[bytes, str]:
    fmt = RESULT_FORMATS.get(format)
    if fmt is None:
        raise QueryError(f"a SELECT or ASK answer cannot be written as {format!r}",
                         hint=f"use one of table, {', '.join(RESULT_FORMATS)}", exit_code=2)
    return _xml_checked(raw.serialize(format=fmt), format), fmt.media_type


def _xml_checked(data: bytes | None, format: str) -> bytes:
    """`data`, unless it is XML holding a character XML 1.0 cannot carry (NotRepresentable)."""
    if data is None:        # Oxigraph returns None only when given an output to write to
        raise QueryError("the answer could not be serialised")
    if format == "xml":
        check_xml(data)
    return data


def serialize_rows(variables: Sequence[str], rows: Sequence[ox.QuerySolution],
                   format: str) -> tuple[bytes, str]:
    """SELECT solutions already taken out of Oxigraph, in a W3C results format (via Oxigraph's writer)."""
    fmt = RESULT_FORMATS.get(format)
    if fmt is None:
        raise QueryError(f"a SELECT answer cannot be written as {format!r}",
                         hint=f"use one of table, {', '.join(RESULT_FORMATS)}", exit_code=2)
    # Oxigraph's writers only take its own result iterators: build one by re-reading a TSV rendering
    # (N-Triples term syntax, escapes included, so the round trip is lossless).
    tsv = _tsv(variables, rows)
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return _xml_checked(parsed.serialize(format=fmt), format), fmt.media_type


def _tsv(variables: Sequence[str], rows: Sequence[ox.QuerySolution]) -> bytes:
    head = "\t".join(f"?{v}" for v in variables)
    body = ["\t".join(_tsv_term(sol[v]) for v in variables) for sol in rows]
    return ("\n".join([head, *body]) + "\n").encode()


def _tsv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


def serialize_triples(triples: Iterable[ox.Triple], format: str) -> tuple[bytes, str]:
    """Graph answers (CONSTRUCT / DESCRIBE), sorted for stable output, with the project's prefixes."""
    fmt = GRAPH_FORMATS.get(format)
    if fmt is None:
        raise QueryError(f"a CONSTRUCT/DESCRIBE answer cannot be written as {format!r}",
                         hint=f"use one of {', '.join(GRAPH_FORMATS)}", exit_code=2)
    ordered = sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return _xml_checked(ox.serialize(ordered, format=fmt, prefixes=prefixes), format), fmt.media_type


def serialize_boolean(value: bool, format: str) -> tuple[bytes, str]:
    """An ASK answer in a W3C results format."""
    fmt = RESULT_FORMATS.get(format)
    if fmt is None:
        raise QueryError(f"an ASK answer cannot be written as {format!r}",
                         hint=f"use one of table, {', '.join(RESULT_FORMATS)}", exit_code=2)
    doc = b'{"head":{},"boolean":%s}' % (b"true" if value else b"false")
    parsed = ox.parse_query_results(doc, format=ox.QueryResultsFormat.JSON)
    return _xml_checked(parsed.serialize(format=fmt), format), fmt.media_type


def serialize_result(result: QueryResult, format: str) -> tuple[bytes, str]:
    """Serialise a result whose terms were kept: SELECT/ASK in a W3C format, graphs in an RDF format."""
    if result.data is not None:
        return result.data, result.media_type or "application/octet-stream"
    if result.kind == "ask":
        return serialize_boolean(bool(result.boolean), format)
    if result.kind == "graph":
        return serialize_triples(result.triples or [], format)
    return serialize_rows(result.variables, result.rows or [], format)


def run_named(store: ox.Store, name: str, params: Mapping[str, str] | None = None, *,
              timeout: float | None = None, format: str | None = None, max_rows: int | None = None,
              allow_service: Iterable[str] = ()) -> QueryResult:
    """Run a named query with its parameters (checked against its header)."""
    nq = get_named_query(name)
    return run_query(store, nq.text, bindings=bind_params(nq, params or {}), timeout=timeout, format=format,
                     max_rows=max_rows, allow_service=allow_service)


# -------------------------------------------------------------------------------------------- table

_COMPACT = sorted(((iri, p) for p, iri in PREFIXES.items()), key=lambda x: -len(x[0]))


def term_text(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, literal values without quotes."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for iri, p in _COMPACT:
            if term.value.startswith(iri):
                return f"{p}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal (Arabic vowel marks and joiners take none)."""
    if text.isascii():              # every ASCII character takes one column
        return len(text)
    return sum(_char_width(c) for c in text)


def _clean(text: str) -> str:
    if text.isprintable():          # no control character (Cc) to replace
        return text
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def truncate(text: str, width: int) -> str:
    """Cut `text` to `width` columns with an ellipsis, never separating a letter from its marks."""
    text = _clean(text)
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if w and used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def terminal_columns(fallback: int = 120) -> int:
    """The terminal's width as `shutil.get_terminal_size` finds it (COLUMNS, then standard output's
    terminal, then `fallback`), without importing shutil (and its compression modules)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or fallback


def format_table(result: QueryResult, *, max_width: int | None = None, max_col: int = 48) -> str:
    """A plain-text table of a SELECT answer (or `true`/`false` for ASK), Arabic kept in logical order."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.rows is None:
        raise ValueError("format_table needs a SELECT result with its solutions kept")
    total = max_width or terminal_columns()
    cells = [[term_text(sol[v]) for v in result.variables] for sol in result.rows]
    widths = [max([display_width(v)] + [display_width(_clean(r[i])) for r in cells])
              for i, v in enumerate(result.variables)]
    budget = max(8, (total - 3 * len(widths)) // max(1, len(widths)))
    limit = max(8, min(max_col, budget))
    widths = [min(w, limit) for w in widths]
    lines = [" │ ".join(_pad(truncate(v, w), w) for v, w in zip(result.variables, widths)).rstrip(),
             "─┼─".join("─" * w for w in widths)]
    lines += [" │ ".join(_pad(truncate(c, w), w) for c, w in zip(r, widths)).rstrip() for r in cells]
    n = len(cells)
    lines.append(f"({n} row{'s' if n != 1 else ''}{', truncated' if result.truncated else ''})")
    return "\n".join(lines)
