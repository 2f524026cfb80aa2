"""Build a Data Uses Register workbook of the real size, cold and after one agreement changed.

The workbook is generated from the 22 real agreements in ``tests/data/dur``:
each synthetic agreement takes one of them as its template, with its own
applicant name written into its text (so no two agreements share text), and
gets 2-4 versions (5,500 in all for 1,950 agreements, as in the October 2026
edition); most versions repeat the text of the version before, as the
register's do, and the rest add a sentence to one section.  The DataReleases
sheet has ~104,000 rows (months back to April 2016, some dataset/version pairs
with files both with and without opt-outs applied).

Each build runs in a fresh process (``nhskg build --jobs N``) with its own build
cache; the second build reads a copy of the workbook in which one agreement's
newest version has one changed sentence, so only that text is new to the
extraction cache.

    python benchmarks/dur_scale.py                         # the real size
    python benchmarks/dur_scale.py --agreements 200 --versions 560 --releases 10000   # a quick run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data" / "dur"))
import make_workbook as mw  # noqa: E402

SECTIONS = (("objective", 10), ("activities", 11), ("expected_output", 12), ("expected_benefits", 13), ("yielded_benefits", 14))


def _months(start=(2016, 4), end=(2026, 10)):
    y, m = start
    while (y, m) <= end:
        yield dt.date(y, m, 1).strftime("%b-%y")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def generate(path: Path, agreements: int, versions: int, releases: int, changed: int | None = None, seed: int = 16) -> dict:
    """Write the workbook; return what it holds. ``changed``: the agreement whose newest text differs."""
    rng = random.Random(seed)
    templates = [v["states"][-1] for a in mw.load() for v in a["versions"]]
    months = list(_months())
    per = [2] * agreements
    for i in range(versions - 2 * agreements):  # spread the remaining versions (up to 4 each)
        per[i % agreements] += 1
    book = openpyxl.Workbook(write_only=True)
    sheet_a, sheet_d, sheet_r = book.create_sheet("Agreements"), book.create_sheet("Datasets"), book.create_sheet("DataReleases")
    sheet_a.append(mw.AGREEMENTS_HEADER)
    sheet_d.append(mw.DATASETS_HEADER)
    sheet_r.append(mw.RELEASES_HEADER)
    stats = {"agreements": agreements, "versions": 0, "releases": 0, "text_chars": 0, "distinct_text_chars": 0}
    release_budget = releases
    file_no = 0
    for i in range(agreements):
        t = templates[i % len(templates)]
        name = f"NHS SYNTHETIC AREA {i:04d} INTEGRATED CARE BOARD"
        base = f"DARS-NIC-{900000 + i}-{chr(65 + i % 26)}{i % 10}X{(i // 10) % 10}Y"
        texts = {k: (t[k] or "").replace(t["organisation"], name) + f"\n\n{name} is the controller." for k, _ in SECTIONS}
        seen: set[str] = set()
        for v in range(per[i]):
            if v and rng.random() < 0.4:  # this version rewrites one section
                key = rng.choice(SECTIONS)[0]
                texts[key] += f"\nThis is amended in version {v + 1}.0 of the agreement."
            if changed == i and v == per[i] - 1:
                texts["activities"] += "\nThis sentence changed in the new edition."
            ref = f"{base}-v{v + 1}.{rng.randint(1, 9)}"
            start = dt.datetime(2016 + min(v * 2 + i % 3, 9), 1 + i % 12, 1)
            sheet_a.append([ref, t["title"], name, t["organisation_type"], f"{name}\n" + "\n".join(t["controllers"]),
                            t["controller_basis"], start, start.replace(year=start.year + 3), t["sublicensing"],
                            t["commercial"]] + [texts[k] or None for k, _ in SECTIONS])
            stats["versions"] += 1
            for text in texts.values():
                stats["text_chars"] += len(text)
                if text not in seen:
                    seen.add(text)
                    stats["distinct_text_chars"] += len(text)
            for ds in t["datasets"]:
                sheet_d.append([ref, ds["name"], ds["type_of_data"], ds["sensitivity"], ds["frequency"],
                                ds["legal_basis"], ds["confidentiality"] or None])
            share = release_budget // max(1, (agreements - i) * per[i] - v) if release_budget else 0
            for k in range(share):
                ds = t["datasets"][k % len(t["datasets"])]
                file_no += 1
                opt = "Yes" if (k % 7 == 0) else "No"
                sheet_r.append([f"FR-{file_no:07d}", ref, ds["name"], ds["type_of_data"], ds["sensitivity"], opt,
                                ds["legal_basis"], ds["frequency"], months[(i + k) % len(months)]])
            release_budget -= share
            stats["releases"] += share
    book.save(path)
    stats["workbook_bytes"] = path.stat().st_size
    return stats


def timed_build(workbook: Path, out: Path, cache: Path, jobs: int) -> dict:
    code = (
        "import json, sys, time\n"
        "from nhskg.pipeline import build\n"
        "t = time.perf_counter()\n"
        f"r = build([{str(workbook)!r}], {str(out)!r}, jobs={jobs}, cache_dir={str(cache)!r})\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'stages': r.seconds, 'peak_rss_mib': r.peak_rss_mib,"
        " 'triples': r.triples, 'versions': r.report['totals'].get('versions'), 'releases': r.report['totals']['releases'],"
        " 'warnings': r.report['totals']['warnings']}))\n"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"build of {workbook} failed:\n{done.stderr[-4000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agreements", type=int, default=1950)
    parser.add_argument("--versions", type=int, default=5500)
    parser.add_argument("--releases", type=int, default=104000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="keep the workbooks and builds in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse the workbooks already there")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="nhskg-dur-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    if not (args.reuse and (work / "dur.xlsx").is_file() and (work / "dur-changed.xlsx").is_file()):
        t = time.perf_counter()
        stats = generate(work / "dur.xlsx", args.agreements, args.versions, args.releases)
        stats["generate_seconds"] = round(time.perf_counter() - t, 1)
        generate(work / "dur-changed.xlsx", args.agreements, args.versions, args.releases, changed=args.agreements // 2)
        print(json.dumps(stats), flush=True)
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold = timed_build(work / "dur.xlsx", work / "out", cache, args.jobs)
    print("cold", json.dumps(cold), flush=True)
    warm = timed_build(work / "dur-changed.xlsx", work / "out-changed", cache, args.jobs)
    print("one agreement changed", json.dumps(warm), flush=True)
    print(f"rebuild / cold: {warm['seconds'] / cold['seconds']:.1%}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
