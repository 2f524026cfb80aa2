"""Merge what every file said about one agreement into one record per core reference."""

from __future__ import annotations

from dataclasses import fields
from typing import Iterable

from ..model import Agreement, DatasetRef, ReadResult
from .datasets import add_alias, match_key

_LISTS = [f.name for f in fields(Agreement) if f.name not in {"datasets", "releases", "sections", "locations", "field_locations"} and f.default_factory is list]  # type: ignore[comparison-overlap]
_SCALARS = [
    "title", "applicant", "applicant_type", "controller_arrangement", "purposes_field",
    "dsa_start", "dsa_end", "release_start", "release_end", "commercial", "page",
]


def merge_agreements(results: Iterable[ReadResult]) -> list[Agreement]:
    """One :class:`Agreement` per core reference across ``results``, sorted by reference.

    Lists are united keeping first-seen order, a single value is the first one
    given, datasets meet under their canonical names, identical sections are
    kept once, and every release and location is kept.
    """
    merged: dict[str, Agreement] = {}
    for result in results:
        for agreement in result.agreements:
            into = merged.get(agreement.reference)
            if into is None:
                merged[agreement.reference] = into = Agreement(reference=agreement.reference)
            merge_into(into, agreement)
    for agreement in merged.values():
        _fill_release_period(agreement)
    return [merged[key] for key in sorted(merged)]


def merge_into(into: Agreement, other: Agreement) -> None:
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
    into.releases.extend(other.releases)
    into.locations.extend(loc for loc in other.locations if loc not in into.locations)
    for key, loc in other.field_locations.items():
        into.field_locations.setdefault(key, loc)


def _fill_release_period(agreement: Agreement) -> None:
    months = sorted({r.month for r in agreement.releases if r.month} | set(agreement.release_months))
    agreement.release_months = months
    if months:
        agreement.release_start = agreement.release_start or months[0]
        agreement.release_end = agreement.release_end or months[-1]
