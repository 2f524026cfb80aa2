"""The built graph's triples: collected once, deduplicated and sorted once, then shared by every export.

:class:`Triples` is the sink :mod:`nhskg.graph.rdf` adds rdflib terms to (the
same ``add((s, p, o))`` call as :meth:`rdflib.Graph.add`), without filling an
rdflib Memory store, which costs more than everything else the RDF stage does.
On first use it turns what it collected into canonical N-Triples lines
(pyoxigraph's canonical form), sorted bytewise and unique: the one form the
Turtle, N-Triples and JSON-LD writers, the NetworkX view and the SPARQL store
all read. An :class:`rdflib.Graph` of the same triples (for pySHACL, rdflib's
query engine, or anyone who wants the rdflib API) is made on demand by
:meth:`Triples.rdflib`.

>>> from rdflib import Literal, URIRef
>>> t = Triples()
>>> label = URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")
>>> t.add((URIRef("https://w3id.org/nhskg/id/org/b"), label, Literal("B")))
>>> t.add((URIRef("https://w3id.org/nhskg/id/org/a"), label, Literal("A")))
>>> t.add((URIRef("https://w3id.org/nhskg/id/org/a"), label, Literal("A")))
>>> len(t)
2
>>> print(t.ntriples().decode(), end="")
<https://w3id.org/nhskg/id/org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "A" .
<https://w3id.org/nhskg/id/org/b> <http://www.w3.org/2004/02/skos/core#prefLabel> "B" .
>>> len(t.rdflib())
2
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import Graph


def _join_unique(lines: list[bytes]) -> bytes:
    """Sorted ``lines`` as one text, each distinct line once; the list is emptied as it goes.

    Joined a block at a time, each block's lines let go once copied, so the
    lines and the text they make are not both held whole (at the Data Uses
    Register's size that is two copies of ~2 million lines).
    """
    out = bytearray()
    previous = None
    block = 1 << 16
    for start in range(0, len(lines), block):
        chunk = lines[start:start + block]
        lines[start:start + block] = [b""] * len(chunk)
        kept = []
        for line in chunk:
            if line != previous:
                kept.append(line)
                previous = line
        if kept:
            out += b"\n".join(kept)
            out += b"\n"
    lines.clear()
    return bytes(out)


class Triples:
    """A set of RDF triples with one canonical, sorted N-Triples form (see the module docstring)."""

    def __init__(self) -> None:
        self._added: list[tuple] | None = []  # rdflib triples as added, duplicates included
        self._namespaces: dict[str, str] = {}
        self._ntriples: bytes | None = None

    # --- the sink -----------------------------------------------------------------

    def add(self, triple: tuple) -> None:
        """Add one ``(subject, predicate, object)`` of rdflib terms (like :meth:`rdflib.Graph.add`)."""
        if self._added is None:
            raise ValueError("these triples are already sorted and shared by the exports; add to a new Triples")
        self._added.append(triple)

    def bind(self, prefix: str, namespace) -> None:
        """Remember a prefix for :meth:`rdflib` (the writers use :mod:`nhskg.graph.serialise`'s own)."""
        self._namespaces[prefix] = str(namespace)

    # --- the canonical form ------------------------------------------------------

    def ntriples(self) -> bytes:
        """Canonical N-Triples, one line per distinct triple, lines sorted as bytes.

        The first call sorts what was added and lets the added terms go: the
        canonical lines are the one copy kept, and nothing can be added after.
        """
        if self._ntriples is None:
            from .serialise import iter_oxigraph, ox_bytes

            # duplicates are dropped from the sorted lines (bytes compare in C), not from a set of
            # rdflib terms, whose hashing and equality run in Python: seconds per million triples
            added, self._added = self._added, None
            data = ox_bytes(iter_oxigraph(added or (), by_identity=True), ox.RdfFormat.N_TRIPLES)
            del added
            lines = data.splitlines()
            del data
            lines.sort()
            self._ntriples = _join_unique(lines)
        return self._ntriples

    def oxigraph(self) -> Iterator[ox.Triple]:
        """The triples as pyoxigraph triples, in :meth:`ntriples` order.

        Parsed afresh from the canonical lines on each call and streamed, so
        that the lines are the only copy of the graph held in memory.
        """
        return ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES)

    def __len__(self) -> int:
        return self.ntriples().count(b"\n")

    def __iter__(self) -> Iterator[ox.Triple]:
        return self.oxigraph()

    def subject_objects(self, predicate) -> Iterator[tuple]:
        """Like :meth:`rdflib.Graph.subject_objects` for one predicate: (subject, object) rdflib terms, in line order."""
        from rdflib import URIRef

        from .serialise import from_oxigraph

        needle = f" <{predicate}> ".encode()
        data = self.ntriples()
        found = []  # the lines holding the needle, found by bytes.find: no list of every line (millions at full size)
        at = data.find(needle)
        while at != -1:
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            found.append(data[start:end])
            at = data.find(needle, end)
        lines = b"\n".join(found)
        wanted = URIRef(str(predicate))
        for s, p, o in from_oxigraph(ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)):
            if p == wanted:  # not a literal that merely quotes the predicate
                yield s, o

    def count_subjects(self, predicate, obj) -> int:
        """How many subjects have ``predicate`` with the IRI ``obj``: ``count_subjects(RDF.type, FLOW_CLASS)``.

        Read off the canonical lines (each triple once), without parsing them:
        a line ends in ``<predicate> <obj> .`` only when that is its predicate
        and object (a literal object ends in a quote, a language or a datatype).

        >>> from rdflib import RDF, URIRef
        >>> t = Triples()
        >>> flow = URIRef("https://w3id.org/nhskg/ontology#DataFlow")
        >>> for n in (1, 2, 2):
        ...     t.add((URIRef(f"https://w3id.org/nhskg/id/flow/{n}"), RDF.type, flow))
        >>> t.count_subjects(RDF.type, flow)
        2
        """
        ending = f" <{predicate}> <{obj}> .".encode()
        return sum(1 for line in self.ntriples().splitlines() if line.endswith(ending))

    # --- rdflib on demand ----------------------------------------------------------

    def rdflib(self) -> Graph:
        """A new :class:`rdflib.Graph` holding these triples."""
        from .serialise import from_oxigraph

        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self._namespaces.items():
            graph.bind(prefix, namespace)
        graph.addN((s, p, o, graph) for s, p, o in from_oxigraph(self.oxigraph()))
        return graph
