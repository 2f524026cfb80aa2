"""Hand annotations of the fourth set of current Data Uses Register agreements (helper `durf`).

Written while reading the newest version (its last state) of each agreement in
``tests/data/dur4/agreements`` by its text only: nhskg's extractor was not run
on these agreements, and no output of it was looked at, before this file and
``dur-f.json`` were committed. ``build_dur_f.py`` checks every evidence
sentence against the field it names and writes ``dur-f.json``. Rules:
README.md, README-other.md, README-dur-b.md (the DSfC template decisions,
applied unchanged), README-dur-d.md (joint controllers, One London ICBs),
README-dur-e.md; decisions taken here: README-dur-f.md.

The record helpers ``F`` (flow) and ``R`` (role), the DSfC template helper
``dsfc_flows`` and the shared canonical names are dur-d's, imported from
``annotations_dur_d.py``, not copied. Evidence is either copied whole or named
by its first and last words (``(start, end)``; ``end`` None = to the end of
the line), the build copying the exact text between them.
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
NHSE, AGEM, NECS, SCW, LIAISON, PSL, PAL, AWS, MS, OPTUM = (
    _D.NHSE, _D.AGEM, _D.NECS, _D.SCW, _D.LIAISON, _D.PSL, _D.PAL, _D.AWS, _D.MS, _D.OPTUM)
PROV, GPS, HCP, COMMON_NAMES = _D.PROV, _D.GPS, _D.HCP, _D.COMMON_NAMES

ABOUT = ("Hand-annotated flows and roles of seven more current Data Uses Register agreements (newest version of each, "
         "last state, from tests/data/dur4/agreements: three ICB DSfC agreements of the July 2022 batch (North East London; "
         "Cornwall and the Isles of Scilly with Devon; Kent and Medway), a non-DSfC ICB HES extract (South West London), a "
         "council's HES portal access (West Berkshire) and two NHS trusts (King's College Hospital's NICOR audit, The Royal "
         "Wolverhampton's Cancer Alliance CWT access)), helper durf; see README-dur-f.md for families, split and rules.")

ICB_HES = "icb-national-hes"
COUNCIL_HES = "council-hes-extract"
TRUST_RESEARCH = "trust-research"
TRUST = "trust"

PAL_NOTE = "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)"
NCOMM = "NHS commissioners (collectively)"

AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-615897-K1Z9C  NHS North East London ICB, DSfC IV, RS & Comm (v3.2, 2026; One London ICBs, research sub-licensing)
# ---------------------------------------------------------------------------
_ref = "NIC-615897-K1Z9C"
NEL = "NHS North East London Integrated Care Board"
NCL = "NHS North Central London Integrated Care Board"
SEL = "NHS South East London Integrated Care Board"
NWL = "NHS North West London Integrated Care Board"
SWL = "NHS South West London Integrated Care Board"
QMUL = "Queen Mary University of London"
PA = "PA Consulting Services Ltd"
ICHT = "Imperial College Healthcare NHS Trust"
ONE_LONDON_NOTE = ("the commissioning list's '• One London ICBs' = the ICBs the Data Processors paragraph lists ('wish to be "
                   "listed as Data Processors for each other'): one flow to each other than the controller (README-dur-d)")
AGREEMENTS[_ref] = dict(
    file="dars-nic-615897-k1z9c.json", version="3.2", applicant="NHS NORTH EAST LONDON INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        NEL: ["NHS NORTH EAST LONDON INTEGRATED CARE BOARD", "NHS North East London Integrated Care Board",
              "NHS North East London Integrated  Care Board", "NHS North East London ICB", "NEL ICB"],
        NCL: [NCL], SEL: [SEL], NWL: ["NHS North West London Integrated  Care Board", "NWL ICB"], SWL: [SWL],
        f"Unnamed DSCRO ({_ref})": [],
        NECS: ["NHS North of England Commissioning Support Unit", "North of England Commissioning Support Unit"],
        PSL: ["Prescribing Services Ltd"],
        OPTUM: ["Optum Health Solutions UK Limited"],
        QMUL: ["Queen Mary University", "Queen Mary University of London", "The Queen Mary University of London"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        PA: [PA],
        "Snowflake Computing UK Limited": ["Snowflake Computing UK Limited"],
        "InterWorks": ["InterWorks"], "Answer Digital Ltd": ["Answer Digital Ltd", "Answer Digital"],
        ICHT: ["Imperial College Healthcare NHS Trust (ICHT)", "Imperial College Healthcare NHS Trust", "ICHT"],
    }),
    flows=dsfc_flows(_ref, [NEL], [NECS], [(PSL, [NEL])],
                     comm_required=[NECS, NCL, SEL, NWL, SWL, OPTUM, PA], comm_optional=[PAL, QMUL],
                     notes={PAL: PAL_NOTE,
                            NCL: ONE_LONDON_NOTE, SEL: ONE_LONDON_NOTE, NWL: ONE_LONDON_NOTE, SWL: ONE_LONDON_NOTE,
                            PA: "listed commissioning processor with no other role described: read as receiving the extract "
                                "(as Circle Health Group in README-dur-d)",
                            QMUL: "the listed university is given 'Controlled access to the pseudonymised data' by the ICB "
                                  "(its own data path, the Thames Valley reading of README-dur-b decision 9): optional"}) + [
        F(NEL, QMUL, "pseudonymised", "access", "activities",
          "Controlled access to the pseudonymised data, minimised to each project, will allow the Universities to provide some detailed analysis to support the ICB’s commissioning function.",
          note="'the Universities' are the commissioning list's '• Queen Mary University', the one university the text names "
               "('Any funding provided to Queen Mary University of London for the processing carried out under this agreement'): "
               "README-dur-b decision 9 (Thames Valley), required; West and North London's unnamed 'Universities' stayed optional"),
    ],
    roles=[
        R(NEL, "controller", "controllers", "NHS NORTH EAST LONDON INTEGRATED CARE BOARD"),
        *[R(org, "processor", "activities",
            "The ICBs listed here (hereby referred to as the One London ICBs), wish to be listed as Data Processors for each other across the data sharing agreements for all One London ICBs.",
            note="one of the five One London ICBs listed under that sentence")
          for org in (NCL, SEL, NEL, NWL, SWL)],
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also in the commissioning 'Processors:' list; 'do not access data' makes it non-accessing only (README-dur-b decision 10)"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("Snowflake Computing UK Limited", "non-accessing-processor", "activities",
          "Snowflake Computing UK Limited provide Cloud Services for NHS North East London ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("InterWorks", "processor", "activities", "InterWorks will act as a sub-processor under data protection law for the LDS."),
        R("Answer Digital Ltd", "processor", "activities",
          "Answer Digital will act as a sub-processor under data protection law for the LDS."),
        R(ICHT, "processor", "activities",
          "Imperial College Healthcare NHS Trust (ICHT) are sub-contracted by NWL ICB to provide the infrastructure and secure environment within which the London Analytics Platform (LAP) will operate, the company will act as sub-processor under data protection law.",
          note="Accenture UK Ltd, 'sub-contracted by ICHT to serve as a managed service provider', is not called a processor: no role"),
        R(NECS, "processor", "activities", "• North of England Commissioning Support Unit.",
          note="the invoice-validation list; also '• NHS North of England Commissioning Support Unit' in the commissioning list"),
        R(PSL, "processor", "activities", "•\tPrescribing Services Ltd"),
        R(OPTUM, "processor", "activities", "• Optum Health Solutions UK Limited"),
        R(QMUL, "processor", "activities",
          "The Queen Mary University of London do not carry out data controllership activities, the Universities are data processors listed under this Agreement for the purposes of Commissioning only and act under instruction by the Data Controller."),
        R(PA, "processor", "activities", "• PA Consulting Services Ltd"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616944-B6M7X  NHS Cornwall and the Isles of Scilly ICB + NHS Devon ICB (joint for Comm and IV), DSfC IV, RS & Comm (v3.2, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-616944-B6M7X"
CIOS = "NHS Cornwall and the Isles of Scilly Integrated Care Board"
DEVON = "NHS Devon Integrated Care Board"
DELT = "DELT Shared Services Ltd"
RCHT = "Royal Cornwall Hospitals NHS Trust"
RDUH = "Royal Devon University Healthcare NHS Foundation Trust"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616944-b6m7x.json", version="3.2", applicant="NHS CORNWALL AND THE ISLES OF SCILLY INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        CIOS: ["NHS CORNWALL AND THE ISLES OF SCILLY INTEGRATED CARE BOARD", "NHS Cornwall and the Isles of Scilly Integrated Care Board",
               "NHS Cornwall and the Isles of Scilly ICB"],
        DEVON: ["NHS DEVON INTEGRATED CARE BOARD", "NHS Devon Integrated Care Board", "NHS Devon ICB"],
        f"Unnamed DSCRO ({_ref})": [],
        LIAISON: ["Liaison Financial Services", "Liaison Financial Services Ltd"],
        PSL: ["Prescribing Services Ltd"],
        NECS: ["NHS North of England Commissioning Support Unit"],
        SCW: ["NHS South Central and West Commissioning Support Unit"],
        AGEM: ["NHS Arden and Greater East Midlands Commissioning Support Unit"],
        PAL: ["Palantir Technologies UK Ltd", "Palantir"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        DELT: [DELT], RCHT: [RCHT], RDUH: ["Royal Devon University Healthcare NHS Foundation Trust (RDUH)", RDUH, "RDUH"],
    }),
    flows=dsfc_flows(_ref, [CIOS, DEVON], [DEVON, CIOS, LIAISON], [(CIOS, [CIOS]), (PSL, [CIOS])],
                     comm_required=[NECS, SCW, AGEM], comm_optional=[PAL], dc_icbs=[CIOS], applicant=CIOS,
                     notes={PAL: PAL_NOTE,
                            ("rs", CIOS): "the risk-stratification block lists the controller itself and Prescribing Services Ltd; "
                                          "the text does not say which holds the tool: both annotated (README-dur-d, LLR); "
                                          "'NHS Cornwall and the Isles of Scilly ICB is the sole controller for the purpose of Direct "
                                          "Care and Risk Stratification', so 'the ICB' of this block is Cornwall only",
                            ("rs", PSL): "the risk-stratification block's second listed processor; 'the ICB' of the block = "
                                         "Cornwall, the sole risk-stratification controller"}) + [
        F(CIOS, GPS, "aggregate", "transfer", "yielded_benefits",
          "Our efforts have been focused on supporting GP practices as well health and social care providers in recognising patterns and trends, leading to more effective and personalised care for the people of Cornwall.",
          optional=True,
          note="a past benefit: 'supporting GP practices ... in recognising patterns and trends' does not say data or outputs were "
               "given to them (Humber and North Yorkshire's 'allowing ... GP practices ... to access the data' was required)"),
        F(CIOS, PROV, "aggregate", "transfer", "yielded_benefits",
          "Our efforts have been focused on supporting GP practices as well health and social care providers in recognising patterns and trends, leading to more effective and personalised care for the people of Cornwall.",
          optional=True, note="as the GP practices flow of the same sentence"),
    ],
    roles=[
        R(CIOS, "controller", "controllers", "NHS CORNWALL AND THE ISLES OF SCILLY INTEGRATED CARE BOARD"),
        R(DEVON, "controller", "controllers", "NHS DEVON INTEGRATED CARE BOARD",
          note="'NHS Cornwall and the Isles of Scilly ICB and NHS Devon ICB are joint controllers for the purpose of Commissioning and Invoice Validation'"),
        R(DEVON, "processor", "activities", "• NHS Devon Integrated Care Board",
          note="a controller in the invoice-validation and commissioning 'Processors:' lists"),
        R(CIOS, "processor", "activities", "• NHS Cornwall and the Isles of Scilly Integrated Care Board",
          note="a controller in all three 'Processors:' lists"),
        R(LIAISON, "processor", "activities", "• Liaison Financial Services"),
        R(PSL, "processor", "activities", "• Prescribing Services Ltd"),
        R(NECS, "processor", "activities", "• NHS North of England Commissioning Support Unit"),
        R(SCW, "processor", "activities", "• NHS South Central and West Commissioning Support Unit"),
        R(AGEM, "processor", "activities", "• NHS Arden and Greater East Midlands Commissioning Support Unit"),
        R(PAL, "processor", "activities",
          "Palantir support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also in the commissioning 'Processors;' list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited supply Cloud Services for NHS North of England Commissioning Support Unit, Liaison Financial Services Ltd, NHS Arden and Greater East Midlands Commissioning Support Unit, and NHS South Central and West Commissioning Support Unit, and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(DELT, "non-accessing-processor", "activities",
          "DELT Shared Services Ltd supply IT infrastructure to NHS Devon ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(RCHT, "non-accessing-processor", "activities",
          "Royal Cornwall Hospitals NHS Trust supply IT infrastructure to NHS Cornwall and the Isles of Scilly ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(RDUH, "non-accessing-processor", "activities",
          "No data is processed by RDUH. RDUH is listed as a data processor for transparency over this relationship.",
          note="listed as a processor but 'No data is processed by RDUH' (its honorary-contract staff act 'under ... instruction of the "
               "ICB'): read as non-accessing, README rule 12"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-615960-G7W1L  NHS Kent and Medway ICB, DSfC Comm, RS & IV (v5.2, 2025; the text calls the DSCRO "the RPC")
# ---------------------------------------------------------------------------
_ref = "NIC-615960-G7W1L"
KM = "NHS Kent and Medway Integrated Care Board"
MTW = "Maidstone and Tunbridge Wells NHS Trust"
#: the template's first words as Kent and Medway's text writes them (the DSCRO is "the RPC" in most steps)
RPC_START = {
    "1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF).":
        "1. The RPC pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF).",
    "1. Data quality management and standardisation of data is completed by the DSCRO":
        "1. Data quality management and standardisation of data is completed by the RPC",
    "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller":
        "3. Pseudonymised Commissioning Datasets are securely transferred from the RPC to the Data Controller",
    "In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports":
        "In addition to the dissemination of Cancer Waiting Times Data via the RPC, the ICB is able to access reports",
    "2. The ICB sends a re-id request to the DSCRO.": "2. The ICB sends a re-id request to the RPC.",
    "5. If successful/approved, the DSCRO re-identifies the relevant data item(s)":
        "5. If successful/approved, the  DSCRO re-identifies the relevant data item(s)",
}
RPC_END = {"DSCRO.": "RPC."}


def _as_kent(flow: dict) -> dict:
    evidence = flow["evidence"]
    if isinstance(evidence, tuple):
        start, end = evidence
        flow = dict(flow, evidence=(RPC_START.get(start, start), RPC_END.get(end, end) if end else end))
    return flow


AGREEMENTS[_ref] = dict(
    file="dars-nic-615960-g7w1l.json", version="5.2", applicant="NHS KENT AND MEDWAY INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        KM: ["NHS KENT AND MEDWAY INTEGRATED CARE BOARD", "NHS Kent and Medway Integrated Care Board", "Kent and Medway ICB"],
        f"Unnamed DSCRO ({_ref})": ["RPC", "DSCRO"],
        LIAISON: ["Liaison Financial Services Ltd"],
        PSL: ["Prescribing Services Limited"],
        MTW: [MTW],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services (AWS)", "Amazon Web Services"],
        MS: ["Microsoft Limited"],
    }),
    flows=[_as_kent(f) for f in dsfc_flows(
        _ref, [KM], [LIAISON, KM], [(PSL, [KM])], comm_required=[MTW], comm_optional=[PAL],
        notes={PAL: PAL_NOTE,
               MTW: "listed commissioning processor (an NHS trust) with no other role described: read as receiving the extract, "
                    "as the trusts of dur-b's lists"})] + [
        F(KM, PROV, "unspecified", "transfer", "yielded_benefits",
          "The ICB runs queries to identify activity which may have been carried out contrary to the local prior approval policies or Referral and Treatment Criteria and shares this information directly with providers to understand whether the threshold for clinical need was met for these procedures.",
          note="a past output stated as done (README-other round 5); the same edge as the Expected Outputs' feedback to providers, "
               "here of activity the ICB queried (state not given)"),
    ],
    roles=[
        R(KM, "controller", "controllers", "NHS KENT AND MEDWAY INTEGRATED CARE BOARD"),
        R(KM, "processor", "activities", "•\tNHS Kent and Medway Integrated Care Board",
          note="the controller in the invoice-validation and commissioning 'Processors:' lists"),
        R(LIAISON, "processor", "activities", "•\tLiaison Financial Services Ltd"),
        R(PSL, "processor", "activities", "•\tPrescribing Services Limited"),
        R(MTW, "processor", "activities", "•\tMaidstone and Tunbridge Wells NHS Trust"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also '•      Amazon Web Services (AWS)' in the commissioning list; non-accessing only"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for Liaison Financial Services Ltd and are therefore listed as a data processor. They supply support to the system, but do not access data."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-791919-T4Y0Y  NHS South West London ICB, Population Health Benchmarking (HES/ECDS extract, v0.5, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-791919-T4Y0Y"
SWL_W = ["NHS SOUTH WEST LONDON INTEGRATED CARE BOARD", "NHS South West London Integrated Care Board",
         "NHS South West London ICB", "SWL ICB"]
SWL_DS = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
          "Hospital Episode Statistics Accident and Emergency (HES A and E)", "Emergency Care Data Set (ECDS)"]
AGREEMENTS[_ref] = dict(
    file="dars-nic-791919-t4y0y.json", version="0.5", applicant="NHS SOUTH WEST LONDON INTEGRATED CARE BOARD",
    family=ICB_HES, split="dev",
    names={NHSE: ["NHS England"], SWL: SWL_W, NEL: ["North East London ICB (NEL ICB)", "NEL ICB"],
           "ICSs (collectively)": ["ICS Boards", "ICS boards"]},
    flows=[
        F(NHSE, SWL, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the HES and ECDS datasets to SWL ICB.", SWL_DS,
          note="'The Data will be pseudonymised and individuals cannot be reidentified' (same block)"),
        F(NHSE, NEL, "pseudonymised", "transfer", "activities",
          "The Data will be transferred to a data warehouse owned by North East London ICB (NEL ICB).", SWL_DS, optional=True,
          note="sender implicit (the Data NHS England provides); 'The Data will be stored on servers at NEL ICB': NEL ICB hosts "
               "the warehouse and is not called a processor (hosting, optional; no role), as South Yorkshire ICB's warehouse in dur-d"),
        F(SWL, "ICSs (collectively)", "aggregate", "transfer", "expected_output",
          "- Briefing documents and slide packs for ICS Boards, Place-based Partnerships, and system leadership groups to support commissioning decisions.",
          optional=True,
          note="expected outputs for 'ICS Boards' (the dissemination list: 'shared with system stakeholders (ICB executives, ICS "
               "boards, Place-based leadership teams)'): most likely the ICB's own system's boards, not other bodies; optional"),
        F(SWL, NHSE, "aggregate", "transfer", "expected_output", "- Targeted briefings to NHS England", optional=True,
          note="a dissemination channel of the outputs ('communicated to relevant recipients through the following dissemination "
               "channels'): optional (README-other; SMARTIE's presentations to NHS England in dur-d)"),
    ],
    roles=[
        R(SWL, "controller", "controllers", "NHS SOUTH WEST LONDON INTEGRATED CARE BOARD"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-787006-N2H5C  King's College Hospital NHS FT, ACTACC national audit of perioperative tMCS (NICOR NACSA, v0.4, 2025)
# ---------------------------------------------------------------------------
_ref = "NIC-787006-N2H5C"
KCH = "King's College Hospital NHS Foundation Trust"
UHL = "University Hospitals of Leicester NHS Trust"
ACTACC = "Association for Cardiothoracic Anaesthesia & Critical Care"
SCTS = "Society of Cardiothoracic Surgeons"
REPORT = ("•\tA report of findings to relevant recipients such as participating hospitals; Association for Cardiothoracic "
          "Anaesthesia & Critical Care (ACTACC) Scientific Committee; and, their sister specialty societies (e.g. Society of "
          "Cardiothoracic Surgeons).")
REPORT_NOTE = ("'A report of findings to relevant recipients such as ...': recipients named as examples ('such as', 'e.g.'), "
               "optional (README-dur-e: bodies named 'such as'); outputs 'will only contain aggregated information'")
AGREEMENTS[_ref] = dict(
    file="dars-nic-787006-n2h5c.json", version="0.4", applicant="KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST",
    family=TRUST_RESEARCH, split="test",
    names={NHSE: ["NHS England", "The NICOR data management team at NHS England"],
           KCH: ["KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST", "King’s College Hospital NHS Foundation Trust (KCH)",
                 "King’s College Hospital NHS Foundation Trust", "KCH", "Kings College Hospital NHS Foundation Trust"],
           UHL: ["Glenfield Hospital (University Hospitals of Leicester NHS Trust)", "The Leicester team"],
           PROV: ["participating hospitals", "all cardiac surgery centres in the UK"],
           ACTACC: ["Association for Cardiothoracic Anaesthesia & Critical Care (ACTACC) Scientific Committee",
                    "The Association for Cardiothoracic Anaesthesia & Critical Care (ACTACC)", "ACTACC"],
           SCTS: [SCTS]},
    flows=[
        F(NHSE, KCH, "pseudonymised", "transfer", "activities",
          "The NICOR data management team at NHS England will provide the relevant records from the NICOR Adult Cardiac Surgery datasets to KCH.",
          ["NICOR Adult Cardiac Surgery"],
          note="'The Data will be pseudonymised and individuals cannot be reidentified' (same block); NICOR's team is NHS England's"),
        F(KCH, UHL, "aggregate", "transfer", "objective",
          "The Leicester team will only access aggregated outputs prepared for the manuscript.",
          note="the steering committee's second centre 'will only access aggregated outputs': the sentence limits what they get but "
               "states that they do (README-other round 5: collaborators who 'will have access to the aggregated outputs')"),
        F(PROV, KCH, "pseudonymised", "transfer", "objective",
          "The service evaluation is supported by the ACTACC Linkperson network, with local respondents collecting pseudonymised data (with local clinical governance approval), relating to the aetiology of the shock state, the cardiac surgical procedure, the support requirements, and the relevant postoperative clinical outcomes.",
          optional=True,
          note="the service evaluation's own collection from the participating cardiac surgery centres, not NHS England data "
               "(README-other: data got under other approvals, optional); the receiver is implied ('the team at KCH & ACTACC')"),
        F(KCH, PROV, "aggregate", "transfer", "expected_output", REPORT, optional=True, note=REPORT_NOTE),
        F(KCH, ACTACC, "aggregate", "transfer", "expected_output", REPORT, optional=True, note=REPORT_NOTE),
        F(KCH, SCTS, "aggregate", "transfer", "expected_output", REPORT, optional=True, note=REPORT_NOTE),
    ],
    roles=[
        R(KCH, "controller", "controllers", "KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST"),
        R(KCH, "controller", "objective",
          "King’s College Hospital NHS Foundation Trust is the sponsor and controller as the organisation responsible for ensuring that the data will only be processed for the purpose described above."),
        R(KCH, "processor", "objective", "KCH is the sole controller who will also process the Data.",
          note="'controller who also processes' = controller and processor (README-dur-e, Lightfoot)"),
        R(KCH, "access-restricted-to", "activities",
          "Aside from this individual, access is restricted to employees or agents of KCH who have authorisation from the Principal Investigator."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-795868-X8R6B  The Royal Wolverhampton NHS Trust, West Midlands Cancer Alliance access to the CWT system (v0.3, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-795868-X8R6B"
RWT = "The Royal Wolverhampton NHS Trust"
NUH = "Nottingham University Hospitals NHS Trust"
CWT = ["National Cancer Waiting Times Monitoring DataSet (NCWTMDS)"]
ACCESS = "The Royal Wolverhampton NHS Trust and Nottingham University Hospitals NHS Trust will directly access the Cancer Waiting Times system."
DOWNLOAD = "b) Pseudonymised record level data - users can directly download this data from the CWT system"
ACCESS_NOTE = ("holder NHS England: 'The CWT system is hosted by NHS England' (next paragraph); users access aggregate reports, "
               "pseudonymised record level data and the aggregate i-View Plus tool (the record-level state kept)")
PURPOSE1 = "This analysis would then be shared with the providers and commissioners and used to inform service improvement by providing benchmarked comparable data."
PURPOSE2 = "Purpose Two - Sharing of record level data (including free text breach reasons) with providers and commissioners responsible for direct patient care for that patient."
AGREEMENTS[_ref] = dict(
    file="dars-nic-795868-x8r6b.json", version="0.3", applicant="THE ROYAL WOLVERHAMPTON NHS TRUST",
    family=TRUST, split="test",
    names={NHSE: ["NHS England"],
           RWT: ["THE ROYAL WOLVERHAMPTON NHS TRUST", "The Royal Wolverhampton NHS Trust", "West Midlands Cancer Alliance"],
           NUH: [NUH],
           PROV: ["the providers", "providers", "individual trusts", "trust(s)"],
           NCOMM: ["commissioners"],
           "Microsoft Corporation Limited": ["NHS Sharepoint (Microsoft Corporation Limited)"]},
    flows=[
        F(NHSE, RWT, "pseudonymised", "access", "activities", ACCESS, CWT, note=ACCESS_NOTE),
        F(NHSE, NUH, "pseudonymised", "access", "activities", ACCESS, CWT,
          note=ACCESS_NOTE + "; Nottingham University Hospitals' staff work for the Alliance ('employs staff from Nottingham "
                             "University Hospitals NHS Trust') and access the system themselves"),
        F(NHSE, RWT, "pseudonymised", "transfer", "activities", DOWNLOAD, CWT,
          note="'users' = the two trusts' users of the line before; the same edge as the access (downloads)"),
        F(NHSE, NUH, "pseudonymised", "transfer", "activities", DOWNLOAD, CWT,
          note="'users' = the two trusts' users of the line before; the same edge as the access (downloads)"),
        F(RWT, PROV, "aggregate", "transfer", "objective", PURPOSE1,
          note="Purpose One's aggregate local reports; sender: the lead organisation, the applicant hosting the West Midlands "
               "Cancer Alliance ('the providers' = the Alliance's acute providers listed above)"),
        F(RWT, NCOMM, "aggregate", "transfer", "objective", PURPOSE1,
          note="'commissioners' = the Alliance's ICBs listed above (reports 'at Provider (Trust) or ICB level'); collective node "
               "as NTW's 'NHS organisations (both providers and commissioners)' in the 2017 gold"),
        F(RWT, PROV, "pseudonymised", "transfer", "objective", PURPOSE2,
          note="record level, pseudonymised ('Record level data (pseudonymised) will be shared via NHS.UK email accounts'); to the "
               "providers responsible for the patients' care, not a generic class"),
        F(RWT, NCOMM, "pseudonymised", "transfer", "objective", PURPOSE2, note="as the providers flow of the same sentence"),
        F(RWT, PROV, "pseudonymised", "transfer", "activities",
          "Where record level data is shared with individual trusts these are shared only with trust(s) who were involved in the direct care of the patient, only via NHS.net email accounts.",
          note="the same edge as Purpose Two's"),
        F(RWT, NHSE, "aggregate", "transfer", "activities",
          "As part of partnership working to improve Cancer Waiting Times performance, aggregated and supressed outputs may be shared with national/ regional bodies including the Midlands regional team.",
          optional=True, note="'may be shared': a possibility (README-other); 'the Midlands regional team' read as NHS England's"),
        F(RWT, "Microsoft Corporation Limited", "pseudonymised", "transfer", "activities",
          "Extracts can be downloaded and will be stored on the The Royal Wolverhampton NHS Trust and Nottingham University Hospitals NHS Trust's servers and NHS Sharepoint (Microsoft Corporation Limited).",
          optional=True, note="storage on NHS Sharepoint: hosting, optional (README-other); Microsoft is not called a processor, no role"),
    ],
    roles=[
        R(RWT, "controller", "controllers", "THE ROYAL WOLVERHAMPTON NHS TRUST"),
        R(RWT, "access-restricted-to", "activities",
          "Access to the CWT system data is restricted to Cancer Alliance employees who are substantively employed by The Royal Wolverhampton NHS Trust and Nottingham University Hospitals NHS Trust in fulfilment of their public health function."),
        R(NUH, "access-restricted-to", "activities",
          "Access to the CWT system data is restricted to Cancer Alliance employees who are substantively employed by The Royal Wolverhampton NHS Trust and Nottingham University Hospitals NHS Trust in fulfilment of their public health function."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-796943-G2Q0P  West Berkshire Council, HES via NHS England Portal (v0.3, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-796943-G2Q0P"
WBC = "West Berkshire Council"
WBC_DS = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
          "Hospital Episode Statistics Accident and Emergency (HES A and E)", "Hospital Episode Statistics Critical Care (HES Critical Care)",
          "Emergency Care Data Set (ECDS)"]
AGREEMENTS[_ref] = dict(
    file="dars-nic-796943-g2q0p.json", version="0.3", applicant="WEST BERKSHIRE COUNCIL",
    family=COUNCIL_HES, split="dev",
    names={NHSE: ["NHS England"], WBC: ["WEST BERKSHIRE COUNCIL"], NCOMM: ["NHS commissioners"]},
    flows=[
        F(NHSE, WBC, "pseudonymised", "access", "activities",
          "This application/agreement is for online access to the record level HES database via the NHS England Portal.", WBC_DS,
          note="'The system is hosted and audited by NHS England' (next sentence): holder NHS England; 'Access to the Pseudonymised "
               "HES' (first sentence) = pseudonymised; read as the 2017 gold reads Oldham's HDIS text (council-hes-extract)"),
        F(WBC, NCOMM, "aggregate", "transfer", "activities",
          "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
          optional=True, note="public health advice based on aggregate analyses (README-other: advice optional), as Oldham's and BCP's"),
    ],
    roles=[
        R(WBC, "controller", "controllers", "WEST BERKSHIRE COUNCIL"),
        R(WBC, "access-restricted-to", "activities",
          "The data will only be processed by Local Authority employees in fulfillment of their public health function",
          note="'Local Authority' = the applicant", as_written=[]),
    ],
)
