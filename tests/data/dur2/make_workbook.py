"""Turn the second set of archived Data Uses Register agreements (``agreements/*.json``) into a DUR-layout workbook.

The same workbook maker as ``tests/data/dur/make_workbook.py`` (loaded from
there, not copied), pointed at this folder:

    python tests/data/dur2/make_workbook.py OUT.xlsx [--csv FOLDER]

Four of the files keep only the newest version (see SOURCES.md); the workbook
then has one ``Agreements`` row for that agreement, as the register would if
it listed only the newest version.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE / "agreements"


def _maker():
    path = HERE.parent / "dur" / "make_workbook.py"
    spec = importlib.util.spec_from_file_location("dur_make_workbook", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _maker()
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
