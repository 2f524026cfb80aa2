"""A left-to-right layered layout for the HTML map, computed once in Python.

Columns are the stages of the flow (NHS Digital, DSCROs, CSUs,
commissioners, processors and recipients).  Inside a column organisations
are ordered by the mean position of the organisations they receive from
(the barycentre heuristic), so chains run roughly straight across.  A column
with many organisations (200 CCGs in the full register) wraps into several
narrow sub-columns instead of one very tall one.  Positions are fixed, so
the page needs no physics and the same graph always looks the same.

>>> positions = layered_positions(
...     [("a", 0, "NHS Digital"), ("b", 1, "DSCRO"), ("c", 2, "CSU")], [("a", "b"), ("b", "c")])
>>> [positions[n][0] for n in "abc"]
[0, 340, 680]
"""

from __future__ import annotations

import math
from collections import defaultdict

STAGE_GAP = 340  # horizontal distance between stages
SUBCOLUMN_GAP = 230  # between the sub-columns of a wrapped stage
ROW_GAP = 95  # vertical distance between organisations in a column
MAX_ROWS = 32  # a stage with more organisations wraps into sub-columns


def layered_positions(
    nodes: list[tuple[str, int, str]], edges: list[tuple[str, str]]
) -> dict[str, tuple[int, int]]:
    """``{node: (x, y)}`` for ``nodes`` given as ``(id, stage, label)`` and directed ``edges``."""
    stage_of = {n: stage for n, stage, _ in nodes}
    label_of = {n: label.casefold() for n, _, label in nodes}
    sources = defaultdict(set)
    neighbours = defaultdict(set)
    for a, b in edges:
        if a in stage_of and b in stage_of and a != b:
            sources[b].add(a)
            neighbours[a].add(b)
            neighbours[b].add(a)

    by_stage: dict[int, list[str]] = defaultdict(list)
    for n, stage, _ in nodes:
        by_stage[stage].append(n)

    positions: dict[str, tuple[int, int]] = {}
    x = 0
    for stage in sorted(by_stage):
        members = by_stage[stage]

        def barycentre(n: str) -> float:
            placed = [positions[m][1] for m in (sources[n] or neighbours[n]) if m in positions]
            return sum(placed) / len(placed) if placed else math.inf

        members.sort(key=lambda n: (barycentre(n), label_of[n], n))
        columns = max(1, math.ceil(len(members) / MAX_ROWS))
        rows = math.ceil(len(members) / columns)
        for index, n in enumerate(members):
            row, column = divmod(index, columns)
            # stagger wrapped sub-columns by half a row so labels do not line up into a wall
            offset = (ROW_GAP // 2) * (column % 2) if columns > 1 else 0
            y = (row - (rows - 1) / 2) * ROW_GAP + offset
            positions[n] = (x + column * SUBCOLUMN_GAP, int(round(y)))
        x += (columns - 1) * SUBCOLUMN_GAP + STAGE_GAP
    return positions
