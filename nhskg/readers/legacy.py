"""The legacy page layout: one agreement per page (seed 004).

::

    NHS England
    Opt outs honoured: N
    Basis: Health and Social Care Act 2012
    Format: Anonymised - ICO code compliant Non Sensitive
    How often: One-Off
    When: unknown — 11/2016
    HSCIC Id: DARS-NIC-379704-S6H6R-v0.0
    Data: Diagnostic Imaging Dataset
    Data: ...
    Output: ...
    Activities: ...          (repeated, with processor sub-headings between)
    Objective: ...
    Benefits: ...
    Source: NHS Digital.

Every ``Activities:`` block up to the next other section is ONE Processing
section, processor sub-headings and the prose ``Datasets:`` line included:
the sub-headings say which processor each block is about.
"""

from __future__ import annotations

import re

from ..model import Agreement, Location, ReadResult
from .datasets import add_dataset
from .pages import Line, apply_when, make_section, page_lines, read_page_info
from .problems import ProblemLog
from .references import core_reference
from .values import split_legal_bases, split_list, type_of_data

FIELDS = {
    "Opt outs honoured": "opt_outs",
    "Basis": "legal_bases",
    "Format": "format",
    "How often": "access_methods",
    "When": "when",
    "HSCIC Id": "reference",
    "Data": "datasets",
}
SECTIONS = {
    "Output": "Outputs",
    "Activities": "Processing",
    "Objective": "Objectives",
    "Benefits": "Expected Benefits",
}
_FIELD_LINE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, FIELDS)) + r"):\s*(?P<value>.*)$")
_SECTION_LINE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, SECTIONS)) + r"):\s*(?P<rest>.*)$")
_FOOTER = re.compile(r"^Source:\s")
_FORMAT = re.compile(r"^(?P<type>.*?)\s*(?P<sensitivity>\b(?:Non[- ])?Sensitive)$", re.IGNORECASE)


def looks_like(text: str) -> bool:
    """A legacy page: an ``HSCIC Id:`` line, or (cut before it) two of its other field labels."""
    if re.search(r"^HSCIC Id:", text, re.MULTILINE):
        return True
    return len(set(re.findall(r"^(Basis|Format|How often|Data):", text, re.MULTILINE))) >= 2


def read_legacy(text: str, path: str, log: ProblemLog) -> ReadResult:
    lines = page_lines(text)
    first_field = next((i for i, line in enumerate(lines) if _FIELD_LINE.match(line.text.strip())), len(lines))
    page = read_page_info(lines[:first_field], path, legacy=True)
    page.lines = [line.text for line in lines]
    result = ReadResult(path=path, layout="legacy", pages=[page], records_read=1)

    agreement = Agreement(reference="", page=page)
    if page.recipient:
        agreement.applicant = page.recipient
        agreement.field_locations["applicant"] = page.location
    seen: list[str] = []
    sections: list[tuple[str, list[Line], str]] = []  # name, body lines, first line's text

    for line in lines[first_field:]:
        stripped = line.text.strip()
        sec = _SECTION_LINE.match(stripped)
        if sec:
            name = SECTIONS[sec.group("label")]
            if sections and sections[-1][0] == name:
                sections[-1][1].append(line)  # a further Activities block: same region
            else:
                sections.append((name, [line], sec.group("rest")))
            continue
        if sections:
            sections[-1][1].append(line)
            continue
        if not stripped:
            continue
        fld = _FIELD_LINE.match(stripped)
        if fld:
            seen.append(fld.group("label"))
            _apply_field(agreement, fld.group("label"), fld.group("value").strip(), Location(path, line.number), log)
        else:
            log.warn(Location(path, line.number), f"unexpected line among the fields: {stripped[:60]!r}")

    if sections:  # the page footer is not part of the last section
        body = sections[-1][1]
        while body and (not body[-1].text.strip() or _FOOTER.match(body[-1].text.strip())):
            body.pop()
    for name, body, first_text in sections:
        section = make_section(name, body, path, first_text=first_text)
        if section is not None:
            agreement.sections.append(section)

    if not agreement.reference:
        log.warn(Location(path, 1), "legacy page without an 'HSCIC Id:' reference; skipped")
        result.records_skipped = 1
        return result
    missing = [label for label in FIELDS if label not in seen]
    written = agreement.versions[0]
    where = agreement.field_locations["reference"]
    if missing and not sections:
        log.warn(where, f"agreement {written} is truncated: its fields end after {seen[-1]!r} (missing {', '.join(missing)})")
    elif missing:
        log.warn(where, f"agreement {written} lacks the field(s) {', '.join(missing)}")
    elif not sections:
        log.warn(where, f"agreement {written} is truncated: no free-text section after its fields")
    result.agreements.append(agreement)
    return result


def _apply_field(agreement: Agreement, label: str, value: str, where: Location, log: ProblemLog) -> None:
    attribute = FIELDS[label]
    if attribute == "when":
        apply_when(agreement, value, where, log)
        return
    if attribute == "reference":
        if value:
            if not agreement.reference:
                agreement.reference = core_reference(value)
                agreement.locations.append(where)
                agreement.field_locations["reference"] = where
            if value not in agreement.versions:
                agreement.versions.append(value)
        return
    if attribute == "datasets":
        if value:
            ref = add_dataset(agreement.datasets, value)
            agreement.field_locations.setdefault("datasets", where)
            agreement.field_locations.setdefault(f"dataset:{ref.canonical}", where)
        return
    if attribute == "format":
        match = _FORMAT.match(value)
        kind, sensitivity = (match.group("type"), match.group("sensitivity")) if match else (value, "")
        kind = type_of_data(kind)
        if kind and kind not in agreement.types_of_data:
            agreement.types_of_data.append(kind)
            agreement.field_locations["types_of_data"] = where
        if sensitivity and sensitivity not in agreement.sensitivity:
            agreement.sensitivity.append(sensitivity)
            agreement.field_locations["sensitivity"] = where
        return
    agreement.field_locations[attribute] = where
    current = getattr(agreement, attribute)
    items = split_legal_bases(value) if attribute == "legal_bases" else split_list(value)
    if attribute == "types_of_data":
        items = [t for item in items if (t := type_of_data(item))]  # items are never blank: each has its spelling
    current.extend(item for item in items if item not in current)
