"""Reference, list, date and dataset-name parsing used by every reader."""

from __future__ import annotations

import pytest

from nhskg.readers import canonical_name, core_reference
from nhskg.readers.values import opt_outs_applied, parse_date, parse_month, split_list


@pytest.mark.parametrize(
    "written, core",
    [
        ("DARS-NIC-05206-L1V6D", "NIC-05206-L1V6D"),
        ("NIC-05206-L1V6D-v1.4", "NIC-05206-L1V6D"),
        ("DARS-NIC-379704-S6H6R-v0.0", "NIC-379704-S6H6R"),
        ("dars-nic-379704-s6h6r", "NIC-379704-S6H6R"),
        (" CASEMIX_NHSE ", "CASEMIX_NHSE"),
    ],
)
def test_core_reference(written, core):
    assert core_reference(written) == core


def test_split_list_keeps_commas_inside_brackets_and_quotes():
    assert split_list(
        "Health and Social Care Act 2012 - s261 - 'Other dissemination of information, and more', "
        "NHS England's Directions (a, b)"
    ) == [
        "Health and Social Care Act 2012 - s261 - 'Other dissemination of information, and more'",
        "NHS England's Directions (a, b)",
    ]
    assert split_list("A, A, B") == ["A", "B"]
    assert split_list("N ()") == ["N"]
    assert split_list("") == []


def test_opt_out_values():
    assert [opt_outs_applied(v) for v in ("Y", "Yes", "N", "No", "Not Applicable", "N/A",
                                          "No (Does not include the flow of confidential data)",
                                          "Anonymised - ICO Code Compliant", None)] == [
        True, True, False, False, None, None, None, None, None,
    ]


def test_dates_and_months():
    assert parse_date("26/10/2022") == "2022-10-26"
    assert parse_date("2022-10-26 00:00:00") == "2022-10-26"
    assert parse_date("soon") is None
    assert parse_month("Sep-23") == "2023-09"
    assert parse_month("September 2023") == "2023-09"
    assert parse_month("2023.13") is None


def test_one_canonical_name_per_dataset():
    hes_apc = {canonical_name(n) for n in (
        "Hospital Episode Statistics Admitted Patient Care", "HES APC", "HES Admitted Patient Care",
        "Hospital Episode Statistics Admitted Patient Care (HES APC)", "hospital episode statistics admitted patient care",
    )}
    assert hes_apc == {"Hospital Episode Statistics Admitted Patient Care"}
    assert canonical_name("SUS Accident & Emergency data") != canonical_name(
        "Secondary Uses Service Payment by Results A&E (SUS PbR A&E)"
    )
    # renamed in 2023: one collection under both names
    assert canonical_name("NHS Talking Therapies for Anxiety and Depression") == canonical_name(
        "Improving Access to Psychological Therapies Data Set_v1.5"
    )
    # distinct collections an agreement lists side by side stay apart
    assert len({canonical_name(n) for n in (
        "Mental Health Minimum Data Set", "Mental Health and Learning Disabilities Data Set",
        "Mental Health Services Data Set",
    )}) == 3
    assert canonical_name("Patient Reported Outcome Measures (Linkable to HES)") != canonical_name("PROMs")


def test_unknown_names_fall_back_to_a_tidied_form():
    assert canonical_name("Local  Provider Data -\u00a0Acute") == "Local Provider Data - Acute"
    assert canonical_name("Some New Collection (SNC)") == "Some New Collection"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from nhskg.textfix import MISMAPPED, SPACES, repair  # noqa: E402


def reference_repair(text: str) -> str:
    """The specification, character by character: a doubled full stop loses its mis-mapped half."""
    return text.replace("\u0358.", ".").translate(str.maketrans({**MISMAPPED, **SPACES}))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n") + ["\u035e", "\u035f", "\u02b9", "\u035b", "\u037b",
                                                          "\u0358", "\u00a0", "\u202f", "\ufeff", "\u2014"])))
def test_one_pass_repair_meets_the_character_map(text):
    assert repair(text) == reference_repair(text)
