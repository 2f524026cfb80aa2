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


# DARS-NIC-10891-M2Y6Z v15.2 objectives and DARS-NIC-368020-R5L2K v13.2 processing: the applicant's clients, as a
# class, reach what it holds
CLIENTS_REACH = [
    ("NHS commissioners can only view aggregated and summarised indicator level benchmarks and cannot drill down to "
     "record-level data.", CHKS, ("chks-ltd", "nhs-commissioners-collectively", "aggregate")),
    ("Within the bench-marking service (service 1) NHS providers can access pseudonymised and non-sensitive record-level "
     "data for their own activity to allow providers to review benchmarks at a granular level, however all peer "
     "comparisons are at aggregated and summarised level.", CHKS, ("chks-ltd", "providers-recipients-of-outputs", "pseudonymised")),
    ("NHS Trusts have record level access to the pseudonymised data relating to their organisation through their "
     "procurement of Dr Foster products and services.", "DR FOSTER LIMITED",
     ("dr-foster-ltd", "providers-recipients-of-outputs", "pseudonymised")),
]


def test_a_class_of_clients_that_can_access_or_view_the_applicants_data_is_reached_by_it():
    for text, applicant, (source, target, state) in CLIENTS_REACH:
        made = {(f.source, f.target, f.state, f.mode, f.inferred_end) for f in _extract(text, applicant).flows}
        assert made == {(source, target, state, "access", ("source", "target"))}, text
    # GPs reach a commissioner's tool (the tool rules' reading), and commissioners' own access is no client's
    for text in ("4. GP Practices will be able to view the risk scores for individual patients with the ability to display "
                 "the underlying SUS data for the individual patients when it is required for direct care purposes.",
                 "As Controllers, ICBs will be able to access the footprint of data for all ICBs listed within this "
                 "agreement under the same pseudo key."):
        assert [f for f in _extract(text, "NHS DUDLEY CCG").flows if f.rule == "class-can-access"] == []


def test_a_named_client_provided_with_data_receives_it():
    # DARS-NIC-10891-M2Y6Z v15.2 expected benefits: data, not outputs, so in no state the sentence does not say
    x = _extract("1. On a monthly basis, CHKS provide Barnsley Hospital NHS Trust with HES and SHMI data regarding mortality "
                 "rates and data to benchmark from peers.", CHKS, "Expected Benefits")
    assert {(f.source, x.organisations[f.target].label, f.state, f.rule) for f in x.flows} == {
        ("chks-ltd", "Barnsley Hospital NHS Trust", "unspecified", "provided-with-outputs")}


def test_access_to_summaries_of_patient_data_given_to_named_bodies_and_a_class_is_an_output_they_reach():
    # DARS-NIC-359692-Q4X1C v10.5 objectives: "patient data" between the outputs and their recipients is no patient
    # recipient, and "Integrated Care Systems" as a class is one collective node
    x = _extract("E. Providing access to summary and statistical analysis of patient data to NHS England and ICSs to support "
                 "healthcare planning and service redesign, using the Statistical Process Control (SPC) view to:",
                 LIGHTFOOT, "Objectives")
    assert {(f.source, x.organisations[f.target].label, f.state, f.mode) for f in x.flows} == {
        ("lightfoot-solutions-uk-ltd", "NHS England", "aggregate", "access"),
        ("lightfoot-solutions-uk-ltd", "ICSs (collectively)", "aggregate", "access"),
    }
    x = _extract("Feedback on data quality will be provided to patients and their families.", LIGHTFOOT, "Outputs")
    assert x.flows == []


def test_the_users_a_system_can_only_be_accessed_by_reach_it_from_the_applicant():
    # DARS-NIC-391119-T4J3R v3.4 processing
    text = ("NSS Discovery is an NHS Scotland Management System built using Tableau software. It can only be accessed by "
            "approved users within NHS Scotland health boards and the Scottish Government via a secure log in.")
    x = _extract(text, "NHS NATIONAL SERVICES SCOTLAND")
    assert {(f.source, x.organisations[f.target].label, f.mode, f.rule) for f in x.flows} == {
        ("national-services-scotland", "NHS Scotland health boards (collectively)", "access", "accessed-by-users"),
        ("national-services-scotland", "Scottish Government", "access", "accessed-by-users"),
    }
    # where a CSU holds commissioners' data, who may access it is not the applicant's release
    in_commissioning = "The data is processed by the CSU. " + text
    assert [f for f in _extract(in_commissioning, "NHS DUDLEY CCG").flows if f.rule == "accessed-by-users"] == []


def test_a_body_provided_with_a_list_through_its_people_receives_it_in_the_state_the_sentence_says():
    # NIC-351722-W7D4N (CRAB Clinical Informatics, register2017-other.json dev) expected benefits
    text = "CRAB Clinical Informatics (C-Ci) reviews hospital data. C-Ci provides the CQC inspectors with a list of the top 20 NHS trusts:"
    x = _extract(text, "CRAB CLINICAL INFORMATICS", "Expected Benefits")
    assert {(f.source, f.target, f.state, f.rule) for f in x.flows} == {
        ("crab-clinical-informatics", "care-quality-commission", "unspecified", "provided-with-outputs")}
    x = _extract(text.replace("a list of the top 20 NHS trusts", "lists of identifying details of patients"),
                 "CRAB CLINICAL INFORMATICS", "Expected Benefits")
    assert {f.state for f in x.flows} == {"identifiable"}


def test_data_a_named_maker_has_supplied_to_a_class_of_researchers_is_theirs():
    # NIC-24629-X6B6N (IMS Health, register2017-other.json dev) outputs: the verb before what it releases
    x = _extract("As described above, IMSWorld Publications Ltd has supplied the THIN-HES database to external "
                 "researchers under Sub-license Agreements in line with the previous Data Sharing Agreement.",
                 "IMS HEALTH LTD", "Outputs")
    assert {(x.organisations[f.source].label, x.organisations[f.target].label, f.rule) for f in x.flows} == {
        ("IMSWorld Publications Ltd", "Researchers (collectively)", "released-to-class")}
    # a prohibition is none
    x = _extract("IMSWorld Publications Ltd has not supplied the THIN-HES database to external researchers.",
                 "IMS HEALTH LTD", "Outputs")
    assert x.flows == []


def test_external_collaborators_sent_research_files_are_researchers_but_collaborators_at_a_body_are_not_a_class():
    # NIC-346693-F2X1G (UCL, register2017-other.json dev) processing
    x = _extract("The research files provided to these external collaborators are tailored to their project and are "
                 "securely transferred for their use only.", "UNIVERSITY COLLEGE LONDON (UCL)")
    assert {(f.source, x.organisations[f.target].label) for f in x.flows} == {
        ("university-college-london", "Researchers (collectively)")}
    x = _extract("The research files provided to external collaborators at the University of Leeds are tailored.",
                 "UNIVERSITY COLLEGE LONDON (UCL)")
    assert [f for f in x.flows if f.rule == "released-to-class"] == []


def test_an_association_of_something_defined_by_its_short_form_is_an_organisation():
    # DARS-NIC-10891-M2Y6Z v15.2 objective: the long form opens with its head word ("Association of …")
    x = _extract("8. Providing a yearly set of aggregated indicators for the British Association of Day Surgery (BADS) "
                 "Directory of Procedures for NHS providers", CHKS, section="objective")
    assert {(o.label, o.kind) for o in x.organisations.values()} >= {("British Association of Day Surgery", "Other")}
    # a short form the gazetteer knows keeps its body: no "National Institute of Clinical Excellence" beside NICE
    x = _extract("Guidance from the National Institute of Clinical Excellence (NICE) is followed.", CHKS)
    assert not any("Clinical Excellence" in o.label for o in x.organisations.values())
