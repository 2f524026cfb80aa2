"""Round 5 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at.  build_register2017_other_r3.py adds rounds 3, 4 and 5 to the gold and checks every evidence string.
"""
from annotations_2017_other_r3 import NHSD, flow, role

# --- mris-cohort-short: Institute of Cancer Research, MR400 (one sentence, neither end written) ---
ICR = "INSTITUTE OF CANCER RESEARCH"
ANNOTATIONS = {
    "NIC-147748-XD18S": {"flows": [
        flow("NHS Digital", ICR, "identifiable", "transfer",
             "The data supplied will be used only for the approved Medical Research Project - MR400 - Cohort Study of People with Insulin Treated Diabetes",
             NHSD, [ICR], ["MRIS - Cause of Death Report"], optional=True,
             note="'The data supplied' names neither the supplier nor the recipient (Oxford's NIC-148369-8PPWK names both: "
                  "required); MRIS cause-of-death reports on a cohort (approved researcher accreditation, SRSA 2007): identifiable"),
     ], "roles": []},
}

# --- council-hes-extract: the HDIS template, word for word Oldham's (NIC-387994-T3R5C) ---
STYNE = "SOUTH TYNESIDE METROPOLITAN BOROUGH COUNCIL"
STYNE_AS = ["the Local Authority", "Local Authority", "Local Authorities", STYNE]
ANNOTATIONS["NIC-61864-C6X2R"] = {"flows": [
    flow("NHS Digital", STYNE, "pseudonymised", "access",
         "This application/agreement is for online access to the record level HES database via the HDIS2 system.",
         NHSD, STYNE_AS, ["HES", "HDIS2"],
         note="holder from the next sentence: 'The system is hosted and audited by NHS Digital ...'"),
    flow(STYNE, "NHS commissioners (collectively)", "aggregate", "transfer",
         "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
         STYNE_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
         note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
 ], "roles": [
    role(STYNE, "access-restricted-to",
         "The data will only be processed by Local Authority employees in fulfilment of their public health function, and will not be transferred, shared, or otherwise made available to any third party, including any organisations processing data on behalf of the Local Authority or in connection with their legal function.",
         STYNE_AS),
 ]}

# --- research-hes: University of York, National Audit of Cardiac Rehabilitation (NACR) ---
YORK = "UNIVERSITY OF YORK"
YORK_AS = ["the University of York", "University of York", "the University", "The NACR", "the NACR", "NACR",
           "the National Audit of Cardiac Rehabilitation (NACR)", "National Audit of Cardiac Rehabilitation",
           "the NACR team", "The audit team", "the audit team", YORK]
CR_PROGS = ["cardiac rehabilitation programmes", "CR programmes", "programmes", "hospital or community programmes",
            "local clinical cardiac rehabilitation programme", "hospitals", "providers", "NACR users",
            "the 1,000 NACR users"]
NACR_ENTER = "They enter patient-level data on the individual patients that they see and have access to this data through the NACR platform."
NACR_NOTE = ("the audit's own data, entered by the programmes' staff into the NACR platform (held by the NACR at York), "
             "not this agreement's data ('No attempt is made to link the data entered by the 1,000 NACR users to the "
             "record level HES data')")
ANNOTATIONS["NIC-12881-L1H2B"] = {"flows": [
    flow("NHS Digital", YORK, "pseudonymised", "transfer",
         "NHS Digital will send pseudonymised, non-sensitive data to the University of York.",
         NHSD, YORK_AS, ["Hospital Episode Statistics Admitted Patient Care"]),
    flow(YORK, "Providers", "aggregate", "transfer",
         "The report will also be available online with open access and circulated via email to cardiac rehabilitation programmes.",
         YORK_AS, CR_PROGS,
         note="the NACR annual report ('Only aggregated data will be reported'), circulated to the programmes, which 'work "
              "within hospital or community programmes'; its open-access publication is not a flow"),
    flow(YORK, "CCGs (collectively)", "aggregate", "transfer",
         "This new reporting approach will deliver the required detail and enable CCGs and hospitals to see how they are performing against clinical minimum standards.",
         YORK_AS, ["CCGs", "commissioners"], optional=True,
         note="a benefit of the (published) local reporting; no transfer to CCGs stated"),
    flow("Providers", YORK, "unspecified", "transfer", NACR_ENTER, CR_PROGS,
         YORK_AS, optional=True, note=NACR_NOTE),
    flow(YORK, "Providers", "unspecified", "access", NACR_ENTER, YORK_AS, CR_PROGS,
         optional=True, note=NACR_NOTE + "; the users see their own entries"),
 ], "roles": []}

# --- research-hes: University of Manchester, dementia training and hospital outcomes (ESRC) ---
MAN = "THE UNIVERSITY OF MANCHESTER"
MAN_AS = ["The University of Manchester", "the University of Manchester", "University of Manchester", "The University",
          "the University", MAN]
LANC_AS = ["Lancaster University", "University of Lancaster", "Lancaster"]
ESRC_AS = ["The Economic and Social Research Council (ESRC)", "Economic and Social Research Council (ESRC)",
           "Economic and Social Research Council", "ESRC", "the research programme funder ESRC"]
MAN_BRIEF = "The University will disseminate the project through a variety of publication resources from high impact peer reviewed journals through to practice and professional outputs, such as briefing updates distributed through INVOLVE, DeNDRoN, Age UK, the Alzheimer’s Society and Alzheimer Scotland."
MAN_BRIEF_NOTE = "briefing updates distributed 'through' these bodies, 'such as': dissemination channels (as 'for example, through ...'); outputs aggregate"
ANNOTATIONS["NIC-33318-X4Q1B"] = {"flows": [
    flow("NHS Digital", MAN, "pseudonymised", "transfer",
         "In addition,  NHS Digital provide an outcome variable (completed for the last episode) indicating whether a patient died in hospital or within 30 days after discharge.",
         NHSD, MAN_AS, ["HES APC", "HES A&E", "HES OP"],
         note="the HES supply is otherwise stated only inside prohibitions ('None of the HES data provided by NHS Digital "
              "will be made available to third parties'); pseudonymised: non-sensitive fields linked 'by using a common "
              "encrypted HESID'"),
    flow(MAN, "Economic and Social Research Council", "aggregate", "transfer",
         "Outputs will include a final report to the research programme funder ESRC, papers in peer-reviewed medical journals, and presentations at appropriate health research conferences.",
         MAN_AS, ESRC_AS, note="a report to the funder; 'Outputs will report only results aggregated across all patients'"),
    flow(MAN, "Lancaster University", "aggregate", "access",
         "Their University of Lancaster collaborative colleagues will have access to the aggregated outputs for the purpose of journal and conference abstract submissions.",
         MAN_AS, LANC_AS, note="the collaborators see the aggregated outputs only ('None of the HES data ... will be made available to third parties including Lancaster University')"),
    flow(MAN, "INVOLVE", "aggregate", "transfer", MAN_BRIEF, MAN_AS, ["INVOLVE"], optional=True, note=MAN_BRIEF_NOTE),
    flow(MAN, "DeNDRoN", "aggregate", "transfer", MAN_BRIEF, MAN_AS, ["DeNDRoN"], optional=True, note=MAN_BRIEF_NOTE),
    flow(MAN, "Age UK", "aggregate", "transfer", MAN_BRIEF, MAN_AS, ["Age UK"], optional=True, note=MAN_BRIEF_NOTE),
    flow(MAN, "Alzheimer's Society", "aggregate", "transfer", MAN_BRIEF, MAN_AS,
         ["the Alzheimer’s Society", "Alzheimer’s Society"], optional=True, note=MAN_BRIEF_NOTE),
    flow(MAN, "Alzheimer Scotland", "aggregate", "transfer", MAN_BRIEF, MAN_AS, ["Alzheimer Scotland"], optional=True,
         note=MAN_BRIEF_NOTE),
    flow(MAN, "Providers", "aggregate", "transfer",
         "Consideration will be taken on  how to sensitively feed the findings back to specific hospitals, in a way that can best help those struggling to provide good quality of care to patients with dementia.",
         MAN_AS, ["specific hospitals", "hospitals", "Trusts", "Hospital Trust"], optional=True,
         note="'Consideration will be taken on how to': intended"),
 ], "roles": [
    role(MAN, "access-restricted-to",
         "The data will only be accessed by substantive employees of the University of Manchester and only for the purposes described in this document.",
         MAN_AS),
 ]}

# --- commercial-information: CRAB Clinical Informatics (C-Ci), CRAB reviews for the CQC and NHS trusts ---
# The register gives two rows (v4.6 row 185, v6.2 row 186); row 186 repeats row 185's Objectives and Processing with
# two added sentences on consultant-level analysis (no new flow), so the statements are taken from row 185.
CRAB = "CRAB CLINICAL INFORMATICS"
CRAB_AS = ["CRAB Clinical Informatics Limited (C-Ci)", "CRAB Clinical Informatics Limited", "CRAB clinical informatics",
           "C-Ci", "C-Ci Ltd.", "CRAB", CRAB]
CQC_AS = ["the CQC", "CQC", "the Care Quality Commission (CQC)", "Care Quality Commission (CQC)", "Care Quality Commission",
          "the CQC inspectors", "CQC inspectors"]
CRAB_TRUSTS = ["NHS Trusts", "Trusts", "client NHS organisations", "individual client NHS organisations",
               "the client NHS Trusts", "the relevant NHS Trust", "local organisations", "NHS providers", "hospital Trusts"]
CRAB_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Critical Care"]
CRAB_AUTH = "National authorities on behalf of which C-Ci may generate reports comprise specifically: CQC, Monitor, Department of Health/NHS England."
CRAB_AUTH_NOTE = "'may generate reports': the national authorities for which reports may be made (CRAB analysis only, aggregate)"
CRAB_PARTNER = "CRAB analysis in the form of static reports may therefore be made available to these named partner organisations in the context of initiating collaborative improvement projects with the NHS Trusts concerned, but under no circumstances would partner consultants be given access to the raw data, nor is the live CRAB database shared with them."
CRAB_PARTNER_NOTE = ("'may ... be made available' to the partner consultants ('currently PwC'); 'Such analysis provided to "
                     "partner consultants is in aggregate ... form only'")
ANNOTATIONS["NIC-351722-W7D4N"] = {"flows": [
    flow("NHS Digital", CRAB, "pseudonymised", "transfer",
         "C-Ci will hold a maximum of 3 years of finalised NHS Digital data at any time.",
         NHSD + ["the HSCIC (now NHS Digital)", "the HSCIC/NHS Digital"], CRAB_AS, CRAB_HES,
         note="the monthly HES extract ('Older data will be destroyed ... when final data for a new year is received'; "
              "'Benefits of the monthly extract to date'); pseudonymised: 'patient level pseudonymised data' (Objectives)"),
    flow(CRAB, "Care Quality Commission", "aggregate", "transfer",
         "C-Ci provides the CQC inspectors with a list of the top 20 NHS trusts:",
         CRAB_AS, CQC_AS, note="quarterly national review commissioned by the CQC; 'All outputs are aggregated with small number suppression'"),
    flow(CRAB, "Care Quality Commission", "aggregate", "transfer",
         "In addition, C-Ci provide the CQC with the 20 NHS trusts with the lowest rates of avoidable harm as exemplars of best and safest practice.",
         CRAB_AS, CQC_AS),
    flow(CRAB, "Providers", "aggregate", "transfer",
         "C-Ci’s central HES reviews are principally intended either for national bodies, or as initial baseline assessments for NHS Trusts which request them.",
         CRAB_AS, CRAB_TRUSTS, note="one-off reviews for trusts ('Reviews using NHS Digital data are one-off for local organisations')"),
    flow(CRAB, "Providers", "aggregate", "access",
         "Here they can be accessed over N3 by designated and approved C-Ci staff, or employees of the relevant NHS Trust.",
         CRAB_AS, CRAB_TRUSTS,
         note="each client trust's CRAB database on the CRAB server (hosted at L2S2), holding 'only data relating to that "
              "NHS organisation' and giving access 'only to CRAB analysis and reports, not to the raw data'; the Outputs add "
              "that the ongoing licensed CRAB uses locally supplied data"),
    flow(CRAB, "Monitor", "aggregate", "transfer", CRAB_AUTH, CRAB_AS, ["Monitor"], optional=True, note=CRAB_AUTH_NOTE),
    flow(CRAB, "Monitor", "aggregate", "transfer",
         "A similar exercise was also conducted using HES data on behalf of Monitor, and again as a research project investigating emergency laparotomy practice with Royal United Bath Hospital NHS Trust.",
         CRAB_AS, ["Monitor"], optional=True, note="a past exercise 'on behalf of Monitor' (delivery not stated)"),
    flow(CRAB, "Department of Health", "aggregate", "transfer", CRAB_AUTH, CRAB_AS, ["Department of Health", "the DH", "DH"],
         optional=True, note=CRAB_AUTH_NOTE),
    flow(CRAB, "NHS England", "aggregate", "transfer", CRAB_AUTH, CRAB_AS, ["NHS England"], optional=True,
         note=CRAB_AUTH_NOTE),
    flow(CRAB, "Royal United Bath Hospital NHS Trust", "aggregate", "transfer",
         "A similar exercise was also conducted using HES data on behalf of Monitor, and again as a research project investigating emergency laparotomy practice with Royal United Bath Hospital NHS Trust.",
         CRAB_AS, ["Royal United Bath Hospital NHS Trust"], optional=True, note="a past joint research project; delivery not stated"),
    flow(CRAB, "Keogh review team", "aggregate", "transfer",
         "The analysis provided to the Keogh review team in 2013 was based on a bulk extract of HES & ONS data supplied by the HSCIC (now NHS Digital) for the 14 hospitals concerned.",
         CRAB_AS, ["the Keogh review team", "Keogh Review", "the Keogh Reviews"], optional=True,
         note="a 2013 output under an earlier release; the review team's organisation is not written"),
    flow(CRAB, "PwC", "aggregate", "transfer", CRAB_PARTNER, CRAB_AS, ["PwC"], optional=True, note=CRAB_PARTNER_NOTE),
    flow(CRAB, "Oliver Wyman", "aggregate", "transfer",
         "C-Ci in addition has worked on a case-by case basis with the following commercial agents: PwC (initially as part of the Keogh Reviews and any follow up thereto), & Oliver Wyman, for specific quality improvement projects with the engagement of the client NHS Trusts.",
         CRAB_AS, ["Oliver Wyman"], optional=True,
         note="past case-by-case work; 'neither the agents nor the authorities have access to the raw HES data, only the CRAB analysis'"),
    flow(CRAB, "South Tees Hospitals NHS Foundation Trust", "aggregate", "transfer",
         "As a result CRAB was able to demonstrate to the Trust that it saved on average £4,700 per AKI episode avoided and over the period since intervention AKI has reduced by over 36%, which has resulted in a saving to the Trust of over £850,000 per year.",
         CRAB_AS, ["South Tees NHSFT", "South Tees NHS Trust", "South Tees"],
         note="a past output ('Analysis of AKI reduction ... in conjunction with South Tees NHSFT, completed Summer 2017')"),
    flow(CRAB, "Royal National Orthopaedic Hospital", "aggregate", "transfer",
         "-\tOrthopaedic usage of HDU study in conjunction with Royal National Orthopaedic Hospital Stanmore and correlation with mortality to be completed, Autumn 2017",
         CRAB_AS, ["Royal National Orthopaedic Hospital Stanmore"], optional=True,
         note="a joint study ('in conjunction with'); delivery not stated"),
    flow(CRAB, "NHS commissioners (collectively)", "aggregate", "transfer",
         "In terms of customer base, presently approximately 90% are NHS providers/commissioners, and 10% are national bodies.",
         CRAB_AS, ["NHS providers/commissioners", "commissioners"], optional=True, note="a customer base"),
    flow(CRAB, "L2S2 Ltd", "pseudonymised", "transfer",
         "Data is loaded onto the CRAB server hosted at L2S2 where individual database are created for individual NHS trust’s data only.",
         CRAB_AS, ["L2S2", "L2S2 Ltd", "C-Ci s data hosting partners, L2S2 Ltd"], optional=True,
         note="hosting: L2S2 is the 'data hosting partner', not called a processor"),
 ], "roles": [
    role(CRAB, "access-restricted-to",
         "For the avoidance of doubt, the reviews C-Ci will be producing using central HES will not be making patient level pseudonymised data available to anyone other than C-Ci staff for the purposes of compiling aggregate analysis.",
         CRAB_AS),
 ]}

# --- commercial-information: IMS Health (THIN-HES: the HES of previously linked THIN patients refreshed) ---
# "IMSWorld Publications Ltd and IMS Health Ltd (referred to hereinafter as “IMS”)": "IMS" is read as the applicant
# (IMS Health Ltd); IMSWorld Publications Ltd, the other joint controller, is its own node where it is named.
IMS = "IMS HEALTH LTD"
IMS_AS = ["IMS Health Ltd", "IMS Health Limited", "IMS health Ltd", "IMS Health", "IMS", IMS]
IMSW = "IMSWorld Publications Ltd"
IMSW_AS = ["IMSWorld Publications Ltd", "IMS World Publications Ltd", "IMSWorld Publications"]
IMS_HES = ["Hospital Episode Statistics Critical Care", "Hospital Episode Statistics Accident and Emergency",
           "Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Outpatients"]
IMS_RES = ["third parties", "external researchers", "researchers", "sub-licencees", "sub-licensees", "Sub-licensees",
           "Researchers"]
IMS_CATS = "IMS will only carry out research on behalf of, or  issue sub-licences  to the following groups:"
IMS_CATS_NOTE = "a kind of customer in the list of groups IMS 'will only carry out research on behalf of, or issue sub-licences to': a customer base"
IMS_CONTROLLERS = "IMSWorld Publications Ltd and IMS Health Ltd are Joint Data Controllers for the purposes of this agreement."
IMS_ONLY = "• Only substantive employees of IMS Health Ltd and IMSWorld Publications Ltd  who have completed the above and have been recorded on the Access Control Register will be given permission to access the THIN-HES data."
ANNOTATIONS["NIC-24629-X6B6N"] = {"flows": [
    flow("NHS Digital", IMS, "pseudonymised", "transfer",
         "The original THIN-HES linkage has never been refreshed or updated, and no new data linkage is being requested as part of this agreement (note IMS are requesting up to date data for those patients who are already linked).",
         NHSD, IMS_AS, IMS_HES,
         note="source implicit: 'the data supplied by NHS Digital' (Processing); pseudonymised: linked on 'pseudonymised THIN "
              "and HES patient IDs' and 'unique encrypted HESIDs', 'de-identified secondary care data'"),
    flow("NHS Digital", IMSW, "pseudonymised", "transfer",
         "By updating the HES data for previously linked patients, IMSWorld Publications Ltd plan to maximise the research potential of THIN through secure access to increasingly useful de-identified secondary care data.",
         NHSD, IMSW_AS, IMS_HES, optional=True,
         note="the joint controller's plan; the supply's recipient is 'IMS' (both companies)"),
    flow(IMS, "Researchers (collectively)", "pseudonymised", "transfer",
         "Historically IMS have provided the linked THIN-HES data to third parties via a sub-licence arrangement in the following ways:",
         IMS_AS, IMS_RES,
         note="Service 2, sub-licensing the linked record-level data ('All clients currently holding copies of the linked THIN-HES data have signed a new replacement sub-license agreement')"),
    flow(IMSW, "Researchers (collectively)", "pseudonymised", "transfer",
         "As described above, IMSWorld Publications Ltd has supplied the THIN-HES database to external researchers under Sub-license Agreements in line with the previous Data Sharing Agreement.",
         IMSW_AS, IMS_RES, note="Outputs from service 2"),
    flow(IMS, "Providers", "unspecified", "transfer", IMS_CATS, IMS_AS,
         ["NHS Healthcare providers", "Private secondary care providers", "Providers/commissioners of healthcare services"],
         optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "NHS England", "unspecified", "transfer", IMS_CATS, IMS_AS, ["NHS England"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Public Health England", "unspecified", "transfer", IMS_CATS, IMS_AS, ["Public Health England"], optional=True,
         note=IMS_CATS_NOTE),
    flow(IMS, "Life science companies (collectively)", "unspecified", "transfer", IMS_CATS, IMS_AS,
         ["Life science industry", "Pharmaceutical companies", "Medical Device companies", "Industry bodies"], optional=True,
         note=IMS_CATS_NOTE),
    flow(IMS, "Patient support groups and charities (collectively)", "unspecified", "transfer", IMS_CATS, IMS_AS,
         ["Patient groups", "health related charities"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "University of Birmingham", "unspecified", "transfer",
         "Another study utilised THIN-HES linked data in the development and validation of a frailty index (developed by Birmingham University) resulted in the index being recommended for use by NICE.",
         IMS_AS, ["Birmingham University"], optional=True,
         note="a past study by Birmingham University on THIN-HES data; the release to it is implied, not stated (as Imperial College in NIC-15625-T8K6L)"),
    flow("GP practices", "In Practice Systems (INPS)", "pseudonymised", "transfer",
         "INPS collect pseudonymised patient data from practices that have chosen to join the THIN scheme.",
         ["practices", "general practices", "GP practices", "THIN practices", "THIN contributing GP practice"],
         ["In Practice Systems (INPS)", "INPS"], optional=True,
         note="background: the THIN primary care collection, not this agreement's data"),
    flow(IMS, "Sungard Availability Services (UK) Ltd", "pseudonymised", "transfer",
         "The Cage is hosted by Sungard Availability Services (UK) Ltd.",
         IMS_AS, ["Sungard Availability Services (UK) Ltd", "Sungard"], optional=True,
         note="hosting: 'Sungard do not process they data, they provide a 'bricks and mortar' location'; not called a processor"),
 ], "roles": [
    role(IMS, "controller", IMS_CONTROLLERS, IMS_AS),
    role(IMSW, "controller", IMS_CONTROLLERS, IMSW_AS),
    role(IMS, "access-restricted-to", IMS_ONLY, IMS_AS),
    role(IMSW, "access-restricted-to", IMS_ONLY, IMSW_AS),
 ]}

# --- national-body: National Audit Office (HES, SUS PbR, IAPT; ONS mortality added in the second row) ---
# Two rows (236 and 237, the versions' texts); statements found in both are placed in the first.
NAO = "NATIONAL AUDIT OFFICE"
NAO_AS = ["The National Audit Office (NAO)", "National Audit Office (NAO)", "National Audit Office", "the NAO", "NAO",
          "the Health VFM team", NAO]
NAO_NHSD = ["NHS Digital", "the HSCIC", "HSCIC"]
PARL_AS = ["Parliament", "parliament", "the parliament", "the Public Accounts Committee", "Public Accounts Committee", "PAC",
           "Health Select Committee", "other parliamentary committees", "parliamentary committees"]
NAO_DH = ["the Department of Health", "Department of Health", "the Department"]
NAO_OBJ7 = "Sharing insights with the Government including the Treasury and the Cabinet Office, local governments and NHS bodies to help them to improve services as required."
NAO_OBJ7_NOTE = "Objective Seven: insights shared 'as required' (an objective, not a stated transfer); aggregate"
NAO_NHS = ["NHS", "the NHS", "NHS bodies", "health and social care bodies", "Health and Social Care bodies"]
ANNOTATIONS["NIC-382334-Y2B1C"] = {"flows": [
    flow("NHS Digital", NAO, "unspecified", "transfer",
         "HES data has been an important source of evidence in the work of the NAO over the last few years allowing NAO to be more responsive and effective in audit work and helping the NHS to improve services, they are increasingly making use of HES data, and other data made available by the HSCIC, in order to provide insights and evidence.",
         NAO_NHSD, NAO_AS, ["HES", "SUS PbR", "Improving Access to Psychological Therapies Data Set"],
         note="no state written for the HES and SUS PbR refresh (record level, 'Record-level data will be not be commented on or published')"),
    flow("NHS Digital", NAO, "anonymised", "transfer",
         "NAO will receive full date of death from ONS data (all ONS data is subject to ONS terms and conditions).",
         NAO_NHSD, NAO_AS, ["Office for National Statistics Mortality Data"],
         note="second row: the linked ONS-HES mortality data, supplied by NHS Digital ('ONS data' names the data, not a "
              "sender); state from the same block: 'The data requested do not include patient identifiable information for "
              "the linked ONS-HES data' (non-identifiable = anonymised)"),
    flow(NAO, "Parliament", "aggregate", "transfer",
         "In general, the Health VFM team will produce approximately seven VFM reports per year to Parliament on the economy, efficiency and effectiveness with which the Department of Health and its constituent bodies use public money.",
         NAO_AS, PARL_AS,
         note="the NAO reports to Parliament, for which it audits ('Outputs will only contain aggregate level data'); "
              "the Public Accounts Committee and the select committees are Parliament's"),
    flow(NAO, "Parliament", "aggregate", "transfer",
         "A range of other outputs are produced at the request of Health Select Committee and other parliamentary committees, and additionally respond to public enquires including whistle blowing.",
         NAO_AS, PARL_AS, note="outputs for Parliament's committees"),
    flow(NAO, "Department of Health", "aggregate", "transfer",
         "NAO analysis will always be cleared with the Department and other relevant bodies in the DH group.",
         NAO_AS, NAO_DH, note="the analysis is cleared with (shown to) the audited department"),
    flow(NAO, "NHS Digital", "aggregate", "access",
         "Apart from public access to NAO outputs, NHS Digital (as part of the DH group) will have access to NAO outputs in different ways at different stages of the NAO report.",
         NAO_AS, NAO_NHSD, note="second row's wording (the first row says 'HSCIC, as part of the DH group will have access')"),
    flow(NAO, "NHS England", "aggregate", "transfer",
         "Depending on the nature of the report and the main body being audited, relevant outputs from analysis based on data provided by NHS Digital, on some occasions,  NAO may clear directly with relevant staff from NHS Digital; on other occasions, NAO may clear the analysis with Department of Health or NHS England and other bodies from DH group,  who in turn may seek advice from NHS Digital for the accuracy of NAO analysis.",
         NAO_AS, ["NHS England"], optional=True, note="'may clear the analysis with': one of the audited bodies, case by case"),
    flow(NAO, "NHS organisations (collectively)", "aggregate", "transfer",
         "Some analysis and insights generated will be shared with NHS and other health and social care bodies to help them to improve services.",
         NAO_AS, NAO_NHS, optional=True, note="'the NHS' and health and social care bodies as a whole, as NICE's 'provide the NHS with information'"),
    flow(NAO, "NHS organisations (collectively)", "aggregate", "transfer",
         "Client bodies (the Department of Health, its Arms-length bodies, the NHS and other relevant bodies funded by public money) which are audited on behalf of Parliament may have access to outputs of the analysis with the data but will not be granted access to the datasets that are held.",
         NAO_AS, NAO_NHS, optional=True, note="'may have access to outputs'"),
    flow(NAO, "NHS organisations (collectively)", "aggregate", "transfer", NAO_OBJ7, NAO_AS, NAO_NHS, optional=True,
         note=NAO_OBJ7_NOTE),
    flow(NAO, "HM Treasury", "aggregate", "transfer", NAO_OBJ7, NAO_AS, ["the Treasury", "Treasury"], optional=True,
         note=NAO_OBJ7_NOTE),
    flow(NAO, "Cabinet Office", "aggregate", "transfer", NAO_OBJ7, NAO_AS, ["the Cabinet Office", "Cabinet Office"],
         optional=True, note=NAO_OBJ7_NOTE),
    flow(NAO, "Local authorities (collectively)", "aggregate", "transfer", NAO_OBJ7, NAO_AS,
         ["local governments", "Local Government Authorities"], optional=True, note=NAO_OBJ7_NOTE),
 ], "roles": [
    role(NAO, "access-restricted-to",
         "All individuals who will have access to the HSCIC data will be employed by the NAO.", NAO_AS),
 ]}

# --- national-body: Monitor (with the NHS TDA, together NHS Improvement): HES, SUS PbR, PROMS, MH, DID, PLICS ---
# Four rows (143-146, the versions' texts, largely repeating each other); each edge is annotated from the sentences
# that state it, placed in the first row holding them.  "NHS Improvement (NHSI)", the operational name under which
# Monitor and the TDA work, is read as the applicant; the TDA, a distinct legal entity and controller in common, is
# its own node where named.
MON = "MONITOR"
MON_AS = ["Monitor", "Monitor’s", "NHS Improvement (NHSI)", "NHS Improvement", "NHSI", "NHS Improvement/Monitor", MON]
TDA = "NHS Trust Development Authority"
TDA_AS = ["NHS Trust Development Authority (NHS TDA)", "NHS Trust Development Authority", "the NHS Trust Development Authority (TDA)",
          "NHS Trust Development Authority (TDA)", "NHS TDA", "TDA", "the TDA", "NHS Trust Development Agency"]
RNOH = "Royal National Orthopaedic Hospital NHS Trust"
RNOH_AS = ["The Royal National Orthopaedic Hospital NHS Trust (RNOH)", "the Royal National Orthopaedic Hospital NHS Trust (RNOH)",
           "Royal National Orthopaedic Hospital NHS Trust", "Royal National Orthopaedic Hospital", "RNOH"]
MON_NHSD = ["NHS Digital", "NHSD", "HSCIC"]
NHSE_AS = ["NHS England", "NHSE"]
MON_TRUSTS = ["trusts", "Trusts", "the trusts about whom the data pertains", "the hospital from which the data was originally sourced",
              "individual Trusts", "the submitting Trust", "the Trust", "providers", "NHS providers", "hospitals",
              "the pilot Trusts", "six acute Trusts"]
MON_DATA = ["HES", "SUS PbR", "PROMS", "Mental Health Data Sets (MHMDS) (MHLDDS) (MHSDS)", "Diagnostic Imaging Data Set (DiDs)",
            "Casemix HES", "Patient Level Costing data (PLICS)"]
MON_PILOT = "The 2016 Pilot Collection of Patient Level Cost data at six acute Trusts proved that the draft patient level costing standards can be successfully implemented by NHS providers and that the process for data collection by NHS Digital for onward transmission to NHS Improvement can be completed successfully."
MON_RESULTS = "Results of the analysis may be shared with colleagues at NHS Digital/DH/NHSE to inform future policy development."
MON_RESULTS_NOTE = "'may be shared': results of analysis (aggregate)"
MON_ACCESS = "Access to all data will be restricted to people employed by or contracted to Monitor, NHS TDA, NHS England, or Royal National Orthopaedic Hospital."
MON_CIC = "For clarity, Monitor and NHS TDA will act as data controllers in common and joint data processors."
MON_DASH = "The dashboard shall provide aggregated small number suppressed summary of pseudonymised linked PLICS data and record level PLICS data to individual Trusts who participated in the PLICS pilot collections."
MON_DASH_NOTE = ("the PLICS portal on the Model Hospital dashboard, NHS Improvement's: aggregated summaries and the trust's own "
                 "record level PLICS data ('non-sensitive, non-identifiable fields relating to that Trust')")
ANNOTATIONS["NIC-15814-C6W9R"] = {"flows": [
    flow("NHS Digital", MON, "pseudonymised", "transfer",
         "However the data processed with HES Browser comes from NHSD and is subject to Monitor’s contract with NHSD.",
         MON_NHSD, MON_AS, MON_DATA,
         note="pseudonymised: 'Linking will be done at patient level but this will only consist of pseudonymised data', "
              "'patient level pseudonymised data specified in this agreement'"),
    flow("NHS Digital", MON, "unspecified", "transfer", MON_PILOT, MON_NHSD, MON_AS, ["Patient Level Costing data (PLICS)"],
         note="PLICS collected from the pilot trusts by NHS Digital (section 255) and sent on to NHS Improvement; the same "
              "block elsewhere: 'safely transferring pseudonymised linked PLICS MHSDS data back to Monitor'"),
    flow("Providers", "NHS Digital", "unspecified", "transfer", MON_PILOT, MON_TRUSTS, MON_NHSD,
         ["Patient Level Costing data (PLICS)"],
         note="the pilot trusts' PLICS submissions to NHS Digital (seven volunteer providers listed in the Processing)"),
    flow(MON, TDA, "pseudonymised", "transfer",
         "Data sharing from Monitor to NHS TDA and NHS England for the purpose of working on the national tariff only.",
         MON_AS, TDA_AS, note="second row; record-level data of the agreement (state as the first statement)"),
    flow("NHS Digital", TDA, "pseudonymised", "transfer",
         "NHS Trust Development Agency will only access all of the datasets within this agreement with the exception of the PLICS data for the purposes as set out in this this agreement.",
         MON_NHSD, TDA_AS, optional=True,
         note="the TDA's use of the agreement's data ('This application seeks to request data for both the TDA and Monitor'); "
              "its route (from NHS Digital or from Monitor, as the second row says) is not written here"),
    flow(MON, "NHS England", "pseudonymised", "transfer",
         "Data sharing from Monitor to NHS TDA and NHS England for the purpose of working on the national tariff only.",
         MON_AS, NHSE_AS, note="second row"),
    flow(MON, "NHS England", "unspecified", "transfer",
         "Monitor will be sharing with NHS England the Casemix HES and Grouper Output data that have gone through a cleansing process including impact assessments used to determine the financial effects of these findings on the healthcare sector.",
         MON_AS, NHSE_AS, ["Casemix HES", "Grouper Output"],
         note="cleansed Casemix HES and grouper output; 'Only NHS England staff who are working on the national tariff are permitted to access the data'"),
    flow(MON, "NHS England", "aggregate", "transfer",
         "-\t Share the aggregated (data may be suppressed, take the form of indicators or gone through a cleansing process)  data Monitor produce, and/or the results of Monitor’s analysis of the raw data with NHS England as part of Monitor’s joint role to develop the national tariff (NHSE have a separate license agreement with HSCIC for the raw data)",
         MON_AS, NHSE_AS),
    flow("NHS Digital", "NHS England", "unspecified", "transfer",
         "Separately, NHS England also receives the source Casemix/Grouper data from NHS Digital.",
         MON_NHSD, NHSE_AS, ["Casemix/Grouper data"], optional=True,
         note="'Separately': under NHS England's own agreement ('NHSE have a separate license agreement with HSCIC')"),
    flow(MON, RNOH, "pseudonymised", "access",
         "The Royal National Orthopaedic Hospital NHS Trust (RNOH), are included as a data processor however processing will only occur at the specified Monitor location of Wellington House.",
         MON_AS, RNOH_AS,
         note="the processor works on the data at Monitor's site ('No data will flow to RNOH'; 'RNOH wishes to analyse a wide range of data about NHS providers' for GIRFT)"),
    flow(MON, "Providers", "unspecified", "transfer",
         "(5)\tMonitor will share the analysis and underlying data back with the trusts about whom the data pertains.",
         MON_AS, MON_TRUSTS,
         note="merger risk assessments; only where 'the provider has an existing DSA for HES data in place with NHS Digital'"),
    flow(MON, "Providers", "aggregate", "transfer",
         "o\tThe hospital data packages will only be published to the hospital from which the data was originally sourced (therefore, we expect to show small numbers)",
         MON_AS, MON_TRUSTS, note="GIRFT hospital data packs, each to its own hospital (aggregate, small numbers shown)"),
    flow(MON, "Providers", "aggregate", "access", MON_DASH, MON_AS, MON_TRUSTS, ["Patient Level Costing data (PLICS)"],
         note=MON_DASH_NOTE),
    flow(MON, "Providers", "pseudonymised", "access", MON_DASH, MON_AS, MON_TRUSTS, ["Patient Level Costing data (PLICS)"],
         note=MON_DASH_NOTE + "; record level: a second statement"),
    flow(TDA, "Providers", "aggregate", "transfer",
         "Output – Framework is unpublished, but is available for use among Trusts about whom the data relates to.",
         TDA_AS, MON_TRUSTS, note="the Single Oversight Framework, in the TDA's part of the third row"),
    flow(TDA, "Department of Health", "aggregate", "transfer",
         "In order to address this problem, there is ongoing work to support senior management in the DH and its arm’s length bodies with a range of indicators to try to understand what is happening, and assist in the development of solutions.",
         TDA_AS, ["the DH", "DH"], optional=True, note="'ongoing work to support senior management ... with a range of indicators': delivery implied"),
    flow(MON, "NHS Digital", "aggregate", "transfer",
         "Monitor also requires the ability to share analysis derived from the Casemix HES data with NHS Digital.",
         MON_AS, MON_NHSD, optional=True, note="'requires the ability to share': a stated need"),
    flow(MON, "NHS Digital", "aggregate", "transfer", MON_RESULTS, MON_AS, MON_NHSD, optional=True, note=MON_RESULTS_NOTE),
    flow(MON, "Department of Health", "aggregate", "transfer", MON_RESULTS, MON_AS, ["DH"], optional=True, note=MON_RESULTS_NOTE),
    flow(MON, "NHS organisations (collectively)", "aggregate", "transfer",
         "- Results of the analysis may be shared prior to publication with colleagues at other NHS organisations to inform future policy development",
         MON_AS, ["other NHS organisations", "NHS organisations"], optional=True, note="'may be shared'"),
    flow(MON, "Royal College of Surgeons", "aggregate", "transfer",
         "o\tAd hoc reports for NHS managers or clinicians (e.g. NHS England, NHS Improvement, Royal College of Surgeons, etc.) will identify individual hospitals, and small numbers will be supressed",
         MON_AS, ["Royal College of Surgeons"], optional=True, note="an example ('e.g.') of recipients of ad hoc reports"),
    flow(MON, "STPs (collectively)", "aggregate", "transfer",
         "o\tNetwork or STP reports, where data from more than one hospital are included and published to an audience that contains personnel from more than one NHS organisation, will identify individual hospitals, and small numbers will be supressed",
         MON_AS, ["STP", "Sustainability and Transformation (STP)"], optional=True,
         note="reports for STPs and networks, 'published to an audience'"),
 ], "roles": [
    role(MON, "controller", MON_CIC, MON_AS),
    role(TDA, "controller", MON_CIC, TDA_AS),
    role(MON, "processor", MON_CIC, MON_AS),
    role(TDA, "processor", MON_CIC, TDA_AS),
    role(RNOH, "processor",
         "The Royal National Orthopaedic Hospital NHS Trust (RNOH), are included as a data processor however processing will only occur at the specified Monitor location of Wellington House.",
         RNOH_AS),
    role(MON, "access-restricted-to", MON_ACCESS, MON_AS),
    role(TDA, "access-restricted-to", MON_ACCESS, TDA_AS),
    role("NHS England", "access-restricted-to", MON_ACCESS, NHSE_AS),
    role(RNOH, "access-restricted-to", MON_ACCESS, RNOH_AS),
 ]}
