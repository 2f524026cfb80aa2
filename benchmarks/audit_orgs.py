"""Audit the organisation nodes of a built graph: kind, aliases, flow count, and what looks wrong.

Lists every organisation node of ``graph.ttl`` with its kind, labels and the
number of free-text flows it is an end of, and flags:

- ``fragment``: its label is the tail of another node's name ("Young LLP" beside
  "Ernst & Young LLP") or starts with a lowercase word or a connector;
- ``generic``: a kind word with no name, or a name made of generic words only
  ("NHS CCG", "London CCG", "UK PLC");
- ``merge``: two of its names differ in a place word ("Gloucestershire County
  Council" as an alias of Leicestershire County Council): two bodies on one node;
- ``split``: another node of the same kind has the same name up to spelling
  ("Midland & Lancashire CSU" beside "Midlands and Lancashire CSU"), or one's
  label is the other's acronym;
- ``orphan``: no flow and no role (only mentioned).

    nhskg build ../shared/registers/release-register-2017-09to11-dev.xlsx --out /tmp/o
    python benchmarks/audit_orgs.py /tmp/o              # table + counts per flag
    python benchmarks/audit_orgs.py /tmp/o --flagged    # flagged nodes only
    python benchmarks/audit_orgs.py /tmp/o --json       # machine-readable

The flags are heuristics for a person to review, not verdicts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import rdflib
from rapidfuzz import fuzz
from rdflib import RDF
from rdflib.namespace import SKOS

from nhskg.graph import vocab as V
from nhskg.nlp.resolve import normalise

PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
#: words that name no organisation on their own
GENERIC_WORDS = frozenset(
    "nhs uk the a an local london english national all other each any regional region area ccg ccgs csu csus "
    "dscro dscros icb icbs trust trusts council councils plc ltd limited llp university provider providers gp gps "
    "practice practices hospital hospitals authority authorities group board unit service services".split()
)
CONNECTORS = frozenset({"and", "&", "of", "for", "the", "on", "in"})
#: words that distinguish two places or bodies: names differing in one are two bodies
_KIND_WORDS = frozenset("nhs ccg csu dscro icb trust foundation council county city borough university ltd limited llp plc "
                        "commissioning support unit clinical group integrated care board of and the".split())


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))


def _acronym(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w not in CONNECTORS).upper()


def audit(graph: rdflib.Graph) -> list[dict]:
    """One row per organisation node: id, label, kind, aliases, flows, roles, flags."""
    flow_count: Counter = Counter()
    text = V.STATED_BY_TEXT
    for flow in graph.subjects(RDF.type, V.FLOW_CLASS):
        if graph.value(flow, V.STATED_BY) != text:
            continue
        for end in (graph.value(flow, V.SOURCE), graph.value(flow, V.TARGET)):
            flow_count[end] += 1
    any_flow: Counter = Counter(end for flow in graph.subjects(RDF.type, V.FLOW_CLASS)
                                for end in (graph.value(flow, V.SOURCE), graph.value(flow, V.TARGET)))
    role_count: Counter = Counter(graph.value(r, PROV.agent) for r in graph.subjects(RDF.type, V.ROLE_STATEMENT_CLASS))
    rows = []
    for org in sorted(set(graph.subjects(RDF.type, V.ORGANISATION_CLASS))):
        label = str(graph.value(org, SKOS.prefLabel) or org)
        kinds = [V.KIND_OF_CLASS[c] for c in graph.objects(org, RDF.type) if c in V.KIND_OF_CLASS]
        aliases = sorted(str(a) for a in graph.objects(org, SKOS.altLabel))
        rows.append({"id": str(org).rsplit("/", 1)[-1], "iri": str(org), "label": label, "kind": kinds[0] if kinds else "Other",
                     "aliases": aliases, "flows": flow_count[org], "roles": role_count[org],
                     "register_flows": any_flow[org] - flow_count[org], "flags": []})
    _flag(rows)
    return rows


def _flag(rows: list[dict]) -> None:
    names_of = {r["id"]: [r["label"], *r["aliases"]] for r in rows}
    keys = {r["id"]: normalise(r["label"]) for r in rows}
    all_names = [(r["id"], n) for r in rows for n in names_of[r["id"]]]
    for r in rows:
        label = r["label"]
        words = _words(label)
        if r["id"].startswith("unnamed-") or r["id"] in ("gp-practices", "providers"):
            pass
        elif words and all(w in GENERIC_WORDS for w in words):
            r["flags"].append("generic")
        elif label[:1].islower() or (words and words[0] in CONNECTORS - {"the"}):
            r["flags"].append("fragment")
        else:
            tail = " " + label.lower()
            longer = sorted({other for other_id, n in all_names if other_id != r["id"]
                             for other in [n] if other.lower().endswith(tail)})
            if longer:
                r["flags"].append(f"fragment of {longer[0]!r}")
        # two bodies on one node: names that differ in a distinguishing word
        distinct = {frozenset(w for w in _words(n) if w not in _KIND_WORDS) for n in names_of[r["id"]] if " " in n.strip()}
        distinct.discard(frozenset())
        places = [d for d in distinct if len(d) == 1]
        if len({next(iter(d)) for d in places}) > 1:
            different = sorted({next(iter(d)) for d in places})
            if not any(a in b or b in a for a in different for b in different if a != b):
                r["flags"].append(f"merge? {', '.join(different)}")
        if r["flows"] == 0 and r["roles"] == 0 and r["register_flows"] == 0:
            r["flags"].append("orphan")
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r)
    for group in by_kind.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _same_body(keys[a["id"]], keys[b["id"]]) or _acronym_of(a, b) or _acronym_of(b, a):
                    a["flags"].append(f"split? {b['id']}")
                    b["flags"].append(f"split? {a['id']}")


_DIRECTIONS = frozenset("north south east west central mid midlands upper lower inner outer greater".split())


def _same_body(ka: str, kb: str) -> bool:
    """Two comparison keys that differ only in spelling ("midland" / "midlands"), never in a place word."""
    if ka == kb:
        return True
    wa, wb = ka.split(), kb.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return all(x not in _DIRECTIONS and y not in _DIRECTIONS and fuzz.ratio(x, y) >= 85 for x, y in pairs)


def _acronym_of(short: dict, long: dict) -> bool:
    """One node's name is the acronym of the other's ("YHHN" and "Yorkshire and Humberside Haematology Network")."""
    forms = {n for n in [short["label"], *short["aliases"]] if n.isupper() and " " not in n and len(n) >= 3}
    return bool(forms) and " " in long["label"] and _acronym(long["label"]) in forms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path, help="graph.ttl or the folder 'nhskg build' wrote")
    parser.add_argument("--flagged", action="store_true", help="list flagged nodes only")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    path = args.graph / "graph.ttl" if args.graph.is_dir() else args.graph
    if not path.is_file():
        print(f"{args.graph}: no graph.ttl", file=sys.stderr)
        return 2
    rows = audit(rdflib.Graph().parse(path))
    counts = Counter(f.split()[0].rstrip("?") for r in rows for f in r["flags"])
    if args.json:
        print(json.dumps({"organisations": rows, "flag_counts": dict(sorted(counts.items()))}, indent=1, ensure_ascii=False))
        return 0
    for r in rows:
        if args.flagged and not r["flags"]:
            continue
        aliases = "; ".join(r["aliases"][:6]) + (" …" if len(r["aliases"]) > 6 else "")
        print(f"{r['id']}\t{r['kind']}\t{r['flows']} flows\t{r['roles']} roles\t{'; '.join(r['flags']) or '-'}\t{r['label']}\t[{aliases}]")
    flagged = sum(1 for r in rows if r["flags"])
    print(f"\n{len(rows)} organisation nodes, {flagged} flagged: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
