"""The built graph's triples: collected once, deduplicated and sorted once, then shared by every export.

:class:`Triples` is the sink :mod:`nhskg.graph.rdf` adds rdflib terms to (the
same ``add((s, p, o))`` call as :meth:`rdflib.Graph.add`), without filling an
rdflib Memory store, which costs more than everything else the RDF stage does.
Each triple is written as its canonical N-Triples line as it is added
(pyoxigraph's canonical form, made here in Python: :func:`nt_term`), and on
first use the lines are sorted bytewise and made unique: the one form the
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

import re
from collections.abc import Iterator
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: What pyoxigraph escapes in a literal's lexical form (``oxrdf``'s ``print_quoted_str``): the controls,
#: DEL, the quote and the backslash; everything else is written as it is, in UTF-8.
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')


class Written(str):
    """A term already in its canonical N-Triples form, which the sink takes as it is (see :func:`written_literal`)."""

    __slots__ = ()


_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _quoted(lexical: str) -> str:
    return "".join(('"', lexical.translate(_ESCAPES) if _NEEDS_ESCAPE.search(lexical) else lexical, '"'))


@lru_cache(maxsize=1 << 16, typed=True)  # typed: True and 1 are different literals
def written_literal(value: str | int | bool) -> Written:
    """``Literal(value)`` of a string, an int or a bool, written as :func:`nt_term` writes it, without making the Literal.

    Making an rdflib Literal runs its datatype machinery in Python; the build makes hundreds of thousands.

    >>> [written_literal(v) == nt_term(Literal(v)) for v in ("a \\"b\\"", 7, True)]
    [True, True, True]
    """
    if type(value) is bool:
        return Written(f'"{"true" if value else "false"}"^^<{_BOOLEAN}>')
    if type(value) is int:
        return Written(f'"{value}"^^<{_INTEGER}>')
    return Written(_quoted(str(value)))  # a str here (bool and int are written above)


def nt_term(term) -> str:
    """An rdflib term as canonical N-Triples writes it (what pyoxigraph writes, without making its objects).

    >>> from rdflib import XSD
    >>> nt_term(URIRef("http://e/s")), nt_term(Literal('say "hi"\\n')), nt_term(Literal(3)), nt_term(Literal("x", lang="en-GB"))
    ('<http://e/s>', '"say \\\\"hi\\\\"\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"x"@en-gb')
    """
    if type(term) is Written:
        return term
    if type(term) is URIRef:
        return "".join(("<", term, ">"))  # join, not +: URIRef's own __radd__ would make another URIRef
    if isinstance(term, Literal):
        quoted = _quoted(str(term))
        language = term.language
        if language:
            return "".join((quoted, "@", language.lower()))
        datatype = term.datatype
        if datatype is not None and str.__ne__(datatype, _XSD_STRING):
            return "".join((quoted, "^^<", datatype, ">"))
        return quoted
    if isinstance(term, URIRef):
        return "".join(("<", term, ">"))
    if isinstance(term, BNode):
        return "_:" + str(term)
    raise TypeError(f"not an RDF term: {term!r}")


def _join_unique(lines: list[str]) -> bytes:
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
        lines[start:start + block] = [""] * len(chunk)
        kept = []
        for line in chunk:
            if line != previous:
                kept.append(line)
                previous = line
        if kept:
            out += "\n".join(kept).encode("utf-8")
            out += b"\n"
    lines.clear()
    return bytes(out)


class Triples:
    """A set of RDF triples with one canonical, sorted N-Triples form (see the module docstring)."""

    def __init__(self) -> None:
        self._added: list[str] | None = []  # canonical N-Triples lines as added, duplicates included
        # id(term) -> (term, its N-Triples form) for the terms added last: a node's triples come together and
        # predicates repeat, so most terms are written once; holding the term keeps its id from being reused
        self._recent: dict[int, tuple[object, str]] = {}
        self._namespaces: dict[str, str] = {}
        self._ntriples: bytes | None = None

    # --- the sink -----------------------------------------------------------------

    def add(self, triple: tuple) -> None:
        """Add one ``(subject, predicate, object)`` of rdflib terms (like :meth:`rdflib.Graph.add`)."""
        if self._added is None:
            raise ValueError("these triples are already sorted and shared by the exports; add to a new Triples")
        s, p, o = triple
        recent = self._recent
        if len(recent) > 4096:
            recent.clear()
        found = recent.get(id(s))
        if found is None:
            found = recent[id(s)] = (s, nt_term(s))
        written_s = found[1]
        found = recent.get(id(p))
        if found is None:
            found = recent[id(p)] = (p, nt_term(p))
        written_p = found[1]
        found = recent.get(id(o))
        if found is None:
            found = recent[id(o)] = (o, nt_term(o))
        self._added.append(" ".join((written_s, written_p, found[1], ".")))

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
            # the lines were made as the triples came (nt_term); sorting them as text sorts their UTF-8
            # bytes (code point order is UTF-8's byte order), and duplicates are dropped from the sorted run
            lines, self._added = self._added or [], None
            self._recent.clear()
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
