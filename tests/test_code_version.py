"""One cache version for all of nhskg's code and data (issue 13 item 2, issue 9 "One cache version"):
a byte changed in any package file misses both the per-text NLP cache and the build cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nhskg import codedigest
from nhskg.pipeline import build


@pytest.fixture()
def package_copy(tmp_path, monkeypatch):
    """A copy of every nhskg package folder, which the digest is taken over instead of the installed one."""
    roots = {}
    for name, root in codedigest.package_roots().items():
        copy = tmp_path / "code" / name
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns("__pycache__"))
        roots[name] = copy
    monkeypatch.setattr(codedigest, "package_roots", lambda: roots)
    codedigest._installed_digest.cache_clear()
    yield roots
    codedigest._installed_digest.cache_clear()


def _flip_one_byte(path: Path) -> bytes:
    data = path.read_bytes()
    at = len(data) // 2
    path.write_bytes(data[:at] + bytes([(data[at] if data else 0) ^ 1]) + data[at + 1:] if data else b"x")
    return data


def test_the_file_set_is_every_file_of_every_package():
    names = {name for name, _ in codedigest.code_files()}
    # the files the old hand-kept list missed, and data files in data folders
    assert {"nhskg.nlp/extensions.py", "nhskg.readers/datasets.py", "nhskg/model.py"} <= names
    assert any(n.startswith("nhskg.ontology/queries/") and n.endswith(".rq") for n in names)
    assert any(n.startswith("nhskg.graph/assets/") for n in names)
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_one_byte_in_any_package_file_changes_the_version(package_copy):
    before = codedigest.code_version(roots=package_copy)
    files = codedigest.code_files(package_copy)
    assert len(files) > 50
    for name, path in files:
        original = _flip_one_byte(path)
        try:
            assert codedigest.code_version(roots=package_copy) != before, name
        finally:
            path.write_bytes(original)
    assert codedigest.code_version(roots=package_copy) == before
    assert codedigest.code_version("en_core_web_sm", roots=package_copy) != before


def test_an_edit_misses_both_caches_and_prunes_the_old_version(package_copy, seeds_dir, tmp_path):
    from nhskg.nlp import extract as nlp_extract

    page = next(seeds_dir.glob("001_*.txt"))
    cache = tmp_path / "cache"

    def run(out: str):
        nlp_extract.pipeline_version.cache_clear()
        return build([page], tmp_path / out, cache_dir=cache, html=False, jobs=1)

    assert not run("a").reused
    assert run("b").reused
    versions = {p.name for p in cache.iterdir() if p.name not in ("builds", "blocks")}
    for edited in ("nhskg.nlp/extensions.py", "nhskg.readers/datasets.py"):
        _flip_one_byte(package_copy[edited.split("/")[0]] / edited.split("/")[1])
        codedigest._installed_digest.cache_clear()
        result = run(f"after-{edited}")
        assert not result.reused, edited
        now = {p.name for p in cache.iterdir() if p.name not in ("builds", "blocks")}
        assert len(now) == 1 and now != versions, (edited, now, versions)  # a new version; the old one pruned
        assert {p.name for p in (cache / "blocks").iterdir()} == now  # the agreement blocks: the same version only
        versions = now
    nlp_extract.pipeline_version.cache_clear()
