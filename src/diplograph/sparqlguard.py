"""What a SPARQL query may reach outside the graph: `SERVICE` clauses (federated query).

Oxigraph evaluates `SERVICE <http://host/x> { ... }` by sending the inner query to that URL and
joining its answer, so a query is a way to make the machine that runs it send HTTP requests anywhere
(server-side request forgery, and a way for two nested SERVICE calls back to `diplograph serve` to use
up its workers). Every SERVICE clause is therefore refused unless its endpoint's host is on an explicit
allow-list (`--allow-service HOST[,HOST]`). A `SERVICE ?var` clause is refused whatever the list says:
its endpoint is only known at evaluation time.

The check reads the query with a small SPARQL lexer (comments, the four kinds of strings, IRIs,
prefixed names and variables are tokens of their own, as in the SPARQL 1.1 grammar), so `SERVICE`
inside a string, an IRI or a comment is not a clause, and `sErViCe`, `SERVICE SILENT`, a prefixed
endpoint (`PREFIX e: <http://h/> ... SERVICE e:x`) and a relative one (`BASE <http://h/> ... SERVICE
<x>`) are all seen. Whatever the lexer cannot resolve to an absolute http(s) URL is refused.

    >>> service_clauses('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    [ServiceClause(endpoint='http://example.org/sparql', text='SERVICE <http://example.org/sparql>', line=1)]
"""
from __future__ import annotations

import functools
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping

from .errors import QueryError
from .record import Frozen

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import Final


@functools.cache
def _token() -> re.Pattern[str]:
    """Compiled on first use: nothing is compiled when the command starts."""
    return re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n\r]*)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
| (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
| (?P<var>[?$]\w+)
| (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w\-:%.]|\\[_~.\-!$&'()*+,;=/?\#@%])*)
| (?P<word>[^\W\d]\w*)
| (?P<other>.)
""", re.VERBOSE | re.DOTALL)


@functools.cache
def _unicode_escape() -> re.Pattern[str]:
    """Compiled on first use: nothing is compiled when the command starts."""
    return re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


_SKIP = frozenset({"ws", "comment"})


class ServiceClause(Frozen):
    """One `SERVICE` clause: its endpoint as an absolute URL (None: a variable or unreadable), the
    clause as written (for messages) and the line it starts on."""

    __slots__ = ("endpoint", "text", "line")

    def __init__(self, endpoint: str | None, text: str, line: int) -> None:
        self.endpoint: Final = endpoint
        self.text: Final = text
        self.line: Final = line


def _tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, token, line) of every token that is not white space or a comment."""
    line = 1
    for m in _token().finditer(text):
        kind = m.lastgroup or "other"
        if kind not in _SKIP:
            yield kind, m.group(), line
        line += m.group().count("\n")


def _unescape_iri(token: str) -> str:
    return _unicode_escape().sub(lambda m: chr(int(m[1] or m[2], 16)), token[1:-1])


def _absolute(iri: str, base: str | None) -> str | None:
    parts = urllib.parse.urlsplit(iri)
    if parts.scheme:
        return iri
    return urllib.parse.urljoin(base, iri) if base else None


def service_clauses(text: str, prefixes: Mapping[str, str] | None = None) -> list[ServiceClause]:
    """Every SERVICE clause of a query, its endpoint resolved against BASE and the PREFIX
    declarations (`prefixes`: the ones predeclared for the parser)."""
    if "SERVICE" not in text.upper():     # the lexer below finds no other (upper-casing is per character)
        return []
    known = dict(prefixes or {})
    base: str | None = None
    found: list[ServiceClause] = []
    tokens = list(_tokens(text))
    i = 0
    while i < len(tokens):
        kind, tok, line = tokens[i]
        word = tok.upper() if kind == "word" else ""
        if word == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = _absolute(_unescape_iri(tokens[i + 1][1]), base)
            i += 2
            continue
        if word == "PREFIX" and [t[0] for t in tokens[i + 1:i + 3]] == ["pname", "iri"]:
            iri = _absolute(_unescape_iri(tokens[i + 2][1]), base)
            known[tokens[i + 1][1][:-1]] = iri or ""
            i += 3
            continue
        if word == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j][0] == "word" and tokens[j][1].upper() == "SILENT":
                j += 1
            target = tokens[j] if j < len(tokens) else ("other", "", line)
            found.append(ServiceClause(_endpoint(target[0], target[1], known, base),
                                       " ".join(t[1] for t in tokens[i:j + 1]), line))
            i = j + 1
            continue
        i += 1
    return found


def _endpoint(kind: str, token: str, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if kind == "iri":
        return _absolute(_unescape_iri(token), base)
    if kind == "pname":
        prefix, _, local = token.partition(":")
        namespace = prefixes.get(prefix)
        if not namespace:
            return None
        return namespace + re.sub(r"\\(.)", r"\1", local)
    return None


def parse_allow_list(values: Iterable[str]) -> frozenset[str]:
    """`--allow-service` values (each may hold several, comma-separated) as lower-case hosts
    (`host` or `host:port`)."""
    hosts = set()
    for value in values:
        for item in value.split(","):
            host = item.strip().lower()
            if not host:
                continue
            if "/" in host or "@" in host:
                raise QueryError(f"--allow-service takes host names (HOST or HOST:PORT), "
                                 f"not {item.strip()!r}", exit_code=2)
            hosts.add(host)
    return frozenset(hosts)


def _allowed(endpoint: str, hosts: frozenset[str]) -> bool:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return False
    try:
        port = parts.port
    except ValueError:
        return False
    host = parts.hostname.lower()
    return host in hosts or (port is not None and f"{host}:{port}" in hosts)


def check_services(text: str, allowed: frozenset[str] = frozenset(),
                   prefixes: Mapping[str, str] | None = None) -> None:
    """Raise a QueryError (exit code 2) naming the first SERVICE clause whose endpoint is not allowed."""
    for clause in service_clauses(text, prefixes):
        if clause.endpoint is None:
            raise QueryError(f"SERVICE clause at line {clause.line} refused: `{clause.text}` names no fixed "
                             "http(s) endpoint",
                             line=clause.line, exit_code=2,
                             hint="federated queries need an absolute <http://HOST/...> endpoint allowed "
                                  "with --allow-service HOST")
        if not _allowed(clause.endpoint, allowed):
            hint = (f"allowed: {', '.join(sorted(allowed))}" if allowed
                    else "federated queries are off; allow an endpoint's host with --allow-service HOST")
            raise QueryError(f"SERVICE clause at line {clause.line} refused: `{clause.text}` would query "
                             f"{clause.endpoint}",
                             line=clause.line, exit_code=2, hint=hint)


__all__ = ["ServiceClause", "check_services", "parse_allow_list", "service_clauses"]
