"""Every canned query from the CLI on the seeds' build, returning what the seed pages say."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_rdf_seeds import SEED_REFERENCES

from nhskg.cli import main
from nhskg.graph.sparql import canned_queries

MIDLANDS = {"NIC-05206-L1V6D", "NIC-234915-J3K4V", "NIC-317048-N8P0R", "NIC-377038-J7G7X"}
COVENTRY = {"NIC-615985-Y6L2H", "NIC-617743-X0M9Z"}


def query(build, name, *params):
    args = ["query", str(build), name, "--format", "json"]
    for p in params:
        args += ["--param", p]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("name", sorted(canned_queries()))
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_every_canned_query_runs_on_the_seeds(seed_build, name, fmt):
    result = CliRunner().invoke(main, ["query", str(seed_build), name, "--format", fmt])
    assert result.exit_code == 0, result.output


def test_agreements_nine_rows_with_their_applicants(seed_build):
    rows = query(seed_build, "agreements")
    assert [r["agreement"] for r in rows] == sorted(SEED_REFERENCES)
    applicant = {r["agreement"]: r["applicantLabel"].lower() for r in rows}
    for ref in MIDLANDS:
        assert "midlands and lancashire" in applicant[ref]
    for ref in COVENTRY:
        assert "coventry and warwickshire" in applicant[ref]
    assert "cumbria" in applicant["NIC-36767-G4H9Z"]
    assert applicant["NIC-379704-S6H6R"].startswith("nhs england")
    assert applicant["NIC-69431-K1K8R"].startswith("nhs england")
    titled = {r["agreement"]: r["title"] for r in rows}
    assert titled["NIC-617743-X0M9Z"] == "Integrated Care Board Pseudonymised National HES Extract Service"


def test_releases_one_per_agreement_from_nhs_digital_to_the_applicant(seed_build):
    releases = query(seed_build, "releases")
    agreements = {r["agreement"]: r["applicant"] for r in query(seed_build, "agreements")}
    assert sorted(r["agreement"] for r in releases) == sorted(SEED_REFERENCES)
    for r in releases:
        assert r["sourceLabel"] == "NHS Digital"
        assert r["target"] == agreements[r["agreement"]]
    by_ref = {r["agreement"]: r for r in releases}
    assert by_ref["NIC-379704-S6H6R"]["evidence"] == "HSCIC Id: DARS-NIC-379704-S6H6R-v0.0"
    assert by_ref["NIC-36767-G4H9Z"]["evidence"] == "Project 1 — NIC-36767-G4H9Z"
    # 003's second agreement: "Opt outs honoured: ... Identifiable (Mixture of confidential data flow(s) ...)"
    assert by_ref["NIC-615985-Y6L2H"]["state"] == "identifiable"


def test_flows_are_the_text_flows_only_and_trace_the_cumbria_chain(seed_build):
    flows = query(seed_build, "flows")
    releases = query(seed_build, "releases")
    assert flows and not {r["flow"] for r in flows} & {r["flow"] for r in releases}
    for r in flows:
        assert r["state"] in {"identifiable", "pseudonymised", "anonymised", "aggregate", "unspecified"}
        assert r["source"].startswith("https://w3id.org/nhskg/id/org/")
        assert r["location"].rsplit(":", 1)[1].isdigit()
    cumbria = [r for r in flows if r["agreement"] == "NIC-36767-G4H9Z"]
    # 001: "Identifiable SUS data is sent from the SUS Repository to North of England DSCRO ..."
    assert any(r["sourceLabel"] == "NHS Digital" and r["targetLabel"] == "North of England DSCRO"
               and r["state"] == "identifiable" for r in cumbria)
    # "... North of England CSU then pass the processed, pseudonymised and linked data to the CCG"
    assert any("Commissioning Support Unit" in r["sourceLabel"] and "Cumbria" in r["targetLabel"]
               and r["state"] == "pseudonymised" for r in cumbria)


def test_flows_parameter_restricts_to_one_agreement_and_cannot_inject(seed_build):
    one = query(seed_build, "flows", "agreement=NIC-36767-G4H9Z")
    assert one and {r["agreement"] for r in one} == {"NIC-36767-G4H9Z"}
    for hostile in ['NIC-36767-G4H9Z" || true || "', 'x" "NIC-36767-G4H9Z', "NIC-36767-G4H9Z } UNION { ?s ?p ?o"]:
        assert query(seed_build, "flows", f"agreement={hostile}") == []


def test_identifiable_recipients_include_the_dscro_of_001(seed_build):
    rows = query(seed_build, "identifiable")
    assert any(r["label"] == "North of England DSCRO" and r["agreement"] == "NIC-36767-G4H9Z" for r in rows)
    assert {r["statedBy"] for r in rows} <= {"text", "register"}


def test_optouts_not_honoured(seed_build):
    # the investigator's question: identifiable or pseudonymised releases without opt-outs applied.
    # Of the four agreements with an opt-out "N", only NIC-05206-L1V6D releases pseudonymised data;
    # NIC-36767-G4H9Z and NIC-69431-K1K8R state no type of data ("information not disclosed for TRE
    # projects") and NIC-379704-S6H6R's release is anonymised: those come back with scope=all.
    personal = query(seed_build, "optouts-not-honoured")
    assert [(r["agreement"], r["dataTypes"], r["filesWithoutOptOuts"]) for r in personal] == [
        ("NIC-05206-L1V6D", "register release: PseudonymisedData", 0)]
    rows = query(seed_build, "optouts-not-honoured", "scope=all")
    # "N" / "N ()" / "N, Y" (000:10, 001:14, 002:12, 004:5); not "No - data flow is not
    # identifiable" or "No (Does not include the flow of confidential data)", where opt-outs do not apply
    assert {r["agreement"] for r in rows} == {"NIC-05206-L1V6D", "NIC-36767-G4H9Z", "NIC-69431-K1K8R",
                                             "NIC-379704-S6H6R"}
    cumbria = next(r for r in rows if r["agreement"] == "NIC-36767-G4H9Z")
    assert cumbria["bothWaysFlag"] is True and cumbria["filesDisseminatedUnsafely"] == 71
    assert cumbria["optOuts"] == "N | Y"


def test_non_accessing_processors(seed_build):
    rows = query(seed_build, "non-accessing-processors")
    pairs = {(r["agreement"], r["label"]) for r in rows}
    # 000 lines 807-808 (NIC-377038-J7G7X) and 1156 (NIC-317048-N8P0R):
    # "... are therefore listed as a data processor. They supply support to the system, but do not access data."
    assert {("NIC-377038-J7G7X", "Lima Networks Ltd"), ("NIC-377038-J7G7X", "Microsoft Limited"),
            ("NIC-317048-N8P0R", "Lima Networks Ltd")} <= pairs
    assert {r["kind"] for r in rows} == {"Company"}


def test_busy_recipients(seed_build):
    rows = query(seed_build, "busy-recipients")
    # collective nodes ("Providers (recipients of outputs)": the Expected Benefits' feedback to NHS service providers)
    # receive in many agreements too; the busiest named organisation is the CSU
    top = [r for r in rows if not r["label"].endswith(")") or "CSU" in r["label"]][0]
    # page 000 lists four agreements of NHS Midlands and Lancashire CSU
    assert "Midlands and Lancashire" in top["label"] and top["agreements"] == 4
    assert top["references"] == " | ".join(sorted(MIDLANDS))
    assert all(r["agreements"] > 1 for r in rows)
    coventry = [r for r in rows if "Coventry and Warwickshire" in r["label"]]
    assert [r["references"] for r in coventry] == [" | ".join(sorted(COVENTRY))]
    stricter = query(seed_build, "busy-recipients", "min=3")
    assert all(r["agreements"] > 3 for r in stricter)
    assert top["organisation"] in {r["organisation"] for r in stricter}


def test_downstream_of_nhs_digital_for_sus_apc(seed_build):
    rows = query(seed_build, "downstream", "dataset=SUS Admitted Patient Care data")
    cumbria = {r["label"] for r in rows if r["agreement"] == "NIC-36767-G4H9Z"}
    assert {"North of England DSCRO", "NHS Cumbria CCG"} <= cumbria
    assert "NHS Digital" not in {r["label"] for r in rows}
    # 001 lists "SUS Admitted Patient Care data"; 003 does not
    assert not {r["agreement"] for r in rows} & COVENTRY
    # a value that tries to change the query is no dataset name: an error, not a wider answer
    injected = CliRunner().invoke(main, ["query", str(seed_build), "downstream", "-p", 'dataset=SUS" } UNION { ?s ?p ?o } #'])
    assert injected.exit_code == 1 and injected.output.startswith("Error: no dataset called 'SUS\" } UNION")


def test_non_nhs_recipients_for_ccgs_and_icbs(seed_build):
    cumbria = query(seed_build, "non-nhs-recipients", "commissioner=nhs cumbria ccg")
    # 001 (NIC-36767-G4H9Z): NECS passes pseudonymised data to AHSN UMT and to AQuA, both listed as data processors
    # (and the Expected Benefits' "Feedback to NHS service providers", lines 112 and 136: the output recipients' node,
    # of kind CareProvider, which this query counts as non-NHS)
    feedback = [r for r in cumbria if r["label"] == "Providers (recipients of outputs)"]
    assert [(r["how"], r["state"]) for r in feedback] == [("receives (transfer)", "aggregate")] * 2
    cumbria = [r for r in cumbria if r not in feedback]
    assert [(r["agreement"], r["label"], r["kind"], r["how"], r["state"]) for r in cumbria] == [
        ("NIC-36767-G4H9Z", "Academic Health Science Network Utilisation Management Team", "Other", "DataProcessor", None),
        ("NIC-36767-G4H9Z", "Academic Health Science Network Utilisation Management Team", "Other", "receives (transfer)", "pseudonymised"),
        ("NIC-36767-G4H9Z", "Advancing Quality Alliance", "Other", "DataProcessor", None),
        ("NIC-36767-G4H9Z", "Advancing Quality Alliance", "Other", "receives (transfer)", "pseudonymised"),
    ]
    assert all("001_d56ed5694f6db4e9.txt:" in r["location"] for r in cumbria)
    companies = query(seed_build, "non-nhs-recipients", "kind=Company")
    # 000: Microsoft and Lima Networks host the data for the CSU's CCG/ICB agreements but do not access it
    assert {(r["agreement"], r["label"], r["how"]) for r in companies} == {
        ("NIC-377038-J7G7X", "Lima Networks Ltd", "NonAccessingProcessor"),
        ("NIC-377038-J7G7X", "Microsoft Limited", "NonAccessingProcessor"),
        ("NIC-317048-N8P0R", "Lima Networks Ltd", "NonAccessingProcessor"),
        ("NIC-234915-J3K4V", "Lima Networks Ltd", "AccessWouldBreach"),
    }
    assert {r["kind"] for r in companies} == {"Company"}
    assert all(r["commissionerLabel"].endswith(("CCG", "ICB")) for r in companies)
    assert query(seed_build, "non-nhs-recipients", "kind=Charity") == []
