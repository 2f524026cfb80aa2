"""The NetworkX view of the RDF graph: organisations as nodes, flows as edges.

The RDF graph is the single source of truth; this module derives a
:class:`networkx.MultiDiGraph` from it (:func:`to_networkx`, :func:`load`) and
writes that view as GraphML or GEXF for Gephi and friends.

Schema (the contract with the HTML view, the algorithms and the notebooks):

- node key: the organisation IRI. Attributes ``label`` (skos:prefLabel),
  ``kind`` (one of :data:`nhskg.model.ORG_KINDS`), ``aliases`` (sorted list),
  ``agreements`` (sorted core references it takes part in), ``ods_code``
  (str or None).
- edge key: the flow IRI. Attributes ``agreement`` (core reference),
  ``datasets`` (sorted canonical names), ``state`` (one of
  :data:`nhskg.model.DATA_STATES`), ``mode`` ("transfer" or "access"),
  ``evidence`` (the sentence), ``location`` ("file:line" or sheet/row text),
  ``origin`` ("text" for flows the free text states, "register" for the
  structured release NHS Digital -> applicant).

Nodes and edges are inserted in sorted order, so the same RDF gives the same
view (and the same GraphML/GEXF bytes).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from . import vocab

#: Separator used when list attributes are flattened for GraphML and GEXF.
LIST_SEPARATOR = " | "

_ID = vocab.ID
_AGREEMENT_PREFIX = vocab.ID + "agreement/"
_LABELS = (SKOS.prefLabel, DCTERMS.title, RDFS.label)


# --- RDF -> NetworkX ---------------------------------------------------------------------


def _reference(agreement) -> str | None:
    """The core reference of an agreement IRI (minted by :func:`nhskg.graph.vocab.agreement_iri`)."""
    if agreement is None:
        return None
    text = str(agreement)
    return unquote(text[len(_AGREEMENT_PREFIX):]) if text.startswith(_AGREEMENT_PREFIX) else text


def _label(g: Graph, node) -> str:
    for prop in _LABELS:
        value = g.value(node, prop)
        if value is not None:
            return str(value)
    return unquote(str(node).rsplit("/", 1)[-1])


def _kind(g: Graph, org) -> str:
    kind = g.value(org, vocab.KIND)
    if kind is not None:
        return str(kind)
    for cls in g.objects(org, RDF.type):
        if cls in vocab.KIND_OF_CLASS:
            return vocab.KIND_OF_CLASS[cls]
    return "Other"


def _evidence(g: Graph, flow) -> tuple[str, str]:
    """The sentence and "file:line" of a flow's evidence (the first, in sorted order, if several)."""
    found = []
    for evidence in g.objects(flow, PROV.wasDerivedFrom):
        quote = g.value(evidence, vocab.QUOTE)
        if quote is not None:
            found.append((str(g.value(evidence, vocab.LOCATION) or ""), str(quote)))
    if not found:
        return "", ""
    location, quote = min(found)
    return quote, location


def _organisations(g: Graph) -> set:
    orgs = set(g.subjects(RDF.type, vocab.ORGANISATION_CLASS))
    for cls in vocab.KIND_CLASSES.values():
        orgs.update(g.subjects(RDF.type, cls))
    return {o for o in orgs if isinstance(o, URIRef)}


def to_networkx(rdf_graph: Graph) -> nx.MultiDiGraph:
    """The flow view of an nhskg RDF graph (see the module docstring for the schema).

    Every organisation becomes a node and every ``nhskg:DataFlow`` an edge.
    An organisation takes part in an agreement when the agreement links to it
    directly (applicant, controller, processor; a bare mention does not
    count), through one of its flows, or through one of its qualified role
    statements (e.g. "access would breach the agreement").
    """
    g = rdf_graph
    orgs = _organisations(g)
    agreements_of: dict = defaultdict(set)

    agreement_nodes = {a for cls in vocab.AGREEMENT_CLASSES for a in g.subjects(RDF.type, cls)}
    for agreement in agreement_nodes:
        for prop, obj in g.predicate_objects(agreement):
            if obj in orgs and prop != vocab.MENTIONS:
                agreements_of[obj].add(_reference(agreement))
    for part, agreement in g.subject_objects(vocab.IN_AGREEMENT):
        for obj in g.objects(part):
            if obj in orgs:
                agreements_of[obj].add(_reference(agreement))
    for agreement, statement in g.subject_objects(vocab.QUALIFIED_ROLE):
        for obj in g.objects(statement):
            if obj in orgs:
                agreements_of[obj].add(_reference(agreement))

    G = nx.MultiDiGraph()
    for org in sorted(orgs):
        ods = g.value(org, vocab.ODS_CODE)
        label = _label(g, org)
        G.add_node(
            str(org),
            label=label,
            kind=_kind(g, org),
            aliases=sorted({str(a) for a in g.objects(org, SKOS.altLabel)} - {label}),
            agreements=sorted(agreements_of[org]),
            ods_code=str(ods) if ods is not None else None,
        )

    dataset_names: dict = {}
    edges = []
    for flow in g.subjects(RDF.type, vocab.FLOW_CLASS):
        source, target = g.value(flow, vocab.SOURCE), g.value(flow, vocab.TARGET)
        if source is None or target is None:
            continue
        for end in (source, target):  # a flow end the graph types nowhere is still an organisation
            if str(end) not in G:
                G.add_node(str(end), label=_label(g, end), kind=_kind(g, end), aliases=[], agreements=[], ods_code=None)
        datasets = []
        for dataset in g.objects(flow, vocab.DATASET):
            if dataset not in dataset_names:
                dataset_names[dataset] = _label(g, dataset)
            datasets.append(dataset_names[dataset])
        state = g.value(flow, vocab.DATA_STATE)
        mode = g.value(flow, vocab.MODE)
        evidence, location = _evidence(g, flow)
        edges.append(
            (
                str(source),
                str(target),
                str(flow),
                {
                    "agreement": _reference(g.value(flow, vocab.IN_AGREEMENT)),
                    "datasets": sorted(set(datasets)),
                    "state": vocab.STATE_OF_CONCEPT.get(state, str(state) if state is not None else "unspecified"),
                    "mode": vocab.MODE_OF_CONCEPT.get(mode, str(mode) if mode is not None else "transfer"),
                    "evidence": evidence,
                    "location": location,
                    "origin": "register" if g.value(flow, vocab.STATED_BY) == vocab.STATED_BY_REGISTER else "text",
                },
            )
        )
    for source, target, key, data in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        G.add_edge(source, target, key=key, **data)
    # nodes added for untyped flow ends broke the sorted order: rebuild it
    if list(G.nodes) != sorted(G.nodes):
        H = nx.MultiDiGraph()
        H.add_nodes_from(sorted(G.nodes(data=True)))
        H.add_edges_from(G.edges(keys=True, data=True))
        G = H
    return G


def load(path) -> nx.MultiDiGraph:
    """The flow view of a built graph: an output folder (its ``graph.ttl``) or an RDF file."""
    return to_networkx(load_rdf(path))


def load_rdf(path) -> Graph:
    """The rdflib graph in an output folder (``graph.ttl``) or an RDF file (.ttl, .nt, .jsonld)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph (run `nhskg build ... --out DIR` first)")
    g = Graph()
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(path.suffix, "turtle")
    g.parse(path, format=fmt)
    return g


def example_graph() -> nx.MultiDiGraph:
    """A tiny flow graph in the view schema, for examples, doctests and tests.

    NHS Digital releases SUS to NHS Cumbria CCG under one agreement (the
    register's structured release); the text of that agreement says the data
    went NHS Digital -> North of England DSCRO (identifiable) -> North of
    England CSU (pseudonymised) -> NHS Cumbria CCG (pseudonymised), and that
    the CSU passed pseudonymised data on to AQuA, which sent aggregate
    reports back to the CCG. A second agreement releases HES to Acme Ltd.

    >>> G = example_graph()
    >>> G.number_of_nodes(), G.number_of_edges()
    (6, 7)
    >>> sorted(G.nodes[n]["label"] for n in G)[:3]
    ['AQuA', 'Acme Ltd', 'NHS Cumbria CCG']
    """
    G = nx.MultiDiGraph()
    orgs = [
        ("acme-ltd", "Acme Ltd", "Company", ["Acme Limited"], ["NIC-2"]),
        ("aqua", "AQuA", "Other", ["Advancing Quality Alliance"], ["NIC-1"]),
        ("nhs-cumbria-ccg", "NHS Cumbria CCG", "CCG", ["Cumbria CCG"], ["NIC-1"]),
        ("nhs-digital", "NHS Digital", "NHSDigital", ["HSCIC", "SUS Repository"], ["NIC-1", "NIC-2"]),
        ("north-of-england-csu", "North of England CSU", "CSU", ["NECS"], ["NIC-1"]),
        ("north-of-england-dscro", "North of England DSCRO", "DSCRO", ["North England DSCRO"], ["NIC-1"]),
    ]
    for slug, label, kind, aliases, agreements in orgs:
        G.add_node(f"{_ID}org/{slug}", label=label, kind=kind, aliases=aliases, agreements=agreements, ods_code=None)
    flows = [
        ("nhs-digital", "nhs-cumbria-ccg", "NIC-1", ["SUS"], "pseudonymised", "register",
         "Type of data: Pseudonymised", "cumbria.txt:12"),
        ("nhs-digital", "north-of-england-dscro", "NIC-1", ["SUS"], "identifiable", "text",
         "Identifiable SUS data is sent from the SUS Repository to North of England DSCRO.", "cumbria.txt:40"),
        ("north-of-england-dscro", "north-of-england-csu", "NIC-1", [], "pseudonymised", "text",
         "The pseudonymised data is then passed securely to North of England CSU.", "cumbria.txt:41"),
        ("north-of-england-csu", "nhs-cumbria-ccg", "NIC-1", [], "pseudonymised", "text",
         "North of England CSU then pass the pseudonymised data to Cumbria CCG.", "cumbria.txt:42"),
        ("north-of-england-csu", "aqua", "NIC-1", [], "pseudonymised", "text",
         "North of England CSU then passes the pseudonymised data securely to AQuA.", "cumbria.txt:50"),
        ("aqua", "nhs-cumbria-ccg", "NIC-1", [], "aggregate", "text",
         "Only aggregate reports are sent to the CCG.", "cumbria.txt:51"),
        ("nhs-digital", "acme-ltd", "NIC-2", ["HES"], "anonymised", "register",
         "Type of data: Anonymised", "acme.txt:3"),
    ]
    for number, (source, target, agreement, datasets, state, origin, evidence, location) in enumerate(flows):
        G.add_edge(
            f"{_ID}org/{source}",
            f"{_ID}org/{target}",
            key=f"{_ID}flow/example-{number}",
            agreement=agreement,
            datasets=datasets,
            state=state,
            mode="transfer",
            evidence=evidence,
            location=location,
            origin=origin,
        )
    return G


# --- GraphML / GEXF ---------------------------------------------------------------


def _flat(value):
    """An attribute value GraphML/GEXF can hold: lists joined, None as ""."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return LIST_SEPARATOR.join(str(item) for item in items)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def flattened(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with scalar attributes only, nodes and edges in sorted order.

    >>> G = flattened(example_graph())
    >>> G.nodes["https://w3id.org/nhskg/id/org/nhs-digital"]["aliases"]
    'HSCIC | SUS Repository'
    >>> G.nodes["https://w3id.org/nhskg/id/org/nhs-digital"]["ods_code"]
    ''
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in sorted(G.graph.items()) if not isinstance(v, dict)})
    for node in sorted(G.nodes):
        H.add_node(node, **{k: _flat(v) for k, v in sorted(G.nodes[node].items())})
    for u, v, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        H.add_edge(u, v, key=key, **{k: _flat(val) for k, val in sorted(data.items())})
    return H


def write_graphml(G: nx.MultiDiGraph, path) -> None:
    """Write ``G`` as GraphML (lists flattened to " | "-joined strings, sorted, same bytes each time)."""
    nx.write_graphml(flattened(G), str(path), encoding="utf-8", prettyprint=True, named_key_ids=True)


def write_gexf(G: nx.MultiDiGraph, path) -> None:
    """Write ``G`` as GEXF 1.2 for Gephi (lists flattened; no modification date, so same bytes each time)."""
    from networkx.readwrite.gexf import GEXFWriter

    H = flattened(G)
    for u, v, key, data in H.edges(keys=True, data=True):
        data["id"] = key  # the flow IRI, not a counter
        data["label"] = data.get("agreement", "")
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.add_graph(H)
    with open(Path(path), "wb") as fh:
        writer.write(fh)
