"""Benchmark the named competency queries on synthetic graphs of the project's shape.

For graphs of about 10^4, 10^5 (and, with --max 1000000, 10^6) triples built by scripts/synth_graph.py,
every named query runs through
  (a) plain rdflib: a `Graph` parsed from diplograph.ttl, `graph.query(text, initBindings=...)`;
  (b) diplograph's own path, as `diplograph query` runs it: `query.run_query(open_store(folder), text,
      bindings=...)` (answers materialised as pyoxigraph terms); for information also (u): the same
      over `store.load_store(folder)` (one named graph per article, queried as their union);
  (c) a bare pyoxigraph Store: diplograph.ttl bulk-loaded into the default graph,
      `list(store.query(text, prefixes=..., substitutions=...))`;
in the same run; it prints medians (of --runs, default 3) and the ratios a/b and b/c, and checks that
the three answers agree row for row (literals normalised: xsd:string = plain, language tags lower-cased).

    python scripts/bench_query.py                    # 10^4 and 10^5
    python scripts/bench_query.py --max 1000000      # and 10^6 (rdflib skipped there unless --rdflib-max)

Targets (issue 4): a/b >= 30 at 10^5; b/c <= 1.5 at 10^6.
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import XSD

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth_graph

from diplograph.query import get_named_query, list_named_queries, open_store, run_query, to_term
from diplograph.store import load_store
from diplograph.vocab import PREFIXES

XSD_STRING = str(XSD.string)


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def norm_ox(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    dt = term.datatype.value if term.datatype else None
    return ("lit", term.value, (term.language or "").lower() or None,
            None if term.language or dt == XSD_STRING else dt)


def norm_rdflib(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return ("iri", str(term))
    if isinstance(term, rdflib.BNode):
        return ("bnode",)
    dt = str(term.datatype) if term.datatype else None
    return ("lit", str(term), (term.language or "").lower() or None,
            None if term.language or dt == XSD_STRING else dt)


def to_rdflib(term: ox.Literal | ox.NamedNode) -> rdflib.term.Identifier:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    return rdflib.Literal(term.value, lang=term.language,
                          datatype=None if term.language or term.datatype.value == XSD_STRING else term.datatype.value)


def pick_pair(store: ox.Store) -> dict[str, str]:
    """The busiest pair of states: parameters for the queries that need two."""
    res = run_query(store, get_named_query("dyad-summary").text)
    counts: dict[tuple[str, str], int] = {}
    for a, b, _, n in res.values():
        counts[(a.value, b.value)] = counts.get((a.value, b.value), 0) + int(n.value)
    (a, b), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return {"a": a, "b": b}


def bench_size(n_triples: int, runs: int, use_rdflib: bool, rdflib_runs: int) -> list[dict]:
    n_events = synth_graph.events_for_triples(n_triples)
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp:
        t = time.perf_counter()
        synth_graph.write_graph_dir(tmp, n_events)
        print(f"\n== ~{n_triples:,} triples ({n_events:,} events): graph written in {time.perf_counter() - t:.1f} s",
              flush=True)
        merged = Path(tmp) / "diplograph.ttl"

        load_b, store_b = median_time(lambda: open_store(tmp), 1)
        load_u, store_u = median_time(lambda: load_store(tmp), 1)
        bare = ox.Store()
        load_c, _ = median_time(lambda: bare.bulk_load(path=str(merged), format=ox.RdfFormat.TURTLE), 1)
        print(f"load: (b) open_store {load_b:.2f} s ({len(store_b):,} triples)   (u) load_store {load_u:.2f} s "
              f"({len(store_u):,} quads)   (c) bulk_load {load_c:.2f} s ({len(bare):,} triples)", flush=True)
        graph = None
        if use_rdflib:
            graph = rdflib.Graph()
            load_a, _ = median_time(lambda: graph.parse(str(merged), format="turtle"), 1)
            print(f"      (a) rdflib parse {load_a:.2f} s ({len(graph):,} triples)", flush=True)

        pair = pick_pair(store_b)
        rows = []
        for nq in list_named_queries():
            params = {k: v for k, v in pair.items() if k in {p.name for p in nq.params if not p.optional}}
            terms = {k: to_term(v, "literal") for k, v in params.items()}
            text = nq.text
            tb, res_b = median_time(lambda t=text, b=terms: run_query(store_b, t, bindings=b), runs)
            tu, res_u = median_time(lambda t=text, b=terms: run_query(store_u, t, bindings=b), runs)
            subs = {ox.Variable(k): v for k, v in terms.items()} or None
            tc, res_c = median_time(
                lambda t=text, s=subs: list(bare.query(t, prefixes=PREFIXES, substitutions=s)), runs)
            ans_b = [tuple(norm_ox(x) for x in row) for row in res_b.values()]
            ans_u = [tuple(norm_ox(x) for x in row) for row in res_u.values()]
            ans_c = [tuple(norm_ox(sol[v]) for v in res_b.variables) for sol in res_c]
            row = {"size": n_triples, "query": nq.name, "rows": len(ans_b), "b": tb, "u": tu, "c": tc, "a": None,
                   "agree": ans_b == ans_c == ans_u}
            if graph is not None:
                init = {k: to_rdflib(v) for k, v in terms.items()}
                ta, res_a = median_time(
                    lambda t=text, i=init: list(graph.query(t, initNs=PREFIXES, initBindings=i)), rdflib_runs)
                ans_a = [tuple(norm_rdflib(r[v]) for v in res_b.variables) for r in res_a]
                row["a"] = ta
                row["agree"] = row["agree"] and ans_a == ans_b
                if ans_a != ans_b:
                    row["agree_note"] = "same set, other order" if sorted(map(repr, ans_a)) == sorted(
                        map(repr, ans_b)) else "rdflib differs"
            if not ans_b == ans_c == ans_u:
                row["agree_note"] = "the pyoxigraph paths differ"
            rows.append(row)
            print(fmt_row(row), flush=True)
        return rows


def fmt_row(r: dict) -> str:
    a = f"{r['a']:9.3f}" if r["a"] is not None else "        -"
    ab = f"{r['a'] / r['b']:8.1f}x" if r["a"] is not None else "        -"
    bc = f"{r['b'] / r['c']:6.2f}x"
    uc = f"{r['u'] / r['c']:6.2f}x"
    ok = "yes" if r["agree"] else f"NO ({r.get('agree_note', '')})"
    return (f"{r['size']:>9,} {r['query']:<17} {r['rows']:>7} {a} {r['b']:9.4f} {r['c']:9.4f} {r['u']:9.4f} "
            f"{ab} {bc} {uc}  {ok}")


HEADER = (f"{'triples':>9} {'query':<17} {'rows':>7} {'(a) rdflib':>9} {'(b) dg':>9} {'(c) bare':>9} "
          f"{'(u) union':>9} {'a/b':>9} {'b/c':>7} {'u/c':>7}  agree")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=100_000, help="largest graph (10^4 .. 10^6 triples)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--rdflib-runs", type=int, default=3, help="runs per rdflib measurement")
    ap.add_argument("--rdflib-max", type=int, default=100_000, help="largest graph rdflib is run on")
    args = ap.parse_args(argv)
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= args.max]
    print(HEADER)
    results = []
    for n in sizes:
        results += bench_size(n, args.runs, n <= args.rdflib_max, args.rdflib_runs)
    print("\nSummary (medians, seconds):\n" + HEADER)
    for r in results:
        print(fmt_row(r))
    for n in sizes:
        sel = [r for r in results if r["size"] == n]
        tot_b, tot_c, tot_u = (sum(r[k] for r in sel) for k in ("b", "c", "u"))
        line = (f"{n:>9,} all queries: (b) {tot_b:.3f} s, (c) {tot_c:.3f} s, b/c {tot_b / tot_c:.2f}x "
                f"(max per query {max(r['b'] / r['c'] for r in sel):.2f}x); (u) {tot_u:.3f} s, u/c {tot_u / tot_c:.2f}x")
        if all(r["a"] is not None for r in sel):
            tot_a = sum(r["a"] for r in sel)
            line += f", (a) {tot_a:.2f} s, a/b {tot_a / tot_b:.1f}x (min per query " \
                    f"{min(r['a'] / r['b'] for r in sel):.1f}x)"
        print(line)
    return 0 if all(r["agree"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
