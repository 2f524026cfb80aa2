"""A per-text cache of extraction results, for incremental rebuilds.

One JSON file per distinct text, named by the SHA-256 of the text, under a
folder named by the pipeline version (so a change of rules or gazetteer never
reads stale results).  What is stored is the compact result of
:func:`nhskg.nlp.extract.analyse` (mentions, flows, roles, hosts as lists and
dicts), never a Doc: small, deterministic (sorted keys) and readable.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
from pathlib import Path


def text_key(text: str) -> str:
    """The cache key of a text: the SHA-256 of its UTF-8 bytes.

    >>> text_key("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TextCache:
    """Results by text key, stored under ``root/<version>/<key[:2]>/<key>.json``.

    >>> import tempfile
    >>> cache = TextCache(tempfile.mkdtemp(), "v1")
    >>> cache.get("00ff") is None
    True
    >>> cache.put("00ff", {"flows": []}); cache.get("00ff")
    {'flows': []}
    """

    def __init__(self, root: str | os.PathLike, version: str):
        self.root = Path(root) / version
        self._root = str(self.root)
        self._folders: set[str] = set()  # made already by this object
        self.hits = 0
        self.misses = 0
        _prune_other_versions(Path(root), version)

    def _path(self, key: str) -> str:
        # a str path: pathlib's joins (and json.load's reads) were a third of a warm rebuild's lookups
        return f"{self._root}{os.sep}{key[:2]}{os.sep}{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            with open(self._path(key), "rb") as handle:
                value = json.loads(handle.read())
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        folder = os.path.dirname(path)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        # write then rename, so a concurrent reader never sees half a file; the name is this process's and
        # thread's alone (tempfile.mkstemp's random names were a fifth of a cold build's caching)
        tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(tmp, path)


_VERSION_FOLDER = re.compile(r"^[0-9a-f]{16}$")


def _prune_other_versions(root: Path, version: str) -> None:
    """Delete the results of other code versions: they can never be read again."""
    try:
        old = [p for p in root.iterdir() if p.name != version and _VERSION_FOLDER.match(p.name) and p.is_dir()]
    except OSError:
        return
    for folder in old:
        shutil.rmtree(folder, ignore_errors=True)
