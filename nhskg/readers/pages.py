"""What the three reformatted text layouts share: lines, page header, the When field.

A page is read as ``(line number, text)`` pairs after punctuation repair, so
every field and section keeps the file line it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Agreement, Location, PageInfo, Section
from .problems import ProblemLog
from .values import parse_date, parse_month

PAGE_TITLE = "NHS Digital Data Release Register"
_RECIPIENT = re.compile(r"^(?P<name>.+?)\s+projects\s*$")
_UNSAFE = re.compile(r"^(?P<count>\d[\d,]*) data files? in total w(?:ere|as) disseminated unsafely")
_FLAG = "\U0001F6A9"
_PERIOD = r"(?P<{0}>\S+)\s+[\u2014\u2013-]+\s+(?P<{1}>\S+?)"
_WHEN_DSA = re.compile(
    r"^DSA runs\s+" + _PERIOD.format("dsa_start", "dsa_end")
    + r"(?:\s+" + _PERIOD.format("release_start", "release_end") + r")?\.?$"
)
_WHEN_RELEASES = re.compile("^" + _PERIOD.format("release_start", "release_end") + r"\.?$")


@dataclass
class Line:
    number: int  # 1-based file line
    text: str


def page_lines(text: str) -> list[Line]:
    """The page's lines, numbered as in the file (only ``\\n`` ends a line)."""
    return [Line(i, raw.rstrip("\r")) for i, raw in enumerate(text.split("\n"), start=1)]


def read_page_info(lines: list[Line], path: str, *, legacy: bool) -> PageInfo:
    """The page-level facts in ``lines`` (the part of the page before its first agreement)."""
    recipient: Line | None = None
    unsafe: int | None = None
    flag: Line | None = None
    seen_title = False
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if text.startswith(PAGE_TITLE):
            seen_title = True
            continue
        if text.startswith(_FLAG):
            flag = flag or line
            continue
        match = _UNSAFE.match(text)
        if match:
            unsafe = int(match.group("count").replace(",", ""))
            continue
        if recipient is None:
            if legacy and (seen_title or line is lines[0]) and ":" not in text:
                recipient = Line(line.number, text)
            elif not legacy:
                found = _RECIPIENT.match(text)
                if found:
                    recipient = Line(line.number, found.group("name"))
    where = recipient or (lines[0] if lines else Line(1, ""))
    return PageInfo(
        recipient=recipient.text if recipient else None,
        location=Location(path, where.number),
        files_disseminated_unsafely=unsafe,
        opt_outs_both_ways_flag=flag is not None,
        flag_text=flag.text.strip().lstrip(_FLAG).strip() if flag else None,
    )


def apply_when(agreement: Agreement, value: str, location: Location, log: ProblemLog) -> None:
    """Fill the DSA period and release months from a ``When:`` value.

    Forms seen: ``DSA runs 2019-09-01 — 2021-01-31 2017.09 — 2024.09.``,
    ``DSA runs 2022-10-26 — 2025-10-25``, ``2017.06 — 2017.05.`` and the
    legacy ``unknown — 11/2016`` (months of release only).
    """
    value = value.strip()
    if not value:
        return
    match = _WHEN_DSA.match(value) or _WHEN_RELEASES.match(value)
    if match is None:
        log.warn(location, f"cannot read the When field {value!r}")
        return
    parts = match.groupdict()
    for name in ("dsa_start", "dsa_end"):
        if parts.get(name) and parts[name].lower() != "unknown":
            parsed = parse_date(parts[name])
            if parsed is None:
                log.warn(location, f"cannot read the date {parts[name]!r} in When")
            setattr(agreement, name, parsed)
            agreement.field_locations[name] = location
    for name in ("release_start", "release_end"):
        if parts.get(name) and parts[name].lower() != "unknown":
            parsed = parse_month(parts[name])
            if parsed is None:
                log.warn(location, f"cannot read the month {parts[name]!r} in When")
            setattr(agreement, name, parsed)
            agreement.field_locations[name] = location


def make_section(name: str, lines: list[Line], path: str, first_text: str | None = None) -> Section | None:
    """A section from its body lines, blank lines trimmed at both ends.

    ``first_text`` replaces the first line's text (for layouts that write the
    section's first words on the heading line).
    """
    body = list(lines)
    if first_text is not None and body:
        body[0] = Line(body[0].number, first_text)
    while body and not body[0].text.strip():
        body.pop(0)
    while body and not body[-1].text.strip():
        body.pop()
    if not body:
        return None
    return Section(name, "\n".join(line.text for line in body), Location(path, body[0].number))
