"""How a register's opt-out value reads: applied, not applied, or not applicable.

A shared vocabulary of the core: the readers read each release row's value
with it, and the graph records the reading of each agreement-level value.
"""

from __future__ import annotations

import re

_NOT_APPLICABLE = re.compile(
    r"not identifiable|does not include the flow of confidential|anonymised|aggregate|"
    r"not applicable|^n/?a\b|^none\b|^-$",
    re.IGNORECASE,
)


def opt_outs_applied(text: str | None) -> bool | None:
    """Whether a release's opt-out value says opt-outs were applied (None: not stated/applicable).

    >>> [opt_outs_applied(v) for v in ("Y", "No", "Yes - s251", "No - data flow is not identifiable", "")]
    [True, False, True, None, None]
    """
    if not text:
        return None
    value = text.strip()
    if re.match(r"(y|yes|true)\b", value, re.IGNORECASE):
        return True
    if _NOT_APPLICABLE.search(value):
        return None
    if re.match(r"(n|no|false)\b", value, re.IGNORECASE):
        return False
    return None
