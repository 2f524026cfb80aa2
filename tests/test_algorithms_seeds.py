"""The algorithms on the seeds' graph: chains, reach and rankings the seed pages state."""

from __future__ import annotations

import pytest

from nhskg.graph import algorithms as alg
from nhskg.graph.view import load

CUMBRIA = "NIC-36767-G4H9Z"  # 001: NHS Cumbria CCG's commissioning agreement


@pytest.fixture(scope="module")
def G(seed_build):
    return load(seed_build)


@pytest.fixture(scope="module")
def org(G):
    return lambda name: alg.find_org(G, name)


def chains(G, recipient, **filters):
    return {(p.agreement, p.nodes) for p in alg.paths_from_nhs_digital(G, recipient, **filters)}


def test_the_cumbria_chain_from_nhs_digital(G, org):
    # 001 lines 209-211: SUS -> North of England DSCRO -> North of England CSU -> Cumbria CCG
    chain = (org("NHS Digital"), org("North of England DSCRO"), org("North of England CSU"), org("NHS Cumbria CCG"))
    assert (CUMBRIA, chain) in chains(G, "NHS Cumbria CCG")


def test_lancashire_north_data_reaches_cumbria_through_both_dscros(G, org):
    # 001 lines 217-220: Central Midlands DSCRO -> North of England DSCRO -> CSU -> Cumbria CCG
    chain = (org("NHS Digital"), org("Central Midlands DSCRO"), org("North of England DSCRO"),
             org("North of England CSU"), org("NHS Cumbria CCG"))
    assert (CUMBRIA, chain) in chains(G, "NHS Cumbria CCG")


def test_the_register_release_is_a_one_hop_path(G, org):
    assert (CUMBRIA, (org("NHS Digital"), org("NHS Cumbria CCG"))) in chains(G, "NHS Cumbria CCG")


def test_every_hop_keeps_the_sentence_that_states_it(G, org):
    path = next(p for p in alg.paths_from_nhs_digital(G, "NHS Cumbria CCG")
                if p.nodes[:2] == (org("NHS Digital"), org("North of England DSCRO")))
    sentences = {G.edges[path.nodes[0], path.nodes[1], key]["evidence"] for key in path.edges[0]}
    assert ("1. Identifiable SUS data is sent from the SUS Repository to North of England Data Services "
            "for Commissioners Regional Office (DSCRO).") in sentences


def test_identifiable_data_reaches_the_csu_for_risk_stratification(G, org):
    # 001 lines 195-196: identifiable SUS data to the DSCRO, then identifiable at NHS-number level to the CSU
    chain = (org("NHS Digital"), org("North of England DSCRO"), org("North of England CSU"))
    assert (CUMBRIA, chain) in chains(G, "North of England CSU", state="identifiable")


def test_upstream_of_cumbria(G, org):
    found = alg.upstream(G, "NHS Cumbria CCG")
    assert {org("NHS Digital"), org("North of England DSCRO"), org("North of England CSU"),
            org("Central Midlands DSCRO"), org("AQuA")} <= found


def test_the_csu_passes_cumbria_data_to_its_processors(G, org):
    # 001 lines 227 and 233: AQuA and the AHSN Utilisation Management Team
    assert {org("NHS Cumbria CCG"), org("AQuA"), org("AHSN UMT")} <= alg.downstream(G, "North of England CSU")


def test_the_cumbria_trace_hides_other_agreements(G, org):
    T = alg.subgraph_for(G, "NHS Cumbria CCG", direction="upstream")
    assert {org("North of England DSCRO"), org("North of England CSU")} <= set(T)
    # The Health Foundation gets data from the Arden and GEM DSCRO under NIC-379704-S6H6R (004), not Cumbria's
    assert org("The Health Foundation") not in T
    assert {d["agreement"] for *_, d in T.edges(data=True)} == {CUMBRIA}


def test_dscros_receive_identifiable_data(G, org):
    received = alg.receives_identifiable(G)
    assert {CUMBRIA, "NIC-69431-K1K8R", "NIC-379704-S6H6R"} <= set(received[org("North of England DSCRO")])
    assert org("Arden and GEM DSCRO") in received and org("Central Midlands DSCRO") in received


def test_dscros_and_csus_lead_the_intermediaries(G, org):
    ranked = [node for node, _ in alg.intermediaries(G)]
    assert org("North of England DSCRO") in ranked[:3]
    assert G.nodes[ranked[0]]["kind"] in ("DSCRO", "CSU")
    assert org("NHS Digital") not in ranked  # nothing flows into it


def test_recipients_of_a_dataset_by_acronym(G, org):
    # MHSDS goes to the North of England DSCRO (001 line 241) and the Arden and GEM DSCRO (004 line 129)
    found = alg.recipients_of_dataset(G, "MHSDS")
    assert {org("North of England DSCRO"), org("Arden and GEM DSCRO")} <= set(found)


@pytest.mark.parametrize("written, canonical", [
    ("North England DSCRO", "North of England DSCRO"),
    ("DSCRO North", "North of England DSCRO"),
    ("NECS", "North of England CSU"),
    ("Cumbria CCG", "NHS Cumbria CCG"),
    ("HSCIC", "NHS Digital"),
])
def test_surface_forms_in_the_seeds_find_one_organisation(G, org, written, canonical):
    assert alg.find_org(G, written) == org(canonical)
