"""Reuse a whole build when nothing it depends on has changed.

A build is a function of its input files' bytes (and the names its evidence
cites them by), the code and data files of nhskg with spaCy and the model
(:func:`nhskg.codedigest.code_version`, the version the NLP cache uses too),
and the options; :func:`build_key` hashes all of them. The outputs of the last
build are kept under that key in the cache folder, so rebuilding unchanged
inputs copies them instead of reading, extracting and serialising again.
(The NLP stage keeps its own per-text cache beside this one, so a build
where only some inputs changed still re-parses only the changed texts, and
:class:`BlockCache` keeps each agreement's RDF lines, so such a build writes
the lines of the changed agreements only.)
"""

from __future__ import annotations

import hashlib
import json
import pickle
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


class BlockCache:
    """Each agreement's RDF lines of the last build, by the digest of what they are made from (``cache_dir/blocks``).

    :func:`nhskg.graph.rdf.build_triples` asks for a block by its key and
    stores the ones it had to make. The blocks of one build are one data file
    and an index (key -> offset, length and the sources the block describes),
    written to a new folder as the build goes (so a block is never held in
    memory twice) and swapped in for the old one by :meth:`commit`: the cache
    holds what the last build used, and the blocks of agreements that did not
    change are copied from the old file, not made again.
    """

    def __init__(self, cache_dir: str | Path, version: str):
        self.root = Path(cache_dir) / "blocks"
        self.version = version
        self.hits = 0
        self.misses = 0
        self._old: dict[str, tuple[int, int, tuple, tuple]] = {}
        self._old_data = None
        kept = self.root / version
        try:
            with open(kept / "index.pickle", "rb") as handle:
                self._old = pickle.load(handle)
            self._old_data = open(kept / "data.bin", "rb")  # noqa: SIM115 - closed by commit/discard
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            self._old = {}
        self.root.mkdir(parents=True, exist_ok=True)
        self._staging = Path(tempfile.mkdtemp(dir=self.root, prefix=".new-"))
        self._data = open(self._staging / "data.bin", "wb")  # noqa: SIM115 - closed by commit/discard
        self._index: dict[str, tuple[int, int, tuple, tuple]] = {}
        self._offset = 0

    def __len__(self) -> int:
        """How many blocks the last build left (what this build can reuse)."""
        return len(self._old)

    def get(self, key: str) -> tuple[bytes, tuple, tuple] | None:
        """The block kept under ``key`` (and kept again for the next build), or None."""
        if key in self._index:
            offset, length, sources, datasets = self._index[key]
            self._data.flush()
            with open(self._staging / "data.bin", "rb") as handle:
                handle.seek(offset)
                return handle.read(length), sources, datasets
        where = self._old.get(key)
        if where is None or self._old_data is None:
            self.misses += 1
            return None
        offset, length, sources, datasets = where
        self._old_data.seek(offset)
        data = self._old_data.read(length)
        if len(data) != length:
            self.misses += 1
            return None
        self.hits += 1
        self.put(key, (data, sources, datasets))
        return data, sources, datasets

    def put(self, key: str, value: tuple[bytes, tuple, tuple]) -> None:
        """Keep ``value`` (a block's bytes, the sources it describes, the datasets it cites) under ``key``."""
        if key in self._index:
            return
        data, sources, datasets = value
        self._data.write(data)
        self._index[key] = (self._offset, len(data), tuple(sources), tuple(datasets))
        self._offset += len(data)

    def commit(self) -> None:
        """Make this build's blocks the ones the next build finds; the older ones go."""
        try:
            self._data.close()
            with open(self._staging / "index.pickle", "wb") as handle:
                pickle.dump(self._index, handle, protocol=pickle.HIGHEST_PROTOCOL)
            self._close_old()
            for old in self.root.iterdir():
                if old != self._staging:
                    shutil.rmtree(old, ignore_errors=True)
            self._staging.rename(self.root / self.version)
        except OSError:  # a full disk or a concurrent build: the cache is only a shortcut
            self.discard()

    def discard(self) -> None:
        """Forget this build's blocks (a failed build): the old ones stay."""
        self._data.close()
        self._close_old()
        shutil.rmtree(self._staging, ignore_errors=True)

    def _close_old(self) -> None:
        if self._old_data is not None:
            self._old_data.close()
            self._old_data = None
