"""The NetworkX view of the seeds' build: what graph.ttl states, every edge with its evidence."""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox
import pytest

from nhskg.graph.view import load, load_rdf, to_networkx, write_gexf, write_graphml
from nhskg.model import DATA_STATES, FLOW_MODES, ORG_KINDS

SEED_AGREEMENTS = {
    "NIC-05206-L1V6D", "NIC-234915-J3K4V", "NIC-317048-N8P0R", "NIC-36767-G4H9Z", "NIC-377038-J7G7X",
    "NIC-379704-S6H6R", "NIC-615985-Y6L2H", "NIC-617743-X0M9Z", "NIC-69431-K1K8R",
}


@pytest.fixture(scope="module")
def G(seed_build):
    return load(seed_build)


def count(seed_build, where):
    store = ox.Store()
    store.bulk_load(path=str(seed_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    query = ("PREFIX nhskg: <https://w3id.org/nhskg/ns#> PREFIX org: <http://www.w3.org/ns/org#> "
             f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")
    return int(next(iter(store.query(query)))["n"].value)


def test_one_node_per_organisation_and_one_edge_per_flow(G, seed_build):
    assert G.number_of_nodes() == count(seed_build, "?x a org:Organization")
    assert G.number_of_edges() == count(seed_build, "?x a nhskg:DataFlow")


def test_the_register_releases_all_nine_agreements(G):
    releases = [(u, d["agreement"]) for u, _, d in G.edges(data=True) if d["origin"] == "register"]
    assert {ref for _, ref in releases} == SEED_AGREEMENTS
    assert {G.nodes[u]["label"] for u, _ in releases} == {"NHS Digital"}


def test_every_edge_is_traceable_to_a_seed_line(G):
    for _u, _v, key, d in G.edges(keys=True, data=True):
        assert d["evidence"], key
        file, _, line = d["location"].rpartition(":")
        assert file.rsplit("/", 1)[-1][:4] in {"000_", "001_", "002_", "003_", "004_"}, d["location"]
        assert line.isdigit(), d["location"]
        assert d["state"] in DATA_STATES and d["mode"] in FLOW_MODES and d["agreement"] in SEED_AGREEMENTS
        assert d["datasets"] == sorted(d["datasets"])


def test_nodes_carry_kind_aliases_and_agreements(G):
    assert all(d["kind"] in ORG_KINDS for _, d in G.nodes(data=True))
    by_label = {d["label"]: n for n, d in G.nodes(data=True)}
    cumbria = G.nodes[by_label["NHS Cumbria CCG"]]
    assert cumbria["kind"] == "CCG" and "NIC-36767-G4H9Z" in cumbria["agreements"]
    dscro = G.nodes[by_label["North of England DSCRO"]]
    assert dscro["kind"] == "DSCRO"
    assert "North England Data Services for Commissioners Regional Office (DSCRO)" in dscro["aliases"]
    assert {"NIC-36767-G4H9Z", "NIC-69431-K1K8R", "NIC-379704-S6H6R"} <= set(dscro["agreements"])


def test_load_equals_to_networkx_of_the_rdf(G, seed_build):
    H = to_networkx(load_rdf(seed_build))
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
    assert G.graph == H.graph


def test_the_builds_graphml_is_the_views_graphml(G, seed_build, tmp_path):
    write_graphml(G, tmp_path / "graph.graphml")
    assert (tmp_path / "graph.graphml").read_bytes() == (seed_build / "graph.graphml").read_bytes()


def test_gexf_round_trips(G, tmp_path):
    write_gexf(G, tmp_path / "graph.gexf")
    back = nx.read_gexf(tmp_path / "graph.gexf")
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
