"""The NetworkX view derived from a small hand-made RDF graph in the nhskg shape."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal
from rdflib.namespace import PROV, SKOS

from nhskg.graph import vocab
from nhskg.graph.view import example_graph, load, to_networkx, write_gexf, write_graphml
from nhskg.model import Evidence, Flow, Location


def rdf_of(view: nx.MultiDiGraph) -> Graph:
    """An RDF graph stating what an example view states, with the vocab's terms and IRIs."""
    g = Graph()
    for node, data in view.nodes(data=True):
        org = vocab.org_iri(node.rsplit("/", 1)[-1])
        g.add((org, RDF.type, vocab.ORGANISATION_CLASS))
        g.add((org, RDF.type, vocab.KIND_CLASSES[data["kind"]]))
        g.add((org, vocab.KIND, Literal(data["kind"])))
        g.add((org, SKOS.prefLabel, Literal(data["label"])))
        for alias in data["aliases"]:
            g.add((org, SKOS.altLabel, Literal(alias)))
    for u, v, data in view.edges(data=True):
        file, line = data["location"].split(":")
        evidence = Evidence(Location(file, int(line)), "Processing", data["evidence"])
        flow = Flow(data["agreement"], u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1], tuple(data["datasets"]),
                    data["state"], data["mode"], evidence)
        iri = vocab.flow_iri(flow, data["origin"])
        agreement = vocab.agreement_iri(data["agreement"])
        g.add((agreement, RDF.type, vocab.AGREEMENT_CLASSES[0]))
        g.add((iri, RDF.type, vocab.FLOW_CLASS))
        g.add((iri, vocab.SOURCE, vocab.org_iri(flow.source)))
        g.add((iri, vocab.TARGET, vocab.org_iri(flow.target)))
        g.add((iri, vocab.IN_AGREEMENT, agreement))
        g.add((iri, vocab.DATA_STATE, vocab.STATE_CONCEPTS[flow.state]))
        g.add((iri, vocab.MODE, vocab.MODE_CONCEPTS[flow.mode]))
        g.add((iri, vocab.STATED_BY, vocab.STATED_BY_REGISTER if data["origin"] == "register" else vocab.STATED_BY_TEXT))
        for name in flow.datasets:
            g.add((iri, vocab.DATASET, vocab.dataset_iri(name)))
            g.add((vocab.dataset_iri(name), SKOS.prefLabel, Literal(name)))
        ev = vocab.evidence_iri(evidence)
        g.add((iri, PROV.wasDerivedFrom, ev))
        g.add((ev, vocab.QUOTE, Literal(evidence.text)))
        g.add((ev, vocab.LOCATION, Literal(str(evidence.location))))
        if data["origin"] == "register":
            g.add((agreement, vocab.APPLICANT, vocab.org_iri(flow.target)))
    for name, aliases in view.graph["datasets"].items():
        g.add((vocab.dataset_iri(name), RDF.type, vocab.DATASET_CLASS))
        for alias in aliases:
            g.add((vocab.dataset_iri(name), SKOS.altLabel, Literal(alias)))
    return g


@pytest.fixture()
def rdf():
    return rdf_of(example_graph())


def _facts(G):
    nodes = {d["label"]: (d["kind"], d["aliases"], d["agreements"]) for _, d in G.nodes(data=True)}
    edges = sorted(
        (G.nodes[u]["label"], G.nodes[v]["label"], d["agreement"], d["datasets"], d["state"], d["mode"],
         d["evidence"], d["location"], d["origin"])
        for u, v, d in G.edges(data=True)
    )
    return nodes, edges


def test_view_states_what_the_rdf_states(rdf):
    assert _facts(to_networkx(rdf)) == _facts(example_graph())
    assert to_networkx(rdf).graph["datasets"] == {"HES": ["Hospital Episode Statistics"], "SUS": ["Secondary Uses Service"]}


def test_nodes_are_keyed_by_organisation_iri_and_edges_by_flow_iri(rdf):
    G = to_networkx(rdf)
    assert "https://w3id.org/nhskg/id/org/north-of-england-csu" in G
    assert all(key.startswith("https://w3id.org/nhskg/id/flow/") for _, _, key in G.edges(keys=True))
    assert G.nodes["https://w3id.org/nhskg/id/org/nhs-cumbria-ccg"]["ods_code"] is None


def test_view_order_is_sorted_and_does_not_depend_on_triple_order(rdf):
    G = to_networkx(rdf)
    assert list(G.nodes) == sorted(G.nodes)
    shuffled = Graph()
    for triple in sorted(rdf, reverse=True):
        shuffled.add(triple)
    H = to_networkx(shuffled)
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))


def test_load_reads_an_output_folder(rdf, tmp_path):
    rdf.serialize(tmp_path / "graph.ttl", format="turtle")
    assert _facts(load(tmp_path)) == _facts(example_graph())
    assert _facts(load(tmp_path / "graph.ttl")) == _facts(example_graph())


def test_load_names_a_missing_graph(tmp_path):
    with pytest.raises(FileNotFoundError, match="graph.ttl"):
        load(tmp_path)


@pytest.mark.parametrize("writer, reader", [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_exports_flatten_lists_and_are_byte_stable(writer, reader, tmp_path):
    G = example_graph()
    writer(G, tmp_path / "a")
    writer(G, tmp_path / "b")
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    back = reader(tmp_path / "a")
    nhs_digital = "https://w3id.org/nhskg/id/org/nhs-digital"
    assert back.nodes[nhs_digital]["aliases"] == "HSCIC | SUS Repository"
    assert back.nodes[nhs_digital]["agreements"] == "NIC-1 | NIC-2"
    assert back.number_of_edges() == 7


def test_gexf_has_no_modification_date_and_keeps_flow_ids(tmp_path):
    write_gexf(example_graph(), tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert "lastmodifieddate" not in text
    assert 'id="https://w3id.org/nhskg/id/flow/example-0"' in text


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("nt", "nt")])
def test_load_gives_exactly_what_to_networkx_gives(rdf, tmp_path, fmt, suffix):
    path = tmp_path / f"graph.{suffix}"
    rdf.serialize(path, format=fmt, encoding="utf-8")
    G, H = load(path), to_networkx(rdf)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
