"""NHS Digital / NHS England disseminating to the applicant when the sentence names no recipient.

Research, council, commercial and national-body agreements state the
release to the applicant without naming it:

- "NHS Digital provides notifications of deaths and cancer registrations on a quarterly frequency."
- "NHS England will provide the relevant records from the Hospital Episode Statistics (HES) & Emergency Care Dataset (ECDS) datasets."
- "HES data is downloaded from the HSCIC via SEFT and transferred to a secure, fully encrypted, stand-alone server …"
- "Upon receiving the data from the HSCIC, UOB-SSCM will store it on its secure server …"
- "… (pseudonymised prior to dissemination by NHS England) …"
- "The raw flat HES files are downloaded from the SEFT server onto a drive …" (NHS Digital's Secure Electronic File
  Transfer service, unnamed: :func:`downloaded_from_seft`)

Each is a flow national body -> the agreement's applicant, its target
inferred (``inferred=("target",)``).  Never when the clause names a recipient
("… to the University of Southampton": the verb rules read it), names a
receiving subject other than the national body ("The DSCRO receives … from
NHS Digital"), is negated or hedged, or when the text names a DSCRO (national
data then reaches the DSCRO, not the applicant).
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd, OrgEnd, RefEnd
from .lexicon import (
    ACCESS_PHRASE,
    NATIONAL_KINDS,
    NATIONAL_RECEIVE_VERBS,
    NATIONAL_SEND_VERBS,
    NOT_A_FLOW,
    NOT_RECIPIENT_WORDS,
    OUTPUT_NOUNS,
    TO_ACRONYM,
)
from .marked import MARK, clause_end, clause_start
from .outputs import COLLECTIVE_PATTERNS
from .slot_names import NOT_FIRST_WORDS

#: "⟦i⟧ (will) provide(s) …", "⟦i⟧ will produce an extract …"
_SENDS = re.compile(rf"⟦(\d+)⟧(?: NDRS)?,? (?:(?:will|shall|also|then|now|currently|securely) )*(?:{NATIONAL_SEND_VERBS})\b", re.IGNORECASE)
#: "… downloaded from the HSCIC", "receiving the data from the HSCIC", "… dissemination by NHS England", "Data will be
#: uploaded by NHS Digital to the secure DES … accounts"
_RECEIVED = re.compile(
    rf"\b(?:(?:{NATIONAL_RECEIVE_VERBS})\b[^.;⟦]{{0,60}}?\bfrom|(?:dissemination|provided|supplied|disseminated|released|uploaded) by"
    # "When the data extract is available from NHS Digital, a nominated researcher will download the data"
    rf"|\b(?:extracts?|data|files?) (?:is |are |will be )?(?:made )?available from) (?:the )?⟦(\d+)⟧",
    re.IGNORECASE,
)
#: What a national body provides that is no data, written before "provided by ⟦i⟧"
_SERVICE_BEFORE = re.compile(r"\b(?:guidance|advice|support|services?|training|assurance|expertise|approval|permission"
                             r"|funding|grants?|tools?|software|templates?|standards?|definitions?)\s+$", re.IGNORECASE)
#: A recipient that is not the applicant, unmarked: "… provided by NHS Digital to third parties", "… to other researchers"
_TO_SOMEONE_ELSE = re.compile(r"\s*(?:[^.;⟦]{0,60}?\s)?to\s+(?:third parties|other (?:organisations|researchers|bodies)|external)\b",
                              re.IGNORECASE)
#: A condition still to be met: data "available" after it is not released yet
_CONDITION_BEFORE = re.compile(r"\b(?:once|if|until|unless|should)\b", re.IGNORECASE)
#: "… to the University of Southampton", "… to researchers at ⟦j⟧", "… into the data management team of ⟦j⟧"
_TO_NAMED = re.compile(
    r"\b(?:to|with|for|into) (?:the |each |all )?(?:(?:[\w-]+ ){1,5}?(?:within|at|in|of) (?:the )?)?⟦\d+⟧", re.IGNORECASE
)

#: What a national body provides that is no data: "NHS England provides a re-identification service for this process" (DUR)
_SERVICE_PROVIDED = re.compile(
    r"\s*(?:an? |the |its )?(?:[\w-]+ ){0,3}?(?:services?|support|advice|guidance|expertise|training|assurance)\b", re.IGNORECASE
)


def _names_dscro(st) -> bool:
    return "DSCRO" in st.text_kinds


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
        if any(f"⟦{i}⟧" in rest for i in st.recipients):
            continue  # "NHS Digital will send the CSU the following data": a recipient another rule read
        if _SERVICE_PROVIDED.match(rest) or _TO_SOMEONE_ELSE.search(rest):
            continue
        # "… pseudonymised HES and Mental Health data to UCL": the applicant only when the acronym names it
        acronym = TO_ACRONYM.search(rest)
        if acronym and any(pattern.fullmatch(acronym.group("name")) for pattern, _, _ in COLLECTIVE_PATTERNS):
            continue  # "NHSE&I will supply data to TCPs": a class of recipients, the output rules' to read
        if acronym and (acronym.group("name") in NOT_RECIPIENT_WORDS
                        or re.search(rf"\b(?:customer|applicant)\s*\({re.escape(acronym.group('name'))}\)", marked)):
            acronym = None  # "… re-entries to NHS registration"; "the customer (WCTU) … to WCTU": the applicant
        target = ApplicantEnd(acronym.group("name")) if acronym else ApplicantEnd()
        st.emit("national-to-applicant", index, target, inferred=("target",), recipient=False, window=marked[match.start():])
    for match in _RECEIVED.finditer(marked):
        index = int(match.group(1))
        if s.mention(index).kind not in NATIONAL_KINDS or not st.ok(match.start(), match.end()):
            continue
        receiver = ApplicantEnd()
        if _FINITE_RECEIVE.match(match.group(0)):
            # "IMS Health will receive the data from HSCIC": the subject receives, the applicant only when it names
            # it (resolution decides); "We receive …" is the applicant; any other subject receives for itself
            lo = clause_start(marked, match.start(), soft=False)
            subject = st.unmarked_subject(match.start()) or _receiver_name(marked[lo: match.start()])
            if subject is not None:
                receiver = ApplicantEnd(subject)
            elif not _WE_BEFORE.search(marked, lo, match.start()):
                continue
        if _SERVICE_BEFORE.search(marked, max(0, match.start() - 40), match.start()):
            continue  # "… in accordance with guidance provided by HSCIC": no data
        if "available" in match.group(0) and _CONDITION_BEFORE.search(marked, 0, match.start()):
            continue  # "… the new Maternity Services Data Set, once … data is available from NHS Digital": not yet released
        lo = clause_start(marked, match.start(), soft=False)
        others = [m for m in MARK.finditer(marked, lo, match.start()) if s.mention(m.group(1)).kind not in NATIONAL_KINDS]
        if others or re.search(r"\bby (?:the )?⟦", marked[match.end():]):
            continue  # "The DSCRO receives … from NHS Digital", "… from NHS Digital by the CSU": a named receiver
        if _TO_NAMED.search(marked[match.end(): clause_end(marked, match.end())]) or _TO_SOMEONE_ELSE.match(marked, match.end()):
            continue  # "… disseminated by NHS Digital to the Strategy Unit at MLCSU": the verb rules' flow
        st.emit("national-to-applicant", index, receiver, inferred=("target",), recipient=False)


_FINITE_RECEIVE = re.compile(r"receives?\b", re.IGNORECASE)
#: A receiver's name as companies write their own: "IMS Health will receive …", "Lightfoot receives …"
_RECEIVER_NAME = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<name>(?:[A-Z]{2,}|[A-Z][a-z]+)(?:\s+(?:&\s+)?[A-Z][A-Za-z]+){0,3})\s+"
    r"(?:(?:will|shall|also|then|now|currently|securely|directly)\s+)*$"
)


def _receiver_name(before: str) -> str | None:
    match = _RECEIVER_NAME.match(before)
    if match is None or match.group("name").split()[0].lower() in NOT_FIRST_WORDS:
        return None
    return match.group("name")


_WE_BEFORE = re.compile(r"\b(?:we|the applicant)\s+(?:(?:will|shall|also|then|now|currently)\s+)*$", re.IGNORECASE)

#: "DID data will be provided to NHS England on a monthly basis": data given to a named body, no sender written
_PROVIDED_TO_NAMED = re.compile(
    r"\b(?:(?:is|are|will be|shall be) (?:then |also |securely |only |currently )?"
    r"(?:provided|supplied|disseminated|released|delivered|sent|made available) (?:securely |only |directly )?to"
    # "… this request is for non-identifiable, pseudonymised data to flow into the data management team of X"
    r"|(?<=data )to flow (?:in)?to(?: the (?:[\w-]+ ){0,3}?(?:team|unit|department|directorate) of)?"
    # "NOTE: Data will flow to Dr Foster Ltd only."
    r"|(?<=data )(?:will|shall) (?:only )?flow (?:in)?to) (?:the )?⟦(\d+)⟧",
    re.IGNORECASE,
)
#: What is given: data of the agreement, not the applicant's outputs ("Reports will be provided to the CCG")
_DATA_WORDS = re.compile(r"\b(?:data|extracts?|files?|records?|datasets?|data sets?)\b", re.IGNORECASE)
_OUTPUT_WORDS = re.compile(rf"\b(?:{OUTPUT_NOUNS}|aggregated?|tables?|analys[ie]s|statistics)\b", re.IGNORECASE)
_AGENT_NAMED = re.compile(r"^[^.;⟦]{0,60}?\b(?:by|from) (?:the )?⟦", re.IGNORECASE)


def provided_to_named(st) -> None:
    """"DID data will be provided to NHS England": from the national body, to the applicant when the name is its own.

    The sentence names no sender: the data of a national agreement comes from the national body the text names (NHS
    Digital when it names none, or only the recipient). The recipient is the applicant only when its name is the
    applicant's (resolution decides, ``ApplicantEnd(surface)``): data said to reach another body by no one is no
    flow to guess a sender for. Tried after the verb rules: a sender they find (the previous step's subject) is the
    sender.
    """
    s, marked = st.s, st.marked
    if _names_dscro(st):
        return
    for match in _PROVIDED_TO_NAMED.finditer(marked):
        lo = clause_start(marked, match.start(), soft=False)
        what = marked[lo:match.start()]
        if "⟦" in what or not _DATA_WORDS.search(what) or _OUTPUT_WORDS.search(what) or not st.ok(match.start(), match.end()):
            continue
        if _AGENT_NAMED.search(marked[match.end(): clause_end(marked, match.end())]):
            continue  # "… to the CSU by the DSCRO": the verb rules' flow
        if int(match.group(1)) in st.recipients:
            continue  # the verb rules, tried first, found its sender ("… is then sent to the CSU" after the council's step)
        target = s.mention(match.group(1))
        if target.is_ref:
            continue  # "… provided to the CCG": whose the reference is, the verb rules and resolution say
        national = next((m for t in st.sentences for m in t.mentions if m.kind in NATIONAL_KINDS and m.kind != target.kind), None)
        source = national.endpoint() if national is not None else _NHS_DIGITAL
        # the data's state, when this sentence gives none, as the sentences just before describe it ("NHS England
        # currently hold pseudonymised Diagnostic Imaging Data …"), nearest first
        before = tuple(t.text for t in reversed(st.sentences[max(0, st.n - 3):st.n]) if not NOT_A_FLOW.search(t.text))
        st.emit("provided-to-named", source, ApplicantEnd(target.text), inferred=("source",), recipient=False,
                window=marked[lo: match.end()], state_context=before)
        return


#: "Access to the data is provided to the Local Authority only": the applicant, as the template calls it
_PROVIDED_TO_APPLICANT = re.compile(
    r"\b(?:access to )?the data (?:is|are|will be) (?:only )?(?:provided|supplied|made available|disseminated|released) "
    r"(?:only )?to (?:the (?:Local Authority|Council|applicant|Trust|University)\b|(?P<council>⟦\d+⟧))",
    re.IGNORECASE,
)

_ONLINE_ACCESS = re.compile(r"\bonline access\b", re.IGNORECASE)


def provided_to_applicant(st) -> None:
    """"Access to the data is provided to the Local Authority only": from the national body the text names, to the applicant."""
    marked = st.marked
    match = _PROVIDED_TO_APPLICANT.search(marked)
    if match is None or not st.ok(match.start(), match.end()) or _names_dscro(st):
        return
    named_before = match.start("council") if match.group("council") else match.end()
    if "⟦" in marked[:named_before]:
        return
    council = int(match.group("council")[1:-1]) if match.group("council") else None
    if council is not None and not (st.s.mention(council).is_ref and st.s.mention(council).kind == "LocalAuthority"):
        return  # a named organisation: the verb rules read it
    national = next((m for t in st.sentences for m in t.mentions if m.kind in NATIONAL_KINDS), None)
    if national is None:
        return  # the sender is named nowhere in the text: no flow to guess
    # the data is what the section described before ("The Pseudonymised HES Extract Service will enable the Local
    # Authority …"), reached in place where the section says so ("online access to the record level HES database")
    earlier = tuple(t.text for t in st.sentences[:st.n] if not NOT_A_FLOW.search(t.text))  # not "No linkage … aggregated"
    mode = "access" if any(_ONLINE_ACCESS.search(t.text) for t in st.sentences) else "transfer"
    st.emit("provided-to-applicant", national.endpoint(), ApplicantEnd(), inferred=("source", "target"), recipient=False,
            mode=mode, state_context=earlier)
    if council is not None:
        st.recipients.add(council)  # so the verb rules, tried after, give it no other sender


#: A national body's own environment where the data is analysed in place: "the NHS England Secure Data
#: Environment (SDE)", "NHS England's SDE", "the NHS Digital Portal/Data Access Environment"
_ENVIRONMENT_WORDS = (
    r"(?:secure data|data access|trusted research|access|remote access|research) environment|"
    r"data access service|\b(?:SDE|DAE|TRE)\b|portal"
)
_IN_NATIONAL_ENVIRONMENT = re.compile(
    rf"\b(?:within|via|through|in|on|using|from) (?:the )?⟦(\d+)⟧(?:[’']s?)? (?:[\w/-]+ ){{0,3}}?(?:{_ENVIRONMENT_WORDS})"
    rf"|\b(?:{_ENVIRONMENT_WORDS})\)? (?:provided|hosted|managed|operated|run) by (?:the )?⟦(\d+)⟧"
    r"|\b(?:within|via|in|on) the (?P<fdp>National Federated Data Platform)\b",
    re.IGNORECASE,
)
_NHS_ENGLAND = OrgEnd("nhs-england", "NHS England", "NHSEngland")
#: Who "ICBs are able to access" the FDP in an ICB's agreement: its ICBs, resolved as "the ICB" is
_THE_ICBS = RefEnd("ICB", "the ICB")
_ACCESS_WORD = re.compile(r"\baccess(?:ed|es|ing)?\b|\bmade available\b", re.IGNORECASE)
#: who reaches the environment, when the sentence names them: "accessed by ⟦j⟧", "researchers at ⟦j⟧", "⟦j⟧ will access"
_NAMED_ACCESSOR = re.compile(
    r"\b(?:accessed|analysed|viewed) (?:only )?by (?:\w+ ){0,3}?(?:(?:at|from|of) )?(?:the )?⟦(\d+)⟧"
    r"|\b(?:available|access) (?:only )?to (?:\w+ ){0,3}?(?:(?:at|from|of|within) )?(?:the )?⟦(\d+)⟧"
    r"|^(?:[^⟦,;]{0,40}\b)?(?:the )?⟦(\d+)⟧ (?:\w+ ){0,2}?(?:will|shall|can|may)? ?(?:\w+ )?access(?:es)?\b",
    re.IGNORECASE,
)


def national_environment_access(st) -> None:
    """"The data will be accessed within the NHS England SDE": the national body -> who accesses it (mode access).

    The accessor is the organisation the sentence names as reaching the environment ("accessed by ⟦j⟧",
    "made available to researchers at ⟦j⟧"), else the agreement's applicant (inferred).
    """
    s, marked = st.s, st.marked
    if not _ACCESS_WORD.search(marked):
        return
    for match in _IN_NATIONAL_ENVIRONMENT.finditer(marked):
        if match.group("fdp"):
            # NHS England's own platform, named without its holder: "… is also available in the National Federated
            # Data Platform (FDP) ICBs are able to access …" (DUR)
            if not st.ok(match.start(), match.end()) or not ACCESS_PHRASE.search(marked, match.end()):
                continue
            # "ICBs are able to access": the agreement's ICBs (each joint ICB controller, as "the ICB" of the block)
            st.emit("national-environment-access", _NHS_ENGLAND, _THE_ICBS, inferred=("source", "target"),
                    recipient=False, mode="access", window=marked)
            return
        index = int(match.group(1) or match.group(2))
        if s.mention(index).kind not in NATIONAL_KINDS or not st.ok(match.start(), match.end()):
            continue
        named = _NAMED_ACCESSOR.search(marked)
        accessor = next((int(g) for g in (named.groups() if named else ()) if g is not None), None)
        if accessor is not None and s.mention(accessor).kind not in NATIONAL_KINDS:
            # endpoints, not mention indexes: the dedupe key "has-access" gives the same pair
            if st.emit("national-environment-access", s.mention(index).endpoint(), s.mention(accessor).endpoint(), mode="access"):
                st.recipients.add(accessor)
        else:
            st.emit("national-environment-access", index, ApplicantEnd(), inferred=("target",), recipient=False, mode="access")
        return


#: What each rule above searches the marked sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
NATIONAL = (_SENDS, _RECEIVED)
PROVIDED_TO_NAMED = _PROVIDED_TO_NAMED
PROVIDED_TO_APPLICANT = _PROVIDED_TO_APPLICANT
IN_NATIONAL_ENVIRONMENT = _IN_NATIONAL_ENVIRONMENT


#: "… downloaded from the SEFT server", "… downloaded via NHS Digital's Secure Electronic File Transfer (SEFT) service"
DOWNLOADED_FROM_SEFT = re.compile(
    # ("… downloaded via the NHS Digital SEFT server": NHS Digital marked, ⟦i⟧)
    r"\bdownloaded\s+(?:[\w-]+\s+){0,3}?(?:from|via)\s+(?:the\s+)?(?:(?:NHS Digital|⟦\d+⟧)(?:[’']s)?\s+)?"
    r"(?:SEFT|Secure Electronic File Transfer)\b",
    re.IGNORECASE,
)
_NHS_DIGITAL = OrgEnd("nhs-digital", "NHS Digital", "NHSDigital")


def downloaded_from_seft(st) -> None:
    """"The raw flat HES files are downloaded from the SEFT server …": the service's holder -> applicant."""
    match = DOWNLOADED_FROM_SEFT.search(st.marked)
    if match is None or MARK.search(st.marked, 0, match.start()) or not st.ok(0, match.end()) or _names_dscro(st):
        return  # a named body before it is the verb rules' reading ("The CSU downloaded … from SEFT")
    st.emit("downloaded-from-seft", _national_service_holder(st), ApplicantEnd(), inferred=("source", "target"), recipient=False,
            window=st.marked[: match.end()])


#: "This application is for online access to the record level HES database via the HDIS2 system" (the HES Data
#: Interrogation System, NHS Digital's: "The system is hosted and audited by NHS Digital")
HDIS_ACCESS = re.compile(
    r"\b(?:online |remote |secure )?access to (?:the )?(?:record[- ]level )?HES (?:database|data(?:set)?)\b[^.;⟦]{0,40}?"
    r"\b(?:via|through|using) (?:the )?(?:HDIS2?|HES Data Interrogation System)\b",
    re.IGNORECASE,
)


def hdis_access(st) -> None:
    """"… online access to the record level HES database via the HDIS2 system": NHS Digital's system -> the applicant.

    HDIS is NHS Digital's (each HDIS text says "The system is hosted and audited by NHS Digital"): the applicant
    reaches the record-level HES there (mode access). Not when the sentence names who has the access.
    """
    match = HDIS_ACCESS.search(st.marked)
    if match is None or MARK.search(st.marked) or not st.ok(match.start(), match.end()) or _names_dscro(st):
        return
    st.emit("hdis-access", _national_service_holder(st), ApplicantEnd(), inferred=("source", "target"), recipient=False, mode="access",
            window=st.marked[: match.end()])


def _national_service_holder(st) -> OrgEnd:
    """NHS Digital, whose services SEFT and HDIS were, unless the text names only NHS England, which runs them since 2023."""
    kinds = st.text_kinds
    return _NHS_ENGLAND if "NHSEngland" in kinds and "NHSDigital" not in kinds else _NHS_DIGITAL
