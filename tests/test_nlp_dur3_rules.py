"""Rules read from the third DUR set (tests/data/dur3, gold tests/gold/dur-e.json, all dev): national bodies and
commercial information companies, each on its real register text.

Texts: DARS-NIC-10891-M2Y6Z v15.2 (CHKS), DARS-NIC-343380-H5Q9K v22.4 (UKHSA), DARS-NIC-359692-Q4X1C v10.5
(Lightfoot), DARS-NIC-15293-R6V2H v18.2 (Health IQ), DARS-NIC-18798-V2J6C v10.2 (NHS England's portal access).
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract

CHKS = "CHKS LIMITED"
UKHSA = "UK HEALTH SECURITY AGENCY"
LIGHTFOOT = "LIGHTFOOT SOLUTIONS UK LTD"
HEALTH_IQ = "HEALTH IQ LTD"


def _extract(text: str, applicant: str, section: str = "Processing"):
    agreement = Agreement(
        reference="NIC-10000-AAAAA", applicant=applicant, controllers=[applicant],
        sections=[Section(section, text, Location("register.txt", 10))],
    )
    return extract([agreement])


def _flows(x):
    return {(f.source, f.target, f.state, f.rule) for f in x.flows}


# DARS-NIC-10891-M2Y6Z v15.2 processing: the state is said in the sentences after the release, of "the Data" and its
# bulleted items
CHKS_RELEASE = (
    "No data will flow to NHS England for the purposes of this Data Sharing Agreement (DSA).\n\n"
    "NHS England will provide the relevant records from the HES, ECDS and SHMI datasets to CHKS Limited.  The Data will:\n"
    "•\tcontain no direct identifying data items.  The Data will be pseudonymised and individuals cannot be reidentified "
    "through linkage with other data in the possession of the recipient.\n\n"
    "The Data will not be transferred to any other location.\n"
)
# DARS-NIC-343380-H5Q9K v22.4 processing: the paragraph after the release says the data identifies people
UKHSA_RELEASE = (
    "NHS England will provide to UKHSA the relevant records from the data sets listed in this DSA. In addition to the "
    "data sets listed in Section 3, the following data is also disseminated to UKHSA under this DSA; NHS 111 Pathways "
    "Data – a daily extract of telephony calls data to the NHS 111 service, from 2020/21 to latest available.\n\n"
    "This Data will contain a range of directly identifying data items, including NHS Number, Date of Birth, Postcode, "
    "Gender, and Local Patient Identifiers, which are required to enable linkage to other data sets held by UKHSA.\n\n"
    "The Data will not be transferred to any other location.\n"
)


def test_the_state_of_a_release_is_read_from_the_sentences_about_the_data_after_it():
    assert _flows(_extract(CHKS_RELEASE, CHKS)) == {("nhs-england", "chks-ltd", "pseudonymised", "verb-to")}
    assert _flows(_extract(UKHSA_RELEASE, UKHSA)) == {
        ("nhs-england", "uk-health-security-agency", "identifiable", "national-to-applicant")}
    # a sentence about something else ends the search: the state there is not the release's
    other = CHKS_RELEASE.replace("  The Data will:\n•\tcontain", "\n\nReports will be aggregated. The Data will:\n•\tcontain")
    assert {f.state for f in _extract(other, CHKS).flows if f.rule == "verb-to"} == {"unspecified"}


# DARS-NIC-359692-Q4X1C v10.5 processing: SEFT, with the text naming NHS England only (NHS England runs it since 2023)
LIGHTFOOT_SEFT = (
    "To summarise the process -\n"
    "i.\tPseudonymised HES Data will be downloaded via Secure Electronic File Transfer (SEFT) to Lightfoot’s secure data "
    "centre facility. This data will then be processed on a server with controls specifically designed for processing "
    "of sensitive data.\n\n"
    "Data provided by NHS England under this agreement will not be linked with any other record level data.\n"
)


def test_seft_downloads_come_from_nhs_england_when_the_text_names_it_and_not_nhs_digital():
    made = {(f.source, f.target) for f in _extract(LIGHTFOOT_SEFT, LIGHTFOOT).flows if f.rule == "downloaded-from-seft"}
    assert made == {("nhs-england", "lightfoot-solutions-uk-ltd")}
    with_digital = LIGHTFOOT_SEFT.replace("Data provided by NHS England", "Data provided by NHS Digital")
    made = {(f.source, f.target) for f in _extract(with_digital, LIGHTFOOT).flows if f.rule == "downloaded-from-seft"}
    assert made == {("nhs-digital", "lightfoot-solutions-uk-ltd")}


def test_controllers_that_process_and_restrictions_written_as_negations_are_roles():
    # DARS-NIC-359692-Q4X1C v10.5: the applicant named in words the recogniser does not mark
    x = _extract("Lightfoot Solutions are the Data Controller who also processes the data. Lightfoot are permitted to "
                 "process the data to provide the outputs detailed below.", LIGHTFOOT, "Objectives")
    assert {(r.organisation, r.role) for r in x.roles} >= {("lightfoot-solutions-uk-ltd", "processor")}
    x = _extract("No organisation other than Lightfoot are able to access record level data, all third party access "
                 "which is restricted to the customer group set out in this agreement are aggregated with small numbers "
                 "suppressed in line with the HES analysis guide.", LIGHTFOOT)
    assert {(r.organisation, r.role) for r in x.roles} == {("lightfoot-solutions-uk-ltd", "access-restricted-to")}
    # DARS-NIC-343380-H5Q9K v22.4 objectives, DARS-NIC-18798-V2J6C v10.2 processing
    x = _extract("The UK Health Security Agency (UKHSA) is the national expert agency responsible for protecting the "
                 "nation’s health. Only authorised UKHSA personnel including scientists, analysts, epidemiologists and other staff with a "
                 "defined health protection function are eligible to request access.", UKHSA, "Objectives")
    assert {(r.organisation, r.role) for r in x.roles} == {("uk-health-security-agency", "access-restricted-to")}
    x = _extract("Under this agreement all NHS Digital Portal users with access to the NHS Digital Portal system must be "
                 "substantive employees of NHS England.", "NHS ENGLAND (QUARRY HOUSE)")
    assert {(r.organisation, r.role) for r in x.roles} == {("nhs-england", "access-restricted-to")}


# DARS-NIC-15293-R6V2H v18.2 objectives and processing
HEALTH_IQ_PROCESSORS = (
    "PPD (Pharmaceutical Product Development) is a processor acting under the instructions of the Health IQ to process "
    "the data for the purposes described above.\n\n"
    "Amazon Web Services (AWS) is a data processor who provides IT hosting services to Health IQ and will store the data "
    "as contracted by Health IQ. Amazon Web Services do not have access to any of the data that Health IQ that is hosted "
    "on their infrastructure.\n"
)


def test_a_short_form_its_bracketed_long_form_spells_is_a_processors_name_and_hosts_that_cannot_access_are_none():
    x = _extract(HEALTH_IQ_PROCESSORS, HEALTH_IQ, "Objectives")
    names = {o.label for o in x.organisations.values()}
    assert "PPD" in names
    roles = {(x.organisations[r.organisation].label, r.role) for r in x.roles}
    assert ("PPD", "processor") in roles
    aws = {role for label, role in roles if label.startswith("Amazon Web Services")}
    assert aws == {"non-accessing-processor"}
    # letters that do not spell the bracket make no name
    x = _extract(HEALTH_IQ_PROCESSORS.replace("PPD (", "PXD ("), HEALTH_IQ, "Objectives")
    assert "PXD" not in {o.label for o in x.organisations.values()}
    # a list of the marked processors and an unmarked short form: the marked ones are restricted to
    x = _extract("Access to the patient level data is limited to Health IQ Ltd and PPD substantively employed analysts and "
                 "a single contractor employed by Health IQ, with access limited for the purposes of carrying out "
                 "analysis only.", HEALTH_IQ)
    assert {(r.organisation, r.role) for r in x.roles} == {("health-iq-ltd", "access-restricted-to")}
