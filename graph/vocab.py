"""Namespaces, term constants and IRI minting for the nhskg RDF graph.

Every IRI the graph stage mints comes from a function here, so the same input
always gives the same IRI:

- ``id/agreement/<CORE-REF>``          :func:`agreement_iri`
- ``id/org/<slug>``                    :func:`org_iri`
- ``id/dataset/<slug>``                :func:`dataset_iri`
- ``id/flow/<hash of its content>``    :func:`flow_iri`
- ``id/evidence/<hash of its content>`` :func:`evidence_iri`

Terms come from W3C / community vocabularies (DPV, PROV-O, ORG, DCAT, SKOS,
DCTERMS) wherever they have one; ``nhskg:`` holds only what they lack.

>>> str(agreement_iri("NIC-36767-G4H9Z"))
'https://w3id.org/nhskg/id/agreement/NIC-36767-G4H9Z'
>>> str(dataset_iri("Hospital Episode Statistics Admitted Patient Care"))
'https://w3id.org/nhskg/id/dataset/hospital-episode-statistics-admitted-patient-care'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import PurePath
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from nhskg.kinds import KINDS
from nhskg.model import DATA_STATES, FLOW_MODES, ORG_KINDS, ROLES, Evidence, FileRelease, Flow, Role

# --- namespaces --------------------------------------------------------------------

NHSKG = Namespace("https://w3id.org/nhskg/ns#")
ID = "https://w3id.org/nhskg/id/"
DPV = Namespace("https://w3id.org/dpv#")
ORG = Namespace("http://www.w3.org/ns/org#")

#: The prefixes every serialisation binds, in this order (fixed: output bytes depend on it).
PREFIXES: dict[str, str] = {
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "dpv": str(DPV),
    "nhskg": str(NHSKG),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}

#: Prefixes for our own resources (``id/<kind>/``), so graph.ttl reads ``organisation:nhs-cumbria-ccg``.
RESOURCE_PREFIXES: dict[str, str] = {
    name.replace("-", ""): ID + name + "/"
    for name in (
        "agreement", "change", "dataset", "derivation", "evidence", "flow",
        "legal-basis", "org", "release", "role", "sheet", "source",
    )
}
RESOURCE_PREFIXES["organisation"] = RESOURCE_PREFIXES.pop("org")

# --- organisation kinds -> classes ---------------------------------------------------

#: model.ORG_KINDS -> the nhskg class of that kind (each a subclass of org:Organization).
KIND_CLASSES: dict[str, URIRef] = {kind: NHSKG[KINDS[kind].rdf_class] for kind in ORG_KINDS}
KIND_OF_CLASS: dict[URIRef, str] = {v: k for k, v in KIND_CLASSES.items()}

# --- data states -> concepts ----------------------------------------------------------

#: model.DATA_STATES -> concept; DPV has the first three, we add the other two.
STATE_CONCEPTS: dict[str, URIRef] = {
    "identifiable": DPV.IdentifyingPersonalData,
    "pseudonymised": DPV.PseudonymisedData,
    "anonymised": DPV.AnonymisedData,
    "aggregate": NHSKG.AggregateData,
    "unspecified": NHSKG.UnspecifiedDataState,
}
STATE_OF_CONCEPT: dict[URIRef, str] = {v: k for k, v in STATE_CONCEPTS.items()}
assert set(STATE_CONCEPTS) == set(DATA_STATES)

#: model.FLOW_MODES -> DPV processing concept.
MODE_CONCEPTS: dict[str, URIRef] = {"transfer": DPV.Transfer, "access": DPV.Access}
MODE_OF_CONCEPT: dict[URIRef, str] = {v: k for k, v in MODE_CONCEPTS.items()}
assert set(MODE_CONCEPTS) == set(FLOW_MODES)

#: model.ROLES -> (role concept for the qualified role node, direct property on the agreement or None).
ROLE_TERMS: dict[str, tuple[URIRef, URIRef | None]] = {
    "applicant": (NHSKG.ApplicantRole, NHSKG.applicant),
    "controller": (DPV.DataController, DPV.hasDataController),
    "processor": (DPV.DataProcessor, DPV.hasDataProcessor),
    "non-accessing-processor": (NHSKG.NonAccessingProcessor, DPV.hasDataProcessor),
    "access-would-breach": (NHSKG.AccessWouldBreach, None),
    "access-restricted-to": (NHSKG.AccessRestrictedTo, None),
}
assert set(ROLE_TERMS) == set(ROLES)

#: How a flow is stated: by the free text, or by the register's structured fields.
STATED_BY_TEXT = NHSKG.FreeText
STATED_BY_REGISTER = NHSKG.RegisterFields

# --- term constants rdf.py uses (so typos fail at import, not silently) -------------------

# classes
AGREEMENT_CLASSES = (DPV.DataProcessingAgreement, NHSKG.DataSharingAgreement)
FLOW_CLASS = NHSKG.DataFlow
EVIDENCE_CLASS = NHSKG.Evidence  # subclass of prov:Entity
ROLE_STATEMENT_CLASS = NHSKG.RoleStatement
LEGAL_BASIS_CLASS = DPV.LegalBasis
RELEASE_CLASS = NHSKG.FileRelease
DATASET_CLASS = DCAT.Dataset
ORGANISATION_CLASS = ORG.Organization
CHANGE_EVENT_CLASS = ORG.ChangeEvent
STATE_SCHEME = NHSKG.DataStates
MODE_SCHEME = NHSKG.FlowModes
ROLE_SCHEME = NHSKG.Roles
STATEMENT_SCHEME = NHSKG.StatementSources

# flow properties
SOURCE = NHSKG.source
TARGET = NHSKG.target
IN_AGREEMENT = NHSKG.agreement
DATASET = NHSKG.dataset
DATA_STATE = NHSKG.dataState
MODE = NHSKG.mode
STATED_BY = NHSKG.statedBy
EXTRACTION_RULE = NHSKG.extractionRule  # the name of the rule that read the flow
INFERRED_END = NHSKG.inferredEnd  # "source" / "target": an end the text leaves implicit and resolution inferred

# agreement properties
APPLICANT = NHSKG.applicant
APPLICANT_AS_WRITTEN = NHSKG.applicantAsWritten
APPLICANT_TYPE = NHSKG.applicantType
CONTROLLER_AS_WRITTEN = NHSKG.controllerAsWritten
CONTROLLER_ARRANGEMENT = NHSKG.controllerArrangement
VERSION = NHSKG.versionReference
OPT_OUTS = NHSKG.optOutsHonoured
TYPE_OF_DATA = NHSKG.typeOfData
AMENDMENT_REASON = NHSKG.amendmentReason
SENSITIVITY = NHSKG.sensitivity
ACCESS_METHOD = NHSKG.accessMethod
PURPOSES_FIELD = NHSKG.purposesField
DSA_START = NHSKG.dsaStart
DSA_END = NHSKG.dsaEnd
RELEASE_START = NHSKG.releaseStart
RELEASE_END = NHSKG.releaseEnd
RELEASE_MONTH = NHSKG.releaseMonth
SUBLICENSING = NHSKG.sublicensing
COMMERCIAL = NHSKG.commercialPurpose
FILES_UNSAFE = NHSKG.filesDisseminatedUnsafely
BOTH_WAYS_FLAG = NHSKG.optOutsBothWaysFlag
BOTH_WAYS = NHSKG.optOutsBothWays
FLAG_TEXT = NHSKG.flagText
HAS_RELEASE = NHSKG.fileRelease
MENTIONS = NHSKG.mentions

# file release properties
MONTH = NHSKG.month
OPT_OUTS_APPLIED = NHSKG.optOutsApplied
FILE_REFERENCE = NHSKG.fileReference
FREQUENCY = NHSKG.frequency

# evidence properties
QUOTE = NHSKG.quote
START_OFFSET = NHSKG.startOffset  # character offsets of the quote in its section's text (cell or section)
END_OFFSET = NHSKG.endOffset
SOURCE_FILE = NHSKG.sourceFile
LINE = NHSKG.line
SHEET = NHSKG.sheet
ROW = NHSKG.row
COLUMN = NHSKG.column
SECTION = NHSKG.section
LOCATION = NHSKG.location  # human-readable "file:line" / "file [sheet] row n"
SOURCE_DOCUMENT_CLASS = NHSKG.SourceDocument  # subclass of prov:Location
LAYOUT = NHSKG.layout

# organisation properties
ODS_CODE = NHSKG.odsCode
KIND = NHSKG.kind  # the plain kind word, for queries that do not want class IRIs

# role statement properties
QUALIFIED_ROLE = NHSKG.qualifiedRole

# --- IRI minting ----------------------------------------------------------------------


def slug(text: str) -> str:
    """A lowercase ASCII slug: letters and digits, single hyphens between words.

    >>> slug("Hospital Episode Statistics (HES) A&E")
    'hospital-episode-statistics-hes-a-e'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def stable_hash(*parts: object, length: int = 16) -> str:
    """A hex digest of ``parts`` that is the same on every run and platform.

    >>> stable_hash("a", None, 1)
    '7693f8c3cc4bdf96'
    """
    joined = "\x1f".join("\x00" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=1 << 16)  # per release row at the DUR's size; pure and immutable
def _short_slug(text: str, limit: int = 60) -> str:
    """The slug of ``text``, cut and made unique by a hash suffix when it is long."""
    s = slug(text)
    if len(s) <= limit:
        return s
    return s[:limit].rstrip("-") + "-" + stable_hash(text, length=8)


def agreement_iri(reference: str) -> URIRef:
    """The agreement's IRI, by core reference (``NIC-36767-G4H9Z``)."""
    return URIRef(ID + "agreement/" + quote(reference.strip(), safe="-_.~"))


def org_iri(org_id: str) -> URIRef:
    """The organisation's IRI, by its canonical slug (``north-of-england-dscro``)."""
    return URIRef(ID + "org/" + quote(org_id, safe="-_.~"))


@lru_cache(maxsize=1 << 16)  # per release row at the DUR's size; pure and immutable
def dataset_iri(name: str) -> URIRef:
    """The dataset's IRI, by the slug of its canonical name."""
    return URIRef(ID + "dataset/" + _short_slug(name, 80))


@lru_cache(maxsize=1 << 16)  # per release row at the DUR's size; pure and immutable
def legal_basis_iri(text: str) -> URIRef:
    """A legal basis as written (whitespace- and case-insensitive), e.g. ``Health and Social Care Act 2012``."""
    return URIRef(ID + "legal-basis/" + _short_slug(" ".join(text.split())))


def file_key(file: str) -> str:
    """The part of a file path IRIs depend on: the path as recorded, relative to the folder holding
    the build's inputs (so ``a/page.txt`` and ``b/page.txt`` stay two sources); an absolute path by its name,
    so a graph's IRIs do not change with the folder it was built from.

    >>> file_key("/work/shared/seeds/001_d56ed5694f6db4e9.txt"), file_key("a/page.txt")
    ('001_d56ed5694f6db4e9.txt', 'a/page.txt')
    """
    path = PurePath(file.replace("\\", "/"))
    return (path.name if path.is_absolute() else path.as_posix()) or file


def _place_key(loc) -> str:
    """The file part of a location's key: none for a register sheet's cell, which its sheet, row and
    column already place, so a workbook and its sheets saved as CSV give the same IRIs."""
    return "" if loc.sheet is not None else file_key(loc.file)


def _evidence_key(evidence: Evidence) -> tuple:
    loc = evidence.location
    return (_place_key(loc), loc.line, loc.sheet, loc.row, loc.column, evidence.section, evidence.text, *evidence.span)


def evidence_iri(evidence: Evidence) -> URIRef:
    """The evidence's IRI: a hash of its location, section and sentence."""
    return URIRef(ID + "evidence/" + stable_hash("evidence", *_evidence_key(evidence)))


def flow_iri(flow: Flow, stated_by: str = "text") -> URIRef:
    """The flow's IRI: a hash of everything it says (agreement, ends, datasets, state, mode, evidence)."""
    return URIRef(
        ID
        + "flow/"
        + stable_hash(
            "flow", stated_by, flow.agreement, flow.source, flow.target, "|".join(sorted(flow.datasets)),
            flow.state, flow.mode, *_evidence_key(flow.evidence),
        )
    )


def role_iri(role: Role) -> URIRef:
    """The qualified role statement's IRI: a hash of agreement, organisation, role and evidence."""
    return URIRef(
        ID + "role/" + stable_hash("role", role.agreement, role.organisation, role.role, *_evidence_key(role.evidence))
    )


def release_iri(reference: str, release: FileRelease) -> URIRef:
    """A released file's IRI: a hash of the agreement, dataset, month, opt-outs and where it is listed."""
    loc = release.location
    return URIRef(
        ID
        + "release/"
        + stable_hash(
            "release", reference, release.dataset.canonical, release.month, release.opt_outs_applied,
            release.file_reference, _place_key(loc), loc.line, loc.sheet, loc.row, loc.column,
        )
    )


def change_event_iri(successor_id: str, predecessor_ids: list[str] | tuple[str, ...]) -> URIRef:
    """An org:ChangeEvent (e.g. CCGs succeeded by an ICB)."""
    return URIRef(ID + "change/" + stable_hash("change", successor_id, *sorted(predecessor_ids)))


def source_iri(file: str) -> URIRef:
    """The register document a fact was read from (a prov:Location), by its file name as recorded."""
    return URIRef(ID + "source/" + _short_slug(file_key(file), 80))


def sheet_iri(sheet: str) -> URIRef:
    """A register sheet as a source (a prov:Location), by its name: the same whether read from a workbook or a CSV.

    >>> sheet_iri("DataReleases")
    rdflib.term.URIRef('https://w3id.org/nhskg/id/sheet/datareleases')
    """
    return URIRef(ID + "sheet/" + _short_slug(sheet, 80))


def derivation_iri(subject: URIRef, evidence: URIRef) -> URIRef:
    """The prov:Derivation qualifying ``subject prov:wasDerivedFrom evidence``."""
    return URIRef(ID + "derivation/" + stable_hash("derivation", str(subject), str(evidence)))
