"""Round 4 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at.  build_register2017_other_r3.py adds rounds 3 and 4 to the gold and checks every evidence string.
"""
from annotations_2017_other_r3 import NHSD, flow, role

# --- council-hes-extract: the HDIS template, word for word Oldham's (NIC-387994-T3R5C) ---
PORTSMOUTH = "PORTSMOUTH CITY COUNCIL"
PORTSMOUTH_AS = ["the Local Authority", "Local Authority", "Local Authorities", "Portsmouth Public Health Intelligence team",
                 PORTSMOUTH]
ANNOTATIONS = {
    "NIC-97202-W2L3P": {"flows": [
        flow("NHS Digital", PORTSMOUTH, "pseudonymised", "access",
             "This application/agreement is for online access to the record level HES database via the HDIS2 system.",
             NHSD, PORTSMOUTH_AS, ["HES", "HDIS2"],
             note="holder from the next sentence: 'The system is hosted and audited by NHS Digital ...'"),
        flow(PORTSMOUTH, "NHS commissioners (collectively)", "aggregate", "transfer",
             "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
             PORTSMOUTH_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
             note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
     ], "roles": [
        role(PORTSMOUTH, "access-restricted-to",
             "The data will only be processed by Local Authority employees in fulfilment of their public health function, and will not be transferred, shared, or otherwise made available to any third party, including any organisations processing data on behalf of the Local Authority or in connection with their legal function.",
             PORTSMOUTH_AS),
     ]},
}

# --- council-hes-extract: the Pseudonymised HES Extract template, word for word Wirral's (NIC-03429-L9Y1D) ---
BRADFORD = "BRADFORD METROPOLITAN DISTRICT COUNCIL"
BRADFORD_AS = ["the Local Authority", "Local Authority", "Local Authorities", BRADFORD]
ANNOTATIONS["NIC-38847-G3Z7R"] = {"flows": [
    flow("NHS Digital", BRADFORD, "pseudonymised", "transfer",
         "Access to the data is provided to the Local Authority only, and will only be used for the public health purposes outlined above.",
         NHSD, BRADFORD_AS, ["Pseudonymised HES Extract Service"],
         note="source implicit: the Pseudonymised HES Extract is NHS Digital's service ('responsible ... to NHS Digital for ensuring that the data supplied')"),
    flow(BRADFORD, "NHS commissioners (collectively)", "aggregate", "transfer",
         "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
         BRADFORD_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
         note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
 ], "roles": [
    role(BRADFORD, "access-restricted-to",
         "The data will only be processed by Local Authority employees in fulfilment of their public health function, and will not be transferred, shared, or otherwise made available to any third party, including any organisations processing data on behalf of the Local Authority or in connection with their legal function.",
         BRADFORD_AS),
 ]}

# --- mris-cohort-short: University of Oxford, MR1086 (one sentence) ---
OXF = "UNIVERSITY OF OXFORD"
ANNOTATIONS["NIC-148369-8PPWK"] = {"flows": [
    flow("NHS Digital", OXF, "identifiable", "transfer",
         "The Data supplied by the NHSIC to University of Oxford will be used only for the approved Medical Research Project MR1086.",
         ["the NHSIC", "NHSIC"], ["University of Oxford", OXF],
         ["MRIS - Cause of Death Report", "MRIS - Cohort Event Notification Report"],
         note="the NHSIC (NHS Information Centre, the HSCIC's predecessor) is NHS Digital; MRIS reports on a consented "
              "cohort (legal basis: informed patient consent), as QMUL's NIC-291938-R6V3V"),
 ], "roles": []}

# --- national-body: Health and Safety Executive (HSL), PIPAH cohort MRIS tracking ---
HSE = "HEALTH AND SAFETY EXECUTIVE"
HSE_AS = ["Health & Safety Executive", "the Health & Safety Executive (HSE)", "Health & Safety Executive (HSE)", "HSE",
          "the Health & Safety Laboratory (HSL)", "Health & Safety Laboratory (HSL)", "HSL", "the HSL study team",
          "HSL study team", "the study team", HSE]
HSE_NHSD = ["NHS Digital", "the NHS Digital", "Health and Social Care Information Centre"]
HSE_MRIS = ["MRIS - Flagging Current Status Report", "MRIS - Cause of Death Report", "MRIS - Cohort Event Notification Report"]
ANNOTATIONS["NIC-385032-K3N9S"] = {"flows": [
    flow(HSE, "NHS Digital", "identifiable", "transfer",
         "The HSL study team will send NHS Digital the following information on study members where available: study ID; NHS number; Forename; Middle name; Surname; Date of birth; Sex and Address (including postcode.",
         HSE_AS, HSE_NHSD, ["study ID; NHS number; Forename; Middle name; Surname; Date of birth; Sex and Address"],
         note="step 1 of 'The flow of data will be as follows:'; the HSL is part of the HSE"),
    flow("NHS Digital", HSE, "identifiable", "transfer",
         "2) NHS Digital will provide the HSL study team the requested records.",
         HSE_NHSD, HSE_AS, HSE_MRIS,
         note="identifiable: the state of step 1 of the same list (records traced on NHS number and name); "
              "'Extracted datasets will contain the minimum identifiable fields required'"),
    flow(HSE, "NHS Digital", "unspecified", "transfer",
         "All data transfers between NHS Digital and HSL will be undertaken using the NHS Digital's secure file transfer system.",
         HSE_AS, HSE_NHSD, note="'between' = a flow each way (README.md rule 8)"),
    flow("NHS Digital", HSE, "unspecified", "transfer",
         "All data transfers between NHS Digital and HSL will be undertaken using the NHS Digital's secure file transfer system.",
         HSE_NHSD, HSE_AS, HSE_MRIS, note="'between' = a flow each way (README.md rule 8)"),
 ], "roles": [
    role(HSE, "access-restricted-to",
         "Access to the data is limited to authorised substantive employees of the HSE exclusively within the HSL at the Buxton address.",
         HSE_AS),
    role(HSE, "controller",
         "All study team members are substantive employees of the data controller.",
         HSE_AS),
 ]}

# --- research-hes: UCL Policy Research Unit for Children, Young People and Families (CPRU), HES + ONS ---
UCL = "UNIVERSITY COLLEGE LONDON (UCL)"
UCL_AS = ["University College London (UCL)", "UCL", "UCLs", UCL, "the Policy Research Unit for Children, Young People and Families",
          "UCLs Children’s Policy Research Unit (CPRU)", "CPRU", "the Institute of Child Health",
          "the Great Ormond Street Institute of Child Health"]
DOH = ["the Department of Health (DoH)", "Department of Health (DoH)", "Department of Health", "the DoH", "DoH"]
UCL_MEET = "Other outputs include presentations to service providers through meetings with the RCPCH (Royal College of Paediatricians), the North London Collaborations for Leadership in Applied Research and Care (CLARHC) and through the academic health sciences network (AHSN)."
UCL_MEET_NOTE = "presentations in meetings (a meeting format, as the UK Health Forum in NIC-346693-F2X1G); outputs aggregate"
UCL_FED = "All papers are reviewed and commented on by DoH and findings fed back to DoH policy makers as well as more widely, for example, through presentations to young people groups (through the National Children’s Bureau), to the NHS (e.g. through the Child and YoCLARHC), and through trusts to clinicians (e.g. through seminars and CPRU symposia involving patient groups, policy makers and clinicians)."
RCPCH_AS = ["the RCPCH (Royal College of Paediatricians)", "RCPCH", "the Royal College of Paediatrics and Child Health",
            "Royal College of Paediatrics and Child Health"]
CLAHRC_AS = ["the North London Collaborations for Leadership in Applied Research and Care (CLARHC)", "CLARHC", "the CLARHC"]
ANNOTATIONS["NIC-393510-D6H1D"] = {"flows": [
    flow("NHS Digital", UCL, "unspecified", "transfer",
         "When the data extract is available from NHS Digital, a nominated researcher will download the data and immediately transfer it into the UCL data safe haven.",
         NHSD, UCL_AS, ["HES", "ONS death records"],
         note="no state written ('UCL have no requirement nor will attempt to re-identify the supplied data'; ONS data with full dates of death)"),
    flow(UCL, "Department of Health", "aggregate", "transfer",
         "The programme of research in this application informs policy and practice and all proposals and outputs are seen and approved by the Department of Health (DoH).",
         UCL_AS, DOH, note="the funder reviews the outputs; 'All outputs will contain only data that is aggregated'"),
    flow(UCL, "Department of Health", "aggregate", "transfer",
         "The findings will also be published in peer reviewed journals and policy briefings for the DoH.",
         UCL_AS, DOH),
    flow(UCL, "Department of Health", "aggregate", "transfer", UCL_FED, UCL_AS, DOH),
    flow(UCL, "Providers", "aggregate", "transfer", UCL_MEET, UCL_AS, ["service providers", "trusts"], optional=True,
         note=UCL_MEET_NOTE),
    flow(UCL, "Royal College of Paediatrics and Child Health", "aggregate", "transfer", UCL_MEET, UCL_AS, RCPCH_AS,
         optional=True, note=UCL_MEET_NOTE),
    flow(UCL, "Royal College of Paediatrics and Child Health", "aggregate", "transfer",
         "The findings will also be presented to clinicians at clinical practice meetings including but not limited to the Royal College of Paediatrics and Child Health in 2017 and 2018.",
         UCL_AS, RCPCH_AS, optional=True, note="presentations to clinicians at meetings"),
    flow(UCL, "North London CLAHRC", "aggregate", "transfer", UCL_MEET, UCL_AS, CLAHRC_AS, optional=True, note=UCL_MEET_NOTE),
    flow(UCL, "UCL Partners AHSN", "aggregate", "transfer", UCL_MEET, UCL_AS,
         ["the academic health sciences network (AHSN)", "the Academic Health Science Network at UCL Partners AHSN",
          "UCL Partners AHSN", "UCL Partners"], optional=True, note=UCL_MEET_NOTE),
    flow(UCL, "NHS organisations (collectively)", "aggregate", "transfer",
         "In this way, UCL will ensure that the study is relevant to NHS systems and UCLwill endeavour to feedback results to the NHS.",
         UCL_AS, ["the NHS", "NHS systems"], optional=True, note="'will endeavour to': intended"),
    flow(UCL, "NHS organisations (collectively)", "aggregate", "transfer", UCL_FED, UCL_AS, ["the NHS", "NHS systems"],
         optional=True, note="presentations, 'for example'"),
    flow(UCL, "Providers", "aggregate", "transfer", UCL_FED, UCL_AS, ["service providers", "trusts"], optional=True,
         note="presentations 'through trusts to clinicians', 'for example'"),
    flow(UCL, "National Children's Bureau", "aggregate", "transfer", UCL_FED, UCL_AS,
         ["the National Children’s Bureau", "National Children’s Bureau", "the National Children’s Bureau (NCB) Research Centre"],
         optional=True, note="presentations to young people groups through the NCB, 'for example'"),
 ], "roles": [
    role(UCL, "access-restricted-to",
         "Once in the data safe haven, researchers based at the Institute of Child Health and Farr Institute of Health Informatics London (the researchers are all substantive employees of UCL apart from one PHD student) will be able to access the data in the safe haven.",
         UCL_AS),
 ]}

# --- research-hes: University of Cambridge, vitamin D dialysis trial (cohort tracked by NHS Digital) ---
CAM = "UNIVERSITY OF CAMBRIDGE"
CAM_AS = ["The University of Cambridge", "the University of Cambridge", "University of Cambridge", "the university of Cambridge",
          "the study team at the University of Cambridge", CAM]
CUH = "Cambridge University Hospitals NHS Foundation Trust"
CUH_AS = [CUH, "the Cambridge University Hospitals NHS Foundation Trust", "Cambridge University Hospital NHS Trust",
          "Cambridge University Hospitals (CUH)", "CUH"]
CCTU_AS = ["the Cambridge Trials Unit", "Cambridge Trials Unit", "CCTU", "the CCTU Pharmacovigilance team"]
CAM_NHSD_DATA = ["cancer registrations", "cause of death (ONS Mortality)", "HES APC, A&E and CC"]
CAM_OTHER = "The University of Cambridge will also be collecting data from the UK Renal Registry and UKIACR for the same purposes."
CAM_OTHER_NOTE = "data from other sources for the same follow-up, not this agreement's data"
ANNOTATIONS["NIC-24422-R3W3S"] = {"flows": [
    flow(CAM, "NHS Digital", "identifiable", "transfer",
         "The University of Cambridge will submit the following patient identifiers to NHS Digital on a quarterly basis: - NHS number, date of birth and initials.",
         CAM_AS, NHSD, ["NHS number, date of birth and initials"]),
    flow("NHS Digital", CAM, "identifiable", "transfer",
         "Using these minimal patient identifiers NHS Digital will correctly identify the clinical trial patients of their cohort and track their cohort, providing quarterly updates of cancer registrations, cause of death (ONS Mortality) and linked HES APC, A&E and CC.",
         NHSD, CAM_AS, CAM_NHSD_DATA,
         note="identifiable: records of the trial cohort traced on NHS number (the state earlier in the same paragraph block); "
              "'anonymised datasets' are generated only after download"),
    flow("NHS Digital", CAM, "identifiable", "transfer",
         "Data will be uploaded by NHS Digital to the secure DES (cancer registrations and cause of death) and SEFT (HES) accounts; available to download by the study team at the University of Cambridge.",
         NHSD, CAM_AS, CAM_NHSD_DATA, note="state as the previous sentence's"),
    flow("UK Renal Registry", CAM, "unspecified", "transfer", CAM_OTHER, ["UK Renal Registry", "the UK Renal Registry"], CAM_AS,
         optional=True, note=CAM_OTHER_NOTE),
    flow("UKIACR", CAM, "unspecified", "transfer", CAM_OTHER, ["UKIACR"], CAM_AS, optional=True, note=CAM_OTHER_NOTE),
    flow(CAM, CUH, "unspecified", "access",
         "Data will be stored, processed and linked in a secure university data hosting server, which can be accessed on a permission basis via NHS computers.",
         CAM_AS, CUH_AS, optional=True,
         note="the study team includes CUH employees ('The team is made up of both University of Cambridge and Cambridge "
              "University Hospital NHS Trust employees'), who reach the university's server via NHS computers; a joint team, "
              "not stated as a flow between the two"),
    flow(CAM, "Cambridge Clinical Trials Unit", "anonymised", "transfer",
         "Anonymised datasets for analysis will be generated within the secure data hosting environment and transferred securely to the trial statistician within the Cambridge Trials Unit.",
         CAM_AS, CCTU_AS, optional=True, note="the trials unit's host is not written (it may be part of the study's own organisations)"),
    flow(CAM, "Cambridge Clinical Trials Unit", "anonymised", "transfer",
         "The anonymised safety reports will initially be shared only by the DMEC committee members and CCTU Pharmacovigilance team.",
         CAM_AS, CCTU_AS, optional=True,
         note="individual-level safety events, 'anonymised and un-linkable'; the DMEC is the trial's committee, not an organisation"),
    flow(CAM, "National Institute for Health Research (NIHR)", "aggregate", "transfer",
         "During the conduct of the trial, reports will be submitted to the NIHR as required.",
         CAM_AS, ["the NIHR", "NIHR"], note="'All reports/outputs will be aggregated with small numbers suppressed'"),
    flow(CAM, "National Institute for Health and Care Excellence (NICE)", "aggregate", "transfer",
         "The final study report will be provided to NICE", CAM_AS, ["NICE"]),
    flow(CAM, "National Institute for Health and Care Excellence (NICE)", "aggregate", "transfer",
         "The findings of the trial will be provided to NICE.", CAM_AS, ["NICE"]),
 ], "roles": [
    role(CAM, "access-restricted-to",
         "All individuals with access to the data are substantive employees of the University of Cambridge or Cambridge University Hospitals NHS Foundation Trust.",
         CAM_AS),
    role(CUH, "access-restricted-to",
         "All individuals with access to the data are substantive employees of the University of Cambridge or Cambridge University Hospitals NHS Foundation Trust.",
         CUH_AS),
 ]}
