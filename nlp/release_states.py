"""The state an agreement says the data it asks for is in, for its releases whose own words give none.

NHS Digital's release to the applicant is often stated without a state ("HES data is downloaded from the HSCIC via
SEFT", "IMS Health will receive the data from HSCIC") while another section of the same agreement says what the
data requested is: "This application/agreement is a request for pseudonymised record-level HES data", "Harvey Walsh
uses pseudonymised, monthly refreshed HES data", "All data being requested is pseudonymised", "Any data are held only
in pseudonymised form" (the gold's reading: a supply stated in two sections takes the state one of them gives the
same data).  Resolution gives that state to the national body's releases to the applicant that have none, when
every such description in the agreement gives the same one; an agreement that describes data of two states (a
consented cohort's identifiers and the pseudonymised records) gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import NOT_A_FLOW

_STATE_WORD = r"(?P<state>pseudonymised|pseudonymous|identifiable|anonymised)"
#: How an agreement describes the data it asks for, receives or uses (never "holds": a study's own cohort data)
_DESCRIBED = re.compile(
    # "a request for pseudonymised record-level HES data", "… uses pseudonymised, monthly refreshed HES data",
    # "their ongoing access to pseudonymised HES data"
    r"\b(?:requests?\s+for|request(?:ed|ing)|uses?|receives?|receiving)\s+(?:the\s+|only\s+)?"
    + _STATE_WORD + r"(?=[\s,]+(?:[\w-]+[\s,]+){0,3}?(?:HES|data|extracts?|records?|datasets?)\b)"
    # "Access to pseudonymised record level DID data", "their ongoing access to pseudonymised HES data" (the record
    # level data itself: not "access to identifiable data to identify records", a past audit's)
    r"|\baccess\s+to\s+(?:the\s+)?" + _STATE_WORD.replace("?P<state>", "?P<state4>")
    + r"(?=[\s,]+(?:[\w-]+[\s,]+){0,2}?(?:HES|record[- ]level)\b)"
    # "All data being requested is pseudonymised"
    r"|\ball\s+(?:the\s+)?data\s+(?:being\s+)?(?:requested|supplied|provided|received)\s+(?:is|are|will\s+be)\s+"
    + _STATE_WORD.replace("?P<state>", "?P<state2>")
    # "Any (HES) data are held only in pseudonymised form"
    + r"|\bdata\s+(?:are|is|will\s+be)\s+held\s+only\s+in\s+" + _STATE_WORD.replace("?P<state>", "?P<state3>") + r"\s+form\b",
    re.IGNORECASE,
)
#: Words just before that make it no description of the data received: "no", "not", "non"
_ABSENT = re.compile(r"\b(?:no|not|non)[\s-]*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:]\s")


def described_states(text: str) -> list[str]:
    """The states ``text`` describes the agreement's data as, in order (hedged or negated descriptions left out).

    >>> described_states("This application/agreement is a request for pseudonymised record-level HES data which ...")
    ['pseudonymised']
    >>> described_states("The study does not request identifiable data. The university holds identifiable data.")
    []
    """
    out = []
    for match in _DESCRIBED.finditer(text):
        before = _CLAUSE_BREAK.split(text[max(0, match.start() - 80):match.start()])[-1]
        if NOT_A_FLOW.search(before + match.group(0)) or _ABSENT.search(before):
            continue
        state = next(match.group(g) for g in ("state", "state2", "state3", "state4") if match.group(g)).lower()
        out.append("pseudonymised" if state == "pseudonymous" else state)
    return out


def agreement_state(texts: Iterable[str]) -> str | None:
    """The one state every description in ``texts`` (an agreement's sections) gives its data, else None."""
    states = {state for text in texts for state in described_states(text)}
    return states.pop() if len(states) == 1 else None
