"""Diplograph: a knowledge graph of bilateral relations between states, extracted from news articles.

Python users start here (see README "Python"): `diplograph.load()` gives an rdflib Dataset over the
fast engine, `diplograph.query(...)` runs SPARQL or a named query, `diplograph.to_networkx(...)` the
entity graph. Imports are lazy, so `import diplograph` stays cheap for the command line.
"""
from __future__ import annotations

TYPE_CHECKING = False   # typing.TYPE_CHECKING without importing typing (a command's start-up)
if TYPE_CHECKING:
    from typing import Any

__all__ = ["load", "store", "query", "to_networkx", "run_query", "extract_text", "extract_file"]

_WHERE = {"load": "api", "store": "api", "query": "api", "to_networkx": "api", "run_query": "query",
          "extract_text": "pipeline", "extract_file": "pipeline"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        from importlib import import_module      # (and `warnings`) not imported by the command line

        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
