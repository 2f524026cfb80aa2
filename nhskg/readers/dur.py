"""The current Data Uses Register (``Agreements``, ``Datasets``, ``DataReleases``) at full size.

What the generic sheet reader (:mod:`.tables`) leaves to this module:

- **versions**: every ``Agreements`` row is one version (``DARS-NIC-00574-V2H1F-v4.2``)
  of one agreement; each is kept as a :class:`~nhskg.model.VersionRecord` with its
  period and its own text, while text shared by versions stays one section
  (read, and extracted, once);
- **Data Controller(s)** cells separate controllers with ``;``, line breaks or a
  plain comma, while some names hold commas ("NHS BRISTOL, NORTH SOMERSET AND
  SOUTH GLOUCESTERSHIRE ICB - 15C", "MCKINSEY & COMPANY, INC."): the file's
  Applicant Organisation names, which are never split, tell the two apart;
- ``~`` used as a bullet in free text becomes a bullet on its own line, without
  changing the text's length (evidence offsets still point into the cell);
- sheets that disagree: a dataset or release row for a reference or version
  with no ``Agreements`` row, and a version suffix that does not parse, are
  one-line warnings naming sheet and row (nothing is dropped); when the sheets
  come as separate CSV files, :func:`check_across` makes the same checks across
  the files once all are read.

>>> split_controllers("HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST, UNIVERSITY OF YORK", [])
['HULL UNIVERSITY TEACHING HOSPITALS NHS TRUST', 'UNIVERSITY OF YORK']
>>> split_controllers("NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE ICB - 15C; MCKINSEY & COMPANY, INC.",
...                   ["NHS Bristol, North Somerset and South Gloucestershire ICB - 15C"])
['NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE ICB - 15C', 'MCKINSEY & COMPANY, INC.']
>>> split_controllers("NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD, NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD", [])
['NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD', 'NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD']
>>> version_number("DARS-NIC-00574-V2H1F-v4.2"), version_number("NIC-00574-V2H1F"), version_number("DARS-NIC-00574-V2H1F-v4.x")
(('4.2', True), (None, True), (None, False))
>>> bullets("Data sets: ~ SUS ~ HES")
'Data sets:\\n• SUS\\n• HES'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Agreement, Location, VersionRecord
from .problems import ProblemLog
from .references import CORE, core_reference
from .values import one_line, parse_date, split_list

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from ..model import ReadResult
    from .tables import Collector, RowView

_VERSION = re.compile(r"^-v(\d+(?:\.\d+)*)$", re.IGNORECASE)
#: A company-form word that follows a comma inside one name ("MCKINSEY & COMPANY, INC.").
_FORM = re.compile(r"^(inc|llc|ltd|limited|plc|llp|l\.l\.p|lp|co|corp|corporation|gmbh|s\.a|sa|ag|bv|b\.v)\.?$", re.IGNORECASE)
#: A word that makes a piece of a Data Controller(s) cell an organisation's whole name ("... INTEGRATED CARE BOARD").
_ORG_WORD = re.compile(
    r"\b(?:board|icb|ccg|group|unit|csu|trust|council|university|limited|ltd|plc|llp|inc|england|digital|authority|"
    r"service|services|college|institute|department|agency|office|partnership|company|hospital|hospitals|foundation)\b",
    re.IGNORECASE)
#: The rest of an NHS name cut at its comma: "LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD", "... ICB - 15C"
_NHS_NAME_END = re.compile(
    r"^(?!NHS\b).*\b(?:integrated care board|icb|ccg|clinical commissioning group|commissioning support unit|csu)"
    r"(?:\s*-\s*\w+)?$", re.IGNORECASE)
#: Agreement fields each version states; the agreement shows its newest version's.
_VERSION_FIELDS = ("title", "applicant", "applicant_type", "controller_arrangement", "commercial")
_TILDE = re.compile(r"(^|[ \t])~(?=[ \t])", re.MULTILINE)


def version_number(written: str) -> tuple[str | None, bool]:
    """``(number, readable)``: the version in a reference as written, and whether its suffix parses."""
    text = " ".join(str(written).split())
    match = CORE.search(text)
    if match is None:
        return None, True
    rest = text[match.end():]
    if not rest:
        return None, True
    suffix = _VERSION.match(rest)
    return (suffix.group(1), True) if suffix else (None, False)


def bullets(text: str) -> str:
    """``~`` bullets as ``•`` on their own line; same length, so offsets into the cell still hold."""
    if "~" not in text:  # most cells: the multiline search costs more than the rest of reading them
        return text
    return _TILDE.sub(lambda m: ("\n" if m.group(1) else "") + "•", text)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def split_controllers(text: str | None, known: Iterable[str]) -> list[str]:
    """The names in a Data Controller(s) cell, keeping names that hold a comma whole.

    Splits on line breaks and ``;``, then on ``", "`` outside brackets, joining
    back any run of pieces that is one of ``known`` (names never split, such as
    the file's Applicant Organisation names) and any company-form word
    ("Inc.", "Ltd") to the name before it.
    """
    if not text:
        return []
    names = {_key(k) for k in known if k and "," in k}
    longest = max((n.count(",") for n in names), default=0) + 1
    out: list[str] = []
    for part in re.split(r"[\r\n;]+", text):
        pieces = split_list(one_line(part) or "")
        i = 0
        while i < len(pieces):
            taken = 1
            for j in range(min(len(pieces), i + longest), i + 1, -1):
                if _key(", ".join(pieces[i:j])) in names:
                    taken = j - i
                    break
            name = ", ".join(pieces[i:i + taken])
            i += taken
            while i < len(pieces) and _FORM.match(pieces[i]):
                name += ", " + pieces[i]
                i += 1
            # "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD": an "NHS <places>" piece is no name of its
            # own; with the rest of an ICB, CCG or CSU name after it, it is one name (the file need not name it elsewhere)
            while (i < len(pieces) and taken == 1 and re.match(r"NHS\s", name, re.IGNORECASE) and not _ORG_WORD.search(name)
                   and _NHS_NAME_END.match(pieces[i])):
                name += ", " + pieces[i]
                i += 1
            if name and name not in out:
                out.append(name)
    return out


@dataclass
class _Pending:
    sheet: str
    row: int
    written: str
    where: Location
    agreement: Agreement
    kind: str  # "datasets" or "releases"
    dataset: str | None = None


@dataclass
class DurState:
    """What one file's DUR sheets said, checked against each other once all rows are read."""

    versions: dict[str, VersionRecord] = field(default_factory=dict)  # reference as written (one line) -> record
    controllers: list[tuple[Agreement, str, Location]] = field(default_factory=list)
    rows: list[_Pending] = field(default_factory=list)  # Datasets / DataReleases rows to check
    has_agreements_sheet: bool = False


def state(collector: Collector) -> DurState:
    if collector.dur is None:
        collector.dur = DurState()
    return collector.dur


def _check_suffix(collector: Collector, written: str, where: Location) -> str | None:
    number, readable = version_number(written)
    if not readable:
        collector.log.warn(where, f"{written}: cannot read the version suffix (expected -v<number>[.<number>])")
    return number


def note_version(row: RowView, agreement: Agreement, collector: Collector, texts: dict[str, str]) -> None:
    """An Agreements row: one version of ``agreement``."""
    s = state(collector)
    s.has_agreements_sheet = True
    written = one_line(row.text("reference")) or agreement.reference
    where = row.where("reference")
    number = _check_suffix(collector, written, where)
    record = s.versions.get(written)
    if record is None:
        record = VersionRecord(written, number, where,
                               dsa_start=parse_date(row.raw("dsa_start")), dsa_end=parse_date(row.raw("dsa_end")))
        s.versions[written] = record
        agreement.version_records.append(record)
    for name, text in texts.items():
        record.texts.setdefault(name, text)
    for key in _VERSION_FIELDS:
        value = one_line(row.text(key))
        if value:
            record.fields.setdefault(key, value)
    s.controllers.append((agreement, row.text("controllers") or "", row.where("controllers")))


def note_row(row: RowView, agreement: Agreement, collector: Collector, kind: str, dataset: str | None) -> None:
    """A Datasets or DataReleases row, checked against the Agreements rows when the file is read."""
    written = one_line(row.text("reference")) or agreement.reference
    _check_suffix(collector, written, row.where("reference"))
    state(collector).rows.append(_Pending(row.sheet, row.number, written, row.where("reference"), agreement, kind, dataset))


def _check(pending: _Pending, record: VersionRecord | None, by_core: dict[str, list[VersionRecord]], log: ProblemLog) -> None:
    """Warn if ``pending`` names a reference, or a version, that no Agreements row lists."""
    core = core_reference(pending.written)
    if core not in by_core:
        log.warn(pending.where, f"{pending.written}: no Agreements row for this reference")
    elif record is None and version_number(pending.written)[0] is not None:
        known_versions = ", ".join(sorted(r.reference for r in by_core[core]))
        log.warn(pending.where, f"{pending.written}: no Agreements row for this version (Agreements lists {known_versions})")


def check_across(results: Sequence[ReadResult], *, strict: bool = False) -> None:
    """Check the Datasets and DataReleases rows of files with no Agreements sheet against the others' Agreements rows.

    The register given as separate CSV files puts each sheet in a file of its
    own, so the checks :func:`finish` makes within one workbook run here, across
    the build's inputs, with the same one-line warnings naming file, sheet and
    row (kept on the file that holds the row, so the build report counts them);
    ``strict`` raises :class:`~nhskg.errors.InputError` on the first.  A dataset
    row also joins the dataset to its version, as in a workbook.  Nothing is
    checked when no input has an Agreements sheet.
    """
    if not any(r.unchecked for r in results):
        return
    versions: dict[str, VersionRecord] = {}
    for result in sorted(results, key=lambda r: r.path):
        for agreement in result.agreements:
            for version in agreement.version_records:
                versions.setdefault(version.reference, version)
    has_agreements = bool(versions) or any(r.layout == "csv-dur-agreements" for r in results)
    by_core: dict[str, list[VersionRecord]] = {}
    for version in versions.values():
        by_core.setdefault(core_reference(version.reference), []).append(version)
    for result in sorted(results, key=lambda r: r.path):
        pending_rows, result.unchecked = result.unchecked, []
        log = ProblemLog(strict)
        for pending in pending_rows:
            record = versions.get(pending.written)
            if record is not None and pending.dataset and pending.kind == "datasets" and pending.dataset not in record.datasets:
                record.datasets.append(pending.dataset)
            if has_agreements:
                _check(pending, record, by_core, log)
        result.warnings.extend(p for p in log.problems if p not in result.warnings)


def finish(collector: Collector) -> None:
    """Split the controllers and check the sheets against each other (once, after the last row)."""
    s = collector.dur
    if s is None:
        return
    collector.dur = None  # finished: a second call finds nothing to do
    from .tables import note_field

    known = [a.applicant for a in collector.agreements.values() if a.applicant]
    for agreement, text, where in s.controllers:
        note_field(agreement, "controllers", split_controllers(text, known), where)
    by_core: dict[str, list[VersionRecord]] = {}
    for version in s.versions.values():
        by_core.setdefault(core_reference(version.reference), []).append(version)
    for pending in s.rows:
        record = s.versions.get(pending.written)
        if record is not None and pending.dataset and pending.kind == "datasets":
            if pending.dataset not in record.datasets:
                record.datasets.append(pending.dataset)
        if not s.has_agreements_sheet:
            # a Datasets or DataReleases sheet on its own (a sheet saved as CSV): checked against
            # the other inputs' Agreements rows once every file is read (check_across)
            collector.unchecked.append(pending)
            continue
        _check(pending, record, by_core, collector.log)
    for agreement in collector.agreements.values():
        agreement.version_records.sort(key=lambda v: v.sort_key)
        newest = agreement.newest_version
        if newest is None:
            continue
        for key, value in newest.fields.items():  # the agreement as its newest version states it
            setattr(agreement, key, value)
        agreement.dsa_start = newest.dsa_start or agreement.dsa_start
        agreement.dsa_end = newest.dsa_end or agreement.dsa_end

