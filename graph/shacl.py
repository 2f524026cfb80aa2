"""Validate a graph against ``ontology/shapes.ttl`` and describe each violation for people.

>>> from rdflib import Graph
>>> validate(Graph())
[]
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, SKOS

from nhskg.ontology import ONTOLOGY, SHAPES

from .triples import Triples
from .vocab import PREFIXES, RESOURCE_PREFIXES


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node it is about (IRI and label), the property path, and the message."""

    focus: str
    label: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        named = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        return f"{self.severity}: {named} {self.path}: {self.message}"


def _short(term) -> str:
    text = str(term)
    for prefix, ns in {**PREFIXES, **RESOURCE_PREFIXES}.items():
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def _label(graph: Graph, node) -> str:
    for prop in (SKOS.prefLabel, DCTERMS.identifier, RDFS.label):
        value = graph.value(node, prop)
        if value is not None:
            return str(value)
    return ""


def load_shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(graph: Graph | Triples, *, shapes: Graph | None = None, inference: bool = False) -> list[Violation]:
    """The shapes' violations in ``graph`` (empty when it conforms), sorted.

    ``graph`` is an :class:`rdflib.Graph` or the build's
    :class:`~nhskg.graph.triples.Triples` (pySHACL gets an rdflib graph of it).
    With ``inference`` the ontology is mixed in and RDFS inference run first;
    our graphs assert every class the shapes test, so it is off by default.
    """
    import pyshacl

    if isinstance(graph, Triples):
        graph = graph.rdflib()

    conforms, report, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes if shapes is not None else load_shapes(),
        ont_graph=Graph().parse(ONTOLOGY, format="turtle") if inference else None,
        inference="rdfs" if inference else "none",
        allow_warnings=True,
    )
    if conforms:
        return []
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        found.append(
            Violation(
                focus=str(focus),
                label=_label(graph, focus),
                path=_short(path) if isinstance(path, URIRef) else ("" if path is None else str(path)),
                message=str(message) if message is not None else "",
                severity=_short(severity).split("#")[-1].replace("sh:", "") if severity is not None else "Violation",
            )
        )
    return sorted(set(found))
