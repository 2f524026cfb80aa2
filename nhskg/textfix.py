"""Repair text that went through a bad PDF conversion, and normalise spaces.

The register's PDF-derived text maps some punctuation onto combining marks and
modifier letters; ftfy does not repair these because they are valid Unicode.
"""

from __future__ import annotations

import re

#: Mis-mapped character -> what the author wrote.
MISMAPPED = {
    "\u035e": "\u201c",  # ͞  -> left double quote
    "\u035f": "\u201d",  # ͟  -> right double quote
    "\u02b9": "\u2013",  # ʹ  -> en dash
    "\u035b": "\u2019",  # ͛  -> apostrophe
    "\u037b": "\u2022",  # ͻ  -> bullet
    "\u0358": ".",  # ͘  -> full stop
}

SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\ufeff": ""}

_REPLACEMENTS = {**MISMAPPED, **SPACES}
# One regex pass: on megabytes of page text many times faster than str.translate,
# which copies every string even when there is nothing to repair.
_TO_REPAIR = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")


def _replacement(match: re.Match) -> str:
    char = match.group()
    if char == "\u0358" and match.string.startswith(".", match.end()):
        return ""  # "12͘." carries the full stop twice: once mis-mapped, once as written
    return _REPLACEMENTS[char]


def repair(text: str) -> str:
    """Return ``text`` with mis-mapped punctuation repaired and odd spaces made plain.

    >>> repair("by \\u035ePersonnel\\u035f \\u02b9 Child\\u035bs 12\\u0358. x\\u00a0y")
    'by “Personnel” – Child’s 12. x y'
    """
    return _TO_REPAIR.sub(_replacement, text) if text else text
