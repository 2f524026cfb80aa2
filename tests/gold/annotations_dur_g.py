"""Hand annotations of the fifth set of current Data Uses Register agreements (helper `dur5`).

Written while reading the newest version (its last state) of each agreement in
``tests/data/dur5/agreements`` by its text only: nhskg's extractor was not run
on these agreements, and no output of it was looked at, before this file and
``dur-g.json`` were committed. ``build_dur_g.py`` checks every evidence
sentence against the field it names and writes ``dur-g.json``. Rules:
README.md, README-other.md (every round's decisions), README-dur-b.md,
README-dur-d.md, README-dur-e.md, README-dur-f.md; decisions taken here:
README-dur-g.md.

The record helpers ``F`` (flow) and ``R`` (role) and the shared canonical
names are dur-d's, imported from ``annotations_dur_d.py``, not copied.
Evidence is either copied whole or named by its first and last words
(``(start, end)``; ``end`` None = to the end of the line), the build copying
the exact text between them.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path


def _dur_d():
    spec = importlib.util.spec_from_file_location("annotations_dur_d", Path(__file__).with_name("annotations_dur_d.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_D = _dur_d()
F, R = _D.F, _D.R
NHSE, PROV, GPS = _D.NHSE, _D.PROV, _D.GPS
NHSD = "NHS Digital"

ABOUT = ("Hand-annotated flows and roles of five more current Data Uses Register agreements (newest version of each, last "
         "state, from tests/data/dur5/agreements: two national bodies (the Children's Commissioner's Office's MHSDS/ECDS "
         "extract; NHS England's Assuring Transformation), a commercial company (IQVIA Ltd, Hospital Treatment Insights, "
         "retention only), a statutory public inquiry in NHS England's SDE (the Lampard Inquiry) and an NHS trust's "
         "medicines-optimisation unit in the SDE (the RDTC, Newcastle upon Tyne Hospitals)), helper dur5; see README-dur-g.md "
         "for families, split and rules.")

NATIONAL = "national-body"
COMMERCIAL = "commercial-information"
SDE = "sde-access"

NCOMM = "NHS commissioners (collectively)"
ICBS = "ICBs (collectively)"
ICSS = "ICSs (collectively)"
CSUS = "CSUs (collectively)"
LAS = "Local authorities (collectively)"

AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-808477-T8P0S  Children's Commissioner's Office, children detained under the Mental Health Act (v0.2, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-808477-T8P0S"
CCO = "Children's Commissioner's Office"
DFE = "Department for Education"
MSAZ = "Microsoft"
CCO_DS = ["Emergency Care Data Set (ECDS)", "Mental Health Services Data Set (MHSDS)"]
AGREEMENTS[_ref] = dict(
    file="dars-nic-808477-t8p0s.json", version="0.2", applicant="CHILDREN'S COMMISSIONER'S OFFICE",
    family=NATIONAL, split="dev",
    names={NHSE: ["NHS England"],
           CCO: ["CHILDREN'S COMMISSIONER'S OFFICE", "Children’s Commissioner’s Office", "the Children’s Commissioner’s Office",
                 "Children's Commissioner's Office", "The Office of the Children’s Commissioner for England",
                 "the Children’s Commissioner", "The Children’s Commissioner"],
           DFE: ["Department for Education (DfE)", "Department for Education", "DfE"],
           MSAZ: ["Microsoft Azure"]},
    flows=[
        F(NHSE, CCO, "anonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the ECDS and MHSDS datasets to the Children’s Commissioner’s Office.",
          CCO_DS,
          note="'The Data will contain no direct identifying data items.' (next sentence) and no person ID or pseudonym is "
               "written (the datasets field: 'Anonymised - ICO Code Compliant'): anonymised; the 2017 agreement of the same "
               "applicant (NIC-121924-M1G3Q) said 'pseudonymised' and was annotated so"),
        F(CCO, MSAZ, "anonymised", "transfer", "activities",
          "The Children’s Commissioner’s Office stores Data on the Cloud provided by Microsoft Azure.", CCO_DS, optional=True,
          note="cloud storage: hosting (README-other), optional; Microsoft is not called a processor, no role"),
        F(CCO, DFE, "anonymised", "transfer", "activities",
          ("Department for Education (DfE) - Secure hosting", "supplied under this agreement."), CCO_DS, optional=True,
          note="'Secure hosting and infrastructure provider ... including storage, backup, maintenance and technical "
               "administration': hosting by a body the text does not call a processor (README-other: hosting optional, no "
               "role), though its administration of the systems may reach the data"),
    ],
    roles=[
        R(CCO, "controller", "controllers", "CHILDREN'S COMMISSIONER'S OFFICE"),
        R(CCO, "access-restricted-to", "activities", "Access is restricted to employees of Children’s Commissioner’s Office."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-389823-P1P6B  NHS England (Quarry House), Assuring Transformation (v9.5, 2022)
# ---------------------------------------------------------------------------
_ref = "NIC-389823-P1P6B"
TCPS = "Transforming Care Partnerships (collectively)"
MLCSU = _D.MLCSU
MSUK = "Microsoft UK"
LIMA = "Lima Networks"
DHSC = "Department of Health and Social Care"
CQC = "Care Quality Commission"
AT_ID = ["Assuring Transformation (Identifiable)"]
AT_PS = ["Assuring Transformation (Pseudo)"]
SHARING = ("Sharing of small number unsuppressed data by NHSE&I to a limited number of types of NHS and Social Care "
           "Organisations is permitted where it is controlled by individual terms and conditions of use.")
SHARING_NOTE = ("'is permitted where it is controlled by individual terms and conditions of use': a permission to share with "
                "the listed types of organisation (README-other: conditionals and possibilities optional); the list item: ")
AGREEMENTS[_ref] = dict(
    file="dars-nic-389823-p1p6b.json", version="9.5", applicant="NHS ENGLAND (QUARRY HOUSE)",
    family=NATIONAL, split="dev",
    names={NHSD: ["NHS Digital"],
           NHSE: ["NHS ENGLAND (QUARRY HOUSE)", "NHS England", "NHSE&I", "NHSE", "NHS England and Improvement"],
           NCOMM: ["commissioners", "Commissioners of NHS care"],
           TCPS: ["TCPs", "Transforming Care Partnerships (TCPs)", "Transforming Care Partnerships", "TCP"],
           ICSS: ["ICSs", "Integrated Care Systems (ICSs)"],
           PROV: ["NHS providers and Provider Collaboratives (Foundation Trusts/FTs and independent providers)",
                  "providers of inpatient care"],
           DHSC: ["Department of Health and Social Care and their Arms Length Bodies", DHSC],
           CQC: [CQC],
           LAS: ["Organisational members of Transforming Care Partnerships (e.g. Local Authorities)", "Local Authorities"],
           CSUS: ["Commissioning Support Units", "CSUs"],
           MLCSU: ["NHS Midlands and Lancashire Commissioning Support Unit (CSU)", "Midlands and Lancashire (CSU)"],
           MSUK: [MSUK], LIMA: [LIMA]},
    flows=[
        F(NHSD, NHSE, "identifiable", "transfer", "activities",
          "A fully identifiable data extract is provided by NHS Digital to NHSE&I each month.", AT_ID),
        F(NHSD, NHSE, "aggregate", "transfer", "activities",
          "NHS Digital also provide a weekly management information report to NHSE&I containing aggregate data.", AT_PS,
          note="the same edge as the monthly extract: the weekly pre-publication MI report, aggregate"),
        F(NHSD, NHSE, "aggregate", "transfer", "activities",
          " (b) NHS Digital supplies operational management information reports to NHSE&I on a weekly basis.", AT_PS,
          note="the same edge (the weekly MI reports; aggregate, the paragraph above)"),
        F(NHSD, NHSE, "aggregate", "transfer", "objective",
          "NHS Digital will be supplying operational management information reports to NHSE&I on a frequent weekly basis.", AT_PS,
          note="the same edge, in the Objective"),
        F(NCOMM, NHSD, "unspecified", "transfer", "activities",
          "Data on people with a learning disability, autism or both who are in specialised inpatient care with a mental health problem or behaviour that challenges are supplied by commissioners.",
          optional=True,
          note="the national collection 'by NHS Digital through the Clinical Audit Platform (CAP)' that the extract comes from: "
               "record level from a class of commissioners (README.md rule 2) and not this agreement's data flow; optional"),
        F(NHSE, TCPS, "aggregate", "transfer", "activities",
          ("(c) NHSE&I will supply data to TCPs", "or home postcode."),
          note="'they need access to unsuppressed aggregate data (e.g. showing the number of patients originating from the TCP at "
               "each hospital site)': aggregate; Transforming Care Partnerships as one collective node (README-other)"),
        F(NHSE, TCPS, "aggregate", "access", "expected_output",
          "To be able to plan and deliver these services, TCPs have access to unsuppressed aggregate data about the people currently in hospital who originate from their CCGs / local authorities.",
          note="the same edge (a use case of the expected outputs)"),
        F(NHSE, ICSS, "aggregate", "transfer", "yielded_benefits",
          "Transforming Care Partnerships (TCPs) and ICSs have been able to use the data to effectively plan and commission appropriate services, and to reduce the reliance on inpatient care.",
          optional=True,
          note="'have been able to use the data': that ICSs received it from NHSE&I is implied (the expected outputs' 'ICSs/TCPs'), "
               "not stated; the TCPs edge is stated in activities (c)"),
        F(NHSE, NCOMM, "aggregate", "transfer", "expected_output",
          "Performance dashboards and other analysis will be used internally and with commissioners once the Management Information has been published by NHS Digital.",
          note="'These will be in aggregated with small numbers suppressed only.' (next sentence); planned outputs shared with a "
               "collective recipient (issue 10)"),
        F(NHSE, PROV, "aggregate", "transfer", "expected_output", SHARING, optional=True,
          note=SHARING_NOTE + "'NHS providers and Provider Collaboratives (Foundation Trusts/FTs and independent providers)'"),
        F(NHSE, DHSC, "aggregate", "transfer", "expected_output", SHARING, optional=True,
          note=SHARING_NOTE + "'Department of Health and Social Care and their Arms Length Bodies'"),
        F(NHSE, NCOMM, "aggregate", "transfer", "expected_output", SHARING, optional=True,
          note=SHARING_NOTE + "'Commissioners of NHS care (e.g. Clinical Commissioning Groups, ...)' (the edge is required by the "
                              "dashboards sentence)"),
        F(NHSE, CQC, "aggregate", "transfer", "expected_output", SHARING, optional=True, note=SHARING_NOTE + "'Care Quality Commission'"),
        F(NHSE, LAS, "aggregate", "transfer", "expected_output", SHARING, optional=True,
          note=SHARING_NOTE + "'Organisational members of Transforming Care Partnerships (e.g. Local Authorities)'"),
        F(NHSE, CSUS, "aggregate", "transfer", "expected_output", SHARING, optional=True,
          note=SHARING_NOTE + "'Commissioning Support Units.' (a use case: 'sharing aggregate, unsuppressed information ... will "
                              "help CSUs and NHSE&I')"),
        F(NHSE, MLCSU, "unspecified", "transfer", "activities",
          ("NHS Midlands and Lancashire Commissioning Support Unit (CSU), who is carrying out", "as a processing location."),
          optional=True,
          note="a processor 'carrying out additional processing regionally on behalf of the data controller' must get the data, "
               "but no sentence says what it gets, and the same field says 'Data will not be stored or processed by a third "
               "party' and 'There will be no further flows of data': optional"),
    ],
    roles=[
        R(NHSE, "controller", "controllers", "NHS ENGLAND (QUARRY HOUSE)"),
        R(NHSE, "controller", "objective",
          "Analysis will be carried out by NHSE&I analysts (as data controller and data processor).",
          note="NHSE&I = NHS England (the applicant; 'NHS England and Improvement's (NHSE&I)')"),
        R(NHSE, "processor", "objective",
          "Analysis will be carried out by NHSE&I analysts (as data controller and data processor).",
          note="'as data controller and data processor' (README-dur-e: a controller who also processes)"),
        R(NHSE, "access-restricted-to", "activities",
          "Data processing is only carried out by substantive employees of NHS England who have been appropriately trained in data protection and confidentiality (as required of all NHSE&I employees)."),
        R(MLCSU, "processor", "activities",
          ("NHS Midlands and Lancashire Commissioning Support Unit (CSU), who is carrying out", "on behalf of the data controller,"),
          note="'carrying out additional processing regionally on behalf of the data controller': a processor (README rule 12)"),
        R(MSUK, "non-accessing-processor", "activities",
          "Microsoft UK provide Cloud Services for Midlands and Lancashire (CSU) and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(LIMA, "non-accessing-processor", "activities",
          "Lima Networks supply IT infrastructure and are therefore listed as a data processor. They supply support to the system, but do not access data."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-13925-Q7R2D  IQVIA Ltd, Hospital Treatment Insights (v12.2, 2024; retention of data already held only)
# ---------------------------------------------------------------------------
_ref = "NIC-13925-Q7R2D"
IQVIA = "IQVIA Ltd"
MHRA = "Medicines and Healthcare products Regulatory Agency"
IQ_W = ["IQVIA LTD", "IQVIA Ltd", "IQVIA", "IQVIA Ltd.", "The IQVIA business"]
FEEDBACK_NOTE = ("a past output stated as delivered, in the Yielded Benefits ('the benefits that were yielded prior to the "
                 "restriction on processing'): required (README-other round 5; IMS Health's Hospital Feedback Services, round "
                 "6); 'participating hospitals' / 'HTI hospitals' = Providers; aggregate (drug use by therapy area, "
                 "benchmarked against all HTI hospitals)")
AGREEMENTS[_ref] = dict(
    file="dars-nic-13925-q7r2d.json", version="12.2", applicant="IQVIA LTD",
    family=COMMERCIAL, split="dev",
    names={NHSD: ["NHS Digital"], IQVIA: IQ_W,
           PROV: ["participating hospitals", "hospitals", "the hospital", "HTI hospitals"],
           MHRA: ["CPRD"]},
    flows=[
        F(NHSD, IQVIA, "pseudonymised", "transfer", "objective",
          ("NHS Digital has done this by providing record level pseudonymised", "with a link to IQVIA’s Hospital Prescribing Audit data (HPA)"),
          optional=True,
          note="the releases of former iterations ('has in the past acted as a Trusted Third Party'), whose data IQVIA still "
               "holds; 'under this iteration of this Data Sharing Agreement no data is to be released' and 'NHS Digital will not "
               "be ... releasing any data to IQVIA': no flow under this version, the past one optional"),
        F(NHSD, IQVIA, "pseudonymised", "transfer", "objective",
          "All direct identifiers were then removed before the data is shared with IQVIA Ltd.", optional=True,
          note="the same past release (the paragraph opens 'Previously')"),
        F(PROV, NHSD, "identifiable", "transfer", "objective",
          "Previously, direct identifiers flowed from the hospital to NHS Digital who then enabled the linkage of the two data types under Section 251 of the National Health Service Act 2006.",
          optional=True, note="a past flow of former iterations ('Previously'), for the linkage NHS Digital no longer does"),
        F(PROV, IQVIA, "unspecified", "transfer", "yielded_benefits",
          "The purpose of the reports is to provide independent analysis of the pharmacy data provided to IQVIA Ltd.",
          optional=True,
          note="the hospitals' own pharmacy data (IQVIA's Hospital Prescribing Audit), got by IQVIA outside this agreement "
               "(README-other round 3: data got under other approvals, optional)"),
        F(IQVIA, PROV, "aggregate", "transfer", "yielded_benefits",
          "IQVIA Ltd provides feedback to participating hospitals on the use of drugs within their trust.", note=FEEDBACK_NOTE),
        F(IQVIA, PROV, "aggregate", "transfer", "yielded_benefits",
          ("6.  A feedback report to hospitals using data", "which drugs were used within their hospitals to treat these patients."),
          note=FEEDBACK_NOTE),
        F(MHRA, IQVIA, "unspecified", "transfer", "yielded_benefits",
          "The HTI data which was linked to primary care data from CPRD showed that further anticoagulation therapy was continued in primary care in over half of hospitalisations discharged with these medications.",
          optional=True,
          note="a past joint feasibility study ('IQVIA Ltd collaborated with CPRD'; 'Leveraging the CPRD linkage'): README-other "
               "round 5 (past joint studies optional); CPRD is the MHRA's (round 3)"),
    ],
    roles=[
        R(IQVIA, "controller", "controllers", "IQVIA LTD"),
        R(IQVIA, "controller", "objective", "IQVIA Ltd is the Sole Data Controller."),
        R(IQVIA, "access-restricted-to", "activities",
          "Only IQVIA personnel are permitted to process the data and only to support secure retention."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-795268-S1T4D  The Lampard Inquiry, MHSDS in NHS England's SDE (v0.3, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-795268-S1T4D"
LAMPARD = "The Lampard Inquiry"
OUI = "Oxford University Innovation"
CORE = "Inquiry core participants (collectively)"
MHSDS = ["Mental Health Services Data Set (MHSDS)"]
AGREEMENTS[_ref] = dict(
    file="dars-nic-795268-s1t4d.json", version="0.3", applicant="THE LAMPARD INQUIRY",
    family=SDE, split="test",
    names={NHSE: ["NHS England", "NHSE"],
           LAMPARD: ["THE LAMPARD INQUIRY", "The Lampard Inquiry", "the Lampard Inquiry", "Lampard Inquiry", "the Inquiry"],
           OUI: ["Oxford University Innovation (OUI)", "OUI"],
           CORE: ["Core Participants"]},
    flows=[
        F(NHSE, LAMPARD, "pseudonymised", "access", "activities",
          "NHS England will provide the relevant records from the MHSDS datasets to the Inquiry.", MHSDS,
          note="'The Data will be pseudonymised' (same paragraph; the datasets field says 'Anonymised - ICO Code Compliant'); "
               "mode access: 'The Data within the NHS England Secure Data Environment (SDE)', 'stored on servers at NHS "
               "England', accessed remotely (LHCH's SDE text in dur.json)"),
        F(NHSE, LAMPARD, "pseudonymised", "access", "objective",
          ("This Data Sharing Agreement (DSA) covers the provision of the environment", "with the following ongoing investigations:"),
          MHSDS, note="the same edge: 'experts appointed by the Lampard Inquiry will access data' in the SDE"),
        F(NHSE, OUI, "pseudonymised", "access", "activities",
          "Oxford University Innovation (OUI) are the relevant institutional data processor for the Expert Health Statistician.",
          MHSDS, optional=True,
          note="the Inquiry's Expert Health Statistician, who works in the SDE, is engaged through OUI ('the contracting entity "
               "the Inquiry has engaged for the Chief Investigator’s services'); that OUI as an organisation reaches the data is "
               "implied, not stated"),
        F(LAMPARD, CORE, "aggregate", "transfer", "expected_output", "•\tDisclosure to Core Participants under confidentiality undertaking",
          optional=True,
          note="a dissemination channel of the outputs ('communicated to relevant recipients through the following dissemination "
               "channels'; README-dur-f, South West London's briefings to NHS England), to the inquiry's core participants as one "
               "collective node; the public report and the hearings are publication"),
    ],
    roles=[
        R(LAMPARD, "controller", "controllers", "THE LAMPARD INQUIRY"),
        R(OUI, "processor", "activities",
          "Oxford University Innovation (OUI) are the relevant institutional data processor for the Expert Health Statistician.",
          note="'OUI is a subsidiary of the University of Oxford': the university itself gets no role"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-788281-L8X5B  Regional Drug & Therapeutic Centre (Newcastle upon Tyne Hospitals NHS FT), HES and NHSBSA in the SDE (v0.3, 2025)
# ---------------------------------------------------------------------------
_ref = "NIC-788281-L8X5B"
NUTH = "The Newcastle upon Tyne Hospitals NHS Foundation Trust"
SICBLS = "Sub-ICB locations (collectively)"
APCS = "Area prescribing committees (collectively)"
MMGS = "Medicines management groups (collectively)"
GMMMG = "Greater Manchester Medicines Management Group"
PCNS = "Primary care networks (collectively)"
RDTC_DS = ["Emergency Care Data Set (ECDS)", "Hospital Episode Statistics Accident and Emergency (HES A and E)",
           "Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Critical Care (HES Critical Care)",
           "Hospital Episode Statistics Outpatients (HES OP)", "Medicines dispensed in Primary Care (NHSBSA data)"]
REPORT = "-  A report of findings to Integrated Care Boards (ICBs), Sub ICB Locations (SICBLs), and NHS Foundation Trusts."
REPORT_NOTE = ("a planned report of findings to named kinds of recipient (README-other: reports to named bodies stated as planned "
               "are required); 'The outputs ... will only contain aggregated information'")
SHARED = ("To optimise public benefit from the use of the data, the RDTC plans to produce outputs such as reports, scatter charts, "
          "and publications that will be shared with stakeholders across Integrated Care Boards (ICBs) and Sub ICB Locations (SICBLs).")
USED_BY = ("Reports produced by RDTC are used by Area Prescribing Committees and Medicines Management Groups (e.g., Greater "
           "Manchester Medicines Management Group) to inform pathway development and monitor implementation, indirectly "
           "reflecting public health priorities and patient needs.")
USED_NOTE = ("the users of the RDTC's reports, stated as fact (README-other round 6, Lightfoot: the organisations a tool 'is "
             "used by' are required); aggregate")
PRESENT = ("-  Presentations to NHS stakeholders. RDTC presents findings to Area Prescribing Committees, Medicines Management "
           "Groups, and other NHS bodies involved in medicines optimisation.")
PRESENT_NOTE = ("presentations in meetings with named kinds of body (README-other round 4: optional); the edge is required by "
                "the objective's 'Reports produced by RDTC are used by ...'")
COLLAB = ("RDTC works collaboratively with GPs, Primary Care Networks (PCNs), and other regional colleagues to support pathway "
          "development and benchmarking.")
COLLAB_NOTE = "joint work with no data stated as passing (README-other round 6: joint work optional)"
AGREEMENTS[_ref] = dict(
    file="dars-nic-788281-l8x5b.json", version="0.3", applicant="REGIONAL DRUG & THERAPEUTIC CENTRE",
    family=SDE, split="test",
    names={NHSE: ["NHS England", "NHS England SDE", "the NHS England SDE Output Checking team"],
           NUTH: ["REGIONAL DRUG & THERAPEUTIC CENTRE", "THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST",
                  "Newcastle Upon Tyne Hospitals NHS Foundation Trust", "Newcastle Upon Tyne Hospitals Foundation Trust",
                  "Regional Drug and Therapeutics Centre (RDTC)", "Regional Drug and Therapeutics Centre (RDTC Newcastle)",
                  "RDTC Newcastle", "RDTC", "the RDTC", "the Trust"],
           ICBS: ["Integrated Care Boards (ICBs)", "ICBs"],
           SICBLS: ["Sub ICB Locations (SICBLs)", "SICBLs"],
           PROV: ["NHS Foundation Trusts"],
           NCOMM: ["commissioning organisations", "Commissioners"],
           APCS: ["Area Prescribing Committees", "Area prescribing committees"],
           MMGS: ["Medicines Management Groups"],
           GMMMG: ["Greater Manchester Medicines Management Group", "Greater Manchester Medicines Management Group (GMMMG)"],
           GPS: ["GPs"],
           PCNS: ["Primary Care Networks (PCNs)"]},
    flows=[
        F(NHSE, NUTH, "pseudonymised", "access", "activities",
          "NHS England will grant access to the Data via the Secure Data Environment (SDE).", RDTC_DS,
          note="'The Data will be pseudonymised' (next paragraph); as LHCH's SDE text (dur.json). The RDTC, 'hosted by the "
               "Newcastle Upon Tyne Hospitals Foundation Trust' and staffed by 'substantive employees of the RDTC within the "
               "trust', is read as the trust (README-other round 3: a unit of the applicant is the applicant; the organisation "
               "field names the unit, the controllers field the trust)"),
        F(NHSE, NUTH, "pseudonymised", "access", "activities",
          "NHS England will provide access to the relevant records from the datasets listed in 5a of this DSA to Newcastle Upon Tyne Hospitals NHS Foundation Trust .",
          RDTC_DS, note="the same edge"),
        F(NHSE, NUTH, "pseudonymised", "access", "objective",
          "These datasets are accessed via NHS England’s Secure Data Environment (SDE), ensuring that all data is pseudonymised and handled in compliance with data protection regulations.",
          RDTC_DS, note="the same edge, in the Objective"),
        F(NHSE, NUTH, "aggregate", "transfer", "activities",
          "Data is extracted from NHS England SDE aggregated at SICBL level or cohorts of SICBL magnitude.", RDTC_DS,
          note="the export of aggregated results, stated as what is done (LHCH's 'SDE users can request exportation ...' was "
               "optional, a request); the same edge as the access"),
        F(NUTH, ICBS, "aggregate", "transfer", "expected_output", REPORT, note=REPORT_NOTE),
        F(NUTH, SICBLS, "aggregate", "transfer", "expected_output", REPORT,
          note=REPORT_NOTE + "; Sub ICB Locations as a collective node of their own (one per kind)"),
        F(NUTH, PROV, "aggregate", "transfer", "expected_output", REPORT, note=REPORT_NOTE + "; NHS Foundation Trusts = Providers"),
        F(NUTH, ICBS, "aggregate", "transfer", "expected_benefits", SHARED, note="the same edge ('will be shared with')"),
        F(NUTH, SICBLS, "aggregate", "transfer", "expected_benefits", SHARED, note="the same edge ('will be shared with')"),
        F(NUTH, NCOMM, "aggregate", "access", "expected_output",
          "-  Aggregated findings are published on the RDTC’s password-protected website, accessible to commissioning organisations.",
          note="a password-protected website for commissioners is not publication: access of aggregate findings by a collective "
               "recipient (activities: 'The reports are made available to stakeholders via the centres website which is "
               "password protected')"),
        F(NUTH, NCOMM, "aggregate", "transfer", "expected_output",
          "-   Briefing Documents Provided to Commissioners and Prescribing Leads. Topic-specific summaries and visualisations are shared via email and secure platforms.",
          optional=True,
          note="a dissemination channel (README-dur-f, South West London): optional; the edge is required by the website sentence"),
        F(NUTH, APCS, "aggregate", "transfer", "objective", USED_BY, note=USED_NOTE),
        F(NUTH, MMGS, "aggregate", "transfer", "objective", USED_BY, note=USED_NOTE),
        F(NUTH, GMMMG, "aggregate", "transfer", "objective", USED_BY,
          note="the named example of the Medicines Management Groups that use the reports; the Yielded Benefits' past use ('the "
               "Greater Manchester Medicines Management Group (GMMMG) workplan') is the same edge: required (README-other round "
               "6, clients' past use)"),
        F(NUTH, APCS, "aggregate", "transfer", "expected_output", PRESENT, optional=True, note=PRESENT_NOTE),
        F(NUTH, MMGS, "aggregate", "transfer", "expected_output", PRESENT, optional=True, note=PRESENT_NOTE),
        F(NUTH, ICBS, "aggregate", "transfer", "expected_output",
          "-   Direct Bilateral Engagement with NHS Stakeholders. RDTC engages directly with Area Prescribing Committees, Medicines Management Groups, and ICBs to present findings and support decision-making.",
          optional=True, note="presentations in meetings (a dissemination channel); the ICBs edge is required by the report"),
        F(NUTH, GPS, "aggregate", "transfer", "objective", COLLAB, optional=True, note=COLLAB_NOTE),
        F(NUTH, PCNS, "aggregate", "transfer", "objective", COLLAB, optional=True, note=COLLAB_NOTE),
    ],
    roles=[
        R(NUTH, "controller", "controllers", "THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST"),
        R(NUTH, "controller", "objective",
          "Newcastle Upon Tyne Hospitals NHS Foundation Trust is the research sponsor and the controller as the organisation responsible for ensuring that the Data will only be processed for the purpose described above."),
        R(NUTH, "access-restricted-to", "activities",
          ("Access to the data is restricted to individuals within the prescribing reports team", "substantive employees of the RDTC within the trust."),
          note="the RDTC's team within the trust: the trust (the applicant's node)"),
    ],
)
