"""Time reading a register workbook the size of the real 2017 one.

Generates (with openpyxl, shared strings as Excel writes them) a 2017-era workbook with 5,776
DataReleases rows, 838 PurposeStatements and 527 agreements, free-text cells
from a few hundred bytes to tens of kB, plus the same sheets as CSV, then times
``read_paths`` + ``merge_agreements`` on each and checks all 527 agreements
come through.

    python benchmarks/read_workbook.py [--out DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from workbooks import RELEASES_2017_HEADER  # noqa: E402

from nhskg.readers import merge_agreements, read_paths  # noqa: E402

RELEASES, PURPOSES, AGREEMENTS = 5776, 838, 527
PURPOSE_HEADER = ["Reference Number", "Organisation", "Objective for Processing", "Processing Activities",
                  "Expected Output", "Expected Measurable Benefits"]
DATASETS = ["Hospital Episode Statistics Admitted Patient Care", "HES APC", "SUS Accident & Emergency data",
            "Mental Health Services Data Set", "Local Provider Data - Acute", "Diagnostic Imaging Dataset",
            "Civil Registration - Deaths", "Emergency Care Data Set (ECDS)", "Improving Access to Psychological Therapies"]
SENTENCES = [
    "Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised data "
    "is then passed securely to the CSU for the addition of derived fields, linkage of data sets and analysis.",
    "The CSU then pass the processed, pseudonymised and linked data to the CCG, who analyse the data to see "
    "patient journeys for pathways or service design, re-design and de-commissioning.",
    "Patient level data will not be shared outside of the CCG and aggregated reports only with small number "
    "suppression can be shared externally.",
    "Microsoft Limited supply cloud services and are listed as a data processor but do not access data.",
]


def free_text(rng: random.Random) -> str:
    size = int(min(60_000, rng.lognormvariate(7.8, 1.0)))  # median ~2.4 kB, a long tail to tens of kB
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 5)))
        paragraphs.append(f"{len(paragraphs) + 1}. {paragraph}")
        length += len(paragraph) + 4
    return "\n".join(paragraphs)


def reference(rng: random.Random, core: int) -> str:
    suffix = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
    return f"NIC-{100000 + core}-{suffix}"


def sheets(seed: int = 2017) -> dict[str, list[list[object]]]:
    rng = random.Random(seed)
    cores = [reference(rng, i) for i in range(AGREEMENTS)]
    forms = [lambda r: r, lambda r: "DARS-" + r, lambda r: r + "-v1.4", lambda r: "DARS-" + r + "-v0.2"]
    organisations = {r: f"NHS Sample {i % 211} CCG" for i, r in enumerate(cores)}
    releases = [RELEASES_2017_HEADER]
    for row in range(RELEASES):
        core = cores[row % AGREEMENTS] if row < AGREEMENTS else rng.choice(cores)
        releases.append([row + 1, organisations[core], rng.choice(DATASETS), "Anonymised - ICO code compliant",
                         "Sensitive", "Health and Social Care Act 2012", "Commissioning", "Ongoing",
                         rng.choice(forms)(core), None, rng.choice(["Y", "N", "Not Applicable"])])
    purposes = [PURPOSE_HEADER]
    for row in range(PURPOSES):
        core = cores[row % AGREEMENTS]
        purposes.append([rng.choice(forms)(core), organisations[core]] + [free_text(rng) for _ in range(4)])
    return {"Title sheet": [["Register of approved data releases"]], "DataReleases": releases,
            "PurposeStatements": purposes, "NBO": [["Organisation", "Count"]]}


def write(folder: Path) -> tuple[Path, list[Path], int]:
    data = sheets()
    book = openpyxl.Workbook()  # not write-only: that mode writes inline strings, Excel does not
    book.remove(book.active)
    for name, rows in data.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = folder / "register-2017.xlsx"
    book.save(path)
    csvs = []
    for name in ("DataReleases", "PurposeStatements"):
        csv_path = folder / f"register-2017-{name}.csv"
        with open(csv_path, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["" if v is None else v for v in row] for row in data[name]])
        csvs.append(csv_path)
    text_bytes = sum(len(c) for row in data["PurposeStatements"][1:] for c in row[2:])
    return path, csvs, text_bytes


def timed(paths: list[Path], repeat: int) -> tuple[float, list]:
    best, agreements = float("inf"), []
    for _ in range(repeat):
        start = time.perf_counter()
        results = read_paths(paths)
        agreements = merge_agreements(results)
        best = min(best, time.perf_counter() - start)
        assert all(not r.warnings for r in results), [str(w) for r in results for w in r.warnings][:5]
    return best, agreements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="folder for the generated files (default: a temporary one)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per input; the best time is shown")
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="nhskg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    book, csvs, text_bytes = write(folder)
    print(f"generated in {time.perf_counter() - start:.1f}s: {book} ({book.stat().st_size / 1e6:.1f} MB), "
          f"{RELEASES} release rows, {PURPOSES} purpose statements, {AGREEMENTS} agreements, "
          f"{text_bytes / 1e6:.1f} MB of free text")
    for label, paths in (("xlsx", [book]), ("csv", csvs)):
        seconds, agreements = timed(paths, args.repeat)
        releases = sum(len(a.releases) for a in agreements)
        sections = sum(len(a.sections) for a in agreements)
        print(f"{label}: {seconds:.2f}s best of {args.repeat} -> {len(agreements)} agreements, "
              f"{releases} releases, {sections} sections")
        assert len(agreements) == AGREEMENTS and releases == RELEASES


if __name__ == "__main__":
    main()
