"""Whether words the recogniser did not mark name the agreement's applicant ("UCL", "Local Authority", "UOB").

Roles such as "Only substantive employees of UCL will have access to the data"
are read from text shared by many agreements, so the text alone cannot say who
"UCL" is; resolution asks :func:`names_applicant` with the agreement's
applicant.  The words name it when they are one of its names (label, aliases,
the register's structured name), an acronym of one ("University College
London" -> UCL, "University of Bristol" -> UOB), or the word for its kind ("the
Local Authority", "the Council", "the Trust"). Anything else names no one: the
role is left out rather than given to another organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nhskg.kinds import KINDS

from .resolve import normalise

_SMALL = frozenset({"of", "and", "for", "the", "&"})


def _acronyms(name: str) -> set[str]:
    """Initials of a name, with and without its small words, and any bracketed short form.

    >>> sorted(_acronyms("University of Bristol"))
    ['ub', 'uob']
    >>> sorted(_acronyms("UNIVERSITY COLLEGE LONDON (UCL)"))
    ['ucl']
    """
    out = {m.lower() for m in re.findall(r"\(([A-Za-z&]{2,})\)", name)}
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", name))
    if len(words) >= 2:
        out.add("".join(w[0] for w in words).lower())
        out.add("".join(w[0] for w in words if w.lower() not in _SMALL).lower())
    return out


def _kind_words(kind: str | None) -> set[str]:
    """How a text calls the applicant by its kind: "Local Authority", "Council", "Trust", "University"."""
    k = KINDS.get(kind or "")
    if k is None or kind == "Other":
        return set()
    words = {k.label, *k.long, *k.heads}
    words |= {h.split()[-1] for h in k.heads}
    if k.short:
        words.add(k.short)
    if kind == "LocalAuthority":
        words.add("Local Authority")
    return {normalise(w) for w in words} - {""}


def names_applicant(surface: str, names: Iterable[str], kind: str | None) -> bool:
    """Whether ``surface`` names the organisation called ``names`` of ``kind``.

    >>> names_applicant("UCL", ["UNIVERSITY COLLEGE LONDON (UCL)"], "University")
    True
    >>> names_applicant("University College London", ["UNIVERSITY COLLEGE LONDON (UCL)"], "University")
    True
    >>> names_applicant("Local Authority", ["WIRRAL METROPOLITAN BOROUGH COUNCIL"], "LocalAuthority")
    True
    >>> names_applicant("UOB", ["UNIVERSITY OF BRISTOL"], "University")
    True
    >>> names_applicant("Interxion", ["NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT"], "CSU")
    False
    >>> names_applicant("C-Ci", ["CRAB CLINICAL INFORMATICS"], "Company")
    True

    A company's distinctive first word is its name in its own agreement ("employees of MedeAnalytics"):

    >>> names_applicant("MedeAnalytics", ["MEDEANALYTICS INTERNATIONAL LIMITED"], "Company")
    True
    >>> names_applicant("Harvey Walsh", ["HARVEY WALSH LTD"], "Company"), names_applicant("Health", ["HEALTH IQ LTD"], "Company")
    (True, False)
    """
    names = [n for n in names if n]
    form = re.sub(r"(?i)^the\s+", "", " ".join(surface.split())).rstrip(".")
    key = normalise(form)
    if not key:
        return False
    for name in names:
        if key in {normalise(name), normalise(re.sub(r"\([^()]*\)", " ", name))}:
            return True
        # ("C-Ci" for CRAB Clinical Informatics: an acronym written with a hyphen)
        if re.fullmatch(r"[A-Za-z](?:-?[A-Za-z]){1,5}", form) and form.replace("-", "").lower() in _acronyms(name):
            return True
        if kind == "Company" and key in (_without_suffix(name), _first_word(name)) and len(key) >= 4 \
                and key not in _GENERIC_FIRST_WORDS:
            return True
    return key in _kind_words(kind)


#: First words of company names that are no name on their own ("Health Iq Ltd", "Data Barracks").
_GENERIC_FIRST_WORDS = frozenset(
    "north south east west central greater health healthcare data care medical clinical business digital public royal "
    "british national united general first new global advanced integrated strategic quality information total".split()
)


_LEGAL_SUFFIXES = frozenset({"ltd", "plc", "llp", "inc", "uk", "international", "group"})


def _without_suffix(name: str) -> str:
    """A company's name without its legal suffixes: "HARVEY WALSH LTD" -> "harvey walsh"."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _first_word(name: str) -> str:
    words = normalise(name).split()
    return words[0] if len(words) > 1 else ""
