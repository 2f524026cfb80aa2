"""The exports written side by side (forked processes, nhskg.background) give the bytes written one by one, and
a failure in a forked writer ends the build in one line with the previous outputs kept."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from nhskg import pipeline
from nhskg.cli import main
from nhskg.outputs import check

OUTPUTS = ("graph.ttl", "graph.nt", "graph.graphml", "graph.html", "report.json")


def _cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _build(seeds_dir: Path, out: Path, monkeypatch, side_by_side: bool) -> tuple[dict[str, bytes], set[int]]:
    """The outputs, and the processes that wrote graph.graphml."""
    import nhskg.graph.view as view

    real = view.write_graphml
    writers = out.parent / f"{out.name}.writers"

    def noted(graph, path, *args, **kwargs):
        with open(writers, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return real(graph, path, *args, **kwargs)

    monkeypatch.setattr(view, "write_graphml", noted)
    monkeypatch.setattr(pipeline, "SIDE_BY_SIDE_TRIPLES", 0 if side_by_side else 10**12)
    result = _cli("build", seeds_dir, "--out", out, "--quiet", "--no-cache", "--format", "nt", "--jobs", "2")
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in OUTPUTS}, {int(p) for p in writers.read_text().split()}


def test_exports_written_side_by_side_are_the_bytes_written_one_by_one(seeds_dir, tmp_path, monkeypatch):
    one_by_one, serial_writers = _build(seeds_dir, tmp_path / "serial", monkeypatch, side_by_side=False)
    side_by_side, forked_writers = _build(seeds_dir, tmp_path / "forked", monkeypatch, side_by_side=True)
    assert serial_writers == {os.getpid()} and len(forked_writers) == 1 and os.getpid() not in forked_writers
    assert side_by_side == one_by_one
    assert one_by_one["graph.graphml"].count(b"<edge ") > 50


@pytest.mark.parametrize("failing", ["graphml", "turtle"])
def test_a_forked_writer_on_a_full_disk_ends_in_one_line_and_keeps_the_previous_outputs(
        failing, seeds_dir, tmp_path, monkeypatch):
    import nhskg.graph.serialise as serialise
    import nhskg.graph.view as view

    out = tmp_path / "out"
    seed = next(seeds_dir.glob("001_*.txt"))
    assert _cli("build", seed, "--out", out, "--quiet", "--no-cache").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}

    def half_then_full(graph, path, *args, **kwargs):
        Path(path).write_bytes(b"half a file")
        (tmp_path / "writer.pid").write_text(str(os.getpid()))
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    # set in this process before the writers fork: the forked child runs the broken writer
    monkeypatch.setattr(pipeline, "SIDE_BY_SIDE_TRIPLES", 0)
    monkeypatch.setattr(view if failing == "graphml" else serialise, "write_graphml" if failing == "graphml" else "write_rdf",
                        half_then_full)
    result = _cli("build", next(seeds_dir.glob("002_*.txt")), "--out", out, "--no-cache", "--jobs", "2")
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    assert "no space left on the device" in errors[0]
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before and check(out) == []
    assert int((tmp_path / "writer.pid").read_text()) != os.getpid()  # the failure was a forked writer's
