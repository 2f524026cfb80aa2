"""extract(): identical texts parsed once, per-text cache reused on reruns, same result with worker processes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nhskg.model import Agreement, Location, Section
from nhskg.nlp import extract as extract_module
from nhskg.nlp.extract import extract

TEMPLATE = (
    "1. North West DSCRO receives a flow of SUS identifiable data for the CCG from the SUS Repository.\n"
    "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised "
    "data is then passed securely to Arden and GEM CSU.\n"
    "3. Arden and GEM CSU then pass the processed, pseudonymised and linked data to the CCG.\n"
)


def _agreement(reference, applicant, text=TEMPLATE):
    return Agreement(reference=reference, applicant=applicant,
                     sections=[Section("Processing", text, Location(f"{reference}.txt", 3))])


@pytest.fixture
def analysed(monkeypatch):
    """Records every batch of texts the NLP pipeline is asked to analyse."""
    calls: list[list[str]] = []
    real = extract_module.analyse_texts

    def spy(texts, **kwargs):
        calls.append(list(texts))
        return real(texts, **kwargs)

    monkeypatch.setattr(extract_module, "analyse_texts", spy)
    return calls


def test_identical_texts_are_parsed_once_and_resolved_per_agreement(analysed):
    x = extract([_agreement("NIC-1-AAAAA", "NHS Bolton CCG"), _agreement("NIC-2-BBBBB", "NHS Wigan Borough CCG")])
    assert [len(batch) for batch in analysed] == [1]
    csu = "arden-and-gem-commissioning-support-unit"
    targets = {(f.agreement, x.organisations[f.target].label) for f in x.flows if f.source == csu}
    assert targets == {("NIC-1-AAAAA", "NHS Bolton CCG"), ("NIC-2-BBBBB", "NHS Wigan Borough CCG")}
    # the evidence points into each agreement's own file
    assert {f.evidence.location.file for f in x.flows} == {"NIC-1-AAAAA.txt", "NIC-2-BBBBB.txt"}


def test_seed_sections_are_deduplicated(seed_agreements, analysed):
    extract(sorted(seed_agreements.values(), key=lambda a: a.reference))
    texts = [s.text for a in seed_agreements.values() for s in a.sections]
    (batch,) = analysed
    assert len(batch) == len(set(batch)) == len(set(texts))


def test_a_rerun_on_unchanged_input_reuses_the_cache(tmp_path, analysed):
    agreements = [_agreement("NIC-1-AAAAA", "NHS Bolton CCG")]
    first = extract(agreements, cache_dir=tmp_path)
    second = extract(agreements, cache_dir=tmp_path)
    assert [len(batch) for batch in analysed] == [1, 0]
    assert first.flows == second.flows and first.roles == second.roles
    assert list(first.organisations) == list(second.organisations)
    # one changed text: only that one is analysed again
    changed = [replace(agreements[0], sections=[replace(agreements[0].sections[0], text=TEMPLATE.replace("North West", "Yorkshire"))])]
    third = extract(changed, cache_dir=tmp_path)
    assert [len(batch) for batch in analysed] == [1, 0, 1]
    assert ("nhs-digital", "Yorkshire DSCRO") in {(f.source, third.organisations[f.target].label) for f in third.flows}


def test_cache_files_are_deterministic(tmp_path):
    agreements = [_agreement("NIC-1-AAAAA", "NHS Bolton CCG")]
    extract(agreements, cache_dir=tmp_path / "a")
    extract(agreements, cache_dir=tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.json"))
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.json"))
    assert files_a == files_b and len(files_a) == 1
    assert (tmp_path / "a" / files_a[0]).read_bytes() == (tmp_path / "b" / files_b[0]).read_bytes()


def test_worker_processes_give_the_same_extraction(seed_agreements, monkeypatch):
    agreements = sorted(seed_agreements.values(), key=lambda a: a.reference)
    single = extract(agreements)
    monkeypatch.setattr(extract_module, "MIN_CHARS_FOR_PROCESSES", 0)
    multi = extract(agreements, jobs=2)
    assert multi.flows == single.flows
    assert multi.roles == single.roles
    assert multi.applicants == single.applicants
    assert {k: (v.label, sorted(v.aliases)) for k, v in multi.organisations.items()} == {
        k: (v.label, sorted(v.aliases)) for k, v in single.organisations.items()
    }


def test_a_text_a_rule_trips_on_becomes_a_warning(monkeypatch, tmp_path):
    def broken(doc, resolver=None, text=None):
        raise ValueError("unexpected text")

    monkeypatch.setattr(extract_module, "analyse", broken)
    x = extract([_agreement("NIC-1-AAAAA", "NHS Bolton CCG")], cache_dir=tmp_path)
    assert x.flows == []
    assert [str(w) for w in x.warnings] == ["NIC-1-AAAAA.txt:3: NIC-1-AAAAA Processing: text not analysed (ValueError: unexpected text)"]
    assert not list(tmp_path.rglob("*.json"))  # a failure is not cached


def test_a_warm_rerun_builds_no_pipeline(seed_agreements, tmp_path, monkeypatch):
    agreements = sorted(seed_agreements.values(), key=lambda a: a.reference)
    cold = extract(agreements, cache_dir=tmp_path)

    def no_pipeline(model=None):
        raise AssertionError("the spaCy pipeline was built although every text was cached")

    monkeypatch.setattr(extract_module, "_make_nlp", no_pipeline)
    warm = extract(agreements, cache_dir=tmp_path)
    assert warm.flows == cold.flows and warm.roles == cold.roles and warm.applicants == cold.applicants
    assert {k: (v.label, sorted(v.aliases)) for k, v in warm.organisations.items()} == {
        k: (v.label, sorted(v.aliases)) for k, v in cold.organisations.items()
    }


def test_a_warm_rerun_does_not_even_import_spacy(seed_agreements, seeds_dir, tmp_path):
    import subprocess
    import sys

    extract(list(seed_agreements.values()), cache_dir=tmp_path)
    script = (
        "import sys\n"
        "from nhskg.readers import merge_agreements, read_paths\n"
        "from nhskg.nlp.extract import extract\n"
        f"x = extract(merge_agreements(read_paths([{str(seeds_dir / next(iter(seed_agreements.values())).sections[0].location.file)!r}])),"
        f" cache_dir={str(tmp_path)!r})\n"
        "assert x.flows, 'no flows'\n"
        "print('spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_cold_and_warm_builds_write_the_same_bytes(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from nhskg.cli import main

    cache = tmp_path / "cache"
    for out in ("cold", "warm"):
        result = CliRunner().invoke(
            main, ["build", str(seeds_dir), "--out", str(tmp_path / out), "--cache-dir", str(cache), "--jobs", "1", "--quiet"]
        )
        assert result.exit_code == 0, result.output
    assert list(cache.rglob("*.json"))
    for name in ("graph.ttl", "report.json"):
        assert (tmp_path / "cold" / name).read_bytes() == (tmp_path / "warm" / name).read_bytes(), name
