"""Sentence shapes of the current Data Uses Register's templates that no other rule reads.

The ICB "Data Services for Commissioners" template ends with its
re-identification process for direct care:

    5. If successful/approved, the DSCRO re-identifies the relevant data item(s) for the appropriate patients and
       returns the identifiable fields to Health or Care professional(s) with a legitimate relationship to the patient.

That is a flow from the DSCRO to the health and care professionals who care
for the patient: individuals, never one organisation, so the target is the
collective node of kind ``CareProfessional`` ("Direct care professionals
(collectively)", declared in ``ontology/kinds.toml``), its end inferred.  The
opening "If successful/approved," is the normal course of the step, not a
hypothetical: only the clause from the sender on is checked for negations and
hedges, as for every rule (``"… would return …"``, ``"… not returned to …"``
state no flow).

Research agreements that renew the retention of data released before name its
earlier sender and no recipient:

    The DSA permits the retention and processing of identifiable NDRS Cancer Registry data previously
    disseminated by PHE.

That is the sender -> the applicant (its target inferred), whatever kind the
sender is (Public Health England released cancer registrations before NHS
Digital took the function over); never when the clause names its recipient.
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd, RefEnd
from .lexicon import CARE_PROFESSIONALS, EARLIER_RELEASE, FLOW_VERB
from .marked import MARK, clause_end, clause_start

#: "<sender> … returns / sends … to Health or Care professional(s)", the sender the nearest mention before the verb
TO_PROFESSIONALS = re.compile(
    rf"\b{FLOW_VERB}\b(?P<what>[^.;⟦]{{0,80}}?)\bto (?:the )?(?:relevant )?(?P<who>{CARE_PROFESSIONALS})",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:from|to|with|of|for|by|via|at|using)\s+(?:the\s+)?$", re.IGNORECASE)


def to_care_professionals(st) -> None:
    """"The DSCRO … returns the identifiable fields to Health or Care professional(s)": sender -> the professionals' node."""
    marked = st.marked
    for match in TO_PROFESSIONALS.finditer(marked):
        lo = clause_start(marked, match.start(), soft=False)
        senders = [m for m in MARK.finditer(marked, lo, match.start()) if not _PREPOSITION_BEFORE.search(marked, lo, m.start())]
        if not senders:
            continue  # "Lists of at risk patients made available to direct health and care professionals": no sender named
        sender = senders[-1]
        if not st.ok(sender.start(), match.end()):
            continue
        target = RefEnd("CareProfessional", " ".join(match.group("who").split()))
        st.emit("to-care-professionals", int(sender.group(1)), target, window=marked[sender.start(): match.end()],
                inferred=("target",), recipient=False)


#: "… data previously disseminated by PHE", "this data was previously provided by Public Health England under …"
PREVIOUSLY_BY = re.compile(rf"\bpreviously (?:been )?(?:{EARLIER_RELEASE}) by (?:the )?⟦(\d+)⟧", re.IGNORECASE)
_TO_NAMED = re.compile(r"\b(?:to|with) (?:the )?⟦\d+⟧", re.IGNORECASE)


def previously_released_to_applicant(st) -> None:
    """"… data previously disseminated by PHE" (a retention agreement): that sender -> the applicant."""
    marked = st.marked
    for match in PREVIOUSLY_BY.finditer(marked):
        lo = clause_start(marked, match.start(), soft=False)
        if _TO_NAMED.search(marked, lo, clause_end(marked, match.end())) or not st.ok(lo, match.end()):
            continue  # "… previously provided by X to Y": the recipient is named; or negated / hedged
        st.emit("previously-released-to-applicant", int(match.group(1)), ApplicantEnd(), window=marked[lo: match.end()],
                inferred=("target",), recipient=False)


#: "Controlled access to the pseudonymised data, minimised to each project, will allow the University to provide some
#: detailed analysis to support the ICB’s commissioning function." (ICB DSfC, the local universities paragraph)
CONTROLLED_ACCESS = re.compile(
    r"\b(?:controlled )?access to the (?:pseudonymi[sz]ed |anonymi[sz]ed |identifiable )?data\b[^.;⟦]{0,60}?"
    r"\bwill (?:allow|enable) (?:the )?(?:local )?(?:(?P<universities>Universit(?:y|ies))\b|⟦(?P<mark>\d+)⟧)",
    re.IGNORECASE,
)


def controlled_access(st) -> None:
    """"Controlled access to the … data … will allow the University to …": the applicant -> the university, access.

    "The University" is the one university the text names, "the Universities" each it names; only where the sentence
    names no one before the access (the applicant's own data, which it commissions the universities to analyse).
    """
    marked = st.marked
    for match in CONTROLLED_ACCESS.finditer(marked):
        lo = clause_start(marked, match.start(), soft=False)
        if MARK.search(marked, lo, match.start()) or not st.ok(lo, match.end()):
            continue
        if match.group("mark") is not None:
            targets = [int(match.group("mark"))]
        else:
            named = {m.org_id: m for s in st.sentences for m in s.mentions if m.kind == "University" and m.org_id}
            if not named or (match.group("universities").lower() == "university" and len(named) != 1):
                continue
            targets = [m.endpoint() for _, m in sorted(named.items())]
        for target in targets:
            st.emit("controlled-access", ApplicantEnd(), target, mode="access", window=marked[lo:match.end()],
                    inferred=("source",))
