r"""Sentences with their organisation mentions marked: the text every rule reads.

There is no parser in ``spacy.blank("en")``, so the flow and role rules work on
a *marked* sentence: the sentence text with every organisation mention
(``doc.spans["orgs"]``) and generic reference (``doc.spans["org_refs"]``: "the
CSU", "GPs", "Providers") replaced by ``⟦i⟧``.

:func:`sentences_of` makes the sentences once per text and resolves what
the section's context fixes before any rule runs: "the DSCRO" after a named
DSCRO, "the data processor" under a "Data Processor 2 – AQuA" heading, and
the heading organisation in force at each sentence
(:attr:`Sentence.heading_org`).  Rules read sentences and never change them,
so their order does not matter.

>>> view = TextView("Data Processor 2 – AQuA\nThe data processor does not access data.", [(0, 24), (24, 64)],
...                 [Mention(19, 23, "AQuA", "Other", "aqua"), Mention(24, 42, "The data processor", "Processor")])
>>> [(s.marked, s.mentions[0].org_id) for s in sentences_of(view)]
[('Data Processor 2 – ⟦0⟧', 'aqua'), ('⟦0⟧ does not access data.', 'aqua')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from nhskg.kinds import KINDS, short_form, with_flag

from .facts import Endpoint, OrgEnd, RefEnd
from .short_names import short_company_names
from .slot_names import slot_names


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

    def endpoint(self) -> Endpoint:
        if self.org_id is None:  # a reference (``is_ref``)
            return RefEnd(self.kind, self.text)
        return OrgEnd(self.org_id, "" if self.definite else self.text, self.kind)


@dataclass
class TextView:
    """A text, its sentence boundaries (character offsets) and its mentions, in order."""

    text: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention]


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
    spans.extend(_coordinated_plurals(text, [m for m in spans if m.is_ref]))
    spans.extend(_introduced_names(text, [m for m in spans if not m.is_ref]))
    spans.extend(slot_names(text, [m for m in spans if not m.is_ref]))
    spans.extend(short_company_names(text, [m for m in spans if not m.is_ref]))
    # names win over generic references; longer wins over shorter
    spans.sort(key=lambda m: (m.start, m.is_ref, -(m.end - m.start)))
    mentions: list[Mention] = []
    for m in spans:
        if mentions and m.start < mentions[-1].end:
            continue
        if _MODIFIER_AFTER.match(text, m.end):
            continue  # "the ESRC-funded Consumer Data Research Centre": a modifier, no party to the text
        mentions.append(m)
    return TextView(text, _split_run_together(text, _sentence_offsets(doc, len(text))), mentions)


#: A name joined by a hyphen to the word after it: "ESRC-funded", "NIHR-led", "CCG-level"
_MODIFIER_AFTER = re.compile(r"-[a-z]")


def _coordinated_plurals(text: str, refs: list[Mention]) -> list[Mention]:
    """A bare plural coordinated with a reference, whose determiner it shares: "CCGs" in "with the Local Authorities
    and CCGs specified".

    >>> ref = Mention(5, 26, "the Local Authorities", "LocalAuthority", None)
    >>> [(m.text, m.kind) for m in _coordinated_plurals("with the Local Authorities and CCGs specified", [ref])]
    [('CCGs', 'CCG')]
    """
    out = []
    for ref in refs:
        if not _DETERMINER.match(ref.text):
            continue
        match = _AND_PLURAL.match(text, ref.end)
        if match:
            out.append(Mention(match.start("plural"), match.end("plural"), match.group("plural"), match.group("kind"), None))
    return out


#: The id prefix of a name the text introduces itself ("Greater Manchester Shared Services (GMSS)"):
#: resolution resolves the name after the prefix and keeps the short form as an alias.
INTRODUCED = "introduced:"
_INTRODUCTION = re.compile(
    r"(?P<long>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z][\w’'&-]*){1,6})\s*\(\s*(?:“|\")?(?P<short>[A-Za-z][A-Za-z&]{1,9})(?:”|\")?\s*\)"
)
#: Last words of a long form that name an organisation (not a data set, a system or a programme).
_INTRODUCED_HEADS = frozenset(
    "services service solutions analytics intelligence institute partnership agency trust foundation alliance "
    "consortium company centre center office commission collaborative hub consultancy".split()
)
#: First words of long forms that name an organisation whatever their last: "University College London (UCL)".
_INTRODUCED_LEADING_HEADS = frozenset({"university"})
#: First words of long forms that name a kind of service or body, not one organisation ("Child and Adolescent
#: Mental Health Services", "Health Data Interrogation Service", "Local Authority").
_GENERIC_FIRST_WORDS = frozenset(
    "child children adult adults personal prescribed clinical health hospital organisation mental specialised data local "
    "national regional community primary secondary social public patient integrated commissioning".split()
)


#: "Data Processor 5 - MedeAnalytics": a heading that introduces a processor by name
_PROCESSOR_HEADING_NAME = re.compile(
    r"(?im)^[ \t]*data processor[ \t]*\d+[ \t]*[–—-][ \t]*(?:the[ \t]+)?"
    r"(?P<long>[A-Za-z][\w&’'-]*[A-Z][\w&’'-]*|[A-Z][\w&’'-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&’'-]*){0,5})"
    r"[ \t]*(?=\(|:|$)"
)


_KIND_LONG_FORMS = frozenset(long.lower() for k in KINDS.values() for long in k.long)


def _introduced_names(text: str, named: list[Mention]) -> list[Mention]:
    """Names the text defines with their acronym, and the acronym's later uses, where no organisation is recognised."""
    from nhskg.datasets import known_names

    taken = [(m.start, m.end) for m in named]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    out: list[Mention] = []
    datasets = None
    for match in _INTRODUCTION.finditer(text):
        long, short = match.group("long"), match.group("short")
        words = [w for w in re.split(r"\s+", long) if w.lower() not in ("of", "and", "&", "for")]
        with_article = "".join(w[0] for w in words).upper() if words[0].lower() == "the" else ""
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        named_with_article = with_article == short.upper()  # "The Health Informatics Service (THIS)": a proper name
        if " ".join(long.split()).lower() in _KIND_LONG_FORMS:
            continue  # "Data Services for Commissioners Regional Office (DSCRO)": a kind, not an organisation
        named_by_head = words[-1].lower() in _INTRODUCED_HEADS or words[0].lower() in _INTRODUCED_LEADING_HEADS
        if (not named_by_head or (words[0].lower() in _GENERIC_FIRST_WORDS and not named_with_article)
                or not free(match.start("long"), match.end("short"))):
            continue
        initials = "".join(w[0] for w in words).upper()
        if with_article == short.upper():
            initials = with_article
        if initials != short.upper():
            continue  # not its acronym
        datasets = datasets if datasets is not None else frozenset(known_names())
        if long in datasets or short in datasets:
            continue
        start = match.start("long")
        org_id = INTRODUCED + long
        out.append(Mention(start, match.end("long"), long, "Other", org_id))
        taken.append((start, match.end("short") + 1))
        for use in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if free(use.start(), use.end()):  # every use, before or after the definition
                out.append(Mention(use.start(), use.end(), use.group(0), "Other", org_id))
                taken.append((use.start(), use.end()))
    for match in _PROCESSOR_HEADING_NAME.finditer(text):
        name = match.group("long")
        if not free(match.start("long"), match.end("long")):
            continue
        org_id = INTRODUCED + name
        for use in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if use.start() >= match.start("long") and free(use.start(), use.end()):
                out.append(Mention(use.start(), use.end(), use.group(0), "Other", org_id))
                taken.append((use.start(), use.end()))
    return out


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
    return list(zip(starts, ends, strict=True))


# The stop first, its look-behinds after it: the same matches as "(?:(?<=[a-z]{2})|…)\.", but the search
# jumps from stop to stop instead of trying three look-behinds at every character (6% of analysing a text).
_RUN_TOGETHER = re.compile(r"\.(?:(?<=[a-z]{2}\.)|(?<=[A-Z]{2}\.)|(?<=[)\]]\.))(?=[A-Z][a-z]{2,} )")


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


# --- marks ----------------------------------------------------------------------------

M = r"⟦(\d+)⟧"
#: The pseudo-kind of "the data processor (listed above)": resolved to the agreement's processor.
PROCESSOR = "Processor"
#: The pseudo-kind of "the Data Controller" a block's data is sent to: the applicant and its joint controllers of its kind.
CONTROLLER = "Controller"
_PROCESSOR_REF = re.compile(r"\b[Tt]he (?:data )?processor(?: \((?:as )?listed above\))?(?!s)\b")
#: "The DSCROs", "each CSU", "their CSUs": references to every organisation of a kind in context


def definite_kinds_pattern() -> str:
    """The short forms of the kinds "the X" refers to, as an alternation: "DSCRO|CSU|CCG|ICB"."""
    return "|".join(short_form(k) for k in with_flag("definite"))


_PLURAL_REF = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Ee]ach|[Ee]very|[Tt]heir|[Bb]oth)(?: respective)? (?P<kind>{definite_kinds_pattern()})s?\b"
)
MARK = re.compile(M)
_DETERMINER = re.compile(r"(?:the|these|those|all|each|their)\s", re.IGNORECASE)
_AND_PLURAL = re.compile(rf"\s+(?:and|or|&)\s+(?P<plural>(?P<kind>{definite_kinds_pattern()})s)\b")
_DATA_PROCESSOR_HEADING = re.compile(rf"^\s*data processor \d+\s*[–—-]\s*(?:the )?{M}", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets in its text, the text, the marked text, its mentions (``⟦i⟧`` = ``mentions[i]``).

    ``heading_org``: the organisation of the heading in force ("Data Processor 2 – AQuA", a heading line that
    starts with a name); under a "Data Processor N – X" heading "the data processor" is already X.
    """

    start: int
    end: int
    text: str
    marked: str
    mentions: tuple[Mention, ...]
    heading_org: Mention | None = None

    def mention(self, index: str | int) -> Mention:
        return self.mentions[int(index)]

    @cached_property
    def is_heading(self) -> bool:
        """A short line of its own without final punctuation: "Data Processor 1 – North of England CSU"."""
        stripped = self.text.strip()
        return "\n" not in stripped and len(stripped) < 120 and not re.search(r"[.;,]$", stripped)


def _marked(text: str, start: int, mentions: list[Mention]) -> str:
    pieces, at = [], start
    for i, m in enumerate(mentions):
        pieces.append(text[at:m.start])
        pieces.append(f"⟦{i}⟧")
        at = m.end
    return "".join(pieces)


#: kinds whose "the X" means the one of that kind named last in the section
SECTION_DEFINITE_KINDS = with_flag("section_definite")
_SINGULAR_DEFINITE = re.compile(
    r"(?i)^(?:the|this|that)\s+(?:"
    + "|".join(short_form(k) for k in SECTION_DEFINITE_KINDS)
    + "|" + "|".join(rf"{re.escape(long)}(?: \({KINDS[k].short}\))?" for k in SECTION_DEFINITE_KINDS for long in KINDS[k].long)
    + ")$"
)


def sentences_of(view: TextView) -> list[Sentence]:
    """The sentences of ``view`` with their mentions marked and their section context resolved.

    "The DSCRO" / "the CSU" after a named one stand for it; the heading in force is
    :attr:`Sentence.heading_org`; under "Data Processor N – X", "the data processor" is X.
    """
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
        text = view.text[start:end]
        out.append(Sentence(start, end, text, _marked(view.text, start, inside) + view.text[inside[-1].end:end] if inside else text, tuple(inside)))
    return _with_headings(out)


#: "Midlands and Lancashire CSU (Data Processor 1)": an organisation introduced as the text's data processor
INTRODUCED_PROCESSOR = re.compile(r"⟦(\d+)⟧\s*\(\s*(?:the\s+)?data processor(?:\s*\d+)?\s*\)", re.IGNORECASE)


def _introduced_processor(sentences: list[Sentence]) -> Mention | None:
    """The one organisation a text introduces as "X (Data Processor N)", if exactly one is."""
    found: dict[str | None, Mention] = {}
    for s in sentences:
        for match in INTRODUCED_PROCESSOR.finditer(s.marked):
            m = s.mention(match.group(1))
            if not m.is_ref:
                found.setdefault(m.org_id, m)
    return next(iter(found.values())) if len(found) == 1 else None


#: a line that is one name and nothing else ("NHS South West London Integrated Care Board", "X (ABC)")
_NAME_LINE = re.compile(r"\s*⟦0⟧\s*(?:\([^()]*\))?\s*")
#: a heading that is an organisation's block: the name alone, or with its abbreviation, a colon or a dash and what it
#: does ("NHS South West London ICB", "Arden and GEM CSU (AGEM):", "Optum – risk stratification"); not a title in
#: which a name qualifies the subject ("NICE MTG 29 GreenLight XPS for treating benign prostatic hyperplasia-")
_ORGANISATION_HEADING = re.compile(r"\s*⟦0⟧(?:\s*\([^()]*\))?\s*(?:[:;,.]?\s*$|[–—-]\s|[:;]\s)")
#: a heading of capitals that names no organisation: "RISK STRATIFICATION", "ONWARD SHARING:"
_CAPITALS_HEADING = re.compile(r"\s*[A-Z][A-Z &/,-]{3,}:?\s*")


def _in_list_of_names(name_lines: list[bool], n: int) -> bool:
    """Line ``n`` is one of several names on lines of their own, one after another: a list, not a heading."""
    return name_lines[n] and ((n > 0 and name_lines[n - 1]) or (n + 1 < len(name_lines) and name_lines[n + 1]))


def _with_headings(sentences: list[Sentence]) -> list[Sentence]:
    """Each sentence with the heading organisation in force, and "the data processor" under "Data Processor N – X" as X.

    Without such headings, a text that introduces exactly one organisation as "X (Data Processor N)" has
    "the data processor" = X throughout.
    """
    out = []
    heading_org = None
    processor = _introduced_processor(sentences)
    name_lines = [s.is_heading and _NAME_LINE.fullmatch(s.marked) is not None for s in sentences]
    for n, s in enumerate(sentences):
        if s.mentions:
            heading = _DATA_PROCESSOR_HEADING.match(s.marked)
            if heading:
                heading_org = processor = s.mention(heading.group(1))
            elif s.is_heading and _ORGANISATION_HEADING.match(s.marked) and not _in_list_of_names(name_lines, n):
                heading_org = s.mentions[0]
            if processor is not None and not processor.is_ref and not heading:
                mentions = tuple(
                    Mention(m.start, m.end, m.text, processor.kind, processor.org_id, definite=True) if m.kind == PROCESSOR else m
                    for m in s.mentions
                )
                s = replace(s, mentions=mentions)
        elif _CAPITALS_HEADING.fullmatch(s.text):
            heading_org = None  # "RISK STRATIFICATION", "DATA PROCESSORS": a new part, under no organisation
        out.append(replace(s, heading_org=heading_org) if heading_org is not None else s)
    return out


#: The start of a list item: "1.", "a.", "•", "-", "(i)" (the Data Uses Register's "~" bullets are "•" once read)
_ITEM_START = re.compile(r"^\s*(?:[•·\-–o§*]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,4}\))\s+", re.IGNORECASE)
#: List items are read up to this many.
MAX_ITEMS = 20


def items_after(sentences: list[Sentence], n: int) -> list[Sentence]:
    """The list items right after sentence ``n``: each sentence that starts like one, up to the first that does not."""
    items = []
    for s in sentences[n + 1: n + 1 + MAX_ITEMS]:
        if not _ITEM_START.match(s.text):
            break
        items.append(s)
    return items


def headings_below(sentences: list[Sentence], n: int) -> list[Mention]:
    """Organisations named by the headings after sentence ``n`` ("The Health Foundation", "X (in capacity of …)")."""
    out = []
    for s in sentences[n + 1:]:
        if s.is_heading and s.mentions and s.marked.lstrip().startswith("⟦0⟧") and not s.mentions[0].is_ref:
            if _NAME_LINE.fullmatch(s.marked):
                out.append(s.mentions[0])
    return out


def mark_start(marked: str, index: int) -> int:
    return marked.index(f"⟦{index}⟧")


_HARD_BOUNDARY = re.compile(r"[.;:](?:\s|$)|\n(?=\s*(?:[•·\-–]|\d+[.)]))")
_SOFT_BOUNDARY = re.compile(r"[.;:](?:\s|$)|\n(?=\s*(?:[•·\-–]|\d+[.)]))|,\s")
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")


def clause_start(marked: str, at: int, soft: bool = True) -> int:
    """Where the clause holding ``at`` starts: after the last ". ", ";", ":" (and, if ``soft``, ", ") before it."""
    last = 0
    for match in (_SOFT_BOUNDARY if soft else _HARD_BOUNDARY).finditer(marked, 0, at):
        last = match.end()
    return last


def clause_end(marked: str, at: int) -> int:
    match = _CLAUSE_END.search(marked, at)
    return match.start() if match else len(marked)


def in_brackets(marked: str, index: int, at: int | None = None) -> bool:
    at = mark_start(marked, index) if at is None else at
    before = marked[:at]
    return before.count("(") > before.count(")")


def strip_brackets(text: str) -> str:
    return re.sub(r"\([^()]*\)", "", text)

