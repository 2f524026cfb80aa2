"""The notebooks run top to bottom on the seeds and show what the seed pages state."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _kernel_name() -> str:
    """The python3 kernel, installed for this user if the environment lacks its spec."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        install(user=True)
    return "python3"


def run(name: str, seeds_dir: Path, monkeypatch, scratch: Path) -> dict[str, str]:
    """Execute a notebook; return each code cell's text output (streams and text/plain) by cell id.

    The kernel's temporary folders (the notebooks build into ``tempfile.mkdtemp``) go under ``scratch``,
    so a test run leaves none of them in the system's temporary folder.
    """
    from nbclient import NotebookClient

    monkeypatch.setenv("NHSKG_SEEDS", str(seeds_dir))
    monkeypatch.setenv("TMPDIR", str(scratch))
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(
        book, timeout=120, kernel_name=_kernel_name(), resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError naming the cell on the first error
    texts = {}
    for cell in book.cells:
        if cell.cell_type != "code":
            continue
        parts = []
        for output in cell.outputs:
            assert output.output_type != "error", f"{name} cell {cell.id}: {output.get('evalue')}"
            if output.output_type == "stream":
                parts.append(output.text)
            elif "data" in output:
                parts.append(output.data.get("text/plain", ""))
        texts[cell.id] = "".join(parts)
    return texts


@pytest.mark.parametrize("name", ["01_trace_a_recipient.ipynb", "02_sparql_and_algorithms.ipynb"])
def test_committed_notebooks_have_no_outputs(name):
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(book)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in book.cells if c.cell_type == "code")


def test_trace_notebook_shows_the_cumbria_chain(seeds_dir, monkeypatch, tmp_path):
    out = run("01_trace_a_recipient.ipynb", seeds_dir, monkeypatch, tmp_path)
    assert out["find"].startswith("NHS Cumbria CCG (CCG)")
    # 001 lines 209-211: the SUS feed to the DSCRO, pseudonymised to the CSU, on to Cumbria CCG
    assert ("NIC-36767-G4H9Z NHS Digital -> North of England DSCRO -> North of England Commissioning Support Unit"
            " -> NHS Cumbria CCG\n") in out["paths"]
    assert "1. Identifiable SUS data is sent" in out["evidence"]
    # 001 line 195: identifiable SUS data from the SUS Repository (NHS Digital) to the DSCRO
    assert "NIC-36767-G4H9Z 001_d56ed5694f6db4e9.txt:195  NHS Digital -> North of England DSCRO\n" in out["identifiable"]
    assert "Central Midlands DSCRO" in out["updown"]
    assert "<trace map of NHS Cumbria CCG>" in out["html"]


def test_sparql_and_algorithms_notebook(seeds_dir, monkeypatch, tmp_path):
    out = run("02_sparql_and_algorithms.ipynb", seeds_dir, monkeypatch, tmp_path)
    assert "flows " in out["queries"] and "identifiable " in out["queries"]
    # identifiable data reached the North of England DSCRO under three agreements (001, 002, 004)
    assert "North of England DSCRO (DSCRO): NIC-36767-G4H9Z, NIC-379704-S6H6R, NIC-69431-K1K8R\n" in out["ident"]
    assert "North of England DSCRO: " in out["central"]
    assert "communities over" in out["community"]
    assert "graph.gexf: " in out["export"]
    # the last input file's agreements are the new edition's: each of its recipients is new
    import re

    assert "'agreements_added': " in out["newrecipients"]
    found = re.search(r"^(\d+) new onward recipients", out["newrecipients"], re.M)
    assert found and int(found.group(1)) > 0, out["newrecipients"]


def test_without_the_seeds_the_trace_notebook_runs_on_the_shipped_sample(tmp_path, monkeypatch):
    out = run("01_trace_a_recipient.ipynb", tmp_path / "no-seeds-here", monkeypatch, tmp_path)
    assert "nhskg/sample/" in out["setup"]
    assert " -> " in out["paths"] and out["paths"].count("NHS Digital -> ") >= 1


def test_the_documented_nbconvert_command_runs(seeds_dir, tmp_path):
    """notebooks/README.md's command, as written there (the venv's jupyter, from the repository root)."""
    import os
    import re
    import subprocess
    import sys

    readme = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^\.venv/bin/(jupyter nbconvert [^\n]+)$", readme, re.M).group(1)
    assert command == "jupyter nbconvert --to notebook --execute --output-dir out/notebooks notebooks/*.ipynb"
    jupyter = Path(sys.executable).parent / "jupyter"
    out = tmp_path / "notebooks"
    args = [str(jupyter), *command.split()[1:]]
    args[args.index("out/notebooks")] = str(out)
    args = args[:-1] + sorted(str(p.relative_to(NOTEBOOKS.parent)) for p in NOTEBOOKS.glob("*.ipynb"))
    _kernel_name()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "NHSKG_SEEDS": str(seeds_dir), "TMPDIR": str(scratch)}
    done = subprocess.run(args, cwd=NOTEBOOKS.parent, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    executed = sorted(p.name for p in out.glob("*.ipynb"))
    assert executed == ["01_trace_a_recipient.ipynb", "02_sparql_and_algorithms.ipynb"]
    book = nbformat.read(out / "01_trace_a_recipient.ipynb", as_version=4)
    assert all(o.output_type != "error" for c in book.cells if c.cell_type == "code" for o in c.outputs)
    assert any(c.outputs for c in book.cells if c.cell_type == "code")
    assert sorted(p.name.rsplit("-", 1)[0] for p in scratch.iterdir()) == ["nhskg-last-edition", "nhskg-notebook",
                                                                         "nhskg-notebook"]
