"""Turn the archived Data Uses Register agreements (``agreements/*.json``) into a DUR-layout workbook.

Each JSON file holds every version of one agreement, and for each version every
state it was published in (oldest first).  The workbook has the three sheets of
the published register, one ``Agreements`` row per version (its newest state)
and one ``Datasets`` row per dataset of that version, with the register's
column headers.  ``DataReleases`` carries its header only: the archive keeps
file releases in separate files that were not gathered (see SOURCES.md), and a
made-up release would be a false fact.

    python tests/data/dur/make_workbook.py OUT.xlsx [--csv FOLDER] [--agreements FOLDER]

``--agreements`` reads another folder of archived agreements (the second set,
``tests/data/dur2/agreements``, whose ``make_workbook.py`` calls :func:`main`
with it).

:func:`expected` says what a reader must find: every agreement, version and
dataset name, for the test that builds the workbook.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE / "agreements"

AGREEMENTS_HEADER = [
    "Reference Number", "Application Title", "Applicant Organisation", "Applicant Organisation Type",
    "Data Controller(s)", "Sole/Joint Data Controller", "DSA Start Date", "DSA End Date",
    "Does Sublicensing Apply", "For Commercial Purposes", "Objective for Processing",
    "Processing Activities", "Expected Output", "Expected Measurable Benefits", "Yielded Benefits",
]
DATASETS_HEADER = [
    "Reference Number", "Dataset", "Type of Data", "Sensitive or Non-Sensitive", "Frequency",
    "Legal Basis for Provision of Data", "Common Law Duty of Confidentiality",
]
RELEASES_HEADER = [
    "File Reference", "Reference Number", "Dataset", "Type of Data", "Sensitive or Non-Sensitive",
    "Patient Opt-Outs Applied", "Legal Basis for Provision of Data", "Frequency", "Month File Released",
]


def load(folder: Path = AGREEMENTS) -> list[dict]:
    """Every archived agreement, in file-name order."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _date(value: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(value, "%Y-%m-%d") if value else None


def sheets(agreements: list[dict]) -> dict[str, list[list[object]]]:
    """The workbook's sheets (name -> rows, header first)."""
    rows_a: list[list[object]] = [AGREEMENTS_HEADER]
    rows_d: list[list[object]] = [DATASETS_HEADER]
    for agreement in agreements:
        for version in agreement["versions"]:
            state = version["states"][-1]  # the state the newest edition listing it published
            rows_a.append([
                version["reference"], state["title"], state["organisation"], state["organisation_type"],
                "\n".join(state["controllers"]), state["controller_basis"],
                _date(state["start_date"]), _date(state["end_date"]),
                state["sublicensing"], state["commercial"], state["objective"], state["activities"],
                state["expected_output"], state["expected_benefits"], state["yielded_benefits"] or None,
            ])
            for ds in state["datasets"]:
                rows_d.append([
                    version["reference"], ds["name"], ds["type_of_data"], ds["sensitivity"], ds["frequency"],
                    ds["legal_basis"], ds["confidentiality"] or None,
                ])
    return {"Agreements": rows_a, "Datasets": rows_d, "DataReleases": [RELEASES_HEADER]}


def expected(agreements: list[dict]) -> dict:
    """What reading the workbook must account for: agreements, versions, dataset names per version."""
    return {
        "agreements": sorted(a["base_reference"] for a in agreements),
        "versions": sorted(v["reference"] for a in agreements for v in a["versions"]),
        "datasets": {v["reference"]: sorted({d["name"] for d in v["states"][-1]["datasets"]})
                     for a in agreements for v in a["versions"]},
    }


def write_xlsx(path: Path, agreements: list[dict] | None = None) -> Path:
    """Write the workbook of ``agreements`` (default: every one in ``agreements/``) to ``path``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets(load() if agreements is None else agreements).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for cell in book["Agreements"]["G"][1:] + book["Agreements"]["H"][1:]:
        cell.number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def write_csvs(folder: Path, agreements: list[dict] | None = None) -> list[Path]:
    """The same sheets saved one CSV each, as the register is sometimes published."""
    paths = []
    for name, rows in sheets(load() if agreements is None else agreements).items():
        path = folder / f"data-uses-register-{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow(["" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, dt.datetime) else v
                                 for v in row])
        paths.append(path)
    return paths


def main(argv: list[str] | None = None, folder: Path = AGREEMENTS) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the .xlsx to write")
    parser.add_argument("--csv", type=Path, help="also write one CSV per sheet into this folder")
    parser.add_argument("--agreements", type=Path, default=folder,
                        help=f"the folder of archived agreements (default {folder})")
    args = parser.parse_args(argv)
    agreements = load(args.agreements)
    write_xlsx(args.out, agreements)
    if args.csv:
        args.csv.mkdir(parents=True, exist_ok=True)
        write_csvs(args.csv, agreements)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
