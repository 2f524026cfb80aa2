"""NHS Digital / NHS England disseminating to the applicant when the sentence names no recipient.

Research, council, commercial and national-body agreements state the
release to the applicant without naming it:

- "NHS Digital provides notifications of deaths and cancer registrations on a quarterly frequency."
- "NHS England will provide the relevant records from the Hospital Episode Statistics (HES) & Emergency Care Dataset (ECDS) datasets."
- "HES data is downloaded from the HSCIC via SEFT and transferred to a secure, fully encrypted, stand-alone server …"
- "Upon receiving the data from the HSCIC, UOB-SSCM will store it on its secure server …"
- "… (pseudonymised prior to dissemination by NHS England) …"

Each is a flow national body -> the agreement's applicant, its target
inferred (``inferred=("target",)``).  Never when the clause names a recipient
("… to the University of Southampton": the verb rules read it), names a
receiving subject other than the national body ("The DSCRO receives … from
NHS Digital"), is negated or hedged, or when the text names a DSCRO (national
data then reaches the DSCRO, not the applicant).
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd
from .lexicon import NATIONAL_KINDS, NATIONAL_RECEIVE_VERBS, NATIONAL_SEND_VERBS
from .marked import MARK, clause_end, clause_start

#: "⟦i⟧ (will) provide(s) …", "⟦i⟧ will produce an extract …"
_SENDS = re.compile(rf"⟦(\d+)⟧(?: NDRS)?,? (?:(?:will|shall|also|then|now|currently|securely) )*(?:{NATIONAL_SEND_VERBS})\b", re.IGNORECASE)
#: "… downloaded from the HSCIC", "receiving the data from the HSCIC", "… dissemination by NHS England"
_RECEIVED = re.compile(
    rf"\b(?:(?:{NATIONAL_RECEIVE_VERBS})\b[^.;⟦]{{0,60}}?\bfrom|(?:dissemination|provided|supplied|disseminated|released) by) (?:the )?⟦(\d+)⟧",
    re.IGNORECASE,
)
_TO_NAMED = re.compile(r"\b(?:to|with|for) (?:the |each |all )?⟦\d+⟧", re.IGNORECASE)


def _names_dscro(st) -> bool:
    return any(m.kind == "DSCRO" for s in st.sentences for m in s.mentions)


def national_to_applicant(st) -> None:
    """A national body's dissemination with no recipient named: to the applicant."""
    s, marked = st.s, st.marked
    if not any(m.kind in NATIONAL_KINDS for m in s.mentions) or _names_dscro(st):
        return
    for match in _SENDS.finditer(marked):
        index = int(match.group(1))
        if s.mention(index).kind not in NATIONAL_KINDS or not st.ok(match.start(), match.end()):
            continue
        rest = marked[match.end(): clause_end(marked, match.end())]
        if _TO_NAMED.search(rest):
            continue  # "… to the University of Southampton": the verb rules' flow
        st.emit("national-to-applicant", index, ApplicantEnd(), inferred=("target",), recipient=False, window=marked[match.start():])
    for match in _RECEIVED.finditer(marked):
        index = int(match.group(1))
        if s.mention(index).kind not in NATIONAL_KINDS or not st.ok(match.start(), match.end()):
            continue
        lo = clause_start(marked, match.start(), soft=False)
        others = [m for m in MARK.finditer(marked, lo, match.start()) if s.mention(m.group(1)).kind not in NATIONAL_KINDS]
        if others or re.search(r"\bby (?:the )?⟦", marked[match.end():]):
            continue  # "The DSCRO receives … from NHS Digital", "… from NHS Digital by the CSU": a named receiver
        st.emit("national-to-applicant", index, ApplicantEnd(), inferred=("target",), recipient=False)


#: "Access to the data is provided to the Local Authority only": the applicant, as the template calls it
_PROVIDED_TO_APPLICANT = re.compile(
    r"\b(?:access to )?the data (?:is|are|will be) (?:only )?(?:provided|supplied|made available|disseminated|released) "
    r"(?:only )?to the (?:Local Authority|Council|applicant|Trust|University)\b",
    re.IGNORECASE,
)


def provided_to_applicant(st) -> None:
    """"Access to the data is provided to the Local Authority only": from the national body the text names, to the applicant."""
    marked = st.marked
    match = _PROVIDED_TO_APPLICANT.search(marked)
    if match is None or "⟦" in marked[: match.end()] or not st.ok(match.start(), match.end()) or _names_dscro(st):
        return
    national = next((m for t in st.sentences for m in t.mentions if m.kind in NATIONAL_KINDS), None)
    if national is None:
        return  # the sender is named nowhere in the text: no flow to guess
    st.emit("provided-to-applicant", national.endpoint(), ApplicantEnd(), inferred=("source", "target"), recipient=False)


#: What each rule above searches the marked sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
NATIONAL = (_SENDS, _RECEIVED)
PROVIDED_TO_APPLICANT = _PROVIDED_TO_APPLICANT
