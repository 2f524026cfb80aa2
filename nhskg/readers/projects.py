"""The compact and spaced page layouts: one recipient's projects, each a block of
``Field: value`` lines, a dataset list and free-text sections.

compact (seeds 000, 003)::

    NHS Coventry And Warwickshire Integrated Care Board projects
    - <project title>
    30 data files in total were disseminated unsafely (...)
    <title> — DARS-NIC-617743-X0M9Z
    Type of data: ...
    Datasets:
    - Emergency Care Data Set (ECDS)
    Objectives:
    ...

spaced (seeds 001, 002): the same fields with blank lines between them, a
``Project 1 — NIC-36767-G4H9Z`` heading and a numbered dataset list.
"""

from __future__ import annotations

import re

from ..model import Agreement, Location, PageInfo, ReadResult
from .datasets import add_dataset
from .pages import PAGE_TITLE, Line, apply_when, make_section, page_lines, read_page_info
from .problems import ProblemLog
from .references import core_reference
from .values import split_legal_bases, split_list, type_of_data

SPACED_HEADING = re.compile(r"^Project\s+\d+\s+\u2014\s+(?P<ref>\S+)\s*$")
COMPACT_HEADING = re.compile(
    r"^(?P<title>.+?)\s+\u2014\s+(?P<ref>(?:DARS-)?NIC-\d+-[A-Za-z0-9]{5}\S*)\s*$"
)

#: ``Field:`` label -> Agreement attribute (lists are split on ", ").
FIELDS = {
    "Type of data": "types_of_data",
    "Opt outs honoured": "opt_outs",
    "Legal basis": "legal_bases",
    "Purposes": "purposes_field",
    "Sensitive": "sensitivity",
    "When": "when",
    "Access method": "access_methods",
    "Data-controller type": "controllers",
    "Sublicensing allowed": "sublicensing",
    "Datasets": "datasets",
}
SECTIONS = {
    "Objectives": "Objectives",
    "Yielded Benefits": "Yielded Benefits",
    "Expected Benefits": "Expected Benefits",
    "Outputs": "Outputs",
    "Processing": "Processing",
}
_FIELD_LINE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, FIELDS)) + r"):\s*(?P<value>.*)$")
_SECTION_LINE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, SECTIONS)) + r"):\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-\u2022]|\d+[.)])\s+(?P<item>.+?)\s*$")


def heading(line: str, layout: str) -> str | None:
    """The reference written on an agreement heading line, or None."""
    if "\u2014" not in line:  # cheap test first: pages are mostly prose
        return None
    match = (SPACED_HEADING if layout == "spaced" else COMPACT_HEADING).match(line)
    return match.group("ref") if match else None


def looks_like(text: str) -> str | None:
    """``"spaced"`` or ``"compact"`` if ``text`` has agreement headings of that layout."""
    lines = text.split("\n")
    if any(heading(line.rstrip("\r"), "spaced") for line in lines):
        return "spaced"
    if any(heading(line.rstrip("\r"), "compact") for line in lines):
        return "compact"
    # a page cut off before its first agreement: the register title and a "<Recipient> projects" line
    head = [line.strip() for line in lines[:12] if line.strip()]
    if any(line.startswith(PAGE_TITLE) for line in head) and any(line.endswith(" projects") for line in head):
        return "spaced" if len(lines) > 1 and not lines[1].strip() else "compact"
    return None


def read_projects(text: str, path: str, layout: str, log: ProblemLog) -> ReadResult:
    lines = page_lines(text)
    starts = [i for i, line in enumerate(lines) if heading(line.text, layout)]
    head = lines[: starts[0]] if starts else lines
    page = read_page_info(head, path, legacy=False)
    page.lines = [line.text for line in lines]
    result = ReadResult(path=path, layout=layout, pages=[page])
    if not starts:
        last = max((line.number for line in lines if line.text.strip()), default=1)
        log.warn(Location(path, last), f"no agreement found in this {layout} page (truncated before the first?)")
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        result.records_read += 1
        agreement = _read_block(lines[start:end], path, layout, page, log)
        if agreement is None:
            result.records_skipped += 1
        else:
            result.agreements.append(agreement)
    if result.agreements and starts:
        _check_page_end(result.agreements[-1], log)
    return result


#: The order of an agreement's free-text sections on a compact or spaced page.
SECTION_ORDER = ("Objectives", "Yielded Benefits", "Expected Benefits", "Outputs", "Processing")


def _check_page_end(agreement: Agreement, log: ProblemLog) -> None:
    """Warn when the page stops inside its last agreement: its sections are the start of the usual run, without Processing.

    Only the last agreement can be cut this way; its earlier sections read
    well, so without this the flows of the missing ones would vanish unseen.
    (An agreement that never had some sections, such as one with no
    Objectives, is not taken for a cut one.)
    """
    free_text = [s for s in agreement.sections if s.name in SECTION_ORDER]
    names = [s.name for s in free_text]
    if not names or names[0] != SECTION_ORDER[0] or SECTION_ORDER[-1] in names:
        return
    order = [SECTION_ORDER.index(n) for n in names]
    if order != sorted(order):
        return
    last = free_text[-1]
    end_line = last.location.line + last.text.count("\n") if last.location.line else None
    log.warn(
        last.location.at_line(end_line) if end_line else last.location,
        f"agreement {agreement.versions[0] if agreement.versions else agreement.reference}: the page ends in its "
        f"{last.name} section, with no {SECTION_ORDER[-1]} section after it (cut short?)",
    )


def _read_block(block: list[Line], path: str, layout: str, page: PageInfo, log: ProblemLog) -> Agreement | None:
    first = block[0]
    written = heading(first.text, layout) or ""
    where = Location(path, first.number)
    agreement = Agreement(reference=core_reference(written), versions=[written], page=page)
    agreement.locations.append(where)
    agreement.field_locations["reference"] = where
    if layout == "compact":
        match = COMPACT_HEADING.match(first.text)  # it does: the block starts at a heading of this layout
        if match is not None:
            agreement.title = match.group("title").strip()
            agreement.field_locations["title"] = where
    if page.recipient:
        agreement.applicant = page.recipient
        agreement.field_locations["applicant"] = page.location

    seen: list[str] = []
    in_datasets = False
    section_name: str | None = None
    section_lines: list[Line] = []
    section_start = 0

    def close_section() -> None:
        if section_name is not None:
            section = make_section(section_name, section_lines, path)
            if section is not None:
                agreement.sections.append(section)
            else:
                log.warn(Location(path, section_start), f"{written}: the {section_name} section is empty")

    for line in block[1:]:
        stripped = line.text.strip()
        sec = _SECTION_LINE.match(stripped)
        if sec:
            close_section()
            section_name, section_lines, section_start = SECTIONS[sec.group("label")], [], line.number
            in_datasets = False
            continue
        if section_name is not None:
            section_lines.append(line)
            continue
        if not stripped:
            continue
        fld = _FIELD_LINE.match(stripped)
        if fld:
            label, value = fld.group("label"), fld.group("value").strip()
            seen.append(label)
            in_datasets = label == "Datasets"
            _apply_field(agreement, label, value, Location(path, line.number), log)
            continue
        item = _LIST_ITEM.match(line.text)
        if in_datasets and item:
            name = item.group("item")
            ref = add_dataset(agreement.datasets, name)
            agreement.field_locations.setdefault(f"dataset:{ref.canonical}", Location(path, line.number))
            continue
        log.warn(Location(path, line.number), f"{written}: unexpected line among the fields: {stripped[:60]!r}")
    close_section()

    if not seen:
        log.warn(where, f"agreement {written} has nothing after its reference line (truncated?); skipped")
        return None
    missing = [label for label in FIELDS if label not in seen]
    free_text = [s for s in agreement.sections if s.name != "Purposes"]
    if missing and not free_text:
        log.warn(where, f"agreement {written} is truncated: its fields end after {seen[-1]!r} "
                        f"(missing {', '.join(missing)})")
    elif missing:
        log.warn(where, f"agreement {written} lacks the field(s) {', '.join(missing)}")
    elif not free_text:
        log.warn(where, f"agreement {written} is truncated: no free-text section after its fields")
    if "Datasets" in seen and not agreement.datasets:
        log.warn(agreement.field_locations["datasets"], f"{written}: the Datasets list is empty")
    return agreement


def _apply_field(agreement: Agreement, label: str, value: str, where: Location, log: ProblemLog) -> None:
    attribute = FIELDS[label]
    if attribute == "when":
        apply_when(agreement, value, where, log)
        return
    agreement.field_locations[attribute] = where
    if attribute == "datasets":
        if value:  # a name written on the Datasets line itself
            add_dataset(agreement.datasets, value)
        return
    if attribute == "purposes_field":
        value = re.sub(r"^\(\s*\)$", "", value).strip()
        if value:
            agreement.purposes_field = value
            assert where.line is not None  # fields of a page are read from its lines
            section = make_section("Purposes", [Line(where.line, value)], where.file)
            if section is not None:  # never None: the value is not blank
                agreement.sections.append(section)
        return
    items = split_legal_bases(value) if attribute == "legal_bases" else split_list(value)
    if attribute == "types_of_data":
        items = [t for item in items if (t := type_of_data(item))]  # items are never blank: each has its spelling
    current = getattr(agreement, attribute)
    current.extend(item for item in items if item not in current)
