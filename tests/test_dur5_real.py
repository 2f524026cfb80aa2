"""The fifth DUR test workbook (tests/data/dur5: five real agreements, two national bodies, a commercial company, a public
inquiry and an NHS trust's unit in NHS England's SDE; gold tests/gold/dur-g.json) builds with every agreement, version and
dataset accounted for, and the gold's evidence is in the workbook's text.

No gold-figures floor test: the gold was committed before nhskg's extractor was run on this set, and no first
measurement is recorded here (README-dur-g.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script
from test_dur2_real import (
    assert_reader_accounts_for_every_row,
    build_totals,
    evidence_not_in_workbook,
    new_set_problems,
    stored_format_problems,
)

HERE = Path(__file__).resolve().parent
DUR5 = HERE / "data" / "dur5"
GOLD = HERE / "gold" / "dur-g.json"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    maker = load_script(DUR5 / "make_workbook.py", "dur5_make_workbook")
    agreements = maker.load()
    book = maker.write_xlsx(tmp_path_factory.mktemp("dur5") / "data-uses-register.xlsx", agreements)
    return maker, agreements, book


def test_fifth_set_is_new_drawn_and_holds_none_of_the_evaluation_references(made):
    _, agreements, _ = made
    assert new_set_problems(DUR5, agreements, 5, ("dur", "dur2", "dur3", "dur4"), GOLD) == []


def test_every_file_is_one_version_in_the_stored_format(made):
    assert stored_format_problems(DUR5) == []


def test_reader_accounts_for_every_agreement_version_and_dataset(made):
    assert_reader_accounts_for_every_row(made)


def test_build_report_counts_every_version(made, tmp_path):
    maker, agreements, book = made
    totals = build_totals(book, tmp_path / "out")
    assert totals["agreements"] == 5
    assert totals["versions"] == len(maker.expected(agreements)["versions"]) == 5


def test_gold_evidence_is_in_the_workbook_cell_it_names(made):
    _, _, book = made
    assert evidence_not_in_workbook(book, GOLD) == []
