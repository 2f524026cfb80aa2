"""Organisation recognition: gazetteer ruler, general name patterns, and the linker.

Three small components, each with its own config:

``nhskg_org_ruler``
    spaCy's :class:`~spacy.pipeline.SpanRuler` loaded with one phrase pattern
    per spelling of every gazetteer name and alias (matched on ``LOWER``), into
    ``doc.spans["orgs"]``; span label = kind, span id = organisation id.
``nhskg_org_patterns``
    names the gazetteer lacks.  A :class:`~spacy.matcher.PhraseMatcher` finds
    the head words that end (or start) an organisation name ("CCG", "ICB",
    "Integrated Care Board", "CSU", "Commissioning Support Unit", "DSCRO",
    "Data Services for Commissioners Regional Office", "NHS Foundation Trust",
    "NHS Trust", "Ltd", "Limited", "University") and the name is grown from
    there over capitalised words and connectors ("and", "&", "of", "on",
    "-"), so only the few tokens next to a head word are ever looked at.
    "the CSU", "each DSCRO", "GPs", "Providers" go to ``doc.spans["org_refs"]``.
``nhskg_org_linker``
    resolves every span with a :class:`~nhskg.nlp.resolve.Resolver` and sets
    ``span._.org_id``, ``span._.org_kind``, ``span._.org_label``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nhskg.kinds import kind_before, short_form, with_flag

from . import extensions  # noqa: F401  (registers the Span extensions)
from .extensions import ORGS_KEY, REFS_KEY
from .gazetteer import gazetteer_patterns, load_gazetteer
from .resolve import HEADS, LEADING_HEADS, Resolver

# --- gazetteer ruler -------------------------------------------------------------------


@Language.factory(
    "nhskg_org_ruler",
    default_config={"gazetteer_path": None, "spans_key": ORGS_KEY},
    assigns=["doc.spans"],
)
def make_org_ruler(nlp: Language, name: str, gazetteer_path: str | None, spans_key: str) -> SpanRuler:
    """A SpanRuler holding the gazetteer's phrase patterns (case-insensitive, longest match wins)."""
    ruler = SpacedNameRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=longest_spans_filter,
        phrase_matcher_attr="LOWER",
        overwrite=True,
    )
    ruler.add_patterns(gazetteer_patterns(load_gazetteer(gazetteer_path)))
    return ruler


class SpacedNameRuler(SpanRuler):
    """A SpanRuler whose phrase patterns also match across runs of spaces inside a line.

    The register writes names with double spaces ("North of England  Data Services for Commissioners Regional
    Office"); the tokenizer makes the extra space a token of its own, which no phrase pattern holds.  Where a doc
    has such tokens, its phrases are matched once more on the words alone, and each match is mapped back.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> ruler = SpacedNameRuler(nlp, "r", phrase_matcher_attr="LOWER")
    >>> ruler.add_patterns([{"label": "CSU", "pattern": "North of England CSU"}])
    >>> [s.text for s in ruler.match(nlp("to North of England  CSU today"))]
    ['North of England  CSU']
    """

    #: Tokens each side of a run of spaces that a name across it may reach.
    REACH = 8

    def match(self, doc: Doc):
        matches = super().match(doc)
        if not len(self.phrase_matcher):
            return matches
        # only a run of spaces between two words can be inside a name ("England  Data"), not one after a full stop
        gaps = _gaps_between_words(doc)
        if not gaps:
            return matches
        found = set(matches)
        for gap in gaps:
            kept = [i for i in range(max(0, gap - self.REACH), min(len(doc), gap + self.REACH + 1))
                    if not (doc[i].is_space and "\n" not in doc[i].text)]
            words = Doc(doc.vocab, words=[doc[i].text for i in kept])
            for match_id, start, end in self.phrase_matcher(words):
                first, last = kept[start], kept[end - 1]
                if first < gap < last:  # the match runs across this run of spaces: not found on the doc itself
                    label = self._match_label_id_map[match_id]
                    found.add(Span(doc, first, last + 1, label=label["label"], span_id=label["id"]))
        return sorted(found)


def _gaps_between_words(doc: Doc) -> list[int]:
    """Indices of the space tokens inside a line with a word on each side: ``[1]`` for "England  Data".

    Read off the doc's attribute array: making a Token of every token to ask is a quarter of a text's analysis.
    """
    if len(doc) < 3:
        return []
    flags = doc.to_array([IS_SPACE, IS_ALPHA])
    space, alpha = flags[1:-1, 0].astype(bool), flags[:, 1].astype(bool)
    between = numpy.flatnonzero(space & alpha[:-2] & alpha[2:]) + 1
    return [int(i) for i in between if "\n" not in doc[int(i)].text]


def longest_spans_filter(existing, new):
    """Keep the longest of overlapping spans (the earliest on ties): "North of England CSU" over "England".

    >>> import spacy
    >>> doc = spacy.blank("en")("North of England CSU")
    >>> [s.text for s in longest_spans_filter([], [doc[2:3], doc[0:4]])]
    ['North of England CSU']
    """
    return filter_spans(list(existing) + list(new))


# --- general patterns for names the gazetteer lacks -------------------------------------

#: Single words that end (or start) a name: a name never runs across one.
HEAD_WORDS = frozenset(h for h in HEADS if " " not in h and h != "university") | {"trust", "nhse", "council", "borough"}


#: "The Local Authority", "the local authorities", "the CCG and Local authority": the agreement's own councils
#: (resolved per agreement: its council controllers or applicant), written with a determiner or after "and".
COUNCIL_REFS = ("local authority", "local authorities")
_COUNCIL_REF_BEFORE = frozenset({"the", "each", "both", "their", "and", "&"})

#: Plural or collective references that are not one organisation.
GROUP_REFS: dict[str, str] = {
    "gps": "GPPractice",
    "gp practices": "GPPractice",
    "gp practice": "GPPractice",
    "gp system": "GPPractice",
    "gp systems": "GPPractice",
    "providers": "CareProvider",
    "service providers": "CareProvider",
}

#: Headings whose list items are organisations of a kind, named without the kind word
#: ("DSCROs:" / "2.5 South" / "2.6 Central Southern").
LIST_HEADINGS: dict[str, str] = {f"{short_form(k).lower()}s :": k for k in with_flag("section_definite")}
MAX_LISTED_NAME_TOKENS = 8

#: Words that never name an organisation with a head word alone ("London CCG", "UK PLC", "NHS CCG").
GENERIC_NAME_WORDS = frozenset({"nhs", "london", "england", "english", "uk", "national", "local", "regional", "british"})

#: Words that point at "the one organisation of this kind" ("the CSU").
DETERMINERS = frozenset({"the", "each", "this", "that", "their", "its", "our"})
QUALIFIERS = frozenset({"respective", "relevant", "nominated"})

#: Capitalised words that never start an organisation's name.
STOP_WORDS = frozenset(
    """the a an and or of on to by for from with within via in into at as if when where once then
    each all any both this that these those their its our other every only also data processor
    processors controller controllers patient patients identifiable pseudonymised anonymised
    respective local named nominated relevant between under after before following listed
    sent received transferred passed is are was were will be has have than including
    whilst while although however additionally furthermore therefore thus hence currently
    i ii iii iv v dp1 dp2 dp3 sus sub one two three four five six seven eight nine ten eleven twelve
    note comparators supporting providing using enabling""".split()
)
CONNECTORS = frozenset({"and", "&", "of", "on", "upon", "-", "’s", "'s", "'", "’", "st", "st."})
#: Words that end a body's document or system, not the body's name ("… Information Security Policy", "… PURE").
DOCUMENT_WORDS = frozenset({"policy", "policies", "procedure", "procedures", "guidance", "guidelines", "website",
                            "pure", "protocol", "handbook", "repository"})
REGION_WORDS = frozenset(
    "north south east west central northern southern eastern western midlands england london "
    "yorkshire humber greater mersey cheshire lancashire".split()
)
MAX_NAME_TOKENS = 8


def _is_name_token(token) -> bool:
    text = token.text
    if token.is_space or token.lower_ in STOP_WORDS or not text[:1].isalnum():
        return False
    if text[:1].isupper() or (token.like_num and any(c.isalpha() for c in text)):
        return True
    # "i5 Health Limited", "eMBED": a brand written lowercase first, with a digit or a capital inside
    return text[:1].isalpha() and len(text) > 1 and any(c.isdigit() or c.isupper() for c in text[1:])


#: Capitalised words that are stop words at the start of a name but can be inside one ("Ark Data Centres Limited").
INNER_WORDS = frozenset({"data"})


def _is_inner_name_token(doc: Doc, i: int) -> bool:
    """A capitalised :data:`INNER_WORDS` word between two name words ("Ark *Data* Centres")."""
    token = doc[i]
    return (token.lower_ in INNER_WORDS and token.text[:1].isupper() and 0 < i < len(doc) - 1
            and not token.is_sent_start and _is_name_token(doc[i - 1]) and _is_name_token(doc[i + 1]))


def _company_join(doc: Doc, i: int) -> bool:
    """An "&" or "and" between two single name words right before the head word: "Ernst & Young LLP", "Ernst and Young LLP"."""
    token = doc[i]
    if i == 0 or i + 1 >= len(doc) or not (_is_name_token(doc[i - 1]) and _is_name_token(doc[i + 1])):
        return False
    if token.lower_ not in ("&", "and"):
        return False
    # "Merck Sharp & Dohme Ltd": an ampersand joins a firm's names; an "and" only two single words
    return token.text == "&" or i < 2 or not _is_name_token(doc[i - 2])


def grow_left(doc: Doc, start: int, *, joins: bool = True, nhs_starts: bool = False) -> int:
    """Index of the first token of the name ending just before ``start`` (``start`` if none).

    The name never takes in another organisation's head word ("University of
    Leeds and NHS Vale of York CCG" gives "NHS Vale of York"); with
    ``nhs_starts`` an "NHS" is the first word ("NHS Vale of York CCG").
    """
    i = start
    first = start
    while i > 0 and start - i < MAX_NAME_TOKENS:
        token = doc[i - 1]
        ends_name = token.lower_ in ("university", "college") and doc[i].lower_ in ("and", "&")
        if _is_head_word(token) or ends_name:
            # Another name ends here: "London Borough of Camden and Lancashire County Council"
            between = [t.i for t in doc[i:start] if t.lower_ in ("and", "&")]
            if between:
                first = max(first, between[0] + 1)
            break
        if "\n" in token.text:
            break
        if i == start and token.text in ("'", "’"):
            i -= 1  # "Guy's and St Thomas' NHS Foundation Trust"
            continue
        if token.text == ")" and i >= 3 and doc[i - 2].text in ("UK", "U.K.") and doc[i - 3].text == "(":
            i -= 3  # "Optum Health Solutions (UK) Ltd"
            continue
        if nhs_starts and token.lower_ == "nhs":
            return i - 1
        if nhs_starts and token.text == "," and first < start:
            # "NHS Airedale, Wharfedale and Craven CCG": a comma inside a name that starts with NHS
            k = i - 2
            while k >= 0 and i - 2 - k < 6 and (_is_name_token(doc[k]) or _is_connector(doc[k])) and doc[k].lower_ != "nhs" and not _is_head_word(doc[k]):
                k -= 1
            if k >= 0 and doc[k].lower_ == "nhs" and k < i - 2:
                return k
            line_start = k < 0 or "\n" in doc[k].text
            if line_start and k < i - 2 and any(t.lower_ in ("and", "&") for t in doc[i:start]):
                return k + 1  # a list line "Heywood, Middleton and Rochdale CCG": the whole line is the name
            break
        if nhs_starts and token.lower_ == "the" and first < start and i >= 2 and doc[i - 2].lower_ in ("and", "&"):
            # "NHS Cornwall and the Isles of Scilly Integrated Care Board": "and the" inside a name that starts with NHS
            k = i - 3
            while k >= 0 and i - 3 - k < 6 and _is_name_token(doc[k]) and doc[k].lower_ != "nhs" and not _is_head_word(doc[k]):
                k -= 1
            if k >= 0 and doc[k].lower_ == "nhs" and k < i - 3:
                return k
            break
        if _is_name_token(token) or (first == i and _is_inner_name_token(doc, i - 1)):
            first = i - 1
        elif not joins and i + 1 == start and _company_join(doc, i - 1):
            pass  # "Ernst & Young LLP", "ERNST AND YOUNG LLP": one firm's name, not two names
        elif i == start or not _is_connector(token) or (not joins and token.lower_ in ("and", "&")):
            # "Comparators of CCG", "Note on CSU": a name ends in a name word
            break
        i -= 1
        if token.is_sent_start:
            break
    return first


def _named_bare_elsewhere(doc: Doc, first: int, last: int) -> bool:
    """Whether the words ``doc[first:last]`` are written elsewhere in the text with no determiner before them.

    "The Queen Mary University of London do not …" beside "… provided to Queen Mary University of London": the
    words before the head are the name's, not a name before the name.
    """
    name = doc[first:last].text
    text = doc.text
    at = text.find(name)
    while at >= 0:
        if at != doc[first].idx and not re.search(r"\b(?:the|a|an|this|that|its|their)\s+$", text[max(0, at - 6):at], re.IGNORECASE):
            return True
        at = text.find(name, at + 1)
    return False


def _after_a_university(doc: Doc, first: int, start: int) -> int:
    """Where the name before ``start`` begins once a university named first is cut off.

    "University of Cambridge and Cambridge University Hospital NHS Trust", "University College
    London and Northwestern University": a university's name ("University of …", "University
    College …") and then "and" starts another name.  "University Hospitals Bristol and Weston NHS
    Foundation Trust" is one name.
    """
    cut = first
    seen_university = False
    for t in doc[first:start]:
        if t.lower_ == "university" and t.i + 1 < start and doc[t.i + 1].lower_ in ("of", "college"):
            seen_university = True
        elif seen_university and t.lower_ in ("and", "&"):
            cut = t.i + 1
    return cut if cut < start else first


def _is_head_word(token) -> bool:
    """Whether ``token`` ends (or starts) another organisation's name, so that no name runs across it.

    "Borough" does only as "Borough of" ("London Borough of Camden"); elsewhere it is part of a
    place name ("NHS Wigan Borough CCG", "Wigan Borough Council").
    """
    if token.lower_ == "borough":
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.lower_ == "of"
    return token.lower_ in HEAD_WORDS


def _is_connector(token) -> bool:
    # A hyphen joins words only when written without spaces ("Stoke-on-Trent").
    if token.text in ("-", "–"):
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.lower_ in CONNECTORS


def _grow_right(doc: Doc, end: int, *, regions_only: bool, joins: bool = True) -> int:
    """Index just after the name that starts at ``end`` (``end`` if none)."""
    i = end
    last = end
    grown: list[int] = []
    while i < len(doc) and i - end < MAX_NAME_TOKENS:
        token = doc[i]
        if "\n" in token.text or token.is_sent_start:
            break
        if i > end and token.lower_ in ("'", "’", "'s", "’s"):
            break  # "University of Leeds’ Division of Epidemiology": the possessive ends the name
        if token.lower_ in DOCUMENT_WORDS and grown:
            # "University of Cambridge Clinical School Information Security Policy", "University of Bristol PURE":
            # a document or system of the body; its title's (up to two) words are not the body's name
            keep = grown[:-2] if len(grown) > 2 else grown[:1]
            return keep[-1] + 1
        if _is_name_token(token) and (
            not regions_only or token.lower_ in REGION_WORDS or (token.is_upper and len(token) > 1)
        ):
            last = i + 1
            grown.append(i)
        elif i == end or not _is_connector(token) or (not joins and token.lower_ in ("and", "&")):
            break
        i += 1
    return last


def _listed_under(doc: Doc, end: int, kind: str) -> list[Span]:
    """The short list items after a heading such as "DSCROs:", as names of that kind (marker excluded)."""
    if end < len(doc) and not doc[end].is_space and not doc[end].is_sent_start:
        return []  # "DSCROs: North, South" in running text is left to the head-word patterns
    items: list[Span] = []
    i = end
    while i < len(doc):
        while i < len(doc) and doc[i].is_space:
            i += 1
        j = i + 1
        while j < len(doc) and not doc[j].is_sent_start:
            j += 1
        first = i
        # skip the list marker: "2.5", "1.", "a)", "-", "•"
        while first < j and (doc[first].like_num or not doc[first].text[:1].isalpha() or (
            len(doc[first].text) == 1 and first + 1 < j and doc[first + 1].text in {")", "."}
        )):
            first += 1
        if first == i and items:
            break  # not a list item: the list is over
        last = j
        while last > first and (doc[last - 1].is_space or doc[last - 1].is_punct):
            last -= 1
        words = doc[first:last]
        if not 0 < len(words) <= MAX_LISTED_NAME_TOKENS or not all(
            _is_name_token(t) or _is_connector(t) or t.text == "(" or t.text == ")" for t in words
        ):
            break
        items.append(Span(doc, first, last, label=kind))
        i = j
    return items


def _plural_possessive(doc: Doc, first: int, end: int) -> bool:
    """"The Black Country CCG's have come together": the register's plural, not one CCG."""
    return end < len(doc) and doc[end].lower_ in ("'s", "’s") and first > 0 and doc[first - 1].lower_ == "the"


def _ods_suffix_end(doc: Doc, end: int) -> int:
    """Include " - 05D" after an ICB/CCG name (an ODS code; the tokenizer may split "05G" as "05" "G")."""
    if end + 1 >= len(doc) or doc[end].text not in {"-", "–"}:
        return end
    code = ""
    i = end + 1
    while i < len(doc) and len(code) < 6:
        code += doc[i].text
        i += 1
        if doc[i - 1].whitespace_:
            break
        if i < len(doc) and not doc[i].text.isalnum():
            break
    code = code.rstrip(".")  # "91Q." is one token at a sentence end
    if 3 <= len(code) <= 6 and code.isalnum() and code.isupper() and any(c.isdigit() for c in code):
        return i
    return end


@Language.factory(
    "nhskg_org_patterns",
    default_config={"spans_key": ORGS_KEY, "refs_key": REFS_KEY},
    requires=["doc.spans", "token.is_sent_start"],
    assigns=["doc.spans"],
)
def make_org_patterns(nlp: Language, name: str, spans_key: str, refs_key: str) -> GeneralOrgPatterns:
    """Factory for :class:`GeneralOrgPatterns`."""
    return GeneralOrgPatterns(nlp, spans_key=spans_key, refs_key=refs_key)


def _grow_known_names(existing: list[Span], found: list[Span], taken: bytearray) -> bool:
    """Replace each gazetteer name in ``existing`` by a general name of the same kind in ``found`` that contains it.

    "NHS North Cumbria CCG" around "Cumbria CCG", "Optum Health Solutions" + " UK Limited": the linker then
    resolves the longer form.  Marks the grown tokens in ``taken``; returns whether any name grew.
    """
    changed = False
    owner = {}
    for n, span in enumerate(existing):
        for t in range(span.start, span.end):
            owner[t] = n
    for span in found:
        inside = {owner[t] for t in range(span.start, span.end) if t in owner}
        if len(inside) != 1:
            continue
        n = inside.pop()
        old_span = existing[n]
        contained = span.start <= old_span.start and old_span.end <= span.end and len(span) > len(old_span)
        if contained and old_span.label_ == span.label_:
            existing[n] = span
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            changed = True
    return changed


class GeneralOrgPatterns:
    """Find organisation names by their head words ("… NHS Foundation Trust", "NHS … CCG", "… Ltd").

    Spans already found by the gazetteer ruler win over general ones.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("nhskg_sentences"); _ = nlp.add_pipe("nhskg_org_patterns")
    >>> doc = nlp("Data goes from Wessex DSCRO to Foo Valley NHS Foundation Trust and the CSU.")
    >>> [(s.text, s.label_) for s in doc.spans["orgs"]], [(s.text, s.label_) for s in doc.spans["org_refs"]]
    ([('Wessex DSCRO', 'DSCRO'), ('Foo Valley NHS Foundation Trust', 'NHSTrust')], [('the CSU', 'CSU')])
    """

    def __init__(self, nlp: Language, *, spans_key: str = ORGS_KEY, refs_key: str = REFS_KEY):
        self.spans_key = spans_key
        self.refs_key = refs_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for head in HEADS:
            self.matcher.add("HEAD:" + head, [nlp.make_doc(head)])
        for ref in GROUP_REFS:
            self.matcher.add("GROUP:" + ref, [nlp.make_doc(ref)])
        for heading in LIST_HEADINGS:
            self.matcher.add("LIST:" + heading, [nlp.make_doc(heading)])
        for ref in COUNCIL_REFS:
            self.matcher.add("COUNCIL:" + ref, [nlp.make_doc(ref)])
        self._labels = {nlp.vocab.strings["HEAD:" + h]: ("head", h) for h in HEADS}
        self._labels.update({nlp.vocab.strings["GROUP:" + g]: ("group", g) for g in GROUP_REFS})
        self._labels.update({nlp.vocab.strings["LIST:" + h]: ("list", h) for h in LIST_HEADINGS})
        self._labels.update({nlp.vocab.strings["COUNCIL:" + r]: ("council", r) for r in COUNCIL_REFS})

    def __call__(self, doc: Doc) -> Doc:
        existing = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        changed = False
        for n, span in enumerate(existing):
            if span.label_ in ("ICB", "CCG"):
                end = _ods_suffix_end(doc, span.end)
                if end > span.end:
                    # "NHS BLACK COUNTRY ICB - D2P2L": a sub-ICB location, resolved by its code
                    existing[n] = Span(doc, span.start, end, label=span.label_)
                    changed = True
        taken = bytearray(len(doc))
        for span in existing:
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        found: list[Span] = []
        refs: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            what, phrase = self._labels[match_id]
            # Head words inside gazetteer names are still grown: "NHS North Cumbria CCG" contains "Cumbria CCG".
            if what != "head" and any(taken[start:end]):
                continue
            if what == "group":
                refs.append(Span(doc, start, end, label=GROUP_REFS[phrase]))
                continue
            if what == "list":
                found.extend(_listed_under(doc, end, LIST_HEADINGS[phrase]))
                continue
            if what == "council":
                before = doc[start - 1].lower_ if start else ""
                if before in _COUNCIL_REF_BEFORE:
                    first = start - 1 if before in DETERMINERS or before == "both" else start
                    refs.append(Span(doc, first, end, label="LocalAuthority"))
                continue
            head = doc[start]
            if head.text.islower():
                continue  # "limited to", "university" in running text
            # "Medical Research Council": the word before the head can make it another kind's
            kind = kind_before(HEADS[phrase], doc[start - 1].text if start else None)
            span = self._name_around(doc, start, end, kind, phrase)
            if span is not None:
                found.append(span)
            elif kind in ("CCG", "ICB", "CSU", "DSCRO"):
                ref = self._definite(doc, start, end, kind)
                if ref is not None:
                    refs.append(ref)
        kept = []
        found = filter_spans(found)
        if found and existing:
            changed = _grow_known_names(existing, found, taken) or changed
        for span in found:
            if not any(taken[span.start : span.end]):
                kept.append(span)
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        if kept or changed:
            doc.spans[self.spans_key] = sorted(existing + kept, key=lambda s: (s.start, s.end))
        elif self.spans_key not in doc.spans:
            doc.spans[self.spans_key] = []
        doc.spans[self.refs_key] = filter_spans(refs)
        return doc

    def _name_around(self, doc: Doc, start: int, end: int, kind: str, phrase: str) -> Span | None:
        if phrase in LEADING_HEADS and end < len(doc) and doc[end].lower_ == "of":
            last = _grow_right(doc, end + 1, regions_only=False, joins=False)
            # "Queen Mary University of London": words before the head belong to the name too, unless
            # a determiner or a connector comes first ("the Yorkshire Register University of Leeds
            # website", "Public Health and Primary Care University of Cambridge": a name before the name)
            first = grow_left(doc, start, joins=False) if phrase == "university" else start
            if first < start and first > 0 and not doc[first].is_sent_start:
                before = doc[first - 1]
                if ("\n" not in before.text and (before.lower_ in DETERMINERS or _is_connector(before))
                        and not _named_bare_elsewhere(doc, first, last)):
                    first = start
            if phrase == "university" and doc[last - 1].lower_ == "trust" and any(t.lower_ == "nhs" for t in doc[end:last]):
                kind = "NHSTrust"  # "University of Sheffield Teaching Hospital NHS Foundation Trust": a trust's name
            return Span(doc, first, last, label=kind) if last > end + 1 else None
        if (phrase == "university" and end + 1 < len(doc) and doc[end].lower_ == "college" and doc[end].text[:1].isupper()
                and _is_name_token(doc[end + 1])
                and (end + 2 >= len(doc) or not _is_name_token(doc[end + 2]))):
            # "University College London", "University College Dublin": a university's name, its place last
            # ("University College London Hospitals NHS Foundation Trust" is a trust's, grown from its own head)
            return Span(doc, start, end + 2, label=kind)
        if phrase == "university" and end < len(doc) and _is_name_token(doc[end]):
            return None  # "Homerton University Hospital NHS Foundation Trust": part of a longer name
        # "Data Services for Commissioners Regional Office (DSCRO)"
        if kind == "DSCRO" and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].lower_ == "dscro" and doc[end + 2].text == ")":
            end += 3
        # Two companies are often named together ("X Ltd and Y Limited"); public bodies' names contain "and".
        first = grow_left(doc, start, joins=kind != "Company", nhs_starts=kind in ("CCG", "ICB", "CSU"))
        first = _after_a_university(doc, first, start)
        if first < start and _plural_possessive(doc, first, end):
            return None
        if first < start and all(t.lower_ in GENERIC_NAME_WORDS for t in doc[first:start]):
            return None  # "a London CCG", "NHS CCG Outcome indicator set", "UK PLC": no one organisation
        if first < start:
            if kind in ("ICB", "CCG"):
                end = _ods_suffix_end(doc, end)
            return Span(doc, first, end, label=kind)
        if kind in ("DSCRO", "CSU"):
            last = _grow_right(doc, end, regions_only=True)
            if last > end:
                return Span(doc, start, last, label=kind)
        return None

    @staticmethod
    def _definite(doc: Doc, start: int, end: int, kind: str) -> Span | None:
        i = start
        # ("the  DSCRO re-identifies …": a double space is a token of its own between the words)
        if i > 0 and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
            i -= 1
        if i > 0 and doc[i - 1].lower_ in QUALIFIERS:
            i -= 1
        if i > 0 and doc[i - 1].lower_ in DETERMINERS:
            i -= 1
        return Span(doc, i, end, label=kind) if i < start and doc[i].lower_ in DETERMINERS else None


# --- linker -----------------------------------------------------------------------------


@Language.factory(
    "nhskg_org_linker",
    default_config={"gazetteer_path": None, "spans_key": ORGS_KEY, "fuzzy_threshold": 90.0},
    requires=["doc.spans"],
    assigns=["span._.org_id", "span._.org_kind", "span._.org_label"],
)
def make_org_linker(
    nlp: Language, name: str, gazetteer_path: str | None, spans_key: str, fuzzy_threshold: float
) -> OrgLinker:
    """Factory for :class:`OrgLinker`."""
    return OrgLinker(gazetteer_path=gazetteer_path, spans_key=spans_key, fuzzy_threshold=fuzzy_threshold)


class OrgLinker:
    """Resolve each span in ``doc.spans["orgs"]`` and set ``span._.org_id/org_kind/org_label``.

    Each doc is resolved by a fresh fork of the gazetteer's resolver
    (:meth:`~nhskg.nlp.resolve.Resolver.fork`, kept in ``doc.user_data`` under
    :data:`RESOLVER_KEY` for the rules that look names up), so what one text
    teaches (a new organisation, an acronym) never changes how another text
    resolves: the result depends on the text alone, not on the order texts
    come in, the batches or the worker processes.  :attr:`resolver` only
    records every organisation and surface form seen (``get_resolver(nlp)``);
    it is never consulted.  Spans that name no organisation of a known kind
    are dropped.

    >>> from nhskg.nlp.pipeline import make_nlp
    >>> doc = make_nlp()("Sent to DSCRO North England.")
    >>> span = doc.spans["orgs"][0]
    >>> span._.org_id, span._.org_kind, span._.org_label
    ('north-of-england-dscro', 'DSCRO', 'North of England DSCRO')
    """

    def __init__(self, *, gazetteer_path: str | Path | None = None, spans_key: str = ORGS_KEY, fuzzy_threshold: float = 90.0):
        self.spans_key = spans_key
        gazetteer = load_gazetteer(gazetteer_path)
        self.base = Resolver(gazetteer, fuzzy_threshold=fuzzy_threshold)
        self.resolver = Resolver(gazetteer, fuzzy_threshold=fuzzy_threshold)

    def __call__(self, doc: Doc) -> Doc:
        resolver = self.base.fork()
        doc.user_data[RESOLVER_KEY] = resolver
        if self.spans_key not in doc.spans:
            doc.spans[self.spans_key] = []
            return doc
        abbreviations = doc._.abbreviations or {}
        kept = []
        for span in doc.spans[self.spans_key]:
            org = self.link(span, abbreviations, resolver)
            if org is None:
                continue
            span._.org_id = org.id
            span._.org_kind = org.kind
            span._.org_label = org.label
            kept.append(span)
        doc.spans[self.spans_key] = kept
        if abbreviations:
            by_text = {" ".join(s.text.split()): s._.org_id for s in kept}
            for short, long_form in abbreviations.items():
                if long_form in by_text:
                    resolver.note(by_text[long_form], short)  # "THF" is a name of The Health Foundation
        self._record(resolver)
        return doc

    def _record(self, resolver: Resolver) -> None:
        """Keep what ``resolver`` saw in :attr:`resolver` (for ``get_resolver``; never read back by the linker)."""
        record = self.resolver
        for org_id in resolver.organisations():
            org = resolver.get(org_id)
            if org is None:
                continue
            known = record.get(org_id)
            if known is None:
                record.adopt(org)
            else:
                record.note(org_id, org.label)
                for alias in sorted(org.aliases):
                    record.note(org_id, alias)

    def link(self, span: Span, abbreviations: dict[str, str] | None = None, resolver: Resolver | None = None):
        """The organisation a recognised span names (recording its surface form); ``None`` if it names none."""
        resolver = resolver if resolver is not None else self.base.fork()
        surface = span.text
        if span.id_:
            return resolver.note(span.id_, surface)
        long_form = (abbreviations or {}).get(surface)
        if long_form:
            org = resolver.resolve(long_form, kind=span.label_ or None)
            return resolver.note(org.id, surface) if org else None
        return resolver.resolve(surface, kind=span.label_ or None)


#: ``doc.user_data`` key of the resolver that linked the doc's spans (a fork of the gazetteer's, for this doc alone).
RESOLVER_KEY = "nhskg.resolver"


def doc_resolver(doc: Doc) -> Resolver | None:
    """The resolver that linked ``doc``'s organisation spans, or ``None`` if no linker ran.

    >>> from nhskg.nlp.pipeline import make_nlp
    >>> doc = make_nlp()("Foo Valley Analytics Ltd receives it.")
    >>> list(doc_resolver(doc).new_organisations())
    ['foo-valley-analytics-ltd']
    """
    return doc.user_data.get(RESOLVER_KEY)


def get_resolver(nlp: Language) -> Resolver:
    """A record of every organisation and surface form ``nlp``'s linker has seen so far (never used to resolve).

    >>> from nhskg.nlp.pipeline import make_nlp
    >>> nlp = make_nlp()
    >>> _ = nlp("Data is sent to North England DSCRO.")
    >>> get_resolver(nlp).organisations()["north-of-england-dscro"].label
    'North of England DSCRO'
    """
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, OrgLinker):
            return pipe.resolver
    raise ValueError("this pipeline has no nhskg_org_linker")
