"""Turn agreements (structured fields) and an extraction (flows, roles, organisations) into one RDF graph.

The graph is the product's single source of truth.  Its shape (see
``ontology/nhskg.ttl`` and ``ontology/shapes.ttl``):

- agreements: ``dpv:DataProcessingAgreement`` and ``nhskg:DataSharingAgreement``,
  by core reference, with the register's fields as written;
- organisations: ``org:Organization`` plus a kind class, one ``skos:prefLabel``,
  one ``skos:altLabel`` per other surface form;
- datasets: ``dcat:Dataset``;
- flows: ``nhskg:DataFlow`` nodes (source, target, agreement, datasets, data
  state, mode), each ``prov:wasDerivedFrom`` the evidence that states it;
  flows from the free text are ``nhskg:statedBy nhskg:FreeText``, the release
  NHS Digital -> applicant that the register's fields state is
  ``nhskg:statedBy nhskg:RegisterFields``;
- roles: ``dpv:hasDataController`` etc. on the agreement plus a qualified
  ``nhskg:RoleStatement`` carrying the evidence;
- evidence: ``nhskg:Evidence`` (a ``prov:Entity``) with the exact sentence and
  where it is (file and line, or sheet, row and column).

No blank nodes: every node has a stable IRI from :mod:`nhskg.graph.vocab`, so
the same input always gives the same triples.

The builder adds rdflib terms to a sink with rdflib's ``add((s, p, o))``:
:func:`build_triples` (what the build uses) collects them in a
:class:`~nhskg.graph.triples.Triples`, sorted once for every export;
:func:`build_graph` gives the same triples as an :class:`rdflib.Graph`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from nhskg.model import (
    NHS_DIGITAL,
    Agreement,
    Evidence,
    Extraction,
    FileRelease,
    Flow,
    Location,
    Organisation,
    ReadResult,
)
from nhskg.optouts import opt_outs_applied

from . import triples as _triples
from . import vocab as V
from .triples import Triples, written_literal
from .versions import add_stated_in, add_version_nodes

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")

@lru_cache(maxsize=1 << 16)
def _text(value: str) -> Literal:
    # Cached (bounded): making an rdflib Literal is the RDF stage's largest cost, and values repeat.
    return Literal(value)


@lru_cache(maxsize=1 << 16, typed=True)  # typed: True and 1 are different literals
def _number(value: int | bool) -> Literal:
    # Cached like _text: every release row has a row number and an opt-out boolean (104,000 at the DUR's size).
    return Literal(value)


@lru_cache(maxsize=1 << 16)
def _date(value: str | None) -> Literal | None:
    if value and _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    return None


@lru_cache(maxsize=1 << 16)
def _month(value: str | None) -> Literal | None:
    if value and _MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    return None


class _Builder:
    """Accumulates triples into ``sink`` (anything with rdflib's ``add((s, p, o))``); one method per kind of node."""

    def __init__(self, extraction: Extraction, sink: Triples | Graph | None = None):
        self.g = Triples() if sink is None else sink
        # literals: written straight as N-Triples for the build's own sink, rdflib Literals for any other
        fast = isinstance(self.g, _triples.Triples)
        self.text = written_literal if fast else _text
        self.number = written_literal if fast else _number
        for prefix, ns in V.PREFIXES.items():
            self.g.bind(prefix, ns)
        self.extraction = extraction
        self.orgs = extraction.organisations
        self._described: set[URIRef] = set()
        self._sources: dict[str, URIRef] = {}
        self._bases: set[str] = set()  # legal bases of release rows already described
        self._flows: list[tuple[Flow, URIRef]] = []
        self.sheet_files: dict[str, set[str]] = {}  # register sheet -> the files holding it (see by_sheet)

    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o))

    # --- shared nodes ----------------------------------------------------------

    def concept(self, concept: URIRef, notation: str, scheme: URIRef) -> URIRef:
        """A controlled value (data state, mode, role) with its plain word as skos:notation."""
        if concept not in self._described:
            self._described.add(concept)
            self.add(concept, RDF.type, SKOS.Concept)
            self.add(concept, SKOS.notation, self.text(notation))
            self.add(concept, SKOS.inScheme, scheme)
        return concept

    def source_document(self, file: str) -> URIRef:
        node = self._sources.get(file)
        if node is None:  # once per file: every release row and evidence names its file
            node = self._sources[file] = V.source_iri(file)
        self._describe_source(node, file)
        return node

    def register_sheet(self, sheet: str) -> URIRef:
        """A register sheet as a source (whichever file held it: a workbook, or the sheet saved as CSV)."""
        node = V.sheet_iri(sheet)
        if self._describe_source(node, sheet):
            self.add(node, V.SHEET, self.text(sheet))
        return node

    def _describe_source(self, node: URIRef, label: str) -> bool:
        """Type and label a source node the first time it is cited; whether this was that first time."""
        if node in self._described:
            return False
        self._described.add(node)
        self.add(node, RDF.type, V.SOURCE_DOCUMENT_CLASS)
        self.add(node, RDF.type, PROV.Location)
        self.add(node, RDFS.label, self.text(label))
        return True

    def by_sheet(self, loc: Location) -> bool:
        """Whether ``loc`` is cited by its sheet alone: the one file of the build that holds that sheet.

        The graph then does not depend on the file format (a workbook and its
        sheets saved as CSV give the same bytes); the build report says which
        file held each sheet.  A sheet name two files hold (two workbooks, or a
        workbook and its CSV given together) keeps the file, so a citation
        never names two places.
        """
        return loc.sheet is not None and self.sheet_files.get(loc.sheet) == {loc.file}

    def document(self, loc: Location) -> URIRef:
        """The source ``loc`` is in: its register sheet, or its file (see :meth:`by_sheet`)."""
        if loc.sheet is not None and self.by_sheet(loc):
            return self.register_sheet(loc.sheet)
        return self.source_document(loc.file)

    def cited(self, loc: Location) -> str:
        """``loc`` for people: ``[sheet] row n column 'c'`` when cited by sheet, else as the readers write it."""
        return str(loc).removeprefix(loc.file + " ") if self.by_sheet(loc) else str(loc)

    def location(self, node: URIRef, loc: Location) -> None:
        """Where ``node`` was read: the document, and the line or sheet/row/column in it."""
        self.add(node, PROV.atLocation, self.document(loc))
        if not self.by_sheet(loc):
            self.add(node, V.SOURCE_FILE, self.text(loc.file))
        self.add(node, V.LOCATION, self.text(self.cited(loc)))
        if loc.line is not None:
            self.add(node, V.LINE, self.number(loc.line))
        if loc.sheet is not None:
            self.add(node, V.SHEET, self.text(loc.sheet))
        if loc.row is not None:
            self.add(node, V.ROW, self.number(loc.row))
        if loc.column:
            self.add(node, V.COLUMN, self.text(loc.column))

    def evidence(self, ev: Evidence) -> URIRef:
        node = V.evidence_iri(ev)
        if node not in self._described:
            self._described.add(node)
            self.add(node, RDF.type, V.EVIDENCE_CLASS)
            self.add(node, RDF.type, PROV.Entity)
            self.add(node, V.QUOTE, self.text(ev.text))
            self.add(node, V.SECTION, self.text(ev.section))
            if ev.span:
                self.add(node, V.START_OFFSET, self.number(ev.span[0]))
                self.add(node, V.END_OFFSET, self.number(ev.span[1]))
            self.location(node, ev.location)
        return node

    def derived_from(self, subject: URIRef, ev: Evidence) -> None:
        """``subject prov:wasDerivedFrom evidence``, plus the qualified form PROV-O recommends."""
        ev_node = self.evidence(ev)
        self.add(subject, PROV.wasDerivedFrom, ev_node)
        derivation = V.derivation_iri(subject, ev_node)
        self.add(subject, PROV.qualifiedDerivation, derivation)
        self.add(derivation, RDF.type, PROV.Derivation)
        self.add(derivation, PROV.entity, ev_node)

    def dataset(self, canonical: str, as_written: str | None = None) -> URIRef:
        node = V.dataset_iri(canonical)
        if node not in self._described:
            self._described.add(node)
            self.add(node, RDF.type, V.DATASET_CLASS)
            self.add(node, SKOS.prefLabel, self.text(canonical))
        if as_written and as_written != canonical:
            self.add(node, SKOS.altLabel, self.text(as_written))
        return node

    def organisation(self, org_id: str) -> URIRef:
        """The organisation's IRI; described once from the extraction (or minimally, if it lacks it)."""
        node = V.org_iri(org_id)
        if node in self._described:
            return node
        self._described.add(node)
        org = self.orgs.get(org_id)
        if org is None:
            # Referenced but not resolved: keep the graph well formed with what we know.
            org = Organisation(
                id=org_id,
                label="NHS Digital" if org_id == NHS_DIGITAL else org_id,
                kind="NHSDigital" if org_id == NHS_DIGITAL else "Other",
            )
        self.add(node, RDF.type, V.ORGANISATION_CLASS)
        self.add(node, RDF.type, V.KIND_CLASSES.get(org.kind, V.KIND_CLASSES["Other"]))
        self.add(node, SKOS.prefLabel, self.text(org.label))
        for alias in sorted(org.aliases - {org.label}):
            self.add(node, SKOS.altLabel, self.text(alias))
        if org.ods_code:
            self.add(node, V.ODS_CODE, self.text(org.ods_code))
        if org.part_of and org.part_of != org_id:
            self.add(node, V.ORG.subOrganizationOf, self.organisation(org.part_of))
        for pred_id in sorted(getattr(org, "predecessors", {}) or {}):
            self.succession(org_id, pred_id, org.predecessors[pred_id])
        return node

    def succession(self, successor_id: str, predecessor_id: str, ev: Evidence) -> None:
        """``predecessor`` (e.g. a CCG) was succeeded by ``successor`` (e.g. an ICB): an org:ChangeEvent."""
        event = V.change_event_iri(successor_id, [predecessor_id])
        successor = V.org_iri(successor_id)
        predecessor = self.organisation(predecessor_id)
        self.add(event, RDF.type, V.CHANGE_EVENT_CLASS)
        self.add(event, V.ORG.originalOrganization, predecessor)
        self.add(event, V.ORG.resultingOrganization, successor)
        self.add(predecessor, V.ORG.changedBy, event)
        self.add(successor, V.ORG.resultedFrom, event)
        self.derived_from(event, ev)

    # --- agreements ------------------------------------------------------------

    def agreement(self, a: Agreement) -> URIRef:
        node = V.agreement_iri(a.reference)
        for cls in V.AGREEMENT_CLASSES:
            self.add(node, RDF.type, cls)
        self.add(node, DCTERMS.identifier, self.text(a.reference))
        self.add(node, RDFS.label, self.text(a.reference))
        for version in sorted(set(a.versions)):
            self.add(node, V.VERSION, self.text(version))
        for prop, field in (
            (DCTERMS.title, a.title),
            (V.APPLICANT_AS_WRITTEN, a.applicant),
            (V.APPLICANT_TYPE, a.applicant_type),
            (V.CONTROLLER_ARRANGEMENT, a.controller_arrangement),
            (V.PURPOSES_FIELD, a.purposes_field),
            (V.COMMERCIAL, a.commercial),
        ):
            if field:
                self.add(node, prop, self.text(field))
        for controller in sorted(set(a.controllers)):
            self.add(node, V.CONTROLLER_AS_WRITTEN, self.text(controller))
        for basis in sorted(set(a.legal_bases)):
            basis_node = V.legal_basis_iri(basis)
            self.add(node, V.DPV.hasLegalBasis, basis_node)
            self.add(basis_node, RDF.type, V.LEGAL_BASIS_CLASS)
            self.add(basis_node, RDFS.label, self.text(" ".join(basis.split())))
        # The readers' reading of each value: "N" is not applied, but "No - data flow is
        # not identifiable" says opt-outs do not apply, so it gives no boolean at all.
        for applied in sorted({b for value in a.opt_outs if (b := opt_outs_applied(value)) is not None}):
            self.add(node, V.OPT_OUTS_APPLIED, self.number(applied))
        for prop, values in (
            (V.OPT_OUTS, a.opt_outs),
            (V.TYPE_OF_DATA, a.types_of_data),
            (V.SENSITIVITY, a.sensitivity),
            (V.ACCESS_METHOD, a.access_methods),
            (V.SUBLICENSING, a.sublicensing),
        ):
            for value in sorted(set(values)):
                self.add(node, prop, self.text(value))
        self.add(node, V.DSA_START, _date(a.dsa_start))
        self.add(node, V.DSA_END, _date(a.dsa_end))
        self.add(node, V.RELEASE_START, _month(a.release_start))
        self.add(node, V.RELEASE_END, _month(a.release_end))
        for month in sorted(set(a.release_months)):
            self.add(node, V.RELEASE_MONTH, _month(month))
        for ref in a.datasets:
            self.add(node, V.DATASET, self.dataset(ref.canonical, ref.as_written))
        for release in a.releases:
            self.add(node, V.HAS_RELEASE, self.file_release(a.reference, release))
        if a.releases:
            self.add(node, V.BOTH_WAYS, self.number(a.opt_outs_both_ways))
        if a.page is not None:
            if a.page.files_disseminated_unsafely is not None:
                self.add(node, V.FILES_UNSAFE, self.number(a.page.files_disseminated_unsafely))
            self.add(node, V.BOTH_WAYS_FLAG, self.number(bool(a.page.opt_outs_both_ways_flag)))
            if a.page.flag_text:
                self.add(node, V.FLAG_TEXT, self.text(a.page.flag_text))
        for loc in sorted(set(a.locations)):
            self.add(node, PROV.atLocation, self.document(loc))
            self.add(node, V.LOCATION, self.text(self.cited(loc)))
        return node

    def file_release(self, reference: str, r: FileRelease) -> URIRef:
        node = V.release_iri(reference, r)
        self.add(node, RDF.type, V.RELEASE_CLASS)
        self.add(node, V.DATASET, self.dataset(r.dataset.canonical, r.dataset.as_written))
        self.add(node, V.MONTH, _month(r.month))
        if r.opt_outs_applied is not None:
            self.add(node, V.OPT_OUTS_APPLIED, self.number(r.opt_outs_applied))
        if r.opt_outs_as_written:
            self.add(node, V.OPT_OUTS, self.text(r.opt_outs_as_written))
        if r.file_reference:
            self.add(node, V.FILE_REFERENCE, self.text(r.file_reference))
        if r.type_of_data:
            self.add(node, V.TYPE_OF_DATA, self.text(r.type_of_data))
        if r.sensitivity:
            self.add(node, V.SENSITIVITY, self.text(r.sensitivity))
        if r.frequency:
            self.add(node, V.FREQUENCY, self.text(r.frequency))
        if r.amendment_reason:
            self.add(node, V.AMENDMENT_REASON, self.text(r.amendment_reason))
        if r.legal_basis:
            basis_node = V.legal_basis_iri(r.legal_basis)
            self.add(node, V.DPV.hasLegalBasis, basis_node)
            if r.legal_basis not in self._bases:  # described once per spelling, not once per release row
                self._bases.add(r.legal_basis)
                self.add(basis_node, RDF.type, V.LEGAL_BASIS_CLASS)
                self.add(basis_node, RDFS.label, self.text(" ".join(r.legal_basis.split())))
        self.location(node, r.location)
        return node

    # --- flows and roles -------------------------------------------------------

    def flow(self, flow: Flow, stated_by: str) -> URIRef:
        node = V.flow_iri(flow, stated_by)
        self._flows.append((flow, node))
        self.add(node, RDF.type, V.FLOW_CLASS)
        self.add(node, RDF.type, PROV.Activity)
        self.add(node, V.SOURCE, self.organisation(flow.source))
        self.add(node, V.TARGET, self.organisation(flow.target))
        self.add(node, V.IN_AGREEMENT, V.agreement_iri(flow.agreement))
        for name in sorted(set(flow.datasets)):
            self.add(node, V.DATASET, self.dataset(name))
        state = flow.state if flow.state in V.STATE_CONCEPTS else "unspecified"
        self.add(node, V.DATA_STATE, self.concept(V.STATE_CONCEPTS[state], state, V.STATE_SCHEME))
        if flow.mode in V.MODE_CONCEPTS:
            self.add(node, V.MODE, self.concept(V.MODE_CONCEPTS[flow.mode], flow.mode, V.MODE_SCHEME))
        if stated_by == "register":
            self.add(node, V.STATED_BY, self.concept(V.STATED_BY_REGISTER, "register", V.STATEMENT_SCHEME))
        else:
            self.add(node, V.STATED_BY, self.concept(V.STATED_BY_TEXT, "text", V.STATEMENT_SCHEME))
        if flow.rule:
            self.add(node, V.EXTRACTION_RULE, self.text(flow.rule))
        for end in flow.inferred_end:
            self.add(node, V.INFERRED_END, self.text(end))
        self.derived_from(node, flow.evidence)
        return node

    def chain_flows(self) -> None:
        """``f2 prov:wasInformedBy f1`` when, under one agreement, f2 starts where f1 ends.

        Lets SPARQL property paths (``prov:wasInformedBy*``) follow data onward
        within an agreement without hopping into another agreement's flows.
        """
        by_start: dict[tuple[str, str], set[URIRef]] = {}
        for flow, node in self._flows:
            by_start.setdefault((flow.agreement, flow.source), set()).add(node)
        for flow, node in self._flows:
            for onward in by_start.get((flow.agreement, flow.target), ()):
                if onward != node:
                    self.add(onward, PROV.wasInformedBy, node)

    def role(self, role) -> URIRef:
        concept, direct = V.ROLE_TERMS[role.role]
        agreement = V.agreement_iri(role.agreement)
        org = self.organisation(role.organisation)
        if direct is not None:
            self.add(agreement, direct, org)
        node = V.role_iri(role)
        self.add(agreement, V.QUALIFIED_ROLE, node)
        self.add(node, RDF.type, V.ROLE_STATEMENT_CLASS)
        self.add(node, PROV.agent, org)
        self.add(node, PROV.hadRole, self.concept(concept, role.role, V.ROLE_SCHEME))
        self.derived_from(node, role.evidence)
        return node


# --- entry point --------------------------------------------------------------------


def build_graph(
    agreements: Sequence[Agreement] | Iterable[Agreement],
    extraction: Extraction,
    read_results: Sequence[ReadResult] | None = None,
) -> Graph:
    """One RDF graph of ``agreements`` and what the NLP stage found in them, as an :class:`rdflib.Graph`.

    The Python-facing form of :func:`build_triples` (same triples); the build
    itself uses :func:`build_triples`, which skips rdflib's store.

    >>> from nhskg.model import Agreement, Extraction, Organisation
    >>> ex = Extraction(organisations={"nhs-cumbria-ccg": Organisation("nhs-cumbria-ccg", "NHS Cumbria CCG", "CCG")},
    ...                 applicants={"NIC-36767-G4H9Z": "nhs-cumbria-ccg"})
    >>> g = build_graph([Agreement("NIC-36767-G4H9Z", applicant="NHS Cumbria Ccg")], ex)
    >>> sorted(str(o) for o in g.objects(None, SKOS.prefLabel))
    ['NHS Cumbria CCG']
    """
    return build_triples(agreements, extraction, read_results=read_results).rdflib()


#: An agreement's own triples: sorted N-Triples bytes, the source documents described, the datasets cited in order.
Block = tuple[bytes, tuple[str, ...], tuple[str, ...]]


class _BlockLines(_triples.Triples):
    """One agreement's triples, given back as their sorted distinct lines (no bytes made and split again)."""

    def sorted_lines(self) -> list[str]:
        if self._runs:  # more lines than one run (no agreement has so many): the sorted text, split
            return self.ntriples().decode("utf-8").split("\n")[:-1]
        lines, self._added = self._added or [], None  # like finish(): nothing can be added after
        self._recent.clear()
        return sorted(set(lines))


class _BlockBuilder(_Builder):
    """A builder for one agreement's block: it notes the datasets cited instead of describing them.

    A dataset's label is the first name the whole build cites it by (two
    spellings can share its IRI), so :func:`build_triples` describes them, in
    the order the agreements cite them, as one builder did before blocks.
    """

    def __init__(self) -> None:
        self.lines = _BlockLines()
        super().__init__(Extraction(), self.lines)
        self.cited_datasets: list[str] = []

    def dataset(self, canonical: str, as_written: str | None = None) -> URIRef:
        node = V.dataset_iri(canonical)
        if node not in self._described:
            self._described.add(node)
            self.cited_datasets.append(canonical)
        if as_written and as_written != canonical:
            self.add(node, SKOS.altLabel, self.text(as_written))
        return node


class BlockStore(Protocol):
    """Where :func:`build_triples` keeps each agreement's own lines between builds (``nhskg.buildcache.BlockCache``).

    A value is the block's sorted N-Triples bytes, the source documents it
    describes and the datasets it cites (:func:`agreement_block`).
    """

    def get(self, key: str) -> Block | None: ...

    def put(self, key: str, value: Block) -> None: ...


def build_triples(
    agreements: Sequence[Agreement] | Iterable[Agreement],
    extraction: Extraction,
    read_results: Sequence[ReadResult] | None = None,
    *,
    blocks: BlockStore | None = None,
    version: str = "",
    made: MadeBlocks | None = None,
) -> Triples:
    """The triples of :func:`build_graph`, collected once for every export (see :mod:`nhskg.graph.triples`).

    ``blocks`` keeps each agreement's own triples (its register fields,
    release rows and versions: :func:`agreement_block`) under a digest of
    exactly what they are made from and ``version`` (the code's), so a build in
    which one agreement changed writes that agreement's lines only and reuses
    the rest; the triples are the same either way.  ``made``: the blocks
    :func:`agreement_blocks` made earlier of these agreements (the build makes
    them while the NLP workers parse, as they need no text).

    >>> from nhskg.model import Agreement, Extraction
    >>> t = build_triples([Agreement("NIC-36767-G4H9Z", title="Risk stratification")], Extraction())
    >>> [line for line in t.ntriples().decode().splitlines() if "/terms/title" in line]
    ['<https://w3id.org/nhskg/id/agreement/NIC-36767-G4H9Z> <http://purl.org/dc/terms/title> "Risk stratification" .']
    """
    triples = made.triples if made is not None else Triples()
    b = _Builder(extraction, triples)
    agreements = sorted(agreements, key=lambda a: a.reference)
    b.sheet_files = sheet_files(agreements)
    context = _block_context(version, b.sheet_files)
    by_blocks = isinstance(triples, _triples.Triples)  # any other sink (an rdflib Graph) is given every triple
    if made is not None and (made.context != context or set(made.cited) != {a.reference for a in agreements}):
        raise ValueError("these blocks were made of other agreements or by another version")
    for a in agreements:
        if made is not None:
            sources, datasets = made.cited[a.reference]  # its lines are in the triples already
        elif by_blocks:
            lines, sources, datasets = agreement_block(a, b.sheet_files, blocks, context)
            triples.add_lines(lines)
        else:
            b.agreement(a)
            add_version_nodes(triples, a)
        if by_blocks:  # (also when ``made``: its triples are a Triples)
            b._described.update(URIRef(s) for s in sources)  # so the layout of a page file it cites is said below
            for canonical in datasets:
                b.dataset(canonical)
        applicant_id = extraction.applicants.get(a.reference)
        if applicant_id:
            org = b.organisation(applicant_id)
            node = V.agreement_iri(a.reference)
            b.add(node, V.DPV.hasRecipient, org)
            b.add(node, V.APPLICANT, org)
        for org_id in sorted(extraction.mentions.get(a.reference, ())):
            b.add(V.agreement_iri(a.reference), V.MENTIONS, b.organisation(org_id))
    for org_id in sorted(extraction.organisations):
        b.organisation(org_id)
    for flow in extraction.all_flows:  # the text's flows and the register's releases (nlp/register.py)
        b.flow(flow, "register" if flow.from_register_fields else "text")
    b.chain_flows()
    add_stated_in(triples, agreements, b._flows)  # DUR versions: which versions state a flow
    for role in sorted(extraction.roles):
        b.role(role)
    # the layout of each file the graph cites by name (a page); files that held register sheets
    # are cited by sheet, and they, their layouts and unreadable inputs are in the build report
    for result in sorted(read_results or (), key=lambda r: r.path):
        if V.source_iri(result.path) in b._described:
            b.add(V.source_iri(result.path), V.LAYOUT, b.text(result.layout))
    return triples


def _block_context(version: str, sheets: dict[str, set[str]]) -> str:
    # which sheets are cited by sheet alone (one file holds each), not which file that is (see block_key)
    return repr((version, sorted((sheet, len(files) == 1 or sorted(files)) for sheet, files in sheets.items())))


@dataclass
class MadeBlocks:
    """Every agreement's :func:`agreement_block`, made ahead of :func:`build_triples`, which takes them over (once)."""

    context: str
    triples: Triples  # the blocks' lines, added (sorted a run at a time as they came)
    cited: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # reference -> (sources described, datasets cited)


def agreement_blocks(agreements: Iterable[Agreement], store: BlockStore | None = None, version: str = "") -> MadeBlocks:
    """Every agreement's :func:`agreement_block` added to the :class:`Triples` that :func:`build_triples` will go on filling.

    >>> from nhskg.model import Agreement, Extraction
    >>> agreements = [Agreement("NIC-36767-G4H9Z", title="Risk stratification")]
    >>> made = agreement_blocks(agreements)
    >>> build_triples(agreements, Extraction(), made=made).ntriples() == build_triples(agreements, Extraction()).ntriples()
    True
    """
    agreements = sorted(agreements, key=lambda a: a.reference)
    sheets = sheet_files(agreements)
    made = MadeBlocks(_block_context(version, sheets), Triples(), {})
    for a in agreements:
        lines, sources, datasets = agreement_block(a, sheets, store, made.context)
        made.triples.add_lines(lines)
        made.cited[a.reference] = (sources, datasets)
    return made


def block_key(a: Agreement, context: str, sheets: dict[str, set[str]] | None = None) -> str:
    """The digest an agreement's block is kept under: every field of it but its free text, and ``context``.

    The free text (``sections``, the versions' ``texts``) makes flows, not the
    block; everything else of the record is in its ``repr`` (lists and dicts in
    the order read: a different order only misses the cache).  A cell cited by
    its sheet alone (``sheets``: :meth:`_Builder.by_sheet`) is keyed without
    its file's name, which no triple of it holds: next month's workbook, under
    another name, reuses the blocks of the agreements it did not change.
    """
    def place(loc: Location) -> tuple:
        cited_by_sheet = sheets is not None and loc.sheet is not None and sheets.get(loc.sheet) == {loc.file}
        return ("" if cited_by_sheet else loc.file, loc.line, loc.sheet, loc.row, loc.column)

    # every field (vars: a field added to the model tomorrow is keyed too), each Location placed as above;
    # a version's texts are left out (they make flows), as their repr leaves them out
    parts = (
        repr(replace(a, sections=[], locations=[], field_locations={}, releases=[], version_records=[])),
        repr([place(loc) for loc in a.locations]),
        repr([(name, place(loc)) for name, loc in a.field_locations.items()]),
        repr([{**vars(r), "location": place(r.location)} for r in a.releases]),
        repr([{**vars(v), "location": place(v.location), "texts": None} for v in a.version_records]),
    )
    return hashlib.sha256("\0".join((context, *parts)).encode()).hexdigest()


def agreement_block(
    a: Agreement, sheets: dict[str, set[str]], store: BlockStore | None = None, context: str = ""
) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """An agreement's own triples as N-Triples lines (sorted), the source documents they describe, the datasets they cite.

    Its node with the register's fields, its release rows and its versions:
    a function of its record and of which files hold which sheets alone, so
    kept in ``store`` between builds. (What the extraction says of it, its
    applicant, mentions and flows, is added by :func:`build_triples`.)
    """
    key = block_key(a, context, sheets) if store is not None else None
    found = store.get(key) if store is not None and key is not None else None
    if found is not None:
        data, sources, datasets = found
        lines = data.decode("utf-8").split("\n")
        lines.pop()  # the text ends in a newline
        return lines, sources, datasets
    builder = _BlockBuilder()
    builder.sheet_files = sheets
    builder.agreement(a)
    add_version_nodes(builder.lines, a)
    lines = builder.lines.sorted_lines()
    sources = tuple(sorted(str(node) for node in builder._sources.values()))
    if store is not None and key is not None:
        store.put(key, (("\n".join(lines) + "\n").encode("utf-8") if lines else b"", sources, tuple(builder.cited_datasets)))
    return lines, sources, tuple(builder.cited_datasets)


def sheet_files(agreements: Iterable[Agreement]) -> dict[str, set[str]]:
    """Each register sheet the agreements were read from, with the files that held it.

    >>> from nhskg.model import Agreement, Location
    >>> a = Agreement("NIC-1-AAAAA", locations=[Location("r.xlsx", sheet="DataReleases", row=2), Location("p.txt", 3)])
    >>> sheet_files([a])
    {'DataReleases': {'r.xlsx'}}
    """
    found: dict[str, set[str]] = {}

    def note(loc: Location | None) -> None:
        if loc is not None and loc.sheet is not None:
            found.setdefault(loc.sheet, set()).add(loc.file)

    for a in agreements:
        for loc in a.locations:
            note(loc)
        for loc in a.field_locations.values():
            note(loc)
        for section in a.sections:
            note(section.location)
        for release in a.releases:
            note(release.location)
        for record in a.version_records:
            note(record.location)
    return found
