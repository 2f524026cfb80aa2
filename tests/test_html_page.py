"""The HTML map as a file: self-contained, deterministic, escaped, aggregated (no browser needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from browser_util import HOSTILE_IMG, HOSTILE_SCRIPT, hand_built_graph_dir

from nhskg.graph import html_data
from nhskg.graph.html import render_html, write_html
from nhskg.graph.html_style import KIND_STYLES, STATE_COLORS
from nhskg.graph.view import load

ORG = "https://w3id.org/nhskg/id/org/"
ASSETS = Path(__file__).resolve().parents[1] / "graph" / "assets"


def page_json(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="nhskg-data">(.*?)</script>', html, re.S)
    assert found, "the page carries its data in a JSON script block"
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory) -> nx.MultiDiGraph:
    return load(hand_built_graph_dir(tmp_path_factory.mktemp("hostile"), hostile=True))


def flow_graph(flows) -> nx.MultiDiGraph:
    """A view-schema graph from (source, target, agreement, state, origin, evidence[, location]) tuples."""
    G = nx.MultiDiGraph()
    kinds = {"nhs-digital": "NHSDigital", "dscro": "DSCRO", "csu": "CSU", "ccg": "CCG", "acme": "Company"}
    for slug, kind in kinds.items():
        G.add_node(ORG + slug, label=slug.upper(), kind=kind, aliases=[], agreements=[], ods_code=None)
    for number, (source, target, agreement, state, origin, evidence, *where) in enumerate(flows):
        G.add_edge(ORG + source, ORG + target, key=f"flow-{number}", agreement=agreement, datasets=[], state=state,
                   mode="transfer", evidence=evidence, location=where[0] if where else f"x.txt:{number}", origin=origin)
    return G


def test_page_loads_nothing_from_outside(hostile_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(hostile_graph, path, title="Seeds")
    html = path.read_text(encoding="utf-8")
    # no element fetches anything: every script and style is inline
    assert not re.search(r"<(script|link|img|iframe|source|object|embed)\b[^>]*\b(src|href|data)\s*=", html, re.I)
    assert "sourceMappingURL" not in html
    assert "bootstrap" not in html.lower()
    assert "default-src 'none'" in html  # the Content-Security-Policy forbids fetching anything else
    # vis-network is inlined from the vendored copy, whose licence is kept beside it
    assert "@version 10.1.5" in html
    assert (ASSETS / "vis-network-LICENSE-MIT").is_file()
    assert (ASSETS / "vis-network-LICENSE-APACHE-2.0").is_file()
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    assert "vis-network-LICENSE-MIT" in readme and "Apache-2.0" in readme


def test_register_text_reaches_the_page_only_as_inert_json(hostile_graph):
    html = render_html(hostile_graph, title=f"Map {HOSTILE_SCRIPT}")
    # neither the markup nor an escaped-then-unescaped form appears as HTML anywhere
    assert HOSTILE_SCRIPT not in html
    assert HOSTILE_IMG not in html
    assert "onerror=" not in html.replace("\\u003cimg src=x onerror=", "")
    assert "<title>Map &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in html
    # the JSON still holds the exact text, to be shown literally by textContent
    data = page_json(html)
    labels = {n["label"] for n in data["nodes"]}
    assert f"Evil {HOSTILE_SCRIPT} Analytics {HOSTILE_IMG} Ltd" in labels
    evidence = [data["sentences"][ev["sentence"]] for e in data["edges"] for ev in e["evidence"]]
    assert f"The CSU sends {HOSTILE_SCRIPT} reports to {HOSTILE_IMG}." in evidence


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- <script>", "a\u2028b\u2029c", "&lt;b&gt;"])
def test_json_block_cannot_be_closed_or_commented_by_data(text):
    G = flow_graph([("nhs-digital", "ccg", "NIC-1", "identifiable", "text", text)])
    html = render_html(G)
    block = re.search(r'id="nhskg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and "\u2028" not in block and "\u2029" not in block
    data = page_json(html)
    assert data["sentences"][data["edges"][0]["evidence"][0]["sentence"]] == text


def test_parallel_flows_are_drawn_as_one_edge_per_state_and_origin():
    G = flow_graph(
        [
            ("nhs-digital", "dscro", "NIC-1", "identifiable", "text", "Sent to the DSCRO."),
            # the same sentence read twice (two flows of one statement) is one piece of evidence
            ("nhs-digital", "dscro", "NIC-2", "identifiable", "text", "Also sent to the DSCRO.", "y.txt:7"),
            ("nhs-digital", "dscro", "NIC-2", "identifiable", "text", "Also sent to the DSCRO.", "y.txt:7"),
            ("nhs-digital", "dscro", "NIC-3", "pseudonymised", "text", "Pseudonymised to the DSCRO."),
            ("nhs-digital", "ccg", "NIC-1", "pseudonymised", "register", "Recipient: CCG"),
            ("nhs-digital", "ccg", "NIC-1", "pseudonymised", "text", "NHS Digital sends it to the CCG."),
        ]
    )
    data = page_json(render_html(G))
    edges = {(e["from"].rsplit("/", 1)[1], e["to"].rsplit("/", 1)[1], e["state"], e["origin"]): e for e in data["edges"]}
    assert sorted(edges) == [
        ("nhs-digital", "ccg", "pseudonymised", "register"),
        ("nhs-digital", "ccg", "pseudonymised", "text"),
        ("nhs-digital", "dscro", "identifiable", "text"),
        ("nhs-digital", "dscro", "pseudonymised", "text"),
    ]
    identifiable = edges[("nhs-digital", "dscro", "identifiable", "text")]
    assert identifiable["agreements"] == ["NIC-1", "NIC-2"]
    assert [data["sentences"][ev["sentence"]] for ev in identifiable["evidence"]] == ["Sent to the DSCRO.", "Also sent to the DSCRO."]
    assert data["flow_count"] == 6

    drawn = {e["id"]: e for e in data["vis"]["edges"]}
    register = drawn[edges[("nhs-digital", "ccg", "pseudonymised", "register")]["id"]]
    stated = drawn[edges[("nhs-digital", "ccg", "pseudonymised", "text")]["id"]]
    assert register["dashes"] is True and stated["dashes"] is False
    assert "smooth" in register or "smooth" in stated  # the second edge of a pair bends away from the first
    red = drawn[identifiable["id"]]
    assert red["color"]["color"] == STATE_COLORS["identifiable"] == "#dc2626"
    assert red["width"] > drawn[edges[("nhs-digital", "dscro", "pseudonymised", "text")]["id"]]["width"]
    # each drawn edge is carried once: the page takes its ends from the edge record and always draws an arrow
    assert all("from" not in e and "to" not in e and "arrows" not in e for e in drawn.values())
    assert 'e.from = info.from; e.to = info.to; e.arrows = "to";' in (ASSETS / "page.js").read_text(encoding="utf-8")


def test_evidence_per_edge_is_bounded_with_a_count():
    flows = [("csu", "ccg", f"NIC-{n:02d}", "pseudonymised", "text", f"Sentence {n:02d}.") for n in range(40)]
    data = page_json(render_html(flow_graph(flows)))
    (edge,) = data["edges"]
    assert edge["evidence_total"] == 40 and len(edge["evidence"]) == html_data.MAX_EVIDENCE
    assert edge["agreement_total"] == 40 and len(edge["agreements"]) == html_data.MAX_LISTED


def test_nodes_are_drawn_by_kind_in_flow_order(hostile_graph):
    data = page_json(render_html(hostile_graph))
    drawn = {n["id"]: n for n in data["vis"]["nodes"]}
    x = {n["label"]: drawn[n["id"]]["x"] for n in data["nodes"]}
    assert x["NHS Digital"] < x["North of England DSCRO"] < x["North of England CSU"] < x["NHS Cumbria CCG"]
    colour = {k["kind"]: k["color"] for k in data["kinds"]}  # the page colours each organisation by its kind
    for node in data["nodes"]:
        style = KIND_STYLES[node["kind"]]
        assert "color" not in drawn[node["id"]]
        assert (drawn[node["id"]]["shape"], colour[node["kind"]]) == (style.shape, style.color)
    assert data["vis"]["options"]["physics"]["enabled"] is False
    assert [k["kind"] for k in data["kinds"]] == ["NHSDigital", "DSCRO", "CSU", "CCG", "Company"]
    assert [t["title"] for t in data["vis"]["stage_titles"]] == [
        "Sources", "DSCROs", "CSUs", "Commissioners", "Processors and recipients"]


def test_an_organisation_that_only_sends_data_is_drawn_as_a_source():
    G = flow_graph(
        [
            ("nhs-digital", "dscro", "NIC-1", "identifiable", "text", "NHS Digital sends SUS to the DSCRO."),
            ("acme", "dscro", "NIC-1", "identifiable", "text", "Acme sends its records to the DSCRO."),
            ("dscro", "csu", "NIC-1", "pseudonymised", "text", "The DSCRO passes it to the CSU."),
            ("csu", "ccg", "NIC-1", "pseudonymised", "text", "The CSU passes it to the CCG."),
        ]
    )
    G.add_node(ORG + "idle", label="Idle Ltd", kind="Company", aliases=[], agreements=[], ods_code=None)
    data = page_json(render_html(G))
    stage = {n["label"]: n["stage"] for n in data["nodes"]}
    assert stage == {"NHS-DIGITAL": 0, "ACME": 0, "DSCRO": 1, "CSU": 2, "CCG": 3, "Idle Ltd": 4}
    x = {n["label"]: n["x"] for n in data["vis"]["nodes"]}
    assert x["ACME"] < x["DSCRO"]


def test_same_graph_gives_same_bytes_whatever_the_insertion_order(hostile_graph, tmp_path):
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(hostile_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(hostile_graph.edges(keys=True, data=True))))
    write_html(hostile_graph, tmp_path / "a.html")
    write_html(shuffled, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_focus_is_kept_only_for_a_node_of_the_graph(hostile_graph):
    cumbria = ORG + "nhs-cumbria-ccg"
    assert page_json(render_html(hostile_graph, focus=cumbria))["focus"] == cumbria
    assert page_json(render_html(hostile_graph, focus=ORG + "nobody"))["focus"] is None


def test_empty_graph_still_writes_a_page(tmp_path):
    write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    data = page_json((tmp_path / "empty.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == []


def test_alias_lists_do_not_depend_on_the_hash_seed():
    # the 2017 register's map listed "DIDS" and "DIDs" in set order, so two builds of one input differed
    import subprocess
    import sys

    code = ("import networkx as nx; from nhskg.graph.html_data import _dataset_aliases; "
            "G = nx.MultiDiGraph(datasets={'Made-up Data Set': ['MDS', 'MDs', 'mds', 'Mds']}); "
            "print(_dataset_aliases(G, ['Made-up Data Set']))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert seen == {"{'Made-up Data Set': ['MDS', 'MDs', 'Mds', 'mds']}\n"}
