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
from pathlib import Path

import networkx as nx

from nhskg.model import DATA_STATES, ORG_KINDS

from .html_style import KIND_STYLES, STAGE_TITLES, STATE_COLORS, kind_style

#: At most this many evidence sentences / agreements are kept per edge or node
#: (the tooltip's sample; the details panel reads every flow's sentence from
#: the edge's ``flows``); the page shows "and N more" for the rest.
MAX_EVIDENCE = 2
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


class _Table:
    """Distinct strings in first-seen order, referred to by index (keeps repeated text out of the page)."""

    def __init__(self):
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, value) -> int:
        if value is None or value == "":
            return -1
        value = str(value)
        if value not in self._index:
            self._index[value] = len(self.items)
            self.items.append(value)
        return self._index[value]


#: How the page codes a flow's inferred end (``nhskg:inferredEnd`` is "source" or "target").
INFERRED_CODES = {"none": 0, "source": 1, "target": 2, "both": 3}


def _inferred(value) -> int:
    """Which end of a flow nhskg inferred: 0 none (both named), 1 the source, 2 the target, 3 both or an unnamed one; -1 unknown.

    >>> [_inferred(v) for v in ("target", "source target", "none", True, False, None)]
    [2, 3, 0, 3, 0, -1]
    """
    if value is None or value == "":
        return -1
    if isinstance(value, str):
        words = set(value.casefold().split())
        if words & {"true", "1", "yes", "both"} or {"source", "target"} <= words:
            return 3
        if "source" in words or "target" in words:
            return INFERRED_CODES["source" if "source" in words else "target"]
        return 0
    return 3 if value else 0


def _edge_records(G: nx.MultiDiGraph, tables: dict[str, _Table], facts: dict | None = None) -> list[dict]:
    by_agreement = _agreement_datasets(G)
    facts = facts or {}
    groups: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for source, target, key, attrs in G.edges(keys=True, data=True):
        state = attrs.get("state") if attrs.get("state") in DATA_STATES else "unspecified"
        origin = attrs.get("origin") if attrs.get("origin") in ORIGINS else "text"
        if str(key) in facts:  # the rule and inferred end the RDF graph records for this flow
            attrs = {**facts[str(key)], **{k: v for k, v in attrs.items() if v is not None}}
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
        # every flow, compactly: what focus, path and the filters need per agreement
        # [agreement, [datasets], sentence, location, rule, inferred end]
        compact = sorted(
            {
                (
                    tables["agreements"](f.get("agreement")),
                    tuple(sorted(tables["datasets"](d) for d in _as_list(f.get("datasets")))),
                    tables["sentences"](f.get("evidence")),
                    tables["locations"](f.get("location")),
                    tables["rules"](f.get("rule") or f.get("extraction_rule")),
                    _inferred(f.get("inferred_end")),
                )
                for f in flows
            }
        )
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
                # a sample for the tooltip; "location" and "sentence" index the page's tables
                "evidence": [
                    {"agreement": a, "location": tables["locations"](loc), "sentence": tables["sentences"](t)} for a, loc, t in shown
                ],
                "evidence_total": evidence_total,
                "parallel": parallel,  # 0 for the first edge between a pair, 1, 2... after
                "flows": [[a, list(ds), s, loc, r, i] for a, ds, s, loc, r, i in compact],
            }
        )
    return records


# --- grouping the long tails (register scale) -----------------------------------------

#: Graphs with more organisations than this open on an overview with the long tails grouped.
GROUP_ABOVE = 80
#: A group needs at least this many members (fewer are drawn one by one).
MIN_GROUP = 3
#: Kinds always drawn one by one: the backbone of the flows.
BACKBONE_KINDS = frozenset({"NHSDigital", "NHSEngland", "DSCRO", "CSU"})
COMMISSIONER_KINDS = frozenset({"CCG", "ICB"})
HUB_KINDS = frozenset({"DSCRO", "CSU"})


def _plural(kind: str) -> str:
    """"University" -> "universities", "NHS trust" -> "NHS trusts", "Other" -> "other organisations"."""
    label = KIND_STYLES[kind].label
    label = label if label.isupper() or label[:3].isupper() else label[0].lower() + label[1:]
    if kind == "Other":
        return "other organisations"
    if label.endswith("y") and not label.endswith("ey"):
        return label[:-1] + "ies"
    return label if label.endswith("s") else label + "s"


def _groups(G: nx.MultiDiGraph, records: list[dict]) -> list[dict]:
    """The overview's groups: commissioners by the CSU that sends them most, the rest by kind, no-flow behind a count.

    Drawn one by one: the backbone (NHS Digital, NHS England, DSCROs, CSUs),
    sources, organisations receiving from a DSCRO or CSU that are not
    commissioners, and any group smaller than :data:`MIN_GROUP`.
    """
    if G.number_of_nodes() <= GROUP_ABOVE:
        return []
    by_id = {r["id"]: r for r in records}
    candidates: dict[tuple, list[str]] = defaultdict(list)
    for r in records:
        node, kind = r["id"], r["kind"]
        if kind in BACKBONE_KINDS:
            continue
        if not G.degree(node):
            candidates[("noflow",)].append(node)
            continue
        senders = defaultdict(int)
        for u, _ in G.in_edges(node):
            if by_id[str(u)]["kind"] == "CSU":
                senders[str(u)] += 1
        if kind in COMMISSIONER_KINDS:
            if senders:
                csu = min(senders, key=lambda u: (-senders[u], by_id[u]["label"].casefold(), u))
                candidates[("via", csu)].append(node)
            else:
                candidates[("direct",)].append(node)
            continue
        if any(by_id[str(u)]["kind"] in HUB_KINDS for u, _ in G.in_edges(node)):
            continue
        candidates[("source" if r["stage"] == 0 else "kind", kind)].append(node)

    groups = []
    for key in sorted(candidates, key=lambda k: tuple(str(p) for p in k)):
        members = sorted(candidates[key], key=lambda n: (by_id[n]["label"].casefold(), n))
        if len(members) < MIN_GROUP and key[0] != "noflow":
            continue
        if key[0] == "noflow":
            gid, noun, stage, note = "group:noflow", "organisations with no flow", len(STAGE_TITLES) - 1, ""
        elif key[0] == "via":
            gid, noun, stage = f"group:via:{key[1]}", "commissioners", 3
            note = "via " + by_id[key[1]]["label"]
        elif key[0] == "direct":
            gid, noun, stage, note = "group:direct", "commissioners", 3, "with no CSU stated"
        elif key[0] == "source":
            kind = key[1]
            gid, noun, stage, note = f"group:source:{kind}", _plural(kind), 0, "sending data"
        else:
            kind = key[1]
            gid, noun, stage, note = f"group:kind:{kind}", _plural(kind), by_id[members[0]]["stage"], ""
        kinds = sorted({by_id[m]["kind"] for m in members})
        groups.append(
            {
                "id": gid,
                "noun": noun,
                "note": note,
                "stage": stage,
                "kind": kinds[0] if len(kinds) == 1 else "Other",
                "members": members,
            }
        )
    return groups


# --- time: release months and agreement periods --------------------------------------------


def agreement_times(rdf_graph) -> dict[str, dict]:
    """``{reference: {"months": [...], "dsa": [start, end], "release": [start, end]}}`` from the RDF graph.

    Release months are ``YYYY-MM``; DSA dates ``YYYY-MM-DD``; missing values
    are None (an agreement with nothing recorded is left out).
    """
    from . import vocab

    found: dict[str, dict] = {}

    def entry(agreement) -> dict:
        reference = str(agreement).rsplit("/", 1)[-1]
        return found.setdefault(reference, {"months": [], "dsa": [None, None], "release": [None, None]})

    for agreement, month in rdf_graph.subject_objects(vocab.RELEASE_MONTH):
        entry(agreement)["months"].append(str(month))
    for prop, key, i in ((vocab.DSA_START, "dsa", 0), (vocab.DSA_END, "dsa", 1),
                         (vocab.RELEASE_START, "release", 0), (vocab.RELEASE_END, "release", 1)):
        for agreement, value in rdf_graph.subject_objects(prop):
            entry(agreement)[key][i] = str(value)
    for value in found.values():
        value["months"] = sorted(set(value["months"]))
    return dict(sorted(found.items()))


def flow_facts(rdf_graph) -> dict[str, dict]:
    """``{flow IRI: {"rule": ..., "inferred_end": ...}}``: how each flow was read, from the RDF graph.

    ``nhskg:extractionRule`` names the rule that made the flow;
    ``nhskg:inferredEnd`` (when the graph has it) says an end was inferred.
    Flows with neither are left out.
    """
    from rdflib import URIRef

    from . import vocab

    found: dict[str, dict] = {}
    inferred = getattr(vocab, "INFERRED_END", URIRef(str(vocab.NHSKG) + "inferredEnd"))
    ends: dict[str, set[str]] = defaultdict(set)
    for flow, value in rdf_graph.subject_objects(inferred):
        ends[str(flow)].add(str(value))
    for flow, rule in rdf_graph.subject_objects(vocab.EXTRACTION_RULE):
        # the build records an inferred end whenever there is one: a read flow without it names both
        found.setdefault(str(flow), {})["rule"] = str(rule)
        found[str(flow)]["inferred_end"] = "none"
    for flow, values in ends.items():
        found.setdefault(str(flow), {})["inferred_end"] = " ".join(sorted(values))
    return found


class _PredicateIndex:
    """(subject, object) pairs of a few predicates of a graph file, read once with pyoxigraph.

    Offers the one method :func:`agreement_times` and :func:`flow_facts` use
    (``subject_objects``), so ``nhskg trace --html`` gets the build's rules and
    months without filling an rdflib graph (seconds on a register).
    """

    def __init__(self, path, predicates):
        import pyoxigraph as ox

        from .formats import oxigraph_format

        wanted = {str(p) for p in predicates}
        self._pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for t in ox.parse(path=str(path), format=oxigraph_format(Path(path))):
            if t.predicate.value in wanted:
                self._pairs[t.predicate.value].append((t.subject.value, t.object.value))

    def subject_objects(self, predicate):
        return iter(sorted(self._pairs.get(str(predicate), ())))


def graph_extras(path) -> tuple[dict, dict]:
    """``(times, facts)`` for :func:`nhskg.graph.html.write_html`, read from a graph file (``graph.ttl``).

    What :func:`agreement_times` and :func:`flow_facts` give on the build's
    graph, so a page drawn later (``nhskg trace --html``) shows each hop's
    rule, inferred end and the agreements' months as the build's map does.

    >>> import pathlib, tempfile
    >>> ttl = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = ttl.write_text(
    ...     '<https://w3id.org/nhskg/id/flow/f1> <https://w3id.org/nhskg/ns#extractionRule> "passive-onward" .\\n'
    ...     '<https://w3id.org/nhskg/id/flow/f1> <https://w3id.org/nhskg/ns#inferredEnd> "target" .\\n')
    >>> graph_extras(ttl)
    ({}, {'https://w3id.org/nhskg/id/flow/f1': {'rule': 'passive-onward', 'inferred_end': 'target'}})
    """
    from rdflib import URIRef

    from . import vocab

    inferred = getattr(vocab, "INFERRED_END", URIRef(str(vocab.NHSKG) + "inferredEnd"))
    index = _PredicateIndex(path, (vocab.RELEASE_MONTH, vocab.DSA_START, vocab.DSA_END, vocab.RELEASE_START,
                                   vocab.RELEASE_END, vocab.EXTRACTION_RULE, inferred))
    return agreement_times(index), flow_facts(index)


def _months_between(start: str | None, end: str | None) -> list[str]:
    """Every YYYY-MM from start to end inclusive (start alone: just it)."""
    if not start:
        return []
    y, m = int(start[:4]), int(start[5:7])
    ey, em = (int(end[:4]), int(end[5:7])) if end else (y, m)
    out = []
    while (y, m) <= (ey, em) and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _dataset_aliases(G: nx.MultiDiGraph, names: list[str]) -> dict[str, list[str]]:
    """Each dataset on the page -> the short names it goes by (the catalogue's and the graph's)."""
    from nhskg.datasets import canonical_name, catalogue

    catalogue = {canonical: set(aliases) for canonical, aliases in catalogue()}
    recorded = G.graph.get("datasets") or {}
    out = {}
    for name in names:
        aliases = set(catalogue.get(canonical_name(name), ())) | set(catalogue.get(name, ()))
        aliases |= set(recorded.get(name, ()))
        if canonical_name(name) != name:
            aliases.add(canonical_name(name))
        out[name] = sorted(aliases - {name}, key=lambda s: (s.casefold(), s))  # ties ("DIDS", "DIDs") by the name itself: same bytes every run
    return out


def page_data(
    G: nx.MultiDiGraph, *, focus: str | None = None, times: dict | None = None, facts: dict | None = None
) -> dict:
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
    tables = {name: _Table() for name in ("agreements", "datasets", "sentences", "locations", "rules")}
    # agreements and datasets in sorted order, so indices do not depend on insertion order
    for ref in sorted({str(a) for _, _, a in G.edges(data="agreement") if a}):
        tables["agreements"](ref)
    for name in sorted({d for _, _, ds in G.edges(data="datasets") for d in _as_list(ds)}):
        tables["datasets"](name)
    edges = _edge_records(G, tables, facts)
    groups = _groups(G, nodes)
    group_of = {m: g["id"] for g in groups for m in g["members"]}
    for r in nodes:
        r["group"] = group_of.get(r["id"])
    kind_counts = defaultdict(int)
    for r in nodes:
        kind_counts[r["kind"]] += 1
    state_counts = defaultdict(int)
    for r in edges:
        state_counts[r["state"]] += 1
    datasets = sorted({d for r in edges for d in r["datasets"] + r["agreement_datasets"]}, key=lambda s: (s.casefold(), s))
    for r in edges:  # names by index into dataset_names: the page turns them back into names
        r["datasets"] = [tables["datasets"](d) for d in r["datasets"]]
        r["agreement_datasets"] = [tables["datasets"](d) for d in r["agreement_datasets"]]
    refs = tables["agreements"].items
    by_agreement = _agreement_datasets(G)
    times = times or {}
    agreements = []
    for ref in refs:
        t = times.get(ref) or {}
        months = sorted(set(t.get("months") or ()) | set(_months_between(*(t.get("release") or [None, None]))))
        agreements.append(
            {
                "ref": ref,
                "datasets": sorted(tables["datasets"](d) for d in by_agreement.get(ref, ())),
                "months": months,
                "dsa": list(t.get("dsa") or [None, None]),
            }
        )
    return {
        "nodes": nodes,
        "edges": edges,
        "groups": groups,
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
        "dataset_aliases": _dataset_aliases(G, datasets),
        "agreement_list": agreements,
        "dataset_names": tables["datasets"].items,
        "sentences": tables["sentences"].items,
        "locations": tables["locations"].items,
        "rules": tables["rules"].items,
        "stages": list(STAGE_TITLES),
        "focus": focus if focus is not None and G.has_node(focus) else None,
        "flow_count": G.number_of_edges(),
    }
