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
- graph attribute ``datasets``: canonical dataset name -> sorted list of the
  other names it is written under (the filters accept any of them).

Nodes and edges are inserted in sorted order, so the same RDF gives the same
view (and the same GraphML/GEXF bytes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import overload
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS

from . import vocab
from .formats import graph_file, oxigraph_format
from .triples import Triples

#: Separator used when list attributes are flattened for GraphML and GEXF.
LIST_SEPARATOR = " | "

_ID = vocab.ID
_AGREEMENT_PREFIX = vocab.ID + "agreement/"

# --- RDF -> NetworkX ---------------------------------------------------------------------

_TYPE = str(RDF.type)
_PREF, _ALT = str(SKOS.prefLabel), str(SKOS.altLabel)
_LABELS = (_PREF, str(DCTERMS.title), str(RDFS.label))
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_T = {name: str(getattr(vocab, name)) for name in (
    "SOURCE", "TARGET", "IN_AGREEMENT", "DATASET", "DATA_STATE", "MODE", "STATED_BY", "QUOTE", "LOCATION",
    "ODS_CODE", "KIND", "MENTIONS", "QUALIFIED_ROLE", "FLOW_CLASS", "ORGANISATION_CLASS", "STATED_BY_REGISTER",
)}
#: Literal-valued predicates the view reads; every other literal is skipped while indexing.
_LITERALS = frozenset({*_LABELS, _ALT, _T["QUOTE"], _T["LOCATION"], _T["ODS_CODE"], _T["KIND"]})
_KIND_OF_CLASS = {str(cls): kind for cls, kind in vocab.KIND_OF_CLASS.items()}
_STATE_OF = {str(c): s for c, s in vocab.STATE_OF_CONCEPT.items()}
_MODE_OF = {str(c): m for c, m in vocab.MODE_OF_CONCEPT.items()}
_AGREEMENT_CLASSES = {str(c) for c in vocab.AGREEMENT_CLASSES}
_DATASET_CLASS = str(vocab.DATASET_CLASS)


class _Triples:
    """The triples the view needs, indexed by subject; IRIs and literal values as plain str.

    Two front ends feed it (an rdflib graph, or pyoxigraph's parser, which is
    several times faster than filling an rdflib graph); one function
    (:func:`_view`) reads it, so both give the same view.
    """

    def __init__(self, triples: Iterable[tuple[str, str, str, bool]]):
        self.out: dict[str, dict[str, list[str]]] = {}
        self.of_type: dict[str, set[str]] = defaultdict(set)
        # a subject's triples come together, and its predicates too, in the canonical order (any order works):
        # the two lookups are made when the subject or the predicate changes, not for every triple
        subject = predicate = None
        props: dict[str, list[str]] = {}
        values: list[str] = []
        for s, p, o, is_literal in triples:
            if is_literal:
                if p not in _LITERALS:
                    continue
            elif p == _TYPE:
                self.of_type[o].add(s)
                continue
            if s != subject:
                subject, predicate = s, None
                props = self.out.setdefault(s, {})
            if p != predicate:
                predicate = p
                values = props.setdefault(p, [])
            values.append(o)

    def values(self, s: str, p: str) -> list[str]:
        found = self.out.get(s)
        return found.get(p, []) if found else []

    def value(self, s: str, p: str) -> str | None:
        """The least value (a deterministic pick when the graph states several)."""
        found = self.values(s, p)
        return min(found) if found else None


def _from_rdflib(graph: Graph):
    predicates: dict = {}  # few distinct predicates: convert each once
    for s, p, o in graph:
        p = predicates.get(p) or predicates.setdefault(p, str(p))
        if isinstance(o, Literal):
            if p in _LITERALS:
                yield str(s), p, str(o), True
        else:
            yield str(s), p, str(o), False


def _from_file(path: Path):
    import pyoxigraph as ox

    return from_oxigraph(ox.parse(path=str(path), format=oxigraph_format(path)))


def from_oxigraph(triples):
    import pyoxigraph as ox

    for t in triples:
        o = t.object
        yield t.subject.value, t.predicate.value, o.value, isinstance(o, ox.Literal)


@overload
def _reference(agreement: str) -> str: ...


@overload
def _reference(agreement: str | None) -> str | None: ...


def _reference(agreement: str | None) -> str | None:
    """The core reference of an agreement IRI (minted by :func:`nhskg.graph.vocab.agreement_iri`)."""
    if agreement is None:
        return None
    return unquote(agreement[len(_AGREEMENT_PREFIX):]) if agreement.startswith(_AGREEMENT_PREFIX) else agreement


def _label(t: _Triples, node: str) -> str:
    for prop in _LABELS:
        value = t.value(node, prop)
        if value is not None:
            return value
    return unquote(node.rsplit("/", 1)[-1])


def _kind(t: _Triples, org: str, kind_of: dict[str, str]) -> str:
    return t.value(org, _T["KIND"]) or kind_of.get(org, "Other")


def _evidence(t: _Triples, flow: str) -> tuple[str, str]:
    """The sentence and "file:line" of a flow's evidence (the least, if it has several)."""
    found = [
        (t.value(ev, _T["LOCATION"]) or "", quote)
        for ev in t.values(flow, _DERIVED_FROM)
        for quote in t.values(ev, _T["QUOTE"])
    ]
    if not found:
        return "", ""
    location, quote = min(found)
    return quote, location


def _view(t: _Triples) -> nx.MultiDiGraph:
    kind_of = {}
    for cls, kind in _KIND_OF_CLASS.items():
        for member in t.of_type.get(cls, ()):
            kind_of[member] = kind
    orgs = set(t.of_type.get(_T["ORGANISATION_CLASS"], ())) | set(kind_of)

    # An organisation takes part in an agreement that links to it (not by a bare
    # mention), or in one whose flows or qualified role statements name it.
    agreements_of: dict[str, set[str]] = defaultdict(set)
    agreements = set().union(*(t.of_type.get(c, set()) for c in _AGREEMENT_CLASSES))
    for agreement in agreements:
        reference = _reference(agreement)
        for prop, objects in t.out.get(agreement, {}).items():
            if prop == _T["MENTIONS"]:
                continue
            for obj in objects:
                if obj in orgs:
                    agreements_of[obj].add(reference)
        for statement in t.values(agreement, _T["QUALIFIED_ROLE"]):
            for objects in t.out.get(statement, {}).values():
                for obj in objects:
                    if obj in orgs:
                        agreements_of[obj].add(reference)

    flows = []
    for flow in t.of_type.get(_T["FLOW_CLASS"], ()):
        source, target = t.value(flow, _T["SOURCE"]), t.value(flow, _T["TARGET"])
        if source is None or target is None:
            continue
        flow_reference = _reference(t.value(flow, _T["IN_AGREEMENT"]))
        for end in (source, target):
            orgs.add(end)  # a flow end typed nowhere is still an organisation
            if flow_reference:
                agreements_of[end].add(flow_reference)
        state, mode = t.value(flow, _T["DATA_STATE"]), t.value(flow, _T["MODE"])
        evidence, location = _evidence(t, flow)
        flows.append((source, target, flow, {
            "agreement": flow_reference,
            "datasets": sorted({_label(t, d) for d in t.values(flow, _T["DATASET"])}),
            "state": _STATE_OF.get(state or "", state or "unspecified"),
            "mode": _MODE_OF.get(mode or "", mode or "transfer"),
            "evidence": evidence,
            "location": location,
            "origin": "register" if t.value(flow, _T["STATED_BY"]) == _T["STATED_BY_REGISTER"] else "text",
        }))

    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    # canonical dataset name -> the other names it is written under, so that
    # filters accept "MHSDS" for "Mental Health Services Data Set"
    datasets = t.of_type.get(_DATASET_CLASS, set()) | {d for f in t.of_type.get(_T["FLOW_CLASS"], ()) for d in t.values(f, _T["DATASET"])}
    names: dict[str, set[str]] = defaultdict(set)
    for dataset in datasets:
        label = _label(t, dataset)
        names[label].update(set(t.values(dataset, _ALT)) - {label})
    G.graph["datasets"] = {label: sorted(names[label]) for label in sorted(names)}
    for org in sorted(orgs):
        label = _label(t, org)
        G.add_node(
            org,
            label=label,
            kind=_kind(t, org, kind_of),
            aliases=sorted(set(t.values(org, _ALT)) - {label}),
            agreements=sorted(agreements_of[org]),
            ods_code=t.value(org, _T["ODS_CODE"]),
        )
    for source, target, key, data in sorted(flows, key=lambda f: (f[0], f[1], f[2])):
        G.add_edge(source, target, key=key, **data)
    return G


def to_networkx(rdf_graph: Graph | Triples) -> nx.MultiDiGraph:
    """The flow view of an nhskg RDF graph (see the module docstring for the schema).

    Every organisation becomes a node and every ``nhskg:DataFlow`` an edge.
    An organisation takes part in an agreement when the agreement links to it
    directly (applicant, controller, processor; a bare mention does not
    count), through one of its flows, or through one of its qualified role
    statements (e.g. "access would breach the agreement").

    ``rdf_graph`` is an :class:`rdflib.Graph` or the build's
    :class:`~nhskg.graph.triples.Triples` (read without making an rdflib graph).
    """
    if isinstance(rdf_graph, Triples):
        return _view(_Triples(_from_triples(rdf_graph)))
    return _view(_Triples(_from_rdflib(rdf_graph)))


_RELEASE_SUBJECT = f"<{_ID}release/".encode()
_HAS_RELEASE = f" <{vocab.HAS_RELEASE}> <".encode()


def _from_triples(triples: Triples):
    """The build's triples the view reads, parsed a few MB of lines at a time (never the whole text at once)."""
    import pyoxigraph as ox

    for block in triples.blocks():
        yield from from_oxigraph(ox.parse(_view_lines(block), format=ox.RdfFormat.N_TRIPLES))


def _view_lines(ntriples: bytes) -> bytes:
    """The canonical lines the view reads: a file release's own triples (and links to it) left out.

    The view never reads them, and a Data Uses Register edition has ~104,000
    release rows of ~17 triples each: most of its graph.  The lines are
    sorted, so a release's lines come together: a piece holding nothing else
    is dropped whole, and a piece without them is read line by line only for
    the links to releases its agreements hold.
    """
    last = ntriples.rfind(b"\n", 0, len(ntriples) - 1) + 1
    if ntriples.startswith(_RELEASE_SUBJECT) and ntriples.startswith(_RELEASE_SUBJECT, last):
        return b""
    lines = ntriples.split(b"\n")
    return b"\n".join(line for line in lines if not line.startswith(_RELEASE_SUBJECT) and _HAS_RELEASE not in line)


def _graph_file(path) -> Path:
    path = graph_file(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such graph (run `nhskg build ... --out DIR` first)")
    return path


def load(path) -> nx.MultiDiGraph:
    """The flow view of a built graph: an output folder (its ``graph.ttl``) or an RDF file (.ttl, .nt, .jsonld).

    Parses with pyoxigraph straight into the view's index, skipping rdflib:
    on a 340,000-triple graph that takes about 1 s against 7-14 s through an
    rdflib graph. Gives exactly what ``to_networkx(load_rdf(path))`` gives.
    """
    return _view(_Triples(_from_file(_graph_file(path))))


def load_rdf(path) -> Graph:
    """The rdflib graph in an output folder (``graph.ttl``) or an RDF file (.ttl, .nt, .jsonld).

    The build itself never makes an rdflib graph (see :mod:`nhskg.graph.triples`);
    this is the on-demand one, for rdflib's API, its SPARQL engine or pySHACL.
    ``Triples.rdflib()`` gives the same for a graph built in this process.
    """
    from .serialise import read_graph

    return read_graph(_graph_file(path))


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
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph(datasets={"HES": ["Hospital Episode Statistics"], "SUS": ["Secondary Uses Service"]})
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
    H: nx.MultiDiGraph[str] = nx.MultiDiGraph()
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
    for _u, _v, key, data in H.edges(keys=True, data=True):
        data["id"] = key  # the flow IRI, not a counter
        data["label"] = data.get("agreement", "")
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.add_graph(H)
    with open(Path(path), "wb") as fh:
        writer.write(fh)
