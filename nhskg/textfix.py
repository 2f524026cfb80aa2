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

SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\ufeff": "", "\x0b": " ", "\x0c": " "}

#: Control characters no text of a register means: XML 1.0 forbids the C0 ones (so
#: GraphML and HTML could not hold them), and ESC or CSI would drive a terminal.
CONTROLS = {
    chr(c): ""
    for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF]
}

_REPLACEMENTS = {**MISMAPPED, **SPACES, **CONTROLS}
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


_TERMINAL_UNSAFE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])?"  # ESC sequences: CSI, OSC, two-byte
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # any other control character (keeps tab and line feed)
)


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: escape sequences and control characters removed.

    Register text reaches ``trace`` and table output; an ESC sequence in it
    must not recolour, retitle or clear the user's terminal.

    >>> printable("NHS \\x1b[31mRed\\x1b[0m CCG\\x07\\x1b]0;title\\x07")
    'NHS Red CCG'
    """
    return _TERMINAL_UNSAFE.sub("", text) if text else text
