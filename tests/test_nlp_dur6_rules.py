"""Rules written from the dev misses of tests/gold/dur-h.json (tests/data/dur6: six ICB DSfC agreements of the July 2022
batch), each on the real sentence, with the flows it must give and, where that matters, what the same text gives nothing
of."""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract

DERBY = "NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD"
HAMPSHIRE = "NHS HAMPSHIRE AND ISLE OF WIGHT INTEGRATED CARE BOARD"
DSCRO = "unnamed-dscro-nic-10000-aaaaa"


def _extract(text: str, applicant: str, controllers: list[str] | None = None):
    agreement = Agreement(reference="NIC-10000-AAAAA", applicant=applicant, controllers=controllers or [applicant],
                          sections=[Section("Processing", text, Location("register.txt", 10))])
    return extract([agreement])


# DARS-NIC-616029-Y7G7K-v5.4 activities (Derby and Derbyshire ICB): the INVOICE VALIDATION block and its list, whose
# second item names its host in brackets; and the COMMISSIONING list, where the same service adds its acronym
DERBY_BLOCKS = (
    "INVOICE VALIDATION  \n \nDataset: \nIdentifiable Invoice Validation Datasets \n \nProcessing: \n"
    "1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF). "
    "Data is kept within the CEfF, and only used by staff properly trained and authorised for the activity. \n"
    "2. The CEfF also receive backing data from the provider. \n"
    "4. The ICB are notified that the invoice has been validated and can be paid. Any discrepancies or non-validated "
    "invoices are investigated and resolved between the CEfF team and the provider. The ICB only receives notification "
    "to pay and management reporting detailing the total quantum of invoices received pending, processed etc. \n \n"
    "Processors: \n"
    "• NHS Derby And Derbyshire Integrated Care Board\n"
    "• Nottingham Health Informatics Service (Hosted by Sherwood Forest Hospitals NHS Foundation Trust)\n"
    "• Liaison Financial Services Ltd\n• Social Finance Ltd\n• NHS South Yorkshire Integrated Care Board\n\n"
    "COMMISSIONING \n\nDataset: \nPseudonymised Commissioning Datasets \n \nProcessing: \n"
    "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.  \n\n"
    "Processors: \n• NHS Arden and Greater East Midlands Commissioning Support Unit\n• Optum Health Solutions (UK) Ltd\n"
    "• Nottinghamshire Health Informatics Service (NHIS) (Hosted by NHS Sherwood Forest Hospitals NHS Foundation Trust)\n"
    "• NHS South Yorkshire Integrated Care Board\n• Newton Consulting Ltd\n\nNational Cancer Waiting Times:\n"
)
# DARS-NIC-616005-Z0T0F-v5.2 activities (Hampshire and Isle of Wight ICB): the COMMISSIONING list, whose first item ends
# with a colon and whose sixth names its host
HAMPSHIRE_COMMISSIONING = (
    "COMMISSIONING \n\nDataset: \nPseudonymised Commissioning Datasets \n \nProcessing: \n"
    "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.  \n\n"
    "Processors: \n•\tSouth, Central and West Commissioning Support Unit:\n•\tNorth of England Commissioning Support Unit\n"
    "•\tNHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board\n•\tOptum Health Solutions UK Limited\n"
    "•\tOracle Health\n•\tHealth Innovation Wessex (hosted by University Hospitals Southampton NHS Foundation Trust)\n"
    "•\tMoorhouse Consulting Ltd\n \n\nNational Cancer Waiting Times: \n"
)


def test_a_list_item_naming_its_host_is_the_hosted_service_and_the_list_goes_on():
    x = _extract(DERBY_BLOCKS, DERBY)
    flows = {(f.rule, f.source, f.target) for f in x.flows}
    nhis_iv, nhis = "nottingham-health-informatics-service", "nottinghamshire-health-informatics-service"
    iv = {"nhs-derby-and-derbyshire-integrated-care-board", nhis_iv, "liaison-financial-services-ltd", "social-finance-ltd",
          "nhs-south-yorkshire-integrated-care-board"}
    assert {t for rule, s, t in flows if rule == "into-listed-system" and s == DSCRO} == iv
    assert {t for rule, s, t in flows if rule == "into-listed-system" and s == "providers"} == iv
    assert {(s, t) for rule, s, t in flows if rule == "controller-receives-in-block"} == {
        (p, "nhs-derby-and-derbyshire-integrated-care-board")
        for p in (nhis_iv, "liaison-financial-services-ltd", "social-finance-ltd", "nhs-south-yorkshire-integrated-care-board")}
    assert {t for rule, s, t in flows if rule == "to-controller-processor"} == {
        "nhs-derby-and-derbyshire-integrated-care-board", "arden-and-gem-commissioning-support-unit",
        "optum-health-solutions-uk-limited", nhis, "nhs-south-yorkshire-integrated-care-board", "newton-consulting-ltd"}
    # the host trusts are hosting: never a party
    assert not [f for f in x.flows if "sherwood" in f.source + f.target]
    roles = {(r.organisation, r.role) for r in x.roles}
    assert (nhis_iv, "processor") in roles and ("social-finance-ltd", "processor") in roles


def test_a_list_item_ending_with_a_colon_is_an_item_not_a_heading():
    x = _extract(HAMPSHIRE_COMMISSIONING, HAMPSHIRE)
    assert {f.target for f in x.flows if f.rule == "to-controller-processor" and f.source == DSCRO} == {
        "nhs-hampshire-and-isle-of-wight-integrated-care-board", "south-central-and-west-commissioning-support-unit",
        "north-of-england-commissioning-support-unit", "nhs-buckinghamshire-oxfordshire-and-berkshire-west-integrated-care-board",
        "optum-health-solutions-uk-limited", "oracle-health", "health-innovation-wessex", "moorhouse-consulting-ltd"}
    assert not [f for f in x.flows if "southampton" in f.source + f.target]
    # the same list with no step sending to "the Data Controller / Processor" gives no flow
    assert not _extract(HAMPSHIRE_COMMISSIONING.replace("3. Pseudonymised Commissioning Datasets are securely transferred "
                                                        "from the DSCRO to the Data Controller / Processor.", ""), HAMPSHIRE).flows


def test_an_nhs_name_holding_a_comma_is_one_controller_though_the_file_names_it_nowhere_else():
    # DARS-NIC-615995-K0R4H-v4.2 (Northamptonshire ICB) "Data Controller(s)": LLR ICB is no applicant of the file
    from nhskg.readers.dur import split_controllers

    cell = "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD\nNHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD"
    assert split_controllers(cell, []) == ["NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD",
                                           "NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD"]
    assert split_controllers("NHS BATH AND NORTH EAST SOMERSET, SWINDON AND WILTSHIRE ICB - 92G, UNIVERSITY OF BATH", []) == [
        "NHS BATH AND NORTH EAST SOMERSET, SWINDON AND WILTSHIRE ICB - 92G", "UNIVERSITY OF BATH"]
    # names that are whole on their own still split
    assert split_controllers("NHS ENGLAND, UNIVERSITY OF LEEDS", []) == ["NHS ENGLAND", "UNIVERSITY OF LEEDS"]
    assert split_controllers("NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD, NHS LINCOLNSHIRE INTEGRATED CARE BOARD", []) == [
        "NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD", "NHS LINCOLNSHIRE INTEGRATED CARE BOARD"]


# DARS-NIC-615995-K0R4H-v4.2: the objective's purpose statements, and the activities' blocks, whose headings end with a colon
NORTHANTS, LLR = "NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD", "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD"
NORTHANTS_OBJECTIVE = (
    "NHS Northamptonshire Integrated Care Board and NHS Leicester, Leicestershire and Rutland Integrated Care Board are "
    "joint controllers for the purpose of Commissioning and Invoice Validation under this Data Sharing Agreement. \n\n"
    "NHS Northamptonshire Integrated Care Board is the controller for the purpose of Direct Care and Risk Stratification "
    "under this Data Sharing Agreement. \n"
)
NORTHANTS_PROCESSING = (
    "RISK STRATIFICATION: \nDataset: \nIdentifiable Risk Stratification Datasets \n \nProcessing: \n"
    "5. Once the Controller / Processor has completed the processing, the ICB can access the online system via a secure "
    "connection to access the data pseudonymised at patient level. The pseudonymised data is only permitted to be used to "
    "support Risk Stratification. \n \nProcessors: \n•     Prescribing Services Ltd\n\n"
    "DIRECT CARE:\nThe Re-identification process for direct care is as follows:\n"
    "1. The ICB identifies a patient cohort to be re-identified for the purpose of direct care.\n"
    "2. The ICB sends a re-id request to the DSCRO. This may be done through the ICB or CSU’s Business Intelligence (BI) "
    "Tool, or through a manual form.\n"
)


def test_a_block_heading_ending_with_a_colon_scopes_the_icb_to_that_purposes_controllers():
    def flows(objective: str) -> set:
        agreement = Agreement(
            reference="NIC-10000-AAAAA", applicant=NORTHANTS, controllers=[LLR, NORTHANTS],
            sections=[Section("Objectives", objective, Location("dur6.xlsx", sheet="Agreements", row=2)),
                      Section("Processing", NORTHANTS_PROCESSING, Location("dur6.xlsx", sheet="Agreements", row=2))])
        x = extract([agreement])
        return {(f.rule, f.source, f.target) for f in x.flows}

    northants, llr = "nhs-northamptonshire-integrated-care-board", "nhs-leicester-leicestershire-and-rutland-integrated-care-board"
    scoped = flows(NORTHANTS_OBJECTIVE)
    assert {(s, t) for rule, s, t in scoped if rule == "has-access"} == {("prescribing-services-ltd", northants)}
    assert {s for rule, s, t in scoped if t == DSCRO} == {northants}
    # without the purpose statements "the ICB" is each controller
    both = flows("The ICB commissions services.")
    assert {(s, t) for rule, s, t in both if rule == "has-access"} == {("prescribing-services-ltd", northants),
                                                                       ("prescribing-services-ltd", llr)}


def test_a_processor_introduced_by_what_it_supplies_sends_nothing_from_the_sentence_before():
    # DARS-NIC-616950-W5T2S-v2.3 activities (Sussex ICB): "Tableau" is no recognised name, and the previous sentence's
    # subject (Databarracks) was taken as the sender of the "online dashboards"
    text = ("Databarracks Limited supply IT infrastructure for NHS Surrey Heartlands Integrated Care Board and are therefore "
            "listed as a data processor. They supply support to the system, but do not access data. Therefore, any access to "
            "the data held under this agreement would be considered a breach of the agreement.\n\n"
            "Tableau provide online dashboards to the ICB and are therefore listed as processors. They supply support to the "
            "system, but do not access data.")
    sussex, surrey = "NHS SUSSEX INTEGRATED CARE BOARD", "NHS SURREY HEARTLANDS INTEGRATED CARE BOARD"
    assert not _extract(text, sussex, [surrey, sussex]).flows


def _roles(text: str, applicant: str) -> set:
    return {(r.organisation, r.role) for r in _extract(text, applicant).roles}


def test_the_cloud_supplier_of_services_named_with_their_host_is_the_one_not_accessing_data():
    # DARS-NIC-616005-Z0T0F-v5.2 activities (Hampshire and Isle of Wight ICB): the bracket naming Health Innovation
    # Wessex's host broke the list of objects, so its last three were read as the sentence's subjects
    text = ("Microsoft Limited supply cloud services for Health Innovation Wessex (hosted by University Hospitals Southampton "
            "NHS Foundation Trust), Liaison Financial Services Ltd, North of England Commissioning Support Unit, Optum Health "
            "Solutions UK Limited and South Central and West Commissioning Support Unit and are therefore listed as a data "
            "processor. They supply support to the system, but do not access data. Therefore, any access to the data held "
            "under this agreement would be considered a breach of the agreement.")
    assert _roles(text, HAMPSHIRE) == {("microsoft-limited", "non-accessing-processor")}


def test_listed_as_processors_names_the_processors_a_following_they_means():
    # DARS-NIC-616029-Y7G7K-v5.4 activities (Derby and Derbyshire ICB): "listed as processors" (no "data") was no role
    # phrase, so "They … do not access data" went back to Palantir, the processor named before
    text = ("Palantir Technologies UK Ltd\nsupport the Local FDP instance for the ICB and so are therefore listed as a data "
            "processor.  Palantir Technologies UK Ltd support the system and so will have access to personal data for support "
            "purposes.  \n\nMicrosoft Limited provide cloud services for NHS North of England Commissioning Support Unit and "
            "Liaison Financial Services Ltd and are therefore listed as processors. They supply support to the system, but do "
            "not access data. Therefore, any access to the data held under this agreement would be considered a breach of the "
            "agreement.")
    assert _roles(text, DERBY) == {("palantir-technologies-uk-ltd", "processor"), ("microsoft-limited", "non-accessing-processor")}
    # DARS-NIC-616950-W5T2S-v2.3 (Sussex ICB): a processor the recogniser does not mark ("Tableau") is the "They" after it
    sussex = "NHS SUSSEX INTEGRATED CARE BOARD"
    tableau = ("Microsoft Limited provide Cloud Services for NHS South Central and West Commissioning Support Unit and are "
               "therefore listed as a data processor. They supply support to the system, but do not access data.\n\n"
               "Tableau provide online dashboards to the ICB and are therefore listed as processors. They supply support to the "
               "system, but do not access data.")
    found = _extract(tableau, sussex).roles
    assert {(r.organisation, r.role) for r in found} == {("microsoft-limited", "non-accessing-processor")}
    assert not [r for r in found if "Tableau" in r.evidence.text]


def test_icbs_able_to_access_the_fdp_are_each_icb_controller_of_the_agreement():
    # DARS-NIC-616029-Y7G7K-v5.4 activities (COMMISSIONING step 5): three joint ICB controllers; the flow went to the
    # applicant alone, so the other two ICBs' access took its state from the "aggregated on the national tenant" sentence
    text = ("COMMISSIONING \n\nProcessing: \n5. Row level Pseudonymised Commissioning Data is also available in the National "
            "Federated Data Platform (FDP) ICBs are able to access national commissioning datasets that are currently received "
            "as extracts via steps 1 - 4 above within FDP to enable the testing of the platform for Population Health "
            "Management (PHM) across incubator sites for future use of the Strategic Commissioning Tool (SCT) within FDP, and "
            "the backing data for the Strategic Commissioning Tool to non-incubator ICBs for analytics on their FDP tenant.\n")
    icbs = [DERBY, "NHS LINCOLNSHIRE INTEGRATED CARE BOARD", "NHS NOTTINGHAM AND NOTTINGHAMSHIRE INTEGRATED CARE BOARD"]

    def targets(controllers):
        return {(f.source, f.target, f.state, f.mode) for f in _extract(text, DERBY, controllers).flows
                if f.rule == "national-environment-access"}

    assert targets(icbs) == {("nhs-england", t, "pseudonymised", "access") for t in (
        "nhs-derby-and-derbyshire-integrated-care-board", "nhs-lincolnshire-integrated-care-board",
        "nhs-nottingham-and-nottinghamshire-integrated-care-board")}
    assert targets([DERBY]) == {("nhs-england", "nhs-derby-and-derbyshire-integrated-care-board", "pseudonymised", "access")}


def test_a_re_identification_request_carries_the_pseudonymised_cohort():
    # DARS-NIC-804239-H4X6K-v0.2 (dev half of tests/gold/dur.json) and every DSfC agreement's DIRECT CARE block
    text = ("DIRECT CARE \n\nThe Re-identification process for direct care is as follows: \n"
            "1. The ICB identifies a patient cohort to be re-identified for the purpose of direct care. \n"
            "2. The ICB sends a re-id request to the DSCRO. This may be done through the ICB or CSU’s Business Intelligence "
            "(BI) Tool, or through a manual form. \n")
    flows = {(f.source, f.target, f.state) for f in _extract(text, HAMPSHIRE).flows}
    assert flows == {("nhs-hampshire-and-isle-of-wight-integrated-care-board", DSCRO, "pseudonymised")}


def test_a_duty_to_keep_records_of_who_is_given_access_is_no_access():
    # DARS-NIC-615998-S4B4H-v4.2 objective (South West London ICB; research block carried over from NCL's agreement)
    swl = "NHS SOUTH WEST LONDON INTEGRATED CARE BOARD"
    text = ("Data will be accessed by:\n\n· Individuals holding an honorary contract under the supervision of a substantive "
            "employee of NHS North Central London Integrated Care Board (NCL ICB) for the purposes described in this DSA "
            "only. NCL ICB must maintain records in a single location that cover the following details of each individual "
            "given access under an honorary contract:\n\no Their substantive employer;\n")
    assert not _extract(text, swl).flows
    # access the same body is given stays a flow
    given = "NHS North Central London ICB will be given access to the data."
    assert {(f.source, f.target) for f in _extract(given, swl).flows} == {
        ("nhs-south-west-london-integrated-care-board", "nhs-north-central-london-integrated-care-board")}


def test_a_listed_processor_that_only_accesses_one_icbs_data_serves_that_icb():
    # DARS-NIC-616947-G9K5B-v3.2 activities (tests/data/dur2, dev half of dur-d.json): LLR and Northamptonshire joint
    # controllers; the risk-stratification list limits Prescribing Services Ltd to LLR's footprint
    text = ("RISK STRATIFICATION\n\nProcessing:\n"
            "5. Once the Controller / Processor has completed the processing, the ICB can access the online system via a "
            "secure connection to access the data pseudonymised at patient level. The pseudonymised data is only permitted to "
            "be used to support Risk Stratification. \n\nProcessors:\n•\tMidlands and Lancashire Commissioning Support Unit\n"
            "•\tPrescribing Services Ltd will only access NHS Leicester, Leicestershire and Rutland Integrated Care Board "
            "footprint data. \n\nCOMMISSIONING\n")
    northants, llr = "nhs-northamptonshire-integrated-care-board", "nhs-leicester-leicestershire-and-rutland-integrated-care-board"
    access = {(f.source, f.target) for f in _extract(text, LLR, [LLR, NORTHANTS]).flows if f.rule == "has-access"}
    assert access == {("midlands-and-lancashire-commissioning-support-unit", llr),
                      ("midlands-and-lancashire-commissioning-support-unit", northants), ("prescribing-services-ltd", llr)}


def test_another_icb_listed_for_invoice_validation_notifies_the_controllers_and_their_own_names_do_not():
    # DARS-NIC-616029-Y7G7K-v5.4 (Derby and Derbyshire ICB, three joint controllers): NHS South Yorkshire ICB is a listed
    # processor like the rest; DARS-NIC-616007-R3H0G-v4.2 (BOB ICB): "NHS Buckingham, Oxfordshire and Berkshire ICB" in
    # its list is the applicant's own name misspelt, no sender
    def notifiers(items: str, applicant: str, controllers: list[str]) -> set:
        text = ("INVOICE VALIDATION\n\nProcessing: \n4. The ICB are notified that the invoice has been validated and can be "
                "paid. The ICB only receives notification to pay and management reporting detailing the total quantum of "
                "invoices received pending, processed etc. \n \nProcessors: \n" + items + "\n\nRISK STRATIFICATION \n")
        return {(f.source, f.target) for f in _extract(text, applicant, controllers).flows if f.rule == "controller-receives-in-block"}

    derby_icbs = [DERBY, "NHS LINCOLNSHIRE INTEGRATED CARE BOARD", "NHS NOTTINGHAM AND NOTTINGHAMSHIRE INTEGRATED CARE BOARD"]
    found = notifiers("• NHS Derby And Derbyshire Integrated Care Board\n• Liaison Financial Services Ltd\n"
                      "• NHS South Yorkshire Integrated Care Board", DERBY, derby_icbs)
    ids = {"nhs-derby-and-derbyshire-integrated-care-board", "nhs-lincolnshire-integrated-care-board",
           "nhs-nottingham-and-nottinghamshire-integrated-care-board"}
    assert found == {(s, t) for s in ("liaison-financial-services-ltd", "nhs-south-yorkshire-integrated-care-board") for t in ids}
    bob, frimley = "NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD", "NHS FRIMLEY INTEGRATED CARE BOARD"
    found = notifiers("• South, Central & West Commissioning Support Unit\n• NHS Buckingham, Oxfordshire and Berkshire ICB\n"
                      "• NHS Frimley ICB", bob, [bob, frimley])
    assert {s for s, _ in found} == {"south-central-and-west-commissioning-support-unit"}
