"""``nhskg diff OLD NEW``: what changed between two editions of a register."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from .options import nlp_options


def load_edition(target: Path, strict: bool, jobs: int | None, model: str | None = None, cache_dir: Path | None = None):
    """The graph of ``target``: a build folder, a graph file, or register inputs (built here, in a temporary folder)."""
    from ..errors import InputError
    from ..graph.formats import RDF_FILE_FORMATS, graph_file
    from ..graph.serialise import read_graph

    graph = graph_file(target)  # the one way from a build folder to its graph (and the one table of RDF suffixes)
    if graph.is_file() and graph.suffix in RDF_FILE_FORMATS:
        return read_graph(graph)
    from ..pipeline import build

    with tempfile.TemporaryDirectory(prefix="nhskg-diff-") as out:
        try:
            result = build([target], out, strict=strict, html=False, jobs=jobs, model=model, cache_dir=cache_dir)
        except InputError as err:
            raise click.ClickException(str(err)) from None
        return result.graph


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command(name="diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="How to print the changes.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the changes as an offline HTML page.")
@click.option("--trig", "trig_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write both editions as named graphs (TriG), each with prov:generatedAtTime.")
@click.option("--old-date", help="The old edition's date (YYYY-MM-DD); default: the latest date it states.")
@click.option("--new-date", help="The new edition's date (YYYY-MM-DD); default: the latest date it states.")
@click.option("--all-versions", is_flag=True,
              help="Compare the flows of every agreement version, not only each agreement's newest version.")
@click.option("--strict", is_flag=True, help="Stop at the first input problem when building an edition.")
@nlp_options(cache_help="Keep per-text extraction results here when building an edition (default: none).")
def command(old: Path, new: Path, fmt: str, html_path: Path | None, trig_path: Path | None,
            old_date: str | None, new_date: str | None, all_versions: bool, strict: bool, jobs: int | None,
            model: str | None, cache_dir: Path | None):
    """Compare the OLD and NEW editions of a register.

    OLD and NEW are build folders (with graph.ttl), graph files, or register
    inputs of any layout (workbooks, CSV sheets, folders of pages), which are
    built first.  Reports agreements added, ended and changed (fields and
    datasets), flows added and removed (with the sentences stating them),
    organisations newly receiving data (and in which state), and changed
    opt-out status.

    \b
    Examples:
        nhskg diff dur-2026-09.xlsx dur-2026-10.xlsx
        nhskg diff out-old out-new --format csv > changes.csv
        nhskg diff out-old out-new --html changes.html --trig editions.trig
    """
    from ..graph import diff_page
    from ..graph.diff import diff, edition, editions_dataset

    g_old, g_new = (load_edition(p, strict, jobs, model, cache_dir) for p in (old, new))
    e_old, e_new = edition(g_old, all_versions), edition(g_new, all_versions)
    e_old.date = _date(old_date) or e_old.date
    e_new.date = _date(new_date) or e_new.date
    changes = diff(e_old, e_new)
    if fmt == "json":
        click.echo(json.dumps(changes, indent=2, sort_keys=True, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(diff_page.csv_text(changes), nl=False)
    else:
        click.echo(diff_page.text(changes), nl=False)
    if html_path:
        html_path.write_text(diff_page.page(changes), encoding="utf-8")
    if trig_path:
        if e_old.date and e_new.date and e_old.date >= e_new.date:
            raise click.ClickException("the old edition's date must be before the new one's (use --old-date/--new-date)")
        dataset = editions_dataset([("old", g_old, e_old.date), ("new", g_new, e_new.date)])
        trig_path.write_text(dataset.serialize(format="trig"), encoding="utf-8")
