"""The README's set-up commands work on a Debian machine whose Python refuses pip outside a venv (issue 14.1)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SYSTEM_PYTHON = Path("/usr/bin/python3")


def readme_commands() -> list[str]:
    """The lines of the README's "Set up, build, test" shell block, the way .ci/run reads them."""
    done = subprocess.run(
        ["bash", "-c", "source <(sed -n '/^readme_command()/,/^}/p' .ci/run); readme_command 1; readme_command 2"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )
    return done.stdout.splitlines()


def test_ci_runs_the_readmes_two_commands_with_the_system_python():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Set up, build, test\n.*?```sh\n(.*?)```", readme, re.S).group(1).splitlines()
    assert readme_commands() == block == [
        'apt-get update && apt-get install -y chromium python3-venv && python3 -m venv .venv && '
        '.venv/bin/pip install -e ".[dev]" && .venv/bin/nhskg build',
        ".venv/bin/python -m pytest",
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "SYSTEM_PYTHON=/usr/bin/python3" in ci and 'ln -s "$SYSTEM_PYTHON" "$SHIM/python3"' in ci
    assert 'bash -euo pipefail -c "$INSTALL"' in ci and 'bash -euo pipefail -c "$TEST"' in ci


def test_the_system_python_refuses_pip_outside_a_venv():
    """Why the README makes a venv: plain `python3 -m pip install` fails on Debian (PEP 668)."""
    markers = list(Path("/usr/lib").glob("python3*/EXTERNALLY-MANAGED"))
    if not SYSTEM_PYTHON.exists() or not markers:
        pytest.skip("not a Debian-managed system Python")
    done = subprocess.run([str(SYSTEM_PYTHON), "-m", "pip", "install", "--dry-run", "--no-deps", "-e", str(REPO)],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode != 0 and "externally-managed-environment" in done.stdout + done.stderr


def test_readme_command_one_works_in_a_fresh_copy_with_the_system_python(tmp_path):
    """Command 1 in a fresh copy of the tracked files, with the system Python as `python3` (apt-get left out when
    its packages are installed, as .ci/run does without root)."""
    if not SYSTEM_PYTHON.exists():
        pytest.skip("no /usr/bin/python3")
    install = readme_commands()[0]
    if not (Path("/usr/bin/chromium").exists() and subprocess.run([str(SYSTEM_PYTHON), "-c", "import ensurepip, venv"]).returncode == 0):
        pytest.skip("chromium or python3-venv not installed (command 1 needs apt-get as root)")
    without_apt = install.split("python3-venv && ", 1)[1]
    copy = tmp_path / "nhskg"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        source = REPO / name.decode()
        if source.is_file():
            (copy / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            (copy / name.decode()).write_bytes(source.read_bytes())
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "python3").symlink_to(SYSTEM_PYTHON)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = f"{shim}:{env.get('PATH', '')}"
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", without_apt], cwd=copy, env=env, capture_output=True,
                          text=True, timeout=1500, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    base = subprocess.run([str(copy / ".venv/bin/python"), "-c", "import sys; print(sys.base_prefix)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert base == subprocess.run([str(SYSTEM_PYTHON), "-c", "import sys; print(sys.base_prefix)"],
                                  capture_output=True, text=True, check=True).stdout.strip()
    assert (copy / "out" / "graph.ttl").is_file() and (copy / "out" / "report.json").is_file()
    assert re.search(r"^\d+ files, \d+ agreements, .* triples, \d+ warnings$", done.stdout, re.M), done.stdout
    # the test tools command 2 needs are in the venv
    for tool in ("pytest", "jupyter", "playwright", "oxigraph"):
        assert (copy / ".venv" / "bin" / tool).exists(), tool
