"""The Data Uses Register and non-CCG rules (issue 10), each on real register text from the development half of the gold.

Texts: the DUR agreements of tests/gold/dur.json with split=dev (DARS-NIC-804239-H4X6K-v0.2 Surrey and Sussex ICB,
DARS-NIC-804237-Y2H9C-v0.2 Norfolk and Suffolk ICB, DARS-NIC-616027-W7K5H-v0.2 Norfolk and Waveney ICB,
DARS-NIC-801642-B0K2B-v0.2 Southampton, DARS-NIC-661733-V0T9G-v0.10 Leeds) and the 2017 agreements of
tests/gold/register2017-other.json with split=dev (NIC-148100-6RFK9 UCL, NIC-17875-X7K1V Bristol,
NIC-14340-R7G1F Meditrends).
"""

from __future__ import annotations

import pytest

from nhskg.model import Agreement, Location, Section
from nhskg.nlp import flows as flow_rules
from nhskg.nlp.extract import extract

SURREY = "NHS SURREY AND SUSSEX INTEGRATED CARE BOARD"
NORFOLK = "NHS NORFOLK AND SUFFOLK INTEGRATED CARE BOARD"

# DARS-NIC-804239-H4X6K-v0.2 activities: the COMMISSIONING block (steps 3-4 and its processor list) and the
# DATA PROCESSORS paragraph that says Amazon Web Services does not access data
SURREY_COMMISSIONING = (
    "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data "
    "processor, the supply support to the system but do not access data.\n\n"
    "COMMISSIONING\n\nProcessing:\n"
    "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor. \n"
    "4. Data is processed for the purpose of commissioning as stipulated within this agreement. \n\n"
    "Processors:\n• NHS North of England Commissioning Support Unit\n• Edge Health Limited\n• Palantir Technologies UK Ltd\n"
    "• Amazon Web Services\n• NHS South, Central and West Commissioning Support Unit\n"
    "• University Hospitals Sussex NHS Foundation Trust\n• HERE (Care Unbound Limited)\n• Carnall Farrar  Ltd\n\n"
    "National Cancer Waiting Times:\n"
)
# the INVOICE VALIDATION block of the same text (steps 1-2 and its processor list)
SURREY_INVOICES = (
    "INVOICE VALIDATION \n\nProcessing:\n"
    "1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF). "
    "Data is kept within the CEfF, and only used by staff properly trained and authorised for the activity.\n"
    "2. The CEfF also receive backing data from the provider.\n"
    "4. The ICB are notified that the invoice has been validated and can be paid. The ICB only receives notification "
    "to pay and management reporting detailing the total quantum of invoices received pending, processed etc.\n\n"
    "Processors:\n• NHS North of England Commissioning Support Unit\n• Liaison Financial Services Ltd\n"
    "NHS South, Central and West Commissioning Support Unit\n\nCOMMISSIONING\n"
)
# the same block as written, with its "Dataset:" heading, which says what state "the data" of its steps is in
SURREY_INVOICES_WITH_DATASET = SURREY_INVOICES.replace(
    "INVOICE VALIDATION \n\nProcessing:\n",
    "INVOICE VALIDATION \n\nDataset:\nIdentifiable Invoice Validation Datasets\n\nData Minimisation:\n"
    "• Activity for patients that are or have previously been registered to a GP practice within the responsibility of "
    "the ICB or the ICB's predecessor organisation(s).\n\nProcessing:\n",
)
# DARS-NIC-804237-Y2H9C-v0.2 activities: the RISK STRATIFICATION block
NORFOLK_RISK = (
    "RISK STRATIFICATION\n\nProcessing:\n"
    "1. Data quality management and standardisation of data is completed by the DSCRO and the data identifiable at the "
    "level of NHS number is transferred securely to the Data Controller / Processor, who securely hold the data.  \n"
    "2. Identifiable GP Data is securely sent from the GP system to the Data Controller / Processor.\n"
    "4. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within "
    "the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed "
    "as at risk.\n \nProcessors:\n• Prescribing Services Ltd\n\nCOMMISSIONING \n"
)

# tests/data/dur2 (dev): DARS-NIC-803151-K2Q8V (West and North London ICB), a list item ending with a full stop; and
# DARS-NIC-616947-G9K5B (Leicester, Leicestershire and Rutland ICB), items that limit what the processor reaches
WNL_INVOICES = (
    "INVOICE VALIDATION\n\nDataset:\nIdentifiable Invoice Validation Datasets\n\nProcessing:\n"
    "1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF). "
    "Data is kept within the CEfF, and only used by staff properly trained and authorised for the activity.\n"
    "2. The CEfF also receive backing data from the provider.\n\n"
    "Processors:\n• NHS North of England Commissioning Support Unit.\n• Liaison Financial Services Ltd\n"
    "• NHS West and North London Integrated Care Board\n\nRISK STRATIFICATION\n"
)
LLR_COMMISSIONING = (
    "COMMISISONING\n\nProcessing:\n"
    "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.\n\n"
    "Processors:\n•      NHS Midlands and Lancashire Commissioning Support Unit\n"
    "•      Optum Health Solutions UK Limited will only access Leicester, Leicestershire & Rutland ICB data.\n"
    "•\tPalantir Technologies UK Ltd\n\nNational Cancer Waiting Times:\n"
)
WNL = "NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD"
LLR = "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD"

DSCRO_S = "unnamed-dscro-nic-10000-aaaaa"
SURREY_ID = "nhs-surrey-and-sussex-integrated-care-board"

CASES = [
    # (rule, text, applicant, the (source, target) pairs of that rule's flows)
    ("to-controller-processor", SURREY_COMMISSIONING, SURREY, {
        (DSCRO_S, "north-of-england-commissioning-support-unit"), (DSCRO_S, "edge-health-ltd"),
        (DSCRO_S, "palantir-technologies-uk-ltd"), (DSCRO_S, "south-central-and-west-commissioning-support-unit"),
        (DSCRO_S, "university-hospitals-sussex-nhs-foundation-trust"), (DSCRO_S, "care-unbound-ltd"),
        (DSCRO_S, "carnall-farrar-ltd"), (DSCRO_S, SURREY_ID),  # and never Amazon Web Services
    }),
    ("into-listed-system", SURREY_INVOICES, SURREY, {
        (DSCRO_S, "north-of-england-commissioning-support-unit"), (DSCRO_S, "liaison-financial-services-ltd"),
        (DSCRO_S, "south-central-and-west-commissioning-support-unit"),
        ("providers", "north-of-england-commissioning-support-unit"), ("providers", "liaison-financial-services-ltd"),
        ("providers", "south-central-and-west-commissioning-support-unit"),
    }),
    ("controller-receives-in-block", SURREY_INVOICES, SURREY, {
        ("north-of-england-commissioning-support-unit", SURREY_ID), ("liaison-financial-services-ltd", SURREY_ID),
        ("south-central-and-west-commissioning-support-unit", SURREY_ID),
    }),
    # DARS-NIC-804239-H4X6K-v0.2 activities (National Cancer Waiting Times): "is able to access" data held by a body
    ("has-access", "In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access "
     "reports held within the CWT system in NHS England directly.", SURREY, {("nhs-england", SURREY_ID)}),
    ("into-listed-system", WNL_INVOICES, WNL, {
        (DSCRO_S, "north-of-england-commissioning-support-unit"), (DSCRO_S, "liaison-financial-services-ltd"),
        (DSCRO_S, "nhs-west-and-north-london-integrated-care-board"),
        ("providers", "north-of-england-commissioning-support-unit"), ("providers", "liaison-financial-services-ltd"),
        ("providers", "nhs-west-and-north-london-integrated-care-board"),
    }),
    ("to-controller-processor", LLR_COMMISSIONING, LLR, {
        (DSCRO_S, "midlands-and-lancashire-commissioning-support-unit"), (DSCRO_S, "optum-health-solutions-uk-limited"),
        (DSCRO_S, "palantir-technologies-uk-ltd"), (DSCRO_S, "nhs-leicester-leicestershire-and-rutland-integrated-care-board"),
    }),
    # DARS-NIC-804239-H4X6K-v0.2 (COMMISSIONING step 5): NHS England's national platform, its holder unnamed
    ("national-environment-access", "5. Row level Pseudonymised Commissioning Data is also available in the National "
     "Federated Data Platform (FDP) ICBs are able to access national commissioning datasets that are currently received "
     "as extracts via steps 1 - 4 above within FDP to enable the testing of the platform for Population Health Management "
     "(PHM) across incubator sites.", SURREY, {("nhs-england", SURREY_ID)}),
    # identifiable risk-stratification data goes to the processor, not the ICB
    ("to-controller-processor", NORFOLK_RISK, NORFOLK, {
        (DSCRO_S, "prescribing-services-ltd"), ("gp-practices", "prescribing-services-ltd"),
    }),
    ("has-access", NORFOLK_RISK, NORFOLK, {("prescribing-services-ltd", "gp-practices")}),
    # DARS-NIC-616027-W7K5H-v0.2 activities / expected_output
    ("national-to-applicant",
     "NHS England will provide the relevant records from the Hospital Episode Statistics (HES) & Emergency Care Dataset "
     "(ECDS) datasets.", "NHS NORFOLK AND WAVENEY INTEGRATED CARE BOARD",
     {("nhs-england", "nhs-norfolk-and-waveney-integrated-care-board")}),
    ("aggregate-output",
     "These outputs will be shared among other integrated Care Boards in order to increase understanding nationally and "
     "allow greater collaboration.", "NHS NORFOLK AND WAVENEY INTEGRATED CARE BOARD",
     {("nhs-norfolk-and-waveney-integrated-care-board", "icbs-collectively")}),
    # DARS-NIC-804237-Y2H9C-v0.2 expected_output
    # DARS-NIC-801642-B0K2B-v0.2 expected_output (the applicant itself is no recipient)
    ("aggregate-output",
     "•\tA report of findings to the University of Southampton and NHS England Bowel Cancer Screening Programme",
     "UNIVERSITY OF SOUTHAMPTON", {("university-of-southampton", "nhs-england")}),
    # 2017: NIC-148100-6RFK9 (UCL), NIC-17875-X7K1V (Bristol), NIC-14340-R7G1F (Meditrends)
    ("national-to-applicant", "NHS Digital provides notifications of deaths and cancer registrations on a quarterly frequency.",
     "UNIVERSITY COLLEGE LONDON (UCL)", {("nhs-digital", "university-college-london")}),
    ("national-to-applicant",
     "Upon receiving the data from the HSCIC, UOB-SSCM will store it on its secure server located Canynge Hall, Bristol.",
     "UNIVERSITY OF BRISTOL", {("nhs-digital", "university-of-bristol")}),
    ("national-to-applicant",
     "HES Data Downloads and Storage:  HES data is downloaded from the HSCIC via SEFT and transferred to a secure, fully "
     "encrypted, stand-alone server with no connection to the local network or internet.",
     "MEDITRENDS LTD", {("nhs-digital", "meditrends-ltd")}),
    # NIC-03429-L9Y1D (Wirral, Processing): the sender is the NHS Digital the same text names
    ("provided-to-applicant",
     "The Director of Public Health will be the Information Asset Owner for the HES data and be responsible on behalf of "
     "the Local Authority to NHS Digital for ensuring that the data supplied is only used in fulfillment of the approved "
     "public health purposes as set out in this application. Access to the data is provided to the Local Authority only, "
     "and will only be used for the public health purposes outlined above.", "WIRRAL METROPOLITAN BOROUGH COUNCIL",
     {("nhs-digital", "wirral-metropolitan-borough-council")}),
    # NIC-368543-C3J4B (CHKS)
    ("aggregate-output",
     "•\tBespoke reporting – electronic or hard copy reports provided to NHS Trusts, CCGs or CSUs, providing analysis and "
     "commentary on trends in healthcare.", "CHKS LIMITED",
     # the trusts are the output recipients' node, never the providers' node that sends record-level data (nlp/outputs.py)
     {("chks-ltd", "ccgs-collectively"), ("chks-ltd", "csus-collectively"), ("chks-ltd", "providers-recipients-of-outputs")}),
    ("aggregate-output", "Provide report to each local CCG by December 2017.", "UNIVERSITY OF BRISTOL",
     {("university-of-bristol", "ccgs-collectively")}),
    # DARS-NIC-804237-Y2H9C-v0.2 expected_output: to the output recipients' node, not the providers' node that sends
    # record-level data (dur-b gold rule 6)
    ("aggregate-output", "18. Feedback to NHS service providers on data quality at an aggregate and individual record level – "
     "only on data initially provided by the service providers.", NORFOLK,
     {("nhs-norfolk-and-suffolk-integrated-care-board", "providers-recipients-of-outputs")}),
    # DARS-NIC-433163-Y2V0K-v0.2 activities: "CCGs" shares the determiner of "the Local Authorities" (no council is
    # a controller here, so the local authorities are their class, and "CCGs" the agreement's own ICB)
    ("verb-to",
     "The Data Controllers within this agreement have tasked PI Ltd to carry out specific analysis as outlined within "
     "this agreement and share these results with the Local Authorities and CCGs specified.", "NHS BLACK COUNTRY ICB - D2P2L",
     {("pi-ltd", "nhs-black-country-integrated-care-board-d2p2l"), ("pi-ltd", "local-authorities-collectively")}),
    # DARS-NIC-433163-Y2V0K-v0.2 activities: the step's subject provides its recipients with outputs
    ("provided-with-outputs",
     "4)\tPI Limited then link the data using the re tumbled pseudo link, which is undertaken within a controlled "
     "environment by a named member of staff, who then produce online reports using CareTrak data analysis tool to "
     "provide the CCG and Local authority with a range of high level commissioning intelligence.", "NHS BLACK COUNTRY ICB - D2P2L",
     {("pi-ltd", "nhs-black-country-integrated-care-board-d2p2l")}),
    # NIC-148369-8PPWK (Oxford, mris-cohort-short), NIC-29100-R2S2F (Sheffield): NHS Digital's predecessor by name,
    # and a receipt from NHS Digital
    ("verb-to", "The Data supplied by the NHSIC to University of Oxford will be used only for the approved "
     "Medical Research Project MR1086.", "UNIVERSITY OF OXFORD", {("nhs-digital", "university-of-oxford")}),
    ("national-to-applicant", "This analysis will be completed by January 2018 or six months after receipt of HES data "
     "from NHS Digital if later.", "UNIVERSITY OF SHEFFIELD", {("nhs-digital", "university-of-sheffield")}),
    # NIC-05934-M7V9K, NIC-359692-Q4X1C (2017 dev register): NHS Digital's file transfer service, unnamed
    ("downloaded-from-seft", "The raw flat HES files are downloaded from the SEFT server onto a drive on a secure "
     "dedicated in house server within Harvey Walsh offices in Runcorn.", "HARVEY WALSH LTD",
     {("nhs-digital", "harvey-walsh-ltd")}),
    ("downloaded-from-seft", "i) HES Data will be downloaded via SEFT to Lightfoot’s secure data centre facility.",
     "LIGHTFOOT SOLUTIONS UK LTD", {("nhs-digital", "lightfoot-solutions-uk-ltd")}),
    # NIC-14709-Z2H2R (i5 Health), NIC-05934-M7V9K (Harvey Walsh): 2017 dev register, round 3 of its gold
    ("aggregate-output", "For example, a report containing aggregate data for cohorts from localities to large "
     "geographical areas will be produced for NHS England.", "I5 HEALTH LIMITED", {("i5-health-ltd", "nhs-england")}),
    ("aggregate-output", "It also includes provision of patient counts for Long Term Conditions (LTC) to GPs to enable "
     "them to evaluate the quality of their Quality Outcome Framework (QOF) registers.", "I5 HEALTH LIMITED",
     {("i5-health-ltd", "gp-practices-recipients-of-outputs")}),
    ("aggregate-output", "The outputs that utilize the HES data are provided directly to the NHS and AHSNs or will be "
     "provided indirectly to the NHS via the pharmaceutical and device companies and AHSNs.", "HARVEY WALSH LTD",
     {("harvey-walsh-ltd", "ahsns-collectively")}),
    ("aggregate-output", "A quarterly refreshed insights tool that provides aggregated metrics to Providers and CCGs on:",
     "HARVEY WALSH LTD", {("harvey-walsh-ltd", "ccgs-collectively"), ("harvey-walsh-ltd", "providers-recipients-of-outputs")}),
    # NIC-29100-R2S2F (Sheffield), NIC-315419-F3W7K (Oxford): 2017 dev register, round 3 of its gold
    ("aggregate-output", "The report will be completed and sent to NIHR before the end of July 2018.", "UNIVERSITY OF SHEFFIELD",
     {("university-of-sheffield", "national-institute-for-health-and-care-research")}),
    ("aggregate-output", "This research was reported into NICE as well as the Department of Health’s Joint Committee on "
     "Vaccination and Immunisation in order to add to the information used in polices to reduce disease rates.",
     "UNIVERSITY OF OXFORD", {("university-of-oxford", "national-institute-for-health-and-care-excellence"),
                              ("university-of-oxford", "joint-committee-on-vaccination-and-immunisation")}),
    # NIC-33318-X4Q1B (Manchester): the funder named after its part in the work
    ("aggregate-output", "Outputs will include a final report to the research programme funder ESRC, papers in "
     "peer-reviewed medical journals, and presentations at appropriate health research conferences.",
     "THE UNIVERSITY OF MANCHESTER", {("university-of-manchester", "economic-and-social-research-council")}),
    # NIC-08472-V9S6K (UK Biobank), NIC-15625-T8K6L (MHRA): data to a class the recogniser does not mark
    ("released-to-class", "- Any data released to researchers is pseudonymised and encrypted.", "UK BIOBANK",
     {("uk-biobank", "researchers-collectively")}),
    ("released-to-class", "(iv) Data release – the linked data is cut by CPRD to minimise data ultimately released to third "
     "party researchers, with the linked patient ID replaced again by a further patient ID at release establishing yet "
     "another layer of separation.", "MEDICINES AND HEALTHCARE PRODUCTS REGULATORY AGENCY (MHRA)",
     {("medicines-and-healthcare-products-regulatory-agency-mhra", "researchers-collectively")}),
    # constructed: the body that makes the onward reports is their sender, not the applicant
    ("aggregate-output", "Findings are reported to HQIP who make onward reports to NHS England.", "UNIVERSITY OF LEEDS",
     {("university-of-leeds", "healthcare-quality-improvement-partnership"),
      ("healthcare-quality-improvement-partnership", "nhs-england")}),
    # DARS-NIC-801643-G1K4H-v0.2 expected_output: the people met, and a funder named in brackets
    ("aggregate-output",
     "•\tPresentation (and report) at meeting(s) with representatives from the National Screening Committee, Screening "
     "Hubs, and relevant colleagues at NHS England, within 9 months of trial completion.", "UNIVERSITY OF LEEDS",
     {("university-of-leeds", "uk-national-screening-committee"), ("university-of-leeds", "screening-hubs-collectively"),
      ("university-of-leeds", "nhs-england")}),
    ("aggregate-output", "•\tReport aimed at funder (CRUK) and distributed via their networks", "UNIVERSITY OF LEEDS",
     {("university-of-leeds", "cancer-research-uk")}),
]

# sentences that state no flow (dev texts): negation, a hedge, publication, a text naming its DSCRO
NOT_FLOWS = [
    # DARS-NIC-804239-H4X6K-v0.2 objectives: a service is no data
    ("NHS England provides a re-identification service for this process.", SURREY),
    # NIC-17875-X7K1V
    ("No record level data will be shared with third parties including the partner CCGs.", "UNIVERSITY OF BRISTOL"),
    # NIC-148100-6RFK9
    ("The derived aggregate variables are then used for other research analyses by LHA scientists and may be shared "
     "with external researchers.", "UNIVERSITY COLLEGE LONDON (UCL)"),
    # DARS-NIC-801642-B0K2B-v0.2
    ("•\tPresentations at relevant national and international academic and public health conferences",
     "UNIVERSITY OF SOUTHAMPTON"),
    # NIC-28051-Q3K7L (2017, research-hes): "CCG Ealing" is one CCG named kind first, not the class of CCGs
    ("•\tpresentation of outputs to CCG Ealing using existing formal links between the CCG and CDRC",
     "UNIVERSITY COLLEGE LONDON (UCL)"),
    # constructed beside NIC-08472-V9S6K: negated; researchers of a named body are the verb rules' (a named recipient)
    ("No data will be released to researchers.", "UK BIOBANK"),
    ("Data will be provided to researchers at the University of Leeds.", "UK BIOBANK"),
    # NIC-147948-6MSGP (2017, dev family mris-cohort-short): a patient's consent describes no transfer
    ("The NHS IC holds the register of the cohort. This means the patient is happy for their details (including name and date "
     "of birth) to be sent to the Cancer Research UK & UCL Cancer Trials Centre.", "UNIVERSITY COLLEGE LONDON (UCL)"),
    # constructed: comparing results with other trusts shares nothing with them
    ("i) Benchmarking with other trusts, target LOS reductions for appropriate clinical conditions.", "UNIVERSITY OF LEEDS"),
    # constructed beside DARS-NIC-433163-Y2V0K-v0.2: a hedge ("may provide … where requested") states no output
    ("PI Limited may provide the CCG with reports where requested.", "NHS BLACK COUNTRY ICB - D2P2L"),
    # constructed beside DARS-NIC-801643-G1K4H-v0.2: results compared with people are no output to them
    ("•\tResults will be compared with representatives from NHS England.", "UNIVERSITY OF LEEDS"),
    # DARS-NIC-804237-Y2H9C-v0.2: the Processors list of a block where the processor does not access the data
    ("Amazon Web Services provide cloud services for Optum Health Solutions (UK) Limited and are therefore listed as a "
     "processor. They supply support to the system, but do not access data.\n\nCOMMISSIONING\n\n"
     "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.\n\n"
     "Processors:\nAmazon Web Services\n\nNational Cancer Waiting Times:\n", NORFOLK),
]


def _extract(text: str, applicant: str):
    agreement = Agreement(
        reference="NIC-10000-AAAAA", applicant=applicant, controllers=[applicant],
        sections=[Section("Processing", text, Location("register.txt", 10))],
    )
    return extract([agreement])


@pytest.mark.parametrize("rule, text, applicant, pairs", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_rule_reads_its_real_text(rule, text, applicant, pairs):
    x = _extract(text, applicant)
    made = {(f.source, f.target) for f in x.flows if f.rule == rule}
    assert made == pairs


@pytest.mark.parametrize("text, applicant", NOT_FLOWS, ids=range(len(NOT_FLOWS)))
def test_no_flow_from_these(text, applicant):
    x = _extract(text, applicant)
    new_rules = {"to-controller-processor", "into-listed-system", "controller-receives-in-block", "national-to-applicant",
                 "provided-to-applicant", "aggregate-output", "provided-with-outputs", "downloaded-from-seft", "released-to-class",
                 "verb-to-implicit-source"}
    assert [(f.source, f.target, f.rule) for f in x.flows if f.rule in new_rules] == []


def test_inferred_ends_and_states_are_marked():
    x = _extract(SURREY_COMMISSIONING, SURREY)
    listed = [f for f in x.flows if f.rule == "to-controller-processor"]
    assert listed and all("target" in f.inferred_end for f in listed)  # the unnamed DSCRO is inferred too
    assert {f.state for f in listed} == {"pseudonymised"}
    x = _extract("Provide report to each local CCG by December 2017.", "UNIVERSITY OF BRISTOL")
    (flow,) = x.flows
    assert (flow.state, flow.inferred_end, flow.evidence.text, flow.evidence.span) == (
        "aggregate", ("source", "target"), "Provide report to each local CCG by December 2017.", (0, 50))


def test_a_blocks_dataset_heading_gives_the_state_of_its_steps_data():
    x = _extract(SURREY_INVOICES_WITH_DATASET, SURREY)
    listed = {(f.source, f.target): f.state for f in x.flows if f.rule == "into-listed-system"}
    assert set(listed) == CASES[1][3]
    # "the data" the DSCRO pushes is the block's, and so is the invoices' "backing data from the provider"
    assert {state for (source, _), state in listed.items() if source == DSCRO_S} == {"identifiable"}
    assert {state for (source, _), state in listed.items() if source == "providers"} == {"identifiable"}
    # without the heading the steps name no state, and the outputs the ICB receives stay aggregate
    assert {f.state for f in _extract(SURREY_INVOICES, SURREY).flows if f.rule == "into-listed-system"} == {"unspecified"}
    assert {f.state for f in x.flows if f.rule == "controller-receives-in-block"} == {"aggregate"}


# 2017 council-hes-extract texts (dev): the Processing section describes the data before it says who reaches it
WIRRAL_EXTRACT = (
    "The Pseudonymised HES Extract Service will enable the Local Authority to undertake a wide range of "
    "locally-determined and locally-specific analyses to support the effective and efficient discharge of its statutory "
    "duties in relation to public health, and wider public health responsibilities.\n\nNHS Digital hosts the service.\n\n"
    "Access to the data is provided to the Local Authority only, and will only be used for the public health purposes "
    "outlined above."
)
# NIC-97202-W2L3P (Portsmouth, HDIS): the data is reached online, where NHS Digital holds it
PORTSMOUTH_HDIS = (
    "Access to the Pseudonymised HES  will enable the Local Authority to undertake a wide range of locally-determined and "
    "locally-specific analyses to support the effective and efficient discharge of its statutory duties in relation to "
    "health, and wider public health responsibilities.\n\nThis application/agreement is for online access to the record "
    "level HES database via the HDIS2 system. The system is hosted and audited by NHS Digital meaning that large transfers "
    "of data to on-site servers is reduced and NHS Digital has the ability to audit the use and access to the data.\n\n"
    "Access to the data is provided to the Local Authority only, and will only be used for the health purposes outlined above."
)
# NIC-10932-H7Y6B (Suffolk): a prohibition before says nothing of the data's state
SUFFOLK_NO_LINKAGE = (
    "NHS Digital hosts the HDIS system. No linkage of any record level data from HDIS is permitted to take place with other "
    "sources  Linkage is only permitted to other data sources where this does not increase the risk of re-identification "
    "such as geographical databases which are in the public domain and is done so on an aggregated basis.\n\n"
    "Access to the data is provided to the Local Authority only, and will only be used for the health purposes outlined above."
)


@pytest.mark.parametrize("text, applicant, state, mode", [
    (WIRRAL_EXTRACT, "WIRRAL METROPOLITAN BOROUGH COUNCIL", "pseudonymised", "transfer"),
    (PORTSMOUTH_HDIS, "PORTSMOUTH CITY COUNCIL", "pseudonymised", "access"),
    (SUFFOLK_NO_LINKAGE, "SUFFOLK COUNTY COUNCIL", "unspecified", "transfer"),
], ids=["extract", "online-access", "after-a-prohibition"])
def test_the_data_provided_to_the_council_is_the_data_described_before(text, applicant, state, mode):
    (flow,) = [f for f in _extract(text, applicant).flows if f.rule == "provided-to-applicant"]
    assert (flow.source, flow.state, flow.mode) == ("nhs-digital", state, mode)


def test_a_name_used_as_a_modifier_is_no_party_to_a_flow():
    # NIC-28051-Q3K7L (UCL, research-hes, dev): "ESRC-funded" names the ESRC only to describe the centre
    text = ("NHS Digital supplies the data. The final classification of LSOAs along with recommendations for policy will "
            "also be published and made available for download on a website that is linked to the ESRC-funded Consumer "
            "Data Research Centre.")
    x = _extract(text, "UNIVERSITY COLLEGE LONDON (UCL)")
    assert [(f.source, f.target) for f in x.flows] == [("nhs-digital", "university-college-london")]
    assert "economic-and-social-research-council" not in x.mentions.get("NIC-10000-AAAAA", set())
    # written as a name, it is one
    x = _extract(text.replace("ESRC-funded", "ESRC funded"), "UNIVERSITY COLLEGE LONDON (UCL)")
    assert "economic-and-social-research-council" in x.mentions["NIC-10000-AAAAA"]


def test_a_name_the_text_gives_a_list_means_each_organisation_of_it():
    # DARS-NIC-803151-K2Q8V (tests/data/dur2, dev): "One London ICBs" in a processors list is the four ICBs listed
    # under its definition, one of them written with two spaces
    text = (
        "The ICBs listed here (hereby referred to as the One London ICBs), wish to be listed as Data Processors for each "
        "other across the data sharing agreements for all One London ICBs.\n\n"
        "NHS West and North London Integrated Care Board\nNHS South East London Integrated Care Board\n"
        "NHS North East London Integrated  Care Board\nNHS South West London Integrated Care Board\n\n"
        "COMMISSIONING\n\nProcessing:\n"
        "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.\n\n"
        "Processors:\n• One London ICBs\n• North of England Commissioning Support Unit\n\nNational Cancer Waiting Times:\n"
    )
    x = _extract(text, WNL)
    london = {"nhs-west-and-north-london-integrated-care-board", "nhs-south-east-london-integrated-care-board",
              "nhs-north-east-london-integrated-care-board", "nhs-south-west-london-integrated-care-board"}
    listed = {f.target for f in x.flows if f.rule == "to-controller-processor"}
    assert listed == london | {"north-of-england-commissioning-support-unit"}
    assert {r.organisation for r in x.roles if r.role == "processor"} == london | {"north-of-england-commissioning-support-unit"}
    assert not any("one-london" in org for org in x.organisations)


def test_names_listed_on_lines_of_their_own_are_no_heading_over_the_text_after_them():
    # DARS-NIC-803151-K2Q8V (tests/data/dur2, dev): the last of the One London ICBs was read as a heading in force
    # to the end, so "the data processor" the GPs reach was South West London, not the block's one processor
    text = (
        "The ICBs listed here (hereby referred to as the One London ICBs), wish to be listed as Data Processors for each "
        "other across the data sharing agreements for all One London ICBs.\n\n"
        "NHS West and North London Integrated Care Board\nNHS South East London Integrated Care Board\n"
        "NHS North East London Integrated  Care Board\nNHS South West London Integrated Care Board\n\n"
        "RISK STRATIFICATION\n\nProcessing:\n"
        "4. As part of the risk stratification processing activity, GPs have access to the risk stratification tool "
        "within the data processor, which highlights patients with whom the GP has a legitimate relationship and have "
        "been classed as at risk.\n\nProcessors:\n• NHS North East London Integrated Care Board\n\nCOMMISSIONING\n"
    )
    x = _extract(text, WNL)
    assert {(f.source, f.target) for f in x.flows if f.rule == "has-access"} == {
        ("nhs-north-east-london-integrated-care-board", "gp-practices")}


def test_joint_commissioner_controllers_receive_the_blocks_data_and_are_not_its_notifiers():
    # DARS-NIC-616088-L5G0W (tests/data/dur2, dev): "the Data Controller / Processor" is each joint ICB controller; and
    # DARS-NIC-616947-G9K5B: the ICBs listed as invoice-validation processors beside their CSU are the ones notified
    bsol, black_country = "NHS BIRMINGHAM AND SOLIHULL INTEGRATED CARE BOARD", "NHS BLACK COUNTRY INTEGRATED CARE BOARD"
    text = (
        "COMMISSIONING\n\nProcessing:\n"
        "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.\n\n"
        "Processors:\n•\tNHS Arden and GEM Commissioning Support Unit\n\nINVOICE VALIDATION\n\nProcessing:\n"
        "4. The ICB are notified that the invoice has been validated and can be paid. The ICB only receives notification to "
        "pay and management reporting detailing the total quantum of invoices received pending, processed etc.\n\n"
        "Processors:\n• NHS Midlands and Lancashire Commissioning Support Unit\n"
        "• NHS Birmingham and Solihull Integrated Care Board\n• NHS Black Country Integrated Care Board\n\nRESEARCH\n"
    )
    agreement = Agreement(
        reference="NIC-10000-AAAAA", applicant=bsol, controllers=[bsol, black_country],
        sections=[Section("Processing", text, Location("register.txt", 10))],
    )
    flows = {(f.rule, f.source, f.target) for f in extract([agreement]).flows}
    icbs = {"nhs-birmingham-and-solihull-integrated-care-board", "nhs-black-country-integrated-care-board"}
    assert {t for rule, _, t in flows if rule == "to-controller-processor"} == icbs | {"arden-and-gem-commissioning-support-unit"}
    assert {(s, t) for rule, s, t in flows if rule == "controller-receives-in-block"} == {
        ("midlands-and-lancashire-commissioning-support-unit", icb) for icb in icbs}


def test_the_new_rules_are_rows_of_the_table():
    names = [r.name for r in flow_rules.FLOW_RULES]
    for name in ("to-controller-processor", "into-listed-system", "controller-receives-in-block", "national-to-applicant",
                 "provided-to-applicant", "aggregate-output"):
        assert name in names


def test_a_relative_clause_sends_from_its_antecedent_and_via_access_is_access():
    # DARS-NIC-433163-Y2V0K-v0.2 (dev half of tests/gold/dur.json), activities
    text = ("6)\tPI Ltd send pseudonymised outputs back to Midlands and Lancashire CSU, which then warehouse within a "
            "dedicated database and is made available to the local authorities users via RBAC access, these outputs have "
            "a different pseudonymisation key applied to what is held by the Local Authority.\n")
    agreement = Agreement(reference="NIC-433163-Y2V0K", applicant="NHS BLACK COUNTRY ICB - D2P2L",
                          controllers=["NHS BLACK COUNTRY ICB - D2P2L", "DUDLEY METROPOLITAN BOROUGH COUNCIL"],
                          sections=[Section("Processing", text, Location("register.txt", 10))])
    x = extract([agreement])
    csu, pi, dudley = "midlands-and-lancashire-commissioning-support-unit", "pi-ltd", "dudley-metropolitan-borough-council"
    assert {(f.source, f.target, f.mode) for f in x.flows} == {(pi, csu, "transfer"), (csu, dudley, "access")}


def test_an_infinitives_object_is_no_sender():
    # NIC-05934-M7V9K (2017 dev register): NICE is what the submission supports, not who provides the data
    x = _extract("This work was undertaken with a commercial client to support NICE submission and to provide data to "
                 "NHS England on innovative surgical techniques.", "HARVEY WALSH LTD")
    assert "national-institute-for-health-and-care-excellence" not in {f.source for f in x.flows}


def test_compliant_with_a_body_names_a_standard_not_a_recipient():
    # NIC-11544-S1L0R (2017 register), Processing
    x = _extract("Before data is presented or shared, it is audited as fully compliant with NHS Digital's (formerly Health "
                 "and Social Care Information Centre) recommendations.", "BIRMINGHAM WOMEN'S NHS FOUNDATION TRUST")
    assert x.flows == []


def test_roles_said_without_the_word_data_or_with_agents_and_no_modal():
    # DARS-NIC-804158-C1F4R-v0.2, DARS-NIC-25634-T2Z1Z, DARS-NIC-656762-V9J7N (dev halves of tests/gold/dur*.json)
    cases = [
        ("The University of Hertfordshire is a processor acting under the instructions of NHS Hertfordshire and West "
         "Essex Integrated Care Board.", "NHS HERTFORDSHIRE AND WEST ESSEX INTEGRATED CARE BOARD",
         {("university-of-hertfordshire", "processor")}),
        ("MedeAnalytics International Limited is the data controller and also processes the data for this service. Only "
         "substantive employees of MedeAnalytics have access to this data.", "MEDEANALYTICS INTERNATIONAL LIMITED",
         {("medeanalytics-international-ltd", "controller"), ("medeanalytics-international-ltd", "processor"),
          ("medeanalytics-international-ltd", "access-restricted-to")}),
        ("Access is restricted to employees or agents of QMUL who have authorisation from the Principal Investigator.",
         "QUEEN MARY UNIVERSITY OF LONDON", {("queen-mary-university-of-london", "access-restricted-to")}),
        # NIC-05206-L1V6D (2017 dev register): the applicant CSU's staff
        ("Across all of the above processing, processing will be only carried out by CSU staff with the appropriate "
         "governance and access.", "NHS CENTRAL MIDLANDS COMMISSIONING SUPPORT UNIT",
         {("central-midlands-commissioning-support-unit", "access-restricted-to")}),
        # 2017 dev register, rounds 3-5 of its gold: NIC-29100-R2S2F, NIC-33318-X4Q1B, NIC-382334-Y2B1C,
        # NIC-385032-K3N9S, NIC-24422-R3W3S, NIC-15814-C6W9R
        ("Data is only accessed by staff of University of Sheffield.", "UNIVERSITY OF SHEFFIELD",
         {("university-of-sheffield", "access-restricted-to")}),
        ("The data will only be accessed by substantive employees of the University of Manchester and only for the "
         "purposes described in this document.", "THE UNIVERSITY OF MANCHESTER", {("university-of-manchester", "access-restricted-to")}),
        ("All individuals who will have access to the HSCIC data will be employed by the NAO.", "NATIONAL AUDIT OFFICE",
         {("national-audit-office", "access-restricted-to")}),
        ("Access to the data is limited to authorised substantive employees of the HSE exclusively within the HSL at the "
         "Buxton address.", "HEALTH AND SAFETY EXECUTIVE", {("health-and-safety-executive", "access-restricted-to")}),
        ("All individuals with access to the data are substantive employees of the University of Cambridge or Cambridge "
         "University Hospitals NHS Foundation Trust.", "UNIVERSITY OF CAMBRIDGE",
         {("university-of-cambridge", "access-restricted-to"),
          ("cambridge-university-hospitals-nhs-foundation-trust", "access-restricted-to")}),
        ("Access to all data will be restricted to people employed by or contracted to Monitor, NHS TDA, NHS England, or "
         "Royal National Orthopaedic Hospital.", "MONITOR", {("monitor", "access-restricted-to"), ("nhs-england", "access-restricted-to"),
                                                             ("nhs-trust-development-authority", "access-restricted-to")}),
        # DARS-NIC-803151-K2Q8V (dur2, dev): the cloud supplier does not access data, the platform it serves does
        ("Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data "
         "processor.  Palantir support the system and so will have access to personal data for support purposes.\n\n"
         "Amazon webservices supply Cloud Services for Palantir so are therefore listed as a data processor, the supply "
         "support to the system but do not access data.", WNL,
         {("palantir-technologies-uk-ltd", "processor"), ("amazon-web-services-emea-sarl", "non-accessing-processor")}),
        # DARS-NIC-616961-X1J9B (dur2, dev): "They … do not access data" after a list of processors is each of them,
        # the one the gazetteer lacks too
        ("N3i Limited, North Lincolnshire Council, North East Lincolnshire Council, and Arrow Business Communications "
         "supply IT infrastructure and are therefore listed as a data processor. They supply support to the system, but "
         "do not access data.", "NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD",
         {("n3i-ltd", "non-accessing-processor"), ("north-lincolnshire-council", "non-accessing-processor"),
          ("north-east-lincolnshire-council", "non-accessing-processor"),
          ("arrow-business-communications", "non-accessing-processor")}),
        # DARS-NIC-804235-N1Y0J (dur2, dev): the subject, not a name inside the object ("… CSU Microsoft Azure Cloud")
        ("ANS Group Limited will be assisting in the set up and management of the South Central and West Commissioning "
         "Support Unit Microsoft Azure Cloud and are therefore listed as a data processor.",
         "NHS CENTRAL EAST INTEGRATED CARE BOARD", {("ans-group-ltd", "processor")}),
        # NIC-05206-L1V6D: employed by a trust, with an honorary contract with the CSU: no restriction to the trust
        ("Employees accessing the data under this Agreement are employed by Salford Royal NHS Foundation Trust but have an "
         "honorary contract with MLCSU.", "NHS CENTRAL MIDLANDS COMMISSIONING SUPPORT UNIT", set()),
    ]
    for text, applicant, expected in cases:
        agreement = Agreement(reference="NIC-10000-AAAAA", applicant=applicant,
                              sections=[Section("Processing", text, Location("register.txt", 10))])
        assert {(r.organisation, r.role) for r in extract([agreement]).roles} == expected, text


def test_a_council_named_with_its_places_in_brackets_is_a_council_and_its_employees_restriction_is_its_own():
    # DARS-NIC-806125-J8B8J (BCP Council, tests/gold/dur-d.json dev) processing
    applicant = "BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)"
    x = _extract("The data will only be processed by Local Authority employees in fulfilment of their public health "
                 "function, and will not be transferred, shared, or otherwise made available to any third party, "
                 "including any organisations processing data on behalf of the Local Authority or in connection with "
                 "their legal function.", applicant)
    council = x.organisations["bcp-council-bournemouth-christchurch-and-poole"]
    assert (council.label, council.kind) == ("BCP Council (Bournemouth, Christchurch and Poole)", "LocalAuthority")
    assert {(r.organisation, r.role) for r in x.roles} >= {(council.id, "access-restricted-to")}


# DARS-NIC-804158-C1F4R (Essex ICB, tests/gold/dur-b.json dev) activities: the Oracle steps under the company's name
ESSEX_ORACLE = (
    "Oracle Corporation UK Limited\n"
    "i. Oracle will provide the pseudonymisation tool to NHS England\n"
    "ii. NHS England pseudonymises the data using their own pseudonymisation tool which produces 2 files. One "
    "pseudonymised file and one encrypted file\n"
    "iii.. Both files are then transferred to Oracle.\n"
    "iv. Oracle also receives data that has been pseudonymised at source by providers using the Oracle pseudonymisation "
    "tool.\n"
    "v. Oracle process the data and then transfer the pseudonymised data to the ICB.\n"
)


def test_a_company_called_by_its_name_without_its_registered_suffixes_is_that_company():
    x = _extract(ESSEX_ORACLE, "NHS ESSEX INTEGRATED CARE BOARD")
    oracle = next(o.id for o in x.organisations.values() if o.label == "Oracle Corporation UK Limited")
    assert {(f.source, f.target) for f in x.flows} >= {
        ("nhs-england", oracle), (oracle, "nhs-essex-integrated-care-board")}
    # "Oracle also receives data that has been pseudonymised at source by providers": the providers sent it
    assert ("providers", oracle, "pseudonymised", "receives-made-by") in {(f.source, f.target, f.state, f.rule) for f in x.flows}
    # with another body the short name could also stand for, it stands for neither
    both = "Oracle Corporation provides cloud services for Oracle Corporation UK Limited.\n" + ESSEX_ORACLE
    x = _extract(both, "NHS ESSEX INTEGRATED CARE BOARD")
    assert not [f for f in x.flows if f.evidence.text.startswith(("v. Oracle", "iii.."))]


# DARS-NIC-804235-N1Y0J (Central East ICB, tests/gold/dur-d.json dev) activities: the other Oracle is said to reach no
# data, so the steps' "Oracle" can only be the company they are listed under
CENTRAL_EAST_ORACLE = (
    "Oracle Corporation provide Cloud Services for Oracle Corporation UK Limited and are therefore listed as a data "
    "processor. They supply support to the system, but do not access data. Therefore, any access to the data held under "
    "this agreement would be considered a breach of the agreement. This includes granting of access to the database[s] "
    "containing the data.\n\n" + ESSEX_ORACLE.replace("to the ICB.\n", "to the ICB.\n"
    "vi. Oracle transfers the encrypted data to direct care professionals who have a legitimate relationship to the "
    "patient.\n")
)


def test_a_short_name_stands_for_the_company_that_reaches_data_when_the_other_reaches_none():
    x = _extract(CENTRAL_EAST_ORACLE, "NHS CENTRAL EAST INTEGRATED CARE BOARD")
    oracle = next(o.id for o in x.organisations.values() if o.label == "Oracle Corporation UK Limited")
    flows = {(f.source, f.target) for f in x.flows}
    assert {("nhs-england", oracle), ("providers", oracle), (oracle, "nhs-central-east-integrated-care-board")} <= flows
    assert not any("oracle-corporation" in (source, target) for source, target in flows)
    assert ("oracle-corporation", "non-accessing-processor") in {(r.organisation, r.role) for r in x.roles}


# DARS-NIC-615960-G7W1L v5.2 (Kent and Medway ICB, tests/gold/dur-f.json dev): the template's DSCRO written "the RPC",
# and "the  DSCRO" with two spaces
KENT_STEPS = (
    "Processing:\n1. Commissioning Datasets are pseudonymised by the RPC using a non disclosed SALT key.\n"
    "2. Local patient identifiers are permitted to be included for the purpose of challenging data submissions with "
    "providers.\n3. Pseudonymised Commissioning Datasets are securely transferred from the RPC to the Data Controller / "
    "Processor.\n\nProcessors:\n•\tMaidstone and Tunbridge Wells NHS Trust\n•\tNHS Kent and Medway Integrated Care Board\n\n"
    "5. If successful/approved, the  DSCRO re-identifies the relevant data item(s) for the appropriate patients and "
    "returns the identifiable fields to Health or Care professional(s) with a legitimate relationship to the patient. "
    "The ICB does not see the identifiable record.\n"
)


def test_the_rpc_is_the_dscro_and_a_double_space_keeps_the_reference():
    x = _extract(KENT_STEPS, "NHS KENT AND MEDWAY INTEGRATED CARE BOARD")
    dscro = "unnamed-dscro-nic-10000-aaaaa"
    assert x.organisations[dscro].kind == "DSCRO"
    flows = {(f.source, f.target, f.rule) for f in x.flows}
    assert {(dscro, "nhs-kent-and-medway-integrated-care-board", "to-controller-processor"),
            (dscro, "maidstone-and-tunbridge-wells-nhs-trust", "to-controller-processor")} <= flows
    assert any(s == dscro and r == "to-care-professionals" for s, _, r in flows)


# DARS-NIC-616944-B6M7X v3.2 (Cornwall and the Isles of Scilly ICB with Devon ICB, tests/gold/dur-f.json dev): the
# objective scopes the two controllers by purpose; the processing blocks follow under their headings
CORNWALL_OBJECTIVE = (
    "NHS Cornwall and the Isles of Scilly ICB and NHS Devon ICB are joint controllers for the purpose of Commissioning "
    "and Invoice Validation under this Data Sharing Agreement.\n\n"
    "NHS Cornwall and the Isles of Scilly ICB is the sole controller for the purpose of Direct Care and Risk "
    "Stratification under this Data Sharing Agreement.\n"
)
CORNWALL_PROCESSING = (
    "COMMISSIONING\n\nProcessing:\n3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to "
    "the Data Controller / Processor.\n\nProcessors;\n• NHS Devon Integrated Care Board\n"
    "• NHS Cornwall and the Isles of Scilly Integrated Care Board\n• NHS North of England Commissioning Support Unit\n\n"
    "DIRECT CARE\n\nThe Re-identification process for direct care is as follows:\n"
    "1. The ICB identifies a patient cohort to be re-identified for the purpose of direct care.\n"
    "2. The ICB sends a re-id request to the DSCRO. This may be done through the ICB or CSU’s Business Intelligence "
    "(BI) Tool, or through a manual form.\n"
)


def test_the_icb_of_a_purposes_block_is_that_purposes_controllers():
    cornwall, devon = "NHS CORNWALL AND THE ISLES OF SCILLY INTEGRATED CARE BOARD", "NHS DEVON INTEGRATED CARE BOARD"
    agreement = Agreement(
        reference="NIC-616944-B6M7X", applicant=cornwall, controllers=[cornwall, devon],
        sections=[Section("Objectives", CORNWALL_OBJECTIVE, Location("dur4.xlsx", sheet="Agreements", row=2)),
                  Section("Processing", CORNWALL_PROCESSING, Location("dur4.xlsx", sheet="Agreements", row=2))],
    )
    x = extract([agreement])
    label = {k: o.label for k, o in x.organisations.items()}
    flows = {(label[f.source], label[f.target]) for f in x.flows}
    dscro = "Unnamed DSCRO (NIC-616944-B6M7X)"
    # the commissioning list names both controllers (and "NHS Cornwall and the Isles of Scilly ICB" is one name)
    assert {(dscro, "NHS Cornwall and the Isles of Scilly ICB"), (dscro, "NHS Devon ICB"),
            (dscro, "North of England Commissioning Support Unit")} <= flows
    # direct care is Cornwall's alone: its re-identification request is not Devon's too
    assert {(s, t) for s, t in flows if t == dscro} == {("NHS Cornwall and the Isles of Scilly ICB", dscro)}


def test_no_data_processed_by_a_listed_processor_makes_it_a_non_accessing_one():
    # DARS-NIC-616944-B6M7X v3.2 objective: listed "for transparency", processing nothing
    text = ("Royal Devon University Healthcare NHS Foundation Trust (RDUH) employ individuals acting under honorary "
            "contract and instruction of the ICB performing Invoice Validation and Commissioning. No data is processed by "
            "RDUH. RDUH is listed as a data processor for transparency over this relationship.")
    x = _extract(text, "NHS CORNWALL AND THE ISLES OF SCILLY INTEGRATED CARE BOARD")
    assert {(r.organisation, r.role) for r in x.roles if r.role != "controller"} == {
        ("royal-devon-university-healthcare-nhs-foundation-trust", "non-accessing-processor")}


# DARS-NIC-804238-Q6H7C (Thames Valley ICB, tests/gold/dur-b.json dev) objective: the local university paragraph, and the
# processors list naming the university
THAMES_VALLEY_UNIVERSITY = (
    "Commissioners in this region have strong analytical relationships with the local University. The ICB plans to "
    "commission the University to deliver carefully controlled data analysis on projects for commissioning purposes "
    "only. Controlled access to the pseudonymised data, minimised to each project, will allow the University to provide "
    "some detailed analysis to support the ICB’s commissioning function.\n\nProcessors:\n• University of Oxford\n"
)


def test_controlled_access_that_allows_the_university_to_analyse_is_the_icbs_access_flow():
    x = _extract(THAMES_VALLEY_UNIVERSITY, "NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD")
    assert [(f.source, f.target, f.state, f.mode) for f in x.flows if f.rule == "controlled-access"] == [
        ("nhs-buckinghamshire-oxfordshire-and-berkshire-west-integrated-care-board", "university-of-oxford",
         "pseudonymised", "access")]
    # with two universities named, "the University" is neither
    two = THAMES_VALLEY_UNIVERSITY + "• University of Reading\n"
    assert not [f for f in _extract(two, "NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD").flows
                if f.rule == "controlled-access"]
