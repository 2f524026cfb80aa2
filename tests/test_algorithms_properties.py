"""Properties of the tracing functions on arbitrary small flow graphs (hypothesis)."""

from __future__ import annotations

from itertools import pairwise

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from nhskg.graph import algorithms as alg
from nhskg.model import DATA_STATES

ORG = "https://w3id.org/nhskg/id/org/"
NAMES = ["nhs-digital", "dscro", "csu", "ccg", "trust", "company"]

flows = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(["NIC-1", "NIC-2", "NIC-3"]),
              st.sampled_from(DATA_STATES)),
    max_size=14,
)


def graph_of(edges) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for name in NAMES:
        G.add_node(ORG + name, label=name.upper(), kind="NHSDigital" if name == "nhs-digital" else "Other",
                   aliases=[], agreements=[], ods_code=None)
    for number, (u, v, agreement, state) in enumerate(edges):
        if u != v:
            G.add_edge(ORG + u, ORG + v, key=f"flow-{number}", agreement=agreement, datasets=[], state=state,
                       mode="transfer", evidence="...", location="x.txt:1", origin="text")
    return G


@settings(max_examples=150, deadline=None)
@given(flows, st.sampled_from(NAMES), st.one_of(st.none(), st.sampled_from(DATA_STATES)))
def test_paths_are_simple_same_agreement_chains_from_nhs_digital(edges, recipient, state):
    G = graph_of(edges)
    paths = alg.paths_from_nhs_digital(G, ORG + recipient, state=state)
    traced = alg.subgraph_for(G, ORG + recipient, direction="upstream", state=state)
    for path in paths:
        assert path.nodes[0] == ORG + "nhs-digital" and path.nodes[-1] == ORG + recipient
        assert len(set(path.nodes)) == len(path.nodes)
        assert len(path.edges) == len(path.nodes) - 1
        for (u, v), keys in zip(pairwise(path.nodes), path.edges, strict=True):
            assert keys
            for key in keys:
                data = G.edges[u, v, key]
                assert data["agreement"] == path.agreement
                assert state is None or data["state"] == state
                assert traced.has_edge(u, v, key)  # the trace view shows every hop of every path
    upstream = alg.upstream(G, ORG + recipient, state=state)
    assert {n for p in paths for n in p.nodes[:-1]} <= upstream
    assert ORG + recipient not in upstream


@settings(max_examples=150, deadline=None)
@given(flows, st.sampled_from(NAMES))
def test_downstream_and_upstream_mirror_each_other(edges, org):
    G = graph_of(edges)
    for other in alg.downstream(G, ORG + org):
        assert ORG + org in alg.upstream(G, other)
    assert alg.downstream(G, ORG + org) <= nx.descendants(G, ORG + org)
