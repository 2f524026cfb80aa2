"""The two official spreadsheet layouts, as .xlsx workbooks and as per-sheet CSV files."""

from __future__ import annotations

import pytest
from workbooks import REGISTER_2017, REGISTER_DUR, write_csvs, write_xlsx

from nhskg.readers import merge_agreements, read_paths


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("books")
    csv_folder = folder / "csv"
    csv_folder.mkdir()
    return {
        "2017": write_xlsx(folder / "register-2017.xlsx", REGISTER_2017),
        "dur": write_xlsx(folder / "data-uses-register.xlsx", REGISTER_DUR),
        "2017-csv": write_csvs(csv_folder, REGISTER_2017, "register-2017"),
        "dur-csv": write_csvs(csv_folder, REGISTER_DUR, "data-uses-register"),
    }


@pytest.fixture(scope="module")
def register_2017(books):
    (result,) = read_paths([books["2017"]])
    return result


@pytest.fixture(scope="module")
def register_dur(books):
    (result,) = read_paths([books["dur"]])
    return result


def _by_ref(result):
    return {a.reference: a for a in merge_agreements([result])}


def test_2017_workbook_is_recognised_and_every_row_counted(register_2017):
    assert register_2017.layout == "xlsx-2017"
    # 5 DataReleases rows (the blank row is no record), 2 PurposeStatements, 1 amendment
    assert (register_2017.records_read, register_2017.records_skipped) == (8, 0)
    assert register_2017.warnings == []  # README, Title sheet and NBO are for people
    assert sorted(a.reference for a in register_2017.agreements) == [
        "CASEMIX_NHSE", "NIC-12345-A1B2C", "NIC-36767-G4H9Z",
    ]


def test_references_with_and_without_prefix_and_version_merge(register_2017):
    cumbria = _by_ref(register_2017)["NIC-36767-G4H9Z"]
    assert cumbria.versions == ["NIC-36767-G4H9Z", "DARS-NIC-36767-G4H9Z", "NIC-36767-G4H9Z-v1.4"]
    assert len(cumbria.releases) == 4  # three release rows and one amendment row


def test_nbsp_names_and_dataset_aliases(register_2017):
    cumbria = _by_ref(register_2017)["NIC-36767-G4H9Z"]
    assert cumbria.applicant == "NHS Cumbria CCG"
    assert [(d.canonical, d.as_written, d.aliases) for d in cumbria.datasets] == [
        ("Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Admitted Patient Care", ["HES APC"]),
        ("SUS Accident & Emergency data", "SUS Accident & Emergency data", []),
        ("SUS Outpatient data", "SUS Outpatient data", []),
    ]
    assert cumbria.legal_bases == [
        "Health and Social Care Act 2012",
        "Section 251 approval is in place for the flow of identifiable data",
    ]


def test_2017_release_rows(register_2017):
    agreements = _by_ref(register_2017)
    cumbria = agreements["NIC-36767-G4H9Z"]
    first, _, identifiable, amended = cumbria.releases
    assert (first.file_reference, first.opt_outs_applied, first.opt_outs_as_written) == ("1", False, "N")
    assert (first.location.sheet, first.location.row, first.location.column) == ("DataReleases", 2, "us")
    assert first.type_of_data == "Anonymised - ICO code compliant"
    assert (identifiable.opt_outs_applied, identifiable.type_of_data) == (True, "Identifiable")
    assert amended.amendment_reason == "Release omitted from the previous register"
    assert (amended.location.sheet, amended.location.row) == ("AmendmentsToPreviousRegisters", 2)
    casemix = agreements["CASEMIX_NHSE"]
    assert casemix.versions == ["CASEMIX_NHSE"]
    assert casemix.releases[0].opt_outs_applied is None
    assert casemix.datasets[0].canonical != "SUS Accident & Emergency data"


def test_purpose_statements_become_sections(register_2017):
    cumbria = _by_ref(register_2017)["NIC-36767-G4H9Z"]
    assert [s.name for s in cumbria.sections] == ["Objectives", "Processing", "Outputs", "Expected Benefits"]
    processing = cumbria.section("Processing")
    assert processing.text.startswith("Data Processor 1 \u2013 North of England CSU\n1. North of England")
    assert (processing.location.sheet, processing.location.row, processing.location.column) == (
        "PurposeStatements", 4, "Processing Activities",
    )


def test_dur_workbook(register_dur):
    assert register_dur.layout == "xlsx-dur"
    assert (register_dur.records_read, register_dur.records_skipped) == (13, 0)
    assert register_dur.warnings == []
    sample = _by_ref(register_dur)["NIC-148533-R4S2X"]
    assert sample.versions == ["DARS-NIC-148533-R4S2X-v4.0", "DARS-NIC-148533-R4S2X-v3.2", "NIC-148533-R4S2X"]
    assert sample.title == "DSfC - NHS Sample ICB - Comm"
    assert sample.applicant == "NHS Sample Integrated Care Board"
    assert sample.controllers == ["NHS SAMPLE INTEGRATED CARE BOARD", "NHS ENGLAND (QUARRY HOUSE)"]
    assert (sample.controller_arrangement, sample.dsa_start, sample.dsa_end) == ("Joint", "2022-10-26", "2025-10-25")
    assert (sample.sublicensing, sample.commercial) == (["No"], "No")
    assert sample.legal_bases == [
        "Health and Social Care Act 2012 - s261(5)(d)",
        "Health and Social Care Act 2012 s261(7)",
        "National Health Service Act 2006 - s251 - 'Control of patient information'",
    ]
    assert sample.common_law_duty == ["Not applicable", "Section 251 support"]
    assert [s.name for s in sample.sections] == [
        "Objectives", "Processing", "Outputs", "Expected Benefits", "Yielded Benefits",
    ]
    assert (sample.release_months, sample.release_start, sample.release_end) == (
        ["2023-04", "2023-09"], "2023-04", "2023-09",
    )


def test_dataset_renamed_between_versions_is_one_dataset(register_dur):
    sample = _by_ref(register_dur)["NIC-148533-R4S2X"]
    assert [d.canonical for d in sample.datasets] == [
        "Improving Access to Psychological Therapies Data Set",
        "Emergency Care Data Set",
    ]
    assert "NHS Talking Therapies for Anxiety and Depression" in sample.datasets[0].aliases
    renamed = [r for r in sample.releases if r.file_reference in ("FR-000101", "FR-000102")]
    assert [(r.dataset.as_written, r.dataset.canonical, r.month) for r in renamed] == [
        ("Improving Access to Psychological Therapies Data Set", "Improving Access to Psychological Therapies Data Set", "2023-04"),
        ("NHS Talking Therapies for Anxiety and Depression", "Improving Access to Psychological Therapies Data Set", "2023-09"),
    ]


def test_two_files_in_one_month_disagreeing_about_opt_outs(register_dur):
    agreements = _by_ref(register_dur)
    sample = agreements["NIC-148533-R4S2X"]
    ecds = [(r.month, r.opt_outs_applied) for r in sample.releases if r.dataset.canonical == "Emergency Care Data Set"]
    assert ecds == [("2023-09", True), ("2023-09", False)]
    assert sample.opt_outs_both_ways is True
    # not-identifiable flows say nothing about opt-outs either way
    assert agreements["NIC-617743-X0M9Z"].opt_outs_both_ways is False
    assert {r.opt_outs_applied for r in agreements["NIC-617743-X0M9Z"].releases} == {None}


def _facts(agreements):
    """What a reader says about each agreement, without where it said it."""
    out = {}
    for a in agreements:
        out[a.reference] = {
            "versions": sorted(a.versions),
            "scalars": (a.title, a.applicant, a.applicant_type, a.controller_arrangement, a.purposes_field,
                        a.dsa_start, a.dsa_end, a.release_start, a.release_end, a.commercial),
            "lists": {name: sorted(getattr(a, name)) for name in (
                "controllers", "legal_bases", "opt_outs", "types_of_data", "sensitivity", "access_methods",
                "release_months", "sublicensing", "common_law_duty")},
            "datasets": sorted(d.canonical for d in a.datasets),
            "releases": sorted(
                (r.dataset.canonical, r.dataset.as_written, r.file_reference or "", r.month or "",
                 str(r.opt_outs_applied), r.opt_outs_as_written or "", r.legal_basis or "", r.frequency or "",
                 r.amendment_reason or "", r.location.sheet, r.location.row, r.location.column)
                for r in a.releases
            ),
            "sections": sorted(
                (s.name, s.text, s.location.sheet, s.location.row, s.location.column) for s in a.sections
            ),
        }
    return out


@pytest.mark.parametrize("register", ["2017", "dur"])
def test_csv_sheets_read_to_the_same_records(books, register):
    from_book = merge_agreements(read_paths([books[register]]))
    csv_results = read_paths(books[f"{register}-csv"])
    assert all(r.warnings == [] for r in csv_results)
    assert _facts(merge_agreements(csv_results)) == _facts(from_book)
    (book_result,) = read_paths([books[register]])
    assert sum(r.records_read for r in csv_results) == book_result.records_read


def test_csv_layouts_recognised_from_header_rows(books):
    layouts = {p.name: r.layout for p, r in zip(books["2017-csv"] + books["dur-csv"],
                                                   read_paths(books["2017-csv"] + books["dur-csv"]), strict=True)}
    assert layouts == {
        "register-2017-DataReleases.csv": "csv-2017-releases",
        "register-2017-PurposeStatements.csv": "csv-2017-purposes",
        "register-2017-AmendmentsToPreviousRegisters.csv": "csv-2017-amendments",
        "data-uses-register-Agreements.csv": "csv-dur-agreements",
        "data-uses-register-Datasets.csv": "csv-dur-datasets",
        "data-uses-register-DataReleases.csv": "csv-dur-releases",
    }


def test_csv_sections_are_located_as_in_the_workbook(books):
    # sheet, row and column, as the .xlsx gives them (no CSV line: the same register gives the same graph)
    path = next(p for p in books["2017-csv"] if p.name.endswith("PurposeStatements.csv"))
    (result,) = read_paths([path])
    processing = _by_ref(result)["NIC-36767-G4H9Z"].section("Processing")
    offset = processing.text.index("3. North of England CSU then pass")
    where = processing.location_of(offset)
    assert (where.line, where.sheet, where.column) == (None, "PurposeStatements", "Processing Activities")
    (book,) = read_paths([books["2017"]])
    in_book = _by_ref(book)["NIC-36767-G4H9Z"].section("Processing")
    assert in_book.text == processing.text
    assert (in_book.location.sheet, in_book.location.row, in_book.location.column) == (
        where.sheet, where.row, where.column)


def test_layout_comes_from_content_not_name(books, tmp_path):
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(books["dur"].read_bytes())
    csv_disguised = tmp_path / "page.txt"
    csv_disguised.write_bytes(books["dur-csv"][0].read_bytes())
    assert [r.layout for r in read_paths([disguised, csv_disguised])] == ["xlsx-dur", "csv-dur-agreements"]


def test_release_without_nic_number_is_known_by_its_mr_number(tmp_path):
    rows = [list(r) for r in REGISTER_2017["DataReleases"]]
    rows[4][8], rows[4][9] = None, "MR1013"
    (result,) = read_paths([write_xlsx(tmp_path / "mr.xlsx", {"DataReleases": rows})])
    assert result.warnings == []
    assert "MR1013" in {a.reference for a in result.agreements}


def test_folder_walk_skips_hidden_and_excel_lock_files(tmp_path, books):
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "~$register.xlsx").write_bytes(b"\x00lock")
    (tmp_path / "register.xlsx").write_bytes(books["dur"].read_bytes())
    assert [r.layout for r in read_paths([tmp_path])] == ["xlsx-dur"]
