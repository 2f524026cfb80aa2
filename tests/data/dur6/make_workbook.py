"""Turn the sixth set of archived Data Uses Register agreements (``agreements/*.json``) into a DUR-layout workbook.

The workbook maker of ``tests/data/dur/make_workbook.py`` (loaded, not
copied), given this folder:

    python tests/data/dur6/make_workbook.py OUT.xlsx [--csv FOLDER]

(the same as ``python tests/data/dur/make_workbook.py OUT.xlsx --agreements
tests/data/dur6/agreements``). Every file keeps only the newest version with
its last state (see SOURCES.md), so the workbook has one ``Agreements`` row per
agreement.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE / "agreements"

_spec = importlib.util.spec_from_file_location("dur_make_workbook", HERE.parent / "dur" / "make_workbook.py")
assert _spec is not None and _spec.loader is not None
MAKER = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(MAKER)
sheets, expected, write_csvs = MAKER.sheets, MAKER.expected, MAKER.write_csvs


def load(folder: Path = AGREEMENTS) -> list[dict]:
    """Every agreement of this set, in file-name order."""
    return MAKER.load(folder)


def write_xlsx(path: Path, agreements: list[dict] | None = None) -> Path:
    """Write the workbook of ``agreements`` (default: every one of this set) to ``path``."""
    return MAKER.write_xlsx(path, load() if agreements is None else agreements)


def main(argv: list[str] | None = None) -> None:
    MAKER.main(argv, folder=AGREEMENTS)


if __name__ == "__main__":
    main(sys.argv[1:])
