"""Read files and folders: recognise each file's layout from its content, never its name."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Location, Problem, ReadResult
from . import legacy, projects
from .problems import ProblemLog
from .values import repaired

ZIP_MAGIC = b"PK\x03\x04"
_SKIP_DIRS = {"__pycache__"}


@dataclass(frozen=True)
class InputFile:
    """One input as read: its bytes (read once: the build cache hashes exactly what the readers parse).

    ``name`` is how locations cite it: its path relative to the folder holding
    every input of the build, so the graph does not change with how the path
    was typed (absolute, relative, through ``..``); ``error`` says why there
    are no bytes (a broken link, an unreadable or empty folder, a read error).
    """

    path: Path
    name: str
    data: bytes | None = None
    error: str | None = None


def read_paths(paths: Iterable[str | os.PathLike], *, strict: bool = False) -> list[ReadResult]:
    """Read every file named in ``paths`` (folders are walked in sorted order).

    Lenient (default): a problem becomes a warning on that file's
    :class:`~nhskg.model.ReadResult` and reading goes on; a file that cannot be
    read at all gets layout ``"unreadable"``.  ``strict=True``: raise
    :class:`~nhskg.errors.InputError` at the first problem.

    >>> from nhskg.readers import sample_paths
    >>> [r.layout for r in read_paths(sample_paths())]
    ['compact', 'spaced', 'legacy']
    """
    return read_inputs(load_inputs(input_files(paths)), strict=strict)


def read_inputs(inputs: Iterable[InputFile], *, strict: bool = False) -> list[ReadResult]:
    """Read inputs already loaded by :func:`load_inputs`, then check sheets given as separate files against each other."""
    from .dur import check_across

    results = [read_input(item, strict=strict) for item in inputs]
    check_across(results, strict=strict)
    return results


def input_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files :func:`read_paths` reads for ``paths``, in the order it reads them.

    Folders are walked in sorted order, skipping hidden files and folders,
    ``__pycache__`` and Excel's ``~$`` lock files.  Nothing given is dropped
    silently: a broken symbolic link, a folder that cannot be listed and a
    folder with no input in it are listed too, and reading them reports why.

    >>> from nhskg.readers import sample_paths
    >>> [p.name for p in input_files([sample_paths()[0].parent])]
    ['01_compact_lancashire_icb.txt', '02_spaced_north_cumbria_ccg.txt', '03_legacy_nhs_england.txt']
    """
    seen: set[Path] = set()
    out: list[Path] = []
    for path in paths:
        for file in _files(Path(path)):
            key = Path(os.path.abspath(file))
            if key not in seen:  # the same file given twice is read once
                seen.add(key)
                out.append(file)
    return out


def _files(path: Path) -> list[Path]:
    if not path.is_dir() or path.is_symlink() and not path.exists():
        return [path]
    found: list[Path] = []
    failed: list[Path] = []

    for dirpath, dirnames, filenames in os.walk(path, onerror=lambda err: failed.append(Path(err.filename))):
        folder = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in filenames:
            if name.startswith(".") or name.startswith("~$"):  # ~$: Excel's lock file beside an open workbook
                continue
            file = folder / name
            if file.is_file() or (file.is_symlink() and not file.exists()) or _is_fifo(file):
                found.append(file)
    found.extend(failed)
    if not found:
        return [path]  # an empty folder: reading it says so
    return sorted(found)


def _is_fifo(path: Path) -> bool:
    try:
        return stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        return False


def source_names(files: Sequence[Path]) -> dict[Path, str]:
    """How locations cite each file: relative to the folder holding all of them.

    >>> source_names([Path("/x/seeds/a.txt"), Path("/x/seeds/b/a.txt")])
    {PosixPath('/x/seeds/a.txt'): 'a.txt', PosixPath('/x/seeds/b/a.txt'): 'b/a.txt'}
    >>> source_names([Path("/x/seeds/a.txt")])
    {PosixPath('/x/seeds/a.txt'): 'a.txt'}
    """
    absolute = {file: Path(os.path.normpath(os.path.abspath(file))) for file in files}
    if not absolute:
        return {}
    parents = [p.parent if not p.is_dir() else p for p in absolute.values()]
    root = Path(os.path.commonpath([str(p) for p in parents]))
    names = {}
    for file, path in absolute.items():
        relative = path.relative_to(root).as_posix() if path != root else path.name
        names[file] = relative if relative not in ("", ".") else (path.name or str(path))
    return names


def load_inputs(files: Sequence[Path]) -> list[InputFile]:
    """Read each of ``files`` once (see :class:`InputFile`)."""
    names = source_names(files)
    return [_load(file, names[file]) for file in files]


def _load(path: Path, name: str) -> InputFile:
    if path.is_symlink() and not path.exists():
        return InputFile(path, name, error=f"broken symbolic link (to {os.readlink(path)}); nothing to read")
    if path.is_dir():
        try:
            with os.scandir(path) as entries:  # as the folder walk lists it
                next(entries, None)
        except OSError as err:
            return InputFile(path, name, error=f"cannot list this folder ({err.strerror or err}); its files were not read")
        return InputFile(path, name, error="no input file in this folder")
    try:
        return InputFile(path, name, data=_read_bytes(path))
    except FileNotFoundError:
        return InputFile(path, name, error="no such file or folder")
    except OSError as err:
        return InputFile(path, name, error=f"cannot read the file ({err.strerror or err})")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; a FIFO is opened without blocking, so one with no writer reads as empty, not a hang."""
    if not _is_fifo(path):
        return path.read_bytes()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        os.set_blocking(fd, True)  # a writer that is there is waited for; none means end of file at once
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_file(path: str | os.PathLike, *, strict: bool = False) -> ReadResult:
    """Read one file in whichever layout its content shows (locations cite it as ``str(path)``)."""
    return read_input(_load(Path(path), str(path)), strict=strict)


def read_input(item: InputFile, *, strict: bool = False) -> ReadResult:
    """Read one loaded input in whichever layout its content shows."""
    name = item.name
    log = ProblemLog(strict)
    try:
        if item.error is not None or item.data is None:
            result = _unreadable(name, log, item.error or "no bytes read")
        else:
            result = _read(item.path, item.data, name, log)
    except InputError as err:
        if strict:
            raise
        log.problems.append(Problem(err.location, err.message))  # lenient: still only a warning
        result = ReadResult(path=name, layout="unreadable")
    except Exception as err:  # noqa: BLE001 - a reader bug must not become a traceback for the user
        if strict:
            raise InputError(Location(name), f"cannot read this file ({type(err).__name__}: {err})") from err
        log.warn(Location(name), f"internal error while reading this file ({type(err).__name__}: {err}); skipped")
        result = ReadResult(path=name, layout="unreadable")
    result.warnings = log.problems + [w for w in result.warnings if w not in log.problems]
    return result


def _unreadable(name: str, log: ProblemLog, message: str, location: Location | None = None) -> ReadResult:
    log.warn(location or Location(name), message)
    return ReadResult(path=name, layout="unreadable")


def _read(path: Path, data: bytes, name: str, log: ProblemLog) -> ReadResult:
    if not data.strip():
        return _unreadable(name, log, "empty file")
    if data.startswith(ZIP_MAGIC):
        from .workbook import read_workbook

        return read_workbook(data, name, log)
    utf16 = _utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as err:
            return _unreadable(name, log, f"{utf16.upper()} text that does not decode (at byte {err.start}): save it as UTF-8")
    elif b"\x00" in data[:8192]:
        return _unreadable(name, log, "binary file: not a register page, a register CSV or an .xlsx workbook")
    else:
        text = _decode(data, name, log)
    # repaired once here: every field, list and section of a text file is read from this
    text = repaired(text)

    from . import csvfile

    if csvfile.looks_like(text):
        return csvfile.read_csv(text, name, log)
    layout = projects.looks_like(text)
    if layout:
        return projects.read_projects(text, name, layout, log)
    if legacy.looks_like(text):
        return legacy.read_legacy(text, name, log)
    header = csvfile.first_row(text)
    if header is not None:
        shown = " | ".join(cell.strip()[:30] for cell in header[:8])
        return _unreadable(name, log, f"unknown spreadsheet layout: the header row ({shown}) is no register sheet's", Location(name, 1))
    return _unreadable(
        name,
        log,
        "not a recognised register layout (no agreement heading, 'HSCIC Id:' line or register header row)",
        Location(name, 1),
    )


def _utf16(data: bytes) -> str | None:
    """``"utf-16"`` for text with a UTF-16 byte-order mark, or whose bytes alternate with NULs like it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _decode(data: bytes, name: str, log: ProblemLog) -> str:
    """UTF-8 text; a line with bytes that are not UTF-8 is read as Windows-1252, that line only, with a warning.

    Re-decoding the whole file would turn every UTF-8 dash and quote of the
    page into mojibake and break the headings that mark its agreements.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines: list[str] = []
    bad: list[int] = []
    for number, raw in enumerate(data.split(b"\n")):
        try:
            lines.append(raw.decode("utf-8-sig" if number == 0 else "utf-8"))
        except UnicodeDecodeError:
            bad.append(number + 1)
            lines.append(raw.decode("cp1252", errors="replace"))
    shown = ", ".join(map(str, bad[:10])) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
    log.warn(
        Location(name, bad[0]),
        f"not UTF-8 on {len(bad)} line(s) ({shown}); those lines read as Windows-1252, the rest as UTF-8",
    )
    return "\n".join(lines)
