"""``nhskg validate``: check a built graph against the SHACL shapes."""

from __future__ import annotations

from pathlib import Path

import click

from .options import GRAPH, fail


def _remote_contexts(value) -> list[str]:
    """Every ``@context`` given as a URL (a string) anywhere in a JSON-LD document."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                contexts = item if isinstance(item, list) else [item]
                found.extend(c for c in contexts if isinstance(c, str))
                found.extend(u for c in contexts if isinstance(c, (dict, list)) for u in _remote_contexts(c))
            else:
                found.extend(_remote_contexts(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_remote_contexts(item))
    return found


def _refuse_remote_contexts(path: Path) -> None:
    """nhskg never touches the network: a JSON-LD file whose @context is a URL is refused, not fetched."""
    import json

    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError) as err:
        raise click.ClickException(f"{path}: not readable JSON-LD: {' '.join(str(err).split())}") from None
    remote = _remote_contexts(document)
    if remote:
        raise click.ClickException(
            f"{path}: its @context is fetched from {remote[0]}; nhskg does not use the network "
            "(inline the context, or validate the graph.ttl of the build)"
        )


@click.command(name="validate")
# a path, not GRAPH yet: a build folder's manifest is checked (and a build killed
# while moving its outputs in is finished) before its graph file is opened
@click.argument("target", type=click.Path(path_type=Path), metavar="GRAPH")
@click.option(
    "--inference", is_flag=True,
    help="Mix in the nhskg ontology and run RDFS inference before checking (not needed for graphs nhskg built).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing when the graph conforms.")
def command(target: Path, inference: bool, quiet: bool):
    """Check GRAPH (a build folder, or a .ttl/.nt/.jsonld file) against the SHACL shapes.

    For a build folder, first checks that its outputs are the ones its
    manifest.json lists (one complete build, not a mix of two).

    Prints one line per violation (the node's label and IRI, the property,
    what is wrong) and exits with status 1 if there are any.

    \b
    Example:
        nhskg validate out
    """
    from ..graph.shacl import validate

    if target.is_dir():
        from ..outputs import MANIFEST, check

        problems = check(target)  # first finishes a build that was killed while moving its outputs in
        if (target / MANIFEST).is_file() and problems:
            for problem in problems:
                click.echo(f"{target}: {problem}")
            raise click.ClickException(f"{target}: not one complete build (see above); rebuild it")
    graph = GRAPH.convert(str(target), None, click.get_current_context())
    path = graph.path
    if graph.fmt == "jsonld":
        _refuse_remote_contexts(path)
    rdf = graph.rdflib()
    violations = validate(rdf, inference=inference)
    for violation in violations:
        click.echo(str(violation))
    if violations:
        click.echo(f"{path}: {len(violations)} violation(s) of the nhskg shapes", err=True)
        fail(1)
    if not quiet:
        click.echo(f"{path}: conforms to the nhskg shapes ({len(rdf)} triples)")
