"""Graph algorithms over the flow view (:mod:`nhskg.graph.view`).

Every function takes the :class:`networkx.MultiDiGraph` that
:func:`nhskg.graph.view.load` returns: organisations keyed by IRI, one edge per
flow keyed by flow IRI. Organisations may be given by IRI, name or alias
(see :func:`find_org`).

**The chaining rule.** An edge says that data passed from one organisation to
another under one agreement. Data plausibly travels along a chain of edges
only if it is the same data, so :func:`downstream`, :func:`upstream`,
:func:`paths_from_nhs_digital` and :func:`subgraph_for` follow a chain only
along edges of *one* agreement: a CSU that receives data under agreement A
and passes data on under agreement B does not make B's recipients
downstream of A's sources.

**Filters.** ``dataset`` keeps edges that carry the dataset: the edge names
it, or names no dataset at all and belongs to an agreement under which the
dataset flows (the register's release or another edge names it);
datasets compare case-insensitively, by canonical name, by a name the
dataset catalogue knows ("MHSDS") or by any name the graph records for it
(``G.graph["datasets"]``: canonical -> aliases). ``state`` keeps edges in
exactly that data state (one of :data:`nhskg.model.DATA_STATES`; anything
else is a ValueError). Along a path every edge must pass the filters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

import networkx as nx

from nhskg.model import DATA_STATES

__all__ = [
    "OrganisationNotFound",
    "FlowPath",
    "find_org",
    "nhs_digital",
    "downstream",
    "upstream",
    "paths_from_nhs_digital",
    "onward_paths",
    "subgraph_for",
    "intermediaries",
    "recipients_of_dataset",
    "receives_identifiable",
]


class OrganisationNotFound(nx.NodeNotFound):
    """No organisation (or more than one) matches a name; ``str(err)`` is one line for the user."""


class FlowPath(NamedTuple):
    """A chain of flows under one agreement.

    ``nodes`` are the organisations in order; ``edges[i]`` holds the keys of
    every flow (parallel edges, each with its own evidence) from
    ``nodes[i]`` to ``nodes[i + 1]`` under ``agreement``.
    """

    agreement: str
    nodes: tuple[str, ...]
    edges: tuple[tuple[str, ...], ...]


# --- finding organisations ----------------------------------------------------------


def _normalise(name: str) -> str:
    name = re.sub(r"[.'\u2019]", "", name.casefold()).replace("&", " and ")  # D.S.C.R.O. -> dscro
    name = re.sub(r"[^\w\s]", " ", name)
    name = " ".join(name.split())
    return name[4:] if name.startswith("the ") else name


def find_org(G: nx.MultiDiGraph, name: str, *, score_cutoff: float = 85.0) -> str:
    """The node of the organisation called ``name``.

    ``name`` may be a node key (IRI), the last part of one (``nhs-cumbria-ccg``),
    a label or an alias. Names compare case-insensitively with "&" read as
    "and"; failing an exact match, the best fuzzy match (rapidfuzz
    ``token_set_ratio`` at least ``score_cutoff``) wins.

    Raises :class:`OrganisationNotFound` when nothing matches, or when several
    organisations match equally well (the message lists them).

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> find_org(G, "cumbria ccg")
    'https://w3id.org/nhskg/id/org/nhs-cumbria-ccg'
    >>> G.nodes[find_org(G, "NECS")]["label"]
    'North of England CSU'
    >>> G.nodes[find_org(G, "North England CSU")]["label"]
    'North of England CSU'
    >>> try:
    ...     find_org(G, "North of England")
    ... except OrganisationNotFound as err:
    ...     print(err)
    'North of England' is ambiguous: North of England CSU, North of England DSCRO
    """
    if name in G:
        return name
    wanted = _normalise(name)
    names: dict[str, set[str]] = defaultdict(set)  # normalised name -> nodes
    for node, data in G.nodes(data=True):
        for candidate in (data.get("label") or "", *(data.get("aliases") or ()), str(node).rsplit("/", 1)[-1]):
            if candidate:
                names[_normalise(candidate)].add(node)
    exact = names.get(wanted)
    if not exact:
        from rapidfuzz import fuzz, process

        scored = process.extract(wanted, list(names), scorer=fuzz.token_set_ratio, score_cutoff=score_cutoff, limit=None)
        if not scored:
            raise OrganisationNotFound(f"no organisation matches {name!r}")
        best = max(score for _, score, _ in scored)
        exact = set().union(*(names[choice] for choice, score, _ in scored if score == best))
    if len(exact) > 1:
        labels = sorted(G.nodes[n].get("label") or n for n in exact)
        raise OrganisationNotFound(f"{name!r} is ambiguous: {', '.join(labels)}")
    return next(iter(exact))


def nhs_digital(G: nx.MultiDiGraph) -> str:
    """The node of NHS Digital, the releasing body (the node of kind ``NHSDigital``).

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> nhs_digital(example_graph())
    'https://w3id.org/nhskg/id/org/nhs-digital'
    """
    found = sorted(n for n, data in G.nodes(data=True) if data.get("kind") == "NHSDigital")
    if not found:
        raise OrganisationNotFound("the graph has no NHS Digital node")
    preferred = [n for n in found if n.endswith("/nhs-digital")]
    return (preferred or found)[0]


# --- the per-agreement flow graphs -----------------------------------------------------


def _agreement_datasets(G: nx.MultiDiGraph) -> dict[str | None, set[str]]:
    datasets: dict[str | None, set[str]] = defaultdict(set)
    for _, _, data in G.edges(data=True):
        datasets[data.get("agreement")].update(d.casefold() for d in data.get("datasets") or ())
    return datasets


def _dataset_names(G: nx.MultiDiGraph, dataset: str) -> set[str]:
    """The casefolded canonical names ``dataset`` stands for.

    Itself; its canonical name in the dataset catalogue (``ontology/datasets.toml``:
    "MHSDS" is "Mental Health Services Data Set"); and any dataset the graph
    records it as an alias of.
    """
    from nhskg.datasets import canonical_name

    wanted = {dataset.casefold(), canonical_name(dataset).casefold()}
    for canonical, aliases in (G.graph.get("datasets") or {}).items():
        if not wanted.isdisjoint({canonical.casefold(), *(a.casefold() for a in aliases)}):
            wanted.add(canonical.casefold())
    return wanted


def _edge_filter(G: nx.MultiDiGraph, dataset: str | None, state: str | None):
    """A predicate on edge data applying the module's dataset/state rules."""
    if state is not None and state not in DATA_STATES:
        raise ValueError(f"unknown data state {state!r} (one of: {', '.join(DATA_STATES)})")
    wanted = _dataset_names(G, dataset) if dataset else None
    by_agreement = _agreement_datasets(G) if wanted else {}

    def keep(data) -> bool:
        if state is not None and data.get("state") != state:
            return False
        if wanted is None:
            return True
        named = {d.casefold() for d in data.get("datasets") or ()}
        if named:
            return not wanted.isdisjoint(named)
        return not wanted.isdisjoint(by_agreement.get(data.get("agreement"), set()))

    return keep


def _chains(G, *, dataset=None, state=None, agreements=None) -> dict[str, nx.DiGraph]:
    """One DiGraph per agreement of the edges passing the filters; edge attr ``keys`` lists the flows."""
    keep = _edge_filter(G, dataset, state)
    chains: dict[str, nx.DiGraph] = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        agreement = data.get("agreement")
        if (agreements is not None and agreement not in agreements) or not keep(data):
            continue
        H = chains.setdefault(agreement, nx.DiGraph())
        if H.has_edge(u, v):
            H[u][v]["keys"].append(key)
        else:
            H.add_edge(u, v, keys=[key])
    for H in chains.values():
        for _, _, data in H.edges(data=True):
            data["keys"].sort()
    return chains


def _agreements_of(G, node) -> set[str]:
    return {d.get("agreement") for *_, d in G.in_edges(node, data=True)} | {
        d.get("agreement") for *_, d in G.out_edges(node, data=True)
    }


def _chain_edges(G, org, direction, dataset, state) -> set[tuple[str, str, str]]:
    """Every flow (u, v, key) on a same-agreement chain into (``upstream``) or out of (``downstream``) org."""
    edges: set[tuple[str, str, str]] = set()
    for H in _chains(G, dataset=dataset, state=state, agreements=_agreements_of(G, org)).values():
        if org not in H:
            continue
        if direction == "downstream":
            reached = nx.descendants(H, org) | {org}
            hops: Iterable[tuple[str, str, list[str]]] = H.out_edges(reached, data="keys")
        else:
            reached = nx.ancestors(H, org) | {org}
            hops = H.in_edges(reached, data="keys")
        edges.update((u, v, key) for u, v, keys in hops for key in keys)
    return edges


# --- tracing -------------------------------------------------------------------------


def downstream(G: nx.MultiDiGraph, org: str, *, dataset: str | None = None, state: str | None = None) -> set[str]:
    """Organisations that data flows on to from ``org``, along same-agreement chains.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> sorted(G.nodes[n]["label"] for n in downstream(G, "North of England CSU"))
    ['AQuA', 'NHS Cumbria CCG']
    >>> sorted(G.nodes[n]["label"] for n in downstream(G, "NHS Digital", state="identifiable"))
    ['North of England DSCRO']
    >>> sorted(G.nodes[n]["label"] for n in downstream(G, "NHS Digital", dataset="HES"))
    ['Acme Ltd']
    """
    org = find_org(G, org)
    return {v for _, v, _ in _chain_edges(G, org, "downstream", dataset, state)} - {org}


def upstream(G: nx.MultiDiGraph, org: str, *, dataset: str | None = None, state: str | None = None) -> set[str]:
    """Organisations that data reaching ``org`` passed through or came from, along same-agreement chains.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> sorted(G.nodes[n]["label"] for n in upstream(G, "Cumbria CCG"))
    ['AQuA', 'NHS Digital', 'North of England CSU', 'North of England DSCRO']
    >>> sorted(G.nodes[n]["label"] for n in upstream(G, "Cumbria CCG", state="pseudonymised"))
    ['NHS Digital', 'North of England CSU', 'North of England DSCRO']
    """
    org = find_org(G, org)
    return {u for u, _, _ in _chain_edges(G, org, "upstream", dataset, state)} - {org}


def paths_from_nhs_digital(
    G: nx.MultiDiGraph,
    recipient: str,
    *,
    dataset: str | None = None,
    state: str | None = None,
    cutoff: int | None = None,
) -> list[FlowPath]:
    """Every simple path from NHS Digital to ``recipient`` along flows of one agreement.

    Returns :class:`FlowPath` s sorted by agreement, then path length, then
    the organisations' IRIs. The register's own release (NHS Digital ->
    applicant) is a path of one hop; the text's onward chains are longer.
    ``cutoff`` limits the number of hops (no limit by default: one
    agreement's flows form a small graph).

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> for path in paths_from_nhs_digital(G, "NHS Cumbria CCG"):
    ...     print(path.agreement, " -> ".join(G.nodes[n]["label"] for n in path.nodes))
    NIC-1 NHS Digital -> NHS Cumbria CCG
    NIC-1 NHS Digital -> North of England DSCRO -> North of England CSU -> NHS Cumbria CCG
    NIC-1 NHS Digital -> North of England DSCRO -> North of England CSU -> AQuA -> NHS Cumbria CCG
    >>> path = paths_from_nhs_digital(G, "NHS Cumbria CCG")[1]
    >>> print(G.edges[path.nodes[0], path.nodes[1], path.edges[0][0]]["evidence"])
    Identifiable SUS data is sent from the SUS Repository to North of England DSCRO.
    >>> paths_from_nhs_digital(G, "NHS Cumbria CCG", state="aggregate")
    []
    >>> [len(p.nodes) for p in paths_from_nhs_digital(G, "NHS Cumbria CCG", cutoff=3)]
    [2, 4]
    """
    recipient = find_org(G, recipient)
    source = nhs_digital(G)
    found = []
    for agreement, H in _chains(G, dataset=dataset, state=state, agreements=_agreements_of(G, recipient)).items():
        if source not in H or recipient not in H or source == recipient:
            continue
        for nodes in nx.all_simple_paths(H, source, recipient, cutoff=cutoff):
            hops = tuple(tuple(H[u][v]["keys"]) for u, v in pairwise(nodes))
            found.append(FlowPath(agreement, tuple(nodes), hops))
    return sorted(found, key=lambda p: (p.agreement, len(p.nodes), p.nodes))


def onward_paths(
    G: nx.MultiDiGraph,
    org: str,
    *,
    dataset: str | None = None,
    state: str | None = None,
) -> list[FlowPath]:
    """Every chain of flows leaving ``org`` under one agreement, to each organisation it ends at.

    The counterpart of :func:`paths_from_nhs_digital`: where the data went
    next. A chain ends where its agreement's flows stop; a chain that loops
    back to an organisation already on it is given one hop at a time, so
    every onward flow appears in some path. Flows back into ``org`` itself
    are not onward and are left out. Sorted by agreement, then path
    length, then the organisations' IRIs.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> for path in onward_paths(G, "North of England CSU"):
    ...     print(path.agreement, " -> ".join(G.nodes[n]["label"] for n in path.nodes))
    NIC-1 North of England CSU -> NHS Cumbria CCG
    NIC-1 North of England CSU -> AQuA -> NHS Cumbria CCG
    >>> onward_paths(G, "North of England CSU", state="identifiable")
    []
    """
    org = find_org(G, org)
    found = []
    for agreement, H in _chains(G, dataset=dataset, state=state, agreements=_agreements_of(G, org)).items():
        if org not in H:
            continue
        reached = nx.descendants(H, org)
        paths = [
            tuple(nodes)
            for end in sorted(n for n in reached if H.out_degree(n) == 0)
            for nodes in nx.all_simple_paths(H, org, end)
        ]
        covered = {(u, v) for nodes in paths for u, v in pairwise(nodes)}
        # hops back into ``org`` (GP practices -> CSU after CSU -> GP practices) are inbound, not onward
        paths += [(u, v) for u, v in sorted(H.out_edges(reached | {org})) if (u, v) not in covered and v != org]
        for nodes in paths:
            hops = tuple(tuple(H[u][v]["keys"]) for u, v in pairwise(nodes))
            found.append(FlowPath(agreement, nodes, hops))
    return sorted(found, key=lambda p: (p.agreement, len(p.nodes), p.nodes))


def subgraph_for(
    G: nx.MultiDiGraph,
    org: str,
    *,
    direction: str = "both",
    dataset: str | None = None,
    state: str | None = None,
) -> nx.MultiDiGraph:
    """The part of ``G`` a trace of ``org`` shows: its same-agreement chains, the rest hidden.

    ``direction`` is "upstream" (the chains that reach ``org``),
    "downstream" (the chains leaving it) or "both". The result is a copy with
    every attribute of the kept nodes and edges; ``org`` is always in it.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> T = subgraph_for(G, "North of England CSU", direction="downstream")
    >>> sorted(T.nodes[n]["label"] for n in T)
    ['AQuA', 'NHS Cumbria CCG', 'North of England CSU']
    >>> T.number_of_edges()
    3
    >>> subgraph_for(G, "AQuA", direction="both").number_of_edges()
    4
    """
    if direction not in ("both", "upstream", "downstream"):
        raise ValueError(f"direction must be 'both', 'upstream' or 'downstream', not {direction!r}")
    org = find_org(G, org)
    edges = set()
    for way in ("upstream", "downstream"):
        if direction in (way, "both"):
            edges |= _chain_edges(G, org, way, dataset, state)
    T: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    T.graph.update(G.graph)
    nodes = {org} | {u for u, _, _ in edges} | {v for _, v, _ in edges}
    T.add_nodes_from((n, G.nodes[n]) for n in sorted(nodes))
    for u, v, k in sorted(edges):
        T.add_edge(u, v, key=k, **G.edges[u, v, k])
    return T.copy()


# --- whole-graph questions -----------------------------------------------------------


def intermediaries(G: nx.MultiDiGraph) -> list[tuple[str, float]]:
    """Organisations that data passes through, ranked by betweenness centrality.

    Betweenness is computed on the flow graph: the organisations with at
    least one flow, parallel flows collapsed (an edge u -> v if any flow goes
    from u to v); normalised, endpoints not counted. Organisations with zero
    betweenness (pure sources and final recipients) are left out. Ties are
    ordered by label.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> [(G.nodes[n]["label"], round(score, 3)) for n, score in intermediaries(G)]
    [('North of England CSU', 0.15), ('North of England DSCRO', 0.1)]
    """
    collapsed: nx.DiGraph[str] = nx.DiGraph()
    collapsed.add_edges_from(sorted(set(G.edges())))
    scores = nx.betweenness_centrality(collapsed, normalized=True, endpoints=False)
    ranked = [(n, s) for n, s in scores.items() if s > 0]
    return sorted(ranked, key=lambda item: (-item[1], G.nodes[item[0]].get("label") or "", item[0]))


def recipients_of_dataset(G: nx.MultiDiGraph, dataset: str) -> list[str]:
    """Organisations that receive ``dataset`` on some flow (module rule for flows naming no dataset), sorted.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> [G.nodes[n]["label"] for n in recipients_of_dataset(G, "sus")]
    ['AQuA', 'NHS Cumbria CCG', 'North of England CSU', 'North of England DSCRO']
    """
    keep = _edge_filter(G, dataset, None)
    found = {v for _, v, data in G.edges(data=True) if keep(data)}
    return sorted(found, key=lambda n: (G.nodes[n].get("label") or "", n))


def receives_identifiable(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Organisations on the receiving end of identifiable data, with the agreements it came under.

    Ordered by label; each value is the sorted list of agreement references.

    Example
    -------
    >>> from nhskg.graph.view import example_graph
    >>> G = example_graph()
    >>> {G.nodes[n]["label"]: refs for n, refs in receives_identifiable(G).items()}
    {'North of England DSCRO': ['NIC-1']}
    """
    found: dict[str, set[str]] = defaultdict(set)
    for _, v, data in G.edges(data=True):
        if data.get("state") == "identifiable" and data.get("agreement"):
            found[v].add(data["agreement"])
    order = sorted(found, key=lambda n: (G.nodes[n].get("label") or "", n))
    return {n: sorted(found[n]) for n in order}
