"""Aggregate outputs supplied to named or collective recipients: reports, findings, feedback, briefings.

Issue 10's rule: a report, dashboard or findings supplied to a named
organisation or to a class of them is a flow with state aggregate (unless the
sentence says otherwise), so data can be traced to its end recipients:

- "These outputs will be shared among other integrated Care Boards …" -> ICBs (collectively)
- "Provide report to each local CCG by December 2017." -> CCGs (collectively)
- "• A report of findings to the University of Southampton and NHS England Bowel Cancer Screening Programme" -> NHS England
- "Findings will be reported to the Department for Health ahead of its green paper." -> Department of Health

The outputs are the applicant's (the sentence names no sender: source
inferred); a clause whose subject is a named organisation is left to the verb
rules.  A class of recipients is one collective node per kind
(:data:`nhskg.nlp.lexicon.COLLECTIVE_RECIPIENTS`, written ``<plural>
(collectively)``; target inferred).  Outputs to providers or GP practices
("Feedback to NHS service providers on data quality at an aggregate level")
go to nodes of their own, "Providers (recipients of outputs)" and "GP
practices (recipients of outputs)" (:data:`OUTPUT_GROUPS`): the "Providers"
and "GP practices" nodes send record-level data to DSCROs, and one shared
node between both would make paths no agreement states.
Publications, conferences and the
public are no recipient; negated or hedged clauses ("may be shared with
external researchers") state no flow.
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd, RefEnd
from .lexicon import COLLECTIVE_RECIPIENTS, NOT_A_FLOW, OUTPUT_NOUNS
from .marked import MARK, clause_end, clause_start
from .states import find_state

_COLLECTIVE = [(re.compile(pattern, re.IGNORECASE), kind, label) for pattern, kind, label in COLLECTIVE_RECIPIENTS]
_RECIPIENT_AT = r"(?:the |each |all |other )?(?:NHS )?"
#: "<output noun> … to / among / with / aimed at <recipient>" within one clause, no other mention between
_OUTPUT_TO = re.compile(
    rf"\b(?:{OUTPUT_NOUNS})\b(?P<between>[^.;:⟦]{{0,60}}?)\b(?:to|among|amongst|with|aimed at) (?P<at>{_RECIPIENT_AT})",
    re.IGNORECASE,
)
#: "Findings will be reported to …", "Provide report to …": the output verb itself
_REPORTED_TO = re.compile(rf"\b(?:reported|report back|feed back|fed back) to (?P<at>{_RECIPIENT_AT})", re.IGNORECASE)
_NOT_RECIPIENT_BETWEEN = re.compile(r"\b(?:published|publication|journals?|conferences?|website|public|patients?|press)\b", re.IGNORECASE)
_SHARING = re.compile(r"\b(?:shared?|provided|supplied|sent|made available|distributed|disseminated|circulated)\b", re.IGNORECASE)
_MORE_CLASSES = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/)(?:the\s+|other\s+|NHS\s+)?")
_EXAMPLE = re.compile(r"\b(?:e\.g\.?|for example|for instance|such as)\s", re.IGNORECASE)
_MORE = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?⟦(\d+)⟧")


def _recipients(st, at: int) -> list[int] | list[RefEnd]:
    """The mentions (indexes) or collective endpoints named at ``at``: "⟦0⟧ and ⟦1⟧", "other integrated Care Boards"."""
    marked = st.marked
    first = MARK.match(marked, at)
    if first is not None:
        found = [int(first.group(1))]
        rest = first.end()
        while (more := _MORE.match(marked, rest)) is not None:
            found.append(int(more.group(1)))
            rest = more.end()
        return found
    # "reports provided to NHS Trusts, CCGs or CSUs": every class of the list
    classes: list[RefEnd] = []
    while True:
        for pattern, kind, label in _COLLECTIVE:
            match = pattern.match(marked, at)
            if match:
                classes.append(RefEnd(kind, label, " ".join(match.group(0).split())))
                break
        else:
            return classes
        more = _MORE_CLASSES.match(marked, match.end())
        if more is None:
            return classes
        at = more.end()


#: Kinds whose collective node is a source of record-level data (GP practices and providers submit to DSCROs):
#: outputs to them go to a node of their own, (node id, label), since a path "X -> Providers -> DSCRO" through one
#: shared node would join unrelated agreements' chains.
OUTPUT_GROUPS = {
    kind: (re.sub(r"\W+", "-", label.lower()).strip("-"), label)
    for _, kind, label in COLLECTIVE_RECIPIENTS if kind in ("CareProvider", "GPPractice")
}


def _kind(st, target) -> str | None:
    return st.s.mention(target).kind if isinstance(target, int) else target.kind


def aggregate_outputs(st) -> None:
    """Outputs the applicant supplies to a named organisation or a class of them: applicant -> recipient, state aggregate unless stated."""
    marked = st.marked
    for pattern in (_OUTPUT_TO, _REPORTED_TO):
        for match in pattern.finditer(marked):
            between = match.groupdict().get("between") or ""
            if _NOT_RECIPIENT_BETWEEN.search(between):
                continue
            if pattern is _OUTPUT_TO and re.search(r"(?:among|amongst|with) \S*$", match.group(0), re.IGNORECASE) \
                    and not _SHARING.search(between):
                continue  # "results are compared with trusts": "with" names a recipient only after a sharing verb
            lo = clause_start(marked, match.start(), soft=False)
            end = clause_end(marked, match.end())
            # the verb of "Feedback to NHS service providers will not be given" follows the recipient: the whole clause counts
            if MARK.search(marked, lo, match.start()) or not st.ok(lo, end):
                continue  # "X makes reports available to Y": the verb rules' flow; or negated / hedged
            if _EXAMPLE.search(marked, 0, match.start()) and NOT_A_FLOW.search(marked, 0, match.start()):
                continue  # "shared with other parties where appropriate e.g. Sharing results with other NHS trusts": an example of a hedge
            window = marked[lo:end]
            state_text = window if find_state(window) else "aggregate"
            for target in _recipients(st, match.end()):
                if isinstance(target, int) and _kind(st, target) in OUTPUT_GROUPS:
                    mention = st.s.mention(target)
                    if not mention.is_ref:
                        continue
                    # "Feedback to NHS service providers": the recipients' node, not the one that sends record-level data
                    target = RefEnd(mention.kind, OUTPUT_GROUPS[mention.kind][1], " ".join(mention.text.split()))
                collective = not isinstance(target, int)
                st.emit("aggregate-output", ApplicantEnd(), target, window=state_text, recipient=False,
                        inferred=("source", "target") if collective else ("source",))


#: What :func:`aggregate_outputs` searches the marked sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
AGGREGATE_OUTPUT = (_OUTPUT_TO, _REPORTED_TO)
