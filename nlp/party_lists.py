"""The organisations of one kind an agreement lists as its own, under a heading that says so.

"The Commissioning Support Units providing the services are:" followed by
five items, each naming a CSU, tells the reader who "the CSUs" are everywhere
else in the agreement ("Data is pseudonymised within NHS Digital and released
to the CSUs"; "the CSUs (as part of NHS England) are data processors").  The
list may stand in another section than the reference, so it is kept per text
(``TextAnalysis.parties``) and joined per agreement at resolution, where a
plural reference to the kind means the agreement's parties of that kind plus
the listed ones.

Only a heading that is a sentence of its own, "The <kind, plural> [words] are:"
(or "include:"), opens a list, and only items that name an organisation of
that kind are read: "The CSUs are: …" lists parties, a customer base does not
("Tools are available … limited to Clinical Commissioning Groups (CCGs)").
"""

from __future__ import annotations

import re

from nhskg.kinds import KINDS

from .facts import FoundRole, OrgEnd
from .marked import INTRODUCED, MARK, Sentence, items_after

#: The kinds whose plural reference ("the CSUs") resolves to the agreement's own parties of that kind.
PARTY_KINDS = ("DSCRO", "CSU")
#: The role name a listed party carries in ``TextAnalysis.parties`` (never a role of the graph).
LISTED = "listed"


def _plural_forms(kind: str) -> list[str]:
    spec = KINDS[kind]
    forms = [f"{spec.short}s"] if spec.short else []
    return forms + [f"{long}s" for long in spec.long]


#: "The Commissioning Support Units providing the services are:", "The DSCROs involved are:"
HEADING = re.compile(
    r"^\s*(?:the|these|our)\s+(?P<kind>"
    + "|".join(f"(?P<{kind}>{'|'.join(re.escape(f) for f in _plural_forms(kind))})" for kind in PARTY_KINDS)
    + r")\b[^:.;⟦]{0,80}?\s(?:are|include)\s*:\s*$",
    re.IGNORECASE,
)


def find_parties(sentences: list[Sentence]) -> list[FoundRole]:
    """Each organisation a list under a "The CSUs … are:" heading names, as a ``LISTED`` role of that kind.

    >>> from nhskg.nlp.marked import Mention
    >>> head = Sentence(0, 30, "The CSUs providing it are:", "The CSUs providing it are:", ())
    >>> item = Sentence(31, 40, "- NECS", "- ⟦0⟧", (Mention(33, 37, "NECS", "CSU", "necs"),))
    >>> [(r.org.org_id, r.role) for r in find_parties([head, item])]
    [('necs', 'listed')]
    """
    found: list[FoundRole] = []
    for n, s in enumerate(sentences):
        heading = HEADING.match(s.marked)
        if heading is None:
            continue
        kind = next(k for k in PARTY_KINDS if heading.group(k))
        for item in items_after(sentences, n):
            for match in MARK.finditer(item.marked):
                mention = item.mention(match.group(1))
                if mention.org_id is not None and mention.kind == kind and not mention.definite:
                    found.append(FoundRole(OrgEnd(mention.org_id, mention.text, kind), LISTED, item.start, item.end))
    return found


#: "The ICBs listed here (hereby referred to as the One London ICBs), wish to be …": a name the text gives to the
#: organisations it lists next, one a line
_GROUP_DEFINITION = re.compile(
    r"\((?:hereby |hereafter |hereinafter |together |collectively )?(?:referred to|known) as (?:the )?"
    r"(?P<name>[A-Z][^()⟦]{1,60}?)\)",
)
_ONE_NAME_LINE = re.compile(r"\s*(?:[•·\-–]\s*)?⟦0⟧\s*\.?\s*")
#: A line the recogniser did not mark that names a body by its kind's words ("NHS North East London Integrated  Care
#: Board", written with two spaces): kind of each ending
_KIND_ENDINGS = (("Integrated Care Board", "ICB"), ("ICB", "ICB"), ("Commissioning Support Unit", "CSU"),
                 ("Clinical Commissioning Group", "CCG"), ("CCG", "CCG"))


def group_key(name: str) -> str:
    """How a group's name is looked up: case and spacing aside, without "the"."""
    return re.sub(r"^the ", "", " ".join(name.split()).lower())


def _member(line: Sentence) -> OrgEnd | None:
    if len(line.mentions) == 1 and _ONE_NAME_LINE.fullmatch(line.marked):
        mention = line.mentions[0]
        return None if mention.org_id is None else OrgEnd(mention.org_id, mention.text, mention.kind)
    name = " ".join(line.text.split()).strip("•·-– .")
    if line.mentions or not re.fullmatch(r"(?:NHS )?[A-Z][\w&,' -]{2,80}", name):
        return None
    kind = next((k for ending, k in _KIND_ENDINGS if name.endswith(" " + ending)), None)
    return OrgEnd(INTRODUCED + name, name, kind) if kind else None


def find_groups(sentences: list[Sentence]) -> dict[str, list[OrgEnd]]:
    """The name (:func:`group_key`) a text defines for the organisations it lists next -> those organisations.

    "The ICBs listed here (hereby referred to as the One London ICBs), …" followed by four lines, each naming an ICB,
    makes "One London ICBs" (a processors list item, say) those four ICBs.

    >>> from nhskg.nlp.marked import Mention
    >>> head = Sentence(0, 50, "The ICBs (hereby referred to as the Two ICBs), act.", "The ICBs (hereby referred to as the Two ICBs), act.", ())
    >>> a = Sentence(51, 56, "A ICB", "⟦0⟧", (Mention(51, 56, "A ICB", "ICB", "a-icb"),))
    >>> b = Sentence(57, 81, "NHS B Integrated Care Board", "NHS B Integrated Care Board", ())
    >>> {k: [m.org_id for m in v] for k, v in find_groups([head, a, b]).items()}
    {'two icbs': ['a-icb', 'introduced:NHS B Integrated Care Board']}
    """
    groups: dict[str, list[OrgEnd]] = {}
    for n, s in enumerate(sentences):
        definition = _GROUP_DEFINITION.search(s.marked)
        if definition is None:
            continue
        members = []
        for line in sentences[n + 1:]:
            member = _member(line) if line.is_heading else None
            if member is None:
                break
            members.append(member)
        if len(members) > 1:
            groups[group_key(definition.group("name"))] = members
    return groups


def expand_group(end, groups: dict[str, list[OrgEnd]]) -> list:
    """``end``, or the organisations of the group it names."""
    if groups and isinstance(end, OrgEnd):
        members = groups.get(group_key(end.surface or end.org_id.split(":", 1)[-1]))
        if members:
            return list(members)
    return [end]
