"""Acronyms and the names they stand for, across the agreements of a register (issue 10).

Sentences from the 2017 register, each as an agreement of its own.  An acronym
is a name of the body its own agreement introduces it for ("Medical Research
Council (MRC)"), never a node of its own; another agreement's shorter or
misspelt name under the same acronym is the same body; two bodies that share
an acronym but not their words stay two.
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract


def _agreements(*texts: str) -> list[Agreement]:
    return [Agreement(reference=f"NIC-{n}-TEST{n}", applicant="University of Oxford",
                      sections=[Section("Objectives", text, Location(f"{n}.txt", 1))]) for n, text in enumerate(texts, 1)]


def _nodes(extraction) -> dict[str, tuple[str, list[str]]]:
    return {i: (o.label, sorted(o.aliases)) for i, o in extraction.organisations.items()}


def test_an_acronym_is_a_name_of_the_body_its_agreement_introduces():
    x = extract(_agreements(
        "The ground-breaking collaboration between industry and academia has been established by the Medical Research Council (MRC). The MRC funds it.",
        "This study is funded by the Medical Research Council.",
    ))
    nodes = _nodes(x)
    assert nodes["medical-research-council"] == ("Medical Research Council", ["MRC"])
    assert "mrc" not in nodes
    assert not [w for w in x.warnings if "resolved to" in w.message]


def test_a_shorter_or_misspelt_name_under_the_same_acronym_is_the_same_body():
    x = extract(_agreements(
        "NELA is a national clinical audit commissioned by the Healthcare Quality Improvement Partnership (HQIP) "
        "as part of the National Clinical and Patient Outcomes Programme.",
        "The NMPA is commissioned by the Health Quality Improvement Partnership (HQIP) on behalf of the English and Welsh Governments.",
        "A new Extract_hesid for Dr Foster Intelligence Limited (DFI) is also generated using the SHA-256 hashing algorithm.",
        "The other organisation involved in this work is Dr Foster Limited (DFI). ICL DFU works in collaboration with DFI.",
    ))
    nodes = _nodes(x)
    assert "Health Quality Improvement Partnership" in nodes["healthcare-quality-improvement-partnership"][1]
    assert "health-quality-improvement-partnership" not in nodes
    assert "Dr Foster Limited" in nodes["dr-foster-intelligence-ltd"][1]
    assert "dr-foster-ltd" not in nodes


def test_two_bodies_sharing_an_acronym_stay_two():
    x = extract(_agreements(
        "The data will be held exclusively at the Cancer Epidemiology Unit (CEU) at the University of Oxford.",
        "Quality Health Limited will provide collated pseudonymised response data to the NPCA team "
        "in the Clinical Effectiveness Unit (CEU) at the Royal College of Surgeons (RCS).",
    ))
    nodes = _nodes(x)
    assert nodes["cancer-epidemiology-unit"] == ("Cancer Epidemiology Unit", ["CEU"])
    assert nodes["clinical-effectiveness-unit"] == ("Clinical Effectiveness Unit", ["CEU"])


def test_an_acronym_with_a_company_suffix_is_the_company():
    x = extract(_agreements(
        "CRAB Clinical Informatics Limited (C-Ci) is responsible for developing and marketing CRAB.",
        "C-Ci Ltd. therefore has an established record of receiving and handling data from NHS trusts.",
    ))
    nodes = _nodes(x)
    assert "C-Ci Ltd" in nodes["crab-clinical-informatics-ltd"][1]
    assert "c-ci-ltd" not in nodes


def _one_agreement(*sections: tuple[str, str], applicant: str = "Sheffield Teaching Hospitals NHS Foundation Trust") -> list[Agreement]:
    return [Agreement(reference="NIC-58999-K6P8B", applicant=applicant,
                      sections=[Section(name, text, Location("a.txt", n)) for n, (name, text) in enumerate(sections, 1)])]


def test_a_subject_written_as_an_acronym_another_section_introduces_is_that_body():
    x = extract(_one_agreement(
        ("Objectives", "The original HES analysis highlighted that when patients hit Sheffield Teaching Hospitals NHS Foundation "
                       "Trust (STHFT) they appear to be diagnosed quicker than other centers."),
        ("Processing", "1. STHFT shares with NHS Digital team, via a secure file transfer protocol, the NHS numbers of the cohort."),
    ))
    assert [(f.source, f.target, f.rule) for f in x.flows if f.rule != "register-fields"] == [
        ("sheffield-teaching-hospitals-nhs-foundation-trust", "nhs-digital", "verb-to")]
    assert not x.warnings


def test_a_subject_written_as_an_acronym_of_a_name_the_agreement_gives_is_that_body():
    # the applicant field names the college; the text writes only its acronym
    x = extract(_one_agreement(
        ("Processing", "RCoA will send the file of patient identifiers and the NELA ID to NHS Digital for linkage to HES and ONS fields."),
        applicant="Royal College of Anaesthetists",
    ))
    assert ("royal-college-of-anaesthetists", "nhs-digital") in {(f.source, f.target) for f in x.flows}


def test_an_acronym_the_agreement_never_introduces_states_no_flow_and_says_so():
    x = extract(_one_agreement(
        ("Processing", "1. STHFT shares with NHS Digital team, via a secure file transfer protocol, the NHS numbers of the cohort."),
        applicant="University of Sheffield",
    ))
    assert [f for f in x.flows if f.rule != "register-fields"] == []
    assert [w.message for w in x.warnings] == [
        "NIC-58999-K6P8B Processing: the subject 'STHFT' of 'shares' is not a recognised organisation; the flow it states is left out"]
