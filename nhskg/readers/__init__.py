"""Readers: register documents (text pages, .xlsx workbooks, per-sheet CSV) -> records.

``read_paths(paths, strict=False)`` reads files and folders into one
:class:`~nhskg.model.ReadResult` per file, recognising each file's layout from
its content; ``merge_agreements(results)`` gives one
:class:`~nhskg.model.Agreement` per core reference; ``sample_paths()`` lists
the sample register shipped with the package.
"""

from __future__ import annotations

from ..datasets import canonical_name
from .dispatch import InputFile, input_files, load_inputs, read_file, read_input, read_inputs, read_paths
from .merge import merge_agreements
from .references import core_reference
from .sample import sample_paths

__all__ = [
    "InputFile", "canonical_name", "core_reference", "input_files", "load_inputs", "read_input", "read_inputs",
    "merge_agreements", "read_file", "read_paths", "sample_paths",
]
