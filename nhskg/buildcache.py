"""Reuse a whole build when nothing it depends on has changed.

A build is a function of its input files' bytes (and the names its evidence
cites them by), the code and data files of nhskg with spaCy and the model
(:func:`nhskg.codedigest.code_version`, the version the NLP cache uses too),
and the options; :func:`build_key` hashes all of them. The outputs of the last
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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .codedigest import code_version

if TYPE_CHECKING:
    from .readers.dispatch import InputFile

def build_key(inputs: Iterable[InputFile], options: dict, *, version: str | None = None) -> str:
    """The content hash a build's outputs are kept under: the bytes the readers are given, never a second read.

    >>> from nhskg.readers.dispatch import InputFile
    >>> one = [InputFile(Path("page.txt"), "page.txt", b"one")]
    >>> first = build_key(one, {"strict": False})
    >>> first == build_key(one, {"strict": False}), first == build_key(one, {"strict": True})
    (True, False)
    >>> first == build_key([InputFile(Path("page.txt"), "page.txt", b"two")], {"strict": False})
    False
    """
    digest = hashlib.sha256((version or code_version(options.get("model"))).encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for item in inputs:
        digest.update(f"{item.name}\0{item.error}\0".encode())
        digest.update(hashlib.sha256(item.data or b"").digest())
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
        try:
            for name in names:
                shutil.copyfile(kept / name, out_dir / name)
        except OSError:
            return False
        return True

    def store(self, key: str, out_dir: Path, names: Iterable[str]) -> None:
        """Keep ``out_dir``'s outputs under ``key``, replacing any older build's."""
        self.folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=self.folder, prefix=".new-"))
        try:
            for name in names:
                shutil.copyfile(out_dir / name, staging / name)
            for old in self.folder.iterdir():
                if old != staging:
                    shutil.rmtree(old, ignore_errors=True)
            staging.rename(self.folder / key)
        except OSError:  # a full disk or a concurrent build's entry: the cache is only a shortcut
            shutil.rmtree(staging, ignore_errors=True)
