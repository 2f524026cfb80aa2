"""The small sample register shipped in the package (pages written for nhskg)."""

from __future__ import annotations

from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample"


def sample_paths() -> list[Path]:
    """The sample register's pages, in sorted order: one per text layout."""
    return sorted(SAMPLE_DIR.glob("*.txt"))
