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
