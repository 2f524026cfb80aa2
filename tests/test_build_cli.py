"""``nhskg build`` run as a user runs it: outputs, report accounting, bad input, options."""

from __future__ import annotations

import json

from click.testing import CliRunner

from nhskg.cli import main
from nhskg.readers import sample_paths


def build(*args):
    return CliRunner().invoke(main, ["build", *map(str, args)])


def test_build_writes_every_output_and_a_report_that_accounts_for_the_seeds(seed_build):
    for name in ("graph.ttl", "graph.html", "graph.graphml", "report.json"):
        assert (seed_build / name).stat().st_size > 0, name
    report = json.loads((seed_build / "report.json").read_text())
    per_file = {entry["path"].rsplit("/", 1)[-1][:3]: entry for entry in report["files"]}
    assert {k: len(v["agreements"]) for k, v in per_file.items()} == {
        "000": 4, "001": 1, "002": 1, "003": 2, "004": 1,
    }
    assert {k: v["layout"] for k, v in per_file.items()} == {
        "000": "compact", "001": "spaced", "002": "spaced", "003": "compact", "004": "legacy",
    }
    totals = report["totals"]
    assert totals["agreements"] == 9 == len(report["agreements"])
    assert totals["records_read"] == 9 and totals["records_skipped"] == 0
    assert report["agreements"]["NIC-36767-G4H9Z"]["applicant"] == "nhs-cumbria-ccg"
    assert totals["warnings"] == len(report["extraction_warnings"]) + sum(len(f["warnings"]) for f in report["files"])


def test_no_paths_builds_the_shipped_sample(tmp_path):
    result = build("--out", tmp_path, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output == ""
    report = json.loads((tmp_path / "report.json").read_text())
    assert sorted(f["path"] for f in report["files"]) == sorted(p.name for p in sample_paths())
    assert report["totals"]["flows"] > 0


def test_other_rdf_formats_on_request(seeds_dir, tmp_path):
    result = build(seeds_dir, "--out", tmp_path, "--format", "nt", "--format", "jsonld", "--quiet")
    assert result.exit_code == 0, result.output
    triples = json.loads((tmp_path / "report.json").read_text())["totals"]["triples"]
    assert len((tmp_path / "graph.nt").read_text().splitlines()) == triples
    assert json.loads((tmp_path / "graph.jsonld").read_text())


def test_same_input_same_bytes(seeds_dir, seed_build, tmp_path):
    result = build(seeds_dir, "--out", tmp_path, "--quiet", "--no-cache")
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.graphml", "graph.html", "report.json"):
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def _register_with_a_binary_file(tmp_path, seeds_dir):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_page.txt").write_bytes((seeds_dir / "002_95da2017db4f5bcb.txt").read_bytes())
    (inputs / "b_picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return inputs


def test_lenient_build_warns_skips_the_unreadable_file_and_counts_it(seeds_dir, tmp_path):
    inputs = _register_with_a_binary_file(tmp_path, seeds_dir)
    result = build(inputs, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("1 warnings (all in ")  # grouped by kind, each occurrence with its file
    assert len(lines) == 3 and lines[1].startswith("  1 x ") and "b_picture.txt" in lines[2]
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["totals"]["files"] == 2 and report["totals"]["files_unreadable"] == 1
    assert report["totals"]["agreements"] == 1
    assert [f["layout"] for f in report["files"]] == ["spaced", "unreadable"]


def test_strict_build_stops_with_one_line_naming_the_file(seeds_dir, tmp_path):
    inputs = _register_with_a_binary_file(tmp_path, seeds_dir)
    result = build(inputs, "--out", tmp_path / "out", "--strict")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and "b_picture.txt" in lines[0]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_every_option_is_documented():
    from nhskg.commands.build import command

    options = [p for p in command.params if p.param_type_name == "option"]
    assert {o.name for o in options} >= {"out_dir", "strict", "quiet", "formats", "jobs", "model", "cache_dir"}
    undocumented = [o.opts[0] for o in options if not (o.help or "").strip()]
    assert undocumented == []


def test_an_unchanged_rebuild_restores_the_outputs_and_a_changed_input_rebuilds(seeds_dir, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("001_d56ed5694f6db4e9.txt", "002_95da2017db4f5bcb.txt"):
        (inputs / name).write_bytes((seeds_dir / name).read_bytes())
    cache = tmp_path / "cache"
    first = build(inputs, "--out", tmp_path / "one", "--cache-dir", cache)
    assert first.exit_code == 0, first.output
    assert "restored" not in first.output

    again = build(inputs, "--out", tmp_path / "two", "--cache-dir", cache)
    assert again.exit_code == 0, again.output
    assert "inputs unchanged since the last build: restored its outputs" in again.output
    for name in ("graph.ttl", "graph.graphml", "graph.html", "report.json"):
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    # the warnings of the first build are shown again
    assert [line for line in again.output.splitlines() if line.startswith("warning:")] == [
        line for line in first.output.splitlines() if line.startswith("warning:")]

    strict = build(inputs, "--out", tmp_path / "three", "--cache-dir", cache, "--strict")
    assert strict.exit_code == 0 and "restored" not in strict.output

    page = inputs / "002_95da2017db4f5bcb.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("NIC-69431-K1K8R", "NIC-69431-K1K8S"), encoding="utf-8")
    changed = build(inputs, "--out", tmp_path / "four", "--cache-dir", cache)
    assert changed.exit_code == 0 and "restored" not in changed.output
    report = json.loads((tmp_path / "four" / "report.json").read_text())
    assert "NIC-69431-K1K8S" in report["agreements"] and "NIC-69431-K1K8R" not in report["agreements"]
