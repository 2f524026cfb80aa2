"""``nhskg eval``: score the extraction of register documents against a hand-made gold standard."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .options import GRAPH, default_jobs, fail, nlp_options


@click.command(name="eval")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--gold", "-g", "gold_paths", required=True, multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold standard JSON (see tests/gold/README.md): the flows and roles each agreement's text states. "
    "Repeat to score several files together.",
)
@click.option(
    "--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
    help="Score only the gold agreements of this split (their \"split\" field).",
)
@click.option(
    "--graph", "graph", type=GRAPH, default=None,
    help="Score a built graph (graph.ttl, or the folder 'nhskg build' wrote) through the public flows.rq query "
    "instead of extracting PATHS: flows only, as an independent evaluation sees them.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (per agreement and totals, with misses and false positives).")
@click.option("--details", is_flag=True, help="After the table, list every miss, false positive, and matched flow of the wrong state or mode.")
@nlp_options()
@click.option(
    "--min-f1", type=click.FloatRange(0, 1), default=None,
    help="Exit with status 1 when the flow or role F1 is below this (for CI).",
)
def command(paths, gold_paths, split, graph, as_json, details, jobs, model, cache_dir, min_f1):
    """Print precision, recall and F1 of the extracted flows and roles against a gold standard.

    PATHS are register documents or folders (the ones the gold standard
    annotates).  Flows are matched on agreement, source and target;
    organisations are matched through their canonical names and aliases.
    State and mode accuracy are reported on the matched flows; agreements
    whose gold names a template family are totalled per family too.

    Examples: nhskg eval /data/seeds --gold tests/gold/seeds.json;
    nhskg eval register.xlsx --gold a.json --gold b.json --split dev;
    nhskg eval --graph out/ --gold tests/gold/seeds.json
    """
    from nhskg.errors import InputError
    from nhskg.graph.read_back import extraction_from_graph
    from nhskg.nlp.evaluate import evaluate, format_table
    from nhskg.nlp.extract import extract
    from nhskg.readers import merge_agreements, read_paths

    gold = _gold(gold_paths, split)
    if graph is not None:
        if paths:
            raise click.UsageError("give PATHS or --graph, not both")
        try:
            extraction = extraction_from_graph(graph.path)
        except Exception as err:  # noqa: BLE001 - rdflib raises many kinds on a bad file
            raise click.ClickException(f"{graph.path}: cannot read the graph ({err})") from None
        missing = []  # an agreement without text flows leaves no row in flows.rq
    else:
        if not paths:
            raise click.UsageError("give the register documents (PATHS) or a built graph (--graph)")
        try:
            agreements = merge_agreements(read_paths([str(p) for p in paths]))
        except InputError as err:
            raise click.ClickException(str(err)) from None
        missing = sorted(set(gold["agreements"]) - {a.reference for a in agreements})
        extraction = extract(agreements, jobs=default_jobs(jobs), model=model, cache_dir=cache_dir)
    report = evaluate(extraction, gold)
    if as_json:
        out = report.as_dict(details=True)
        out["agreements_not_read"] = missing
        if graph is not None:
            out.pop("roles")
        click.echo(json.dumps(out, indent=2, sort_keys=True))
    else:
        click.echo(format_table(report))
        if graph is not None:
            click.echo("(--graph reads flows.rq only: roles are not scored)")
        if missing:
            click.echo(f"gold agreements not found in the input: {', '.join(missing)}", err=True)
        if details:
            for kind, scores in (("flow", report.flows), ("role", report.roles)):
                for reference, score in sorted(scores.items()):
                    for item in score.misses:
                        click.echo(f"{reference}  missed {kind}: {item}")
                    for item in score.false_positives:
                        click.echo(f"{reference}  extra {kind}: {item}")
                    for item in score.wrong_states:
                        click.echo(f"{reference}  wrong {item}")
    scored = [report.total_flows.f1] if graph is not None else [report.total_flows.f1, report.total_roles.f1]
    if min_f1 is not None and min(scored) < min_f1:
        fail(1)


def _gold(gold_paths, split: str) -> dict:
    """The gold standards at ``gold_paths``, merged, their agreements of ``split`` only; a one-line error if unreadable."""
    from nhskg.nlp.evaluate import load_gold, merge_gold, select_split

    golds = []
    for gold_path in gold_paths:
        try:
            gold = load_gold(gold_path)
        except (OSError, ValueError) as err:
            raise click.ClickException(f"{gold_path}: not a gold standard JSON file ({err})") from None
        if not isinstance(gold, dict) or not isinstance(gold.get("agreements"), dict):
            raise click.ClickException(f"{gold_path}: no 'agreements' object")
        golds.append((str(gold_path), gold))
    try:
        gold = select_split(merge_gold(golds), split)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    if not gold["agreements"]:
        raise click.ClickException(f"no gold agreement of split {split!r} in {', '.join(map(str, gold_paths))}")
    return gold
