"""Data flows stated in one free-text section: who passes data to whom, in what state.

There is no parser in ``spacy.blank("en")``, so the rules work on a *marked*
sentence: the sentence text with every organisation mention (``doc.spans
["orgs"]``) and generic reference (``doc.spans["org_refs"]``: "the CSU",
"GPs", "Providers") replaced by ``⟦i⟧``.  Regular expressions over that string
are token patterns over the organisation spans: "⟦0⟧ then pass(es) … to ⟦1⟧",
"sent from ⟦0⟧ to ⟦1⟧", "⟦0⟧ receives … from ⟦1⟧", "⟦0⟧ have access to …",
"exchanged between ⟦0⟧ and ⟦1⟧".  What a sentence leaves implicit comes from
its context in the section: the subject of the previous sentence (passives),
the heading ("Data Processor 2 – AQuA (via DP1)"), the DSCRO that "obtains" the
data sets listed after it, the DSCROs "listed below", the organisation that
hosts a system ("the risk stratification tool held within North of England
CSU").  Prohibitions, conditions and hypotheticals are skipped.

The output of :func:`find_flows` depends only on the text, so it is cached per
distinct text; references that only the agreement can resolve ("the CCG" =
its controllers, an unnamed "DSCRO") stay symbolic endpoints:

- ``["org", id, surface]`` — a named organisation
- ``["ref", kind, surface]`` — "the CCG", "the DSCRO", "GPs", "Providers";
  kind ``"Processor"`` for "the data processor (listed above)"
- ``["system", key]`` — the holder of a system ("tnr", "risk stratification"),
  ``["system", key, "named-holder-only"]`` when only a holder the agreement
  names will do (data put *into* a system)
- ``["applicant"]`` — the agreement's applicant

Sentences use the offsets of the pipeline's sentence splitter (read in one
``Doc.to_array`` call: ``Doc.sents`` and ``Doc.text`` walk every token).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from .states import detect_state, is_access

# --- the text seen by the rules ---------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """An organisation name, or a generic reference to one of a kind, inside a text."""

    start: int
    end: int
    text: str
    kind: str
    org_id: str | None = None  # None for a generic reference
    definite: bool = False  # "the DSCRO" resolved to the one named just before (not a name of it)

    @property
    def is_ref(self) -> bool:
        return self.org_id is None

    def endpoint(self) -> list:
        if self.is_ref:
            return ["ref", self.kind, self.text]
        return ["org", self.org_id, "" if self.definite else self.text, self.kind]


@dataclass
class TextView:
    """A text, its sentence boundaries (character offsets) and its mentions, in order."""

    text: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention]

    def in_range(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


def view_of_doc(doc, text: str | None = None) -> TextView:
    """The :class:`TextView` of a Doc made by :func:`nhskg.nlp.pipeline.make_nlp`.

    Pass the ``text`` the Doc was made from when you have it: ``Doc.text``
    rebuilds it token by token.
    """
    text = doc.text if text is None else text
    spans = []
    for key, is_ref in (("orgs", False), ("org_refs", True)):
        if key in doc.spans:
            for span in doc.spans[key]:
                if is_ref:
                    spans.append(Mention(span.start_char, span.end_char, span.text, span.label_ or "Other", None))
                else:
                    org_id = span._.org_id or span.label_
                    kind = span._.org_kind or "Other"
                    spans.append(Mention(span.start_char, span.end_char, span.text, kind, org_id))
    for match in _PLURAL_REF.finditer(text):
        spans.append(Mention(match.start(), match.end(), match.group(0), match.group("kind"), None))
    for match in _PROCESSOR_REF.finditer(text):
        spans.append(Mention(match.start(), match.end(), match.group(0), PROCESSOR, None))
    # names win over generic references; longer wins over shorter
    spans.sort(key=lambda m: (m.start, m.is_ref, -(m.end - m.start)))
    mentions: list[Mention] = []
    for m in spans:
        if mentions and m.start < mentions[-1].end:
            continue
        mentions.append(m)
    return TextView(text, _split_run_together(text, _sentence_offsets(doc, len(text))), mentions)


def _sentence_offsets(doc, length: int) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences, without making a Token or Span per sentence."""
    if len(doc) == 0:
        return [(0, length)]
    # (Doc.has_annotation and Doc.sents make a Python object per token: slow on long texts)
    table = doc.to_array(["IDX", "SENT_START"])
    starts = [int(i) for i in table[table[:, 1] == 1, 0]]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [length]
    return list(zip(starts, ends))


_RUN_TOGETHER = re.compile(r"(?:(?<=[a-z]{2})|(?<=[A-Z]{2})|(?<=[)\]]))\.(?=[A-Z][a-z]{2,} )")


def _split_run_together(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split sentences at a full stop run into the next sentence ("and DIDS.The DSCROs")."""
    cuts = [m.end() for m in _RUN_TOGETHER.finditer(text)]
    if not cuts:
        return offsets
    out, k = [], 0
    for start, end in offsets:
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        while k < len(cuts) and cuts[k] < end:
            out.append((start, cuts[k]))
            start = cuts[k]
            k += 1
        out.append((start, end))
    return out


# --- patterns over the marked sentence ---------------------------------------------------

M = r"⟦(\d+)⟧"
#: The pseudo-kind of "the data processor (listed above)": resolved to the agreement's processor.
PROCESSOR = "Processor"
_PROCESSOR_REF = re.compile(r"\b[Tt]he (?:data )?processor(?: \((?:as )?listed above\))?(?!s)\b")
#: "The DSCROs", "each CSU", "their CSUs": references to every organisation of a kind in context
_PLURAL_REF = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Ee]ach|[Ee]very|[Tt]heir|[Bb]oth)(?: respective)? (?P<kind>DSCRO|CSU|CCG|ICB)s?\b")
# what is supplied is a service, not data: "Microsoft Limited supply Cloud Services to …"
_SERVICE_OBJECT = re.compile(
    r"\b(?:cloud|services?|infrastructure|support|hosting|software|advice|expertise|staff|certificates?|confirmation"
    r"|assurance|notifications?|invoices?|guidance|training|toolkit|DSPT|evidence|learning|knowledge|lessons|best practice)\b",
    re.IGNORECASE,
)
_MARK = re.compile(M)
_FLOW_VERB = (
    r"(?:pass(?:es|ed|ing)?|sen[dt]s?|transfer(?:s|red|ring)?|suppl(?:y|ies|ied)|submit(?:s|ted)?"
    r"|flows?|flowed|upload(?:s|ed)?|disseminat(?:e|es|ed)|provid(?:e|es|ed)|shar(?:e|es|ed)|forward(?:s|ed)?"
    r"|releas(?:e|es|ed)|mov(?:e|es|ed)|copied|return(?:s|ed)?|push(?:es|ed)?|made available|makes? (?:\w+ ){0,4}available|extract(?:s|ed)?)"
)
_FLOW_VERB_RE = re.compile(rf"\b{_FLOW_VERB}\b", re.IGNORECASE)
_FROM_TO = re.compile(
    rf"\bfrom (?:the |all )?{M}(?: ?\([^()⟦]*\))?[^.;⟦]{{0,60}}?\bto (?:the )?{M}", re.IGNORECASE
)
# "SUS data is received by the DSCRO from NHS Digital"
_BY_FROM = re.compile(
    rf"\b(?:obtained|received|collected|sourced|extracted|taken|pulled) (?:directly |securely )?by (?:the )?{M}[^.;⟦]{{0,40}}?\bfrom (?:the )?{M}",
    re.IGNORECASE,
)
# "Identifiable SUS+ data is obtained from the SUS Repository by the DSCRO"
_FROM_BY = re.compile(
    rf"\b(?:obtained|received|collected|sourced|extracted|taken|pulled) (?:directly |securely )?from (?:the )?{M}[^.;⟦]{{0,40}}?\bby (?:the )?{M}",
    re.IGNORECASE,
)
_RECEIVE_FROM = re.compile(
    rf"{M}(?: ?\([^()⟦]*\))?,? (?:(?:also|then|will|shall|each|in addition,?|directly) )*receives?\b(?P<what>[^.;]*?)\bfrom (?:the )?{M}",
    re.IGNORECASE,
)
_RECEIVE = re.compile(
    rf"{M}(?: ?\([^()⟦]*\))?(?: listed below)?,? (?:(?:also|then|will|shall|each|in addition,?) )*receives?\b(?P<what>[^.;]*)",
    re.IGNORECASE,
)
_OBTAINS = re.compile(rf"{M}(?: ?\([^()⟦]*\))? (?:(?:also|then|will) )*obtains?\b", re.IGNORECASE)
_RECEIVED_FROM = re.compile(rf"\breceived (?:directly |securely )?from (?:the )?{M}", re.IGNORECASE)
_EXCHANGE = re.compile(rf"\bexchanged? (?:\w+ ){{0,3}}between (?:the )?{M} and (?:the )?{M}", re.IGNORECASE)
_TO_TARGET = re.compile(
    rf"\b(?:to|with|into|onto) (?:the |each |both )?"
    rf"(?:(?:[\w-]+ ){{0,4}}?(?:environment|system|tool|repository|server|warehouse|platform|CEfF|tNR|database|portal)"
    rf"(?: (?!within|at|in|of|hosted|held|provided|managed)[\w-]+){{0,3}}(?: \([^()⟦]*\))?"
    rf" (?:within|at|in|of|hosted by|held by|provided by|managed by) (?:the )?)?{M}",
    re.IGNORECASE,
)
_NOUN_TOO = frozenset({"transfer", "flow", "flows", "release", "share", "move", "extract", "extracts", "return", "push"})
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|of)\s+$", re.IGNORECASE)
_RECEIVE_WORD = re.compile(r"\b(?:receiv|obtain|access)", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\b(?:in order|so as) to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "for upload to", "for onward transfer to": a purpose whose agent is whoever holds the data then
_FOR_BEFORE = re.compile(r"\bfor\s+(?:onward\s+|subsequent\s+|further\s+)?$", re.IGNORECASE)
# "… is submitted to NHS England by the CSU"
_AGENT_BETWEEN = re.compile(rf"\s*(?:\w+\s+)?by (?:the |each )?{M}\s*(?:\([^()⟦]*\)\s*)?$", re.IGNORECASE)
_BRACKET_NEXT = re.compile(r"\s*\([^()⟦]*\)")
_AGENT_AFTER = re.compile(rf"[^⟦.;]{{0,40}}?\bby (?:the |each )?{M}", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(r"\b(?:to|into|onto)\b(?! (?:provide|support|undertake|enable|create|ensure|allow|meet|help|upload|be|have|the tNR))|\bwith(?= (?:the )?⟦)", re.IGNORECASE)
_DISSEMINATED_AS_FOLLOWS = re.compile(r"\bdisseminated as follows\s*:?\s*$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|been|being|was|were)\s+(?:(?:then|securely|also|only|directly|subsequently|further)\s+)*$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|with|of|for|by|within|in|on|into|onto|between|via|at|under|than|as|including|behalf of)\s+(?:the\s+|all\s+|each\s+)?$",
    re.IGNORECASE,
)
# a prohibition, condition or hypothetical in the clause that states the flow
_NOT_A_FLOW = re.compile(
    r"\b(?:not|never|no longer|cannot|would|could|might|may|if|unless|whether|should|where|prior to|any further)\b|n[’']t\b",
    re.IGNORECASE,
)
_ONLY_BEFORE_ACCESS = re.compile(r"\bonly\b", re.IGNORECASE)
_ACCESS_PHRASE = re.compile(
    r"\b(?:ha(?:ve|s)|given|provided with|granted|gain) (?:remote |read-only |direct )?access\b|\bcan access\b|\bwill access\b"
    r"|\b(?:use|uses|using) remote access\b|\bable to view\b",
    re.IGNORECASE,
)
_HOLDER_AFTER = re.compile(rf"\b(?:within|held (?:by|within|in|at)|hosted (?:by|within|in|at)|provided by|at|in) (?:the )?{M}", re.IGNORECASE)
# systems whose holder a sentence may leave to its context
SYSTEMS = {
    "risk stratification": re.compile(r"\brisk[- ]stratification (?:tool|system)|\brisk scores\b", re.IGNORECASE),
    "tnr": re.compile(r"\btNR\b|\btemporary national repository\b", re.IGNORECASE),
    "dashboard": re.compile(r"\bdashboard(?: tool)?\b", re.IGNORECASE),
    "data warehouse": re.compile(r"\bdata warehouse\b", re.IGNORECASE),
    "cef": re.compile(r"\bCEfF\b|\bControlled Environment for Finance\b", re.IGNORECASE),
}
_HOSTS = [
    # "the CEfF within the data processor", "the Controlled Environment for Finance (CEfF) at X"
    re.compile(rf"(?P<sys>{{sys}})(?: \([^()⟦]*\))? (?:within|at|hosted by|held by|provided by) (?:the )?{M}", re.IGNORECASE),
    # "<system> held within X", "<system> hosted by X"
    re.compile(rf"(?P<sys>{{sys}})[^.;⟦]{{0,40}}?\b(?:held|hosted|stored|based) (?:within|by|in|at) (?:the )?{M}", re.IGNORECASE),
    # "X who hosts the <system>", "X (in capacity of <system> host)"
    re.compile(rf"{M}(?: ?\([^()⟦]*\))?,? (?:who |which |that )?(?:hosts|host|holds) (?:the )?[^.;⟦]{{0,30}}?(?P<sys>{{sys}})", re.IGNORECASE),
    re.compile(rf"{M} \(in (?:the )?capacity of (?:the )?(?:[\w-]+ ){{0,3}}?(?P<sys>{{sys}})[^()]{{0,30}}host\)", re.IGNORECASE),
    # "stored on a repository server within X, known as the temporary national repository (tNR)"
    re.compile(rf"\bwithin (?:the )?{M}, known as (?:the )?[^.;⟦]{{0,60}}?(?P<sys>{{sys}})", re.IGNORECASE),
]
_DATA_PROCESSOR_HEADING = re.compile(rf"^\s*data processor \d+\s*[–—-]\s*(?:the )?{M}", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-z][.)]|\([a-z0-9]+\)|[•·\-–o§])\s*", re.IGNORECASE)
# a numbered step or list item: the state of "the data" is looked for back to its start only
_STEP_START = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\([a-z]\)|[a-z][.)]|[•·]\s)", re.IGNORECASE)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    marked: str
    mentions: list[Mention]

    def mention(self, index: str | int) -> Mention:
        return self.mentions[int(index)]

    @cached_property
    def is_heading(self) -> bool:
        """A short line of its own without final punctuation: "Data Processor 1 – North of England CSU"."""
        stripped = self.text.strip()
        return "\n" not in stripped and len(stripped) < 120 and not re.search(r"[.;,]$", stripped)


@dataclass
class _Context:
    """What the section has said so far that later sentences leave implicit."""

    previous_subject: Mention | None = None
    heading_org: Mention | None = None
    receiver: Mention | None = None  # the organisation that "obtains" / "receives" the data sets listed next
    processor: Mention | None = None  # the organisation of the last "Data Processor N – X" heading
    block: list[str] = field(default_factory=list)  # sentences of the current numbered block, latest last


def _marked(text: str, start: int, mentions: list[Mention]) -> str:
    pieces, at = [], start
    for i, m in enumerate(mentions):
        pieces.append(text[at:m.start])
        pieces.append(f"⟦{i}⟧")
        at = m.end
    return "".join(pieces)


#: kinds whose "the X" means the one of that kind named last in the section
SECTION_DEFINITE_KINDS = ("DSCRO", "CSU")
_SINGULAR_DEFINITE = re.compile(r"(?i)^(?:the|this|that)\s+(?:DSCRO|CSU|Data Services for Commissioners Regional Office(?: \(DSCRO\))?|Commissioning Support Unit(?: \(CSU\))?)$")


def sentences_of(view: TextView) -> list[_Sentence]:
    """The sentences of ``view`` with their mentions marked; "the DSCRO" / "the CSU" after a named one stand for it."""
    out = []
    last_named: dict[str, Mention] = {}
    mentions = view.mentions
    j = 0
    for start, end in view.sentences:
        # trim the sentence to its text (no trailing newline / spaces)
        raw = view.text[start:end]
        end = start + len(raw.rstrip())
        start = start + (len(raw) - len(raw.lstrip()))
        while j < len(mentions) and mentions[j].start < start:
            j += 1
        inside = []
        k = j
        while k < len(mentions) and mentions[k].end <= end:
            m = mentions[k]
            if m.is_ref and m.kind in last_named and _SINGULAR_DEFINITE.match(m.text.strip()):
                named = last_named[m.kind]
                m = Mention(m.start, m.end, m.text, m.kind, named.org_id, definite=True)
            elif not m.is_ref and m.kind in SECTION_DEFINITE_KINDS:
                last_named[m.kind] = m
            inside.append(m)
            k += 1
        out.append(_Sentence(start, end, view.text[start:end], _marked(view.text, start, inside) + view.text[inside[-1].end:end] if inside else view.text[start:end], inside))
    return out


# --- the extraction ---------------------------------------------------------------------------


_ANY_SYSTEM = re.compile("|".join(f"(?:{p.pattern})" for p in SYSTEMS.values()), re.IGNORECASE)
_HOST_PATTERNS = {
    key: [re.compile(template.pattern.replace("{sys}", system.pattern), re.IGNORECASE) for template in _HOSTS]
    for key, system in SYSTEMS.items()
}


def find_hosts(view: TextView, sentences: list[_Sentence] | None = None) -> dict[str, list]:
    """System key -> endpoint of the organisation that holds it, as the text states."""
    hosts: dict[str, list] = {}
    for s in sentences if sentences is not None else sentences_of(view):
        if not s.mentions or not _ANY_SYSTEM.search(s.marked):
            continue
        for key, system in SYSTEMS.items():
            if key in hosts or not system.search(s.marked):
                continue
            for pattern in _HOST_PATTERNS[key]:
                match = pattern.search(s.marked)
                if match:
                    index = next(g for g in match.groups() if g is not None and g.isdigit())
                    hosts[key] = s.mention(index).endpoint()
                    break
    return hosts


def find_flows(
    view: TextView,
    *,
    datasets: Callable[[str], list[str]] = lambda text: [],
    lookup: Callable[[str, str], str | None] = lambda name, kind: None,
    sentences: list["_Sentence"] | None = None,
    hosts: dict[str, list] | None = None,
) -> list[dict]:
    """The flows ``view``'s text states, as JSON-able dicts.

    Each dict: ``source`` and ``target`` endpoints (see the module docstring),
    ``state``, ``mode``, ``datasets`` (canonical names, from ``datasets(text)``),
    ``start``/``end`` (character offsets of the evidence sentence).
    ``lookup(name, kind)`` gives the id of the organisation of that kind so named, for list items the
    recogniser cannot know are organisations ("2.5 South" under "DSCROs:").
    """
    sentences = sentences if sentences is not None else sentences_of(view)
    hosts = hosts if hosts is not None else find_hosts(view, sentences)
    listed = _listed_organisations(sentences, lookup)
    flows: list[dict] = []
    ctx = _Context()

    def emit(s: _Sentence, source, target, *, mode="transfer", extra_text: str = "", window: str | None = None):
        sources = _expand(source, listed)
        targets = _expand(target, listed)
        state = detect_state(window if window is not None else s.text, s.text, *(reversed(ctx.block[-2:])))
        if state == "unspecified" and mode == "access" and n + 1 < len(sentences):
            # what the users see is often said next: "The only identifier available to GPs is the NHS numbers …"
            after = sentences[n + 1]
            if "\n" not in view.text[s.end: after.start] and not _STEP_START.match(after.text):
                state = detect_state(after.text)
        # a verbless fragment just before, in the same step, is the start of this sentence's list of data sets
        fragment = ctx.block[-1] if ctx.block and not _FLOW_VERB_RE.search(ctx.block[-1]) and not _STEP_START.match(s.text) else ""
        found = sorted(set(datasets("\n".join(t for t in (fragment, s.text, extra_text) if t))))
        for src in sources:
            for tgt in targets:
                if src[:2] == tgt[:2]:
                    continue
                flows.append(
                    {"source": src, "target": tgt, "state": state, "mode": mode, "datasets": found, "start": s.start, "end": s.end}
                )

    for n, s in enumerate(sentences):
        # the state of "the data" is looked for within the paragraph and numbered step only
        new_paragraph = n == 0 or "\n" in view.text[sentences[n - 1].end: s.start]
        if not s.mentions:  # nothing to extract but a list below; keep the context up to date
            _listed_below(s, sentences, n, ctx, emit)
            if s.is_heading or new_paragraph or _STEP_START.match(s.text):
                ctx.block = []
            ctx.block.append(s.text)
            if s.is_heading:
                ctx.previous_subject = None
            continue
        following = _following_list(sentences, n)
        if _STEP_START.match(s.text) or s.is_heading or new_paragraph:
            ctx.block = []
        heading = _DATA_PROCESSOR_HEADING.match(s.marked)
        if heading:
            ctx.heading_org = ctx.processor = s.mention(heading.group(1))
        elif s.is_heading and s.marked.strip().startswith("⟦0⟧"):
            ctx.heading_org = s.mentions[0]
        if ctx.processor is not None and not ctx.processor.is_ref and not heading:
            # under "Data Processor 2 – AQuA", "the data processor" is AQuA
            s.mentions = [
                Mention(m.start, m.end, m.text, ctx.processor.kind, ctx.processor.org_id, definite=True)
                if m.kind == PROCESSOR else m
                for m in s.mentions
            ]
        _flows_of_sentence(s, sentences, n, ctx, hosts, emit, following)
        _listed_below(s, sentences, n, ctx, emit)
        ctx.block.append(s.text)
        if s.is_heading:
            ctx.previous_subject = None
        else:
            ctx.previous_subject = _subject(s) or ctx.previous_subject
    return flows


def _flows_of_sentence(s: _Sentence, sentences, n, ctx: _Context, hosts, emit, following: str) -> None:
    marked = s.marked
    done: set[tuple[int, int]] = set()  # (source index, target index) already emitted from this sentence

    def targeted(t: int) -> bool:
        return any(pair[1] == t for pair in done)

    def ok(a: int, b: int) -> bool:
        """The clause from a to b states the flow (no prohibition, condition or hypothesis)."""
        lo = _clause_start(marked, a)
        return not _NOT_A_FLOW.search(marked[lo:b])

    # exchanged between X and Y: a flow each way
    for match in _EXCHANGE.finditer(marked):
        if ok(match.start(), match.end()):
            a, b = s.mention(match.group(1)), s.mention(match.group(2))
            emit(s, a.endpoint(), b.endpoint())
            emit(s, b.endpoint(), a.endpoint())
            done.add((int(match.group(1)), int(match.group(2))))
    # from X to Y
    if _FLOW_VERB_RE.search(marked) or _RECEIVE_WORD.search(marked):
        for match in _FROM_TO.finditer(marked):
            pair = (int(match.group(1)), int(match.group(2)))
            if pair in done or not ok(match.start(), match.end()):
                continue
            done.add(pair)
            emit(s, s.mention(pair[0]).endpoint(), s.mention(pair[1]).endpoint(), window=marked[_clause_start(marked, match.start()):match.end()])
    for match in _BY_FROM.finditer(marked):
        pair = (int(match.group(2)), int(match.group(1)))
        if pair not in done and ok(match.start(), match.end()):
            done.add(pair)
            emit(s, s.mention(pair[0]).endpoint(), s.mention(pair[1]).endpoint(), window=match.group(0))
    for match in _FROM_BY.finditer(marked):
        pair = (int(match.group(1)), int(match.group(2)))
        if pair not in done and ok(match.start(), match.end()):
            done.add(pair)
            emit(s, s.mention(pair[0]).endpoint(), s.mention(pair[1]).endpoint(), window=match.group(0))
            ctx.receiver = s.mention(pair[1])
    # Y receives … from X
    for match in _RECEIVE_FROM.finditer(marked):
        pair = (int(match.groups()[-1]), int(match.group(1)))
        if pair in done or not ok(match.start(), match.end()):
            continue
        done.add(pair)
        target = s.mention(pair[1])
        emit(s, s.mention(pair[0]).endpoint(), target.endpoint(), window=match.group("what"))
        ctx.receiver = target
    # a DSCRO receives / obtains national data without a named source: from NHS Digital
    for pattern in (_RECEIVE, _OBTAINS):
        for match in pattern.finditer(marked):
            target = s.mention(match.group(1))
            what = match.groupdict().get("what") or ""
            ctx.receiver = target
            if re.search(r"\bfrom\b", what, re.IGNORECASE) or not ok(match.start(), match.end()):
                continue
            source = None
            for inner in _MARK.finditer(what):
                if s.mention(inner.group(1)).kind == "NHSDigital":
                    source = s.mention(inner.group(1)).endpoint()
            if source is None and target.kind == "DSCRO":
                source = ["org", "nhs-digital", ""]
            if source is not None and (int(match.group(1)), -1) not in done:
                done.add((int(match.group(1)), -1))
                emit(s, source, target.endpoint(), extra_text=following, window=what)
    # "(received directly from providers)": the receiver is the DSCRO that obtains the list
    for match in _RECEIVED_FROM.finditer(marked):
        before = marked[: match.start()]
        if _MARK.search(before) and not re.match(r"^\s*(?:\d+[.)]\s*)?[^⟦]*\($", before):
            continue  # the sentence names its own receiver (handled above)
        if ctx.receiver is not None and ok(match.start(), match.end()):
            emit(s, s.mention(match.group(1)).endpoint(), ctx.receiver.endpoint())
    # access: "GPs have access to the risk stratification tool (within the data processor)"
    access = _ACCESS_PHRASE.search(marked)
    if access and is_access(marked):
        _access_flow(s, access, ctx, hosts, emit, ok)
    # X (then) passes / sends / transfers / supplies / submits … to Y; "… is passed securely to Y"
    for verb in _FLOW_VERB_RE.finditer(marked):
        if verb.group(0).lower() in _NOUN_TOO and _ARTICLE_BEFORE.search(marked, 0, verb.start()):
            continue  # a noun: "the transfer of", "a flow of"
        if _PURPOSE_BEFORE.search(marked[: verb.start()]):
            continue  # a purpose, not a statement: "In order to provide a national view … to all CCGs"
        if _FOR_BEFORE.search(marked[: verb.start()]) and _recipient_before(marked, verb.start(), done):
            continue  # "… flow the data to AGEM for upload to the tNR": the recipient's next step, not the subject's
        target_match = _first_target(s, verb.end())
        if target_match is None:
            if _DISSEMINATED_AS_FOLLOWS.search(marked) and n + 1 < len(sentences):
                _as_follows(s, sentences[n + 1], verb, ctx, emit, ok, done)
            else:
                _system_target(s, verb, ctx, hosts, emit, ok, done)
            continue
        t_index = int(target_match.group(1))
        target = s.mention(t_index)
        if targeted(t_index) or _SERVICE_OBJECT.search(marked[verb.end(): target_match.start()]):
            continue
        passive = bool(_PASSIVE_BEFORE.search(marked[: verb.start()]))
        agent = None
        if passive:  # "… is submitted to NHS England by the CSU"; "… is sent by X to Y"
            agent = _AGENT_AFTER.match(marked, target_match.end(), _clause_end(marked, target_match.end()))
            agent = agent or _AGENT_BETWEEN.match(marked, verb.end(), target_match.start())
        source = int(agent.group(1)) if agent else _source_before(marked, verb.start(), passive)
        # "… to the CCG and NHS England": every target of the list
        targets = [t_index] + [int(i) for i in _MARK.findall(_more_targets(marked, target_match.end()))]
        for t_index in targets:
            target = s.mention(t_index)
            if source is not None:
                src = s.mention(source)
                if (source, t_index) in done or source == t_index:
                    continue
                if not ok(_mark_start(marked, source), target_match.end()):
                    continue
                done.add((source, t_index))
                emit(s, src.endpoint(), target.endpoint(), extra_text=following, window=marked[_clause_start(marked, _mark_start(marked, source)):target_match.end()])
            else:
                if not ok(verb.start(), target_match.end()):
                    continue
                implicit = _implicit_source(target, ctx, passive)
                if implicit is None or (-1, t_index) in done:
                    continue
                done.add((-1, t_index))
                emit(s, implicit, target.endpoint(), extra_text=following, window=marked[_clause_start(marked, verb.start()):target_match.end()])


_MORE_TARGETS = re.compile(r"(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?⟦\d+⟧(?:\s*\([^()⟦]*\))?)+")


def _more_targets(marked: str, at: int) -> str:
    """The "and Y", ", Z" right after a target."""
    bracket = _BRACKET_NEXT.match(marked, at)
    match = _MORE_TARGETS.match(marked, bracket.end() if bracket else at)
    return match.group(0) if match else ""


_TO_SYSTEM = re.compile(r"\s*(?:\S+\s+){0,12}?(?:to|into|onto) (?:the |a )?(?:[\w-]+ ){0,3}?", re.IGNORECASE)


def _system_target(s: _Sentence, verb, ctx: _Context, hosts, emit, ok, done) -> None:
    """"The DSCRO pushes … the identifiable SUS+ data into the CEfF": the system's holder is the target."""
    marked = s.marked
    end = _clause_end(marked, verb.end())
    lead = _TO_SYSTEM.match(marked, verb.end(), end)
    if lead is None or "⟦" in lead.group(0):
        return
    for key, system in SYSTEMS.items():
        found = system.match(marked, lead.end(), end)
        if not found:
            continue
        passive = bool(_PASSIVE_BEFORE.search(marked[: verb.start()]))
        source = _source_before(marked, verb.start(), passive)
        if source is None or (source, -3) in done or not ok(_mark_start(marked, source), found.end()):
            return
        done.add((source, -3))
        # data put into a system whose holder no text of the agreement names goes nowhere we can tell
        emit(s, s.mention(source).endpoint(), hosts.get(key, ["system", key, "named-holder-only"]))
        return


_LISTED_BELOW = re.compile(r"\b(?:data )?processors?,? (?:as |are )?(?:listed|set out|detailed|described) below\b", re.IGNORECASE)


def _listed_below(s: _Sentence, sentences, n: int, ctx: _Context, emit) -> None:
    """"The pseudonymised dataset will then flow to other data processors, as listed below": to each heading's organisation."""
    listed = _LISTED_BELOW.search(s.marked)
    if listed is None or not _FLOW_VERB_RE.search(s.marked) or _NOT_A_FLOW.search(s.marked):
        return
    source = _source_before(s.marked, listed.start(), True)
    if source is not None:
        origin = s.mention(source).endpoint()
    elif ctx.previous_subject is not None:
        origin = ctx.previous_subject.endpoint()
    else:
        return
    for heading in headings_below(sentences, n):
        emit(s, origin, heading.endpoint())


def headings_below(sentences: list[_Sentence], n: int) -> list[Mention]:
    """Organisations named by the headings after sentence ``n`` ("The Health Foundation", "X (in capacity of …)")."""
    out = []
    for s in sentences[n + 1:]:
        if s.is_heading and s.mentions and s.marked.lstrip().startswith("⟦0⟧") and not s.mentions[0].is_ref:
            if re.fullmatch(r"\s*⟦0⟧\s*(?:\([^()]*\))?\s*", s.marked):
                out.append(s.mentions[0])
    return out


def _access_flow(s: _Sentence, access, ctx: _Context, hosts, emit, ok) -> None:
    marked = s.marked
    lo = _clause_start(marked, access.start())
    before = _strip_brackets(marked[lo: access.start()])
    if _ONLY_BEFORE_ACCESS.search(before) or not ok(lo, access.end()):
        return
    subject = _MARK.search(before)
    if subject is None:
        return
    target = s.mention(subject.group(1))
    after = marked[access.end():]
    holder = None
    held = _HOLDER_AFTER.search(after)
    if held:
        holder = s.mention(held.group(1)).endpoint()
    if holder is None or (holder[0] == "ref" and ctx.heading_org is not None and holder[2].lower().endswith("processor")):
        if ctx.heading_org is not None and holder is not None:
            holder = ctx.heading_org.endpoint()
    if holder is None:
        for key, system in SYSTEMS.items():
            if system.search(marked):
                holder = hosts.get(key, ["system", key])
                break
    if holder is None:
        others = [m for i, m in enumerate(s.mentions) if m is not target and not _in_brackets(marked, i)]
        holder = others[0].endpoint() if others else ["applicant"]
    if holder[0] == "ref" and holder[2].lower().endswith("processor"):
        for key, system in SYSTEMS.items():
            if system.search(marked):
                holder = hosts.get(key, ["system", key])
                break
    emit(s, holder, target.endpoint(), mode="access")


def _as_follows(s: _Sentence, heading: _Sentence, verb, ctx, emit, ok, done) -> None:
    """"… completed within the DSCRO and is then disseminated as follows:" + a heading naming the target."""
    if not heading.is_heading or not heading.mentions:
        return
    source = _source_before(s.marked, verb.start(), True)
    if source is None or not ok(0, len(s.marked)):
        return
    target = heading.mentions[0]
    if (source, -2) in done:
        return
    done.add((source, -2))
    emit(s, s.mention(source).endpoint(), target.endpoint())


def _first_target(sentence: "_Sentence", at: int):
    """The first "to ⟦i⟧" after a verb, within the clause; a possessive ("to NHS England's nominated CSU data processor – NECS") moves on to the organisation it qualifies."""
    marked = sentence.marked
    clause_end = _clause_end(marked, at)
    preposition = _PREPOSITION_AFTER.search(marked, at, clause_end)
    if preposition is None:
        return None
    match = _TO_TARGET.match(marked, preposition.start(), clause_end)
    if match is None:
        return None
    rest = marked[match.end(): clause_end]
    if re.match(r"[’']s\b", rest):
        # "to NHS England's nominated CSU data processor – NECS": the organisation named after the
        # possessive; "to the Health Foundation's secure environment": the possessor itself
        later = [m for m in _MARK.finditer(marked, match.end(), clause_end) if not sentence.mention(m.group(1)).is_ref]
        return later[0] if later else match
    return match


def _source_before(marked: str, at: int, passive: bool) -> int | None:
    """The subject of the verb at ``at``: the nearest mention before it in its clause that is not a preposition's object (passive: any, e.g. "completed by X and … is passed to Y")."""
    lo = _clause_start(marked, at, soft=False)
    candidates = list(_MARK.finditer(marked, lo, at))
    for match in reversed(candidates):
        if _in_brackets(marked, int(match.group(1)), match.start()):
            continue
        before = marked[lo: match.start()]
        if re.search(r"\bto\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue
        if passive or not _PREPOSITION_BEFORE.search(before):
            return int(match.group(1))
    return None


def _implicit_source(target: Mention, ctx: _Context, passive: bool):
    previous = ctx.previous_subject
    if previous is not None and previous.endpoint()[:2] != target.endpoint()[:2]:
        return previous.endpoint()
    if target.kind == "DSCRO" and not target.is_ref:
        return ["org", "nhs-digital", ""]  # national data reaching a DSCRO comes from NHS Digital
    if ctx.heading_org is not None and ctx.heading_org.endpoint()[:2] != target.endpoint()[:2]:
        return ctx.heading_org.endpoint()
    return None


def _subject(s: _Sentence) -> Mention | None:
    """The first mention of a sentence outside brackets (what a following passive sentence is about)."""
    for i, m in enumerate(s.mentions):
        if not _in_brackets(s.marked, i):
            return m
    return None


def _expand(endpoint, listed: dict[str, list[list]]) -> list[list]:
    """A plural reference ("The DSCROs listed below", "each DSCRO") -> every listed organisation of its kind."""
    if endpoint[0] == "ref" and endpoint[1] in listed:
        text = endpoint[2]
        if re.match(r"(?i)(?:each|every|all)\b", text) or re.search(r"s$", text.strip()):
            return listed[endpoint[1]]
    return [endpoint]


def _listed_organisations(sentences: list[_Sentence], lookup) -> dict[str, list[list]]:
    """Organisations listed under a heading naming their kind ("DSCROs:" then "2.1 North of England DSCRO" …)."""
    listed: dict[str, list[list]] = {}
    for n, s in enumerate(sentences):
        heading = re.fullmatch(r"\s*(DSCRO|CSU|CCG|ICB)s\s*:?\s*", s.text)
        if not heading:
            continue
        kind = heading.group(1)
        items = []
        for item in sentences[n + 1:]:
            name = _LIST_ITEM.sub("", item.text, count=1).strip()
            if not _LIST_ITEM.match(item.text) or len(name) > 60 or re.search(r"[.;:,]$", name):
                break
            if item.mentions and item.mentions[0].kind == kind and not item.mentions[0].is_ref:
                items.append(item.mentions[0].endpoint())
                continue
            found = lookup(name, kind) if name else None
            if found is not None:
                items.append(["org", found, name, kind])
        if items:
            listed.setdefault(kind, []).extend(items)
    return listed


def _following_list(sentences: list[_Sentence], n: int) -> str:
    """The list items after a sentence that ends with ":" (the data sets it introduces)."""
    if not sentences[n].text.rstrip().endswith(":"):
        return ""
    items = []
    for s in sentences[n + 1: n + 40]:
        if not _LIST_ITEM.match(s.text) and not (items and s.text[:1].islower()):
            break
        if not _RECEIVED_FROM.search(s.marked):  # "Local Provider Flows (received directly from providers)": another source's data
            items.append(s.text)
    return "\n".join(items)


def _recipient_before(marked: str, at: int, done: set[tuple[int, int]]) -> bool:
    """Whether a flow of this sentence already went to an organisation named before ``at``."""
    return any(t >= 0 and _mark_start(marked, t) < at for _, t in done)


def _mark_start(marked: str, index: int) -> int:
    return marked.index(f"⟦{index}⟧")


_HARD_BOUNDARY = re.compile(r"[.;:](?:\s|$)|\n(?=\s*(?:[•·\-–]|\d+[.)]))")
_SOFT_BOUNDARY = re.compile(r"[.;:](?:\s|$)|\n(?=\s*(?:[•·\-–]|\d+[.)]))|,\s")
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def _clause_start(marked: str, at: int, soft: bool = True) -> int:
    """Where the clause holding ``at`` starts: after the last ". ", ";", ":" (and, if ``soft``, ", ") before it."""
    last = 0
    for match in (_SOFT_BOUNDARY if soft else _HARD_BOUNDARY).finditer(marked, 0, at):
        last = match.end()
    return last


def _clause_end(marked: str, at: int) -> int:
    match = _CLAUSE_END.search(marked, at)
    return match.start() if match else len(marked)


def _in_brackets(marked: str, index: int, at: int | None = None) -> bool:
    at = _mark_start(marked, index) if at is None else at
    before = marked[:at]
    return before.count("(") > before.count(")")


def _strip_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)

