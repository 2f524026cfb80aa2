"""What changed between two editions of a register, read from their two RDF graphs.

:func:`edition` reads one built graph into plain values (agreements with their
fields, datasets and opt-out status; flows keyed by agreement, ends, state and
mode, with their evidence); :func:`diff` compares two such editions:

- agreements **added** (only in the new edition), **ended** (only in the old)
  and **changed** (a field, the versions or the datasets differ);
- flows **added** and **removed**, each with the sentences that state it;
- organisations **newly receiving data** (the target of a flow in the new
  edition and of none in the old), with the data states they receive;
- agreements whose **opt-out status** changed.

:func:`editions_dataset` puts both graphs in one RDF dataset, each edition a
named graph carrying ``prov:generatedAtTime``, so a SPARQL user can ask what
changed (``ontology/queries/new-onward-recipients.rq``).

>>> from rdflib import Graph
>>> old, new = edition(Graph()), edition(Graph())
>>> diff(old, new)["counts"]
{'agreements_added': 0, 'agreements_ended': 0, 'agreements_changed': 0, 'flows_added': 0, 'flows_removed': 0, 'new_recipients': 0, 'opt_outs_changed': 0}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD
from rdflib.term import Node

from . import vocab as V

#: Agreement fields compared, as (name shown, property, many values?).
FIELDS = (
    ("title", DCTERMS.title, False),
    ("applicant", V.APPLICANT_AS_WRITTEN, False),
    ("applicant type", V.APPLICANT_TYPE, False),
    ("controllers", V.CONTROLLER_AS_WRITTEN, True),
    ("DSA start", V.DSA_START, False),
    ("DSA end", V.DSA_END, False),
    ("sublicensing", V.SUBLICENSING, True),
    ("commercial", V.COMMERCIAL, False),
    ("versions", V.VERSION, True),
)


@dataclass
class Edition:
    """One edition's agreements and flows, as plain values."""

    agreements: dict[str, dict] = field(default_factory=dict)  # core reference -> fields
    flows: dict[tuple, list[dict]] = field(default_factory=dict)  # (agreement, source, target, state, mode, stated) -> evidence
    date: str | None = None  # the latest date the edition states (DSA start or release month)


def _bool(node: Node | None) -> bool | None:
    """A boolean literal's value (``"true"^^xsd:boolean`` -> True); None when there is no literal.

    >>> _bool(Literal(True)), _bool(Literal(False)), _bool(None)
    (True, False, None)
    """
    return bool(node.toPython()) if isinstance(node, Literal) else None


def _label(g: Graph, node) -> str:
    label = g.value(node, SKOS.prefLabel)
    return str(label) if label is not None else str(node)


def _notation(g: Graph, node) -> str | None:
    return None if node is None else str(g.value(node, SKOS.notation) or node)


def edition(g: Graph, all_versions: bool = False) -> Edition:
    """Read a built graph into an :class:`Edition`.

    Flows are those its agreements' newest versions state (and every flow not
    tied to a version); ``all_versions`` keeps the flows of every version.
    """
    from .versions import NEWEST, STATED_IN

    out = Edition()
    dates: list[str] = []
    for node in sorted(set(g.subjects(RDF.type, V.AGREEMENT_CLASSES[1])), key=str):
        ref = str(g.value(node, DCTERMS.identifier) or node)
        fields: dict[str, object] = {}
        for name, prop, many in FIELDS:
            values = sorted(str(v) for v in g.objects(node, prop))
            fields[name] = values if many else (values[0] if values else None)
        fields["datasets"] = sorted({_label(g, d) for d in g.objects(node, V.DATASET)})
        releases = []
        for r in g.objects(node, V.HAS_RELEASE):
            applied = g.value(r, V.OPT_OUTS_APPLIED)
            month = g.value(r, V.MONTH)
            if month is not None:
                dates.append(str(month) + "-01")
            releases.append((_label(g, g.value(r, V.DATASET)), str(month or ""), _bool(applied)))
        said = {a for _, _, a in releases if a is not None} | {b for v in g.objects(node, V.OPT_OUTS_APPLIED) if (b := _bool(v)) is not None}
        fields["opt-outs applied"] = ["yes" if a else "no" for a in sorted(said)]
        both = g.value(node, V.BOTH_WAYS)
        fields["opt-outs both ways"] = _bool(both)
        if fields["DSA start"]:
            dates.append(str(fields["DSA start"]))
        out.agreements[ref] = fields
    for flow in g.subjects(RDF.type, V.FLOW_CLASS):
        agreement = g.value(flow, V.IN_AGREEMENT)
        stated_in = set(g.objects(flow, STATED_IN))
        if stated_in and not all_versions and g.value(agreement, NEWEST) not in stated_in:
            continue  # said only by an older version
        key = (
            str(g.value(agreement, DCTERMS.identifier) or agreement),
            _label(g, g.value(flow, V.SOURCE)),
            _label(g, g.value(flow, V.TARGET)),
            _notation(g, g.value(flow, V.DATA_STATE)),
            _notation(g, g.value(flow, V.MODE)),
            "register" if g.value(flow, V.STATED_BY) == V.STATED_BY_REGISTER else "text",
        )
        evidence = out.flows.setdefault(key, [])
        for ev in g.objects(flow, PROV.wasDerivedFrom):
            item = {"quote": str(g.value(ev, V.QUOTE) or ""), "location": str(g.value(ev, V.LOCATION) or "")}
            if item not in evidence:
                evidence.append(item)
        evidence.sort(key=lambda e: (e["location"], e["quote"]))
    out.date = max(dates, default=None)
    return out


def _flow(key: tuple, evidence: list[dict]) -> dict:
    agreement, source, target, state, mode, stated = key
    return {"agreement": agreement, "source": source, "target": target, "state": state, "mode": mode,
            "stated_by": stated, "evidence": evidence}


def _receivers(e: Edition) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for (agreement, _, target, state, _, _), _ in e.flows.items():
        entry = out.setdefault(target, {"states": set(), "agreements": set()})
        entry["states"].add(state)
        entry["agreements"].add(agreement)
    return out


def diff(old: Edition, new: Edition) -> dict:
    """Every change from ``old`` to ``new`` (plain, JSON-ready values, sorted)."""
    added = sorted(set(new.agreements) - set(old.agreements))
    ended = sorted(set(old.agreements) - set(new.agreements))
    changed, opt_outs = [], []
    for ref in sorted(set(old.agreements) & set(new.agreements)):
        a, b = old.agreements[ref], new.agreements[ref]
        fields = [{"field": name, "old": a[name], "new": b[name]}
                  for name, _, _ in FIELDS if a[name] != b[name]]
        datasets_added = sorted(set(b["datasets"]) - set(a["datasets"]))
        datasets_removed = sorted(set(a["datasets"]) - set(b["datasets"]))
        if fields or datasets_added or datasets_removed:
            changed.append({"agreement": ref, "fields": fields,
                            "datasets_added": datasets_added, "datasets_removed": datasets_removed})
        status = ("opt-outs applied", "opt-outs both ways")
        if any(a[s] != b[s] for s in status):
            opt_outs.append({"agreement": ref, "old": {s: a[s] for s in status}, "new": {s: b[s] for s in status}})
    flows_added = [_flow(k, new.flows[k]) for k in sorted(set(new.flows) - set(old.flows), key=str)]
    flows_removed = [_flow(k, old.flows[k]) for k in sorted(set(old.flows) - set(new.flows), key=str)]
    before, after = _receivers(old), _receivers(new)
    recipients = [{"organisation": org, "states": sorted(s for s in after[org]["states"] if s),
                   "agreements": sorted(after[org]["agreements"])}
                  for org in sorted(set(after) - set(before))]
    result = {
        "editions": {"old": {"date": old.date, "agreements": len(old.agreements), "flows": len(old.flows)},
                     "new": {"date": new.date, "agreements": len(new.agreements), "flows": len(new.flows)}},
        "agreements_added": [{"agreement": r, "title": new.agreements[r]["title"], "applicant": new.agreements[r]["applicant"]} for r in added],
        "agreements_ended": [{"agreement": r, "title": old.agreements[r]["title"], "applicant": old.agreements[r]["applicant"]} for r in ended],
        "agreements_changed": changed,
        "flows_added": flows_added,
        "flows_removed": flows_removed,
        "new_recipients": recipients,
        "opt_outs_changed": opt_outs,
    }
    result["counts"] = {k: len(v) for k, v in result.items() if isinstance(v, list)}
    return result


def edition_iri(name: str) -> URIRef:
    """A named graph's IRI for one edition (``old`` / ``new``, or an edition's name)."""
    return URIRef(V.ID + "edition/" + V.slug(name))


def editions_dataset(graphs: list[tuple[str, Graph, str | None]]) -> Dataset:
    """One RDF dataset holding each ``(name, graph, date)`` as a named graph with ``prov:generatedAtTime``."""
    ds = Dataset()
    for prefix, ns in V.PREFIXES.items():
        ds.bind(prefix, ns)
    for name, g, date in graphs:
        iri = edition_iri(name)
        named = ds.graph(iri)
        for triple in g:
            named.add(triple)
        ds.add((iri, RDF.type, PROV.Bundle))
        if date:
            ds.add((iri, PROV.generatedAtTime, Literal(date + "T00:00:00", datatype=XSD.dateTime)))
    return ds
