"""How build cost grows with the register.

Builds registers of 1x, 2x, 4x, ... a base size, each in a fresh process (so
peak memory is per size), and prints per size: wall time per stage, peak
memory, triples and words per second; then the growth exponent (log-log fit of
total time against size). Registers are made by replicating the seed pages with
fresh references and varied organisation names, and every free-text section
of a copy is made unique, so nothing can be cached or deduplicated across
copies.

References measured in the same run:
- spaCy floor: ``spacy.blank("en")`` tokenisation of the same free text;
- rdflib's own Turtle serialiser on the same graph (our writer may use pyoxigraph);
- ``--jobs 1`` against ``--jobs 2`` at the largest size;
- an incremental rebuild (unchanged inputs, warm cache) against the first build.

Usage::

    python benchmarks/scale.py                       # 1 2 4 8 16 x a base of ~2 MB of free text
    python benchmarks/scale.py --sizes 1 2 --no-compare   # CI smoke run
    python benchmarks/scale.py --base-copies 48 --sizes 1  # about the 2017 register (9.6 MB)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"

# English places with NHS bodies of their own: substituted for the seeds' places.
PLACES = """Barnsley Bassetlaw Bedfordshire Birmingham Blackburn Blackpool Bolton Bradford Brighton Bristol
Bury Calderdale Cambridgeshire Camden Cheshire Chorley Cornwall Crawley Croydon Darlington Derby Devon
Doncaster Dorset Durham Ealing Enfield Essex Gateshead Gloucestershire Halton Harrow Hartlepool Hastings
Herefordshire Hertfordshire Hull Islington Kent Kirklees Knowsley Lambeth Leeds Leicester Lewisham Lincolnshire
Liverpool Luton Manchester Medway Merton Middlesbrough Newcastle Newham Norfolk Northumberland Nottingham
Oldham Oxfordshire Peterborough Plymouth Portsmouth Reading Redbridge Rochdale Rotherham Salford Sandwell
Sefton Sheffield Shropshire Slough Solihull Somerset Southampton Southwark Stockport Suffolk Sunderland
Surrey Sutton Swindon Tameside Telford Thurrock Torbay Trafford Wakefield Warrington Wigan Wiltshire
Wirral Wokingham York""".split()

# Places the seeds name, replaced in each copy so that organisation names vary.
SEED_PLACES = [
    "Cumbria", "Lancashire North", "Morecambe Bay", "Staffordshire", "Stoke on Trent", "Stoke-on-Trent",
    "Cannock Chase", "Dudley", "Walsall", "Wolverhampton", "Black Country", "Worcestershire", "Herefordshire",
    "Redditch and Bromsgrove", "Wyre Forest", "Coventry", "Warwickshire",
]

SECTION_HEADER = re.compile(
    r"^(Objectives|Expected Benefits|Yielded Benefits|Outputs|Processing):\s*$", re.MULTILINE
)
INLINE_HEADER = re.compile(r"^(Output|Activities|Objective|Benefits): ", re.MULTILINE)
REFERENCE = re.compile(r"NIC-\d+-[A-Z0-9]{5}")


def vary(text: str, copy: int) -> str:
    """One copy of a page: fresh references, other places, and every section made unique."""
    rotation = PLACES[copy % len(PLACES):] + PLACES[: copy % len(PLACES)]
    mapping = {seed: f"{rotation[i]}{'' if copy < len(PLACES) else copy // len(PLACES)}"
               for i, seed in enumerate(SEED_PLACES)}
    pattern = re.compile("|".join(re.escape(p) for p in sorted(mapping, key=len, reverse=True)))
    text = pattern.sub(lambda m: mapping[m.group(0)], text)

    def new_reference(match: re.Match) -> str:
        digits = int(re.search(r"\d+", match.group(0)).group(0))
        return f"NIC-{9_000_000 + copy * 1000 + digits % 1000}-{match.group(0)[-5:]}"

    text = REFERENCE.sub(new_reference, text)
    place = rotation[0]
    text = SECTION_HEADER.sub(lambda m: f"{m.group(0)}\nThis section concerns NHS {place} CCG (copy {copy}).", text)
    return INLINE_HEADER.sub(lambda m: f"{m.group(0)}For NHS {place} CCG (copy {copy}). ", text)


def make_register(seeds: Path, copies: int, out: Path) -> list[Path]:
    """Write ``copies`` varied copies of every seed page into ``out``."""
    pages = sorted(p for p in seeds.iterdir() if p.is_file())
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for copy in range(copies):
        for page in pages:
            target = out / f"{copy:04d}_{page.name}"
            target.write_text(vary(page.read_text(encoding="utf-8"), copy), encoding="utf-8")
            written.append(target)
    return written


def measure_one(register: Path, jobs: int | None, compare: bool, cache: Path | None) -> dict:
    """Build one register in this process and return its figures."""
    from nhskg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = build([register], Path(tmp) / "out", jobs=jobs, cache_dir=cache)
        total = time.perf_counter() - started
        figures = {
            "seconds": result.seconds,
            "total": total,
            "peak_rss_mib": result.peak_rss_mib,
            "triples": result.triples,
            "words": result.words,
            "agreements": len(result.agreements),
            "flows": len(result.extraction.all_flows),
            "text_mb": sum(len(s.text.encode()) for a in result.agreements for s in a.sections) / 1e6,
        }
        if compare:
            import spacy

            texts = [s.text for a in result.agreements for s in a.sections]
            tokenizer = spacy.blank("en")
            started = time.perf_counter()
            for _ in tokenizer.pipe(texts, batch_size=256):
                pass
            figures["tokenise_seconds"] = time.perf_counter() - started
            started = time.perf_counter()
            result.graph.serialize(format="turtle")
            figures["rdflib_turtle_seconds"] = time.perf_counter() - started
            figures["sparql_seconds"] = time_queries(Path(tmp) / "out")
    return figures


def time_queries(out: Path) -> dict[str, float]:
    """Seconds each canned query takes on the built graph (loaded once; every parameter left unbound)."""
    from nhskg.graph import sparql

    store = sparql.load_store(out)
    timings = {}
    for query in sorted((REPO / "ontology" / "queries").glob("*.rq")):
        started = time.perf_counter()
        sparql.run_query(store, query.stem, {})
        timings[query.stem] = time.perf_counter() - started
    return timings


def run_child(register: Path, jobs: int | None, compare: bool, cache: Path | None) -> dict:
    """Measure in a fresh interpreter, so peak memory belongs to this size alone."""
    cmd = [sys.executable, __file__, "--child", str(register), "--jobs", str(jobs or 0)]
    if compare:
        cmd.append("--compare-child")
    if cache is not None:
        cmd += ["--cache", str(cache)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def growth_exponent(sizes: list[float], times: list[float]) -> float:
    """Slope of log(time) against log(size), by least squares."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path(os.environ.get("NHSKG_SEEDS", DEFAULT_SEEDS)))
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--base-copies", type=int, default=10,
                        help="copies of the seed pages in a 1x register (10 copies of the seeds: ~2 MB of free text)")
    parser.add_argument("--jobs", type=int, default=None, help="NLP processes (default: all cores)")
    parser.add_argument("--no-compare", action="store_true", help="skip the reference measurements")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--compare-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(measure_one(args.child, args.jobs or None, args.compare_child, args.cache)))
        return

    seeds = args.seeds if args.seeds.is_dir() else None
    if seeds is None:
        from nhskg.readers import sample_paths

        seeds = sample_paths()[0].parent
    compare = not args.no_compare
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            register = Path(tmp) / f"x{size}"
            make_register(seeds, args.base_copies * size, register)
            figures = run_child(register, args.jobs, compare, None)
            figures["size"] = size
            rows.append(figures)
            stages = " ".join(f"{k}={v:.2f}" for k, v in figures["seconds"].items())
            line = (f"{size:>3}x  {figures['agreements']:>5} agreements  {figures['text_mb']:6.1f} MB text  "
                    f"total {figures['total']:7.2f}s  [{stages}]  peak {figures['peak_rss_mib']:7.0f} MiB  "
                    f"{figures['triples']:>8} triples  {figures['words'] / figures['total']:>9.0f} words/s")
            if compare:
                line += (f"  tokenise {figures['tokenise_seconds']:.2f}s "
                         f"(build/tokenise {figures['total'] / figures['tokenise_seconds']:.1f}x)"
                         f"  rdflib-turtle {figures['rdflib_turtle_seconds']:.2f}s")
            print(line, flush=True)

        if len(rows) > 1:
            exponent = growth_exponent([r["size"] for r in rows], [r["total"] for r in rows])
            print(f"growth exponent (total time vs size, log-log): {exponent:.3f}")
        if compare:
            largest = rows[-1]
            print("SPARQL on the largest graph: " + ", ".join(
                f"{k} {v * 1000:.0f} ms" for k, v in largest.get("sparql_seconds", {}).items()))
            register = Path(tmp) / f"x{args.sizes[-1]}"
            for jobs in (1, 2):
                figures = run_child(register, jobs, False, None)
                print(f"--jobs {jobs} at {args.sizes[-1]}x: nlp {figures['seconds']['nlp']:.2f}s, "
                      f"total {figures['total']:.2f}s")
            cache = Path(tmp) / "cache"
            cold = run_child(register, args.jobs, False, cache)
            warm = run_child(register, args.jobs, False, cache)
            print(f"incremental rebuild at {args.sizes[-1]}x: cold {cold['total']:.2f}s, warm {warm['total']:.2f}s "
                  f"({warm['total'] / cold['total']:.0%} of the first build)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
