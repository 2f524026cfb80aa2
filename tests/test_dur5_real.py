"""The fifth DUR test workbook (tests/data/dur5: five real agreements, two national bodies, a commercial company, a public
inquiry and an NHS trust's unit in NHS England's SDE; gold tests/gold/dur-g.json) builds with every agreement, version and
dataset accounted for, and the gold's evidence is in the workbook's text.

No gold-figures floor test: the gold was committed before nhskg's extractor was run on this set, and no first
measurement is recorded here (README-dur-g.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from script_loader import load_script
from test_dur2_real import WITHHELD, build_totals, evidence_not_in_workbook, read_whole

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
    refs = {a["base_reference"].removeprefix("DARS-NIC-") for a in agreements}
    assert len(refs) == 5 and not refs & WITHHELD
    earlier = {p.name for d in ("dur", "dur2", "dur3", "dur4") for p in (HERE / "data" / d / "agreements").glob("*.json")}
    assert not {p.name for p in (DUR5 / "agreements").glob("*.json")} & earlier
    chooser = load_script(DUR5 / "choose.py", "dur5_choose")
    assert refs <= {ref for pool in chooser.POOLS.values() for ref in chooser.order(pool)}
    annotated = {ref for path in (HERE / "gold").glob("*.json") if path.name != GOLD.name
                 for ref in json.loads(path.read_text(encoding="utf-8")).get("agreements", {})}
    assert not {f"NIC-{ref}" for ref in refs} & annotated


def test_every_file_is_one_version_in_the_stored_format(made):
    for path in sorted((DUR5 / "agreements").glob("*.json")):
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        assert text == json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", path.name
        assert len(data["versions"]) == 1 and len(data["versions"][0]["states"]) == 1, path.name


def test_reader_accounts_for_every_agreement_version_and_dataset(made):
    maker, agreements, _ = made
    result, want = read_whole(*made)
    book_rows = maker.sheets(agreements)
    rows = len(book_rows["Agreements"]) - 1 + len(book_rows["Datasets"]) - 1
    assert rows == len(want["versions"]) + sum(len(d) for d in want["datasets"].values())
    assert (result.records_read, result.records_skipped) == (rows, 0)


def test_build_report_counts_every_version(made, tmp_path):
    maker, agreements, book = made
    totals = build_totals(book, tmp_path / "out")
    assert totals["agreements"] == 5
    assert totals["versions"] == len(maker.expected(agreements)["versions"]) == 5


def test_gold_evidence_is_in_the_workbook_cell_it_names(made):
    _, _, book = made
    assert evidence_not_in_workbook(book, GOLD) == []
