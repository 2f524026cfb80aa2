"""SHACL shapes and ``nhskg validate``: the example graph conforms; each broken guarantee is reported readably."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS
from test_rdf_build import example_graph

from nhskg.cli import main
from nhskg.graph import vocab as V
from nhskg.graph.serialise import write_rdf
from nhskg.graph.shacl import validate

DSCRO = V.org_iri("north-of-england-dscro")


def _flow(g):
    return next(iter(sorted(g.subjects(V.STATED_BY, V.NHSKG.FreeText))))


def test_example_graph_conforms():
    assert validate(example_graph()) == []


def test_example_graph_conforms_with_rdfs_inference_too():
    assert validate(example_graph(), inference=True) == []


def _break_missing_preflabel(g):
    g.remove((DSCRO, SKOS.prefLabel, None))
    return "", "skos:prefLabel", "an organisation needs exactly one skos:prefLabel"


def _break_two_preflabels(g):
    g.add((DSCRO, SKOS.prefLabel, Literal("NoE DSCRO")))
    return "DSCRO", "skos:prefLabel", "exactly one skos:prefLabel"


def _break_kind(g):
    g.remove((DSCRO, RDF.type, V.NHSKG.DSCRO))
    return "North of England DSCRO", "rdf:type", "exactly one kind class"


def _break_flow_target(g):
    flow = _flow(g)
    g.add((flow, V.TARGET, V.org_iri("amazon-web-services")))
    return "", "nhskg:target", "exactly one target organisation"


def _break_flow_evidence(g):
    flow = _flow(g)
    g.remove((flow, PROV.wasDerivedFrom, None))
    return "", "prov:wasDerivedFrom", "at least one piece of evidence"


def _break_agreement_recipient(g):
    g.remove((V.agreement_iri("NIC-617743-X0M9Z"), V.DPV.hasRecipient, None))
    return "NIC-617743-X0M9Z", "dpv:hasRecipient", "needs a recipient organisation"


def _break_evidence_quote(g):
    evidence = g.value(_flow(g), PROV.wasDerivedFrom)
    g.remove((evidence, V.QUOTE, None))
    return "", "nhskg:quote", "exactly one non-empty quote"


def _break_evidence_location(g):
    evidence = g.value(_flow(g), PROV.wasDerivedFrom)
    g.remove((evidence, PROV.atLocation, None))
    return "", "prov:atLocation", "the document it is in"


def _break_state(g):
    flow = _flow(g)
    g.set((flow, V.DATA_STATE, URIRef("https://example.org/Secret")))
    return "", "nhskg:dataState", "exactly one data state"


BREAKS = [
    _break_missing_preflabel, _break_two_preflabels, _break_kind, _break_flow_target, _break_flow_evidence,
    _break_agreement_recipient, _break_evidence_quote, _break_evidence_location, _break_state,
]


@pytest.mark.parametrize("breaker", BREAKS, ids=lambda f: f.__name__[7:])
def test_each_broken_guarantee_is_one_readable_violation(breaker):
    g = example_graph()
    label, path, message = breaker(g)
    violations = validate(g)
    assert len(violations) == 1, violations
    [v] = violations
    assert v.path == path
    assert message in v.message
    assert label in v.label
    assert str(v).startswith("Violation: ")


def test_cli_validate_conforming_build_folder(tmp_path):
    write_rdf(example_graph(), tmp_path / "graph.ttl", "ttl")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "conforms to the nhskg shapes" in result.output


def test_cli_validate_reports_violations_and_exits_1(tmp_path):
    g = example_graph()
    _break_missing_preflabel(g)
    _break_agreement_recipient(g)
    write_rdf(g, tmp_path / "graph.ttl", "ttl")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line]
    assert len(lines) == 2
    assert any(
        "<https://w3id.org/nhskg/id/org/north-of-england-dscro> skos:prefLabel: an organisation needs exactly one" in line
        for line in lines
    )
    assert any(line.startswith("Violation: NIC-617743-X0M9Z <https://w3id.org/nhskg/id/agreement/NIC-617743-X0M9Z>")
               for line in lines)
    assert "2 violation(s)" in result.stderr


def test_cli_validate_folder_without_graph_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "no graph.ttl in this folder" in result.output


def test_cli_validate_unreadable_file_is_one_line(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "not readable RDF" in result.output
    assert "Traceback" not in result.output
