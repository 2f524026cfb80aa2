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
