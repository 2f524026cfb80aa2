"""Build cost on the real 2017 register, against the floor any spaCy tool pays, and how it grows.

One command, markdown tables out. Every figure is a whole fresh process
(wall time, and peak resident memory of its largest process from ``wait4``):

1. **Real register, cold build against the floor**, alternating A B A B,
   median of ``--repeat`` (default 3):
   A = ``nhskg build REGISTER --out DIR --no-cache`` (stage split from its
   summary line); B = the floor: read the workbook with openpyxl (read-only,
   every sheet, every cell) and run ``spacy.blank("en")`` over its free text
   (every text cell of PurposeStatements).
2. **Warm rebuild against cold** (``--cache-dir``: unchanged inputs restore
   the previous outputs), alternating, median of ``--repeat``.
3. **Scale**: the register replicated 1x 2x 4x 8x 16x into one workbook
   (every reference made fresh per copy, every free-text cell made unique, so
   nothing is cached or deduplicated across copies), each built once in a
   fresh process: wall, stages, peak memory, triples; the growth exponent
   (log-log slope of wall time against size, 1x..16x).
4. **Canned SPARQL on the largest size**: each query in ``ontology/queries``
   on the built graph (pyoxigraph store loaded once, parameters unbound).

The machine's load average is printed with each table: on a shared machine
the paired A/B ratio is the figure to trust, not the absolute seconds.

Usage::

    python benchmarks/register.py                      # everything (~10 min on 2 idle cores)
    python benchmarks/register.py --sizes 1 2 --repeat 1   # a quick look
    python benchmarks/register.py --register path/to/release-register.xlsx

Skips with a message (exit 0) when the register workbook is absent.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REGISTER = REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"

#: The PurposeStatements columns that hold free text (after Reference Number and Organisation).
FREE_TEXT_FROM_COLUMN = 2
#: Columns (by header, case-folded start) that carry a reference: made fresh in every copy.
REFERENCE_HEADERS = ("rowid", "nic number", "mr number", "reference number")
#: Columns whose text is free text: made unique in every copy.
TEXT_HEADERS = ("objective for processing", "processing activities", "expected output",
                "expected measurable benefits", "purpose")
NIC = re.compile(r"NIC-(\d+)-([A-Z0-9]{5})")


# --- processes ---------------------------------------------------------------------------


def spawn(cmd: list[str]) -> dict:
    """Run ``cmd``: wall seconds, peak RSS (MiB) of its largest process (``wait4``), and its stdout."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read()[-2000:]}")
        return {"wall": wall, "peak_mib": usage.ru_maxrss / 1024, "stdout": out.read()}


def nhskg_command() -> list[str]:
    script = Path(sys.executable).with_name("nhskg")
    return [str(script)] if script.exists() else [shutil.which("nhskg") or "nhskg"]


_STAGE = re.compile(r"(\w+) (\d+\.\d+)s")


def build(register: Path, out: Path, cache: Path | None = None) -> dict:
    """One ``nhskg build`` process; its stage seconds parsed from the summary line."""
    cmd = nhskg_command() + ["build", str(register), "--out", str(out)]
    cmd += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    figures = spawn(cmd)
    summary = [line for line in figures["stdout"].splitlines() if line.startswith("wrote ")]
    figures["stages"] = {k: float(v) for k, v in _STAGE.findall(summary[-1])} if summary else {}
    triples = re.search(r"(\d+) triples", figures["stdout"])
    figures["triples"] = int(triples.group(1)) if triples else 0
    return figures


def floor(register: Path) -> dict:
    return spawn([sys.executable, __file__, "--child-floor", str(register)])


def child_floor(register: Path) -> None:
    """The floor process: every cell of the workbook with openpyxl, and spaCy's tokeniser over its free text."""
    import warnings

    import openpyxl
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(register, read_only=True, data_only=True)
    texts = []
    for sheet in book.worksheets:
        sheet.reset_dimensions()
        for number, row in enumerate(sheet.iter_rows(values_only=True)):
            if sheet.title == "PurposeStatements" and number > 0:  # row 0 is the header
                texts += [c for c in row[FREE_TEXT_FROM_COLUMN:] if isinstance(c, str) and c.strip()]
    book.close()
    tokens = sum(len(doc) for doc in spacy.blank("en").pipe(texts, batch_size=256))
    print(json.dumps({"texts": len(texts), "mb": sum(len(t.encode()) for t in texts) / 1e6, "tokens": tokens}))


def child_sparql(out: Path) -> None:
    from nhskg.graph import sparql

    started = time.perf_counter()
    store = sparql.load_store(out)
    timings = {"(load store)": time.perf_counter() - started}
    for query in sorted((REPO / "ontology" / "queries").glob("*.rq")):
        started = time.perf_counter()
        rows = len(sparql.run_query(store, query.stem, {}).rows)
        timings[f"{query.stem} ({rows:,} rows)"] = time.perf_counter() - started
    print(json.dumps(timings))


# --- the replicated register ---------------------------------------------------------------


def replicate(register: Path, copies: int, target: Path) -> Path:
    """``copies`` copies of the register in one workbook: references fresh, free text unique, per copy."""
    import openpyxl
    from python_calamine import CalamineWorkbook

    source = CalamineWorkbook.from_path(str(register))
    book = openpyxl.Workbook(write_only=True)
    for title in source.sheet_names:
        rows = source.get_sheet_by_name(title).to_python(skip_empty_area=False)
        sheet = book.create_sheet(title)
        header_at = next((i for i, row in enumerate(rows[:10]) if sum(1 for c in row if c != "") >= 3), None)
        if header_at is None or title in ("NBO",):
            for row in rows:
                sheet.append([None if c == "" else c for c in row])
            continue
        header = [str(c).casefold() for c in rows[header_at]]
        references = {i for i, h in enumerate(header) if h.startswith(REFERENCE_HEADERS)}
        texts = {i for i, h in enumerate(header) if h.startswith(TEXT_HEADERS)}
        for row in rows[: header_at + 1]:
            sheet.append([None if c == "" else c for c in row])
        for copy in range(copies):
            for row in rows[header_at + 1:]:
                sheet.append([_vary(c, copy, i in references, i in texts) for i, c in enumerate(row)])
    book.save(target)
    return target


def _vary(cell, copy: int, reference: bool, text: bool):
    if cell == "" or cell is None:
        return None
    if not isinstance(cell, str) or cell == "None":
        return cell
    if reference:
        varied = NIC.sub(lambda m: f"NIC-{m.group(1)}{copy:02d}-{m.group(2)}", cell)
        return varied if varied != cell else f"{cell}-C{copy:02d}"
    if text:
        return f"{cell.rstrip()} (copy {copy})"
    return cell


# --- tables ---------------------------------------------------------------------------


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def growth_exponent(sizes: list[float], times: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def median(values) -> float:
    return statistics.median(values)


def table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--register", type=Path, default=Path(os.environ.get("NHSKG_REGISTER", DEFAULT_REGISTER)))
    parser.add_argument("--repeat", type=int, default=3, help="paired runs per comparison (median reported)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 2, 4, 8, 16])
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--child-floor", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-sparql", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_floor:
        return child_floor(args.child_floor)
    if args.child_sparql:
        return child_sparql(args.child_sparql)
    if not args.register.is_file():
        print(f"skipped: the register workbook is not at {args.register} (pass --register or set NHSKG_REGISTER)")
        return

    figures: dict = {"register": str(args.register), "cpus": os.cpu_count()}
    print(f"# nhskg on {args.register.name} ({os.cpu_count()} CPUs; load average 1/5/15 min: {load()})\n", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)

        # 1. cold build against the floor, A B A B
        builds, floors, load_seen = [], [], []
        for i in range(args.repeat):
            builds.append(build(args.register, tmp / f"cold{i}"))
            floors.append(floor(args.register))
            load_seen.append(load())
        text = json.loads(floors[0]["stdout"])
        b_wall, f_wall = median(r["wall"] for r in builds), median(r["wall"] for r in floors)
        stages = {k: median(r["stages"].get(k, 0.0) for r in builds) for k in builds[0]["stages"]}
        print(f"## Real register: cold build against the floor (median of {args.repeat}, alternating; "
              f"load after each pair: {', '.join(load_seen)})\n")
        print(table(["process", "wall", "peak memory"], [
            ["`nhskg build REGISTER --no-cache`", f"{b_wall:.2f} s", f"{median(r['peak_mib'] for r in builds):.0f} MiB"],
            [f"floor: openpyxl read + `spacy.blank(\"en\")` over {text['texts']:,} free texts "
             f"({text['mb']:.1f} MB, {text['tokens']:,} tokens)", f"{f_wall:.2f} s",
             f"{median(r['peak_mib'] for r in floors):.0f} MiB"],
            ["**build / floor** (median of the pairs' ratios)",
             f"**{median(b['wall'] / f['wall'] for b, f in zip(builds, floors, strict=True)):.2f}x**", ""],
        ]))
        print("\nStages of the build (seconds, medians): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items())
              + f"; {builds[0]['triples']:,} triples\n", flush=True)
        figures["real"] = {"builds": builds, "floors": floors, "stages": stages}

        # 2. warm rebuild against cold
        colds, warms = [], []
        for i in range(args.repeat):
            cache = tmp / f"cache{i}"
            colds.append(build(args.register, tmp / f"cached{i}", cache))
            warms.append(build(args.register, tmp / f"cached{i}", cache))
        c_wall, w_wall = median(r["wall"] for r in colds), median(r["wall"] for r in warms)
        print(f"## Incremental rebuild (median of {args.repeat}; load {load()})\n")
        print(table(["process", "wall", "peak memory"], [
            ["cold: `nhskg build REGISTER --cache-dir C` (empty cache)", f"{c_wall:.2f} s",
             f"{median(r['peak_mib'] for r in colds):.0f} MiB"],
            ["warm: the same again (unchanged inputs)", f"{w_wall:.2f} s",
             f"{median(r['peak_mib'] for r in warms):.0f} MiB"],
            ["**warm / cold**", f"**{median(w['wall'] / c['wall'] for w, c in zip(warms, colds, strict=True)):.1%}**", ""],
        ]) + "\n", flush=True)
        figures["rebuild"] = {"cold": colds, "warm": warms}

        # 3. scale
        if args.sizes:
            rows, scale = [], []
            for size in args.sizes:
                workbook = replicate(args.register, size, tmp / f"register-x{size}.xlsx")
                out = tmp / f"x{size}"
                result = build(workbook, out)
                result["size"] = size
                result["load"] = load()
                scale.append(result)
                s = result["stages"]
                rows.append([f"{size}x", f"{result['wall']:.1f} s",
                             *(f"{s.get(k, 0.0):.2f}" for k in ("read", "nlp", "rdf", "turtle", "graphml", "html")),
                             f"{result['peak_mib']:.0f} MiB", f"{result['triples']:,}",
                             f"{result['wall'] / scale[0]['wall'] / size * scale[0]['size']:.2f}", result["load"]])
                print(f"built {size}x in {result['wall']:.1f} s", file=sys.stderr, flush=True)
                if size != args.sizes[-1]:
                    shutil.rmtree(out)
            print("## Scale: the register replicated (fresh references, unique free text), one fresh process each\n")
            print(table(["size", "wall", "read", "nlp", "rdf", "turtle", "graphml", "html", "peak memory",
                         "triples", "wall per copy vs 1x", "load"], rows))
            if len(scale) > 1:
                exponent = growth_exponent([r["size"] for r in scale], [r["wall"] for r in scale])
                print(f"\nGrowth exponent (log-log slope of wall time against size, "
                      f"{args.sizes[0]}x-{args.sizes[-1]}x): **{exponent:.2f}**\n")
                figures["exponent"] = exponent
            figures["scale"] = scale

            # 4. SPARQL on the largest
            timings = json.loads(spawn([sys.executable, __file__, "--child-sparql", str(tmp / f"x{args.sizes[-1]}")])["stdout"])
            print(f"## Canned SPARQL on the {args.sizes[-1]}x graph ({scale[-1]['triples']:,} triples; load {load()})\n")
            print(table(["query", "seconds"], [[k, f"{v:.2f}"] for k, v in timings.items()]))
            figures["sparql"] = timings
    if args.json:
        for section in ("real", "rebuild"):
            for runs in figures[section].values():
                for r in runs if isinstance(runs, list) else ():
                    r.pop("stdout", None)
        for r in figures.get("scale", ()):
            r.pop("stdout", None)
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
