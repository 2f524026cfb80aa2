"""``nhskg validate``: check a built graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click


def graph_file(target: Path) -> Path:
    """``target`` itself if it is a file, else the ``graph.ttl`` in the built folder ``target``."""
    if target.is_dir():
        found = target / "graph.ttl"
        if not found.is_file():
            raise click.ClickException(f"{target}: no graph.ttl here (build one with: nhskg build PATH --out {target})")
        return found
    return target


@click.command(name="validate")
@click.argument("target", type=click.Path(exists=True, path_type=Path), metavar="DIR")
@click.option(
    "--inference", is_flag=True,
    help="Mix in the nhskg ontology and run RDFS inference before checking (not needed for graphs nhskg built).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when the graph conforms.")
def command(target: Path, inference: bool, quiet: bool):
    """Check the graph in DIR (a build folder, or a .ttl/.nt/.jsonld file) against the SHACL shapes.

    Prints one line per violation (the node's label and IRI, the property,
    what is wrong) and exits with status 1 if there are any.

    \b
    Example:
        nhskg validate out
    """
    from ..graph.serialise import read_graph
    from ..graph.shacl import validate

    path = graph_file(target)
    try:
        graph = read_graph(path)
    except Exception as err:  # a parser's message, on one line
        raise click.ClickException(f"{path}: not readable RDF: {' '.join(str(err).split())}") from None
    violations = validate(graph, inference=inference)
    for violation in violations:
        click.echo(str(violation))
    if violations:
        click.echo(f"{path}: {len(violations)} violation(s) of the nhskg shapes", err=True)
        raise SystemExit(1)
    if not quiet:
        click.echo(f"{path}: conforms to the nhskg shapes ({len(graph)} triples)")
