"""``nhskg trace``: where did an organisation's data come from, and where did it go next?"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import click

from ..textfix import printable

from ..model import DATA_STATES

#: At most this many chains are printed per agreement and direction (the HTML shows them all).
MAX_PATHS_PER_AGREEMENT = 50
#: At most this many evidence sentences per hop and datasets per hop are printed.
MAX_SENTENCES = 8
MAX_DATASETS = 6


def _label(G, node) -> str:
    return G.nodes[node].get("label") or str(node)


def _hop_lines(G, u, v, keys, *, repeated: bool) -> list[str]:
    """One line for the hop, then (the first time it is printed) its evidence sentences with their locations."""
    flows = [G.edges[u, v, k] for k in keys]
    states = sorted({f.get("state") or "unspecified" for f in flows})
    modes = sorted({f.get("mode") for f in flows if f.get("mode")})
    datasets = sorted({d for f in flows for d in f.get("datasets") or ()})
    origins = sorted({f.get("origin") or "text" for f in flows})
    facts = ", ".join(states + modes)
    if datasets:
        facts += "; " + ", ".join(datasets[:MAX_DATASETS])
        if len(datasets) > MAX_DATASETS:
            facts += f" and {len(datasets) - MAX_DATASETS} more datasets"
    if origins == ["register"]:
        facts += "; register release"
    lines = [f"    {_label(G, u)} -> {_label(G, v)}  [{facts}]"]
    if repeated:
        lines[0] += "  (evidence above)"
        return lines
    sentences = sorted(
        {((f.get("evidence") or "").strip(), f.get("location") or "no location") for f in flows if f.get("evidence")},
        key=lambda s: (s[1], s[0]),
    )
    for evidence, location in sentences[:MAX_SENTENCES]:
        lines.append(f'      "{evidence}" ({location})')
    if len(sentences) > MAX_SENTENCES:
        lines.append(f"      ... and {len(sentences) - MAX_SENTENCES} more sentences (see --html)")
    return lines


def _print_paths(G, paths) -> None:
    """``paths`` as (agreement, nodes, keys per hop), grouped by agreement."""
    by_agreement = defaultdict(list)
    for agreement, nodes, hops in paths:
        by_agreement[agreement].append((nodes, hops))
    for agreement in sorted(by_agreement):
        chains = by_agreement[agreement]
        click.echo(f"\n{agreement}")
        printed = set()  # hops whose evidence is already shown under this agreement
        for nodes, hops in chains[:MAX_PATHS_PER_AGREEMENT]:
            click.echo(printable("  " + " -> ".join(_label(G, n) for n in nodes)))
            for u, v, keys in zip(nodes, nodes[1:], hops):
                for line in _hop_lines(G, u, v, keys, repeated=(u, v, keys) in printed):
                    click.echo(printable(line))  # register text: no terminal escapes
                printed.add((u, v, keys))
        if len(chains) > MAX_PATHS_PER_AGREEMENT:
            click.echo(f"  ... and {len(chains) - MAX_PATHS_PER_AGREEMENT} more chains (see --html)")


@click.command(name="trace")
@click.argument("org", metavar="ORG")
@click.option(
    "--upstream", "direction", flag_value="upstream", default=True,
    help="Show every path from NHS Digital (through DSCROs, CSUs...) to ORG. The default.",
)
@click.option(
    "--downstream", "direction", flag_value="downstream",
    help="Show where ORG passed the data on to, chain by chain.",
)
@click.option("--both", "direction", flag_value="both", help="Show both: how the data reached ORG and where it went next.")
@click.option(
    "--dataset", metavar="NAME", default=None,
    help="Only flows of this dataset (canonical name, any case, e.g. 'Hospital Episode Statistics Admitted Patient Care'); "
    "a flow naming no dataset counts when its agreement releases NAME.",
)
@click.option(
    "--state", type=click.Choice(DATA_STATES), default=None,
    help="Only flows in this data state (e.g. identifiable).",
)
@click.option(
    "--graph", "graph_path", default="out", show_default=True,
    type=click.Path(path_type=Path),
    help="An `nhskg build` output folder (its graph.ttl is read) or an RDF file (.ttl, .nt, .jsonld).",
)
@click.option(
    "--html", "html_path", default=None, metavar="FILE",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write an interactive map of the traced flows only (self-contained, works offline) to FILE.",
)
def command(org, direction, dataset, state, graph_path, html_path):
    """Trace the data of organisation ORG (a name, alias or IRI) through the graph.

    Prints each chain of flows, one agreement at a time, with the register
    sentence (and its file and line) that states every hop, so it works
    without a browser. Chains follow the flows of ONE agreement: data that
    reached a CSU under one agreement is not assumed to leave under another.

    \b
    Examples:
        nhskg trace "NHS Cumbria CCG" --graph out --html cumbria.html
        nhskg trace "North of England CSU" --downstream --state identifiable
    """
    from ..graph import algorithms
    from ..graph.view import load

    try:
        G = load(graph_path)
    except FileNotFoundError as err:
        raise click.ClickException(str(err)) from None
    except Exception as err:  # a corrupt RDF file: one line, not a traceback
        raise click.ClickException(f"{graph_path}: cannot read the graph: {err}") from None
    try:
        node = algorithms.find_org(G, org)
    except algorithms.OrganisationNotFound as err:
        raise click.ClickException(f"{err} (in {graph_path})") from None

    name = _label(G, node)
    kind = G.nodes[node].get("kind") or "Other"
    filters = ", ".join(f for f in (f"dataset {dataset!r}" if dataset else "", f"state {state}" if state else "") if f)
    click.echo(printable(f"{name} ({kind})" + (f"  [only {filters}]" if filters else "")))

    if direction in ("upstream", "both"):
        paths = algorithms.paths_from_nhs_digital(G, node, dataset=dataset, state=state)
        agreements = {p.agreement for p in paths}
        click.echo(printable(f"\nFrom NHS Digital to {name}: {len(paths)} path(s) under {len(agreements)} agreement(s)"))
        _print_paths(G, [(p.agreement, p.nodes, p.edges) for p in paths])
    if direction in ("downstream", "both"):
        paths = algorithms.onward_paths(G, node, dataset=dataset, state=state)
        agreements = {p.agreement for p in paths}
        click.echo(printable(f"\nOnward from {name}: {len(paths)} chain(s) under {len(agreements)} agreement(s)"))
        _print_paths(G, [(p.agreement, p.nodes, p.edges) for p in paths])

    if html_path is not None:
        from ..graph.html import write_html

        T = algorithms.subgraph_for(G, node, direction=direction, dataset=dataset, state=state)
        what = {"upstream": "how the data reached it", "downstream": "where it went next", "both": "in and onward"}[direction]
        subtitle = f"Trace of {name}: {what}" + (f" (only {filters})" if filters else "")
        write_html(T, html_path, title=f"nhskg trace: {name}", subtitle=subtitle, focus=node)
        click.echo(f"\nWrote {html_path} ({T.number_of_nodes()} organisations, {T.number_of_edges()} flows)")
