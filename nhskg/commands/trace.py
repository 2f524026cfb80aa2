"""``nhskg trace``: where did an organisation's data come from, and where did it go next?"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path

import click

from ..model import DATA_STATES, ORG_KINDS
from ..textfix import printable
from .options import GRAPH, resolve_dataset

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
            for (u, v), keys in zip(pairwise(nodes), hops, strict=True):
                for line in _hop_lines(G, u, v, keys, repeated=(u, v, keys) in printed):
                    click.echo(printable(line))  # register text: no terminal escapes
                printed.add((u, v, keys))
        if len(chains) > MAX_PATHS_PER_AGREEMENT:
            click.echo(f"  ... and {len(chains) - MAX_PATHS_PER_AGREEMENT} more chains (see --html)")


def _names(G) -> dict[str, set[str]]:
    """Every label and alias, processed for fuzzy matching -> the nodes written so."""
    from rapidfuzz import utils

    names: dict[str, set[str]] = defaultdict(set)
    for node, data in G.nodes(data=True):
        for candidate in (data.get("label") or "", *(data.get("aliases") or ())):
            if candidate:
                names[utils.default_process(candidate.replace("&", " and "))].add(node)
    return names


def _closest(G, name: str, limit: int | None = 3) -> list[tuple[str, float]]:
    """The organisations whose names come closest to ``name``: (node, score), best first."""
    from rapidfuzz import fuzz, process, utils

    names = _names(G)
    best: dict[str, tuple[float, float]] = {}
    query = utils.default_process(name.replace("&", " and "))
    for choice, score, _ in process.extract(query, list(names), scorer=fuzz.WRatio, limit=None, score_cutoff=50):
        # WRatio ties often (every "... Trust" scores alike); plain edit similarity breaks them
        ranked = (score, fuzz.ratio(query, choice))
        for node in names[choice]:
            best[node] = max(best.get(node, (0.0, 0.0)), ranked)
    order = sorted(best.items(), key=lambda item: (-item[1][0], -item[1][1], _label(G, item[0])))
    return [(node, score) for node, (score, _) in (order if limit is None else order[:limit])]


#: Names that say what an organisation is, not which one: asked for alone they are ambiguous.
_KIND_WORDS = {k.casefold() for k in ORG_KINDS} | {"nhs", "trust", "company", "university", "the data processor"}
#: How close (WRatio points) a second organisation must come to the best fuzzy match to make the name ambiguous.
_AMBIGUOUS_WITHIN = 3.0


def _choose_org(G, name: str, graph) -> tuple[str, str | None]:
    """The node ``name`` stands for and a note when it was a fuzzy match; one-line errors otherwise."""
    from rapidfuzz import utils

    from ..graph import algorithms

    wanted = utils.default_process(name.replace("&", " and "))
    wanted = wanted[4:] if wanted.startswith("the ") else wanted
    if wanted in _KIND_WORDS:
        kind = next((k for k in ORG_KINDS if k.casefold() == wanted), None)
        of_kind = sorted(_label(G, n) for n, d in G.nodes(data=True) if kind and d.get("kind") == kind)
        listed = "; ".join(of_kind[:10]) + (f"; and {len(of_kind) - 10} more" if len(of_kind) > 10 else "")
        raise click.ClickException(printable(
            f"{name!r} says what an organisation is, not which one: give its name"
            + (f" (the graph has {len(of_kind)} of kind {kind}: {listed})" if of_kind else "")
        ))
    try:
        node = algorithms.find_org(G, name)
    except algorithms.OrganisationNotFound as err:
        if "ambiguous" in str(err):
            raise click.ClickException(printable(f"{err}: which one? (in {graph})")) from None
        close = _closest(G, name)
        hint = f"; did you mean {' or '.join(repr(_label(G, n)) for n, _ in close)}?" if close else ""
        raise click.ClickException(printable(f"no organisation matches {name!r} (in {graph}){hint}")) from None
    if node == name or wanted in {utils.default_process(n.replace("&", " and ")) for n in (
        _label(G, node), *(G.nodes[node].get("aliases") or ()), str(node).rsplit("/", 1)[-1].replace("-", " ")
    )}:
        return node, None
    # not an exact name: take the closest organisation only when it is clearly closer than the next
    close = _closest(G, name, limit=6)
    if close and (len(close) == 1 or close[0][1] - close[1][1] > _AMBIGUOUS_WITHIN):
        return close[0][0], f"closest match for {name!r}"
    tied = [n for n, s in close if close and s >= close[0][1] - _AMBIGUOUS_WITHIN] or [node]
    labels = ", ".join(sorted(_label(G, n) for n in tied))
    raise click.ClickException(printable(f"{name!r} is ambiguous: {labels}: which one? (in {graph})"))


_HOLDINGS = """
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX nhskg: <https://w3id.org/nhskg/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?agreement ?how WHERE {
  VALUES ?org { <%s> }
  {
    ?a nhskg:qualifiedRole ?statement . ?statement prov:agent ?org ; prov:hadRole ?role .
    BIND(CONCAT("role ", REPLACE(STR(?role), "^.*[#/]", "")) AS ?how)
  } UNION {
    ?a a nhskg:DataSharingAgreement ; ?p ?org . FILTER(?p != nhskg:mentions)
    BIND(REPLACE(STR(?p), "^.*[#/]", "") AS ?how)
  } UNION {
    ?a nhskg:mentions ?org . BIND("named in its text" AS ?how)
  }
  ?a dcterms:identifier ?agreement .
}
ORDER BY ?agreement ?how
"""


def _explain_no_path(G, node, graph, *, direction: str, filtered: bool) -> None:
    """Say what the graph does hold for ``node`` when no chain was found, so an empty answer is never bare."""
    name = _label(G, node)
    if filtered:
        click.echo("  (none with these filters; run without --dataset/--state to see every flow)")
    holdings: dict[str, list[str]] = defaultdict(list)
    for row in graph.store().query(_HOLDINGS % node):
        holdings[row["agreement"].value].append(row["how"].value)
    inbound = defaultdict(set)
    outbound = defaultdict(set)
    for u, _, data in G.in_edges(node, data=True):
        inbound[data.get("agreement")].add(_label(G, u))
    for _, v, data in G.out_edges(node, data=True):
        outbound[data.get("agreement")].add(_label(G, v))
    if not holdings and not inbound and not outbound:
        click.echo(printable(f"  The graph holds {name} but no agreement, role or flow names it."))
        return
    click.echo(printable(f"  What the graph holds for {name}:"))
    for agreement in sorted(set(holdings) | set(inbound) | set(outbound)):
        facts = list(dict.fromkeys(holdings.get(agreement, [])))
        if inbound.get(agreement):
            facts.append("flows into it from " + ", ".join(sorted(inbound[agreement])))
        if outbound.get(agreement):
            facts.append("flows out of it to " + ", ".join(sorted(outbound[agreement])))
        click.echo(printable(f"    {agreement}: {'; '.join(facts)}"))
    if direction == "upstream":
        click.echo(printable(f"  None of these agreements has a chain of flows from NHS Digital that ends at {name}."))
    else:
        click.echo(printable(f"  None of these agreements has a flow leaving {name}."))


@click.command(name="trace")
@click.argument("args", nargs=-1, required=True, metavar="GRAPH ORG")
@click.option(
    "--upstream", "direction", flag_value="upstream", default=True,
    help="Show every path from NHS Digital (through DSCROs, CSUs...) to ORG. The default.",
)
@click.option(
    "--downstream", "direction", flag_value="downstream",
    help="Show where ORG passed the data on to, chain by chain (only flows leaving ORG and onward).",
)
@click.option("--both", "direction", flag_value="both", help="Show both: how the data reached ORG and where it went next.")
@click.option(
    "--dataset", metavar="NAME", default=None,
    help="Only flows of this dataset: its canonical name or any alias in ontology/datasets.toml, any case "
    "(e.g. 'HES APC'); an unknown name is an error. A flow naming no dataset counts when its agreement releases NAME.",
)
@click.option(
    "--state", type=click.Choice(DATA_STATES), default=None,
    help="Only flows in this data state (e.g. identifiable).",
)
@click.option(
    "--graph", "graph_option", default=None, type=GRAPH,
    help="The graph as an option, the older spelling (same as the GRAPH argument).",
)
@click.option(
    "--html", "html_path", default=None, metavar="FILE",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Also write an interactive map of the traced flows only (self-contained, works offline) to FILE.",
)
@click.pass_context
def command(ctx, args, direction, dataset, state, graph_option, html_path):
    """Trace the data of organisation ORG (a name, alias or IRI) through GRAPH.

    GRAPH is a build folder (its graph.ttl is read) or an RDF file (.ttl, .nt,
    .jsonld); with only ORG given, GRAPH is out (or --graph). Prints each
    chain of flows, one agreement at a time, with the register sentence (and
    its file and line) that states every hop, so it works without a browser.
    Chains follow the flows of ONE agreement: data that reached a CSU under
    one agreement is not assumed to leave under another.

    \b
    Examples:
        nhskg trace out "NHS Cumbria CCG" --html out/cumbria.html
        nhskg trace out "North of England CSU" --downstream --state identifiable
    """
    from ..graph import algorithms

    if len(args) > 2:
        raise click.UsageError("expected GRAPH ORG (quote a name with spaces)")
    if len(args) == 2:
        if graph_option is not None:
            raise click.UsageError("give the graph once: as GRAPH or as --graph")
        graph, org = GRAPH.convert(args[0], None, ctx), args[1]
    else:
        graph, org = graph_option or GRAPH.convert("out", None, ctx), args[0]
    G = graph.networkx()
    node, note = _choose_org(G, org, graph)
    if dataset is not None:
        names = [n for canonical, aliases in (G.graph.get("datasets") or {}).items() for n in (canonical, *aliases)]
        dataset = resolve_dataset(dataset, names)

    name = _label(G, node)
    kind = G.nodes[node].get("kind") or "Other"
    filters = ", ".join(f for f in (f"dataset {dataset!r}" if dataset else "", f"state {state}" if state else "") if f)
    click.echo(printable(f"{name} ({kind})" + (f"  ({note})" if note else "") + (f"  [only {filters}]" if filters else "")))

    shown: set[str] = set()  # the flows printed, to compare with the map's count
    chains = 0
    if direction in ("upstream", "both"):
        paths = algorithms.paths_from_nhs_digital(G, node, dataset=dataset, state=state)
        agreements = {p.agreement for p in paths}
        click.echo(printable(f"\nFrom NHS Digital to {name}: {len(paths)} path(s) under {len(agreements)} agreement(s)"))
        if not paths:
            _explain_no_path(G, node, graph, direction="upstream", filtered=bool(filters))
        _print_paths(G, [(p.agreement, p.nodes, p.edges) for p in paths])
        shown.update(k for p in paths for keys in p.edges for k in keys)
        chains += len(paths)
    if direction in ("downstream", "both"):
        paths = algorithms.onward_paths(G, node, dataset=dataset, state=state)
        agreements = {p.agreement for p in paths}
        click.echo(printable(f"\nOnward from {name}: {len(paths)} chain(s) under {len(agreements)} agreement(s)"))
        if not paths:
            _explain_no_path(G, node, graph, direction="downstream", filtered=bool(filters))
        _print_paths(G, [(p.agreement, p.nodes, p.edges) for p in paths])
        shown.update(k for p in paths for keys in p.edges for k in keys)
        chains += len(paths)

    if html_path is not None:
        from ..graph.html import write_html
        from ..graph.html_data import graph_extras

        T = algorithms.subgraph_for(G, node, direction=direction, dataset=dataset, state=state)
        # each hop's rule and inferred end, and the agreements' months, as the build's map shows them
        times, facts = graph_extras(graph.path)
        what = {"upstream": "how the data reached it", "downstream": "where it went next", "both": "in and onward"}[direction]
        subtitle = f"Trace of {name}: {what}" + (f" (only {filters})" if filters else "")
        write_html(T, html_path, title=f"nhskg trace: {name}", subtitle=subtitle, focus=node, times=times, facts=facts)
        flows = T.number_of_edges()
        why = (
            f"the {len(shown)} flows of the {chains} chain(s) above, one per stating sentence"
            if flows == len(shown) else
            f"the {len(shown)} flows of the {chains} chain(s) above, one per stating sentence, and "
            f"{flows - len(shown)} more on the same agreements' chains that no simple chain above passes"
        )
        click.echo(f"\nWrote {html_path} ({T.number_of_nodes()} organisations, {flows} flows: {why})")
