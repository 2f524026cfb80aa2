"""The one error type the readers raise for bad input."""

from __future__ import annotations

from .model import Location


class InputError(Exception):
    """Input that cannot be read, with where it is.

    ``str(err)`` is a single line naming the file (and line, or sheet and row),
    fit to print to a user as it is.
    """

    def __init__(self, location: Location | str, message: str):
        self.location = location if isinstance(location, Location) else Location(str(location))
        self.message = message
        super().__init__(f"{self.location}: {message}")
