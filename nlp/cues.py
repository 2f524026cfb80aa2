"""Literal cues of a regular expression: strings one of which every match contains, to skip hopeless searches.

A rule's pattern such as ``\\b(?:pass|send|…)\\b[^.;]{0,60}? to the Data
Controllers?…`` costs tens of microseconds per sentence in :mod:`re`, which
has no fast scan for a pattern that starts with ``\\b`` and an alternation;
most sentences cannot match it at all. :func:`cues` reads the pattern's
syntax tree (``re._parser``) and finds a set of ASCII strings such that any
text a match is found in contains one of them, lower-cased: here ``{" to the
data controller"}``. Testing ``cue in text.lower()`` is a fast substring
search, so a rule whose cues are all absent is not tried (:class:`Gate`).

The cues are necessary, never sufficient: a text that has one still runs
the real pattern, so no result changes. Two things would make a lower-cased
substring test miss a match, and both are excluded: a cue made of digits
alone (a sentence's marks ``⟦12⟧`` add digits the text lacks), and the few
non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter
(``ſ`` for ``s``, the Kelvin sign for ``k``): :func:`foldable` says whether a
text has one, and a :class:`Gate` then lets every rule through.

>>> import re
>>> sorted(cues(re.compile(r"\\b(?:reported|feed back) to (?:the )?X", re.IGNORECASE)))
['feed back', 'reported']
>>> cues(re.compile(r"\\bfrom (?:the )?(\\d+)"))
frozenset({'from '})
>>> cues(re.compile(r"(?:to|by)? ?\\w+")) is None   # nothing every match must contain
True
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812  (the parser's opcode names; private, no stubs)
from re import _parser  # type: ignore[attr-defined]  # (private, no stubs)

#: Non-ASCII characters ``re.IGNORECASE`` matches to ASCII letters (tests/test_nlp_cues.py checks every code point).
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")

_Cues = "frozenset[str] | None"


def cues(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-cased ASCII strings one of which every match of ``pattern`` contains, or None if no such set is known.

    Only the literal text the pattern's syntax forces is read: runs of
    literal characters in sequence, alternations whose every branch forces
    one, groups, and repeats of at least one. The best set is the one whose
    shortest string is longest (the rarest to occur by chance).
    """
    if not isinstance(pattern.pattern, str):
        return None
    found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    return None if found is None else _minimal(found)


def _sequence(items: list) -> frozenset[str] | None:
    """The best cue set of a sequence of parsed items (each item must match, in order)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found is not None and (best is None or _score(found) > _score(best)):
            best = found

    def end_run() -> None:
        if run:
            consider(_useful(frozenset({"".join(run).lower()})))
            run.clear()

    for op, arg in items:
        if op is C.LITERAL and arg < 128:
            run.append(chr(arg))
            continue
        end_run()
        consider(_item(op, arg))
    end_run()
    return best


def _item(op, arg) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            one = _sequence(list(branch))
            if one is None:
                return None  # a branch that forces nothing: the alternation forces nothing
            found |= one
        return frozenset(found)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(arg))
    return None  # a class, any character, an assertion, a back reference: no literal text


def _useful(found: frozenset[str]) -> frozenset[str] | None:
    # a cue of digits (or spaces, punctuation) alone may come from a mark, not the text; one shorter than
    # three characters ("to") is in nearly every sentence, so testing it costs more than it saves
    return found if found and all(len(s) >= 3 and any(c.isalpha() for c in s) for s in found) else None


def _score(found: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in found), -len(found))


def _minimal(found: frozenset[str]) -> frozenset[str]:
    """Drop every cue that contains another: "passes" is present only where "pass" is."""
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


def foldable(text: str) -> bool:
    """``text`` has a character that ``re.IGNORECASE`` matches to an ASCII letter without being one (cues cannot be trusted).

    >>> foldable("Data is passed to the CSU – securely"), foldable("ſent")
    (False, True)
    """
    return not FOLDS_TO_ASCII.isdisjoint(text)


class Gate:
    """Whether a rule can fire on a text: each of its cue sets has a cue in it (``None``: always).

    >>> import re
    >>> gate = Gate([re.compile(r"\\binto (?:the )?(\\w+)", re.IGNORECASE)])
    >>> gate.open("the data is put INTO the warehouse".lower()), gate.open("no such word here")
    (True, False)
    """

    __slots__ = ("needs",)

    def __init__(self, any_of: list[re.Pattern] | tuple = (), *all_of: list[re.Pattern] | tuple):
        needs = []
        for patterns in (any_of, *all_of):
            found: set[str] = set()
            for pattern in patterns:
                one = cues(pattern)
                if one is None:
                    found = set()
                    break
                found |= one
            if found:
                needs.append(tuple(sorted(_minimal(frozenset(found)))))
        self.needs = tuple(needs)

    def open(self, lowered: str) -> bool:
        """``lowered``: the lower-cased text the rule's patterns search (or a text containing it)."""
        for cue_set in self.needs:
            for cue in cue_set:
                if cue in lowered:
                    break
            else:
                return False
        return True

    def narrow(self, lowered: str, found: dict[str, bool] | None = None) -> Gate | None:
        """This gate with only the cues ``lowered`` (a whole lower-cased text) has; None if it lacks every cue of a set.

        A sentence of the text can only have the cues its text has, so the sentences test fewer.
        ``found``: whether ``lowered`` has each cue looked for so far, shared by the gates narrowed on
        one text (the rules share cues: 64 distinct of 100), so each is searched for once.

        >>> import re
        >>> gate = Gate([re.compile(r"\\b(?:sends|passes) to")])
        >>> gate.narrow("x passes to y. then z.").needs, gate.narrow("nothing") is None
        ((('passes',),), True)
        """
        narrowed = Gate()
        found = {} if found is None else found
        for cue_set in self.needs:
            kept = []
            for cue in cue_set:
                has = found.get(cue)
                if has is None:
                    has = found[cue] = cue in lowered
                if has:
                    kept.append(cue)
            present = tuple(kept)
            if not present:
                return None
            narrowed.needs += (present,)
        return narrowed

    def __bool__(self) -> bool:
        return bool(self.needs)
