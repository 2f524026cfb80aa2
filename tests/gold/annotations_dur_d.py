"""Hand annotations of the second set of current Data Uses Register agreements (helper `durd`).

Written while reading the newest version (its last state) of each agreement in
``tests/data/dur2/agreements`` by its text only: nhskg's extractor was not run
on these agreements, and no output of it was looked at, before this file and
``dur-d.json`` were committed. ``build_dur_d.py`` checks every evidence
sentence against the field it names and writes ``dur-d.json``. Rules:
README.md, README-other.md, README-dur-b.md (the DSfC template decisions are
applied unchanged); decisions taken here: README-dur-d.md.

Evidence is either copied whole or, for the DSfC template's long sentences,
named by its first and last words (``(start, end)``; ``end`` None = to the end
of the line), the build copying the exact text between them.
"""

ABOUT = ("Hand-annotated flows and roles of eight more current Data Uses Register agreements (newest version of each, "
         "from tests/data/dur2/agreements: five ICB DSfC, two university extracts, a council HES extract, one DSfC "
         "drawn from the second pool), helper durd; see README-dur-d.md for families, split and rules.")

DSFC = "ICB Data Services for Commissioners (DSCRO -> processors list)"
RESEARCH = "research-extract"
COUNCIL_HES = "council-hes-extract"


def F(source, target, state, mode, section, evidence, datasets=(), optional=False, note=None, **kw):
    d = dict(source=source, target=target, state=state, mode=mode, section=section, evidence=evidence,
             datasets=list(datasets), optional=optional, note=note)
    d.update(kw)
    return d


def R(organisation, role, section, evidence, note=None, **kw):
    d = dict(organisation=organisation, role=role, section=section, evidence=evidence, note=note)
    d.update(kw)
    return d


# --- canonical names shared by the DSfC agreements (README-dur-b conventions) --------------------------------

NHSE = "NHS England"
AGEM = "Arden and GEM CSU"
MLCSU = "Midlands and Lancashire CSU"
NECS = "North of England CSU"
SCW = "South, Central and West CSU"
LIAISON = "Liaison Financial Services Ltd"
PSL = "Prescribing Services Ltd"
PAL = "Palantir Technologies UK Limited"
AWS = "Amazon Web Services"
MS = "Microsoft Limited"
ORACLE = "Oracle Corporation UK Limited"
OPTUM = "Optum Health Solutions (UK) Limited"
PROV = "Providers"
GPS = "GP practices"
HCP = "Health and care professionals (collectively)"

COMMON_NAMES = {
    NHSE: ["NHS England", "NHSE"],
    PROV: ["provider", "providers", "NHS service providers"],
    GPS: ["GPs", "GP Practices", "the GP system"],
    HCP: ["Health or Care professional(s)", "direct health and care professionals"],
}


def dsfc_flows(ref, icbs, iv_processors, rs_processors=(), comm_required=(), comm_optional=(), dc_icbs=None,
               applicant=None, notes=None):
    """The flows every 'DSfC - <ICB> ...' agreement states in the same words (README-dur-b decisions 1-6).

    ``icbs``: the controllers "the ICB" stands for in the invoice-validation,
    risk-stratification and commissioning blocks (joint controllers: each).
    ``iv_processors``: the invoice-validation block's "Processors:" list (the
    CEfF's holders); a controller in that list gets the DSCRO's identifiable
    feed itself and no notification flow to itself or its co-controller.
    ``rs_processors``: (processor, [ICBs whose data it accesses]) of the risk
    stratification block. ``comm_required``/``comm_optional``: the commissioning
    block's listed processors read as receiving the DSCRO extract. ``dc_icbs``:
    the direct-care controllers (default ``icbs``); ``applicant``: the sender of
    the Expected Outputs (default the first of ``icbs``).
    """
    dscro = f"Unnamed DSCRO ({ref})"
    notes = notes or {}
    dc_icbs = dc_icbs or icbs
    applicant = applicant or icbs[0]
    comm3 = ("3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller", None)
    pcd = ["Pseudonymised Commissioning Datasets"]
    out = []
    several = len(iv_processors) > 1
    for proc in iv_processors:
        out += [
            F(dscro, proc, "identifiable", "transfer", "activities",
              ("1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF).", "(CEfF)."),
              ["Identifiable Invoice Validation Datasets"],
              note="'the DSCRO' unnamed; 'the CEfF' resolved to "
                   + ("each of the invoice-validation block's listed processors (the text does not say which holds the CEfF)" if several
                      else "the invoice-validation block's only listed processor")
                   + "; state from the block's 'Dataset: Identifiable Invoice Validation Datasets'"),
            F(PROV, proc, "identifiable", "transfer", "activities",
              ("2. The CEfF also receive backing data from the provider.", "provider."), ["backing data"],
              note="'the CEfF' = the invoice-validation processor(s); state from the block's dataset heading (identifiable)"),
        ]
        if proc not in icbs:
            for icb in icbs:
                out.append(F(proc, icb, "aggregate", "transfer", "activities",
                             ("The ICB only receives notification to pay and management reporting", "processed etc."),
                             note="sender = the CEfF (invoice-validation processor(s)); 'the ICB' = the controller(s) of the block"))
    for proc, targets in rs_processors:
        out += [
            F(dscro, proc, "identifiable", "transfer", "activities",
              ("1. Data quality management and standardisation of data is completed by the DSCRO", "who securely hold the data."),
              ["Identifiable Risk Stratification Datasets"],
              note=notes.get(("rs", proc), "'the Data Controller / Processor' resolved to the risk-stratification block's listed processor(s), "
                                           "holder(s) of the tool; the ICB itself only sees pseudonymised data (step 5)")),
            F(GPS, proc, "identifiable", "transfer", "activities",
              ("2. Identifiable GP Data is securely sent from the GP system to the Data Controller / Processor.", "Processor."),
              ["GP Data"], note="'the Data Controller / Processor' = the risk-stratification processor(s)"),
            F(proc, GPS, "identifiable", "access", "activities",
              ("4. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor", "classed as at risk."),
              note="tool holder = the risk-stratification processor(s); 'The only identifier available to GPs is the NHS numbers of their own patients'"),
        ]
        for icb in targets:
            if icb != proc:
                out.append(F(proc, icb, "pseudonymised", "access", "activities",
                             ("5. Once the Controller / Processor has completed the processing, the ICB can access the online system", "pseudonymised at patient level."),
                             note="also Expected Outputs: 'The ICB will be provided with the pseudonymised outputs of the risk stratification tool'"))
    for icb in icbs:
        out.append(F(dscro, icb, "pseudonymised", "transfer", "activities", comm3, pcd,
                     note="'the Data Controller(s)' = the commissioning block's controller(s)"))
    for proc in comm_required:
        out.append(F(dscro, proc, "pseudonymised", "transfer", "activities", comm3, pcd,
                     note=notes.get(proc, "'the Data Controller / Processor' read with the commissioning block's 'Processors:' list: one flow to "
                                          "each controller and one to each listed processor that accesses data (required for analytics processors; "
                                          "optional for platform processors whose own data path the text describes; none to processors that do not access data)")))
    for proc in comm_optional:
        out.append(F(dscro, proc, "pseudonymised", "transfer", "activities", comm3, pcd, optional=True,
                     note=notes.get(proc, "listed commissioning processor whose own data path the text describes")))
    for icb in icbs:
        out += [
            F(NHSE, icb, "pseudonymised", "access", "activities",
              ("5. Row level Pseudonymised Commissioning Data is also available in the National Federated Data Platform (FDP)", "analytics on their FDP tenant."),
              pcd, note="holder of the National FDP = NHS England ('outside of NHSE tenant'); 'ICBs' read as the agreement's ICB controller(s)"),
            F(NHSE, icb, "pseudonymised", "access", "activities",
              ("In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports", "in NHS England directly."),
              ["Cancer Waiting Times Data"],
              note="state from the same paragraph: 'a ICB user may have access to pseudonymised patient information'"),
        ]
    out.append(F(NHSE, dscro, "unspecified", "transfer", "activities",
                 ("In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports", "in NHS England directly."),
                 ["Cancer Waiting Times Data"], optional=True,
                 note="the national dissemination to the DSCRO is only implied ('dissemination ... via the DSCRO')"))
    for icb in dc_icbs:
        out.append(F(icb, dscro, "pseudonymised", "transfer", "activities",
                     ("2. The ICB sends a re-id request to the DSCRO.", "DSCRO."), optional=True,
                     note="a re-identification request (pseudonymised cohort), as gold-ccg decision 6; 'the ICB' = the direct-care controller(s)"))
    out += [
        F(dscro, HCP, "identifiable", "transfer", "activities",
          ("5. If successful/approved, the DSCRO re-identifies the relevant data item(s)", "legitimate relationship to the patient.")),
        F(applicant, GPS, "unspecified", "transfer", "objective",
          ("The ICB can then flag to the relevant GP of the patient any patients that require intervention.", "intervention."),
          optional=True, note="part of 'a typical example of an instance where an ICB might want to use the re-identification process'"),
        F(applicant, PROV, "aggregate", "transfer", "expected_output",
          ("18. Feedback to NHS service providers on data quality at an aggregate and individual record level", "provided by the service providers."),
          note="sender not written: the applicant ICB whose outputs these are (gold-ccg decision 4)"),
        F(applicant, HCP, "unspecified", "transfer", "expected_output",
          ("Lists of at risk patients made available to direct health and care professionals that require direct care intervention.", "intervention."),
          optional=True, note="sender not written (the ICB does not see identifiable data; the DSCRO returns identifiers)"),
    ]
    return out


AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-804235-N1Y0J  NHS Central East ICB, DSfC Comm/IV/RS (2026; the Essex template with Oracle)
# ---------------------------------------------------------------------------
_ref = "NIC-804235-N1Y0J"
ICB = "NHS Central East Integrated Care Board"
CIRCLE = "Circle Health Group Limited"
UOH = "University of Hertfordshire"
ORACLE_CORP = "Oracle Corporation"
AGREEMENTS[_ref] = dict(
    file="dars-nic-804235-n1y0j.json", version="0.2", applicant="NHS CENTRAL EAST INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        ICB: ["NHS CENTRAL EAST INTEGRATED CARE BOARD", "NHS Central East Integrated Care Board",
              "NHS Central East Integrated CareBoard"],
        f"Unnamed DSCRO ({_ref})": [],
        AGEM: ["NHS Arden and GEM Commissioning Support Unit", "NHS Arden and Greater East Midlands Commissioning Support Unit",
               "NHS Arden and Greater Eastern Midlands Commissioning Support Unit"],
        LIAISON: ["Liaison Financial Services Ltd"],
        PSL: ["Prescribing Services Ltd"],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        ORACLE: ["Oracle Corporation UK Limited", "Oracle"],
        ORACLE_CORP: ["Oracle Corporation"],
        CIRCLE: ["Circle Health Group Limited"],
        SCW: ["NHS South, Central and West CSU", "NHS South, Central and West Commissioning Support Unit",
              "South Central and West Commissioning Support Unit"],
        NECS: ["NHS North of England Commissioning Support Unit"],
        "ANS Group Limited": ["ANS Group Limited"],
        UOH: ["University of Hertfordshire", "The University of Hertfordshire"],
        HCP: ["Health or Care professional(s)", "direct care professionals", "direct health and care professionals"],
    }),
    flows=dsfc_flows(_ref, [ICB], [LIAISON, AGEM], [(PSL, [ICB])],
                     comm_required=[AGEM, CIRCLE, SCW, NECS], comm_optional=[PAL, ORACLE],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)",
                            ORACLE: "Oracle is in the commissioning processor list, but its own steps (i-vi) describe its data coming from NHS England and providers",
                            CIRCLE: "Circle Health Group Limited (a provider company) is a listed commissioning processor with no other role described: "
                                    "read as receiving the extract, as the trusts of dur-b's lists"}) + [
        F(NHSE, ORACLE, "pseudonymised", "transfer", "activities", "iii.. Both files are then transferred to Oracle.",
          note="subject from step ii ('NHS England pseudonymises the data ... which produces 2 files. One pseudonymised file and one encrypted file'); "
               "the Essex reading (README-dur-b decision 8)"),
        F(PROV, ORACLE, "pseudonymised", "transfer", "activities",
          "iv. Oracle also receives data that has been pseudonymised at source by providers using the Oracle pseudonymisation tool."),
        F(ORACLE, ICB, "pseudonymised", "transfer", "activities",
          "v. Oracle process the data and then transfer the pseudonymised data to the ICB."),
        F(ORACLE, HCP, "unspecified", "transfer", "activities",
          "vi. Oracle transfers the encrypted data to direct care professionals who have a legitimate relationship to the patient.",
          note="'encrypted data' that the professionals can re-identify with a decryption certificate: state not given"),
    ],
    roles=[
        R(ICB, "controller", "controllers", "NHS CENTRAL EAST INTEGRATED CARE BOARD"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="stated again for Oracle's cloud ('Amazon Web Services provide Cloud Services for Oracle Corporation UK Limited ... do not access data')"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide cloud services for NHS Arden and Greater Eastern Midlands Commissioning Support Unit, NHS South, Central and West Commissioning Support Unit and Liaison Financial Services Ltd and are therefore listed as a data processor. They supply support to the system but do not access data."),
        R(ORACLE_CORP, "non-accessing-processor", "activities",
          "Oracle Corporation provide Cloud Services for Oracle Corporation UK Limited and are therefore listed as a data processor. They supply support to the system, but do not access data.",
          note="the parent company, a separate organisation from the processor Oracle Corporation UK Limited"),
        R("ANS Group Limited", "processor", "activities",
          "ANS Group Limited will be assisting in the set up and management of the South Central and West Commissioning Support Unit Microsoft Azure Cloud and are therefore listed as a data processor.",
          note="the text does not say it does not access data ('Using the data for any other purpose would be considered a breach')"),
        R(UOH, "processor", "activities",
          "The University of Hertfordshire is a processor acting under the instructions of NHS Central East Integrated Care Board"),
        R(ORACLE, "processor", "activities", "• Oracle Corporation UK Limited"),
        R(AGEM, "processor", "activities", "• NHS Arden and Greater East Midlands Commissioning Support Unit"),
        R(LIAISON, "processor", "activities", "• Liaison Financial Services Ltd"),
        R(PSL, "processor", "activities", "• Prescribing Services Ltd"),
        R(CIRCLE, "processor", "activities", "• Circle Health Group Limited"),
        R(SCW, "processor", "activities", "• NHS South, Central and West CSU"),
        R(NECS, "processor", "activities", "• NHS North of England Commissioning Support Unit"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616088-L5G0W  NHS Birmingham and Solihull ICB + NHS Black Country ICB (joint), DSfC IV & Comm (v4.2, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-616088-L5G0W"
BSOL = "NHS Birmingham and Solihull Integrated Care Board"
BC = "NHS Black Country Integrated Care Board"
BSMHFT = "Birmingham and Solihull Mental Health NHS Foundation Trust"
RWT = "The Royal Wolverhampton NHS Trust"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616088-l5g0w.json", version="4.2", applicant="NHS BIRMINGHAM AND SOLIHULL INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        BSOL: ["NHS BIRMINGHAM AND SOLIHULL INTEGRATED CARE BOARD", "NHS Birmingham and Solihull Integrated Care Board"],
        BC: ["NHS BLACK COUNTRY INTEGRATED CARE BOARD", "NHS Black Country Integrated Care Board"],
        f"Unnamed DSCRO ({_ref})": [],
        AGEM: ["NHS Arden and GEM Commissioning Support Unit", "NHS Arden and Greater East Midlands Commissioning Support Unit"],
        LIAISON: ["Liaison Financial Services Ltd", "Liaison Financial Services Limited"],
        MLCSU: ["NHS Midlands and Lancashire Commissioning Support Unit"],
        BSMHFT: [BSMHFT],
        PAL: ["Palantir Technologies UK Limited", "Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        "Pi Ltd": ["Pi Ltd"],
        RWT: [RWT],
        "Lima Networks Ltd": ["Lima Networks Ltd"],
        "GetUBetter": ["GetUBetter"],
    }),
    flows=dsfc_flows(_ref, [BSOL, BC], [AGEM, LIAISON], (),
                     comm_required=[AGEM, MLCSU, BSMHFT, "Pi Ltd", RWT], comm_optional=[PAL], dc_icbs=[BSOL],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)"}) + [
        F("GetUBetter", BSOL, "pseudonymised", "transfer", "activities",
          "GetUBetter data will be pseudonymised by the provider prior to being sent to the ICB's data processor using a separate, unique DSCRO allocated key.",
          ["Musculoskeletal (GetUBetter) Data"], optional=True,
          note="'the ICB's data processor' is not named (any of the commissioning processors); 'the provider' = the GetUBetter service. "
               "Target written as the applicant ICB for want of the processor: optional"),
    ],
    roles=[
        R(BSOL, "controller", "controllers", "NHS BIRMINGHAM AND SOLIHULL INTEGRATED CARE BOARD"),
        R(BC, "controller", "controllers", "NHS BLACK COUNTRY INTEGRATED CARE BOARD"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Limited support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data processor. They supply support to the system but do not access data."),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited supply Cloud Services for Liaison Financial Services Limited, NHS Midlands and Lancashire Commissioning Support Unit and NHS Arden and Greater East Midlands Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("Lima Networks Ltd", "non-accessing-processor", "activities",
          "Lima Networks Ltd supply IT infrastructure and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(AGEM, "processor", "activities", "•\tNHS Arden and GEM Commissioning Support Unit"),
        R(LIAISON, "processor", "activities", "Liaison Financial Services Ltd"),
        R(MLCSU, "processor", "activities", "•\tNHS Midlands and Lancashire Commissioning Support Unit"),
        R(BSMHFT, "processor", "activities", "•\tBirmingham and Solihull Mental Health NHS Foundation Trust"),
        R("Pi Ltd", "processor", "activities", "Pi Ltd"),
        R(RWT, "processor", "activities", "•\tThe Royal Wolverhampton NHS Trust"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616947-G9K5B  NHS Leicester, Leicestershire and Rutland ICB + NHS Northamptonshire ICB (joint), DSfC IV, RS & Comm (v3.2, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-616947-G9K5B"
LLR = "NHS Leicester, Leicestershire and Rutland Integrated Care Board"
NORTHANTS = "NHS Northamptonshire Integrated Care Board"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616947-g9k5b.json", version="3.2", applicant="NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        LLR: ["NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD",
              "NHS Leicester, Leicestershire and Rutland Integrated Care Board", "Leicester, Leicestershire & Rutland ICB"],
        NORTHANTS: ["NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD", "NHS Northamptonshire Integrated Care Board"],
        f"Unnamed DSCRO ({_ref})": [],
        MLCSU: ["NHS Midlands and Lancashire Commissioning Support Unit", "Midlands and Lancashire Commissioning Support Unit"],
        PSL: ["Prescribing Services Ltd"],
        OPTUM: ["Optum Health Solutions UK Limited", "Optum Health Solutions (UK) Limited"],
        PAL: ["Palantir Technologies UK Limited", "Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        "Lima Networks Ltd": ["Lima Networks Ltd"],
    }),
    flows=dsfc_flows(_ref, [LLR, NORTHANTS], [LLR, NORTHANTS, MLCSU], [(MLCSU, [LLR, NORTHANTS]), (PSL, [LLR])],
                     comm_required=[MLCSU, OPTUM], comm_optional=[PAL],
                     notes={PAL: "Palantir supports the ICBs' local FDP tenant, whose data comes from the national FDP tenant (step 5)",
                            OPTUM: "listed commissioning processor: 'Optum Health Solutions UK Limited will only access Leicester, Leicestershire & Rutland ICB data'",
                            ("rs", PSL): "the risk-stratification block lists two processors; 'Prescribing Services Ltd will only access NHS Leicester, "
                                         "Leicestershire and Rutland Integrated Care Board footprint data' (so its tool serves the LLR ICB only)",
                            ("rs", MLCSU): "the risk-stratification block lists two processors (M&L CSU and Prescribing Services Ltd); the text does not "
                                           "say which holds the tool for which ICB beyond Prescribing Services' LLR-only access: both annotated"}),
    roles=[
        R(LLR, "controller", "controllers", "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD"),
        R(NORTHANTS, "controller", "controllers", "NHS NORTHAMPTONSHIRE INTEGRATED CARE BOARD"),
        R(LLR, "processor", "activities", "•\tNHS Leicester, Leicestershire and Rutland Integrated Care Board",
          note="a controller in the invoice-validation 'Processors:' list"),
        R(NORTHANTS, "processor", "activities", "•\tNHS Northamptonshire Integrated Care Board",
          note="a controller in the invoice-validation 'Processors:' list"),
        R(MLCSU, "processor", "activities", "•\tNHS Midlands and Lancashire Commissioning Support Unit"),
        R(PSL, "processor", "activities",
          "Prescribing Services Ltd will only access NHS Leicester, Leicestershire and Rutland Integrated Care Board footprint data."),
        R(OPTUM, "processor", "activities",
          "Optum Health Solutions UK Limited will only access Leicester, Leicestershire & Rutland ICB data."),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Limited support the Local FDP instance for the ICBs and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data processor, the supply support to the system but do not access data.",
          note="also 'Microsoft Limited and Amazon Web Services provide cloud services for Optum Health Solutions (UK) Limited ... do not access data'"),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for Midlands and Lancashire Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("Lima Networks Ltd", "non-accessing-processor", "activities",
          "Lima Networks Ltd supply IT infrastructure for Midlands and Lancashire Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-616961-X1J9B  NHS Humber and North Yorkshire ICB, DSfC Comm/IV/RS (v5.4, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-616961-X1J9B"
HNY = "NHS Humber and North Yorkshire Integrated Care Board"
CHP = "City Healthcare Partnership"
HULL = "Hull University"
CATALYST = "Catalyst BI Limited"
SYICB = "NHS South Yorkshire Integrated Care Board"
AGREEMENTS[_ref] = dict(
    file="dars-nic-616961-x1j9b.json", version="5.4", applicant="NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        HNY: ["NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD", "NHS Humber and North Yorkshire Integrated Care Board",
              "Humber and North Yorkshire ICB"],
        f"Unnamed DSCRO ({_ref})": [],
        NECS: ["NHS North of England Commissioning Support Unit", "North of England Commissioning Support"],
        LIAISON: ["Liaison Financial Services Ltd"],
        CHP: [CHP], HULL: [HULL], CATALYST: [CATALYST],
        PAL: ["Palantir Technologies UK Ltd"],
        AWS: ["Amazon Web Services"],
        MS: ["Microsoft Limited"],
        SYICB: [SYICB],
        "N3i Limited": ["N3i Limited"], "North Lincolnshire Council": ["North Lincolnshire Council"],
        "North East Lincolnshire Council": ["North East Lincolnshire Council"],
        "Arrow Business Communications": ["Arrow Business Communications"],
        GPS: ["GPs", "GP Practices", "GP practices", "the GP system"],
    }),
    flows=dsfc_flows(_ref, [HNY], [NECS, LIAISON], [(NECS, [HNY])],
                     comm_required=[NECS, CHP, HULL], comm_optional=[PAL, CATALYST, SYICB],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)",
                            CATALYST: "listed commissioning processor that 'supply Cloud Services for NHS North of England Commissioning Support Unit' "
                                      "with access 'for support purposes': a platform processor, optional",
                            SYICB: "not in the commissioning list; it 'will host a shared Business Information (BI) data warehouse on behalf of the two "
                                   "ICBs': hosting, optional",
                            HULL: "listed commissioning processor (analytics); no other data path described",
                            CHP: "listed commissioning processor (a provider organisation); no other data path described"}) + [
        F(HNY, GPS, "pseudonymised", "access", "yielded_benefits",
          "There are numerous visual products which are built using the data, allowing ICB staff, GP practices and other system partners to access the data in aggregated and pseudonymised formats.",
          note="the ICB's visual products give GP practices access ('aggregated and pseudonymised formats': the finer state kept); "
               "'other system partners' is a generic class: no flow"),
        F(HNY, GPS, "identifiable", "access", "yielded_benefits",
          "The visual products identified above allow GP practices across the ICB footprint to re-identify the data via a secure role based access process for direct patient care purposes.",
          optional=True,
          note="re-identification by GP practices in the ICB's products, against 'The ICB does not see the identifiable record'; "
               "the template's re-identification runs through the DSCRO"),
    ],
    roles=[
        R(HNY, "controller", "controllers", "NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD"),
        R(HNY, "processor", "activities", "•\tNHS Humber and North Yorkshire Integrated Care Board",
          note="the controller is also in the commissioning 'Processors:' list"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for NHS North of England Commissioning Support Unit and Liaison Financial Services Ltd and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(CATALYST, "processor", "activities",
          "Catalyst BI Limited supply Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. Catalyst BI Limited will have access to the personal data for support purposes."),
        *[R(org, "non-accessing-processor", "activities",
            "N3i Limited, North Lincolnshire Council, North East Lincolnshire Council, and Arrow Business Communications supply IT infrastructure and are therefore listed as a data processor. They supply support to the system, but do not access data.")
          for org in ("N3i Limited", "North Lincolnshire Council", "North East Lincolnshire Council", "Arrow Business Communications")],
        R(SYICB, "processor", "activities",
          "NHS South Yorkshire Integrated Care Board will host a shared Business Information (BI) data warehouse on behalf of the two ICBs (NHS Humber & North Yorkshire & South Yorkshire ICBs) and are therefore listed as a data processor."),
        R(NECS, "processor", "activities", "•\tNHS North of England Commissioning Support Unit"),
        R(LIAISON, "processor", "activities", "•\tLiaison Financial Services Ltd"),
        R(CHP, "processor", "activities", "•\tCity Healthcare Partnership"),
        R(HULL, "processor", "activities", "•\tHull University"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-803151-K2Q8V  NHS West and North London ICB, DSfC Comm/IV/RS (2026; One London ICBs, research sub-licensing)
# ---------------------------------------------------------------------------
_ref = "NIC-803151-K2Q8V"
WNL = "NHS West and North London Integrated Care Board"
SEL = "NHS South East London Integrated Care Board"
NEL = "NHS North East London Integrated Care Board"
SWL = "NHS South West London Integrated Care Board"
ICHT = "Imperial College Healthcare NHS Trust"
ONE_LONDON = "One London ICBs"
AGREEMENTS[_ref] = dict(
    file="dars-nic-803151-k2q8v.json", version="0.2", applicant="NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(COMMON_NAMES, **{
        WNL: ["NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD", "NHS West and North London Integrated Care Board", "WNL ICB"],
        SEL: [SEL],
        NEL: ["NHS North East London Integrated Care Board", "NHS North East London ICB", "NEL ICB",
              "NHS North East London Integrated  Care Board"],
        SWL: [SWL],
        f"Unnamed DSCRO ({_ref})": [],
        NECS: ["NHS North of England Commissioning Support Unit", "North of England Commissioning Support Unit"],
        LIAISON: ["Liaison Financial Services Ltd"],
        PAL: ["Palantir Technologies UK Ltd", "Palantir"],
        AWS: ["Amazon Web Services", "Amazon webservices"],
        MS: ["Microsoft Limited"],
        "Snowflake Computing UK Limited": ["Snowflake Computing UK Limited"],
        "InterWorks": ["InterWorks"], "Answer Digital Ltd": ["Answer Digital Ltd", "Answer Digital"],
        ICHT: ["Imperial College Healthcare NHS Trust (ICHT)", "Imperial College Healthcare NHS Trust", "ICHT"],
        "Universities (collectively)": ["local Universities", "the Universities"],
    }),
    flows=dsfc_flows(_ref, [WNL], [NECS, LIAISON, WNL], [(NEL, [WNL])],
                     comm_required=[NECS, SEL, NEL, SWL], comm_optional=[PAL],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)",
                            SEL: "the commissioning list's '• One London ICBs' = the four ICBs the Data Processors paragraph lists "
                                 "('wish to be listed as Data Processors for each other'): one flow to each other than the controller",
                            NEL: "the commissioning list's '• One London ICBs' (see the South East London flow)",
                            SWL: "the commissioning list's '• One London ICBs' (see the South East London flow)",
                            ("rs", NEL): "the risk-stratification block's only listed processor (NHS North East London ICB), holder of the tool"}) + [
        F(WNL, "Universities (collectively)", "pseudonymised", "access", "activities",
          "Controlled access to the pseudonymised data, minimised to each project, will allow the Universities to provide some detailed analysis to support the ICB’s commissioning function.",
          optional=True,
          note="the Thames Valley sentence (README-dur-b decision 9), but the universities are not named ('local Universities'): "
               "a generic class, optional"),
    ],
    roles=[
        R(WNL, "controller", "controllers", "NHS WEST AND NORTH LONDON INTEGRATED CARE BOARD"),
        *[R(org, "processor", "activities",
            "The ICBs listed here (hereby referred to as the One London ICBs), wish to be listed as Data Processors for each other across the data sharing agreements for all One London ICBs.",
            note="one of the four One London ICBs listed under that sentence")
          for org in (WNL, SEL, NEL, SWL)],
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R(AWS, "non-accessing-processor", "activities",
          "Amazon webservices supply Cloud Services for Palantir so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R("Snowflake Computing UK Limited", "non-accessing-processor", "activities",
          "Snowflake Computing UK Limited provide Cloud Services for NHS North East London ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(MS, "non-accessing-processor", "activities",
          "Microsoft Limited supply Cloud Services for NHS North of England Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("InterWorks", "processor", "activities",
          "InterWorks will act as a sub-processor under data protection law for the LDS."),
        R("Answer Digital Ltd", "processor", "activities",
          "Answer Digital will act as a sub-processor under data protection law for the LDS."),
        R(ICHT, "processor", "activities",
          "Imperial College Healthcare NHS Trust (ICHT) are sub-contracted by NWL ICB to provide the infrastructure and secure environment within which the London Analytics Platform (LAP) will operate, the company will act as sub-processor under data protection law.",
          note="'sub-contracted by NWL ICB' (the ICB's former name) as a sub-processor; Accenture UK Ltd, 'sub-contracted by ICHT to serve as a "
               "managed service provider', is not called a processor: no role"),
        R(NECS, "processor", "activities", "• NHS North of England Commissioning Support Unit."),
        R(LIAISON, "processor", "activities", "• Liaison Financial Services Ltd"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-800961-W7P2T  University College London, Generation New Era phase 1a/1b (2026)
# ---------------------------------------------------------------------------
_ref = "NIC-800961-W7P2T"
UCL = "University College London"
IPSOS = "Ipsos"
UCL_W = ["UNIVERSITY COLLEGE LONDON (UCL)", "UCL"]
IPSOS_W = ["IPSOS", "Ipsos"]
SEPARATE = "under a separate Data Sharing Agreement (the phase's own statement): not this agreement's flow, optional"
AGREEMENTS[_ref] = dict(
    file="dars-nic-800961-w7p2t.json", version="0.2", applicant="UNIVERSITY COLLEGE LONDON (UCL)",
    family=RESEARCH, split="dev",
    names={NHSE: ["NHS England"], UCL: UCL_W, IPSOS: IPSOS_W, "Verian": ["Verian"], "NatCen": ["NatCen"],
           AWS: ["Amazon Web Services (AWS)", "Amazon Web Services", "AWS"], "UK Data Archive": ["UK Data Archive"]},
    flows=[
        F(NHSE, UCL, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the Civil Registration Births and Birth Notifications datasets to UCL (the ‘full population de-identified sampling file’) on a quarterly basis.",
          ["Civil Registration - Births", "Birth Notification Data"],
          note="'no direct identifying data items but will contain a unique person ID' (next sentence) = pseudonymised"),
        F(UCL, IPSOS, "pseudonymised", "transfer", "activities",
          "UCL will provide IPSOS with a limited set of fields from Phase 1A required for sampling.",
          note="state of the Phase 1A file the fields come from; 'The data flows described in phases 1a and 1b will occur under this Data Sharing Agreement'"),
        F(IPSOS, NHSE, "pseudonymised", "transfer", "activities",
          "To initiate phase 2, IPSOS will transfer a list of unique person ID's for the selected sample to NHS England on a quarterly basis.",
          optional=True, note="phase 2 " + SEPARATE),
        F(NHSE, IPSOS, "identifiable", "transfer", "activities",
          "NHS England will then provide demographic data from the Births Notifications and Births Registrations dataset for the selected sample to IPSOS on a quarterly basis.",
          optional=True, note="phase 2 " + SEPARATE),
        F(IPSOS, NHSE, "identifiable", "transfer", "activities",
          "IPSOS will return direct identifying data items for the selected sample to NHS England.",
          optional=True, note="phase 3 " + SEPARATE),
        F(NHSE, IPSOS, "identifiable", "transfer", "activities",
          "These Demographics records will be returned on a monthly basis to IPSOS.",
          optional=True, note="phase 3 " + SEPARATE),
        F(IPSOS, NHSE, "identifiable", "transfer", "activities",
          "Prior to mailing out further correspondence to potential recruits, IPSOS will upload the details of the cohort, excluding those who opt-out, to NHS England’s Cohort Management System (CMS) and will download reports containing latest vital status and addresses.",
          optional=True, note="phase 3 " + SEPARATE),
        F(IPSOS, UCL, "pseudonymised", "transfer", "activities",
          "IPSOS will extract a pseudonymised subset of the data containing variables necessary for non-response analysis and securely transfer this to UCL.",
          optional=True,
          note="follows the phase 3 paragraph ('will occur under a separate Data Sharing Agreement'); which agreement it falls under is not written"),
        F(IPSOS, UCL, "identifiable", "transfer", "activities",
          "Once the fieldwork has concluded, IPSOS will transfer the details, including direct identifiers, of all people who consented to participate to UCL along with the deidentified data for non-respondents and those who declined to participate or opted out of taking part.",
          note="stated as planned fact, not assigned to another agreement; 'including direct identifiers' = identifiable"),
        F(UCL, "UK Data Archive", "unspecified", "transfer", "expected_output",
          "A Research resource deposited with the UK Data Archive December 2028 (Wave 1 of the study), available to bona fide researchers for the purposes of statistical data analysis comprised of information collected from the consented participants.",
          optional=True,
          note="the deposit holds the participants' survey data, 'will not include the sampling field data provided by NHS England': "
               "arguably not this agreement's data"),
    ],
    roles=[
        R(UCL, "controller", "controllers", "UNIVERSITY COLLEGE LONDON (UCL)"),
        R(IPSOS, "access-restricted-to", "activities", "Access is restricted to employees or agents of IPSOS."),
        R("Verian", "processor", "activities",
          "IPSOS has partnered with Verian and NatCen to deliver the study fieldwork (at phase 1 and 2), therefore Verian and NatCen are acting as a data processor."),
        R("NatCen", "processor", "activities",
          "IPSOS has partnered with Verian and NatCen to deliver the study fieldwork (at phase 1 and 2), therefore Verian and NatCen are acting as a data processor."),
        R(AWS, "processor", "activities", "Amazon Web Services (AWS) is a processor acting under the instructions of UCL.",
          note="IPSOS 'will undertake the sampling and recruitment tasks' but is not called a processor: no processor role"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-803751-Z3B5K  University of Liverpool, SMARTIE service evaluation (NIPE hip screening data, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-803751-Z3B5K"
UOL = "University of Liverpool"
AGREEMENTS[_ref] = dict(
    file="dars-nic-803751-z3b5k.json", version="0.2", applicant="UNIVERSITY OF LIVERPOOL",
    family=RESEARCH, split="dev",
    names={NHSE: ["NHS England", "NHSE"], UOL: ["UNIVERSITY OF LIVERPOOL", "University of Liverpool"],
           "British Society for Children's Orthopaedic Surgery": ["British society of orthopaedic surgery"],
           "STEPS charity": ["STEPS charity", "STEPS"]},
    flows=[
        F(NHSE, UOL, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the NHS England NIPE (Newborn and Infant Physical Examination) hip screening pathway to University of Liverpool.",
          ["NHSE Screening Data - Screening Research Office"],
          note="'The Data will be pseudonymised and individuals cannot be reidentified' (same block)"),
        F(UOL, NHSE, "aggregate", "transfer", "expected_output",
          "Presentations to NIPE programme (NHS England), British society of orthopaedic surgery, midwives and paediatricians.",
          optional=True, note="'Expected submissions': presentations to named bodies (README-other: optional); outputs aggregate"),
        F(UOL, "British Society for Children's Orthopaedic Surgery", "aggregate", "transfer", "expected_output",
          "Presentations to NIPE programme (NHS England), British society of orthopaedic surgery, midwives and paediatricians.",
          optional=True, note="presentation to a named professional body; canonical name a guess at the body meant"),
        F(UOL, "STEPS charity", "aggregate", "transfer", "expected_output",
          "STEPS charity, who support the audit and PPIE partners.",
          optional=True, note="an item of 'The outputs will be communicated to relevant recipients through the following dissemination channels'"),
    ],
    roles=[
        R(UOL, "controller", "controllers", "UNIVERSITY OF LIVERPOOL",
          note="'stored ... on the Cloud provided by Microsoft Ltd': Microsoft is not called a processor, no role"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-806125-J8B8J  BCP Council, LAPH Standard Extract (Pseudonymised HES Extract Service, 2026)
# ---------------------------------------------------------------------------
_ref = "NIC-806125-J8B8J"
BCP = "BCP Council"
AGREEMENTS[_ref] = dict(
    file="dars-nic-806125-j8b8j.json", version="0.2", applicant="BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)",
    family=COUNCIL_HES, split="dev",
    names={NHSE: ["NHS England"], BCP: ["BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)"],
           "NHS commissioners (collectively)": ["NHS commissioners"]},
    flows=[
        F(NHSE, BCP, "pseudonymised", "transfer", "activities",
          "Access to the data is provided to the Local Authority only, and will only be used for the health purposes outlined above.",
          ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
           "Hospital Episode Statistics Accident and Emergency (HES A and E)", "Hospital Episode Statistics Critical Care (HES Critical Care)",
           "Emergency Care Data Set (ECDS)"],
          note="source implicit: the Pseudonymised HES Extract Service is NHS England's ('responsible on behalf of the Local Authority to NHS England "
               "for ensuring that the data supplied ...'); 'the Local Authority' = the applicant; read as the 2017 gold reads Wirral's and Bradford's "
               "identical text (council-hes-extract)"),
        F(BCP, "NHS commissioners (collectively)", "aggregate", "transfer", "activities",
          "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
          optional=True, note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
    ],
    roles=[
        R(BCP, "controller", "controllers", "BCP COUNCIL (BOURNEMOUTH, CHRISTCHURCH AND POOLE)"),
        R(BCP, "access-restricted-to", "activities",
          "The data will only be processed by Local Authority employees in fulfilment of their public health function",
          note="'Local Authority' = the applicant", as_written=[]),
    ],
)
