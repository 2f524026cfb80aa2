"""One node for a body the register spells two ways (issue 10: "one body split"), under the register's own name.

Texts from the 2017 dev register: NIC-24810-Q6T3B (University of Birmingham, family research-hes), NIC-41540-K2N7Z
(East Staffordshire CCG); the spellings are those of other agreements of the same register.
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract


def _agreement(reference: str, applicant: str, text: str) -> Agreement:
    return Agreement(reference=reference, applicant=applicant, sections=[
        Section("Processing", text, Location("register.xlsx", sheet="PurposeStatements", row=7, column="Processing Activities"))])


def test_x_university_is_the_university_of_x_the_register_names():
    x = extract([
        _agreement("NIC-24810-Q6T3B", "UNIVERSITY OF BIRMINGHAM",
                   "The University of Birmingham will send to NHS Digital NHS Number, Surname, Forename, Date of Birth."),
        _agreement("NIC-81519-G1T5F", "UNIVERSITY OF BIRMINGHAM",
                   "Birmingham University will send the following data to NHS Digital."),
    ])
    assert {f.source for f in x.flows} == {"university-of-birmingham"}
    assert "birmingham-university" not in x.organisations
    assert "Birmingham University" in x.organisations["university-of-birmingham"].aliases


def test_a_county_short_form_is_the_county():
    x = extract([
        _agreement("NIC-41540-K2N7Z", "NHS EAST STAFFORDSHIRE CCG", "The DSCRO passes the data to East Staffs CCG."),
    ])
    assert {f.target for f in x.flows} == {"nhs-east-staffordshire-ccg"}
    assert "nhs-east-staffs-ccg" not in x.organisations


def test_two_universities_of_one_city_stay_two():
    x = extract([
        _agreement("NIC-24810-Q6T3B", "UNIVERSITY OF BIRMINGHAM",
                   "Birmingham City University will send the data to NHS Digital."),
    ])
    assert {f.source for f in x.flows} == {"birmingham-city-university"}
