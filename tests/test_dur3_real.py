"""The third DUR test workbook (tests/data/dur3: eight real agreements of national bodies and commercial information
companies, gold tests/gold/dur-e.json) builds with every agreement, version and dataset accounted for, and the gold's
evidence is in the workbook's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_loader import load_script
from test_dur2_real import WITHHELD, assert_gold_floors, build_totals, evidence_not_in_workbook, read_whole

HERE = Path(__file__).resolve().parent
DUR3 = HERE / "data" / "dur3"
GOLD = HERE / "gold" / "dur-e.json"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    maker = load_script(DUR3 / "make_workbook.py", "dur3_make_workbook")
    agreements = maker.load()
    book = maker.write_xlsx(tmp_path_factory.mktemp("dur3") / "data-uses-register.xlsx", agreements)
    return maker, agreements, book


def test_third_set_is_new_drawn_and_holds_none_of_the_evaluation_references(made):
    _, agreements, _ = made
    refs = {a["base_reference"].removeprefix("DARS-NIC-") for a in agreements}
    assert len(refs) == 8 and not refs & WITHHELD
    earlier = {p.name for d in ("dur", "dur2") for p in (HERE / "data" / d / "agreements").glob("*.json")}
    assert not {p.name for p in (DUR3 / "agreements").glob("*.json")} & earlier
    chooser = load_script(DUR3 / "choose.py", "dur3_choose")
    assert refs <= {ref for pool in chooser.POOLS.values() for ref in chooser.order(pool)}
    golds = {path.name: json.loads(path.read_text(encoding="utf-8")).get("agreements", {})
             for path in (HERE / "gold").glob("*.json") if path.name != GOLD.name}
    # no other reading of the current register holds them; the 2017 register's texts of three of them (round 6 of
    # register2017-other.json, drawn later from its dev families) are another text, read apart, in the dev half too
    current = {ref for name, agreements in golds.items() if not name.startswith("register2017") for ref in agreements}
    assert not {f"NIC-{ref}" for ref in refs} & current
    in_2017 = {ref: a["split"] for name, agreements in golds.items() if name.startswith("register2017")
               for ref, a in agreements.items()}
    assert {in_2017[f"NIC-{ref}"] for ref in refs if f"NIC-{ref}" in in_2017} <= {"dev"}


def test_reader_accounts_for_every_agreement_version_and_dataset(made):
    maker, agreements, _ = made
    result, want = read_whole(*made)
    # one row per version and per dataset row: UKHSA's list repeats names (ECDS four times, with different legal bases)
    book_rows = maker.sheets(agreements)
    rows = len(book_rows["Agreements"]) - 1 + len(book_rows["Datasets"]) - 1
    assert rows > len(want["versions"]) + sum(len(d) for d in want["datasets"].values())
    assert (result.records_read, result.records_skipped) == (rows, 0)


def test_build_report_counts_every_version(made, tmp_path):
    maker, agreements, book = made
    totals = build_totals(book, tmp_path / "out")
    assert totals["agreements"] == 8
    assert totals["versions"] == len(maker.expected(agreements)["versions"]) == 8


def test_gold_evidence_is_in_the_workbook_cell_it_names(made):
    _, _, book = made
    assert evidence_not_in_workbook(book, GOLD) == []


#: tests/gold/dur-e.json (all dev), measured 2026-12-03 on this workbook before any extraction change on it (main at
#: 17179c4): the first six agreements flows 5/1/20, state 0.200, roles 10/0/4; all eight flows 6/1/23 (P 0.857 R 0.207),
#: state 0.167 on the 6 matched, roles 13/1/8 (F1 0.743).  After the rules read from it (main at 4c5df6f..): the state
#: said of "the Data" after a release, SEFT from NHS England, roles written as negations or with unmarked names, the
#: short form "PPD": state 0.857, roles 20/0/1 (F1 0.976); clients reaching the applicant's data as a class, users a
#: system "can only be accessed by", ICSs and Scottish boards as classes: flows 14/0/15 (P 1.000 R 0.483), state 0.714.
DUR_E_FLOORS = {"flows_precision": 0.95, "flows_recall": 0.46, "state": 0.70, "roles_f1": 0.95}


def test_gold_figures_do_not_drop(made):
    _, _, book = made
    assert_gold_floors(book, GOLD, DUR_E_FLOORS)
