"""Names introduced by their place in a sentence, lists of users, and names written with double spaces (issue 10).

Each text is quoted from an agreement of a development half: DARS-NIC-371243-H1P5T (tests/data/dur, the
current register's version, and the 2017 register's), NIC-14340-R7G1F (Meditrends) and NIC-39439-F6D6Y of the
2017 dev register.  Cases assert the exact organisations, flows and roles.
"""

from __future__ import annotations

import pytest

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract

NELCSU = "NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT"

# DARS-NIC-371243-H1P5T-v7.2, the paragraphs on data centres and infrastructure
BUILDINGS = (
    "University Hospitals Bristol NHS Foundation Trust, Pulsant, Ilkeston Community Hospital and Interxion do not "
    "access data held under this agreement as they only supply the building. Therefore, any access to the data held "
    "under this agreement would be considered a breach of the agreement.\n\n"
    "Greater Manchester Shared Services (hosted by NHS Oldham CCG) supply IT infrastructure for Arden and GEM "
    "Commissioning Support Unit and are therefore listed as data processors. They supply support to the system, but "
    "do not access data.\n"
)
# NIC-14340-R7G1F, Objective for Processing
MEDITRENDS_USERS = (
    "The current users of Meditrends Online are:\n"
    "1.\tPublic Sector Organisations responsible for the planning, evaluation, commissioning or provision of health "
    "and social care including:\n"
    "a.\tNHS-GPs, Commissioners, Acute Trusts, Area & Regional Teams, Strategic Clinical networks;\n"
    "b.\tGovernment & government aligned groups: DH, NHS England, NICE and Academic Health Science Networks (AHSN);\n"
    "c.\tNHS England Commissioning Support Units (CSUs)\n"
    "2.\tPatient support groups & other health related charitable organisations;\n"
    "3.\tLife Science Companies (pharmaceutical, medical technology, and medical biotechnology); All Life Science "
    "Companies are required to be members of the Association of British Pharmaceutical Companies (ABPI); the UK "
    "BioIndustry Association or the Association of British Healthcare Industries (ABHI)\n\n"
    "Although the users of Meditrends Online are all of the above groups, the data can only be used for the purposes "
    "listed above.\n"
)


def _extract(text, applicant, *, section="Processing", reference="NIC-371243-H1P5T"):
    agreement = Agreement(reference=reference, applicant=applicant, sections=[
        Section(section, text, Location("register.xlsx", sheet="PurposeStatements", row=7, column="Processing Activities"))])
    return extract([agreement])


def test_names_in_a_list_that_do_not_access_data_are_organisations_whose_access_would_breach():
    x = _extract(BUILDINGS, NELCSU)
    roles = {(r.organisation, r.role) for r in x.roles if r.role != "controller"}
    assert roles == {
        ("university-hospitals-bristol-nhs-foundation-trust", "access-would-breach"),
        ("pulsant", "access-would-breach"),
        ("ilkeston-community-hospital", "access-would-breach"),
        ("interxion", "access-would-breach"),
        ("greater-manchester-shared-services", "non-accessing-processor"),
    }
    assert x.organisations["pulsant"].label == "Pulsant"
    assert x.flows == []  # suppliers of buildings and infrastructure receive nothing


def test_access_by_an_unrecognised_name_would_breach():
    # NIC-371243-H1P5T (2017 register), Processing Activities
    x = _extract("For clarity, any access by Interxion to data held under this agreement would be considered a breach of "
                 "the agreement.  This includes granting of access to the database[s] containing the data.", NELCSU)
    assert {(r.organisation, r.role) for r in x.roles if r.role != "controller"} == {("interxion", "access-would-breach")}


def test_a_capitalised_phrase_outside_the_slots_is_no_organisation():
    x = _extract("Clients do not access data. Access by the public would be a breach. Data Processors are listed below.", NELCSU)
    assert list(x.organisations) == ["north-east-london-commissioning-support-unit"]  # the applicant only


def test_each_user_an_item_of_the_users_list_names_receives_outputs_and_nothing_after_a_semicolon_does():
    x = _extract(MEDITRENDS_USERS, "MEDITRENDS LTD", section="Objectives", reference="NIC-14340-R7G1F")
    listed = {(f.source, f.target, f.state, f.mode) for f in x.flows if f.rule == "listed-users"}
    meditrends = "meditrends-ltd"
    assert listed == {(meditrends, target, "aggregate", "access") for target in (
        "gp-practices-recipients-of-outputs", "providers-recipients-of-outputs", "nhs-commissioners-collectively",
        "nhs-england-area-and-regional-teams-collectively", "strategic-clinical-networks-collectively",
        "department-of-health", "nhs-england", "national-institute-for-health-and-care-excellence", "ahsns-collectively",
        "csus-collectively", "patient-support-groups-and-charities-collectively", "life-science-companies-collectively",
    )}
    # The trade bodies after the semicolon are real organisations the text names, but they receive nothing.
    named_after_semicolon = {"association-of-british-pharmaceutical-companies", "association-of-british-healthcare-industries"}
    assert named_after_semicolon <= set(x.organisations)
    assert not any(f.target in named_after_semicolon or "bioindustry" in f.target for f in x.flows)
    assert x.organisations["ahsns-collectively"].label == "AHSNs (collectively)"
    assert "Academic Health Science Networks (AHSN)" in x.organisations["ahsns-collectively"].aliases


def test_a_customer_base_without_a_users_heading_is_no_flow():
    x = _extract("Customers are limited to clinical commissioning groups, care quality commission registered providers "
                 "and public health departments.", "MEDEANALYTICS INTERNATIONAL LIMITED")
    assert [f for f in x.flows if f.rule == "listed-users"] == []


@pytest.mark.parametrize("spaces", [" ", "  ", "   "])
def test_a_gazetteer_name_written_with_extra_spaces_is_recognised(spaces):
    # NIC-39439-F6D6Y, Processing Activities (the register writes two spaces)
    text = (f"1. North of England{spaces}Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS "
            "identifiable data for the CCG from the SUS Repository.")
    x = _extract(text, "NHS WEST NORFOLK CCG", reference="NIC-39439-F6D6Y")
    assert [(f.source, f.target, f.state) for f in x.flows] == [("nhs-digital", "north-of-england-dscro", "identifiable")]
    assert x.flows[0].evidence.text == text  # the evidence keeps the register's own spacing


def test_the_double_spaced_names_of_the_dev_register_reach_their_node(dev_register_agreements):
    a = dev_register_agreements["NIC-39439-F6D6Y"]
    x = extract([a])
    assert ("nhs-digital", "north-of-england-dscro", "identifiable") in {(f.source, f.target, f.state) for f in x.flows}


def test_a_university_introduced_with_its_acronym_supplies_identifiers_for_linkage():
    # NIC-346693-F2X1G: the Objectives introduce UCL, the Processing uses the acronym
    agreement = Agreement(reference="NIC-346693-F2X1G", applicant="UNIVERSITY COLLEGE LONDON (UCL)", sections=[
        Section("Objectives", "Whitehall II, set up by University College London (UCL), recruited civil servants working in "
                "London.", Location("register.xlsx", sheet="PurposeStatements", row=182, column="Objective for Processing")),
        Section("Processing", "UCL have already supplied NHS number, date of birth, and gender to the NHS Digital for linkage.",
                Location("register.xlsx", sheet="PurposeStatements", row=182, column="Processing Activities"))])
    x = extract([agreement])
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("university-college-london", "nhs-digital", "identifiable", "verb-to")]


def test_a_csus_clients_are_the_ccgs_it_serves_and_its_benchmarking_is_aggregate():
    # NIC-371243-H1P5T (2017 register), Objective for Processing
    x = _extract("The pseudonymised record level HES data is interrogated only by approved NELCSU substantively employed "
                 "analysts to provide benchmarking and comparative information to NELCSU clients and NHS health economy "
                 "wide transformation projects that require detailed hospital level data.", NELCSU)
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("north-east-london-commissioning-support-unit", "ccgs-collectively", "aggregate", "aggregate-output")]


def test_the_end_users_of_reports_are_a_collective_recipient():
    # NIC-05206-L1V6D (seeds and 2017 register), Expected Benefits
    x = _extract('In 2017, NHS England commissioned the CSU to produce a report titled "Making the Case for Integrating '
                 'Mental and Physical Health Care" for all 44 Sustainability and Transformation Partnerships. The end users '
                 "of these reports are all the organisations that make up local STPs.",
                 "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT", reference="NIC-05206-L1V6D")
    users = [(f.source, f.target, f.state, f.mode) for f in x.flows if f.rule == "listed-users"]
    assert users == [("midlands-and-lancashire-commissioning-support-unit", "stps-collectively", "aggregate", "transfer")]


def test_reports_to_a_list_of_classes_after_a_named_class_reach_every_class():
    # DARS-NIC-05206-L1V6D (dev half of tests/gold/dur-c.json), activities
    x = _extract("SUS PbR data is necessary to allow MLCSU to offer QIPP reports to all CCGs/trusts in England.",
                 "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT", reference="NIC-05206-L1V6D")
    assert {(f.source, f.target, f.state) for f in x.flows} == {
        ("midlands-and-lancashire-commissioning-support-unit", "ccgs-collectively", "aggregate"),
        ("midlands-and-lancashire-commissioning-support-unit", "providers-recipients-of-outputs", "aggregate")}


def test_a_quoted_title_between_a_report_and_its_recipient():
    # DARS-NIC-05206-L1V6D, yielded benefits
    x = _extract("We produced local reports for all health and care systems in England and a national report titled "
                 "'Making the Case for Integrating Mental and Physical Health Care' for NHS England.",
                 "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT", reference="NIC-05206-L1V6D")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("midlands-and-lancashire-commissioning-support-unit", "nhs-england", "aggregate", "aggregate-output")]


BLACK_COUNTRY = ["NHS BLACK COUNTRY ICB - D2P2L", "CITY OF WOLVERHAMPTON COUNCIL", "DUDLEY METROPOLITAN BOROUGH COUNCIL"]


def test_the_local_authority_is_each_council_the_agreement_names_as_controller():
    # DARS-NIC-433163-Y2V0K-v0.2 (dev half of tests/gold/dur.json), activities
    agreement = Agreement(reference="NIC-433163-Y2V0K", applicant="NHS BLACK COUNTRY ICB - D2P2L", controllers=BLACK_COUNTRY,
                          sections=[Section("Processing", (
                              "Data quality management of social care data is completed by the Local Authority. The "
                              "pseudonymised Social Care Data is then sent to Midlands and Lancashire CSU secure area by secure "
                              "FTP."), Location("dur.xlsx", sheet="Agreements", row=9, column="Processing Activities"))])
    x = extract([agreement])
    assert {(f.source, f.target, f.state) for f in x.flows} == {
        ("city-of-wolverhampton-council", "midlands-and-lancashire-commissioning-support-unit", "pseudonymised"),
        ("dudley-metropolitan-borough-council", "midlands-and-lancashire-commissioning-support-unit", "pseudonymised")}


def test_provided_to_the_local_authority_only_is_the_national_release_never_the_previous_subject():
    # NIC-77633-Y4X1L (2017 dev register, a council HES-extract agreement), Processing Activities
    x = _extract("This application/agreement is for online access to the record level HES database via the HDIS2 system. "
                 "The system is hosted and audited by NHS Digital meaning that large transfers of data to on-site servers is "
                 "reduced and NHS Digital has the ability to audit the use and access to the data.\n\n"
                 "Any record level data extracted from the system will not be processed outside of the Public Health "
                 "Intelligence Team (PHIT) team . Only registered HDIS users will have access to record level data "
                 "downloaded from the HDIS system.\n\n"
                 "Access to the data is provided to the Local Authority only, and will only be used for the health purposes "
                 "outlined above.", "SHEFFIELD CITY COUNCIL", reference="NIC-77633-Y4X1L")
    assert ("nhs-digital", "sheffield-city-council", "provided-to-applicant") in {(f.source, f.target, f.rule) for f in x.flows}
    assert not any(f.source != "nhs-digital" for f in x.flows), [(f.source, f.target) for f in x.flows]


def test_the_subject_of_a_flow_verb_that_reads_as_a_name_is_an_organisation():
    # NIC-302792-X4T6B (2017 dev register; in no gold), Processing Activities
    x = _extract("Warwick Clinical Trials Unit will securely transfer a file of identifiers [NHS Number, Unique Trial/Study ID "
                 "number, Date of Birth, and postcode] to NHS Digital. These identifiers will be provided over the SEFT system.",
                 "UNIVERSITY OF WARWICK", reference="NIC-302792-X4T6B")
    assert [(f.source, f.target, f.state, f.rule) for f in x.flows] == [
        ("warwick-clinical-trials-unit", "nhs-digital", "identifiable", "verb-to")]
    assert x.warnings == []
    # the Objectives named it in full: the same organisation
    agreement = Agreement(reference="NIC-302792-X4T6B", applicant="UNIVERSITY OF WARWICK", sections=[
        Section("Objectives", "University of Warwick Clinical Trials Unit is the lead organisation where the PreFIT trial main "
                "team and trial office is based.", Location("register.xlsx", sheet="PurposeStatements", row=168, column="Objective for Processing")),
        Section("Processing", "Warwick Clinical Trials Unit will securely transfer a file of identifiers [NHS Number, Unique "
                "Trial/Study ID number, Date of Birth, and postcode] to NHS Digital.",
                Location("register.xlsx", sheet="PurposeStatements", row=168, column="Processing Activities"))])
    x = extract([agreement])
    assert [(f.source, f.target) for f in x.flows] == [("university-of-warwick-clinical-trials-unit", "nhs-digital")]
    assert "warwick-clinical-trials-unit" not in x.organisations


@pytest.mark.parametrize("subject", ["GMS", "Intelligent", "Data Services"])
def test_a_subject_that_reads_as_no_name_is_no_organisation(subject):
    x = _extract(f"5. {subject} then pass the processed pseudonymised data to the CCG.\n", "NHS BOLTON CCG",
                 reference="NIC-47215-M5Y5Q")
    assert x.flows == []
    assert list(x.organisations) == ["nhs-bolton-ccg"]


# NIC-08095-P4D0D (2017 dev register, family "CSU as applicant (national data)"), Objectives
RAIDR = (
    "In addition NECS offer a mature business intelligence application (RAIDR) allowing self-service access to a range "
    "of dashboards and configurable reports. This tool is available on a subscription basis only to NHS organisations "
    "and local authorities. It is currently used by Clinical Commissioning Groups (CCGs), internally within the CSU "
    "through specialist support teams and by CCG member practices.\n"
)


def test_the_users_of_a_tool_just_described_reach_its_outputs():
    x = _extract(RAIDR, "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT", section="Objectives", reference="NIC-08095-P4D0D")
    users = {(f.source, f.target, f.state, f.mode, f.inferred_end) for f in x.flows}
    necs = "north-of-england-commissioning-support-unit"
    # the CSU itself ("internally within the CSU") and the customer base ("available … to NHS organisations and local
    # authorities") are no users
    assert users == {(necs, "ccgs-collectively", "aggregate", "access", ("source", "target")),
                     (necs, "gp-practices", "aggregate", "access", ("source", "target"))}


def test_it_used_by_someone_without_a_tool_before_is_no_flow():
    text = "The CSU links the data. It is currently used by Clinical Commissioning Groups (CCGs) to plan services.\n"
    assert _extract(text, "NHS NORTH OF ENGLAND COMMISSIONING SUPPORT UNIT", reference="NIC-08095-P4D0D").flows == []


# tests/data/dur2 (dev): DARS-NIC-803151-K2Q8V (West and North London ICB), DARS-NIC-616961-X1J9B (Humber and North
# Yorkshire ICB) and DARS-NIC-800961-W7P2T (University College London)
SUB_PROCESSORS = (
    "InterWorks are sub-contracted by NEL ICB to provide Project Management Office (PMO) support, technical advisory, "
    "data engineering and platform services, InterWorks will act as a sub-processor under data protection law for the "
    "LDS.\n\nAnswer Digital Ltd are sub-contracted by NEL ICB to provide technical advisory, data engineering, "
    "analytical and project management services, Answer Digital will act as a sub-processor under data protection law "
    "for the LDS.\n"
)
INFRASTRUCTURE_LIST = (
    "N3i Limited, North Lincolnshire Council, North East Lincolnshire Council, and Arrow Business Communications supply "
    "IT infrastructure and are therefore listed as a data processor. They supply support to the system, but do not "
    "access data.\n\nNHS South Yorkshire Integrated Care Board will host a shared Business Information (BI) data "
    "warehouse on behalf of the two ICBs (NHS Humber & North Yorkshire & South Yorkshire ICBs) and are therefore listed "
    "as a data processor.\n"
)
FIELDWORK = (
    "IPSOS has partnered with Verian and NatCen to deliver the study fieldwork (at phase 1 and 2), therefore Verian and "
    "NatCen are acting as a data processor. Access is restricted to employees or agents of IPSOS.\n"
)


def test_names_that_act_as_sub_processors_or_are_listed_as_processors_are_processors():
    x = _extract(SUB_PROCESSORS, "NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD")
    # "Answer Digital" is the company named "Answer Digital Ltd" just before, not a node of its own
    assert {(r.organisation, r.role) for r in x.roles if r.role != "controller"} == {
        ("interworks", "processor"), ("answer-digital-ltd", "processor")}
    assert "answer-digital" not in x.organisations
    x = _extract(INFRASTRUCTURE_LIST, "NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD")
    roles = {(r.organisation, r.role) for r in x.roles if r.role != "controller"}
    assert ("arrow-business-communications", "non-accessing-processor") in roles
    assert ("nhs-south-yorkshire-integrated-care-board", "processor") in roles
    x = _extract(FIELDWORK, "UNIVERSITY COLLEGE LONDON (UCL)")
    assert {(r.organisation, r.role) for r in x.roles if r.role == "processor"} == {
        ("verian", "processor"), ("national-centre-for-social-research", "processor")}
    assert ("ipsos", "access-restricted-to") in {(r.organisation, r.role) for r in x.roles}


# DARS-NIC-800961-W7P2T-v1 (tests/data/dur2, dev), processing activities
IPSOS_STEPS = (
    "UCL will provide IPSOS with a limited set of fields from Phase 1A required for sampling.\n\n"
    "IPSOS will extract a pseudonymised subset of the data containing variables necessary for non-response analysis "
    "and securely transfer this to UCL.\n\n"
    "Once the fieldwork has concluded, IPSOS will transfer the details, including direct identifiers, of all people "
    "who consented to participate to UCL along with the deidentified data for non-respondents and those who declined "
    "to participate or opted out of taking part.\n"
)


def test_a_recipient_written_as_the_applicants_acronym_is_the_applicant():
    x = _extract(IPSOS_STEPS, "UNIVERSITY COLLEGE LONDON (UCL)", reference="NIC-800961-W7P2T")
    assert sorted((f.source, f.target, f.state, f.rule) for f in x.flows) == [
        ("ipsos", "university-college-london", "identifiable", "verb-to-named-applicant"),
        ("ipsos", "university-college-london", "pseudonymised", "verb-to-named-applicant"),
        ("university-college-london", "ipsos", "unspecified", "provided-with-outputs"),
    ]
    assert x.organisations["university-college-london"].kind == "University"
    # in another applicant's agreement "UCL" names no one the text introduces: no flow (neither UCL's transfer nor
    # its "UCL will provide IPSOS with …", once given to whoever the applicant was), and a warning says why
    x = _extract(IPSOS_STEPS, "UNIVERSITY OF LEEDS", reference="NIC-800961-W7P2T")
    assert x.flows == []
    assert [w.message for w in x.warnings] == [
        "NIC-800961-W7P2T Processing: the recipient 'UCL' of 'transfer' is not a recognised organisation nor a name of "
        "the applicant; the flow it states is left out",
        "NIC-800961-W7P2T Processing: the subject 'UCL' of 'provide' is not a recognised organisation nor a name of "
        "the applicant; the flow it states is left out"]


def test_university_college_london_is_a_university_and_its_hospitals_a_trust():
    text = ("NHS England will transfer the data to University College London. Staff at University College London "
            "Hospitals NHS Foundation Trust will not see it.")
    x = _extract(text, "UNIVERSITY OF LEEDS")
    kinds = {o.label: o.kind for o in x.organisations.values()}
    assert kinds["University College London"] == "University"
    assert kinds["University College London Hospitals NHS Foundation Trust"] == "NHSTrust"
    assert [(f.source, f.target) for f in x.flows] == [("nhs-england", "university-college-london")]


def test_an_acronym_in_a_slot_is_no_organisation_of_its_own():
    # "employees or agents of QMUL" is the applicant's acronym, which its text may never spell out: no "Qmul" node
    text = "Access is restricted to employees or agents of QMUL who have authorisation from the Principal Investigator."
    x = _extract(text, "QUEEN MARY UNIVERSITY OF LONDON")
    assert not any(org.label.lower() == "qmul" for org in x.organisations.values())


def test_an_application_for_data_and_a_later_verbs_target_are_no_flow():
    # the shape of a 2017 sentence (NIC-17824-V9F2B) that recognising NatCen would otherwise have made two flows of:
    # "receiving" does not reach the target the bracketed clause's "submitted to" has, and an application is no data
    text = ("The Health Foundation will publish a report. "
            "The timeline of this project has been pushed back a year after delays in receiving essential non-HES data "
            "for the wider project (an application for local area level Health Survey for England data was submitted "
            "to NatCen and the Health and Social Care Information Centre in 2015, and is ongoing).")
    assert _extract(text, "THE HEALTH FOUNDATION").flows == []
    text = "The Health Foundation will publish a report. An application for HES data was submitted to NHS Digital in 2015."
    assert _extract(text, "THE HEALTH FOUNDATION").flows == []


def test_a_company_named_data_something_listed_as_a_processor_is_introduced_but_no_kind_of_service():
    # DARS-NIC-804239-H4X6K-v0.2 (Surrey and Sussex ICB, tests/gold/dur.json dev) activities
    from nhskg.model import Agreement, Location, Section
    from nhskg.nlp.extract import extract

    def roles(text):
        agreement = Agreement(reference="NIC-10000-AAAAA", applicant="NHS SURREY AND SUSSEX INTEGRATED CARE BOARD",
                              controllers=[], sections=[Section("Processing", text, Location("register.txt", 1))])
        x = extract([agreement])
        return {(x.organisations[r.organisation].label, r.role) for r in x.roles}

    text = ("Data Barracks supply IT infrastructure to the ICB and are therefore listed as a data processor. They supply "
            "support to the system, but do not access data.")
    assert roles(text) == {("Data Barracks", "non-accessing-processor")}
    assert roles(text.replace("Data Barracks", "Data Services")) == set()
