"""Aligned plain-text tables that fit the terminal: one line per row, long cells cut with "…".

Written by hand rather than with rich's Table because a register's answer has
thousands of rows: rich measured 6.6 s for 2,702 rows where writing them as
CSV takes well under a second; this costs about what CSV does.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

#: A column is never squeezed below this many characters (or its header, if shorter).
MIN_WIDTH = 8
#: Columns at most this wide are not cut while the long ones can give way.
SHORT = 20
#: Width used when the output is not a terminal and $COLUMNS is not set.
PIPE_WIDTH = 160
_GAP = "  "


def terminal_width() -> int:
    """$COLUMNS if set, else the terminal's width, else :data:`PIPE_WIDTH` (output piped)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(1).columns
    except OSError:
        return PIPE_WIDTH


def is_iri(value) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://", "urn:"))


def label_columns(variables: Sequence[str], rows: Sequence[tuple]) -> list[int]:
    """The indexes of the columns worth showing a person: those not holding IRIs only.

    >>> label_columns(["org", "label"], [("https://w3id.org/nhskg/id/org/x", "X")])
    [1]
    """
    keep = []
    for i, _ in enumerate(variables):
        values = [row[i] for row in rows if row[i] not in (None, "")]
        if not values or not all(is_iri(v) for v in values):
            keep.append(i)
    return keep


def _fit(values: list[int], header: Sequence[str], room: int) -> list[int]:
    """Column widths summing to at most ``room``: the long columns share what the short ones leave.

    ``values`` are the widest value of each column. Columns of at most
    :data:`SHORT` characters (references, states, kinds, counts) stay whole
    when they can, headers included; when they cannot, long headers are cut
    before short values are. The other columns are cut to one common cap, as
    large as fits.
    """
    def attempt(natural: list[int], least: list[int]) -> list[int] | None:
        floors = [n if n <= SHORT else min(n, f) for n, f in zip(natural, least, strict=True)]
        if sum(floors) > room:
            return None
        low, high = 0, max(natural, default=0)
        while low < high:  # the largest cap that fits
            cap = (low + high + 1) // 2
            if sum(max(f, min(n, cap)) for n, f in zip(natural, floors, strict=True)) <= room:
                low = cap
            else:
                high = cap - 1
        return [max(f, min(n, low)) for n, f in zip(natural, floors, strict=True)]

    whole_headers = [max(v, len(h)) for v, h in zip(values, header, strict=True)]
    cut_headers = [max(v, min(len(h), MIN_WIDTH)) for v, h in zip(values, header, strict=True)]
    return (
        attempt(whole_headers, [max(MIN_WIDTH, len(h)) for h in header])
        or attempt(cut_headers, [MIN_WIDTH] * len(header))
        or [min(n, MIN_WIDTH) for n in cut_headers]  # too many columns: each at most MIN_WIDTH
    )


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int | None = None) -> str:
    """``rows`` (already text) under ``header``, aligned, every line at most ``width`` characters.

    >>> print(format_table(["name", "says"], [["CSU", "a long sentence about data"]], width=20))
    name  says
    ----  --------------
    CSU   a long senten…
    """
    width = terminal_width() if width is None else width
    cells = [[" ".join(c.split()) for c in row] for row in rows]
    values = [max([0, *(len(row[i]) for row in cells)]) for i in range(len(header))]
    widths = _fit(values, header, width - len(_GAP) * (len(header) - 1))
    last = len(header) - 1

    def line(values) -> str:
        parts = [_cut(v, w) if i == last else _cut(v, w).ljust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return _GAP.join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)
