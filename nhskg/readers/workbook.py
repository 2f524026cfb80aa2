"""Official register workbooks (.xlsx) (work in progress)."""

from __future__ import annotations

from ..model import Location, ReadResult


def read_workbook(path, name, log):
    log.warn(Location(name), "spreadsheet reading is not implemented yet")
    return ReadResult(path=name, layout="unreadable")
