"""Agreement references: find the core ``NIC-<digits>-<5 chars>`` in any form written.

>>> core_reference("DARS-NIC-05206-L1V6D")
'NIC-05206-L1V6D'
>>> core_reference("NIC-05206-L1V6D-v1.4")
'NIC-05206-L1V6D'
>>> core_reference("CASEMIX_NHSE")
'CASEMIX_NHSE'
"""

from __future__ import annotations

import re
from functools import lru_cache

CORE = re.compile(r"NIC-(\d+)-([A-Z0-9]{5})(?![A-Z0-9])", re.IGNORECASE)
#: A whole reference as written: optional DARS- prefix, core, optional -vN.N suffix.
WRITTEN = re.compile(r"(?:DARS-)?NIC-\d+-[A-Z0-9]{5}(?:-v\d+(?:\.\d+)*)?(?![A-Z0-9])", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # once per row of the sheets; a reference repeats on every row of its releases
def core_reference(reference: str) -> str:
    """The core reference of ``reference``; the whole (trimmed) text where there is none."""
    text = " ".join(str(reference).split())
    match = CORE.search(text)
    if match is None:
        return text
    return f"NIC-{match.group(1)}-{match.group(2).upper()}"

