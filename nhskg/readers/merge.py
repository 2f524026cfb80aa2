"""Merge what every file said about one agreement into one record per core reference."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import fields

from ..datasets import match_key
from ..model import Agreement, DatasetRef, FileRelease, ReadResult
from .datasets import add_alias
from .longtext import split_long_sections
from .problems import ProblemLog

_LISTS = [f.name for f in fields(Agreement) if f.name not in {"datasets", "releases", "sections", "locations", "field_locations"} and f.default_factory is list]
_SCALARS = [
    "title", "applicant", "applicant_type", "controller_arrangement", "purposes_field",
    "dsa_start", "dsa_end", "release_start", "release_end", "commercial", "page",
]


def merge_agreements(results: Iterable[ReadResult], *, strict: bool = False) -> list[Agreement]:
    """One :class:`Agreement` per core reference across ``results``, sorted by reference.

    Lists are united keeping first-seen order, a single value is the first one
    given, datasets meet under their canonical names, identical sections are
    kept once, and every release and location is kept.  Files are merged in
    the order of their names, so the graph does not depend on the order the
    paths were given in.  Across files, a single value that disagrees with the
    one kept is a warning naming both places, and release rows that repeat
    another file's (same file reference and values: a file given twice, a
    workbook and its CSV sheets) are counted once, with a warning.  In
    ``strict`` mode those warnings raise :class:`~nhskg.errors.InputError`.
    """
    merged: dict[str, Agreement] = {}
    for result in sorted(results, key=_merge_order):
        log = ProblemLog(strict)
        for agreement in result.agreements:
            into = merged.get(agreement.reference)
            if into is None:
                merged[agreement.reference] = into = Agreement(reference=agreement.reference)
            else:
                _check_conflicts(into, agreement, log)
            merge_into(into, agreement, log)
        result.warnings.extend(p for p in log.problems if p not in result.warnings)
    for agreement in merged.values():
        _fill_release_period(agreement)
        split_long_sections(agreement)  # spaCy parses at most 1,000,000 characters at once (E088)
    return [merged[key] for key in sorted(merged)]


#: Register sheets in the order the official workbooks hold them: CSV sheets are merged in this
#: order, as the workbook's sheets are read, so that first-given values agree whatever the format.
SHEET_ORDER = ("2017-releases", "2017-purposes", "2017-amendments", "dur-agreements", "dur-datasets", "dur-releases")


def _merge_order(result: ReadResult) -> tuple:
    kind = result.layout.removeprefix("csv-")
    return (SHEET_ORDER.index(kind) if result.layout.startswith("csv-") and kind in SHEET_ORDER else -1, result.path)


def _same(a: object, b: object) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    return a == b


def _check_conflicts(into: Agreement, other: Agreement, log: ProblemLog) -> None:
    for name in _SCALARS:
        kept, given = getattr(into, name), getattr(other, name)
        if name == "page" or kept in (None, "") or given in (None, "") or _same(kept, given):
            continue
        here = other.field_locations.get(name) or (other.locations[0] if other.locations else None)
        there = into.field_locations.get(name) or (into.locations[0] if into.locations else None)
        if here is None or there is None or here.file == there.file:
            continue
        log.warn(here, f"{into.reference}: {name} {str(given)[:80]!r} here differs from {str(kept)[:80]!r} "
                       f"at {there}; kept the latter")


def _release_key(release: FileRelease) -> tuple:
    return (
        release.dataset.canonical, release.file_reference, release.month, release.type_of_data, release.sensitivity,
        release.legal_basis, release.frequency, release.opt_outs_as_written, release.amendment_reason,
    )


def merge_into(into: Agreement, other: Agreement, log: ProblemLog | None = None) -> None:
    """Add what ``other`` says about the same agreement to ``into``."""
    for name in _LISTS:
        current = getattr(into, name)
        current.extend(v for v in getattr(other, name) if v not in current)
    for name in _SCALARS:
        if getattr(into, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(into, name, getattr(other, name))
    by_key = {match_key(d.canonical): d for d in into.datasets}
    for dataset in other.datasets:
        existing = by_key.get(match_key(dataset.canonical))
        if existing is None:
            copy = DatasetRef(dataset.canonical, dataset.as_written, list(dataset.aliases))
            into.datasets.append(copy)
            by_key[match_key(dataset.canonical)] = copy
        else:
            for name in (dataset.as_written, *dataset.aliases):
                add_alias(existing, name)
    seen_sections = {(s.name, s.text) for s in into.sections}
    for section in other.sections:
        if (section.name, section.text) not in seen_sections:
            into.sections.append(section)
            seen_sections.add((section.name, section.text))
    # a release row another file already gave (a file twice, a workbook and its CSV) is one release
    have = Counter(_release_key(r) for r in into.releases)
    files = {r.location.file for r in into.releases}
    repeated = []
    for release in other.releases:
        key = _release_key(release)
        if have[key] and release.location.file not in files:
            have[key] -= 1  # matched one row of an earlier file
            repeated.append(release)
            continue
        into.releases.append(release)
    if repeated and log is not None:
        earlier = sorted(files)[0]
        log.warn(repeated[0].location, f"{into.reference}: {len(repeated)} release row(s) repeat those read from "
                                      f"{earlier} (same file reference and values); counted once")
    known = set(into.locations)  # a set: a list lookup per location was quadratic in an agreement's rows
    into.locations.extend(loc for loc in dict.fromkeys(other.locations) if loc not in known)
    for field, loc in other.field_locations.items():
        into.field_locations.setdefault(field, loc)


def _fill_release_period(agreement: Agreement) -> None:
    months = sorted({r.month for r in agreement.releases if r.month} | set(agreement.release_months))
    agreement.release_months = months
    if months:
        agreement.release_start = agreement.release_start or months[0]
        agreement.release_end = agreement.release_end or months[-1]
