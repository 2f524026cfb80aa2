"""Truthful flows on real register sentences (2017 register): no negated flow, no invented source, no borrowed CCG."""

from __future__ import annotations

import pytest

from nhskg.graph import vocab
from nhskg.graph.rdf import build_graph
from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract


def _extract(text, *, applicant="NHS BOLTON CCG", controllers=(), reference="NIC-47215-M5Y5Q"):
    agreement = Agreement(
        reference=reference, applicant=applicant, controllers=list(controllers),
        sections=[Section("Processing", text, Location("register.xlsx", sheet="PurposeStatements", row=7, column="Processing Activities"))],
    )
    return agreement, extract([agreement])


@pytest.mark.parametrize("sentence", [
    "The CSU processes the data on behalf of the CCG, meaning that no data needs to be sent to the CCG.",
    "No patient identifiers will ever be passed to Dr Foster Intelligence (DFI).",
    "No HES data will be transferred or shared with University of Leeds.",
])
def test_negations_state_no_flow(sentence):
    _, x = _extract(sentence)
    assert x.flows == []


def test_obtains_directly_from_providers_is_providers_to_the_dscro():
    _, x = _extract("South Collaborative DSCRO also obtains identifiable local provider data for the CCG directly from Providers.")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("providers", "south-collaborative-dscro", "identifiable", "receives-from")]


def test_an_unrecognised_subject_never_borrows_the_previous_one():
    _, x = _extract("4. Arden and GEM CSU pseudonymise the data.\n5. GMS then pass the processed pseudonymised data to the CCG.\n")
    assert x.flows == []
    assert [w.message for w in x.warnings] == [
        "NIC-47215-M5Y5Q Processing: the subject 'GMS' of 'pass' is not a recognised organisation; the flow it states is left out"]
    assert str(x.warnings[0].location) == "register.xlsx [PurposeStatements] row 7 column 'Processing Activities'"


def test_an_unrecognised_subject_that_names_the_applicant_is_the_applicant_and_any_other_is_no_one():
    # NIC-15814-C6W9R (Monitor, dev) processing: the subject needs what the verb does
    text = ("Monitor needs to be able to share the Casemix HES and Grouper Output data with NHS England for the purpose of "
            "developing the National Tariff only.")
    _, x = _extract(text, applicant="MONITOR", reference="NIC-15814-C6W9R")
    assert [(x.organisations[f.source].label, f.target, f.rule) for f in x.flows] == [
        ("Monitor", "nhs-england", "verb-to-named-applicant")]
    _, x = _extract(text, reference="NIC-15814-C6W9R")  # in another body's agreement: never the applicant, never NHS Digital
    assert x.flows == []
    assert [w.message for w in x.warnings] == [
        "NIC-15814-C6W9R Processing: the subject 'Monitor' of 'share' is not a recognised organisation nor a name of the applicant; "
        "the flow it states is left out"]


def test_a_name_the_text_introduces_with_its_acronym_is_an_organisation():
    _, x = _extract(
        "4. Arden & GEM CSU then passes the pseudonymised data securely to the Greater Manchester Shared Services (GMSS).\n"
        "5. GMSS then pass the processed pseudonymised data to the CCG.\n")
    assert {(f.source, f.target) for f in x.flows} == {
        ("arden-and-gem-commissioning-support-unit", "greater-manchester-shared-services"),
        ("greater-manchester-shared-services", "nhs-bolton-ccg")}
    assert x.organisations["greater-manchester-shared-services"].aliases == {"GMSS"}


def test_the_ccg_is_the_agreements_own_ccg_never_another_one_named():
    _, x = _extract("GMSS services are now hosted by NHS Oldham CCG.\n3. Arden and GEM CSU then pass the processed, pseudonymised data to the CCG.")
    assert {(f.source, f.target) for f in x.flows} == {("arden-and-gem-commissioning-support-unit", "nhs-bolton-ccg")}
    _, x = _extract("3. Arden and GEM CSU then pass the processed, pseudonymised data to the CCG.", applicant="ARDEN AND GEM CSU")
    assert x.flows == []  # a CSU's agreement: which CCG the text does not say


def test_the_data_processor_is_the_one_the_text_introduces():
    _, x = _extract(
        "2) Data quality management and standardisation of data is completed by the DSCRO and the data identifiable at the "
        "level of NHS number is transferred securely to Midlands and Lancashire CSU (Data Processor 1), who hold the SUS data.\n"
        "4) As part of the risk stratification processing activity, GPs have access to the risk stratification tool within "
        "the data processor, which highlights patients with whom the GP has a legitimate relationship.\n")
    access = [f for f in x.flows if f.mode == "access"]
    assert [(f.source, f.target, f.inferred_end) for f in access] == [
        ("midlands-and-lancashire-commissioning-support-unit", "gp-practices", ("source", "target"))]
    assert {(r.organisation, r.role) for r in x.roles} == {("midlands-and-lancashire-commissioning-support-unit", "processor")}


def test_a_repeated_sentence_is_two_flows_with_offsets_and_inferred_ends_in_the_graph():
    sentence = "3. North of England CSU then pass the processed data to the CCG."
    text = sentence + "\n" + sentence
    agreement, x = _extract(text)
    spans = sorted(f.evidence.span for f in x.flows)
    assert spans == [(0, len(sentence)), (len(sentence) + 1, len(text))]
    assert all(f.inferred_end == ("target",) and f.rule == "verb-to" for f in x.flows)
    g = build_graph([agreement], x)
    offsets = sorted((int(g.value(e, vocab.START_OFFSET)), int(g.value(e, vocab.END_OFFSET)))
                     for e in g.subjects(vocab.START_OFFSET, None))
    assert offsets == spans
    inferred = {str(o) for o in g.objects(None, vocab.INFERRED_END)}
    assert inferred == {"target"}


# NIC-147978-LZDFC (2017 dev register), Processing: the recipient right after the verb, what it gets after that
ERICA_STEP = (
    "(i) Cambridge University Hospital: The ERICA study data controller sends NHS Digital the cohorts patient "
    "identifiable information (i.e. forename, surname, date of birth, postcode, NHS number, sex and study ID) for "
    "linkage to Hospital Episode Statistics (Admitted Patient Care and Accident & Emergency), as well as matching to the "
    "Patient Demographic System (PDS) for cause of death, members and postings and cohort event notification reports."
)


def test_the_recipient_right_after_the_verb_gets_what_follows_it():
    _, x = _extract(ERICA_STEP, applicant="CAMBRIDGE UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", reference="NIC-147978-LZDFC")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("cambridge-university-hospitals-nhs-foundation-trust", "nhs-digital", "identifiable", "sends-recipient-what")]
    # the same shape with the sender named; and "send NHS Digital data to X" is NHS Digital's data, sent to X
    _, x = _extract("The CSU will send NHS Digital the following information: NHS number; date of birth.")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("unnamed-csu-nic-47215-m5y5q", "nhs-digital", "identifiable", "sends-recipient-what")]
    _, x = _extract("The DSCRO will send NHS Digital data to Arden and GEM CSU.")
    assert [(f.target, f.rule) for f in x.flows] == [("arden-and-gem-commissioning-support-unit", "verb-to")]


# NIC-393510-D6H1D, NIC-24422-R3W3S, NIC-44356-Y8N6R (2017 dev register), Processing and Objectives
@pytest.mark.parametrize(("applicant", "sentence", "expected"), [
    ("UNIVERSITY COLLEGE LONDON (UCL)",
     "When the data extract is available from NHS Digital, a nominated researcher will download the data and "
     "immediately transfer it into the UCL data safe haven.", [("nhs-digital", "university-college-london")]),
    ("UNIVERSITY OF CAMBRIDGE",
     "Data will be uploaded by NHS Digital to the secure DES (cancer registrations and cause of death) and SEFT (HES) "
     "accounts; available to download by the study team at the University of Cambridge.",
     [("nhs-digital", "university-of-cambridge")]),
    # a dataset not yet released: a condition, no flow
    ("ROYAL COLLEGE OF OBSTETRICIANS AND GYNAECOLOGISTS",
     "For England this will be the new Maternity Services Data Set (MSDS), once the submission rate, data quality and "
     "completeness are sufficiently high, and data is available from NHS Digital.", []),
])
def test_data_made_available_or_uploaded_by_nhs_digital_reaches_the_applicant(applicant, sentence, expected):
    _, x = _extract(sentence, applicant=applicant, reference="NIC-393510-D6H1D")
    assert [(f.source, f.target) for f in x.flows] == expected
    assert all(f.rule == "national-to-applicant" and f.inferred_end == ("target",) for f in x.flows)


# NIC-12828-M0K2D (2017 dev register, Imperial College's Dr Foster Unit), Objectives: what moves is no data
@pytest.mark.parametrize("sentence", [
    "i.\tNHS Provider Trust holding a subscription to the Dr Foster Analysis Toolkit are able to view data at a record "
    "level, with an option to use the patient re-identification service for approved individuals; or\nii.\tother NHS "
    "organisations holding a subscription to Dr Foster Analysis Toolkit are able to view aggregated analysis to prevent "
    "any patients being identified in accordance with guidance provided by HSCIC.",
    "Dr Foster Intelligence Limited (DFI) is an independent healthcare information company. It provides a research "
    "grant to ICL DFU to develop indicators and "
    "methodologies to assist in the analysis of healthcare performance.",
])
def test_guidance_or_a_grant_is_no_data(sentence):
    _, x = _extract(sentence, applicant="IMPERIAL COLLEGE LONDON", reference="NIC-12828-M0K2D")
    assert [(f.source, f.target) for f in x.flows] == []


def test_a_sentence_whose_subject_is_unrecognised_is_no_one_elses():
    # NIC-17824-V9F2B (2017 dev register), Outputs: the sender of "This" is IFS, which the text writes unmarked;
    # never the European Association of Labour Economists, named sentences before
    text = ("The principal outputs will be (i) academic conference presentation at the European Economists Association "
            "(EEA) Annual Conference in August 2015, and the European Association of Labour Economists (EALE) Annual "
            "Conference in September 2016. IFS have produced a non-technical policy summary for policymakers.  This has "
            "been sent to the Health Foundation for comments, and will be sent to representatives of Department of "
            "Health, Monitor and NHS England in the next few months.")
    _, x = _extract(text, applicant="INSTITUTE FOR FISCAL STUDIES", reference="NIC-17824-V9F2B")
    assert x.flows == []
    assert "european-association-of-labour-economists" in x.organisations


# NIC-180665-GJMW5 and NIC-49164-R3G5K (2017 dev register), Processing and Objectives: NHS Digital's data going to
# someone named that is not the applicant is no release to the applicant
@pytest.mark.parametrize(("applicant", "reference", "sentence", "warnings"), [
    ("UNIVERSITY COLLEGE LONDON", "NIC-180665-GJMW5", "2. NHSD sends extract containing mothers details to ONS to match "
     "to births", 1),
    ("UNIVERSITY OF LEEDS", "NIC-49164-R3G5K", "8) Improve the quality of the data provided by NHS Digital to third "
     "parties when conducting research/analysis.", 0),
])
def test_national_data_sent_to_someone_else_is_no_release_to_the_applicant(applicant, reference, sentence, warnings):
    _, x = _extract(sentence, applicant=applicant, reference=reference)
    assert x.flows == []
    assert len([w for w in x.warnings if "is not a recognised organisation" in w.message]) == warnings


def test_national_data_sent_to_the_applicants_acronym_is_the_applicants():
    # NIC-93084-W4B4L (2017 dev register), Processing
    _, x = _extract("NHS Digital will provide pseudonymised HES and Mental Health data to UCL.",
                    applicant="UNIVERSITY COLLEGE LONDON (UCL)", reference="NIC-93084-W4B4L")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("nhs-digital", "university-college-london", "pseudonymised", "national-to-applicant")]


def test_an_indirect_question_about_access_is_no_access():
    # NIC-74625-S1Q8X (2017 dev register), Processing
    _, x = _extract("The contract between Cardiff University and Swansea University will confirm who will have access "
                    "to the project database.", applicant="CARDIFF UNIVERSITY", reference="NIC-74625-S1Q8X")
    assert x.flows == []


def test_a_passive_verb_after_once_takes_no_source_from_the_clause_before():
    # NIC-81519-G1T5F (2017 dev register), Processing: the data came from the GP practice; the study team shares it
    text = ("The University of Birmingham will send the following data extracted from the participating GP Practices (see "
            "Section 4) to NHS Digital for linking purposes: NHS Number, date of birth, postcode, sex and study ID number. "
            "The study team will destroy the identifiable data previously obtained from the GP practice once it has been "
            "shared with NHS Digital.")
    _, x = _extract(text, applicant="UNIVERSITY OF BIRMINGHAM", reference="NIC-81519-G1T5F")
    assert sorted((f.source, f.target, f.inferred_end) for f in x.flows if f.target == "nhs-digital") == [
        ("university-of-birmingham", "nhs-digital", ()), ("university-of-birmingham", "nhs-digital", ("source",))]


def test_the_nhs_trust_development_authority_is_a_body_of_its_own_not_a_trust():
    # NIC-15814-C6W9R (2017 dev register, Monitor), Processing
    _, x = _extract("For clarity, Monitor and NHS TDA will act as data controllers in common and joint data processors.",
                    applicant="MONITOR", reference="NIC-15814-C6W9R")
    assert x.organisations["nhs-trust-development-authority"].kind == "Other"
    assert {r.role for r in x.roles if r.organisation == "nhs-trust-development-authority"} == {"controller", "processor"}


def test_a_title_in_which_a_name_qualifies_the_subject_is_no_organisations_heading():
    # NIC-05429-H7X6R (Device Access UK, dev) expected benefits: the NICE guidance titles head paragraphs about devices,
    # and "This analysis has been provided to NHS improvement" names no sender of its own (DAUK, unmarked there)
    text = ("ii. NICE MTG 29 GreenLight XPS for treating benign prostatic hyperplasia-\n"
            "GreenLight XPS for treating benign prostatic hyperplasia is supported by NICE.\n\n"
            "III.\tNHS Improvement;\n"
            "NHS Improvement recently approached Device Access for national information on the cause and incidence of "
            "pressure ulcers across NHS England.\n\n"
            "The bespoke analysis completed by DAUK has provided NHS Improvement with an understanding of the most common "
            "reasons for admission leading to pressure ulcers. This analysis has been provided to NHS improvement at no cost.\n")
    _, x = _extract(text, applicant="DEVICE ACCESS UK LTD", reference="NIC-05429-H7X6R")
    assert [(f.source, f.target) for f in x.flows if f.source == "national-institute-for-health-and-care-excellence"] == []
