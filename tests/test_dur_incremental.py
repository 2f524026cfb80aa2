"""A rebuild after one agreement changed writes the bytes a cold build writes.

The build keeps each distinct text's analysis (``nlp/cache.py``) and each
agreement's own RDF lines (``nhskg.buildcache.BlockCache``) between builds; a
Data Uses Register edition in which one agreement changed reuses the rest.
Checked on a small workbook ``benchmarks/dur_scale.py`` generates: one
agreement's newest text changed (its lines are reused, its flows are not), and
one release row changed as well (its lines are made again).
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from script_loader import load_script

from nhskg.buildcache import BlockCache
from nhskg.codedigest import code_version
from nhskg.graph import rdf
from nhskg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("graph.ttl", "report.json", "graph.graphml", "graph.html")


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "tests" / "data" / "dur"))  # the benchmark imports make_workbook
    bench = load_script(ROOT / "benchmarks" / "dur_scale.py")
    folder = tmp_path_factory.mktemp("dur-incremental")
    size = {"agreements": 8, "versions": 14, "releases": 120}
    before, text_changed = folder / "before.xlsx", folder / "text-changed.xlsx"
    bench.generate(before, **size)
    bench.generate(text_changed, **size, changed=4)
    rows_changed = folder / "rows-changed.xlsx"
    book = openpyxl.load_workbook(text_changed)
    sheet = book["DataReleases"]
    sheet.cell(row=3, column=6).value = "No" if sheet.cell(row=3, column=6).value == "Yes" else "Yes"  # an opt-out answer
    book.save(rows_changed)
    return folder, before, text_changed, rows_changed


@pytest.mark.parametrize(("edition", "blocks_made"), [("text-changed", 0), ("rows-changed", 1)])
def test_rebuild_after_one_agreement_changed_gives_the_cold_builds_bytes(editions, edition, blocks_made, monkeypatch):
    folder, before, *changed = editions
    after = changed[0] if edition == "text-changed" else changed[1]
    cold = build([after], folder / f"cold-{edition}", jobs=1, cache_dir=None)
    cache = folder / f"cache-{edition}"
    build([before], folder / f"before-{edition}", jobs=1, cache_dir=cache)
    made = []
    make = rdf._BlockBuilder.agreement
    monkeypatch.setattr(rdf._BlockBuilder, "agreement", lambda self, a: made.append(a.reference) or make(self, a))
    warm = build([after], folder / f"warm-{edition}", jobs=1, cache_dir=cache)
    assert not warm.reused  # a new edition: built, not restored whole
    # a new text changes flows, not the agreement's own lines (kept, though the workbook has another name);
    # a changed release row makes that agreement's block again
    assert len(made) == blocks_made
    for name in OUTPUTS:
        assert (cold.out_dir / name).read_bytes() == (warm.out_dir / name).read_bytes(), name


def test_the_block_cache_keeps_what_the_last_build_used(editions, tmp_path):
    folder, before, text_changed, rows_changed = editions
    cache = tmp_path / "cache"
    build([before], tmp_path / "a", jobs=1, cache_dir=cache)
    blocks = BlockCache(cache, code_version(None))
    kept = len(blocks)
    blocks.discard()
    assert kept == 8  # one block per agreement
    build([rows_changed], tmp_path / "b", jobs=1, cache_dir=cache)
    blocks = BlockCache(cache, code_version(None))
    assert len(blocks) == 8  # the changed agreement's new block replaced its old one
    blocks.discard()
    assert [p.name for p in (cache / "blocks").iterdir()] == [code_version(None)]  # no staging folder left
