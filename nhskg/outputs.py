"""A build's output folder, written so that no reader ever sees half a build.

Every output is written into a staging folder inside ``out`` and listed, with
its SHA-256, in ``manifest.json``; the complete staging folder is renamed to
``out/.commit`` (one atomic rename: the new set now exists as a whole), and its
files are then renamed over the old ones, ``manifest.json`` last.  A build
killed before the ``.commit`` rename leaves the previous set untouched (the
stale staging folder is removed by the next build); one killed after it is
finished by whichever nhskg command opens the folder next (:func:`recover`).
An exclusive lock on ``out/.nhskg.lock`` keeps two builds from writing one
folder at once: the second one stops with a one-line message.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with OutputFolder(out) as folder:
...     _ = (folder.staging / "graph.ttl").write_text("x")
...     folder.commit(["graph.ttl"])
>>> check(out)
[]
>>> sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
['graph.ttl', 'manifest.json']
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

MANIFEST = "manifest.json"
LOCK = ".nhskg.lock"
COMMIT = ".commit"
_STAGING_PREFIX = ".staging-"

#: Every file a build may write: one not in the new set is removed, so no stale graph.nt stays beside a new graph.ttl.
KNOWN_OUTPUTS = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml", "graph.html", "report.json")


class OutputError(Exception):
    """The output folder cannot be written (a one-line message naming it)."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def describe(err: OSError, what: str) -> str:
    """One line for an OS error while writing ``what``."""
    reason = "no space left on the device" if err.errno == errno.ENOSPC else (err.strerror or str(err))
    where = err.filename or what
    return f"{where}: cannot write {what} ({reason})"


class OutputFolder:
    """The locked output folder of one build, with a staging folder to write the outputs into."""

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.staging: Path = self.out
        self._lock_fd: int | None = None

    def __enter__(self) -> OutputFolder:
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self._lock_fd = os.open(self.out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as err:
            raise OutputError(describe(err, f"the output folder {self.out}")) from None
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_fd)
            self._lock_fd = None
            raise OutputError(
                f"{self.out}: another nhskg build is writing this folder; wait for it to finish or use another --out"
            ) from None
        recover(self.out, locked=True)
        for stale in self.out.glob(_STAGING_PREFIX + "*"):  # left by a build killed before its commit
            shutil.rmtree(stale, ignore_errors=True)
        try:
            self.staging = Path(tempfile.mkdtemp(dir=self.out, prefix=_STAGING_PREFIX))
        except OSError as err:
            self.__exit__(None, None, None)
            raise OutputError(describe(err, f"the output folder {self.out}")) from None
        return self

    def __exit__(self, *exc) -> None:
        if self.staging != self.out and self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)  # a failed build leaves the previous set as it was
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the lock
            self._lock_fd = None

    def commit(self, names: Iterable[str]) -> None:
        """Make the staged ``names`` the folder's outputs, all of them or none."""
        names = list(names)
        try:
            manifest = {"files": {name: sha256_file(self.staging / name) for name in names}}
            with open(self.staging / MANIFEST, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            for name in names:
                with open(self.staging / name, "rb") as handle:
                    os.fsync(handle.fileno())
            _fsync_dir(self.staging)
            os.rename(self.staging, self.out / COMMIT)
        except OSError as err:
            raise OutputError(describe(err, f"the outputs in {self.out}")) from None
        self.staging = self.out
        _finish(self.out)


def _finish(out: Path) -> None:
    """Move a complete ``.commit`` folder's files into place (manifest last) and remove it."""
    pending = out / COMMIT
    manifest = json.loads((pending / MANIFEST).read_text(encoding="utf-8"))
    names = list(manifest["files"])
    for name in names:
        if (pending / name).exists():
            os.replace(pending / name, out / name)
    for name in KNOWN_OUTPUTS:
        if name not in names and (out / name).exists():
            (out / name).unlink()
    if (pending / MANIFEST).exists():
        os.replace(pending / MANIFEST, out / MANIFEST)
    _fsync_dir(out)
    shutil.rmtree(pending, ignore_errors=True)


def recover(out: str | os.PathLike, *, locked: bool = False) -> None:
    """Finish a build that was killed between its commit and the end of its renames.

    Commands that read a build folder call this first; it does nothing when no
    build was interrupted there (or while a build holds the lock).
    """
    out = Path(out)
    if not (out / COMMIT).is_dir():
        return
    if not locked:
        try:
            fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return
        try:
            if (out / COMMIT).is_dir():
                _finish(out)
        finally:
            os.close(fd)
        return
    _finish(out)


def check(out: str | os.PathLike) -> list[str]:
    """What is wrong with the build folder ``out`` against its manifest (empty: a complete, consistent build).

    >>> import tempfile, pathlib
    >>> check(pathlib.Path(tempfile.mkdtemp()))
    ['no manifest.json: not a complete nhskg build (or one from before manifests)']
    """
    out = Path(out)
    recover(out)
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = dict(manifest["files"])
    except FileNotFoundError:
        return [f"no {MANIFEST}: not a complete nhskg build (or one from before manifests)"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        return [f"{MANIFEST} is unreadable ({type(err).__name__}: {err})"]
    problems = []
    for name, expected in sorted(files.items()):
        path = out / name
        if not path.is_file():
            problems.append(f"{name}: listed in {MANIFEST} but missing")
        elif sha256_file(path) != expected:
            problems.append(f"{name}: differs from the build that wrote {MANIFEST} (a mix of two builds, or edited since)")
    for name in KNOWN_OUTPUTS:
        if name not in files and (out / name).exists():
            problems.append(f"{name}: not written by the build that wrote {MANIFEST} (left from another build)")
    return problems
