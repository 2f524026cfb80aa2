"""Nothing silently wrong or lost (issue 13, items 1-10): each test reproduces one way the
graph used to come out wrong or incomplete without a word, on real register text."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from workbooks import REGISTER_DUR, write_csvs, write_xlsx

from nhskg.cli import main
from nhskg.errors import InputError
from nhskg.readers import merge_agreements, read_paths


def _seed(seeds_dir: Path, prefix: str) -> Path:
    return next(seeds_dir.glob(f"{prefix}_*.txt"))


def _build(*args, cwd=None):
    if cwd is None:
        return CliRunner().invoke(main, ["build", *map(str, args)])
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["build", *map(str, args)])
    finally:
        os.chdir(old)


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _warnings(report: dict) -> list[str]:
    return [w for f in report["files"] for w in f["warnings"]] + report["extraction_warnings"]


# --- 1: the build cache hashes exactly the bytes the readers parse ------------------------------


def test_a_file_changed_during_a_build_never_poisons_the_cache(seeds_dir, tmp_path, monkeypatch):
    import nhskg.buildcache as buildcache

    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    original = _seed(seeds_dir, "001").read_bytes()
    page.write_bytes(original)
    clean = tmp_path / "clean"
    assert _build(page.parent, "--out", clean, "--quiet", "--no-cache", "--no-html").exit_code == 0

    real_key = buildcache.build_key

    def key_then_edit(*args, **kwargs):  # the file changes between hashing and reading
        key = real_key(*args, **kwargs)
        page.write_bytes(_seed(seeds_dir, "002").read_bytes())
        return key

    cache = tmp_path / "cache"
    monkeypatch.setattr(buildcache, "build_key", key_then_edit)
    raced = tmp_path / "raced"
    assert _build(page.parent, "--out", raced, "--cache-dir", cache, "--quiet", "--no-html").exit_code == 0
    monkeypatch.setattr(buildcache, "build_key", real_key)

    page.write_bytes(original)  # back to the first content: the cache must give its graph, not the other page's
    again = tmp_path / "again"
    assert _build(page.parent, "--out", again, "--cache-dir", cache, "--quiet", "--no-html").exit_code == 0
    assert (again / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert (raced / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()


def test_a_page_read_from_a_pipe(seeds_dir, tmp_path):
    out = tmp_path / "out"
    script = (
        f"{sys.executable!s} -c 'from nhskg.cli import main; main()' build "
        f"<(cat {_seed(seeds_dir, '001')}) --out {out} --quiet --no-html"
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _report(out)["totals"]["agreements"] == 1


# --- 3: one byte that is not UTF-8 costs one line, not the page ---------------------------------


def test_one_non_utf8_byte_keeps_every_agreement(seeds_dir, tmp_path):
    text = _seed(seeds_dir, "000").read_text(encoding="utf-8")
    lines = [line.encode("utf-8") for line in text.split("\n")]
    at = next(i for i, line in enumerate(lines) if line.startswith(b"Objectives:")) + 1  # a prose line
    lines[at] = lines[at][:10] + b"\x96 " + lines[at][10:]  # one Windows-1252 en dash in a UTF-8 page
    data = b"\n".join(lines)
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    (clean,) = read_paths([_seed(seeds_dir, "000")])
    (result,) = read_paths([page])
    assert [a.reference for a in result.agreements] == [a.reference for a in clean.agreements]
    assert len(result.agreements) == 4
    (warning,) = result.warnings
    assert str(warning).startswith(f"page.txt:{at + 1}: not UTF-8 on 1 line(s) ({at + 1})")
    with pytest.raises(InputError, match=rf"page.txt:{at + 1}: not UTF-8"):
        read_paths([page], strict=True)


def test_utf16_is_read_not_called_binary(seeds_dir, tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(_seed(seeds_dir, "001").read_text(encoding="utf-8").encode("utf-16"))
    (result,) = read_paths([page])
    assert result.layout == "spaced" and len(result.agreements) == 1 and result.warnings == []


# --- 4: an unclosed quote in a CSV is found, named and counted ---------------------------------

RELEASES_2017_HEADER = [
    "RowID", "Organisation Name", "us", "Data provided to customer:\nIdentifiable, Anonymised - ICO code compliant",
    "Sensitive or Non-Sensitive", "Legal Basis for Provision of Data", "Purpose",
    "One off release or Ongoing releases", "NIC Number", "MR Number (where relevant)", "Patient Opt-Outs applied (Note)",
]


def _release_rows(n: int) -> list[list[str]]:
    return [
        [f"FILE00{i:05d}", "UNIVERSITY OF BRISTOL", "Hospital Episode Statistics Outpatients", "Anonymised - ICO code compliant",
         "Non Sensitive", "Health and Social Care Act 2012", "", "Ongoing", f"DARS-NIC-{17000 + i}-X7K1V-v1.4", "", "N"]
        for i in range(n)
    ]


def _csv_text(rows: list[list[str]]) -> str:
    handle = io.StringIO()
    csv.writer(handle).writerows(rows)
    return handle.getvalue()


def test_an_unclosed_quote_in_a_csv_is_reported_with_its_row(tmp_path):
    rows = _release_rows(12)
    text = _csv_text([RELEASES_2017_HEADER, *rows])
    lines = text.split("\r\n")
    lines[4] = lines[4].replace(",Ongoing,", ',"Ongoing,', 1)  # row 5: an opening quote never closed
    lines[9] = lines[9].replace(",Ongoing,", ',Ongoing",', 1)  # ...until a stray quote five rows on
    path = tmp_path / "DataReleases.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8")
    (result,) = read_paths([path])
    messages = [str(w) for w in result.warnings]
    assert any(m.startswith("DataReleases.csv [DataReleases] row 5") and "unclosed quote" in m for m in messages), messages
    # every one of the 12 rows is accounted for: read, or counted as skipped
    assert result.records_read + result.records_skipped >= 12 or result.records_skipped >= 1
    assert result.records_skipped >= 5
    with pytest.raises(InputError, match=r"row 5.*unclosed quote"):
        read_paths([path], strict=True)


# --- 6: numbers in a month cell are never guessed into dates -----------------------------------


def test_numeric_month_cells_are_warned_and_skipped(tmp_path):
    sheets = copy.deepcopy(REGISTER_DUR)
    sheets["DataReleases"][1][-1] = 2017.1
    sheets["DataReleases"][2][-1] = 201710
    book = write_xlsx(tmp_path / "dur.xlsx", sheets)
    (result,) = read_paths([book])
    (agreement,) = [a for a in merge_agreements([result]) if a.reference == "NIC-148533-R4S2X"]
    months = {r.location.row: r.month for r in agreement.releases if r.location.sheet == "DataReleases"}
    assert months[2] is None and months[3] is None and months[4] == "2023-09"
    messages = [str(w) for w in result.warnings]
    assert any("row 2" in m and "2017.1" in m for m in messages), messages
    assert any("row 3" in m and "201710" in m for m in messages), messages

    csv_sheets = copy.deepcopy(REGISTER_DUR)
    csv_sheets["DataReleases"][1][-1] = "2017.1"
    paths = write_csvs(tmp_path, {"DataReleases": csv_sheets["DataReleases"]}, "dur")
    (result,) = read_paths(paths)
    (release,) = [r for a in result.agreements for r in a.releases if r.location.row == 2]
    assert release.month is None
    assert any("row 2" in str(w) and "2017.1" in str(w) for w in result.warnings)


# --- 7: the same agreement in two files --------------------------------------------------------


def test_conflicting_values_across_files_are_warned_and_order_does_not_matter(tmp_path):
    first = copy.deepcopy(REGISTER_DUR)
    second = {"Agreements": copy.deepcopy(REGISTER_DUR["Agreements"][:2])}
    second["Agreements"][1][2] = "NHS Other Integrated Care Board"
    a = write_csvs(tmp_path, {"Agreements": first["Agreements"]}, "a")
    b = write_csvs(tmp_path, second, "b")
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    assert _build(*a, *b, "--out", out1, "--quiet", "--no-html", "--no-cache").exit_code == 0
    assert _build(*b, *a, "--out", out2, "--quiet", "--no-html", "--no-cache").exit_code == 0
    assert (out1 / "graph.ttl").read_bytes() == (out2 / "graph.ttl").read_bytes()
    warnings = _warnings(_report(out1))
    assert any("NIC-148533-R4S2X" in w and "NHS Other Integrated Care Board" in w and "a-Agreements.csv" in w
               and "b-Agreements.csv" in w for w in warnings), warnings
    strict = _build(*a, *b, "--out", tmp_path / "o3", "--quiet", "--no-html", "--no-cache", "--strict")
    assert strict.exit_code != 0 and "differs" in strict.output


def test_the_same_rows_twice_are_one_set_of_releases(tmp_path):
    book = write_xlsx(tmp_path / "dur.xlsx", REGISTER_DUR)
    csvs = write_csvs(tmp_path, REGISTER_DUR, "dur")
    once = merge_agreements(read_paths([book]))
    for paths in ([book, book], [book, *csvs], [*csvs, book]):
        results = read_paths(paths)
        twice = merge_agreements(results)
        assert [len(a.releases) for a in twice] == [len(a.releases) for a in once], paths
    results = read_paths([book, *csvs])
    merge_agreements(results)
    assert any("repeat" in str(w) and "counted once" in str(w) for r in results for w in r.warnings)


# --- 8: control characters never make an export unreadable -------------------------------------


def test_control_characters_in_register_text(seeds_dir, tmp_path):
    text = _seed(seeds_dir, "001").read_text(encoding="utf-8")
    text = text.replace("North of England", "North\x01 of\x1b[31m England\x7f", 1).replace("Cumbria", "Cum\x08bria\x0c", 2)
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert _build(page.parent, "--out", out, "--quiet", "--no-cache", "--format", "nt", "--format", "jsonld").exit_code == 0
    nx.read_graphml(out / "graph.graphml")
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        rdflib.Graph().parse(out / name, format=fmt)
    body = (out / "graph.graphml").read_text(encoding="utf-8") + (out / "graph.html").read_text(encoding="utf-8")
    assert not any(ch in body for ch in "\x01\x08\x1b\x7f")


# --- 9: losses that used to pass without a word -------------------------------------------------


def test_a_page_cut_after_a_section_is_reported(seeds_dir, tmp_path):
    text = _seed(seeds_dir, "001").read_text(encoding="utf-8")
    cut = text[: text.index("\nExpected Benefits:")]  # the page ends after the agreement's first section
    page = tmp_path / "in" / "cut.txt"
    page.parent.mkdir()
    page.write_text(cut, encoding="utf-8")
    (result,) = read_paths([page])
    assert len(result.agreements) == 1
    assert any("cut short" in str(w) for w in result.warnings), result.warnings
    strict = _build(page.parent, "--out", tmp_path / "out", "--quiet", "--strict", "--no-cache")
    assert strict.exit_code != 0 and "cut short" in strict.output


def test_whole_seed_pages_are_not_reported_cut(seed_results):
    # (seed 003's last agreement has no Objectives and no Processing: written so, not cut)
    assert not [w for r in seed_results for w in r.warnings if "cut short" in str(w)]


def test_an_unreadable_subfolder_is_reported(seeds_dir, tmp_path, monkeypatch):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(_seed(seeds_dir, "001"), tmp_path / "in" / "page.txt")
    shutil.copy(_seed(seeds_dir, "002"), tmp_path / "in" / "locked" / "page.txt")
    real_scandir = os.scandir
    locked = str(tmp_path / "in" / "locked")

    def scandir(path="."):
        if os.fspath(path).rstrip("/") == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = read_paths([tmp_path / "in"])
    messages = [str(w) for r in results for w in r.warnings]
    assert any(m.startswith("locked:") and "cannot list this folder" in m for m in messages), messages
    with pytest.raises(InputError, match="cannot list this folder"):
        read_paths([tmp_path / "in"], strict=True)


def test_a_dangling_symlink_is_reported(seeds_dir, tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(_seed(seeds_dir, "001"), tmp_path / "in" / "page.txt")
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    results = read_paths([tmp_path / "in"])
    assert [r.path for r in results] == ["gone.txt", "page.txt"]
    assert "broken symbolic link" in str(results[0].warnings[0])


def test_an_empty_input_folder_fails_strict(tmp_path):
    (tmp_path / "empty").mkdir()
    lenient = _build(tmp_path / "empty", "--out", tmp_path / "o1", "--quiet", "--no-cache")
    assert lenient.exit_code == 0
    assert any("no input file" in w for w in _warnings(_report(tmp_path / "o1")))
    strict = _build(tmp_path / "empty", "--out", tmp_path / "o2", "--quiet", "--no-cache", "--strict")
    assert strict.exit_code != 0 and "no input file in this folder" in strict.output


# --- 10: provenance ------------------------------------------------------------------------------


def test_files_of_one_name_in_two_folders_are_two_sources(seeds_dir, tmp_path):
    for folder, seed in (("a", "001"), ("b", "002")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        shutil.copy(_seed(seeds_dir, seed), tmp_path / "in" / folder / "page.txt")
    out = tmp_path / "out"
    assert _build(tmp_path / "in", "--out", out, "--quiet", "--no-cache", "--no-html").exit_code == 0
    graph = rdflib.Graph().parse(out / "graph.ttl")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    sources = {o for o in graph.objects(None, prov.atLocation)}
    labels = sorted(str(graph.value(s, rdflib.RDFS.label)) for s in sources)
    assert labels == ["a/page.txt", "b/page.txt"]


def test_a_last_changed_column_is_not_an_amendment_reason(tmp_path):
    path = tmp_path / "DataReleases.csv"
    path.write_text(_csv_text([RELEASES_2017_HEADER + ["Last changed"], *[r + ["2017-10-01"] for r in _release_rows(2)]]),
                    encoding="utf-8")
    (result,) = read_paths([path])
    assert result.layout == "csv-2017-releases"
    assert all(r.amendment_reason is None for a in result.agreements for r in a.releases)
    assert {r.location.sheet for a in result.agreements for r in a.releases} == {"DataReleases"}


def test_the_graph_does_not_depend_on_how_the_path_was_typed(seeds_dir, tmp_path):
    (tmp_path / "work").mkdir()
    shutil.copytree(seeds_dir, tmp_path / "seeds")
    absolute, relative = tmp_path / "abs", tmp_path / "rel"
    assert _build(tmp_path / "seeds", "--out", absolute, "--quiet", "--no-cache", "--no-html").exit_code == 0
    assert _build("../seeds/", "--out", relative, "--quiet", "--no-cache", "--no-html", cwd=tmp_path / "work").exit_code == 0
    assert (absolute / "graph.ttl").read_bytes() == (relative / "graph.ttl").read_bytes()
    assert (absolute / "report.json").read_bytes() == (relative / "report.json").read_bytes()
