"""The DUR test workbook of 30 real agreements (tests/data/dur) builds with every agreement,
version and dataset accounted for, and versions reach the graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF
from script_loader import load_script

from nhskg.pipeline import build
from nhskg.readers import read_paths

HERE = Path(__file__).resolve().parent
DUR = HERE / "data" / "dur"
NHSKG = "https://w3id.org/nhskg/ns#"


def _maker():
    return load_script(DUR / "make_workbook.py")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    maker = _maker()
    folder = tmp_path_factory.mktemp("dur")
    agreements = maker.load()
    book = maker.write_xlsx(folder / "data-uses-register.xlsx", agreements)
    return maker, agreements, book, folder


#: Agreements numbered below 400000 (older than the 2017 register's newest): each is in the 2017 dev workbook, so
#: none is a withheld 2017 agreement (tests/data/dur/SOURCES.md, second table).
IN_THE_2017_DEV_WORKBOOK = {"DARS-NIC-05206-L1V6D", "DARS-NIC-09122-R1S1D", "DARS-NIC-147834-LHQ2R", "DARS-NIC-148118-VCXW9",
                            "DARS-NIC-25634-T2Z1Z", "DARS-NIC-371243-H1P5T", "DARS-NIC-38197-Z4J4Y", "DARS-NIC-86623-P4F4D"}


def test_archive_holds_30_agreements_none_of_the_evaluation_references(made):
    _, agreements, _, _ = made
    withheld = {"06605-X1L9Z", "192032-K0J3X", "343158-Z2L4D", "362236-D7W4M", "411795-X5N2V", "420229-G9H9S",
                "463165-H3R4K", "615890-Q8N9R", "615958-F7Q7Z", "615980-P3Y7N", "616019-B4C8W", "656839-K5V9L"}
    refs = [a["base_reference"] for a in agreements]
    assert len(refs) == 30
    assert not {r.removeprefix("DARS-NIC-") for r in refs} & withheld
    assert {r for r in refs if int(r.split("-")[2]) <= 400000} == IN_THE_2017_DEV_WORKBOOK
    workbook = HERE.parent.parent / "shared" / "registers" / "release-register-2017-09to11-dev.xlsx"
    if workbook.is_file():
        from nhskg.readers import merge_agreements

        dev = {a.reference for a in merge_agreements(read_paths([workbook]))}
        assert {r.removeprefix("DARS-") for r in IN_THE_2017_DEV_WORKBOOK} <= dev


def test_reader_accounts_for_every_agreement_version_and_dataset(made):
    maker, agreements, book, _ = made
    want = maker.expected(agreements)
    (result,) = read_paths([book], strict=True)  # strict: any disagreement between sheets would raise
    assert result.layout == "xlsx-dur"
    assert result.warnings == []
    assert sorted(a.reference for a in result.agreements) == [r.removeprefix("DARS-") for r in want["agreements"]]
    versions = {v.reference: v for a in result.agreements for v in a.version_records}
    assert sorted(versions) == want["versions"]
    assert {ref: sorted(v.datasets) for ref, v in versions.items()} == want["datasets"]
    rows = len(want["versions"]) + sum(len(d) for d in want["datasets"].values())
    assert (result.records_read, result.records_skipped) == (rows, 0)


def test_build_report_and_graph_count_every_version(made, tmp_path):
    maker, agreements, book, _ = made
    want = maker.expected(agreements)
    out = build([book], tmp_path / "out", html=False, jobs=1)
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["totals"]["agreements"] == 30
    assert report["totals"]["versions"] == len(want["versions"]) == 34
    assert report["files"][0]["versions"] == want["versions"]
    assert report["totals"]["records_skipped"] == 0 and report["files"][0]["warnings"] == []
    g = out.graph
    version_nodes = set(g.subjects(RDF.type, URIRef(NHSKG + "AgreementVersion")))
    assert len(version_nodes) == 34
    # GDPPR COVID-19 agreement: two versions, the newest is v1.2, both state the same DSCRO sentence
    agreement = URIRef("https://w3id.org/nhskg/id/agreement/NIC-404700-Z7J3X")
    newest = g.value(agreement, URIRef(NHSKG + "newestVersion"))
    assert str(newest).endswith("/version/1.2")
    assert len(set(g.objects(agreement, DCTERMS.hasVersion))) == 2
    stated = [set(g.objects(f, URIRef(NHSKG + "statedIn")))
              for f in g.subjects(URIRef(NHSKG + "agreement"), agreement)]
    assert any(len(s) == 2 for s in stated), "a flow from text shared by both versions is stated in both"


def test_version_terms_are_declared_and_the_graph_validates(made, tmp_path):
    from rdflib import Graph
    from rdflib.namespace import RDFS

    from nhskg.graph.shacl import validate

    _, _, book, _ = made
    out = build([book], tmp_path / "out", html=False, jobs=1)
    ontology = Graph().parse(HERE.parent / "ontology" / "nhskg.ttl")
    used = {t for triple in out.graph for t in (triple[1], triple[2]) if str(t).startswith(NHSKG) and isinstance(t, URIRef)}
    for term in sorted(used):
        assert (term, RDFS.label, None) in ontology and (term, RDFS.comment, None) in ontology, term
    assert validate(out.graph) == []
    assert validate(out.graph, inference=True) == []
