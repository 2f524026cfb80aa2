"""Names a text introduces by the place it puts them in, where the recogniser marks no organisation.

Issue 10: a name the gazetteer lacks is recognised from how the text
introduces it, never guessed from any capitalised words.  Each slot of
:data:`SLOTS` is a sentence shape that only an organisation fills:

- "any access by **Interxion** to data held under this agreement would be considered a breach"
- "University Hospitals Bristol NHS Foundation Trust, **Pulsant**, **Ilkeston Community Hospital** and
  **Interxion** do not access data held under this agreement"
- "**Greater Manchester Shared Services** (hosted by NHS Oldham CCG) supply IT infrastructure"
- "**Lima Networks** supply IT infrastructure and are therefore listed as a data processor"
- the subject of a flow verb, when it reads as an organisation's name: its last word is one that ends such
  names ("**Warwick Clinical Trials Unit** transfer …", "**Picker Institute Europe** supply …"), or it is one
  word written in mixed case ("**NatCen** provide …"); see :func:`subject_name`

Every later or earlier use of a name found this way is marked too, with the
same id (``introduced:<name>``, resolved like the names of
:func:`nhskg.nlp.marked.view_of_doc`'s acronym introductions).

>>> [(m.text, m.org_id) for m in slot_names("Any access by Interxion to data would be a breach. Interxion hosts it.", [])]
[('Interxion', 'introduced:Interxion'), ('Interxion', 'introduced:Interxion')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .marked import Mention

#: One name: capitalised words, joined by "of", "for" or "&" ("and" separates the items of a list).
_NAME = r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|&)[ \t]+)?[A-Z][\w’'&-]*){0,5}"
#: Names in a list: "A, B, C and D".
_LIST = rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:[ \t]*,?[ \t]+(?:and|or)[ \t]+{_NAME})?"
#: Where a sentence starts: the text's start, a line break or a full stop.
_SENTENCE_START = r"(?:^|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t]{2})|(?<=\n))"



def _listed_as_processor(names: str, verb: str) -> re.Pattern[str]:
    """The slot "<names> <verb> … (and are therefore) listed as a data processor", its subject at a sentence start."""
    return re.compile(
        rf"{_SENTENCE_START}(?P<listed>)(?P<names>{names})[ \t]+{verb}\b"
        r"[^.;\n]{0,120}?\b(?:listed|named) as (?:a |the |joint )?data processors?\b"
    )


#: The slots, each with the words it cannot match without, one of which the text must hold (checked first: most
#: texts have none of them); each pattern's ``names`` group holds one name or a list of them.
SLOTS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # "any access by X (and Y) to data … would be considered a breach"
    (("access by",), re.compile(rf"\baccess by (?:the )?(?P<names>{_LIST})[ \t]+(?:to|would|will|shall|could|may|is|are)\b[^.;\n]*\bbreach")),
    # "A, B and C do not access data held under this agreement"
    (("not access", "not have access"), re.compile(rf"{_SENTENCE_START}(?P<names>{_LIST})[ \t]+(?:do|does|will)[ \t]+not[ \t]+(?:have[ \t]+)?access\b")),
    # "X (hosted by Y)"
    (("hosted by",), re.compile(rf"(?P<names>{_NAME})[ \t]*\([ \t]*hosted by\b")),
    # "X supply IT infrastructure and are therefore listed as a data processor"
    (("data processor",), _listed_as_processor(_NAME, r"(?:\([^()\n]*\)[ \t]+)?(?:supply|supplies|provide|provides|are|is)")),
    # "A, B, and C supply IT infrastructure and are therefore listed as a data processor"
    (("data processor",), _listed_as_processor(rf"{_NAME}(?:[ \t]*,[ \t]*{_NAME})+,?[ \t]+and[ \t]+{_NAME}",
                                               r"(?:supply|provide|are)")),
    # "InterWorks will act as a sub-processor", "…, therefore Verian and NatCen are acting as a data processor"
    (("processor",), re.compile(
        rf"(?:{_SENTENCE_START}|(?<=, )|(?<=, therefore )|(?<=, so ))(?P<names>{_LIST})[ \t]+"
        r"(?:will act|acts?|are acting|is acting) as (?:a |the )?(?:data |sub-?)?processors?\b"
    )),
    # "PPD (Pharmaceutical Product Development) is a processor acting under the instructions of …": a short form
    # is a name here only when its bracketed long form spells it (see :func:`_spelled_by`)
    (("processor",), re.compile(
        rf"{_SENTENCE_START}(?P<names>{_NAME})[ \t]+\((?P<expansion>[A-Z][^()\n]{{2,80}})\)[ \t]+(?:is|are)[ \t]+"
        r"(?:a|an|the)[ \t]+(?:data[ \t]+|sub-?)?processors?\b"
    )),
    # "Access is restricted to employees or agents of IPSOS"
    (("restricted to", "limited to"), re.compile(
        rf"\b(?:[Aa]ccess|[Pp]rocessing)[^.;\n]{{0,40}}\b(?:restricted|limited) to (?:the )?(?:substantive )?(?:employees|staff)"
        rf"(?: (?:or|and) (?:agents|contractors))? of (?P<names>{_NAME})\b"
    )),
)
#: Each slot's cues as a pattern, any run of spaces or tabs for a space: every match of a slot holds one of them.
_CUE_ON_LINE = tuple(re.compile("|".join(r"[ \t]+".join(map(re.escape, c.split())) for c in cues)) for cues, _ in SLOTS)


def _on_cue_lines(slot: re.Pattern[str], cue: re.Pattern[str], text: str):
    r"""``slot.finditer(text)``, searched only on the lines that hold a cue: no slot's match runs across a line break.

    Scanning a whole text for a pattern that starts with a name costs a search from every capital; most lines of a
    text with a cue (a Data Uses Register text says "data processor" somewhere) hold none.

    >>> slot = re.compile(r"(?<=\n)(?P<names>[A-Z]\w+) is a data processor")
    >>> [m.group("names") for m in _on_cue_lines(slot, re.compile("data processor"), "x\nAcme is a data processor.\ny")]
    ['Acme']
    """
    at = 0
    for found in cue.finditer(text):
        if found.start() < at:
            continue  # a second cue on a line already searched
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        at = len(text) if end < 0 else end + 1
        yield from slot.finditer(text, start, at)


#: Words that start a sentence or a phrase but no organisation's name.
NOT_FIRST_WORDS = frozenset(
    "the this these those they it its all any each every for data nhs therefore where when if once access processing "
    "our we both only such no none a an in on at as by to from with staff users researchers analysts employees patients "
    "partners processors controllers clients customers third other some there however please".split()
)
_SPLIT_ITEMS = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _is_name(name: str) -> bool:
    words = name.split()
    # (not an acronym: "employees or agents of ICR" is the applicant's, which the text may never spell out, and a node of
    # its own would split the applicant in two)
    return len(name) >= 3 and bool(words) and words[0].lower() not in NOT_FIRST_WORDS and not (len(words) == 1 and name.isupper())


def _named_data_company(name: str) -> bool:
    """A name starting "Data" that names a company, not a kind of body or service ("Data Barracks", not "Data Services")."""
    words = name.split()
    return (len(words) >= 2 and words[0] == "Data" and words[1][0].isupper()
            and words[1].lower() not in GENERIC_FIRST_WORDS | SUBJECT_HEADS | {"processor", "processors", "controller", "controllers"})


def _spelled_by(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``'s capitalised words ("PPD", "Pharmaceutical Product Development")."""
    return short.isupper() and short == "".join(w[0] for w in long.split() if w[0].isupper())


def slot_names(text: str, named: list[Mention]) -> list[Mention]:
    """The names :data:`SLOTS` introduce that overlap no mention of ``named``, and every other use of them in ``text``."""
    from nhskg.datasets import known_names

    from .marked import INTRODUCED, Mention

    taken = [(m.start, m.end) for m in named]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    names: dict[str, None] = {}
    for (cues, slot), on_line in zip(SLOTS, _CUE_ON_LINE, strict=True):
        if not any(cue in text for cue in cues):
            continue
        for match in _on_cue_lines(slot, on_line, text):
            at = match.start("names")
            for item in _SPLIT_ITEMS.split(match.group("names")):
                start = text.index(item, at)
                at = start + len(item)
                item = item.strip()
                named_by_expansion = "expansion" in slot.groupindex and _spelled_by(item, match.group("expansion"))
                # ("Data Barracks supply IT infrastructure … and are therefore listed as a data processor")
                listed_company = "listed" in slot.groupindex and _named_data_company(item)
                if (_is_name(item) or named_by_expansion or listed_company) and free(start, start + len(item)):
                    names.setdefault(item)
    if not names:
        return []
    datasets = frozenset(known_names())
    out: list[Mention] = []
    for name in names:
        if name in datasets:
            continue
        # "Answer Digital Ltd are sub-contracted … Answer Digital will act as a sub-processor": the named company
        longer = next((m for m in named if _COMPANY_SUFFIX.fullmatch(m.text[len(name):]) and m.text.startswith(name)), None)
        for use in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if free(use.start(), use.end()):
                kind, org_id = (longer.kind, longer.org_id) if longer is not None else ("Other", INTRODUCED + name)
                out.append(Mention(use.start(), use.end(), name, kind, org_id))
                taken.append((use.start(), use.end()))
    return out


#: What a company's registered name adds to the name it goes by ("Ltd"; not "UK Limited": "Oracle Corporation" provides
#: cloud services for "Oracle Corporation UK Limited", another body)
_COMPANY_SUFFIX = re.compile(r"\s+(?:Ltd|Limited|PLC|plc|LLP)\.?")


#: The id prefix of a name a flow verb's subject position introduces: resolved with its agreement, where it may be the
#: end of a longer name ("Warwick Clinical Trials Unit" of "University of Warwick Clinical Trials Unit").
SUBJECT_NAME = "subject:"

#: Last words of a name in subject position that make it an organisation's (not a data set's, a system's or a team's
#: function): "Warwick Clinical Trials Unit", "Picker Institute Europe", "Capita Business Services".
SUBJECT_HEADS = frozenset(
    "unit institute centre center foundation trust partnership agency alliance consortium company office commission "
    "collaborative hub consultancy services solutions analytics intelligence group network europe uk".split()
)
#: First words of such names that name a kind of service or body, not one ("Data Services", "Health Intelligence").
GENERIC_FIRST_WORDS = frozenset(
    "data health clinical hospital national regional local public patient commissioning secure specialist business "
    "information research analytical analysis intelligence quality".split()
)
_MIXED_CASE = re.compile(r"^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)$")


def subject_name(name: str) -> str | None:
    """``name`` (a flow verb's subject the recogniser did not mark) when it reads as an organisation's name, else None.

    >>> [subject_name(n) for n in ("Warwick Clinical Trials Unit", "NatCen", "Data Services", "Intelligent", "By")]
    ['Warwick Clinical Trials Unit', 'NatCen', None, None, None]
    """
    words = name.split()
    if not words or words[0].lower() in NOT_FIRST_WORDS:
        return None
    if len(words) == 1:
        return name if _MIXED_CASE.match(name) else None
    if words[-1].lower() in SUBJECT_HEADS and words[0].lower() not in GENERIC_FIRST_WORDS and all(w[0].isupper() for w in words
                                                                                               if w not in ("of", "and", "&", "for")):
        return name
    return None
