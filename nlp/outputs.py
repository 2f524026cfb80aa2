"""Aggregate outputs supplied to named or collective recipients: reports, findings, feedback, briefings.

Issue 10's rule: a report, dashboard or findings supplied to a named
organisation or to a class of them is a flow with state aggregate (unless the
sentence says otherwise), so data can be traced to its end recipients:

- "These outputs will be shared among other integrated Care Boards …" -> ICBs (collectively)
- "Provide report to each local CCG by December 2017." -> CCGs (collectively)
- "• A report of findings to the University of Southampton and NHS England Bowel Cancer Screening Programme" -> NHS England
- "Findings will be reported to the Department for Health ahead of its green paper." -> Department of Health
- "… who then produce online reports … to provide the CCG and Local authority with a range of high level commissioning
  intelligence" -> the step's subject to the CCG and the council (online: access)
- "NHS commissioners can only view aggregated … benchmarks" (a commercial agreement) -> NHS commissioners
  (collectively), access: a class of the applicant's clients reaching what it holds (:func:`class_can_access`)
- "It can only be accessed by approved users within NHS Scotland health boards and the Scottish Government" -> each
  of them, access (:func:`accessed_by_users`)

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

from nhskg.kinds import KINDS

from .facts import ApplicantEnd, RefEnd
from .lexicon import COLLECTIVE_RECIPIENTS, NOT_A_FLOW, OUTPUT_NOUNS
from .marked import MARK, clause_end, clause_start
from .states import find_state

#: The classes of recipients (:data:`~nhskg.nlp.lexicon.COLLECTIVE_RECIPIENTS`) compiled: (pattern, kind, label).
COLLECTIVE_PATTERNS = [(re.compile(rf"\b(?:{pattern})", re.IGNORECASE), kind, label) for pattern, kind, label in COLLECTIVE_RECIPIENTS]
_RECIPIENT_AT = r"(?:the |each |all |other )?(?:NHS (?!and\b|or\b))?"
#: "<output noun> … to / among / with / aimed at <recipient>" within one clause, no other mention between
#: "a national report titled 'Making the Case for …' for NHS England": a quoted title between the output and its recipient
_TITLE = r"(?:\s+(?:titled|entitled|called)\s+['‘\"“][^'’\"”⟦\n]{1,150}['’\"”])?"
#: (not the verb: in "… will report the results of the trial to the NIHR" the outputs are "the results")
_NOT_A_VERB = r"(?:(?<!\bwill )(?<!\bshall )(?<!\bwould )(?<!\bto )|(?!report\b))"
_OUTPUT_TO = re.compile(
    # (the word boundary first: the lookbehinds of _NOT_A_VERB are tried at word starts only, not at every character)
    rf"\b{_NOT_A_VERB}(?:{OUTPUT_NOUNS})\b{_TITLE}(?P<between>[^.;:⟦]{{0,60}}?)\b(?P<to>to|among|amongst|with|aimed at|for) (?P<at>{_RECIPIENT_AT})",
    re.IGNORECASE,
)
#: The same without "for" and "with", tried from the same outputs, so a "for" right after the outputs ("patient counts
#: for Long Term Conditions (LTC) to GPs") does not hide the "to" after it
_OUTPUT_TO_NOT_FOR = re.compile(
    rf"\b(?:{OUTPUT_NOUNS})\b{_TITLE}(?P<between>[^.;:⟦]{{0,60}}?)\b(?P<to>to|among|amongst|aimed at) (?P<at>{_RECIPIENT_AT})",
    re.IGNORECASE,
)
#: "a report containing aggregate data … will be produced for NHS England": outputs made for a named recipient
_PRODUCED_FOR = re.compile(
    rf"\b(?:{OUTPUT_NOUNS})\b(?P<between>[^.;:⟦]{{0,100}}?)\b(?:will be|is|are|was|were) (?:produced|prepared|written|compiled) "
    rf"(?P<to>for) (?P<at>(?:the )?)(?=⟦)",
    re.IGNORECASE,
)
#: A named maker the recogniser did not mark: "The UM team also produce …", "Foo Analytics will provide …"
_UNNAMED_MAKER = re.compile(
    r"\b(?!(?:The|This|These|Those|We|It|They|Our|All|Any|Each|Data|Reports?|Outputs?)\b)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*"
    r"(?:\s+(?:team|unit|service|department))?\s+(?:(?:also|will|then|can|would|now)\s+)*"
    r"(?:offer|produce|provide|supply|share|send|create|deliver)s?\b"
)
#: After "reports for", what is not a recipient: "reports for ⟦0⟧'s population", "reports for CCG level analysis"
_FOR_NOT_RECIPIENT = re.compile(r"\s*(?:[’']s\b|(?:\w+ )?(?:populations?|areas?|patients|residents|level|footprints?|geograph\w*)\b)",
                                re.IGNORECASE)
#: "reports (were originally produced) for …": a deliverable, at most three words before "for", no comma
_FOR_OUTPUT = re.compile(r"(?:reports?|dashboards?|briefings?|outputs|summar(?:y|ies)|presentations?|findings)" + _TITLE
                         + r"(?:\s+[\w-]+){0,3}\s+for\b", re.IGNORECASE)
#: The organisation that makes the outputs, when the clause names it: "… to allow ⟦0⟧ to offer QIPP reports to …"
_OUTPUT_SUBJECT = re.compile(
    r"⟦(\d+)⟧\s+(?:[\w’']+\s+){0,5}?(?:offers?|produces?|produced|provides?|provided|supplies|supply|supplied|shares?|shared|"
    r"sends?|sent|creates?|created|delivers?|delivered|makes?|made|"
    # "The University of Leeds will report the results of the REACH trial to the NIHR"
    r"reports?|presents?|presented|disseminates?|disseminated|circulates?|circulated)\b(?:\s+[\w’'-]+){0,4}?\s*$",
    re.IGNORECASE,
)
#: "Findings will be reported to …", "Provide report to …": the output verb itself
#: Outputs a recipient uses: "ICL DFU mortality outlier outputs are used by CQC within their Hospital Inspection
#: framework", "Performance dashboards and other analysis will be used internally and with commissioners" (the
#: outputs' owner, when the sentence names it right before them, makes them)
_USED_BY = re.compile(
    rf"(?:(?P<owner>⟦\d+⟧)\s+(?:[\w-]+\s+){{0,3}}?)?\b(?:{OUTPUT_NOUNS})\b(?P<between>(?:\s+and\s+other\s+analys[ie]s)?)\s+"
    r"(?:are|is|will be|have been|were|was)\s+used\s+(?:(?:internally|directly|routinely|regularly)\s+(?:and\s+)?)?"
    rf"(?P<to>by|with) (?P<at>{_RECIPIENT_AT})",
    re.IGNORECASE,
)
_USED = re.compile(r"used", re.IGNORECASE)  # what every match of _USED_BY holds
_REPORTED_TO = re.compile(rf"\b(?:reported (?:in)?|report back |feed back |fed back )to (?P<at>{_RECIPIENT_AT})", re.IGNORECASE)
#: (not "patient data": "summary and statistical analysis of patient data to NHS England and ICSs")
_NOT_RECIPIENT_BETWEEN = re.compile(
    r"\b(?:published|publication|journals?|conferences?|website|public|patients?(?![ -](?:data|level|records?))|press)\b", re.IGNORECASE
)
#: "Providing access to <outputs> to …": the recipients reach the outputs (mode access)
_ACCESS_TO_OUTPUTS = re.compile(r"\b(?:providing|provide|provides|giving|give|gives|with) access to $", re.IGNORECASE)
#: An online tool the recipients use: "The … Dashboard Tool Online application is available to …"
_ONLINE_TOOL = re.compile(r"\bonline\s+(?:applications?|tools?|systems?|portals?|platforms?|dashboards?)\b", re.IGNORECASE)
#: "Presentation (and report) at meeting(s) with …": the people met receive the presentation
_MEETING_WITH = re.compile(r"\bmeetings?(?:\(s\))? with $", re.IGNORECASE)
_SHARING = re.compile(r"\b(?:shared?|provided|supplied|sent|made available|distributed|disseminated|circulated)\b", re.IGNORECASE)
_MORE_CLASSES = re.compile(r"(?:\)?,\s*(?:and\s+|or\s+)?|\)?\s+(?:and|as well as)\s+|\s+or\s+|/)(?:the\s+|other\s+|NHS\s+)?")
#: The people of a recipient, or its part in the work, before its name: "(meeting(s) with) representatives from ⟦0⟧",
#: "relevant colleagues at ⟦1⟧", "(Report aimed at) funder (⟦0⟧)", "(a final report to) the research programme funder ⟦0⟧"
_RECIPIENT_LEAD = re.compile(
    r"(?:(?:relevant |senior )?(?:representatives|colleagues|members|staff) (?:from|of|at) (?:the )?"
    r"|(?:the |our )?(?:[\w-]+ ){0,3}?(?:funders?|sponsors?) (?:\(\s*)?)",
    re.IGNORECASE,
)
_POSSESSIVE_MARK = re.compile(r"[’']s ⟦(\d+)⟧")
_EXAMPLE = re.compile(r"\b(?:e\.g\.?|for example|for instance|such as)\s", re.IGNORECASE)
#: How far before an output noun its state words may stand ("record level pseudonymised reports").
_STATE_REACH = 30
#: A recipient too vague to be a node, inside a list of recipients: "provided directly to the NHS and AHSNs"
_VAGUE_RECIPIENT = re.compile(r"(?:the )?NHS\b(?!\s+[A-Z])")
_CLIENTS_AFTER = re.compile(r"(?:[’']s?)?\s+clients\b")
_BARE_CSU_CLIENTS = re.compile(r"CSU(?:[’']s)?\s+clients\b")
#: "… by approved CSU substantively employed analysts to provide benchmarking …": the CSU's people make the outputs
_CSU_STAFF = re.compile(r"\bCSU\s+(?:[\w-]+\s+){0,3}(?:analysts|staff|teams?|employees)\b")


def _recipients(st, at: int) -> list[int | RefEnd]:
    """The mentions (indexes) or collective endpoints named at ``at``: "⟦0⟧ and ⟦1⟧", "other integrated Care Boards"."""
    return _recipients_and_end(st, at)[0]


def _recipients_and_end(st, at: int) -> tuple[list[int | RefEnd], int]:
    """:func:`_recipients`, and where their list ends in the marked sentence."""
    marked = st.marked
    first = MARK.match(marked, at)
    clients = _CLIENTS_AFTER.match(marked, first.end()) if first is not None else None
    if first is not None and clients is not None and st.s.mention(first.group(1)).kind == "CSU":
        # "benchmarking and comparative information to NELCSU clients": a CSU's clients are the CCGs it serves
        written = " ".join(marked[at:clients.end()].split())
        return [RefEnd("CCG", _CLASS_LABEL["CCG"], written.replace(first.group(0), st.s.mention(first.group(1)).text))], clients.end()
    if bare := _BARE_CSU_CLIENTS.match(marked, at):  # "… to CSU clients" (DUR): the same, the CSU unnamed
        return [RefEnd("CCG", _CLASS_LABEL["CCG"], " ".join(bare.group(0).split()))], bare.end()
    # "⟦0⟧ and ⟦1⟧", "reports provided to NHS Trusts, CCGs or CSUs", "reports to all CCGs/trusts in England":
    # every organisation and class of the list, in any order
    found: list[int | RefEnd] = []
    while True:
        lead = _RECIPIENT_LEAD.match(marked, at)
        at = lead.end() if lead else at
        mark = MARK.match(marked, at)
        vague = _VAGUE_RECIPIENT.match(marked, at) if mark is None else None
        if vague is not None:
            end = vague.end()  # "to the NHS and AHSNs": no one body, but the list goes on
        elif mark is not None:
            owned = _POSSESSIVE_MARK.match(marked, mark.end())
            if owned:  # "the Department of Health’s ⟦1⟧": the body it names, not its owner
                mark = owned
            found.append(as_class(st.s, int(mark.group(1))))
            end = mark.end()
        else:
            for pattern, kind, label in COLLECTIVE_PATTERNS:
                match = pattern.match(marked, at)
                if match:
                    found.append(RefEnd(kind, label, " ".join(match.group(0).split())))
                    end = match.end()
                    break
            else:
                return found, at
        more = _MORE_CLASSES.match(marked, end)
        if more is None:
            return found, end
        at = more.end()


_CLASS_LABEL: dict[str, str] = {}
for _, _kind_name, _label in COLLECTIVE_RECIPIENTS:
    _CLASS_LABEL.setdefault(_kind_name, _label)  # a kind's own class first ("all CCGs" is "CCGs (collectively)")
_CLASS_WORDS = re.compile(r"^(?:all|each|every|other)\s|s\s+(?:across|in|throughout)\s+England$", re.IGNORECASE)


def as_class(s, index: int) -> int | RefEnd:
    """In sentence ``s``, a reference to every body of a kind ("all CCGs", "other CCGs") is its class, not the agreement's own CCG."""
    mention = s.mention(index)
    label = _CLASS_LABEL.get(mention.kind)
    if mention.is_ref and label and _CLASS_WORDS.search(" ".join(mention.text.split())):
        return RefEnd(mention.kind, label, " ".join(mention.text.split()))
    return index


#: Kinds whose collective node is a source of record-level data (GP practices and providers submit to DSCROs):
#: outputs to them go to a node of their own, (node id, label), since a path "X -> Providers -> DSCRO" through one
#: shared node would join unrelated agreements' chains.
OUTPUT_GROUPS = {
    kind: (re.sub(r"\W+", "-", label.lower()).strip("-"), label)
    for _, kind, label in COLLECTIVE_RECIPIENTS if kind in ("CareProvider", "GPPractice")
}
#: Classes of recipients that are no kind's collective node ("AHSNs (collectively)"): label -> (node id, kind).
CLASS_NODES = {
    label: (re.sub(r"\W+", "-", label.lower()).strip("-"), kind)
    for _, kind, label in COLLECTIVE_RECIPIENTS
    if label not in {k.collective_label for k in KINDS.values()} and label not in {g[1] for g in OUTPUT_GROUPS.values()}
}


def output_group_end(mention) -> RefEnd:
    """"Feedback to NHS service providers": a reference to providers or GP practices as recipients of outputs is their
    recipients' node (:data:`OUTPUT_GROUPS`), never the one that sends record-level data."""
    return RefEnd(mention.kind, OUTPUT_GROUPS[mention.kind][1], " ".join(mention.text.split()))


def _recipient_for(st, target) -> bool:
    """After "reports for": a class written in the plural ("all CCGs") or an organisation, not "⟦0⟧'s population"."""
    if isinstance(target, RefEnd):
        return bool(re.search(r"s$|^(?:each|every)\b", target.written, re.IGNORECASE))
    mention = st.s.mention(target)
    at = st.marked.index(f"⟦{target}⟧") + len(f"⟦{target}⟧")
    return not mention.is_ref and not _FOR_NOT_RECIPIENT.match(st.marked, at)


def _kind(st, target) -> str | None:
    return st.s.mention(target).kind if isinstance(target, int) else target.kind


def _output_matches(marked: str):
    """(pattern, match) of every place a sentence names outputs and their recipient.  Where the outputs' first
    preposition is "for" or "with", the "to" after it is tried too ("patient counts for Long Term Conditions (LTC)
    to GPs"), from the same outputs only."""
    for match in _OUTPUT_TO.finditer(marked):
        yield _OUTPUT_TO, match
        if match.group("to").lower() in ("for", "with"):
            later = _OUTPUT_TO_NOT_FOR.match(marked, match.start())
            if later is not None:
                yield _OUTPUT_TO_NOT_FOR, later
    for pattern in (_PRODUCED_FOR, _REPORTED_TO, _USED_BY):
        if pattern is _USED_BY and not _USED.search(marked):
            continue  # (a sentence without the word, most of them, spares the search from every output noun)
        for match in pattern.finditer(marked):
            yield pattern, match


def _maker(marked: str, lo: int, at: int) -> int | ApplicantEnd | RefEnd | None:
    """Who supplies what the clause from ``lo`` names at ``at``: the applicant, unless the clause names its maker
    before it (a mention, "CSU analysts"); None when the maker is one the recogniser does not know, or the clause
    names another organisation first (the verb rules' to read)."""
    named_before = MARK.search(marked, lo, at)
    if named_before is None:
        if _CSU_STAFF.search(marked, lo, at):
            return RefEnd("CSU", "the CSUs")  # the agreement's own CSU(s), whoever the applicant is
        if _UNNAMED_MAKER.search(marked, lo, at):
            return None  # "The UM team also produce … reports for all CCGs": a maker the recogniser does not know
        return ApplicantEnd()
    # "MLCSU … to offer QIPP reports to all CCGs": the named maker; any other named organisation before
    # the outputs ("X makes reports available to Y") is the verb rules' to read
    maker = _OUTPUT_SUBJECT.search(marked, lo, at)
    if maker is None or MARK.search(marked, maker.end(1) + 1, at):
        return None
    return int(maker.group(1))


_AND_IF = re.compile(r",?\s+and\s*,\s*(?:if|unless|where|whether|should)\b", re.IGNORECASE)


def aggregate_outputs(st) -> None:
    """Outputs the applicant supplies to a named organisation or a class of them: applicant -> recipient, state aggregate unless stated."""
    marked = st.marked
    for pattern, match in _output_matches(marked):
        between = match.groupdict().get("between") or ""
        if _NOT_RECIPIENT_BETWEEN.search(between):
            continue
        if pattern not in (_REPORTED_TO, _USED_BY) and match.group("to").lower() in ("among", "amongst", "with") \
                and not _SHARING.search(between) and not _MEETING_WITH.search(between + "with "):
            continue  # "results are compared with trusts": "with" names a recipient only after a sharing verb or a meeting
        lo = clause_start(marked, match.start(), soft=False)
        end = clause_end(marked, match.end())
        # "… to the NIHR (the funder) and, if the feasibility study results indicate …, will apply …": a condition of
        # the next coordinated clause, not of this one
        later = _AND_IF.search(marked, match.end(), end)
        end = later.start() if later else end
        # the verb of "Feedback to NHS service providers will not be given" follows the recipient: the whole clause counts
        if not st.ok(lo, end):
            continue  # negated or hedged
        owner = match.groupdict().get("owner")
        source = int(owner[1:-1]) if owner else _maker(marked, lo, match.start())
        if source is None:
            continue
        by_for = (match.groupdict().get("to") or "").lower() == "for" and pattern is not _PRODUCED_FOR
        if by_for and not _FOR_OUTPUT.match(match.group(0)):
            continue  # "benchmarking and forecasting, and this requirement for CSUs": "for" names a recipient right after a deliverable only
        if _EXAMPLE.search(marked, 0, match.start()) and NOT_A_FLOW.search(marked, 0, match.start()):
            continue  # "shared with other parties where appropriate e.g. Sharing results with other NHS trusts": an example of a hedge
        # the outputs' own state, said next to them ("pseudonymised reports"), not the state of the data
        # the clause starts from ("The pseudonymised record level HES data is interrogated … to provide benchmarking")
        near = marked[max(lo, match.start() - _STATE_REACH):end]
        state_text = near if find_state(near) else "aggregate"
        targets = [t for t in _recipients(st, match.end()) if not by_for or _recipient_for(st, t)]
        # "Providing access to summary and statistical analysis … to NHS England and ICSs": reached, not sent
        # ("The Dr Foster Dashboard Tool Online application is available to NHS Acute Trusts": an online tool's users
        # reach it)
        reached = _ACCESS_TO_OUTPUTS.search(marked, lo, match.start()) or _ONLINE_TOOL.search(marked, lo, match.end())
        mode = "access" if reached else "transfer"
        _emit_outputs(st, "aggregate-output", source, targets, window=state_text, mode=mode)


def _emit_outputs(st, rule: str, source, targets: list[int | RefEnd], *, window: str, mode: str = "transfer") -> None:
    """Outputs from ``source`` to each of ``targets``: providers and GP practices named as a class go to their
    recipients' nodes (:func:`output_group_end`), one named as a body is no output's recipient; an end not named
    in the sentence (the applicant, a class) is inferred."""
    for target in targets:
        if isinstance(target, int) and _kind(st, target) in OUTPUT_GROUPS:
            mention = st.s.mention(target)
            if not mention.is_ref:
                continue
            target = output_group_end(mention)
        inferred = () if isinstance(target, int) else ("target",)
        if not isinstance(source, int):
            inferred = ("source", *inferred)
        st.emit(rule, source, target, window=window, recipient=False, mode=mode, inferred=inferred)


#: "Any data released to researchers …", "… data ultimately released to third party researchers": data to a class of
#: recipients the recogniser does not mark (named recipients are the verb rules')
RELEASED_TO_CLASS = re.compile(
    r"\b(?:data|records?|files|extracts?|tabulations|datasets?|database)\b(?P<between>[^.;:⟦]{0,40}?)\b"
    r"(?:released|provided|supplied|shared|sent|made available|transferred|disclosed|disseminated) "
    rf"(?:(?:securely|only|directly|onward) )?(?:to|with) (?P<at>{_RECIPIENT_AT})(?!⟦)"
    # "… has supplied the THIN-HES database to external researchers": the verb first
    r"|\b(?:has|have|had|will|shall)\s+(?:(?:also|previously|securely|only)\s+)?(?:been\s+)?"
    # ("NHSE&I will supply data to TCPs to allow them to plan …")
    r"(?:released|provided|supplied|shared|sent|transferred|disclosed|disseminated|release|provide|supply|share|send)\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    r"(?P<between2>[^.;:⟦]{0,40}?)\b(?:data|records|files|extracts?|tabulations|datasets?|database)\s+"
    rf"(?:to|with) (?P<at2>{_RECIPIENT_AT})(?!⟦)",
    re.IGNORECASE,
)


def released_to_class(st) -> None:
    """Data the applicant (or the maker the clause names) releases to a class of recipients: "Any data released to
    researchers is pseudonymised" -> Researchers (collectively), in the state the clause says (else unspecified)."""
    marked = st.marked
    for match in RELEASED_TO_CLASS.finditer(marked):
        at = "at" if match.group("at") is not None else "at2"
        if _NOT_RECIPIENT_BETWEEN.search(match.group("between") or match.group("between2") or ""):
            continue
        lo = clause_start(marked, match.start(), soft=False)
        end = clause_end(marked, match.end())
        if not st.ok(lo, end):
            continue
        # (the verb first: its subject is the maker, read up to what it releases)
        source = _maker(marked, lo, match.start() if at == "at" else match.start("between2"))
        targets: list[int | RefEnd] = [t for t in _recipients(st, match.end(at)) if isinstance(t, RefEnd)]
        if source is not None and targets:
            _emit_outputs(st, "released-to-class", source, targets, window=marked[lo:end])


#: "NHS commissioners can only view aggregated … benchmarks", "NHS providers can access pseudonymised … record-level
#: data": a class of the applicant's clients reaching what it holds (the class is the verb's subject, see
#: :data:`_CLASS_BEFORE`)
CLASS_CAN_ACCESS = re.compile(
    r"\b(?:can|are able to|will be able to)\s+(?:only\s+)?(?:access|view|see)\b|\b(?:have|has)\s+(?:record[- ]level\s+)?access\s+to\b",
    re.IGNORECASE,
)
_CLASS_BEFORE = [
    (re.compile(rf"(?:^|[\s(])(?:the |all |other )?(?:NHS )?(?P<cls>{pattern})\s+$", re.IGNORECASE), kind, label)
    for pattern, kind, label in COLLECTIVE_RECIPIENTS
]
#: What the class reaches: data, or the applicant's outputs and tools
_REACHED = re.compile(rf"\b(?:data|{OUTPUT_NOUNS}|benchmarks|indicators|tools?|system|platform)\b", re.IGNORECASE)
_CLIENT_OUTPUTS = re.compile(rf"\b(?:{OUTPUT_NOUNS}|benchmarks|indicators)\b", re.IGNORECASE)
#: Agreements whose text names these kinds move data between commissioners' bodies: their users' access is the tool
#: rules' (nlp/user_lists.py, the has-access rule), not the applicant's clients'
_COMMISSIONING_KINDS = frozenset({"DSCRO", "CSU"})
#: Classes that are no applicant's clients reaching its data: GPs reach a commissioner's risk stratification tool (the
#: tool rules), and "ICBs will be able to access the footprint of data" is the controllers' own access
_NOT_CLIENT_CLASSES = frozenset({"GPPractice", "CCG", "ICB", "CSU"})


#: "It can only be accessed by approved users within NHS Scotland health boards and the Scottish Government": the
#: recipients follow
ACCESSED_BY_USERS = re.compile(
    r"\bbe accessed (?:only )?by (?:approved |authori[sz]ed |registered )*(?:users|staff|analysts|individuals|clinicians) "
    r"(?:within|at|from|in|of) (?:the |all |other )?(?:NHS (?=boards|health boards))?",
    re.IGNORECASE,
)


def accessed_by_users(st) -> None:
    """"It can only be accessed by approved users within A and B": the applicant (the system's holder) -> each of them.

    In a text that names no DSCRO or CSU only (there the users of a commissioner's data are the tool rules' to
    read); state as the clause says, else aggregate when it names outputs, else unspecified.
    """
    marked = st.marked
    if _names_commissioning_bodies(st):
        return
    for verb in ACCESSED_BY_USERS.finditer(marked):
        lo = clause_start(marked, verb.start(), soft=False)
        if MARK.search(marked, lo, verb.start()) or not st.ok(lo, verb.end()):
            continue  # a named holder before the verb: the verb rules' to read
        targets = _recipients(st, verb.end())
        state = _reached_state(marked[lo:clause_end(marked, verb.end())])
        _emit_outputs(st, "accessed-by-users", ApplicantEnd(), targets, window=state, mode="access")


def class_can_access(st) -> None:
    """"NHS commissioners can only view aggregated … benchmarks": the applicant -> the class, mode access.

    Only in a sentence that names no organisation before the verb but the class, in a text that names no DSCRO or
    CSU; state as the clause says, else aggregate when it names outputs, else unspecified.
    """
    marked = st.marked
    if _names_commissioning_bodies(st):
        return
    for verb in CLASS_CAN_ACCESS.finditer(marked):
        lo = clause_start(marked, verb.start(), soft=False)
        marks = list(MARK.finditer(marked, 0, verb.start()))
        if not st.ok(lo, verb.end()):
            continue
        end = clause_end(marked, verb.end())
        if not _REACHED.search(marked, verb.end(), end):
            continue
        state = _reached_state(marked[lo:end])
        if marks:
            # "… NHS ⟦0⟧ can access …": the class the recogniser marked, right before the verb, and no other name
            last = marks[-1]
            index = int(last.group(1))
            if len(marks) > 1 or marked[last.end():verb.start()].strip() or index in st.recipients:
                continue  # another name, or a rule before this one read the sentence (has-access)
            target = _class_of(st, index)
            if target is not None and target.kind not in _NOT_CLIENT_CLASSES:
                _emit_outputs(st, "class-can-access", ApplicantEnd(), [target], window=state, mode="access")
            continue
        for pattern, kind, label in _CLASS_BEFORE:
            match = pattern.search(marked, lo, verb.start())
            if match is None:
                continue
            if kind in _NOT_CLIENT_CLASSES:
                break
            written = " ".join(match.group("cls").split())
            target = RefEnd(kind, OUTPUT_GROUPS[kind][1] if kind in OUTPUT_GROUPS else label, written)
            _emit_outputs(st, "class-can-access", ApplicantEnd(), [target], window=state, mode="access")
            break


def _names_commissioning_bodies(st) -> bool:
    return not _COMMISSIONING_KINDS.isdisjoint(st.text_kinds)


def _reached_state(clause: str) -> str:
    """What :func:`_emit_outputs` reads the state from: the clause when it says one; else outputs are aggregate, and
    data is in no state the clause does not say."""
    return clause if find_state(clause) or not _CLIENT_OUTPUTS.search(clause) else "aggregate"


def _class_of(st, index: int) -> RefEnd | None:
    """The collective end of a marked reference to a class ("providers", "all CCGs"), else None (one body)."""
    mention = st.s.mention(index)
    if not mention.is_ref:
        return None
    if mention.kind in OUTPUT_GROUPS:
        return output_group_end(mention)
    end = as_class(st.s, index)
    return end if isinstance(end, RefEnd) else None


#: What :func:`aggregate_outputs` searches the marked sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
AGGREGATE_OUTPUT = (_OUTPUT_TO, _PRODUCED_FOR, _REPORTED_TO, _USED_BY)

#: "… to provide ⟦1⟧ and ⟦2⟧ with": recipients follow the verb, the outputs follow "with" (:data:`_WITH_OUTPUTS`)
PROVIDE_WITH = re.compile(r"\bprovid(?:e|es|ing)\s+(?:the\s+)?(?=⟦|\w+\s+with\b)", re.IGNORECASE)
_WITH_OUTPUTS = re.compile(
    # ("the CQC inspectors with a list of …": the recipient's people between it and "with")
    r"(?:\s+(?:inspectors|staff|teams?|colleagues|analysts|users|managers|clinicians))?"
    # ("UCL will provide IPSOS with a limited set of fields from Phase 1A": fields of records are data;
    # "PHE provides NHSD with a file containing NHS Number …", "… provide the HSCIC with a cohort for linkage": a file,
    # a cohort, identifiers are data)
    rf"\s+with\s+(?:an?\s+(?:limited\s+|small\s+|wide\s+)?(?:range|number|variety|set|subset)\s+of\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?"
    rf"(?:{OUTPUT_NOUNS}|intelligence|information|insights?|analys[ie]s"
    rf"|(?P<data>data|lists?|fields|records|files?|cohorts?|identifiers|extracts?))\b",
    re.IGNORECASE,
)
#: The subject of a (numbered) step: "4)\t⟦0⟧ then link the data …"
_STEP_SUBJECT = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\s*|[•·\-–]\s*)?(?:the\s+)?⟦(\d+)⟧")
#: A subject written as a name at the start of the clause: "Genomics England provide …", "The CLS team will supply …"
_NAMED_SUBJECT = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]\s*|[•·\-–]\s*)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:(?:of|and|for)\s+|&\s+)?[A-Z][\w&’'-]*){0,5})\s+"
    r"(?:(?:will|shall|also|then|now|currently|routinely)\s+)*$")
#: A clause whose outputs are online: their recipients reach them
_ONLINE = re.compile(r"\bonline\b", re.IGNORECASE)


def provided_with_outputs(st) -> None:
    """"… to provide the CCG and Local authority with a range of … intelligence": maker -> each recipient, aggregate.

    The maker is the step's subject when the sentence opens with a name, else the applicant when the sentence names
    no organisation before the verb; a sentence naming another organisation first is left alone.
    """
    marked = st.marked
    for verb in PROVIDE_WITH.finditer(marked):
        targets, after = _recipients_and_end(st, verb.end())
        outputs = _WITH_OUTPUTS.match(marked, after) if targets else None
        if outputs is None:
            continue
        lo = clause_start(marked, verb.start(), soft=False)
        if not st.ok(lo, outputs.end()):
            continue
        subject = _STEP_SUBJECT.match(marked)
        source: int | ApplicantEnd
        if subject is not None and subject.end() <= verb.start():
            source = int(subject.group(1))
        elif MARK.search(marked, 0, verb.start()) is None:
            # "Genomics England provide the HSCIC with a cohort …": a subject named in words the recogniser lacks is
            # the applicant only when they name it (resolution checks); no subject written, the applicant
            named = _NAMED_SUBJECT.match(marked[lo:verb.start()])
            source = ApplicantEnd(named.group("name")) if named else ApplicantEnd()
        else:
            continue
        mode = "access" if _ONLINE.search(marked, lo, verb.start()) else "transfer"
        near = marked[max(lo, verb.start() - _STATE_REACH):outputs.end()]
        # ("CHKS provide Barnsley Hospital NHS Trust with HES and SHMI data …": data, not outputs, in no state said)
        default = "unspecified" if outputs.group("data") else "aggregate"
        _emit_outputs(st, "provided-with-outputs", source, targets, window=near if find_state(near) else default, mode=mode)

