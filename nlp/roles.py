"""Roles stated in one free-text section: controllers, processors, and who may or may not access the data.

Works like :mod:`nhskg.nlp.flows`, on sentences whose organisation mentions
are marked ``⟦i⟧``:

- controller: "X are the sole data controller", "X are listed as the data
  controller", "on behalf of X (as recipient data controller)", "As recipient
  data controller, X are …", "X as Data Controller", "the Data Controller (X)"
- processor: "X are listed as a data processor", "X who act as NHS England's
  main data processor", "nominated CSU data processor – X", "Data Processor
  2 – X (via DP1)", "the X Data Processor", "Processing … will be conducted by X"
  ; every organisation of a Data Uses Register block's "Processors:" list
- non-accessing-processor: a processor that "do(es) not access data" (the
  subject may be "They", i.e. the processor of the sentence before)
- access-would-breach: "any access by X and Y … would be considered a breach",
  "access by an employee of X would constitute a breach"
- access-restricted-to: "access … is restricted to employees of X and Y only",
  "Only substantive employees of X will have access"; where X is a name the
  recogniser did not mark ("employees of UCL", "processed by Local Authority
  employees"), the role is the applicant's when those words name it
  (:class:`~nhskg.nlp.facts.ApplicantEnd` with a surface), else no one's
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import flows_lists
from .facts import ApplicantEnd, FoundRole, OrgEnd
from .lexicon import LISTED_AS_PROCESSOR as _LISTED_PROCESSOR_WORDS
from .lexicon import LISTED_BELOW as _LISTED_BELOW
from .lexicon import NEGATION as _NEGATION
from .lexicon import NOT_A_FLOW as _NOT_A_FLOW
from .lexicon import PROCESSOR_LIST_HEADING
from .marked import MARK as _MARK
from .marked import Sentence, TextView, headings_below, in_brackets, mark_start, sentences_of
from .party_lists import expand_group, find_groups

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|with|of|for|by|within|in|on|into|between|via|at|under|than|including)\s+(?:the\s+)?$", re.IGNORECASE
)
_ROLE_PHRASE = re.compile(
    # ("a processor acting under the instructions of …": the legal phrase needs no "data")
    # ("a sub-processor": a processor's processor is the agreement's processor too)
    # ("… and are therefore listed as processors": the DUR's listing phrase needs no "data" either)
    r"\b(?P<phrase>(?:(?:the|a|an|sole|joint|main|recipient|nominated|CSU|lead)\s+)*(?:data |sub-?(?=processor)|(?=processors?\s+acting\b)"
    r"|(?<=\blisted as )(?=processors?\b)|(?<=\blisted as a )(?=processor\b))"
    r"(?P<role>controller|processor)s?)\b",
    re.IGNORECASE,
)
_NUMBERED_PROCESSOR = re.compile(r"^\s*\d+\s*[–—-]\s*(?:the\s+)?⟦(\d+)⟧")
_DASH_AFTER = re.compile(r"^\s*[–—-]\s*(?:the\s+)?⟦(\d+)⟧")
_BRACKET_AFTER = re.compile(r"^\s*\(\s*⟦(\d+)⟧\s*\)")
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_AS_CLAUSE_AFTER = re.compile(r"^\s*,\s*(?:the\s+)?⟦(\d+)⟧")
_WHO_AS = re.compile(r"^\s*(?:\([^()]*\))?\s*,?\s*(?:who|which|that)\s+(?:act|acts|are|is|will act)\s+as\s+(?:the\s+|a\s+)?(?:⟦\d+⟧[’']s\s+)?$", re.IGNORECASE)
_LISTED_AS = re.compile(
    # (up to 160 characters of what the subject does before it: "X will host a shared … data warehouse on behalf of …
    # and are therefore listed as a data processor"; no other name between)
    r"^[^⟦.;]{0,160}?\b(?:are|is|be|being|were|was|act|acts)\b[^⟦.;]{0,40}$", re.IGNORECASE
)
_CONDUCTED_BY = re.compile(
    r"\bprocessing\b[^.;⟦]{0,60}?\b(?:will be|is|are|shall be)\s+(?:conducted|carried out|undertaken|performed|completed)\s+by\s+(?:the\s+)?⟦(\d+)⟧",
    re.IGNORECASE,
)
#: "NHS Midlands and Lancashire Commissioning Support Unit (CSU), who is carrying out additional processing regionally on
#: behalf of the data controller": a processor
_PROCESSING_ON_BEHALF = re.compile(
    r"⟦(\d+)⟧(?:\s*\([^()⟦]*\))?,?\s+(?:who|which)\s+(?:is|are|will\s+be)\s+(?:carrying\s+out|conducting|undertaking|performing)"
    r"\s+(?:[\w-]+\s+){0,2}?processing\b[^.;⟦]{0,60}?\bon\s+behalf\s+of\b",
    re.IGNORECASE,
)
#: "Analysis will be carried out by NHSE&I analysts (as data controller and data processor)": both roles
_AS_CONTROLLER_AND_PROCESSOR = re.compile(
    r"⟦(\d+)⟧(?:\s+(?:analysts|staff|employees))?\s*\(\s*as\s+(?:the\s+)?data\s+controller\s+and\s+(?:the\s+)?data\s+processor\s*\)",
    re.IGNORECASE,
)
#: "… do not access data", "… do not have access to any of the data", "… is not permitted to access the Data"
_NO_ACCESS = re.compile(r"\b(?:(?:do|does|will|shall)\s+not\s+(?:have\s+)?|(?:is|are)\s+not\s+(?:permitted|allowed)\s+to\s+)"
                        r"access\s+(?:to\s+)?(?:the\s+|any\s+(?:of\s+the\s+)?)?data\b"
                        # ("… do not process any data." but not "will not process the data for any other purpose")
                        r"|\b(?:do|does|will)\s+not\s+process\s+(?:any\s+)?(?:personal\s+)?data\s*(?=[.;]|$)"
                        # "No data is processed by RDUH. RDUH is listed as a data processor for transparency …" (DUR)
                        r"|\bno\s+(?:personal\s+)?data\s+(?:is|are|will\s+be)\s+(?:processed|accessed)\s+by\b", re.IGNORECASE)
_BREACH_BY = re.compile(
    r"\baccess\s+by\s+(?P<who>[^.;]*?)(?=\s+(?:to|would|will|shall|could|may|is|are)\b)[^.;]*\bbreach\b", re.IGNORECASE
)
_QUALIFIED = r"(?:(?:authori[sz]ed|approved|substantive|named)\s+)*"
_RESTRICTED_TO = re.compile(
    # "… employees or agents of QMUL who have authorisation …", "… individuals within the University of Manchester who …" (DUR),
    # "… authorised substantive employees of the HSE exclusively …", "… people employed by or contracted to A, B, or C."
    rf"\b(?:restricted|limited)\s+to\s+(?:the\s+)?{_QUALIFIED}"
    r"(?:(?:employees|staff|members of staff)(?:\s+or\s+agents)?\s+of|individuals\s+(?:within|at|employed by)"
    r"|(?:people|persons|individuals)\s+employed\s+by(?:\s+or\s+contracted\s+to)?)"
    r"\s+(?P<who>[^.;]*?)(?:\s+only\b|\s+and\s+access\b|\s+who\b|\s+exclusively\b|[.;]|$)",
    re.IGNORECASE,
)
_ONLY_EMPLOYEES = re.compile(
    rf"\bonly\s+(?:the\s+)?{_QUALIFIED}(?:employees|staff)\s+of\s+(?P<who>[^.;]*?)\s+(?:(?:will|shall|may|can)\s+)?(?:have\s+)?access\b",
    re.IGNORECASE,
)
#: "Data is only accessed by staff of University of Sheffield", "The data will only be accessed by substantive employees of …"
_ONLY_ACCESSED_BY = re.compile(
    rf"\bonly\s+(?:be\s+)?(?:accessed|processed)\s+by\s+(?:the\s+)?{_QUALIFIED}(?:employees|staff)\s+of\s+"
    r"(?P<who>[^.;]*?)(?:\s+and\s+only\b|\s+only\b|\s+for\b|\s+who\b|[.;]|$)",
    re.IGNORECASE,
)
#: "No organisation other than Lightfoot are able to access record level data": a restriction written as a negation
_NO_ONE_OTHER_THAN = r"\bno\s+(?:organisations?|one|body|other\s+organisations?)\s+other\s+than\s+"
_NO_ONE_OTHER_THAN_ACCESS = r"\s+(?:(?:is|are|will\s+be|shall\s+be)\s+)?(?:able|permitted|allowed)\s+to\s+access\b"
_NO_ONE_OTHER_THAN_MARKED = re.compile(_NO_ONE_OTHER_THAN + r"(?:the\s+)?(?P<who>⟦\d+⟧)" + _NO_ONE_OTHER_THAN_ACCESS,
                                       re.IGNORECASE)
#: "Data will not be accessible by any parties other than substantive employees of the Swansea University (SAIL
#: databank/UKSeRP) and substantive employees of the University of Nottingham": a restriction written as a negation,
#: to every body whose employees it names
_NO_PARTY_OTHER_THAN = re.compile(
    r"\b(?:accessible|available|accessed|processed)\s+(?:by|to)\s+any\s+(?:other\s+)?(?:parties|party|one|organisations?|bod(?:y|ies))"
    rf"\s+other\s+than\s+(?P<who>(?:[^.;⟦]{{0,60}}?\b{_QUALIFIED}(?:employees|staff)\s+(?:of|at)\s+(?:the\s+)?⟦\d+⟧"
    r"(?:\s*\([^()⟦]*\))?(?:\s*,|\s+and|\s+or)?)+)",
    re.IGNORECASE,
)
#: "… will not be making patient level pseudonymised data available to anyone other than C-Ci staff": a restriction
#: written as a negation
_ANYONE_OTHER_THAN = re.compile(r"\b(?:to|by)\s+any(?:one|\s+one|body)\s+other\s+than\s+(?:the\s+)?(?P<who>⟦\d+⟧)\s+(?:staff|employees)\b",
                                re.IGNORECASE)


#: "accessed (only) by [the named users …, i.e.] substantive employees of"
_ACCESSED_BY_SUBSTANTIVE = (r"\b(?:accessed|processed)\s+(?:only\s+)?by\s+"
                            r"(?:(?:[^.;⟦]|\bi\.e\.){0,80}?\b)?substantive\s+(?:employees|staff)\s+of\s+")
#: "All persons accessing the data are substantive employees of NHS England", "… substantively employed by the
#: Children's Commissioner's Office", "Access to this machine is restricted to Meditrends Limited staff",
#: "an approved list of NELCSU substantively employed analysts have access"
_EMPLOYEES_ONLY = (
    # "… are substantive employees of the University of Cambridge or ⟦CUH⟧": every one of the list
    # ("… users with access to the Portal system must be substantive employees of NHS England")
    re.compile(r"\b(?:are|is|must\s+be)\s+(?:all\s+)?(?:substantive\s+)?(?:employees|staff)\s+of\s+(?:the\s+)?"
               r"(?P<who>⟦\d+⟧(?:\s*(?:,|,?\s*or|,?\s*and)\s+(?:the\s+)?⟦\d+⟧)*)", re.IGNORECASE),
    re.compile(r"\bsubstantively\s+employed\s+by\s+(?:the\s+)?(?P<who>⟦\d+⟧)", re.IGNORECASE),
    # "Only authorised UKHSA personnel including scientists … are eligible to request access"
    re.compile(rf"\bonly\s+(?:the\s+)?{_QUALIFIED}(?P<who>⟦\d+⟧)\s+(?:personnel|staff|employees|analysts)\b", re.IGNORECASE),
    # "All individuals who will have access to the HSCIC data will be employed by the NAO"
    re.compile(r"\bwill\s+(?:all\s+)?be\s+employed\s+by\s+(?:the\s+)?(?P<who>⟦\d+⟧)(?!\s+but\b)", re.IGNORECASE),
    re.compile(r"\brestricted\s+to\s+(?:the\s+)?(?P<who>⟦\d+⟧)\s+(?:staff|employees)\b", re.IGNORECASE),
    # "… limited to Health IQ Ltd and PPD substantively employed analysts"
    # (the marked ones of the list: a name the section does not introduce, "PPD", is no one's)
    re.compile(r"(?P<who>⟦\d+⟧(?:\s*(?:,|,?\s*and|&)\s+(?:⟦\d+⟧|(?-i:[A-Z][\w&-]*)))*)\s+substantively\s+employed\b",
               re.IGNORECASE),
    # "processing will only be carried out by ⟦0⟧ staff"
    re.compile(r"\b(?:only\s+(?:be\s+)?|be\s+only\s+)(?:carried out|undertaken|performed)\s+by\s+(?:the\s+)?(?P<who>⟦\d+⟧)\s+"
               r"(?:staff|employees|analysts)\b", re.IGNORECASE),
    # "Data processing is only carried out by substantive employees of NHS England who have been … trained"
    re.compile(rf"\b(?:only\s+(?:be\s+)?|be\s+only\s+)(?:carried out|undertaken|performed)\s+by\s+(?:the\s+)?{_QUALIFIED}"
               r"(?:employees|staff)\s+of\s+(?:the\s+)?(?P<who>⟦\d+⟧)", re.IGNORECASE),
    # "Data will be accessed by the named users within this agreement, i.e. substantive employees of Dr Foster Limited",
    # "The data will be accessed only by substantive employees of UCL and only for the purposes …": the register's
    # word "substantive" makes it the restriction, with or without "only"
    re.compile(_ACCESSED_BY_SUBSTANTIVE + r"(?:the\s+)?(?P<who>⟦\d+⟧(?:\s*(?:,|,?\s*or|,?\s*and)\s+(?:the\s+)?⟦\d+⟧)*)",
               re.IGNORECASE),
    # "Access to the data is only permitted for substantive IMS Health Ltd employees and researchers working under …"
    re.compile(rf"\bonly\s+permitted\s+(?:for|to)\s+(?:the\s+)?{_QUALIFIED}(?P<who>⟦\d+⟧)\s+(?:employees|staff)\b",
               re.IGNORECASE),
)
#: A role stated as a condition: "where NHS England acts as a data processor …" (DUR).
_CONDITION_BEFORE = re.compile(r"\b(?:where|if|unless|when)\s+(?:the\s+)?$", re.IGNORECASE)
_ACCESS_WORD = re.compile(r"\baccess|\bprocess(?:ed|ing)\b", re.IGNORECASE)

#: A name the recogniser did not mark ("UCL", "University College London", "Local Authority", "the Children’s
#: Commissioner’s Office"): capitalised words, joined by "of", "and", "for" or "&".
_NAME = r"(?:the\s+)?(?-i:(?P<name>[A-Z][\w’'&.-]*[\w’']|[a-z][0-9A-Z][\w’'&.-]*|[A-Z])(?P<more>(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'&-]*[\w’'])*))"
#: The same restrictions written with such a name: its role goes to the applicant when the words name it
#: (resolution checks), never to a new organisation.  "Only substantive employees of UCL will have access to the
#: data", "The data will only be processed by Local Authority employees", "… are all employees of UOB".
_EMPLOYEES_OF_NAME = (
    re.compile(r"\b(?:restricted|limited)\s+to\s+(?:the\s+)?" + _QUALIFIED + r"(?:employees|staff|members of staff)"
               r"(?:\s+or\s+agents)?\s+of\s+" + _NAME, re.IGNORECASE),
    re.compile(r"\bonly\s+(?:be\s+)?(?:accessed|processed)\s+by\s+(?:the\s+)?" + _QUALIFIED + r"(?:employees|staff)\s+of\s+"
               + _NAME, re.IGNORECASE),
    re.compile(r"\b(?:to|by)\s+any(?:one|\s+one|body)\s+other\s+than\s+" + _NAME + r"\s+(?:staff|employees)\b", re.IGNORECASE),
    re.compile(r"\b(?:restricted|limited)\s+to\s+(?:people|persons|individuals)\s+employed\s+by(?:\s+or\s+contracted\s+to)?\s+"
               + _NAME, re.IGNORECASE),
    re.compile(r"\bonly\s+(?:the\s+)?(?:substantive\s+|named\s+)?(?:employees|staff)\s+of\s+" + _NAME
               + r"\s+(?:(?:will|shall|may|can)\s+)?(?:have\s+)?access\b", re.IGNORECASE),
    re.compile(r"\b(?:are|is)\s+(?:all\s+)?(?:substantive\s+)?(?:employees|staff)\s+of\s+" + _NAME, re.IGNORECASE),
    re.compile(r"\bsubstantively\s+employed\s+by\s+" + _NAME, re.IGNORECASE),
    re.compile(_ACCESSED_BY_SUBSTANTIVE + _NAME, re.IGNORECASE),
    re.compile(r"\brestricted\s+to\s+" + _NAME + r"\s+(?:staff|employees)\b", re.IGNORECASE),
    re.compile(r"\bonly\s+(?:be\s+)?(?:processed|accessed)\s+(?:only\s+)?by\s+" + _NAME + r"\s+(?:staff|employees)\b", re.IGNORECASE),
    # "processing will be only carried out by CSU staff"
    re.compile(r"\b(?:only\s+(?:be\s+)?|be\s+only\s+)(?:carried out|undertaken|performed)\s+by\s+" + _NAME
               + r"\s+(?:staff|employees|analysts)\b", re.IGNORECASE),
)


#: Distinct marked sentences whose index-level roles are kept per process: the register repeats its
#: sentences (at 0.25x of the Data Uses Register, 13% of the marked sentences are distinct).
SENTENCE_MEMO = 1 << 16
#: :data:`_NO_ONE_OTHER_THAN_MARKED` with a name the recogniser did not mark ("… other than Lightfoot are able to …")
_NO_ONE_OTHER_THAN_NAME = re.compile(_NO_ONE_OTHER_THAN + _NAME + _NO_ONE_OTHER_THAN_ACCESS, re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_MEMO)
def _unmarked_restrictions(marked: str) -> tuple[str, ...]:
    """Names the recogniser did not mark that a marked sentence restricts access to (see :data:`_EMPLOYEES_OF_NAME`).

    A function of the marked text alone, so it is memoised (a tuple: callers cannot change what is kept).
    """
    lowered = marked.lower()
    out = []
    if "other than" in lowered:
        out += [(m.group("name") + m.group("more")).rstrip(".") for m in _NO_ONE_OTHER_THAN_NAME.finditer(marked)]
    if "employ" not in lowered and "staff" not in lowered and "analysts" not in lowered:
        return tuple(out)  # every other pattern names the people: most sentences need no search
    for pattern in _EMPLOYEES_OF_NAME:
        for match in pattern.finditer(marked):
            name = (match.group("name") + match.group("more")).rstrip(".")
            # a prohibition just before ("no data is … staff of X") is not a restriction; "and will not be
            # transferred" after it is another clause
            before = marked[max(0, match.start() - 30): match.start()]
            if _NOT_A_FLOW.search(before + match.group(0)):
                continue  # negated or hedged: "could be restricted to staff of X"
            if name.lower() in ("the", "all", "only") or _MARK.search(name):
                continue
            out.append(name)
    return tuple(out)


def find_roles(view: TextView, sentences: list[Sentence] | None = None,
               groups: dict[str, list[OrgEnd]] | None = None) -> list[FoundRole]:
    """The roles ``view``'s text states: ``org`` (an endpoint, see :mod:`nhskg.nlp.facts`), ``role``, ``start``/``end`` of the sentence.

    Reads the sentences only (their heading context is resolved by :func:`~nhskg.nlp.marked.sentences_of`),
    so it may run before or after :func:`~nhskg.nlp.flows.find_flows`.
    """
    all_sentences = sentences if sentences is not None else sentences_of(view)
    roles = _roles_of(all_sentences)
    groups = groups if groups is not None else find_groups(all_sentences)
    # "• One London ICBs" in a processors list: each of the ICBs the text names so
    return [FoundRole(member, r.role, r.start, r.end) for r in roles for member in expand_group(r.org, groups)] if groups else roles


def _roles_of(all_sentences: list[Sentence]) -> list[FoundRole]:
    """:func:`find_roles` before a name the text gives a list is read as the organisations of the list."""
    roles: list[FoundRole] = []
    last_processors: list = []  # the processors the latest sentence naming any names ("They … do not access data")
    last_processor_start = -1
    for position, s in enumerate(all_sentences):
        if PROCESSOR_LIST_HEADING.fullmatch(s.text):
            # a Data Uses Register block's "Processors:" list, one organisation a line: each is a processor
            for item in flows_lists.list_items(all_sentences[position + 1:]):
                roles.append(FoundRole(item, "processor", s.start, s.end))
            continue
        if not s.mentions and _LISTED_BELOW.search(s.marked):
            for heading in headings_below(all_sentences, position):
                roles.append(FoundRole(heading.endpoint(), "processor", s.start, s.end))
            continue
        if not s.mentions:
            for name in _unmarked_restrictions(s.marked):  # "Only substantive employees of UCL will have access to the data"
                roles.append(FoundRole(ApplicantEnd(name), "access-restricted-to", s.start, s.end))
            roles.extend(FoundRole(ApplicantEnd(name), role, s.start, s.end) for name, role in _unmarked_roles(s.marked))
            # only "They … do not access data" needs no name: it refers to the processor just named
            if last_processors and _NO_ACCESS.search(s.text):
                # the evidence runs from the sentence that names the processors: "X … listed as a data processor. They …
                # do not access data."; "A, B and C supply IT infrastructure and are therefore listed as a data
                # processor. They …": each of them
                roles.extend(FoundRole(p, "non-accessing-processor", last_processor_start, s.end) for p in last_processors)
            if _LISTED_PROCESSOR_WORDS.search(s.marked):
                last_processors = []  # "Tableau provide … and are therefore listed as processors. They …": not the ones before
            continue
        found = list(_controller_processor_roles(s.marked))
        marked = s.marked
        if _LISTED_PROCESSOR_WORDS.search(marked) and not any(role == "processor" for _, role in found):
            # a processor named here that the recogniser did not mark: a "They …" after it is about that one
            last_processors = []
        if no_access := _NO_ACCESS.search(marked):
            found, they = _without_access(s, no_access, found)
            if they and last_processors:
                roles.extend(FoundRole(p, "non-accessing-processor", last_processor_start, s.end) for p in last_processors)
        found += _access_roles(s.marked)
        for name in _unmarked_restrictions(s.marked):
            roles.append(FoundRole(ApplicantEnd(name), "access-restricted-to", s.start, s.end))
        if _LISTED_BELOW.search(marked):  # "… flow to other data processors, as listed below" + headings naming them
            for heading in headings_below(all_sentences, position):
                roles.append(FoundRole(heading.endpoint(), "processor", s.start, s.end))
        seen = set()
        for index, role in found:
            mention = s.mention(index)
            key = (mention.endpoint().key, role)
            if key in seen:
                continue
            seen.add(key)
            roles.append(FoundRole(mention.endpoint(), role, s.start, s.end))
            if role == "processor":
                if last_processor_start != s.start:
                    last_processors = []
                last_processors.append(mention.endpoint())
                last_processor_start = s.start
    return roles


@lru_cache(maxsize=SENTENCE_MEMO)
def _controller_processor_roles(marked: str) -> tuple[tuple[int, str], ...]:
    """(mention index, role) of the controllers and processors a marked sentence names, in the order it names them.

    Memoised: a function of the marked text alone (the indexes say which of the sentence's own mentions).
    """
    found: list[tuple[int, str]] = []
    for match in _ROLE_PHRASE.finditer(marked):
        subject = _role_subject(marked, match)
        if subject is not None and _CONDITION_BEFORE.search(marked, 0, marked.index(f"⟦{subject}⟧")):
            continue  # "… within NHS England where NHS England acts as a data processor on behalf of a provider"
        if subject is not None:
            roles = [match.group("role").lower()]
            if roles == ["controller"] and _ALSO_PROCESSES.match(marked, match.end()):
                roles.append("processor")  # "X is the data controller and also processes the data for this service"
            for index in _coordinated(marked, subject):  # "NHS A CCG and NHS B CCG are joint data controllers"
                found.extend((index, role) for role in roles)
    for match in _CONDUCTED_BY.finditer(marked):
        if not _NEGATION.search(match.group(0)):
            found.append((int(match.group(1)), "processor"))
    for match in _PROCESSING_ON_BEHALF.finditer(marked):
        if not _NEGATION.search(match.group(0)):
            found.append((int(match.group(1)), "processor"))
    for match in _AS_CONTROLLER_AND_PROCESSOR.finditer(marked):
        found.extend(((int(match.group(1)), "controller"), (int(match.group(1)), "processor")))
    return tuple(found)


@lru_cache(maxsize=SENTENCE_MEMO)
def _access_roles(marked: str) -> tuple[tuple[int, str], ...]:
    """(mention index, role) of whom a marked sentence restricts access to, or says access by would breach the agreement.

    Memoised, like :func:`_controller_processor_roles`.
    """
    found: list[tuple[int, str]] = []
    for match in _BREACH_BY.finditer(marked):
        for index in _MARK.findall(match.group("who")):
            found.append((int(index), "access-would-breach"))
    for pattern in (_RESTRICTED_TO, _ONLY_EMPLOYEES, _ONLY_ACCESSED_BY, _ANYONE_OTHER_THAN, _NO_ONE_OTHER_THAN_MARKED,
                    _NO_PARTY_OTHER_THAN):
        for match in pattern.finditer(marked):
            if re.search(r"\b(?:not|never)\s+$", marked[: match.start()], re.IGNORECASE):
                continue  # "Access is not restricted to …"
            for index in _MARK.findall(match.group("who")):
                found.append((int(index), "access-restricted-to"))
    if _ACCESS_WORD.search(marked) and not _NEGATION.search(marked):
        for pattern in _EMPLOYEES_ONLY:
            for match in pattern.finditer(marked):
                found.extend((int(index), "access-restricted-to") for index in _MARK.findall(match.group("who")))
    return tuple(found)


#: (a bracket after a name may name its host: "for ⟦A⟧ (hosted by ⟦B⟧), ⟦C⟧ and ⟦D⟧ and are therefore listed as": A, C, D)
_COORDINATED_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*\((?:[^()⟦]|⟦\d+⟧)*\))?\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?$", re.IGNORECASE)


def _coordinated(marked: str, index: int) -> list[int]:
    """A subject and the mentions joined to it before ("A, B and C are joint data controllers")."""
    out = [index]
    at = marked.index(f"⟦{index}⟧")
    while True:
        match = _COORDINATED_BEFORE.search(marked, 0, at)
        if match is None:
            return out
        out.append(int(match.group(1)))
        at = match.start()


def _role_subject(marked: str, match) -> int | None:
    """Which mention a "data controller" / "data processor" phrase of a marked sentence is about, or None."""
    after = marked[match.end():]
    before = marked[: match.start()]
    for pattern in (_NUMBERED_PROCESSOR, _DASH_AFTER, _BRACKET_AFTER):
        found = pattern.match(after)
        if found:
            return int(found.group(1))
    # "Midlands and Lancashire CSU (Data Processor 1)"
    introduced = re.search(r"⟦(\d+)⟧\s*\(\s*(?:the\s+)?$", before)
    if introduced and re.match(r"(?:\s*\d+)?\s*\)", after):
        return int(introduced.group(1))
    found = _AS_CLAUSE_AFTER.match(after)
    if found and re.search(r"(?:^|[.;:]\s*|\n)\s*as\s+$", before, re.IGNORECASE):
        return int(found.group(1))
    marks = list(_MARK.finditer(before))
    if not marks:
        return None
    clause = max(before.rfind(". "), before.rfind(";"), before.rfind(":"))
    last = marks[-1]
    between = before[last.end():]
    # "the AGEM CSU Data Processor"
    if not between.strip():
        return int(last.group(1))
    # "on behalf of NHS England (as recipient data controller)", "NHSE as Data Controller"
    if _AS_BEFORE.search(between) and re.fullmatch(r"\s*\(?\s*as\s+", between, re.IGNORECASE):
        return int(last.group(1))
    # "to Arden and GEM CSU who act as NHS England's main data processor"
    who = [m for m in marks if _WHO_AS.match(before[m.end():]) and "⟦" not in re.sub(r"⟦\d+⟧[’']s", "", before[m.end():])]
    if who:
        return int(who[-1].group(1))
    # "X are (therefore) listed as the data controller": the clause's subject, skipping objects of prepositions
    for m in reversed(marks):
        if m.start() < clause:
            break
        text_between = before[m.end():]
        if re.match(r"[’']s\b", text_between) or in_brackets(marked, int(m.group(1)), m.start()):
            continue
        if _PREPOSITION_BEFORE.search(before[: m.start()]):
            continue
        head = _coordinated(marked, int(m.group(1)))[-1]  # "… supply Cloud Services for A, and B and are listed as": B too
        if _PREPOSITION_BEFORE.search(before[: marked.index(f"⟦{head}⟧")]):
            continue
        rest = re.sub(r"⟦\d+⟧|\([^()]*\)", "", text_between)
        if _COORDINATED_PREDICATE.search(rest) and _object_of_verb(before, m, marks, clause):
            continue  # "ANS Group Ltd are assisting SCW CSU to transition … and are therefore a data processor": ANS
        if _LISTED_AS.match(rest) and not _NEGATION.search(rest):
            return int(m.group(1))
        return None
    return None


#: "… is the data controller and also processes the data", "… are the Data Controller who also processes the data":
#: the controller is its own processor
_ALSO_PROCESSES = re.compile(r"s?\s+(?:and|who|which)\s+(?:also\s+)?process(?:es)?\s+(?:the\s+)?data\b", re.IGNORECASE)
#: "… and are therefore a": a second predicate of the clause's subject, after the first one's object
_COORDINATED_PREDICATE = re.compile(r"\band\s+(?:are|is)\b[^⟦.;]{0,40}$", re.IGNORECASE)
#: What stands between two names of one list: "A, B and C", "A & B"
#: (one is needed: "the ⟦SCW CSU⟧ ⟦Microsoft⟧ Azure Cloud" is one name written in two, not a list)
_COORDINATOR_ONLY = re.compile(r"^\s*(?:,|and|&|or|,\s*and)\s*$", re.IGNORECASE)


def _object_of_verb(before: str, m, marks: list, clause: int) -> bool:
    """Whether mark ``m`` follows an earlier name of the clause with more than a coordinator between them (the
    object of that name's verb: "⟦0⟧ are assisting ⟦1⟧ …"), not another name of one list ("⟦0⟧ and ⟦1⟧ …")."""
    earlier = [e for e in marks if clause < e.start() < m.start()]
    if not earlier:
        return False
    return not _COORDINATOR_ONLY.match(re.sub(r"\([^()]*\)", "", before[earlier[-1].end(): m.start()]))


#: "… do not access data held under this agreement as they only supply the building"
_BUILDING_ONLY = re.compile(r"\bonly (?:supply|supplies|provide|provides) (?:the )?(?:building|premises|data cent(?:re|er) (?:building|space))s?\b",
                            re.IGNORECASE)
_RIGHT_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*\([^()⟦]*\))?\s*$")


def _mention_right_before(marked: str, at: int) -> int | None:
    """The mention that ends just before ``at`` (bracketed words between allowed): the subject of the verb there."""
    match = _RIGHT_BEFORE.search(marked, 0, at)
    return int(match.group(1)) if match else None


#: A preposition right before a mention: the mention is an object ("… supply Cloud Services for ⟦0⟧")
def _without_access(s: Sentence, no_access: re.Match, found: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], bool]:
    """The roles of a sentence saying who does not reach the data, and whether it means the processors just named.

    "No data is processed by ⟦RDUH⟧": the agent; "A, B, C and D do not access data … as they only supply the
    building": every one of the list (a building's supplier is no processor, so access by it would breach the
    agreement); "They … do not access data": the processors named before (``True``).
    """
    marked = s.marked
    agent = _AGENT_AFTER.match(marked, no_access.end()) if no_access.group(0)[:2].lower() == "no" else None
    if agent is not None:
        index = int(agent.group(1))
        return [(i, r) for i, r in found if not (i == index and r == "processor")] + [(index, "non-accessing-processor")], False
    subject = _first_free_mention(s)
    if subject is not None and _OBJECT_BEFORE.search(marked, 0, mark_start(marked, subject)):
        return found, False  # "Amazon webservices supply Cloud Services for ⟦Palantir⟧ … but do not access data": an unknown subject
    if subject is not None and not re.match(r"^\s*they\b", marked, re.IGNORECASE):
        role = "access-would-breach" if _BUILDING_ONLY.search(marked, no_access.end()) else "non-accessing-processor"
        last = _mention_right_before(marked, no_access.start())
        subjects = _coordinated(marked, last) if last is not None else [subject]
        return [(i, r) for i, r in found if not (i in subjects and r == "processor")] + [(i, role) for i in sorted(subjects)], False
    return found, True


#: The body right after "No data is processed by"
_AGENT_AFTER = re.compile(r"\s*(?:the\s+)?⟦(\d+)⟧")
_OBJECT_BEFORE = re.compile(r"\b(?:for|to|with|by|from|of|on behalf of)\s+(?:the\s+)?$", re.IGNORECASE)


def _first_free_mention(s: Sentence) -> int | None:
    for i, _ in enumerate(s.mentions):
        if not in_brackets(s.marked, i):
            return i
    return None


#: "Lightfoot Solutions are the Data Controller who also processes the data", its subject unmarked: the applicant's
#: roles when the words name it (as :data:`_EMPLOYEES_OF_NAME`'s)
_UNMARKED_CONTROLLER_PROCESSES = re.compile(
    r"^\s*" + _NAME + r"\s+(?:is|are)\s+(?:the\s+)?(?:sole\s+)?data\s+controllers?(?=" + _ALSO_PROCESSES.pattern + ")",
    re.IGNORECASE,
)


def _unmarked_roles(marked: str) -> list[tuple[str, str]]:
    """(name, role) of an unmarked subject a sentence makes both controller and processor."""
    match = _UNMARKED_CONTROLLER_PROCESSES.match(marked) if "controller" in marked.lower() else None
    if match is None or match.group("name").lower() in ("the", "all", "only", "it", "they", "this"):
        return []
    name = match.group("name") + match.group("more")
    return [(name, "controller"), (name, "processor")]
