"""write_rdf: byte-identical output for the same triples, in ttl, nt and jsonld, that reads back to the same graph."""

from __future__ import annotations

import random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS
from test_rdf_build import PAGE, PAGE2, example_agreements, example_extraction, example_graph

from nhskg.graph.rdf import build_graph
from nhskg.graph.serialise import ALL_PREFIXES, read_graph, serialise, write_rdf
from nhskg.model import Evidence, Flow, Location, ReadResult

FORMATS = ("ttl", "nt", "jsonld")


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_builds_write_the_same_bytes(tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_rdf(example_graph(), first, fmt)
    # the same facts, handed over in another order
    agreements = list(reversed(example_agreements()))
    extraction = example_extraction()
    random.Random(7).shuffle(extraction.flows)
    extraction.roles.reverse()
    results = [ReadResult(PAGE2, "compact"), ReadResult(PAGE, "spaced")]
    write_rdf(build_graph(agreements, extraction, read_results=results), second, fmt)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_reads_back_to_the_same_graph(tmp_path, fmt):
    graph = example_graph()
    path = tmp_path / f"graph.{fmt}"
    write_rdf(graph, path, fmt)
    back = read_graph(path)
    assert len(back) == len(graph)
    assert isomorphic(back, graph)
    # rdflib's own parsers agree with pyoxigraph's
    assert isomorphic(Graph().parse(path, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]), graph)


def test_turtle_declares_the_fixed_prefixes_first_and_uses_them(tmp_path):
    path = tmp_path / "graph.ttl"
    write_rdf(example_graph(), path, "ttl")
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert header == [f"@prefix {p}: <{iri}> ." for p, iri in ALL_PREFIXES.items()]
    assert text.startswith(header[0])
    assert "organisation:north-of-england-dscro a org:Organization , nhskg:DSCRO ;" in text
    assert 'agreement:NIC-36767-G4H9Z dcterms:identifier "NIC-36767-G4H9Z" ;' in text
    assert "\ta dpv:DataProcessingAgreement , nhskg:DataSharingAgreement ;" in text


def test_nt_is_canonical_and_sorted():
    data = serialise(example_graph(), "nt")
    lines = data.split(b"\n")
    assert lines[-1] == b"" and lines[:-1] == sorted(lines[:-1])
    assert len(lines) - 1 == len(example_graph())


def test_hostile_text_survives_every_format(tmp_path):
    quote = 'He said "stop" \\ then {left}\n\ttabbed; <b>bold</b> 🚩 — £5 & ✓'
    evidence = Evidence(Location("page.txt", 1), "Processing", quote)
    extraction = example_extraction()
    extraction.flows.append(Flow("NIC-36767-G4H9Z", "nhs-digital", "nhs-cumbria-ccg", (), "aggregate", "transfer", evidence))
    extraction.organisations["nhs-cumbria-ccg"].aliases.add('Cumbria "CCG" {x}')
    graph = build_graph(example_agreements(), extraction)
    for fmt in FORMATS:
        path = tmp_path / f"hostile.{fmt}"
        write_rdf(graph, path, fmt)
        back = read_graph(path)
        assert isomorphic(back, graph), fmt
        assert Literal(quote) in set(back.objects())
        assert (URIRef("https://w3id.org/nhskg/id/org/nhs-cumbria-ccg"), SKOS.altLabel, Literal('Cumbria "CCG" {x}')) in back


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown RDF format 'xml'"):
        write_rdf(example_graph(), tmp_path / "g.xml", "xml")
