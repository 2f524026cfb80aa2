"""The Data Uses Register reader on synthetic workbooks carrying the register's awkward cases."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from workbooks import AGREEMENTS_HEADER, write_csvs, write_xlsx

from nhskg.cli import main as cli
from nhskg.errors import InputError
from nhskg.readers import merge_agreements, read_paths

RELEASES = ["File Reference", "Reference Number", "Dataset", "Type of Data", "Sensitive or Non-Sensitive",
            "Patient Opt-Outs Applied", "Legal Basis for Provision of Data", "Frequency", "Month File Released"]
DATASETS = ["Reference Number", "Dataset", "Type of Data", "Sensitive or Non-Sensitive", "Frequency",
            "Legal Basis for Provision of Data", "Common Law Duty of Confidentiality"]
BRISTOL = "NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE ICB - 15C"


def agreement_row(ref, applicant, controllers, start, end, processing, title="DSfC - Comm"):
    return [ref, title, applicant, "ICB - Integrated Care Board", controllers, "Joint", start, end, "Yes", "No",
            "To support commissioning.", processing, "Aggregate reports.", "Better planning.", None]


def sheets():
    return {
        "Agreements": [
            AGREEMENTS_HEADER,
            agreement_row("DARS-NIC-400001-AAAAA-v1.2", BRISTOL, BRISTOL, dt.datetime(2022, 7, 1), dt.datetime(2023, 6, 30),
                          "Pseudonymised data is securely transferred from the DSCRO to the Data Controller."),
            agreement_row("DARS-NIC-400001-AAAAA-v2.0", "NHS  Bristol, North Somerset and South Gloucestershire ICB - 15C",
                          f"{BRISTOL}\nMCKINSEY & COMPANY, INC.", dt.datetime(2023, 7, 1), dt.datetime(2026, 6, 30),
                          "Pseudonymised data is securely transferred from the DSCRO to the Data Controller.\n"
                          "The following processors are used: ~ Arden and GEM CSU ~ Microsoft Limited"),
            agreement_row("DARS-NIC-400002-BBBBB-v0.3", "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST",
                          "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST, UNIVERSITY OF YORK",
                          dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1), "Data will be stored at the\ntrust."),
        ],
        "Datasets": [
            DATASETS,
            ["DARS-NIC-400001-AAAAA-v1.2", "SUS for Commissioners", "Pseudonymised", "Sensitive", "Ongoing",
             "Health and Social Care Act 2012 - s261(5)(d)", None],
            ["DARS-NIC-400001-AAAAA-v2.0", "SUS for Commissioners", "Pseudonymised", "Sensitive", "Ongoing",
             "Health and Social Care Act 2012 - s261(5)(d)", None],
            ["DARS-NIC-400001-AAAAA-v2.0", "Mental Health Services Data Set", "Pseudonymised", "Sensitive", "Ongoing",
             "Health and Social Care Act 2012 - s261(5)(d)", None],
            ["DARS-NIC-400002-BBBBB-v0.3", "Hospital Episode Statistics Admitted Patient Care", "Identifiable",
             "Sensitive", "One-Off", "Health and Social Care Act 2012 - s261(2)(c)", "Consent"],
        ],
        "DataReleases": [
            RELEASES,
            # the month as the register writes it: text "Jul-19"
            ["FR-1", "DARS-NIC-400001-AAAAA-v1.2", "SUS for Commissioners", "Pseudonymised", "Sensitive", "No",
             "Health and Social Care Act 2012 - s261(5)(d)", "Ongoing", "Jul-19"],
            # one dataset, one version, files both with and without opt-outs applied
            ["FR-2", "DARS-NIC-400001-AAAAA-v2.0", "SUS for Commissioners", "Identifiable", "Sensitive", "Yes",
             "Health and Social Care Act 2012 - s261(5)(d)", "Ongoing", "Aug-23"],
            ["FR-3", "DARS-NIC-400001-AAAAA-v2.0", "SUS for Commissioners", "Identifiable", "Sensitive", "No",
             "Health and Social Care Act 2012 - s261(5)(d)", "Ongoing", "Aug-23"],
            # release attributes that differ from the Datasets sheet (Frequency, Type of Data)
            ["FR-4", "DARS-NIC-400002-BBBBB-v0.3", "Hospital Episode Statistics Admitted Patient Care", "Pseudonymised",
             "Sensitive", "No", "Health and Social Care Act 2012 - s261(2)(c)", "Frequent Adhoc Flow", "Jan-24"],
        ],
    }


def read(tmp_path, data, **kw):
    book = write_xlsx(tmp_path / "dur.xlsx", data)
    (result,) = read_paths([book], **kw)
    return result, {a.reference: a for a in result.agreements}


def test_versions_are_one_agreement_with_a_record_each(tmp_path):
    result, by_ref = read(tmp_path, sheets())
    assert result.warnings == []
    a = by_ref["NIC-400001-AAAAA"]
    assert [(v.reference, v.number, v.dsa_start, v.dsa_end) for v in a.version_records] == [
        ("DARS-NIC-400001-AAAAA-v1.2", "1.2", "2022-07-01", "2023-06-30"),
        ("DARS-NIC-400001-AAAAA-v2.0", "2.0", "2023-07-01", "2026-06-30"),
    ]
    assert a.newest_version.number == "2.0"
    assert [v.datasets for v in a.version_records] == [
        ["SUS for Commissioners"], ["SUS for Commissioners", "Mental Health Services Data Set"]]
    # v2.0 repeats v1.2's Objectives: one section, read (and extracted) once
    assert [s.name for s in a.sections].count("Objectives") == 1
    assert [s.name for s in a.sections].count("Processing") == 2


def test_controllers_split_but_names_holding_commas_kept(tmp_path):
    _, by_ref = read(tmp_path, sheets())
    assert by_ref["NIC-400001-AAAAA"].controllers == [BRISTOL, "MCKINSEY & COMPANY, INC."]
    assert by_ref["NIC-400002-BBBBB"].controllers == ["HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST", "UNIVERSITY OF YORK"]


def test_months_opt_outs_both_ways_and_release_attributes_kept(tmp_path):
    _, by_ref = read(tmp_path, sheets())
    a = by_ref["NIC-400001-AAAAA"]
    assert [(r.file_reference, r.month, r.opt_outs_applied) for r in a.releases] == [
        ("FR-1", "2019-07", False), ("FR-2", "2023-08", True), ("FR-3", "2023-08", False)]
    assert a.opt_outs_both_ways
    hull = by_ref["NIC-400002-BBBBB"]
    (release,) = hull.releases
    assert (release.type_of_data, release.frequency) == ("Pseudonymised", "Frequent Adhoc Flow")
    assert "Identifiable" in hull.types_of_data and "One-Off" in hull.access_methods  # the Datasets sheet's


def test_names_tidied_and_tilde_bullets_on_their_own_lines(tmp_path):
    _, by_ref = read(tmp_path, sheets())
    a = by_ref["NIC-400001-AAAAA"]
    processing = [s.text for s in a.sections if s.name == "Processing"][1]
    assert processing.endswith("The following processors are used:\n• Arden and GEM CSU\n• Microsoft Limited")
    cell = sheets()["Agreements"][2][11]
    assert len(processing) == len(cell), "bullets keep offsets into the cell"
    assert by_ref["NIC-400002-BBBBB"].applicant == "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST"


def bad_sheets():
    data = sheets()
    data["DataReleases"].append(["FR-9", "DARS-NIC-499999-ZZZZZ-v1.0", "HES", "Pseudonymised", "Sensitive", "No",
                                 "Health and Social Care Act 2012", "Ongoing", "Sep-23"])  # row 6: no agreement
    data["Datasets"].append(["DARS-NIC-400001-AAAAA-v3.1", "ECDS", "Pseudonymised", "Sensitive", "Ongoing",
                             "Health and Social Care Act 2012", None])  # row 6: unknown version
    data["DataReleases"].append(["FR-10", "DARS-NIC-400002-BBBBB-v0.3", "HES", "Pseudonymised", "Sensitive", "No",
                                 "Health and Social Care Act 2012", "Ongoing", "Sometime"])  # row 7: month
    data["Agreements"].append(agreement_row("DARS-NIC-400003-CCCCC-v1.x", "NHS KENT ICB", "NHS KENT ICB",
                                            dt.datetime(2024, 1, 1), dt.datetime(2025, 1, 1), "Text."))  # row 5
    return data


def test_sheets_that_disagree_warn_naming_sheet_and_row_and_nothing_is_dropped(tmp_path):
    result, by_ref = read(tmp_path, bad_sheets())
    messages = sorted(str(w).split("dur.xlsx ", 1)[1] for w in result.warnings)
    assert messages == [
        "[Agreements] row 5 column 'Reference Number': DARS-NIC-400003-CCCCC-v1.x: cannot read the version suffix "
        "(expected -v<number>[.<number>])",
        "[DataReleases] row 6 column 'Reference Number': DARS-NIC-499999-ZZZZZ-v1.0: no Agreements row for this reference",
        "[DataReleases] row 7 column 'Month File Released': cannot read the month 'Sometime'",
        "[Datasets] row 6 column 'Reference Number': DARS-NIC-400001-AAAAA-v3.1: no Agreements row for this version "
        "(Agreements lists DARS-NIC-400001-AAAAA-v1.2, DARS-NIC-400001-AAAAA-v2.0)",
    ]
    assert result.records_skipped == 0
    assert "NIC-499999-ZZZZZ" in by_ref and "NIC-400003-CCCCC" in by_ref


def test_strict_fails_on_the_first(tmp_path):
    with pytest.raises(InputError, match=r"\[Agreements\] row 5 .*cannot read the version suffix"):
        read(tmp_path, bad_sheets(), strict=True)


def test_build_counts_the_warnings_and_strict_build_exits_non_zero(tmp_path):
    import json

    book = write_xlsx(tmp_path / "dur.xlsx", bad_sheets())
    runner = CliRunner()
    ok = runner.invoke(cli, ["build", str(book), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1"])
    assert ok.exit_code == 0, ok.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert len(report["files"][0]["warnings"]) == 4
    assert report["files"][0]["versions"] == ["DARS-NIC-400001-AAAAA-v1.2", "DARS-NIC-400001-AAAAA-v2.0",
                                              "DARS-NIC-400002-BBBBB-v0.3", "DARS-NIC-400003-CCCCC-v1.x"]
    strict = runner.invoke(cli, ["build", str(book), "--out", str(tmp_path / "out2"), "--strict", "--no-cache"])
    assert strict.exit_code != 0
    assert "row 5" in strict.output and "Traceback" not in strict.output


# --- the register given as separate CSV files: the same checks across the files ------------------------------


def _csv_build(tmp_path, data, *options):
    folder = tmp_path / "csv"
    folder.mkdir()
    write_csvs(folder, data, "dur")
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out"), "--no-cache", "--jobs", "1",
                                      "--no-html", *options])
    return folder, result


def test_separate_csv_sheets_get_the_workbooks_cross_sheet_checks(tmp_path):
    import json

    folder, result = _csv_build(tmp_path, bad_sheets())
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    warnings = {e["path"]: sorted(e["warnings"]) for e in report["files"]}
    assert warnings == {
        "dur-Agreements.csv": [
            "dur-Agreements.csv [Agreements] row 5 column 'Reference Number': DARS-NIC-400003-CCCCC-v1.x: cannot read "
            "the version suffix (expected -v<number>[.<number>])"],
        "dur-DataReleases.csv": [
            "dur-DataReleases.csv [DataReleases] row 6 column 'Reference Number': DARS-NIC-499999-ZZZZZ-v1.0: "
            "no Agreements row for this reference",
            "dur-DataReleases.csv [DataReleases] row 7 column 'Month File Released': cannot read the month 'Sometime'"],
        "dur-Datasets.csv": [
            "dur-Datasets.csv [Datasets] row 6 column 'Reference Number': DARS-NIC-400001-AAAAA-v3.1: no Agreements "
            "row for this version (Agreements lists DARS-NIC-400001-AAAAA-v1.2, DARS-NIC-400001-AAAAA-v2.0)"],
    }
    assert report["totals"]["warnings"] == 4 and report["totals"]["records_skipped"] == 0
    # the same four as the workbook reports, file name aside
    book_result, _ = read(tmp_path, bad_sheets())
    assert sorted(str(w).split("dur.xlsx ", 1)[1] for w in book_result.warnings) == sorted(
        w.split(" ", 1)[1] for ws in warnings.values() for w in ws)
    # each on one line of the build's output, naming file and row
    assert "dur-Datasets.csv [Datasets] row 6" in result.output and "dur-DataReleases.csv [DataReleases] row 6" in result.output
    # nothing dropped: the unknown reference is still an agreement, and every row read is a record
    assert "NIC-499999-ZZZZZ" in report["agreements"]
    assert report["totals"]["records_read"] == sum(len(rows) - 1 for rows in bad_sheets().values())


def test_separate_csv_sheets_that_agree_give_no_warning_and_join_datasets_to_versions(tmp_path):
    folder, result = _csv_build(tmp_path, sheets())
    assert result.exit_code == 0, result.output
    results = read_paths([folder])
    assert [w for r in results for w in r.warnings] == []
    by_ref = {a.reference: a for a in merge_agreements(results)}
    assert [(v.reference, v.datasets) for v in by_ref["NIC-400001-AAAAA"].version_records] == [
        ("DARS-NIC-400001-AAAAA-v1.2", ["SUS for Commissioners"]),
        ("DARS-NIC-400001-AAAAA-v2.0", ["SUS for Commissioners", "Mental Health Services Data Set"]),
    ]


def test_strict_build_of_separate_csv_sheets_fails_on_the_first_cross_sheet_problem(tmp_path):
    data = sheets()
    data["Datasets"].append(["DARS-NIC-400001-AAAAA-v3.1", "ECDS", "Pseudonymised", "Sensitive", "Ongoing",
                             "Health and Social Care Act 2012", None])  # row 6: unknown version
    data["DataReleases"].append(["FR-9", "DARS-NIC-499999-ZZZZZ-v1.0", "HES", "Pseudonymised", "Sensitive", "No",
                                 "Health and Social Care Act 2012", "Ongoing", "Sep-23"])  # row 6: no agreement
    _, result = _csv_build(tmp_path, data, "--strict")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    # files are read in name order, so the DataReleases row is the first problem
    lines = [line for line in result.output.splitlines() if "row 6" in line]
    assert len(lines) == 1, result.output
    assert "dur-DataReleases.csv [DataReleases] row 6" in lines[0] and "no Agreements row for this reference" in lines[0]
    assert not (tmp_path / "out" / "graph.ttl").exists()
    # lenient: both, counted
    import json

    (tmp_path / "again").mkdir()
    _, lenient = _csv_build(tmp_path / "again", data)
    assert lenient.exit_code == 0, lenient.output
    report = json.loads((tmp_path / "again" / "out" / "report.json").read_text())
    assert report["totals"]["warnings"] == 2
