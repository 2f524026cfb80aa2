"""Cut free text too long for one parse into parts, at paragraph or sentence ends.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error
E088); one such cell would lose the whole build.  Register sections run to
about 20,000 characters, so a part of at most :data:`MAX_CHARS` is never a
real section's limit, only a pasted document's.  Each part keeps where it
starts: its :attr:`~nhskg.model.Section.offset` in the text as written, and
for text files the line it starts on, so evidence still points at its line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Agreement, Section

#: The longest text parsed in one piece (well under spaCy's 1,000,000).
MAX_CHARS = 100_000

# where to cut, best first: a blank line, a line end, a sentence end, any space
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?;:]\s"), re.compile(r"\s"))


def split_text(text: str, limit: int = MAX_CHARS) -> list[tuple[int, str]]:
    """``text`` as ``(offset, part)`` pairs of at most ``limit`` characters, cut at the best break found.

    >>> split_text("One. Two.\\n\\nThree four five.", limit=12)
    [(0, 'One. Two.\\n\\n'), (11, 'Three four '), (22, 'five.')]
    >>> "".join(part for _, part in split_text("x" * 25, limit=10))  == "x" * 25
    True
    """
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start: start + limit]
        cut = limit
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        parts.append((start, text[start: start + cut]))
        start += cut
    parts.append((start, text[start:]))
    return parts


def split_long_sections(agreement: Agreement, limit: int = MAX_CHARS) -> None:
    """Replace each section of ``agreement`` longer than ``limit`` by its parts (see :func:`split_text`)."""
    if all(len(s.text) <= limit for s in agreement.sections):
        return
    sections: list[Section] = []
    for section in agreement.sections:
        if len(section.text) <= limit:
            sections.append(section)
            continue
        for offset, part in split_text(section.text, limit):
            location = section.location_of(offset)
            sections.append(replace(section, text=part, location=location, offset=section.offset + offset))
    agreement.sections = sections
