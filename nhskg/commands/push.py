"""``nhskg push``: load a built graph into a SPARQL 1.1 Graph Store (Oxigraph, Fuseki, ...)."""

from __future__ import annotations

import click

from .options import GraphSource, graph_argument


@click.command(name="push")
@graph_argument
@click.option(
    "--endpoint", required=True, metavar="URL",
    help="The Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph) "
    "or http://127.0.0.1:3030/nhskg/data (Fuseki).",
)
@click.option("--graph", "graph_iri", default=None, metavar="IRI", help="Load into this named graph (default: the default graph).")
@click.option(
    "--append", is_flag=True,
    help="Add the triples to what the graph already holds (HTTP POST) instead of replacing it (HTTP PUT).",
)
@click.option(
    "--check", "sparql_endpoint", default=None, metavar="SPARQL_URL",
    help="After loading, count the triples through this SPARQL query URL (e.g. http://127.0.0.1:7878/query) "
    "and fail unless the count matches the local graph.",
)
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True, help="Seconds to wait for the endpoint.")
def command(graph: GraphSource, endpoint: str, graph_iri: str | None, append: bool, sparql_endpoint: str | None, timeout: float):
    """Load GRAPH (a build folder's graph.ttl, or an RDF file) into a SPARQL 1.1 Graph Store at --endpoint.

    By default the target graph is replaced (HTTP PUT), so pushing twice
    leaves one copy.

    \b
    Example:
        oxigraph serve --location store --bind 127.0.0.1:7878 &
        nhskg push out --endpoint http://127.0.0.1:7878/store --check http://127.0.0.1:7878/query
    """
    from ..graph.push import PushError, push, remote_count

    path = graph.path
    try:
        sent = push(path, endpoint, graph=graph_iri, replace=not append, timeout=timeout)
        click.echo(f"{path}: {sent} bytes {'added to' if append else 'loaded into'} {endpoint}"
                   + (f" graph <{graph_iri}>" if graph_iri else " default graph"))
        if sparql_endpoint:
            from ..graph.sparql import load_store

            local = len(load_store(path))
            remote = remote_count(sparql_endpoint, graph_iri, timeout=timeout)
            if remote != local and not append:
                raise click.ClickException(f"{sparql_endpoint}: holds {remote} triples, the local graph {local}")
            click.echo(f"{sparql_endpoint}: {remote} triples (local graph: {local})")
    except PushError as err:
        raise click.ClickException(str(err)) from None
