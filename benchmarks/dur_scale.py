"""Build a Data Uses Register workbook of the real size, cold and after one agreement changed.

The workbook is generated from the 22 real agreements in ``tests/data/dur``:
each synthetic agreement takes one of them as its template, with its own
applicant name written into its text (so no two agreements share text).  Its
shape follows the October 2026 edition of the public archive
(michaelchapman/nhs-data-uses-register): 5,500 versions of 1,950 agreements,
between 1 and 13 or more versions each as the edition's index shows (mean 2.8;
:data:`VERSION_WEIGHTS`), ~104,000 release rows back to April 2016 (more for
agreements with more versions and datasets), ~1.5 datasets per version and
about 1.5% of version-dataset pairs with files both with and without
opt-outs applied.  How versions share text follows the archived agreements
with several versions: a new version rewrites 2 to 5 of its 5 sections
(the objective and the yielded benefits most often; :data:`CHANGE_ODDS`) and
repeats the rest word for word, so texts repeat across versions, never
across agreements.

Each build runs in a fresh process (``nhskg build --jobs N``) with its own build
cache; the second build reads a copy of the workbook in which one agreement's
newest version has one changed sentence, so only that text is new to the
extraction cache.

    python benchmarks/dur_scale.py                         # the real size
    python benchmarks/dur_scale.py --scale 0.1             # a quick run
    python benchmarks/dur_scale.py --scale 0.1 0.25 0.5 1  # growth, with the exponent
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data" / "dur"))
sys.path.insert(0, str(ROOT / "benchmarks"))  # procfs, when this file is loaded by a test rather than run
import make_workbook as mw  # noqa: E402
from procfs import process_tree, pss_kib  # noqa: E402

SECTIONS = (("objective", 10), ("activities", 11), ("expected_output", 12), ("expected_benefits", 13), ("yielded_benefits", 14))
#: Agreements with 1, 2, ... 13 versions in one edition (mean 2.8): read off the October 2026 edition's
#: index (``editions/october2026.json`` of the archive), where new agreements have 1-3 versions and
#: the oldest 8-13 (DARS-NIC-08472-V9S6K lists 13).
VERSION_WEIGHTS = (0.45, 0.18, 0.10, 0.07, 0.06, 0.04, 0.03, 0.025, 0.02, 0.01, 0.005, 0.005, 0.005)
#: How likely a new version is to rewrite each section.  In the archived agreements with several
#: versions (NIC-404700, NIC-404715, NIC-656762) every new version changed 2 to 5 of the 5 sections,
#: the objective and the yielded benefits most often; the rest were the previous version's text.
CHANGE_ODDS = {"objective": 0.7, "activities": 0.3, "expected_output": 0.3, "expected_benefits": 0.3,
               "yielded_benefits": 0.6}
#: Datasets listed per version: 8,449 version-dataset pairs for 5,500 versions in October 2026.
PAIRS_PER_VERSION = 8449 / 5500
#: Pairs whose files were released both with and without opt-outs applied (about 130 of 8,449).
MIXED_OPT_OUTS = 130 / 8449


def _months(start=(2016, 4), end=(2026, 10)):
    y, m = start
    while (y, m) <= end:
        yield dt.date(y, m, 1).strftime("%b-%y")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def versions_per_agreement(agreements: int, versions: int, rng: random.Random) -> list[int]:
    """How many versions each agreement lists: drawn from :data:`VERSION_WEIGHTS`, then nudged to sum to ``versions``."""
    counts = rng.choices(range(1, len(VERSION_WEIGHTS) + 1), weights=VERSION_WEIGHTS, k=agreements)
    top = len(VERSION_WEIGHTS) + 5
    while sum(counts) != versions:
        i = rng.randrange(agreements)
        if sum(counts) < versions and counts[i] < top:
            counts[i] += 1
        elif sum(counts) > versions and counts[i] > 1:
            counts[i] -= 1
    return counts


def _paragraphs(templates: list[dict], key: str) -> list[str]:
    return [p for t in templates for p in (t[key] or "").split("\n\n") if len(p) > 80]


def _insert(text: str, paragraph: str, rng: random.Random) -> str:
    """``paragraph`` between two of ``text``'s paragraphs (or at its end): how amendments read."""
    parts = text.split("\n\n")
    parts.insert(rng.randint(1, len(parts)), paragraph)
    return "\n\n".join(parts)


def generate(path: Path, agreements: int, versions: int, releases: int, changed: int | None = None, seed: int = 16) -> dict:
    """Write the workbook; return what it holds. ``changed``: the agreement whose newest text differs.

    Every agreement takes one of the real agreements as its template, with its
    own applicant written into its text, so no two agreements share text.  Its
    first version is the template's text; each later version rewrites each
    section with the odds of :data:`CHANGE_ODDS` (at least one), by inserting
    a real paragraph of the same section from another template and a dated
    update line, and otherwise repeats the previous version's text as it is.
    Release rows go to agreements in proportion to their versions and
    datasets (old agreements have released for years), one month each.
    """
    rng = random.Random(seed)
    templates = [v["states"][-1] for a in mw.load() for v in a["versions"]]
    paragraphs = {k: _paragraphs(templates, k) for k, _ in SECTIONS}
    months = list(_months())
    per = versions_per_agreement(agreements, versions, rng)
    book = openpyxl.Workbook(write_only=True)
    sheet_a, sheet_d, sheet_r = book.create_sheet("Agreements"), book.create_sheet("Datasets"), book.create_sheet("DataReleases")
    sheet_a.append(mw.AGREEMENTS_HEADER)
    sheet_d.append(mw.DATASETS_HEADER)
    sheet_r.append(mw.RELEASES_HEADER)
    stats = {"agreements": agreements, "versions": 0, "releases": 0, "text_chars": 0, "distinct_text_chars": 0,
             "distinct_texts": 0, "max_versions": max(per, default=0), "version_dataset_pairs": 0}
    datasets_all = sorted({d["name"]: d for t in templates for d in t["datasets"]}.items())
    weight = [per[i] * (1 + (i % 5)) for i in range(agreements)]
    total_weight = sum(weight) or 1
    release_budget = releases
    file_no = 0
    seen: set[str] = set()
    for i in range(agreements):
        t = templates[i % len(templates)]
        name = f"NHS SYNTHETIC AREA {i:04d} INTEGRATED CARE BOARD"
        base = f"DARS-NIC-{900000 + i}-{chr(65 + i % 26)}{i % 10}X{(i // 10) % 10}Y"
        texts = {k: (t[k] or "").replace(t["organisation"], name) + f"\n\n{name} is the controller." for k, _ in SECTIONS}
        # the register lists ~1.5 datasets per version: the template's, topped up from the others
        own = list(t["datasets"])
        share = round(weight[i] / total_weight * releases) if i < agreements - 1 else release_budget
        share = min(share, release_budget)
        per_version = [share // per[i] + (1 if v < share % per[i] else 0) for v in range(per[i])]
        for v in range(per[i]):
            if v:
                rewrite = [k for k, _ in SECTIONS if rng.random() < CHANGE_ODDS[k]] or [rng.choice(SECTIONS)[0]]
                for key in rewrite:
                    month = months[min(len(months) - 1, (v * 14 + i) % len(months))]
                    texts[key] = _insert(texts[key], f"{month} update (version {v + 1}): " + rng.choice(paragraphs[key]), rng)
            if changed == i and v == per[i] - 1:
                texts["activities"] += "\nThis sentence changed in the new edition."
            ref = f"{base}-v{v + 1}.{rng.randint(1, 9)}"
            start = dt.datetime(2016 + min(v + i % 3, 9), 1 + i % 12, 1)
            sheet_a.append([ref, t["title"], name, t["organisation_type"], f"{name}\n" + "\n".join(t["controllers"]),
                            t["controller_basis"], start, start.replace(year=start.year + 3), t["sublicensing"],
                            t["commercial"]] + [texts[k] or None for k, _ in SECTIONS])
            stats["versions"] += 1
            for text in texts.values():
                stats["text_chars"] += len(text)
                if text not in seen:
                    seen.add(text)
                    stats["distinct_text_chars"] += len(text)
                    stats["distinct_texts"] += 1
            listed = own + ([datasets_all[(i + v) % len(datasets_all)][1]] if rng.random() < PAIRS_PER_VERSION - 1.1 else [])
            listed = list({d["name"]: d for d in listed}.values())
            stats["version_dataset_pairs"] += len(listed)
            for ds in listed:
                sheet_d.append([ref, ds["name"], ds["type_of_data"], ds["sensitivity"], ds["frequency"],
                                ds["legal_basis"], ds["confidentiality"] or None])
            opt = {d["name"]: ("Yes" if (i + v + k) % 3 else "No") for k, d in enumerate(listed)}
            mixed = {d["name"] for d in listed if rng.random() < MIXED_OPT_OUTS}
            for k in range(per_version[v]):
                ds = listed[k % len(listed)]
                file_no += 1
                written = ("No" if opt[ds["name"]] == "Yes" else "Yes") if ds["name"] in mixed and k % 2 else opt[ds["name"]]
                sheet_r.append([f"FR-{file_no:07d}", ref, ds["name"], ds["type_of_data"], ds["sensitivity"], written,
                                ds["legal_basis"], ds["frequency"], months[(i + v * 12 + k) % len(months)]])
            release_budget -= per_version[v]
            stats["releases"] += per_version[v]
    book.save(path)
    stats["workbook_bytes"] = path.stat().st_size
    return stats


def timed_build(workbook: Path, out: Path, cache: Path | None, jobs: int) -> dict:
    """One ``build`` in a fresh process: wall time, stages, and the peak memory of it and of its workers."""
    code = (
        "import json, resource, sys, time\n"
        "from nhskg.pipeline import build\n"
        "t = time.perf_counter()\n"
        f"r = build([{str(workbook)!r}], {str(out)!r}, jobs={jobs}, cache_dir={str(cache) if cache else None!r})\n"
        "workers = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "me = resource.getrusage(resource.RUSAGE_SELF)\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'stages': r.seconds, 'stage_cpu': getattr(r, 'cpu_seconds', {}),"
        " 'peak_rss_mib': r.peak_rss_mib,"
        " 'cpu_seconds': me.ru_utime + me.ru_stime, 'worker_cpu_seconds': workers.ru_utime + workers.ru_stime,"
        " 'worker_peak_rss_mib': workers.ru_maxrss / 1024, 'triples': r.triples, 'versions': r.report['totals'].get('versions'),"
        " 'releases': r.report['totals']['releases'], 'flows': r.report['totals']['flows'],"
        " 'warnings': r.report['totals']['warnings']}))\n"
    )
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeMemory(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    sampler.stop()
    if process.returncode:
        raise SystemExit(f"build of {workbook} failed:\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    result["tree_peak_pss_mib"] = sampler.peak_mib
    return result


class TreeMemory(threading.Thread):
    """The peak, over the build, of the summed proportional set size (PSS) of a process and its descendants.

    Forked workers share the build's pages: their resident sizes (``ru_maxrss``)
    count those pages once per process, PSS splits each shared page among the
    processes that hold it, so the sum is the memory the build really takes.
    Sampled every 0.2 s from ``/proc`` (Linux); ``peak_mib`` is None elsewhere.
    """

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mib: float | None = None
        self._done = threading.Event()

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._done.wait(0.2):
            self.peak_mib = max(self.peak_mib or 0.0, pss_kib(process_tree(self.pid)) / 1024)

    def stop(self) -> None:
        self._done.set()
        self.join()


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_scale(scale: float, args: argparse.Namespace, work: Path) -> dict:
    """Generate the workbook at ``scale`` (and its one-agreement-changed twin), build it cold, then the twin."""
    agreements = args.agreements or max(2, round(1950 * scale))
    versions = args.versions or max(agreements, round(5500 * scale))
    releases = args.releases if args.releases is not None else round(104000 * scale)
    folder = work / f"x{scale:g}"
    folder.mkdir(parents=True, exist_ok=True)
    book, twin = folder / "dur.xlsx", folder / "dur-changed.xlsx"
    stats_file = folder / "stats.json"
    if not (args.reuse and book.is_file() and twin.is_file() and stats_file.is_file()):
        t = time.perf_counter()
        stats = generate(book, agreements, versions, releases)
        stats["generate_seconds"] = round(time.perf_counter() - t, 1)
        generate(twin, agreements, versions, releases, changed=agreements // 2)
        stats_file.write_text(json.dumps(stats))
    stats = json.loads(stats_file.read_text())
    print(f"x{scale:g}", json.dumps(stats), flush=True)
    cache = folder / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    row = {"scale": scale, "workbook": stats}
    row["load_before"] = load_average()
    row["cold"] = timed_build(book, folder / "out", cache, args.jobs)
    print(f"x{scale:g} cold", json.dumps(row["cold"]), f"load {load_average()}", flush=True)
    row["changed"] = timed_build(twin, folder / "out-changed", cache, args.jobs)
    row["load_after"] = load_average()
    print(f"x{scale:g} one agreement changed", json.dumps(row["changed"]), f"load {load_average()}", flush=True)
    print(f"x{scale:g} rebuild / cold: wall {row['changed']['seconds'] / row['cold']['seconds']:.1%}", flush=True)
    return row


def _mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} MiB"


def table(rows: list[dict]) -> str:
    stages = ("read", "nlp", "rdf", "turtle", "graphml", "html", "report")
    def cpu(b: dict) -> float:
        return b["cpu_seconds"] + b["worker_cpu_seconds"]

    def stage(b: dict, k: str) -> str:  # the CPU of the stage (the build process's and what it forked), else wall
        if not b.get("stage_cpu"):
            return f"{b['stages'].get(k, 0):.1f}"
        return f"{b['stage_cpu'].get(k, 0):.1f}"

    lines = ["(stage columns: CPU seconds of each stage, the build process's and those of the processes it forked "
             "in it: NLP workers in nlp, the Turtle and GraphML writers in turtle and graphml)",
             "| scale | versions | releases | distinct text | cold wall | cold CPU | " + " | ".join(stages)
             + " | peak (workers) | peak PSS, all processes | one changed: wall | CPU | CPU / cold CPU | load | one changed: " + " | ".join(stages) + " |",
             "| ---: " * (12 + 2 * len(stages)) + "|"]
    for r in rows:
        c, w, s = r["cold"], r["changed"], r["workbook"]
        lines.append(
            f"| {r['scale']:g}x | {s['versions']:,} | {s['releases']:,} | {s['distinct_text_chars'] / 1e6:.1f} MB "
            f"| {c['seconds']:.1f} s | {cpu(c):.1f} s | " + " | ".join(stage(c, k) for k in stages)
            + f" | {c['peak_rss_mib']:,.0f} MiB ({c['worker_peak_rss_mib']:,.0f}) | {_mib(c.get('tree_peak_pss_mib'))} "
            f"| {w['seconds']:.1f} s | {cpu(w):.1f} s "
            f"| {cpu(w) / cpu(c):.1%} | {r['load_before']} / {r['load_after']} | " + " | ".join(stage(w, k) for k in stages) + " |")
    if len(rows) > 1:
        import math

        def slope(values: list[float]) -> float:
            xs = [math.log(r["workbook"]["versions"]) for r in rows]
            ys = [math.log(v) for v in values]
            mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
            return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)

        lines.append(f"\ngrowth exponent (log-log slope over versions): wall {slope([r['cold']['seconds'] for r in rows]):.2f}, "
                     f"CPU {slope([cpu(r['cold']) for r in rows]):.2f}, "
                     f"peak memory {slope([r['cold']['peak_rss_mib'] for r in rows]):.2f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, nargs="+", default=[1.0],
                        help="sizes as fractions of the October 2026 edition (1 = 1,950 agreements, 5,500 versions, "
                             "104,000 release rows); several give the growth exponent")
    parser.add_argument("--agreements", type=int, help="override the scaled number of agreements")
    parser.add_argument("--versions", type=int, help="override the scaled number of versions")
    parser.add_argument("--releases", type=int, help="override the scaled number of release rows")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the workbooks and builds in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse the workbooks already there")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="nhskg-dur-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = [run_scale(scale, args, work) for scale in args.scale]
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
