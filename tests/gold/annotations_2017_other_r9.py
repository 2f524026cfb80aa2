"""Round 9 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output for
these agreements was looked at before this file was committed (the round-8 rules' builds of the whole register ran
over them; nothing of theirs in those builds was read).  build_register2017_other_r3.py adds rounds 3 to 9 to the
gold and checks every evidence string.  Every as-written list holds only forms the dump uses.
"""
from annotations_2017_other_r3 import flow, role

# --- commercial-information: IMS Health Ltd, pulmonary arterial hypertension (PAH) study with Sheffield (STHFT) ---
IMS = "IMS HEALTH LTD"
IMS_AS = ["IMS Health Ltd", "IMS Health", "IMS", "IMS health", "IMS Health LTD", "IMS Health limited", "IMS Health Limited",
          "IMS Health Ltd’s", "The IMS Health Ltd", "the IMS Health Ltd", IMS]
IMS_NHSD = ["NHS Digital", "NHS Digital team"]
STH = "Sheffield Teaching Hospitals NHS Foundation Trust"
STH_AS = ["Sheffield Teaching Hospitals NHS Foundation Trust (STHFT)", "Sheffield Teaching Hospitals NHS Foundation Trust",
          "STHFT", "STHFT’s", "STFHT", "the STHFT informatics team", "the STHFT research informatics team"]
GSK = "GlaxoSmithKline"
GSK_AS = ["GlaxoSmithKline (GSK)", "GlaxoSmithKline", "GSK", "GSK’s"]
UOS = "University of Sheffield"
UOS_AS = ["the University of Sheffield (UoS)", "the University of Sheffield", "University of Sheffield", "UoS"]
PAH_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Outpatients",
           "Hospital Episode Statistics Accident and Emergency"]
PAH_AGG = "UoS and GSK only ever have access to aggregated data with small number suppressed in line with the HES Analysis Guide."
PAH_AGG_NOTE = ("the two partners 'will provide clinical interpretation of the results' and sit on the clinical "
                "interpretation group: they reach the aggregated outputs of IMS's analysis (access), never record level")
ANNOTATIONS = {
    "NIC-58999-K6P8B": {"flows": [
        flow(STH, "NHS Digital", "identifiable", "transfer",
             "1. STHFT shares with NHS Digital team, via a secure file transfer protocol, the NHS numbers of patients that have attended the SDPVU clinic since 2000, aligned to a generated study ID.",
             STH_AS, IMS_NHSD, ["NHS numbers and study IDs of the SPVDU cohort"]),
        flow("NHS Digital", STH, "pseudonymised", "transfer",
             "2. NHS Digital links to the identifiable cohort to data Admitted Patient Care, Outpatient and Accident & Emergency data, removes the NHS numbers and returned the de-identified extract (including study ID) to the STHFT informatics team which consist of patients in cohort 1.",
             IMS_NHSD, STH_AS, PAH_HES, note="'removes the NHS numbers and returned the de-identified extract (including "
                                             "study ID)': pseudonymised"),
        flow("NHS Digital", STH, "pseudonymised", "transfer",
             "In addition, a pseudo-non sensitive extract is also provided consisting of the patients in cohort 2.",
             IMS_NHSD, STH_AS, PAH_HES, note="the same step: the cohort-2 extract, recipient from the sentence before"),
        flow(STH, IMS, "pseudonymised", "access",
             "4. This environment will be remotely accessed within the STHFT DMZ by trained researchers (from IMS health, under confidentiality agreements).",
             STH_AS, IMS_AS, PAH_HES,
             note="the linked pseudonymised data 'loaded to a second logical environment also located within STHFT' "
                  "(step 3), reached remotely by IMS's researchers; 'performed only on pseudonymised patient information'"),
        flow(IMS, UOS, "aggregate", "access", PAH_AGG, IMS_AS, UOS_AS, note=PAH_AGG_NOTE),
        flow(IMS, GSK, "aggregate", "access", PAH_AGG, IMS_AS, GSK_AS, note=PAH_AGG_NOTE),
        flow(IMS, "Pulmonary Hypertension Association UK", "aggregate", "transfer",
             "• Published results will be shared with the PHA UK patient advocacy group",
             IMS_AS, ["the PHA UK patient advocacy group", "PHA UK"],
             note="listed under 'The target dissemination plan is as follows:' (sharing with one named body, stated as "
                  "planned)"),
        flow(IMS, "Providers", "aggregate", "transfer",
             "• Results will also be shared with other parties where appropriate e.g. Sharing results with other NHS trusts who also manage PAH patients or sharing with international centres which also diagnose and manage PAH patients",
             IMS_AS, ["other NHS trusts"], optional=True, note="hedged ('where appropriate e.g.')"),
        flow(IMS, STH, "aggregate", "transfer",
             "During the analysis process of the anonymised and aggregated data there will be regular sessions with Sheffield and GSK clinical experts provide clinical perspective and impact of the results generated.",
             IMS_AS, STH_AS, optional=True,
             note="meetings ('regular sessions') with 'Sheffield' clinical experts (the Trust or the University: not "
                  "written)"),
        flow(IMS, GSK, "aggregate", "transfer",
             "During the analysis process of the anonymised and aggregated data there will be regular sessions with Sheffield and GSK clinical experts provide clinical perspective and impact of the results generated.",
             IMS_AS, GSK_AS, optional=True, note="meetings with GSK's clinical experts (the access edge above is required)"),
        flow(IMS, GSK, "aggregate", "transfer",
             "IMS Health Ltd have previously been commissioned by GlaxoSmithKline to carry out a retrospective analysis of UK iPAH patients in the English Hospital Episode Statistics (HES) data.",
             IMS_AS, GSK_AS, optional=True,
             note="earlier commissioned work under another agreement; its delivery is implied, not written"),
     ], "roles": [
        role(IMS, "access-restricted-to",
             "All individuals with access to the record level data are substantive employees of IMS Health Ltd save for researchers from other parts of the IMS group who may be required from time to time to provide expertise in analysis of the data.",
             IMS_AS),
     ]},
}

# --- commercial-information: Pathway Communications Ltd, ophthalmology demand forecasting and pathway simulation ---
PATH = "PATHWAY COMMUNICATIONS LTD"
PATH_AS = ["Pathway Communications", "Pathway", PATH]
PATH_NHSD = ["the HSCIC", "HSCIC"]
SWARKS = "South Warwickshire NHS Foundation Trust"
SWARKS_AS = ["South Warwickshire NHS Trust"]
CUH = "Cambridge University Hospitals NHS Foundation Trust"
CUH_AS = ["Cambridge Hospital University NHS Foundation Trust"]
MTW = "Maidstone and Tunbridge Wells NHS Trust"
MTW_AS = ["Maidstone and Tunbridge Wells NHS Trust", "Maidstone and Tunbridge Wells NHS Trusts"]
PATH_ASKED = "Pathway Communications has been asked by South Warwickshire NHS Trust,  Cambridge Hospital University NHS Foundation Trust and Maidstone and Tunbridge Wells NHS Trusts (but later for other customer organisations: NHS Trusts, NHS Foundation Trusts, CCGs, and CSUs) to develop an operational simulation to fully replicate their ophthalmology service in order to:"
PATH_ASKED_NOTE = ("the simulation and forecasts are made for the three pilot trusts ('to develop a simulation tool for these "
                   "Trusts', 'Quarterly updates are required so that these Trusts can carry out regular comparisons'); "
                   "outputs 'Powerpoint graphs and charts in pdf format', aggregated")
PATH_CUSTOMERS = "Static forecasting reports will be generated for customer organisations (NHS Trusts, NHS Foundation Trusts, CCGs, and CSUs) only."
ANNOTATIONS["NIC-391618-M3X6R"] = {"flows": [
    flow("NHS Digital", PATH, "unspecified", "transfer",
         "Pathway Communications will receive HES data from the HSCIC related to Ophthalmology episodes, filtered by treatment specialty 130 and all diagnosis codes returned within that treatment specialty.",
         PATH_NHSD, PATH_AS, ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Outpatients"],
         note="record-level HES ('record level HES data will be securely held'); no state written"),
    flow(PATH, SWARKS, "aggregate", "transfer", PATH_ASKED, PATH_AS, SWARKS_AS, note=PATH_ASKED_NOTE),
    flow(PATH, CUH, "aggregate", "transfer", PATH_ASKED, PATH_AS, CUH_AS, note=PATH_ASKED_NOTE),
    flow(PATH, MTW, "aggregate", "transfer", PATH_ASKED, PATH_AS, MTW_AS, note=PATH_ASKED_NOTE),
    flow(PATH, "Providers", "aggregate", "transfer",
         "Users of the reports and simulations will be the Management team for Ophthalmology Services at NHS Trusts.",
         PATH_AS, ["NHS Trusts", "NHS Foundation Trusts"],
         note="the users of the outputs named as a class (as Lightfoot's users lists)"),
    flow(PATH, "Providers", "aggregate", "transfer", PATH_CUSTOMERS, PATH_AS, ["NHS Trusts", "NHS Foundation Trusts"],
         optional=True, note="customer organisations: a customer base (the trusts' edge is required above)"),
    flow(PATH, "CCGs (collectively)", "aggregate", "transfer", PATH_CUSTOMERS, PATH_AS, ["CCGs"], optional=True,
         note="customer organisations: a customer base"),
    flow(PATH, "CSUs (collectively)", "aggregate", "transfer", PATH_CUSTOMERS, PATH_AS, ["CSUs"], optional=True,
         note="customer organisations: a customer base"),
 ], "roles": [
    role(PATH, "access-restricted-to",
         "Users of the record level data will be restricted to Pathway Communications staff only.", PATH_AS),
 ]}

# --- national-body: Office for National Statistics, quality of PDS informal dates of death (tabulations only) ---
ONS = "OFFICE FOR NATIONAL STATISTICS (ONS)"
ANNOTATIONS["NIC-48781-Z5C2L"] = {"flows": [
    flow("NHS Digital", ONS, "aggregate", "transfer",
         "Tabulated outputs, with small number suppression applied, will be provided to ONS.",
         ["NHS Digital"], ["ONS", ONS], ["MRIS - Bespoke"],
         note="NHS Digital links and tabulates inside NHS Digital; 'No record level or identifiable data will be released "
              "by NHS Digital'"),
 ], "roles": []}

# --- national-body: Care Quality Commission, HES / HES-ONS / MHLDDS / MHSDS for monitoring and inspection ---
CQC = "CARE QUALITY COMMISSION (CQC)"
CQC_AS = ["The Care Quality Commission (CQC)", "CQC", "the CQC", "CQC’s", "the CQC's", "The CQC", CQC]
CQC_TRUSTS = ["providers", "trusts", "a trust", "the trust", "the originating Trust", "the Trust"]
ATOS = "Atos"
ATOS_AS = ["Atos", "ATOS"]
ANNOTATIONS["NIC-359603-D2Q6M"] = {"flows": [
    flow("NHS Digital", CQC, "identifiable", "transfer",
         "The data from NHS Digital will only be processed by substantive employees of CQC and ATOS (note that the local patient identifier may be shared with the originating Trust to identify patient notes to review, as detailed below in the Benefits section).",
         ["NHS Digital"], CQC_AS, ["Hospital Episode Statistics Admitted Patient Care", "Mental Health Minimum Data Set"],
         note="the supply is presupposed ('The data from NHS Digital'); identifiable: 'The identifiable data are loaded into "
              "a separate database' (same block), 'access to the requested identifiable data' (Objectives)"),
    flow(CQC, "Providers", "aggregate", "transfer",
         "Data and information packs/evidence tables: used by the inspections teams and shared with providers.",
         CQC_AS, CQC_TRUSTS, note="'This is aggregate information with small numbers suppressed.'"),
    flow(CQC, "Providers", "aggregate", "transfer",
         "Outliers Programme: analysis of certain metrics derived from these data are shared with trusts who have hit a statistical threshold that is regarded as being of concern.",
         CQC_AS, CQC_TRUSTS, note="'A trust receives analysis only of patients admitted at that trust with a comparison to "
                                  "overall national rates'"),
    flow(CQC, "Providers", "aggregate", "transfer",
         "When CQC decide to proceed, the data is shared information with the trust for them to review and comment upon.",
         CQC_AS, CQC_TRUSTS, note="the outliers programme's analysis shared with the trust concerned"),
    flow(CQC, "Providers", "identifiable", "transfer",
         "In those cases CQC may share a small number of values for the local patient identifier (lopatid) with the trust so they can identify patient notes to review.",
         CQC_AS, CQC_TRUSTS, optional=True,
         note="'may', 'on rare occasions': a possibility (also 'can be sent to the originating Trust', 'It is occasionally "
              "necessary to identify to a trust examples of their own patients')"),
 ], "roles": [
    role(CQC, "access-restricted-to",
         "The data from NHS Digital will only be processed by substantive employees of CQC and ATOS (note that the local patient identifier may be shared with the originating Trust to identify patient notes to review, as detailed below in the Benefits section).",
         CQC_AS),
    role(ATOS, "access-restricted-to",
         "The data from NHS Digital will only be processed by substantive employees of CQC and ATOS (note that the local patient identifier may be shared with the originating Trust to identify patient notes to review, as detailed below in the Benefits section).",
         ATOS_AS),
 ]}
