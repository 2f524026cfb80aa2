"""Fuzzed input through the readers and the whole CLI (bounded in time): no traceback ever, every
warning one line, and every export of every build parses back (rdflib, pyoxigraph, networkx)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nhskg.cli import main
from nhskg.readers import read_paths

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_FALLBACK = [
    "NHS Digital Data Release Register - reformatted",
    "NHS Sample CCG projects",
    "Sample project \u2014 DARS-NIC-12345-ABCDE",
    "Type of data: Pseudonymised",
    "Objectives:",
    "The CSU will pass the data to the CCG.",
    "Processing:",
]


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        lines.extend(path.read_text(encoding="utf-8").split("\n")[:120])
    return [line for line in lines if line.strip()] or _FALLBACK


SEED_LINES = _seed_lines()
#: Characters that have broken exports or terminals: controls, escapes, XML specials, odd spaces, surrogates' neighbours.
NASTY = st.sampled_from(["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\x9b", "\u2028",
                         "\ufeff", "\ufffe", "<", "&", "\"", "'", "]]>", "\u2014", "\u035e", "\U0001F6A9", "\\", "\t"])
LINE = st.one_of(
    st.sampled_from(SEED_LINES),
    st.builds(lambda line, junk, at: line[:at] + junk + line[at:], st.sampled_from(SEED_LINES), NASTY,
              st.integers(0, 80)),
    st.text(max_size=60),
)


def _every_export_parses(out: Path) -> None:
    rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rdflib.Graph().parse(out / "graph.nt", format="nt")
    rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    store = pyoxigraph.Store()
    with open(out / "graph.ttl", "rb") as handle:
        store.load(handle, format=pyoxigraph.RdfFormat.TURTLE)
    nx.read_graphml(out / "graph.graphml")
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not any(ch in html for ch in "\x00\x01\x08\x1b\x7f")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=st.lists(LINE, min_size=1, max_size=40), strict=st.booleans())
def test_the_whole_cli_on_fuzzed_pages(tmp_path_factory, lines, strict):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "in").mkdir()
    (folder / "in" / "page.txt").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    out = folder / "out"
    args = ["build", str(folder / "in"), "--out", str(out), "--quiet", "--no-cache", "--jobs", "1",
            "--format", "nt", "--format", "jsonld"] + (["--strict"] if strict else [])
    result = CliRunner().invoke(main, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        _every_export_parses(out)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        assert all("\n" not in w for f in report["files"] for w in f["warnings"])
    else:
        assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1


HEADER = "Reference Number,Organisation,Objective for Processing,Processing Activities,Expected Output,Expected Measurable Benefits"
CELL = st.one_of(st.text(max_size=30), st.sampled_from(['"', '""', '"a,b"', "NIC-12345-ABCDE", "\n", "\r\n", ",", "\x00"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=1, max_size=8), max_size=12))
def test_the_csv_reader_on_fuzzed_rows(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("csv") / "PurposeStatements.csv"
    path.write_text(HEADER + "\n" + "\n".join(",".join(cells) for cells in rows), encoding="utf-8")
    (result,) = read_paths([path])
    assert all("\n" not in str(w) for w in result.warnings)
    assert result.records_skipped <= result.records_read
    for agreement in result.agreements:
        for section in agreement.sections:
            assert not any(ch in section.text for ch in "\x00\x1b")
