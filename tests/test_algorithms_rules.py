"""The tracing rules on small hand-made graphs: same-agreement chains, filters, name lookup."""

from __future__ import annotations

import networkx as nx
import pytest

from nhskg.graph.algorithms import (
    OrganisationNotFound,
    downstream,
    find_org,
    intermediaries,
    paths_from_nhs_digital,
    receives_identifiable,
    recipients_of_dataset,
    subgraph_for,
    upstream,
)
from nhskg.graph.view import example_graph

ORG = "https://w3id.org/nhskg/id/org/"


def labels(G, nodes):
    return sorted(G.nodes[n]["label"] for n in nodes)


def add_org(G, slug, label, kind="Other"):
    G.add_node(ORG + slug, label=label, kind=kind, aliases=[], agreements=[], ods_code=None)


def add_flow(G, source, target, agreement, key, state="pseudonymised", datasets=()):
    G.add_edge(ORG + source, ORG + target, key=key, agreement=agreement, datasets=list(datasets), state=state,
               mode="transfer", evidence=f"{source} sends to {target}.", location="x.txt:1", origin="text")


@pytest.fixture()
def G():
    return example_graph()


def test_a_chain_does_not_continue_under_another_agreement(G):
    add_org(G, "cloud-host", "Cloud Host Ltd", "Company")
    add_flow(G, "north-of-england-csu", "cloud-host", "NIC-3", "f-nic3")
    assert "Cloud Host Ltd" in labels(G, downstream(G, "North of England CSU"))
    assert "Cloud Host Ltd" not in labels(G, downstream(G, "NHS Digital"))
    assert "North of England DSCRO" not in labels(G, upstream(G, "Cloud Host Ltd"))
    assert all(p.agreement == "NIC-1" for p in paths_from_nhs_digital(G, "NHS Cumbria CCG"))


def test_a_flow_naming_no_dataset_carries_the_agreements_datasets(G):
    assert "North of England CSU" in labels(G, downstream(G, "NHS Digital", dataset="SUS"))
    assert labels(G, downstream(G, "NHS Digital", dataset="hes")) == ["Acme Ltd"]
    assert labels(G, recipients_of_dataset(G, "HES")) == ["Acme Ltd"]
    assert labels(G, recipients_of_dataset(G, "hospital episode statistics")) == ["Acme Ltd"]
    assert recipients_of_dataset(G, "Not A Dataset") == []


def test_a_flow_naming_other_datasets_does_not_carry_the_filtered_one(G):
    add_org(G, "uni", "University of Somewhere", "University")
    add_flow(G, "north-of-england-csu", "uni", "NIC-1", "f-uni", datasets=["MHSDS"])
    assert "University of Somewhere" not in labels(G, downstream(G, "NHS Digital", dataset="SUS"))
    # NHS Digital -> DSCRO names SUS only; DSCRO -> CSU names nothing, so it carries NIC-1's MHSDS
    assert "University of Somewhere" not in labels(G, downstream(G, "NHS Digital", dataset="MHSDS"))
    assert "University of Somewhere" in labels(G, downstream(G, "North of England DSCRO", dataset="MHSDS"))


def test_every_hop_of_a_path_passes_the_state_filter(G):
    chains = paths_from_nhs_digital(G, "North of England CSU", state="pseudonymised")
    assert chains == []  # NHS Digital -> DSCRO is identifiable
    chains = paths_from_nhs_digital(G, "North of England DSCRO", state="identifiable")
    assert [len(p.nodes) for p in chains] == [2]


def test_paths_survive_cycles_and_keep_every_parallel_flow(G):
    add_org(G, "central-midlands-dscro", "Central Midlands DSCRO", "DSCRO")
    add_flow(G, "north-of-england-dscro", "central-midlands-dscro", "NIC-1", "f-ex1")
    add_flow(G, "central-midlands-dscro", "north-of-england-dscro", "NIC-1", "f-ex2")
    add_flow(G, "north-of-england-dscro", "north-of-england-csu", "NIC-1", "f-again")
    chains = paths_from_nhs_digital(G, "NHS Cumbria CCG")
    chain = [p for p in chains if labels(G, p.nodes) == labels(G, [ORG + s for s in (
        "nhs-digital", "north-of-england-dscro", "north-of-england-csu", "nhs-cumbria-ccg")])]
    assert len(chain) == 1
    assert len(chain[0].edges[1]) == 2  # both sentences that state DSCRO -> CSU
    assert all(len(set(p.nodes)) == len(p.nodes) for p in chains)


def test_nothing_flows_from_nhs_digital_to_itself(G):
    assert paths_from_nhs_digital(G, "NHS Digital") == []


def test_subgraph_for_keeps_attributes_and_hides_the_rest(G):
    T = subgraph_for(G, "Acme Ltd")
    assert labels(T, T) == ["Acme Ltd", "NHS Digital"]
    (u, v, data), = T.edges(data=True)
    assert data["evidence"] == "Type of data: Anonymised"
    assert T.nodes[u]["aliases"] == ["HSCIC", "SUS Repository"]
    with pytest.raises(ValueError, match="direction"):
        subgraph_for(G, "Acme Ltd", direction="sideways")


def test_an_organisation_with_no_flows_traces_to_itself_alone(G):
    add_org(G, "loner", "Lonely Trust", "NHSTrust")
    assert downstream(G, "Lonely Trust") == set()
    assert labels(G, subgraph_for(G, "Lonely Trust")) == ["Lonely Trust"]


@pytest.mark.parametrize("name, label", [
    ("https://w3id.org/nhskg/id/org/aqua", "AQuA"),
    ("aqua", "AQuA"),
    ("advancing quality alliance", "AQuA"),
    ("NHS  Cumbria   CCG", "NHS Cumbria CCG"),
    ("Cumbria", "NHS Cumbria CCG"),
    ("North of England D.S.C.R.O.", "North of England DSCRO"),
    ("hscic", "NHS Digital"),
])
def test_find_org_by_iri_slug_label_alias_or_near_name(G, name, label):
    assert G.nodes[find_org(G, name)]["label"] == label


def test_find_org_says_what_it_could_not_find(G):
    with pytest.raises(OrganisationNotFound, match="no organisation matches 'Zebra Holdings'"):
        find_org(G, "Zebra Holdings")
    assert isinstance(OrganisationNotFound("x"), nx.NodeNotFound)


def test_whole_graph_questions_on_the_example(G):
    assert [G.nodes[n]["label"] for n, _ in intermediaries(G)] == ["North of England CSU", "North of England DSCRO"]
    assert list(receives_identifiable(G).values()) == [["NIC-1"]]


def test_an_unknown_state_is_an_error_not_an_empty_answer(G):
    with pytest.raises(ValueError, match="unknown data state 'identifable'"):
        downstream(G, "NHS Digital", state="identifable")
