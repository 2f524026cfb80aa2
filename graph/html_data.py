"""The data behind the HTML map: organisations and aggregated flows.

Parallel flows are aggregated into one drawn edge per (source, target, data
state, origin), carrying the agreements, datasets, modes and a bounded
sample of the evidence sentences (with the total count), so the page stays
small and fast for the whole register.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="NHS Digital", kind="NHSDigital")
>>> G.add_node("b", label="A CSU", kind="CSU")
>>> for ref in ("NIC-1", "NIC-2"):
...     _ = G.add_edge("a", "b", key=ref, agreement=ref, datasets=["HES"], state="pseudonymised",
...                mode="transfer", evidence="Data goes to A CSU.", location=f"{ref}.txt:3", origin="text")
>>> data = page_data(G)
>>> [(e["from"], e["to"], e["agreements"]) for e in data["edges"]]
[('a', 'b', ['NIC-1', 'NIC-2'])]
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from nhskg.model import DATA_STATES, ORG_KINDS

from .html_style import KIND_STYLES, STAGE_TITLES, STATE_COLORS, kind_style

#: At most this many evidence sentences / agreements are kept per edge or node;
#: the page shows "and N more" for the rest.
MAX_EVIDENCE = 5
MAX_LISTED = 25

ORIGINS = ("text", "register")


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # a GraphML round trip flattens lists to "a | b"
        return [v for v in (p.strip() for p in value.split("|")) if v]
    return [str(v) for v in value]


def _bounded(items: list, limit: int) -> tuple[list, int]:
    return items[:limit], len(items)


def _agreement_datasets(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """agreement -> every dataset any of its flows names (used when a flow names none)."""
    found: dict[str, set[str]] = defaultdict(set)
    for _, _, attrs in G.edges(data=True):
        if attrs.get("agreement"):
            found[str(attrs["agreement"])].update(_as_list(attrs.get("datasets")))
    return found


def _node_record(node: str, attrs: dict) -> dict:
    kind = attrs.get("kind") if attrs.get("kind") in KIND_STYLES else "Other"
    agreements, agreement_total = _bounded(sorted(set(_as_list(attrs.get("agreements")))), MAX_LISTED)
    return {
        "id": str(node),
        "label": str(attrs.get("label") or node),
        "kind": kind,
        "stage": kind_style(kind).stage,
        "aliases": sorted(set(_as_list(attrs.get("aliases")))),
        "agreements": agreements,
        "agreement_total": agreement_total,
        "ods_code": attrs.get("ods_code") or None,
    }


def _edge_records(G: nx.MultiDiGraph) -> list[dict]:
    by_agreement = _agreement_datasets(G)
    groups: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for source, target, attrs in G.edges(data=True):
        state = attrs.get("state") if attrs.get("state") in DATA_STATES else "unspecified"
        origin = attrs.get("origin") if attrs.get("origin") in ORIGINS else "text"
        groups[(str(source), str(target), state, origin)].append(attrs)

    records = []
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    for number, ((source, target, state, origin), flows) in enumerate(sorted(groups.items())):
        agreements = sorted({str(f["agreement"]) for f in flows if f.get("agreement")})
        named = sorted({d for f in flows for d in _as_list(f.get("datasets"))})
        inherited = sorted(
            {
                d
                for f in flows
                if not _as_list(f.get("datasets")) and f.get("agreement")
                for d in by_agreement.get(str(f["agreement"]), ())
            }
            - set(named)
        )
        evidence = sorted(
            {
                (str(f.get("agreement") or ""), str(f.get("location") or ""), str(f.get("evidence") or ""))
                for f in flows
                if f.get("evidence")
            }
        )
        shown, evidence_total = _bounded(evidence, MAX_EVIDENCE)
        listed, agreement_total = _bounded(agreements, MAX_LISTED)
        parallel = pair_count[(source, target)]
        pair_count[(source, target)] += 1
        records.append(
            {
                "id": f"e{number}",
                "from": source,
                "to": target,
                "state": state,
                "origin": origin,
                "agreements": listed,
                "agreement_total": agreement_total,
                "datasets": named,
                "agreement_datasets": inherited,
                "modes": sorted({str(f.get("mode")) for f in flows if f.get("mode")}),
                "evidence": [{"agreement": a, "location": loc, "text": t} for a, loc, t in shown],
                "evidence_total": evidence_total,
                "parallel": parallel,  # 0 for the first edge between a pair, 1, 2... after
            }
        )
    return records


def page_data(G: nx.MultiDiGraph, *, focus: str | None = None) -> dict:
    """Everything the page script needs, as plain JSON-ready data (deterministic order)."""
    records = []
    last_stage = len(STAGE_TITLES) - 1
    for n, attrs in G.nodes(data=True):
        record = _node_record(n, attrs)
        # a provider or processor that only sends data (GP practices, trusts feeding a
        # DSCRO) is a source: draw it in the first column so its arrows point right
        if record["stage"] == last_stage and G.out_degree(n) and not G.in_degree(n):
            record["stage"] = 0
        records.append(record)
    nodes = sorted(records, key=lambda r: (r["stage"], r["label"].casefold(), r["id"]))
    edges = _edge_records(G)
    kind_counts = defaultdict(int)
    for r in nodes:
        kind_counts[r["kind"]] += 1
    state_counts = defaultdict(int)
    for r in edges:
        state_counts[r["state"]] += 1
    datasets = sorted({d for r in edges for d in r["datasets"] + r["agreement_datasets"]}, key=str.casefold)
    return {
        "nodes": nodes,
        "edges": edges,
        "kinds": [
            {
                "kind": k,
                "label": KIND_STYLES[k].label,
                "shape": KIND_STYLES[k].shape,
                "color": KIND_STYLES[k].color,
                "count": kind_counts[k],
            }
            for k in ORG_KINDS
            if kind_counts[k]
        ],
        "states": [{"state": s, "color": STATE_COLORS[s], "count": state_counts[s]} for s in DATA_STATES],
        "datasets": datasets,
        "stages": list(STAGE_TITLES),
        "focus": focus if focus is not None and G.has_node(focus) else None,
        "flow_count": G.number_of_edges(),
    }
