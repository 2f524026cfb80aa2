"""A company called in its text by its name without its registered suffixes: "Oracle" for "Oracle Corporation UK
Limited", "Liaison Financial Services" for "Liaison Financial Services Ltd".

The Data Uses Register names a processor in full once (a heading, a processors list) and then by its short name in
the steps under it ("iii. Both files are then transferred to Oracle."); the short name is that company's mention
only when the text lets it stand for no other body (see :func:`short_company_names`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import NON_ACCESSING
from .slot_names import GENERIC_FIRST_WORDS, NOT_FIRST_WORDS, SUBJECT_HEADS

if TYPE_CHECKING:
    from .marked import Mention

#: What a company's registered name adds to the name its text calls it by: "Oracle Corporation UK Limited" is "Oracle"
#: in the steps under it, "Health IQ Ltd" is "Health IQ".
_REGISTERED_SUFFIXES = re.compile(
    r"(?:,?\s+(?:Corporation|Corp\.?|UK|\(UK\)|Limited|Ltd\.?|PLC|plc|LLP|Inc\.?|Group|International|Holdings))+$"
)


_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _reaches_no_data(text: str, at: int) -> bool:
    """Whether the body named at ``at`` opens a paragraph that says it does not access data.

    "Oracle Corporation provide Cloud Services for Oracle Corporation UK Limited and are therefore listed as a data
    processor. They supply support to the system, but do not access data.": data the steps send to "Oracle" reach
    the other Oracle, so the short name can stand for no one else.
    """
    if at and text[at - 1] != "\n":
        return False
    end = text.find("\n\n", at)
    return bool(NON_ACCESSING.search(text, at, end if end >= 0 else len(text)))


def short_company_names(text: str, named: list[Mention]) -> list[Mention]:
    """Uses of a named company's name without its registered suffixes, marked with the company's id.

    Only where the short name stands for one company of the text (not "Oracle" beside both "Oracle Corporation" and
    "Oracle Corporation UK Limited", other bodies), is not made of generic words only ("Health Services"), and is not
    the start of a longer capitalised name.

    >>> from nhskg.nlp.marked import Mention
    >>> text = "Oracle Corporation UK Limited\\nv. Oracle process the data and then transfer it to the ICB."
    >>> [(m.text, m.org_id) for m in short_company_names(text, [Mention(0, 29, text[:29], "Company", "oracle-uk")])]
    [('Oracle', 'oracle-uk')]
    """
    from .marked import Mention

    companies: dict[str, dict[str, Mention]] = {}
    for m in named:
        if m.kind != "Company" or m.org_id is None:
            continue
        base = _REGISTERED_SUFFIXES.sub("", m.text).strip()
        words = base.split()
        if base == m.text.strip() or len(base) < 3 or not words or words[0].lower() in NOT_FIRST_WORDS:
            continue
        if all(w.lower() in GENERIC_FIRST_WORDS | SUBJECT_HEADS for w in words) or not any(_WORD.fullmatch(w) for w in words):
            continue  # generic words, or a short form ("C-Ci", "CHKS") the acronym rules read
        companies.setdefault(base, {}).setdefault(m.org_id, m)
    taken = [(m.start, m.end) for m in named]
    out: list[Mention] = []
    for base, by_id in sorted(companies.items()):
        if len(by_id) != 1:
            continue
        ((org_id, company),) = by_id.items()
        if any(m.org_id not in (None, org_id) and m.text.startswith(base + " ") and not _reaches_no_data(text, m.start)
               for m in named):
            continue
        inside = [(m.start, m.end) for m in named if m.org_id == org_id]
        longer = (u for u in re.finditer(rf"(?<![\w-]){re.escape(base)}[ \t]+[A-Z]", text))
        if any(not any(s <= u.start() < e for s, e in inside) and not _reaches_no_data(text, u.start()) for u in longer):
            continue  # "Oracle Corporation provides cloud services for Oracle Corporation UK Limited": another body too
        for use in re.finditer(rf"(?<![\w-]){re.escape(base)}(?![\w-])(?![ \t]+[A-Z(])", text):
            if all(use.end() <= s or use.start() >= e for s, e in taken):
                out.append(Mention(use.start(), use.end(), base, company.kind, org_id))
                taken.append((use.start(), use.end()))
    return out
