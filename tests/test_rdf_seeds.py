"""The seeds' graph (built through the CLI): conforms to the shapes, is byte-identical across builds, and every quote is where it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF

from nhskg.cli import main
from nhskg.graph import vocab as V
from nhskg.graph.serialise import read_graph
from nhskg.textfix import repair

#: The nine agreements of the five seed pages.
SEED_REFERENCES = {
    "NIC-05206-L1V6D", "NIC-234915-J3K4V", "NIC-317048-N8P0R", "NIC-377038-J7G7X",  # 000 (compact)
    "NIC-36767-G4H9Z",  # 001 (spaced)
    "NIC-69431-K1K8R",  # 002 (spaced)
    "NIC-615985-Y6L2H", "NIC-617743-X0M9Z",  # 003 (compact)
    "NIC-379704-S6H6R",  # 004 (legacy)
}


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    return read_graph(seed_build / "graph.ttl")


def test_seed_graph_conforms_to_the_shapes(seed_build):
    result = CliRunner().invoke(main, ["validate", str(seed_build)])
    assert result.exit_code == 0, result.output
    assert "conforms to the nhskg shapes" in result.output


def test_two_builds_are_byte_identical_in_every_format(seeds_dir, seed_build, tmp_path):
    outs = []
    for name in ("first", "second"):
        out = tmp_path / name
        result = CliRunner().invoke(
            main,
            ["build", str(seeds_dir), "--out", str(out), "--quiet", "--no-cache", "--no-html",
             "--format", "nt", "--format", "jsonld"],
        )
        assert result.exit_code == 0, result.output
        outs.append(out)
    for file in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (outs[0] / file).read_bytes() == (outs[1] / file).read_bytes(), file
    # and the same as the session's build (which used the extraction cache)
    assert (outs[0] / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()


def test_the_nine_agreements_by_core_reference(seed_graph):
    refs = {str(seed_graph.value(a, DCTERMS.identifier)) for a in seed_graph.subjects(RDF.type, V.NHSKG.DataSharingAgreement)}
    assert refs == SEED_REFERENCES
    for ref in SEED_REFERENCES:
        assert (V.agreement_iri(ref), RDF.type, V.DPV.DataProcessingAgreement) in seed_graph
    assert set(seed_graph.objects(V.agreement_iri("NIC-379704-S6H6R"), V.VERSION)) == {Literal("DARS-NIC-379704-S6H6R-v0.0")}


def test_page_facts_reach_the_agreements(seed_graph):
    unsafe = {str(seed_graph.value(a, DCTERMS.identifier)): seed_graph.value(a, V.FILES_UNSAFE)
              for a in seed_graph.subjects(RDF.type, V.NHSKG.DataSharingAgreement)}
    assert {ref: (n.toPython() if n is not None else None) for ref, n in unsafe.items()} == {
        "NIC-05206-L1V6D": 791, "NIC-234915-J3K4V": 791, "NIC-317048-N8P0R": 791, "NIC-377038-J7G7X": 791,
        "NIC-36767-G4H9Z": 71, "NIC-69431-K1K8R": 34, "NIC-615985-Y6L2H": 30, "NIC-617743-X0M9Z": 30,
        "NIC-379704-S6H6R": None,  # the legacy page has no such line
    }
    flagged = {str(seed_graph.value(a, DCTERMS.identifier))
               for a in seed_graph.subjects(V.BOTH_WAYS_FLAG, Literal(True))}
    assert flagged == {"NIC-36767-G4H9Z"}  # only page 001 carries the red-flag line


def _normalise(text: str) -> str:
    return " ".join(repair(text).split())


def test_every_quote_is_at_its_file_and_line(seed_graph, seeds_dir):
    files: dict[str, list[str]] = {}
    checked = 0
    for evidence in seed_graph.subjects(RDF.type, V.NHSKG.Evidence):
        quote = str(seed_graph.value(evidence, V.QUOTE))
        file = str(seed_graph.value(evidence, V.SOURCE_FILE))
        line = seed_graph.value(evidence, V.LINE).toPython()
        if file not in files:
            files[file] = (seeds_dir / file).read_text(encoding="utf-8").splitlines()  # named relative to the input folder
        lines = files[file]
        # a sentence starts on its line and may run onto the next ones
        window = _normalise(" ".join(lines[line - 1: line + 5]))
        start = _normalise(quote)[:60]
        assert start in window, f"{file}:{line}: {start!r} not there"
        checked += 1
    assert checked > 50


def test_register_releases_quote_the_reference_lines(seed_graph):
    located = set()
    for flow in seed_graph.subjects(V.STATED_BY, V.NHSKG.RegisterFields):
        evidence = seed_graph.value(flow, PROV.wasDerivedFrom)
        located.add((Path(str(seed_graph.value(evidence, V.SOURCE_FILE))).name[:3], seed_graph.value(evidence, V.LINE).toPython()))
    # the line each agreement is listed on in the seed pages
    assert located == {("000", 8), ("000", 134), ("000", 489), ("000", 857), ("001", 10), ("002", 8),
                       ("003", 6), ("003", 109), ("004", 15)}
