"""The release NHS Digital -> applicant that the register's structured fields state, as a flow.

Every agreement with a resolved applicant has one: the register lists the
agreement on its recipient's page (or in its Agreements row), with the
datasets released and the kind of data.  The NLP stage makes it beside the
flows the free text states, so that every count of flows (report.json, the
build summary, the graph's ``nhskg:DataFlow`` nodes and the map) is one
figure; the graph tells the two apart by the flow's rule
(:data:`~nhskg.model.REGISTER_FIELDS_RULE`, ``nhskg:statedBy
nhskg:RegisterFields``).

>>> from nhskg.model import Agreement, DatasetRef
>>> a = Agreement("NIC-36767-G4H9Z", applicant="NHS Cumbria Ccg", types_of_data=["Pseudonymised"],
...               datasets=[DatasetRef("Hospital Episode Statistics Admitted Patient Care", "HES APC")])
>>> [flow] = register_releases([a], {"NIC-36767-G4H9Z": "nhs-cumbria-ccg"})
>>> flow.source, flow.target, flow.state, flow.datasets, flow.rule
('nhs-digital', 'nhs-cumbria-ccg', 'pseudonymised', ('Hospital Episode Statistics Admitted Patient Care',), 'register-fields')
>>> flow.evidence.text
'Recipient: NHS Cumbria Ccg | Reference: NIC-36767-G4H9Z | Datasets: HES APC'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from nhskg.model import (
    DATA_STATES,
    NHS_DIGITAL,
    REGISTER_FIELDS_RULE,
    REGISTER_FIELDS_SECTION,
    Agreement,
    Evidence,
    Flow,
    Location,
)

#: Words in the register's data-type fields, most identifying first.
_STATE_WORDS = (
    # "No - data flow is not identifiable" must not count as identifiable
    ("identifiable", re.compile(r"(?<!not )(?<!non )(?<!non-)\bidentifiable\b", re.I)),
    ("pseudonymised", re.compile(r"\bpseudonymi[sz]ed\b", re.I)),
    ("anonymised", re.compile(r"\banonymi[sz]ed\b", re.I)),
    ("aggregate", re.compile(r"\baggregated?\b", re.I)),
)


def register_state(agreement: Agreement) -> str:
    """The data state the register's structured fields give for the release (the most identifying one named).

    >>> register_state(Agreement("X", types_of_data=["Pseudonymised"], opt_outs=["Anonymised - ICO code compliant"]))
    'pseudonymised'
    >>> register_state(Agreement("X", types_of_data=["information not disclosed for TRE projects"]))
    'unspecified'
    >>> register_state(Agreement("X", opt_outs=["No - data flow is not identifiable", "Anonymised - ICO Code Compliant"]))
    'anonymised'
    """
    values = [*agreement.types_of_data, *agreement.opt_outs]
    values += [r.type_of_data for r in agreement.releases if r.type_of_data]
    found = {state for state, pattern in _STATE_WORDS for v in values if pattern.search(v)}
    for state in DATA_STATES:
        if state in found:
            return state
    return "unspecified"


def register_release(agreement: Agreement, applicant_id: str) -> Flow:
    """The release NHS Digital -> applicant that the register's fields state, as a flow with its evidence.

    The evidence is the agreement's reference line, quoted exactly from the
    register text (the line that lists the agreement on its recipient's page);
    for spreadsheets, or when the page's lines are not at hand, the fields themselves
    (``Recipient: ... | Reference: ... | Datasets: ...``) at the row they were read from.

    >>> register_release(Agreement("NIC-1-AAAAA", access_methods=["Access via system"]), "nhs-cumbria-ccg").mode
    'access'
    """
    loc = (
        agreement.field_locations.get("reference")
        or agreement.field_locations.get("applicant")
        or (min(agreement.locations) if agreement.locations else Location("(register)"))
    )
    quoted = agreement.line_at(loc)
    if quoted is None:
        parts = [f"Recipient: {agreement.applicant or applicant_id}"]
        parts.append(f"Reference: {', '.join(sorted(set(agreement.versions))) or agreement.reference}")
        if agreement.datasets:
            parts.append("Datasets: " + "; ".join(d.as_written for d in agreement.datasets))
        quoted = " | ".join(parts)
    evidence = Evidence(location=loc, section=REGISTER_FIELDS_SECTION, text=quoted)
    mode = "access" if any("access" in m.lower() and "system" in m.lower() for m in agreement.access_methods) else "transfer"
    return Flow(
        agreement=agreement.reference,
        source=NHS_DIGITAL,
        target=applicant_id,
        datasets=tuple(sorted({d.canonical for d in agreement.datasets})),
        state=register_state(agreement),
        mode=mode,
        evidence=evidence,
        rule=REGISTER_FIELDS_RULE,
    )


def register_releases(agreements: Iterable[Agreement], applicants: Mapping[str, str]) -> list[Flow]:
    """The register release of every agreement whose applicant resolved (``applicants``: reference -> organisation id)."""
    return [register_release(a, applicants[a.reference]) for a in agreements if applicants.get(a.reference)]
