"""Hand annotations of the sixth set of current Data Uses Register agreements (helper `dur6`).

Written while reading the newest version (its last state) of each agreement in
``tests/data/dur6/agreements`` by its text only: nhskg's extractor was not run
on these agreements, and no output of it was looked at, before this file and
``dur-h.json`` were committed. ``build_dur_h.py`` checks every evidence
sentence against the field it names and writes ``dur-h.json``. Rules:
README.md, README-other.md, README-dur-b.md (the DSfC template decisions,
applied unchanged), README-dur-d.md (joint controllers, a controller in the
invoice-validation list, two risk-stratification processors, One London ICBs,
listed commissioning processors), README-dur-f.md; decisions taken here:
README-dur-h.md.

All six are ICB "Data Services for Commissioners" agreements of the July 2022
batch (the family is in the dev half). The record helpers ``F`` (flow) and
``R`` (role), the DSfC template helper ``dsfc_flows`` and the shared canonical
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
F, R, dsfc_flows = _D.F, _D.R, _D.dsfc_flows
DSFC = _D.DSFC
NHSE, AGEM, MLCSU, NECS, SCW, LIAISON, PSL, PAL, AWS, MS, OPTUM = (
    _D.NHSE, _D.AGEM, _D.MLCSU, _D.NECS, _D.SCW, _D.LIAISON, _D.PSL, _D.PAL, _D.AWS, _D.MS, _D.OPTUM)
PROV, GPS, HCP, COMMON_NAMES = _D.PROV, _D.GPS, _D.HCP, _D.COMMON_NAMES

ABOUT = ("Hand-annotated flows and roles of six more current Data Uses Register agreements (newest version of each, "
         "last state, from tests/data/dur6/agreements: six ICB DSfC agreements of the July 2022 batch (Hampshire and Isle "
         "of Wight; Northamptonshire with Leicester, Leicestershire and Rutland; Sussex with Surrey Heartlands; South West "
         "London; Buckinghamshire, Oxfordshire and Berkshire West with Frimley and Oxfordshire County Council; Derby and "
         "Derbyshire with Lincolnshire and Nottingham and Nottinghamshire)), helper dur6; see README-dur-h.md for families, "
         "split and rules.")

PAL_NOTE = "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)"
LISTED_NOTE = ("listed commissioning processor with no other role described: read as receiving the extract "
               "(README-dur-d, listed commissioning processors)")
ICB_LISTED_NOTE = ("another ICB in the commissioning 'Processors:' list, with no other role described: read as receiving the "
                   "extract, as the One London ICBs (README-dur-d)")

AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-616005-Z0T0F  NHS Hampshire and Isle of Wight ICB, DSfC IV, RS & Comm (v5.2, 2025)
# ---------------------------------------------------------------------------
_ref = "NIC-616005-Z0T0F"
HIOW = "NHS Hampshire and Isle of Wight Integrated Care Board"
BOB = "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"
ORACLE_HEALTH = "Oracle Health"
HIW = "Health Innovation Wessex"
MOORHOUSE = "Moorhouse Consulting Ltd"
ANS = "ANS Group Limited"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616005-z0t0f.json", version="5.2", applicant="NHS HAMPSHIRE AND ISLE OF WIGHT INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        HIOW: ["NHS HAMPSHIRE AND ISLE OF WIGHT INTEGRATED CARE BOARD", "NHS Hampshire and Isle Of Wight Integrated Care Board",
               "NHS Hampshire and Isle of Wight Integrated Care Board"],
        f"Unnamed DSCRO ({_ref})": [],
        SCW: ["South, Central and West Commissioning Support Unit", "South Central and West Commissioning Support Unit"],
        LIAISON: ["Liaison Financial Services Ltd", "Liaison Financial Services"],
        NECS: ["North of England Commissioning Support Unit"],
        BOB: ["NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"],
        OPTUM: ["Optum Health Solutions UK Limited", "Optum Health Solutions (UK) Limited"],
        ORACLE_HEALTH: ["Oracle Health"],
        HIW: ["Health Innovation Wessex (hosted by University Hospitals Southampton NHS Foundation Trust)", "Health Innovation Wessex"],
        MOORHOUSE: ["Moorhouse Consulting Ltd"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        ANS: ["ANS Group Limited"],
    }),
    flows=dsfc_flows(_ref, [HIOW], [SCW, LIAISON], [(SCW, [HIOW]), (ORACLE_HEALTH, [HIOW])],
                     comm_required=[SCW, NECS, BOB, OPTUM, ORACLE_HEALTH, HIW, MOORHOUSE], comm_optional=[PAL],
                     notes={PAL: PAL_NOTE, BOB: ICB_LISTED_NOTE, OPTUM: LISTED_NOTE, ORACLE_HEALTH: LISTED_NOTE,
                            MOORHOUSE: "listed commissioning processor (a consultancy) with no other role described: read as "
                                       "receiving the extract (as PA Consulting in README-dur-f)",
                            HIW: "listed commissioning processor 'Health Innovation Wessex (hosted by University Hospitals "
                                 "Southampton NHS Foundation Trust)': the host is hosting, not a recipient (no flow to the trust)",
                            ("rs", SCW): "the risk-stratification block lists two processors (SCW CSU and Oracle Health); the text "
                                         "does not say which holds the tool: both annotated (README-dur-d, LLR)",
                            ("rs", ORACLE_HEALTH): "the risk-stratification block's second listed processor (README-dur-d, LLR)"}),
    roles=[
        R(HIOW, "controller", "controllers", "NHS HAMPSHIRE AND ISLE OF WIGHT INTEGRATED CARE BOARD"),
        R(SCW, "processor", "activities", "•\tSouth, Central and West Commissioning Support Unit",
          note="in all three 'Processors:' lists"),
        R(LIAISON, "processor", "activities", "•\tLiaison Financial Services Ltd"),
        R(ORACLE_HEALTH, "processor", "activities", "•\tOracle Health",
          note="in the risk-stratification and commissioning lists"),
        R(NECS, "processor", "activities", "•\tNorth of England Commissioning Support Unit"),
        R(BOB, "processor", "activities", "•\tNHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board"),
        R(OPTUM, "processor", "activities", "•\tOptum Health Solutions UK Limited"),
        R(HIW, "processor", "activities",
          "•\tHealth Innovation Wessex (hosted by University Hospitals Southampton NHS Foundation Trust)"),
        R(MOORHOUSE, "processor", "activities", "•\tMoorhouse Consulting Ltd"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also 'Amazon Web Services provide cloud services for Optum Health Solutions (UK) Limited and Oracle Health ... do not "
               "access data' and '•      Amazon Web Services' in the commissioning list; non-accessing only (README-dur-b decision 10)"),
        R(MS, "non-accessing-processor", "activities",
          ("Microsoft Limited supply cloud services for Health Innovation Wessex", "They supply support to the system, but do not access data.")),
        R(ANS, "processor", "activities",
          "ANS Group Limited will be assisting in the set up and management of the South Central and West Commissioning Support Unit Microsoft Azure Cloud infrastructure and are therefore listed as a data processor.",
          note="listed as a data processor with no 'do not access' (as ANS Group in README-dur-d); no flow"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-615995-K0R4H  NHS Northamptonshire ICB + NHS Leicester, Leicestershire and Rutland ICB (joint for Comm and IV),
# DSfC IV, RS & Comm (v4.2, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-615995-K0R4H"
FEEDBACK = "18. Feedback to NHS service providers on data quality at an aggregate and individual record level"


def _tab18(flow: dict) -> dict:
    """Northamptonshire's Expected Outputs number their commissioning items with a tab ('18.\\tFeedback ...')."""
    evidence = flow["evidence"]
    if isinstance(evidence, tuple) and evidence[0] == FEEDBACK:
        flow = dict(flow, evidence=(FEEDBACK.replace("18. ", "18.\t"), evidence[1]))
    return flow


NORTHANTS = "NHS Northamptonshire Integrated Care Board"
LLR = "NHS Leicester, Leicestershire and Rutland Integrated Care Board"
NEL = "NHS North East London Integrated Care Board"
SWL = "NHS South West London Integrated Care Board"
CATALYST = "Catalyst BI Limited"
LIMA = "Lima Networks Ltd"
AGREEMENTS[_ref] = dict(
    file="dars-nic-615995-k0r4h.json", version="4.2", applicant="NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        NORTHANTS: ["NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD", "NHS Northamptonshire Integrated Care Board"],
        LLR: ["NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD",
              "NHS Leicester, Leicestershire and Rutland Integrated Care Board"],
        f"Unnamed DSCRO ({_ref})": [],
        NECS: ["NHS North of England Commissioning Support Unit", "North of England Commissioning Support Unit"],
        MLCSU: ["NHS Midlands and Lancashire Commissioning Support Unit"],
        AGEM: ["NHS Arden and Greater East Midlands Commissioning Support Unit", "Arden and GEM Commissioning Support Unit"],
        NEL: ["NHS North East London Integrated Care Board"],
        SWL: ["NHS South West London Integrated Care Board"],
        PSL: ["Prescribing Services Ltd"],
        OPTUM: ["Optum Health Solutions UK Limited"],
        CATALYST: ["Catalyst BI Limited"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        LIMA: ["Lima Networks Ltd"],
    }),
    flows=[_tab18(f) for f in dsfc_flows(_ref, [NORTHANTS, LLR], [NECS, NORTHANTS, LLR, MLCSU], [(NEL, [NORTHANTS]), (PSL, [NORTHANTS])],
                     comm_required=[NEL, SWL, NECS, AGEM, OPTUM, MLCSU], comm_optional=[PAL, CATALYST],
                     dc_icbs=[NORTHANTS], applicant=NORTHANTS,
                     notes={PAL: PAL_NOTE, NEL: ICB_LISTED_NOTE, SWL: ICB_LISTED_NOTE, OPTUM: LISTED_NOTE,
                            CATALYST: "Catalyst BI Limited 'supply Cloud Services for NHS North of England Commissioning Support "
                                      "Unit ... will have access to the personal data for support purposes': a platform processor "
                                      "(README-dur-d), optional",
                            ("rs", NEL): "the risk-stratification block lists two processors (NHS North East London ICB and "
                                         "Prescribing Services Ltd): the text does not say which holds the tool, both annotated "
                                         "(README-dur-d, LLR); 'NHS Northamptonshire Integrated Care Board is the controller for the "
                                         "purpose of Direct Care and Risk Stratification', so 'the ICB' of this block is Northamptonshire",
                            ("rs", PSL): "the risk-stratification block's second listed processor; 'the ICB' = Northamptonshire"})],
    roles=[
        R(NORTHANTS, "controller", "controllers", "NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD"),
        R(LLR, "controller", "controllers", "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD",
          note="'... are joint controllers for the purpose of Commissioning and Invoice Validation' (objective)"),
        R(NECS, "processor", "activities", "•\tNHS North of England Commissioning Support Unit",
          note="the invoice-validation list; also '•     NHS North of England Commissioning Support Unit' in the commissioning list"),
        R(NORTHANTS, "processor", "activities", "•\tNHS Northamptonshire Integrated Care Board",
          note="a controller in the invoice-validation 'Processors:' list"),
        R(LLR, "processor", "activities", "•\tNHS Leicester, Leicestershire and Rutland Integrated Care Board",
          note="a controller in the invoice-validation 'Processors:' list"),
        R(MLCSU, "processor", "activities", "•\tNHS Midlands and Lancashire Commissioning Support Unit"),
        R(NEL, "processor", "activities", "•     NHS North East London Integrated Care Board",
          note="in the risk-stratification and commissioning lists"),
        R(PSL, "processor", "activities", "•     Prescribing Services Ltd"),
        R(SWL, "processor", "activities", "•     NHS South West London Integrated Care Board"),
        R(AGEM, "processor", "activities", "•     NHS Arden and Greater East Midlands Commissioning Support Unit"),
        R(OPTUM, "processor", "activities", "•     Optum Health Solutions UK Limited"),
        R(CATALYST, "processor", "activities",
          "Catalyst BI Limited supply Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. Catalyst BI Limited will have access to the personal data for support purposes.",
          note="also '•     Catalyst BI Limited' in the commissioning list"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd and Optum Health Solutions UK Limited and are therefore listed as a data processor. They supply support to the system but do not access data.",
          note="also '•     Amazon Web Services' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          ("Microsoft Limited supply Cloud Services for North of England Commissioning Support Unit", "They supply support to the system, but do not access data.")),
        R(LIMA, "non-accessing-processor", "activities",
          "Lima Networks Ltd supply IT infrastructure for NHS Midlands and Lancashire Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616950-W5T2S  NHS Sussex ICB + NHS Surrey Heartlands ICB (joint), DSfC Comm/IV (v2.3, 2026; no RS block)
# ---------------------------------------------------------------------------
_ref = "NIC-616950-W5T2S"
SUSSEX = "NHS Sussex Integrated Care Board"
SURREY = "NHS Surrey Heartlands Integrated Care Board"
UHSX = "University Hospitals Sussex NHS Foundation Trust"
CARE_UNBOUND = "Care Unbound Limited"
EDGE = "Edge Health Limited"
DATABARRACKS = "Databarracks Limited"
TABLEAU = "Tableau"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616950-w5t2s.json", version="2.3", applicant="NHS SUSSEX INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        SUSSEX: ["NHS SUSSEX INTEGRATED CARE BOARD", "NHS Sussex Integrated Care Board", "NHS Sussex ICB"],
        SURREY: ["NHS SURREY HEARTLANDS INTEGRATED CARE BOARD", "NHS Surrey Heartlands Integrated Care Board",
                 "NHS Surrey Heartlands ICB"],
        f"Unnamed DSCRO ({_ref})": [],
        SCW: ["NHS South, Central and West Commissioning Support Unit", "NHS South Central and West Commissioning Support Unit"],
        NECS: ["NHS North of England Commissioning Support Unit"],
        UHSX: [UHSX],
        OPTUM: ["Optum Health Solutions UK Limited", "Optum Health Solutions (UK) Limited"],
        CARE_UNBOUND: ["HERE (Care Unbound Limited)", "Care Unbound Limited", "HERE"],
        EDGE: ["Edge Health Ltd"],
        PAL: ["Palantir Technologies UK Limited", "Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        LIAISON: ["Liaison Financial Services Ltd"],
        DATABARRACKS: [DATABARRACKS],
        TABLEAU: [TABLEAU],
    }),
    flows=dsfc_flows(_ref, [SUSSEX, SURREY], [SCW],
                     comm_required=[SCW, NECS, UHSX, OPTUM, CARE_UNBOUND, EDGE], comm_optional=[PAL],
                     applicant=SUSSEX,
                     notes={PAL: PAL_NOTE, UHSX: LISTED_NOTE, OPTUM: LISTED_NOTE, CARE_UNBOUND: LISTED_NOTE, EDGE: LISTED_NOTE}),
    roles=[
        R(SUSSEX, "controller", "controllers", "NHS SUSSEX INTEGRATED CARE BOARD"),
        R(SURREY, "controller", "controllers", "NHS SURREY HEARTLANDS INTEGRATED CARE BOARD",
          note="'NHS Surrey Heartlands ICB & NHS Sussex ICB are joint controllers for the purpose of Commissioning and Invoice Validation'"),
        R(SCW, "processor", "activities", "•\tNHS South, Central and West Commissioning Support Unit",
          note="in both 'Processors:' lists"),
        R(NECS, "processor", "activities", "•\tNHS North of England Commissioning Support Unit"),
        R(UHSX, "processor", "activities", "•\tUniversity Hospitals Sussex NHS Foundation Trust"),
        R(OPTUM, "processor", "activities", "•\tOptum Health Solutions UK Limited"),
        R(CARE_UNBOUND, "processor", "activities", "•\tHERE (Care Unbound Limited)"),
        R(EDGE, "processor", "activities", "•\tEdge Health Ltd"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Limited support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also 'Amazon Web Services provide cloud services for Optum Health Solutions (UK) Limited ... do not access data' and "
               "'•\\tAmazon Web Services' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          ("Microsoft Limited provide Cloud Services for NHS South Central and West Commissioning Support Unit", "They supply support to the system, but do not access data.")),
        R(DATABARRACKS, "non-accessing-processor", "activities",
          "Databarracks Limited supply IT infrastructure for NHS Surrey Heartlands Integrated Care Board and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(TABLEAU, "non-accessing-processor", "activities",
          "Tableau provide online dashboards to the ICB and are therefore listed as processors. They supply support to the system, but do not access data.",
          note="listed as processors 'but do not access data' (Surrey and Sussex's 2026 Tableau sentence in dur-b called it no processor)"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-615998-S4B4H  NHS South West London ICB, DSfC IV, RS & Comm (v4.2, 2026; One London ICBs, research sub-licensing)
# ---------------------------------------------------------------------------
_ref = "NIC-615998-S4B4H"
NCL = "NHS North Central London Integrated Care Board"
SEL = "NHS South East London Integrated Care Board"
NWL = "NHS North West London Integrated Care Board"
ICHT = "Imperial College Healthcare NHS Trust"
SNOWFLAKE = "Snowflake Computing UK Limited"
ND = "NHS Digital"
ONE_LONDON_NOTE = ("the commissioning list's '•\\tOne London ICBs' = the ICBs the Data Processors paragraph lists ('wish to be "
                   "listed as Data Processors for each other'): one flow to each other than the controller (README-dur-d)")
CWT_START = "In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports"


def _as_swl(flow: dict) -> dict:
    """South West London's CWT paragraph says 'the CWT system in NHS Digital': the holder as written."""
    evidence = flow["evidence"]
    if isinstance(evidence, tuple) and evidence[0] == CWT_START:
        flow = dict(flow, evidence=(CWT_START, "in NHS Digital directly."),
                    source=ND if flow["source"] == NHSE else flow["source"],
                    target=ND if flow["target"] == NHSE else flow["target"],
                    note=(flow.get("note") or "") + "; the CWT system's holder written 'NHS Digital' (carried-over text)")
    return flow


AGREEMENTS[_ref] = dict(
    file="dars-nic-615998-s4b4h.json", version="4.2", applicant="NHS SOUTH WEST LONDON INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        SWL: ["NHS SOUTH WEST LONDON INTEGRATED CARE BOARD", "NHS South West London Integrated Care Board"],
        NCL: [NCL, "NHS North Central London Integrated Care Board (NCL ICB)", "NCL ICB"],
        SEL: [SEL],
        NEL: ["NHS North East London Integrated  Care Board", "NHS North East London ICB", "NEL ICB"],
        NWL: ["NHS North West London Integrated  Care Board", "NWL ICB"],
        f"Unnamed DSCRO ({_ref})": [],
        ND: ["NHS Digital"],
        NECS: ["NHS North of England Commissioning Support Unit"],
        PSL: ["Prescribing Services Ltd"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        SNOWFLAKE: [SNOWFLAKE],
        "InterWorks": ["InterWorks"], "Answer Digital Ltd": ["Answer Digital Ltd", "Answer Digital"],
        ICHT: ["Imperial College Healthcare NHS Trust (ICHT)", "Imperial College Healthcare NHS Trust", "ICHT"],
    }),
    flows=[_as_swl(f) for f in dsfc_flows(
        _ref, [SWL], [NECS], [(PSL, [SWL])], comm_required=[NCL, SEL, NEL, NWL], comm_optional=[PAL],
        notes={PAL: PAL_NOTE, NCL: ONE_LONDON_NOTE, SEL: ONE_LONDON_NOTE, NEL: ONE_LONDON_NOTE, NWL: ONE_LONDON_NOTE})],
    roles=[
        R(SWL, "controller", "controllers", "NHS SOUTH WEST LONDON INTEGRATED CARE BOARD"),
        *[R(org, "processor", "activities",
            "The ICBs listed here (hereby referred to as the One London ICBs), wish to be listed as Data Processors for each other across the data sharing agreements for all One London ICBs:",
            note="one of the five One London ICBs listed under that sentence")
          for org in (NCL, SEL, NEL, NWL, SWL)],
        R(NECS, "processor", "activities", "•\tNHS North of England Commissioning Support Unit "),
        R(PSL, "processor", "activities", "•\tPrescribing Services Ltd"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also '•\\tAmazon Web Services' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited supply Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(SNOWFLAKE, "non-accessing-processor", "activities",
          "Snowflake Computing UK Limited provide Cloud Services for NHS North East London ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("InterWorks", "processor", "activities", "InterWorks will act as a sub-processor under data protection law for the LDS."),
        R("Answer Digital Ltd", "processor", "activities",
          "Answer Digital will act as a sub-processor under data protection law for the LDS."),
        R(ICHT, "processor", "activities",
          "Imperial College Healthcare NHS Trust (ICHT) are sub-contracted by NWL ICB to provide the infrastructure and secure environment within which the London Analytics Platform (LAP) will operate, the company will act as sub-processor under data protection law.",
          note="Accenture UK Ltd, 'sub-contracted by ICHT to serve as a managed service provider', is not called a processor: no role"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616007-R3H0G  NHS Buckinghamshire, Oxfordshire and Berkshire West ICB + NHS Frimley ICB + Oxfordshire County Council,
# DSfC IV & Comm (v4.2, 2026; the Thames Valley text of dur-b)
# ---------------------------------------------------------------------------
_ref = "NIC-616007-R3H0G"
FRIMLEY = "NHS Frimley Integrated Care Board"
OCC = "Oxfordshire County Council"
GRAPHNET = "Graphnet Health Limited"
UOX = "University of Oxford"
DSCRO_616007 = f"Unnamed DSCRO ({_ref})"
CCGS_616007 = ("NHS Berkshire West CCG", "NHS Buckinghamshire CCG", "NHS Oxfordshire CCG")
AGREEMENTS[_ref] = dict(
    file="dars-nic-616007-r3h0g.json", version="4.2",
    applicant="NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        BOB: ["NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD",
              "NHS Buckinghamshire, Oxfordshire And Berkshire West Integrated Care Board",
              "NHS Buckingham, Oxfordshire and Berkshire ICB"],
        FRIMLEY: ["NHS FRIMLEY INTEGRATED CARE BOARD", "NHS Frimley Integrated Care Board", "NHS Frimley ICB"],
        OCC: ["OXFORDSHIRE COUNTY COUNCIL", "Oxfordshire County Council"],
        DSCRO_616007: [],
        SCW: ["South, Central & West Commissioning Support Unit", "South Central and West Commissioning Support Unit"],
        GRAPHNET: ["Graphnet Health Ltd", "Graphnet Health Limited"],
        UOX: ["University of Oxford", "The University of Oxford"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        **{ccg: [ccg] for ccg in CCGS_616007},
    }),
    flows=dsfc_flows(_ref, [BOB, FRIMLEY], [SCW, BOB, FRIMLEY], comm_required=[SCW, GRAPHNET], comm_optional=[UOX, PAL],
                     applicant=BOB,
                     notes={PAL: PAL_NOTE,
                            UOX: "the University is given 'Controlled access to the pseudonymised data, minimised to each "
                                 "project' (annotated as an access flow from the ICB; README-dur-b decision 9, Thames Valley)"}) + [
        F(DSCRO_616007, OCC, "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controllers / Processors.",
          ["Pseudonymised Commissioning Datasets"],
          note="the commissioning block is 'COMMISISONING (ICB and Local Authority)': the three organisations 'act as joint "
               "controllers for the commissioning datasets'; the council is not an ICB, so the FDP/CWT access ('ICBs', 'the ICB') "
               "and the invoice validation ('ICB Only') are the two ICBs' only"),
        F(BOB, UOX, "pseudonymised", "access", "activities",
          ("Controlled access to the pseudonymised data, minimised to each project, will allow the University", "commissioning function."),
          note="'the University' = University of Oxford (the processor list and the next paragraphs); 'Commissioners in this region "
               "have strong analytical relationships with the local University. The ICB plans to commission the University': "
               "README-dur-b decision 9 (Thames Valley), from the applicant ICB"),
        F(FRIMLEY, UOX, "pseudonymised", "access", "activities",
          ("Controlled access to the pseudonymised data, minimised to each project, will allow the University", "commissioning function."),
          optional=True,
          note="'the ICB' of the commissioning block is both ICBs (joint controllers), but 'the local University' of 'this region' "
               "reads as the applicant's: optional for Frimley"),
        *[F(ccg, BOB, "unspecified", "transfer", "activities",
            "All data previously disseminated to the CCG(s) has been transferred to the ICB.", optional=True,
            note="a past transfer from the CCGs that 'previously occupied the footprint of the ICB' (listed above it): not data "
                 "moving under this agreement's processing; optional")
          for ccg in CCGS_616007],
    ],
    roles=[
        R(BOB, "controller", "controllers", "NHS BUCKINGHAMSHIRE, OXFORDSHIRE AND BERKSHIRE WEST INTEGRATED CARE BOARD"),
        R(FRIMLEY, "controller", "controllers", "NHS FRIMLEY INTEGRATED CARE BOARD"),
        R(OCC, "controller", "controllers", "OXFORDSHIRE COUNTY COUNCIL"),
        R(SCW, "processor", "activities", "• South, Central & West Commissioning Support Unit", note="in both 'Processors:' lists"),
        R(BOB, "processor", "activities", "• NHS Buckingham, Oxfordshire and Berkshire ICB",
          note="the controller in the invoice-validation 'Processors:' list (its name misspelt)"),
        R(FRIMLEY, "processor", "activities", "• NHS Frimley ICB",
          note="a controller in the invoice-validation list; also '• NHS Frimley Integrated Care Board' in the commissioning list"),
        R(GRAPHNET, "processor", "activities", "• Graphnet Health Ltd"),
        R(UOX, "processor", "activities",
          "The University of Oxford do not carry out data controllership activities, the Universities are data processors listed under this Agreement for the purposes of Commissioning only and act under instruction by the Data Controllers."),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also '• Amazon Web Services' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited supply provide Cloud Services for South Central and West Commissioning Support Unit and Graphnet Health Limited and are therefore listed as a data processor. They supply support to the system, but do not access data."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616029-Y7G7K  NHS Derby and Derbyshire ICB + NHS Lincolnshire ICB + NHS Nottingham and Nottinghamshire ICB (joint),
# DSfC IV, RS & Comm (v5.4, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-616029-Y7G7K"
DDICB = "NHS Derby and Derbyshire Integrated Care Board"
LINCS = "NHS Lincolnshire Integrated Care Board"
NOTTS = "NHS Nottingham and Nottinghamshire Integrated Care Board"
NHIS = "Nottinghamshire Health Informatics Service"
SOCFIN = "Social Finance Ltd"
SYICB = "NHS South Yorkshire Integrated Care Board"
NEWTON = "Newton Consulting Ltd"
GETUBETTER = "GetUBetter"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616029-y7g7k.json", version="5.4", applicant="NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        DDICB: ["NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD", "NHS Derby And Derbyshire Integrated Care Board"],
        LINCS: ["NHS LINCOLNSHIRE INTEGRATED CARE BOARD", "NHS Lincolnshire Integrated Care Board"],
        NOTTS: ["NHS NOTTINGHAM AND NOTTINGHAMSHIRE INTEGRATED CARE BOARD", "NHS Nottingham & Nottinghamshire Integrated Care Board"],
        f"Unnamed DSCRO ({_ref})": [],
        NHIS: ["Nottingham Health Informatics Service (Hosted by Sherwood Forest Hospitals NHS Foundation Trust)",
               "Nottingham Health Informatics Service",
               "Nottinghamshire Health Informatics Service (NHIS) (Hosted by NHS Sherwood Forest Hospitals NHS Foundation Trust)",
               "Nottinghamshire Health Informatics Service", "NHIS"],
        LIAISON: ["Liaison Financial Services Ltd"],
        SOCFIN: [SOCFIN],
        SYICB: ["NHS South Yorkshire Integrated Care Board"],
        NECS: ["North of England Commissioning Support Unit", "NHS North of England Commissioning Support Unit"],
        PSL: ["Prescribing Services Limited"],
        AGEM: ["NHS Arden and Greater East Midlands Commissioning Support Unit"],
        OPTUM: ["Optum Health Solutions (UK) Ltd"],
        NEWTON: [NEWTON],
        "Catalyst BI Limited": ["Catalyst BI Ltd"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services (AWS)", "Amazon Web Services"],
        MS: ["Microsoft Limited"],
        GETUBETTER: ["GetUBetter"],
    }),
    flows=dsfc_flows(_ref, [DDICB, NOTTS, LINCS], [DDICB, NHIS, LIAISON, SOCFIN, SYICB],
                     [(NECS, [DDICB, LINCS]), (PSL, [DDICB, LINCS])],
                     comm_required=[AGEM, NECS, OPTUM, NHIS, SYICB, NEWTON], comm_optional=[PAL], applicant=DDICB,
                     notes={PAL: PAL_NOTE, OPTUM: LISTED_NOTE, NEWTON: LISTED_NOTE,
                            NHIS: "listed commissioning processor, 'Nottinghamshire Health Informatics Service (NHIS) (Hosted by "
                                  "NHS Sherwood Forest Hospitals NHS Foundation Trust)': the service is the recipient, its host "
                                  "trust hosting (no flow to the trust)",
                            SYICB: ICB_LISTED_NOTE,
                            ("rs", NECS): "the risk-stratification block lists two processors (NECS and Prescribing Services "
                                          "Limited): both annotated (README-dur-d, LLR); 'NHS Derby And Derbyshire Integrated Care "
                                          "Board and and NHS Lincolnshire Integrated Care Board are joint controllers for the purpose "
                                          "of Risk Stratification', so 'the ICB' of this block is those two",
                            ("rs", PSL): "the risk-stratification block's second listed processor; 'the ICB' = Derby and "
                                         "Derbyshire and Lincolnshire"}) + [
        F(GETUBETTER, DDICB, "pseudonymised", "transfer", "activities",
          "GetUBetter data will be pseudonymised by the provider prior to being sent to the ICB's data processor using a separate, unique DSCRO allocated key.",
          ["GetUBetter data"], optional=True,
          note="the receiver is 'the ICB's data processor', not named (the commissioning list has eight); 'The ICB has a "
               "requirement to receive and link this data': optional, to the applicant"),
    ],
    roles=[
        R(DDICB, "controller", "controllers", "NHS DERBY AND DERBYSHIRE INTEGRATED CARE BOARD"),
        R(LINCS, "controller", "controllers", "NHS LINCOLNSHIRE INTEGRATED CARE BOARD"),
        R(NOTTS, "controller", "controllers", "NHS NOTTINGHAM AND NOTTINGHAMSHIRE INTEGRATED CARE BOARD"),
        R(DDICB, "processor", "activities", "• NHS Derby And Derbyshire Integrated Care Board",
          note="a controller in the invoice-validation 'Processors:' list"),
        R(NHIS, "processor", "activities",
          "• Nottingham Health Informatics Service (Hosted by Sherwood Forest Hospitals NHS Foundation Trust)",
          note="also in the commissioning list as 'Nottinghamshire Health Informatics Service (NHIS)'"),
        R(LIAISON, "processor", "activities", "• Liaison Financial Services Ltd"),
        R(SOCFIN, "processor", "activities", "• Social Finance Ltd"),
        R(SYICB, "processor", "activities", "• NHS South Yorkshire Integrated Care Board",
          note="in the invoice-validation and commissioning lists"),
        R(NECS, "processor", "activities", "•\tNorth of England Commissioning Support Unit",
          note="also '• NHS North of England Commissioning Support Unit' in the commissioning list"),
        R(PSL, "processor", "activities", "•       Prescribing Services Limited"),
        R(AGEM, "processor", "activities", "• NHS Arden and Greater East Midlands Commissioning Support Unit"),
        R(OPTUM, "processor", "activities", "• Optum Health Solutions (UK) Ltd"),
        R(NEWTON, "processor", "activities", "• Newton Consulting Ltd"),
        R("Catalyst BI Limited", "processor", "activities",
          "Catalyst BI Ltd supply Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. Catalyst BI Ltd will have access to the personal data for support purposes."),
        R(PAL, "processor", "activities",
          "support the Local FDP instance for the ICB and so are therefore listed as a data processor.",
          note="'Palantir Technologies UK Ltd' on the line before"),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also '• Amazon Web Services (AWS)' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide cloud services for NHS North of England Commissioning Support Unit and Liaison Financial Services Ltd and are therefore listed as processors. They supply support to the system, but do not access data."),
    ],
)
