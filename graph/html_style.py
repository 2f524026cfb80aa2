"""How the HTML map draws organisation kinds and data states.

Every kind gets a stage (its column in the left-to-right flow), a colour and
a shape; no two kinds share both, so the map reads in greyscale too.  Data
states get an edge colour; identifiable data is red so it stands out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from nhskg.kinds import KINDS
from nhskg.model import DATA_STATES, ORG_KINDS


@dataclass(frozen=True)
class KindStyle:
    label: str  # legend text
    stage: int  # column in the flow: 0 NHS Digital ... 4 processors and end recipients
    shape: str  # a vis-network shape with the label below it
    color: str


#: kind -> how it is drawn.  Stages follow the usual path of the data:
#: NHS Digital -> DSCRO -> CSU -> commissioners -> providers, processors, others.
KIND_STYLES: dict[str, KindStyle] = {
    name: KindStyle(k.label, k.style.stage, k.style.shape, k.style.color) for name, k in KINDS.items()
}  # declared in ontology/kinds.toml

#: data state -> edge colour (identifiable in strong red, the rest calmer).
STATE_COLORS: dict[str, str] = {
    "identifiable": "#dc2626",
    "pseudonymised": "#f59e0b",
    "anonymised": "#2563eb",
    "aggregate": "#16a34a",
    "unspecified": "#9ca3af",
}

STAGE_TITLES = ("Sources", "DSCROs", "CSUs", "Commissioners", "Processors and recipients")

assert set(KIND_STYLES) == set(ORG_KINDS), "every organisation kind needs a style"
assert set(STATE_COLORS) == set(DATA_STATES), "every data state needs a colour"
assert len({(s.shape, s.color) for s in KIND_STYLES.values()}) == len(KIND_STYLES)


def kind_style(kind: str | None) -> KindStyle:
    """The style of ``kind``; unknown kinds are drawn as "Other"."""
    return KIND_STYLES.get(kind or "Other", KIND_STYLES["Other"])


def state_color(state: str | None) -> str:
    return STATE_COLORS.get(state or "unspecified", STATE_COLORS["unspecified"])


def edge_width(agreement_count: int) -> float:
    """Width grows with the log of the number of agreements, so hubs stay legible."""
    return round(min(1.5 + 2.0 * math.log2(max(agreement_count, 1)), 12.0), 2)


def node_size(agreement_count: int, kind: str | None) -> float:
    base = 30.0 if kind == "NHSDigital" else 12.0
    return round(min(base + 3.0 * math.log2(max(agreement_count, 1)), 40.0), 2)
