"""Data flows stated in one free-text section: who passes data to whom, in what state.

The rules read the sentences of :mod:`nhskg.nlp.marked` (organisation
mentions replaced by ``⟦i⟧``, the section's heading context already resolved)
and are listed, top to bottom, in :data:`FLOW_RULES`: each row is one
sentence shape with a name.  A :class:`PairRule` is pure data (a pattern over
the marked sentence, which mention is the source and which the target, what
the match sets); a :class:`ShapeRule` names a function for the shapes whose
ends depend on the sentence's context (an implicit subject, the system's
holder, the headings below).  :func:`find_flows` applies every row to every
sentence in one loop, with one dedupe key per sentence (source, target), and
every flow records the name of the rule that made it.

What a sentence leaves implicit comes from its context in the section: the
subject of the previous sentence (passives), the heading ("Data Processor 2
– AQuA (via DP1)"), the DSCRO that "obtains" the data sets listed after it,
the DSCROs "listed below", the organisation that hosts a system ("the risk
stratification tool held within North of England CSU").  Prohibitions,
conditions and hypotheticals are skipped (:data:`nhskg.nlp.lexicon.NOT_A_FLOW`).

The output depends only on the text, so it is cached per distinct text;
references that only the agreement can resolve ("the CCG" = its controllers,
an unnamed "DSCRO") stay symbolic endpoints (:mod:`nhskg.nlp.facts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from . import flows_applicant, flows_dur, flows_lists, outputs, user_lists
from .cues import Gate, foldable
from .facts import ApplicantEnd, DroppedFlow, Endpoint, FoundFlow, OrgEnd, RefEnd, SystemEnd, acronym_end
from .lexicon import (
    ACCESS_PHRASE,
    FLOW_VERB_RE,
    LISTED_AS_PROCESSOR,
    LISTED_BELOW,
    NON_DATA_SUBJECT,
    NOT_A_FLOW,
    NOT_RECIPIENT_WORDS,
    NOUN_TOO,
    OUTPUT_NOUNS,
    SERVICE_OBJECT,
    SUPPORT_ACCESS,
    SYSTEM_PATTERNS,
    TO_ACRONYM,
)
from .marked import (
    CONTROLLER,
    MARK,
    M,
    Mention,
    Sentence,
    TextView,
    clause_end,
    clause_start,
    definite_kinds_pattern,
    headings_below,
    in_brackets,
    mark_start,
    sentences_of,
    strip_brackets,
)
from .party_lists import expand_group, find_groups
from .slot_names import NOT_FIRST_WORDS, SUBJECT_NAME, subject_name
from .states import detect_state, find_state, find_state_at, is_access

#: The national releasing body, the source of national data a DSCRO receives without a named source.
NHS_DIGITAL_END = OrgEnd("nhs-digital")

# --- patterns over the marked sentence ---------------------------------------------------

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
    rf"{M}(?: ?\([^()⟦]*\))?,? (?:(?:also|then|will|shall|each|in addition,?|directly) )*(?:receives?|obtains?)\b(?P<what>[^.;]*?)\bfrom (?:the )?{M}",
    re.IGNORECASE,
)
#: "Oracle also receives data that has been pseudonymised at source by providers": whoever readied the data sent it
_RECEIVE_MADE_BY = re.compile(
    rf"{M}(?: ?\([^()⟦]*\))?,? (?:(?:also|then|will|shall|each|directly) )*(?:receives?|obtains?) "
    rf"(?P<what>(?:the )?(?:[\w-]+ ){{0,3}}?(?:data|files?|extracts?|records)(?: (?:that|which) (?:has|have) been| (?:that|which) (?:is|are))? "
    rf"(?:[\w-]+ ){{0,1}}?\w+ed (?:at source )?)by (?:the |each |all )?{M}",
    re.IGNORECASE,
)
_RECEIVE = re.compile(
    rf"{M}(?: ?\([^()⟦]*\))?(?: listed below)?,? (?:(?:also|then|will|shall|each|in addition,?) )*receives?\b(?P<what>[^.;]*)",
    re.IGNORECASE,
)
_OBTAINS = re.compile(rf"{M}(?: ?\([^()⟦]*\))? (?:(?:also|then|will) )*obtains?\b(?P<what>[^.;]*)", re.IGNORECASE)
# "Data sharing from Monitor to NHS TDA and NHS England": a sender the recogniser did not mark, named between "from" and "to"
_FROM_NAME_TO = re.compile(
    r"\bfrom (?:the )?(?P<name>[A-Z][\w&’'-]*(?: (?:of |for |and |& )?[A-Z][\w&’'-]*){0,4}) to (?:the )?⟦(?P<target>\d+)⟧"
)
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _from_name_to(st: _SentenceState) -> None:
    """"Data sharing from Monitor to NHS TDA": the unmarked sender is the applicant when its name is the applicant's.

    Resolution decides (``ApplicantEnd(surface)``): a name that is not the applicant's is no one's, and the flow is
    reported as left out, never given to another organisation.
    """
    marked = st.marked
    if not _FLOW_OR_RECEIVE.search(marked) and not _DATA_MOVING.search(marked):
        return
    for match in _FROM_NAME_TO.finditer(marked):
        name = match.group("name")
        first = name.split()[0].lower()
        if first in NOT_FIRST_WORDS or first in _MONTHS or name in _KNOWN_NOT_ORGS() or not st.ok(match.start(), match.end()):
            continue
        targets = [int(match.group("target"))] + [int(i) for i in MARK.findall(_more_targets(marked, match.end()))]
        window = marked[clause_start(marked, match.start()):match.end()]
        for target in targets:
            st.emit("from-named-to", ApplicantEnd(name), target, window=window)


#: Nouns of data moving, for a sentence with no flow verb: "Data sharing from X to Y", "Flow of data from X to Y"
_DATA_MOVING = re.compile(r"\b(?:data (?:sharing|flows?|transfers?)|(?:flows?|transfers?) of data)\b", re.IGNORECASE)

# "NHS Digital grant NHS England the ability to carry out analysis on HES data", "X will give Y remote access to …"
_GRANTS_ACCESS = re.compile(
    rf"{M},? (?:(?:will|shall|also|then|now) )*(?:grants?|gives?|provides?) (?:the )?{M} (?:with )?"
    r"(?:(?:remote|secure|online|direct|read-only) )?(?:access to (?:the |this )?(?:[\w-]+ ){0,3}?data\b|the ability to "
    r"(?:access|analyse|carry out analys[ie]s|query|view|download))",
    re.IGNORECASE,
)
_RECEIVED_FROM = re.compile(rf"\breceived (?:directly |securely )?from (?:the )?{M}", re.IGNORECASE)
_EXCHANGE = re.compile(rf"\bexchanged? (?:\w+ ){{0,3}}between (?:the )?{M} and (?:the )?{M}", re.IGNORECASE)
_TO_TARGET = re.compile(
    rf"\b(?:to|with|into|onto) (?:the |each |both )?"
    rf"(?:(?:[\w-]+ ){{0,4}}?(?:environment|system|tool|repository|server|warehouse|platform|CEfF|tNR|database|portal"
    # "to the SAIL databank/UK SeRP at the Swansea University"
    rf"|databank|data bank|safe haven"
    # the people or part of an organisation the data reaches: "to the data management team of ⟦j⟧", "researchers at ⟦j⟧"
    rf"|teams?|units?|departments?|directorates?|analysts|researchers)(?:/[\w-]+)?"
    rf"(?: (?!within|at|in|of|hosted|held|provided|managed)[\w-]+){{0,3}}(?: \([^()⟦]*\))?"
    rf" (?:within|at|in|of|hosted by|held by|provided by|managed by) (?:the )?)?{M}",
    re.IGNORECASE,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|of)\s+$", re.IGNORECASE)
_PURPOSE_BEFORE = re.compile(r"\b(?:in order|so as) to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "for upload to", "for onward transfer to": a purpose whose agent is whoever holds the data then
_FOR_BEFORE = re.compile(r"\bfor\s+(?:onward\s+|subsequent\s+|further\s+)?$", re.IGNORECASE)
# "… is submitted to NHS England by the CSU"
# "… is sent by X to Y", "… will be transferred in full, by NHS Digital, to …"
_AGENT_BETWEEN = re.compile(rf"\s*(?:\w+,?\s+){{0,2}}?by (?:the |each )?{M}\s*(?:\([^()⟦]*\)\s*)?,?\s*$", re.IGNORECASE)
_BRACKET_NEXT = re.compile(r"\s*\([^()⟦]*\)")
_AGENT_AFTER = re.compile(rf"[^⟦.;]{{0,40}}?\bby (?:the |each )?{M}", re.IGNORECASE)
_PREPOSITION_AFTER = re.compile(
    r"\b(?:to|into|onto)\b(?! (?:provide|support|undertake|enable|create|ensure|allow|meet|help|upload|be|have|the tNR))"
    # "audited as fully compliant with NHS Digital's … rules": a standard, not a recipient
    r"|(?<!compliant )(?<!compliance )(?<!line )(?<!accordance )(?<!consistent )(?<!comply )(?<!complies )\bwith(?= (?:the )?⟦)",
    re.IGNORECASE,
)
_DISSEMINATED_AS_FOLLOWS = re.compile(r"\bdisseminated as follows\s*:?\s*$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|been|being|was|were)\s+(?:(?:then|securely|also|only|directly|subsequently|further)\s+)*$", re.IGNORECASE)
#: A participle right after the data it qualifies: "The Data supplied by ⟦0⟧ to ⟦1⟧ will be used only for …"
_REDUCED_RELATIVE = re.compile(r"\b(?:data|records?|files|extracts?|information)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ed|sent", re.IGNORECASE)
#: A second passive verb sharing the first one's "is": "Data is pseudonymised within ⟦0⟧ and released to ⟦1⟧".
_COORDINATED_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|be|been|was|were)\s+(?:\w+\s+)?\w+ed\b(?:\s+(?:by|within|at|in)\s+(?:the\s+)?⟦\d+⟧)?\s+and\s+(?:then\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|with|of|for|by|within|in|on|into|onto|between|via|at|under|than|as|including|behalf of)\s+(?:the\s+|all\s+|each\s+)?$",
    re.IGNORECASE,
)
_ONLY_BEFORE_ACCESS = re.compile(r"\bonly\b", re.IGNORECASE)
_HOLDER_AFTER = re.compile(rf"\b(?:within|held (?:by|within|in|at)|hosted (?:by|within|in|at)|provided by|at|in) (?:the )?{M}", re.IGNORECASE)
_HOSTS = [
    # "the CEfF within the data processor", "the Controlled Environment for Finance (CEfF) at X"
    re.compile(rf"(?P<sys>{{sys}})(?: \([^()⟦]*\))? (?:within|at|hosted by|held by|provided by|located (?:in|within|at)) (?:the )?{M}", re.IGNORECASE),
    # "<system> held within X", "<system> hosted by X"
    re.compile(rf"(?P<sys>{{sys}})[^.;⟦]{{0,40}}?\b(?:held|hosted|stored|based) (?:within|by|in|at) (?:the )?{M}", re.IGNORECASE),
    # "X who hosts the <system>", "X (in capacity of <system> host)"
    re.compile(rf"{M}(?: ?\([^()⟦]*\))?,? (?:who |which |that )?(?:hosts|host|holds) (?:the )?[^.;⟦]{{0,30}}?(?P<sys>{{sys}})", re.IGNORECASE),
    re.compile(rf"{M} \(in (?:the )?capacity of (?:the )?(?:[\w-]+ ){{0,3}}?(?P<sys>{{sys}})[^()]{{0,30}}host\)", re.IGNORECASE),
    # "stored on a repository server within X, known as the temporary national repository (tNR)"
    re.compile(rf"\bwithin (?:the )?{M}, known as (?:the )?[^.;⟦]{{0,60}}?(?P<sys>{{sys}})", re.IGNORECASE),
]
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-z][.)]|\([a-z0-9]+\)|[•·\-–o§])\s*", re.IGNORECASE)
# a numbered step or list item: the state of "the data" is looked for back to its start only
_STEP_START = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\([a-z]\)|[a-z][.)]|[•·]\s)", re.IGNORECASE)

# --- the rules table -----------------------------------------------------------------------


@dataclass
class _SentenceState:
    """One sentence being read: its context, and the pairs its flows already joined (the dedupe key)."""

    s: Sentence
    sentences: list[Sentence]
    n: int
    ctx: _Context
    hosts: dict[str, Endpoint]
    emit_flow: Callable
    following: str
    text_kinds: frozenset[str] = frozenset()  # the kinds of every mention of the whole text ("does it name a DSCRO?")
    done: set[tuple] = field(default_factory=set)  # (source key, target key) already emitted from this sentence
    recipients: set[int] = field(default_factory=set)  # mentions a flow of this sentence went to
    dropped: list = field(default_factory=list)  # DroppedFlow: flows left out, with why

    @property
    def marked(self) -> str:
        return self.s.marked

    def ok(self, a: int, b: int) -> bool:
        """The clause from a to b states the flow (no prohibition, condition or hypothesis)."""
        lo = clause_start(self.marked, a)
        return not NOT_A_FLOW.search(self.marked[lo:b])

    def unmarked_subject(self, at: int) -> str | None:
        """The name-like subject of the verb at ``at`` that the recogniser did not mark ("IMS Health will receive …")."""
        return _unrecognised_subject(self.marked, at)

    def drop(self, reason: str) -> None:
        """Leave out a flow this sentence states, saying why (reported as a warning with the sentence's location)."""
        self.dropped.append(DroppedFlow(self.s.start, self.s.end, reason))

    def emit(self, rule: str, source: Endpoint | int, target: Endpoint | int, *, key: tuple | None = None,
             recipient: bool = True, **kwargs) -> bool:
        """Emit the flow source -> target (mention indexes or endpoints) unless this sentence already joined them."""
        key = key or (_key(source), _key(target))
        if key in self.done:
            return False
        self.done.add(key)
        if recipient and isinstance(target, int):
            self.recipients.add(target)
        src = self.s.mention(source).endpoint() if isinstance(source, int) else source
        tgt = self.s.mention(target).endpoint() if isinstance(target, int) else target
        self.emit_flow(self.s, src, tgt, rule=rule, **kwargs)
        return True


def _key(end: Endpoint | int) -> tuple:
    return ("mention", end) if isinstance(end, int) else end.key


@dataclass(frozen=True)
class PairRule:
    """A sentence shape that names both ends: ``pattern``'s groups ``source`` and ``target`` hold their marks.

    ``needs``: the sentence must also match it (a flow verb); ``both_ways``: a flow each way ("exchanged
    between"); ``window``: the text whose state words count (``"clause"`` from the clause start to the match's
    end, ``"match"``, or a named group); ``sets_receiver``: the target is the organisation that receives the
    data sets listed next.
    """

    name: str
    pattern: re.Pattern
    source: int | str
    target: int | str
    needs: re.Pattern | None = None
    both_ways: bool = False
    window: str | None = None
    sets_receiver: bool = False
    needs_mentions: bool = True
    mode: str = "transfer"

    @cached_property
    def gate(self) -> Gate:
        """The literal cues without which neither ``pattern`` nor ``needs`` can match (:mod:`nhskg.nlp.cues`)."""
        return Gate([self.pattern], *([[self.needs]] if self.needs is not None else []))

    def apply(self, st: _SentenceState) -> None:
        marked = st.marked
        if self.needs is not None and not self.needs.search(marked):
            return
        for match in self.pattern.finditer(marked):
            source, target = int(match.group(self.source)), int(match.group(self.target))
            if (_key(source), _key(target)) in st.done or not st.ok(match.start(), match.end()):
                continue
            window: str | None
            if self.window == "clause":
                window = marked[clause_start(marked, match.start()):match.end()]
            elif self.window == "match":
                window = match.group(0)
            else:
                window = match.group(self.window) if self.window else None
            st.emit(self.name, source, target, window=window, mode=self.mode)
            if self.both_ways:
                st.emit_flow(st.s, st.s.mention(target).endpoint(), st.s.mention(source).endpoint(), rule=self.name)
            if self.sets_receiver:
                st.ctx.receiver = st.s.mention(target)


@dataclass(frozen=True)
class ShapeRule:
    """A sentence shape whose ends depend on context: ``apply(state)`` finds and emits its flows.

    ``needs``: patterns of which the function finds one in the marked sentence before it emits or changes
    anything (it returns having done nothing otherwise); their literal cues let :func:`find_flows` skip the
    sentences that cannot match (:mod:`nhskg.nlp.cues`). Leave it empty when that is not so.
    """

    name: str
    function: Callable[[_SentenceState], None]
    needs_mentions: bool = True  # False: also tried on sentences that name no organisation
    needs: tuple[re.Pattern, ...] = ()

    @cached_property
    def gate(self) -> Gate:
        return Gate(self.needs)

    def apply(self, st: _SentenceState) -> None:
        self.function(st)




_FLOW_OR_RECEIVE = re.compile(FLOW_VERB_RE.pattern + r"|\b(?:receiv|obtain|access)", re.IGNORECASE)
_TO_SYSTEM = re.compile(r"\s*(?:\S+\s+){0,12}?(?:to|into|onto) (?:the |a )?(?:[\w-]+ ){0,3}?", re.IGNORECASE)


@dataclass
class _Context:
    """What the section has said so far that later sentences leave implicit (the flow rules' own state)."""

    previous_subject: Mention | None = None
    receiver: Mention | None = None  # the organisation that "obtains" / "receives" the data sets listed next
    block: list[str] = field(default_factory=list)  # sentences of the current numbered block, latest last
    # the state the "Dataset:" heading of a Data Uses Register block names ("Identifiable Invoice Validation Datasets"):
    # the state of "the data" the steps under its "Processing:" move when they name none; None elsewhere
    dataset_state: str | None = None
    block_state: str | None = None  # that state, kept for the block's "Processing:" heading
    dataset_next: bool = False  # the last heading was "Dataset:": the next one names it


# --- systems and their holders ---------------------------------------------------------------

_ANY_SYSTEM = re.compile("|".join(f"(?:{p.pattern})" for p in SYSTEM_PATTERNS.values()), re.IGNORECASE)
_HOST_PATTERNS = {
    key: [re.compile(template.pattern.replace("{sys}", system.pattern), re.IGNORECASE) for template in _HOSTS]
    for key, system in SYSTEM_PATTERNS.items()
}


def find_hosts(view: TextView, sentences: list[Sentence] | None = None) -> dict[str, Endpoint]:
    """System key -> endpoint of the organisation that holds it, as the text states."""
    hosts: dict[str, Endpoint] = {}
    sentences = sentences if sentences is not None else sentences_of(view)
    for n, s in enumerate(sentences):
        if not s.mentions or not _ANY_SYSTEM.search(s.marked):
            continue
        for key, system in SYSTEM_PATTERNS.items():
            if key in hosts or not system.search(s.marked):
                continue
            for pattern in _HOST_PATTERNS[key]:
                match = pattern.search(s.marked)
                if match:
                    index = next(g for g in match.groups() if g is not None and g.isdigit())
                    hosts[key] = _block_processor(s.mention(index).endpoint(), sentences, n)
                    break
    return hosts


def _block_processor(holder: Endpoint, sentences: list[Sentence], n: int) -> Endpoint:
    """"the risk stratification tool within the data processor" in a block whose "Processors:" list names one: that one (DUR)."""
    if not _is_processor_ref(holder):
        return holder
    listed = flows_lists.accessing_processors(sentences, n)
    return listed[0] if len(listed) == 1 else holder


# --- the extraction ---------------------------------------------------------------------------


def find_flows(
    view: TextView,
    *,
    datasets: Callable[[str], list[str]] = lambda text: [],
    lookup: Callable[[str, str], str | None] = lambda name, kind: None,
    sentences: list[Sentence] | None = None,
    hosts: dict[str, Endpoint] | None = None,
    groups: dict[str, list[OrgEnd]] | None = None,
    dropped_out: list[DroppedFlow] | None = None,
) -> list[FoundFlow]:
    """The flows ``view``'s text states, each with its evidence sentence's offsets and the name of its rule.

    ``datasets(text)`` gives the canonical names of the datasets a text names; ``lookup(name, kind)`` gives
    the id of the organisation of that kind so named, for list items the recogniser cannot know are
    organisations ("2.5 South" under "DSCROs:").  Flows left out because an end is named in words the
    recogniser does not know are appended to ``dropped_out``.

    >>> from nhskg.nlp.marked import TextView, Mention
    >>> text = "The CSU then passes the data to the CCG."
    >>> view = TextView(text, [(0, len(text))], [Mention(0, 7, "The CSU", "CSU"), Mention(32, 39, "the CCG", "CCG")])
    >>> [(f.source.kind, f.target.kind, f.rule) for f in find_flows(view)]
    [('CSU', 'CCG', 'verb-to')]
    """
    sentences = sentences if sentences is not None else sentences_of(view)
    hosts = hosts if hosts is not None else find_hosts(view, sentences)
    listed = _listed_organisations(sentences, lookup)
    groups = groups if groups is not None else find_groups(sentences)
    flows: list[FoundFlow] = []
    ctx = _Context()

    def emit(s: Sentence, source: Endpoint, target: Endpoint, *, rule: str, mode="transfer", extra_text: str = "",
             window: str | None = None, inferred: tuple[str, ...] = (), state_context: tuple[str, ...] = ()):
        sources = _expand(source, listed, groups)
        targets = _expand(target, listed, groups)
        state = detect_state(window if window is not None else s.text, s.text, *(reversed(ctx.block[-2:])), *state_context)
        if state == "unspecified" and extra_text:
            # "… transfers the following to the CSU:" + items that say what state they are in
            state = detect_state(extra_text)
        if state == "unspecified" and mode == "access" and n + 1 < len(sentences):
            # what the users see is often said next: "The only identifier available to GPs is the NHS numbers …"
            after = sentences[n + 1]
            if "\n" not in view.text[s.end: after.start] and not _STEP_START.match(after.text):
                state = detect_state(after.text)
        if state == "unspecified":
            # "NHS England will provide the relevant records … to X. The Data will: contain no direct identifying
            # data items. The Data will be pseudonymised …": the data's state is said in the sentences after
            state = _state_said_next(view.text, sentences, n) or state
        if state == "unspecified" and ctx.dataset_state and _THE_DATA.search(s.text):
            state = ctx.dataset_state
        # a verbless fragment just before, in the same step, is the start of this sentence's list of data sets
        fragment = ctx.block[-1] if ctx.block and not FLOW_VERB_RE.search(ctx.block[-1]) and not _STEP_START.match(s.text) else ""
        found = tuple(sorted(set(datasets("\n".join(t for t in (fragment, s.text, extra_text) if t)))))
        for src in sources:
            for tgt in targets:
                if src.key != tgt.key:
                    flows.append(FoundFlow(src, tgt, state, mode, found, s.start, s.end, rule, inferred))

    dropped: list[DroppedFlow] = []
    # each rule with cues, narrowed to those the text has (None: the rule cannot match anywhere in it)
    gated, lowered = GATED and not foldable(view.text), view.text.lower()
    cues_found: dict[str, bool] = {}  # each cue looked for once per text, whichever rules share it
    gates = [rule.gate.narrow(lowered, cues_found) if gated and rule.gate else True for rule in FLOW_RULES]
    text_kinds = frozenset(m.kind for t in sentences for m in t.mentions)
    for n, s in enumerate(sentences):
        # the state of "the data" is looked for within the paragraph and numbered step only
        new_paragraph = n == 0 or "\n" in view.text[sentences[n - 1].end: s.start]
        if _STEP_START.match(s.text) or s.is_heading or new_paragraph:
            ctx.block = []
        if s.is_heading:
            _follow_dataset_heading(ctx, s.text.strip())
        state = _SentenceState(s, sentences, n, ctx, hosts, emit, _following_list(sentences, n) if s.mentions else "",
                               text_kinds)
        low = None
        for rule, gate in zip(FLOW_RULES, gates, strict=True):
            if gate is None or not (s.mentions or not rule.needs_mentions):
                continue
            if isinstance(gate, Gate):
                low = s.marked.lower() if low is None else low
                if not gate.open(low):
                    continue  # no cue of the rule's patterns in this sentence: it cannot match
            rule.apply(state)
        dropped.extend(state.dropped)
        ctx.block.append(s.text)
        if s.is_heading or _OPENS_WITH_UNMARKED_NAME.match(s.marked):
            # ("IFS have produced a … policy summary. This has been sent to the Health Foundation": the sender is
            # IFS, whom the recogniser did not mark, never a body an older sentence named)
            ctx.previous_subject = None
        elif s.mentions:
            ctx.previous_subject = _subject(s) or ctx.previous_subject
    if dropped_out is not None:
        dropped_out.extend(dropped)
    return flows


_DATASET_HEADING = re.compile(r"Datasets?:", re.IGNORECASE)
#: the data a block's steps move: "the data", and in an invoice validation block the providers' "backing data", which
#: are the invoices' patient-level evidence and are why the Controlled Environment for Finance exists
_THE_DATA = re.compile(r"\b(?:the|this|that|these) data(?:sets?)?\b(?! (?:controllers?|processors?)\b)|\bbacking data\b",
                       re.IGNORECASE)
_DATA_DESCRIBED = re.compile(r"(?:The|This|Such|These|All) (?:record[- ]level )?(?:NHS England )?data(?:sets?)? "
                            r"(?:(?:will|shall|is|are|has|have)\b|(?:contains?|includes?)\b)", re.IGNORECASE)
_SENTENCES_DESCRIBING_THE_DATA = 3


def _state_said_next(text: str, sentences: list[Sentence], n: int) -> str | None:
    """The state the sentences right after sentence ``n`` give "the data" (or its bulleted items), else None.

    Sentences of the same paragraph that say nothing of any state are passed over ("In addition … the
    following data is also disseminated"); any other sentence ends the search.
    """
    describing = False
    for after in sentences[n + 1:n + 1 + _SENTENCES_DESCRIBING_THE_DATA]:
        found = find_state_at(after.text)
        if _DATA_DESCRIBED.match(after.text) or (describing and _BULLET_START.match(after.text)):
            describing = True
            if found:
                # "Such data is, of course, shared in anonymised form with collaborators": the state of another flow
                verb = FLOW_VERB_RE.search(after.text, 0, found[1])
                return None if verb else found[0]
        elif found or "\n" in text[sentences[n].end:after.start]:
            return None
    return None


_BULLET_START = re.compile(r"\s*[•·▪*\-–]")


_PROCESSING_HEADING = re.compile(r"Processing:", re.IGNORECASE)


def _follow_dataset_heading(ctx: _Context, heading: str) -> None:
    """Keep the state a Data Uses Register block's "Dataset:" heading names, for the steps under its "Processing:".

    A block runs "Dataset:", its name, "Data Minimisation:", "Processing:", then "Linkage Method:" or "Processors:";
    the next block starts with a heading in capitals ("COMMISSIONING").
    """
    if _DATASET_HEADING.fullmatch(heading):
        ctx.dataset_next, ctx.block_state, ctx.dataset_state = True, None, None
    elif ctx.dataset_next:
        ctx.dataset_next, ctx.block_state = False, find_state(heading)
    elif _PROCESSING_HEADING.fullmatch(heading):
        ctx.dataset_state = ctx.block_state
    elif heading.isupper():
        ctx.block_state = ctx.dataset_state = None
    elif heading.endswith(":") and not _STEP_START.match(heading):
        ctx.dataset_state = None  # "Linkage Method:", "Processors:": not the block's own steps


def _receives_national(st: _SentenceState) -> None:
    """"The DSCRO receives / obtains the following …" with no source named: from NHS Digital (or the NHS Digital the clause names)."""
    s, marked = st.s, st.marked
    for pattern in (_RECEIVE, _OBTAINS):
        for match in pattern.finditer(marked):
            target_index = int(match.group(1))
            target = s.mention(target_index)
            what = match.groupdict().get("what") or ""
            st.ctx.receiver = target
            # "… also obtains identifiable local provider data … directly from Providers": a named source
            # (receives-from), not NHS Digital
            named_source = r"\bfrom\b" if pattern is _RECEIVE else r"\bfrom (?:the |all )?⟦"
            if re.search(named_source, what, re.IGNORECASE) or not st.ok(match.start(), match.end()):
                continue
            source = None
            for inner in MARK.finditer(what):
                if s.mention(inner.group(1)).kind == "NHSDigital":
                    source = s.mention(inner.group(1)).endpoint()
            if source is None and target.kind == "DSCRO":
                source = NHS_DIGITAL_END
            if source is not None:
                # one national source per receiver; the receiver is the subject here, not a recipient a later verb skips
                st.emit("receives-national", source, target_index, key=("national", target_index), recipient=False,
                        extra_text=st.following, window=what)


def _received_from_listed(st: _SentenceState) -> None:
    """"Local Provider Flows (received directly from providers)": to the DSCRO that obtains the list."""
    marked = st.marked
    for match in _RECEIVED_FROM.finditer(marked):
        before = marked[: match.start()]
        if MARK.search(before) and not re.match(r"^\s*(?:\d+[.)]\s*)?[^⟦]*\($", before):
            continue  # the sentence names its own receiver (handled above)
        if st.ctx.receiver is not None and st.ok(match.start(), match.end()):
            st.emit_flow(st.s, st.s.mention(match.group(1)).endpoint(), st.ctx.receiver.endpoint(), rule="received-from-listed")


def _has_access(st: _SentenceState) -> None:
    """"GPs have access to the risk stratification tool (within the data processor)": holder -> the subject, mode access."""
    s, marked, hosts = st.s, st.marked, st.hosts
    access = ACCESS_PHRASE.search(marked)
    if not (access and is_access(marked)):
        return
    lo = clause_start(marked, access.start())
    before = strip_brackets(marked[lo: access.start()])
    if _ONLY_BEFORE_ACCESS.search(before) or not st.ok(lo, access.end()) or SUPPORT_ACCESS.search(marked, access.end()):
        return  # "… will have access to personal data for support purposes": a processor's support work, no flow
    if _WHO_QUESTION_BEFORE.search(before):
        return  # "The contract between A and B will confirm who will have access to the project database": no one yet
    if _RECORDS_OF_ACCESS_BEFORE.search(before):
        return  # "X must maintain records … of each individual given access": a record of who reaches it
    subject = MARK.search(before)
    if subject is None:
        return
    target = s.mention(subject.group(1))
    after = marked[access.end():]
    holder = None
    held = _HOLDER_AFTER.search(after)
    if held:
        holder = s.mention(held.group(1)).endpoint()
    if holder is None or (_is_processor_ref(holder) and s.heading_org is not None):
        if s.heading_org is not None and holder is not None:
            holder = s.heading_org.endpoint()
    if holder is None:
        holder = _system_holder(marked, hosts, named_holder_only=False)
    if holder is None:
        others = [m for i, m in enumerate(s.mentions) if m is not target and not in_brackets(marked, i)]
        holder = others[0].endpoint() if others else ApplicantEnd()
    if _is_processor_ref(holder):
        holder = _system_holder(marked, hosts, named_holder_only=False) or holder
    # "… within the data processor", "once the Controller / Processor has completed the processing": the block's processors (DUR)
    listed = flows_lists.listed_holders(st, holder)
    # "• Prescribing Services Ltd will only access NHS Leicester … footprint data": "the ICB" it serves is that one
    limits = flows_lists.listed_limits(st.sentences, st.n) if listed and target.is_ref and target.kind in ("ICB", "CCG") else {}
    for each_holder in listed or [holder]:
        st.emit("has-access", each_holder, limits.get(each_holder.key, target.endpoint()), mode="access",
                inferred=("source",) if listed else ())


def _is_processor_ref(end: Endpoint) -> bool:
    return isinstance(end, RefEnd) and end.surface.lower().endswith("processor")


def _system_holder(marked: str, hosts: dict[str, Endpoint], *, named_holder_only: bool) -> Endpoint | None:
    """The holder of the first system the sentence names (as the text states it, else symbolic)."""
    for key, system in SYSTEM_PATTERNS.items():
        if system.search(marked):
            return hosts.get(key, SystemEnd(key, named_holder_only))
    return None


def _verb_to(st: _SentenceState) -> None:
    """"X (then) passes / sends / supplies … to Y", "… is passed securely to Y (by X)", "… to the CCG and NHS England"."""
    s, marked = st.s, st.marked
    for verb in FLOW_VERB_RE.finditer(marked):
        if verb.group(0).lower() in NOUN_TOO and _ARTICLE_BEFORE.search(marked, 0, verb.start()):
            continue  # a noun: "the transfer of", "a flow of"
        if _PURPOSE_BEFORE.search(marked[: verb.start()]):
            continue  # a purpose, not a statement: "In order to provide a national view … to all CCGs"
        if _FOR_BEFORE.search(marked[: verb.start()]) and any(mark_start(marked, t) < verb.start() for t in st.recipients):
            continue  # "… flow the data to AGEM for upload to the tNR": the recipient's next step, not the subject's
        target_match = _first_target(s, verb.end())
        if target_match is None:
            _without_a_marked_target(st, verb)
            continue
        t_index = int(target_match.group(1))
        if t_index in st.recipients or SERVICE_OBJECT.search(marked[verb.end(): target_match.start()]):
            continue
        if _LATER_VERB_OWNS_TARGET.search(marked, verb.end(), target_match.start()):
            continue  # "delays in receiving … data (an application … was submitted to NatCen …)": the later verb's target
        passive = bool(_PASSIVE_BEFORE.search(marked[: verb.start()]) or _COORDINATED_PASSIVE_BEFORE.search(marked[: verb.start()])
                       or (_REDUCED_RELATIVE.search(marked[: verb.start()]) and _PARTICIPLE.fullmatch(verb.group(0))))
        agent = None
        if passive:  # "… is submitted to NHS England by the CSU"; "… is sent by X to Y"
            agent = _AGENT_AFTER.match(marked, target_match.end(), clause_end(marked, target_match.end()))
            # (up to the preposition: "… by X to the Strategy Unit at Y" reaches Y)
            to = _PREPOSITION_AFTER.search(marked, verb.end(), target_match.start())
            agent = agent or _AGENT_BETWEEN.match(marked, verb.end(), to.start() if to else target_match.start())
        source = int(agent.group(1)) if agent else _source_before(marked, verb.start(), passive)
        # "… to the CCG and NHS England": every target of the list
        targets = [t_index] + [int(i) for i in MARK.findall(_more_targets(marked, target_match.end()))]
        # "… is made available to the local authorities users via RBAC access": the recipients reach it
        mode = "access" if _VIA_ACCESS.match(marked, target_match.end() + len(_more_targets(marked, target_match.end()))) else "transfer"
        for t_index in targets:
            target = s.mention(t_index)
            if source is not None:
                if source == t_index or not st.ok(mark_start(marked, source), target_match.end()):
                    continue
                window = marked[clause_start(marked, mark_start(marked, source)):target_match.end()]
                st.emit("verb-to", source, t_index, extra_text=st.following, window=window, mode=mode)
            else:
                if not st.ok(verb.start(), target_match.end()):
                    continue
                unknown = None if passive else _unrecognised_subject(marked, verb.start())
                acronym = acronym_end(unknown, verb.group(0)) if unknown is not None else None
                if acronym is not None:
                    # "STHFT shares …": an acronym another section of the agreement may define (resolved there)
                    window = marked[clause_start(marked, verb.start()):target_match.end()]
                    st.emit("verb-to", acronym, t_index, extra_text=st.following, window=window)
                    continue
                named = subject_name(unknown) if unknown is not None else None
                if named is not None:
                    # "Picker Institute Europe supply …": a name the subject position introduces (issue 10)
                    window = marked[clause_start(marked, verb.start()):target_match.end()]
                    st.emit("verb-to", OrgEnd(SUBJECT_NAME + named, named, "Other"), t_index, extra_text=st.following, window=window)
                    continue
                if unknown is not None:
                    # "5. GMSS then pass the … data to the CCG": never the previous sentence's subject; the applicant
                    # when the words name it ("Monitor needs to be able to share …" in Monitor's agreement), resolved
                    # with the agreement (else no one's, and reported)
                    window = marked[clause_start(marked, verb.start()):target_match.end()]
                    st.emit("verb-to-named-applicant", ApplicantEnd(unknown), t_index, extra_text=st.following, window=window)
                    continue
                if NON_DATA_SUBJECT.search(marked, clause_start(marked, verb.start()), verb.start()):
                    continue  # "Invoices are submitted to the ICB": what moves is not data
                if _WHO_BEFORE.search(marked, 0, verb.start()):
                    # "… to the Picker Institute, who will then pass these onto NHS Digital": the antecedent, unrecognised
                    st.drop(f"the antecedent of the relative clause before {verb.group(0)!r} is not a recognised organisation")
                    continue
                if LISTED_AS_PROCESSOR.search(s.text):
                    # "Tableau provide online dashboards to the ICB and are therefore listed as processors": its own subject
                    st.drop("the sentence introduces a processor by what it supplies: its subject is its own, not the previous one")
                    continue
                implicit = _implicit_source(target, s, st.ctx)
                if implicit is None:
                    continue
                window = marked[clause_start(marked, verb.start()):target_match.end()]
                # one implicit source per target: keyed on the target alone
                st.emit("verb-to-implicit-source", implicit, t_index, key=("implicit", t_index),
                        extra_text=st.following, window=window, inferred=("source",))


def _without_a_marked_target(st: _SentenceState, verb: re.Match) -> None:
    """A flow verb with no recognised organisation after it: an acronym recipient, the items that follow, or a system."""
    if _to_unmarked_acronym(st, verb):
        return
    if _DISSEMINATED_AS_FOLLOWS.search(st.marked) and st.n + 1 < len(st.sentences):
        _as_follows(st, st.sentences[st.n + 1], verb)
    else:
        _into_system(st, verb)


def _to_unmarked_acronym(st: _SentenceState, verb: re.Match) -> bool:
    """"⟦IPSOS⟧ will … transfer this to UCL": the subject -> the applicant, when "UCL" names it (see ``TO_ACRONYM``).

    Not for NHS Digital's or NHS England's releases: their rules give an unrecognised recipient to the applicant.
    """
    marked = st.marked
    stop = clause_end(marked, verb.end())
    target = TO_ACRONYM.search(marked, verb.end(), stop)
    if (target is None or MARK.search(marked, verb.end(), target.start()) or target.group("name") in _KNOWN_NOT_ORGS()
            or target.group("name") in NOT_RECIPIENT_WORDS):
        return False
    if _PASSIVE_BEFORE.search(marked[: verb.start()]) or _COORDINATED_PASSIVE_BEFORE.search(marked[: verb.start()]):
        return False
    source = _source_before(marked, verb.start(), False)
    if source is None or not st.ok(mark_start(marked, source), target.end()):
        return False
    if st.s.mention(source).kind in ("NHSDigital", "NHSEngland"):
        return False  # a release's recipient is read by the national body's own rules (national-to-applicant)
    window = marked[clause_start(marked, mark_start(marked, source)):target.end()]
    return st.emit("verb-to-named-applicant", source, ApplicantEnd(target.group("name")), extra_text=st.following, window=window)


#: "The HSL study team will send NHS Digital the following information …", "The CSU will send the CCG a monthly report":
#: the recipient right after the verb, then what it gets, which opens with a determiner ("send ⟦NHS Digital⟧ data to
#: ⟦the CSU⟧" is NHS Digital's data, sent to the CSU: the verb rules' to read)
SENDS_RECIPIENT_WHAT = re.compile(
    r"\b(?P<verb>send|sends|give|gives|supply|supplies|pass|passes|provide|provides|email|emails|issue|issues)\s+"
    r"(?:the\s+)?⟦(?P<target>\d+)⟧\s+"
    r"(?P<what>(?:the|a|an|all|its|their|his|her|regular|monthly|quarterly|weekly|annual|yearly|daily)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:following\b|data\b|information\b|details\b|records?\b|extracts?\b|files?\b|lists?\b"
    rf"|datasets?\b|{OUTPUT_NOUNS}\b|analys[ie]s\b))",
    re.IGNORECASE,
)


#: The agreement's controller as the subject: "The (ERICA study) data controller sends …"
_CONTROLLER_SUBJECT = re.compile(
    r"(?:^|[:.;)]\s+|\n\s*)[Tt]he\s+(?:[\w-]+\s+){0,3}?data controller\s+(?:(?:will|then|also)\s+)*$", re.IGNORECASE)


def _sends_recipient_what(st: _SentenceState) -> None:
    """"X will send Y the following information: …": X -> Y (the subject marked before the verb, in its clause)."""
    marked = st.marked
    for match in SENDS_RECIPIENT_WHAT.finditer(marked):
        target = int(match.group("target"))
        if target in st.recipients or re.match(r"[^.;⟦]*?\bto\s+(?:the\s+)?⟦", marked[match.end():]):
            continue  # "send ⟦1⟧ the data … to ⟦2⟧": ⟦1⟧ is no recipient
        if _PURPOSE_BEFORE.search(marked[: match.start()]) or re.search(r"\bto\s+$", marked[: match.start()]):
            continue  # "in order to send …", "… to provide ⟦1⟧ a view": a purpose, not a statement
        source = _source_before(marked, match.start(), False)
        if source is None and _CONTROLLER_SUBJECT.search(marked[: match.start()]):
            # "The ERICA study data controller sends NHS Digital the cohorts patient identifiable information"
            if st.ok(match.start(), match.end()):
                window = marked[clause_start(marked, match.start()):match.end()]
                st.emit("sends-recipient-what", RefEnd(CONTROLLER, "the Data Controller"), target,
                        extra_text=st.following, window=window)
            continue
        if source is None:
            unknown = _unrecognised_subject(marked, match.start())
            if unknown is None or not st.ok(match.start(), match.end()):
                continue
            window = marked[clause_start(marked, match.start()):match.end()]
            st.emit("verb-to-named-applicant", ApplicantEnd(unknown), target, extra_text=st.following, window=window)
            continue
        if source == target or not st.ok(mark_start(marked, source), match.end()):
            continue
        window = marked[clause_start(marked, mark_start(marked, source)):match.end()]
        st.emit("sends-recipient-what", source, target, extra_text=st.following, window=window)


#: A second flow verb in a clause of its own before the target: "… receiving essential non-HES data for the wider project
#: (an application for … data was submitted to ⟦0⟧": the target is the second verb's
_LATER_VERB_OWNS_TARGET = re.compile(r"\((?:(?!\)).)*(?:" + FLOW_VERB_RE.pattern + ")", re.IGNORECASE)


def _into_system(st: _SentenceState, verb) -> None:
    """"The DSCRO pushes … the identifiable SUS+ data into the CEfF": the system's holder is the target."""
    marked = st.marked
    end = clause_end(marked, verb.end())
    lead = _TO_SYSTEM.match(marked, verb.end(), end)
    if lead is None or "⟦" in lead.group(0):
        return
    for key, system in SYSTEM_PATTERNS.items():
        found = system.match(marked, lead.end(), end)
        if not found:
            continue
        passive = bool(_PASSIVE_BEFORE.search(marked[: verb.start()]))
        source = _source_before(marked, verb.start(), passive)
        if source is None or not st.ok(mark_start(marked, source), found.end()):
            return
        # data put into a system whose holder no text of the agreement names goes nowhere we can tell;
        # one system flow per source and sentence
        st.emit("verb-into-system", source, st.hosts.get(key, SystemEnd(key, named_holder_only=True)),
                key=("system", source), recipient=False)
        return


def _as_follows(st: _SentenceState, heading: Sentence, verb) -> None:
    """"… completed within the DSCRO and is then disseminated as follows:" + a heading naming the target."""
    if not heading.is_heading or not heading.mentions:
        return
    source = _source_before(st.marked, verb.start(), True)
    if source is None or not st.ok(0, len(st.marked)):
        return
    st.emit("disseminated-as-follows", source, heading.mentions[0].endpoint(), key=("as-follows", source), recipient=False,
            inferred=("target",))


def _listed_below(st: _SentenceState) -> None:
    """"The pseudonymised dataset will then flow to other data processors, as listed below": to each heading's organisation."""
    s = st.s
    listed = LISTED_BELOW.search(s.marked)
    if listed is None or not FLOW_VERB_RE.search(s.marked) or NOT_A_FLOW.search(s.marked):
        return
    source = _source_before(s.marked, listed.start(), True)
    inferred: tuple[str, ...] = ("target",)  # the targets are the headings below
    if source is not None:
        origin = s.mention(source).endpoint()
    elif st.ctx.previous_subject is not None:
        origin, inferred = st.ctx.previous_subject.endpoint(), ("source", "target")
    else:
        return
    for heading in headings_below(st.sentences, st.n):
        st.emit_flow(s, origin, heading.endpoint(), rule="listed-below", inferred=inferred)


#: Skip the rules whose patterns' literal cues a sentence lacks (the output is the same; False only to check that).
GATED = True

#: Every sentence shape, in the order they are tried on a sentence; a pair a rule joined is not joined again.
FLOW_RULES: tuple[PairRule | ShapeRule, ...] = (
    # "Data is exchanged between X and Y": a flow each way
    PairRule("exchanged-between", _EXCHANGE, source=1, target=2, both_ways=True),
    # "… from X to Y" (in a sentence with a flow or receiving verb)
    PairRule("from-to", _FROM_TO, source=1, target=2, needs=_FLOW_OR_RECEIVE, window="clause"),
    # "Data sharing from Monitor to NHS TDA": the sender unmarked, the applicant when so named
    ShapeRule("from-named-to", _from_name_to, needs=(_FROM_NAME_TO,)),
    # "SUS data is received by the DSCRO from NHS Digital"
    PairRule("received-by-from", _BY_FROM, source=2, target=1, window="match"),
    # "Identifiable SUS+ data is obtained from the SUS Repository by the DSCRO"
    PairRule("obtained-from-by", _FROM_BY, source=1, target=2, window="match", sets_receiver=True),
    # "Y (also) receives … from X"
    PairRule("receives-from", _RECEIVE_FROM, source=3, target=1, window="what", sets_receiver=True),
    # "Oracle also receives data that has been pseudonymised at source by providers"
    PairRule("receives-made-by", _RECEIVE_MADE_BY, source=3, target=1, window="what"),
    # "The DSCRO receives / obtains the following …" (no source named)
    ShapeRule("receives-national", _receives_national, needs=(_RECEIVE, _OBTAINS)),
    # "Local Provider Flows (received directly from providers)" under the DSCRO that obtains the list
    ShapeRule("received-from-listed", _received_from_listed, needs=(_RECEIVED_FROM,)),
    # "GPs have access to the risk stratification tool hosted by X"
    ShapeRule("has-access", _has_access, needs=(ACCESS_PHRASE,)),
    # "… transferred from the DSCRO to the Data Controller / Processor" + the block's "Processors:" list (DUR)
    ShapeRule("to-controller-processor", flows_lists.to_controller_processor,
              needs=(flows_lists.TO_CONTROLLER_PROCESSOR,)),
    # "The DSCRO pushes … into the Controlled Environment for Finance (CEfF)" + the block's "Processors:" list (DUR)
    ShapeRule("into-listed-system", flows_lists.into_listed_system, needs_mentions=False,
              needs=flows_lists.INTO_LISTED_SYSTEM),
    # "The ICB only receives notification to pay and management reporting …" + the block's "Processors:" list (DUR)
    ShapeRule("controller-receives-in-block", flows_lists.controller_receives_in_block,
              needs=(flows_lists.CONTROLLER_RECEIVES,)),
    # "Controlled access to the pseudonymised data … will allow the University to provide …" (DUR DSfC universities)
    ShapeRule("controlled-access", flows_dur.controlled_access, needs_mentions=False, needs=(flows_dur.CONTROLLED_ACCESS,)),
    # "… the DSCRO … returns the identifiable fields to Health or Care professional(s)" (DUR re-identification)
    ShapeRule("to-care-professionals", flows_dur.to_care_professionals, needs=(flows_dur.TO_PROFESSIONALS,)),
    # "Access to the data is provided to the Local Authority only" (the sender the text names elsewhere; before
    # the verb rules, which would take the previous sentence's subject as the sender)
    ShapeRule("provided-to-applicant", flows_applicant.provided_to_applicant, needs_mentions=False,
              needs=(flows_applicant.PROVIDED_TO_APPLICANT,)),
    # "NHS Digital grant NHS England the ability to carry out analysis on HES data": access, the granter holds it
    PairRule("grants-access", _GRANTS_ACCESS, source=1, target=2, window="match", mode="access"),
    # "X passes … to Y", "… is sent to Y by X", "… pushed into the CEfF", "… disseminated as follows:"
    ShapeRule("verb-to", _verb_to, needs=(FLOW_VERB_RE,)),
    # "DID data will be provided to NHS England": the national body -> the applicant, when the name is its own (after
    # the verb rules: a sender they find is the sender)
    ShapeRule("provided-to-named", flows_applicant.provided_to_named, needs=(flows_applicant.PROVIDED_TO_NAMED,)),
    # "The HSL study team will send NHS Digital the following information …": X -> Y, what Y gets after it
    ShapeRule("sends-recipient-what", _sends_recipient_what, needs=(SENDS_RECIPIENT_WHAT,)),
    # "… flow to other data processors, as listed below" + the headings that follow
    ShapeRule("listed-below", _listed_below, needs_mentions=False, needs=(LISTED_BELOW,)),
    # "The data will be accessed within the NHS England Secure Data Environment": national body -> accessor (access)
    ShapeRule("national-environment-access", flows_applicant.national_environment_access, needs_mentions=False,
              needs=(flows_applicant.IN_NATIONAL_ENVIRONMENT,)),
    # "NHS Digital provides notifications of deaths …", "HES data is downloaded from the HSCIC": to the applicant
    ShapeRule("national-to-applicant", flows_applicant.national_to_applicant, needs=flows_applicant.NATIONAL),
    # "The raw flat HES files are downloaded from the SEFT server …": NHS Digital's file transfer service -> applicant
    ShapeRule("downloaded-from-seft", flows_applicant.downloaded_from_seft, needs_mentions=False,
              needs=(flows_applicant.DOWNLOADED_FROM_SEFT,)),
    # "This application is for online access to the record level HES database via the HDIS2 system": NHS Digital's system
    ShapeRule("hdis-access", flows_applicant.hdis_access, needs_mentions=False, needs=(flows_applicant.HDIS_ACCESS,)),
    # "… identifiable NDRS Cancer Registry data previously disseminated by PHE": to the applicant (DUR retention)
    ShapeRule("previously-released-to-applicant", flows_dur.previously_released_to_applicant, needs=(flows_dur.PREVIOUSLY_BY,)),
    # "The current users of Meditrends Online are:" + its list: the applicant -> each user an item names
    ShapeRule("listed-users", user_lists.listed_users, needs_mentions=False, needs=user_lists.LISTED_USERS),
    # "… a mature business intelligence application (RAIDR) … It is currently used by CCGs …": applicant -> users
    ShapeRule("tool-users", user_lists.tool_users, needs_mentions=False, needs=(user_lists.TOOL_USED_BY,)),
    # "These outputs will be shared among other integrated Care Boards", "Provide report to each local CCG"
    ShapeRule("aggregate-output", outputs.aggregate_outputs, needs_mentions=False, needs=outputs.AGGREGATE_OUTPUT),
    # "… to provide the CCG and Local authority with a range of high level commissioning intelligence"
    ShapeRule("provided-with-outputs", outputs.provided_with_outputs, needs_mentions=False, needs=(outputs.PROVIDE_WITH,)),
    ShapeRule("released-to-class", outputs.released_to_class, needs_mentions=False, needs=(outputs.RELEASED_TO_CLASS,)),
    ShapeRule("class-can-access", outputs.class_can_access, needs_mentions=False, needs=(outputs.CLASS_CAN_ACCESS,)),
    ShapeRule("accessed-by-users", outputs.accessed_by_users, needs_mentions=False, needs=(outputs.ACCESSED_BY_USERS,)),
)


_MORE_TARGETS = re.compile(r"(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?⟦\d+⟧(?:\s*\([^()⟦]*\))?)+")


def _more_targets(marked: str, at: int) -> str:
    """The "and Y", ", Z" right after a target."""
    bracket = _BRACKET_NEXT.match(marked, at)
    match = _MORE_TARGETS.match(marked, bracket.end() if bracket else at)
    return match.group(0) if match else ""


def _first_target(sentence: Sentence, at: int):
    """The first "to ⟦i⟧" after a verb, within the clause.

    A possessive ("to NHS England's nominated CSU data processor – NECS") moves on to the
    organisation it qualifies.
    """
    marked = sentence.marked
    stop = clause_end(marked, at)
    preposition = _PREPOSITION_AFTER.search(marked, at, stop)
    if preposition is None:
        return None
    match = _TO_TARGET.match(marked, preposition.start(), stop)
    if match is None:
        return None
    rest = marked[match.end(): stop]
    part = _PART_OF_NEXT.match(rest)
    if part and _is_part_name(sentence.mention(match.group(1))):
        # "to the Strategy Unit at MLCSU": a unit the text names is part of the organisation that follows
        return MARK.match(marked, match.end() + part.start(1) - 1)  # the "⟦" before the organisation's index
    if re.match(r"[’']s\b", rest):
        # "to NHS England's nominated CSU data processor – NECS": the organisation named after the
        # possessive; "to the Health Foundation's secure environment": the possessor itself
        later = [m for m in MARK.finditer(marked, match.end(), stop) if not sentence.mention(m.group(1)).is_ref]
        return later[0] if later else match
    return match


#: " at ⟦j⟧", " within ⟦j⟧": the organisation a unit belongs to
_PART_OF_NEXT = re.compile(r" (?:at|within|of|in) (?:the )?⟦(\d+)⟧")
_PART_NAME = re.compile(r"\b(?:unit|team|department|directorate)$", re.IGNORECASE)


def _is_part_name(mention) -> bool:
    """A name of a part of an organisation ("the Strategy Unit"), not of a body the resolver knows the kind of."""
    return mention.kind == "Other" and bool(_PART_NAME.search(mention.text))


def _source_before(marked: str, at: int, passive: bool) -> int | None:
    """The subject of the verb at ``at``: the nearest mention before it in its clause that is not a preposition's object.

    Passive (``passive``): any mention, e.g. "completed by X and … is passed to Y".
    """
    lo = clause_start(marked, at, soft=False)
    if passive and (subordinate := _LAST_SUBORDINATOR.search(marked, lo, at)):
        # "… the identifiable data previously obtained from ⟦the GP practice⟧ once it has been shared with NHS
        # Digital": the passive verb's clause starts at "once"; "from the GP practice" is the earlier verb's
        lo = subordinate.start()
    candidates = list(MARK.finditer(marked, lo, at))
    for match in reversed(candidates):
        if _RELATIVE_SUBJECT.match(marked, match.end(), at):
            return int(match.group(1))  # "… back to ⟦1⟧, which then warehouse … and is made available to ⟦2⟧": ⟦1⟧
    for match in reversed(candidates):
        if in_brackets(marked, int(match.group(1)), match.start()):
            continue
        before = marked[lo: match.start()]
        if _INFINITIVE_OBJECT.search(before):
            continue  # "… to support ⟦NICE⟧ submission and to provide data to ⟦NHSE⟧": the object of another verb
        if re.search(r"\bto\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue
        if passive or not _PREPOSITION_BEFORE.search(before):
            return int(match.group(1))
    return None


#: An indirect question about access: "… will confirm who will have access"
_WHO_QUESTION_BEFORE = re.compile(
    r"\b(?:confirm|decide|determine|agree|specify|identify|state|record|list)(?:s|ed)?\s+who\s+(?:(?:will|would|can|could|may|should)\s+)?$",
    re.IGNORECASE,
)
#: "NCL ICB must maintain records … of each individual given access under an honorary contract" (DUR NIC-615998-S4B4H):
#: a duty to record who reaches the data, not access by the one keeping the records
_RECORDS_OF_ACCESS_BEFORE = re.compile(r"\b(?:maintain|keep|hold)s?\s+(?:a\s+|the\s+)?records?\b[^.;]*\bof\s+(?:each|every|all|any)\b",
                                       re.IGNORECASE)
#: A subordinating word that opens the clause of the verb after it ("… once it has been shared with …")
_SUBORDINATORS = r"\b(?:once|after|before|until|whereas|whilst|while)\s"
_LAST_SUBORDINATOR = re.compile(rf"{_SUBORDINATORS}+(?:it|they|this|these|the data)\b(?!.*{_SUBORDINATORS})", re.IGNORECASE)
#: "to support (the)": a mention after it is an infinitive's object, never the subject of a later verb
_INFINITIVE_OBJECT = re.compile(r"\bto\s+(?:support|inform|help|assist|enable|allow)\s+(?:the\s+)?$", re.IGNORECASE)
#: Right after a flow's recipients: "(to ⟦2⟧) users via RBAC access", "via remote access"
_VIA_ACCESS = re.compile(r"(?:\s+users)?\s+via\s+(?:[\w-]+\s+){0,3}access\b", re.IGNORECASE)
#: A relative pronoun as the verb's subject: "…, who will then pass these onto …"
_WHO_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A relative clause whose verb is the flow's: "⟦1⟧, which then warehouse within a dedicated database and is made"
_RELATIVE_SUBJECT = re.compile(r"\s*(?:\([^()⟦]*\))?\s*,\s*(?:which|who)\b[^⟦.;]*$", re.IGNORECASE)


#: A name-like subject right before a flow verb: an acronym ("GMSS", "eMBED") or capitalised words ("Greater Manchester Shared Services").
_NAME_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\n)\s*(?:\(?\d{1,3}[.)]\s*|[a-z][.)]\s*|[•·\-–]\s*)?(?:[Tt]he\s+)?"
    r"(?P<name>[a-z]?[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+(?:\s+(?:&\s+|and\s+|of\s+)?[A-Z][a-z]+)+)"
    r"\s+(?:(?:then|also|will|shall|securely|subsequently|now|each|only|have|has|had|already|previously|routinely|regularly)\s+)*$"
)
#: Capitalised words that start a sentence about data, not an organisation.
_NOT_NAMES = frozenset({"data", "this", "these", "the", "it", "they", "record", "patient", "only", "all", "any", "each"})


#: The name-like subject of a step whose second verb is the flow's: "v. Oracle process the data and then transfer …" (DUR).
_COORDINATED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\n)\s*(?:\(?\d{1,3}[.)]\s*|[a-z]{1,4}[.)]+\s*|[•·\-–]\s*)?(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)\s+(?!(?:is|are|was|were|be|been|will|can|may|has|have)\b)[a-z][^.;:⟦]*?\band\s+(?:(?:then|also)\s+)?$"
)


#: A name-like subject that needs or intends what the verb does: "Monitor also requires the ability to share …"
_INTENDING_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\n)\s*(?:\(?\d{1,3}[.)]\s*|[•·\-–]\s*)?(?:[Tt]he\s+)?(?P<name>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)\s+"
    r"(?:also\s+)?(?:requires?|wish(?:es)?|needs?|intends?|plans?|wants?|seeks?|would like)\s+"
    r"(?:the (?:ability|option|right) |permission )?to\s+(?:(?:be able to|then|also)\s+)?$"
)


def _unrecognised_subject(marked: str, at: int) -> str | None:
    """The name-like subject of the verb at ``at`` when the recogniser did not mark it as an organisation, else None."""
    match = (_NAME_SUBJECT.search(marked, 0, at) or _COORDINATED_SUBJECT.search(marked, 0, at)
             or _INTENDING_SUBJECT.search(marked, 0, at))
    if match is None or "⟦" in match.group(0):
        return None
    name = match.group("name")
    if name.split()[0].lower() in _NOT_NAMES or name in _KNOWN_NOT_ORGS():
        return None
    return name


def _KNOWN_NOT_ORGS() -> frozenset[str]:
    """Dataset and system names (not organisations): "SUS", "HES", "CEfF"."""
    global _NOT_ORGS
    if _NOT_ORGS is None:
        from nhskg.datasets import known_names

        _NOT_ORGS = frozenset(known_names()) | {"CEfF", "tNR", "SUS", "HES"}
    return _NOT_ORGS


_NOT_ORGS: frozenset[str] | None = None


def _implicit_source(target: Mention, s: Sentence, ctx: _Context) -> Endpoint | None:
    """Who passes data when the sentence does not say: the previous sentence's subject, NHS Digital for a DSCRO, the heading's organisation."""
    previous = ctx.previous_subject
    if previous is not None and previous.endpoint().key != target.endpoint().key:
        return previous.endpoint()
    if target.kind == "DSCRO" and not target.is_ref:
        return NHS_DIGITAL_END  # national data reaching a DSCRO comes from NHS Digital
    if s.heading_org is not None and s.heading_org.endpoint().key != target.endpoint().key:
        return s.heading_org.endpoint()
    return None


#: A sentence whose subject is a name the recogniser did not mark: "IFS have produced …", "Foo Analytics will …"
_OPENS_WITH_UNMARKED_NAME = re.compile(
    r"^\s*(?:\(?\d{1,3}[.)]\s*|[•·\-–]\s*)?(?!(?:The|This|These|Those|It|They|We|Our|All|Any|Each|Data|No|Only)\b)"
    r"(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\s+"
    r"(?:will|have|has|had|are|is|were|was|then|also|would|can|shall)\b"
)


def _subject(s: Sentence) -> Mention | None:
    """The first mention of a sentence outside brackets (what a following passive sentence is about).

    Not the maker of a tool the data is processed with: "The social care data is then pseudonymised using University
    of Nottingham open pseudonymiser tool." leaves the subject of the sentence before it (DUR NIC-433163-Y2V0K).
    """
    for i, m in enumerate(s.mentions):
        before = s.marked[:mark_start(s.marked, i)]
        if not in_brackets(s.marked, i) and not _USING_BEFORE.search(before) and not _RECIPIENT_BEFORE.search(before):
            return m
    return None


_USING_BEFORE = re.compile(r"\busing (?:the |an? |their |its )?$", re.IGNORECASE)
#: "… reports will be submitted to the NIHR": the recipient of outputs, not what the sentence is about (whereas
#: "Data will flow to AGEM DSCRO …" is about the DSCRO, which sends it on next)
_RECIPIENT_BEFORE = re.compile(rf"\b(?:{OUTPUT_NOUNS})\b[^⟦]*\b(?:to|into) (?:the )?$", re.IGNORECASE)


def _expand(endpoint: Endpoint, listed: dict[str, list[OrgEnd]], groups: dict[str, list[OrgEnd]] | None = None) -> list[Endpoint]:
    """A plural reference ("The DSCROs listed below", "each DSCRO") -> every listed organisation of its kind; a name the
    text gives a list ("the One London ICBs") -> the organisations of the list (:func:`~nhskg.nlp.party_lists.find_groups`)."""
    if groups and (members := expand_group(endpoint, groups)) != [endpoint]:
        return members
    if isinstance(endpoint, RefEnd) and endpoint.kind in listed:
        text = endpoint.surface
        if re.match(r"(?i)(?:each|every|all)\b", text) or re.search(r"s$", text.strip()):
            return list(listed[endpoint.kind])
    return [endpoint]


_KIND_LIST_HEADING = re.compile(rf"\s*({definite_kinds_pattern()})s\s*:?\s*")


def _listed_organisations(sentences: list[Sentence], lookup) -> dict[str, list[OrgEnd]]:
    """Organisations listed under a heading naming their kind ("DSCROs:" then "2.1 North of England DSCRO" …)."""
    listed: dict[str, list[OrgEnd]] = {}
    for n, s in enumerate(sentences):
        heading = _KIND_LIST_HEADING.fullmatch(s.text)
        if not heading:
            continue
        kind = heading.group(1)
        items: list[OrgEnd] = []
        for item in sentences[n + 1:]:
            name = _LIST_ITEM.sub("", item.text, count=1).strip()
            if not _LIST_ITEM.match(item.text) or len(name) > 60 or re.search(r"[.;:,]$", name):
                break
            end = item.mentions[0].endpoint() if item.mentions and item.mentions[0].kind == kind else None
            if isinstance(end, OrgEnd):  # a named organisation, not a reference
                items.append(end)
                continue
            found = lookup(name, kind) if name else None
            if found is not None:
                items.append(OrgEnd(found, name, kind))
        if items:
            listed.setdefault(kind, []).extend(items)
    return listed


def _following_list(sentences: list[Sentence], n: int) -> str:
    """The list items after a sentence that ends with ":" (the data sets it introduces)."""
    if not sentences[n].text.rstrip().endswith(":"):
        return ""
    items: list[str] = []
    for s in sentences[n + 1: n + 40]:
        if not _LIST_ITEM.match(s.text) and not (items and s.text[:1].islower()):
            break
        if not _RECEIVED_FROM.search(s.marked):  # "Local Provider Flows (received directly from providers)": another source's data
            items.append(s.text)
    return "\n".join(items)
