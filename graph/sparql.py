"""Run the canned SPARQL queries (``ontology/queries/*.rq``) with safely bound parameters.

A query declares its parameters in its header comment, one per line::

    # @param ?min integer default 1: keep organisations with more than this many agreements

and holds, inside its WHERE clause, one ``VALUES ?min { UNDEF }`` per
parameter (so the file is valid SPARQL on its own, the parameter unbound).
Binding a value replaces only that data block with ONE RDF term, written by
:func:`sparql_term` after checking the value against the declared type:
strings are escaped, integers parsed, IRIs checked for forbidden characters.
A value with quotes or braces therefore stays a literal and cannot change
the query's shape; the bound query is parsed again before it runs.

Queries run on pyoxigraph (an in-memory store loaded from the Turtle file
with its own parser); ``engine="rdflib"`` runs the same text on rdflib, for
comparison (see ``benchmarks/rdf_speed.py``).

>>> q = load_query("busy-recipients")
>>> [(p.name, p.type, p.default) for p in q.parameters]
[('min', 'integer', '1')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyoxigraph as ox

from nhskg.gc_pause import gc_paused
from nhskg.ontology import QUERIES

from .formats import graph_file, oxigraph_format

PARAMETER_TYPES = ("string", "integer", "iri")

_PARAM_LINE = re.compile(
    r"^#\s*@param\s+\?(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\w+)"
    r"(?:\s+default\s+(?P<default>\S+))?\s*(?::\s*(?P<help>.*))?$"
)
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double"
_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


class QueryError(ValueError):
    """A query that cannot be found, a bad parameter, or a query the engine rejects (one line)."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: str | None = None
    help: str = ""


@dataclass
class Query:
    """A SPARQL query text with its description and declared parameters."""

    name: str
    text: str
    description: str = ""
    parameters: list[Parameter] = field(default_factory=list)

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        declared = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"{self.name}: no parameter {name!r} (parameters: {declared})")


@dataclass
class Result:
    """A SELECT query's answer: the variables in order and one tuple of plain values per row."""

    variables: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        i = self.variables.index(name)
        return [row[i] for row in self.rows]


def canned_queries() -> dict[str, Path]:
    """The shipped queries, by name (file name without ``.rq``)."""
    return {p.stem: p for p in sorted(QUERIES.glob("*.rq"))}


def find_query(name_or_path: str | Path) -> Path:
    """A query file: a path that exists, else a canned query name (``flows`` or ``flows.rq``)."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    canned = canned_queries()
    stem = path.name[:-3] if path.name.endswith(".rq") else path.name
    if stem in canned:
        return canned[stem]
    raise QueryError(f"{name_or_path}: no such query file or canned query (canned: {', '.join(canned)})")


def parse_query(text: str, name: str = "query") -> Query:
    """The header comment's description and ``@param`` lines of a query text."""
    description, parameters = [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _PARAM_LINE.match(stripped)
        if match:
            if match["type"] not in PARAMETER_TYPES:
                raise QueryError(f"{name}: parameter ?{match['name']} has unknown type {match['type']!r}")
            parameters.append(Parameter(match["name"], match["type"], match["default"], (match["help"] or "").strip()))
        else:
            description.append(stripped.lstrip("#").strip())
    return Query(name=name, text=text, description=" ".join(d for d in description if d), parameters=parameters)


def load_query(name_or_path: str | Path) -> Query:
    path = find_query(name_or_path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QueryError(f"{path}: not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start}); "
                         "save the query as UTF-8") from None
    except OSError as err:
        raise QueryError(f"{path}: cannot read the query ({err.strerror or err})") from None
    return parse_query(text, name=path.stem)


# strings, IRIs and comments, so that a keyword inside one is not taken for the keyword
_NOT_KEYWORDS = re.compile(
    r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.DOTALL,
)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def refuse_unsafe(text: str, name: str) -> None:
    """Raise :class:`QueryError` unless ``text`` is a SELECT query that stays on the local graph.

    nhskg never touches the network except ``push`` to the endpoint given: a
    ``SERVICE`` clause would send a request to another server, and an update
    would change the graph.

    >>> refuse_unsafe("SELECT * WHERE { ?s ?p 'SERVICE' } # SERVICE", "q")
    >>> refuse_unsafe("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "q")
    Traceback (most recent call last):
    ...
    nhskg.graph.sparql.QueryError: q: SERVICE clauses are refused: nhskg queries only the local graph, never the network
    >>> refuse_unsafe("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", "q")
    Traceback (most recent call last):
    ...
    nhskg.graph.sparql.QueryError: q: only SELECT queries are supported (this is an update)
    """
    code = _NOT_KEYWORDS.sub(" ", text)
    form = _FORM.search(code)
    keyword = form.group(1).upper() if form else None
    if keyword != "SELECT":
        what = "no query" if keyword is None else (
            f"a {keyword} query" if keyword in ("CONSTRUCT", "ASK", "DESCRIBE") else "an update")
        raise QueryError(f"{name}: only SELECT queries are supported (this is {what})")
    if _SERVICE.search(code):
        raise QueryError(f"{name}: SERVICE clauses are refused: nhskg queries only the local graph, never the network")


def sparql_term(value: str, type_: str) -> str:
    """``value`` as one SPARQL term of ``type_``; raises :class:`QueryError` if it is not one.

    >>> sparql_term('a "quoted" } value', "string")
    '"a \\\\"quoted\\\\" } value"'
    >>> sparql_term("12", "integer")
    '12'
    """
    if type_ == "integer":
        try:
            return str(int(value.strip()))
        except ValueError:
            raise QueryError(f"{value!r} is not an integer") from None
    if type_ == "iri":
        if not value or _IRI_FORBIDDEN.search(value) or ":" not in value:
            raise QueryError(f"{value!r} is not an absolute IRI")
        return f"<{value}>"
    if type_ == "string":
        escaped = (
            value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        )
        return f'"{escaped}"'
    raise QueryError(f"unknown parameter type {type_!r}")


def _literally(replacement: str):
    """A ``re.sub`` replacement that inserts ``replacement`` as it is (no backslash or group escapes)."""
    return lambda _match: replacement


def bind(query: Query, params: Mapping[str, str] | None = None) -> str:
    """The query text with each parameter's ``VALUES ?p { UNDEF }`` block bound to its value or default."""
    params = dict(params or {})
    for name in params:
        query.parameter(name)  # unknown names are an error, not silently ignored
    text = query.text
    for p in query.parameters:
        value = params.get(p.name, p.default)
        if value is None:
            continue
        pattern = re.compile(r"VALUES\s+\?" + re.escape(p.name) + r"\s*\{\s*UNDEF\s*\}")
        if len(pattern.findall(text)) != 1:
            raise QueryError(f"{query.name}: parameter ?{p.name} needs exactly one 'VALUES ?{p.name} {{ UNDEF }}'")
        term = sparql_term(value, p.type)
        text = pattern.sub(_literally(f"VALUES ?{p.name} {{ {term} }}"), text, count=1)
    return text


# --- engines ---------------------------------------------------------------------------


def load_store(source) -> ox.Store:
    """A pyoxigraph in-memory store of a built folder (its graph.ttl), an RDF file, an rdflib Graph or Triples."""
    if isinstance(source, ox.Store):
        return source
    store = ox.Store()
    if isinstance(source, (str, Path)):
        path = graph_file(source)
        if not path.is_file():
            raise QueryError(f"{path}: no such graph file (build one with: nhskg build PATH --out DIR)")
        fmt = oxigraph_format(path)
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as err:
            raise QueryError(f"{path}: not readable RDF: {' '.join(str(err).split())}") from None
        return store
    from .serialise import to_oxigraph
    from .triples import Triples

    if isinstance(source, Triples):
        sorted_file = source.ntriples_file()  # a large graph's lines are in a file: loaded from it, not held whole
        if sorted_file is not None:
            store.bulk_load(path=str(sorted_file), format=ox.RdfFormat.N_TRIPLES)
        else:
            store.bulk_load(source.ntriples(), format=ox.RdfFormat.N_TRIPLES)
        return store
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in to_oxigraph(source))
    return store


def _plain_rdflib(term) -> Any:
    from rdflib import Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (int, float, bool, str)) else str(term)
    return str(term)


def run_query(
    source,
    query: str | Path | Query,
    params: Mapping[str, str] | None = None,
    *,
    engine: str = "oxigraph",
    parts: int | None = None,
) -> Result:
    """Run a SELECT query (a :class:`Query`, a path, or a canned name) with ``params`` bound.

    ``source``: a built folder, an RDF file, an rdflib Graph, the build's
    :class:`~nhskg.graph.triples.Triples`, or a pyoxigraph Store (not with ``engine="rdflib"``).
    ``parts``: how many parts, evaluated side by side, a query sorted here with a partition mark
    (``# @partition ?v``) is split into; by default one per core, at most four (1: the whole query at once).
    """
    q = query if isinstance(query, Query) else load_query(query)
    text = bind(q, params)
    refuse_unsafe(text, q.name)
    if engine == "rdflib":
        from rdflib import Graph
        from rdflib.query import ResultRow

        graph = source if isinstance(source, Graph) else _rdflib_graph(source)
        try:
            answer = graph.query(text)
        except Exception as err:
            raise QueryError(f"{q.name}: {' '.join(str(err).split())}") from None
        names = answer.vars or []  # a SELECT's variables (refuse_unsafe lets nothing else through)
        variables = [str(v) for v in names]
        rows = [tuple(_plain_rdflib(row[v]) for v in names) for row in answer if isinstance(row, ResultRow)]
        return Result(variables, rows)
    store = load_store(source)
    with gc_paused():
        ordered = _trailing_order(text)
        if ordered is not None:
            unordered, keys, hidden = ordered
            answer = _partitioned_answer(store, unordered, q.name, parts)
            sorted_rows = _sorted_here(answer, keys, hidden)
            if sorted_rows is not None:
                return Result(answer.variables[:len(answer.variables) - hidden], sorted_rows)
        answer = _answer(store, without_partition_marks(text), q.name)
        return Result(answer.variables, answer.rows())


# A comment line "# @partition ?v" in a query's body marks where the query may be split: each part keeps the
# solutions whose ?v falls in its share of the hash space (MD5 of its text), so the parts are disjoint and together
# the whole answer. The query's author vouches for two things: ?v is bound wherever a mark stands (a FILTER on an
# unbound variable drops the row), and the selected variables determine ?v (downstream.rq's ?a, the agreement whose
# identifier it selects), so a DISTINCT row cannot come from two parts. Other engines read the mark as a comment.
_PARTITION_MARK = re.compile(r"^[ \t]*#[ \t]*@partition[ \t]+\?([A-Za-z_][A-Za-z0-9_]*)[^\n]*$", re.MULTILINE)
_HEX_DIGITS = "0123456789abcdef"
MAX_PARTS = 4


def without_partition_marks(text: str) -> str:
    """``text`` with its partition marks blanked (they are comments: the query's meaning is unchanged)."""
    return _PARTITION_MARK.sub("", text)


def partitions(text: str, parts: int) -> list[str] | None:
    r"""``parts`` texts of the query, each keeping one share of its marked variable's values; None if it has no mark.

    >>> query = "SELECT ?a WHERE { ?a <p> ?b .\n# @partition ?a\n}"
    >>> partitions(query, 2)[1].splitlines()[1]
    'FILTER(SUBSTR(MD5(STR(?a)), 1, 1) IN ("1", "3", "5", "7", "9", "b", "d", "f"))'
    >>> partitions("SELECT ?a WHERE { ?a <p> ?b }", 2) is None
    True
    """
    variables = set(_PARTITION_MARK.findall(text))
    if len(variables) != 1 or parts < 2:
        return None
    (variable,) = variables
    texts = []
    for part in range(parts):
        share = ", ".join(f'"{digit}"' for i, digit in enumerate(_HEX_DIGITS) if i % parts == part)
        test = f"FILTER(SUBSTR(MD5(STR(?{variable})), 1, 1) IN ({share}))"
        texts.append(_PARTITION_MARK.sub(_literally(test), text))
    return texts


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _partitioned_answer(store: ox.Store, text: str, name: str, parts: int | None = None) -> _Columns:
    """The answer of a query with a partition mark, its parts evaluated side by side (oxigraph frees the GIL while
    it evaluates and writes), their columns joined; the whole query at once without a mark or a second core.

    The rows come out in no set order: only for a query sorted here afterwards (``_sorted_here``).
    """
    texts = partitions(text, min(_cores(), MAX_PARTS) if parts is None else parts)
    if texts is None:
        return _answer(store, without_partition_marks(text), name)
    with ThreadPoolExecutor(len(texts)) as pool:
        answers = list(pool.map(lambda part: _answer(store, part, name), texts))
    return _Columns(answers[0].variables,
                    [[cell for answer in answers for cell in answer.columns[i]] for i in range(len(answers[0].columns))],
                    sum(answer.count for answer in answers))


@dataclass
class _Columns:
    """An answer as SPARQL TSV writes it, by column: each column the values of one variable ("" where unbound)."""

    variables: list[str]
    columns: list[list[str]]
    count: int  # solutions (a query without variables has no column to count them)

    def rows(self) -> list[tuple]:
        """Tuples of plain values, one per solution."""
        if not self.columns:
            return [()] * self.count
        return list(zip(*map(_plain_column, self.columns), strict=True))


def _answer(store: ox.Store, text: str, name: str) -> _Columns:
    """The query's answer by column, read from the TSV oxigraph writes.

    oxigraph writes the whole answer as TSV in Rust about as fast as it
    evaluates the query; taking each solution's terms as Python objects
    instead cost as much again on ``downstream`` at 16x (485,000 terms). The
    TSV is cut into cells by one ``split`` (TSV writes a tab or newline inside
    a value escaped, so each line holds one cell per variable) and a column is
    a slice of them: no Python loop runs once per row (0.3 s of
    ``downstream``'s 1.1 s at 16x, 83,792 rows, when it did).
    """
    try:
        answer = store.query(text)
    except SyntaxError as err:
        raise QueryError(f"{name}: {' '.join(str(err).split())}") from None
    if not isinstance(answer, ox.QuerySolutions):
        raise QueryError(f"{name}: only SELECT queries are supported")
    variables = [v.value for v in answer.variables]
    data = answer.serialize(format=ox.QueryResultsFormat.TSV)
    if data is None:  # pragma: no cover - pyoxigraph's contract without an output
        raise RuntimeError("pyoxigraph wrote no TSV")
    return _tsv_columns(variables, data, name)


def _tsv_columns(variables: list[str], data: bytes, name: str) -> _Columns:
    """The TSV oxigraph wrote for ``variables`` (its header line first), cut into columns."""
    body = data.decode("utf-8")  # the header line, then one line per solution, each ended by a newline
    width = len(variables)
    if not width:
        return _Columns(variables, [], body.removesuffix("\n").count("\n"))
    cells = body.replace("\n", "\t").split("\t")
    if body.endswith("\n"):
        cells.pop()  # the empty cell after the last newline (cut here rather than copying the text without it)
    if len(cells) % width:  # pragma: no cover - would be a line with a tab or a newline unescaped
        raise RuntimeError(f"{name}: pyoxigraph wrote {len(cells)} TSV cells for {width} variables")
    return _Columns(variables, [cells[width + i::width] for i in range(width)], len(cells) // width - 1)


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(match: re.Match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ECHAR.get(match.group(3), match.group(3))


def _plain_cell(cell: str) -> Any:
    r"""A TSV value as a plain Python value: an IRI's or a literal's text, integers, decimals and booleans as Python's.

    >>> [_plain_cell(c) for c in ('<http://e/x>', r'"a\tb \"c\""', '"x"@en', '3', '"7"^^<http://www.w3.org/2001/XMLSchema#integer>', 'true', '1.5', '')]
    ['http://e/x', 'a\tb "c"', 'x', 3, 7, True, 1.5, None]
    """
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return cell[1:-1]
    if first == "_":
        return cell[2:]  # a blank node, "_:id"
    if first != '"':  # a number or a boolean written bare
        if cell in ("true", "false"):
            return cell == "true"
        return float(cell) if any(c in cell for c in ".eE") else int(cell)
    close = cell.rindex('"')
    lexical = cell[1:close]
    if "\\" in lexical:
        lexical = _ESCAPE.sub(_unescape, lexical)
    suffix = cell[close + 1:]
    if not suffix.startswith("^^"):
        return lexical  # a plain or language-tagged string
    datatype = suffix[3:-1]
    if datatype == _XSD_INTEGER:
        return int(lexical)
    if datatype == _XSD_BOOLEAN:
        return lexical in ("true", "1")
    if datatype in (_XSD_DECIMAL, _XSD_DOUBLE):
        return float(lexical)
    return lexical


def _plain_values(cells) -> dict[str, Any]:
    r"""Each of ``cells`` (distinct TSV values) mapped to its plain value.

    IRIs and plain strings without an escape (most cells) are cut here, the rest by :func:`_plain_cell`.

    >>> _plain_values(['<http://e/x>', '"a b"', r'"a\tb"', '"x"@en', '3', ''])
    {'<http://e/x>': 'http://e/x', '"a b"': 'a b', '"a\\tb"': 'a\tb', '"x"@en': 'x', '3': 3, '': None}
    """
    plain = {}
    for cell in cells:
        first = cell[:1]
        if first == "<" or (first == '"' and cell[-1] == '"' and "\\" not in cell and len(cell) > 1):
            plain[cell] = cell[1:-1]
        else:
            plain[cell] = _plain_cell(cell)
    return plain


def _plain_column(column: list[str]) -> list[Any]:
    """A column of TSV values as plain values, each distinct value converted once (an answer repeats its labels and IRIs)."""
    return list(map(_plain_values(dict.fromkeys(column)).__getitem__, column))


# a query ending in ORDER BY plain variables (strings, IRIs and comments blanked first, so none hides one)
_PROJECTION = re.compile(r"\bSELECT\b([^{]*?)(?:\bWHERE\b|\{)", re.IGNORECASE)  # the first SELECT's variables
_TRAILING_ORDER = re.compile(r"\bORDER\s+BY((?:\s+\?[A-Za-z_][A-Za-z0-9_]*)+)\s*\Z", re.IGNORECASE)
_VARIABLES_ONLY = re.compile(r"(?:\s*\?[A-Za-z_][A-Za-z0-9_]*)+\s*")
_GROUPED = re.compile(r"\b(?:GROUP\s+BY|HAVING)\b", re.IGNORECASE)


def _trailing_order(text: str) -> tuple[str, list[str], int] | None:
    """``(the query without its final ORDER BY, the variables it orders by, how many of them it did not select)``.

    Only for a query ending in ORDER BY plain variables. A key the query does
    not select is added to its projection (and its column dropped once the rows
    are sorted), unless that could change the rows: a projection that is not
    plain variables (``DISTINCT``, ``*``, expressions) or a grouped query.

    >>> _trailing_order("SELECT ?a ?b WHERE { ?a <p> ?b } ORDER BY ?b ?a # by b")
    ('SELECT ?a ?b WHERE { ?a <p> ?b } ', ['b', 'a'], 0)
    >>> _trailing_order("SELECT ?a WHERE { ?a <p> ?b } ORDER BY ?b ?a")
    ('SELECT ?a ?b WHERE { ?a <p> ?b } ', ['b', 'a'], 1)
    >>> _trailing_order("SELECT ?a WHERE { ?a <p> ?b } ORDER BY DESC(?a)"), _trailing_order("SELECT DISTINCT ?a WHERE { ?a <p> ?b } ORDER BY ?b")
    (None, None)
    """
    code = _NOT_KEYWORDS.sub(lambda m: " " * len(m.group()), text)  # same offsets as the text
    match = _TRAILING_ORDER.search(code)
    projection = _PROJECTION.search(code)
    if match is None or projection is None:
        return None
    keys = [v.lstrip("?") for v in match.group(1).split()]
    selected = re.findall(r"\?([A-Za-z_][A-Za-z0-9_]*)", projection.group(1))
    hidden = [k for k in dict.fromkeys(keys) if k not in selected]
    unordered = text[:match.start()]
    if not hidden:
        return unordered, keys, 0
    # flows.rq orders by ?file ?line ?row, which it does not select: selected too, and sorted here, they cost
    # less than oxigraph's sort (which reads each string back from its dictionary at every comparison)
    if not _VARIABLES_ONLY.fullmatch(projection.group(1)) or _GROUPED.search(code, max(code.rfind("}", 0, match.start()), 0)):
        return None
    at = projection.end(1)
    return unordered[:at].rstrip() + "".join(f" ?{k}" for k in hidden) + " " + unordered[at:].lstrip(), keys, len(hidden)


_BARE_INTEGER = re.compile(r"[+-]?[0-9]+")


def _has_unbound(cells: Iterable[str]) -> bool | None:
    """Whether a key column's distinct ``cells`` include an unbound value; None unless they are all IRIs, all plain
    strings or all integers (TSV writes an ``xsd:integer`` in its canonical form bare, as ``307``).
    """
    kinds, unbound = set(), False
    for cell in cells:
        if not cell:
            unbound = True
        elif cell[0] == "<":
            kinds.add("iri")
        elif cell[0] == '"' and cell[-1] == '"':  # no language tag, no datatype: a plain string
            kinds.add("string")
        elif _BARE_INTEGER.fullmatch(cell):
            kinds.add("integer")
        else:
            return None
        if len(kinds) > 1:
            return None
    return unbound


def _unbound_first(value: Any) -> tuple:
    return (False, "") if value is None else (True, value)


def _sorted_here(answer: _Columns, keys: list[str], hidden: int = 0) -> list[tuple] | None:
    """The rows in the order ``ORDER BY ?k1 ?k2 ...`` gives, sorted here; None when that order is not plain text order.

    oxigraph's ORDER BY reads both strings back from its dictionary at every
    comparison: 0.6 s of the 2.2 s ``downstream`` took on 16x the 2017
    register (80,848 rows), against 0.1 s for Python to sort the values once.
    That is SPARQL's order only when each key column holds nothing but IRIs,
    nothing but plain strings or nothing but integers (an unbound value
    first); for anything else (decimals, dates, language tags, blank nodes)
    the query runs again with its ORDER BY, in oxigraph. The rows are sorted
    once by the ranks of their keys' plain values (a column with one value
    throughout left out), then of their other cells as the TSV writes them
    (any order among rows equal on the keys is SPARQL's, and this one does not
    depend on the order the rows came in). The last ``hidden`` columns (keys
    selected only to sort by) are left out of the rows.
    """
    if any(k not in answer.variables for k in keys):
        return None
    indexes = [answer.variables.index(k) for k in keys]
    distinct = [dict.fromkeys(column) for column in answer.columns]
    if any(_has_unbound(distinct[i]) is None for i in indexes):
        return None
    plain = [_plain_values(cells) for cells in distinct]
    # Each key's distinct values are sorted once and the rows by their ranks, with numpy's lexsort: integers, not
    # strings compared (an answer repeats its labels and IRIs). Rows equal on every key are ordered by their
    # other cells as written, so that their order does not depend on how oxigraph or a partitioned evaluation
    # (``_partitioned_answer``) gave them.
    ranked: list[tuple[list[str], dict[str, Any]]] = []
    for i in indexes:
        if len(plain[i]) >= 2:  # one value throughout (flows.rq's ?file and ?line on a register): no order to give
            values = plain[i] if "" not in plain[i] else {c: _unbound_first(v) for c, v in plain[i].items()}
            ranked.append((answer.columns[i], values))
    ranked += [(column, {cell: cell for cell in distinct[i]})
               for i, column in enumerate(answer.columns) if i not in indexes and len(distinct[i]) >= 2]
    positions: Iterable[int] = range(answer.count)
    if ranked:
        ranks = []
        for column, values in ranked:
            rank = {cell: r for r, cell in enumerate(sorted(values, key=values.__getitem__))}
            ranks.append(np.fromiter(map(rank.__getitem__, column), dtype=np.int64, count=answer.count))
        positions = np.lexsort(ranks[::-1]).tolist()  # (lexsort's last key is its first; stable, so equal rows keep order)
    shown = len(answer.columns) - hidden
    columns = [list(map(values.__getitem__, column))
               for values, column in zip(plain[:shown], answer.columns[:shown], strict=True)]
    return list(map(list(zip(*columns, strict=True)).__getitem__, positions))


def _rdflib_graph(source):
    from .serialise import read_graph
    from .triples import Triples

    if isinstance(source, Triples):
        return source.rdflib()
    return read_graph(graph_file(source))
