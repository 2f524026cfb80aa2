"""Run mypy over every package pyproject.toml installs, under their installed names.

``nlp/``, ``graph/`` and ``ontology/`` are installed as ``nhskg.nlp``,
``nhskg.graph`` and ``nhskg.ontology`` (setuptools ``package-dir``), a mapping
mypy cannot follow from the source tree and cannot see through the editable
install's import hook.  So this builds the installed layout as a tree of
symbolic links in a temporary folder, runs mypy there with the repository's
configuration, and prints each error with its path in the repository.

    python scripts/typecheck.py          # exit status is mypy's
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def link_tree(root: Path) -> dict[str, str]:
    """Lay the installed package layout under ``root`` as links; return installed path -> repository path."""
    folders = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    back = {}
    for package, folder in sorted(folders.items(), key=lambda item: item[0].count(".")):
        target = root.joinpath(*package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted((REPO / folder).iterdir()):
            if path.suffix == ".py" or (path.is_dir() and (path / "__init__.py").exists() and path.name not in {p.split(".")[-1] for p in folders}):
                (target / path.name).symlink_to(path)
        back[str(target.relative_to(root))] = folder
    return back


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="nhskg-typecheck-") as tmp:
        root = Path(tmp)
        back = link_tree(root)
        command = [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"), "-p", "nhskg"]
        run = subprocess.run(command, cwd=root, capture_output=True, text=True, env={**os.environ, "MYPY_FORCE_COLOR": "0"})
        for line in (run.stdout + run.stderr).splitlines():
            for installed, folder in sorted(back.items(), key=lambda item: -len(item[0])):
                if line.startswith(installed + "/"):
                    line = folder + line[len(installed):]
                    break
            print(line)
        return run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
