"""``nhskg query``: run a SPARQL query (a file or a canned one) over a built graph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?")
        if not sep or not name:
            raise click.BadParameter(f"{item!r}: expected name=value", param_hint="--param")
        params[name] = value
    return params


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _print_table(result, title: str | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..textfix import printable

    table = Table(title=title, show_lines=False, header_style="bold")
    for name in result.variables:
        table.add_column(name, overflow="fold")
    for row in result.rows:  # register text: no terminal escapes, no rich markup
        table.add_row(*(Text(printable(_cell(v))) for v in row))
    console = Console()
    if not console.is_terminal:  # piped or captured: do not squeeze the columns into 80 characters
        console = Console(width=200)
    console.print(table)
    console.print(f"{len(result.rows)} row(s)", style="dim")


@click.command(name="query")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("query", required=False)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
    help="Bind a query parameter (declared by '# @param ?NAME TYPE' in the query). Repeat for several. "
    "Values are bound as one RDF term of the declared type; they never become query text.",
)
@click.option(
    "--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
    help="table: aligned columns; csv: header plus rows; json: a list of objects.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and their parameters, then exit.")
def command(graph: Path, query: str | None, params: tuple[str, ...], fmt: str, list_queries: bool):
    """Run QUERY over GRAPH and print the rows.

    GRAPH is a build folder (its graph.ttl is used) or an RDF file (.ttl, .nt,
    .jsonld). QUERY is a .rq file or the name of a canned query: agreements,
    flows, releases, downstream, identifiable, optouts-not-honoured,
    non-accessing-processors, busy-recipients (see --list).

    \b
    Examples:
        nhskg query out flows
        nhskg query out downstream --param dataset="HES Admitted Patient Care"
        nhskg query out busy-recipients -p min=2 --format csv
    """
    from ..graph.sparql import QueryError, canned_queries, load_query, run_query

    if list_queries:
        for name in canned_queries():
            q = load_query(name)
            click.echo(f"{name}: {q.description}")
            for p in q.parameters:
                default = f" (default {p.default})" if p.default is not None else ""
                click.echo(f"    --param {p.name}=<{p.type}>{default}  {p.help}")
        return
    if query is None:
        raise click.UsageError("missing QUERY (a .rq file or a canned query name; see --list)")
    try:
        q = load_query(query)
        result = run_query(graph, q, _parse_params(params))
    except QueryError as err:
        raise click.ClickException(str(err)) from None

    if fmt == "json":
        click.echo(json.dumps(result.dicts(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_cell(v) for v in row] for row in result.rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        _print_table(result, title=q.name)
