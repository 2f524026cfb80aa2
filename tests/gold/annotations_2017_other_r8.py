"""Round 8 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at (the extractor was not run on these agreements before this file was committed).
build_register2017_other_r3.py adds rounds 3 to 8 to the gold and checks every evidence string.  As in rounds 6
and 7, every as-written list holds only forms the dump uses (an empty list where the text never names the
organisation).

The first draw of round 8 also gave NIC-147834-LHQ2R (Nuvia), NIC-13925-Q7R2D (IMS Health), NIC-368020-R5L2K (Dr
Foster), NIC-389823-P1P6B (NHS England) and NIC-343380-H5Q9K (PHE); they were annotated too (git history of this
file, commit 1f6143d), then left out of the gold: each is annotated in a Data Uses Register gold already (Nuvia in
dur-c.json's test half), and select_2017_other.py now leaves such agreements out of round 8 and later.
"""
from annotations_2017_other_r3 import flow, role

# --- national-body: Genomics England, 100,000 Genomes Project linkage (HES, DIDS, MHMDS, PROMs, ONS mortality) ---
GEL = "GENOMICS ENGLAND"
GEL_AS = ["Genomics England", "Genomics", "Genomic England’s", GEL]
GEL_NHSD = ["the HSCIC", "HSCIC"]
GEL_DATA = ["Hospital Episode Statistics Admitted Patient Care", "Diagnostic Imaging Dataset",
            "Mental Health Minimum Data Set", "Patient Reported Outcome Measures (Linkable to HES)",
            "MRIS - Cause of Death Report"]
GEL_RESEARCHERS = ["The Researchers", "Researchers", "researchers"]
ANNOTATIONS = {}
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
