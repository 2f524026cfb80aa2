"""One sheet of an official register workbook saved as CSV, recognised from its header row.

Rows are numbered as in the sheet (header row 1 if it is the first line), so a
CSV and its workbook give the same records; each cell also keeps the CSV line
it starts on.
"""

from __future__ import annotations

import csv
import io
import itertools
import sys
from typing import Iterator

from ..model import Location, ReadResult
from .problems import ProblemLog
from .tables import Collector, Row, head, read_rows, recognise

# free-text cells run to tens of kB, beyond the csv module's default limit
csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))

_SNIFF_CHARS = 65536


def _rows(text: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    for number, cells in enumerate(reader, start=1):
        starts = []
        at = line
        for cell in cells:
            starts.append(at)
            at += cell.count("\n")
        yield number, list(cells), starts
        line = reader.line_num + 1


def looks_like(text: str) -> bool:
    """Whether ``text`` starts with a register sheet's header row."""
    try:
        first = head(_rows(text[:_SNIFF_CHARS]))
    except csv.Error:
        return False
    return recognise([(n, c) for n, c, _ in first]) is not None


def first_row(text: str) -> list[str] | None:
    """The first row of ``text`` if it reads as a CSV row of three or more cells, else None."""
    first_line = text[:_SNIFF_CHARS].split("\n", 1)[0]
    try:
        cells = next(csv.reader([first_line]), [])
    except csv.Error:
        return None
    return cells if len([c for c in cells if c.strip()]) >= 3 else None


def read_csv(text: str, name: str, log: ProblemLog) -> ReadResult:
    collector = Collector(name, log)
    rows = _rows(text)
    table = None
    try:
        first = head(rows)
        table = recognise([(n, c) for n, c, _ in first])
        if table is not None:
            body = itertools.chain((r for r in first if r[0] > table.header_row), rows)
            read_rows(table, body, table.kind.sheet, collector)
    except csv.Error as err:
        log.warn(Location(name), f"CSV cannot be parsed after {collector.records_read} data rows ({err}); rest skipped")
    if table is None:
        log.warn(Location(name, 1), "no register header row (unknown spreadsheet layout)")
        return ReadResult(path=name, layout="unreadable")
    return ReadResult(
        path=name,
        layout=f"csv-{table.layout}",
        agreements=collector.sorted_agreements(),
        records_read=collector.records_read,
        records_skipped=collector.records_skipped,
    )
