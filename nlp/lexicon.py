"""The words the flow and role rules look for, in one place.

Adding a flow verb is one line in :data:`FLOW_VERBS` (every form of it, as
written); a hedge or negator that makes a clause not a statement of a flow is
one word in :data:`NEGATORS` or :data:`HEDGES`; a system whose holder a
sentence may leave implicit is one entry in :data:`SYSTEMS`.

>>> bool(FLOW_VERB_RE.search("The CSU then passes the data")), bool(NOT_A_FLOW.search("data would be sent"))
(True, True)
"""

from __future__ import annotations

import re

#: Verbs that move data from a subject to a "to" object, every form as written.
FLOW_VERBS = (
    "pass passes passed passing",
    "send sends sent",
    "transfer transfers transferred transferring",
    "supply supplies supplied",
    "submit submits submitted",
    "flow flows flowed",
    "upload uploads uploaded",
    "disseminate disseminates disseminated",
    "provide provides provided",
    "share shares shared",
    "forward forwards forwarded",
    "release releases released",
    "move moves moved",
    "copied",
    "return returns returned",
    "push pushes pushed",
    "extract extracts extracted",
)
#: Multi-word flow verbs (regular expressions).
FLOW_VERB_PHRASES = (r"made available", r"makes? (?:\w+ ){0,4}available")
#: Forms of the verbs that are nouns too ("the transfer of", "a flow of"): not a verb after an article.
NOUN_TOO = frozenset({"transfer", "flow", "flows", "release", "share", "move", "extract", "extracts", "return", "push"})

#: Words that make a clause a prohibition ...
# ("no later than", "no more than" and "not only" bound or add to what is stated: no negation)
NEGATORS = ("not(?! only)", "never", "no longer", "cannot", r"no(?! (?:later|earlier|sooner|less|more|fewer) than\b)", "none",
            "neither", "nor")
#: ... or a condition or hypothetical: the clause states no flow.
HEDGES = ("would", "could", "might", "may", "if", "unless", "whether", "should", "where", "prior to", "any further",
          # a patient's consent, not the transfer: "the patient is happy for their details … to be sent to …"
          "happy for")

#: What is supplied is a service, not data: "Microsoft Limited supply Cloud Services to …".
SERVICE_NOUNS = (
    "cloud", "services?", "infrastructure", "support", "hosting", "software", "advice", "expertise", "staff",
    "certificates?", "confirmation", "assurance", "notifications?", "invoices?", "guidance", "training", "toolkit",
    "DSPT", "evidence", "learning", "knowledge", "lessons", "best practice",
    # "Oracle will provide the pseudonymisation tool to NHS England" (DUR NIC-804158-C1F4R): a tool, not data
    "tools?",
    # "It provides a research grant to ICL DFU to develop indicators" (NIC-12828-M0K2D): money, not data
    "grants?", "funding", "funds",
)
#: What moves is not data when it is the clause's subject: "Invoices are submitted to the Integrated Care Board (ICB)"
#: (DUR), "the NDRS function transferred to NHS Digital" (DUR): the services above, and functions and responsibilities.
#: An application for data is not the data: "(an application for local area level Health Survey for England data was
#: submitted to NatCen and the Health and Social Care Information Centre in 2015, …)" (2017 NIC-17824-V9F2B).
NON_DATA_SUBJECTS = SERVICE_NOUNS + ("functions?", "responsibilit(?:y|ies)", "applications?")
#: Access for the processor's support work states no flow: "Palantir Technologies UK Ltd support the system and so will
#: have access to personal data for support purposes" (DUR).
SUPPORT_ACCESS = re.compile(r"\bfor (?:\w+ )?support purposes\b", re.IGNORECASE)
#: A sentence introducing a processor by what it supplies: "Tableau provide online dashboards to the ICB and are therefore
#: listed as processors" (DUR NIC-616950-W5T2S). It has a subject of its own (recognised or not), so what it says is
#: supplied is never from the previous sentence's subject.
LISTED_AS_PROCESSOR = re.compile(r"\b(?:is|are)\s+(?:therefore\s+|also\s+)*listed\s+as\s+(?:an?\s+)?(?:data\s+|sub-?)?processors?\b",
                                 re.IGNORECASE)

#: Systems whose holder a sentence may leave to its context: key -> how the text names it.
SYSTEMS = {
    "risk stratification": r"\brisk[- ]stratification (?:tool|system)|\brisk scores\b",
    "tnr": r"\btNR\b|\btemporary national repository\b",
    "dashboard": r"\bdashboard(?: tool)?\b",
    "data warehouse": r"\bdata warehouse\b",
    "cef": r"\bCEfF\b|\bControlled Environment for Finance\b",
}

#: "have access to", "can access": a target reaching a system or the data where it is held.
ACCESS_PHRASES = (
    r"\b(?:ha(?:ve|s)|given|provided with|granted|gain) (?:remote |read-only |direct )?access\b",
    r"\bcan access\b",
    r"\bwill access\b",
    r"\b(?:use|uses|using) remote access\b",
    r"\bable to view\b",
    r"\b(?:is|are) able to access\b",
)

#: "… flow to other data processors, as listed below": the organisations of the headings that follow.
LISTED_BELOW = re.compile(r"\b(?:data )?processors?,? (?:as |are )?(?:listed|set out|detailed|described) below\b", re.IGNORECASE)


def _words(alternatives) -> str:
    return "|".join(alternatives)


FLOW_VERB = "(?:" + _words([w for line in FLOW_VERBS for w in line.split()] + list(FLOW_VERB_PHRASES)) + ")"
FLOW_VERB_RE = re.compile(rf"\b{FLOW_VERB}\b", re.IGNORECASE)
NOT_A_FLOW = re.compile(r"\b(?:" + _words(NEGATORS + HEDGES) + r")\b|n[’']t\b", re.IGNORECASE)
#: Negation alone (for roles: "X is not a data processor").
NEGATION = re.compile(r"\b(?:" + _words(("not", "never", "no longer")) + r")\b|n[’']t\b", re.IGNORECASE)
SERVICE_OBJECT = re.compile(r"\b(?:" + _words(SERVICE_NOUNS) + r")\b", re.IGNORECASE)
#: The subject right before a flow verb is not data: "Invoices are submitted to …", "the NDRS function transferred to …".
NON_DATA_SUBJECT = re.compile(
    r"\b(?:" + _words(NON_DATA_SUBJECTS) + r")(?:\s+for\s+[^⟦.;]{0,80}?)?\s+(?:(?:is|are|was|were|will be|have been|has been|then|also)\s+)*$",
    re.IGNORECASE,
)
SYSTEM_PATTERNS = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in SYSTEMS.items()}
ACCESS_PHRASE = re.compile("|".join(ACCESS_PHRASES), re.IGNORECASE)

#: A processor the text says does not reach the data ("They supply support to the system, but do not access data"): never a flow's target.
NON_ACCESSING = re.compile(
    r"\bdo(?:es)? not (?:have )?access (?:to )?(?:the |any )?(?:personal )?data\b|\bwill not (?:receive|store|access|have access)\b",
    re.IGNORECASE,
)
#: The heading of a Data Uses Register block's processor list: "Processors:", "Data Processors:", "Sub-processors:".
PROCESSOR_LIST_HEADING = re.compile(r"\s*(?:Data |Sub-?)?Processors\s*[:;]\s*", re.IGNORECASE)
#: Kinds of the national releasing bodies (NHS Digital / HSCIC, NHS England): what they release with no recipient named goes to the applicant.
NATIONAL_KINDS = frozenset({"NHSDigital", "NHSEngland"})
#: A national body releasing data, no recipient named: "NHS Digital provides notifications of deaths …", "NHS Digital will produce an extract …".
NATIONAL_SEND_VERBS = "provides?|supplies|supply|disseminates?|releases?|sends?|shares?|produce (?:an? )?(?:record level )?extract"
#: The applicant receiving from a national body: "HES data is downloaded from the HSCIC", "Upon receiving the data from the HSCIC",
#: "six months after receipt of HES data from NHS Digital".
NATIONAL_RECEIVE_VERBS = "downloaded|receiving|received|receives?|receipt|obtained|sourced|supplied|provided"
#: What an applicant's outputs are called: "report", "findings", "feedback", "dashboards" (nlp/outputs.py).
OUTPUT_NOUNS = ("reports?|findings|feedback|briefings?|presentations?|outputs|results|dashboards?|summar(?:y|ies)|benchmarking"
                "|statistics"
                "|(?:aggregated? |patient )(?:metrics|counts)|metrics")
#: Classes of recipients written in words the recogniser does not mark: (pattern, kind, collective node label).
COLLECTIVE_RECIPIENTS: tuple[tuple[str, str, str], ...] = (
    (r"(?:other )?(?:integrated care boards|ICBs)\b(?: across England)?", "ICB", "ICBs (collectively)"),
    # (not "CCG Ealing": a CCG named kind first is one CCG, not the class)
    (r"(?:each |every )?(?:local |partner )?(?:CCG|clinical commissioning group)\b(?!(?-i:\s+[A-Z][a-z]))", "CCG", "CCGs (collectively)"),
    (r"(?:local |partner |other )?(?:CCGs|clinical commissioning groups)\b", "CCG", "CCGs (collectively)"),
    (r"(?:commissioning support units|CSUs)\b", "CSU", "CSUs (collectively)"),
    (r"(?:local authorities|councils)\b", "LocalAuthority", "Local authorities (collectively)"),
)
#: More classes: trusts and providers, GPs.  Outputs to them go to nodes of their own, never to the "Providers" and
#: "GP practices" nodes that send record-level data to DSCROs (nlp/outputs.py).
COLLECTIVE_RECIPIENTS += (
    (r"(?:acute |participating |subscribing |client |(?:NHS )?service |healthcare )?(?:trusts|hospitals|providers)\b",
     "CareProvider", "Providers (recipients of outputs)"),
    (r"(?:GP practices|GPs)\b", "GPPractice", "GP practices (recipients of outputs)"),
)
#: Classes of recipients that are no kind's own: bodies of the NHS and its partners that receive outputs as a class
#: ("Area & Regional Teams", "Academic Health Science Networks (AHSN)", "Life Science Companies"), each one node.
COLLECTIVE_RECIPIENTS += (
    (r"(?:NHS[- ])?commissioners\b", "Other", "NHS commissioners (collectively)"),
    (r"(?:NHS England )?area (?:(?:&|and) regional )?teams\b", "Other", "NHS England area and regional teams (collectively)"),
    (r"strategic clinical networks\b", "Other", "Strategic clinical networks (collectively)"),
    (r"(?:academic health science networks|AHSNs)\b(?:\s*\(AHSNs?\))?", "Other", "AHSNs (collectively)"),
    (r"(?:local )?(?:sustainability and transformation (?:partnerships|plans)|STPs)\b", "Other", "STPs (collectively)"),
    (r"(?:integrated care systems|ICSs)\b(?:\s*\(ICSs?\))?", "Other", "ICSs (collectively)"),
    (r"ambulance (?:trusts|services)\b", "Other", "Ambulance services (collectively)"),
    (r"(?:transforming care partnerships|TCPs)\b(?:\s*\(TCPs?\))?", "Other", "Transforming Care Partnerships (collectively)"),
    # (not "NHS boards" alone: an English text's "NHS boards" are its trusts' boards)
    (r"(?:NHS Scotland|Scottish NHS|Scottish) (?:health )?boards\b", "Other", "NHS Scotland health boards (collectively)"),
    (r"patient support groups(?: (?:&|and) other (?:health[- ]related )?charit(?:able organisations|ies))?|"
     r"(?:health[- ]related )?charit(?:able organisations|ies)\b", "Charity", "Patient support groups and charities (collectively)"),
    (r"(?:life science|pharmaceutical|medical technology) companies\b", "Company", "Life science companies (collectively)"),
    (r"(?:(?:bowel cancer |NHS )?screening) hubs\b", "Other", "Screening hubs (collectively)"),
    # "PHE also use the data to provide statistics to schools on the percentage of children who are an unhealthy weight"
    (r"schools\b", "Other", "Schools (collectively)"),
    # "provided to researchers", "released to third party researchers" (never "researchers at ⟦0⟧": a named body)
    (r"(?:(?:external|other|approved|bona fide|third[- ]party|academic|health) )?researchers\b(?! (?:at|from|of|in|within) )",
     "Other", "Researchers (collectively)"),
    # "The research files provided to these external collaborators …": researchers elsewhere (not "collaborators at X")
    (r"(?:these |our )?(?:external|other|academic|research) collaborators\b(?! (?:at|from|of|in|within) )",
     "Other", "Researchers (collectively)"),
)
#: The health and care professionals re-identified data goes to for direct care (DUR): "Health or Care professional(s)",
#: "direct health and care professionals", "direct care professionals" (nlp/flows_dur.py; their one collective node).
CARE_PROFESSIONALS = r"(?:direct )?(?:health (?:or|and) care|health|care|clinical|direct care) professional(?:s|\(s\))?"
#: How a retention agreement says its data was released before: "previously disseminated by PHE" (nlp/flows_dur.py).
EARLIER_RELEASE = "disseminated|provided|supplied|released|shared|sent"


#: A recipient written as an acronym the recogniser does not know, the clause's last words: "… and securely transfer
#: this to UCL.", "… sends extract containing mothers details to ONS to match to births" (an acronym of the applicant's
#: name resolves to it; any other is left out and reported)
TO_ACRONYM = re.compile(r"\bto\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\b(?!\s*⟦)"
                        r"(?=\s*(?:[.;,)]|$|\s+(?:to|for|on|via|along|using|with|who|which|in|at|by|securely|within)\b))")
#: Capitalised words after "to" that name no recipient: "re-entries to NHS registration"
NOT_RECIPIENT_WORDS = frozenset({"NHS", "UK", "GP", "GPs", "HES", "SUS", "SEFT", "DES", "DARS", "DSA", "IT"})
