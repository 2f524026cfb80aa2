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
