"""Shared fixtures: the real seed pages, read, extracted and built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _seeds_dir() -> Path:
    return Path(os.environ.get("NHSKG_SEEDS", REPO.parent / "shared" / "seeds")).resolve()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    path = _seeds_dir()
    if not path.is_dir():
        pytest.fail(f"seed pages not found at {path} (set NHSKG_SEEDS)")
    return path


@pytest.fixture(scope="session")
def seed_results(seeds_dir):
    """One ReadResult per seed page."""
    from nhskg.readers import read_paths

    return read_paths([seeds_dir])


@pytest.fixture(scope="session")
def seed_agreements(seed_results):
    """The seeds' agreements, one per core reference, as a dict keyed by reference."""
    from nhskg.readers import merge_agreements

    return {a.reference: a for a in merge_agreements(seed_results)}


@pytest.fixture(scope="session")
def seed_extraction(seed_agreements):
    """The NLP stage's output on the seeds."""
    from nhskg.nlp.extract import extract

    return extract(sorted(seed_agreements.values(), key=lambda a: a.reference))


@pytest.fixture(scope="session")
def seed_build(seeds_dir, tmp_path_factory):
    """The output folder of ``nhskg build`` on the seeds (run through the CLI once)."""
    from click.testing import CliRunner

    from nhskg.cli import main

    out = tmp_path_factory.mktemp("seed-build")
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def _dev_register() -> Path:
    return (REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx").resolve()


@pytest.fixture(scope="session")
def dev_register() -> Path:
    """The real 2017 register workbook (400 agreements); tests using it skip when it is absent."""
    path = _dev_register()
    if not path.is_file():
        pytest.skip(f"the 2017 dev register is not at {path}")
    return path


@pytest.fixture(scope="session")
def dev_register_agreements(dev_register):
    """The 2017 dev register's agreements, one per core reference, keyed by reference."""
    from nhskg.readers import merge_agreements, read_paths

    return {a.reference: a for a in merge_agreements(read_paths([dev_register]))}


@pytest.fixture(scope="session")
def dev_build(dev_register, tmp_path_factory):
    """``nhskg build`` of the 2017 dev register through the CLI, once: (output folder, CliRunner result)."""
    from click.testing import CliRunner

    from nhskg.cli import main

    out = tmp_path_factory.mktemp("dev-build") / "out"
    result = CliRunner().invoke(main, ["build", str(dev_register), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result
