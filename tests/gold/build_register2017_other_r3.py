"""Add the round-3 to round-9 annotations to tests/gold/register2017-other.json, and check the whole file.

``build`` places each round-3 to round-9 flow and role (annotations_2017_other_r3.py,
annotations_2017_other_r4.py, annotations_2017_other_r5.py, annotations_2017_other_r6.py,
annotations_2017_other_r7.py, annotations_2017_other_r8.py, annotations_2017_other_r9.py) in
its section of the dump (/work/annot/2017/<REF>.txt), failing when the
evidence is not verbatim there, and writes the agreements into the gold file
(family, split and applicant from select_2017_other.py's draw).  ``check``
then reads the workbook with the package's reader and verifies that every
evidence string of every agreement in the file is a substring of the section
its ``section``/``location`` name (the workbook is ``$NHSKG_REGISTERS/<file>`` when that is set, as in
tests/test_gold_files.py, else dump_2017.py's default).  Neither runs the extractor::

    python tests/gold/build_register2017_other_r3.py [--check-only]
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations_2017_other_r3 import ANNOTATIONS as ROUND3  # noqa: E402
from annotations_2017_other_r4 import ANNOTATIONS as ROUND4  # noqa: E402
from annotations_2017_other_r5 import ANNOTATIONS as ROUND5  # noqa: E402
from annotations_2017_other_r6 import ANNOTATIONS as ROUND6  # noqa: E402
from annotations_2017_other_r7 import ANNOTATIONS as ROUND7  # noqa: E402
from annotations_2017_other_r8 import ANNOTATIONS as ROUND8  # noqa: E402
from annotations_2017_other_r9 import ANNOTATIONS as ROUND9  # noqa: E402
from build_register2017_ccg import locate, sections  # noqa: E402
from dump_2017 import WITHHELD, WORKBOOK  # noqa: E402
from select_2017_other import main as select  # noqa: E402

GOLD = HERE / "register2017-other.json"
DUMPS = Path("/work/annot/2017")
if os.environ.get("NHSKG_REGISTERS"):
    WORKBOOK = Path(os.environ["NHSKG_REGISTERS"]) / WORKBOOK.name  # noqa: F811


def build() -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    chosen, _ = select(DUMPS)
    rounds = [(3, ROUND3), (4, ROUND4), (5, ROUND5), (6, ROUND6), (7, ROUND7), (8, ROUND8), (9, ROUND9)]
    for number, reference, ann in [(n, r, a) for n, by_ref in rounds for r, a in by_ref.items()]:
        pick = chosen[reference]
        assert pick.get("round") == number and pick["split"] == "dev", reference
        entry = {"file": "release-register-2017-09to11-dev.xlsx", "applicant": pick["applicant"],
                 "family": pick["family"], "split": "dev", "flows": [], "roles": []}
        secs = sections(DUMPS / f"{reference}.txt")
        for kind in ("flows", "roles"):
            for item in ann[kind]:
                sec = locate(reference, secs, item["evidence"])
                placed = dict(item)
                placed["section"] = sec[0]
                placed["location"] = f"[{sec[1]}] row {sec[2]} column '{sec[3]}'"
                entry[kind].append(placed)
        gold["agreements"][reference] = entry
    return gold


def check(gold: dict) -> int:
    """Number of evidence strings not found verbatim in their workbook section (printed)."""
    from nhskg.readers import merge_agreements, read_paths

    wanted = set(gold["agreements"]) - WITHHELD
    texts = {}
    for agreement in merge_agreements(read_paths([WORKBOOK])):
        if agreement.reference in wanted:
            texts[agreement.reference] = {
                (s.name, f"[{s.location.sheet}] row {s.location.row} column {s.location.column!r}"): s.text
                for s in agreement.sections}
    bad = 0
    for reference, entry in gold["agreements"].items():
        for item in entry["flows"] + entry["roles"]:
            text = texts.get(reference, {}).get((item["section"], item["location"]))
            if text is None or item["evidence"] not in text:
                bad += 1
                print(f"{reference}: not in {item['section']} {item['location']}: {item['evidence'][:80]!r}")
    return bad


if __name__ == "__main__":
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if "--check-only" in sys.argv else build()
    bad = check(gold)
    if bad:
        raise SystemExit(f"{bad} evidence strings not found")
    if "--check-only" not in sys.argv:
        GOLD.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(a["flows"]) for a in gold["agreements"].values())
    print(f"{len(gold['agreements'])} agreements, {n} flow statements; every evidence string found in its section")
