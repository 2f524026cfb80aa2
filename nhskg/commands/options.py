"""What the subcommands share: how a built graph is opened, the NLP options, dataset names.

Every command that reads a built graph takes it through :class:`GraphParam`
(a build folder, whose ``graph.ttl`` is read, or a file of any RDF format in
:data:`GRAPH_FORMATS`), so ``nhskg validate out/graph.nt`` works wherever
``nhskg query out/graph.nt`` does. The NLP options are declared once
(:func:`nlp_options`, datasette's ``@sqlite_extensions`` pattern) so
``build`` and ``eval`` cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from ..graph.formats import GRAPH_FILE, RDF_FILE_FORMATS

#: The one table of the RDF formats nhskg reads (suffix -> format key, pyoxigraph, rdflib, media type).
GRAPH_FORMATS = RDF_FILE_FORMATS


@dataclass(frozen=True)
class GraphSource:
    """A built graph on disk: the file and its format (a row of :data:`GRAPH_FORMATS`)."""

    path: Path
    suffix: str

    @property
    def fmt(self) -> str:
        return GRAPH_FORMATS[self.suffix][0]

    @property
    def media_type(self) -> str:
        return GRAPH_FORMATS[self.suffix][3]

    def _canonical_suffix(self) -> bool:
        # the graph package's readers pick the format from .ttl/.nt/.jsonld themselves
        return self.suffix in (".ttl", ".nt", ".jsonld")

    def store(self):
        """A pyoxigraph store of the graph (for SPARQL); :class:`click.ClickException` on unreadable RDF."""
        import pyoxigraph as ox

        store = ox.Store()
        try:
            store.bulk_load(path=str(self.path), format=getattr(ox.RdfFormat, GRAPH_FORMATS[self.suffix][1]))
        except (SyntaxError, ValueError, OSError) as err:
            raise self._unreadable(err) from None
        return store

    def rdflib(self):
        """The graph as an rdflib Graph (for SHACL)."""
        try:
            if self._canonical_suffix():
                from ..graph.serialise import read_graph

                return read_graph(self.path)
            from rdflib import Graph

            return Graph().parse(str(self.path), format=GRAPH_FORMATS[self.suffix][2])
        except Exception as err:  # rdflib and pyoxigraph raise many kinds on a bad file
            raise self._unreadable(err) from None

    def networkx(self):
        """The NetworkX flow view (nhskg.graph.view's schema)."""
        from ..graph import view

        try:
            if self._canonical_suffix():
                return view.load(self.path)
            return view.to_networkx(self.rdflib())
        except click.ClickException:
            raise
        except Exception as err:
            raise self._unreadable(err) from None

    def _unreadable(self, err: Exception) -> click.ClickException:
        return click.ClickException(f"{self.path}: not readable RDF: {' '.join(str(err).split())}")

    def __str__(self) -> str:
        return str(self.path)


class GraphParam(click.ParamType):
    """A built graph: an ``nhskg build`` output folder or an RDF file of a format nhskg reads.

    A graph that is not there is a one-line error (exit status 1), not a usage message.

    >>> GraphParam().convert("no-such-folder", None, None)
    Traceback (most recent call last):
    ...
    click.exceptions.ClickException: no-such-folder: no such graph folder or file (build one with: nhskg build PATH --out no-such-folder)
    """

    name = "graph"

    def convert(self, value, param, ctx) -> GraphSource:
        if isinstance(value, GraphSource):
            return value
        path = Path(value)
        if path.is_dir():
            found = path / GRAPH_FILE
            if not found.is_file():
                raise click.ClickException(f"{path}: no {GRAPH_FILE} in this folder (build one with: nhskg build PATH --out {path})")
            path = found
        elif not path.is_file():
            raise click.ClickException(f"{path}: no such graph folder or file (build one with: nhskg build PATH --out {path})")
        suffix = path.suffix.lower()
        if suffix not in GRAPH_FORMATS:
            known = ", ".join(sorted(GRAPH_FORMATS))
            raise click.ClickException(f"{path}: not an RDF file nhskg reads (expected a build folder or a file ending {known})")
        return GraphSource(path, suffix)


GRAPH = GraphParam()
GRAPH_HELP = "a build folder (its graph.ttl is read) or an RDF file (.ttl, .nt, .jsonld)"


def graph_argument(func):
    """The positional GRAPH argument every graph-reading command takes first."""
    return click.argument("graph", type=GRAPH, metavar="GRAPH")(func)


def nlp_options(cache_help: str = "Keep per-text extraction results here and reuse them on the next run."):
    """``--jobs``, ``--model`` and ``--cache-dir``, with one set of defaults for every command that runs the NLP stage."""

    def decorator(func):
        for option in reversed((
            click.option(
                "--jobs", "-j", type=click.IntRange(min=1), default=None,
                help="Processes for the NLP stage. Default: all cores (it falls back to one where that pays better).",
            ),
            click.option(
                "--model", default=None, metavar="NAME",
                help="An installed spaCy pipeline package whose NER adds organisation candidates (optional; "
                "the default pipeline needs no model).",
            ),
            click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, help=cache_help),
        )):
            func = option(func)
        return func

    return decorator


def default_jobs(jobs: int | None) -> int:
    """``--jobs`` as a number: all cores when not given."""
    import os

    return jobs if jobs is not None else (os.cpu_count() or 1)


def fail(code: int = 1):
    """Stop the command with exit status ``code`` (the one exit style of the CLI; CliRunner sees it)."""
    raise click.exceptions.Exit(code)


# --- dataset names ---------------------------------------------------------------------


class UnknownDataset(click.ClickException):
    """A dataset name neither the catalogue (ontology/datasets.toml) nor the graph knows."""


def resolve_dataset(name: str, graph_names: Iterable[str] = ()) -> str:
    """The canonical name of dataset ``name``, looked up in ``ontology/datasets.toml``.

    ``name`` may be a canonical name or any alias, in any case. A name the
    catalogue does not list is accepted when the graph has a dataset written
    that way (``graph_names``); anything else is an error listing the closest
    known names.

    >>> resolve_dataset("hes apc")
    'Hospital Episode Statistics Admitted Patient Care'
    >>> resolve_dataset("Hospital Episode Statistcs Outpatient")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    nhskg.commands.options.UnknownDataset: no dataset called 'Hospital Episode Statistcs Outpatient'; closest: Hospital Episode Statistics Outpatients, ...
    """
    from ..datasets import canonical_name, known_names, match_key

    canonical = canonical_name(name)
    graph_names = list(graph_names)
    if match_key(canonical) in {match_key(n) for n in (*known_names(), *graph_names)}:
        return canonical
    by_key = {match_key(n): n for n in graph_names}
    if match_key(name) in by_key:
        return canonical_name(by_key[match_key(name)])
    from rapidfuzz import fuzz, process, utils

    choices = sorted(set(known_names()) | set(graph_names))
    scored = process.extract(name, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=20)
    closest = list(dict.fromkeys(canonical_name(choice) for choice, _, _ in scored))[:3]
    hint = "; closest: " + ", ".join(closest) if closest else ""
    raise UnknownDataset(f"no dataset called {name!r}{hint}")
