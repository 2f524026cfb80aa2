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
    headings = [(int(m[1]), m[2]) for m in (re.fullmatch(r"  (\d+) x (.*)", line) for line in lines) if m]
    kinds = {}
    for warning in distinct:
        kinds[warning_kind(warning)] = kinds.get(warning_kind(warning), 0) + 1
    assert sorted(headings, key=lambda h: (-h[0], h[1])) == headings
    assert dict((kind, n) for n, kind in headings) == kinds
    # the occurrences shown: each once, each with where it is (sheet and row)
    shown = [line.strip() for line in lines if line.startswith("    ") and not line.startswith("    ... and ")]
    assert len(shown) == len(set(shown)) and set(shown) <= set(distinct)
    located = [s for s in shown if "[PurposeStatements] row " in s or "[DataReleases] row " in s]
    assert located and all(s.startswith(dev_register.name + " [") or s.startswith(str(dev_register) + " [") for s in located)
    assert f"{len(distinct)} warnings\n" in first.stdout  # the summary line counts the same warnings

    again = CliRunner().invoke(main, ["build", str(dev_register), "--out", str(out)])
    assert again.exit_code == 0
    assert again.stderr.splitlines() == [f"{len(distinct)} warnings (as before; see {out / 'report.json'})"]
    assert _report_warnings(out) == everything  # report.json still has every one of them


def _flow_counts(out, stdout: str) -> tuple[dict[str, int], int]:
    """Every place a build states its number of flows (report.json in total and per agreement, the summary line,
    the graph, the map), and how many of the graph's flows the register's fields state."""
    import pyoxigraph as ox

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    html = (out / "graph.html").read_text(encoding="utf-8")
    summary = next(line for line in stdout.splitlines() if " flows, " in line)
    nhskg = "https://w3id.org/nhskg/ns#"
    with open(out / "graph.ttl", "rb") as f:
        triples = [t for t in ox.parse(f, format=ox.RdfFormat.TURTLE)
                   if t.object in (ox.NamedNode(nhskg + "DataFlow"), ox.NamedNode(nhskg + "RegisterFields"))]
    counts = {
        "report.json": report["totals"]["flows"],
        "report.json per agreement": sum(a["flows"] for a in report["agreements"].values()),
        "summary": int(re.search(r" (\d+) flows, ", summary).group(1)),
        "graph.ttl": sum(1 for t in triples if t.object.value == nhskg + "DataFlow"),
        "graph.html": int(re.search(r'"flow_count":\s*(\d+)', html).group(1)),
    }
    return counts, sum(1 for t in triples if t.object.value == nhskg + "RegisterFields")


def test_report_summary_graph_and_map_count_the_same_flows_on_the_seeds(seeds_dir, tmp_path):
    out = tmp_path / "out"
    for _ in range(2):  # a fresh build, then an unchanged rebuild restored from the cache
        result = CliRunner().invoke(main, ["build", str(seeds_dir), "--out", str(out)])
        assert result.exit_code == 0, result.output
        counts, register = _flow_counts(out, result.stdout)
        assert len(set(counts.values())) == 1, counts
        # the text's flows and one register release (NHS Digital -> applicant) for each of the 9 agreements
        assert register == 9 and counts["report.json"] > 9


def test_report_summary_graph_and_map_count_the_same_flows_on_the_dev_register(dev_build):
    out, result = dev_build
    counts, register = _flow_counts(out, result.stdout)
    assert len(set(counts.values())) == 1, counts
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert register == sum(1 for a in report["agreements"].values() if a["applicant"]) == 400
    assert counts["report.json"] > register
