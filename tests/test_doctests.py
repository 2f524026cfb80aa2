"""Every docstring example in the installed package runs and says what it shows.

The modules are found by walking every package pyproject.toml installs (so a
module added tomorrow is covered without editing a list), imported under their
one installed name (``nhskg.nlp.orgs``, never a second copy as ``nlp.orgs``,
which is what ``pytest --doctest-modules nlp`` would load).  The roots come
from ``[tool.setuptools] packages`` because ``nlp/``, ``graph/`` and
``ontology/`` live beside ``nhskg/``, so a walk of ``nhskg.__path__`` alone
would never reach them.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import tomllib
from pathlib import Path

import pytest

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _modules_with_examples() -> list[str]:
    packages = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["packages"]
    finder = doctest.DocTestFinder(exclude_empty=True)
    names = set()
    for package in packages:
        root = importlib.import_module(package)
        for info in pkgutil.iter_modules(root.__path__, prefix=package + "."):
            if info.ispkg:
                continue  # subpackages are roots of their own in the packages list
            module = importlib.import_module(info.name)
            if any(test.examples for test in finder.find(module)):
                names.add(info.name)
    return sorted(names)


MODULES = _modules_with_examples()


def test_the_walk_finds_the_modules_known_to_have_examples():
    # A walk that silently found nothing would make every test below vacuous.
    assert {"nhskg.graph.algorithms", "nhskg.graph.view", "nhskg.model"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
