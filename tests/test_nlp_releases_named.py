"""Releases and shares the 2017 register states with the applicant named in the sentence's own words (issue 10).

Each text is quoted from an agreement of round 6 of tests/gold/register2017-other.json (the dev half), read before
these rules were written: NIC-373563-N8Z9J (IMS Health), NIC-15336-S8W9K and NIC-18798-V2J6C (NHS England),
NIC-15814-C6W9R (Monitor), NIC-14337-J4N1T (University of Liverpool).  The same sentence in another applicant's
agreement states no flow to that applicant: the name decides, never the register field alone.
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract


def _extract(text, applicant, *, section="Processing", reference="NIC-373563-N8Z9J"):
    agreement = Agreement(reference=reference, applicant=applicant, sections=[
        Section(section, text, Location("register.xlsx", sheet="PurposeStatements", row=9, column="Processing Activities"))])
    return extract([agreement])


def _flows(x):
    return {(f.source, f.target, f.rule, f.mode) for f in x.flows}


IMS = "IMS Health will receive the data from HSCIC and will apply derivations. No linkage is carried out to other datasets."


def test_a_company_receiving_from_hscic_in_its_own_words_is_the_applicant():
    x = _extract(IMS, "IMS HEALTH LTD")
    assert _flows(x) == {("nhs-digital", "ims-health-ltd", "national-to-applicant", "transfer")}


def test_the_same_words_in_another_applicants_agreement_give_no_flow_and_say_so():
    x = _extract(IMS, "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT")
    assert x.flows == []
    assert any("'IMS Health'" in p.message and "left out" in p.message for p in x.warnings), [p.message for p in x.warnings]


DID = ("NHS England currently hold peudonymised DID data from April 2012 onward . The DID data received within this "
       "agreement will be added to the DID data already held by NHS England which is used to create monthly and annual "
       "Official Statistics publications. DID data will be provided to NHS England on a monthly basis.")


def test_data_provided_to_the_applicant_with_no_sender_written_comes_from_nhs_digital():
    x = _extract(DID, "NHS ENGLAND", reference="NIC-15336-S8W9K")
    assert _flows(x) == {("nhs-digital", "nhs-england", "provided-to-named", "transfer")}
    [flow] = x.flows
    assert flow.evidence.text == "DID data will be provided to NHS England on a monthly basis."
    assert flow.inferred_end == ("source",)
    assert _extract(DID, "UNIVERSITY OF LEEDS", reference="NIC-15336-S8W9K").flows == []


def test_a_body_granted_the_ability_to_analyse_data_reaches_it_where_the_granter_holds_it():
    x = _extract("NHS Digital grant NHS England the ability to carry out analysis on HES data using the SAS Enterprise "
                 "Guide analytical tool. Data are viewed and analysed remotely via this secure means.", "NHS ENGLAND",
                 reference="NIC-18798-V2J6C")
    assert _flows(x) == {("nhs-digital", "nhs-england", "grants-access", "access")}


def test_data_sharing_from_the_applicant_named_in_words_the_recogniser_lacks_reaches_each_recipient():
    text = "Data sharing from Monitor to NHS TDA and NHS England for the purpose of working on the national tariff only."
    x = _extract(text, "MONITOR", reference="NIC-15814-C6W9R")
    assert _flows(x) == {("monitor", "nhs-trust-development-authority", "from-named-to", "transfer"),
                         ("monitor", "nhs-england", "from-named-to", "transfer")}
    assert _extract(text, "NATIONAL AUDIT OFFICE", reference="NIC-15814-C6W9R").flows == []


def test_no_later_than_is_a_deadline_not_a_negation():
    x = _extract("There will be a published report which will be sent to Trusts and Clinicians on an annual basis during "
                 "the study and the final report will published no later than one-year after completion of the study.",
                 "UNIVERSITY OF LIVERPOOL", section="Outputs", reference="NIC-14337-J4N1T")
    assert {(f.source, f.target, f.state) for f in x.flows} == {
        ("university-of-liverpool", "providers-recipients-of-outputs", "aggregate")}
    assert _extract("The report will not be sent to Trusts.", "UNIVERSITY OF LIVERPOOL", section="Outputs").flows == []


def test_results_reported_to_the_funder_in_a_clause_that_a_later_condition_does_not_hedge():
    x = _extract("The University of Leeds will report the results of the REACH trial to the NIHR (the funder) and, if the "
                 "feasibility study results indicate that it is reasonable to proceed to a main trial, will apply for further "
                 "NIHR funding to conduct a definitive main trial.", "UNIVERSITY OF LEEDS", section="Outputs",
                 reference="NIC-378523-Y5Q9L")
    assert {(f.source, f.target, f.state, f.rule) for f in x.flows} == {
        ("university-of-leeds", "national-institute-for-health-and-care-research", "aggregate", "aggregate-output")}
    hedged = _extract("The University of Leeds will report the results of the REACH trial to the NIHR if the study is "
                      "extended.", "UNIVERSITY OF LEEDS", section="Outputs", reference="NIC-378523-Y5Q9L")
    assert hedged.flows == []


def test_results_presented_to_a_class_of_recipients_by_the_applicant():
    # NIC-13925-Q7R2D (2017 dev register; in no gold), Expected Outputs
    x = _extract("IMS Health Ltd will present these results to participating trusts and healthcare stakeholders at an "
                 "annual research day.", "IMS HEALTH LTD", section="Outputs", reference="NIC-13925-Q7R2D")
    assert {(f.source, f.target, f.state) for f in x.flows} == {
        ("ims-health-ltd", "providers-recipients-of-outputs", "aggregate")}


def test_a_request_for_data_to_flow_into_a_team_of_the_applicant_is_the_national_release():
    # NIC-08095-P4D0D (2017 dev register, a CSU as applicant), Objective for Processing
    text = ("For clarity, this request is for non-identifiable, pseudonymised data to flow into the data management team "
            "of North of England Commissioning Support Unit.")
    x = _extract(text, "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT", section="Objectives", reference="NIC-08095-P4D0D")
    assert {(f.source, f.target, f.state, f.rule) for f in x.flows} == {
        ("nhs-digital", "north-of-england-commissioning-support-unit", "pseudonymised", "provided-to-named")}


def test_outputs_to_ambulance_trusts_reach_the_ambulance_services_class_not_the_providers():
    # NIC-359692-Q4X1C (round 6), Objective for Processing
    x = _extract("3) Providing access to summary and statistical analysis of patient data to Ambulance Trusts to support "
                 "service improvement programmes.", "LIGHTFOOT SOLUTIONS UK LTD", section="Objectives",
                 reference="NIC-359692-Q4X1C")
    assert {(f.source, f.target, f.mode) for f in x.flows} == {
        ("lightfoot-solutions-uk-ltd", x.flows[0].target, "access")}
    assert x.organisations[x.flows[0].target].label == "Ambulance services (collectively)"


HDIS = ("This application is for online access to the record level HES database via the HDIS2 system. The system is "
        "hosted and audited by NHS Digital meaning that large transfers of data to on-site servers is reduced and NHS "
        "Digital has the ability to audit the use and access to the data.")


def test_online_access_to_hes_via_hdis_is_the_applicant_reaching_nhs_digitals_system():
    # NIC-09122-R1S1D (round 7, Department of Health), Processing Activities
    x = _extract(HDIS, "DEPARTMENT OF HEALTH (DH)", reference="NIC-09122-R1S1D")
    assert {(f.source, f.target, f.mode, f.rule) for f in x.flows} == {
        ("nhs-digital", "department-of-health", "access", "hdis-access")}
    assert x.flows[0].inferred_end == ("source", "target")


def test_data_downloaded_via_the_nhs_digital_seft_server_is_the_release_to_the_applicant():
    # NIC-16016-Y9H1D (round 7, Wilmington Healthcare), Processing Activities
    x = _extract("Pseudonymised HES and DIDs data are securely downloaded via the NHS Digital SEFT server and stored on a "
                 "secure network drive in one location in England.", "WILMINGTON HEALTHCARE", reference="NIC-16016-Y9H1D")
    assert {(f.source, f.target, f.state, f.rule) for f in x.flows} == {
        ("nhs-digital", "wilmington-healthcare", "pseudonymised", "downloaded-from-seft")}


def test_a_release_to_a_databank_at_a_university_with_the_sender_set_off_by_commas():
    # NIC-50919-D5R5D (round 7, University of Nottingham), Objective for Processing
    x = _extract("The HES data will be transferred in full, by NHS Digital, to the SAIL databank/UK SeRP at the Swansea "
                 "University, where data will be processed and analysed.", "UNIVERSITY OF NOTTINGHAM",
                 section="Objectives", reference="NIC-50919-D5R5D")
    assert {(f.source, f.target, f.rule) for f in x.flows} == {("nhs-digital", "swansea-university", "verb-to")}


def test_no_party_other_than_the_employees_of_two_bodies_restricts_access_to_both():
    # NIC-50919-D5R5D (round 7), Processing Activities
    x = _extract("Data will not be accessible by any parties other than substantive employees of the Swansea University "
                 "(SAIL databank/UKSeRP) and substantive employees of the University of Nottingham (accessed via remote "
                 "access).", "UNIVERSITY OF NOTTINGHAM", reference="NIC-50919-D5R5D")
    assert sorted((r.organisation, r.role) for r in x.roles) == [
        ("swansea-university", "access-restricted-to"), ("university-of-nottingham", "access-restricted-to")]


def test_data_supplied_to_transforming_care_partnerships_reaches_their_class():
    # DARS-NIC-389823-P1P6B (tests/data/dur5, dev half of tests/gold/dur-g.json), NHS England's Assuring Transformation
    x = _extract("(c) NHSE&I will supply data to TCPs to allow them to plan and deliver transformational change to "
                 "services for people with a learning disability, autism or both.", "NHS ENGLAND", section="Objectives",
                 reference="NIC-389823-P1P6B")
    assert [(f.source, x.organisations[f.target].label, f.rule) for f in x.flows] == [
        ("nhs-england", "Transforming Care Partnerships (collectively)", "released-to-class")]
    assert x.warnings == []  # "TCPs" is a class of recipients, not an acronym naming no one


def test_processing_only_carried_out_by_employees_of_the_applicant_restricts_access_to_it():
    # DARS-NIC-389823-P1P6B (tests/data/dur5, dev), Processing Activities
    x = _extract("Data processing is only carried out by substantive employees of NHS England who have been appropriately "
                 "trained in data protection and confidentiality (as required of all NHSE&I employees).", "NHS ENGLAND",
                 reference="NIC-389823-P1P6B")
    assert sorted((r.organisation, r.role) for r in x.roles) == [("nhs-england", "access-restricted-to")]


def test_a_body_carrying_out_processing_on_behalf_of_the_controller_is_a_processor():
    # DARS-NIC-389823-P1P6B (tests/data/dur5, dev), Processing Activities
    x = _extract("The data is shared with NHS Midlands and Lancashire Commissioning Support Unit (CSU), who is carrying out "
                 "additional processing regionally on behalf of the data controller, to produce reports.", "NHS ENGLAND",
                 reference="NIC-389823-P1P6B")
    assert ("midlands-and-lancashire-commissioning-support-unit", "processor") in {(r.organisation, r.role) for r in x.roles}
    negated = _extract("NHS Midlands and Lancashire Commissioning Support Unit (CSU), who is not carrying out processing on "
                       "behalf of the data controller, hosts the servers.", "NHS ENGLAND", reference="NIC-389823-P1P6B")
    assert ("midlands-and-lancashire-commissioning-support-unit", "processor") not in {
        (r.organisation, r.role) for r in negated.roles}


def test_analysts_as_data_controller_and_data_processor_give_both_roles():
    # DARS-NIC-389823-P1P6B (tests/data/dur5, dev), Processing Activities
    x = _extract("Analysis will be carried out by NHSE&I analysts (as data controller and data processor).",
                 "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT", reference="NIC-389823-P1P6B")
    assert {("nhs-england", "controller"), ("nhs-england", "processor")} <= {(r.organisation, r.role) for r in x.roles}


def test_data_that_will_flow_to_the_applicant_only_comes_from_nhs_digital():
    # NIC-368020-R5L2K (round 8)
    text = "NOTE: Data will flow to Dr Foster Ltd only."
    x = _extract(text, "DR. FOSTER LIMITED", reference="NIC-368020-R5L2K")
    assert _flows(x) == {("nhs-digital", "dr-foster-ltd", "provided-to-named", "transfer")}
    assert _extract(text, "UNIVERSITY OF LEEDS", reference="NIC-368020-R5L2K").flows == []
    assert _extract("No data will flow to Dr Foster Ltd.", "DR. FOSTER LIMITED", reference="NIC-368020-R5L2K").flows == []
