"""The built graph's triples: collected once, deduplicated and sorted once, then shared by every export.

:class:`Triples` is the sink :mod:`nhskg.graph.rdf` adds rdflib terms to (the
same ``add((s, p, o))`` call as :meth:`rdflib.Graph.add`), without filling an
rdflib Memory store, which costs more than everything else the RDF stage does.
Each triple is written as its canonical N-Triples line as it is added
(pyoxigraph's canonical form, made here in Python: :func:`nt_term`), and on
first use the lines are sorted bytewise and made unique: the one form the
Turtle, N-Triples and JSON-LD writers, the NetworkX view and the SPARQL store
all read. A large graph's lines are sorted in runs and merged into one sorted
temporary file that those readers stream (a few MB at a time), so the build
never holds its lines as Python strings all at once, nor copies of the text.
An :class:`rdflib.Graph` of the same triples (for pySHACL, rdflib's
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

import io
import os
import re
import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import ExitStack
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import BinaryIO

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


#: Lines the sink holds before it sorts them and writes them out as one sorted run (see :class:`Triples`).
RUN_LINES = 1 << 18
#: Bytes :meth:`Triples.blocks` reads at a time (each block is cut at a line end).
BLOCK_BYTES = 4 << 20


def _write_unique(lines: list[str], out: BinaryIO) -> int:
    """Write sorted ``lines`` to ``out``, each distinct line once, each ended by a newline; how many were written.

    Written a block at a time, each block's lines let go once written, so the
    lines and the bytes they make are not both held whole.
    """
    previous = None
    written = 0
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
            out.write("\n".join(kept).encode("utf-8"))
            out.write(b"\n")
            written += len(kept)
    lines.clear()
    return written


def _merge_unique(runs: list[bytes], out: BinaryIO, block: int = 1 << 15) -> int:
    """Merge sorted, deduplicated runs (their lines' bytes) into ``out``, each distinct line once; how many lines were written.

    A batch at a time: ``block`` lines from each run, of which every line up to
    the least of their last lines is taken (no unread line of any run sorts
    below it) and sorted in one go, which Python's sort does in C by merging the
    sorted pieces (``heapq.merge``, a Python loop per line, took twice as long).
    Lines are compared as bytes with their newline: UTF-8 keeps code point
    order, and a line holds nothing below the newline (controls are escaped),
    so this is the order the in-memory sort of the lines gives.
    """
    written = 0
    previous = None
    with ExitStack() as stack:
        files = [stack.enter_context(io.BytesIO(run)) for run in runs]
        pending = [list(islice(f, block)) for f in files]
        while True:
            live = [i for i, lines in enumerate(pending) if lines]
            if not live:
                break
            bound = min(pending[i][-1] for i in live)
            batch: list[bytes] = []
            for i in live:
                lines = pending[i]
                cut = bisect_right(lines, bound)
                batch += lines[:cut]
                pending[i] = lines[cut:] or list(islice(files[i], block))
            batch.sort()
            kept = []
            for line in batch:
                if line != previous:
                    kept.append(line)
                    previous = line
            out.write(b"".join(kept))
            written += len(kept)
    return written


class Triples:
    """A set of RDF triples with one canonical, sorted N-Triples form (see the module docstring).

    Memory: the lines are held as Python strings only ``run_lines`` at a time;
    each full run is sorted and kept as its distinct lines' bytes (a third of
    the strings' size), and on first use the runs are merged into one sorted
    file of distinct lines in a temporary folder, which every reader streams
    (:meth:`blocks`, :meth:`oxigraph`, :meth:`write_ntriples`). At 16x the 2017
    register that is 1.8 million lines, held whole three times over before (the
    lines, then the text they were joined into, then its copy). Runs are kept
    in memory, not written out: writing and reading them back cost more time
    (about 1.5 s at 16x) than the memory they take (the size of the graph's
    N-Triples, until they are merged). A graph smaller than one run is sorted
    and kept in memory.
    """

    def __init__(self, *, run_lines: int | None = None) -> None:
        self._added: list[str] | None = []  # canonical N-Triples lines as added, duplicates included
        # id(term) -> (term, its N-Triples form) for the terms added last: a node's triples come together and
        # predicates repeat, so most terms are written once; holding the term keeps its id from being reused
        self._recent: dict[int, tuple[object, str]] = {}
        self._namespaces: dict[str, str] = {}
        self._run_lines = run_lines or RUN_LINES  # read when made, so a test can make runs small for a whole build
        self._runs: list[bytes] = []  # sorted runs so far, each its distinct lines' bytes
        self._folder: tempfile.TemporaryDirectory[str] | None = None  # holds the runs and the sorted file
        self._ntriples: bytes | None = None  # the sorted lines, when held in memory
        self._file: Path | None = None  # the sorted lines, when written to a file
        self._count = 0

    # --- the sink -----------------------------------------------------------------

    def add(self, triple: tuple) -> None:
        """Add one ``(subject, predicate, object)`` of rdflib terms (like :meth:`rdflib.Graph.add`)."""
        added = self._added
        if added is None:
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
        added.append(" ".join((written_s, written_p, found[1], ".")))
        if len(added) >= self._run_lines:
            self._write_run(added)

    def add_lines(self, lines: list[str]) -> None:
        """Add triples already written as canonical N-Triples lines (a block :meth:`ntriples` made earlier)."""
        added = self._added
        if added is None:
            raise ValueError("these triples are already sorted and shared by the exports; add to a new Triples")
        added.extend(lines)
        if len(added) >= self._run_lines:
            self._write_run(added)

    def bind(self, prefix: str, namespace) -> None:
        """Remember a prefix for :meth:`rdflib` (the writers use :mod:`nhskg.graph.serialise`'s own)."""
        self._namespaces[prefix] = str(namespace)

    def _temporary(self, name: str) -> Path:
        if self._folder is None:
            # removed when this object goes (or the process exits): the build's Triples outlives the build
            self._folder = tempfile.TemporaryDirectory(prefix="nhskg-triples-")
        return Path(self._folder.name) / name

    def _write_run(self, lines: list[str]) -> None:
        lines.sort()
        run = io.BytesIO()
        _write_unique(lines, run)
        self._runs.append(run.getvalue())

    # --- the canonical form ------------------------------------------------------

    def finish(self) -> None:
        """Sort and deduplicate what was added (done once, on first use; nothing can be added after).

        The lines were made as the triples came (:func:`nt_term`); sorting them
        as text sorts their UTF-8 bytes (code point order is UTF-8's byte order),
        and duplicates are dropped from the sorted run.
        """
        if self._added is None:
            return
        lines, self._added = self._added, None
        self._recent.clear()
        if not self._runs:
            lines.sort()
            held = io.BytesIO()
            self._count = _write_unique(lines, held)
            self._ntriples = held.getvalue()
            return
        if lines:
            self._write_run(lines)
        self._file = self._temporary("sorted.nt")
        with open(self._file, "wb", buffering=1 << 20) as out:
            self._count = _merge_unique(self._runs, out)
        self._runs = []

    def ntriples(self) -> bytes:
        """Canonical N-Triples, one line per distinct triple, lines sorted as bytes: the whole text in memory.

        The exports read :meth:`blocks` or :meth:`ntriples_file` instead, which
        do not hold the whole text.
        """
        self.finish()
        if self._file is not None:
            return self._file.read_bytes()
        assert self._ntriples is not None
        return self._ntriples

    def ntriples_file(self) -> Path | None:
        """The file holding :meth:`ntriples` (None when they are held in memory); it lives as long as this object."""
        self.finish()
        return self._file

    def write_ntriples(self, path: str | os.PathLike) -> None:
        """Write :meth:`ntriples` to ``path`` (copied from the sorted file, never held whole)."""
        self.finish()
        if self._file is not None:
            shutil.copyfile(self._file, path)
        else:
            Path(path).write_bytes(self.ntriples())

    def blocks(self, size: int = BLOCK_BYTES) -> Iterator[bytes]:
        """:meth:`ntriples` in pieces of about ``size`` bytes, each cut at a line end (so each is whole lines)."""
        self.finish()
        source: BinaryIO = open(self._file, "rb") if self._file is not None else io.BytesIO(self.ntriples())
        with source:
            rest = b""
            while chunk := source.read(size):
                cut = chunk.rfind(b"\n") + 1
                if cut == 0:
                    rest += chunk
                    continue
                yield rest + chunk[:cut]
                rest = chunk[cut:]
            if rest:
                yield rest

    def oxigraph(self) -> Iterator[ox.Triple]:
        """The triples as pyoxigraph triples, in :meth:`ntriples` order.

        Parsed afresh from the canonical lines on each call and streamed, so
        that the lines are the only copy of the graph held.
        """
        path = self.ntriples_file()
        if path is not None:
            return ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        return ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES)

    def __len__(self) -> int:
        self.finish()
        return self._count

    def __iter__(self) -> Iterator[ox.Triple]:
        return self.oxigraph()

    def subject_objects(self, predicate) -> Iterator[tuple]:
        """Like :meth:`rdflib.Graph.subject_objects` for one predicate: (subject, object) rdflib terms, in line order."""
        from rdflib import URIRef

        from .serialise import from_oxigraph

        needle = f" <{predicate}> ".encode()
        found = []  # the lines holding the needle, found by bytes.find: no list of every line (millions at full size)
        for data in self.blocks():
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
        return sum(1 for data in self.blocks() for line in data.split(b"\n") if line.endswith(ending))

    # --- rdflib on demand ----------------------------------------------------------

    def rdflib(self) -> Graph:
        """A new :class:`rdflib.Graph` holding these triples."""
        from .serialise import from_oxigraph

        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self._namespaces.items():
            graph.bind(prefix, namespace)
        graph.addN((s, p, o, graph) for s, p, o in from_oxigraph(self.oxigraph()))
        return graph
