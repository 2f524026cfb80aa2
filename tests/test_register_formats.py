"""The same register as .xlsx and as CSV sheets gives the same graph (issue 10, "Evidence").

The real 2017 dev workbook is saved sheet by sheet as CSV by the test itself
(openpyxl + csv, as a spreadsheet program would), and both are built.  The
two graph.ttl files can differ only where they name their source files (the
file names, and each file's layout): byte identity is impossible while the
graph cites its files.  So the test maps every source document to one node
and every file name to one literal, and requires the rest to be the same,
triple for triple (same sorted N-Triples), with the same report totals and
the same flow count per agreement.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest
import rdflib
from click.testing import CliRunner

from nhskg.cli import main

REPO = Path(__file__).resolve().parents[1]
WORKBOOK = Path(os.environ.get("NHSKG_DEV_REGISTER", REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"))
NS = rdflib.Namespace("https://w3id.org/nhskg/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    return str(value)


def save_as_csv_sheets(workbook: Path, folder: Path) -> list[Path]:
    """Every sheet of ``workbook`` as ``<sheet>.csv`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    book = openpyxl.load_workbook(workbook, read_only=True, data_only=True)
    paths = []
    try:
        for sheet in book.worksheets:
            path = folder / f"{sheet.title}.csv"
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                for row in sheet.iter_rows(values_only=True):
                    writer.writerow([_cell(v) for v in row])
            paths.append(path)
    finally:
        book.close()
    return paths


def _graph_without_file_names(path: Path) -> rdflib.Graph:
    """The graph with every source document made one node and every file name one literal."""
    graph = rdflib.Graph().parse(path)
    sources = set(graph.objects(None, PROV.atLocation)) | set(graph.subjects(rdflib.RDF.type, NS.SourceDocument))
    names = sorted({str(graph.value(s, rdflib.RDFS.label)) for s in sources}, key=len, reverse=True)
    one = rdflib.URIRef("https://w3id.org/nhskg/id/source/the-register")

    def mapped(term):
        if term in sources:
            return one
        if isinstance(term, rdflib.Literal) and isinstance(term.value, str):
            text = str(term)
            for name in names:
                text = text.replace(name, "REGISTER")
            return rdflib.Literal(text, lang=term.language, datatype=term.datatype)
        return term

    out = rdflib.Graph()
    for s, p, o in graph:
        if s in sources:
            continue  # the documents themselves: their names and layouts are what differs
        out.add((mapped(s), p, mapped(o)))
    return out


@pytest.mark.skipif(not WORKBOOK.is_file(), reason=f"the dev register is not at {WORKBOOK} (set NHSKG_DEV_REGISTER)")
def test_xlsx_and_csv_sheets_give_the_same_graph(tmp_path):
    (tmp_path / "xlsx").mkdir()
    os.symlink(WORKBOOK, tmp_path / "xlsx" / WORKBOOK.name)
    save_as_csv_sheets(WORKBOOK, tmp_path / "csv")
    for name in ("xlsx", "csv"):
        result = CliRunner().invoke(
            main, ["build", str(tmp_path / name), "--out", str(tmp_path / f"out-{name}"), "--quiet", "--no-cache",
                   "--no-html", "--jobs", "1"],
        )
        assert result.exit_code == 0, result.output
    import json

    reports = {n: json.loads((tmp_path / f"out-{n}" / "report.json").read_text()) for n in ("xlsx", "csv")}
    for key in ("agreements", "flows", "roles", "organisations", "releases", "records_read"):
        assert reports["csv"]["totals"][key] == reports["xlsx"]["totals"][key], key
    per = {n: {k: v["flows"] for k, v in r["agreements"].items()} for n, r in reports.items()}
    assert [k for k in per["xlsx"] if per["xlsx"][k] != per["csv"].get(k)] == []

    xlsx = _graph_without_file_names(tmp_path / "out-xlsx" / "graph.ttl")
    sheets = _graph_without_file_names(tmp_path / "out-csv" / "graph.ttl")
    only_xlsx, only_csv = set(xlsx) - set(sheets), set(sheets) - set(xlsx)
    assert not only_xlsx and not only_csv, (sorted(only_xlsx)[:5], sorted(only_csv)[:5])
    assert sorted(xlsx.serialize(format="nt").splitlines()) == sorted(sheets.serialize(format="nt").splitlines())
