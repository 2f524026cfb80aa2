"""The three text layouts, checked against facts written in the real seed pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from nhskg.model import Location

PAGES = {
    "000": ("compact", 4, 791),
    "001": ("spaced", 1, 71),
    "002": ("spaced", 1, 34),
    "003": ("compact", 2, 30),
    "004": ("legacy", 1, None),
}


@pytest.fixture(scope="module")
def by_page(seed_results):
    return {Path(r.path).name[:3]: r for r in seed_results}


def _file(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).name  # locations cite files relative to the folder holding the inputs


@pytest.mark.parametrize("page", sorted(PAGES))
def test_layout_agreement_count_and_unsafe_files(by_page, page):
    layout, count, unsafe = PAGES[page]
    result = by_page[page]
    assert result.layout == layout
    assert len(result.agreements) == count
    assert result.records_read == count and result.records_skipped == 0
    assert result.warnings == []
    assert [p.files_disseminated_unsafely for p in result.pages] == [unsafe]


def test_nine_agreements_in_all(seed_agreements):
    assert sorted(seed_agreements) == [
        "NIC-05206-L1V6D", "NIC-234915-J3K4V", "NIC-317048-N8P0R", "NIC-36767-G4H9Z",
        "NIC-377038-J7G7X", "NIC-379704-S6H6R", "NIC-615985-Y6L2H", "NIC-617743-X0M9Z",
        "NIC-69431-K1K8R",
    ]


def test_opt_out_flag_only_on_the_cumbria_page(by_page, seed_agreements):
    flags = {page: r.pages[0].opt_outs_both_ways_flag for page, r in by_page.items()}
    assert flags == {"000": False, "001": True, "002": False, "003": False, "004": False}
    cumbria = seed_agreements["NIC-36767-G4H9Z"]
    assert cumbria.page.opt_outs_both_ways_flag
    assert cumbria.page.flag_text.startswith("NHS Cumbria Ccg was sent multiple files from the same dataset")
    assert cumbria.opt_outs == ["N", "Y"]
    assert not any(a.page.opt_outs_both_ways_flag for ref, a in seed_agreements.items() if ref != "NIC-36767-G4H9Z")


def test_recipients_are_the_applicants(seed_agreements):
    applicants = {ref: a.applicant for ref, a in seed_agreements.items()}
    assert applicants["NIC-36767-G4H9Z"] == "NHS Cumbria Ccg"
    assert applicants["NIC-69431-K1K8R"] == "NHS England Direct Commissioning"
    assert applicants["NIC-379704-S6H6R"] == "NHS England"
    assert applicants["NIC-617743-X0M9Z"] == "NHS Coventry And Warwickshire Integrated Care Board"
    for ref in ("NIC-05206-L1V6D", "NIC-234915-J3K4V", "NIC-377038-J7G7X", "NIC-317048-N8P0R"):
        assert applicants[ref] == "NHS Midlands And Lancashire Commissioning Support Unit"


def test_the_17_datasets_of_nic_69431(seed_agreements):
    datasets = seed_agreements["NIC-69431-K1K8R"].datasets
    assert [d.as_written for d in datasets] == [
        "SUS Accident & Emergency data",
        "SUS Admitted Patient Care data",
        "SUS Outpatient data",
        "Local Provider Data - Acute",
        "Local Provider Data - Ambulance",
        "Local Provider Data - Community",
        "Local Provider Data - Demand for Service",
        "Local Provider Data - Diagnostic Services",
        "Local Provider Data - Emergency Care",
        "Local Provider Data - Experience Quality and Outcomes",
        "Local Provider Data - Public Health & Screening services",
        "Local Provider Data - Mental Health",
        "Local Provider Data - Other not elsewhere classified",
        "Local Provider Data - Population Data",
        "Mental Health and Learning Disabilities Data Set",
        "Mental Health Minimum Data Set",
        "Mental Health Services Data Set",
    ]
    assert len({d.canonical for d in datasets}) == 17


def test_controllers_of_dars_nic_234915(seed_agreements, seeds_dir):
    agreement = seed_agreements["NIC-234915-J3K4V"]
    assert agreement.versions == ["DARS-NIC-234915-J3K4V"]
    assert agreement.controllers == [
        "NHS CANNOCK CHASE CCG",
        "NHS EAST STAFFORDSHIRE CCG",
        "NHS NORTH STAFFORDSHIRE CCG",
        "NHS SOUTH EAST STAFFORDSHIRE AND SEISDON PENINSULA CCG",
        "NHS STAFFORD AND SURROUNDS CCG",
        "NHS STOKE ON TRENT CCG",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 04Y",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05D",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05G",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05Q",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05V",
        "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05W",
    ]
    assert agreement.field_locations["controllers"] == Location(_file(seeds_dir, "000"), 142)
    assert seed_agreements["NIC-05206-L1V6D"].controllers == [
        "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT",
        "NHS ENGLAND (QUARRY HOUSE)",
    ]


def test_legal_bases_split_outside_brackets_quotes_and_on_semicolons(seed_agreements):
    assert seed_agreements["NIC-615985-Y6L2H"].legal_bases == [
        "Health and Social Care Act 2012 - s261(5)(d)",
        "Health and Social Care Act 2012 s261(7)",
        "National Health Service Act 2006 - s251 - 'Control of patient information'",
    ]
    first = seed_agreements["NIC-05206-L1V6D"].legal_bases
    assert len(first) == 7
    assert first[1] == (
        "Section 42(4) of the Statistics and Registration Service Act (2007) as amended by "
        "section 287 of the Health and Social Care Act (2012)"
    )
    assert seed_agreements["NIC-36767-G4H9Z"].legal_bases == [
        "Health and Social Care Act 2012",
        "Section 251 approval is in place for the flow of identifiable data",
    ]


def test_other_list_fields(seed_agreements):
    first = seed_agreements["NIC-05206-L1V6D"]
    assert first.title == (
        "The Strategy Unit (part of NHS Midlands and Lancashire CSU): analytical support to NHS and partner organisations"
    )
    assert first.opt_outs == [
        "N",
        "Y",
        "No - data flow is not identifiable",
        "Anonymised - ICO Code Compliant",
        "No (Does not include the flow of confidential data, Flow to de-identified environment - no analysis on "
        "confidential patient information)",
    ]
    assert first.sensitivity == ["Non Sensitive", "Sensitive", "Non-Sensitive"]
    assert first.access_methods == ["One-Off", "Ongoing"]
    assert first.sublicensing == ["No", "Yes"]
    assert first.types_of_data == ["Pseudonymised"]
    assert seed_agreements["NIC-69431-K1K8R"].opt_outs == ["N"]  # "N ()" on the page


def test_when_gives_dsa_period_and_release_months(seed_agreements):
    first = seed_agreements["NIC-05206-L1V6D"]
    assert (first.dsa_start, first.dsa_end, first.release_start, first.release_end) == (
        "2019-09-01", "2021-01-31", "2017-09", "2024-09",
    )
    dsa_only = seed_agreements["NIC-615985-Y6L2H"]
    assert (dsa_only.dsa_start, dsa_only.dsa_end, dsa_only.release_start, dsa_only.release_end) == (
        "2022-10-26", "2025-10-25", None, None,
    )
    months_only = seed_agreements["NIC-69431-K1K8R"]  # "When:2017.06 — 2017.05." as the page has it
    assert (months_only.dsa_start, months_only.release_start, months_only.release_end) == (None, "2017-06", "2017-05")


def test_purposes_line_is_a_field_and_a_section(seed_agreements, seeds_dir):
    first = seed_agreements["NIC-05206-L1V6D"]
    assert first.purposes_field.startswith(
        "Yes, NHS Midlands and Lancashire Commissioning Support Unit (MLCSU) are the sole data controller"
    )
    section = first.section("Purposes")
    assert section.text == first.purposes_field
    assert section.location == Location(_file(seeds_dir, "000"), 12)
    assert seed_agreements["NIC-69431-K1K8R"].purposes_field is None  # "Purposes: ()"
    assert seed_agreements["NIC-69431-K1K8R"].section("Purposes") is None


def test_legacy_page_fields(seed_agreements, seeds_dir):
    legacy = seed_agreements["NIC-379704-S6H6R"]
    assert legacy.versions == ["DARS-NIC-379704-S6H6R-v0.0"]
    assert legacy.opt_outs == ["N"]
    assert legacy.legal_bases == ["Health and Social Care Act 2012"]
    assert legacy.types_of_data == ["Anonymised - ICO code compliant"]
    assert legacy.sensitivity == ["Non Sensitive"]
    assert legacy.access_methods == ["One-Off"]
    assert (legacy.release_start, legacy.release_end) == (None, "2016-11")
    names = [d.as_written for d in legacy.datasets]
    assert len(names) == 21  # 22 "Data:" lines, one dataset written twice
    assert names.count("Monthly Subscription Assuring Transformation") == 1
    assert names[:4] == [
        "Diagnostic Imaging Dataset",
        "Episode and Spell level grouper results; underlying patient level data.",
        "Access to HES Data Interrogation system",
        "Monthly Subscription Assuring Transformation",
    ]
    assert legacy.field_locations["reference"] == Location(_file(seeds_dir, "004"), 15)


def test_legacy_activities_are_one_processing_section_with_sub_headings(seed_agreements, seeds_dir):
    legacy = seed_agreements["NIC-379704-S6H6R"]
    assert [s.name for s in legacy.sections] == ["Outputs", "Processing", "Objectives", "Expected Benefits"]
    processing = legacy.section("Processing")
    assert processing.location == Location(_file(seeds_dir, "004"), 125)
    lines = processing.text.split("\n")
    for heading in (
        "AGEM CSU (in capacity of tNR host)",
        "North England CSU (in capacity of urgent care dashboard host)",
        "The Health Foundation",
    ):
        assert heading in lines
    assert "Datasets: The Health Foundation will receive the following data flows:" in lines
    offset = processing.text.index("The Health Foundation has partnered")
    assert processing.location_of(offset).line == 153
    assert not legacy.section("Expected Benefits").text.endswith("Source: NHS Digital.")


def test_section_line_numbers(seed_agreements, seeds_dir):
    cumbria = seed_agreements["NIC-36767-G4H9Z"].section("Processing")
    assert cumbria.location.line == 191
    offset = cumbria.text.index("North of England CSU then passes the pseudonymised data securely to AQuA")
    assert cumbria.location_of(offset) == Location(_file(seeds_dir, "001"), 227)
    sections = seed_agreements["NIC-05206-L1V6D"].sections
    assert [(s.name, s.location.line) for s in sections] == [
        ("Purposes", 12), ("Objectives", 64), ("Yielded Benefits", 86),
        ("Expected Benefits", 88), ("Outputs", 102), ("Processing", 117),
    ]


def test_mis_mapped_punctuation_is_repaired(seed_agreements, seeds_dir):
    processing = seed_agreements["NIC-377038-J7G7X"].section("Processing")
    offset = processing.text.index("by \u201cPersonnel\u201d (as defined")
    assert processing.location_of(offset) == Location(_file(seeds_dir, "000"), 791)
    assert "12. Civil Registries Data Births and Deaths (CRD)" in processing.text
    assert "\u2022Patients treated by a provider where NHS Wolverhampton CCG" in processing.text
    worcs = seed_agreements["NIC-317048-N8P0R"].section("Processing").text
    assert "12. Civil Registries Data \u2013Births and Deaths (CRD)" in worcs
    assert "Child and Young People\u2019s Health" in worcs
    for agreement in seed_agreements.values():
        for section in agreement.sections:
            assert not any(ch in section.text for ch in "\u035e\u035f\u02b9\u035b\u037b\u0358\u00a0")


def test_every_structured_field_has_a_line(seed_agreements):
    for agreement in seed_agreements.values():
        for name in ("reference", "applicant", "opt_outs", "legal_bases", "sensitivity", "access_methods", "datasets"):
            location = agreement.field_locations[name]
            assert location.line is not None, (agreement.reference, name)
        for dataset in agreement.datasets:
            assert agreement.field_locations[f"dataset:{dataset.canonical}"].line is not None
