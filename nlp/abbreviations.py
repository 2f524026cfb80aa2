"""Abbreviation detection: "Long Form (SHORT)" makes SHORT a name of the same organisation.

Schwartz & Hearst (2003) style: a short form in brackets right after a name
defines it.  When the recogniser already found the long form ("The Health
Foundation (THF)", "NHS England (NHSE)", "Academic Health Science Network
(AHSN UMT)"), the short form is taken whatever its letters; otherwise the
long form must end in an organisation head word ("… Network", "… Unit",
"… Alliance") and the short form's letters must appear in it in order
(:func:`long_form`).  Every later use of the short form in the same text
becomes a span of the same organisation, and ``doc._.abbreviations`` maps
short form -> long form for the linker.

Dataset and programme abbreviations ("Mental Health Services Data Set
(MHSDS)", "(QIPP)") have no organisation head word and are left alone, as are
the kind words themselves ("Commissioning Support Unit (CSU)").
"""

from __future__ import annotations

import re

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nhskg.kinds import KINDS, kind_before, short_form

from . import extensions  # noqa: F401
from .extensions import ORGS_KEY, text_of
from .orgs import grow_left

_PAREN = re.compile(r"\(\s*(?P<short>[A-Za-z][A-Za-z0-9&\-]{0,11}(?: [A-Za-z][A-Za-z0-9&\-]{0,11}){0,2})\s*\)")
#: Short forms that define a kind, not an organisation.
GENERIC_SHORT_FORMS = frozenset(
    {form for k in KINDS.values() if k.definite for form in (short_form(k.name).upper(), short_form(k.name).upper() + "S")}
    | {"NHS", "STP", "STPS", "ICS", "GP", "GPS"}
)

#: Last word of a long form -> the kind of organisation it names.
ORG_HEADS = {
    "foundation": "Charity",
    "charity": "Charity",
    "trust": "NHSTrust",
    "alliance": "Other",
    "network": "Other",
    "unit": "Other",
    "commission": "Other",
    "office": "Other",
    "agency": "Other",
    "authority": "Other",  # "Health Research Authority", "Competition and Markets Authority": national bodies
    "council": "LocalAuthority",
    "institute": "Other",
    "centre": "Other",
    "center": "Other",
    "partnership": "Other",
    "team": "Other",
    "college": "University",
    "university": "University",
    "ltd": "Company",
    "limited": "Company",
    "plc": "Company",
}
#: Words that start a body's name when "of" follows: "British Association of Day Surgery (BADS)"
LEADING_ORG_HEADS = frozenset({"association", "society", "federation", "faculty", "academy", "institute", "institution"})


#: Last words of a name opening with a leading head that make it a register, study or programme, not a body:
#: "British Association of Dermatologists' Biologic Interventions Register (BADBIR)"
NOT_BODY_ENDS = frozenset({"register", "registry", "study", "project", "programme", "program", "audit", "survey",
                           "database", "scheme", "trial", "cohort", "dataset"})


def _leading_head(doc: Doc, paren: int) -> int | None:
    """The token index of the "Association" of "<Name> Association of …" that opens the name before ``paren``, else None."""
    first = grow_left(doc, paren - 1)
    run = doc[first:paren]
    if run[-1].lower_ in NOT_BODY_ENDS:
        return None
    for i, token in enumerate(run[:3]):
        if token.lower_ in LEADING_ORG_HEADS and token.text[:1].isupper() and i + 1 < len(run) and run[i + 1].lower_ == "of":
            return first + i
    return None


#: Long forms that are kind names, not organisations.
GENERIC_LONG_FORMS = frozenset(
    {long.lower() for k in KINDS.values() for long in k.long}
    | {"integrated care system", "sustainability and transformation partnership"}
)


def is_short_form(text: str) -> bool:
    """Whether ``text`` looks like an organisation abbreviation (two or more capitals, not a kind word).

    >>> is_short_form("AHSN UMT"), is_short_form("AQuA"), is_short_form("CSU"), is_short_form("via DP1")
    (True, True, False, False)
    >>> is_short_form("SUS Only")
    False
    """
    if text.upper() in GENERIC_SHORT_FORMS or len(text.replace(" ", "")) < 2:
        return False
    if not text[:1].isupper():
        return False
    # Mostly capitals in every word: "AQuA", "AHSN UMT", not "SUS Only".
    return all(w[:1].isupper() and 2 * sum(c.isupper() or c.isdigit() for c in w) >= len(w) for w in text.split()) and (
        sum(c.isupper() for c in text) >= 2
    )


def long_form(short: str, candidate: str) -> str | None:
    """The shortest end of ``candidate`` whose letters spell ``short`` in order (Schwartz & Hearst).

    Each letter of the short form must occur in the long form, in order, the
    first one starting a word.

    >>> long_form("THF", "funded by The Health Foundation")
    'The Health Foundation'
    >>> long_form("MLCSU", "data is sent to Midlands and Lancashire Commissioning Support Unit")
    'Midlands and Lancashire Commissioning Support Unit'
    >>> long_form("XYZ", "The Health Foundation") is None
    True
    """
    s = [c.lower() for c in short if c.isalnum()]
    if not s:
        return None
    text = candidate
    si = len(s) - 1
    li = len(text) - 1
    while si >= 0:
        c = s[si]
        while li >= 0 and (text[li].lower() != c or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = text.rfind(" ", 0, li + 1) + 1
    return text[start:].strip() or None


@Language.factory(
    "nhskg_abbreviations",
    default_config={"spans_key": ORGS_KEY},
    requires=["doc.spans"],
    assigns=["doc.spans", "doc._.abbreviations"],
)
def make_abbreviations(nlp: Language, name: str, spans_key: str) -> AbbreviationDetector:
    """Factory for :class:`AbbreviationDetector`."""
    return AbbreviationDetector(spans_key=spans_key)


class AbbreviationDetector:
    """Find "Long Form (SHORT)" definitions of organisations and tag the short form everywhere in the doc.

    >>> from nhskg.nlp.pipeline import make_nlp
    >>> doc = make_nlp()("Foo Valley Analytics Network (FVAN) analyses it. FVAN reports.")
    >>> doc._.abbreviations, [s.text for s in doc.spans["orgs"]]
    ({'FVAN': 'Foo Valley Analytics Network'}, ['Foo Valley Analytics Network', 'FVAN'])
    """

    def __init__(self, *, spans_key: str = ORGS_KEY):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        if "(" not in text:
            return doc
        spans = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        span_end_chars = {s.end_char for s in spans}
        taken = bytearray()  # sized to the doc with token_starts, when the first "(SHORT)" needs them
        token_starts = None
        by_end: dict[int, Span] = {}
        definitions: dict[str, tuple[Span, int]] = {}
        for m in _PAREN.finditer(text):
            short = m.group("short").strip()
            open_at = m.start()
            head = text[max(0, open_at - 80) : open_at]
            name_end = open_at - (len(head) - len(head.rstrip()))
            words = head.split()
            # Cheap text-level test first: a recognised name or an organisation head word before "(".
            if name_end not in span_end_chars and (not words or (words[-1].lower() not in ORG_HEADS
                                                                 and LEADING_ORG_HEADS.isdisjoint(w.lower() for w in words[-6:]))):
                continue
            if not is_short_form(short):
                continue
            if token_starts is None:
                token_starts = doc.to_array("IDX").astype(numpy.int64)
                by_end = {s.end: s for s in spans}
                taken = bytearray(len(doc))
                for s in spans:
                    taken[s.start : s.end] = b"\x01" * (s.end - s.start)
            paren = int(numpy.searchsorted(token_starts, open_at, side="left"))
            if paren >= len(doc) or doc[paren].idx != open_at or taken[paren]:
                continue
            definer = by_end.get(paren)
            if definer is None and paren + 1 < len(doc) and taken[paren + 1] and doc[paren - 1].lower_ not in ORG_HEADS:
                # "National Institute of Clinical Excellence (NICE)": a name read by its leading head whose short form
                # names a known body already
                continue
            if definer is None:
                definer = self._unknown_long_form(doc, paren, short)
                if definer is None or any(taken[definer.start : definer.end]):
                    continue
                spans.append(definer)
                taken[definer.start : definer.end] = b"\x01" * (definer.end - definer.start)
            elif normalised_generic(definer.text):
                continue
            close = int(numpy.searchsorted(token_starts, m.end() - 1, side="left"))
            definitions.setdefault(short, (definer, close + 1))
        if not definitions:
            return doc
        # One mention per naming: the "(SHORT)" of a definition is not a second mention.
        inside = {(definer.end + 1, after - 1) for definer, after in definitions.values()}
        spans = [s for s in spans if (s.start, s.end) not in inside]
        for short, (definer, _after) in definitions.items():
            # A plain literal search (a leading look-behind would make the regex engine try every position).
            for m in re.finditer(re.escape(short), text):
                before = text[m.start() - 1] if m.start() else " "
                following = text[m.end()] if m.end() < len(text) else " "
                if before.isalnum() or before in "_&" or following.isalnum() or following in "_&":
                    continue
                mention = doc.char_span(m.start(), m.end())
                if mention is None or any(taken[mention.start : mention.end]):
                    continue
                if mention.start == definer.end + 1:
                    continue  # the definition's own "(SHORT)"
                spans.append(Span(doc, mention.start, mention.end, label=definer.label, span_id=definer.id))
                taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start, s.end))
        doc._.abbreviations = {short: definer.text for short, (definer, _) in sorted(definitions.items())}
        return doc

    @staticmethod
    def _unknown_long_form(doc: Doc, paren: int, short: str) -> Span | None:
        if paren == 0:
            return None
        head = doc[paren - 1].lower_
        leading = None if head in ORG_HEADS else _leading_head(doc, paren)
        kind = ORG_HEADS.get(head) or ("Other" if leading is not None else None)
        if kind is None or not doc[paren - 1].text[:1].isupper():
            return None
        kind = kind_before(kind, doc[paren - 2].text if paren > 1 else None)  # "Medical Research Council (MRC)"
        first = grow_left(doc, paren - 1)
        run = doc[first:paren]
        words = [t.lower_ for t in run]
        if kind == "Charity" and "nhs" in words:
            kind = "NHSTrust"  # "South London and Maudsley NHS Foundation (SLaM)": a trust's name cut short
        if kind == "NHSTrust" and "nhs" not in words and words[-2:] != ["foundation", "trust"]:
            kind = "Charity"  # "Child Accident Prevention Trust"; "Kingston Hospital Foundation Trust" stays a trust
        found = long_form(short, run.text)
        if found is None and kind == "Charity" and first > 0 and doc[first - 1].lower_ == "the" and short[:1].lower() == "t":
            # "The Aortic Dissection Charitable Trust (TADCT)": a charity's article is the short form's first letter
            # (not "The Health Improvement Network (THIN)", a database)
            run = doc[first - 1:paren]
            found = long_form(short, run.text)
        if found and leading is not None and long_form(short, doc[leading:paren].text) is not None:
            # "Association of Ambulance Chief Executives (AACE)": the body's name opens at its leading head, though
            # "Ambulance Chief Executives" is a shorter end whose letters spell it too
            found = doc[leading:paren].text
        if found:
            start_char = run.end_char - len(found)
            span = doc.char_span(start_char, run.end_char, alignment_mode="expand")
            if span is not None:
                run = span
        while len(run) > 1 and run[0].text[:1].lower() != short[:1].lower():
            run = run[1:]
        if run[0].text[:1].lower() != short[:1].lower() or normalised_generic(run.text):
            return None
        if len(run) == 1 and run[0].lower_ in ORG_HEADS:
            return None  # a kind word left alone ("Trust" of a long form the letters do not spell): no name
        return Span(doc, run.start, run.end, label=kind)


def normalised_generic(text: str) -> bool:
    """Whether a long form is only a kind name ("Commissioning Support Unit").

    >>> normalised_generic("the Commissioning Support Unit"), normalised_generic("Midlands and Lancashire Commissioning Support Unit")
    (True, False)
    """
    words = re.findall(r"[a-z]+", text.lower())
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) in GENERIC_LONG_FORMS
