"""CCGs an ICB took over: from 003's succession statement to org:ChangeEvent in the graph."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from nhskg.graph import vocab as V

ICB = "nhs-coventry-and-warwickshire-integrated-care-board"
CCG = "nhs-coventry-and-warwickshire-ccg"


def test_the_icb_took_over_the_ccg_003_lists(seed_extraction, seeds_dir):
    icb = seed_extraction.organisations[ICB]
    assert icb.kind == "ICB"
    assert sorted(icb.predecessors) == [CCG]
    evidence = icb.predecessors[CCG]
    # 003 lines 92-93: "The following CCG(s) previously occupied the footprint of the ICB:" / the CCG
    assert evidence.location.line == 92 and evidence.location.file.endswith("003_130264f39e00b8a7.txt")
    assert evidence.text.startswith("The following CCG(s) previously occupied the footprint of the ICB:")
    assert evidence.text.endswith("NHS Coventry and Warwickshire CCG")
    assert seed_extraction.organisations[CCG].kind == "CCG"
    others = {o.id: o.predecessors for o in seed_extraction.organisations.values() if o.predecessors and o.id != ICB}
    assert others == {}


def test_the_succession_is_an_org_change_event_in_the_graph(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    events = list(g.subjects(RDF.type, V.ORG.ChangeEvent))
    assert len(events) == 1
    event = events[0]
    assert set(g.objects(event, V.ORG.originalOrganization)) == {URIRef(V.org_iri(CCG))}
    assert set(g.objects(event, V.ORG.resultingOrganization)) == {URIRef(V.org_iri(ICB))}
