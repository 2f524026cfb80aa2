"""``nhskg diff`` on two synthetic editions of the Data Uses Register reports exactly what changed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset
from test_dur_reader import DATASETS, RELEASES, agreement_row
from workbooks import AGREEMENTS_HEADER, write_xlsx

from nhskg.cli import main as cli
from nhskg.graph.sparql import load_query

S1 = "1. Pseudonymised SUS data is securely transferred from the DSCRO to NHS Arden and Greater East Midlands Commissioning Support Unit."
S2 = "2. NHS Arden and Greater East Midlands Commissioning Support Unit passes aggregated reports to NHS Kent and Medway ICB."
S3 = "3. Identifiable data is sent by NHS Arden and Greater East Midlands Commissioning Support Unit to Optum Health Solutions (UK) Limited."
KENT = "NHS KENT AND MEDWAY ICB"
LAW = "Health and Social Care Act 2012 - s261(5)(d)"


def _dataset(ref, name):
    return [ref, name, "Pseudonymised", "Sensitive", "Ongoing", LAW, None]


def _release(file_ref, ref, applied, month):
    return [file_ref, ref, "SUS for Commissioners", "Pseudonymised", "Sensitive", applied, LAW, "Ongoing", month]


def old_edition():
    return {
        "Agreements": [
            AGREEMENTS_HEADER,
            agreement_row("DARS-NIC-400010-AAAAA-v1.0", KENT, KENT, dt.datetime(2023, 1, 1), dt.datetime(2025, 12, 31),
                          f"{S1}\n{S2}"),
            agreement_row("DARS-NIC-400011-BBBBB-v0.2", "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST",
                          "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST", dt.datetime(2022, 1, 1), dt.datetime(2024, 1, 1),
                          "Data will be stored at the trust.", title="Hull audit"),
        ],
        "Datasets": [DATASETS, _dataset("DARS-NIC-400010-AAAAA-v1.0", "SUS for Commissioners"),
                     _dataset("DARS-NIC-400011-BBBBB-v0.2", "Hospital Episode Statistics Admitted Patient Care")],
        "DataReleases": [RELEASES, _release("FR-1", "DARS-NIC-400010-AAAAA-v1.0", "No", "Jan-23")],
    }


def new_edition():
    return {
        "Agreements": [
            AGREEMENTS_HEADER,
            # the register keeps listing the old version
            agreement_row("DARS-NIC-400010-AAAAA-v1.0", KENT, KENT, dt.datetime(2023, 1, 1), dt.datetime(2025, 12, 31),
                          f"{S1}\n{S2}"),
            agreement_row("DARS-NIC-400010-AAAAA-v2.0", KENT, KENT, dt.datetime(2024, 4, 1), dt.datetime(2027, 3, 31),
                          f"{S1}\n{S3}", title="DSfC - Comm and RS"),
            agreement_row("DARS-NIC-400012-CCCCC-v0.3", "UNIVERSITY OF LEEDS", "UNIVERSITY OF LEEDS",
                          dt.datetime(2024, 6, 1), dt.datetime(2026, 6, 1), "Data will be stored at the university.",
                          title="Leeds study"),
        ],
        "Datasets": [DATASETS, _dataset("DARS-NIC-400010-AAAAA-v1.0", "SUS for Commissioners"),
                     _dataset("DARS-NIC-400010-AAAAA-v2.0", "SUS for Commissioners"),
                     _dataset("DARS-NIC-400010-AAAAA-v2.0", "Mental Health Services Data Set"),
                     _dataset("DARS-NIC-400012-CCCCC-v0.3", "Emergency Care Data Set (ECDS)")],
        "DataReleases": [RELEASES, _release("FR-1", "DARS-NIC-400010-AAAAA-v1.0", "No", "Jan-23"),
                         _release("FR-2", "DARS-NIC-400010-AAAAA-v2.0", "Yes", "Aug-24")],
    }


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editions")
    old = write_xlsx(folder / "dur-old.xlsx", old_edition())
    new = write_xlsx(folder / "dur-new.xlsx", new_edition())
    runner = CliRunner()
    result = runner.invoke(cli, ["diff", str(old), str(new), "--format", "json", "--jobs", "1",
                                 "--html", str(folder / "changes.html"), "--trig", str(folder / "editions.trig")])
    assert result.exit_code == 0, result.output
    return folder, old, new, json.loads(result.output)


def _flows(items):
    return [(f["agreement"], f["source"], f["target"], f["state"], f["stated_by"], [e["quote"] for e in f["evidence"]])
            for f in items]


def test_agreements_added_ended_and_changed(editions):
    *_, changes = editions
    assert changes["agreements_added"] == [{"agreement": "NIC-400012-CCCCC", "title": "Leeds study", "applicant": "UNIVERSITY OF LEEDS"}]
    assert changes["agreements_ended"] == [{"agreement": "NIC-400011-BBBBB", "title": "Hull audit",
                                            "applicant": "HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST"}]
    assert changes["agreements_changed"] == [{
        "agreement": "NIC-400010-AAAAA",
        "fields": [
            {"field": "title", "old": "DSfC - Comm", "new": "DSfC - Comm and RS"},
            {"field": "DSA start", "old": "2023-01-01", "new": "2024-04-01"},
            {"field": "DSA end", "old": "2025-12-31", "new": "2027-03-31"},
            {"field": "versions", "old": ["DARS-NIC-400010-AAAAA-v1.0"],
             "new": ["DARS-NIC-400010-AAAAA-v1.0", "DARS-NIC-400010-AAAAA-v2.0"]},
        ],
        "datasets_added": ["Mental Health Services Data Set"],
        "datasets_removed": [],
    }]


def test_flows_added_and_removed_with_evidence(editions):
    *_, changes = editions
    added = _flows(changes["flows_added"])
    assert [(a, s, t, st, by) for a, s, t, st, by, _ in added] == [
        ("NIC-400010-AAAAA", "Arden and GEM Commissioning Support Unit", "Optum Health Solutions (UK) Limited", "identifiable", "text"),
        ("NIC-400012-CCCCC", "NHS Digital", "University of Leeds", "pseudonymised", "register"),
    ]
    assert changes["flows_added"][0]["evidence"][0]["location"].endswith("[Agreements] row 3 column 'Processing Activities'")
    removed = _flows(changes["flows_removed"])
    assert [(a, s, t, st, by) for a, s, t, st, by, _ in removed] == [
        ("NIC-400010-AAAAA", "Arden and GEM Commissioning Support Unit", "NHS Kent and Medway ICB", "aggregate", "text"),
        ("NIC-400011-BBBBB", "NHS Digital", "Hull University Teaching Hospitals NHS Trust", "pseudonymised", "register"),
    ]
    assert removed[0][5] == [S2]


def test_new_recipients_with_their_states_and_opt_out_changes(editions):
    *_, changes = editions
    assert changes["new_recipients"] == [
        {"organisation": "Optum Health Solutions (UK) Limited", "states": ["identifiable"], "agreements": ["NIC-400010-AAAAA"]},
        {"organisation": "University of Leeds", "states": ["pseudonymised"], "agreements": ["NIC-400012-CCCCC"]},
    ]
    assert changes["opt_outs_changed"] == [{
        "agreement": "NIC-400010-AAAAA",
        "old": {"opt-outs applied": ["no"], "opt-outs both ways": False},
        "new": {"opt-outs applied": ["no", "yes"], "opt-outs both ways": False},
    }]
    assert changes["counts"] == {"agreements_added": 1, "agreements_ended": 1, "agreements_changed": 1, "flows_added": 2,
                                 "flows_removed": 2, "new_recipients": 2, "opt_outs_changed": 1}


def test_text_csv_and_html_reports(editions):
    folder, old, new, changes = editions
    runner = CliRunner()
    text = runner.invoke(cli, ["diff", str(old), str(new), "--jobs", "1"])
    assert text.exit_code == 0
    assert "Organisations newly receiving data: 2" in text.output
    assert f'"{S3}"' in text.output
    csv_out = runner.invoke(cli, ["diff", str(old), str(new), "--format", "csv", "--jobs", "1"]).output.splitlines()
    assert csv_out[0] == "change,agreement,subject,old,new,evidence"
    assert sum(1 for line in csv_out if line.startswith("flow added,")) == 2
    assert any(line.startswith("field changed,NIC-400010-AAAAA,DSA end,2025-12-31,2027-03-31") for line in csv_out)
    page = (folder / "changes.html").read_text()
    assert "<script" not in page and "src=" not in page and "<link" not in page  # offline: nothing fetched
    assert "Optum Health Solutions (UK) Limited" in page and S3 in page


def test_html_escapes_register_text(tmp_path):
    from nhskg.graph.diff_page import page

    changes = {"editions": {"old": {"date": None, "agreements": 0, "flows": 0}, "new": {"date": None, "agreements": 1, "flows": 0}},
               "agreements_added": [{"agreement": "NIC-1-AAAAA", "title": "<script>alert(1)</script>", "applicant": "A & B"}],
               "agreements_ended": [], "agreements_changed": [], "flows_added": [], "flows_removed": [],
               "new_recipients": [], "opt_outs_changed": []}
    html = page(changes)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "A &amp; B" in html


def test_editions_are_named_graphs_and_the_canned_query_finds_new_onward_recipients(editions):
    folder, *_ = editions
    ds = Dataset()
    ds.parse(folder / "editions.trig", format="trig")
    query = load_query("new-onward-recipients")
    rows = sorted({(str(r.recipientLabel), str(r.state), str(r.agreement)) for r in ds.query(query.text)})
    assert rows == [("Optum Health Solutions (UK) Limited", "identifiable", "NIC-400010-AAAAA"),
                    ("University of Leeds", "pseudonymised", "NIC-400012-CCCCC")]


def test_all_versions_keeps_the_old_versions_flows(editions):
    _, old, new, _ = editions
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json", "--all-versions", "--jobs", "1"])
    changes = json.loads(result.output)
    assert [(f["target"], f["stated_by"]) for f in changes["flows_removed"]] == [
        ("Hull University Teaching Hospitals NHS Trust", "register")]


def test_nhskg_query_runs_the_canned_query_on_the_editions_file(editions):
    folder, *_ = editions
    result = CliRunner().invoke(cli, ["query", str(folder / "editions.trig"), "new-onward-recipients", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("recipient,recipientLabel,state,agreement")
    labels = sorted({line.split(",")[1] for line in lines[1:]})
    assert labels == ["Optum Health Solutions (UK) Limited", "University of Leeds"]


def test_flows_query_defaults_to_the_newest_version_and_can_show_all(tmp_path):
    from nhskg.graph.sparql import run_query
    from nhskg.pipeline import build

    book = write_xlsx(tmp_path / "dur-new.xlsx", new_edition())
    out = build([book], tmp_path / "out", html=False, jobs=1)
    rows = run_query(out.out_dir, "flows")
    every = run_query(out.out_dir, "flows", params={"allVersions": "1"})
    targets = sorted(rows.column("targetLabel"))
    assert "NHS Kent and Medway ICB" not in targets  # only v1.0 states it
    assert "Optum Health Solutions (UK) Limited" in targets
    assert "NHS Kent and Medway ICB" in every.column("targetLabel")
    assert len(every.rows) == len(rows.rows) + 1
