"""Agreement versions in the RDF graph: one agreement node per core reference, one node per version.

The Data Uses Register lists every version of an agreement (one Agreements row
each, ``DARS-NIC-00574-V2H1F-v4.2``).  Each version becomes a
``nhskg:AgreementVersion`` (a ``prov:Entity``, ``dcterms:isVersionOf`` the
agreement) with its reference as written (``nhskg:versionReferenceAsWritten``), its version number and its DSA
period (``nhskg:versionStart``, ``nhskg:versionEnd``); the agreement points at its ``nhskg:newestVersion``.  A flow read from
free text is ``nhskg:statedIn`` every version whose own text contains the
flow's sentence, so a query can keep the newest version's flows (the canned
queries' default) or show all.

>>> from rdflib import Graph
>>> from nhskg.model import Agreement, Evidence, Flow, Location, VersionRecord
>>> loc = Location("dur.xlsx", sheet="Agreements", row=2)
>>> a = Agreement("NIC-1-AAAAA", version_records=[
...     VersionRecord("DARS-NIC-1-AAAAA-v1.0", "1.0", loc, "2021-01-01", "2022-01-01", {"Processing": "A sends data to B."}),
...     VersionRecord("DARS-NIC-1-AAAAA-v2.0", "2.0", loc, "2022-01-02", "2025-01-01", {"Processing": "A sends data to C."})])
>>> f = Flow("NIC-1-AAAAA", "a", "c", (), "unspecified", "transfer", Evidence(loc, "Processing", "A sends data to C."))
>>> g = Graph()
>>> add_versions(g, [a], [(f, URIRef("urn:flow"))])
>>> sorted(str(v) for v in g.objects(URIRef("urn:flow"), STATED_IN))
['https://w3id.org/nhskg/id/agreement/NIC-1-AAAAA/version/2.0']
>>> str(g.value(agreement_iri("NIC-1-AAAAA"), NEWEST))
'https://w3id.org/nhskg/id/agreement/NIC-1-AAAAA/version/2.0'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from nhskg.model import Agreement, Flow, VersionRecord

from .triples import Triples
from .vocab import NHSKG, agreement_iri

VERSION_CLASS = NHSKG.AgreementVersion
NEWEST = NHSKG.newestVersion
STATED_IN = NHSKG.statedIn
VERSION_NUMBER = NHSKG.versionNumber
REFERENCE_AS_WRITTEN = NHSKG.versionReferenceAsWritten
VERSION_START = NHSKG.versionStart
VERSION_END = NHSKG.versionEnd


def version_iri(reference: str, record: VersionRecord) -> URIRef:
    """``…/agreement/<CORE>/version/<number>`` (the reference as written when it has no number)."""
    tail = record.number or record.reference
    return URIRef(str(agreement_iri(reference)) + "/version/" + quote(tail, safe="-_.~"))


def _date(value: str | None) -> Literal | None:
    return Literal(value, datatype=XSD.date) if value else None


def add_versions(g: Graph | Triples, agreements: Sequence[Agreement], flows: Iterable[tuple[Flow, URIRef]]) -> None:
    """Add every agreement's version nodes to ``g`` and say which versions state each text flow."""
    for a in agreements:
        add_version_nodes(g, a)
    add_stated_in(g, agreements, flows)


def add_version_nodes(g: Graph | Triples, a: Agreement) -> None:
    """One agreement's version nodes and its newest version: a function of its version records alone."""
    if not a.version_records:
        return
    agreement = agreement_iri(a.reference)
    for record in a.version_records:
        node = version_iri(a.reference, record)
        g.add((node, RDF.type, VERSION_CLASS))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, DCTERMS.isVersionOf, agreement))
        g.add((agreement, DCTERMS.hasVersion, node))
        g.add((node, REFERENCE_AS_WRITTEN, Literal(record.reference)))
        g.add((node, RDFS.label, Literal(record.reference)))
        if record.number:
            g.add((node, VERSION_NUMBER, Literal(record.number)))
        for prop, value in ((VERSION_START, record.dsa_start), (VERSION_END, record.dsa_end)):
            date = _date(value)
            if date is not None:
                g.add((node, prop, date))
    newest = a.newest_version
    if newest is not None:  # it has versions
        g.add((agreement, NEWEST, version_iri(a.reference, newest)))


def add_stated_in(g: Graph | Triples, agreements: Sequence[Agreement], flows: Iterable[tuple[Flow, URIRef]]) -> None:
    """``flow nhskg:statedIn version`` for every version whose own text contains the flow's sentence."""
    by_reference = {a.reference: [(record, version_iri(a.reference, record)) for record in a.version_records]
                    for a in agreements if a.version_records}
    for flow, node in flows:
        for record, version in by_reference.get(flow.agreement, ()):
            text = record.texts.get(flow.evidence.section)
            if text is not None and flow.evidence.text in text:
                g.add((node, STATED_IN, version))
