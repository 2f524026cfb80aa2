"""Hand annotations of current Data Uses Register agreements (helper gold-dur).

Written while reading the newest version of each agreement in
/work/dur-archive/agreements (never from extractor output). ``build_dur_b.py``
checks every evidence sentence against the text and writes ``dur-b.json``.
Conventions and ambiguous decisions: README-dur-b.md.
"""

ABOUT = ("Hand-annotated flows and roles of current Data Uses Register agreements (newest version of each, "
         "from /work/dur-archive/agreements), helper gold-dur; see README-dur-b.md for families, split and rules.")

DSFC = "ICB Data Services for Commissioners (DSCRO -> processors list)"


def F(source, target, state, mode, section, evidence, datasets=(), optional=False, note=None, **kw):
    d = dict(source=source, target=target, state=state, mode=mode, section=section, evidence=evidence,
             datasets=list(datasets), optional=optional, note=note)
    d.update(kw)
    return d


def R(organisation, role, section, evidence, note=None, **kw):
    d = dict(organisation=organisation, role=role, section=section, evidence=evidence, note=note)
    d.update(kw)
    return d


def dsfc_flows(ref, icb, iv_processors, rs_processor=None, comm_controllers=None, comm_required=(), comm_optional=(),
               notes=None):
    """The flows every 'DSfC - ... Comm/IV(/RS)' agreement states in the same words.

    Evidence is given by its first and last words (last None = to the end of the
    line); build_dur_b.py copies the exact text between them from the agreement.
    ``iv_processors``: the invoice-validation block's 'Processors:' list (the
    CEfF's holders; one flow to/from each). ``rs_processor``: the risk
    stratification block's processor (holds the tool); None when the agreement
    has no RS block. ``comm_controllers``: the controllers of the commissioning
    block (default: the ICB). ``comm_required``/``comm_optional``: the
    commissioning block's listed processors read as receiving the DSCRO extract.
    """
    dscro = f"Unnamed DSCRO ({ref})"
    notes = notes or {}
    comm3 = ("3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller", None)
    pcd = ["Pseudonymised Commissioning Datasets"]
    out = []
    for proc in iv_processors:
        one = len(iv_processors) == 1
        out += [
            F(dscro, proc, "identifiable", "transfer", "activities",
              ("1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF).", "(CEfF)."),
              ["Identifiable Invoice Validation Datasets"],
              note="'the DSCRO' unnamed; 'the CEfF' resolved to " + ("the invoice-validation block's only listed processor" if one else
                   "each of the invoice-validation block's listed processors (the text does not say which holds the CEfF)")
                   + "; state from the block's 'Dataset: Identifiable Invoice Validation Datasets'"),
            F("Providers", proc, "identifiable", "transfer", "activities",
              ("2. The CEfF also receive backing data from the provider.", "provider."), ["backing data"],
              note="'the CEfF' = the invoice-validation processor(s); state from the block's dataset heading (identifiable)"),
        ]
        if proc != icb:
            out.append(F(proc, icb, "aggregate", "transfer", "activities",
                         ("The ICB only receives notification to pay and management reporting", "processed etc."),
                         note="sender = the CEfF (invoice-validation processor(s)); 'the ICB' = the controller"))
    if rs_processor:
        out += [
            F(dscro, rs_processor, "identifiable", "transfer", "activities",
              ("1. Data quality management and standardisation of data is completed by the DSCRO", "who securely hold the data."),
              ["Identifiable Risk Stratification Datasets"],
              note="'the Data Controller / Processor' resolved to the risk-stratification block's listed processor, which holds the tool; "
                   "the ICB itself only sees pseudonymised data (step 5)"),
            F("GP practices", rs_processor, "identifiable", "transfer", "activities",
              ("2. Identifiable GP Data is securely sent from the GP system to the Data Controller / Processor.", "Processor."),
              ["GP Data"], note="'the Data Controller / Processor' = the risk-stratification processor"),
            F(rs_processor, "GP practices", "identifiable", "access", "activities",
              ("4. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor", "classed as at risk."),
              note="tool holder = the risk-stratification processor; 'The only identifier available to GPs is the NHS numbers of their own patients'"),
            F(rs_processor, icb, "pseudonymised", "access", "activities",
              ("5. Once the Controller / Processor has completed the processing, the ICB can access the online system", "pseudonymised at patient level."),
              note="also Expected Outputs: 'The ICB will be provided with the pseudonymised outputs of the risk stratification tool'"),
        ]
    for ctrl in comm_controllers or [icb]:
        out.append(F(dscro, ctrl, "pseudonymised", "transfer", "activities", comm3, pcd,
                     note="'the Data Controller(s)' = the commissioning block's controller(s)"))
    for proc in comm_required:
        out.append(F(dscro, proc, "pseudonymised", "transfer", "activities", comm3, pcd,
                     note=notes.get(proc, "'the Data Controller / Processor' read with the commissioning block's 'Processors:' list: one flow to the "
                          "controller and one to each listed processor that accesses data (required for analytics processors; optional "
                          "for platform processors whose own data path the text describes; none to processors that do not access data)")))
    for proc in comm_optional:
        out.append(F(dscro, proc, "pseudonymised", "transfer", "activities", comm3, pcd, optional=True,
                     note=notes.get(proc, "listed commissioning processor whose own data path the text describes")))
    out += [
        F("NHS England", icb, "pseudonymised", "access", "activities",
          ("5. Row level Pseudonymised Commissioning Data is also available in the National Federated Data Platform (FDP)", "analytics on their FDP tenant."),
          pcd, note="holder of the National FDP = NHS England ('outside of NHSE tenant'); 'ICBs' read as the applicant ICB"),
        F("NHS England", icb, "pseudonymised", "access", "activities",
          ("In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports", "in NHS England directly."),
          ["Cancer Waiting Times Data"],
          note="state from the same paragraph: 'a ICB user may have access to pseudonymised patient information'"),
        F("NHS England", dscro, "unspecified", "transfer", "activities",
          ("In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports", "in NHS England directly."),
          ["Cancer Waiting Times Data"], optional=True,
          note="the national dissemination to the DSCRO is only implied ('dissemination ... via the DSCRO'); no sentence of this template states NHS England -> DSCRO"),
        F(icb, dscro, "pseudonymised", "transfer", "activities",
          ("2. The ICB sends a re-id request to the DSCRO.", "DSCRO."), optional=True,
          note="a re-identification request (pseudonymised cohort), as gold-ccg decision 6"),
        F(dscro, "Health and care professionals (collectively)", "identifiable", "transfer", "activities",
          ("5. If successful/approved, the DSCRO re-identifies the relevant data item(s)", "legitimate relationship to the patient.")),
        F(icb, "GP practices", "unspecified", "transfer", "objective",
          ("The ICB can then flag to the relevant GP of the patient any patients that require intervention.", "intervention."),
          optional=True, note="part of 'a typical example of an instance where an ICB might want to use the re-identification process'"),
        F(icb, "Providers", "aggregate", "transfer", "expected_output",
          ("18. Feedback to NHS service providers on data quality at an aggregate and individual record level", "provided by the service providers."),
          note="sender not written: the applicant ICB whose outputs these are (gold-ccg decision 4)"),
        F(icb, "Health and care professionals (collectively)", "unspecified", "transfer", "expected_output",
          ("Lists of at risk patients made available to direct health and care professionals that require direct care intervention.", "intervention."),
          optional=True, note="sender not written (the ICB does not see identifiable data; the DSCRO returns identifiers)"),
    ]
    return out


DSFC_NAMES = {
    "NHS England": ["NHS England", "NHSE"],
    "Providers": ["providers", "provider", "NHS service providers"],
    "GP practices": ["GPs", "GP Practices", "the GP system"],
    "Health and care professionals (collectively)": ["Health or Care professional(s)", "direct health and care professionals"],
}


AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-804158-C1F4R  NHS Essex ICB, DSfC Comm/IV/RS (2026)
# ---------------------------------------------------------------------------
_ref = "NIC-804158-C1F4R"
ICB = "NHS Essex Integrated Care Board"
DSCRO = f"Unnamed DSCRO ({_ref})"
AGREEMENTS[_ref] = dict(
    file="dars-nic-804158-c1f4r.json", version="0.2", applicant="NHS ESSEX INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names={
        ICB: ["NHS ESSEX INTEGRATED CARE BOARD", "NHS Essex Integrated Care Board"],
        DSCRO: [],
        "NHS England": ["NHS England", "NHSE"],
        "Liaison Financial Services Ltd": ["Liaison Financial Services", "Liaison Financial Services Ltd"],
        "Prescribing Services Ltd": ["Prescribing Services Ltd"],
        "Arden and GEM CSU": ["NHS Arden & Greater East Midland Commissioning Support Unit",
                              "NHS Arden and GEM Commissioning Support Unit"],
        "Palantir Technologies UK Limited": ["Palantir Technologies UK Limited", "Palantir Technologies UK Ltd"],
        "Amazon Web Services": ["Amazon Web Services"],
        "Microsoft Limited": ["Microsoft Limited"],
        "Oracle Corporation UK Limited": ["Oracle Corporation UK Limited", "Oracle Corporation UK LTD", "Oracle"],
        "NHS Central East Integrated Care Board": ["NHS Central East ICB", "NHS Central East Integrated Care Board",
                                                   "Central East ICB"],
        "University of Hertfordshire": ["University of Hertfordshire"],
        "Providers": ["providers", "provider"],
        "GP practices": ["GPs", "GP Practices", "the GP system"],
        "Health and care professionals (collectively)": ["Health or Care professional(s)", "direct care professionals",
                                                         "direct health and care professionals"],
    },
    flows=[
        # INVOICE VALIDATION
        F(DSCRO, "Liaison Financial Services Ltd", "identifiable", "transfer", "activities",
          "1. The DSCRO pushes a one-way data flow of the data directly into the Controlled Environment for Finance (CEfF).",
          ["Identifiable Invoice Validation Datasets"],
          note="'the DSCRO' unnamed; 'the CEfF' resolved to the invoice-validation block's only listed processor "
               "(Processors: Liaison Financial Services); state from the block's 'Dataset: Identifiable Invoice Validation Datasets'"),
        F("Providers", "Liaison Financial Services Ltd", "identifiable", "transfer", "activities",
          "2. The CEfF also receive backing data from the provider.", ["backing data"],
          note="'the CEfF' = the invoice-validation processor; state from the block's dataset heading (identifiable)"),
        F("Liaison Financial Services Ltd", ICB, "aggregate", "transfer", "activities",
          "The ICB only receives notification to pay and management reporting detailing the total quantum of invoices received pending, processed etc.",
          note="sender = the CEfF (invoice-validation processor); 'the ICB' = the controller"),
        # RISK STRATIFICATION
        F(DSCRO, "Prescribing Services Ltd", "identifiable", "transfer", "activities",
          "1. Data quality management and standardisation of data is completed by the DSCRO and the data identifiable at the level of NHS number is transferred securely to the Data Controller / Processor, who securely hold the data.",
          ["Identifiable Risk Stratification Datasets"],
          note="'the Data Controller / Processor' resolved to the risk-stratification block's listed processor "
               "(Processors: Prescribing Services Ltd), which holds the tool; the ICB itself only sees pseudonymised data (step 5)"),
        F("GP practices", "Prescribing Services Ltd", "identifiable", "transfer", "activities",
          "2. Identifiable GP Data is securely sent from the GP system to the Data Controller / Processor.",
          ["GP Data"], note="'the Data Controller / Processor' = the risk-stratification processor"),
        F("Prescribing Services Ltd", "GP practices", "identifiable", "access", "activities",
          "4. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
          note="tool holder = the risk-stratification processor; 'The only identifier available to GPs is the NHS numbers of their own patients'"),
        F("Prescribing Services Ltd", ICB, "pseudonymised", "access", "activities",
          "5. Once the Controller / Processor has completed the processing, the ICB can access the online system via a secure connection to access the data pseudonymised at patient level.",
          note="also Expected Outputs: 'The ICB will be provided with the pseudonymised outputs of the risk stratification tool'"),
        # COMMISSIONING
        F(DSCRO, ICB, "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.",
          ["Pseudonymised Commissioning Datasets"],
          note="'the Data Controller' = the ICB (sole controller)"),
        F(DSCRO, "Arden and GEM CSU", "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.",
          ["Pseudonymised Commissioning Datasets"],
          note="'the Data Controller / Processor' read with the commissioning block's 'Processors:' list: one flow to the controller "
               "and one to each listed processor that accesses data; required for the analytics processors (Arden and GEM CSU), "
               "optional for platform processors whose own data path the text describes (Palantir FDP, Oracle, Central East ICB); "
               "none to AWS (does not access data)"),
        F(DSCRO, "Palantir Technologies UK Limited", "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.",
          ["Pseudonymised Commissioning Datasets"], optional=True,
          note="Palantir is in the commissioning processor list but supports the ICB's FDP tenant; whether the extract goes to it is arguable"),
        F(DSCRO, "Oracle Corporation UK Limited", "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.",
          ["Pseudonymised Commissioning Datasets"], optional=True,
          note="Oracle is in the commissioning processor list, but its own steps (i-v) describe its data coming from NHS England and providers"),
        F(DSCRO, "NHS Central East Integrated Care Board", "pseudonymised", "transfer", "activities",
          "3. Pseudonymised Commissioning Datasets are securely transferred from the DSCRO to the Data Controller / Processor.",
          ["Pseudonymised Commissioning Datasets"], optional=True,
          note="in the commissioning processor list as the holder of the Oracle contract; no data path of its own is described"),
        F("NHS England", ICB, "pseudonymised", "access", "activities",
          "5. Row level Pseudonymised Commissioning Data is also available in the National Federated Data Platform (FDP) ICBs are able to access national commissioning datasets that are currently received as extracts via steps 1 – 4 above within FDP to enable the testing of the platform for Population Health Management (PHM) across incubator sites for future use of the Strategic Commissioning Tool (SCT) within FDP, and the backing data for the Strategic Commissioning Tool to non-incubator ICBs for analytics on their FDP tenant.",
          ["Pseudonymised Commissioning Datasets"],
          note="holder of the National FDP = NHS England ('outside of NHSE tenant'); 'ICBs' read as the applicant ICB"),
        F("NHS England", "Oracle Corporation UK Limited", "pseudonymised", "transfer", "activities",
          "iii.. Both files are then transferred to Oracle.",
          note="subject from step ii ('NHS England pseudonymises the data ... which produces 2 files. One pseudonymised file and one encrypted file')"),
        F("Providers", "Oracle Corporation UK Limited", "pseudonymised", "transfer", "activities",
          "iv. Oracle also receives data that has been pseudonymised at source by providers using the Oracle pseudonymisation tool."),
        F("Oracle Corporation UK Limited", ICB, "pseudonymised", "transfer", "activities",
          "v. Oracle process the data and then transfer the pseudonymised data to the ICB."),
        F("Oracle Corporation UK Limited", "Health and care professionals (collectively)", "unspecified", "transfer", "activities",
          "vi. Oracle transfers the encrypted data to direct care professionals who have a legitimate relationship to the patient.",
          note="'encrypted data' that the professionals can re-identify with a decryption certificate: state not given"),
        F("NHS England", ICB, "pseudonymised", "access", "activities",
          "In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports held within the CWT system in NHS England directly.",
          ["Cancer Waiting Times Data"],
          note="state from the same paragraph: 'a ICB user may have access to pseudonymised patient information'"),
        F("NHS England", DSCRO, "unspecified", "transfer", "activities",
          "In addition to the dissemination of Cancer Waiting Times Data via the DSCRO, the ICB is able to access reports held within the CWT system in NHS England directly.",
          ["Cancer Waiting Times Data"], optional=True,
          note="the national dissemination to the DSCRO is only implied ('dissemination ... via the DSCRO'); no sentence of this template states NHS England -> DSCRO"),
        # DIRECT CARE
        F(ICB, DSCRO, "pseudonymised", "transfer", "activities",
          "2. The ICB sends a re-id request to the DSCRO.", optional=True,
          note="a re-identification request (pseudonymised cohort), as gold-ccg decision 6"),
        F(DSCRO, "Health and care professionals (collectively)", "identifiable", "transfer", "activities",
          "5. If successful/approved, the DSCRO re-identifies the relevant data item(s) for the appropriate patients and returns the identifiable fields to Health or Care professional(s) with a legitimate relationship to the patient."),
        F(ICB, "GP practices", "unspecified", "transfer", "objective",
          "The ICB can then flag to the relevant GP of the patient any patients that require intervention.",
          optional=True, note="part of 'a typical example of an instance where an ICB might want to use the re-identification process'"),
        # Expected outputs
        F(ICB, "Providers", "aggregate", "transfer", "expected_output",
          "18. Feedback to NHS service providers on data quality at an aggregate and individual record level – only on data initially provided by the service providers.",
          note="sender not written: the applicant ICB whose outputs these are (gold-ccg decision 4)"),
        F(ICB, "Health and care professionals (collectively)", "unspecified", "transfer", "expected_output",
          "2. Lists of at risk patients made available to direct health and care professionals that require direct care intervention.",
          optional=True, note="sender not written (the ICB does not see identifiable data; the DSCRO returns identifiers)"),
    ],
    roles=[
        R(ICB, "controller", "controllers", "NHS ESSEX INTEGRATED CARE BOARD"),
        R("University of Hertfordshire", "processor", "activities",
          "The University of Hertfordshire is a processor acting under the instructions of NHS Hertfordshire and West Essex Integrated Care Board.",
          note="the text names another ICB (Hertfordshire and West Essex) as instructing it; only the processor role is annotated"),
        R("Palantir Technologies UK Limited", "processor", "activities",
          "Palantir Technologies UK Limited support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R("Amazon Web Services", "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R("Microsoft Limited", "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for Liaison Financial Services Ltd, NHS Arden and GEM Commissioning Support Unit and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("NHS Central East Integrated Care Board", "processor", "activities",
          "Oracle Corporation UK Limited will be delivering a data platform (NHS Central East ICB included as a processor, as they hold the contract with Oracle Corporation UK LTD) to aggregate, normalise and standardise health and care data from multiple health and social care providers within the West, including the data disseminated by NHS England covered in this DSA, to enable the delivery of population health management programmes of work."),
        R("Oracle Corporation UK Limited", "processor", "activities", "• Oracle Corporation UK Limited"),
        R("Arden and GEM CSU", "processor", "activities", "• NHS Arden & Greater East Midland Commissioning Support Unit"),
        R("Liaison Financial Services Ltd", "processor", "activities", "• Liaison Financial Services"),
        R("Prescribing Services Ltd", "processor", "activities", "• Prescribing Services Ltd"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-804237-Y2H9C  NHS Norfolk and Suffolk ICB, DSfC Comm, RS and IV (2026)
# ---------------------------------------------------------------------------
_ref = "NIC-804237-Y2H9C"
ICB = "NHS Norfolk and Suffolk Integrated Care Board"
AGEM = "Arden and GEM CSU"
AGREEMENTS[_ref] = dict(
    file="dars-nic-804237-y2h9c.json", version="0.2", applicant="NHS NORFOLK AND SUFFOLK INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(DSFC_NAMES, **{
        ICB: ["NHS NORFOLK AND SUFFOLK INTEGRATED CARE BOARD", "NHS Norfolk and Suffolk Integrated Care Board"],
        AGEM: ["NHS Arden and Greater East Midlands Commissioning Support Unit"],
        "Prescribing Services Ltd": ["Prescribing Services Ltd"],
        "Optum Health Solutions (UK) Limited": ["Optum Health Solutions (UK) Limited", "Optum Health Solutions UK Limited"],
        "Palantir Technologies UK Limited": ["Palantir Technologies UK Ltd"],
        "Liaison Financial Services Ltd": ["Liaison Financial Services Ltd"],
        "East of England Community Health and Care NHS Trust": ["East of England Community Health and Care NHS Trust"],
        "Amazon Web Services": ["Amazon Web Services"],
        "Microsoft Limited": ["Microsoft Limited"],
        "Snowflake Computing UK Limited": ["Snowflake Computing UK Limited"],
    }),
    flows=dsfc_flows(_ref, ICB, [AGEM], "Prescribing Services Ltd",
                     comm_required=[AGEM, "Optum Health Solutions (UK) Limited", "Liaison Financial Services Ltd",
                                    "East of England Community Health and Care NHS Trust"],
                     comm_optional=["Palantir Technologies UK Limited"],
                     notes={"Palantir Technologies UK Limited":
                                          "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)"}),
    roles=[
        R(ICB, "controller", "controllers", "NHS NORFOLK AND SUFFOLK INTEGRATED CARE BOARD"),
        R(ICB, "processor", "activities", "NHS Norfolk and Suffolk Integrated Care Board",
          note="the controller is also in the commissioning 'Processors:' list"),
        R("Palantir Technologies UK Limited", "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R("Amazon Web Services", "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R("Microsoft Limited", "non-accessing-processor", "activities",
          "Microsoft Limited supply Cloud Services for NHS Arden and Greater East Midlands Commissioning Support Unit, and East of England Community Health and Care NHS Trust and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("Snowflake Computing UK Limited", "non-accessing-processor", "activities",
          "Snowflake Computing UK Limited provide Cloud Services for NHS Norfolk and Waveney ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(AGEM, "processor", "activities", "• NHS Arden and Greater East Midlands Commissioning Support Unit"),
        R("Prescribing Services Ltd", "processor", "activities", "• Prescribing Services Ltd"),
        R("Optum Health Solutions (UK) Limited", "processor", "activities", "Optum Health Solutions UK Limited"),
        R("Liaison Financial Services Ltd", "processor", "activities", "Liaison Financial Services Ltd"),
        R("East of England Community Health and Care NHS Trust", "processor", "activities", "East of England Community Health and Care NHS Trust"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-804239-H4X6K  NHS Surrey and Sussex ICB, DSfC Comm/IV (2026; no RS block)
# ---------------------------------------------------------------------------
_ref = "NIC-804239-H4X6K"
ICB = "NHS Surrey and Sussex Integrated Care Board"
NECS, SCW = "North of England CSU", "South, Central and West CSU"
PAL = "Palantir Technologies UK Limited"
AGREEMENTS[_ref] = dict(
    file="dars-nic-804239-h4x6k.json", version="0.2", applicant="NHS SURREY AND SUSSEX INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(DSFC_NAMES, **{
        ICB: ["NHS SURREY AND SUSSEX INTEGRATED CARE BOARD", "NHS Surrey and Sussex Integrated Care Board"],
        NECS: ["NHS North of England Commissioning Support Unit"],
        SCW: ["NHS South, Central and West Commissioning Support Unit", "NHS South Central and West Commissioning Support Unit"],
        "Liaison Financial Services Ltd": ["Liaison Financial Services Ltd", "Liaison Financial Services Limited"],
        "Edge Health Limited": ["Edge Health Limited"],
        PAL: ["Palantir Technologies UK Limited", "Palantir Technologies UK Ltd", "Palantir"],
        "Amazon Web Services": ["Amazon Web Services"],
        "University Hospitals Sussex NHS Foundation Trust": ["University Hospitals Sussex NHS Foundation Trust"],
        "Care Unbound Limited": ["HERE (Care Unbound Limited)", "Care Unbound Limited", "HERE"],
        "Carnall Farrar Ltd": ["Carnall Farrar  Ltd", "Carnall Farrar Ltd"],
        "Microsoft Limited": ["Microsoft Limited"],
        "Data Barracks": ["Data Barracks"],
    }),
    flows=dsfc_flows(_ref, ICB, [NECS, "Liaison Financial Services Ltd", SCW],
                     comm_required=[NECS, "Edge Health Limited", SCW, "University Hospitals Sussex NHS Foundation Trust",
                                    "Care Unbound Limited", "Carnall Farrar Ltd"],
                     comm_optional=[PAL],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)"}),
    roles=[
        R(ICB, "controller", "controllers", "NHS SURREY AND SUSSEX INTEGRATED CARE BOARD"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Limited support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R("Amazon Web Services", "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Limited so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R("Microsoft Limited", "non-accessing-processor", "activities",
          "Microsoft Limited provide Cloud Services for NHS South Central and West Commissioning Support Unit, NHS North of England Commissioning Support Unit, and Liaison Financial Services Limited and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R("Data Barracks", "non-accessing-processor", "activities",
          "Data Barracks supply IT infrastructure to the ICB and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(NECS, "processor", "activities", "• NHS North of England Commissioning Support Unit"),
        R("Liaison Financial Services Ltd", "processor", "activities", "• Liaison Financial Services Ltd"),
        R(SCW, "processor", "activities", "• NHS South, Central and West Commissioning Support Unit"),
        R("Edge Health Limited", "processor", "activities", "• Edge Health Limited"),
        R("University Hospitals Sussex NHS Foundation Trust", "processor", "activities", "• University Hospitals Sussex NHS Foundation Trust"),
        R("Care Unbound Limited", "processor", "activities", "• HERE (Care Unbound Limited)"),
        R("Carnall Farrar Ltd", "processor", "activities", "• Carnall Farrar  Ltd"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-804238-Q6H7C  NHS Thames Valley ICB + Oxfordshire County Council, DSfC Comm/IV (2026)
# ---------------------------------------------------------------------------
_ref = "NIC-804238-Q6H7C"
ICB = "NHS Thames Valley Integrated Care Board"
OCC = "Oxfordshire County Council"
SCW = "South, Central and West CSU"
PAL = "Palantir Technologies UK Limited"
UOX = "University of Oxford"
AGREEMENTS[_ref] = dict(
    file="dars-nic-804238-q6h7c.json", version="0.2", applicant="NHS THAMES VALLEY INTEGRATED CARE BOARD",
    family=DSFC, split="dev",
    names=dict(DSFC_NAMES, **{
        ICB: ["NHS THAMES VALLEY INTEGRATED CARE BOARD", "NHS Thames Valley Integrated Care Board", "NHS Thames Valley ICB",
              "NHS Thames Valley"],
        OCC: ["OXFORDSHIRE COUNTY COUNCIL", "Oxfordshire County Council"],
        SCW: ["South, Central & West Commissioning Support Unit", "South Central and West Commissioning Support Unit"],
        "Graphnet Health Limited": ["Graphnet Health Ltd", "Graphnet Health Limited"],
        UOX: ["University of Oxford"],
        PAL: ["Palantir Technologies UK Ltd"],
        "Amazon Web Services": ["Amazon Web Services"],
        "Microsoft Limited": ["Microsoft Limited"],
    }),
    flows=dsfc_flows(_ref, ICB, [SCW, ICB], comm_controllers=[ICB, OCC],
                     comm_required=[SCW, "Graphnet Health Limited"], comm_optional=[UOX, PAL],
                     notes={PAL: "Palantir supports the ICB's local FDP tenant, whose data comes from the national FDP tenant (step 5)",
                            UOX: "the University is given 'controlled access to the pseudonymised data, minimised to each project' "
                                 "(annotated as an access flow from the ICB); whether it also receives the DSCRO extract is arguable"})
    + [
        F(ICB, UOX, "pseudonymised", "access", "activities",
          ("Controlled access to the pseudonymised data, minimised to each project, will allow the University", "commissioning function."),
          note="'the University' = University of Oxford (the processor list and the next paragraph); the ICB commissions it "
               "and holds the data it gives access to"),
    ],
    roles=[
        R(ICB, "controller", "controllers", "NHS THAMES VALLEY INTEGRATED CARE BOARD"),
        R(OCC, "controller", "controllers", "OXFORDSHIRE COUNTY COUNCIL"),
        R(ICB, "processor", "activities", "• NHS Thames Valley Integrated Care Board",
          note="the controller is also in the invoice-validation 'Processors:' list"),
        R(PAL, "processor", "activities",
          "Palantir Technologies UK Ltd support the Local FDP instance for the ICB and so are therefore listed as a data processor."),
        R("Amazon Web Services", "non-accessing-processor", "activities",
          "Amazon Web Services supply Cloud Services for Palantir Technologies UK Ltd so are therefore listed as a data processor, the supply support to the system but do not access data."),
        R("Microsoft Limited", "non-accessing-processor", "activities",
          "Microsoft Limited supply provide Cloud Services for South Central and West Commissioning Support Unit and Graphnet Health Limited and are therefore listed as a data processor. They supply support to the system, but do not access data."),
        R(SCW, "processor", "activities", "• South, Central & West Commissioning Support Unit"),
        R("Graphnet Health Limited", "processor", "activities", "• Graphnet Health Ltd"),
        R(UOX, "processor", "activities",
          "The University of Oxford do not carry out data controllership activities, the Universities are data processors listed under this Agreement for the purposes of Commissioning only and act under instruction by the Data Controllers."),
    ],
)


# ---------------------------------------------------------------------------
# NIC-799986-S3L4Q  Reading Borough Council, Access to Civil Registration Data (2026)
# ---------------------------------------------------------------------------
LA_CIVREG = "Local authority civil registration (births and deaths) data"
_ref = "NIC-799986-S3L4Q"
LA = "Reading Borough Council"
AGREEMENTS[_ref] = dict(
    file="dars-nic-799986-s3l4q.json", version="0.3", applicant="READING BOROUGH COUNCIL",
    family=LA_CIVREG, split="test",
    names={
        LA: ["READING BOROUGH COUNCIL"],
        "NHS England": ["NHS England"],
        "NHS commissioners (collectively)": ["NHS commissioners"],
        "Health and Wellbeing Board": ["Health and Wellbeing Board"],
        "GP practices": ["GP practices"],
        "Providers": ["healthcare providers"],
    },
    flows=[
        F("NHS England", LA, "identifiable", "access", "activities",
          "Mortality data will be made securely available to the Local Authority for the duration of this Data Sharing Agreement.",
          ["Civil Registrations of Death", "Primary Care Mortality Data"],
          note="sender not written in the sentence: NHS England, which provides the PCMD / Civil Registrations of Death data "
               "(first paragraph); 'made available' + 'Access to the data is provided to individuals within the Local Authority only' "
               "read as access; state from the datasets (Identifiable) and 'The births and deaths data both contain identifiable data'; "
               "'the Local Authority' = the applicant"),
        F("NHS England", LA, "identifiable", "transfer", "activities",
          "The births data for each defined local authority is securely distributed to the LA each quarter by NHS England together.",
          ["Civil Registration - Births"],
          note="'the LA' = the applicant; state from the dataset (Identifiable)"),
        F(LA, "NHS commissioners (collectively)", "aggregate", "transfer", "expected_output",
          "f) public health advice to NHS commissioners;", optional=True,
          note="an item of 'Typical uses of deaths/births data'; 'All outputs will be of aggregated data (with small numbers suppressed)'"),
        F(LA, "Health and Wellbeing Board", "aggregate", "transfer", "expected_output",
          "d) reports commissioned by the Health and Wellbeing Board;", optional=True,
          note="an item of 'Typical uses'; the Health and Wellbeing Board is a statutory board of the council, arguably not another organisation"),
        F("GP practices", LA, "unspecified", "transfer", "objective",
          "The suicide audit process involves collecting information from services such as police, healthcare providers and GP practices of the factors involved in the suicide and NHS number, date of death and other identifiable data will be essential for doing this.",
          optional=True, note="local information collected for the suicide audit ('such as'), not data of this agreement"),
    ],
    roles=[
        R(LA, "controller", "controllers", "READING BOROUGH COUNCIL"),
        R(LA, "access-restricted-to", "activities",
          "Access to the data is provided to individuals within the Local Authority only.",
          note="'the Local Authority' = the applicant", as_written=[]),
    ],
)


# ---------------------------------------------------------------------------
# NIC-793709-R9M3D  University of Warwick + UHCW, ReSTORe: NHS DigiTrials recruitment via NHS Notify (2026)
# ---------------------------------------------------------------------------
DIGITRIALS = "NHS DigiTrials recruitment (NHS England -> third-party mailer)"
_ref = "NIC-793709-R9M3D"
UW, UHCW = "University of Warwick", "University Hospitals Coventry and Warwickshire NHS Trust"
MAILER = f"Unnamed mailing provider ({_ref})"
AGREEMENTS[_ref] = dict(
    file="dars-nic-793709-r9m3d.json", version="0.2", applicant="UNIVERSITY OF WARWICK",
    family=DIGITRIALS, split="test",
    names={
        "NHS England": ["NHS England", "NHS DigiTrials", "NHS DigiTrials Recruitment Service"],
        UW: ["UNIVERSITY OF WARWICK", "University of Warwick"],
        UHCW: ["UNIVERSITY HOSPITALS COVENTRY AND WARWICKSHIRE NHS TRUST", "University Hospitals Coventry and Warwickshire NHS Trust",
               "University Hospitals of Coventry and Warwickshire NHS Trust", "UHCW"],
        MAILER: [],
    },
    flows=[
        F("NHS England", MAILER, "identifiable", "transfer", "activities",
          "NHS England will provide the relevant records from the Demographics dataset to the third party mailing provider via NHS Notify.",
          ["Demographics dataset", "Mailing - Cohort - Non-aggregate (Comms & Recruitment)"],
          note="'the third party mailing provider' is never named: a node of its own per agreement, as an unnamed DSCRO; "
               "state from the next sentence ('directly identifying data items including Names, Address, Postcode'); NHS Notify is NHS England's service"),
        F("NHS England", UW, "aggregate", "transfer", "activities",
          "Only aggregated data would be used for such analysis.", ["Customer - Data Quality Report - Aggregate (Recruitment)"],
          optional=True,
          note="the datasets field lists an aggregate data quality report for the customer, but no sentence says it is sent; "
               "this sentence is conditional ('in case this is required for analysis purposes by the data controller')"),
    ],
    roles=[
        R(UHCW, "controller", "controllers", "UNIVERSITY HOSPITALS COVENTRY AND WARWICKSHIRE NHS TRUST"),
        R(UW, "controller", "controllers", "UNIVERSITY OF WARWICK"),
        R(MAILER, "access-restricted-to", "activities",
          "The Data will be accessed onsite at the premises of the 3rd party mailing provider only.",
          note="the unnamed mailing provider; 'University of Warwick and UHCW will not be given access to any individual's data "
               "unless they are contacted directly by the individual' is a negation/condition, not a role"),
    ],
)


# ---------------------------------------------------------------------------
# NIC-788684-Y5P8C  National Centre for Stereotactic Radiosurgery / Sheffield Teaching Hospitals NHS FT (2025)
# ---------------------------------------------------------------------------
COHORT = "Research cohort linkage (controller -> NHS England cohort, NHS England -> controller linked records)"
_ref = "NIC-788684-Y5P8C"
STH = "Sheffield Teaching Hospitals NHS Foundation Trust"
AGREEMENTS[_ref] = dict(
    file="dars-nic-788684-y5p8c.json", version="0.3", applicant="NATIONAL CENTRE FOR STEREOTACTIC RADIOSURGERY",
    family=COHORT, split="test",
    names={
        STH: ["SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST", "Sheffield Teaching Hospital NHS Foundation Trust",
              "Sheffield Teaching Hospitals"],
        "NHS England": ["NHS England"],
        "NeuroCare Charity": ["NeuroCare Charity"],
    },
    flows=[
        F(STH, "NHS England", "identifiable", "transfer", "activities",
          "Sheffield Teaching Hospital NHS Foundation Trust will transfer data to NHS England.",
          note="the cohort: 'identifying details (specifically NHS Number, Date of Birth, Gender and a unique person ID)' (next sentence)"),
        F("NHS England", STH, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the Civil Registrations of Death and Cancer registration Datasets.",
          ["Civil Registrations of Death", "Cancer registration Datasets"],
          note="recipient not in the sentence: the controller, where 'The Data will be stored on servers at Sheffield Teaching Hospital NHS "
               "Foundation Trust only'; 'no direct identifying data items but ... a unique person ID' = pseudonymised "
               "(the datasets field says Identifiable)"),
        F(STH, "NeuroCare Charity", "aggregate", "transfer", "expected_output",
          "A report of findings to NeuroCare Charity and Neurosciences Executive Group at Sheffield Teaching Hospitals following data analysis and write-up",
          note="sender not written: the controller that analyses the data; 'only aggregated information with small numbers suppressed'; "
               "the Neurosciences Executive Group is part of the controller itself (no flow)"),
    ],
    roles=[
        R(STH, "controller", "controllers", "SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST"),
        R(STH, "access-restricted-to", "activities",
          "Access is restricted to employees of University of Sheffield Teaching Hospital NHS Foundation Trust who have authorisation from the Principal Investigator.",
          as_written=["University of Sheffield Teaching Hospital NHS Foundation Trust", "Sheffield Teaching Hospital NHS Foundation Trust",
                      "SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST"],
          note="'University of Sheffield Teaching Hospital NHS Foundation Trust' read as the Trust (a slip of the text; the "
               "University of Sheffield is not otherwise named)"),
    ],
)
