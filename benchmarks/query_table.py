"""How long `nhskg query GRAPH flows` spends writing its rows: table (this module's) vs CSV vs rich's Table.

Runs the canned query once, then formats the same rows each way, alternating
and repeating, and prints the median of each (the query itself is not timed).

    python benchmarks/query_table.py /tmp/nc2017 --repeat 5
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import time

from nhskg.commands.query import _cell
from nhskg.commands.table import format_table, label_columns
from nhskg.graph.sparql import run_query


def as_table(variables, rows, width):
    keep = label_columns(variables, rows)
    return format_table([variables[i] for i in keep], [[_cell(row[i]) for i in keep] for row in rows], width=width)


def as_csv(variables, rows, width):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(variables)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def as_rich(variables, rows, width):
    """What `query` printed before: every column, folded into rich's Table."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for name in variables:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console = Console(file=io.StringIO(), width=width)
    console.print(table)
    return console.file.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("--query", default="flows")
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    result = run_query(args.graph, args.query)
    ways = {"table": as_table, "csv": as_csv, "rich (before)": as_rich}
    seconds = {name: [] for name in ways}
    lines = {}
    for _ in range(args.repeat):
        for name, way in ways.items():
            start = time.perf_counter()
            text = way(result.variables, result.rows, args.width)
            seconds[name].append(time.perf_counter() - start)
            lines[name] = text.count("\n") + 1
    print(f"{args.query}: {len(result.rows)} rows, width {args.width}, median of {args.repeat}")
    floor = statistics.median(seconds["csv"])
    for name, values in seconds.items():
        median = statistics.median(values)
        print(f"  {name:<14} {median * 1000:8.1f} ms  {median / floor:5.1f}x csv  {lines[name]:6} lines")


if __name__ == "__main__":
    main()
