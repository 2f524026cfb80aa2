"""A built graph read back as an :class:`~nhskg.model.Extraction`, for scoring what users of the graph see.

``nhskg eval --graph`` scores the flows an independent evaluation gets from
the exported RDF (the public ``flows.rq`` query), not the extraction in
memory: this is graph work, so it lives here and ``nlp/evaluate.py`` only
scores.
"""

from __future__ import annotations

from pathlib import Path

from nhskg.model import Extraction


def extraction_from_graph(path: str | Path) -> Extraction:
    """The text flows of a built graph, as the public ``flows.rq`` query returns them (roles are not read).

    This scores what an independent evaluation sees: organisation IRIs with
    their ``skos:prefLabel`` and ``skos:altLabel`` s.
    """
    import rdflib
    from rdflib.namespace import SKOS
    from rdflib.query import ResultRow

    from nhskg.model import Evidence, Flow, Location, Organisation
    from nhskg.ontology import QUERIES

    graph = rdflib.Graph().parse(str(path))
    query = (QUERIES / "flows.rq").read_text(encoding="utf-8")
    extraction = Extraction()
    flows = set()
    for row in graph.query(query):
        if not isinstance(row, ResultRow):  # flows.rq is a SELECT: every answer is a row
            continue
        values = row.asdict()
        for iri in (values["source"], values["target"]):
            key = str(iri)
            if key not in extraction.organisations:
                label = graph.value(iri, SKOS.prefLabel)
                aliases = {str(o) for o in graph.objects(iri, SKOS.altLabel)}
                extraction.organisations[key] = Organisation(id=key, label=str(label or key), kind="Other", aliases=aliases)
        flows.add(Flow(str(values["agreement"]), str(values["source"]), str(values["target"]), (),
                       str(values.get("state", "unspecified")), str(values.get("mode", "transfer")),
                       Evidence(Location(str(path)), "", str(values.get("evidence", "")))))
    extraction.flows = sorted(flows)
    return extraction
