"""``nhskg trace`` through click's CliRunner, on a hand-built graph and on the seeds' build."""

from __future__ import annotations

import json
import re

import pytest
from browser_util import hand_built_graph_dir
from click.testing import CliRunner

from nhskg.cli import main

CUMBRIA_CHAIN = "NHS Digital -> North of England DSCRO -> North of England CSU -> NHS Cumbria CCG"


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return hand_built_graph_dir(tmp_path_factory.mktemp("trace-graph"))


def trace(*args):
    result = CliRunner().invoke(main, ["trace", *map(str, args)])
    return result


def page_data(path) -> dict:
    html = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="nhskg-data">(.*?)</script>', html, re.S).group(1))


def test_upstream_is_the_default_and_prints_each_hop_with_its_evidence(graph_dir):
    result = trace("Cumbria CCG", "--graph", graph_dir)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("NHS Cumbria CCG (CCG)\n")
    assert "From NHS Digital to NHS Cumbria CCG: 2 path(s) under 1 agreement(s)" in out
    assert "\n  " + CUMBRIA_CHAIN + "\n" in out
    assert "NHS Digital -> North of England DSCRO  [identifiable, transfer; SUS for Commissioners]" in out
    assert (
        '"North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG." '
        "(NIC-36767-G4H9Z.txt:211)"
    ) in out
    # the register's own release is the one-hop path
    assert "\n  NHS Digital -> NHS Cumbria CCG\n" in out
    assert "register release" in out
    # the Lancashire chain belongs to another recipient
    assert "Lancashire" not in out
    assert "Onward from" not in out


def test_downstream_follows_one_agreement_at_a_time(graph_dir):
    result = trace("NECS", "--downstream", "--graph", graph_dir)
    assert result.exit_code == 0, result.output
    assert "Onward from North of England CSU: 1 chain(s) under 1 agreement(s)" in result.output
    assert "\nNIC-36767-G4H9Z\n  North of England CSU -> NHS Cumbria CCG\n" in result.output
    assert "From NHS Digital" not in result.output


def test_both_directions(graph_dir):
    result = trace("North of England CSU", "--both", "--graph", graph_dir)
    assert result.exit_code == 0, result.output
    assert "From NHS Digital to North of England CSU: 1 path(s)" in result.output
    assert "NHS Digital -> North of England DSCRO -> North of England CSU\n" in result.output
    assert "Onward from North of England CSU: 1 chain(s)" in result.output


def test_state_and_dataset_filters(graph_dir):
    identifiable = trace("NHS Cumbria CCG", "--state", "identifiable", "--graph", graph_dir)
    assert identifiable.exit_code == 0, identifiable.output
    # the chain has pseudonymised hops, so no whole path is identifiable
    assert "0 path(s) under 0 agreement(s)" in identifiable.output
    assert "[only state identifiable]" in identifiable.output
    pseudo = trace("NHS Cumbria CCG", "--state", "pseudonymised", "--graph", graph_dir)
    assert "1 path(s) under 1 agreement(s)" in pseudo.output  # only the register's pseudonymised release
    sus = trace("NHS Cumbria CCG", "--dataset", "sus for commissioners", "--graph", graph_dir)
    assert "2 path(s)" in sus.output and CUMBRIA_CHAIN in sus.output
    hes = trace("NHS Cumbria CCG", "--dataset", "HES", "--graph", graph_dir)
    assert "0 path(s)" in hes.output
    bad = trace("NHS Cumbria CCG", "--state", "secret", "--graph", graph_dir)
    assert bad.exit_code == 2 and "'secret' is not one of" in bad.output


def test_html_shows_the_traced_flows_only_and_focuses_the_organisation(graph_dir, tmp_path):
    html = tmp_path / "cumbria.html"
    result = trace("NHS Cumbria CCG", "--graph", graph_dir, "--html", html)
    assert result.exit_code == 0, result.output
    assert f"Wrote {html} (4 organisations, 4 flows: the 4 flows of the 2 chain(s) above, one per stating sentence)" in result.output
    data = page_data(html)
    assert sorted(n["label"] for n in data["nodes"]) == [
        "NHS Cumbria CCG", "NHS Digital", "North of England CSU", "North of England DSCRO"]
    assert data["focus"] == "https://w3id.org/nhskg/id/org/nhs-cumbria-ccg"
    assert data["title"] == "nhskg trace: NHS Cumbria CCG"
    assert data["subtitle"] == "Trace of NHS Cumbria CCG: how the data reached it"


def test_html_carries_each_hops_rule_and_inferred_end_as_the_build_records_them(seed_build, tmp_path):
    from collections import defaultdict

    from nhskg.graph import algorithms, vocab
    from nhskg.graph.view import load, load_rdf

    html = tmp_path / "csu.html"
    result = trace("North of England CSU", "--both", "--graph", seed_build, "--html", html)
    assert result.exit_code == 0, result.output
    data = page_data(html)
    rdf = load_rdf(seed_build)
    rule_of = {str(f): str(r) for f, r in rdf.subject_objects(vocab.EXTRACTION_RULE)}
    ends = defaultdict(set)
    for f, v in rdf.subject_objects(vocab.INFERRED_END):
        ends[str(f)].add(str(v))
    code = {(): 0, ("source",): 1, ("target",): 2, ("source", "target"): 3}
    G = load(seed_build)
    T = algorithms.subgraph_for(G, algorithms.find_org(G, "North of England CSU"), direction="both")
    # a flow with no recorded rule would say nothing either way (-1)
    expected = {(rule_of[k], code[tuple(sorted(ends[k]))]) if k in rule_of else (None, -1) for _, _, k in T.edges(keys=True)}
    shown = {(data["rules"][f[4]] if f[4] >= 0 else None, f[5]) for e in data["edges"] for f in e["flows"]}
    assert shown == expected and any(rule for rule, _ in shown)
    assert any(c for _, c in shown), "the seeds' trace has a hop with an inferred end"


def test_unknown_organisation_and_missing_graph_are_one_line_errors(graph_dir, tmp_path):
    unknown = trace("Nowhere Trust", "--graph", graph_dir)
    assert unknown.exit_code == 1
    assert unknown.output.strip().splitlines() == [f"Error: no organisation matches 'Nowhere Trust' (in {graph_dir / 'graph.ttl'})"]
    missing = trace("NHS Cumbria CCG", "--graph", tmp_path / "nothing")
    assert missing.exit_code == 1
    assert len(missing.output.strip().splitlines()) == 1 and "no such graph" in missing.output
    assert "Traceback" not in unknown.output + missing.output


def test_every_option_is_documented():
    result = CliRunner().invoke(main, ["trace", "--help"])
    assert result.exit_code == 0
    for option in ("--upstream", "--downstream", "--both", "--dataset", "--state", "--graph", "--html"):
        line = next(out for out in result.output.splitlines() if out.strip().startswith(option))
        assert len(line.split(option, 1)[1].strip()) > 10, f"{option} has no help text"


def test_cumbria_chain_on_the_seeds(seed_build, tmp_path):
    from nhskg.graph.algorithms import find_org
    from nhskg.graph.view import load

    html = tmp_path / "cumbria.html"
    result = trace("NHS Cumbria CCG", "--graph", seed_build, "--html", html)
    assert result.exit_code == 0, result.output
    # the chain seed 001 states, under the names the graph gives these organisations
    G = load(seed_build)
    names = ["NHS Digital", "North of England DSCRO", "North of England CSU", "NHS Cumbria CCG"]
    chain = [G.nodes[find_org(G, name)]["label"] for name in names]
    assert "\n  " + " -> ".join(chain) + "\n" in result.output
    assert "\nNIC-36767-G4H9Z\n" in result.output
    # each hop quotes a sentence of seed 001 with its line
    for source, target, sentence in [
        (chain[0], chain[1], "Identifiable SUS data is sent from the SUS Repository to North of England"),
        (chain[1], chain[2], "the pseudonymised data is then passed securely to North of England CSU"),
        (chain[2], chain[3], "North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG"),
    ]:
        assert f"    {source} -> {target}  [" in result.output
        assert re.search(re.escape(sentence) + r'[^"\n]*" \([^)\n]*001_d56ed5694f6db4e9\.txt:\d+\)', result.output)
    labels = {n["label"] for n in page_data(html)["nodes"]}
    assert set(chain) <= labels


# --- issue 14: answers that are never silently empty (on the real seed pages) --------------


def test_a_kind_word_asks_which_organisation(seed_build):
    result = trace(seed_build, "CSU")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: 'CSU' says what an organisation is, not which one: give its name (the graph has 4 of kind CSU: "
        "Arden and GEM Commissioning Support Unit; Midlands and Lancashire Commissioning Support Unit; "
        "North of England Commissioning Support Unit; Unnamed CSU (NIC-69431-K1K8R))"
    )


def test_a_misspelt_organisation_gets_did_you_mean(seed_build):
    result = trace(seed_build, "Salfrod Royal Trust")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: no organisation matches 'Salfrod Royal Trust' (in {seed_build / 'graph.ttl'}); did you mean "
        "'Salford Royal NHS Foundation Trust' or 'Northern Care Alliance NHS Foundation Trust' or "
        "'Blackpool Teaching Hospitals NHS Foundation Trust'?"
    ]
    close = trace(seed_build, "Cumbira CCG")
    assert close.exit_code == 0
    assert close.output.splitlines()[0] == "NHS Cumbria CCG (CCG)  (closest match for 'Cumbira CCG')"


def test_a_name_two_organisations_match_equally_asks(seed_build):
    result = trace(seed_build, "North of England")
    assert result.exit_code == 1
    assert result.output.startswith("Error: 'North of England' is ambiguous: North of England Commissioning Support Unit, ")
    assert "which one?" in result.output


def test_no_path_says_what_the_graph_holds(seed_build):
    result = trace(seed_build, "Lima Networks Ltd")
    assert result.exit_code == 0
    assert result.output.splitlines()[2:9] == [
        "From NHS Digital to Lima Networks Ltd: 0 path(s) under 0 agreement(s)",
        "  What the graph holds for Lima Networks Ltd:",
        "    NIC-05206-L1V6D: hasDataProcessor; named in its text; role NonAccessingProcessor",
        "    NIC-234915-J3K4V: named in its text; role AccessWouldBreach",
        "    NIC-317048-N8P0R: hasDataProcessor; named in its text; role NonAccessingProcessor",
        "    NIC-377038-J7G7X: hasDataProcessor; named in its text; role NonAccessingProcessor",
        "  None of these agreements has a chain of flows from NHS Digital that ends at Lima Networks Ltd.",
    ]
    filtered = trace(seed_build, "NHS Cumbria CCG", "--state", "aggregate", "--dataset", "SUS")
    assert "  (none with these filters; run without --dataset/--state to see every flow)" in filtered.output


def test_downstream_lists_only_onward_flows(seed_build):
    # seed 001: NECS -> GP practices (risk stratification) and GP practices -> NECS (GP data) under one agreement
    result = trace(seed_build, "North of England CSU", "--downstream")
    assert result.exit_code == 0
    chains = [line for line in result.output.splitlines() if line.startswith("  ") and not line.startswith("   ")]
    assert chains == [
        "  North of England Commissioning Support Unit -> GP practices",
        # the CCG's Expected Benefits: "Feedback to NHS service providers on data quality …" (aggregate, to the output
        # recipients' node, never the providers' node that sends record-level data to the DSCRO)
        "  North of England Commissioning Support Unit -> NHS Cumbria CCG -> Providers (recipients of outputs)",
        "  North of England Commissioning Support Unit -> Academic Health Science Network Utilisation Management Team -> NHS Cumbria CCG"
        " -> Providers (recipients of outputs)",
        "  North of England Commissioning Support Unit -> Advancing Quality Alliance -> NHS Cumbria CCG -> Providers (recipients of outputs)",
    ]
    assert "GP practices -> North of England Commissioning Support Unit" not in result.output


def test_dataset_names_resolve_through_the_catalogue(seed_build):
    canonical = trace(seed_build, "NHS Cumbria CCG", "--dataset", "Mental Health Services Data Set")
    assert "7 path(s)" not in canonical.output and canonical.exit_code == 0
    for alias in ("MHSDS", "mhsds", "Mental Health Services Dataset"):
        same = trace(seed_build, "NHS Cumbria CCG", "--dataset", alias)
        assert same.output == canonical.output, alias
    unknown = trace(seed_build, "NHS Cumbria CCG", "--dataset", "Nonexistent")
    assert unknown.exit_code == 1
    assert unknown.output.startswith("Error: no dataset called 'Nonexistent'; closest: ")


def test_graph_is_the_first_argument_and_old_option_still_works(seed_build):
    new = trace(seed_build, "NHS Cumbria CCG")
    old = trace("NHS Cumbria CCG", "--graph", seed_build)
    assert new.exit_code == 0 and new.output == old.output
    both = trace(seed_build, "NHS Cumbria CCG", "--graph", seed_build)
    assert both.exit_code == 2 and "give the graph once" in both.output


def test_map_count_says_how_it_relates_to_the_paths(seed_build, tmp_path):
    html = tmp_path / "c.html"
    result = trace(seed_build, "NHS Cumbria CCG", "--html", html)
    last = result.output.strip().splitlines()[-1]
    assert re.fullmatch(
        re.escape(f"Wrote {html} (") + r"\d+ organisations, (\d+) flows: the (\d+) flows of the 7 chain\(s\) above, "
        r"one per stating sentence, and (\d+) more on the same agreements' chains that no simple chain above passes\)",
        last,
    ), last
    total, on_paths, more = map(int, re.search(r"(\d+) flows: the (\d+) flows.* and (\d+) more", last).groups())
    assert total == on_paths + more and page_data(html)["flow_count"] == total  # the map says the same number
