"""Small parsers for register values: lists, opt-out flags, dates and months."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..optouts import opt_outs_applied  # noqa: F401  (read here for each release row)
from ..textfix import repair as repaired  # noqa: F401  (the readers' name for it)

_OPENERS = {"(": ")", "[": "]"}
_QUOTES = {"'": "'", "\u2018": "\u2019", '"': '"', "\u201c": "\u201d"}


#: Cell values up to this long are cleaned once per distinct value: a register repeats its dataset
#: names, opt-out answers and legal bases on every release row (104,000 at the Data Uses Register's size).
_SHORT = 256


@lru_cache(maxsize=1 << 16)
def _clean_text(text: str) -> str | None:
    return repaired(text).strip() or None


def clean(value: object) -> str | None:
    """A cell or field value as repaired, whitespace-trimmed text (None when empty)."""
    if value is None:
        return None
    if type(value) is str:
        return _clean_text(value) if len(value) <= _SHORT else (repaired(value).strip() or None)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = repaired(str(value)).strip()
    return text or None


@lru_cache(maxsize=1 << 16)
def _one_line(text: str) -> str | None:
    return " ".join(text.split()) or None


def one_line(text: str | None) -> str | None:
    """``text`` with every run of whitespace (line breaks too) made one space."""
    if text is None:
        return None
    return _one_line(text) if len(text) <= _SHORT else (" ".join(text.split()) or None)


def split_list(text: str | None, *, semicolons: bool = False, commas: bool = True) -> list[str]:
    """Split a register list on ``", "`` (and ``";"``) outside brackets and quotes.

    Items are trimmed, a leading "and " is dropped, an empty ``()`` is dropped,
    and duplicates are removed keeping the first.

    >>> split_list("Sensitive, and Non-Sensitive")
    ['Sensitive', 'Non-Sensitive']
    >>> split_list("No (Does not include X, Y), N")
    ['No (Does not include X, Y)', 'N']
    >>> split_list("Act 2012 s261(7); Act 2006 - s251 - 'Control of x, y'.", semicolons=True)
    ['Act 2012 s261(7)', "Act 2006 - s251 - 'Control of x, y'"]
    """
    if not text:
        return []
    items: list[str] = []
    depth = 0
    closing_quote: str | None = None
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if closing_quote is not None:
            # a quote closes only where a word ends, so "England's" does not close it
            if ch == closing_quote and (i + 1 == n or not text[i + 1].isalnum()):
                closing_quote = None
        elif ch in _OPENERS:
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch in _QUOTES and (i == 0 or text[i - 1] in " (-"):
            closing_quote = _QUOTES[ch]
        elif depth == 0 and (
            (commas and ch == "," and i + 1 < n and text[i + 1] == " ") or (semicolons and ch == ";")
        ):
            items.append(text[start:i])
            start = i + 1
        i += 1
    items.append(text[start:])
    out: list[str] = []
    for item in items:
        item = _tidy_item(item, trailing_stop=semicolons)
        if item and item not in out:
            out.append(item)
    return out


def _tidy_item(item: str, *, trailing_stop: bool) -> str:
    item = " ".join(item.split())
    if item.lower().startswith("and "):
        item = item[4:]
    item = re.sub(r"\s*\(\s*\)$", "", item)
    if trailing_stop and item.endswith(".") and not item.endswith(".."):
        item = item[:-1].rstrip()
    return item


def split_lines_or_list(text: str | None) -> list[str]:
    """Split a spreadsheet cell holding several names: on line breaks, ``;`` and ``", "``."""
    if not text:
        return []
    out: list[str] = []
    for line in re.split(r"[\r\n]+", text):
        for item in split_list(line, semicolons=True):
            if item not in out:
                out.append(item)
    return out


# A piece of a comma-separated list of legal bases starts a new basis only if it
# begins with a capital and names a statute or an approval; otherwise the comma
# is inside one basis ("consent to permit the receipt, processing and release").
_BASIS_WORD = re.compile(
    r"\b(?:Acts?|Directions?|[Aa]pproval|[Cc]onsent|Regulations?|Article|[Ll]aw|Order|GDPR|Section \d+|s\d+)\b"
)
# ... and the piece before it is a whole basis: it names the statute, approval or
# consent, not just a section of one ("Section 36, Health Act 2009" is one basis)
_WHOLE_BASIS = re.compile(r"\b(?:Acts?|Directions?|[Aa]pproval|[Cc]onsent|Regulations?|Article|[Ll]aw|Order|GDPR|accreditation)\b")


def split_legal_bases(text: str | None) -> list[str]:
    """The legal bases in a register cell or field: split on ";" always, on ", " only between bases.

    A legal basis is prose and may hold commas itself, so a comma splits only
    where what follows starts another basis (a capital and a statute, section,
    approval or consent), as on the register pages' "Legal basis:" lines.

    >>> split_legal_bases("Informed Patient consent to permit the receipt, processing and release of data by the HSCIC")
    ['Informed Patient consent to permit the receipt, processing and release of data by the HSCIC']
    >>> split_legal_bases("Other-Health and Social Care Act 2012 Schedule 12, Part 9, subsection 11")
    ['Other-Health and Social Care Act 2012 Schedule 12, Part 9, subsection 11']
    >>> split_legal_bases("Section 36, Health Act 2009")
    ['Section 36, Health Act 2009']
    >>> split_legal_bases("Health and Social Care Act 2012, Section 251 approval is in place for the flow of identifiable data")
    ['Health and Social Care Act 2012', 'Section 251 approval is in place for the flow of identifiable data']
    >>> split_legal_bases("Act 2012 s261(7); National Health Service Act 2006 - s251 - 'Control of x, y'.")
    ['Act 2012 s261(7)', "National Health Service Act 2006 - s251 - 'Control of x, y'"]
    """
    if not text:
        return []
    return list(_split_legal_bases(text))


@lru_cache(maxsize=4096)
def _split_legal_bases(text: str) -> tuple[str, ...]:
    # one answer per distinct cell: ~104,000 release rows of the Data Uses Register repeat a few hundred values
    out: list[str] = []
    for chunk in split_list(text, semicolons=True, commas=False):
        merged: list[str] = []
        for piece in split_list(chunk):
            starts_basis = piece[:1].isupper() and _BASIS_WORD.search(piece)
            if merged and not (starts_basis and _WHOLE_BASIS.search(merged[-1])):
                merged[-1] += ", " + piece
            else:
                merged.append(piece)
        for item in merged:
            item = _tidy_item(item, trailing_stop=True)
            if item and item not in out:
                out.append(item)
    return tuple(out)


#: The register's type-of-data values, by a key that ignores case and spacing, as the column header writes them.
_TYPES_OF_DATA = {
    "anonymised-icocodecompliant": "Anonymised - ICO code compliant",
}


def type_of_data(text: str | None) -> str | None:
    """A type-of-data value in one spelling: the 2017 register writes "Anonymised - ICO code compliant" three ways.

    >>> {type_of_data(v) for v in ("Anonymised - ICO Code Compliant", "Anonymised -ICO Code Compliant", "Anonymised - ICO code compliant")}
    {'Anonymised - ICO code compliant'}
    >>> type_of_data("Identifiable")
    'Identifiable'
    """
    value = one_line(text)
    if value is None:
        return None
    return _TYPES_OF_DATA.get(re.sub(r"\s+", "", value.casefold()), value)


_MONTH_FORMATS = ("%Y-%m", "%Y.%m", "%m/%Y", "%b-%y", "%b %Y", "%B %Y", "%b-%Y", "%B-%Y", "%Y/%m", "%m-%Y")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y")
_EXCEL_EPOCH = _dt.datetime(1899, 12, 30)


def _as_datetime(value: object) -> _dt.datetime | None:
    if isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value < 2958466:
        return _EXCEL_EPOCH + _dt.timedelta(days=float(value))  # an Excel serial date
    return None


def parse_month(value: object) -> str | None:
    """A month as ``YYYY-MM`` from a cell or text (None if it is not one).

    >>> [parse_month(v) for v in ("2017.09", "11/2016", "Apr-23", "2023-04-01", "unknown")]
    ['2017-09', '2016-11', '2023-04', '2023-04', None]
    """
    when = _as_datetime(value)
    if when is not None:
        return when.strftime("%Y-%m")
    text = clean(value)
    if not text:
        return None
    return _month_of_text(text)


@lru_cache(maxsize=4096)
def _month_of_text(text: str) -> str | None:
    # one answer per distinct cell ("Jul-19"): strptime is slow and release rows repeat a few hundred months
    text = text.rstrip(".")
    for fmt in _MONTH_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).strftime("%Y-%m")
        except ValueError:
            pass
    date = parse_date(text)
    return date[:7] if date else None


def parse_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD`` from a cell or text (None if it is not one)."""
    when = _as_datetime(value)
    if when is not None:
        return when.strftime("%Y-%m-%d")
    text = clean(value)
    if not text:
        return None
    text = text.split("T")[0].split(" 00:00")[0].rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt).strftime("%Y-%m-%d")
        except ValueError:
            pass
    return None
