"""The stages depend one way, and only on each other's public names.

readers -> nlp -> graph each build on the core (the record model, errors, text
repair, shared vocabularies such as the dataset catalogue, the ontology's
data files) and on nothing else of nhskg: a stage that reached into another
would make the hand-offs in ARCHITECTURE.md untrue.  Only the application
layer (the pipeline, the build cache, the CLI and its commands) wires stages
together.  The scan reads the source, so it sees imports inside functions too.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

#: Which stage each installed module belongs to, by its dotted name's prefix (longest prefix wins).
STAGE_OF_PREFIX = {
    "nhskg": "core",
    "nhskg.ontology": "core",
    "nhskg.readers": "readers",
    "nhskg.nlp": "nlp",
    "nhskg.graph": "graph",
    "nhskg.pipeline": "app",
    "nhskg.buildcache": "app",
    "nhskg.cli": "app",
    "nhskg.commands": "app",
}

#: What each stage may import besides itself.
ALLOWED = {
    "core": {"core"},
    "readers": {"core"},
    "nlp": {"core"},
    "graph": {"core"},
    "app": {"core", "readers", "nlp", "graph", "app"},
}


def stage_of(module: str) -> str:
    prefix = max((p for p in STAGE_OF_PREFIX if module == p or module.startswith(p + ".")), key=len)
    return STAGE_OF_PREFIX[prefix]


def installed_modules() -> dict[str, Path]:
    """Dotted name -> source file, for every module pyproject.toml installs."""
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = setuptools["package-dir"]
    modules = {}
    for package in setuptools["packages"]:
        root = max((p for p in folders if package == p or package.startswith(p + ".")), key=len)
        folder = REPO / folders[root] / package[len(root):].lstrip(".").replace(".", "/")
        for path in folder.glob("*.py"):
            name = package if path.stem == "__init__" else f"{package}.{path.stem}"
            modules[name] = path
    return modules


def imports_of(name: str, path: Path) -> list[tuple[str, str, int]]:
    """(imported module, imported name or '', line) for every nhskg import in the file."""
    is_package = path.stem == "__init__"
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, "", node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found += [(target, alias.name, node.lineno) for alias in node.names]
    return [(t, n, line) for t, n, line in found if t == "nhskg" or t.startswith("nhskg.")]


MODULES = installed_modules()


def test_the_scan_sees_every_stage():
    assert {stage_of(m) for m in MODULES} == set(ALLOWED)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_respect_stage_boundaries(name):
    here = stage_of(name)
    wrong = []
    for target, imported, line in imports_of(name, MODULES[name]):
        there = stage_of(target)
        if there != here and there not in ALLOWED[here]:
            wrong.append(f"{MODULES[name].relative_to(REPO)}:{line}: {here} module imports {target} ({there})")
        elif imported.startswith("_") and not imported.startswith("__") and target != name:
            wrong.append(f"{MODULES[name].relative_to(REPO)}:{line}: imports {target}.{imported}, private to {target}")
    assert not wrong, "\n".join(wrong)


def test_the_scan_catches_a_later_stage_import(tmp_path):
    # A readers module that imports the graph stage must be reported: the scan is not vacuous.
    fake = tmp_path / "tables.py"
    fake.write_text("from ..graph import rdf\nfrom nhskg.nlp.flows import _MARK\n")
    found = imports_of("nhskg.readers.tables", fake)
    assert [(t, stage_of(t)) for t, _, _ in found] == [("nhskg.graph", "graph"), ("nhskg.nlp.flows", "nlp")]


def test_architecture_names_only_paths_that_exist_and_the_app_layer_the_scan_allows():
    # ARCHITECTURE.md is the map a newcomer follows: every file or folder it names in backticks is there,
    # and the modules it says wire the stages together are those the scan lets import every stage.
    import re

    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:nhskg|nlp|graph|ontology|tests|benchmarks|scripts)/[\w./-]*?)(?:`|::| )", text))
    assert len(named) >= 20
    missing = sorted(p for p in named if not (REPO / p).exists())
    assert not missing, f"ARCHITECTURE.md names paths that do not exist: {missing}"
    app = {p.removeprefix("nhskg.") for p, stage in STAGE_OF_PREFIX.items() if stage == "app"}
    said = re.search(r"only the\s+application\s+layer \((.*?)\)", text, re.S).group(1)
    assert {m.removesuffix(".py").removesuffix("/") for m in re.findall(r"`nhskg/([\w/.]+)`", said)} == app
