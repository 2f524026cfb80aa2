"""Write plain-text dumps of the 2017 register for hand annotation.

One file per agreement, ``<root>/<REF>.txt``: the structured fields (one
``KEY: value`` line each, the first ten lines, as ``select_2017_other.py``'s
``fields()`` reads them; ``DATASETS`` is a Python list literal), then each
free-text section under a header naming the section and the cell it was read
from (``== Processing  [<file> [PurposeStatements] row 7 column '...']``, the
form ``build_register2017_ccg.py``'s ``sections()`` parses).  ``_index.json``
lists ``[reference, applicant, applicant type, words, [section names]]`` per
agreement, sorted by reference.  It reads the workbook with the package's
reader only (never the extractor)::

    python tests/gold/dump_2017.py [workbook] [/work/annot/2017]

The withheld reference of the independent evaluation is never written, and
its text is never touched beyond what the reader does to read the workbook.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from nhskg.readers import merge_agreements, read_paths

HERE = Path(__file__).resolve().parent
WORKBOOK = HERE.parents[1] / ".." / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"
# Withheld for an independent evaluation: never dumped, never opened.
WITHHELD = {"NIC-06605-X1L9Z"}


def field_lines(agreement) -> list[str]:
    """The ten structured-field lines at the head of a dump."""
    return [
        f"REFERENCE: {agreement.reference}",
        f"VERSIONS: {agreement.versions!r}",
        f"APPLICANT: {agreement.applicant or ''}",
        f"APPLICANT_TYPE: {agreement.applicant_type or ''}",
        f"TITLE: {agreement.title or ''}",
        f"DATASETS: {[d.as_written for d in agreement.datasets]!r}",
        f"CONTROLLERS: {agreement.controllers!r}",
        f"LEGAL_BASES: {agreement.legal_bases!r}",
        f"SENSITIVITY: {agreement.sensitivity!r}",
        f"COMMERCIAL: {agreement.commercial or ''}",
    ]


def dump(agreement) -> str:
    """The dump text of one agreement."""
    lines = field_lines(agreement)
    for section in agreement.sections:
        lines += ["", f"== {section.name}  [{section.location}]", section.text]
    return "\n".join(lines) + "\n"


def main(workbook: Path = WORKBOOK, root: Path = Path("/work/annot/2017")) -> None:
    root.mkdir(parents=True, exist_ok=True)
    index = []
    for agreement in merge_agreements(read_paths([workbook])):
        if agreement.reference in WITHHELD:
            continue
        (root / f"{agreement.reference}.txt").write_text(dump(agreement), encoding="utf-8")
        words = sum(len(s.text.split()) for s in agreement.sections)
        index.append([agreement.reference, agreement.applicant, agreement.applicant_type, words,
                      [s.name for s in agreement.sections]])
    (root / "_index.json").write_text(json.dumps(index, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(index)} agreements dumped to {root}", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else WORKBOOK, Path(args[1]) if len(args) > 1 else Path("/work/annot/2017"))
