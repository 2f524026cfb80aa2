"""The hand-annotated gold files are well formed and point at real register text.

Checks every ``tests/gold/*.json``: fields, allowed states, modes and roles,
splits (no template family in both the dev and the test half, across all
files), and, for the 2017 register gold, that each agreement and each evidence
sentence is in the dev workbook's PurposeStatements cell the ``location``
names (skipped with a message when the workbook is absent).
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
REGISTERS = Path(os.environ.get("NHSKG_REGISTERS", REPO.parent / "shared" / "registers"))

STATES = {"identifiable", "pseudonymised", "anonymised", "aggregate", "unspecified"}
MODES = {"transfer", "access"}
ROLES = {"controller", "processor", "non-accessing-processor", "access-would-breach", "access-restricted-to"}
SPLITS = {"dev", "test"}
FLOW_FIELDS = {"source", "target", "state", "mode", "datasets", "section", "evidence"}
FLOW_OPTIONAL = {"source_as_written", "target_as_written", "optional", "note", "line", "location"}
ROLE_FIELDS = {"organisation", "role", "section", "evidence"}
ROLE_OPTIONAL = {"as_written", "note", "line", "location"}
LOCATION = re.compile(r"^\[(?P<sheet>[^\]]+)\] row (?P<row>\d+) column '(?P<column>[^']+)'$")


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _problems(path):
    """Every schema problem of one gold file, as 'file: agreement: message' lines."""
    gold = _load(path)
    out = []
    if set(gold) - {"about", "agreements"} or not isinstance(gold.get("agreements"), dict):
        return [f"{path.name}: top level must be {{'about', 'agreements'}}"]
    for ref, agreement in gold["agreements"].items():
        where = f"{path.name}: {ref}"
        for key in ("file", "applicant", "flows", "roles"):
            if key not in agreement:
                out.append(f"{where}: missing {key!r}")
        if "split" in agreement or "family" in agreement:
            if agreement.get("split") not in SPLITS:
                out.append(f"{where}: split {agreement.get('split')!r} not in {sorted(SPLITS)}")
            if not agreement.get("family"):
                out.append(f"{where}: a split agreement needs a family")
        for i, flow in enumerate(agreement.get("flows", [])):
            out.extend(_flow_problems(f"{where}: flow {i}", flow))
        for i, role in enumerate(agreement.get("roles", [])):
            rw = f"{where}: role {i}"
            missing, extra = ROLE_FIELDS - set(role), set(role) - ROLE_FIELDS - ROLE_OPTIONAL
            if missing or extra:
                out.append(f"{rw}: missing {sorted(missing)} unknown {sorted(extra)}")
            if role.get("role") not in ROLES:
                out.append(f"{rw}: role {role.get('role')!r}")
    return out


def _flow_problems(fw, flow):
    """The schema problems of one gold flow, each prefixed with ``fw`` ('file: agreement: flow i')."""
    out = []
    missing, extra = FLOW_FIELDS - set(flow), set(flow) - FLOW_FIELDS - FLOW_OPTIONAL
    if missing or extra:
        out.append(f"{fw}: missing {sorted(missing)} unknown {sorted(extra)}")
    if "line" not in flow and "location" not in flow:
        out.append(f"{fw}: needs 'line' or 'location'")
    if flow.get("state") not in STATES:
        out.append(f"{fw}: state {flow.get('state')!r}")
    if flow.get("mode") not in MODES:
        out.append(f"{fw}: mode {flow.get('mode')!r}")
    if flow.get("source") == flow.get("target"):
        out.append(f"{fw}: source = target {flow.get('source')!r}")
    for key in ("datasets", "source_as_written", "target_as_written"):
        if key in flow and not (isinstance(flow[key], list) and all(isinstance(v, str) and v for v in flow[key])):
            out.append(f"{fw}: {key} must be a list of non-empty strings")
    if not str(flow.get("evidence", "")).strip():
        out.append(f"{fw}: empty evidence")
    if "optional" in flow and flow["optional"] is not True:
        out.append(f"{fw}: optional must be true when present")
    return out


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_schema(path):
    assert _problems(path) == []


def test_schema_check_catches_errors(tmp_path):
    bad = {"about": "", "agreements": {"NIC-1": {"file": "x", "applicant": "A", "family": "F", "split": "train",
                                                 "flows": [{"source": "A", "target": "A", "state": "secret", "mode": "push",
                                                            "datasets": [], "section": "S", "evidence": ""}],
                                                 "roles": [{"organisation": "A", "role": "owner", "section": "S", "evidence": "e"}]}}}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    problems = " | ".join(_problems(path))
    for needle in ("split 'train'", "needs 'line' or 'location'", "state 'secret'", "mode 'push'",
                   "source = target", "empty evidence", "role 'owner'"):
        assert needle in problems


def test_no_family_in_both_splits():
    splits = {}
    for path in GOLD_FILES:
        for agreement in _load(path)["agreements"].values():
            if "family" in agreement:
                splits.setdefault(agreement["family"], set()).add(agreement["split"])
    assert {family: s for family, s in splits.items() if len(s) > 1} == {}


def test_2017_ccg_gold_size_and_split():
    gold = _load(GOLD / "register2017-ccg.json")["agreements"]
    assert len(gold) >= 26
    assert sum(len(a["flows"]) for a in gold.values()) >= 400
    assert all(a["flows"] for a in gold.values())
    by_split = {s: [a for a in gold.values() if a["split"] == s] for s in SPLITS}
    assert all(len(v) >= 10 for v in by_split.values())


def test_2017_ccg_selection_reproduces_the_gold():
    module = load_script(GOLD / "select_2017_ccg.py")
    gold = _load(GOLD / "register2017-ccg.json")["agreements"]
    assert {ref: (fam, split) for ref, fam, split in module.select()} == {
        ref: (a["family"], a["split"]) for ref, a in gold.items()}


def _core(reference):
    """'DARS-NIC-05206-L1V6D-v2.6' -> 'NIC-05206-L1V6D' (the register gives some rows a versioned id)."""
    # .strip(): some cells carry a trailing space ('NIC-154590-YG6QH ', row 383)
    m = re.fullmatch(r"(?:DARS-)?(.+?)(?:-v\d+(?:\.\d+)*)?", str(reference).strip())
    return m.group(1) if m else str(reference).strip()


def _squash(text):
    return " ".join(str(text).split())


WORKBOOK_GOLD = [p for p in GOLD_FILES if any(a.get("file", "").endswith(".xlsx") for a in _load(p)["agreements"].values())]


@pytest.mark.parametrize("path", WORKBOOK_GOLD, ids=[p.name for p in WORKBOOK_GOLD])
def test_workbook_gold_evidence_is_in_the_named_cell(path):
    openpyxl = pytest.importorskip("openpyxl")
    gold = _load(path)["agreements"]
    missing = []
    for agreement in gold.values():
        workbook = REGISTERS / agreement["file"]
        if not workbook.is_file():
            pytest.skip(f"register workbook not found at {workbook} (set NHSKG_REGISTERS)")
    books = {}
    for ref, agreement in sorted(gold.items()):
        if agreement["file"] not in books:
            wb = openpyxl.load_workbook(REGISTERS / agreement["file"], read_only=True)
            sheets = {}
            for ws in wb.worksheets:
                rows = list(ws.iter_rows(values_only=True))
                if rows:
                    sheets[ws.title] = ([str(h) if h is not None else "" for h in rows[0]], rows)
            books[agreement["file"]] = sheets
        sheets = books[agreement["file"]]
        header, rows = sheets["PurposeStatements"]
        if not any(r and _core(r[0]) == ref for r in rows[1:]):
            missing.append(f"{ref}: no PurposeStatements row")
            continue
        for item in agreement["flows"] + agreement["roles"]:
            m = LOCATION.match(item.get("location", ""))
            if not m:
                missing.append(f"{ref}: bad location {item.get('location')!r}")
                continue
            header, rows = sheets[m["sheet"]]
            row = rows[int(m["row"]) - 1]
            if _core(row[0]) != ref:
                missing.append(f"{ref}: {item.get('location')} is a row of {row[0]!r}")
                continue
            cell = row[header.index(m["column"])]
            if _squash(item["evidence"]) not in _squash(cell):
                missing.append(f"{ref}: evidence not in {item['location']}: {item['evidence'][:60]!r}")
    assert missing == []


#: References an independent evaluation uses: no gold file may hold them.
WITHHELD = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
            "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}


def test_dur_c_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-c.json is what build_dur_c.py makes from the annotations: every evidence sentence verbatim in its field."""
    module = load_script(GOLD / "build_dur_c.py")
    built, problems = module.build()
    assert problems == []
    assert built == _load(GOLD / "dur-c.json")
    agreements = built["agreements"]
    assert len(agreements) == 8
    kinds = {}
    for ref, agreement in agreements.items():
        reference, version, state = module.newest_state(module.AGREEMENTS / agreement["file"])
        assert version == agreement["version"] and _core(reference) == ref
        kinds.setdefault(state["organisation_type"], []).append(ref)
        for item in agreement["flows"] + agreement["roles"]:
            if item["section"] != "CONTROLLERS":
                assert item["evidence"] in state[item["section"]], (ref, item["evidence"][:60])
    # the kinds issue 16 found missing: two CSUs, two companies; a department and a council
    assert len(kinds["Commissioning Support Unit (CSU)"]) == 2
    assert sorted(kinds["Commercial"] + kinds["Supplier"]) == ["NIC-147834-LHQ2R", "NIC-25634-T2Z1Z"]
    assert kinds["Ministerial Department"] == ["NIC-09122-R1S1D"] and kinds["Local Authority"] == ["NIC-38197-Z4J4Y"]
    assert sum(len(a["flows"]) for a in agreements.values()) >= 50
    assert not {ref.removeprefix("NIC-") for ref in agreements} & WITHHELD


def _built_dur_gold(script: str, gold: str) -> tuple[dict, dict[str, dict[str, list[str]]]]:
    """The agreements ``script`` builds, checked: the committed ``gold`` is what it makes, one agreement per stored
    file, each of its newest version with every evidence sentence verbatim in its field, none withheld; and
    split -> family -> references, for each set's own checks."""
    module = load_script(GOLD / script)
    built, problems = module.build()
    assert problems == []
    assert built == _load(GOLD / gold)
    agreements = built["agreements"]
    files = sorted(p.name for p in module.AGREEMENTS.glob("*.json"))
    assert sorted(a["file"] for a in agreements.values()) == files
    splits: dict[str, dict[str, list[str]]] = {}
    for ref, agreement in agreements.items():
        reference, version, state = module.newest_state(module.AGREEMENTS / agreement["file"])
        assert version == agreement["version"] and _core(reference) == ref
        splits.setdefault(agreement["split"], {}).setdefault(agreement["family"], []).append(ref)
        for item in agreement["flows"] + agreement["roles"]:
            field = state[item["section"]]
            assert item["evidence"] in (field if isinstance(field, str) else "\n".join(field)), (ref, item["evidence"][:60])
    assert not {ref.removeprefix("NIC-") for ref in agreements} & WITHHELD
    return agreements, splits


def test_dur_d_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-d.json (second DUR set, tests/data/dur2): every agreement in the dev half, four DSfC applicants or more."""
    agreements, splits = _built_dur_gold("build_dur_d.py", "dur-d.json")
    assert set(splits) == {"dev"}
    dsfc = [a for a in agreements.values() if a["family"].startswith("ICB Data Services for Commissioners")]
    assert len({a["applicant"] for a in dsfc}) >= 4


def test_dur_e_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-e.json (third DUR set, tests/data/dur3: national bodies and commercial information companies): all dev, four
    of each."""
    _, splits = _built_dur_gold("build_dur_e.py", "dur-e.json")
    assert set(splits) == {"dev"}
    kinds = splits["dev"]
    assert sorted(kinds) == ["commercial-information", "national-body"] and all(len(v) == 4 for v in kinds.values())


def test_dur_f_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-f.json (fourth DUR set, tests/data/dur4: three 2022-batch ICB DSfC agreements, a non-DSfC ICB extract, a
    council's portal HES and two NHS trusts): the two trust agreements (families already in the test half) in the test
    half, the three DSfC ones in the dev half."""
    agreements, splits = _built_dur_gold("build_dur_f.py", "dur-f.json")
    assert set(splits["test"]) == {"trust", "trust-research"}
    dsfc = [a for a in agreements.values() if a["family"].startswith("ICB Data Services for Commissioners")]
    assert len(dsfc) == 3 and all(a["split"] == "dev" for a in dsfc)


def test_dur_g_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-g.json (fifth DUR set, tests/data/dur5: two national bodies, a commercial company, a public inquiry and an NHS
    trust's unit in the SDE): the two SDE agreements (a family already in dur.json's test half) in the test half."""
    _, splits = _built_dur_gold("build_dur_g.py", "dur-g.json")
    assert {split: set(families) for split, families in splits.items()} == {
        "dev": {"national-body", "commercial-information"}, "test": {"sde-access"}}


def test_dur_h_gold_is_built_from_its_annotations_and_quotes_the_agreements():
    """dur-h.json (sixth DUR set, tests/data/dur6: six ICB DSfC agreements of the July 2022 batch): all six in the dev
    half, the family dur-b, dur-d and dur-f name."""
    _, splits = _built_dur_gold("build_dur_h.py", "dur-h.json")
    assert {split: set(families) for split, families in splits.items()} == {
        "dev": {"ICB Data Services for Commissioners (DSCRO -> processors list)"}}
    assert len(splits["dev"]["ICB Data Services for Commissioners (DSCRO -> processors list)"]) == 6
