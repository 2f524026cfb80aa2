"""Round 3 annotations of register2017-other.json, written by reading the dumps only.

Each flow and role below was written by reading /work/annot/2017/<REF>.txt
(written by dump_2017.py); no extractor output was looked at.  The builder
(build_register2017_other_r3.py) checks each evidence string is verbatim in its
section and fills in ``section`` and ``location``.
"""
NHSD = ["NHS Digital"]
HSCIC = ["the HSCIC", "HSCIC", "NHS Digital"]


def flow(source, target, state, mode, evidence, src_as, tgt_as, datasets=(), note=None, optional=False):
    item = {"source": source, "target": target, "state": state, "mode": mode, "datasets": list(datasets),
            "evidence": evidence, "source_as_written": list(src_as), "target_as_written": list(tgt_as)}
    if optional:
        item["optional"] = True
    if note:
        item["note"] = note
    return item


def role(organisation, kind, evidence, as_written):
    return {"organisation": organisation, "role": kind, "evidence": evidence, "as_written": list(as_written)}


# --- council-hes-extract: the Pseudonymised HES Extract template (as Wirral, NIC-03429-L9Y1D) ---
NOTTS = "NOTTINGHAMSHIRE COUNTY COUNCIL"
NOTTS_AS = ["the Local Authority", "Local Authority", "Local Authorities", NOTTS]
ANNOTATIONS = {
    "NIC-389495-J7Z8L": {"flows": [
        flow("NHS Digital", NOTTS, "pseudonymised", "transfer",
             "Access to the data is provided to the Local Authority only, and will only be used for the public health purposes outlined above.",
             NHSD, NOTTS_AS, ["Pseudonymised HES Extract Service"],
             note="source implicit: the Pseudonymised HES Extract is NHS Digital's service ('responsible ... to NHS Digital for ensuring that the data supplied')"),
        flow(NOTTS, "NHS commissioners (collectively)", "aggregate", "transfer",
             "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
             NOTTS_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
             note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
     ], "roles": [
        role(NOTTS, "access-restricted-to",
             "The data will only be processed by Local Authority employees in fulfilment of their public health function, and will not be transferred, shared, or otherwise made available to any third party, including any organisations processing data on behalf of the Local Authority or in connection with their legal function.",
             NOTTS_AS),
     ]},
}

# --- national-body: PHE diabetic retinopathy screening (GP2DRS) ---
PHE = "PUBLIC HEALTH ENGLAND (PHE)"
PHE_AS = ["PHE", "Public Health England", PHE]
QS_AS = ["Quicksilva"]
DRS = "NHS diabetic retinopathy screening programmes (collectively)"
DRS_AS = ["the 72 NHS diabetic retinopathy screening programmes", "72 NHS diabetic retinopathy screening programmes"]
GP2DRS = ["Patient level data relating to Diabetic Retinopathy Eye Screening FOR DIRECT CARE"]
ANNOTATIONS["NIC-154590-YG6QH"] = {"flows": [
    flow("GP practices", "NHS Digital", "identifiable", "transfer",
         "The Data Provider Output (DPO) is the data that general practice system suppliers extract from general practice clinical systems and submit to the HSCIC.",
         ["general practice clinical systems", "general practices", "general practice system suppliers"], HSCIC, GP2DRS, optional=True,
         note="a definition of the DPO; the sender is the practices' system suppliers, the data the practices'"),
    flow("NHS Digital", "Quicksilva", "identifiable", "transfer",
         "The HSCIC processes and places the output files in a secure repository for Quicksilva (data processor for the 72 NHS diabetic retinopathy screening programmes) to download.",
         HSCIC, QS_AS, GP2DRS, note="demographic data and NHS Number: identifiable"),
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "In addition to the data provided to PHE, two data attributes (NHS Number and Practice) will be stored in the HSCIC DME to be used in future extractions Specific outputs expected, including target date:",
         HSCIC, PHE_AS, GP2DRS, optional=True,
         note="the data reach PHE through its processor Quicksilva; a reader may count the applicant as recipient"),
    flow("NHS Digital", DRS, "identifiable", "transfer",
         "This list will be destroyed once approved data about the missing patients has been extracted and sent to the 72 NHS diabetic retinopathy screening programmes.",
         HSCIC, DRS_AS, GP2DRS, optional=True,
         note="inside a condition on destruction; the route is via Quicksilva"),
    flow("Quicksilva", DRS, "identifiable", "transfer",
         "After processing activities, the data is sent using a N3 host to  the 72 NHS diabetic retinopathy screening programmes dedicated systems located within secure care provider network environments (e.g. NHS trusts) and also sent to data reconciliation tools which updates  patient demographic data with local clinical system data.",
         QS_AS, DRS_AS, GP2DRS, note="source implicit: the previous sentence's subject (Quicksilva manage and operate the screening database and process the data)"),
 ], "roles": [
    role("Quicksilva", "processor",
         "The HSCIC processes and places the output files in a secure repository for Quicksilva (data processor for the 72 NHS diabetic retinopathy screening programmes) to download.",
         QS_AS),
 ]}

# --- commercial-information: i5 Health ---
I5 = "I5 HEALTH"
I5_AS = ["i5 Health Limited (i5 Health)", "i5 Health Limited", "i5 Health", "i5Health", I5]
SUS = ["Bespoke Monthly Extract : SUS PbR A&E", "Bespoke Monthly Extract : SUS PbR APC Episodes",
       "Bespoke Monthly Extract : SUS PbR APC Spells", "Bespoke Monthly Extract : SUS PbR OP"]
ANNOTATIONS["NIC-14709-Z2H2R"] = {"flows": [
    flow("NHS Digital", I5, "pseudonymised", "transfer",
         "NHS Digital will provide i5Health with record level pseudo/anonymised SUS PbR data via the Secure Electronic File Transfer (SEFT) system.",
         NHSD, I5_AS, SUS),
    flow(I5, "NHS England", "aggregate", "transfer",
         "For example, a report containing aggregate data for cohorts from localities to large geographical areas will be produced for NHS England.",
         I5_AS, ["NHS England"]),
    flow(I5, "GP practices", "aggregate", "transfer",
         "It also includes provision of patient counts for Long Term Conditions (LTC) to GPs to enable them to evaluate the quality of their Quality Outcome Framework (QOF) registers and devise appropriate actions (with small numbers suppressed).",
         I5_AS, ["GPs"]),
    flow(I5, "Health Education England", "aggregate", "transfer",
         "Creation of first national report for Health Education England on the economic value of Non-Medical Prescribing called on three categories of HSCIC information (latest HES data in respect of long term health conditions (LTC); Nurses currently in the workforce, and Nurses using FP10 Prescription forms).",
         I5_AS, ["Health Education England", "the Health Education Board of NHS England"],
         note="an output provided in the last 24 months, listed under 'The outputs i5 Health Limited have provided'"),
    flow(I5, "CCGs (collectively)", "aggregate", "transfer",
         "A number of commissioning support reports are made for CCGs within the footprint of Business Intelligence partners, Arden & GEM CSU; NHS England has missioned i5 Health to provide commissioning reports for 32 CCGs and 5 Sustainability and Transformation Plans (STP) in London as well as analysis of the effect on London over the next five years of the introduction of Digital technology;.",
         I5_AS, ["CCGs", "32 CCGs", "Clinical Commissioning Groups (CCG)"]),
    flow(I5, "STPs (collectively)", "aggregate", "transfer",
         "A number of commissioning support reports are made for CCGs within the footprint of Business Intelligence partners, Arden & GEM CSU; NHS England has missioned i5 Health to provide commissioning reports for 32 CCGs and 5 Sustainability and Transformation Plans (STP) in London as well as analysis of the effect on London over the next five years of the introduction of Digital technology;.",
         I5_AS, ["5 Sustainability and Transformation Plans (STP)", "Sustainability and Transformation Plans (STP)"], optional=True,
         note="STPs are partnerships, not organisations with a node of their own in the other gold"),
    flow(I5, "Voluntary sector organisations (collectively)", "aggregate", "transfer",
         "The VSOs have occasion to ask for i5 Health reports, based on data analysis that can improve their own specific charitable works for NHS patients.",
         I5_AS, ["VSOs", "Voluntary Sector Organisations (VSOs)", "Voluntary Sector Organisations (VSO)"], optional=True,
         note="'have occasion to ask for' reports: a possibility; limited to aggregate data (Processing)"),
    flow(I5, "NHS Halton CCG", "aggregate", "transfer",
         "Halton CCG asked for the assistance of i5 Health in analysing significant Readmissions issues.",
         I5_AS, ["Halton CCG", "NHS Halton CCG"], optional=True,
         note="analysis done for Halton CCG; the sentence states a request, not a transfer of outputs"),
 ], "roles": [
    role(I5, "access-restricted-to",
         "Record-level data will only be accessed by individuals within the Analytics Team, who have the authorisation from the Operations Director (who is also Caldicott Guardian), to access the data for the purpose (s) described, all of whom are substantive employees of i5 Health.",
         I5_AS),
 ]}

# --- commercial-information: Harvey Walsh ---
HW = "HARVEY WALSH LTD"
HW_AS = ["Harvey Walsh", HW]
HES_HW = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Accident and Emergency",
          "Hospital Episode Statistics Critical Care", "Hospital Episode Statistics Outpatients"]
CCGS_AS = ["CCGs"]
ANNOTATIONS["NIC-05934-M7V9K"] = {"flows": [
    flow("NHS Digital", HW, "pseudonymised", "transfer",
         "The raw flat HES files are downloaded from the SEFT server onto a drive on a secure dedicated in house server within Harvey Walsh offices in Runcorn.",
         NHSD, HW_AS, HES_HW,
         note="source implicit: NHS Digital's SEFT server; state from the Objectives ('Harvey Walsh uses pseudonymised, monthly refreshed HES data')"),
    flow(HW, "AHSNs (collectively)", "aggregate", "transfer",
         "The outputs that utilize the HES data are provided directly to the NHS and AHSNs or will be provided indirectly to the NHS via the pharmaceutical and device companies and AHSNs using bespoke outputs, reports, dashboards, research papers and via a tool called AXON 360 produced by Harvey Walsh.",
         HW_AS, ["AHSNs", "Academic Health Science Networks (AHSNs)"],
         note="'All data is aggregated and small numbers are suppressed' (previous paragraph)"),
    flow(HW, "Life science companies (collectively)", "aggregate", "transfer",
         "The outputs that utilize the HES data are provided directly to the NHS and AHSNs or will be provided indirectly to the NHS via the pharmaceutical and device companies and AHSNs using bespoke outputs, reports, dashboards, research papers and via a tool called AXON 360 produced by Harvey Walsh.",
         HW_AS, ["the pharmaceutical and device companies", "Pharmaceutical and Device Companies"]),
    flow(HW, "Providers", "aggregate", "transfer",
         "A quarterly refreshed insights tool that provides aggregated metrics to Providers and CCGs on:",
         HW_AS, ["Providers"], note="Renal Cancer Commissioning Insights Dashboard (Commissioned by Pfizer)"),
    flow(HW, "CCGs (collectively)", "aggregate", "transfer",
         "A quarterly refreshed insights tool that provides aggregated metrics to Providers and CCGs on:",
         HW_AS, CCGS_AS, note="Renal Cancer Commissioning Insights Dashboard (Commissioned by Pfizer)"),
    flow(HW, "CCGs (collectively)", "aggregate", "transfer",
         "A monthly refreshed dashboard that provides aggregated metrics to CCGs and Clinicians on the IBS Pathways showing:",
         HW_AS, CCGS_AS, note="IBS Insights Tool (Commissioned by Allergan)"),
    flow(HW, "Providers", "aggregate", "transfer",
         "A monthly refreshed dashboard that provides aggregated metrics to CCGs and Clinicians on the IBS Pathways showing:",
         HW_AS, ["Clinicians"], optional=True, note="'Clinicians' are not named as hospitals' clinical teams"),
    flow(HW, "NHS England", "aggregate", "transfer",
         "A health economic evaluation was undertaken on the healthcare utilisation pre and post implant to provide evidence to commissioners and NHS England on the benefits for patients as unplanned activity reduces as does cost to the NHS.",
         HW_AS, ["NHS England"]),
    flow(HW, "NHS commissioners (collectively)", "aggregate", "transfer",
         "A health economic evaluation was undertaken on the healthcare utilisation pre and post implant to provide evidence to commissioners and NHS England on the benefits for patients as unplanned activity reduces as does cost to the NHS.",
         HW_AS, ["commissioners"], optional=True, note="'commissioners' unqualified"),
    flow(HW, "NHS England", "aggregate", "transfer",
         "This work was undertaken with a commercial client to support NICE submission and to provide data to NHS England on innovative surgical techniques.",
         HW_AS, ["NHS England"]),
    flow(HW, "National Institute for Health and Care Excellence (NICE)", "aggregate", "transfer",
         "The complications of Pneumonia can lead to devastating outcomes such as death, meningitis and sepsis. The objective of this analysis was to determine whether vaccines have had an impact on these complications and the outputs will be used to provide evidence to NICE and other NHS bodies to support their decisions on future vaccine programmes.",
         HW_AS, ["NICE"], optional=True, note="intended use of the outputs; the client (Pfizer) may be the one providing them"),
    flow(HW, "RNIB", "aggregate", "transfer",
         "In 2016 Harvey Walsh were asked by the RNIB to undertake a refreshed analysis based on the 2013 study.",
         HW_AS, ["RNIB"], optional=True, note="commissioning client of an analysis; delivery not stated"),
    flow(HW, "Greater Manchester AHSN", "aggregate", "transfer",
         "6. Atrial Fibrillation Insights Tool (Joint working Greater Manchester AHSN and Diatchi Sankyo)",
         HW_AS, ["Greater Manchester AHSN", "the AHSN"], optional=True, note="joint working on an aggregated model; delivery not stated"),
 ], "roles": [
    role(HW, "access-restricted-to",
         "Only substantive employees of Harvey Walsh have access to the record level data in SQL and each of their machines is physically secure within a locked office and has 256 bit encryption and password protection.",
         HW_AS),
 ]}

# --- research-hes: UK Biobank (MRIS and HES linkage of the consented cohort) ---
UKB = "UK BIOBANK"
UKB_AS = ["UK Biobank", "Biobank", UKB]
UKB_NHSD = ["HSCIC", "death and cancer registries"]
UKB_RES = ["researchers", "the researcher", "a researcher", "other researchers"]
UKB_GP = ["GP practices", "GPs"]
MRIS = ["MRIS - List Cleaning Report", "MRIS - Cause of Death Report", "MRIS - Cohort Event Notification Report",
        "MRIS - Members and Postings Report"]
ANNOTATIONS["NIC-08472-V9S6K"] = {"flows": [
    flow("NHS Digital", UKB, "identifiable", "transfer",
         "Flagging of the cohort with these data sources in England Wales and Scotland has been performed with the data provision ongoing.",
         UKB_NHSD, UKB_AS, MRIS,
         note="source implicit: 'these data sources' are the death and cancer registries of the previous sentence, in England "
              "NHS Digital's MRIS (the agreement's data sets, under 'HSCIC requirements'); identifiable: reports on a flagged "
              "consented cohort, kept in the administrative database 'which includes identifiable information'. "
              "No sentence states the HES/DID supply"),
    flow(UKB, "NHS Digital", "identifiable", "transfer",
         "Flagging of the cohort with these data sources in England Wales and Scotland has been performed with the data provision ongoing.",
         UKB_AS, UKB_NHSD, optional=True,
         note="flagging implies the cohort's identifiers are held by the registries; no transfer verb"),
    flow(UKB, "GP practices", "identifiable", "transfer",
         "To enable GPs to be confident in their assessing primary care data about participants registered in their practices, Biobank will need to be able to provide GP practices with up to date listings of UK Biobank participants in their practices, and – where requested – evidence of their consent.",
         UKB_AS, UKB_GP, optional=True,
         note="a stated need ('will need to be able to provide'), one of the reasons for requesting the MRIS address and GP data"),
    flow("GP practices", UKB, "unspecified", "transfer",
         "Ongoing approved linkages to primary care data require accurate information about registered GP practice (as practice as well as PCT level) to ensure that data about a particular participant are requested from the correct practice.",
         UKB_GP, UKB_AS, optional=True,
         note="primary care data under other approvals (not this agreement's data)"),
    flow(UKB, "Researchers (collectively)", "pseudonymised", "transfer",
         "Any data released to researchers is pseudonymised and encrypted.",
         UKB_AS, UKB_RES, note="approved researchers under UK Biobank's access procedures and MTA"),
    flow(UKB, "Researchers (collectively)", "unspecified", "transfer",
         "Data once processed may be provided to researchers according to the UK Biobank access policy and procedures, which were developed through extensive consultation, including public consultation and consultation with UK Biobank participants.",
         UKB_AS, UKB_RES),
    flow(UKB, "Researchers (collectively)", "unspecified", "access",
         "The results of the research have to come back to UK Biobank – where they are then accessible by other researchers – and the researcher is obliged to publish their work;",
         UKB_AS, UKB_RES, note="returned results held by UK Biobank and accessible to other researchers"),
    flow("Researchers (collectively)", UKB, "unspecified", "transfer",
         "The results of the research have to come back to UK Biobank – where they are then accessible by other researchers – and the researcher is obliged to publish their work;",
         UKB_RES, UKB_AS, optional=True,
         note="an obligation of the MTA on a generic class; the results' content is not said"),
 ], "roles": []}

# --- research-hes: University of Sheffield (ScHARR), AIMS evaluation ---
SHEF = "UNIVERSITY OF SHEFFIELD"
SHEF_AS = ["The University of Sheffield", "the University of Sheffield", "University of Sheffield",
           "The School of Health and Related Research (ScHARR) at The University of Sheffield", "ScHARR", SHEF]
SHEF_DISSEMINATE = ("The group will continue to engage with policy impact groups and ensure the results are disseminated to these groups (e.g. UK Home Office, DoH, Welsh Government, NHS, Association of Chief Police Officers (ACPO), College of Emergency Medicine, Local Alcohol Action Areas (LAAAs)).")
SHEF_DISSEMINATE_NOTE = ("dissemination by the study's Policy and Impact Group to example ('e.g.') policy groups: intended "
                         "readership, like 'disseminated widely ... including the MRC Hub'; results aggregate")
SHEF_REPORT = "A recommendation report will also be produced that will be made available to trusts, ambulance service, police services and charities that are interested in setting up AIMS services in their area."
SHEF_REPORT_NOTE = "a report made available to those of a class 'that are interested': recipients not fixed"
SHEF_COLLECT = "This request is for data to enable the study to answer aims ii) and iii) and the study is collecting data from ambulance services, AIMS service providers (NHS, charities, police services) in order to achieve  the study aims."
SHEF_COLLECT_NOTE = "the study's own data collection (costs, activity), not this agreement's data and never linked to it"
ANNOTATIONS["NIC-29100-R2S2F"] = {"flows": [
    flow("NHS Digital", SHEF, "pseudonymised", "transfer",
         "This analysis will be completed by January 2018 or six months after receipt of HES data from NHS Digital if later.",
         NHSD, SHEF_AS, ["HES"],
         note="pseudonymised: 'All data being requested is pseudonymised' (Objectives); the request is for 'NHS Digital  HES ED and inpatient data'"),
    flow(SHEF, "National Institute for Health Research (NIHR)", "aggregate", "transfer",
         "The report will be completed and sent to NIHR before the end of July 2018.",
         SHEF_AS, ["NIHR", "National Institute of Health Research"],
         note="the NIHR HS&DR report (funder); 'All outputs will contain data only in aggregated form'"),
    flow(SHEF, "Providers", "aggregate", "transfer", SHEF_REPORT, SHEF_AS, ["trusts"], optional=True, note=SHEF_REPORT_NOTE),
    flow(SHEF, "Ambulance services (collectively)", "aggregate", "transfer", SHEF_REPORT, SHEF_AS,
         ["ambulance service", "ambulance services"], optional=True, note=SHEF_REPORT_NOTE),
    flow(SHEF, "Police services (collectively)", "aggregate", "transfer", SHEF_REPORT, SHEF_AS, ["police services"],
         optional=True, note=SHEF_REPORT_NOTE),
    flow(SHEF, "Charities (collectively)", "aggregate", "transfer", SHEF_REPORT, SHEF_AS, ["charities"],
         optional=True, note=SHEF_REPORT_NOTE),
    flow(SHEF, "Home Office", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS, ["UK Home Office", "Home Office"],
         optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "Department of Health", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS, ["DoH", "Department of Health"],
         optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "Welsh Government", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS,
         ["Welsh Government", "the Welsh Government"], optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "NHS organisations (collectively)", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS, ["NHS"],
         optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "Association of Chief Police Officers (ACPO)", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS,
         ["Association of Chief Police Officers (ACPO)", "ACPO"], optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "College of Emergency Medicine", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS,
         ["College of Emergency Medicine"], optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow(SHEF, "Local Alcohol Action Areas (collectively)", "aggregate", "transfer", SHEF_DISSEMINATE, SHEF_AS,
         ["Local Alcohol Action Areas (LAAAs)", "LAAAs"], optional=True, note=SHEF_DISSEMINATE_NOTE),
    flow("Ambulance services (collectively)", SHEF, "unspecified", "transfer", SHEF_COLLECT,
         ["ambulance services", "ambulance service"], SHEF_AS, optional=True, note=SHEF_COLLECT_NOTE),
    flow("AIMS service providers (collectively)", SHEF, "unspecified", "transfer", SHEF_COLLECT,
         ["AIMS service providers (NHS, charities, police services)", "AIMS service providers", "the service providers"],
         SHEF_AS, optional=True, note=SHEF_COLLECT_NOTE),
 ], "roles": [
    role(SHEF, "access-restricted-to", "Data is only accessed by staff of University of Sheffield.", SHEF_AS),
 ]}

# --- research-hes: University of Oxford, Unit of Health-Care Epidemiology ---
OXF = "UNIVERSITY OF OXFORD"
OXF_AS = ["The University of Oxford", "the University of Oxford", "University of Oxford", "Oxford University",
          "The Unit of Health-Care Epidemiology (UHCE)", "Unit of Health-Care Epidemiology", "UHCE", "the UHCE", OXF]
OXF_RES = ["researchers", "researchers outside the UHCE", "academic researchers"]
PAST_OUTPUT = "a past output of the programme, given in Expected Benefits as an example of benefits; aggregate findings"
ANNOTATIONS["NIC-315419-F3W7K"] = {"flows": [
    flow("NHS Digital", OXF, "pseudonymised", "transfer",
         "NHS Digital will  supply pseudonymised HES and the ONS (including month and year of death) data to UHCE via a secure file transfer system.",
         NHSD, OXF_AS, ["HES", "ONS"]),
    flow("Office for National Statistics", OXF, "unspecified", "transfer",
         "UHCE holds ONS data which was provided directly by ONS.",
         ["ONS"], OXF_AS, optional=True,
         note="ONS's own earlier supply, not under this agreement ('This will be the first time that UHCE are requesting ONS data from NHS Digital')"),
    flow(OXF, "Researchers (collectively)", "aggregate", "transfer",
         "For researchers outside the UHCE but working with the UHCE, the UHCE will only provide aggregated tabulations, not individual-level records.",
         OXF_AS, OXF_RES),
    flow(OXF, "Researchers (collectively)", "aggregate", "transfer",
         "These tabulations require statistical analysis prior to being provided to researchers, whilst equivalent in format to those provided by NHS Digital (hence could not be provided directly).",
         OXF_AS, OXF_RES),
    flow(OXF, "National Institute for Health and Care Excellence (NICE)", "aggregate", "transfer",
         "This research was reported into NICE as well as the Department of Health’s Joint Committee on Vaccination and Immunisation in order to add to the information used in polices to reduce disease rates.",
         OXF_AS, ["NICE"], note=PAST_OUTPUT),
    flow(OXF, "Joint Committee on Vaccination and Immunisation", "aggregate", "transfer",
         "This research was reported into NICE as well as the Department of Health’s Joint Committee on Vaccination and Immunisation in order to add to the information used in polices to reduce disease rates.",
         OXF_AS, ["the Department of Health’s Joint Committee on Vaccination and Immunisation",
                  "Joint Committee on Vaccination and Immunisation"], note=PAST_OUTPUT),
    flow(OXF, "Department for Transport", "aggregate", "transfer",
         "UHCE were able to report back to the Department that the hospital data showed no such fall and advised the department and the Chief Medical Officers that there was a need for closer collaboration with official statistics in order to fully understand the numbers of injuries and fatalities on the roads and so improve road safety.",
         OXF_AS, ["the Department of Transport", "Department of Transport", "the Department"],
         note=PAST_OUTPUT + " ('Public health finding for the Department of Transport'); the advice to 'the Chief Medical Officers' (officials, not an organisation) is not annotated"),
 ], "roles": [
    role(OXF, "access-restricted-to",
         "Only substantive employees of the University of Oxford will have access to the data and only for the purposes described in this document.",
         OXF_AS),
 ]}

# --- national-body: MHRA (CPRD), linkage of CPRD primary care data by NHS Digital ---
MHRA = "MEDICINES AND HEALTHCARE PRODUCTS REGULATORY AGENCY (MHRA)"
MHRA_AS = ["CPRD", "the CPRD", "Clinical Practice Research Datalink (CPRD)", "Clinical Practice Research Datalink",
           "the CPRD Observational Research Team", "the MHRA", "MHRA", MHRA]
MHRA_NHSD = ["NHS Digital", "the Trusted Third Party (TTP)", "the Trusted Third Party", "Trusted Third Party", "the TTP", "TTP"]
MHRA_GP = ["General Practices", "GP practices", "practices", "GPs", "GP EHR suppliers", "GP clinical IT system providers",
           "GP system provider", "GP EHR system provider"]
MHRA_RES = ["third party researchers", "external researchers", "researchers", "the researcher", "CPRD customers",
            "customers", "licensed data users", "CPRD sub-licensees", "the research community", "applicants to CPRD"]
LINKED = ["ONS Death Registration data", "Hospital Episode Statistics (HES)", "Patient Reported Outcome Measures (PROMs)",
          "Diagnostic Imaging Dataset (DID)", "Mental Health data"]
ANNOTATIONS["NIC-15625-T8K6L"] = {"flows": [
    flow("GP practices", "NHS Digital", "identifiable", "transfer",
         "In order to enable the linking of primary care records to other health related data, GP EHR suppliers provide certain patient identifiers directly to NHS Digital.",
         MHRA_GP, MHRA_NHSD, ["NHS Number, full date of birth, post code and gender"],
         note="the practices' data sent by their system suppliers (the practices' data processors), as in NIC-154590-YG6QH"),
    flow("GP practices", MHRA, "pseudonymised", "transfer",
         "(i) GP system provider – the provider replaces the patient identifiers (NHS number) in each patient record with a system practice ID and system patient ID before its secure transfer to CPRD.",
         MHRA_GP, MHRA_AS, ["coded patient primary care data"]),
    flow("GP practices", MHRA, "pseudonymised", "transfer",
         "Data arrives as a series of incremental collections of data from practices that have agreed to share data with CPRD.",
         MHRA_GP, MHRA_AS, ["coded patient primary care data"],
         note="pseudonymised: the same block says 'CPRD does not receive patient name, address, full date of birth, NHS Number' (system patient IDs only)"),
    flow("NHS Digital", MHRA, "anonymised", "transfer",
         "(iii) Data linkage – where this is undertaken by the Trusted Third Party (using patient identifiers sent directly from GPs), all linked patient record data are  anonymised by the TTP before release to CPRD.",
         MHRA_NHSD, MHRA_AS, LINKED),
    flow("NHS Digital", MHRA, "anonymised", "transfer",
         "NHS Digital has been providing secondary and other data for linkage with CPRD primary care data for a number of years.",
         MHRA_NHSD, MHRA_AS, LINKED,
         note="anonymised as the text calls it ('similarly anonymised health data provided by NHS Digital', '(iii) ... anonymised by the TTP before release to CPRD'); the Encryption section says 'the clinical data is pseudonymised'"),
    flow("NHS Digital", MHRA, "anonymised", "transfer",
         "CPRD is the UK’s pre-eminent research service, providing access to anonymised (in line with the ICO code of anonymisation) primary care data linked by NHS Digital to other similarly anonymised health data provided by NHS Digital and others for the purposes of public health research including the monitoring of drug safety.",
         MHRA_NHSD, MHRA_AS, ["similarly anonymised health data"]),
    flow("Public Health England", MHRA, "anonymised", "transfer",
         "Similarly, where cancer registry data is received by CPRD from Public Health England for linkage, PHE anonymise patient data before release to CPRD.",
         ["Public Health England (PHE)", "Public Health England", "PHE"], MHRA_AS, ["cancer registry data"], optional=True,
         note="'where ... is received': PHE's cancer registry data come under other approvals, not this agreement"),
    flow(MHRA, "Researchers (collectively)", "pseudonymised", "transfer",
         "(iv) Data release – the linked data is cut by CPRD to minimise data ultimately released to third party researchers, with the linked patient ID replaced again by a further patient ID at release establishing yet another layer of separation.",
         MHRA_AS, MHRA_RES,
         note="record level with a release-specific patient ID ('Data is determined to be anonymised as per CPRD's Policy' in '5) Data release')"),
    flow(MHRA, "Researchers (collectively)", "unspecified", "transfer",
         "To control third-party access to linked data and minimise data released to third parties, the CPRD Observational Research Team will extract datasets for researchers against a query specification or primary care data defined cohort.",
         MHRA_AS, MHRA_RES),
    flow(MHRA, "Researchers (collectively)", "aggregate", "transfer",
         "CPRD may generate aggregate level linked data without ISAC approval to inform feasibility and design of external research (observational and interventional/clinical) and for assessment of ISAC protocols.",
         MHRA_AS, MHRA_RES, optional=True,
         note="'may generate': feasibility counts for external researchers ('undertake such assessments on behalf of external researchers')"),
    flow(MHRA, "Life science companies (collectively)", "pseudonymised", "transfer",
         "CPRD customers include academic institutions, pharmaceutical companies, Governmental centres and research charities.",
         MHRA_AS, ["pharmaceutical companies"], optional=True,
         note="a kind of customer named in a customer list; the releases are stated to 'researchers'"),
    flow(MHRA, "Imperial College London", "unspecified", "transfer",
         "The study used linkages between CPRD GOLD primary care data, Hospital Episode Statistics (HES) and the Office for National Statistics (ONS) mortality data to look at admissions and death in 125,000 patients over a seven-year period.",
         MHRA_AS, ["Imperial College London"], optional=True,
         note="a past customer's study (Case Study 1, 'Imperial College London recently investigated ...'); the release to it is implied, not stated"),
    flow(MHRA, "GP practices", "aggregate", "transfer",
         "This phase is now coming to an end and the reports will be rolled out to all practices in the CPRD network during 2017.",
         MHRA_AS, MHRA_GP + ["all practices in the CPRD network"], optional=True,
         note="RCGP and CPRD prescribing and patient-safety reports, quoted from an RCGP article among 'Additional references'; whether they use the linked data is not said"),
    flow(MHRA, "NHS Digital", "unspecified", "transfer",
         "Details of such licences will be published and shared with NHS Digital.",
         MHRA_AS, MHRA_NHSD, optional=True, note="details of sub-licences: administrative information, not patient data"),
 ], "roles": [
    role("Hewlett Packard", "non-accessing-processor",
         "CPRD have confirmed that neither HP nor Sungard have access to the server (neither administrative nor user rights).",
         ["Hewlett Packard", "HP"]),
    role("Sungard", "non-accessing-processor",
         "CPRD have confirmed that neither HP nor Sungard have access to the server (neither administrative nor user rights).",
         ["Sungard"]),
 ]}
