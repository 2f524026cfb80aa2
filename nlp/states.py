"""What state the data of a flow is in, and whether the flow is a transfer or an access.

The register describes data as identifiable ("identifiable at the level of
NHS number"), pseudonymised, anonymised ("anonymised in line with the ICO
Anonymisation Code of Practice") or aggregate ("aggregate reports only with
small number suppression").  A sentence often names several ("pseudonymised
record level data, anonymised in accordance with the ICO …"): the first one
written describes the data that moves, the later ones qualify it.
"""

from __future__ import annotations

import re

from .lexicon import ACCESS_PHRASE

#: state -> pattern of the words that give it; checked together, the earliest match wins.
STATE_PATTERNS = {
    # "identifiable" but not "de-identifiable", "not identifiable", "non-identifiable"
    "identifiable": r"(?<![-\w])(?<!not )(?<!no )(?<!non )identifiable\b|\bNHS numbers?\b|\bconfidential patient information\b"
    r"|\bpersonal confidential data\b|\bpatient identifiers?\b|\bdirect(?:ly)? identif(?:ying data|iers?)\b|\bidentifying details\b",
    # "The ICB sends a re-id request to the DSCRO": the request names the pseudonymised cohort to re-identify (DUR)
    "pseudonymised": r"\bpseudon[oy]mi[sz]ed\b|\bpseudonomysed\b|\bpseudonymous\b|\bde-?identified\b|\bpseudonymis(?:es|ing)\b"
    r"|\bre-?id(?:entification)? requests?\b",
    "anonymised": r"\banonymi[sz]ed\b",
    "aggregate": r"\baggregated?\b(?! level)|\bsmall numbers? (?:suppress|suppression)",
}

_STATE_RE = re.compile("|".join(f"(?P<{state}>{pattern})" for state, pattern in STATE_PATTERNS.items()), re.IGNORECASE)

def find_state(text: str) -> str | None:
    """The data state the earliest state word in ``text`` gives, or None.

    >>> find_state("The pseudonymised record level data, anonymised in accordance with the ICO code")
    'pseudonymised'
    >>> find_state("data identifiable at the level of NHS number is transferred")
    'identifiable'
    >>> find_state("As no identifiable data is released") is None
    True
    >>> find_state("Only aggregate reports are sent to the CCG.")
    'aggregate'
    >>> find_state("2. The ICB sends a re-id request to the DSCRO.")
    'pseudonymised'
    """
    found = find_state_at(text)
    return found[0] if found else None


def find_state_at(text: str) -> tuple[str, int] | None:
    """:func:`find_state`'s state and where in ``text`` its word starts, or None.

    >>> find_state_at("Such data is shared in anonymised form")
    ('anonymised', 23)
    """
    for match in _STATE_RE.finditer(text):
        if _negated(text, match.start(), match.end()):
            continue
        return match.lastgroup or "", match.start()
    return None


def detect_state(text: str, *context: str) -> str:
    """The state of the data ``text`` describes, else of the nearest ``context`` text (nearest first), else "unspecified".

    >>> detect_state("Data is securely transferred from A to B.", "A receives a flow of SUS identifiable data.")
    'identifiable'
    >>> detect_state("Data is securely transferred from A to B.")
    'unspecified'
    """
    for piece in (text, *context):
        state = find_state(piece)
        if state:
            return state
    return "unspecified"


def is_access(text: str) -> bool:
    """True when ``text`` gives a party access to a system (mode "access") rather than sending it data.

    >>> is_access("GPs have access to the risk stratification tool")
    True
    >>> is_access("the CCG can access the online system")
    True
    >>> is_access("the data is then passed securely to North of England CSU")
    False
    """
    return bool(ACCESS_PHRASE.search(text))


#: Words before a state word that say the data lacks it: "no", "without", "removal of (the)"
_ABSENT_BEFORE = re.compile(r"\b(?:no|not|non|without|free of|removal of|removing|remove[sd]?|strip(?:s|ped)?(?: out| of)?"
                            r"|not (?:contain|include|hold|carry|have)(?:s)?)"
                            r"(?:\s+(?:the|any|all|their|its|such))*[\s-]*$")
#: Words after it that say the same: "(with) direct identifiers removed", "NHS numbers are stripped out"
_REMOVED_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:have|has|are|is|being|been|will be|were|was)\s+)*"
                            r"(?:removed|stripped|redacted|deleted|excluded)\b")


def _negated(text: str, at: int, end: int) -> bool:
    """Whether the state word at ``at:end`` is said to be absent ("contains no direct identifiers", "… removed").

    >>> [_negated(t, t.index("direct"), t.index("identifiers") + 11) for t in (
    ...     "without direct identifiers", "with direct identifiers removed", "including direct identifiers",
    ...     "does not contain direct identifiers")]
    [True, True, False, True]
    """
    if _ABSENT_BEFORE.search(text[max(0, at - 40):at].lower()):
        return True
    return bool(_REMOVED_AFTER.match(text, end))
