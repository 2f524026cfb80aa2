"""`nhskg eval` with several gold files, splits and template families; the 2017 register's figures kept as floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from script_loader import load_script

from nhskg.cli import main

GOLD = Path(__file__).parent / "gold"
REGISTER = Path(__file__).parents[1] / ".." / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"
REGISTER_GOLD = [GOLD / "register2017-ccg.json", GOLD / "register2017-other.json"]


def _split_seeds_gold(tmp_path) -> tuple[Path, Path]:
    """The seeds' gold cut in two files, with families and splits, the way the register gold is laid out."""
    gold = json.loads((GOLD / "seeds.json").read_text())
    refs = sorted(gold["agreements"])
    files = []
    for n, part in enumerate((refs[:4], refs[4:])):
        agreements = {r: {**gold["agreements"][r], "family": f"family {n}", "split": "dev" if n == 0 else "test"} for r in part}
        path = tmp_path / f"part{n}.json"
        path.write_text(json.dumps({"agreements": agreements}))
        files.append(path)
    return files[0], files[1]


def test_several_gold_files_splits_and_families(seeds_dir, tmp_path):
    first, second = _split_seeds_gold(tmp_path)
    runner = CliRunner()
    both = runner.invoke(main, ["eval", str(seeds_dir), "--gold", str(first), "--gold", str(second), "--json"])
    assert both.exit_code == 0, both.output
    scores = json.loads(both.output)
    assert set(scores["families"]) == {"family 0", "family 1"}
    assert scores["families"]["family 0"]["agreements"] == 4 and scores["families"]["family 1"]["agreements"] == 5
    family_tp = sum(f["flows"]["tp"] for f in scores["families"].values())
    assert family_tp == scores["flows"]["total"]["tp"] > 0
    dev = json.loads(runner.invoke(main, ["eval", str(seeds_dir), "--gold", str(first), "--gold", str(second), "--split", "dev", "--json"]).output)
    assert set(dev["flows"]["agreements"]) == set(json.loads(first.read_text())["agreements"])
    table = runner.invoke(main, ["eval", str(seeds_dir), "--gold", str(first), "--gold", str(second), "--split", "test"])
    assert "family 1" in table.output and "family 0" not in table.output


def test_a_split_with_no_agreement_is_a_one_line_error(seeds_dir):
    result = CliRunner().invoke(main, ["eval", str(seeds_dir), "--gold", str(GOLD / "seeds.json"), "--split", "dev"])
    assert result.exit_code != 0 and "no gold agreement of split 'dev'" in result.output and "Traceback" not in result.output


def test_one_agreement_annotated_differently_twice_is_an_error(seeds_dir, tmp_path):
    gold = json.loads((GOLD / "seeds.json").read_text())
    ref = sorted(gold["agreements"])[0]
    changed = {"agreements": {ref: {**gold["agreements"][ref], "flows": []}}}
    other = tmp_path / "other.json"
    other.write_text(json.dumps(changed))
    result = CliRunner().invoke(main, ["eval", str(seeds_dir), "--gold", str(GOLD / "seeds.json"), "--gold", str(other)])
    assert result.exit_code != 0 and f"agreement {ref} is also annotated, differently" in result.output


#: Measured on the dev half, which the rules were tuned on, and the test half, which they were not (see the
#: report of the change that set them). Floors: the extractor must not get worse than this.
#: Measured 2026-12-01 on main's gold of then: dev flows P 1.000 R 0.700, state 0.901, roles F1 0.824;
#: test flows P 0.880 R 0.455, state 0.963, roles F1 0.154.  2026-12-02 (outputs to providers' own recipients'
#: node, restrictions to the applicant named in unmarked words, as-written forms pooled per organisation):
#: dev P 1.000 R 0.792, state 0.913, roles F1 0.945; test P 0.896 R 0.534, state 0.968, roles F1 0.326.
#: Later (units and researchers of an organisation as the organisation, no applicant flow beside a named
#: recipient): test P 0.918 R 0.567, state 0.970.  Later (names introduced by their slot, users lists, names across
#: double spaces, CSU clients, "University X (UX)"): dev P 1.000 R 0.931, state 0.925, roles F1 0.964; test unchanged.
#: Later (a tool's users: "It is currently used by CCGs … and by CCG member practices"): dev R 0.946; test unchanged.
#: 2026-12-02: the dev gold grew (register2017-other.json round 3: Nottinghamshire, PHE GP2DRS, i5 Health, Harvey
#: Walsh; no extraction change): dev P 0.992 R 0.889 (128/1/16), state 0.914, roles F1 0.935; recall and roles
#: floors lowered to the new gold's measured values.  Later (outputs "produced for X", "provision of patient counts …
#: to GPs", "aggregated metrics to Providers and CCGs", "to the NHS and AHSNs"; an infinitive's object is no sender;
#: restrictions to a company named without its suffix): dev 132/0/12 (P 1.000 R 0.917), state 0.917, roles 31/0/2;
#: ("downloaded from the SEFT server": NHS Digital -> applicant, state not written in the sentence): 133/0/11, state 0.910.
#: 2026-12-03: the dev gold grew again (register2017-other.json rounds 3-5: UK Biobank, Sheffield, Oxford, MHRA,
#: Portsmouth, Bradford, HSE, UCL CPRU, Cambridge, ICR, South Tyneside, York, Manchester, CRAB, IMS, NAO, Monitor, ...;
#: register2017-ccg.json second draw: Solihull, South East Staffs, South Worcestershire, Ipswich): measured before
#: any extraction change on it 176/1/43 (R 0.804), state 0.886, roles 45/0/20 (F1 0.818); after that day's changes
#: (researchers as a class, NIHR/ESRC/JCVI/Parliament, restrictions to staff in more words, the council's data as the
#: section describes it, NHS IC, reduced passives): dev 185/1/34 (P 0.995 R 0.845), state 0.914, roles 53/0/12 (F1
#: 0.898); test 103/9/75 (P 0.920 R 0.579), state 0.961, roles F1 0.372.  The dev floors follow the larger gold.
#: Later (rules read from the dur-e set, none from the test half; "Monitor needs to be able to share …" the applicant's
#: when the words name it): dev 185/0/34 (P 1.000), test 104/9/74 (R 0.584) with state 0.952: the newly found test flow
#: (the Royal College of Physicians' "registered individuals at Trusts can access date of death …", a class of
#: clients reaching the applicant's data) is in no state the clause says, where the gold reads it from the audit's
#: data; the test state floor follows it down rather than the rule being fitted to that text.  Later (acronym
#: recipients, "sends Y the following", releases "uploaded by" / "available from" NHS Digital): dev 190/0/29 (R 0.868).
#: Round 6 of register2017-other.json (seven dev-family agreements read before nhskg was run on them) found 4/1/25 of
#: its flows and 4/0/5 of its roles: the dev half fell to 194/1/54 (R 0.782), roles 60/0/14; the rules written from
#: it ("X will receive … from HSCIC", "DID data will be provided to NHS England", "grant Y the ability to carry out
#: analysis", "from Monitor to NHS TDA", "no later than" not a negation) give 200/1/48 (R 0.806), roles 60/0/14, state
#: 0.890: the newly matched releases are in no state their sentence says (the gold reads it from the Objectives).
#: Later (outputs reported by their maker, ambulance trusts): 203/1/45.  Round 7 (seven more dev-family agreements,
#: read before nhskg was run on them) found 4/0/17 of its flows and 4/0/3 of its roles; with the rules written from it
#: (HDIS online access is NHS Digital's system reached, "downloaded via the NHS Digital SEFT server") the dev half is
#: 209/1/60 (R 0.777).  The HDIS rule also finds a test-half trust's HDIS release (test 105/9/73), in a state the
#: gold reads elsewhere: the test state floor follows it down (0.943) rather than the rule being fitted to that text.
#: Later (a sender set off by commas, "to the SAIL databank … at X", "not accessible by any parties other than
#: employees of X and Y"): dev 210/1/59 (R 0.781), state 0.876, roles 66/0/15 (F1 0.898).
#: Later (the state the agreement says the data it asks for is in, for releases whose words give none): on that same
#: gold, dev 210/1/59, state 0.905, roles 66/0/15.  Rounds 8 and 9 of register2017-other.json (seven more dev-family
#: agreements, read before any output of nhskg for them was looked at) are scored apart, under floors of their own
#: (``dev-new``), so that the floors above keep measuring the gold they were set on: round 8's three found 4/0/7 of
#: their flows before any rule was written from them (6/0/5 after), round 9's four, from which no rule was written,
#: 3/0/11 (roles 3/0/1, state 3/3); together 9/0/16 (P 1.000 R 0.360), state 0.889, roles 4/0/2 (F1 0.800).
FLOORS = {
    "dev": {"flows_precision": 0.99, "flows_recall": 0.77, "state": 0.90, "roles_f1": 0.87},
    "test": {"flows_precision": 0.91, "flows_recall": 0.57, "state": 0.94, "roles_f1": 0.37},
    "dev-new": {"flows_precision": 0.99, "flows_recall": 0.36, "state": 0.88, "roles_f1": 0.80},
}
#: The dev agreements of rounds 8 and 9 (tests/gold/select_2017_other.py), scored under ``dev-new`` only.
NEW_ROUNDS = frozenset({"NIC-12784-R8W7V", "NIC-12828-M0K2D", "NIC-81519-G1T5F", "NIC-58999-K6P8B", "NIC-391618-M3X6R",
                        "NIC-48781-Z5C2L", "NIC-359603-D2Q6M"})


@pytest.fixture(scope="module")
def register_extraction():
    if not REGISTER.is_file():
        pytest.skip(f"{REGISTER} is not here (the real 2017 register is shared separately)")
    missing = [p for p in REGISTER_GOLD if not p.is_file()]
    if missing:
        pytest.skip(f"register gold not in this checkout: {', '.join(p.name for p in missing)}")
    from nhskg.nlp.extract import extract
    from nhskg.readers import merge_agreements, read_paths

    return extract(merge_agreements(read_paths([str(REGISTER)])))


@pytest.mark.parametrize("split", ["dev", "test", "dev-new"])
def test_register_figures_do_not_drop(register_extraction, split):
    from nhskg.nlp.evaluate import evaluate, load_gold, merge_gold, select_split

    gold = select_split(merge_gold([(str(p), load_gold(p)) for p in REGISTER_GOLD]), split.removesuffix("-new"))
    if split != "test":
        assert NEW_ROUNDS <= set(gold["agreements"])
        gold = {**gold, "agreements": {ref: a for ref, a in gold["agreements"].items()
                                       if (ref in NEW_ROUNDS) == (split == "dev-new")}}
    report = evaluate(register_extraction, gold)
    floor = FLOORS[split]
    assert report.total_flows.precision >= floor["flows_precision"], report.total_flows.as_dict()
    assert report.total_flows.recall >= floor["flows_recall"], report.total_flows.as_dict()
    assert report.state_accuracy >= floor["state"], report.state_accuracy
    assert report.total_roles.f1 >= floor["roles_f1"], report.total_roles.as_dict()


#: tests/gold/dur-c.json (eight DUR agreements of the kinds dur.json lacked, annotated before nhskg ran on them),
#: measured 2026-12-02 on the workbook tests/data/dur/make_workbook.py writes: dev flows 0/1/18 (tp/fp/fn), roles F1
#: 0.667; test flows P 0.667 R 0.222 (2/1/7), roles F1 0.571.  Later that day (access in a national body's
#: environment, "the CSUs" as the agreement's own CSUs, coordinated passives, "the Strategy Unit at MLCSU" as
#: MLCSU, reports for a class or a named body from the maker the clause names): dev 5/0/13, test 3/1/6; roles F1 dev
#: 0.837 (names introduced by their slot: Pulsant, Interxion, ... whose access would breach), test 0.571.  Later ("the
#: CSUs" as the ones a "The Commissioning Support Units providing the services are:" list names; the subject of "X are
#: assisting Y … and are therefore a data processor" is X): dev 10/0/8, roles F1 0.958; test unchanged.  Later ("CSU
#: analysts … to CSU clients": the agreement's CSUs -> CCGs (collectively)): dev 15/0/3.  Floors (and, where nothing is found yet, a ceiling
#: on false flows), so a change that loses what is found, or adds false flows, shows.
DUR_C_FLOORS = {
    "dev": {"flows_tp": 15, "flows_fp_at_most": 0, "roles_f1": 0.95},
    "test": {"flows_tp": 2, "flows_fp_at_most": 1, "roles_f1": 0.57},
}


@pytest.fixture(scope="module")
def dur_extraction(tmp_path_factory):
    maker = load_script(Path(__file__).parent / "data" / "dur" / "make_workbook.py")
    book = maker.write_xlsx(tmp_path_factory.mktemp("dur") / "dur.xlsx")
    from nhskg.nlp.extract import extract
    from nhskg.readers import merge_agreements, read_paths

    return extract(merge_agreements(read_paths([str(book)])))


@pytest.mark.parametrize("split", ["dev", "test"])
def test_dur_c_figures_do_not_drop(dur_extraction, split):
    from nhskg.nlp.evaluate import evaluate, load_gold, select_split

    gold = select_split(load_gold(GOLD / "dur-c.json"), split)
    report = evaluate(dur_extraction, gold)
    floor = DUR_C_FLOORS[split]
    flows = report.total_flows.as_dict()
    assert flows["tp"] >= floor["flows_tp"] and flows["fp"] <= floor["flows_fp_at_most"], flows
    assert report.total_roles.f1 >= floor["roles_f1"], report.total_roles.as_dict()
