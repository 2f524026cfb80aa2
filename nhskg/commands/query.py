"""``nhskg query``: run a SPARQL query (a file or a canned one) over a built graph."""

from __future__ import annotations

import csv
import io
import json

import click

from .options import graph_argument, resolve_dataset
from .table import label_columns


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


def _print_table(header: list[str], rows: list[list[str]], title: str | None) -> None:
    from ..textfix import printable
    from .table import format_table

    if title:
        click.echo(title)
    # register text: no terminal escapes
    click.echo(format_table(header, [[printable(cell) for cell in row] for row in rows]))
    click.echo(f"{len(rows)} row(s)")


def _list_queries(ctx, _param, value) -> None:
    """--list: print the canned queries; eager, so it needs no GRAPH."""
    if not value or ctx.resilient_parsing:
        return
    from ..graph.sparql import canned_queries, load_query

    for name in canned_queries():
        q = load_query(name)
        click.echo(f"{name}: {q.description}")
        for p in q.parameters:
            default = f" (default {p.default})" if p.default is not None else ""
            click.echo(f"    --param {p.name}=<{p.type}>{default}  {p.help}")
    ctx.exit(0)


def _graph_dataset_names(store) -> list[str]:
    """Every name a dataset in the graph is written under (labels and aliases)."""
    names = store.query(
        "PREFIX nhskg: <https://w3id.org/nhskg/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT DISTINCT ?name WHERE { ?x nhskg:dataset ?d . ?d skos:prefLabel|skos:altLabel ?name }"
    )
    return sorted(solution["name"].value for solution in names)


def _columns(variables: list[str], wanted: str | None) -> list[int] | None:
    if wanted is None:
        return None
    names = [c.strip().lstrip("?") for c in wanted.split(",") if c.strip()]
    unknown = [n for n in names if n not in variables]
    if unknown or not names:
        raise click.BadParameter(
            f"{', '.join(unknown) or wanted!r}: not a column of this query (columns: {', '.join(variables)})",
            param_hint="--columns",
        )
    return [variables.index(n) for n in names]


@click.command(name="query")
@graph_argument
@click.argument("query", required=False)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
    help="Bind a query parameter (declared by '# @param ?NAME TYPE' in the query). Repeat for several. "
    "Values are bound as one RDF term of the declared type; they never become query text. "
    "A dataset may be given by its canonical name or any alias in ontology/datasets.toml, in any case.",
)
@click.option(
    "--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
    help="table: labels only (no IRI columns), one line per row, cut to the terminal's width; "
    "csv: header plus rows, every column; json: a list of objects, every column.",
)
@click.option(
    "--columns", "-c", metavar="A,B,...", default=None,
    help="Only these columns, in this order (comma-separated; any format, IRI columns included).",
)
@click.option(
    "--list", "list_queries", is_flag=True, is_eager=True, expose_value=False, callback=_list_queries,
    help="List the canned queries and their parameters, then exit (no GRAPH needed).",
)
def command(graph, query: str | None, params: tuple[str, ...], fmt: str, columns: str | None):
    """Run QUERY over GRAPH and print the rows.

    GRAPH is a build folder (its graph.ttl is used) or an RDF file (.ttl, .nt,
    .jsonld). QUERY is a .rq file or the name of a canned query: agreements,
    flows, releases, downstream, identifiable, optouts-not-honoured,
    non-accessing-processors, busy-recipients, non-nhs-recipients (see --list).

    \b
    Examples:
        nhskg query out flows --columns agreement,sourceLabel,targetLabel,state
        nhskg query out downstream --param dataset="HES APC"
        nhskg query out busy-recipients -p min=2 --format csv
    """
    from ..graph.sparql import QueryError, load_query, run_query

    if query is None:
        raise click.UsageError("missing QUERY (a .rq file or a canned query name; see --list)")
    try:
        q = load_query(query)
        bound = _parse_params(params)
        store = graph.store()
        if "dataset" in bound and any(p.name == "dataset" for p in q.parameters):
            bound["dataset"] = resolve_dataset(bound["dataset"], _graph_dataset_names(store))
        result = run_query(store, q, bound)
    except QueryError as err:
        raise click.ClickException(str(err)) from None

    picked = _columns(result.variables, columns)
    if picked is None and fmt == "table":
        picked = label_columns(result.variables, result.rows)
    if picked is not None:
        variables = [result.variables[i] for i in picked]
        rows = [tuple(row[i] for i in picked) for row in result.rows]
    else:
        variables, rows = result.variables, result.rows

    if fmt == "json":
        click.echo(json.dumps([dict(zip(variables, row, strict=True)) for row in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows([_cell(v) for v in row] for row in rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        _print_table(variables, [[_cell(v) for v in row] for row in rows], title=q.name)
