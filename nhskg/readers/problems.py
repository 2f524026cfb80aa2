"""Collect problems about one input file: warn (lenient) or raise (strict)."""

from __future__ import annotations

from ..errors import InputError
from ..model import Location, Problem


class ProblemLog:
    """Problems found while reading one file.

    In strict mode the first problem raises :class:`~nhskg.errors.InputError`;
    otherwise it is kept, and the reader goes on with what it can read.
    """

    def __init__(self, strict: bool = False):
        self.strict = strict
        self.problems: list[Problem] = []

    def warn(self, location: Location, message: str) -> None:
        message = " ".join(message.split())  # one line, always
        if self.strict:
            raise InputError(location, message)
        self.problems.append(Problem(location, message))
