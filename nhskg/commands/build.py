"""``nhskg build``: read register documents and write the graph and its exports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..outputs import OutputError
from ..pipeline import RDF_FORMATS, STAGES, build, report_warnings
from .build_warnings import summary_lines
from .options import nlp_options


def _progress(quiet: bool):
    """A rich progress display on a terminal, or nothing (quiet, or output piped)."""
    if quiet or not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description:<8}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} stages"),
        TimeElapsedColumn(),
        transient=True,
    )


@click.command(name="build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path, allow_dash=False))
@click.option(
    "--out", "-o", "out_dir", default="out", show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write graph.ttl, graph.html, graph.graphml and report.json into.",
)
@click.option(
    "--strict", is_flag=True,
    help="Stop with a non-zero exit at the first input problem instead of warning and going on.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary; errors only.")
@click.option(
    "--format", "formats", multiple=True, type=click.Choice(sorted(RDF_FORMATS)), default=("ttl",),
    show_default=True,
    help="RDF serialisation(s) to write besides graph.ttl (repeat the option for several).",
)
@nlp_options(
    cache_help="Where extraction results and the last build's outputs are cached by content hash "
    "(an unchanged rebuild restores them). Default: OUT/.cache.",
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the cache: read, extract and write everything.")
@click.option("--no-html", is_flag=True, help="Skip graph.html (faster for very large registers).")
def command(paths, out_dir, strict, quiet, formats, jobs, model, cache_dir, no_cache, no_html):
    """Read register PATHS (files or folders, any mix of layouts) and build the graph.

    With no PATHS, builds the small sample register shipped with nhskg.
    Accepted inputs: the reformatted register pages (.txt) and the official
    register workbooks (.xlsx) or their sheets saved as .csv; the layout is
    recognised from the content.

    \b
    Example:
        nhskg build ../shared/seeds --out out
        nhskg query out flows
    """
    if not paths:
        from ..readers import sample_paths

        paths = tuple(sample_paths())
    cache = None if no_cache else (cache_dir or out_dir / ".cache")
    progress = _progress(quiet)
    task = None

    def on_stage(stage: str) -> None:
        if progress is not None:
            progress.update(task, description=stage, completed=STAGES.index(stage))

    try:
        if progress is not None:
            progress.start()
            task = progress.add_task("read", total=len(STAGES))
        result = build(
            paths, out_dir, strict=strict, formats=formats, jobs=jobs, model=model,
            cache_dir=cache, html=not no_html, on_stage=on_stage,
        )
    except (InputError, OutputError) as err:
        raise click.ClickException(str(err)) from None
    finally:
        if progress is not None:
            progress.stop()

    if not quiet:
        totals = result.report["totals"]
        warnings = report_warnings(result.report)
        for line in summary_lines(warnings, str(out_dir / "report.json"), unchanged=result.reused):
            click.echo(line, err=True)
        click.echo(
            f"{totals['files']} files, {totals['agreements']} agreements, {totals['releases']} file releases, "
            f"{totals['organisations']} organisations, {totals['flows']} flows, "
            f"{totals['roles']} roles, {totals['triples']} triples, {len(set(warnings))} warnings"
        )
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in result.seconds.items())
        how = "inputs unchanged since the last build: restored its outputs" if result.reused else stages
        click.echo(f"wrote {out_dir}{os.sep} ({how})")
