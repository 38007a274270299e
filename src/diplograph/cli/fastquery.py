"""`diplograph query` as plain functions, and its command line read without click (the fast path).

A one-off `diplograph query` spends most of its time starting: importing click alone costs about as
much as opening the graph and answering (some 40 ms of CPU of a seed-graph query's ~110 ms). `main`
therefore reads the usual `query` command lines here, with a strict little reader (`parse`) that knows
the command's options, and hands everything else to click: `--help`, `--list`, `--`, an unknown or
repeated option, a value that click would check and might refuse (a format not in FORMATS, a negative
timeout, a graph folder that is a file), an option value starting with `-`. What `parse` accepts, click
reads to the same values (`tests/test_start.py` compares the two on a list of command lines), so the
two paths answer alike; errors are always click's.

The click command (`cli/query.py`) calls `answer` too: one implementation of the command's work.

What such a command imports is kept to what it uses (`tests/test_start.py` checks it): the value
classes on its way are `record.Record`s, not dataclasses (importing `dataclasses` and generating
their methods took ~20 ms); `typing` only under TYPE_CHECKING; `threading` with `--timeout`, `limits`
(signal, resource) when the answer is bounded in a child process, no `shutil` for the terminal width.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..record import Frozen
from .report import error_line

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import Any, Final

FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")   # query.FORMATS (checked by a test)
DEFAULT_MAX_MEMORY: float = 2048

# option spelling -> QueryArgs field, for the options that take one value
_SINGLE = {"-f": "file", "--file": "file", "-n": "name", "--name": "name", "--format": "fmt",
           "--timeout": "timeout", "--max-memory": "max_memory", "--graph": "graph_dir"}
# ... and for those that may be repeated
_MULTIPLE = {"-p": "params", "--param": "params", "--allow-service": "allow_service"}


class QueryArgs(Frozen):
    """What a `diplograph query` command line asks for (the click command's parameters)."""

    __slots__ = ("sparql", "file", "name", "params", "fmt", "timeout", "max_memory", "allow_service",
                 "graph_dir")

    def __init__(self, sparql: str | None = None, file: Path | None = None, name: str | None = None,
                 params: tuple[str, ...] = (), fmt: str = "table", timeout: float | None = None,
                 max_memory: float = DEFAULT_MAX_MEMORY, allow_service: tuple[str, ...] = (),
                 graph_dir: Path = Path("graph")) -> None:
        self.sparql: Final = sparql
        self.file: Final = file
        self.name: Final = name
        self.params: Final = params
        self.fmt: Final = fmt
        self.timeout: Final = timeout
        self.max_memory: Final = max_memory
        self.allow_service: Final = allow_service
        self.graph_dir: Final = graph_dir


def _split(argv: Sequence[str]) -> tuple[list[tuple[str, str]], list[str]] | None:
    """(option, value) pairs and positional arguments, or None for anything but `--opt value`,
    `--opt=value` and `-o value`."""
    pairs: list[tuple[str, str]] = []
    positional: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "-" or not arg.startswith("-"):
            positional.append(arg)
            i += 1
            continue
        opt, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if opt not in _SINGLE and opt not in _MULTIPLE:
            return None
        if not eq:
            if i + 1 >= len(argv):
                return None
            i, value = i + 1, argv[i + 1]
        if value.startswith("-"):
            return None
        pairs.append((_SINGLE.get(opt) or _MULTIPLE[opt], value))
        i += 1
    return pairs, positional


def _number(text: str, *, above_zero: bool) -> float | None:
    """`text` as click's FloatRange reads it, None when click might refuse it."""
    try:
        value = float(text)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return value if (value > 0 if above_zero else value >= 0) else None


def _typed(field: str, value: str) -> object | None:
    """A single option's value as the click command receives it, None when click might refuse it."""
    if field == "fmt":
        return value if value in FORMATS else None
    if field == "timeout":
        return _number(value, above_zero=True)
    if field == "max_memory":
        return _number(value, above_zero=False)
    if field == "graph_dir":
        return None if Path(value).is_file() else Path(value)
    if field == "file":
        return None if Path(value).is_dir() else Path(value)
    return value


def parse(argv: Sequence[str]) -> QueryArgs | None:
    """The arguments after `query`, read as click reads them; None when click must read them (see the
    module docstring)."""
    split = _split(argv)
    if split is None or len(split[1]) > 1:
        return None
    pairs, positional = split
    values: dict[str, Any] = {"sparql": positional[0] if positional else None, "params": [],
                              "allow_service": []}
    for field, value in pairs:
        if field in ("params", "allow_service"):
            values[field].append(value)
            continue
        typed = _typed(field, value)
        if typed is None or field in values:
            return None
        values[field] = typed
    values["params"], values["allow_service"] = tuple(values["params"]), tuple(values["allow_service"])
    return QueryArgs(**values)


def _query_text(sparql: str | None, file: Path | None, name: str | None) -> tuple[str, str | None]:
    """(query text, named query name or None) from exactly one of: argument, -f FILE, --name, stdin."""
    from ..errors import QueryError
    from ..query import get_named_query

    given = [x for x in (sparql if sparql not in (None, "-") else None, file, name) if x is not None]
    if len(given) > 1:
        raise QueryError("give the query one way only: as an argument, with -f FILE, or with --name",
                         exit_code=2)
    if name is not None:
        return get_named_query(name).text, name
    if file is not None:
        try:
            return file.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query file: {exc}", path=file, exit_code=2) from exc
    if sparql not in (None, "-"):
        return sparql, None
    if sparql == "-" or not sys.stdin.isatty():
        text = sys.stdin.read()
        if text.strip():
            return text, None
    raise QueryError("no query given", exit_code=2,
                     hint="pass SPARQL as an argument, -f FILE.rq, --name NAME, or on stdin")


def answer(args: QueryArgs) -> bytes:
    """The command's output: the answer as a table or in `args.fmt`. The query runs in a child process
    bounded to `max_memory` MB (`limits.run_bounded`), except a named query on a graph small enough to
    be parsed into memory (`graphstore.is_small`): its answer is bounded by that graph's size."""
    from ..graphstore import Reader
    from ..query import (bind_params, format_table, get_named_query, parse_param_args, run_query,
                         serialize_result)
    from ..sparqlguard import parse_allow_list

    text, named = _query_text(args.sparql, args.file, args.name)
    values = parse_param_args(args.params)
    bindings = bind_params(get_named_query(named), values) if named else values
    allowed = parse_allow_list(args.allow_service)
    table = args.fmt == "table"
    reader = Reader(args.graph_dir, small_in_memory=True)
    with reader as store:
        def work() -> bytes:
            result = run_query(store, text, bindings=bindings, timeout=args.timeout,
                               format=None if table else args.fmt, allow_service=allowed)
            if table and result.kind != "graph":
                return (format_table(result) + "\n").encode("utf-8")
            return serialize_result(result, "ttl")[0]

        if args.max_memory and not (named and reader.small):
            from ..limits import run_bounded      # (signal, resource) imported only when it is used

            return run_bounded(work, args.max_memory)
        return work()


def write_answer(data: bytes) -> None:
    """`data` on standard output, ending with a newline."""
    out = sys.stdout.buffer
    out.write(data)
    if data and not data.endswith(b"\n"):
        out.write(b"\n")
    out.flush()


def run(argv: Sequence[str]) -> int | None:
    """Run `diplograph query ARGV` without click when `parse` reads it: the exit code; None when click
    must run it."""
    args = parse(argv)
    if args is None:
        return None
    try:
        write_answer(answer(args))
    except Exception as exc:       # the same as `common.user_errors`, without click
        line = error_line(exc)
        if line is None:
            raise
        sys.stderr.write(line[0] + "\n")
        return line[1]
    return 0
