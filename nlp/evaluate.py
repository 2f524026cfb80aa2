"""Score an extraction against a hand-made gold standard (``tests/gold/seeds.json``).

Flows are matched on (agreement, source, target); roles on (agreement,
organisation, role).  A gold organisation matches a predicted one when any of
its names (canonical and as written) has the same comparison key
(:func:`nhskg.nlp.resolve.normalise`) as the predicted organisation's label or
one of its aliases.  Gold items marked ``optional`` count neither as misses
nor, when found, as false positives.  State and mode accuracy are reported on
the matched flows.

Several gold files can be scored at once (:func:`merge_gold`); agreements that
carry a ``family`` (template family) and a ``split`` (``"dev"`` or ``"test"``)
are totalled per family too, and :func:`select_split` keeps one split.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from nhskg.model import Extraction

from .resolve import normalise


@dataclass
class Score:
    """Counts and precision / recall / F1 of one item type in one agreement (or all)."""

    tp: int = 0  # gold items found
    fp: int = 0
    tp_predicted: int = 0  # predicted items that match gold (differs from tp when two gold names are one organisation)
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    # matched flows whose states (or modes) share none with the gold's: "state of A -> B: pseudonymised (gold identifiable)"
    wrong_states: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_predicted / (self.tp_predicted + self.fp) if self.tp_predicted + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.tp_predicted += other.tp_predicted
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self, details: bool = False) -> dict:
        out: dict[str, object] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
               "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
        if details:
            out["false_positives"] = self.false_positives
            out["misses"] = self.misses
            out["wrong_states"] = self.wrong_states
        return out


class _MatchedAccuracy:
    """State and mode accuracy over the matched flows (both 1.0 when nothing matched)."""

    state_correct: int
    mode_correct: int
    matched_flows: int

    @property
    def state_accuracy(self) -> float:
        return self.state_correct / self.matched_flows if self.matched_flows else 1.0

    @property
    def mode_accuracy(self) -> float:
        return self.mode_correct / self.matched_flows if self.matched_flows else 1.0


@dataclass
class Totals(_MatchedAccuracy):
    """Flow and role scores summed over a group of agreements, with state and mode accuracy on its matched flows."""

    flows: Score = field(default_factory=Score)
    roles: Score = field(default_factory=Score)
    state_correct: int = 0
    mode_correct: int = 0
    matched_flows: int = 0
    agreements: int = 0

    def as_dict(self) -> dict:
        return {"flows": self.flows.as_dict(), "roles": self.roles.as_dict(), "agreements": self.agreements,
                "state_accuracy": round(self.state_accuracy, 4), "mode_accuracy": round(self.mode_accuracy, 4),
                "matched_flows": self.matched_flows}


@dataclass
class Report(_MatchedAccuracy):
    """Scores per agreement, per template family and in total, for flows and roles."""

    flows: dict[str, Score]
    roles: dict[str, Score]
    total_flows: Score
    total_roles: Score
    state_correct: int = 0
    mode_correct: int = 0
    matched_flows: int = 0
    families: dict[str, Totals] = field(default_factory=dict)  # family -> totals (agreements without one: "-")
    family_of: dict[str, str] = field(default_factory=dict)  # agreement -> family

    def as_dict(self, details: bool = True) -> dict:
        return {
            "flows": {"total": self.total_flows.as_dict(), "agreements": {k: v.as_dict(details) for k, v in sorted(self.flows.items())}},
            "roles": {"total": self.total_roles.as_dict(), "agreements": {k: v.as_dict(details) for k, v in sorted(self.roles.items())}},
            "families": {k: v.as_dict() for k, v in sorted(self.families.items())},
            "state_accuracy": round(self.state_accuracy, 4),
            "mode_accuracy": round(self.mode_accuracy, 4),
            "matched_flows": self.matched_flows,
        }


def load_gold(path: str | Path) -> dict:
    """The gold standard: ``{"agreements": {reference: {"flows": [...], "roles": [...]}}}``."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def merge_gold(golds: list[tuple[str, dict]]) -> dict:
    """One gold standard from several ``(name, gold)`` pairs; an agreement annotated in two files must agree.

    >>> merge_gold([("a.json", {"agreements": {"X": {"flows": []}}}), ("b.json", {"agreements": {"Y": {"flows": []}}})])
    {'agreements': {'X': {'flows': []}, 'Y': {'flows': []}}}
    """
    merged: dict[str, dict] = {}
    seen_in: dict[str, str] = {}
    for name, gold in golds:
        for reference, annotated in gold["agreements"].items():
            if reference in merged and merged[reference] != annotated:
                raise ValueError(f"{name}: agreement {reference} is also annotated, differently, in {seen_in[reference]}")
            merged[reference] = annotated
            seen_in.setdefault(reference, name)
    return {"agreements": merged}


def select_split(gold: dict, split: str) -> dict:
    """The agreements of one split (``"dev"``, ``"test"``); ``"all"`` keeps every agreement.

    >>> gold = {"agreements": {"X": {"split": "dev"}, "Y": {"split": "test"}, "Z": {}}}
    >>> sorted(select_split(gold, "dev")["agreements"]), sorted(select_split(gold, "all")["agreements"])
    (['X'], ['X', 'Y', 'Z'])
    """
    if split == "all":
        return gold
    return {**gold, "agreements": {k: v for k, v in gold["agreements"].items() if v.get("split") == split}}


def _keys(*names) -> frozenset[str]:
    out = set()
    for name in names:
        if isinstance(name, str):
            out.add(normalise(name))
        elif name:
            out.update(normalise(n) for n in name)
    out.discard("")
    return frozenset(out)


_COLLECTIVE_QUALIFIER = re.compile(r"\s*\((?:collectively|recipients of outputs)\)$")


def _class_name(label: str) -> str:
    """A collective node's class as a gold standard may write it: "Providers (recipients of outputs)" -> "Providers".

    >>> _class_name("Providers (recipients of outputs)"), _class_name("ICBs (collectively)"), _class_name("NHS Digital")
    ('Providers', 'ICBs', 'NHS Digital')
    """
    return _COLLECTIVE_QUALIFIER.sub("", label)


def _forms_of(annotated: dict) -> dict[str, frozenset[str]]:
    """Each gold organisation of one agreement (by its canonical name's key) -> the keys of every form given for it.

    >>> forms = _forms_of({"flows": [{"source": "NHS X CCG", "source_as_written": ["the CCG"], "target": "P"}],
    ...                    "roles": [{"organisation": "NHS X CCG", "as_written": ["X CCG"]}]})
    >>> sorted(forms[normalise("NHS X CCG")]) == sorted({normalise("NHS X CCG"), normalise("the CCG"), normalise("X CCG")})
    True
    """
    pooled: dict[str, set[str]] = {}
    for g in annotated.get("flows", []):
        for end in ("source", "target"):
            pooled.setdefault(normalise(g[end]), set()).update(_keys(g[end], g.get(f"{end}_as_written")))
    for g in annotated.get("roles", []):
        pooled.setdefault(normalise(g["organisation"]), set()).update(_keys(g["organisation"], g.get("as_written")))
    return {k: frozenset(v) for k, v in pooled.items()}


def _gold_edges(annotated: dict) -> dict[tuple, dict]:
    """One agreement's gold flows as edges keyed by (source names, target names), each with its states and modes."""
    forms = _forms_of(annotated)
    names: dict[tuple[str, str], tuple[frozenset, frozenset]] = {}
    for g in annotated.get("flows", []):
        pair = (normalise(g["source"]), normalise(g["target"]))
        known = names.get(pair, (frozenset(), frozenset()))
        names[pair] = (known[0] | forms[pair[0]], known[1] | forms[pair[1]])
    gold_edges: dict[tuple, dict] = {}
    for g in annotated.get("flows", []):
        key = names[(normalise(g["source"]), normalise(g["target"]))]
        edge = gold_edges.setdefault(key, {"optional": True, "states": set(), "modes": set(), "label": f"{g['source']} -> {g['target']}"})
        edge["optional"] = edge["optional"] and bool(g.get("optional"))
        edge["states"].add(g["state"])
        edge["modes"].add(g.get("mode", "transfer"))
    return gold_edges


def _count_matched(report: Report, score: Score, edge: dict, flows: list) -> None:
    """Count one matched gold edge in ``report``'s state and mode accuracy; note it in ``score`` where they differ."""
    report.matched_flows += 1
    states, modes = {f.state for f in flows}, {f.mode for f in flows}
    report.state_correct += bool(states & edge["states"])
    report.mode_correct += bool(modes & edge["modes"])
    for what, found, wanted in (("state", states, edge["states"]), ("mode", modes, edge["modes"])):
        if not found & wanted:
            score.wrong_states.append(f"{what} of {edge['label']}: {'/'.join(sorted(found))} (gold {'/'.join(sorted(wanted))})")


def evaluate(extraction: Extraction, gold: dict) -> Report:
    """Precision, recall and F1 of ``extraction``'s flows and roles against ``gold``.

    Only agreements present in the gold standard are scored.
    """
    org_keys = {
        org_id: _keys(org.label, _class_name(org.label), sorted(org.aliases)) for org_id, org in extraction.organisations.items()
    }

    def same(org_id: str, gold_names: frozenset[str]) -> bool:
        return bool(org_keys.get(org_id, frozenset({normalise(org_id)})) & gold_names)

    flow_scores: dict[str, Score] = {}
    role_scores: dict[str, Score] = {}
    report = Report(flow_scores, role_scores, Score(), Score())
    for reference, annotated in sorted(gold["agreements"].items()):
        family = annotated.get("family") or "-"
        report.family_of[reference] = family
        totals = report.families.setdefault(family, Totals())
        totals.agreements += 1
        matched_before, state_before, mode_before = report.matched_flows, report.state_correct, report.mode_correct
        # flows: one gold edge per (source, target); states and modes collected over its statements
        # (statements of one edge may list different spellings: their names are pooled per canonical pair)
        # (and every form the agreement's gold gives an organisation, in any flow or role, names it in all of them:
        # the gold READMEs mean the as-written lists per organisation, not per statement)
        gold_edges = _gold_edges(annotated)
        predicted: dict[tuple[str, str], list] = {}
        for f in extraction.flows:
            if f.agreement == reference:
                predicted.setdefault((f.source, f.target), []).append(f)
        score = Score()
        matched_gold = set()
        for (source, target), fs in sorted(predicted.items()):
            hits = [k for k in gold_edges if same(source, k[0]) and same(target, k[1])]
            if not hits:
                score.fp += 1
                score.false_positives.append(f"{source} -> {target}")
                continue
            if all(gold_edges[k]["optional"] for k in hits):
                matched_gold.update(hits)
                continue
            score.tp_predicted += 1
            for hit in hits:
                edge = gold_edges[hit]
                if hit in matched_gold or edge["optional"]:
                    matched_gold.add(hit)
                    continue
                matched_gold.add(hit)
                score.tp += 1
                _count_matched(report, score, edge, fs)
        for key, edge in gold_edges.items():
            if key not in matched_gold and not edge["optional"]:
                score.fn += 1
                score.misses.append(edge["label"])
        flow_scores[reference] = score
        report.total_flows.add(score)
        totals.flows.add(score)
        totals.matched_flows += report.matched_flows - matched_before
        totals.state_correct += report.state_correct - state_before
        totals.mode_correct += report.mode_correct - mode_before

        # roles
        forms = _forms_of(annotated)
        gold_roles: dict[tuple[frozenset[str], str], str] = {}
        for g in annotated.get("roles", []):
            gold_roles.setdefault((forms[normalise(g["organisation"])], g["role"]), f"{g['organisation']}: {g['role']}")
        score = Score()
        matched_roles = set()
        for org_id, role in sorted({(r.organisation, r.role) for r in extraction.roles if r.agreement == reference and r.role != "applicant"}):
            hits = [k for k in gold_roles if k[1] == role and same(org_id, k[0])]
            if not hits:
                score.fp += 1
                score.false_positives.append(f"{org_id}: {role}")
                continue
            score.tp_predicted += 1
            for hit in hits:
                if hit not in matched_roles:
                    matched_roles.add(hit)
                    score.tp += 1
        for role_key, label in gold_roles.items():
            if role_key not in matched_roles:
                score.fn += 1
                score.misses.append(label)
        role_scores[reference] = score
        report.total_roles.add(score)
        totals.roles.add(score)
    return report


def format_table(report: Report) -> str:
    """A plain-text table: one row per agreement, then the totals."""
    header = f"{'agreement':<20} {'flows P':>8} {'R':>6} {'F1':>6} {'tp/fp/fn':>10}   {'roles P':>8} {'R':>6} {'F1':>6} {'tp/fp/fn':>10}"
    lines = [header, "-" * len(header)]

    def row(name: str, f: Score, r: Score) -> str:
        return (f"{name:<20} {f.precision:>8.3f} {f.recall:>6.3f} {f.f1:>6.3f} {f'{f.tp}/{f.fp}/{f.fn}':>10}   "
                f"{r.precision:>8.3f} {r.recall:>6.3f} {r.f1:>6.3f} {f'{r.tp}/{r.fp}/{r.fn}':>10}")

    for reference in sorted(report.flows):
        lines.append(row(reference, report.flows[reference], report.roles[reference]))
    if len(report.families) > 1 or set(report.families) - {"-"}:
        lines.append("-" * len(header))
        lines.append("per template family (agreements, state / mode accuracy on matched flows):")
        for family, totals in sorted(report.families.items()):
            lines.append(row(f"  {totals.agreements} agreement" + ("s" if totals.agreements > 1 else ""), totals.flows, totals.roles)
                         + f"   state {totals.state_accuracy:.3f} mode {totals.mode_accuracy:.3f}  {family}")
    lines.append("-" * len(header))
    lines.append(row("total", report.total_flows, report.total_roles))
    lines.append(f"state accuracy on matched flows: {report.state_accuracy:.3f}   mode accuracy: {report.mode_accuracy:.3f}"
                 f"   ({report.matched_flows} matched flows)")
    return "\n".join(lines)
