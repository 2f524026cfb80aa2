"""Write ``tests/gold/dur-h.json`` from ``annotations_dur_h.py``.

The same build as ``build_dur_d.py`` (loaded, not copied), pointed at
``tests/data/dur6/agreements`` and ``annotations_dur_h.py``: each agreement is
read from its newest version, last state; the build fails when an evidence
sentence is not a verbatim substring of the field (``section``) it names, when
the annotated version is not the newest, or when the applicant is not the
agreement's ``organisation``; it fills in ``location`` (``<version reference>
<field>``).

    python tests/gold/build_dur_h.py
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGREEMENTS = HERE.parent / "data" / "dur6" / "agreements"
ANNOTATIONS = "annotations_dur_h"
OUT = "dur-h.json"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_D = _load("build_dur_d")
newest_state = _D.newest_state


def build() -> tuple[dict, list[str]]:
    return _D.build(ANNOTATIONS, AGREEMENTS)


def main() -> int:
    return _D.main(ANNOTATIONS, AGREEMENTS, OUT)


if __name__ == "__main__":
    sys.exit(main())
