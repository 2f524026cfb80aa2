"""Write an RDF graph as Turtle, N-Triples or JSON-LD, byte-identical for the same triples.

Determinism: every format is written from canonical N-Triples (pyoxigraph's
canonical form) with its lines sorted as bytes, so a subject's triples are
contiguous and in a fixed order; the graph has no blank nodes (every node has
a stable IRI); the Turtle prefix block is ours, in a fixed order.  pyoxigraph
writes Turtle and JSON-LD from that sorted stream in the order given.  On a
~500k-triple graph this takes ~6 s where rdflib's Turtle serialiser takes
~45 s (``benchmarks/rdf_speed.py``).

The graph is a :class:`nhskg.graph.triples.Triples` (what the build makes: its
sorted N-Triples are computed once and shared by every format) or any
:class:`rdflib.Graph`.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("https://w3id.org/nhskg/id/org/b"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("B")))
>>> _ = g.add((URIRef("https://w3id.org/nhskg/id/org/a"), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("A")))
>>> print(serialise(g, "nt").decode(), end="")
<https://w3id.org/nhskg/id/org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "A" .
<https://w3id.org/nhskg/id/org/b> <http://www.w3.org/2004/02/skos/core#prefLabel> "B" .
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .formats import oxigraph_format, rdflib_format
from .triples import Triples
from .vocab import PREFIXES, RESOURCE_PREFIXES

#: fmt -> pyoxigraph format
FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}

#: Every prefix Turtle output declares, in the order it declares them.
ALL_PREFIXES: dict[str, str] = {**PREFIXES, **dict(sorted(RESOURCE_PREFIXES.items()))}

_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


def _object_key(o) -> tuple:
    if isinstance(o, URIRef):
        return (0, str(o), "", "")
    if isinstance(o, BNode):
        return (1, str(o), "", "")
    return (2, str(o), str(o.datatype or ""), o.language or "")


def sorted_triples(graph: Graph) -> list[tuple]:
    """The graph's rdflib triples in a canonical order (subject, predicate, object), for callers that want one."""
    return sorted(graph, key=lambda t: (str(t[0]), str(t[1]), _object_key(t[2])))


def _ox_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_oxigraph(triples: Iterable[tuple]) -> list[ox.Triple]:
    """rdflib triples as pyoxigraph triples (same order)."""
    return list(iter_oxigraph(triples))


def iter_oxigraph(triples: Iterable[tuple], *, by_identity: bool = False) -> Iterator[ox.Triple]:
    """rdflib triples as pyoxigraph triples (same order), one at a time.

    ``by_identity``: convert each term object once, keyed by ``id()`` rather
    than by rdflib's equality (Python-level hashing); only for triples kept
    alive while this runs, so that no id is reused.
    """
    cache: dict = {}

    def term(t):
        key = id(t) if by_identity else t
        found = cache.get(key)
        if found is None:
            found = cache[key] = _ox_term(t)
        return found

    for s, p, o in triples:
        yield ox.Triple(term(s), term(p), term(o))


def _prefix_block(prefixes: dict[str, str]) -> bytes:
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in prefixes.items()).encode("utf-8")


def ox_bytes(triples: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat, **options) -> bytes:
    """``pyoxigraph.serialize`` into memory: the bytes (it returns None only when given a file to write).

    >>> ox_bytes([ox.Triple(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"))], ox.RdfFormat.N_TRIPLES)
    b'<http://e/s> <http://e/p> "o" .\\n'
    """
    data = ox.serialize(triples, format=fmt, **options)
    if data is None:  # pragma: no cover - pyoxigraph's contract without an output
        raise RuntimeError("pyoxigraph.serialize returned no bytes")
    return data


def canonical_ntriples(graph: Graph | Triples) -> bytes:
    """The graph as canonical N-Triples, lines sorted bytewise: the same bytes for the same triples."""
    if isinstance(graph, Triples):
        return graph.ntriples()
    data = ox_bytes(to_oxigraph(graph), ox.RdfFormat.N_TRIPLES)
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    lines.sort()
    return b"\n".join(lines) + b"\n" if lines else b""


def serialise(graph: Graph | Triples, fmt: str = "ttl") -> bytes:
    """The graph's bytes in ``fmt`` (``ttl``, ``nt`` or ``jsonld``), the same for the same triples."""
    out = io.BytesIO()
    _write(graph, out, fmt)
    return out.getvalue()


def _write(graph: Graph | Triples, out: BinaryIO, fmt: str) -> None:
    """Write the graph as ``fmt`` to ``out``, streamed from the sorted lines (one copy of the graph, never more)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (expected one of {', '.join(FORMATS)})")
    triples = graph if isinstance(graph, Triples) else None
    if fmt == "nt":
        if triples is None:
            out.write(canonical_ntriples(graph))
            return
        for block in triples.blocks():
            out.write(block)
        return
    ordered = triples.oxigraph() if triples is not None else ox.parse(canonical_ntriples(graph), format=ox.RdfFormat.N_TRIPLES)
    if fmt == "jsonld":
        ox.serialize(ordered, out, FORMATS[fmt])
        out.write(b"\n")
        return
    # pyoxigraph writes its own @prefix lines (in its own order); we write ours in a fixed one.
    with tempfile.TemporaryFile() as body:
        ox.serialize(ordered, body, FORMATS[fmt], prefixes=ALL_PREFIXES)
        body.seek(0)
        line = body.readline()
        while line.startswith(b"@prefix "):
            line = body.readline()
        out.write(_prefix_block(ALL_PREFIXES) + b"\n")
        out.write(line)
        shutil.copyfileobj(body, out, 1 << 20)


def write_rdf(graph: Graph | Triples, path: str | os.PathLike, fmt: str = "ttl") -> None:
    """Write ``graph`` to ``path`` as ``fmt`` (``ttl``, ``nt`` or ``jsonld``), byte-deterministically.

    Streamed to the file: no copy of the whole output is held in memory.
    """
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    if fmt == "nt" and isinstance(graph, Triples):
        graph.write_ntriples(tmp)
    else:
        with open(tmp, "wb", buffering=1 << 20) as out:
            _write(graph, out, fmt)
    os.replace(tmp, target)


def read_graph(path: str | os.PathLike) -> Graph:
    """Load a graph written by :func:`write_rdf` (format from the file extension) into rdflib."""
    path = Path(path)
    fmt = rdflib_format(path)
    graph = Graph(bind_namespaces="none")
    for prefix, ns in ALL_PREFIXES.items():
        graph.bind(prefix, ns)
    if fmt in ("turtle", "nt"):
        # pyoxigraph parses an order of magnitude faster than rdflib; convert term by term.
        graph.addN((s, p, o, graph) for s, p, o in from_oxigraph(ox.parse(path=str(path), format=oxigraph_format(path))))
        return graph
    graph.parse(str(path), format=fmt)
    return graph


def from_oxigraph(triples) -> Iterable[tuple]:
    cache: dict = {}

    def term(t):
        found = cache.get(t)
        if found is not None:
            return found
        if isinstance(t, ox.NamedNode):
            found = URIRef(t.value)
        elif isinstance(t, ox.BlankNode):
            found = BNode(t.value)
        elif t.language:
            found = Literal(t.value, lang=t.language)
        elif t.datatype.value == _XSD_STRING:
            found = Literal(t.value)
        else:
            found = Literal(t.value, datatype=URIRef(t.datatype.value))
        cache[t] = found
        return found

    for t in triples:
        yield term(t.subject), term(t.predicate), term(t.object)
