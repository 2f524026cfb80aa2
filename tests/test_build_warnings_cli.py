"""``nhskg build``'s warnings on the terminal: each once, grouped with counts; an unchanged rebuild says so (issue 14.5)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from nhskg.cli import main
from nhskg.commands.build_warnings import warning_kind


def _report_warnings(out) -> list[str]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return [w for entry in report["files"] for w in entry["warnings"]] + report["extraction_warnings"]


def test_2017_register_warnings_once_grouped_with_locations_then_as_before(dev_register, dev_build):
    out, first = dev_build
    everything = _report_warnings(out)
    distinct = list(dict.fromkeys(everything))
    lines = first.stderr.splitlines()
    repeats = len(everything) - len(distinct)
    also = f", with {repeats} word-for-word repeats" if repeats else ""
    assert lines[0] == f"{len(distinct)} warnings (all in {out / 'report.json'}{also}):"
    # one heading per kind with the number of distinct warnings of that kind, largest first
    headings = [(int(m[1]), m[2]) for m in (re.fullmatch(r"  (\d+) x (.*)", l) for l in lines) if m]
    kinds = {}
    for warning in distinct:
        kinds[warning_kind(warning)] = kinds.get(warning_kind(warning), 0) + 1
    assert sorted(headings, key=lambda h: (-h[0], h[1])) == headings
    assert dict((kind, n) for n, kind in headings) == kinds
    # the occurrences shown: each once, each with where it is (sheet and row)
    shown = [l.strip() for l in lines if l.startswith("    ") and not l.startswith("    ... and ")]
    assert len(shown) == len(set(shown)) and set(shown) <= set(distinct)
    located = [s for s in shown if "[PurposeStatements] row " in s or "[DataReleases] row " in s]
    assert located and all(s.startswith(dev_register.name + " [") or s.startswith(str(dev_register) + " [") for s in located)
    assert f"{len(distinct)} warnings\n" in first.stdout  # the summary line counts the same warnings

    again = CliRunner().invoke(main, ["build", str(dev_register), "--out", str(out)])
    assert again.exit_code == 0
    assert again.stderr.splitlines() == [f"{len(distinct)} warnings (as before; see {out / 'report.json'})"]
    assert _report_warnings(out) == everything  # report.json still has every one of them


def test_flow_counts_of_the_summary_and_the_map_agree_or_say_why(seeds_dir, tmp_path):
    out = tmp_path / "out"
    lines = []
    for _ in range(2):  # a fresh build, then an unchanged rebuild restored from the cache
        result = CliRunner().invoke(main, ["build", str(seeds_dir), "--out", str(out)])
        assert result.exit_code == 0, result.output
        lines.append(result.stdout.splitlines()[0])
    assert lines[0] == lines[1]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    html = (out / "graph.html").read_text(encoding="utf-8")
    on_map = int(re.search(r'"flow_count":\s*(\d+)', html).group(1))
    text_flows = report["totals"]["flows"]
    if on_map == text_flows:
        assert f" {text_flows} flows, " in lines[0]
    else:  # the seeds: 93 flows the text states, and one register release per agreement
        assert f" {text_flows} flows stated in the text (+ {on_map - text_flows} register releases = {on_map} flows in the graph and the map), " in lines[0]
        assert on_map - text_flows == report["totals"]["agreements"]
