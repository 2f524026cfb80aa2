"""The full-size DUR benchmark's workbook has the register's shape, and nhskg reads all of it.

``benchmarks/dur_scale.py`` must not be easier than the real register: versions
of one agreement share most of their text but each later version rewrites at
least one section; agreements have from one to many versions; release rows
and version-dataset pairs are all there.  Checked here on a small workbook it
generates (the reader is the one the build uses).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import pytest
from script_loader import load_script

from nhskg.readers import input_files, load_inputs, merge_agreements, read_inputs

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    sys.path.insert(0, str(ROOT / "tests" / "data" / "dur"))  # the benchmark imports make_workbook
    return load_script(ROOT / "benchmarks" / "dur_scale.py")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    bench = _bench()
    path = tmp_path_factory.mktemp("dur-scale") / "dur.xlsx"
    stats = bench.generate(path, agreements=40, versions=112, releases=900)
    return bench, path, stats


def test_generated_workbook_has_the_asked_size_and_a_long_tail_of_versions(generated):
    _, _, stats = generated
    assert (stats["agreements"], stats["versions"], stats["releases"]) == (40, 112, 900)
    assert stats["max_versions"] >= 5  # old agreements list many versions, new ones one
    assert stats["distinct_text_chars"] < stats["text_chars"]  # versions repeat text


def test_later_versions_repeat_some_sections_and_rewrite_others(generated):
    _, path, _ = generated
    agreements = merge_agreements(read_inputs(load_inputs(input_files([path]))))
    assert len(agreements) == 40
    assert sum(len(a.version_records) for a in agreements) == 112
    assert sum(len(a.releases) for a in agreements) == 900
    shared = rewritten = 0
    for a in agreements:
        records = a.version_records
        assert [r.number.split(".")[0] for r in records] == [str(i + 1) for i in range(len(records))]
        for before, after in pairwise(records):
            same = {k for k in after.texts if before.texts.get(k) == after.texts[k]}
            assert len(same) < len(after.texts), f"{after.reference} repeats every section of {before.reference}"
            shared += len(same)
            rewritten += len(after.texts) - len(same)
        # one Section per distinct text: the text shared by versions is read (and extracted) once
        by_name = defaultdict(set)
        for r in records:
            for name, text in r.texts.items():
                by_name[name].add(text)
        assert sorted((s.name, s.text) for s in a.sections) == sorted((n, t) for n, ts in by_name.items() for t in ts)
    assert shared and rewritten  # both happen, as in the archived agreements with several versions


def test_one_agreement_changed_differs_in_one_text(generated, tmp_path):
    bench, path, _ = generated
    twin = tmp_path / "changed.xlsx"
    bench.generate(twin, agreements=40, versions=112, releases=900, changed=20)
    texts = [{(a.reference, s.name, s.text) for a in merge_agreements(read_inputs(load_inputs(input_files([p]))))
              for s in a.sections} for p in (path, twin)]
    assert len(texts[1] - texts[0]) == 1 and len(texts[0] - texts[1]) <= 1  # the old text may live on in older versions
    assert next(iter(texts[1] - texts[0]))[0] == "NIC-900020-U0X2Y"
