"""The build's Triples sink against rdflib's own store, on the real seeds: same triples, same exports, same answers."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from nhskg.graph import vocab as V
from nhskg.graph.rdf import _Builder, build_graph, build_triples
from nhskg.graph.serialise import canonical_ntriples, serialise, to_oxigraph
from nhskg.graph.shacl import validate
from nhskg.graph.sparql import canned_queries, run_query
from nhskg.graph.triples import Triples
from nhskg.graph.view import to_networkx


@pytest.fixture(scope="module")
def seed_inputs(seed_results, seed_agreements, seed_extraction):
    return sorted(seed_agreements.values(), key=lambda a: a.reference), seed_extraction, seed_results


@pytest.fixture(scope="module")
def triples(seed_inputs):
    agreements, extraction, results = seed_inputs
    return build_triples(agreements, extraction, read_results=results)


@pytest.fixture(scope="module")
def rdflib_store_graph(seed_inputs):
    """The seeds' graph filled through rdflib's Memory store, as the build did before it had a sink."""
    agreements, extraction, results = seed_inputs
    graph = Graph(bind_namespaces="none")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("nhskg.graph.rdf.Triples", lambda: graph)
        assert build_triples(agreements, extraction, read_results=results) is graph
    return graph


def test_sink_holds_exactly_the_triples_rdflib_stores(triples, rdflib_store_graph):
    assert len(rdflib_store_graph) > 4000
    assert len(triples) == len(rdflib_store_graph)
    assert triples.ntriples() == canonical_ntriples(rdflib_store_graph)
    assert isomorphic(triples.rdflib(), rdflib_store_graph)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_every_format_writes_the_same_bytes_from_either(triples, rdflib_store_graph, fmt):
    assert serialise(triples, fmt) == serialise(rdflib_store_graph, fmt)


def test_ntriples_are_sorted_unique_and_end_with_a_newline(triples):
    lines = triples.ntriples().split(b"\n")
    assert lines[-1] == b""
    assert lines[:-1] == sorted(set(lines[:-1]))
    assert [str(t) + " ." for t in triples.oxigraph()] == [line.decode() for line in lines[:-1]]


def test_view_from_the_sink_equals_the_view_from_rdflib(triples, rdflib_store_graph):
    a, b = to_networkx(triples), to_networkx(rdflib_store_graph)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert a.graph == b.graph
    assert a.number_of_edges() > 50


def test_shacl_runs_on_the_sink_and_finds_what_it_finds_on_rdflib(triples, rdflib_store_graph):
    assert validate(triples) == validate(rdflib_store_graph) == []


def _single_graph_queries() -> list[str]:
    """The canned queries asked of one built graph (not those over an editions file's named graphs)."""
    from nhskg.graph.sparql import load_query

    return sorted(name for name in canned_queries() if "GRAPH ?" not in load_query(name).text)


@pytest.mark.parametrize("name", _single_graph_queries())
def test_canned_query_rows_from_the_sink_match_rdflib_engine(triples, rdflib_store_graph, name):
    fast = run_query(triples, name)
    slow = run_query(rdflib_store_graph, name, engine="rdflib")
    assert fast.variables == slow.variables
    assert sorted(map(repr, fast.rows)) == sorted(map(repr, slow.rows))


def test_build_graph_is_the_rdflib_graph_of_the_same_triples(seed_inputs, triples):
    agreements, extraction, results = seed_inputs
    graph = build_graph(agreements, extraction, read_results=results)
    assert isinstance(graph, Graph)
    assert canonical_ntriples(graph) == triples.ntriples()
    # typed literals come back as rdflib's typed literals
    line = next(iter(graph.objects(None, V.LINE)))
    assert isinstance(line, Literal) and isinstance(line.toPython(), int)
    assert graph.namespace_manager.store.namespace("nhskg") == URIRef(str(V.NHSKG))


def test_sink_dedupes_like_a_graph_and_to_oxigraph_keeps_order():
    t = Triples()
    s, p = URIRef("https://w3id.org/nhskg/id/org/x"), URIRef("https://w3id.org/nhskg/ns#line")
    t.add((s, p, Literal(3)))
    t.add((s, p, Literal(3)))
    t.add((s, p, Literal("3")))  # a plain string is another term
    assert len(t) == 2
    assert t.ntriples().decode().splitlines() == [
        f'<{s}> <{p}> "3" .',
        f'<{s}> <{p}> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]
    with pytest.raises(ValueError, match="already sorted"):
        t.add((s, p, Literal(4)))  # once sorted and shared, the triples are fixed
    assert [x.object for x in to_oxigraph([(s, p, Literal(4))])] == [ox.Literal("4", datatype=ox.NamedNode(str(V.XSD.integer)))]


def test_builder_writes_into_any_sink_with_add(seed_extraction):
    graph = Graph()
    b = _Builder(seed_extraction, graph)
    assert b.g is graph
    b.organisation("nhs-digital")
    assert (V.org_iri("nhs-digital"), V.SKOS.prefLabel, Literal("NHS Digital")) in graph


@pytest.mark.parametrize("module", ["nhskg.graph.triples", "nhskg.graph.rdf", "nhskg.graph.serialise"])
def test_docstring_examples(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_subject_objects_answers_as_rdflib_does(triples, rdflib_store_graph):
    for predicate in (V.SKOS.prefLabel, V.LINE, V.SOURCE):
        got = sorted(triples.subject_objects(predicate))
        assert got == sorted(rdflib_store_graph.subject_objects(predicate))
        assert got


def test_lines_are_what_pyoxigraph_writes_for_every_kind_of_term():
    """The sink writes N-Triples itself (nt_term): the same bytes pyoxigraph writes, escapes included."""
    from rdflib.namespace import XSD

    from nhskg.graph.triples import nt_term

    awkward = "".join(chr(c) for c in range(0, 0x300)) + "\u2028\u2029\ufeff\U0001F600 ~ • “quoted” \\ end"
    s, p = URIRef("https://w3id.org/nhskg/id/org/x"), URIRef("https://w3id.org/nhskg/ns#p")
    objects = [Literal(awkward), Literal("x", lang="en-GB"), Literal(True), Literal(7), Literal("2021-03", datatype=XSD.gYearMonth),
               Literal("plain", datatype=XSD.string), URIRef("https://w3id.org/nhskg/id/dataset/a%20b"), Literal("")]
    for o in objects:
        mine = " ".join((nt_term(s), nt_term(p), nt_term(o), ".")) + "\n"
        theirs = serialise_one(s, p, o)
        assert mine.encode("utf-8") == theirs, o


def serialise_one(s, p, o) -> bytes:
    from nhskg.graph.serialise import ox_bytes

    return ox_bytes(to_oxigraph([(s, p, o)]), ox.RdfFormat.N_TRIPLES)


def test_a_graph_sorted_in_runs_gives_the_bytes_of_one_sorted_in_memory(seed_inputs, triples, tmp_path):
    """A large graph is sorted in runs merged into a temporary file: same lines, same exports, same view and rows."""
    from nhskg.graph.serialise import write_rdf

    agreements, extraction, results = seed_inputs
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("nhskg.graph.triples.RUN_LINES", 97)  # dozens of runs, duplicates across them
        in_runs = build_triples(agreements, extraction, read_results=results)
    assert triples.ntriples_file() is None and in_runs.ntriples_file() is not None
    assert in_runs.ntriples() == triples.ntriples()
    assert len(in_runs) == len(triples)
    assert b"".join(in_runs.blocks(size=1000)) == triples.ntriples()
    assert all(block.endswith(b"\n") for block in in_runs.blocks(size=1000))
    for fmt in ("ttl", "nt", "jsonld"):
        write_rdf(in_runs, tmp_path / f"graph.{fmt}", fmt)
        assert (tmp_path / f"graph.{fmt}").read_bytes() == serialise(triples, fmt)
    assert list(in_runs.subject_objects(V.LINE)) == list(triples.subject_objects(V.LINE))
    a, b = to_networkx(in_runs), to_networkx(triples)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert run_query(in_runs, "flows").rows == run_query(triples, "flows").rows
