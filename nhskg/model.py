"""The record model shared by every stage: readers -> nlp -> graph -> exports.

Readers turn register documents into :class:`Agreement` records (structured
fields plus free-text :class:`Section` s).  The NLP stage turns them into an
:class:`Extraction` (resolved organisations, flows and roles, each with
:class:`Evidence`).  The graph stage turns both into RDF.  Nothing here
imports from a later stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nhskg.kinds import ORG_KINDS as _KINDS

#: Organisation kinds, in the order a flow usually passes through them (declared in ontology/kinds.toml).
ORG_KINDS = _KINDS

#: Data states a flow can carry.
DATA_STATES = ("identifiable", "pseudonymised", "anonymised", "aggregate", "unspecified")

#: How the target gets the data.
FLOW_MODES = ("transfer", "access")

#: Roles an organisation can hold in an agreement.
ROLES = (
    "applicant",  # the organisation the register lists as recipient/applicant
    "controller",  # data controller
    "processor",  # data processor
    "non-accessing-processor",  # listed as processor but does not access the data
    "access-would-breach",  # any access by this organisation would breach the DSA
    "access-restricted-to",  # access is restricted to employees of this organisation
)

#: The canonical id of the releasing body (NHS Digital, formerly HSCIC).
NHS_DIGITAL = "nhs-digital"
#: The rule name of the release NHS Digital -> applicant the register's fields state (nlp/register.py);
#: flows read from the text name a row of nlp.flows.FLOW_RULES.
REGISTER_FIELDS_RULE = "register-fields"
#: Section name of the register-fields evidence behind such a release.
REGISTER_FIELDS_SECTION = "Register fields"


@dataclass(frozen=True, order=True)
class Location:
    """Where something was read: a file and line, or a file, sheet, row and column."""

    file: str
    line: int | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        if self.sheet is not None:
            where = f"{self.file} [{self.sheet}]"
            if self.row is not None:
                where += f" row {self.row}"
            if self.column:
                where += f" column {self.column!r}"
            return where
        if self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file

    def at_line(self, line: int) -> Location:
        """The same place moved to another line (for text inside a section)."""
        return Location(self.file, line, self.sheet, self.row, self.column)


@dataclass
class Section:
    """A free-text section of an agreement, exactly as written (after punctuation repair).

    ``location`` is where the first line of ``text`` sits; for text files the
    line of character offset ``i`` is ``location.line + text.count("\\n", 0, i)``.
    """

    name: str  # canonical: Objectives, Processing, Outputs, Expected Benefits, Yielded Benefits, Purposes
    text: str
    location: Location
    offset: int = 0  # where ``text`` starts in the cell or section as written (a part of a very long one)

    def location_of(self, offset: int) -> Location:
        """The location of character ``offset`` of :attr:`text`."""
        if self.location.line is None:
            return self.location
        return self.location.at_line(self.location.line + self.text.count("\n", 0, offset))


@dataclass
class DatasetRef:
    """A dataset under its canonical name, with the name as written."""

    canonical: str
    as_written: str
    aliases: list[str] = field(default_factory=list)  # other spellings of it seen for the same agreement


@dataclass
class FileRelease:
    """One file released under an agreement (a row of a DataReleases sheet)."""

    dataset: DatasetRef
    location: Location
    file_reference: str | None = None
    month: str | None = None  # YYYY-MM
    opt_outs_applied: bool | None = None  # None: not stated / not applicable
    opt_outs_as_written: str | None = None
    type_of_data: str | None = None
    sensitivity: str | None = None
    legal_basis: str | None = None
    frequency: str | None = None
    amendment_reason: str | None = None  # AmendmentsToPreviousRegisters rows: why the row was amended


@dataclass
class VersionRecord:
    """One version of an agreement as the Data Uses Register lists it (one Agreements row).

    ``texts`` holds the free text of that version by section name, so a flow
    can say which versions state its sentence; identical text shared by
    versions is one :class:`Section` (read and extracted once).
    """

    reference: str  # as written, e.g. DARS-NIC-00574-V2H1F-v4.2
    number: str | None  # "4.2"; None when the reference carries no version suffix
    location: Location
    dsa_start: str | None = None
    dsa_end: str | None = None
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    fields: dict[str, str] = field(default_factory=dict)  # this version's title, applicant, ... (one line each)
    datasets: list[str] = field(default_factory=list)  # dataset names the Datasets sheet lists for it, as written

    @property
    def sort_key(self) -> tuple:
        """Order of versions: by version number, unnumbered first."""
        if not self.number:
            return ((), self.reference)
        return (tuple(int(p) for p in self.number.split(".") if p.isdigit()), self.reference)


@dataclass
class Agreement:
    """One data-sharing agreement, identified by its core reference.

    ``reference`` is the core ``NIC-<digits>-<5 chars>`` (or the whole
    reference where there is none, e.g. ``CASEMIX_NHSE``); ``versions`` keeps
    every reference as written (``DARS-NIC-…-v1.4``).
    """

    reference: str
    versions: list[str] = field(default_factory=list)
    title: str | None = None
    applicant: str | None = None  # recipient organisation as written
    applicant_type: str | None = None
    controllers: list[str] = field(default_factory=list)
    controller_arrangement: str | None = None  # Sole / Joint
    legal_bases: list[str] = field(default_factory=list)
    opt_outs: list[str] = field(default_factory=list)  # values as written
    types_of_data: list[str] = field(default_factory=list)
    sensitivity: list[str] = field(default_factory=list)
    access_methods: list[str] = field(default_factory=list)  # access method / frequency
    purposes_field: str | None = None  # the compact layout's "Purposes:" line
    dsa_start: str | None = None  # YYYY-MM-DD
    dsa_end: str | None = None
    release_start: str | None = None  # YYYY-MM (first/last month files were released)
    release_end: str | None = None
    release_months: list[str] = field(default_factory=list)
    sublicensing: list[str] = field(default_factory=list)
    commercial: str | None = None
    common_law_duty: list[str] = field(default_factory=list)  # Common Law Duty of Confidentiality basis
    datasets: list[DatasetRef] = field(default_factory=list)
    releases: list[FileRelease] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)  # every place a part of it was read
    field_locations: dict[str, Location] = field(default_factory=dict)  # structured field -> where
    page: PageInfo | None = None
    version_records: list[VersionRecord] = field(default_factory=list)  # Data Uses Register only

    @property
    def newest_version(self) -> VersionRecord | None:
        """The version with the highest version number (None outside the Data Uses Register)."""
        return max(self.version_records, key=lambda v: v.sort_key, default=None)

    def section(self, name: str) -> Section | None:
        for s in self.sections:
            if s.name == name:
                return s
        return None

    def line_at(self, location: Location) -> str | None:
        """The text of its page's line at ``location`` (stripped), or None when that is not on its page.

        >>> page = PageInfo("NHS Cumbria Ccg", Location("p.txt", 1), lines=["NHS Cumbria Ccg projects", " Sensitive: Yes "])
        >>> a = Agreement("NIC-1-AAAAA", page=page)
        >>> a.line_at(Location("p.txt", 2)), a.line_at(Location("p.txt", 3)), a.line_at(Location("q.txt", 2))
        ('Sensitive: Yes', None, None)
        """
        page = self.page
        if page is None or location.line is None or location.sheet is not None or location.file != page.location.file:
            return None
        if not 0 < location.line <= len(page.lines):
            return None
        return page.lines[location.line - 1].strip() or None

    @property
    def opt_outs_both_ways(self) -> bool:
        """Files of one dataset in one month were sent both with and without opt-outs applied."""
        seen: dict[tuple[str, str | None], set[bool]] = {}
        for r in self.releases:
            if r.opt_outs_applied is not None:
                seen.setdefault((r.dataset.canonical, r.month), set()).add(r.opt_outs_applied)
        return any(len(v) == 2 for v in seen.values())


@dataclass
class PageInfo:
    """Page-level facts of a reformatted register page (one recipient's projects)."""

    recipient: str | None
    location: Location
    files_disseminated_unsafely: int | None = None
    opt_outs_both_ways_flag: bool = False  # the page's 🚩 line
    flag_text: str | None = None
    # the page's lines as read (repaired), so a structured field's line can be quoted as evidence
    lines: list[str] = field(default_factory=list, repr=False, compare=False)


@dataclass
class Problem:
    """A warning or error about the input, with where it is."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass
class ReadResult:
    """What one reader made of one input file."""

    path: str
    layout: str  # compact | spaced | legacy | xlsx-2017 | xlsx-dur | csv-2017-* | csv-dur-* | unreadable
    agreements: list[Agreement] = field(default_factory=list)
    pages: list[PageInfo] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    records_read: int = 0  # rows / agreement blocks seen
    records_skipped: int = 0  # of which skipped (each one has a warning)
    # Data Uses Register Datasets/DataReleases rows read with no Agreements sheet in the same file (sheets saved
    # as separate CSV files), checked against the other inputs' Agreements rows once all are read (readers.dur)
    unchecked: list = field(default_factory=list, repr=False, compare=False)


# --- what the NLP stage produces -------------------------------------------------


@dataclass
class Organisation:
    """One real organisation, under one canonical id, with every surface form seen."""

    id: str  # stable slug, e.g. "north-of-england-dscro"
    label: str  # canonical name (skos:prefLabel)
    kind: str  # one of ORG_KINDS
    aliases: set[str] = field(default_factory=set)  # every other surface form (skos:altLabel)
    ods_code: str | None = None
    part_of: str | None = None  # id of the organisation this one is part of / hosted by
    # ids of organisations this one succeeded (e.g. the CCGs whose footprint an ICB took over),
    # each with the sentence that says so; empty unless the text states it
    predecessors: dict[str, Evidence] = field(default_factory=dict)


@dataclass(frozen=True, order=True)
class Evidence:
    """The exact sentence (or structured field) that states a fact, and where it is."""

    location: Location
    section: str  # section name, or the structured field's name
    text: str
    # (start, end) character offsets of ``text`` in its section's text (cell or section); () for structured fields.
    # Part of its identity: a sentence repeated in a cell is two pieces of evidence.
    span: tuple[int, ...] = ()


@dataclass(frozen=True, order=True)
class Flow:
    """Data passing from ``source`` to ``target`` under ``agreement``, as the evidence states."""

    agreement: str  # core reference
    source: str  # organisation id
    target: str  # organisation id
    datasets: tuple[str, ...]  # canonical dataset names named for this edge (may be empty)
    state: str  # one of DATA_STATES
    mode: str  # one of FLOW_MODES
    evidence: Evidence
    # the name of the rule that read it (nlp.flows.FLOW_RULES, or "register-fields"); not part of its identity:
    # two rules reading the same flow from the same sentence make one flow
    rule: str = field(default="", compare=False)
    # the ends the text leaves implicit and resolution inferred ("source", "target"): an implicit subject, a heading,
    # "the CCG", a placeholder, a collective, a system's holder; an investigator can filter these weaker hops
    inferred_end: tuple[str, ...] = field(default=(), compare=False)

    @property
    def from_register_fields(self) -> bool:
        """Whether the register's structured fields state it (the release NHS Digital -> applicant), not its text."""
        return self.rule == REGISTER_FIELDS_RULE


@dataclass(frozen=True, order=True)
class Role:
    """An organisation's role in an agreement, as the evidence states."""

    agreement: str
    organisation: str  # organisation id
    role: str  # one of ROLES
    evidence: Evidence


@dataclass
class Extraction:
    """Everything the NLP stage found across all agreements."""

    organisations: dict[str, Organisation] = field(default_factory=dict)
    flows: list[Flow] = field(default_factory=list)  # the flows the free text states
    roles: list[Role] = field(default_factory=list)
    # agreement reference -> organisation id of the applicant (structured field, resolved)
    applicants: dict[str, str] = field(default_factory=dict)
    # agreement reference -> organisation ids mentioned anywhere in its text
    mentions: dict[str, set[str]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    # the release NHS Digital -> applicant the register's structured fields state, one per agreement whose
    # applicant resolved (nlp/register.py; rule REGISTER_FIELDS_RULE)
    register_flows: list[Flow] = field(default_factory=list)

    @property
    def all_flows(self) -> list[Flow]:
        """The text's flows and the register's releases, sorted: the graph's ``nhskg:DataFlow`` nodes, and every count of flows.

        >>> ev = Evidence(Location("p.txt", 1), "Processing", "NHS Digital sends data to the DSCRO.")
        >>> x = Extraction(flows=[Flow("A", "nhs-digital", "dscro", (), "identifiable", "transfer", ev)],
        ...                register_flows=[Flow("A", "nhs-digital", "ccg", (), "unspecified", "transfer", ev, rule=REGISTER_FIELDS_RULE)])
        >>> [(f.target, f.from_register_fields) for f in x.all_flows]
        [('ccg', True), ('dscro', False)]
        """
        return sorted([*self.flows, *self.register_flows])
