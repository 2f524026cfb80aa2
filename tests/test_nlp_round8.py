"""Flows and roles the 2017 register states in the wording of round 8 of tests/gold/register2017-other.json (dev half).

Each text is quoted from a dev agreement, read and annotated before these rules were written: NIC-343380-H5Q9K (PHE),
NIC-12784-R8W7V (Genomics England), NIC-13925-Q7R2D (IMS Health), NIC-368020-R5L2K (Dr Foster), NIC-389823-P1P6B (NHS
England), NIC-12828-M0K2D (Imperial); and, for the shapes older dev agreements share, the ones each test names.  (Five
of the first round-8 draw turned out to be annotated in a Data Uses Register gold too and were left out of round 8's
gold; the texts quoted here are in those golds' dev halves.  Nuvia's text, in dur-c.json's test half, is quoted by no
test and gave no rule.)  Where the applicant is named in
words the recogniser lacks, the same sentence in another applicant's agreement states no flow to or from that applicant.
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract


def _extract(text, applicant, *, section="Processing", reference="NIC-343380-H5Q9K"):
    agreement = Agreement(reference=reference, applicant=applicant, sections=[
        Section(section, text, Location("register.xlsx", sheet="PurposeStatements", row=9, column="Processing Activities"))])
    return extract([agreement])


def _flows(x):
    return {(f.source, f.target, f.rule, f.state, f.mode) for f in x.flows}


def _roles(x):
    return {(r.organisation, r.role) for r in x.roles}


def test_a_body_providing_another_with_a_file_of_identifiers_sends_it_data():
    x = _extract("PHE provides NHSD with a file containing NHS Number and the date of birth of cancer patients, which is "
                 "then used to extract the relevant records from the DIDS system.", "PUBLIC HEALTH ENGLAND (PHE)",
                 section="Objectives")
    assert _flows(x) == {("public-health-england", "nhs-digital", "provided-with-outputs", "identifiable", "transfer")}


def test_the_applicant_providing_nhs_digital_with_a_cohort_for_linkage():
    text = ("Genomics England provide the HSCIC with a cohort for linkage and they receive data from the HSCIC on a "
            "monthly basis.")
    x = _extract(text, "GENOMICS ENGLAND", reference="NIC-12784-R8W7V")
    assert _flows(x) == {("genomics-england", "nhs-digital", "provided-with-outputs", "unspecified", "transfer")}
    # in another applicant's agreement the subject names no one it knows: no flow
    assert _extract(text, "UNIVERSITY OF LEEDS", reference="NIC-12784-R8W7V").flows == []



UCL = ("The data will be accessed only by substantive employees of UCL and only for the purposes described in this "
       "document.")


def test_data_accessed_only_by_substantive_employees_restricts_access_to_their_employer():
    # NIC-28051-Q3K7L (round 7, dev)
    assert _roles(_extract(UCL, "UNIVERSITY COLLEGE LONDON (UCL)", reference="NIC-28051-Q3K7L")) == {
        ("university-college-london", "access-restricted-to")}
    # the name is UCL's: in another applicant's agreement it is no one's role
    assert _roles(_extract(UCL, "UNIVERSITY OF LEEDS", reference="NIC-28051-Q3K7L")) == set()

def test_named_users_that_are_substantive_employees_of_a_body_restrict_access_to_it():
    x = _extract("Data will be accessed by the named users within this agreement, i.e. substantive employees of Dr "
                 "Foster Limited.", "DR. FOSTER LIMITED", reference="NIC-368020-R5L2K")
    assert _roles(x) == {("dr-foster-ltd", "access-restricted-to")}


def test_access_only_permitted_for_a_bodys_substantive_employees():
    x = _extract("External Researcher access: Access to the data is only permitted for substantive IMS Health Ltd "
                 "employees and researchers working under honorary contract to IMS Health Ltd.", "IMS HEALTH LTD",
                 reference="NIC-13925-Q7R2D")
    assert _roles(x) == {("ims-health-ltd", "access-restricted-to")}
    assert _roles(_extract("Access to the data is not restricted to substantive employees of IMS Health Ltd.",
                           "IMS HEALTH LTD", reference="NIC-13925-Q7R2D")) == set()


def test_results_submitted_to_the_european_medicines_agency():
    x = _extract("The results of the study were submitted to the European Medicines Agency in support of a risk management "
                 "plan (RMP) which helped to characterise the overall benefit risk profile the drug and ensures that it is "
                 "used as safely as possible.", "IMS HEALTH LTD", section="Expected Benefits", reference="NIC-13925-Q7R2D")
    assert _flows(x) == {("ims-health-ltd", "european-medicines-agency", "aggregate-output", "aggregate", "transfer")}


def _extract_sections(sections, applicant, reference):
    agreement = Agreement(reference=reference, applicant=applicant, sections=[
        Section(name, text, Location("register.xlsx", sheet="PurposeStatements", row=9, column=name))
        for name, text in sections])
    return extract([agreement])


def test_a_release_stated_without_a_state_takes_the_state_the_agreement_says_the_data_requested_is_in():
    # NIC-373563-N8Z9J (round 6): the Objectives say what the data is, the Processing states the release
    objectives = ("This application/agreement is a request for pseudonymised record-level HES data which will be "
                  "controlled by two legal entities:")
    processing = "IMS Health will receive the data from HSCIC and will apply derivations."
    x = _extract_sections([("Objectives", objectives), ("Processing", processing)], "IMS HEALTH LTD", "NIC-373563-N8Z9J")
    assert _flows(x) == {("nhs-digital", "ims-health-ltd", "national-to-applicant", "pseudonymised", "transfer")}
    # without the description the release keeps no state
    x = _extract_sections([("Processing", processing)], "IMS HEALTH LTD", "NIC-373563-N8Z9J")
    assert _flows(x) == {("nhs-digital", "ims-health-ltd", "national-to-applicant", "unspecified", "transfer")}


def test_descriptions_of_two_states_or_of_outputs_give_a_release_none():
    two = ("The University of Birmingham will receive identifiable data for the consented participants. The study "
           "requested pseudonymised HES data for all 75,000 patients.")
    processing = "HES data is downloaded from the HSCIC via SEFT and transferred to a secure server."
    x = _extract_sections([("Objectives", two), ("Processing", processing)], "UNIVERSITY OF BIRMINGHAM", "NIC-81519-G1T5F")
    assert {f.state for f in x.flows} == {"unspecified"}
    # a release of tables is of outputs, whatever the agreement says its record-level data is
    tables = "These tables are disseminated by NHS Digital via secure email to users."
    x = _extract_sections([("Objectives", "The council requests pseudonymised HES data."), ("Processing", tables)],
                          "SUFFOLK COUNTY COUNCIL", "NIC-10932-H7Y6B")
    assert all(f.state != "pseudonymised" for f in x.flows)


def test_an_online_application_available_to_a_class_is_reached_not_sent():
    x = _extract("The Dr Foster Dashboard Tool Online application is available to NHS Acute Trusts, only which compares "
                 "the two leading mortality indicators in England – the SHMI and the Dr Foster Hospital Standard "
                 "Mortality Ratio (HSMR).", "DR. FOSTER LIMITED", section="Outputs", reference="NIC-368020-R5L2K")
    assert _flows(x) == {("dr-foster-ltd", "providers-recipients-of-outputs", "aggregate-output", "aggregate", "access")}


def test_statistics_provided_to_schools_reach_their_class():
    x = _extract("PHE also use the data to provide statistics to schools on the percentage of children who are an "
                 "unhealthy weight.", "PUBLIC HEALTH ENGLAND (PHE)", section="Objectives")
    assert _flows(x) == {("public-health-england", "schools-collectively", "aggregate-output", "aggregate", "transfer")}
    # statistics "to help" a class name no recipient
    assert _extract("The HES data is also analysed by PHE to produce statistics to help Local Authorities fulfil their "
                    "statutory duty.", "PUBLIC HEALTH ENGLAND (PHE)", section="Objectives").flows == []


def test_statistics_submitted_to_eurocat():
    x = _extract("A CARDS annual report will be produced in 2017/18 and prevalence statistics and prenatal detection rates "
                 "are submitted to the European Surveillance of Congenital Anomalies (EUROCAT) network "
                 "(http://www.eurocat-network.eu/).", "PUBLIC HEALTH ENGLAND (PHE)", section="Objectives")
    assert {(f.source, f.target, f.state) for f in x.flows} >= {
        ("public-health-england", "european-surveillance-of-congenital-anomalies", "aggregate")}
    assert {(f.source, f.target) for f in x.flows} == {("public-health-england", "european-surveillance-of-congenital-anomalies")}


def test_outputs_a_recipient_uses_reach_it():
    x = _extract("ICL DFU mortality outlier outputs are used by CQC within their Hospital Inspection framework.(on-going)",
                 "IMPERIAL COLLEGE LONDON", section="Expected Benefits", reference="NIC-12828-M0K2D")
    assert _flows(x) == {("imperial-college-london", "care-quality-commission", "aggregate-output", "aggregate", "transfer")}
    x = _extract("Performance dashboards and other analysis will be used internally and with commissioners once the "
                 "Management Information has been published by NHS Digital.", "NHS ENGLAND", section="Outputs",
                 reference="NIC-389823-P1P6B")
    assert _flows(x) == {("nhs-england", "nhs-commissioners-collectively", "aggregate-output", "aggregate", "transfer")}
    # a person of the applicant who uses them is no recipient
    assert _extract("Statistics based on these analyses will be used by the Director of Public Health to advise the "
                    "Director of Children's Services.", "WIRRAL COUNCIL", section="Outputs").flows == []
