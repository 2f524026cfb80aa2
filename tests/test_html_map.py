"""The investigator's map, feature by feature, in Chromium (offline), on the real 2017 dev register and on graphs the tests make.

Each feature is checked against what ``nhskg.graph.algorithms`` (and so
``nhskg trace``) computes from the same graph, not against hard-coded
outputs. Screenshots of the overview, a focus and a path at 1800x1100 go to
``tmp/out/`` in the repository (git-ignored) or to ``NHSKG_SCREENS``.
"""

from __future__ import annotations

import csv
import io
import os
import xml.etree.ElementTree as ET
from collections import Counter, deque
from pathlib import Path

import networkx as nx
import pytest
from browser_util import (
    HOSTILE_SCRIPT,
    hand_built_graph_dir,
    node_canvas_position,
    offline_page,
    register_sized_graph,
    require_chromium,
)
from click.testing import CliRunner

from nhskg.cli import main
from nhskg.graph import algorithms
from nhskg.graph.html import write_html
from nhskg.graph.view import load

REPO = Path(__file__).resolve().parents[1]
REGISTER = REPO.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"
ORG = "https://w3id.org/nhskg/id/org/"
SCREENS = Path(os.environ.get("NHSKG_SCREENS") or REPO / "tmp" / "out")
WIDTH, HEIGHT = 1800, 1100


@pytest.fixture(autouse=True)
def _chromium():
    require_chromium()


def keep(page, name: str) -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / name
    page.screenshot(path=str(path))
    return path


def assert_clean(log) -> None:
    assert log.blocked == [], "the page requested something besides itself"
    assert log.console_errors == []
    assert log.page_errors == []


# --- inputs ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def register_build(tmp_path_factory):
    """``nhskg build`` of the real 2017 dev register (skipped when ../shared/registers is absent)."""
    if not REGISTER.is_file():
        pytest.skip(f"the 2017 dev register is not at {REGISTER}")
    out = tmp_path_factory.mktemp("register-2017")
    result = CliRunner().invoke(main, ["build", str(REGISTER), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def register_graph(register_build):
    return load(register_build)


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    out = hand_built_graph_dir(tmp_path_factory.mktemp("hand-map"))
    G = load(out)
    path = out / "graph.html"
    write_html(G, path, title="Hand-built")
    return G, path


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    G = register_sized_graph()
    path = tmp_path_factory.mktemp("synthetic") / "graph.html"
    write_html(G, path, title="A synthetic register")
    return G, path


# --- what the algorithms say -------------------------------------------------------------


def chains_within(G, org, depth):
    """Organisations within ``depth`` same-agreement hops of ``org``, up or down (0: whole chains)."""
    found = {org}
    for agreement in {d["agreement"] for *_, d in G.in_edges(org, data=True)} | {d["agreement"] for *_, d in G.out_edges(org, data=True)}:
        H = nx.DiGraph([(u, v) for u, v, d in G.edges(data=True) if d["agreement"] == agreement])
        for step in (H.successors, H.predecessors):
            seen, frontier = {org: 0}, deque([org])
            while frontier:
                n = frontier.popleft()
                if depth and seen[n] == depth:
                    continue
                for m in step(n):
                    if m not in seen:
                        seen[m] = seen[n] + 1
                        frontier.append(m)
            found |= set(seen)
    return found


def drawn_edges(T):
    """The map's edges of a graph: one per source, target, state and origin."""
    return {(u, v, d["state"], d["origin"]) for u, v, d in T.edges(data=True)}


def highlighted(page) -> dict:
    return page.evaluate("window.nhskgMap.highlighted()")


def drawn_ids(page) -> list[str]:
    return page.evaluate("window.nhskgMap.network.body.nodeIndices.slice().sort()")


# --- overview --------------------------------------------------------------------------


def test_register_overview_is_grouped_readable_and_expands(register_graph, register_build):
    G = register_graph
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        drawn = drawn_ids(page)
        groups = [d for d in drawn if d.startswith("group:")]
        orgs = [d for d in drawn if not d.startswith("group:")]
        assert len(drawn) <= 60 < G.number_of_nodes()
        # the backbone is drawn one by one
        backbone = sorted(n for n, k in G.nodes(data="kind") if k in ("NHSDigital", "DSCRO", "CSU") and G.degree(n))
        assert set(backbone) <= set(orgs)
        # organisations with no flow wait behind one count
        idle = sum(1 for n in G if G.degree(n) == 0)
        label = page.evaluate("window.nhskgMap.nodes.get('group:noflow').label")
        assert label.startswith(f"{idle} organisations with no flow")
        # the groups account for every organisation not drawn
        hidden = page.evaluate("window.nhskgMap.nodes.get().filter(n => n.id.startsWith('group:')).map(n => n.label)")
        in_groups = sum(int(label.split()[0]) for label in hidden if label[0].isdigit())
        assert len(orgs) + in_groups == G.number_of_nodes()
        # labels readable in the first view: at least 11 px on screen
        scale = page.evaluate("window.nhskgMap.network.getScale()")
        assert scale * 21 >= 11, f"labels are {scale * 21:.1f} px"
        keep(page, "overview-2017.png")

        # expand a group with a click on it
        group = next(g for g in groups if g.startswith("group:via:"))
        members = page.evaluate(f"window.nhskgMap.nodes.get('{group}').label").split()[0]
        point = node_canvas_position(page, group)
        page.mouse.click(point["x"], point["y"])
        after = drawn_ids(page)
        assert group not in after
        assert len(set(after) - set(drawn)) == int(members)
        assert_clean(log)


def test_synthetic_overview_opens_a_group_and_expands_a_node(synthetic):
    G, path = synthetic
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        before = set(drawn_ids(page))
        assert "group:via:" + ORG + "csu-3" in before and ORG + "ccg-3" not in before
        # labels readable in the first view: at least 11 px on screen
        scale = page.evaluate("window.nhskgMap.network.getScale()")
        assert scale * 21 >= 11, f"labels are {scale * 21:.1f} px"
        keep(page, "overview-synthetic.png")
        page.evaluate(f"window.nhskgMap.expandGroup('group:via:{ORG}csu-3')")
        after = set(drawn_ids(page))
        ccgs_of_csu3 = {ORG + f"ccg-{i}" for i in range(210) if i % 20 == 3}
        assert after - before == ccgs_of_csu3
        # expanding a node draws its neighbours out of their groups
        page.click("#collapse-all")
        page.evaluate(f"window.nhskgMap.expandNeighbours('{ORG}csu-0')")
        shown = set(drawn_ids(page))
        assert {ORG + f"ccg-{i}" for i in range(210) if i % 20 == 0} <= shown
        assert_clean(log)


# --- focus ---------------------------------------------------------------------------------


def test_focus_on_north_of_england_csu_shows_what_its_trace_reaches(register_graph, register_build):
    G = register_graph
    csu = algorithms.find_org(G, "North of England Commissioning Support Unit")
    trace = algorithms.subgraph_for(G, csu, direction="both")
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        page.fill("#search-input", "North of England CSU")
        page.press("#search-input", "Enter")
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [csu]
        lit = highlighted(page)
        assert set(lit["nodes"]) == set(trace.nodes)
        edges = page.evaluate("(ids) => ids.map(id => window.nhskgMap.edgeKey(id))", lit["edges"])
        assert {tuple(e) for e in edges} == drawn_edges(trace)
        # everything it reaches is drawn one by one, the rest dimmed
        drawn = set(drawn_ids(page))
        assert set(trace.nodes) <= drawn
        dim = page.evaluate("window.nhskgMap.nodeView.get().filter(n => n.opacity === 0.6).map(n => n.id)")
        assert set(dim) == drawn - set(trace.nodes)
        page.wait_for_timeout(400)
        keep(page, "focus-north-of-england-csu.png")
        # one step out, then two
        for depth in (1, 2):
            page.select_option("#focus-depth", str(depth))
            assert set(highlighted(page)["nodes"]) == chains_within(G, csu, depth)
        page.select_option("#focus-depth", "0")
        assert set(highlighted(page)["nodes"]) == set(trace.nodes)
        assert_clean(log)


def test_focus_on_every_hand_built_organisation_matches_the_trace(hand):
    G, path = hand
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        for org in sorted(G):
            page.evaluate("window.nhskgMap.clearFocus()")  # the whole map in view again
            point = node_canvas_position(page, org)
            page.mouse.click(point["x"], point["y"])
            assert set(highlighted(page)["nodes"]) == set(algorithms.subgraph_for(G, org).nodes), G.nodes[org]["label"]
            for depth in (1, 2):
                assert set(page.evaluate(f"window.nhskgMap.setFocus('{org}') && (window.nhskgMap.view.depth = {depth}, "
                                         "window.nhskgMap.applyFilters(), window.nhskgMap.highlighted().nodes)")) \
                    == chains_within(G, org, depth)
            page.evaluate("window.nhskgMap.view.depth = 0")
        page.keyboard.press("Escape")
        assert highlighted(page) is None
        assert_clean(log)


def test_filters_refit_the_view_and_clear_stale_details(hand):
    G, path = hand
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        edge = page.evaluate("window.nhskgMap.edgeView.get().find(e => e.color.color === '#f59e0b').id")
        page.evaluate(f"window.nhskgMap.showDetails('edge', '{edge}')")
        assert "\u2192" in page.locator("#details h3").inner_text()
        before = page.evaluate("[window.nhskgMap.network.getScale(), window.nhskgMap.network.getViewPosition()]")
        page.uncheck('input[data-state="pseudonymised"]')
        assert page.locator("#details h3").count() == 0  # the edge is gone: so are its details
        after = page.evaluate("[window.nhskgMap.network.getScale(), window.nhskgMap.network.getViewPosition()]")
        assert after != before  # fitted to what is left
        assert_clean(log)


# --- path -------------------------------------------------------------------------------------


def test_path_from_nhs_digital_to_cumbria_shows_the_chain_the_text_states(hand):
    G, path = hand
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        page.fill("#path-from", "NHS Digital")
        page.fill("#path-to", "Cumbria CCG")
        page.click("#path-go")
        text = page.locator("#details").inner_text()
        assert "NIC-36767-G4H9Z: NHS Digital \u2192 North of England DSCRO \u2192 North of England CSU \u2192 NHS Cumbria CCG" in text
        assert "NIC-36767-G4H9Z: NHS Digital \u2192 NHS Cumbria CCG" in text  # the register's release
        # each hop with the sentence stating it, and where
        for sentence, line in [
            ("Identifiable data is sent from NHS Digital to the North of England DSCRO.", 209),
            ("The North of England DSCRO pseudonymises the data and passes it to North of England CSU.", 210),
            ("North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG.", 211),
        ]:
            assert sentence in text and f"NIC-36767-G4H9Z.txt:{line}" in text
        assert "2 chains under 1 agreement" in text
        keep(page, "path-hand-built.png")
        assert_clean(log)


def test_path_on_the_register_lists_every_chain_the_algorithms_find(register_graph, register_build):
    G = register_graph
    nhsd = algorithms.nhs_digital(G)
    cumbria = algorithms.find_org(G, "NHS Cumbria CCG")
    expected = {(p.agreement, p.nodes) for p in algorithms.paths_from_nhs_digital(G, cumbria)}
    assert any(len(nodes) > 2 for _, nodes in expected), "the text states onward chains to Cumbria"
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        found = page.evaluate(
            """([a, b]) => window.nhskgMap.showPath(a, b).map(p => [p.agreement, p.nodes])""", [nhsd, cumbria])
        refs = page.evaluate("window.nhskgMap.agreementRefs()")
        got = {(refs[a], tuple(nodes)) for a, nodes in found if nodes[0] == nhsd}
        assert got == expected
        assert set(highlighted(page)["nodes"]) == {n for _, nodes in expected for n in nodes}
        page.wait_for_timeout(300)
        keep(page, "path-2017-nhs-digital-to-cumbria.png")
        assert_clean(log)


# --- share ------------------------------------------------------------------------------------


def test_a_link_with_the_view_state_reopens_the_same_view(hand):
    G, path = hand
    csu = ORG + "north-of-england-csu"
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        page.evaluate(f"window.nhskgMap.setFocus('{csu}')")
        page.select_option("#focus-depth", "1")
        page.uncheck('input[data-state="aggregate"]')
        page.select_option("#dataset-filter", "SUS for Commissioners")
        link = page.evaluate("window.nhskgMap.shareLink()")
        assert "#" in link and "focus=org%3Anorth-of-england-csu" in link
        state = page.evaluate("window.nhskgMap.state()")
        lit = highlighted(page)
        counts = page.locator("#counts").inner_text()

        other = page.context.new_page()
        other.goto(link)
        other.wait_for_function("window.nhskgMap && window.nhskgMap.ready === true")
        assert other.evaluate("window.nhskgMap.state()") == state
        assert highlighted(other) == lit
        assert other.locator("#counts").inner_text() == counts
        assert other.locator("#focus-depth").input_value() == "1"
        assert other.locator('input[data-state="aggregate"]').is_checked() is False
        assert other.locator("#dataset-filter").input_value() == "SUS for Commissioners"
        assert other.locator("#details h3").inner_text() == "North of England CSU"
        other.close()
        assert_clean(log)


def test_a_path_in_the_link_reopens_the_chains(hand):
    G, path = hand
    link = path.resolve().as_uri() + "#path=org%3Anhs-digital%2Corg%3Anhs-lancashire-north-ccg"
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        page.goto(link)
        page.reload()
        page.wait_for_function("window.nhskgMap && window.nhskgMap.ready === true")
        text = page.locator("#details").inner_text()
        assert ("NIC-11111-AAAAA: NHS Digital \u2192 Midlands and Lancashire DSCRO \u2192 Midlands and Lancashire CSU"
                " \u2192 NHS Lancashire North CCG") in text
        assert_clean(log)


# --- export -----------------------------------------------------------------------------------


def test_export_csv_rows_are_the_visible_edges_with_their_evidence(register_graph, register_build, tmp_path):
    G = register_graph
    csu = algorithms.find_org(G, "North of England Commissioning Support Unit")
    trace = algorithms.subgraph_for(G, csu, direction="both")
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        everything = list(csv.DictReader(io.StringIO(page.evaluate("window.nhskgMap.exportCSV()"))))
        assert {(r["source_iri"], r["target_iri"], r["state"], r["origin"]) for r in everything} == drawn_edges(G)
        page.evaluate(f"window.nhskgMap.setFocus('{csu}')")
        with page.expect_download() as download:
            page.click("#export-csv")
        saved = tmp_path / "edges.csv"
        download.value.save_as(saved)
        rows = list(csv.DictReader(saved.open(encoding="utf-8", newline="")))
        assert len(rows) == len(page.evaluate("window.nhskgMap.visibleEdges()"))
        assert {(r["source_iri"], r["target_iri"], r["state"], r["origin"]) for r in rows} == drawn_edges(trace)
        # each row carries the sentences and locations of its flows
        for r in rows:
            flows = [d for u, v, d in trace.edges(data=True)
                     if (u, v, d["state"], d["origin"]) == (r["source_iri"], r["target_iri"], r["state"], r["origin"])]
            assert set(r["agreements"].split(" | ")) == {d["agreement"] for d in flows}
            for d in flows:
                if d["evidence"]:
                    assert d["evidence"].lstrip("=+-@") in r["evidence"]

        graphml = page.evaluate("window.nhskgMap.exportGraphML()")
        parsed = nx.parse_graphml(graphml)
        assert parsed.number_of_edges() == len(rows)
        assert set(parsed.nodes) == set(trace.nodes)
        assert_clean(log)


def test_picture_exports_and_hostile_text_in_them(tmp_path):
    G = load(hand_built_graph_dir(tmp_path / "hostile", hostile=True))
    path = tmp_path / "graph.html"
    write_html(G, path)
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        png = page.evaluate("window.nhskgMap.exportPNG()")
        assert png.startswith("data:image/png;base64,") and len(png) > 10_000
        svg = page.evaluate("window.nhskgMap.exportSVG()")
        root = ET.fromstring(svg)  # well-formed: the hostile label is escaped
        texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
        assert any(HOSTILE_SCRIPT in (t or "") for t in texts)
        assert not list(root.iter("{http://www.w3.org/2000/svg}script"))
        rows = page.evaluate("window.nhskgMap.exportCSV()")
        assert "<script>" in rows  # as text in a cell
        with page.expect_download() as download:
            page.click("#export-svg")
        assert download.value.suggested_filename == "nhskg-map.svg"
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert_clean(log)


# --- search -----------------------------------------------------------------------------------


def test_search_by_reference_dataset_short_name_and_misspelling(seed_build):
    G = load(seed_build)
    with offline_page(seed_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        # a version reference finds its agreement and lights its flows
        page.fill("#search-input", "DARS-NIC-36767-G4H9Z-v0.6")
        page.press("#search-input", "Enter")
        lit = highlighted(page)
        flows = [(u, v) for u, v, d in G.edges(data=True) if d["agreement"] == "NIC-36767-G4H9Z"]
        assert set(lit["nodes"]) == {n for e in flows for n in e}
        assert "Agreement NIC-36767-G4H9Z" in page.locator("#details").inner_text()
        # a dataset by its short name
        page.fill("#search-input", "HES APC")
        page.press("#search-input", "Enter")
        assert page.locator("#dataset-filter").input_value() == "Hospital Episode Statistics Admitted Patient Care"
        page.click("#reset-filters")
        page.fill("#search-input", "SUS")
        page.press("#search-input", "Enter")
        assert "Dataset: SUS" in page.locator("#search-results").inner_text()
        # a misspelling gets suggestions, and one click follows one
        page.fill("#search-input", "Cumbira CCG")
        page.press("#search-input", "Enter")
        results = page.locator("#search-results").inner_text()
        assert "No organisation matches" in results and "Did you mean" in results and "NHS Cumbria CCG" in results
        page.locator("#search-results .suggest button", has_text="NHS Cumbria CCG").first.click()
        cumbria = algorithms.find_org(G, "NHS Cumbria CCG")
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [cumbria]
        assert_clean(log)


# --- time -------------------------------------------------------------------------------------


def test_release_month_and_agreement_period_filters(seed_build):
    with offline_page(seed_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        agreements = page.evaluate("window.nhskgMap.agreementList()")
        page.select_option("#time-from", "2020-02")
        page.select_option("#time-to", "2020-04")
        wanted = {a["ref"] for a in agreements if any("2020-02" <= m <= "2020-04" for m in a["months"])}
        assert wanted  # the seeds have releases in those months
        shown = page.evaluate("window.nhskgMap.visibleEdges().map(id => window.nhskgMap.edgeAgreements(id)).flat()")
        assert set(shown) == wanted
        page.select_option("#time-mode", "period")
        page.select_option("#time-from", "2023-03")
        page.select_option("#time-to", "2026-03")
        in_force = {a["ref"] for a in agreements if a["dsa"][0] and a["dsa"][0][:7] <= "2026-03" and a["dsa"][1][:7] >= "2023-03"}
        shown = page.evaluate("window.nhskgMap.visibleEdges().map(id => window.nhskgMap.edgeAgreements(id)).flat()")
        assert set(shown) == in_force and in_force
        assert_clean(log)


def test_register_without_months_says_so(register_build):
    # The 2017 workbook has no month column in DataReleases (nor in the amendments sheet) and no
    # agreement period anywhere (its README, Title sheet and PurposeStatements checked by hand):
    # the filter says so instead of offering months that select nothing.
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        agreements = page.evaluate("window.nhskgMap.agreementList()")
        assert agreements and not any(a["months"] or a["dsa"][0] or a["dsa"][1] for a in agreements)
        hint = page.locator("#time-hint")
        assert hint.is_visible()
        assert hint.inner_text() == (f"None of the {len(agreements)} agreements here has a release month or an agreement period "
                                     "(this register's release rows carry no month), so there is nothing to filter by time.")
        assert all(page.locator(sel).is_disabled() for sel in ("#time-mode", "#time-from", "#time-to"))
        assert_clean(log)


def test_a_register_with_periods_but_no_months_filters_by_the_period(tmp_path):
    G = nx.MultiDiGraph()
    for slug, kind in (("nhs-digital", "NHSDigital"), ("a", "CCG"), ("b", "CCG")):
        G.add_node(ORG + slug, label=slug.upper(), kind=kind, aliases=[], agreements=[], ods_code=None)
    for ref, to in (("NIC-1", "a"), ("NIC-2", "b"), ("NIC-3", "b")):
        G.add_edge(ORG + "nhs-digital", ORG + to, key=ref, agreement=ref, datasets=[], state="pseudonymised",
                   mode="transfer", evidence=f"Sent under {ref}.", location="x.txt:1", origin="text")
    times = {"NIC-1": {"months": [], "dsa": ["2017-01-01", "2017-12-31"], "release": [None, None]},
             "NIC-2": {"months": [], "dsa": ["2019-04-01", "2020-03-31"], "release": [None, None]}}
    path = tmp_path / "graph.html"
    write_html(G, path, times=times)
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        assert page.locator("#time-mode").input_value() == "period"
        assert page.locator('#time-mode option[value="release"]').is_disabled()
        assert page.locator("#time-hint").inner_text() == ("This register's release rows carry no month: the filter uses "
                                                           "the agreement period, which 2 of 3 agreements state.")
        page.select_option("#time-from", "2017-12")
        page.select_option("#time-to", "2017-12")
        shown = page.evaluate("window.nhskgMap.visibleEdges().map(id => window.nhskgMap.edgeAgreements(id)).flat()")
        assert shown == ["NIC-1"]
        assert "time=period%3A2017-12..2017-12" in page.evaluate("window.nhskgMap.state()")
        assert_clean(log)


# --- evidence panel -----------------------------------------------------------------------------


def test_evidence_panel_shows_sentence_location_rule_and_inferred_end(tmp_path):
    G = nx.MultiDiGraph()
    for slug, kind in (("nhs-digital", "NHSDigital"), ("dscro", "DSCRO"), ("csu", "CSU")):
        G.add_node(ORG + slug, label=slug.upper(), kind=kind, aliases=[], agreements=["NIC-1"], ods_code=None)
    G.add_edge(ORG + "nhs-digital", ORG + "dscro", key="f1", agreement="NIC-1", datasets=["SUS"], state="identifiable",
               mode="transfer", evidence="NHS Digital sends SUS to the DSCRO.", location="a.txt:3", origin="text",
               rule="flow-verb-to", inferred_end=False)
    G.add_edge(ORG + "dscro", ORG + "csu", key="f2", agreement="NIC-1", datasets=["SUS"], state="pseudonymised",
               mode="transfer", evidence="It is then passed on to the CSU.", location="a.txt:4", origin="text",
               rule="passive-onward", inferred_end="target")
    G.add_edge(ORG + "nhs-digital", ORG + "csu", key="f3", agreement="NIC-1", datasets=["SUS"], state="pseudonymised",
               mode="transfer", evidence="The CSU receives SUS.", location="a.txt:5", origin="text")
    path = tmp_path / "graph.html"
    write_html(G, path)
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        def details_of(source, target):
            edge = page.evaluate(f"window.nhskgMap.edgeView.get().find(e => e.from === '{ORG}{source}' && e.to === '{ORG}{target}').id")
            page.evaluate(f"window.nhskgMap.showDetails('edge', '{edge}')")
            return page.locator("#details").inner_text()

        text = details_of("dscro", "csu")
        assert "It is then passed on to the CSU." in text and "NIC-1 \u00b7 a.txt:4" in text
        assert "rule: passive-onward" in text and "the receiving end (CSU) was inferred, not named in the sentence" in text
        text = details_of("nhs-digital", "dscro")
        assert "rule: flow-verb-to" in text and "both ends named in the sentence" in text
        text = details_of("nhs-digital", "csu")
        assert "The CSU receives SUS." in text and "rule:" not in text and "inferred" not in text and "named in" not in text
        # readable without scrolling: the panel starts at the top of the window, beside the map
        box = page.locator("#details").bounding_box()
        legend = page.locator("#legend-kinds").bounding_box()
        assert box["y"] < 120 and box["x"] > legend["x"] + legend["width"]
        assert_clean(log)


def test_long_tooltips_stay_on_screen(register_build):
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        nhsd = page.evaluate("window.nhskgMap.nodes.get().find(n => n.label === 'NHS Digital').id")
        page.evaluate("window.nhskgMap.expandGroup('group:noflow')")
        ids = page.evaluate("window.nhskgMap.nodeView.getIds()")
        points = [node_canvas_position(page, i) for i in (nhsd, ids[-1], ids[0])]
        for point in points:
            if not (0 <= point["x"] < WIDTH and 0 <= point["y"] < HEIGHT):
                continue
            page.mouse.move(point["x"], point["y"])
            page.wait_for_timeout(150)
            if page.locator("#tooltip").is_hidden():
                continue
            box = page.locator("#tooltip").bounding_box()
            assert box["x"] >= 0 and box["y"] >= 0
            assert box["x"] + box["width"] <= WIDTH and box["y"] + box["height"] <= HEIGHT
        assert_clean(log)


def test_each_step_draws_the_canvas_once(register_build):
    # vis-network redraws on every data set change while physics is off; a step holds those
    # redraws and draws once (see quietly() in page.js): at 4x the register that was seconds
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        # (in braces: network.on returns the network, too deep a chain for playwright to hand back)
        page.evaluate("() => { window.__draws = 0; window.nhskgMap.network.on('afterDrawing', () => { window.__draws += 1; }); }")
        nhsd = page.evaluate("window.nhskgMap.nodes.get().find(n => n.label === 'NHS Digital').id")
        steps = [
            "() => { const b = document.querySelector('input[data-state=\"identifiable\"]'); b.checked = false; b.dispatchEvent(new Event('change')); }",
            "() => window.nhskgMap.resetFilters()",
            f"() => window.nhskgMap.setFocus('{nhsd}')",
            f"() => window.nhskgMap.expandNeighbours('{nhsd}')",
            "() => document.querySelector('#expand-all').click()",
            "() => document.querySelector('#collapse-all').click()",
        ]
        for step in steps:
            draws = page.evaluate("async (step) => { await new Promise(r => requestAnimationFrame(r)); window.__draws = 0; (eval(step))();"
                                  " for (let i = 0; i < 3; i++) await new Promise(r => requestAnimationFrame(r)); return window.__draws; }", step)
            assert draws == 1, (step, draws)
        assert_clean(log)


def test_steps_flip_hidden_on_items_made_ahead_and_tiny_arrowheads_are_skipped(register_graph, register_build):
    # making vis nodes was most of "Expand all" at 4x the register: after the first view every
    # organisation and edge is made, hidden, in idle time, and a step only shows or hides them
    with offline_page(register_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        page.wait_for_function("window.nhskgMap.prebuiltAt !== null", timeout=60_000)
        held = page.evaluate("""() => { const m = window.nhskgMap, body = m.network.body;
            window.__made = new Map(Object.keys(body.nodes).map(id => [id, body.nodes[id]]));
            return {orgs: m.nodes.get().filter(n => !n.id.startsWith('group:')).every(n => body.nodes[n.id]),
                    edges: m.edges.get().filter(e => !e.group).every(e => body.edges[e.id])}; }""")
        assert held == {"orgs": True, "edges": True}
        overview = drawn_ids(page)
        for step in ("#expand-all", "#collapse-all"):
            page.click(step)
            drawn = drawn_ids(page)
            # what vis draws is exactly the page's view, and no vis node was made anew
            assert drawn == sorted(page.evaluate("window.nhskgMap.nodeView.getIds()"))
            remade = page.evaluate("""() => { const body = window.nhskgMap.network.body;
                return Object.keys(body.nodes).filter(id => !id.startsWith('group:') && window.__made.get(id) !== body.nodes[id]); }""")
            assert remade == []
            if step == "#expand-all":
                assert len([d for d in drawn if not d.startswith("group:")]) == register_graph.number_of_nodes()
            else:
                assert drawn == overview
        # arrowheads: every drawn edge's at scale 1; at 0.1 only those 2 px long or more
        counts = page.evaluate("""() => { const net = window.nhskgMap.network, out = [];
            for (const scale of [1, 0.1]) {
              let n = 0;
              Object.values(net.body.edges).forEach(e => { e.__arrows = e.drawArrows; e.drawArrows = function (c) { n += 1; return e.__arrows.call(e, c); }; });
              net.moveTo({scale: scale}); net.redraw();
              Object.values(net.body.edges).forEach(e => { e.drawArrows = e.__arrows; });
              // an arrowhead is 15 units times its scale factor + 3 times the edge's width long (vis-network's getArrowData)
              const seen = net.body.edgeIndices.map(id => net.body.edges[id])
                .filter(e => e.connected && (15 * e.options.arrows.to.scaleFactor + 3 * e.options.width) * scale >= 2);
              out.push([n, seen.length, net.body.edgeIndices.length]);
            }
            return out; }""")
        (at1, seen1, drawn1), (at01, seen01, drawn01) = counts
        assert at1 == seen1 == drawn1 > 0
        assert at01 == seen01 < drawn01
        assert_clean(log)


LOOKS = """() => { const m = window.nhskgMap, body = m.network.body, out = {nodes: {}, edges: {}};
    m.network.redraw();  // labels are measured (and coloured) as they are drawn
    m.nodeView.getIds().forEach(id => { const item = m.nodes.get(id), n = body.nodes[id];
      out.nodes[id] = {stored: [item.color.background, item.color.border, item.opacity === undefined ? 1 : item.opacity],
                       drawn: [n.options.color.background, n.options.color.border, n.options.opacity === undefined ? 1 : n.options.opacity],
                       label: [n.labelModule.fontOptions.color].concat((n.labelModule.lines || []).flatMap(l => l.blocks.map(b => b.color)))}; });
    m.edgeView.getIds().forEach(id => { const item = m.edges.get(id), e = body.edges[id];
      out.edges[id] = {stored: [item.color.color, item.color.opacity, item.width],
                       drawn: [e.options.color.color, e.options.color.opacity, e.options.width]}; });
    return out; }"""
DIM_NODE, DIM_FONT, DIM_EDGE = "#eef0f3", "#b6bcc6", "#e5e7eb"


@pytest.mark.parametrize("which", ["register", "synthetic"])
def test_dimming_restyles_what_is_drawn_and_clearing_restores_the_first_look(which, request):
    # a focus dims what its chains do not reach by restyling the data set's items and vis's own
    # objects in place (a DataSet.update was most of "Expand all" under a focus at 4x the register):
    # both must agree, and clearing the focus must give back every item's first look, group edges too
    if which == "register":
        G, path = request.getfixturevalue("register_graph"), request.getfixturevalue("register_build") / "graph.html"
        org = algorithms.find_org(G, "North of England Commissioning Support Unit")
    else:
        G, path = request.getfixturevalue("synthetic")
        org = ORG + "csu-3"
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        page.wait_for_function("window.nhskgMap.prebuiltAt !== null", timeout=60_000)
        page.click("#expand-all")
        first = page.evaluate(LOOKS)
        page.evaluate(f"window.nhskgMap.setFocus('{org}')")
        page.click("#expand-all")
        lit = highlighted(page)
        focused = page.evaluate(LOOKS)
        assert set(focused["nodes"]) == set(first["nodes"])
        for id_, look in focused["nodes"].items():
            assert look["stored"] == look["drawn"], id_
            dim = id_ not in lit["nodes"]
            assert (look["stored"][0] == DIM_NODE and look["stored"][2] == 0.6) == dim, id_
            assert set(look["label"]) == ({DIM_FONT} if dim else set(first["nodes"][id_]["label"])), id_
        dimmed_edges = {id_ for id_, look in focused["edges"].items() if look["drawn"][0] == DIM_EDGE}
        for id_, look in focused["edges"].items():
            assert look["stored"] == look["drawn"], id_
        assert dimmed_edges and dimmed_edges.isdisjoint(lit["edges"])
        page.evaluate("window.nhskgMap.clearFocus()")
        assert page.evaluate(LOOKS) == first
        # and the overview's group edges, dimmed by a focus, are not left grey after it
        page.click("#collapse-all")
        overview = page.evaluate(LOOKS)
        page.evaluate(f"window.nhskgMap.setFocus('{org}')")
        page.click("#collapse-all")
        assert page.evaluate(LOOKS) == overview
        assert not any(look["drawn"][0] == DIM_EDGE for look in overview["edges"].values())
        assert_clean(log)


def test_the_built_map_shows_the_rule_the_rdf_graph_records(seed_build):
    from nhskg.graph import vocab
    from nhskg.graph.view import load_rdf

    rdf = load_rdf(seed_build)
    rules = {(str(f), str(r)) for f, r in rdf.subject_objects(vocab.EXTRACTION_RULE)}
    assert rules, "the seeds' flows carry the rule that read them"
    G = load(seed_build)
    flow, rule = min((f, r) for f, r in rules if any(k == f for *_, k in G.edges(keys=True)))
    u, v, d = next((u, v, d) for u, v, k, d in G.edges(keys=True, data=True) if k == flow)
    with offline_page(seed_build / "graph.html", width=WIDTH, height=HEIGHT) as (page, log):
        assert set(page.evaluate("window.nhskgMap.rules()")) == {r for _, r in rules}
        edge = page.evaluate(
            "([u, v, s, o]) => window.nhskgMap.edgeView.getIds().find(id => { const k = window.nhskgMap.edgeKey(id); "
            "return k && k[0] === u && k[1] === v && k[2] === s && k[3] === o; })", [u, v, d["state"], d["origin"]])
        page.evaluate(f"window.nhskgMap.showDetails('edge', '{edge}')")
        text = page.locator("#details").inner_text()
        assert d["evidence"] in text and f"rule: {rule}" in text
        assert_clean(log)


# --- at register scale: the same features on the dev register and on a synthetic register ----------

SYNTHETIC_MONTHS = ("2017-09", "2017-10", "2017-11")


@pytest.fixture(scope="module")
def synthetic_extras(tmp_path_factory):
    """The synthetic register with what the 2017 workbook lacks: a release month per agreement (the
    register's three months in turn) and, for one hop, the rule that read it and an inferred end."""
    G = register_sized_graph()
    times = {d["agreement"]: {"months": [SYNTHETIC_MONTHS[int(d["agreement"][4:9]) % 3]], "dsa": [None, None],
                              "release": [None, None]} for *_, d in G.edges(data=True)}
    shared = Counter((u, v, d["state"], d["origin"]) for u, v, d in G.edges(data=True))
    hop = min((shared[(u, v, d["state"], d["origin"])], k) for u, v, k, d in G.edges(keys=True, data=True) if d["origin"] == "text")[1]
    facts = {hop: {"rule": "passive-onward", "inferred_end": "target"}}
    path = tmp_path_factory.mktemp("synthetic-extras") / "graph.html"
    write_html(G, path, title="A synthetic register with months", times=times, facts=facts)
    return G, path, times, facts


@pytest.fixture(params=["register", "synthetic"])
def at_scale(request):
    """What a test at register scale needs, on the real dev register and on the synthetic one."""
    if request.param == "register":
        from nhskg.graph.html_data import graph_extras

        G, build = request.getfixturevalue("register_graph"), request.getfixturevalue("register_build")
        _, facts = graph_extras(build / "graph.ttl")
        cumbria = algorithms.find_org(G, "NHS Cumbria CCG")
        return {"G": G, "path": build / "graph.html", "facts": facts,
                "org": algorithms.find_org(G, "North of England Commissioning Support Unit"),
                "misspelt": "NHS Cumbira CCG", "meant": cumbria}
    G, path, _, facts = request.getfixturevalue("synthetic_extras")
    return {"G": G, "path": path, "facts": facts, "org": ORG + "csu-3", "misspelt": "NHS Plcae 123 CCG", "meant": ORG + "ccg-123"}


def test_at_scale_a_link_with_the_view_state_reopens_the_same_view(at_scale):
    org = at_scale["org"]
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        group = page.evaluate("window.nhskgMap.nodeView.getIds().filter(id => id.startsWith('group:kind:')).sort()[0]")
        page.evaluate(f"window.nhskgMap.expandGroup('{group}')")
        page.evaluate(f"window.nhskgMap.setFocus('{org}')")
        page.select_option("#focus-depth", "1")
        page.uncheck('input[data-state="anonymised"]')
        link = page.evaluate("window.nhskgMap.shareLink()")
        state = page.evaluate("window.nhskgMap.state()")
        assert "focus=" in state and "depth=1" in state and "states=" in state and "open=" in state
        seen = {"lit": highlighted(page), "drawn": drawn_ids(page), "counts": page.locator("#counts").inner_text(),
                "details": page.locator("#details h3").inner_text()}

        other = page.context.new_page()
        other.goto(link)
        other.wait_for_function("window.nhskgMap && window.nhskgMap.ready === true")
        assert other.evaluate("window.nhskgMap.state()") == state
        assert {"lit": highlighted(other), "drawn": drawn_ids(other), "counts": other.locator("#counts").inner_text(),
                "details": other.locator("#details h3").inner_text()} == seen
        assert other.locator('input[data-state="anonymised"]').is_checked() is False
        other.close()
        assert_clean(log)


def test_at_scale_search_by_reference_and_a_misspelling(at_scale):
    G = at_scale["G"]
    ref = sorted(d["agreement"] for u, v, d in G.edges(at_scale["org"], data=True))[0]
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        page.fill("#search-input", f"DARS-{ref}-v1.2")
        page.press("#search-input", "Enter")
        flows = [(u, v) for u, v, d in G.edges(data=True) if d["agreement"] == ref]
        assert set(highlighted(page)["nodes"]) == {n for e in flows for n in e}
        assert f"Agreement {ref}" in page.locator("#details").inner_text()
        page.fill("#search-input", at_scale["misspelt"])
        page.press("#search-input", "Enter")
        meant = G.nodes[at_scale["meant"]]["label"]
        results = page.locator("#search-results").inner_text()
        assert "No organisation matches" in results and "Did you mean" in results and meant in results
        page.locator("#search-results .suggest button", has_text=meant).first.click()
        assert page.evaluate("window.nhskgMap.network.getSelectedNodes()") == [at_scale["meant"]]
        assert_clean(log)


ON_SCREEN = """() => { const net = window.nhskgMap.network, ids = net.body.nodeIndices;
    const box = document.getElementById('network').getBoundingClientRect(), where = net.getPositions(ids);
    return ids.filter(id => { const p = net.canvasToDOM(where[id]); return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height; }); }"""


def test_at_scale_filters_refit_the_view_and_clear_stale_details(at_scale):
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        edge = page.evaluate("window.nhskgMap.edgeView.getIds().sort().find(id => { const k = window.nhskgMap.edgeKey(id); "
                             "return k && k[2] === 'identifiable'; })")
        page.evaluate(f"window.nhskgMap.showDetails('edge', '{edge}')")
        assert "\u2192" in page.locator("#details h3").inner_text()
        page.evaluate("window.nhskgMap.network.moveTo({position: {x: 50000, y: 50000}, scale: 3})")  # the reader wandered off
        assert page.evaluate(ON_SCREEN)
        page.uncheck('input[data-state="identifiable"]')
        assert page.evaluate(ON_SCREEN) == []  # re-fitted: everything drawn is in view
        assert page.locator("#details h3").count() == 0  # the hidden edge's details are gone
        assert "Hover over or click" in page.locator("#details").inner_text()
        assert_clean(log)


def test_at_scale_picture_exports_draw_what_is_drawn(at_scale):
    G = at_scale["G"]
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        page.evaluate(f"window.nhskgMap.setFocus('{at_scale['org']}')")
        png = page.evaluate("window.nhskgMap.exportPNG()")
        assert png.startswith("data:image/png;base64,") and len(png) > 50_000
        root = ET.fromstring(page.evaluate("window.nhskgMap.exportSVG()"))
        ns = "{http://www.w3.org/2000/svg}"
        shapes = list(root.iter(ns + "circle")) + [r for r in root.iter(ns + "rect") if r.get("stroke-dasharray")]
        assert len(shapes) == len(page.evaluate("window.nhskgMap.nodeView.getIds()"))
        texts = {t.text for t in root.iter(ns + "text")}
        assert G.nodes[at_scale["org"]]["label"] in texts
        with page.expect_download() as download:
            page.click("#export-png")
        assert download.value.suggested_filename == "nhskg-map.png"
        assert_clean(log)


def test_at_scale_evidence_panel_shows_a_hops_sentence_rule_and_inferred_end(at_scale):
    G, facts = at_scale["G"], at_scale["facts"]
    parallel = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        parallel.setdefault((u, v, d["state"], d["origin"]), []).append((k, d))
    # a hop whose end was inferred, on an edge few enough flows share that its sentence is listed
    key, (flow, d) = next((key, (k, d)) for key, flows in sorted(parallel.items()) if len(flows) <= 5
                          for k, d in flows if facts.get(k, {}).get("inferred_end") == "target" and d["evidence"])
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        edge = page.evaluate(
            "([u, v, s, o]) => window.nhskgMap.edges.getIds().find(id => { const k = window.nhskgMap.edgeKey(id); "
            "return k && k[0] === u && k[1] === v && k[2] === s && k[3] === o; })", list(key))
        page.evaluate(f"window.nhskgMap.setFocus('{key[1]}')")  # its receiving end, so the edge is drawn
        page.evaluate(f"window.nhskgMap.showDetails('edge', '{edge}')")
        text = " ".join(page.locator("#details").inner_text().split())
        assert " ".join(d["evidence"].split()) in text and d["location"] in text
        assert f"rule: {facts[flow]['rule']}" in text
        assert f"the receiving end ({G.nodes[key[1]]['label']}) was inferred, not named in the sentence" in text
        box = page.locator("#details").bounding_box()
        assert box["y"] < 120 and box["x"] > page.locator("#legend-kinds").bounding_box()["x"] + 200
        assert_clean(log)


def test_synthetic_register_filters_by_release_month(synthetic_extras):
    G, path, times, _ = synthetic_extras
    with offline_page(path, width=WIDTH, height=HEIGHT) as (page, log):
        assert page.locator("#time-mode").input_value() == "release"
        assert [o for o in page.locator("#time-from option").all_inner_texts()][1:] == list(SYNTHETIC_MONTHS)
        everything = page.evaluate("window.nhskgMap.visibleEdges().length")
        page.select_option("#time-from", "2017-10")
        page.select_option("#time-to", "2017-10")
        shown = set(page.evaluate("window.nhskgMap.visibleEdges().map(id => window.nhskgMap.edgeAgreements(id)).flat()"))
        assert shown == {ref for ref, t in times.items() if t["months"] == ["2017-10"]}
        assert 0 < page.evaluate("window.nhskgMap.visibleEdges().length") < everything
        assert "time=release%3A2017-10..2017-10" in page.evaluate("window.nhskgMap.state()")
        assert_clean(log)


def test_at_scale_a_double_click_draws_an_organisations_neighbours(at_scale):
    G, org = at_scale["G"], at_scale["org"]
    neighbours = set(G.predecessors(org)) | set(G.successors(org))
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        before = set(drawn_ids(page))
        hidden = neighbours - before
        assert hidden, "some of its neighbours wait in groups"
        point = node_canvas_position(page, org)
        page.mouse.dblclick(point["x"], point["y"])
        page.evaluate("window.nhskgMap.clearFocus()")  # the click's focus lit them too; the expansion stays
        after = set(drawn_ids(page))
        assert after - before <= neighbours
        assert hidden <= after if len(hidden) <= 40 else len(after - before) == 40
        assert "show=" in page.evaluate("window.nhskgMap.state()")
        assert_clean(log)


def test_at_scale_focus_shows_what_the_trace_reaches_and_exports_it(at_scale):
    G, org = at_scale["G"], at_scale["org"]
    trace = algorithms.subgraph_for(G, org, direction="both")
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        page.evaluate(f"window.nhskgMap.setFocus('{org}')")
        lit = highlighted(page)
        assert set(lit["nodes"]) == set(trace.nodes)
        assert {tuple(e) for e in page.evaluate("(ids) => ids.map(id => window.nhskgMap.edgeKey(id))", lit["edges"])} == drawn_edges(trace)
        for depth in (1, 2):
            page.select_option("#focus-depth", str(depth))
            assert set(highlighted(page)["nodes"]) == chains_within(G, org, depth)
        page.select_option("#focus-depth", "0")
        rows = list(csv.DictReader(io.StringIO(page.evaluate("window.nhskgMap.exportCSV()"))))
        assert {(r["source_iri"], r["target_iri"], r["state"], r["origin"]) for r in rows} == drawn_edges(trace)
        parsed = nx.parse_graphml(page.evaluate("window.nhskgMap.exportGraphML()"))
        assert set(parsed.nodes) == set(trace.nodes) and parsed.number_of_edges() == len(rows)
        assert_clean(log)


def test_at_scale_path_from_nhs_digital_lists_every_chain_the_algorithms_find(at_scale):
    G, to = at_scale["G"], at_scale["meant"]
    nhsd = algorithms.nhs_digital(G)
    expected = {(p.agreement, p.nodes) for p in algorithms.paths_from_nhs_digital(G, to)}
    assert any(len(nodes) > 2 for _, nodes in expected)
    with offline_page(at_scale["path"], width=WIDTH, height=HEIGHT) as (page, log):
        page.fill("#path-from", "NHS Digital")
        page.fill("#path-to", G.nodes[to]["label"])
        page.click("#path-go")
        found = page.evaluate("([a, b]) => window.nhskgMap.showPath(a, b).map(p => [p.agreement, p.nodes])", [nhsd, to])
        refs = page.evaluate("window.nhskgMap.agreementRefs()")
        assert {(refs[a], tuple(nodes)) for a, nodes in found if nodes[0] == nhsd} == expected
        text = page.locator("#details").inner_text()
        assert f"Chains between NHS Digital and {G.nodes[to]['label']}" in text
        assert_clean(log)
