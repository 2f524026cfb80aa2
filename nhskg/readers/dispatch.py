"""Read files and folders: recognise each file's layout from its content, never its name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..model import Location, Problem, ReadResult
from . import legacy, projects
from .problems import ProblemLog
from .values import repaired

ZIP_MAGIC = b"PK\x03\x04"
_SKIP_DIRS = {"__pycache__"}


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
    return [read_file(file, strict=strict) for file in input_files(paths)]


def input_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files :func:`read_paths` reads for ``paths``, in the order it reads them.

    Folders are walked in sorted order, skipping hidden files and folders,
    ``__pycache__`` and Excel's ``~$`` lock files.

    >>> from nhskg.readers import sample_paths
    >>> [p.name for p in input_files([sample_paths()[0].parent])]
    ['01_compact_lancashire_icb.txt', '02_spaced_north_cumbria_ccg.txt', '03_legacy_nhs_england.txt']
    """
    return [file for path in paths for file in _files(Path(path))]


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith(".") or part in _SKIP_DIRS for part in p.relative_to(path).parts)
            and not p.name.startswith("~$")  # Excel's lock file beside an open workbook
        )
    return [path]


def read_file(path: str | os.PathLike, *, strict: bool = False) -> ReadResult:
    """Read one file in whichever layout its content shows."""
    name = str(path)
    log = ProblemLog(strict)
    try:
        result = _read(Path(path), name, log)
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


def _read(path: Path, name: str, log: ProblemLog) -> ReadResult:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _unreadable(name, log, "no such file or folder")
    except OSError as err:
        return _unreadable(name, log, f"cannot read the file ({err.strerror or err})")
    if not data.strip():
        return _unreadable(name, log, "empty file")
    if data.startswith(ZIP_MAGIC):
        from .workbook import read_workbook

        return read_workbook(path, name, log)
    if b"\x00" in data[:8192]:
        return _unreadable(name, log, "binary file: not a register page, a register CSV or an .xlsx workbook")
    # repaired once here: every field, list and section of a text file is read from this
    text = repaired(_decode(data, name, log))

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


def _decode(data: bytes, name: str, log: ProblemLog) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        log.warn(
            Location(name, line),
            f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); read as Windows-1252",
        )
        return data.decode("cp1252", errors="replace")
