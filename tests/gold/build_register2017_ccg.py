"""Write tests/gold/register2017-ccg.json from the hand annotations.

The annotations (tests/gold/annotations_2017_ccg.py) were written by reading
the plain-text dumps of the 2017 register (/work/annot/2017/<REF>.txt); this
script only checks that every evidence sentence occurs verbatim in the
agreement's text, and fills in the section and the sheet/row/column it comes
from. It never runs or reads the extractor::

    python tests/gold/build_register2017_ccg.py [/work/annot/2017]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations_2017_ccg import ANNOTATIONS  # noqa: E402
from select_2017_ccg import select  # noqa: E402

HEADER = re.compile(r"^== (?P<section>.+?)  \[.*?\[(?P<sheet>[^\]]+)\] row (?P<row>\d+) column '(?P<column>[^']+)'\]$")


def sections(path: Path):
    """``[(section, sheet, row, column, text), ...]`` of one agreement dump."""
    out, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER.match(line)
        if m:
            current = [m["section"], m["sheet"], int(m["row"]), m["column"], []]
            out.append(current)
        elif current is not None:
            current[4].append(line)
    return [(s, sh, r, c, "\n".join(t)) for s, sh, r, c, t in out]


def locate(reference, secs, evidence, row=None, section=None):
    hits = [s for s in secs if evidence in s[4] and (row is None or s[2] == row)
            and (section is None or s[0] == section)]
    if not hits:
        raise SystemExit(f"{reference}: evidence not found{f' in row {row}' if row else ''}: {evidence!r}")
    rows = {(h[0], h[2]) for h in hits}
    if len(rows) > 1 and row is None:
        # the same sentence in several cells: the first is the one annotated
        print(f"warning: {reference}: evidence in {sorted(rows)}, first taken: {evidence[:70]!r}", file=sys.stderr)
    return hits[0]


def build(dumps: Path):
    gold = {"about": "Hand-annotated flows and roles of CCG/CSU agreements of the 2017 register "
                     "(dev workbook), chosen by tests/gold/select_2017_ccg.py; see README.md "
                     "(2017 register: CCG/CSU gold) for the rules.", "agreements": {}}
    index = {r[0]: r for r in json.loads((dumps / "_index.json").read_text())}
    for reference, family, split in select():
        entry = {"file": "release-register-2017-09to11-dev.xlsx", "applicant": index[reference][1],
                 "family": family, "split": split, "flows": [], "roles": []}
        gold["agreements"][reference] = entry
        ann = ANNOTATIONS.get(reference)
        if ann is None:
            continue
        secs = sections(dumps / f"{reference}.txt")
        for kind, items in (("flows", ann["flows"]), ("roles", ann["roles"])):
            for item in items:
                item = dict(item)
                row, section = item.pop("row", None), item.pop("in_section", None)
                rowi = item.pop("rowi", None)
                if rowi is not None:
                    row = sorted({sec[2] for sec in secs})[rowi]
                sec = locate(reference, secs, item["evidence"], row, section)
                item["section"] = sec[0]
                item["location"] = f"[{sec[1]}] row {sec[2]} column '{sec[3]}'"
                entry[kind].append(item)
    return gold


if __name__ == "__main__":
    dumps = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/annot/2017")
    gold = build(dumps)
    (HERE / "register2017-ccg.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(a["flows"]) for a in gold["agreements"].values())
    done = sum(bool(a["flows"]) for a in gold["agreements"].values())
    print(f"{done} agreements annotated, {n} flows")
