"""How fast is the NLP stage on ~10 MB of register free text?

Builds register-like agreements by replicating the seed pages' sections with
other organisation names and reference numbers (so no two texts are the same
and deduplication cannot short-cut the work), then times the whole extraction
(``make_nlp`` + ``extract``) with 1 and 2 jobs and compares it with
``spacy.blank("en")`` tokenisation of the same texts.

    python benchmarks/nlp_speed.py                 # ~10 MB, jobs 1 and 2
    python benchmarks/nlp_speed.py --mb 2 --jobs 1 --profile   # where the time goes

Target: under 15 s for 10 MB on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Organisation names swapped into the replicas (same templates, other offices and commissioners).
DSCROS = ["North of England", "South West", "Yorkshire", "North West", "Central Southern", "South", "North East London",
          "Arden and GEM", "Central Midlands", "South Collaborative"]
CSUS = ["North of England CSU", "South, Central and West CSU", "North East London CSU", "Arden and GEM CSU",
        "Midlands and Lancashire CSU", "South East CSU"]
PLACES = ["Devon", "Kernow", "Leeds", "Bradford", "Sheffield", "Kent", "Surrey", "Norfolk", "Suffolk", "Dorset",
          "Wirral", "Bolton", "Oldham", "Salford", "Trafford", "Stockport", "Derby", "Nottingham", "Leicester", "Hull"]


def seed_agreements(seeds: Path):
    from nhskg.readers import merge_agreements, read_paths

    return merge_agreements(read_paths([str(seeds)]))


def replicas(agreements, megabytes: float, seed: int = 7):
    """Agreements whose sections are the seeds' with other names, numbers and references, until ``megabytes`` of text."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    out, size, n = [], 0, 0
    while size < target:
        for a in agreements:
            n += 1
            place = rng.choice(PLACES)
            dscro = rng.choice(DSCROS)
            csu = rng.choice(CSUS)

            def vary(text: str, place=place, dscro=dscro, csu=csu, n=n) -> str:
                text = re.sub(r"\bCumbria\b", place, text)
                text = re.sub(r"\b(?:North of England|North England|Central Midlands)(?= (?:DSCRO|Data Services))", dscro, text)
                text = re.sub(r"\bMidlands and Lancashire Commissioning Support Unit\b", csu, text)
                text = re.sub(r"\b20(1\d|2\d)\b", lambda m: str(2000 + (int(m.group(1)) + n) % 30), text)
                return f"{text}\nReference DARS-NIC-{100000 + n}-B{n % 10}X{n % 7}Q (variant {n})."

            sections = [replace(s, text=vary(s.text)) for s in a.sections]
            out.append(replace(a, reference=f"NIC-{100000 + n}-B{n % 10}X{n % 7}Q", sections=sections))
            size += sum(len(s.text.encode("utf-8")) for s in sections)
            if size >= target:
                break
    return out, size


def tokenise_only(texts) -> float:
    import spacy

    nlp = spacy.blank("en")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - start


def run(agreements, jobs: int, cache_dir=None) -> tuple[float, object]:
    from nhskg.nlp.extract import extract

    start = time.perf_counter()
    extraction = extract(agreements, jobs=jobs, cache_dir=cache_dir)  # builds make_nlp() itself
    return time.perf_counter() - start, extraction


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("NHSKG_SEEDS", REPO.parent / "shared" / "seeds")))
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of free text to build (default 10)")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="job counts to time (default 1 2)")
    parser.add_argument("--profile", action="store_true", help="profile one jobs=1 run with cProfile and print the top functions")
    parser.add_argument("--no-cache-run", action="store_true", help="skip timing the rerun on a warm cache")
    args = parser.parse_args(argv)

    agreements, size = replicas(seed_agreements(args.seeds), args.mb)
    texts = [s.text for a in agreements for s in a.sections]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(agreements)} agreements, {len(texts)} sections ({len(set(texts))} distinct), "
          f"{size / 1e6:.1f} MB, {words:,} words")
    base = tokenise_only(texts)
    print(f"spacy.blank('en') tokeniser only: {base:6.2f} s  {words / base:>10,.0f} words/s")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        run(agreements, 1)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        return 0
    for jobs in args.jobs:
        seconds, extraction = run(agreements, jobs)
        print(f"make_nlp + extract, jobs={jobs}: {seconds:6.2f} s  {words / seconds:>10,.0f} words/s  "
              f"{seconds / base:5.1f}x tokenisation  ({len(extraction.flows):,} flows, {len(extraction.roles):,} roles, "
              f"{len(extraction.organisations):,} organisations)")
    if not args.no_cache_run:
        import tempfile

        with tempfile.TemporaryDirectory() as cache_dir:
            cold, _ = run(agreements, 1, cache_dir)
            warm, _ = run(agreements, 1, cache_dir)
        print(f"with --cache-dir: first run {cold:6.2f} s, rerun on unchanged input {warm:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
