"""Serialisation, parsing and SPARQL speed: rdflib vs pyoxigraph, on the seeds' graph and a ~500k-triple one.

The large graph replicates the seeds' graph: copy ``i`` moves every nhskg
resource IRI under ``id/c<i>/``, so the copies share vocabulary terms and
literals but no resources (as a bigger register would).

    python benchmarks/rdf_speed.py                 # seeds + ~500k triples
    python benchmarks/rdf_speed.py --triples 200000 --repeat 3
    python benchmarks/rdf_speed.py --graph out/graph.ttl   # any built graph instead of the seeds

Prints one line per measurement (best of --repeat runs, seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from nhskg.graph import vocab as V
from nhskg.graph.serialise import read_graph, serialise, sorted_triples, to_oxigraph
from nhskg.graph.sparql import bind, load_query, load_store, run_query

REPO = Path(__file__).resolve().parents[1]


def seeds_graph() -> Graph:
    from nhskg.graph.rdf import build_graph
    from nhskg.nlp.extract import extract
    from nhskg.readers import merge_agreements, read_paths

    results = read_paths([REPO.parent / "shared" / "seeds"])
    agreements = merge_agreements(results)
    return build_graph(agreements, extract(agreements), read_results=results)


def replicate(graph: Graph, target: int) -> Graph:
    copies = max(1, round(target / len(graph)))
    big = Graph(bind_namespaces="none")
    prefix = V.ID

    def move(term, i):
        if isinstance(term, URIRef) and str(term).startswith(prefix):
            return URIRef(f"{prefix}c{i}/{str(term)[len(prefix):]}")
        return term

    for i in range(copies):
        big.addN((move(s, i), p, move(o, i), big) for s, p, o in graph)
    return big


def best(fn, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return min(times), value


def measure(name: str, graph: Graph, repeat: int, rdflib_queries: set[str]) -> None:
    n = len(graph)
    print(f"\n== {name}: {n:,} triples", flush=True)

    def line(label, seconds, extra=""):
        print(f"{label:<60} {seconds:8.3f} s{extra}", flush=True)

    # --- serialisation --------------------------------------------------------------------
    t, _ = best(lambda: sorted_triples(graph), repeat)
    line("sorted_triples (rdflib-side sort; write_rdf sorts N-Triples bytes instead)", t)
    for fmt in ("ttl", "nt", "jsonld"):
        t, data = best(lambda fmt=fmt: serialise(graph, fmt), repeat)
        line(f"write_rdf {fmt} (sorted, pyoxigraph)", t, f"  {len(data) / 1e6:6.1f} MB  sha256 {hashlib.sha256(data).hexdigest()[:12]}")
    triples = to_oxigraph(graph)
    t, data = best(lambda: ox.serialize(triples, format=ox.RdfFormat.TURTLE), repeat)
    line("pyoxigraph turtle, unsorted (reference)", t)
    t, data = best(lambda: graph.serialize(format="turtle", encoding="utf-8"), 1)
    line("rdflib turtle", t, f"  {len(data) / 1e6:6.1f} MB")
    t, data = best(lambda: graph.serialize(format="nt", encoding="utf-8"), 1)
    line("rdflib n-triples", t)
    t, data = best(lambda: graph.serialize(format="json-ld", encoding="utf-8"), 1)
    line("rdflib json-ld", t)

    # --- parsing --------------------------------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.ttl"
        path.write_bytes(serialise(graph, "ttl"))
        t, _ = best(lambda: Graph().parse(path, format="turtle"), 1)
        line("parse graph.ttl: rdflib", t)
        t, _ = best(lambda: read_graph(path), repeat)
        line("parse graph.ttl: pyoxigraph parser -> rdflib Graph", t)
        t, store = best(lambda: load_store(path), repeat)
        line("load graph.ttl into pyoxigraph Store (bulk)", t)

        # --- SPARQL -----------------------------------------------------------------------
        for query in ("flows", "agreements", "busy-recipients", "downstream"):
            q = load_query(query)
            text = bind(q)
            t, rows = best(lambda text=text: list(store.query(text)), repeat)
            line(f"SPARQL {query}: pyoxigraph", t, f"  {len(rows):,} rows")
            if query in rdflib_queries:
                t, result = best(lambda q=q: run_query(graph, q, engine="rdflib"), 1)
                line(f"SPARQL {query}: rdflib", t, f"  {len(result.rows):,} rows")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, help="a built graph.ttl to measure instead of the seeds' graph")
    parser.add_argument("--triples", type=int, default=500_000, help="size of the replicated graph (0: skip it)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per pyoxigraph measurement (best is shown)")
    parser.add_argument(
        "--rdflib-sparql-all", action="store_true",
        help="run every query on rdflib for the large graph too (agreements ~4 min, busy-recipients ~6 min, "
        "downstream far longer); by default only flows",
    )
    args = parser.parse_args(argv)

    base = read_graph(args.graph) if args.graph else seeds_graph()
    every = {"flows", "agreements", "busy-recipients", "downstream"}
    # rdflib's evaluation of downstream's path subquery takes minutes even on the seeds' graph
    measure("seeds" if not args.graph else str(args.graph), base, args.repeat, every - {"downstream"})
    if args.triples:
        large = every if args.rdflib_sparql_all else {"flows"}
        measure("replicated", replicate(base, args.triples), args.repeat, large)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
