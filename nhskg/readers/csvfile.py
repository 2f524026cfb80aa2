"""One sheet of an official register workbook saved as CSV, recognised from its header row.

Rows are numbered as in the sheet (header row 1 if it is the first line), and
a cell is located by sheet, row and column only, as in the workbook, so a CSV
and its workbook give the same records and the same graph (a CSV line number
in the evidence would make a sentence repeated down a cell two flows here and
one in the workbook).  Problems with the CSV itself also give its line.
"""

from __future__ import annotations

import csv
import io
import itertools
import sys
from collections.abc import Iterator
from typing import cast

from ..model import Location, ReadResult
from .problems import ProblemLog
from .references import WRITTEN
from .tables import Collector, Row, Table, head, read_rows, recognise

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


def _swallowed_rows(cells: list[str], table: Table) -> int:
    """How many further rows of the sheet a row seems to hold inside one cell (an unclosed quote).

    A quote opened and never closed makes the CSV parser read the following
    lines, rows and all, into one cell until the next quote character.  Such a
    cell spans lines of which some read, on their own, as rows of this sheet:
    a reference number where the reference column is.
    """
    reference = table.columns.get("reference")
    if reference is None:
        return 0
    found = 0
    for cell in cells:
        if "\n" not in cell:
            continue
        for line in cell.split("\n")[1:]:
            if line.count(",") < reference:
                continue
            try:
                row = next(csv.reader([line]), [])
            except csv.Error:
                continue
            if len(row) > reference and WRITTEN.fullmatch(row[reference].strip()):
                found += 1
    return found


def _without_merged_rows(rows: Iterator[Row], table: Table, name: str, collector: Collector) -> Iterator[Row]:
    """``rows`` less those that swallowed others through an unclosed quote, each reported with its row and lines."""
    width = len(table.headers)
    for number, row_cells, starts in rows:
        cells = cast("list[str]", row_cells)  # a CSV row's cells are strings (_rows)
        swallowed = _swallowed_rows(cells, table)
        extra = [c for c in cells[width:] if c.strip()] if len(cells) > width and "reason" not in table.columns else []
        if not swallowed and not (extra and any("\n" in c for c in cells)):
            yield number, row_cells, None  # located as in the workbook: sheet, row, column
            continue
        last_line = (starts[-1] + cells[-1].count("\n")) if starts else None
        collector.records_read += 1 + swallowed
        collector.records_skipped += 1 + swallowed
        collector.log.warn(
            Location(name, starts[0] if starts else None, table.kind.sheet, number),
            f"an unclosed quote: this row runs on to line {last_line} and holds {swallowed} further row(s) "
            f"in one cell; skipped (close the quote, or double the quote characters inside the cell)",
        )


def read_csv(text: str, name: str, log: ProblemLog) -> ReadResult:
    collector = Collector(name, log)
    rows = _rows(text)
    table = None
    try:
        first = head(rows)
        table = recognise([(n, c) for n, c, _ in first])
        if table is not None:
            body = itertools.chain((r for r in first if r[0] > table.header_row), rows)
            read_rows(table, _without_merged_rows(body, table, name, collector), table.kind.sheet, collector)
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
        unchecked=collector.unchecked,  # filled by sorted_agreements: rows to check against other files
    )
