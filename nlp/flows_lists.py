"""Flows to "the Data Controller / Processor" of a Data Uses Register block: to each processor its list names.

The current Data Uses Register's ICB template ("Data Services for
Commissioners") describes each activity as a block: an upper-case heading
("COMMISSIONING", "RISK STRATIFICATION", "INVOICE VALIDATION"), numbered
processing steps, then "Processors:" and one organisation a line.  A step

    3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.

states a flow from the DSCRO to each processor of that list, and to the
agreement's controller when the data is not identifiable (identifiable
risk-stratification data stays with the processor: "The ICB ... does not see
the identifiable data").  A processor the text says does "not access data"
("Amazon Web Services supply Cloud Services for ... but do not access data")
is never a target.  The same list is the holder of a system the block puts
data into when no text says who holds it ("The DSCRO pushes a one-way data
flow of the data directly into the Controlled Environment for Finance
(CEfF)"; "The CEfF also receive backing data from the provider").

Every flow these rules make has its target inferred (from the list below the
sentence), marked ``inferred=("target",)``.
"""

from __future__ import annotations

import re

from .facts import ApplicantEnd, Endpoint, OrgEnd, RefEnd
from .lexicon import FLOW_VERB, NON_ACCESSING, PROCESSOR_LIST_HEADING, SYSTEM_PATTERNS
from .marked import CONTROLLER, INTRODUCED, MARK, Sentence
from .states import detect_state

#: "… transferred (securely) to the Data Controller / Processor", "… to the Data Controllers / Processors"
_TO_CONTROLLER_PROCESSOR = re.compile(
    rf"\b{FLOW_VERB}\b[^.;]{{0,60}}? to the Data Controllers? ?/ ?(?:Data )?Processors?\b", re.IGNORECASE
)
_SOURCE_FROM = re.compile(r"\bfrom (?:the )?⟦(\d+)⟧")
_SOURCE_BY = re.compile(r"\bby (?:the )?⟦(\d+)⟧")
#: An activity block's heading: "COMMISSIONING", "RISK STRATIFICATION", "COMMISISONING (ICB and Local Authority)"
_BLOCK_HEADING = re.compile(r"\s*[A-Z][A-Z &/,-]{3,}(?:\([^()]*\))?\s*")
_BULLET = re.compile(r"^\s*(?:[•·\-–o§]|\d{1,2}[.)])?\s*")
#: A list item naming one organisation: "• ⟦0⟧", "⟦0⟧", "• HERE (⟦0⟧)", "• ⟦0⟧ (NHIS)"
_MENTION_ITEM = re.compile(r"(?:[A-Z][\w&-]*\s*)?\(?⟦(\d+)⟧\)?\s*"
                           # "• ⟦0⟧ (NHIS)": the item's own acronym after it
                           r"(?:\([A-Z][A-Za-z&]{1,11}\)\s*)?"
                           # "• Prescribing Services Ltd will only access NHS … ICB footprint data": the processor, limited
                           r"(?:\s(?:will|shall|can|may)\s+only\s+(?:access|process|receive|see|hold)\b[^;:]*)?")
#: A list item's host, after the name: "• Nottingham Health Informatics Service (Hosted by ⟦0⟧)",
#: "• ⟦0⟧ (hosted by ⟦1⟧)": the item is the hosted service, the host is hosting (no target)
_HOSTED_BY = re.compile(r"\s*\((?:hosted|Hosted|HOSTED) by (?:the )?⟦\d+⟧\)\s*$")
#: A list item the recogniser did not mark, that is still a name: "• Carnall Farrar  Ltd", "• Liaison Financial Services"
_NAME_ITEM = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z(][\w&'’().-]*|and|of|for|&))*")
#: "The CEfF (also) receive(s) backing data from the provider"
_SYSTEM_RECEIVES = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?The (?P<sys>[^⟦.;]{2,60}?) (?:also )?receives? [^⟦.;]*?\bfrom (?:the )?(?:⟦(?P<src>\d+)⟧|(?P<provider>providers?)\b)"
)
#: "… pushes … into the Controlled Environment for Finance (CEfF)"
_INTO = re.compile(rf"\b{FLOW_VERB}\b[^⟦.;]{{0,80}}?\binto (?:the )?(?P<sys>[^⟦.;]{{2,60}})", re.IGNORECASE)


def non_accessing(sentences: list[Sentence]) -> set[tuple]:
    """Keys of the organisations the text says do not access the data (the subject of the sentence saying so, or of the one before "They …")."""
    out: set[tuple] = set()
    for n, s in enumerate(sentences):
        if not NON_ACCESSING.search(s.text):
            continue
        subject = s if s.mentions and MARK.match(s.marked.lstrip()) else None
        if subject is None and n > 0 and re.match(r"\s*They\b", s.text) and sentences[n - 1].mentions:
            subject = sentences[n - 1]
        first = MARK.match(subject.marked.lstrip()) if subject is not None else None
        if subject is not None and first is not None:
            out.add(subject.mentions[int(first.group(1))].endpoint().key)
    return out


def listed_processors(sentences: list[Sentence], n: int) -> list[Endpoint]:
    """The organisations of the first "Processors:" list after sentence ``n`` within its block (none past the next block heading)."""
    for at in range(n + 1, len(sentences)):
        s = sentences[at]
        if _BLOCK_HEADING.fullmatch(s.text):
            return []
        if PROCESSOR_LIST_HEADING.fullmatch(s.text):
            return _items(sentences[at + 1:])
    return []


#: "• ⟦0⟧ will only access ⟦1⟧ footprint data": the one organisation whose data the listed processor reaches
_ONLY_ACCESSES = re.compile(r"⟦(\d+)⟧\s+(?:will|shall|can|may)\s+only\s+(?:access|process|receive|see|hold)\s+(?:the\s+)?⟦(\d+)⟧")


def listed_limits(sentences: list[Sentence], n: int) -> dict[tuple, Endpoint]:
    """Key of each processor of sentence ``n``'s block list -> the organisation its item says it only reaches, if it says so.

    "• Prescribing Services Ltd will only access NHS Leicester, Leicestershire and Rutland Integrated Care Board
    footprint data" (DUR): what "the ICB can access" from that processor is that ICB's, not each controller's.
    """
    out: dict[tuple, Endpoint] = {}
    for at in range(n + 1, len(sentences)):
        if _BLOCK_HEADING.fullmatch(sentences[at].text):
            return out
        if PROCESSOR_LIST_HEADING.fullmatch(sentences[at].text):
            items = _items(sentences[at + 1:])
            for s in sentences[at + 1: at + 1 + len(items)]:
                only = _ONLY_ACCESSES.search(s.marked)
                if only is not None:
                    out[s.mention(only.group(1)).endpoint().key] = s.mention(only.group(2)).endpoint()
            return out
    return out


def list_items(sentences: list[Sentence]) -> list[Endpoint]:
    """The organisations of a "Processors:" list whose items are ``sentences`` (up to the first that is not one)."""
    return _items(sentences)


def _items(sentences: list[Sentence]) -> list[Endpoint]:
    items: list[Endpoint] = []
    for s in sentences:
        bullet = _BULLET.match(s.marked)
        # an item is a line of its own, which may end with a full stop ("• NHS North of England Commissioning Support Unit.")
        line = s.is_heading or bool(bullet and re.fullmatch(r"[^\n.;]{1,200}\.", s.text.strip()))
        if not line or _BLOCK_HEADING.fullmatch(s.text):
            break
        rest = s.marked[bullet.end():] if bullet else s.marked
        rest = _HOSTED_BY.sub("", rest.rstrip().removesuffix("."))
        item = _MENTION_ITEM.fullmatch(rest)
        if item is None and bullet and bullet.group().strip() and rest.endswith(":"):
            # "•\tSouth, Central and West Commissioning Support Unit:" above more items: the colon is the item's, not a heading's
            item = _MENTION_ITEM.fullmatch(rest[:-1])
        if item is not None:
            end = s.mention(item.group(1)).endpoint()
            if isinstance(end, OrgEnd) and re.match(r"[A-Z][\w&-]*\s*\(", rest):
                # "• HERE (Care Unbound Limited)": the trading name and the company, one organisation written so
                end = OrgEnd(end.org_id, " ".join(s.text[bullet.end() if bullet else 0:].split()), end.kind)
            items.append(end)
            continue
        name = " ".join(rest.split())
        if "⟦" in name or len(name) > 60 or not _NAME_ITEM.fullmatch(name) or name.endswith(":"):
            break
        # a processor the recogniser does not know: named from the list, as the text writes it
        items.append(OrgEnd(INTRODUCED + name, name, "Company"))
    return items


def accessing_processors(sentences: list[Sentence], n: int) -> list[Endpoint]:
    """The organisations of the "Processors:" list of sentence ``n``'s block, less those the text says do not access data."""
    excluded = non_accessing(sentences)
    return [t for t in listed_processors(sentences, n) if t.key not in excluded]


def _targets(st, n: int) -> list[Endpoint]:
    return accessing_processors(st.sentences, n)


def to_controller_processor(st) -> None:
    """"… transferred from the DSCRO to the Data Controller / Processor" + the block's "Processors:" list: to each processor (and the controller)."""
    s, marked = st.s, st.marked
    match = _TO_CONTROLLER_PROCESSOR.search(marked)
    if match is None or not st.ok(0, match.end()):
        return
    before = marked[: match.start()]
    source = _SOURCE_FROM.search(marked, 0, match.end()) or _SOURCE_BY.search(before)
    if source is None:
        return
    source_index = int(source.group(1))
    targets = _targets(st, st.n)
    if not targets:
        return
    if detect_state(s.text) != "identifiable":
        targets.append(RefEnd(CONTROLLER, "the Data Controller"))
        targets.extend(_heading_controllers(st.sentences, st.n, match.group(0)))
    for target in targets:
        st.emit("to-controller-processor", source_index, target, inferred=("target",), recipient=False)


#: Controllers other than the applicant a block heading names: "COMMISISONING (ICB and Local Authority)" (DUR Thames Valley)
_HEADING_CONTROLLER_KINDS = (("LocalAuthority", "the Local Authority", re.compile(r"\bLocal Authorit(?:y|ies)\b", re.IGNORECASE)),)
_PLURAL_CONTROLLERS = re.compile(r"\bData Controllers\b", re.IGNORECASE)


def _heading_controllers(sentences: list[Sentence], n: int, said: str) -> list[Endpoint]:
    """"… to the Data Controllers / Processors" under "COMMISISONING (ICB and Local Authority)": the council controller too."""
    if not _PLURAL_CONTROLLERS.search(said):
        return []
    heading = next((sentences[at].text for at in range(n - 1, -1, -1) if _BLOCK_HEADING.fullmatch(sentences[at].text)), "")
    brackets = re.search(r"\(([^()]*)\)", heading)
    if brackets is None:
        return []
    return [RefEnd(kind, surface) for kind, surface, pattern in _HEADING_CONTROLLER_KINDS if pattern.search(brackets.group(1))]


def into_listed_system(st) -> None:
    """Data put into (or received by) a system no text says who holds, in a block listing its processors: to each of them."""
    marked = st.marked
    for pattern in (_INTO, _SYSTEM_RECEIVES):
        match = pattern.search(marked)
        if match is None:
            continue
        system = next((key for key, p in SYSTEM_PATTERNS.items() if p.match(match.group("sys"))), None)
        if system is None or system in st.hosts or not st.ok(0, match.end()):
            continue
        source: Endpoint | int | None
        if pattern is _INTO:
            found = _SOURCE_BY.search(marked, 0, match.start()) or MARK.search(marked, 0, match.start())
            source = int(found.group(1)) if found else None
        elif match.group("provider"):
            source = RefEnd("CareProvider", match.group("provider"))  # "from the provider": the providers' node
        else:
            source = int(match.group("src"))
        if source is None:
            continue
        for target in _targets(st, st.n):
            st.emit("into-listed-system", source, target, inferred=("target",), recipient=False)


_PROCESSOR_WORD = re.compile(r"\b(?:data )?processor\b", re.IGNORECASE)


def listed_holders(st, holder: Endpoint) -> list[Endpoint]:
    """The holders of what a sentence says is accessed "within the data processor", when the block lists its processors; else none.

    "After the Controller / Processor has completed the processing" reads the same way.
    """
    processor_ref = isinstance(holder, RefEnd) and holder.surface.lower().endswith("processor")
    if not (processor_ref or (isinstance(holder, ApplicantEnd) and _PROCESSOR_WORD.search(st.s.text))):
        return []
    return _targets(st, st.n)


#: "The ICB only receives notification to pay and management reporting …", "The ICB are advised by the appointed CEfF …"
_CONTROLLER_RECEIVES = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?⟦(?P<who>\d+)⟧ (?:(?:only|also|then|will) )*"
    r"(?:receives?|(?:are|is) advised by the (?:appointed )?(?P<sys>[^⟦.;]{2,40}?))\b(?P<what>[^.;⟦]*)",
    re.IGNORECASE,
)
_COMMISSIONER_KINDS = frozenset({"ICB", "CCG"})
_REPORT_WORDS = re.compile(r"\b(?:report(?:s|ing)?|notifications?|advised|whether payment)\b", re.IGNORECASE)


def controller_receives_in_block(st) -> None:
    """The commissioner receiving, no source named, in a block that lists its processors: from each of them (aggregate unless stated)."""
    s, marked = st.s, st.marked
    match = _CONTROLLER_RECEIVES.match(marked)
    if match is None or re.search(r"\bfrom\b", match.group("what"), re.IGNORECASE):
        return
    who = int(match.group("who"))
    if s.mention(who).kind not in _COMMISSIONER_KINDS or not st.ok(0, match.end()):
        return
    if match.group("sys") is not None and not any(p.match(match.group("sys")) for p in SYSTEM_PATTERNS.values()):
        return  # "advised by" someone else than the block's system
    text = match.group(0)
    if not _REPORT_WORDS.search(text):
        return  # only the reports and advice of the processors are read here
    window = text if detect_state(text) != "unspecified" else "aggregate"
    for source in _targets(st, st.n):
        # (the commissioners listed beside their CSU are the ones notified, not who notifies them: the agreement's own
        # are left out as senders when the flow is resolved, another ICB the list names is not)
        st.emit("controller-receives-in-block", source, who, window=window, inferred=("source",), recipient=False)


#: What each rule above searches the marked sentence for before it does anything (its ``needs`` in ``FLOW_RULES``).
TO_CONTROLLER_PROCESSOR = _TO_CONTROLLER_PROCESSOR
INTO_LISTED_SYSTEM = (_INTO, _SYSTEM_RECEIVES)
CONTROLLER_RECEIVES = _CONTROLLER_RECEIVES
