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
from .marked import MARK, Sentence, items_after

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
