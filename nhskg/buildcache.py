"""Reuse a whole build when nothing it depends on has changed.

A build is a function of its input files' bytes (and the paths they were
given as, which its evidence cites), the code and data files of nhskg, and
the options; :func:`build_key` hashes all of them. The outputs of the last
build are kept under that key in the cache folder, so rebuilding unchanged
inputs copies them instead of reading, extracting and serialising again.
(The NLP stage keeps its own per-text cache beside this one, so a build
where only some inputs changed still re-parses only the changed texts.)
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

#: The packages whose files decide what a build writes.
PACKAGES = ("nhskg", "nhskg.readers", "nhskg.commands", "nhskg.nlp", "nhskg.graph", "nhskg.ontology")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of every source and data file of nhskg (rules, ontology, queries, page assets)."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        for path in sorted(_files(resources.files(package)), key=str):
            digest.update(f"{package}/{path.name}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _files(folder) -> Iterable:
    for entry in folder.iterdir():
        if entry.name == "__pycache__" or entry.name.endswith(".pyc"):
            continue
        if entry.is_file():
            yield entry
        elif entry.is_dir() and not (entry / "__init__.py").is_file():  # data folders, not subpackages
            yield from _files(entry)


def build_key(files: Iterable[Path], options: dict) -> str:
    """The content hash a build's outputs are kept under.

    >>> import tempfile, pathlib
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
    >>> _ = page.write_text("one")
    >>> first = build_key([page], {"strict": False})
    >>> first == build_key([page], {"strict": False}), first == build_key([page], {"strict": True})
    (True, False)
    >>> _ = page.write_text("two")
    >>> first == build_key([page], {"strict": False})
    False
    """
    digest = hashlib.sha256(code_digest().encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for file in files:
        digest.update(f"{file}\0".encode())
        digest.update(hashlib.sha256(Path(file).read_bytes()).digest())
    return digest.hexdigest()


class BuildCache:
    """The outputs of the last build, kept under its key in ``cache_dir/builds``."""

    def __init__(self, cache_dir: str | Path):
        self.folder = Path(cache_dir) / "builds"

    def restore(self, key: str, out_dir: Path, names: Iterable[str]) -> bool:
        """Copy the outputs kept under ``key`` into ``out_dir``; False when there are none."""
        kept = self.folder / key
        names = list(names)
        if not all((kept / name).is_file() for name in names):
            return False
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in names:
            shutil.copyfile(kept / name, out_dir / name)
        return True

    def store(self, key: str, out_dir: Path, names: Iterable[str]) -> None:
        """Keep ``out_dir``'s outputs under ``key``, replacing any older build's."""
        self.folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=self.folder, prefix=".new-"))
        for name in names:
            shutil.copyfile(out_dir / name, staging / name)
        for old in self.folder.iterdir():
            if old != staging:
                shutil.rmtree(old, ignore_errors=True)
        staging.rename(self.folder / key)
