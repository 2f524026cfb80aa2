"""One digest of everything nhskg runs: its code and data files, spaCy and the model.

Both caches key on it (the per-text NLP cache and the whole-build cache), so
an edit to any rule, table, query, page asset or ontology file, an upgrade of
spaCy or another ``--model`` never serves a result the current code would not
produce.  The file set is found by walking the installed packages, never
listed by hand: a file added tomorrow is covered the day it is added.
"""

from __future__ import annotations

import hashlib
import importlib.util
import pkgutil
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

#: Folder and file names that are not part of what runs.
_SKIP = ("__pycache__",)
_SKIP_SUFFIXES = (".pyc", ".pyo")


def package_roots() -> dict[str, Path]:
    """The folder of every package of nhskg, by dotted name.

    Subpackages are found by walking ``nhskg`` itself; an editable install may
    map some of them to folders outside ``nhskg/`` (``pyproject.toml``'s
    ``package-dir``), which its import finder lists.

    >>> roots = package_roots()
    >>> {"nhskg", "nhskg.readers", "nhskg.nlp", "nhskg.graph", "nhskg.ontology"} <= set(roots)
    True
    """
    roots: dict[str, Path] = {}
    for finder in sys.meta_path:  # setuptools' editable finder: {"nhskg.nlp": "/repo/nlp", ...}
        mapping = getattr(sys.modules.get(getattr(finder, "__module__", "")), "MAPPING", None)
        if isinstance(mapping, dict):
            roots.update({name: Path(path) for name, path in mapping.items() if name == "nhskg" or name.startswith("nhskg.")})

    def visit(name: str) -> None:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            return
        locations = list(spec.submodule_search_locations)
        roots.setdefault(name, Path(locations[0]))
        for info in pkgutil.iter_modules(locations):
            if info.ispkg:
                visit(f"{name}.{info.name}")

    visit("nhskg")
    for name in list(roots):
        if name != "nhskg":
            visit(name)
    return dict(sorted(roots.items()))


def code_files(roots: dict[str, Path] | None = None) -> list[tuple[str, Path]]:
    """Every file of the packages in ``roots`` as ``(package-relative name, path)``, sorted.

    A folder that is itself a package is left to that package's own entry.
    """
    roots = package_roots() if roots is None else roots
    package_folders = {path.resolve() for path in roots.values()}
    files: list[tuple[str, Path]] = []
    for name, root in roots.items():
        stack = [root]
        while stack:
            folder = stack.pop()
            for entry in sorted(folder.iterdir()):
                if entry.name in _SKIP or entry.name.startswith(".") or entry.suffix in _SKIP_SUFFIXES:
                    continue
                if entry.is_dir():
                    if entry.resolve() not in package_folders:
                        stack.append(entry)
                elif entry.is_file():
                    files.append((f"{name}/{entry.relative_to(root).as_posix()}", entry))
    return sorted(files)


def _spacy_version() -> str:
    try:
        return metadata.version("spacy")  # read without importing spaCy: a warm rebuild never needs it
    except metadata.PackageNotFoundError:
        return "none"


def digest_files(roots: dict[str, Path] | None = None) -> str:
    """SHA-256 over the names and bytes of :func:`code_files` (uncached: for tests and tools)."""
    digest = hashlib.sha256()
    for name, path in code_files(roots):
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _installed_digest() -> str:
    return digest_files()


def code_version(model: str | None = None, roots: dict[str, Path] | None = None) -> str:
    """A short version string of the code, data, spaCy and ``model`` a result was made with.

    >>> code_version() == code_version(), code_version() == code_version("en_core_web_sm")
    (True, False)
    """
    files = _installed_digest() if roots is None else digest_files(roots)
    digest = hashlib.sha256(f"{files}|spacy {_spacy_version()}|model {model}".encode())
    return digest.hexdigest()[:16]
