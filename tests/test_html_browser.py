"""The HTML map in a real browser (Debian's chromium through Playwright), with the network cut off.

Screenshots go to each test's tmp dir; set NHSKG_SCREENS=DIR to also keep
the seeds' full map and the Cumbria trace there for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser_util import (
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    hand_built_graph_dir,
    node_canvas_position,
    offline_page,
    require_chromium,
    screenshot,
)
from click.testing import CliRunner

from nhskg.cli import main
from nhskg.graph.html import write_html
from nhskg.graph.view import load

ORG = "https://w3id.org/nhskg/id/org/"
CUMBRIA_CHAIN = ["NHS Digital", "North of England DSCRO", "North of England CSU", "NHS Cumbria CCG"]


@pytest.fixture(autouse=True)
def _chromium():
    require_chromium()


def keep_screen(path: Path, name: str) -> None:
    screens = os.environ.get("NHSKG_SCREENS")
    if screens:
        Path(screens).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(screens) / name)


def test_a_fetch_would_be_caught(tmp_path, hand_graph):
    """The harness itself: a request to the network is recorded (and aborted), not missed."""
    path = tmp_path / "graph.html"
    write_html(hand_graph, path)
    with offline_page(path) as (page, log):
        page.evaluate("() => { const i = new Image(); i.src = 'https://cdn.example.org/vis.js'; document.body.appendChild(i); }")
        page.wait_for_timeout(300)
        assert log.network_requests == ["https://cdn.example.org/vis.js"]


def assert_clean(log) -> None:
    assert log.network_requests == [], "the page tried to fetch from the network"
    assert log.blocked == [], "the page requested something besides itself"
    assert log.console_errors == []
    assert log.page_errors == []


def rendered_counts(page) -> dict:
    return page.evaluate(
        """() => {
            const m = window.nhskgMap;
            return {dataset: m.nodes.length, view: m.nodeView.length,
                    drawn: m.network.body.nodeIndices.length, edges: m.network.body.edgeIndices.length};
        }"""
    )


@pytest.fixture(scope="module")
def hand_graph(tmp_path_factory):
    return load(hand_built_graph_dir(tmp_path_factory.mktemp("hand"), hostile=True))


@pytest.mark.parametrize("enforce_csp", [False, True], ids=["page", "page-under-its-csp"])
def test_page_loads_offline_and_draws_every_organisation(hand_graph, tmp_path, enforce_csp):
    path = tmp_path / "graph.html"
    write_html(hand_graph, path, title="Hand-built")
    with offline_page(path, enforce_csp=enforce_csp) as (page, log):
        counts = rendered_counts(page)
        assert counts == {"dataset": 8, "view": 8, "drawn": 8, "edges": 10}
        assert counts["dataset"] == hand_graph.number_of_nodes()
        assert page.locator("#legend-kinds li").count() == 5  # NHS Digital, DSCRO, CSU, CCG, Company
        screenshot(page, tmp_path / "hand.png")
        assert_clean(log)


def test_search_by_alias_selects_and_focuses_the_organisation(hand_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(hand_graph, path)
    with offline_page(path) as (page, log):
        before = page.evaluate("window.nhskgMap.network.getViewPosition()")
        page.fill("#search-input", "necs")
        page.press("#search-input", "Enter")
        page.wait_for_timeout(600)  # the focus animation
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [ORG + "north-of-england-csu"]
        after = page.evaluate("window.nhskgMap.network.getViewPosition()")
        assert after != before
        assert page.locator("#details h3").inner_text() == "North of England CSU"
        page.fill("#search-input", "cumbria")
        page.press("#search-input", "Enter")
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [ORG + "nhs-cumbria-ccg"]
        details = page.locator("#details").inner_text()
        assert "2 in, 0 out" in details  # the register's release and the CSU's hop
        assert "NIC-36767-G4H9Z" in details and "Cumbria CCG" in details
        page.fill("#search-input", "no such organisation")
        page.press("#search-input", "Enter")
        assert "No organisation matches" in page.locator("#search-results").inner_text()
        assert_clean(log)


def test_filters_hide_what_does_not_match(hand_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(hand_graph, path)
    with offline_page(path) as (page, log):
        page.uncheck('input[data-state="pseudonymised"]')
        page.uncheck('input[data-state="anonymised"]')
        page.uncheck('input[data-state="aggregate"]')
        states = page.evaluate(
            "window.nhskgMap.edgeView.get().map(e => e.color.color)"
        )
        assert states == ["#dc2626", "#dc2626"]  # the two identifiable hops out of NHS Digital
        labels = sorted(page.evaluate("window.nhskgMap.nodeView.get().map(n => n.label)"))
        assert labels == ["Midlands and Lancashire DSCRO", "NHS Digital", "North of England DSCRO"]
        page.click("#reset-filters")
        assert rendered_counts(page)["drawn"] == 8
        page.uncheck('input[data-kind="DSCRO"]')
        assert rendered_counts(page)["drawn"] == 6
        page.click("#reset-filters")
        page.uncheck('input[data-origin="text"]')  # register releases only: NHS Digital -> applicants
        assert rendered_counts(page)["edges"] == 3
        assert_clean(log)


def test_hostile_names_and_evidence_are_shown_not_run(hand_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(hand_graph, path, title=f"Map {HOSTILE_SCRIPT}")
    evil = next(n for n, label in hand_graph.nodes(data="label") if label.startswith("Evil"))
    with offline_page(path) as (page, log):
        shown = _show_everything(page, hand_graph)
        assert f"The CSU sends {HOSTILE_SCRIPT} reports to {HOSTILE_IMG}." in shown  # the evidence, as text
        point = node_canvas_position(page, evil)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_selector("#tooltip:not([hidden])")
        assert HOSTILE_SCRIPT in page.locator("#tooltip h3").inner_text()
        page.mouse.click(point["x"], point["y"])
        details = page.locator("#details").inner_text()
        assert f"Evil {HOSTILE_SCRIPT} Analytics {HOSTILE_IMG} Ltd" in details
        assert HOSTILE_IMG in details  # the alias, as text
        assert page.locator("#page-title").inner_text() == f"Map {HOSTILE_SCRIPT}"
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#details img, #tooltip img, #details script, #sidebar img").count() == 0
        screenshot(page, tmp_path / "hostile.png")
        assert_clean(log)


# --- from an input file, through `nhskg build` -------------------------------------------

#: A register page in the compact layout of seeds 000/003 whose project title and
#: recipient name carry markup that would run if the page ever used it as HTML.
HOSTILE_PAGE = """NHS Digital Data Release Register - reformatted
Evil {script} Analytics {img} Ltd projects
- Study of {script}{img} admissions
1 data files in total were disseminated unsafely (information about files used safely is missing for TRE/"system access" projects).
Study of {script}{img} admissions — DARS-NIC-66666-EVIL6-v1.2
Type of data: Pseudonymised
Opt outs honoured: Yes
Legal basis: Health and Social Care Act 2012 s261(2)(a)
Purposes: Yes (Commercial)
Sensitive: Sensitive
When:DSA runs 2023-03-13 — 2026-03-12 2023.12 — 2024.11.
Access method: One-Off
Data-controller type: EVIL {script} ANALYTICS {img} LTD
Sublicensing allowed: No
Datasets:
- Hospital Episode Statistics Admitted Patient Care (HES APC)
Objectives:
Evil {script} Analytics {img} Ltd will study hospital admissions.
Expected Benefits:
Better care.
Outputs:
Aggregate reports only.
Processing:
NHS Digital will disseminate pseudonymised HES data to Evil {script} Analytics {img} Ltd.
"""


def _show_everything(page, graph) -> str:
    """Hover every node and edge (tooltips), click every node, open every detail; the details' text."""
    for node in sorted(graph.nodes):
        point = node_canvas_position(page, node)
        page.mouse.move(point["x"], point["y"])
        page.wait_for_timeout(50)
        page.mouse.click(point["x"], point["y"])
    for point in page.evaluate(
        """() => {
            const net = window.nhskgMap.network;
            const box = document.getElementById('network').getBoundingClientRect();
            return window.nhskgMap.edgeView.getIds().map(id => {
                const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
                return {x: box.left + p.x, y: box.top + p.y};
            });
        }"""
    ):
        page.mouse.move(point["x"], point["y"])
        page.wait_for_timeout(50)
    return page.evaluate(
        """() => {
            const m = window.nhskgMap, seen = [];
            m.nodes.getIds().forEach(id => { m.showDetails('node', id); seen.push(document.getElementById('details').innerText); });
            m.edges.getIds().forEach(id => { m.showDetails('edge', id); seen.push(document.getElementById('details').innerText); });
            return seen.join('\\n');
        }"""
    )


def test_hostile_text_from_an_input_file_does_not_execute(tmp_path):
    register = tmp_path / "register"
    register.mkdir()
    (register / "evil.txt").write_text(HOSTILE_PAGE.format(script=HOSTILE_SCRIPT, img=HOSTILE_IMG), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(register), "--out", str(out), "--quiet", "--no-cache"])
    assert result.exit_code == 0, result.output
    graph = load(out)
    hostile_labels = [label for _, label in graph.nodes(data="label") if "<" in label]
    assert hostile_labels, "the hostile recipient name should reach the graph as an organisation"
    with offline_page(out / "graph.html") as (page, log):
        shown = _show_everything(page, graph)
        for label in hostile_labels:
            assert label in shown  # shown literally, markup and all
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#sidebar img, #sidebar script, #tooltip img").count() == 0
        screenshot(page, tmp_path / "hostile-build.png")
        assert_clean(log)


# --- the seeds --------------------------------------------------------------------------


def test_seeds_map_is_complete_and_offline(seed_build, tmp_path):
    graph = load(seed_build)
    with offline_page(seed_build / "graph.html", width=1800, height=1100) as (page, log):
        counts = rendered_counts(page)
        assert counts["dataset"] == counts["drawn"] == graph.number_of_nodes()
        shot = screenshot(page, tmp_path / "seeds.png")
        keep_screen(shot, "seeds-graph.png")
        page.fill("#search-input", "Cumbria")
        page.press("#search-input", "Enter")
        selected = page.evaluate("window.nhskgMap.network.getSelectedNodes()")
        assert [graph.nodes[n]["label"] for n in selected] == ["NHS Cumbria CCG"]
        assert_clean(log)


def test_cumbria_trace_view_shows_the_chain(seed_build, tmp_path):
    html = tmp_path / "cumbria.html"
    result = CliRunner().invoke(main, ["trace", "NHS Cumbria CCG", "--graph", str(seed_build), "--html", str(html)])
    assert result.exit_code == 0, result.output
    from nhskg.graph.algorithms import find_org

    graph = load(seed_build)
    chain = [graph.nodes[find_org(graph, name)]["label"] for name in CUMBRIA_CHAIN]
    with offline_page(html, width=1600, height=900) as (page, log):
        labels = set(page.evaluate("window.nhskgMap.nodeView.get().map(n => n.label)"))
        assert set(chain) <= labels
        positions = page.evaluate(
            """(chain) => {
                const m = window.nhskgMap;
                const ids = chain.map(l => m.nodes.get({filter: n => n.label === l})[0].id);
                const p = m.network.getPositions(ids);
                return ids.map(id => p[id].x);
            }""",
            chain,
        )
        assert positions == sorted(positions) and len(set(positions)) == 4  # drawn left to right
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes().length") == 1
        shot = screenshot(page, tmp_path / "cumbria.png")
        keep_screen(shot, "cumbria-trace.png")
        assert_clean(log)


def test_register_sized_graph_opens_grouped_and_expands_whole_and_still(tmp_path):
    from browser_util import register_sized_graph

    graph = register_sized_graph()
    path = tmp_path / "register.html"
    write_html(graph, path, title="2017-sized")
    with offline_page(path, width=1800, height=1100) as (page, log):
        counts = rendered_counts(page)
        # the overview: NHS Digital, 10 DSCROs, 20 CSUs, 20 groups of 10-11 CCGs (one per CSU),
        # 6 groups of recipients by kind and one of the recipients no agreement reached
        idle = [n for n in graph if graph.degree(n) == 0]
        assert idle and all(graph.nodes[n]["kind"] not in ("CCG", "CSU", "DSCRO") for n in idle)
        overview = 1 + 10 + 20 + 20 + 6 + 1
        assert counts["drawn"] == overview
        page.click("#expand-all")
        counts = rendered_counts(page)
        assert counts["drawn"] == graph.number_of_nodes() == 391
        # 12,600 flows aggregate to one drawn edge per source, target, state and origin
        assert counts["edges"] == len({(u, v, d["state"], d["origin"]) for u, v, d in graph.edges(data=True)})
        assert page.evaluate("window.nhskgMap.network.physics.physicsEnabled") is False
        page.click("#collapse-all")
        assert rendered_counts(page)["drawn"] == overview
        page.fill("#search-input", "NHS Place 123 CCG")
        page.press("#search-input", "Enter")
        # found inside its group: drawn out of it, selected, its chains highlighted
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [
            "https://w3id.org/nhskg/id/org/ccg-123"]
        screenshot(page, tmp_path / "register.png")
        assert_clean(log)
