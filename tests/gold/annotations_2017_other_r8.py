"""Round 8 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at (the extractor was not run on these agreements before this file was committed).
build_register2017_other_r3.py adds rounds 3 to 8 to the gold and checks every evidence string.  As in rounds 6
and 7, every as-written list holds only forms the dump uses (an empty list where the text never names the
organisation).
"""
from annotations_2017_other_r3 import flow, role

# --- commercial-information: Nuvia Ltd, MR110 (UKAEA workforce mortality and cancer flagging study) ---
NUVIA = "NUVIA LTD"
NUVIA_AS = ["Nuvia", "Nuvia Limited", "the study", "The study", NUVIA]
NUVIA_NHSD = ["NHS Digital"]
ANNOTATIONS = {
    "NIC-147834-LHQ2R": {"flows": [
        flow(NUVIA, "NHS Digital", "identifiable", "transfer",
             "MR110 is a flagging study, so data is provided to NHS Digital by Nuvia to enable the flags to be set.",
             NUVIA_AS, NUVIA_NHSD, ["MRIS - Members and Postings Report"],
             note="the cohort's identifiers for flagging: 'name, date of birth, NHS number, home address, date to "
                  "address and a unique study identifier' (next sentence)"),
        flow(NUVIA, "NHS Digital", "identifiable", "transfer",
             "Periodically the required details for flagging are sent to NHS Digital and Dumfries.",
             NUVIA_AS, NUVIA_NHSD, note="the same flagging details (identifiers)"),
        flow(NUVIA, "Dumfries", "identifiable", "transfer",
             "Periodically the required details for flagging are sent to NHS Digital and Dumfries.",
             NUVIA_AS, ["Dumfries"], optional=True,
             note="the body at Dumfries (the NHS Central Register for Scotland, by the reader's knowledge) is named "
                  "only by its town: not resolvable from the text"),
        flow("NHS Digital", NUVIA, "identifiable", "transfer",
             "When data comes to the study from NHS Digital, either as event notifications or members and postings listings, it is initially linked to the data in the database using name, DOB and NHS Number.",
             NUVIA_NHSD, NUVIA_AS, ["MRIS - Cohort Event Notification Report", "MRIS - Members and Postings Report"],
             note="'When' is temporal (the routine supply), not a condition; linked on name, DOB and NHS Number: "
                  "identifiable (the mortality and emigration data carry 'sufficient identity data to confirm that "
                  "the flag was correctly set')"),
        flow(NUVIA, "PHE/NDA Epidemiology Governance Group", "aggregate", "transfer",
             "It has approval from, and reports to the PHE/NDA Epidemiology Governance Group, which includes employee representatives.",
             NUVIA_AS, ["the PHE/NDA Epidemiology Governance Group"], optional=True,
             note="governance reporting to an oversight group: no output named as supplied"),
        flow("UKAEA's contractors CSC", NUVIA, "identifiable", "transfer",
             "New data subjects are recognised and added to the SHIELD database when their personnel data is sent to the Health Effects team by UKAEA’s contractors CSC, or by DSRL and Magnox.",
             ["UKAEA’s contractors CSC", "CSC"], NUVIA_AS, ["personnel data"], optional=True,
             note="the study's own collection of personnel data from the employers (not this agreement's data, as "
                  "the AIMS study's own collection, NIC-29100-R2S2F)"),
        flow("DSRL", NUVIA, "identifiable", "transfer",
             "New data subjects are recognised and added to the SHIELD database when their personnel data is sent to the Health Effects team by UKAEA’s contractors CSC, or by DSRL and Magnox.",
             ["DSRL"], NUVIA_AS, ["personnel data"], optional=True, note="the study's own collection (as CSC's)"),
        flow("Magnox", NUVIA, "identifiable", "transfer",
             "New data subjects are recognised and added to the SHIELD database when their personnel data is sent to the Health Effects team by UKAEA’s contractors CSC, or by DSRL and Magnox.",
             ["Magnox"], NUVIA_AS, ["personnel data"], optional=True, note="the study's own collection (as CSC's)"),
     ], "roles": [
        role(NUVIA, "access-restricted-to",
             "The data requested and already disseminated will be accessed and processed by substantive employees of Nuvia and only for the purposes described in the application.",
             NUVIA_AS),
     ]},
}

# --- commercial-information: IMS Health Ltd, Hospital Treatment Insights (HTI, HTI-CPRD-GOLD) ---
IMS = "IMS HEALTH LTD"
IMS_AS = ["IMS Health Ltd", "IMS Health Ltd.", "IMS Health Limited", "IMS Health", "IMS", "IMS Health Ltd’s",
          "IMS Health Ltd.’s", IMS]
IMS_NHSD = ["NHS Digital"]
IMS_TRUSTS = ["participating trusts", "participating hospital Trusts", "Participating NHS Trusts", "NHS Trusts",
              "hospital trusts", "trusts", "Trusts", "each trust", "participating hospitals"]
IMS_RESEARCHERS = ["Researchers", "researchers", "External researchers", "external researchers",
                   "Medical researchers from academia", "honorary contractor", "Honorary contractors"]
IMS_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Outpatients",
           "Hospital Episode Statistics Accident and Emergency", "Hospital Episode Statistics Critical Care"]
IMS_ALBS = "2. Regulatory Authorities and Arm’s Length Bodies (ALBs) involved in Health and Social Care. The specific outputs expected for regulatory authorities include  drug safety studies, signal detection and evaluation of adverse drug reactions of hospital prescribed therapies. ALBs such as NICE, NHS Digital and NHS England will be able to access the pseudonymised, non-sensitive record level database for conducting health technology assessments, monitoring adherence to guidance and to inform policy decisions."
IMS_ALBS_NOTE = ("'ALBs such as NICE, NHS Digital and NHS England will be able to access': examples of a customer "
                 "kind, no access by the named body stated as planned (as 'such as the European Medicines Agency', "
                 "NIC-373563-N8Z9J)")
ANNOTATIONS["NIC-13925-Q7R2D"] = {"flows": [
    flow("Providers", "NHS Digital", "identifiable", "transfer",
         "Each month, participating trusts provide three files to NHS Digital.",
         IMS_TRUSTS, IMS_NHSD, ["hospital pharmacy issues data"],
         note="the 'TRUSTED' file 'contains patient identifiable hospital pharmacy issues data, which is used for the "
              "subsequent linkage to HES' (the linkage this agreement's data come from)"),
    flow("NHS Digital", IMS, "anonymised", "transfer",
         "The 'ISSUES' file is a non-identifiable version of the TRUSTED file which NHS Digital provides onward to IMS Health Ltd, and also checks against the TRUSTED file to ensure the payload data in the two files are consistent.",
         IMS_NHSD, IMS_AS, ["ISSUES file"], optional=True,
         note="'The ISSUES and DEFS files ... are received by IMS Health Ltd for their hospital pharmacy audit work, "
              "which is outside the scope of this agreement'"),
    flow("NHS Digital", IMS, "pseudonymised", "transfer",
         "Hospital prescribing and HES data are linked by NHS Digital and data are pseudonymised before being passed on to IMS Health Ltd on a quarterly basis.",
         IMS_NHSD, IMS_AS, IMS_HES),
    flow(IMS, "Researchers (collectively)", "pseudonymised", "access",
         "They are provided with a username and password and access the data through the secure portal.",
         IMS_AS, IMS_RESEARCHERS, IMS_HES,
         note="'External Researcher access': researchers under honorary contract to IMS access the pseudonymised "
              "HTI database held in IMS's environment through its secure portal (releases to researchers under an "
              "access procedure, README-other)"),
    flow(IMS, "Researchers (collectively)", "pseudonymised", "access",
         "Remote Access to IMS ISO27001 compliant environment: Researchers access the IS027001 environment remotely via a secure portal.",
         IMS_AS, IMS_RESEARCHERS, IMS_HES),
    flow(IMS, "Researchers (collectively)", "pseudonymised", "access",
         "3. Medical researchers from academia. Access to pseudonymised, non-sensitive record level database or delivery of aggregated tables for generation of research publications in peer-reviewed journals and presentations in scientific conferences.",
         IMS_AS, IMS_RESEARCHERS, IMS_HES,
         note="listed under 'The following outputs are expected for each of the research groups IMS Health Ltd "
              "engages with:'"),
    flow(IMS, "Life science companies (collectively)", "aggregate", "transfer",
         "4. Pharmaceutical companies. Provision of aggregated, small number suppressed tables to answer research questions in areas of:",
         IMS_AS, ["Pharmaceutical companies", "pharmaceutical companies"],
         note="listed under 'The following outputs are expected for each of the research groups IMS Health Ltd "
              "engages with:' (a provision stated as planned, not only a customer kind); 'Pharmaceutical companies "
              "will not have direct access to the pseudonymised record level data'"),
    flow(IMS, "Providers", "aggregate", "transfer",
         "These findings will be sent to Chief Pharmacists and Research departments at participating hospital Trusts.",
         IMS_AS, IMS_TRUSTS,
         note="'The report delivered to each trust will contain aggregated, small number suppressed data across all "
              "trusts and will also contain trust-specific outputs'"),
    flow(IMS, "Providers", "aggregate", "transfer",
         "The report delivered to each trust will contain aggregated, small number suppressed data across all trusts and will also contain trust-specific outputs which will only be shared with that trust.",
         IMS_AS, IMS_TRUSTS),
    flow(IMS, "Providers", "aggregate", "transfer",
         "IMS Health Ltd will conduct studies on behalf of trusts and results from these studies will be shared as part of an annual research report and also at an annual research day which will be attended by participating trusts and other healthcare stakeholders.",
         IMS_AS, IMS_TRUSTS),
    flow(IMS, "Providers", "aggregate", "transfer",
         "IMS Health Ltd will share these findings with participating trusts and healthcare stakeholders at an annual research day.",
         IMS_AS, IMS_TRUSTS, optional=True, note="findings presented at a meeting (the annual research day)"),
    flow(IMS, "European Medicines Agency", "aggregate", "transfer",
         "The results of the study were submitted to the European Medicines Agency in support of a risk management plan (RMP) which helped to characterise the overall benefit risk profile the drug and ensures that it is used as safely as possible.",
         IMS_AS, ["the European Medicines Agency (EMA)", "the European Medicines Agency", "European Medicines Agency",
                  "EMA", "the EMA"],
         note="a past output stated as delivered: 'IMS Health Ltd has conducted two important safety studies in the "
              "HTI database'; the second study's results were submitted to the EMA"),
    flow(IMS, "Medicines and Healthcare products Regulatory Agency", "pseudonymised", "access",
         "Regulators, such as the MHRA and EMA, have also expressed an interest in using HTI data in their drug safety activities.",
         IMS_AS, ["the Medicines and Healthcare Products Regulatory Agency (MHRA)", "MHRA", "the MHRA"], IMS_HES,
         optional=True, note="an expressed interest, no access stated"),
    flow(IMS, "National Institute for Health and Care Excellence", "pseudonymised", "access", IMS_ALBS,
         IMS_AS, ["NICE"], IMS_HES, optional=True, note=IMS_ALBS_NOTE),
    flow(IMS, "NHS England", "pseudonymised", "access", IMS_ALBS,
         IMS_AS, ["NHS England"], IMS_HES, optional=True, note=IMS_ALBS_NOTE),
    flow(IMS, "NHS Digital", "pseudonymised", "access", IMS_ALBS,
         IMS_AS, IMS_NHSD, IMS_HES, optional=True, note=IMS_ALBS_NOTE),
    flow(IMS, "London School of Hygiene and Tropical Medicine", "pseudonymised", "access",
         "Current academic relationships: London School of Hygiene and Tropical Medicine (Faculty of Epidemiology and Population Health) ʹworking with the epidemiology group to study the cardiovascular outcomes of varying cancer treatments in survivors of breast cancer.",
         IMS_AS, ["London School of Hygiene and Tropical Medicine"], optional=True,
         note="joint work ('working with'), no supply or access stated"),
    flow(IMS, "University College London", "pseudonymised", "access",
         "University College London (Dept. of Public Health) ʹa validation study to determine the strengths and limitations of the data for antibiotic research also a second piece of work on babies diagnosed with Respiratory syncytial virus treated with Pavalizumab.",
         IMS_AS, ["University College London"], optional=True,
         note="an 'academic relationship' (joint work), no supply or access stated"),
    flow(IMS, "Clinical Practice Research Datalink", "pseudonymised", "transfer",
         "IMS Health Ltd and the CPRD conducted a feasibility study to investigate the % of patients who continued treatment of anticoagulant therapy in primary care within 90 days of discharge from hospital.",
         IMS_AS, ["the CPRD", "CPRD", "Clinical Practice Research Datalink"], optional=True,
         note="joint work with the CPRD (HTI-CPRD-GOLD is produced 'in collaboration with the CPRD'); no transfer to "
              "it is stated"),
 ], "roles": [
    role(IMS, "access-restricted-to",
         "External Researcher access: Access to the data is only permitted for substantive IMS Health Ltd employees and researchers working under honorary contract to IMS Health Ltd.",
         IMS_AS),
 ]}

# --- commercial-information: Dr Foster Limited, SHMI dashboard for NHS trusts ---
DRF = "DR. FOSTER LIMITED"
DRF_AS = ["Dr Foster", "Dr Foster Ltd", "Dr Foster Ltd.", "Dr Foster Limited", "Dr Foster’s", DRF]
DRF_TRUSTS = ["NHS Trusts", "all NHS Trusts", "NHS Acute Trusts", "each Trust", "trusts", "hospital trusts"]
ANNOTATIONS["NIC-368020-R5L2K"] = {"flows": [
    flow("NHS Digital", DRF, "unspecified", "transfer",
         "NOTE: Data will flow to Dr Foster Ltd only.",
         [], DRF_AS, ["Hospital Episode Statistics Admitted Patient Care"],
         note="source implicit: the SHMI dataset disseminated under this NHS Digital agreement ('On landing the SHMI "
              "dataset ...'); record level ('transform record level data'), no state given"),
    flow("NHS Digital", DRF, "unspecified", "transfer",
         "SHMI data, which has been available to Dr Foster since 2011, will only be made available to NHS Trusts via the Dr Foster Dashboard Tool.",
         [], DRF_AS, ["Hospital Episode Statistics Admitted Patient Care"],
         note="the same supply ('available to Dr Foster since 2011'); source implicit"),
    flow(DRF, "Providers", "aggregate", "access",
         "SHMI data, which has been available to Dr Foster since 2011, will only be made available to NHS Trusts via the Dr Foster Dashboard Tool.",
         DRF_AS, DRF_TRUSTS,
         note="under the heading 'Publication': the trusts use Dr Foster's online dashboard; 'All data is "
              "aggregated with small numbers suppressed'"),
    flow(DRF, "Providers", "aggregate", "access",
         "The Dr Foster Dashboard Tool Online application is available to NHS Acute Trusts, only which compares the two leading mortality indicators in England – the SHMI and the Dr Foster Hospital Standard Mortality Ratio (HSMR).",
         DRF_AS, DRF_TRUSTS),
    flow(DRF, "Providers", "aggregate", "access",
         "Note: This tool is  provided Free of Charge to all NHS Trusts",
         DRF_AS, DRF_TRUSTS),
 ], "roles": [
    role(DRF, "access-restricted-to",
         "Data will be accessed by the named users within this agreement, i.e. substantive employees of Dr Foster Limited.",
         DRF_AS),
 ]}

# --- national-body: Genomics England, 100,000 Genomes Project linkage (HES, DIDS, MHMDS, PROMs, ONS mortality) ---
GEL = "GENOMICS ENGLAND"
GEL_AS = ["Genomics England", "Genomics", "Genomic England’s", GEL]
GEL_NHSD = ["the HSCIC", "HSCIC"]
GEL_DATA = ["Hospital Episode Statistics Admitted Patient Care", "Diagnostic Imaging Dataset",
            "Mental Health Minimum Data Set", "Patient Reported Outcome Measures (Linkable to HES)",
            "MRIS - Cause of Death Report"]
GEL_RESEARCHERS = ["The Researchers", "Researchers", "researchers"]
ANNOTATIONS["NIC-12784-R8W7V"] = {"flows": [
    flow(GEL, "NHS Digital", "identifiable", "transfer",
         "Genomics England provide the HSCIC with a cohort for linkage and they receive data from the HSCIC on a monthly basis.",
         GEL_AS, GEL_NHSD, note="the cohort for linkage: identifiers (the participants' NHS numbers, 'the single "
                                "consistent identifier used by Genomics England')"),
    flow("NHS Digital", GEL, "identifiable", "transfer",
         "Genomics England provide the HSCIC with a cohort for linkage and they receive data from the HSCIC on a monthly basis.",
         GEL_NHSD, GEL_AS, GEL_DATA,
         note="identifiable: the same block says the data are de-identified only after receipt ('As soon as the data "
              "completeness and quality has been confirmed the data is de-identified'); the Objectives ask for the "
              "data 'linked by NHS number'"),
    flow(GEL, "NHS Digital", "identifiable", "transfer",
         "Every quarter Genomics provide an updated cohort to the HSCIC and the HSCIC provide the historical data for the extra cohort members The cohort is already flagged with the HSCIC so Genomics will only receive the historical data for the extra cohort members each quarter.",
         GEL_AS, GEL_NHSD),
    flow("NHS Digital", GEL, "identifiable", "transfer",
         "Every quarter Genomics provide an updated cohort to the HSCIC and the HSCIC provide the historical data for the extra cohort members The cohort is already flagged with the HSCIC so Genomics will only receive the historical data for the extra cohort members each quarter.",
         GEL_NHSD, GEL_AS, GEL_DATA),
    flow(GEL, "Researchers (collectively)", "pseudonymised", "access",
         "Researchers perform all the analysis and processing within the environments hosted by Genomics England, they do not extract de-identified data.",
         GEL_AS, GEL_RESEARCHERS, GEL_DATA,
         note="approved researchers (members of GeCIP or a GENE consortium) analyse 'a sub-set of the de-identified "
              "data' inside Genomics England's environments: access; de-identified record-level data processed "
              "'without direct identifiers' = pseudonymised"),
    flow(GEL, "Life science companies (collectively)", "pseudonymised", "access",
         "GENE Consortia.  Genomics England are running an Industry trial during the calendar year 2016 that consists of 12 pharma, biotech and diagnostics companies committing to invest monetary and FTE resources to understand how best to realise the value from working with Genomics England, our Bioinformatics Platform Partners and the wider NHS.",
         GEL_AS, ["12 pharma, biotech and diagnostics companies"], optional=True,
         note="the industry trial's companies form one of the two research groups whose members are 'The "
              "Researchers'; their access is the researchers' (required above), not stated for the companies"),
 ], "roles": []}

# --- national-body: NHS England, Assuring Transformation (learning disability inpatients) ---
NHSE = "NHS England"
NHSE_AS = ["NHS England", "NHS ENGLAND"]
NHSE_NHSD = ["NHS Digital", "NHS Digitals’"]
TCP = "Transforming Care Partnerships (collectively)"
TCP_AS = ["Transforming Care Partnerships (TCPs)", "TCPs", "TCP", "each TCP", "local Transforming Care Partnerships (TCPs)"]
AT = ["Monthly Subscription Assuring Transformation"]
ANNOTATIONS["NIC-389823-P1P6B"] = {"flows": [
    flow("NHS Digital", NHSE, "aggregate", "transfer",
         "NHS Digital will be supplying operational management information reports to NHS England on a frequent weekly basis.",
         NHSE_NHSD, NHSE_AS, AT),
    flow("NHS Digital", NHSE, "aggregate", "transfer",
         "(b) NHS Digital supplies operational management information reports to NHS England on a weekly basis.",
         NHSE_NHSD, NHSE_AS, AT),
    flow("NHS Digital", NHSE, "identifiable", "transfer",
         "Including the new AT fields in the extracts and reports sent to NHS England will facilitate targeted work to discharge patients who have been identified as ready to be discharged from inpatient care.",
         NHSE_NHSD, NHSE_AS, AT,
         note="the extracts (record level): 'The analysts will use the fully identifiable data set' ((a)); the "
              "reports are the aggregate statements above; sender implicit (NHS Digital, which produces them)"),
    flow(NHSE, TCP, "aggregate", "transfer",
         "(c) NHS England will supply data to TCPs to allow them to plan and deliver transformational change to services for people with learning disabilities and/or autism.",
         NHSE_AS, TCP_AS, AT,
         note="'unsuppressed data showing the number of patients originating from the TCP at each hospital site' "
              "and Outputs (c) 'Aggregate, unsuppressed TCP-level reports': aggregate (as dur-g.json reads the "
              "later version)"),
    flow(NHSE, TCP, "aggregate", "transfer",
         "The additional request to share detailed data with TCPs will allow TCPs to effectively plan and commission appropriate services, and to reduce the reliance on inpatient care.",
         NHSE_AS, TCP_AS, AT),
    flow(NHSE, "NHS commissioners (collectively)", "aggregate", "transfer",
         "Performance dashboards and other analysis will be used internally and with commissioners once the Management Information has been published by NHS Digital.",
         NHSE_AS, ["commissioners", "Commissioners"],
         note="'These will be in aggregated form only' (as dur-g.json reads the same sentence)"),
 ], "roles": [
    role(NHSE, "access-restricted-to",
         "(b) The operational MI outputs will only be available to operational managers within NHS England.",
         NHSE_AS),
 ]}

# --- national-body: Public Health England, HES / SUS / DIDS / MHSDS / NCMP / SRHAD (one Objectives cell) ---
PHE = "PUBLIC HEALTH ENGLAND (PHE)"
PHE_AS = ["PHE", PHE]
PHE_NHSD = ["NHSD"]
PHE_ANON = "The anonymised data provided by NHSD to PHE is used to produce a range of statistics and analyse trends in the incidence and prevalence of a wide range of conditions such as heart disease and stroke, mental health and respiratory disease."
ANNOTATIONS["NIC-343380-H5Q9K"] = {"flows": [
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "The identifiable patient data provided by NHSD to PHE is linked to the records of patients with cancer held by PHE on the National Cancer Register (https://www.gov.uk/guidance/national-cancer-registration-and-analysis-service-ncras).",
         PHE_NHSD, PHE_AS, ["Diagnostic Imaging Dataset"]),
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "The identifiable patient data provided by NHSD to PHE is linked to the records of patients with cancer held by PHE in the National Cancer Register.",
         PHE_NHSD, PHE_AS, ["Hospital Episode Statistics Admitted Patient Care", "Standard Monthly Extract : SUS PbR APC Episodes"],
         note="stated twice word for word (HES and SUS); listed once"),
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "The patient identifiable HES data provided by NHSD to PHE is linked to a number of collections of information on patients with infectious diseases to monitor, investigate and manage: a)     antimicrobial resistanceb)    healthcare associated infectionsc)     respiratory diseasesd)    vaccine safetye)     vaccine efficacy and cost effectiveness.",
         PHE_NHSD, PHE_AS, ["Hospital Episode Statistics Admitted Patient Care"]),
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "The patient identifiable HES data provided by NHSD to PHE is linked to the records of individuals with a congenital anomaly or rare disease (CARD) held by PHE in the National Congenital Anomaly and Rare Diseases Register (https://www.gov.uk/guidance/the-national-congenital-anomaly-and-rare-disease-registration-service-ncardrs).",
         PHE_NHSD, PHE_AS, ["Hospital Episode Statistics Admitted Patient Care"]),
    flow("NHS Digital", PHE, "identifiable", "transfer",
         "Data is only provided by NHSD for patients with a cancer-related ICD-10 diagnosis code.",
         PHE_NHSD, PHE_AS, ["Standard Monthly Extract : SUS PbR APC Episodes"],
         note="the SUS supply; state from the sentence before ('The identifiable patient data provided by NHSD to "
              "PHE ...')"),
    flow(PHE, "NHS Digital", "identifiable", "transfer",
         "PHE provides NHSD with a file containing NHS Number and the date of birth of cancer patients, which is then used to extract the relevant records from the DIDS system.",
         PHE_AS, PHE_NHSD, ["cancer patients' NHS Number and date of birth"]),
    flow("NHS Digital", PHE, "anonymised", "transfer", PHE_ANON, PHE_NHSD, PHE_AS,
         ["Hospital Episode Statistics Admitted Patient Care"]),
    flow("NHS Digital", PHE, "anonymised", "transfer",
         "The anonymised data provided by NHSD to PHE is used to produce a range of statistics and analyse trends in the incidence and prevalence of mental health problems such as dementia and depression and anxiety.",
         PHE_NHSD, PHE_AS, ["Mental Health Services Data Set"]),
    flow("NHS Digital", PHE, "anonymised", "transfer",
         "The anonymised data provided by NHSD to PHE is used to analyse variations and trends in the percentages of children who are underweight, normal weight, overweight and obese.",
         PHE_NHSD, PHE_AS, ["National Child Measurement Programme (NCMP)"]),
    flow("NHS Digital", PHE, "anonymised", "transfer",
         "The anonymised data provided by NHSD to PHE is used to monitor the implementation of key national sexual health policy objectives such as: increasing access to all methods of contraception, including long acting reversible contraception and emergency contraception, and reducing inequalities in access to services; reducing teenage conceptions; and reducing unintended pregnancies.",
         PHE_NHSD, PHE_AS, ["Sexual and Reproductive Health Activity Data (SRHAD)"]),
    flow(PHE, "Schools (collectively)", "aggregate", "transfer",
         "PHE also use the data to provide statistics to schools on the percentage of children who are an unhealthy weight.",
         PHE_AS, ["schools"], note="statistics provided to a collective recipient (NCMP)"),
    flow(PHE, "European Surveillance of Congenital Anomalies (EUROCAT) network", "aggregate", "transfer",
         "A CARDS annual report will be produced in 2017/18 and prevalence statistics and prenatal detection rates are submitted to the European Surveillance of Congenital Anomalies (EUROCAT) network (http://www.eurocat-network.eu/).",
         PHE_AS, ["the European Surveillance of Congenital Anomalies (EUROCAT) network", "EUROCAT"],
         note="aggregate statistics submitted to a named body (the sender, PHE, holds the CARD register)"),
    flow(PHE, "Local authorities (collectively)", "aggregate", "transfer",
         "The HES data is also analysed by PHE to produce statistics to help Local Authorities fulfil their statutory duty to improve the health of their local population, for example through the production of joint strategic needs assessments and local health and wellbeing strategies.",
         PHE_AS, ["Local Authorities"], optional=True,
         note="statistics produced 'to help' a class: an output 'for' it (README-other, round 6), the results "
              "'published by PHE'"),
    flow("Local authorities (collectively)", "NHS Digital", "unspecified", "transfer",
         "PHE is the sponsor on behalf of the Secretary of State of the national collection of NCMP data by NHSD from all Local Authorities.",
         ["all Local Authorities"], PHE_NHSD, ["National Child Measurement Programme (NCMP)"], optional=True,
         note="NHS Digital's national collection (background, not this agreement's flow)"),
    flow("Providers", "NHS Digital", "unspecified", "transfer",
         "PHE is the sponsor on behalf of the Secretary of State for the national collection of SRHAD data by NHSD from all SRH services.",
         ["all SRH services"], PHE_NHSD, ["Sexual and Reproductive Health Activity Data (SRHAD)"], optional=True,
         note="NHS Digital's national collection (background, not this agreement's flow)"),
 ], "roles": []}

# --- research-hes: Imperial College London Dr Foster Unit (two rows: v0.13 row 60, v1.8 row 61) ---
ICL = "IMPERIAL COLLEGE LONDON"
ICL_AS = ["Imperial College London Doctor Foster Unit (ICL DFU)", "Imperial College London Dr Foster Unit (ICL DFU)",
          "Imperial College London Dr Foster Unit", "ICL DFU", "Imperial College", "Imperial College London",
          "Imperial Collage London", "the unit", "The unit", "DFU", ICL]
DFI = "Dr Foster Limited"
DFI_AS = ["Dr Foster Limited (DFI)", "Dr Foster Limited", "DFI", "Dr Foster Intelligence Limited (DFI)",
          "Dr Foster Intelligence Ltd (DFI)", "Dr Foster Intelligence Limited", "Dr Foster Limited’s",
          "Dr Foster Limited's"]
ICL_NHSD = ["HSCIC", "the HSCIC", "NHS Digital"]
ICL_TRUSTS = ["NHS Provider Trusts", "NHS provider trusts", "NHS Provider Trust", "NHS Acute Trusts", "acute NHS providers",
              "ALL NHS Trusts", "ALL NHS trusts", "Provider Trusts", "Provider trusts’", "NHS provider organisations",
              "trusts", "Trusts", "hospitals", "the NHS provider trust from where the data originated"]
ICL_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Outpatients",
           "Hospital Episode Statistics Accident and Emergency", "Hospital Episode Statistics Critical Care"]
ICL_CQC = ["the Care Quality Commission (CQC)", "the Care Quality Commission", "Care Quality Commission", "CQC", "the CQC"]
ANNOTATIONS["NIC-12828-M0K2D"] = {"flows": [
    flow("NHS Digital", ICL, "identifiable", "transfer",
         "The Regulation 5 of the Health Service (Control of Patient Information) Regulations 2002 (s251) support letter confirms the final approval to receive confidential patient information for ICL DFU research database and identifiers to provide re-identification service to Dr Foster Intelligence Limited (DFI) customers and ALL NHS trusts.",
         ICL_NHSD, ICL_AS, ICL_HES,
         note="source implicit: the HES extracts ('HES bespoke/monthly extracts') and the patient identifiers the unit "
              "holds come from NHS Digital under this agreement"),
    flow("NHS Digital", ICL, "unspecified", "transfer",
         "The datasets required from NHS Digital by ICL DFU and DFI are:",
         ICL_NHSD, ICL_AS, ICL_HES,
         note="the datasets listed after it; the unit receives them ('a sub-licence model between the HSCIC and "
              "Imperial College ... to permit ICL DFU to supply derived pseudonymised data ... to DFI')"),
    flow("NHS Digital", DFI, "unspecified", "transfer",
         "The datasets required from NHS Digital by ICL DFU and DFI are:",
         ICL_NHSD, DFI_AS, ICL_HES, optional=True,
         note="DFI receives derived data from ICL DFU under the sub-licence, not from NHS Digital"),
    flow(ICL, DFI, "pseudonymised", "transfer",
         "On approval of this application, a sub-licence model between the HSCIC and Imperial College will exist to permit ICL DFU to supply derived pseudonymised data together with specific clear text sensitive fields (as stated within this application) to DFI.",
         ICL_AS, DFI_AS, ICL_HES),
    flow(ICL, DFI, "pseudonymised", "transfer",
         "On approval of this application, a sub-licence model between the HSCIC and Imperial College will exist to permit ICL DFU to supply derived pseudonymised data together with specific clear text sensitive fields (as stated within this application) to Dr Foster Limited.",
         ICL_AS, DFI_AS, ICL_HES),
    flow(ICL, DFI, "pseudonymised", "transfer",
         "Further data processing are carried out on the onward supply of data by DFI who have dedicated staff and processes as per below:",
         ICL_AS, DFI_AS, ICL_HES,
         note="the onward supply to DFI (a new Extract_hesid 'for Dr Foster Intelligence Limited (DFI)' generated by "
              "SHA-256 hashing, the sentence before): pseudonymised"),
    flow(DFI, "Providers", "pseudonymised", "access",
         "NHS Provider Trust holding a subscription to the Dr Foster Analysis Toolkit are able to view data at a record level, with an option to use the patient re-identification service for approved individuals; or",
         DFI_AS, ICL_TRUSTS, ICL_HES,
         note="'services provided by DFI': subscribing trusts view record-level (pseudonymised: 'derived pseudonymised "
              "data') data in DFI's toolkit"),
    flow(DFI, "Providers", "aggregate", "transfer",
         "Analyses by the person referring patient activities are fed back to the NHS Provider Trusts through a range of Management Information Systems provided by Dr Foster Limited.",
         DFI_AS, ICL_TRUSTS),
    flow(DFI, "NHS organisations (collectively)", "aggregate", "access",
         "other NHS organisations holding a subscription to Dr Foster Analysis Toolkit are able to view aggregated analysis to prevent any patients being identified in accordance with guidance provided by HSCIC.",
         DFI_AS, ["other NHS organisations"], optional=True,
         note="subscribers of a generic kind ('other NHS organisations'): a customer base"),
    flow(ICL, "Providers", "identifiable", "access",
         "The re-identification service allows ICL DFU to supply NHS provider trusts with NHS Number and LOPATID using DFI healthcare performance tools without passing these identifiers on to DFI.",
         ICL_AS, ICL_TRUSTS,
         note="the unit's re-identification service ('maintained by ICL DFU'), which authorised individuals within "
              "provider trusts log in to ('over 3,600 successful logins from 75 NHS provider organisations'): "
              "access; NHS Number and LOPATID: identifiable"),
    flow(ICL, "Providers", "identifiable", "access",
         "For this purpose, ICL DFU have developed a re-identification service whereby authorised individuals within NHS Provider Trusts are able to identify their own patients indicated in the Dr Foster Limited Analysis Toolkit.",
         ICL_AS, ICL_TRUSTS),
    flow(ICL, "Providers", "identifiable", "access",
         "The unit will be able to assist the investigation of variations in outcomes at a local level by providing Local Patient ID, NHS Number and Consultant Code from the unit’s analyses to authorised users within trusts to enable reconciliation with local information systems and the instigation of clinical audits and case note reviews.",
         ICL_AS, ICL_TRUSTS),
    flow(ICL, "Providers", "aggregate", "transfer",
         "ICL DFU and DFI provide consultancy from their analyses to authorised users within trusts to enable reconciliation with local information systems and the instigation of clinical audits and case note reviews.",
         ICL_AS, ICL_TRUSTS, note="consultancy from analyses (outputs) to trusts' users, stated as done"),
    flow(DFI, "Providers", "aggregate", "transfer",
         "ICL DFU and DFI provide consultancy from their analyses to authorised users within trusts to enable reconciliation with local information systems and the instigation of clinical audits and case note reviews.",
         DFI_AS, ICL_TRUSTS),
    flow(ICL, "Providers", "aggregate", "transfer",
         "A soon-to-be-published NIHR-funded review of a subset of mortality alerts sent between 2011 and 2013 (and subsequently followed up by CQC), found that Trusts reported areas of care that could be improved in 70% (108/154) of the alerts and that all were implementing action plans to address these issues.",
         ICL_AS, ICL_TRUSTS, optional=True,
         note="the unit's mortality alerts to trusts ('The unit generates monthly mortality alerts'), a past output; "
              "the sender is implied ('ICL DFU/DFI research'), not written"),
    flow(ICL, "Care Quality Commission", "aggregate", "transfer",
         "ICL DFU mortality outlier outputs are used by CQC within their Hospital Inspection framework.(on-going)",
         ICL_AS, ICL_CQC,
         note="the unit 'works with the Care Quality Commission (CQC), contributing to its surveillance remit': its "
              "outputs reach the CQC (stated as fact, ongoing)"),
    flow(ICL, "Care Quality Commission", "aggregate", "transfer",
         "Imperial College London Dr Foster Unit (ICL DFU) works with the Care Quality Commission (CQC), contributing to its surveillance remit using the same methods and data.",
         ICL_AS, ICL_CQC),
    flow(ICL, "Care Quality Commission", "pseudonymised", "transfer",
         "Sensitive fields will only be available at a record level to NHS Provider Trusts (or approved regulatory bodies with express authority to demand such data, e.g. the CQC) and are specifically required for the purpose of conducting root cause analysis where there is a legitimate relationship with the patient.",
         ICL_AS, ICL_CQC, optional=True, note="a restriction with an example ('e.g. the CQC'), no supply stated"),
    flow(ICL, "Healthcare Commission", "aggregate", "transfer",
         "This was pivotal in alerting the then Healthcare Commission (HCC) to problems at the Mid Staffordshire NHS Foundation Trust between July and November 2007[2].",
         ICL_AS, ["the then Healthcare Commission (HCC)", "Healthcare Commission"], optional=True,
         note="a 2007 alert to the CQC's predecessor (history, not this agreement's data)"),
    flow(ICL, "NHS Digital", "aggregate", "transfer",
         "ICL DFU continues to advise the HSCIC on methodological issues around the Summary level Hospital Mortality Index (SHMI), and carry out analyses relating to this measure to assist in its development. (ongoing)",
         ICL_AS, ICL_NHSD, optional=True, note="advice (README-other: advice outputs are optional)"),
    flow(ICL, "University of Manchester", "aggregate", "transfer",
         "ICL DFU is working in collaboration with the University of Manchester and supported by the Care Quality Commission, to improve understanding of the unit’s mortality alerts and to evaluate their impact as an intervention to reduce avoidable mortality within English NHS hospital trusts, focusing on two conditions commonly attributed to mortality alerts acute myocardial infarction and septicaemia.",
         ICL_AS, ["the University of Manchester"], optional=True, note="joint work, no supply stated"),
    flow(DFI, "NHS Digital", "aggregate", "transfer",
         "DFI intends to provide an online customer survey within the Dr Foster Analytics Tool to capture customer feedback and associated benefits, this data will form the foundation for improving their services and enable them to provide HSCIC, and other relevant bodies, with tangible evidence to support their ongoing use of HES data.",
         DFI_AS, ICL_NHSD, optional=True, note="intended ('intends to provide')"),
 ], "roles": [
    role(ICL, "access-restricted-to",
         "All persons accessing the data are substantive employees of Imperial Collage London.",
         ICL_AS),
 ]}

# --- research-hes: University of Birmingham, TargetCOPD2 (BLISS) follow-up of the trial's at-risk patients ---
BHAM = "UNIVERSITY OF BIRMINGHAM"
BHAM_AS = ["The University of Birmingham", "the University of Birmingham", "University of Birmingham",
           "The research study team", "the research team", "The study team", "the study team", "The BLISS study team", BHAM]
BHAM_NHSD = ["NHS Digital", "NHS Digital/HSCIC"]
BHAM_DATA = ["Hospital Episode Statistics Admitted Patient Care", "Office for National Statistics Mortality Data (linkable to HES)"]
BHAM_NIHR = ["the funders (NIHR)", "the National Institute for Health Research", "National Institute for Health Research", "NIHR",
             "the funding body"]
BHAM_BOTH = "Patient identifiable data is flowing to NHS Digital with a study ID, and pseudonymised HES data is flowing back to the University of Birmingham with the study ID as the only identifier."
ANNOTATIONS["NIC-81519-G1T5F"] = {"flows": [
    flow(BHAM, "NHS Digital", "identifiable", "transfer",
         "The University of Birmingham will send the following data extracted from the participating GP Practices (see Section 4) to NHS Digital for linking purposes: NHS Number, date of birth, postcode, sex and study ID number.",
         BHAM_AS, BHAM_NHSD, ["NHS Number, date of birth, postcode, sex and study ID number"]),
    flow(BHAM, "NHS Digital", "identifiable", "transfer", BHAM_BOTH, BHAM_AS, BHAM_NHSD),
    flow("NHS Digital", BHAM, "pseudonymised", "transfer", BHAM_BOTH, BHAM_NHSD, BHAM_AS, BHAM_DATA,
         note="'pseudonymised HES data is flowing back' (the next sentence notes the HES is 'classed as identifiable' "
              "because the university holds identifiers of the consenting 10%, but 'will remain pseudonymous')"),
    flow("NHS Digital", BHAM, "pseudonymised", "transfer",
         "The data requested from NHS Digital will be downloaded to a University of Birmingham computer, and saved in a restricted area of the University server that is only accessible to specified members of the research team who are substantive employees of University of Birmingham.",
         BHAM_NHSD, BHAM_AS, BHAM_DATA, note="the same supply; state from the block ('pseudonymised HES data')"),
    flow("GP practices", BHAM, "identifiable", "access",
         "The research study team only holds data on patients that responded to the initial screening questionnaire (~8,000) thereby consenting to their information being held; hence  data on all 75,000 patients can only be obtained by accessing certain patient identifiable data at the GP practices and subsequently sharing this with NHS Digital.",
         ["the GP practices", "the participating GP Practices", "the GP practice", "each participating general practice",
          "general practice clinical systems"], BHAM_AS, ["GP patient identifiers"], optional=True,
         note="the study's own extraction at the practices (under the trial's data sharing agreements with each "
              "practice), as a study's own collection (README-other): optional"),
    flow(BHAM, "National Institute for Health Research", "aggregate", "transfer",
         "A report will be submitted to the funders (NIHR) in early 2018.",
         BHAM_AS, BHAM_NIHR, note="a report to the funder stated as planned (README-other, round 4)"),
    flow(BHAM, "National Institute for Health Research", "aggregate", "transfer",
         "Evidence from the current study will be produced as a final report for the National Institute for Health Research as well as peer-reviewed academic papers, hence disseminating evidence to policy makers and academic researchers.",
         BHAM_AS, BHAM_NIHR),
    flow(BHAM, "National Screening Committee", "aggregate", "transfer",
         "If the long-term analysis demonstrates that hospital usage and/or mortality is reduced through earlier COPD diagnosis, the findings would feed into the National Screening Committee (NSC).",
         BHAM_AS, ["the National Screening Committee (NSC)", "The NSC"], optional=True, note="conditional ('If ... would')"),
    flow(BHAM, "National Institute for Health and Care Excellence", "aggregate", "transfer",
         "The planned dissemination is expected to lead to evaluation of the findings by NIHR and other interested parties involved in setting national guidelines such as NICE.",
         BHAM_AS, ["NICE"], optional=True, note="'expected to lead to evaluation ... by ... such as NICE': no supply stated"),
    flow(BHAM, "Patient Advisory Group", "aggregate", "transfer",
         "The Patient Advisory Group will also be presented with the findings.",
         BHAM_AS, ["The Patient Advisory Group"], optional=True,
         note="the study's own patient advisory group (a presentation; not an organisation of its own)"),
 ], "roles": [
    role(BHAM, "access-restricted-to",
         "Only substantive employees of University of Birmingham will access and analyse the data (individuals names as ONS users later in the application).",
         BHAM_AS),
 ]}
