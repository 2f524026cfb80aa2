"""Who "the ICB" is in each purpose's block of an agreement with joint controllers (Data Uses Register, DSfC).

An ICB agreement with two controllers scopes them by purpose in its objective::

    NHS Cornwall and the Isles of Scilly ICB and NHS Devon ICB are joint controllers for the purpose of Commissioning
    and Invoice Validation under this Data Sharing Agreement.
    NHS Cornwall and the Isles of Scilly ICB is the sole controller for the purpose of Direct Care and Risk
    Stratification under this Data Sharing Agreement.

and its processing text runs in blocks under capitalised headings ("INVOICE VALIDATION", "RISK STRATIFICATION",
"COMMISSIONING", "DIRECT CARE"). "The ICB" of a block is the controllers of the block's purpose, not every
controller of the agreement: :func:`purpose_controllers` reads the statements, :func:`block_purpose` the heading a
place in a text is under.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "… are joint controllers for the purpose of <purposes> (under this Data Sharing Agreement).": who they are is the
#: sentence before the verb (found from the verb, so the search is one pass over the text)
_PURPOSE_CONTROLLERS = re.compile(
    r"\s(?:are|is)\s+(?:the\s+)?(?:joint\s+|sole\s+)?(?:data\s+)?controllers?\s+for\s+the\s+purposes?\s+of\s+"
    r"(?P<purposes>[^.\n]+?)(?:\s+under\s+this\s+[^.\n]*)?\.",
    re.IGNORECASE,
)
_PURPOSE_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)\s*", re.IGNORECASE)
#: A block heading: a line of capitals ("RISK STRATIFICATION", "RISK STRATIFICATION: ")
_HEADING = re.compile(r"^[ \t]*(?P<heading>[A-Z][A-Z &/-]{4,}[A-Z]):?[ \t]*$", re.MULTILINE)


def purpose_controllers(text: str, names: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Each purpose a statement of ``text`` scopes, with the ids of the controllers it names.

    ``names``: (surface, organisation id) of the organisations the text names.

    >>> text = ("A ICB and B ICB are joint controllers for the purpose of Commissioning and Invoice Validation under "
    ...         "this Data Sharing Agreement. A ICB is the sole controller for the purpose of Direct Care.")
    >>> sorted((p, sorted(ids)) for p, ids in purpose_controllers(text, [("A ICB", "a"), ("B ICB", "b")]).items())
    [('commissioning', ['a', 'b']), ('direct care', ['a']), ('invoice validation', ['a', 'b'])]
    """
    out: dict[str, set[str]] = {}
    if "controller" not in text.lower():
        return out
    named = sorted(set(names), key=lambda n: -len(n[0]))
    for statement in _PURPOSE_CONTROLLERS.finditer(text):
        who = text[max(text.rfind(".", 0, statement.start()), text.rfind("\n", 0, statement.start())) + 1:statement.start()]
        ids = set()
        for surface, org_id in named:
            if surface and surface in who:
                ids.add(org_id)
                who = who.replace(surface, " ")
        if not ids:
            continue
        for purpose in _PURPOSE_SPLIT.split(statement.group("purposes")):
            if purpose:
                out.setdefault(" ".join(purpose.lower().split()), set()).update(ids)
    return out


def block_purpose(text: str, at: int) -> str | None:
    """The heading (lowercase) of the block ``text[at]`` is in, else None.

    >>> block_purpose("INVOICE VALIDATION\\nThe ICB pays.\\n\\nDIRECT CARE\\n2. The ICB sends a re-id request.", 60)
    'direct care'
    >>> block_purpose("INVOICE VALIDATION: \\nThe ICB pays.\\n\\nDIRECT CARE:\\n2. The ICB sends a re-id request.", 60)
    'direct care'
    """
    heading = None
    for match in _HEADING.finditer(text, 0, at):
        heading = match.group("heading")
    return " ".join(heading.lower().split()) if heading else None
