"""Same input, same bytes out, whatever ``--jobs``, the batches and the cache hold (issue 10).

Per-text analysis used to carry its resolver from text to text: an
organisation made (or an acronym learnt) in one text changed how a later text
resolved, so the 2017 register built with ``--jobs 2`` had 5 graph.ttl lines
that ``--jobs 1`` had not (an "Ahsn" / "Bthft" node beside the long form).  Each
text is now resolved by its own fork of the gazetteer's resolver, and
acronyms and names are joined per agreement in the resolution step.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from nhskg.cli import main
from nhskg.nlp import extract as extract_module
from nhskg.nlp.extract import analyse
from nhskg.nlp.pipeline import make_nlp


def _analysis(nlp, text: str) -> dict:
    return analyse(nlp(text), text=text).to_json()


def test_a_text_resolves_the_same_after_another_text_taught_the_pipeline_a_name():
    # "Foo Valey" is one slip from the name the first text makes a node of: a shared resolver
    # fuzzily joined the second text's name to the first text's node, a fresh one cannot.
    first = "Data is sent to Foo Valley Analytics Ltd for processing."
    second = "Foo Valey Analytics Ltd will receive pseudonymised data from NHS Digital."
    alone = _analysis(make_nlp(), second)
    nlp = make_nlp()
    _analysis(nlp, first)
    after = _analysis(nlp, second)
    assert after == alone
    assert [m[2] for m in alone["mentions"]] == ["foo-valey-analytics-ltd", "nhs-digital"]
    assert alone["names"] == {"foo-valey-analytics-ltd": "Foo Valey Analytics Ltd"}


def test_an_acronym_one_text_defines_is_not_known_to_the_next():
    nlp = make_nlp()
    defined = _analysis(nlp, "Foo Valley Analytics Network (FVAN) will analyse the data. FVAN reports.")
    assert {m[0]: m[2] for m in defined["mentions"]} == {
        "FVAN": "foo-valley-analytics-network", "Foo Valley Analytics Network": "foo-valley-analytics-network"}
    text = "Data Processor 1 - Bar Ltd (FVAN) sends the data to NHS Digital."
    assert _analysis(nlp, text) == _analysis(make_nlp(), text)


def test_every_seed_text_analyses_the_same_in_any_order(seed_agreements):
    texts = sorted({s.text for a in seed_agreements.values() for s in a.sections if s.text.strip()})
    forwards = make_nlp()
    backwards = make_nlp()
    ahead = {t: _analysis(forwards, t) for t in texts}
    behind = {t: _analysis(backwards, t) for t in reversed(texts)}
    assert ahead == behind


def _build(inputs: Path, out: Path, *extra: str) -> bytes:
    result = CliRunner().invoke(main, ["build", str(inputs), "--out", str(out), "--quiet", "--no-html", *extra])
    assert result.exit_code == 0, result.output
    return (out / "graph.ttl").read_bytes()


def _same(a: bytes, b: bytes) -> bool:
    """Byte identity; on a difference, the first differing line (a diff of two megabytes would take pytest minutes)."""
    if a == b:
        return True
    for n, (x, y) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if x != y:
            raise AssertionError(f"graph.ttl differs at line {n}: {x[:200]!r} != {y[:200]!r}")
    raise AssertionError(f"graph.ttl differs in length: {len(a)} != {len(b)} bytes")


def _drop_half_of_the_text_cache(cache: Path) -> int:
    """Forget the build cache and every other per-text result, so the next build is partly warm."""
    shutil.rmtree(cache / "builds", ignore_errors=True)
    files = sorted(cache.rglob("*.json"))
    for path in files[::2]:
        path.unlink()
    return len(files)


def test_seeds_give_the_same_graph_with_one_or_two_jobs_and_a_part_warm_cache(seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(extract_module, "MIN_CHARS_FOR_PROCESSES", 0)  # the seeds are small: use the workers anyway
    one = _build(seeds_dir, tmp_path / "one", "--no-cache", "--jobs", "1")
    cache = tmp_path / "cache"
    two = _build(seeds_dir, tmp_path / "two", "--cache-dir", str(cache), "--jobs", "2")
    assert _drop_half_of_the_text_cache(cache) > 2
    warm = _build(seeds_dir, tmp_path / "warm", "--cache-dir", str(cache), "--jobs", "2")
    assert _same(one, two) and _same(one, warm)


def test_the_real_register_gives_the_same_graph_with_one_or_two_jobs_and_cold_or_warm_cache(dev_register, tmp_path):
    one = _build(dev_register, tmp_path / "one", "--no-cache", "--jobs", "1")
    cache = tmp_path / "cache"
    cold = _build(dev_register, tmp_path / "cold", "--cache-dir", str(cache), "--jobs", "2")
    assert _same(one, cold), "--jobs 2 (cold cache) differs from --jobs 1"
    assert _drop_half_of_the_text_cache(cache) > 100
    part_warm = _build(dev_register, tmp_path / "part-warm", "--cache-dir", str(cache), "--jobs", "1")
    assert _same(one, part_warm), "a build with half the texts cached differs from a cold one"
    shutil.rmtree(cache / "builds")
    warm = _build(dev_register, tmp_path / "warm", "--cache-dir", str(cache), "--jobs", "2")
    assert _same(one, warm), "a build with every text cached differs from a cold one"
