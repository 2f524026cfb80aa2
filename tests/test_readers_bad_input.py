"""Bad input: one clear line naming the file (and line, or sheet and row); lenient reading
goes on and counts what it skipped, strict reading stops with InputError."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import REGISTER_DUR, write_xlsx

from nhskg.errors import InputError
from nhskg.readers import read_paths


def _seed(seeds_dir: Path, prefix: str) -> Path:
    return next(seeds_dir.glob(f"{prefix}_*.txt"))


def _read_one(path, strict=False):
    (result,) = read_paths([path], strict=strict)
    return result


def _only_line(result) -> str:
    assert len(result.warnings) == 1, result.warnings
    text = str(result.warnings[0])
    assert "\n" not in text
    return text


def test_binary_file(tmp_path):
    path = tmp_path / "register.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = _read_one(path)
    assert result.layout == "unreadable" and result.agreements == []
    assert _only_line(result) == f"{path.name}: binary file: not a register page, a register CSV or an .xlsx workbook"
    with pytest.raises(InputError, match="binary file"):
        _read_one(path, strict=True)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\n  \n")
    assert _only_line(_read_one(path)) == f"{path.name}: empty file"
    with pytest.raises(InputError) as err:
        _read_one(path, strict=True)
    assert str(err.value) == f"{path.name}: empty file"


def test_page_cut_off_mid_fields(tmp_path, seeds_dir):
    lines = _seed(seeds_dir, "003").read_text(encoding="utf-8").split("\n")
    path = tmp_path / "cut.txt"
    path.write_text("\n".join(lines[:9]) + "\n", encoding="utf-8")  # stops after "Legal basis:"
    result = _read_one(path)
    assert (result.records_read, result.records_skipped, len(result.agreements)) == (1, 0, 1)
    message = _only_line(result)
    assert message.startswith(f"{path.name}:6: agreement DARS-NIC-617743-X0M9Z is truncated")
    assert "'Legal basis'" in message
    assert result.agreements[0].legal_bases == ["Health and Social Care Act 2012 s261(2)(a)"]
    with pytest.raises(InputError, match=r":6: agreement DARS-NIC-617743-X0M9Z is truncated"):
        _read_one(path, strict=True)


def test_reference_line_and_nothing_after(tmp_path, seeds_dir):
    text = _seed(seeds_dir, "003").read_text(encoding="utf-8")
    path = tmp_path / "cut.txt"
    path.write_text(text.rstrip("\n") + "\nA project cut short \u2014 DARS-NIC-999999-ZZZZZ\n", encoding="utf-8")
    result = _read_one(path)
    assert (result.records_read, result.records_skipped) == (3, 1)
    assert [a.reference for a in result.agreements] == ["NIC-617743-X0M9Z", "NIC-615985-Y6L2H"]
    assert _only_line(result) == (
        f"{path.name}:211: agreement DARS-NIC-999999-ZZZZZ has nothing after its reference line (truncated?); skipped"
    )


def test_unknown_spreadsheet_layouts(tmp_path):
    book = tmp_path / "other.xlsx"
    write_xlsx(book, {"Budget": [["Cost centre", "Amount", "Owner"], ["A1", 10, "Finance"]]})
    result = _read_one(book)
    assert result.layout == "unreadable"
    assert [str(w) for w in result.warnings] == [
        f"{book.name} [Budget]: sheet in no known register layout; skipped",
        f"{book.name}: no sheet in a known register layout (unknown spreadsheet layout)",
    ]
    table = tmp_path / "other.csv"
    table.write_text("Cost centre,Amount,Owner\nA1,10,Finance\n")
    assert _only_line(_read_one(table)) == (
        f"{table.name}:1: unknown spreadsheet layout: the header row (Cost centre | Amount | Owner) is no register sheet's"
    )
    with pytest.raises(InputError, match=r"\[Budget\]: sheet in no known register layout"):
        _read_one(book, strict=True)


def test_unknown_sheet_beside_known_ones_is_reported_and_the_rest_read(tmp_path):
    book = tmp_path / "dur.xlsx"
    write_xlsx(book, {**REGISTER_DUR, "Pivot": [["Region", "Count", "Share"], ["North", 3, 0.5]]})
    result = _read_one(book)
    assert result.layout == "xlsx-dur" and len(result.agreements) == 2
    assert _only_line(result) == f"{book.name} [Pivot]: sheet in no known register layout; skipped"


def test_row_without_reference_names_sheet_and_row(tmp_path):
    sheets = {name: [list(row) for row in rows] for name, rows in REGISTER_DUR.items()}
    sheets["DataReleases"][3][1] = None
    book = tmp_path / "dur.xlsx"
    write_xlsx(book, sheets)
    result = _read_one(book)
    assert (result.records_read, result.records_skipped) == (13, 1)
    assert _only_line(result) == f"{book.name} [DataReleases] row 4: no reference number in this row; skipped"
    with pytest.raises(InputError, match=r"\[DataReleases\] row 4: no reference number"):
        _read_one(book, strict=True)


def test_file_that_is_not_utf8(tmp_path, seeds_dir):
    text = _seed(seeds_dir, "003").read_text(encoding="utf-8")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252", errors="replace"))  # what a Windows editor saves
    result = _read_one(path)
    assert len(result.agreements) == 2
    assert _only_line(result).startswith(f"{path.name}:6: not UTF-8 on ")
    with pytest.raises(InputError, match=r":6: not UTF-8"):
        _read_one(path, strict=True)


def test_corrupt_xlsx(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", REGISTER_DUR).read_bytes()
    path = tmp_path / "corrupt.xlsx"
    path.write_bytes(good[: len(good) // 2])
    result = _read_one(path)
    assert result.layout == "unreadable"
    assert _only_line(result).startswith(f"{path.name}: not a readable .xlsx workbook (")
    with pytest.raises(InputError, match="not a readable .xlsx workbook"):
        _read_one(path, strict=True)


def test_missing_path(tmp_path):
    path = tmp_path / "nowhere.txt"
    assert _only_line(_read_one(path)) == f"{path.name}: no such file or folder"


def test_lenient_reading_goes_on_past_bad_files(tmp_path, seeds_dir):
    (tmp_path / "a-empty.txt").write_text("")
    (tmp_path / "b-page.txt").write_bytes(_seed(seeds_dir, "002").read_bytes())
    (tmp_path / "c-binary.txt").write_bytes(b"\x00\x01\x02")
    results = read_paths([tmp_path])
    assert [r.layout for r in results] == ["unreadable", "spaced", "unreadable"]
    assert [a.reference for r in results for a in r.agreements] == ["NIC-69431-K1K8R"]
    with pytest.raises(InputError, match="a-empty.txt: empty file"):
        read_paths([tmp_path], strict=True)


# --- property-based: arbitrary bytes only ever give a ReadResult or InputError -------------


def _check(path: Path) -> None:
    (result,) = read_paths([path])  # lenient: never raises
    assert result.records_skipped <= result.records_read
    for warning in result.warnings:
        assert "internal error" not in warning.message, warning
        assert "\n" not in str(warning)
    try:
        read_paths([path], strict=True)
    except InputError as err:
        assert "\n" not in str(err) and path.name in str(err)


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".csv", ".xlsx"]))
def test_arbitrary_bytes(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    _check(path)


@_SETTINGS
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_after_a_zip_header(tmp_path, data):
    path = tmp_path / "input.xlsx"
    path.write_bytes(b"PK\x03\x04" + data)
    _check(path)


_PAGE_LINES = st.sampled_from([
    "NHS Digital Data Release Register - reformatted", "NHS Example CCG projects", "",
    "12 data files in total were disseminated unsafely (x).", "\U0001F6A9 flag",
    "Project 1 \u2014 NIC-12345-ABCDE", "Title \u2014 DARS-NIC-12345-ABCDE-v1.2", "Type of data: x",
    "Opt outs honoured: N, Y", "Legal basis: A (b, c); D 'e, f'.", "Purposes: ()", "Sensitive: Sensitive",
    "When:DSA runs 2019-09-01 \u2014 2021-01-31 2017.09 \u2014 2024.09.", "When:2017.13 \u2014 x.",
    "When: unknown \u2014 11/2016", "Access method: Ongoing", "Data-controller type: A, B",
    "Sublicensing allowed:", "Datasets:", "- HES APC", "  1. SUS Outpatient data", "Objectives:",
    "Processing:", "Outputs:", "HSCIC Id: DARS-NIC-1-ABCDE", "Data: x", "Basis: y", "Format: z Sensitive",
    "Activities: a", "Output:", "Source: NHS Digital.", "RowID,Organisation Name,us",
])


@_SETTINGS
@given(lines=st.lists(st.one_of(_PAGE_LINES, st.text(max_size=40)), max_size=40))
def test_arbitrary_pages_of_register_lines(tmp_path, lines):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _check(path)


@_SETTINGS
@given(cut=st.integers(min_value=0, max_value=7413))
def test_a_real_page_cut_anywhere(tmp_path, seeds_dir, cut):
    path = tmp_path / "cut.txt"
    path.write_bytes(_seed(seeds_dir, "002").read_bytes()[:cut])
    _check(path)


_CELLS = st.one_of(
    st.none(), st.text(max_size=30), st.integers(-10**6, 10**9), st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(), st.sampled_from(["NIC-1-ABCDE", "DARS-NIC-1-ABCDE-v1", "Yes", "No", "Apr-23", "13/2023"]),
)


@_SETTINGS
@given(rows=st.lists(st.lists(_CELLS, min_size=0, max_size=11), max_size=6),
       sheet=st.sampled_from(["DataReleases", "Agreements", "Datasets"]))
def test_arbitrary_cells_under_real_headers(tmp_path, rows, sheet):
    header = REGISTER_DUR[sheet][0]
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append([_excel_safe(v) for v in row])
    path = tmp_path / "cells.xlsx"
    book.save(path)
    _check(path)
    csv_path = tmp_path / "cells.csv"
    import csv as _csv

    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = _csv.writer(handle)
        writer.writerow(header)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
    _check(csv_path)


def _excel_safe(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def test_zip_that_is_not_a_workbook(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    path = tmp_path / "archive.xlsx"
    path.write_bytes(buffer.getvalue())
    result = _read_one(path)
    assert result.layout == "unreadable"
    assert _only_line(result).startswith(f"{path.name}: not a readable .xlsx workbook")


def test_pages_cut_before_their_first_agreement(tmp_path, seeds_dir):
    compact = tmp_path / "compact.txt"
    compact.write_text("\n".join(_seed(seeds_dir, "003").read_text(encoding="utf-8").split("\n")[:5]) + "\n")
    result = _read_one(compact)
    assert (result.layout, result.records_read, result.agreements) == ("compact", 0, [])
    assert result.pages[0].files_disseminated_unsafely == 30
    assert _only_line(result) == f"{compact.name}:5: no agreement found in this compact page (truncated before the first?)"
    legacy = tmp_path / "legacy.txt"
    legacy.write_text("\n".join(_seed(seeds_dir, "004").read_text(encoding="utf-8").split("\n")[:13]) + "\n")
    result = _read_one(legacy)
    assert (result.layout, result.records_read, result.records_skipped) == ("legacy", 1, 1)
    assert _only_line(result) == f"{legacy.name}:1: legacy page without an 'HSCIC Id:' reference; skipped"
