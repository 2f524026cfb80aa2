"""python-calamine reads every cell of the real 2017 register workbook as openpyxl's read-only mode does."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from workbooks import REGISTER_DUR, write_xlsx

from nhskg.readers.workbook import sheet_cells

REPO = Path(__file__).resolve().parents[1]
REGISTER = Path(os.environ.get(
    "NHSKG_REGISTER", REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"))


def _openpyxl_cells(path: Path) -> dict[str, list[list[object]]]:
    with open(path, "rb") as handle, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        sheets = {}
        for sheet in book.worksheets:
            sheet.reset_dimensions()
            sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
        book.close()
    return sheets


def _differences(path: Path) -> tuple[int, list[str]]:
    """Cells compared, and every cell (value and type) where the two readers disagree; absent cells are None."""
    expected = _openpyxl_cells(path)
    with open(path, "rb") as handle:
        values = CalamineWorkbook.from_filelike(handle)
        assert values.sheet_names == list(expected)
        got = {title: sheet_cells(values, title) for title in expected}
    compared, differences = 0, []
    for title, rows in expected.items():
        height = max(len(rows), len(got[title]))
        for r in range(height):
            a = rows[r] if r < len(rows) else []
            b = got[title][r] if r < len(got[title]) else []
            for c in range(max(len(a), len(b))):
                x = a[c] if c < len(a) else None
                y = b[c] if c < len(b) else None
                compared += 1
                if type(x) is not type(y) or x != y:
                    differences.append(f"{title}!R{r + 1}C{c + 1}: openpyxl {x!r}, calamine {y!r}")
    return compared, differences


def test_every_cell_of_the_real_register_reads_the_same():
    if not REGISTER.is_file():
        pytest.skip(f"real register workbook not found at {REGISTER} (set NHSKG_REGISTER)")
    compared, differences = _differences(REGISTER)
    assert compared > 40_000  # 6 sheets, 3,453 release rows, 711 purpose statements
    assert differences == []


def test_every_cell_of_a_dur_workbook_with_dates_and_numbers_reads_the_same(tmp_path):
    path = write_xlsx(tmp_path / "dur.xlsx", {**REGISTER_DUR, "Pivot": [["Region", "Count", "Share"], ["North", 3, 0.5]]})
    compared, differences = _differences(path)
    assert compared > 50
    assert differences == []
