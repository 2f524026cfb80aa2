"""Small, realistic register workbooks for tests, written with openpyxl, and the same
sheets saved as per-sheet CSV files.

The values are modelled on the official registers and carry the awkward cases
issue 2 lists: non-breaking spaces inside names, header cells with line
breaks, a dataset renamed between agreement versions, two files of one dataset
in one month disagreeing about opt-outs, references written with and without
``DARS-`` and with a ``-v1.4`` suffix, and an AmendmentsToPreviousRegisters
sheet with its trailing reason column.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl

NBSP = "\u00a0"
OPT_OUT_NOTE = (
    "Patient Opt-Outs applied\n(Note: Opt-outs are only applied to identifiable data releases "
    "where there is no legal basis to override the objection)"
)
DATA_PROVIDED = "Data provided to customer:\nIdentifiable, Anonymised - ICO code compliant, Aggregated -anonymised "

RELEASES_2017_HEADER = [
    "RowID", "Organisation Name", "us", DATA_PROVIDED, "Sensitive or\nNon-Sensitive",
    "Legal Basis for Provision of Data", "Purpose", "One off release or\nOngoing releases",
    "NIC Number", "MR Number (where relevant)", OPT_OUT_NOTE,
]

LONG_PROCESSING = (
    "Data Processor 1 – North of England CSU\n"
    "1. North of England Data Services for Commissioners Regional Office (DSCRO) receives a flow of "
    "SUS identifiable data for the CCG from the SUS Repository.\n"
    "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the "
    "pseudonymised data is then passed securely to North of England CSU for the addition of derived "
    "fields, linkage of data sets and analysis.\n"
    "3. North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG."
)

#: The 2017-era register: sheet name -> rows (header first; rows above it are titles).
REGISTER_2017: dict[str, list[list[object]]] = {
    "Title sheet": [["Register of approved data releases"], ["Quarter 1 2017/18"]],
    "README": [["This register lists the data released by NHS Digital."]],
    "DataReleases": [
        RELEASES_2017_HEADER,
        [1, f"NHS{NBSP}Cumbria CCG", f"Hospital{NBSP}Episode Statistics Admitted Patient Care",
         "Anonymised - ICO code compliant", "Sensitive", "Health and Social Care Act 2012",
         "Commissioning", "Ongoing", "NIC-36767-G4H9Z", None, "N"],
        [2, "NHS Cumbria CCG", "HES APC", "Anonymised - ICO code compliant", "Sensitive",
         "Health and Social Care Act 2012", "Commissioning", "Ongoing", "DARS-NIC-36767-G4H9Z", None, "N"],
        [3, "NHS Cumbria CCG", "SUS Accident & Emergency data", "Identifiable", "Sensitive",
         "Health and Social Care Act 2012, Section 251 approval is in place for the flow of identifiable data",
         "Commissioning", "Ongoing", "NIC-36767-G4H9Z-v1.4", "MR1156", "Y"],
        [4, "NHS England", "Secondary Uses Service Payment by Results A&E (SUS PbR A&E)", "Identifiable",
         "Sensitive", "Health and Social Care Act 2012", "Casemix", "One-Off", "CASEMIX_NHSE", None,
         "Not Applicable"],
        [None] * 11,  # a blank row between blocks, as exported
        [5, "University of Leeds", "Civil Registration - Deaths", "Identifiable", "Sensitive",
         "Section 42(4) of the Statistics and Registration Service Act (2007) as amended by section 287 "
         "of the Health and Social Care Act (2012)", "Research", "One-Off", "NIC-12345-A1B2C", None, "N"],
    ],
    "PurposeStatements": [
        ["Purpose statements"],
        [None],
        ["Reference Number", "Organisation", "Objective for Processing", "Processing Activities",
         "Expected Output", "Expected Measurable Benefits"],
        ["NIC-36767-G4H9Z-v1.4", f"NHS{NBSP}Cumbria CCG",
         "To use pseudonymised data to provide intelligence to support commissioning of health services.",
         LONG_PROCESSING, "Commissioner reporting.\nReadmissions analysis.",
         "Improved planning by better understanding patient flows."],
        ["CASEMIX_NHSE", "NHS England", "Casemix development.", "Grouper development by the Casemix team.",
         "HRG design documents.", "Better payment currencies."],
    ],
    "AmendmentsToPreviousRegisters": [
        RELEASES_2017_HEADER + ["Reason for Amendment"],
        [6, "NHS Cumbria CCG", "SUS Outpatient data", "Anonymised - ICO code compliant", "Sensitive",
         "Health and Social Care Act 2012", "Commissioning", "Ongoing", "NIC-36767-G4H9Z", None, "N",
         "Release omitted from the previous register"],
    ],
    "NBO": [["Releases under the National Back Office"], ["Organisation", "Count"], ["Home Office", 12]],
}

AGREEMENTS_HEADER = [
    "Reference Number", "Application Title", "Applicant Organisation", "Applicant Organisation Type",
    "Data Controller(s)", "Sole/Joint Data Controller", "DSA Start Date", "DSA End Date",
    "Does Sublicensing Apply", "For Commercial Purposes", "Objective for Processing",
    "Processing Activities", "Expected Output", "Expected Measurable Benefits", "Yielded Benefits",
]

#: The current Data Uses Register: sheet name -> rows (header first).
REGISTER_DUR: dict[str, list[list[object]]] = {
    "Agreements": [
        AGREEMENTS_HEADER + ["Notes"],  # an extra column the reader must tolerate
        ["DARS-NIC-148533-R4S2X-v4.0", "DSfC - NHS Sample ICB - Comm", f"NHS{NBSP}Sample Integrated Care Board",
         "ICB", f"NHS SAMPLE INTEGRATED CARE BOARD\nNHS ENGLAND{NBSP}(QUARRY HOUSE)", "Joint",
         dt.datetime(2022, 10, 26), dt.datetime(2025, 10, 25), "No", "No",
         "To support commissioning of health services.", LONG_PROCESSING,
         "Commissioner reporting.", "Improved planning.", "QIPP savings reported in 2023.", None],
        # the earlier version, as the register lists every version on its own row
        ["DARS-NIC-148533-R4S2X-v3.2", "DSfC - NHS Sample ICB - Comm", f"NHS{NBSP}Sample Integrated Care Board",
         "ICB", "NHS SAMPLE INTEGRATED CARE BOARD", "Sole",
         dt.datetime(2021, 10, 26), dt.datetime(2022, 10, 25), "No", "No",
         "To support commissioning of health services.", LONG_PROCESSING,
         "Commissioner reporting.", "Improved planning.", None, None],
        ["NIC-617743-X0M9Z", "Integrated Care Board Pseudonymised National HES Extract Service",
         "NHS Coventry and Warwickshire Integrated Care Board", "ICB",
         "NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD", "Sole",
         dt.datetime(2023, 3, 13), dt.datetime(2026, 3, 12), "No", "No",
         "Benchmark services against other ICBs.", "Data held in the ICB data warehouse.",
         "Aggregate reports.", "Better decisions.", None, "renewed"],
    ],
    "Datasets": [
        ["Reference Number", "Dataset", "Type of Data", "Sensitive or\nNon-Sensitive", "Frequency",
         "Legal Basis for Provision of Data", "Common Law Duty of Confidentiality"],
        ["DARS-NIC-148533-R4S2X-v3.2", "Improving Access to Psychological Therapies Data Set", "Pseudonymised",
         "Sensitive", "Ongoing", "Health and Social Care Act 2012 - s261(5)(d)", "Not applicable"],
        ["DARS-NIC-148533-R4S2X-v4.0", "NHS Talking Therapies for Anxiety and Depression", "Pseudonymised",
         "Sensitive", "Ongoing", "Health and Social Care Act 2012 - s261(5)(d)", "Not applicable"],
        ["DARS-NIC-148533-R4S2X-v4.0", f"Emergency{NBSP}Care Data Set (ECDS)", "Identifiable", "Sensitive",
         "Frequent Adhoc Flow",
         "Health and Social Care Act 2012 s261(7); National Health Service Act 2006 - s251 - "
         "'Control of patient information'",
         "Section 251 support"],
        ["NIC-617743-X0M9Z", "Hospital Episode Statistics Admitted Patient Care (HES APC)", "Pseudonymised",
         "Sensitive", "Ongoing", "Health and Social Care Act 2012 s261(2)(a)", "Not applicable"],
    ],
    "DataReleases": [
        ["File Reference", "Reference Number", "Dataset", "Type of Data", "Sensitive or Non-Sensitive",
         "Patient Opt-Outs\nApplied", "Legal Basis for Provision of Data", "Frequency", "Month File Released"],
        ["FR-000101", "DARS-NIC-148533-R4S2X-v3.2", "Improving Access to Psychological Therapies Data Set",
         "Pseudonymised", "Sensitive", "No", "Health and Social Care Act 2012 - s261(5)(d)", "Ongoing",
         dt.datetime(2023, 4, 1)],
        ["FR-000102", "NIC-148533-R4S2X", "NHS Talking Therapies for Anxiety and Depression", "Pseudonymised",
         "Sensitive", "No", "Health and Social Care Act 2012 - s261(5)(d)", "Ongoing", dt.datetime(2023, 9, 1)],
        ["FR-000103", "DARS-NIC-148533-R4S2X-v4.0", "Emergency Care Data Set (ECDS)", "Identifiable",
         "Sensitive", "Yes", "National Health Service Act 2006 - s251 - 'Control of patient information'",
         "Frequent Adhoc Flow", dt.datetime(2023, 9, 1)],
        ["FR-000104", "DARS-NIC-148533-R4S2X-v4.0", f"Emergency{NBSP}Care Data Set", "Identifiable",
         "Sensitive", "No", "National Health Service Act 2006 - s251 - 'Control of patient information'",
         "Frequent Adhoc Flow", dt.datetime(2023, 9, 1)],
        ["FR-000105", "DARS-NIC-617743-X0M9Z", "Hospital Episode Statistics Admitted Patient Care", "Pseudonymised",
         "Sensitive", "No - data flow is not identifiable", "Health and Social Care Act 2012 s261(2)(a)",
         "Ongoing", dt.datetime(2023, 12, 1)],
        ["FR-000106", "DARS-NIC-617743-X0M9Z", "HES APC", "Pseudonymised", "Sensitive",
         "No - data flow is not identifiable", "Health and Social Care Act 2012 s261(2)(a)", "Ongoing",
         dt.datetime(2024, 11, 1)],
    ],
}

#: Sheets the register ships for people, not data (not saved as CSV).
FOR_PEOPLE = ("Title sheet", "README", "NBO")


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """Write ``sheets`` (name -> rows) as an .xlsx workbook."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, dt.datetime):
                    cell.number_format = "mmm-yy" if "Month" in str(rows[0][cell.column - 1] or "") else "dd/mm/yyyy"
    book.save(path)
    return path


def csv_cell(value: object, header: object) -> str:
    """A cell as Excel writes it to CSV: dates as shown (``01/04/2023`` or ``Apr-23``)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%b-%y" if "Month" in str(header or "") else "%d/%m/%Y")
    return str(value)


def write_csvs(folder: Path, sheets: dict[str, list[list[object]]], stem: str) -> list[Path]:
    """Save each data sheet of ``sheets`` as ``<stem>-<sheet>.csv`` in ``folder``."""
    paths = []
    for name, rows in sheets.items():
        if name in FOR_PEOPLE:
            continue
        header = next(r for r in rows if len([c for c in r if c]) >= 3)
        path = folder / f"{stem}-{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow([csv_cell(v, header[i] if i < len(header) else None) for i, v in enumerate(row)])
        paths.append(path)
    return paths
