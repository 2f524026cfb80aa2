"""The investigator's interactive map: one self-contained, offline HTML page.

pyvis builds the vis-network node/edge items and options; the page itself
comes from our own Jinja2 template (``assets/page.html.j2``) because pyvis's
templates pull vis-network and Bootstrap from CDNs.  vis-network is vendored
in ``assets/`` and inlined, so the page loads with no network at all.

Everything that came from a register (names, titles, evidence) reaches the
page only as JSON data inside a non-executing ``<script type="application/json">``
block, and the page script puts it on screen with ``textContent``: text from
an input file is shown, never run.  A Content-Security-Policy with hashes of
our two inline scripts backs that up.

>>> import networkx as nx, tempfile, pathlib
>>> G = nx.MultiDiGraph()
>>> G.add_node("https://w3id.org/nhskg/id/org/nhs-digital", label="NHS Digital", kind="NHSDigital")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
>>> write_html(G, path, title="Example")
>>> "NHS Digital" in path.read_text(encoding="utf-8")
True
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
import networkx as nx

from .html_data import page_data
from .html_layout import Spacing, layered_positions
from .html_style import edge_width, kind_style, node_size, state_color

if TYPE_CHECKING:
    from pyvis.network import Network  # imported where a page is drawn: it brings IPython

_ASSETS = resources.files("nhskg.graph") / "assets"
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)

#: vis-network options.  Positions come from :mod:`.html_layout` (stages as
#: columns, left to right) and physics is off, so nothing moves once drawn,
#: even for the whole register.
VIS_OPTIONS = {
    "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False},
    "physics": {"enabled": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 60,
        "keyboard": {"enabled": True, "bindToWindow": False},
        "navigationButtons": False,
        "multiselect": False,
    },
    "nodes": {
        "borderWidth": 1,
        "borderWidthSelected": 4,
        "font": {"size": 17, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "widthConstraint": {"maximum": 220},
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
        "arrowStrikethrough": False,
        "smooth": {"enabled": True, "type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.5},
        "selectionWidth": 2,
        "hoverWidth": 1.5,
        "color": {"inherit": False},
    },
}


#: The grouped overview: rows far enough apart for three-line group labels, a squarer
#: drawing (the map sits between two side panels) and bigger labels.
OVERVIEW_SPACING: Spacing = {"stage_gap": 300, "row_gap": 120, "aspect": 0.8}
OVERVIEW_FONT = 21
#: Long words the overview's labels shorten (the full name is in the tooltip and details).
OVERVIEW_SHORT = (("Commissioning Support Unit", "CSU"), ("Clinical Commissioning Group", "CCG"))


def overview_label(label: str) -> str:
    """The label drawn on the register overview.

    >>> overview_label("North of England Commissioning Support Unit")
    'North of England CSU'
    """
    for long, short in OVERVIEW_SHORT:
        label = label.replace(long, short)
    return label


@cache
def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _script_text(source: str) -> str:
    """A script body safe to sit between <script> tags."""
    return source.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _csp_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"


def json_for_html(value) -> str:
    """JSON that cannot end the <script> element holding it or open a comment.

    >>> json_for_html({"t": "</script><!-- \\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u2028"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _group_label(group: dict) -> str:
    label = f"{len(group['members'])} {group['noun']}"
    return label + ("\n" + overview_label(group["note"]) if group["note"] else "")


def _vis_network(data: dict) -> tuple[Network, list[dict]]:
    """The vis-network items for the page, built with pyvis.

    At register scale the long tails are grouped (:func:`.html_data._groups`):
    the layout places each group as one unit, and its members start at the
    group's place (the page lays them out around it when the group opens).
    """
    # pyvis imports IPython (~0.3 s): pay for it only when a page is drawn.
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    options = json.loads(json.dumps(VIS_OPTIONS))
    if data["groups"]:
        options["nodes"]["font"]["size"] = OVERVIEW_FONT
    net.set_options(json.dumps(options))
    unit = {n["id"]: n["group"] or n["id"] for n in data["nodes"]}
    units = [(n["id"], n["stage"], n["label"]) for n in data["nodes"] if not n["group"]]
    # groups sort after the organisations of their column: "~" follows every letter
    units += [(g["id"], g["stage"], "~" + g["noun"] + g["note"]) for g in data["groups"]]
    spacing: Spacing = OVERVIEW_SPACING if data["groups"] else {}
    positions = layered_positions(units, [(unit[e["from"]], unit[e["to"]]) for e in data["edges"]], **spacing)
    for node in data["nodes"]:
        style = kind_style(node["kind"])
        x, y = positions[unit[node["id"]]]
        net.add_node(
            node["id"],
            label=overview_label(node["label"]) if data["groups"] else node["label"],
            shape=style.shape,
            color={
                "background": style.color,
                "border": "#1f2937",
                "highlight": {"background": style.color, "border": "#111827"},
                "hover": {"background": style.color, "border": "#111827"},
            },
            x=x,
            y=y,
            size=node_size(node["agreement_total"], node["kind"]),
        )
    for group in data["groups"]:
        style = kind_style(group["kind"])
        x, y = positions[group["id"]]
        net.add_node(
            group["id"],
            label=_group_label(group),
            shape="box",
            color={
                "background": "#f8fafc",
                "border": style.color,
                "highlight": {"background": "#eef2ff", "border": style.color},
                "hover": {"background": "#eef2ff", "border": style.color},
            },
            borderWidth=2,
            shapeProperties={"borderDashes": [6, 3], "borderRadius": 6},
            font={"size": OVERVIEW_FONT, "color": "#111827", "strokeWidth": 0},
            widthConstraint={"maximum": 240},
            margin=8,
            x=x,
            y=y,
        )
    stage = {n["id"]: n["stage"] for n in data["nodes"]}
    for edge in data["edges"]:
        color = state_color(edge["state"])
        register = edge["origin"] == "register"
        options = {
            "id": edge["id"],
            # the register's release restates what the text's chains show: draw it quieter
            "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.55 if register else 0.9},
            "width": edge_width(edge["agreement_total"]),
            "dashes": register,
            "arrows": "to",
        }
        skips = abs(stage[edge["to"]] - stage[edge["from"]]) != 1
        if register or skips or edge["parallel"]:
            # arc over the columns in between (a straight line would run through the chain
            # NHS Digital -> DSCRO -> CSU -> CCG it skips), and a second edge between the
            # same pair bends further instead of hiding under the first
            roundness = (0.3 if register or skips else 0.0) + 0.12 * edge["parallel"]
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(roundness, 2)}
        net.add_edge(edge["from"], edge["to"], **options)
    stages = {u: s for u, s, _ in units}
    return net, _stage_titles(data, {u: positions[u] for u in stages}, stages)


def _stage_titles(data: dict, positions: dict[str, tuple[int, int]], stages: dict[str, int]) -> list[dict]:
    """Column headings drawn above each stage present, in canvas coordinates."""
    if not positions:
        return []
    top = min(y for _, y in positions.values()) - 90
    xs: dict[int, list[int]] = {}
    for unit, stage in stages.items():
        xs.setdefault(stage, []).append(positions[unit][0])
    return [
        {"title": data["stages"][stage], "x": (min(v) + max(v)) // 2, "y": top, "stage": stage}
        for stage, v in sorted(xs.items())
    ]


def _compact_nodes(items: list[dict]) -> list[dict]:
    """The organisations' vis items without their colours: the page script sets each from its kind.

    At 4x the register the colour dictionaries alone were 0.4 MB of the page.
    """
    return [{k: v for k, v in item.items() if k != "color"} if not item["id"].startswith("group:") else item
            for item in items]


def _compact_edges(items: list[dict]) -> list[dict]:
    """The drawn edges' vis items without what the page script takes from the edge records (ends, arrow)."""
    return [{k: v for k, v in item.items() if k not in ("from", "to", "arrows")} for item in items]


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(_asset("page.html.j2"))


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "nhskg",
    subtitle: str | None = None,
    focus: str | None = None,
    times: dict | None = None,
    facts: dict | None = None,
) -> str:
    """The page as a string (see :func:`write_html`)."""
    data = page_data(G, focus=focus, times=times, facts=facts)
    net, stage_titles = _vis_network(data)
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    data["vis"] = {"nodes": _compact_nodes(net.nodes), "edges": _compact_edges(net.edges), "options": options,
                   "stage_titles": stage_titles}
    data["title"] = title
    data["subtitle"] = subtitle
    vis_js = _script_text(_SOURCE_MAP.sub("", _asset("vis-network.min.js")))
    page_js = _script_text(_asset("page.js"))
    return _template().render(
        title=title,
        subtitle=subtitle,
        css=_asset("page.css"),
        vis_js=vis_js,
        page_js=page_js,
        data_json=json_for_html(data),
        csp_scripts=" ".join([_csp_hash(vis_js), _csp_hash(page_js)]),
        node_count=G.number_of_nodes(),
        edge_count=len(data["edges"]),
        flow_count=G.number_of_edges(),
    )


def write_html(
    G: nx.MultiDiGraph,
    path,
    *,
    title: str = "nhskg",
    subtitle: str | None = None,
    focus: str | None = None,
    times: dict | None = None,
    facts: dict | None = None,
) -> None:
    """Write the interactive map of ``G`` (the NetworkX view) to ``path``.

    ``focus`` is a node to select and centre when the page opens (the trace
    view uses it; the map highlights its chains); ``subtitle`` is a line under
    the title; ``times`` gives each agreement's release months and DSA period
    (:func:`.html_data.agreement_times` reads them from the RDF graph) for the
    time filter; ``facts`` the rule behind each flow and whether an end was
    inferred (:func:`.html_data.flow_facts`), for the evidence panel.  The same
    graph gives the same bytes.
    """
    html = render_html(G, title=title, subtitle=subtitle, focus=focus, times=times, facts=facts)
    Path(path).write_text(html, encoding="utf-8")
