"""A left-to-right layered layout for the HTML map, computed once in Python.

Columns are the stages of the flow (NHS Digital, DSCROs, CSUs,
commissioners, processors and recipients).  Inside a column organisations
are ordered by the mean height of the organisations they exchange data with
(the barycentre heuristic, swept twice) and then placed as near that height
as the spacing allows, so chains run roughly straight across.  Tall columns
(200 CCGs in the full register) wrap into several sub-columns, as many as
it takes to give the whole drawing about the shape of a screen.  Positions
are fixed, so the page needs no physics and the same graph always looks the
same.

>>> positions = layered_positions(
...     [("a", 0, "NHS Digital"), ("b", 1, "DSCRO"), ("c", 2, "CSU")], [("a", "b"), ("b", "c")])
>>> [positions[n] for n in "abc"]
[(0, 0), (340, 0), (680, 0)]
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TypedDict

STAGE_GAP = 340  # horizontal distance between stages
SUBCOLUMN_GAP = 240  # between the sub-columns of a wrapped stage
ROW_GAP = 90  # vertical distance between organisations in a sub-column
MIN_ROWS = 8  # never wrap a column shorter than this
ASPECT = 1.7  # the width / height the drawing aims for (a landscape screen)


def _rows_for(sizes: list[int], stage_gap: int = STAGE_GAP, row_gap: int = ROW_GAP, aspect: float = ASPECT) -> int:
    """The sub-column height giving the drawing the shape closest to ``aspect``."""
    tallest = max(sizes, default=1)
    best, best_score = tallest, math.inf
    for rows in range(min(MIN_ROWS, tallest), tallest + 1):
        width = (len(sizes) - 1) * stage_gap + sum(math.ceil(n / rows) - 1 for n in sizes) * SUBCOLUMN_GAP
        height = max(rows - 1, 1) * row_gap
        score = abs(math.log(max(width, stage_gap) / height / aspect))
        if score < best_score - 1e-9:
            best, best_score = rows, score
    return best


def _spread(wanted: list[float], gap: float) -> list[float]:
    """Heights in the given order, ``gap`` apart at least, as near ``wanted`` as possible (least squares).

    Pool-adjacent-violators on ``wanted[i] - i * gap``.

    >>> _spread([0, 0, 0], 10)
    [-10.0, 0.0, 10.0]
    >>> _spread([0, 100], 10)
    [0.0, 100.0]
    """
    blocks: list[list[float]] = []  # [sum, count]
    for i, w in enumerate(wanted):
        blocks.append([w - i * gap, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    out: list[float] = []
    for total, count in blocks:
        out.extend([total / count] * int(count))
    return [y + i * gap for i, y in enumerate(out)]


class Spacing(TypedDict, total=False):
    """Keyword arguments of :func:`layered_positions` that a drawing may set (the overview's wider spacing)."""

    stage_gap: int
    row_gap: int
    aspect: float


def layered_positions(
    nodes: list[tuple[str, int, str]],
    edges: list[tuple[str, str]],
    *,
    stage_gap: int = STAGE_GAP,
    row_gap: int = ROW_GAP,
    aspect: float = ASPECT,
) -> dict[str, tuple[int, int]]:
    """``{node: (x, y)}`` for ``nodes`` given as ``(id, stage, label)`` and directed ``edges``.

    ``stage_gap`` and ``row_gap`` space the columns and rows; ``aspect`` is
    the width / height the drawing aims for (the register overview, with
    taller labels, asks for more room between rows and a squarer shape).
    """
    label_of = {n: label.casefold() for n, _, label in nodes}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        if a in label_of and b in label_of and a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    by_stage: dict[int, list[str]] = defaultdict(list)
    for n, stage, _ in nodes:
        by_stage[stage].append(n)
    stages = sorted(by_stage)
    rows = _rows_for([len(by_stage[s]) for s in stages], stage_gap, row_gap, aspect)

    heights: dict[str, float] = {}
    columns_of: dict[int, int] = {}
    # sweep 1 places each stage by the stages before it; sweep 2 by all neighbours
    for _sweep in range(2):
        placed = dict(heights)
        for stage in stages:
            members = by_stage[stage]

            def barycentre(n: str, placed: dict[str, float] = placed) -> float:
                known = [placed[m] for m in neighbours[n] if m in placed]
                return sum(known) / len(known) if known else math.inf

            centre = {n: barycentre(n) for n in members}
            members.sort(key=lambda n: (centre[n], label_of[n], n))
            columns = max(1, math.ceil(len(members) / rows))
            columns_of[stage] = columns
            linked = [n for n in members if centre[n] != math.inf]
            last = max((centre[n] for n in linked), default=0.0)
            for column in range(columns):
                chosen = members[column::columns]
                # organisations with no flow yet placed stack below the linked ones
                wanted = [centre[n] if centre[n] != math.inf else last + row_gap for n in chosen]
                for n, y in zip(chosen, _spread(wanted, row_gap), strict=True):
                    placed[n] = y
        heights = placed

    positions: dict[str, tuple[int, int]] = {}
    x = 0
    middle = (min(heights.values(), default=0) + max(heights.values(), default=0)) / 2
    for stage in stages:
        columns = columns_of[stage]
        for index, n in enumerate(by_stage[stage]):
            positions[n] = (x + (index % columns) * SUBCOLUMN_GAP, int(round(heights[n] - middle)))
        x += (columns - 1) * SUBCOLUMN_GAP + stage_gap
    return positions
