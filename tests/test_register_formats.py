"""The same register as .xlsx and as CSV sheets gives the same graph.ttl, byte for byte (issue 10, "Evidence").

The graph cites a register sheet's cells by sheet, row and column (a
``nhskg:SourceDocument`` per sheet, by its name), not by the file that held
them, so the file format cannot show in it; the build report (``files[].sheets``)
names the file each sheet came from, so evidence stays traceable.  The real 2017
dev workbook is saved sheet by sheet as CSV by the test itself (python-calamine
reads the cells, as the reader does; dates are written as a spreadsheet program
shows them); small synthetic registers of both layouts always run.

Evidence is the exact sentence and its character offsets in the cell: a
sentence repeated in a cell is two pieces of evidence and two flows, whatever
the format.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from python_calamine import CalamineWorkbook
from workbooks import LONG_PROCESSING, REGISTER_2017, REGISTER_DUR, write_csvs, write_xlsx

from nhskg.cli import main

REPO = Path(__file__).resolve().parents[1]
WORKBOOK = Path(os.environ.get("NHSKG_DEV_REGISTER", REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"))
NS = rdflib.Namespace("https://w3id.org/nhskg/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
REPEATED = "3. North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG."


def _cell(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def save_as_csv_sheets(workbook: Path, folder: Path) -> list[Path]:
    """Every sheet of ``workbook`` as ``<sheet>.csv`` in ``folder`` (cells read with python-calamine)."""
    folder.mkdir(parents=True, exist_ok=True)
    book = CalamineWorkbook.from_path(str(workbook))
    paths = []
    for title in book.sheet_names:
        path = folder / f"{title}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for row in book.get_sheet_by_name(title).to_python(skip_empty_area=False):
                writer.writerow([_cell(v) for v in row])
        paths.append(path)
    return paths


def _build(folder: Path, out: Path) -> dict:
    result = CliRunner().invoke(
        main, ["build", str(folder), "--out", str(out), "--quiet", "--no-cache", "--no-html", "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _both(tmp_path: Path, make_xlsx, make_csvs) -> dict[str, dict]:
    """Build the register as a workbook and as CSV sheets; the two reports by format."""
    (tmp_path / "xlsx").mkdir()
    (tmp_path / "csv").mkdir()
    make_xlsx(tmp_path / "xlsx")
    make_csvs(tmp_path / "csv")
    return {name: _build(tmp_path / name, tmp_path / f"out-{name}") for name in ("xlsx", "csv")}


def _assert_same_graph(tmp_path: Path, reports: dict[str, dict]) -> bytes:
    xlsx = (tmp_path / "out-xlsx" / "graph.ttl").read_bytes()
    sheets = (tmp_path / "out-csv" / "graph.ttl").read_bytes()
    if xlsx != sheets:
        a, b = xlsx.decode().splitlines(), sheets.decode().splitlines()
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        pytest.fail(f"graph.ttl differs from line {first + 1}: {a[first:first + 1]} vs {b[first:first + 1]}")
    assert (tmp_path / "out-xlsx" / "graph.graphml").read_bytes() == (tmp_path / "out-csv" / "graph.graphml").read_bytes()
    for key in ("agreements", "versions", "datasets", "releases", "flows", "roles", "organisations", "records_read", "triples"):
        assert reports["csv"]["totals"][key] == reports["xlsx"]["totals"][key], key
    # no input file is named in the graph: the report says which file held each sheet
    for report in reports.values():
        for entry in report["files"]:
            assert entry["path"].encode() not in xlsx, entry["path"]
    return xlsx


def _sheets_by_file(report: dict) -> dict[str, list[str]]:
    return {e["path"]: e["sheets"] for e in report["files"] if e["sheets"]}


def test_synthetic_2017_register_as_xlsx_and_csv_gives_the_same_bytes(tmp_path):
    reports = _both(
        tmp_path,
        lambda d: write_xlsx(d / "register-2017.xlsx", REGISTER_2017),
        lambda d: write_csvs(d, REGISTER_2017, "register-2017"),
    )
    _assert_same_graph(tmp_path, reports)
    assert reports["xlsx"]["totals"]["flows"] >= 3  # the Processing cell's DSCRO -> CSU -> CCG chain
    assert _sheets_by_file(reports["xlsx"]) == {
        "register-2017.xlsx": ["AmendmentsToPreviousRegisters", "DataReleases", "PurposeStatements"],
    }
    assert _sheets_by_file(reports["csv"]) == {
        "register-2017-AmendmentsToPreviousRegisters.csv": ["AmendmentsToPreviousRegisters"],
        "register-2017-DataReleases.csv": ["DataReleases"],
        "register-2017-PurposeStatements.csv": ["PurposeStatements"],
    }


def test_synthetic_data_uses_register_as_xlsx_and_csv_gives_the_same_bytes(tmp_path):
    reports = _both(
        tmp_path,
        lambda d: write_xlsx(d / "dur.xlsx", REGISTER_DUR),
        lambda d: write_csvs(d, REGISTER_DUR, "dur"),
    )
    graph = _assert_same_graph(tmp_path, reports)
    assert reports["xlsx"]["totals"]["versions"] == 3
    assert b"<https://w3id.org/nhskg/id/sheet/agreements>" in graph or b"sheet:agreements" in graph
    assert _sheets_by_file(reports["csv"]) == {
        "dur-Agreements.csv": ["Agreements"], "dur-DataReleases.csv": ["DataReleases"], "dur-Datasets.csv": ["Datasets"],
    }


def test_a_sentence_repeated_in_a_cell_is_two_pieces_of_evidence_in_both_formats(tmp_path):
    """The same sentence twice in one Processing cell: two flows, each with its own offsets into the cell."""
    cell = LONG_PROCESSING + "\n4. Each month:\n" + REPEATED
    sheets = {name: [list(row) for row in rows] for name, rows in REGISTER_2017.items()}
    purposes = sheets["PurposeStatements"]
    row_number, row = next((n, r) for n, r in enumerate(purposes, start=1) if r[0] == "NIC-36767-G4H9Z-v1.4")
    row[3] = cell
    reports = _both(tmp_path, lambda d: write_xlsx(d / "r.xlsx", sheets), lambda d: write_csvs(d, sheets, "r"))
    _assert_same_graph(tmp_path, reports)

    graph = rdflib.Graph().parse(tmp_path / "out-csv" / "graph.ttl")
    quoted = []
    for evidence in graph.subjects(NS.quote, rdflib.Literal(REPEATED)):
        start = graph.value(evidence, NS.startOffset).toPython()
        end = graph.value(evidence, NS.endOffset).toPython()
        assert cell[start:end] == REPEATED
        assert str(graph.value(evidence, NS.location)) == f"[PurposeStatements] row {row_number} column 'Processing Activities'"
        sheet = graph.value(evidence, PROV.atLocation)
        assert sheet == rdflib.URIRef("https://w3id.org/nhskg/id/sheet/purposestatements")
        assert (sheet, NS.sheet, rdflib.Literal("PurposeStatements")) in graph
        assert graph.value(evidence, NS.sourceFile) is None  # the file is in the report, not the graph
        flows = [f for f in graph.subjects(PROV.wasDerivedFrom, evidence) if (f, rdflib.RDF.type, NS.DataFlow) in graph]
        assert [str(graph.value(graph.value(f, NS.target), rdflib.namespace.SKOS.prefLabel)) for f in flows] == ["NHS Cumbria CCG"]
        quoted.append(start)
    first = cell.index(REPEATED)
    assert sorted(quoted) == [first, cell.index(REPEATED, first + 1)]


@pytest.mark.skipif(not WORKBOOK.is_file(), reason=f"the dev register is not at {WORKBOOK} (set NHSKG_DEV_REGISTER)")
def test_real_2017_register_as_xlsx_and_csv_sheets_gives_the_same_bytes(tmp_path):
    reports = _both(
        tmp_path,
        lambda d: os.symlink(WORKBOOK, d / WORKBOOK.name),
        lambda d: save_as_csv_sheets(WORKBOOK, d),
    )
    _assert_same_graph(tmp_path, reports)
    per = {n: {k: v["flows"] for k, v in r["agreements"].items()} for n, r in reports.items()}
    assert per["xlsx"] == per["csv"]
    assert reports["xlsx"]["totals"]["agreements"] == 400
    assert _sheets_by_file(reports["xlsx"]) == {
        WORKBOOK.name: ["AmendmentsToPreviousRegisters", "DataReleases", "PurposeStatements"],
    }
    assert _sheets_by_file(reports["csv"]) == {
        "AmendmentsToPreviousRegisters.csv": ["AmendmentsToPreviousRegisters"],
        "DataReleases.csv": ["DataReleases"], "PurposeStatements.csv": ["PurposeStatements"],
    }


def test_a_sheet_two_files_hold_is_cited_by_file(tmp_path):
    """A workbook and its CSV sheets given together: each citation still names one place."""
    write_xlsx(tmp_path / "r.xlsx", REGISTER_2017)
    write_csvs(tmp_path, REGISTER_2017, "r")
    _build(tmp_path, tmp_path / "out")
    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    assert (rdflib.URIRef("https://w3id.org/nhskg/id/sheet/datareleases"), None, None) not in graph
    locations = {str(o) for o in graph.objects(None, NS.location)}
    assert any(loc.startswith("r.xlsx [DataReleases] row ") for loc in locations)
    assert not any(loc.startswith("[") for loc in locations)


def test_offsets_of_a_sentence_in_a_long_cell_cut_into_parts_point_into_the_whole_cell():
    """A cell too long for one parse is cut into parts; evidence offsets still count from the cell's start."""
    from nhskg.model import Agreement, Location, Section
    from nhskg.nlp.extract import extract
    from nhskg.readers.longtext import split_long_sections

    filler = "The CCG will use the data to plan services for its population. " * 6
    cell = filler + "\n" + REPEATED + "\n" + filler + "\n" + REPEATED
    agreement = Agreement(
        reference="NIC-36767-G4H9Z", applicant="NHS Cumbria CCG",
        sections=[Section("Processing", cell, Location("r.csv", sheet="PurposeStatements", row=4, column="Processing Activities"))],
    )
    split_long_sections(agreement, limit=300)
    assert len(agreement.sections) > 2 and agreement.sections[-1].offset > 0
    spans = sorted(f.evidence.span for f in extract([agreement]).flows if f.evidence.text == REPEATED)
    first = cell.index(REPEATED)
    second = cell.index(REPEATED, first + 1)
    assert spans == [(first, first + len(REPEATED)), (second, second + len(REPEATED))]
