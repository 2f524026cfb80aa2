"""Official register workbooks (.xlsx): sheets and cells read with python-calamine.

openpyxl is loaded only to explain an empty cell (a formula with no saved
value, a merged cell): opening the workbook with it, even read-only, scans
every sheet's XML for its size, which cost more than reading the cells.

Each sheet is recognised from its header row (see :mod:`.tables`); sheets in
no known layout are reported and skipped, except the ones the register ships
for people (README, Title sheet, NBO).
"""

from __future__ import annotations

import datetime as _dt
import io
import itertools
import warnings
from typing import TYPE_CHECKING

from python_calamine import CalamineWorkbook, SheetTypeEnum

from ..errors import InputError
from ..model import Location, ReadResult
from .problems import ProblemLog
from .tables import Collector, head, read_rows, recognise

if TYPE_CHECKING:
    import openpyxl

#: Sheets the 2017 register carries for people, not data: skipped without a warning.
FOR_PEOPLE = {"readme", "read me", "title sheet", "title", "nbo", "contents", "notes"}


def read_workbook(data: bytes, name: str, log: ProblemLog) -> ReadResult:
    """Read the workbook whose bytes are ``data`` (read once by the caller; ``name`` is how locations cite it)."""
    with io.BytesIO(data) as handle:  # bytes, so the file is not judged by its name
        try:
            values = CalamineWorkbook.from_filelike(handle)
            # worksheets only, in the workbook's order (a chart sheet has no cells)
            titles = [m.name for m in values.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        except Exception as err:  # noqa: BLE001 - zip and XML errors all mean "cannot open"
            log.warn(Location(name), f"not a readable .xlsx workbook ({type(err).__name__}: {err})")
            return ReadResult(path=name, layout="unreadable")
        collector = Collector(name, log, why_empty=_EmptyCells(data))
        registers: list[str] = []
        try:
            for title in titles:
                register = _read_sheet(title, values, name, log, collector)
                if register and register not in registers:
                    registers.append(register)
        finally:
            values.close()
    if not registers:
        log.warn(Location(name), "no sheet in a known register layout (unknown spreadsheet layout)")
        return ReadResult(path=name, layout="unreadable",
                          records_read=collector.records_read, records_skipped=collector.records_skipped)
    return ReadResult(
        path=name,
        layout="xlsx-" + registers[0] if len(registers) == 1 else "xlsx-mixed",
        agreements=collector.sorted_agreements(),
        records_read=collector.records_read,
        records_skipped=collector.records_skipped,
        unchecked=collector.unchecked,  # filled by sorted_agreements: rows to check against other files
    )


def _cell(value: object) -> object:
    """A python-calamine cell value as openpyxl's ``values_only`` gives it (empty: None, 12.0: 12, a date: a datetime)."""
    if value == "":
        return None
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return int(value)  # Excel writes whole numbers without a point, which openpyxl reads as int
    if type(value) is _dt.date:
        return _dt.datetime(value.year, value.month, value.day)
    return value


def sheet_cells(values: CalamineWorkbook, title: str) -> list[list[object]]:
    """Every cell of sheet ``title``, row by row from A1, read with python-calamine (5x faster than openpyxl)."""
    return list(iter_sheet_cells(values, title))


def iter_sheet_cells(values: CalamineWorkbook, title: str):
    """:func:`sheet_cells` one row at a time: a sheet's rows (all its text) are never all held as Python lists at once."""
    sheet = values.get_sheet_by_name(title)
    # iter_rows starts at row 1 but at the first used column: pad, so that cells sit where to_python puts them
    pad = [None] * (sheet.start[1] if sheet.start else 0)
    for row in sheet.iter_rows():
        yield pad + [_cell(v) for v in row]


def _read_sheet(title: str, values: CalamineWorkbook, name: str, log: ProblemLog, collector: Collector) -> str | None:
    try:
        rows = ((i, cells, None) for i, cells in enumerate(iter_sheet_cells(values, title), start=1))
        first = head(rows)
        table = recognise([(number, cells) for number, cells, _ in first])
        if table is None:
            has_content = any(any(c is not None for c in cells) for _, cells, _ in first)
            if has_content and title.strip().casefold() not in FOR_PEOPLE:
                log.warn(Location(name, sheet=title), "sheet in no known register layout; skipped")
            return None
        body = itertools.chain((r for r in first if r[0] > table.header_row), rows)
        read_rows(table, body, title, collector)
        return table.kind.register
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - a damaged sheet: report it and read the others
        log.warn(Location(name, sheet=title), f"cannot read this sheet ({type(err).__name__}: {err}); skipped")
        return None


class _EmptyCells:
    """Why a cell of the workbook reads as empty, looked up (once per workbook, when asked) in a full load.

    The fast read-only pass sees only saved values: a formula whose value
    was never calculated and the cells a merged cell covers read as empty,
    which "no reference number" alone would not explain.
    """

    def __init__(self, data: bytes):
        self.data = data
        self.book: openpyxl.Workbook | None = None  # opened (not read-only) the first time a cell needs explaining

    def __call__(self, sheet: str, row: int, column: int | None) -> str | None:
        if column is None:
            return None
        try:
            if self.book is None:
                import openpyxl

                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self.book = openpyxl.load_workbook(io.BytesIO(self.data), data_only=False)
            ws = self.book[sheet]
            cell = ws.cell(row=row, column=column + 1)
        except Exception:  # noqa: BLE001 - only an explanation: without it the warning still stands
            return None
        value = cell.value
        if isinstance(value, str) and value.startswith("="):
            return (f"cell {cell.coordinate} holds the formula {value[:40]!r} with no saved value: "
                    "open and save the workbook in a spreadsheet program to calculate it")
        for merged in ws.merged_cells.ranges:
            if cell.coordinate in merged and cell.coordinate != merged.start_cell.coordinate:
                return f"cell {cell.coordinate} is inside the merged cell {merged.coord}, whose value only its first cell holds"
        return None
