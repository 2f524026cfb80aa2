"""The RDF file formats nhskg reads, by file suffix: one table for every reader.

``nhskg build --format`` writes the ``.ttl``, ``.nt`` and ``.jsonld`` rows
(``graph.ttl`` always); ``.trig`` is what ``nhskg diff --trig`` writes.  A
suffix not in the table is read as Turtle, the format of ``graph.ttl``.

>>> from pathlib import Path
>>> rdflib_format(Path("out/graph.nt")), media_type(Path("out/graph.jsonld")), rdflib_format(Path("g.rdf"))
('nt', 'application/ld+json', 'turtle')
"""

from __future__ import annotations

from pathlib import Path

#: file suffix -> (format key, pyoxigraph ``RdfFormat`` name, rdflib parser name, media type).
RDF_FILE_FORMATS: dict[str, tuple[str, str, str, str]] = {
    ".ttl": ("ttl", "TURTLE", "turtle", "text/turtle"),
    ".turtle": ("ttl", "TURTLE", "turtle", "text/turtle"),
    ".nt": ("nt", "N_TRIPLES", "nt", "application/n-triples"),
    ".jsonld": ("jsonld", "JSON_LD", "json-ld", "application/ld+json"),
    ".trig": ("trig", "TRIG", "trig", "application/trig"),
}
_DEFAULT = RDF_FILE_FORMATS[".ttl"]
#: The file a build folder's graph is read from.
GRAPH_FILE = "graph.ttl"


def graph_file(path: str | Path) -> Path:
    """The graph file ``path`` names: a build folder's ``graph.ttl``, or ``path`` itself (it may not exist).

    >>> graph_file("."), graph_file("out/graph.nt")
    (PosixPath('graph.ttl'), PosixPath('out/graph.nt'))
    """
    path = Path(path)
    return path / GRAPH_FILE if path.is_dir() else path


def _row(path: Path) -> tuple[str, str, str, str]:
    return RDF_FILE_FORMATS.get(Path(path).suffix, _DEFAULT)


def oxigraph_format(path: Path):
    """The ``pyoxigraph.RdfFormat`` to parse ``path`` with."""
    import pyoxigraph as ox

    return getattr(ox.RdfFormat, _row(path)[1])


def rdflib_format(path: Path) -> str:
    """The rdflib parser name for ``path``."""
    return _row(path)[2]


def media_type(path: Path) -> str:
    """The media type to send ``path`` as."""
    return _row(path)[3]
