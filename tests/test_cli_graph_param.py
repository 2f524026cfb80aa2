"""One way to open a built graph for every command (issue 14.8, issue 15): a folder or a file of any RDF format nhskg writes."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from test_rdf_build import REF, example_graph

from nhskg.cli import main
from nhskg.graph.serialise import write_rdf


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    out = tmp_path_factory.mktemp("graphs")
    graph = example_graph()
    for fmt in ("ttl", "nt", "jsonld"):
        write_rdf(graph, out / f"graph.{fmt}", fmt)
    shutil.copy(out / "graph.ttl", out / "renamed.turtle")
    return out


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)])


@pytest.mark.parametrize("name", ["", "graph.ttl", "graph.nt", "graph.jsonld", "renamed.turtle"])
def test_every_command_opens_the_same_graph(graphs, name):
    target = graphs / name if name else graphs
    validate = run("validate", target)
    assert validate.exit_code == 0, validate.output
    count = validate.output.rsplit("(", 1)[1].split()[0]
    assert validate.output.endswith(f"conforms to the nhskg shapes ({count} triples)\n")
    query = run("query", target, "agreements", "--columns", "agreement", "--format", "csv")
    assert query.exit_code == 0 and query.output.splitlines()[1] == REF
    trace = run("trace", target, "NHS Cumbria CCG")
    assert trace.exit_code == 0 and "From NHS Digital to NHS Cumbria CCG: 2 path(s) under 1 agreement(s)" in trace.output


def test_same_triples_whatever_the_format(graphs):
    counts = {run("validate", graphs / name).output.rsplit("(", 1)[1] for name in ("graph.ttl", "graph.nt", "graph.jsonld", "renamed.turtle")}
    assert len(counts) == 1


@pytest.mark.parametrize("command", [["validate"], ["query", "flows"], ["trace", "NHS Cumbria CCG"], ["push", "--endpoint", "http://127.0.0.1:9/store"]])
def test_missing_or_unknown_graph_is_the_same_one_line_error_everywhere(tmp_path, command):
    (tmp_path / "notes.txt").write_text("not rdf")
    for target, message in [
        (tmp_path, f"Error: {tmp_path}: no graph.ttl in this folder (build one with: nhskg build PATH --out {tmp_path})"),
        (tmp_path / "nope", f"Error: {tmp_path / 'nope'}: no such graph folder or file (build one with: nhskg build PATH --out {tmp_path / 'nope'})"),
        (tmp_path / "notes.txt", f"Error: {tmp_path / 'notes.txt'}: not an RDF file nhskg reads "
                                 "(expected a build folder or a file ending .jsonld, .nt, .trig, .ttl, .turtle)"),
    ]:
        args = [command[0], target, *command[1:]]
        result = run(*args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.strip() == message


def test_unreadable_rdf_is_one_line(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is < not turtle\n")
    for args in (["validate", tmp_path], ["query", tmp_path, "flows"], ["trace", tmp_path, "X"]):
        result = run(*args)
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: not readable RDF: "), lines
