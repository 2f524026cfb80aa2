"""The official register sheets: recognise a sheet from its header row and turn its
rows into agreements, whether the rows come from an .xlsx sheet or a per-sheet CSV.

2017-era register: ``DataReleases`` (one row per file released),
``PurposeStatements`` (free text), ``AmendmentsToPreviousRegisters`` (release
rows plus a trailing reason column).  Current Data Uses Register:
``Agreements``, ``Datasets``, ``DataReleases``.  Headers are matched after
making whitespace (line breaks, NBSPs) single spaces and ignoring case;
extra columns are tolerated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Agreement, FileRelease, Location, Section
from . import dur
from .datasets import add_dataset, dataset_ref
from .problems import ProblemLog
from .references import core_reference
from .values import (
    clean,
    one_line,
    opt_outs_applied,
    parse_date,
    parse_month,
    repaired,
    split_legal_bases,
    split_list,
)
from .values import (
    type_of_data as one_type_of_data,
)


def header_key(cell: object) -> str:
    """A header cell as matched: whitespace made single spaces, case folded."""
    if cell is None:
        return ""
    return " ".join(repaired(str(cell)).split()).casefold()


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as issue 2 writes it, normalised by header_key
    prefix: bool = False  # long headers ("Patient Opt-Outs applied (Note: ...)") match on their start
    optional: bool = False

    def matches(self, cell: str) -> bool:
        wanted = header_key(self.header)
        return cell.startswith(wanted) if self.prefix else cell == wanted


@dataclass(frozen=True)
class SheetKind:
    name: str  # layout suffix: "2017-releases", "dur-agreements", ...
    sheet: str  # the official sheet name (used for CSV locations)
    register: str  # "2017" or "dur"
    columns: tuple[Column, ...]

    def match(self, header: list[str]) -> dict[str, int] | None:
        found: dict[str, int] = {}
        for column in self.columns:
            index = next((i for i, cell in enumerate(header) if cell and column.matches(cell)), None)
            if index is None:
                if not column.optional:
                    return None
                continue
            found[column.key] = index
        return found


_RELEASES_2017 = (
    Column("row_id", "RowID", optional=True),
    Column("organisation", "Organisation Name"),
    Column("dataset", "us"),
    Column("type_of_data", "Data provided to customer", prefix=True),
    Column("sensitivity", "Sensitive or Non-Sensitive"),
    Column("legal_basis", "Legal Basis for Provision of Data"),
    Column("purpose", "Purpose"),
    Column("frequency", "One off release or Ongoing releases"),
    Column("reference", "NIC Number"),
    Column("mr_number", "MR Number", prefix=True, optional=True),
    Column("opt_outs", "Patient Opt-Outs applied", prefix=True),
)
_FREE_TEXT = (
    Column("Objectives", "Objective for Processing"),
    Column("Processing", "Processing Activities"),
    Column("Outputs", "Expected Output"),
    Column("Expected Benefits", "Expected Measurable Benefits"),
)
SECTION_COLUMNS = ("Objectives", "Processing", "Outputs", "Expected Benefits", "Yielded Benefits")

KINDS = (
    SheetKind("dur-agreements", "Agreements", "dur", (
        Column("reference", "Reference Number"),
        Column("title", "Application Title"),
        Column("applicant", "Applicant Organisation"),
        Column("applicant_type", "Applicant Organisation Type"),
        Column("controllers", "Data Controller(s)"),
        Column("controller_arrangement", "Sole/Joint Data Controller"),
        Column("dsa_start", "DSA Start Date"),
        Column("dsa_end", "DSA End Date"),
        Column("sublicensing", "Does Sublicensing Apply"),
        Column("commercial", "For Commercial Purposes"),
        *_FREE_TEXT,
        Column("Yielded Benefits", "Yielded Benefits", optional=True),
    )),
    SheetKind("dur-releases", "DataReleases", "dur", (
        Column("file_reference", "File Reference"),
        Column("reference", "Reference Number"),
        Column("dataset", "Dataset"),
        Column("type_of_data", "Type of Data"),
        Column("sensitivity", "Sensitive or Non-Sensitive"),
        Column("opt_outs", "Patient Opt-Outs Applied", prefix=True),
        Column("legal_basis", "Legal Basis for Provision of Data"),
        Column("frequency", "Frequency"),
        Column("month", "Month File Released"),
    )),
    SheetKind("dur-datasets", "Datasets", "dur", (
        Column("reference", "Reference Number"),
        Column("dataset", "Dataset"),
        Column("type_of_data", "Type of Data"),
        Column("sensitivity", "Sensitive or Non-Sensitive"),
        Column("frequency", "Frequency"),
        Column("legal_basis", "Legal Basis for Provision of Data"),
        Column("common_law_duty", "Common Law Duty of Confidentiality"),
    )),
    SheetKind("2017-purposes", "PurposeStatements", "2017", (
        Column("reference", "Reference Number"),
        Column("organisation", "Organisation"),
        *_FREE_TEXT,
    )),
    SheetKind("2017-releases", "DataReleases", "2017", _RELEASES_2017),
)
#: A column that gives why a release row was amended ("Reason for Amendment"); not "Last changed".
_AMENDMENT_HEADER = re.compile(r"\b(?:reasons?|amendments?|amended|corrections?)\b", re.IGNORECASE)


@dataclass
class Table:
    """A recognised sheet: its kind, header row and where each column is."""

    kind: SheetKind
    header_row: int  # 1-based
    columns: dict[str, int]
    headers: list[str]  # header cells as written, whitespace tidied

    @property
    def layout(self) -> str:
        return self.kind.name


def recognise(rows: list[tuple[int, list[object]]]) -> Table | None:
    """The table whose header row is among ``rows`` (the first few rows of a sheet)."""
    for at, (number, cells) in enumerate(rows):
        header = [header_key(c) for c in cells]
        if sum(1 for h in header if h) < 3:
            continue
        for kind in KINDS:
            columns = kind.match(header)
            if columns is None:
                continue
            written = [one_line(repaired(str(c))) if c is not None else "" for c in cells]
            if kind.name == "2017-releases":
                reason = _amendment_column(header, columns, rows[at + 1:])
                if reason is not None:
                    kind = SheetKind("2017-amendments", "AmendmentsToPreviousRegisters", "2017", kind.columns)
                    columns = {**columns, "reason": reason}
            return Table(kind, number, columns, [w or "" for w in written])
    return None


def _amendment_column(header: list[str], columns: dict[str, int], below: list[tuple[int, list[object]]]) -> int | None:
    """The column of an AmendmentsToPreviousRegisters sheet that says why each row was amended, if this is one.

    Either a header names it ("Reason for Amendment"), or (as in the 2017
    register) the sheet has no RowID column and its rows carry one more cell,
    under no header, after the last headed column.
    """
    used = set(columns.values())
    named = [i for i, h in enumerate(header) if h and i not in used and _AMENDMENT_HEADER.search(h)]
    if named:
        return named[-1]
    if "row_id" in columns:
        return None
    last = max((i for i, h in enumerate(header) if h), default=-1)
    for _, cells in below:
        extra = [i for i in range(last + 1, len(cells)) if cells[i] is not None and str(cells[i]).strip()]
        if extra:
            return extra[0]
    return None


@dataclass
class Collector:
    """Agreements built from the rows of one file, with the counts the report needs."""

    path: str
    log: ProblemLog
    agreements: dict[str, Agreement] = field(default_factory=dict)
    records_read: int = 0
    records_skipped: int = 0
    #: (sheet, row, column index) -> why that cell reads as empty (a workbook's formula or merged cell), or None
    why_empty: Callable[[str, int, int | None], str | None] | None = None
    dur: dur.DurState | None = None  # Data Uses Register rows still to check against each other
    unchecked: list = field(default_factory=list)  # DUR rows with no Agreements sheet in this file (dur.check_across)
    #: each agreement's locations as a set: a list lookup per row was quadratic in an agreement's rows
    located: dict[str, set[Location]] = field(default_factory=dict, repr=False)

    def agreement(self, written: str, where: Location) -> Agreement:
        reference = core_reference(written)
        agreement = self.agreements.get(reference)
        if agreement is None:
            agreement = self.agreements[reference] = Agreement(reference=reference)
        if written not in agreement.versions:
            agreement.versions.append(written)
        seen = self.located.get(reference)
        if seen is None:
            seen = self.located[reference] = set(agreement.locations)
        if where not in seen:
            seen.add(where)
            agreement.locations.append(where)
        agreement.field_locations.setdefault("reference", where)
        return agreement

    def sorted_agreements(self) -> list[Agreement]:
        dur.finish(self)
        return [self.agreements[k] for k in sorted(self.agreements)]


Row = tuple[int, list[object], "list[int] | None"]  # row number, cells, file line of each cell (CSV)


def read_rows(table: Table, rows: Iterable[Row], sheet: str, collector: Collector) -> None:
    """Turn the data rows of ``table`` into the collector's agreements."""
    handler = _HANDLERS[table.kind.name.replace("2017-amendments", "2017-releases")]
    for number, cells, lines in rows:
        if _blank(cells):
            continue  # a blank row is not a record
        collector.records_read += 1
        row = RowView(table, cells, lines, collector.path, sheet, number)
        # an old release with no NIC number is known by its MR number alone
        written = one_line(row.text("reference") or row.text("mr_number"))
        if not written:
            why = collector.why_empty(sheet, number, table.columns.get("reference")) if collector.why_empty else None
            collector.log.warn(row.where(), f"no reference number in this row{f' ({why})' if why else ''}; skipped")
            collector.records_skipped += 1
            continue
        if not handler(row, collector.agreement(written, row.where()), collector):
            collector.records_skipped += 1


def _blank(cells: list[object]) -> bool:
    """Whether no cell holds anything but whitespace (a number or a date is never blank).

    >>> _blank([None, "  ", "\\n"]), _blank([None, 0]), _blank(["", " x "])
    (True, False, False)
    """
    for cell in cells:
        # isspace stops at the first other character: a long text cell is not copied, as strip would copy it
        if cell is not None and (not isinstance(cell, str) or (cell and not cell.isspace())):
            return False
    return True


class RowView:
    def __init__(self, table: Table, cells: list[object], lines: list[int] | None, path: str, sheet: str, number: int):
        self.table, self.cells, self.lines = table, cells, lines
        self.path, self.sheet, self.number = path, sheet, number
        self._where: dict[str | None, Location] = {}  # a row's handlers ask for each column's location several times

    def raw(self, key: str) -> object:
        index = self.table.columns.get(key)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, key: str) -> str | None:
        return clean(self.raw(key))

    def where(self, key: str | None = None) -> Location:
        found = self._where.get(key)
        if found is not None:
            return found
        if key is None:
            found = Location(self.path, self.lines[0] if self.lines else None, self.sheet, self.number)
        else:
            index = self.table.columns[key]
            line = self.lines[index] if self.lines and index < len(self.lines) else None
            column = self.table.headers[index] if index < len(self.table.headers) else ""
            found = Location(self.path, line, self.sheet, self.number, column)
        self._where[key] = found  # Location is frozen: one object can stand for every ask
        return found


_SHORT_MONTH = re.compile(r"^\d{4}\.\d$")


def _doubtful_when(raw: object) -> str | None:
    """Why a month or date cell cannot be read without guessing (None: it can be read).

    A number is no date: Excel would show 2017.1 as a day of 1905 and 201710
    as one of 2452, while its writer meant October 2017 (or January).  Text
    ``2017.1`` has lost the digit that says which month.
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return "a number, not a date (was the cell formatted as a date?)"
    if isinstance(raw, str) and _SHORT_MONTH.match(raw.strip()):
        return "one month digit: January, or October with its trailing zero lost?"
    return None


def note_field(agreement: Agreement, name: str, values: list[str], where: Location) -> None:
    current = getattr(agreement, name)
    new = [v for v in values if v not in current]
    current.extend(new)
    if values:
        agreement.field_locations.setdefault(name, where)


def _note_column(agreement: Agreement, name: str, values: list[str], row: RowView, key: str) -> None:
    """:func:`note_field` with the column's location made only when it is the field's first (once per agreement)."""
    current = getattr(agreement, name)
    current.extend([v for v in values if v not in current])
    if values and name not in agreement.field_locations:
        agreement.field_locations[name] = row.where(key)


def _scalar(agreement: Agreement, name: str, value: str | None, where: Location) -> None:
    if value and not getattr(agreement, name):
        setattr(agreement, name, value)
        agreement.field_locations.setdefault(name, where)


def _release(row: RowView, agreement: Agreement, collector: Collector) -> bool:
    dataset_name = one_line(row.text("dataset"))
    if not dataset_name:
        collector.log.warn(row.where(), f"{agreement.reference}: no dataset in this release row; skipped")
        return False
    ref = add_dataset(agreement.datasets, dataset_name)
    agreement.field_locations.setdefault(f"dataset:{ref.canonical}", row.where("dataset"))
    agreement.field_locations.setdefault("datasets", row.where("dataset"))
    opt_text = one_line(row.text("opt_outs"))
    month = None
    if "month" in row.table.columns:
        raw_month = row.raw("month")
        doubt = _doubtful_when(raw_month)
        month = None if doubt else parse_month(raw_month)
        if doubt:
            collector.log.warn(row.where("month"), f"cannot read the month {clean(raw_month)!r}: {doubt}; skipped")
        elif month is None and clean(raw_month):
            collector.log.warn(row.where("month"), f"cannot read the month {clean(raw_month)!r}")
    legal_basis = one_line(row.text("legal_basis"))
    frequency = one_line(row.text("frequency"))
    type_of_data = one_type_of_data(row.text("type_of_data"))
    sensitivity = one_line(row.text("sensitivity"))
    file_reference = one_line(row.text("file_reference") or row.text("row_id"))
    release = FileRelease(
        dataset=dataset_ref(dataset_name),
        location=row.where("dataset"),
        file_reference=file_reference,
        month=month,
        opt_outs_applied=opt_outs_applied(opt_text),
        opt_outs_as_written=opt_text,
        type_of_data=type_of_data,
        sensitivity=sensitivity,
        legal_basis=legal_basis,
        frequency=frequency,
        amendment_reason=one_line(row.text("reason")) if "reason" in row.table.columns else None,
    )
    agreement.releases.append(release)
    if row.table.kind.register == "dur":
        dur.note_row(row, agreement, collector, "releases", dataset_name)
    if "organisation" in row.table.columns:
        _scalar(agreement, "applicant", one_line(row.text("organisation")), row.where("organisation"))
    if "purpose" in row.table.columns:
        _scalar(agreement, "purposes_field", one_line(row.text("purpose")), row.where("purpose"))
    _note_column(agreement, "opt_outs", [opt_text] if opt_text else [], row, "opt_outs")
    _note_column(agreement, "types_of_data", [type_of_data] if type_of_data else [], row, "type_of_data")
    _note_column(agreement, "sensitivity", [sensitivity] if sensitivity else [], row, "sensitivity")
    _note_column(agreement, "legal_bases", split_legal_bases(legal_basis), row, "legal_basis")
    _note_column(agreement, "access_methods", [frequency] if frequency else [], row, "frequency")
    return True


def _section_text(raw: object, register: str) -> str | None:
    """A free-text cell as a section's text: repaired, trimmed, its line breaks kept (None when empty)."""
    text = clean(raw)
    if not text:
        return None
    # line breaks inside a cell are kept: they are the author's paragraphs
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return dur.bullets(text) if register == "dur" else text


#: :func:`_section_text` of a text cell, made once: a later version's row repeats most of its sections word for word.
_section_text_of_str = lru_cache(maxsize=256)(_section_text)


def _sections(row: RowView, agreement: Agreement) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in SECTION_COLUMNS:
        if name not in row.table.columns:
            continue
        raw = row.raw(name)
        register = row.table.kind.register
        text = _section_text_of_str(raw, register) if type(raw) is str else _section_text(raw, register)
        if text is None:
            continue
        same = next((s for s in agreement.sections if s.name == name and s.text == text), None)
        if same is not None:
            texts[name] = same.text  # a later version with the same text: one section (extracted once), one copy held
            continue
        texts[name] = text
        agreement.sections.append(Section(name, text, row.where(name)))
    return texts


def _purposes(row: RowView, agreement: Agreement, collector: Collector) -> bool:
    _scalar(agreement, "applicant", one_line(row.text("organisation")), row.where("organisation"))
    _sections(row, agreement)
    return True


def _dur_agreement(row: RowView, agreement: Agreement, collector: Collector) -> bool:
    for key in ("title", "applicant", "applicant_type", "controller_arrangement", "commercial"):
        _scalar(agreement, key, one_line(row.text(key)), row.where(key))
    sublicensing = one_line(row.text("sublicensing"))
    _note_column(agreement, "sublicensing", [sublicensing] if sublicensing else [], row, "sublicensing")
    for key in ("dsa_start", "dsa_end"):
        raw = row.raw(key)
        doubt = _doubtful_when(raw)
        date = None if doubt else parse_date(raw)
        if doubt:
            collector.log.warn(row.where(key), f"cannot read the date {clean(raw)!r}: {doubt}; skipped")
        elif date is None and clean(raw):
            collector.log.warn(row.where(key), f"cannot read the date {clean(raw)!r}")
        _scalar(agreement, key, date, row.where(key))
    dur.note_version(row, agreement, collector, _sections(row, agreement))  # controllers are split there
    return True


def _dur_dataset(row: RowView, agreement: Agreement, collector: Collector) -> bool:
    name = one_line(row.text("dataset"))
    if not name:
        collector.log.warn(row.where(), f"{agreement.reference}: no dataset in this row; skipped")
        return False
    ref = add_dataset(agreement.datasets, name)
    agreement.field_locations.setdefault(f"dataset:{ref.canonical}", row.where("dataset"))
    agreement.field_locations.setdefault("datasets", row.where("dataset"))
    for key, attribute in (("type_of_data", "types_of_data"), ("sensitivity", "sensitivity"), ("frequency", "access_methods")):
        value = one_type_of_data(row.text(key)) if key == "type_of_data" else one_line(row.text(key))
        _note_column(agreement, attribute, [value] if value else [], row, key)
    _note_column(agreement, "legal_bases", split_legal_bases(one_line(row.text("legal_basis"))), row, "legal_basis")
    _note_column(agreement, "common_law_duty", split_list(one_line(row.text("common_law_duty")), semicolons=True), row, "common_law_duty")
    dur.note_row(row, agreement, collector, "datasets", name)
    return True


_HANDLERS = {
    "2017-releases": _release,
    "dur-releases": _release,
    "2017-purposes": _purposes,
    "dur-agreements": _dur_agreement,
    "dur-datasets": _dur_dataset,
}


def head(rows: Iterator[Row], count: int = 10) -> list[Row]:
    """Up to ``count`` first rows, for header recognition."""
    out = []
    for row in rows:
        out.append(row)
        if len(out) >= count:
            break
    return out
