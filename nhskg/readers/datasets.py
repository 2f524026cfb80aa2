"""Datasets on an agreement record: one :class:`DatasetRef` per dataset, aliases kept.

Names are canonicalised by the core catalogue, :mod:`nhskg.datasets`.
"""

from __future__ import annotations

from ..datasets import canonical_name, match_key
from ..model import DatasetRef


def dataset_ref(name: str) -> DatasetRef:
    return DatasetRef(canonical=canonical_name(name), as_written=name)


def add_dataset(datasets: list[DatasetRef], name: str) -> DatasetRef:
    """Add ``name`` to ``datasets`` unless a dataset of the same canonical name is there
    (then ``name`` is kept among that dataset's aliases if it is spelt differently)."""
    ref = dataset_ref(name)
    key = match_key(ref.canonical)
    for existing in datasets:
        if match_key(existing.canonical) == key:
            add_alias(existing, name)
            return existing
    datasets.append(ref)
    return ref


def add_alias(dataset: DatasetRef, name: str) -> None:
    if name != dataset.as_written and name not in dataset.aliases:
        dataset.aliases.append(name)
