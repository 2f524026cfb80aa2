"""Build warnings for a person: each once, grouped by what went wrong, with counts.

report.json keeps every warning as the stages raised it; the terminal gets a
summary a person can read: one heading per kind of problem with its count,
and the first few occurrences with their file and row or line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: Occurrences printed under each kind of warning (the rest are in report.json).
EXAMPLES = 3

# where a warning happened, at its start, most specific first:
# "path [Sheet] row 12 column 'X': ", "path [Sheet] row 12: ", "path:34: ", "<extract>: ", "path: "
_LOCATIONS = (
    re.compile(r"^.*? \[[^\]]+\] row \d+(?: column '[^']*')?: "),
    re.compile(r"^\S(?:.*?\S)?:\d+: "),
    re.compile(r"^<[^>]+>: "),
    re.compile(r"^\S+\.\w+: "),
)
_REFERENCE = re.compile(r"^(?:DARS-)?NIC-\d+-[A-Z0-9]{5}(?:-v\d+(?:\.\d+)*)?: ")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_SLUG = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
_NUMBER = re.compile(r"\d+")
# the resolver names the organisations it chose by their ids (slugs; an acronym's is one word)
_RESOLVED = re.compile(r"\bresolved to \S+ and \S+")


def warning_kind(warning: str) -> str:
    """What a warning says, without where or about whom: the key warnings are grouped by.

    >>> warning_kind("<extract>: 'Medical Research Council' resolved to medical-research-council and mrc")
    "'…' resolved to … and …"
    >>> warning_kind("reg.xlsx [PurposeStatements] row 248 column 'Objective for Processing': "
    ...              "NIC-387635-C9Y0W: 'the data processor' names no one organisation here")
    "'…' names no one organisation here"
    """
    text = warning
    for location in _LOCATIONS:
        text, found = location.subn("", text, count=1)
        if found:
            break
    text = _REFERENCE.sub("", text, count=1)
    text = _QUOTED.sub("'…'", text)
    text = _RESOLVED.sub("resolved to … and …", text)
    text = _SLUG.sub("…", text)
    return _NUMBER.sub("N", text)


def group_warnings(warnings: Iterable[str]) -> list[tuple[str, int, list[str]]]:
    """(kind, number of distinct warnings, the distinct warnings in first-seen order), most frequent kind first.

    A warning raised twice word for word (the same name resolved in two
    agreements' texts, say) is one warning here.

    >>> group_warnings(["a.txt:3: 'X' unknown", "a.txt:3: 'X' unknown", "a.txt:9: 'Y' unknown", "b.txt:1: empty"])
    [("'…' unknown", 2, ["a.txt:3: 'X' unknown", "a.txt:9: 'Y' unknown"]), ('empty', 1, ['b.txt:1: empty'])]
    """
    distinct = list(dict.fromkeys(warnings))
    groups: dict[str, list[str]] = {}
    for warning in distinct:
        groups.setdefault(warning_kind(warning), []).append(warning)
    order = Counter({kind: len(items) for kind, items in groups.items()})
    return [(kind, len(groups[kind]), groups[kind]) for kind, _ in sorted(order.items(), key=lambda kv: (-kv[1], kv[0]))]


def summary_lines(warnings: list[str], report_path: str, *, unchanged: bool) -> list[str]:
    """The lines ``nhskg build`` prints about its warnings (to stderr).

    >>> for line in summary_lines(["a.txt:3: 'X' unknown", "a.txt:9: 'Y' unknown"], "out/report.json", unchanged=False):
    ...     print(line)
    2 warnings (all in out/report.json):
      2 x '…' unknown
        a.txt:3: 'X' unknown
        a.txt:9: 'Y' unknown
    >>> summary_lines(["a.txt:3: 'X' unknown"], "out/report.json", unchanged=True)
    ['1 warnings (as before; see out/report.json)']
    """
    if not warnings:
        return []
    distinct = len(set(warnings))
    if unchanged:
        return [f"{distinct} warnings (as before; see {report_path})"]
    repeated = len(warnings) - distinct
    also = f", with {repeated} word-for-word repeats" if repeated else ""
    lines = [f"{distinct} warnings (all in {report_path}{also}):"]
    for kind, count, items in group_warnings(warnings):
        lines.append(f"  {count} x {kind}")
        lines.extend(f"    {item}" for item in items[:EXAMPLES])
        if count > EXAMPLES:
            lines.append(f"    ... and {count - EXAMPLES} more")
    return lines
