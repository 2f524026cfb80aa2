"""Hand annotations of the third set of current Data Uses Register agreements (helper `dure`).

Written while reading the newest version (its last state) of each agreement in
``tests/data/dur3/agreements`` by its text only: nhskg's extractor was not run
on these agreements, and no output of it was looked at, before this file and
``dur-e.json`` were committed. ``build_dur_e.py`` checks every evidence
sentence against the field it names and writes ``dur-e.json``. Rules:
README.md, README-other.md (national-body and commercial-information
decisions), README-dur-c.md (DHSC's portal access, MedeAnalytics); decisions
taken here: README-dur-e.md.

The record helpers ``F`` (flow) and ``R`` (role) are dur-d's, imported from
``annotations_dur_d.py``, not copied.
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

ABOUT = ("Hand-annotated flows and roles of eight more current Data Uses Register agreements (newest version of each, "
         "last state, from tests/data/dur3/agreements: UKHSA, NHS England's portal access and Diagnostic Imaging Data, "
         "NHS National Services Scotland (national bodies); CHKS, Dr Foster, Lightfoot Solutions and Health IQ "
         "(commercial information/benchmarking)), helper dure; see README-dur-e.md for families, split and rules.")

NATIONAL = "national-body"
COMMERCIAL = "commercial-information"

NHSE = "NHS England"
ND = "NHS Digital"
PROV = "Providers"
GPS = "GP practices"
MS = "Microsoft Limited"
AWS = "Amazon Web Services"

AGREEMENTS = {}

# ---------------------------------------------------------------------------
# NIC-343380-H5Q9K  UK Health Security Agency, single data sharing agreement (v22.4, 2026)
# ---------------------------------------------------------------------------
UKHSA = "UK Health Security Agency"
DHSC = "Department of Health and Social Care"
HSA_DS = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Emergency Care Data Set (ECDS)",
          "Community Services Data Set (CSDS)", "Maternity Services Data Set (MSDS) v2",
          "Medicines dispensed in Primary Care (NHSBSA data)", "NDRS Cancer Consolidated Data Set",
          "Civil Registrations of Death"]
GUIDANCE = ("Guidance is generated for NHS clinicians and commissioners, government advisory groups such as the New and "
            "Emerging Respiratory Virus Threats Advisory Group (NERVTAG), scientific advisory committees such as the Joint "
            "Committee on Vaccination and Immunisation; and other bodies such as the National Institute for Health and "
            "Care Excellence (NICE) and the Care Quality Commission (CQC).")
GUIDANCE_NOTE = ("guidance generated for bodies named as examples ('such as'): an advice-like output (README-other: advice "
                 "is optional in every family), aggregate ('These outputs only contain aggregated information')")
LINKED = ("The data will be linked to personal data that UKHSA collects either from patients and other members of the "
          "public, from the providers of health and care services, or from other organisations that support the health "
          "and care system in the UK, such as ONS.")
STORED = ("The Data will be stored by UKHSA in on-premises servers or under contract in Microsoft Azure or Amazon Web "
          "Services-provided cloud storage.")
AGREEMENTS["NIC-343380-H5Q9K"] = dict(
    file="dars-nic-343380-h5q9k.json", version="22.4", applicant="UK HEALTH SECURITY AGENCY",
    family=NATIONAL, split="dev",
    names={UKHSA: ["UK HEALTH SECURITY AGENCY", "UK Health Security Agency (UKHSA)", "UKHSA"],
           NHSE: ["NHS England"],
           DHSC: ["DEPARTMENT OF HEALTH AND SOCIAL CARE", "Department of Health and Social Care (DHSC)", "DHSC"],
           PROV: ["the providers of health and care services"],
           "Office for National Statistics": ["ONS"],
           "New and Emerging Respiratory Virus Threats Advisory Group":
               ["New and Emerging Respiratory Virus Threats Advisory Group (NERVTAG)", "NERVTAG"],
           "Joint Committee on Vaccination and Immunisation": ["Joint Committee on Vaccination and Immunisation"],
           "National Institute for Health and Care Excellence":
               ["National Institute for Health and Care Excellence (NICE)", "NICE"],
           "Care Quality Commission": ["Care Quality Commission (CQC)", "CQC"],
           "NHS commissioners (collectively)": ["commissioners"],
           "Scientific Pandemic Infections group on Modelling": ["Scientific Pandemic Infections group on Modelling"],
           MS: ["Microsoft Azure", "Microsoft"], AWS: ["Amazon Web Services", "AWS"]},
    flows=[
        F(NHSE, UKHSA, "identifiable", "transfer", "activities",
          "NHS England will provide to UKHSA the relevant records from the data sets listed in this DSA.", HSA_DS,
          note="'This Data will contain a range of directly identifying data items, including NHS Number, Date of Birth, "
               "Postcode' (next paragraph) = identifiable; datasets: some of the structured list"),
        F(NHSE, UKHSA, "identifiable", "transfer", "activities",
          ("In addition to the data sets listed in Section 3, the following data is also disseminated to UKHSA under this DSA;",
           "to latest available."), ["NHS 111 Pathways Data"],
          note="the same edge; state as the block's 'directly identifying data items'"),
        F(PROV, UKHSA, "unspecified", "transfer", "activities", LINKED, optional=True,
          note="UKHSA's own collections, not this agreement's data (README-other: data got under other approvals)"),
        F("Office for National Statistics", UKHSA, "unspecified", "transfer", "activities", LINKED, optional=True,
          note="'such as ONS': UKHSA's own collections, not this agreement's data"),
        F(UKHSA, MS, "identifiable", "transfer", "activities", STORED, optional=True,
          note="cloud storage 'under contract': hosting (README-other: optional); Microsoft is not called a processor"),
        F(UKHSA, AWS, "identifiable", "transfer", "activities", STORED, optional=True,
          note="cloud storage 'under contract': hosting, optional; AWS is not called a processor"),
        *[F(UKHSA, target, "aggregate", "transfer", "expected_output", GUIDANCE, optional=True, note=GUIDANCE_NOTE)
          for target in ("New and Emerging Respiratory Virus Threats Advisory Group",
                         "Joint Committee on Vaccination and Immunisation",
                         "National Institute for Health and Care Excellence", "Care Quality Commission",
                         "NHS commissioners (collectively)")],
        F(UKHSA, "Scientific Pandemic Infections group on Modelling", "aggregate", "transfer", "yielded_benefits",
          ("This intelligence has been used by UKHSA and expert groups such as the Scientific Pandemic Infections group on Modelling",
           "to reduce the spread of infection."), optional=True,
          note="a past use by an expert group named as an example ('such as'); the supply is implied"),
    ],
    roles=[
        R(DHSC, "controller", "controllers", "DEPARTMENT OF HEALTH AND SOCIAL CARE",
          note="the structured controller is DHSC, not the applicant (UKHSA is 'an executive agency of the Department of "
               "Health and Social Care')"),
        R(UKHSA, "access-restricted-to", "objective",
          "Only authorised UKHSA personnel including scientists, analysts, epidemiologists and other staff with a defined "
          "health protection function are eligible to request access."),
    ],
)

# ---------------------------------------------------------------------------
# NIC-18798-V2J6C  NHS England (Quarry House), HES via the NHS Digital Portal (v10.2, last state)
# ---------------------------------------------------------------------------
NHSE_W = ["NHS ENGLAND (QUARRY HOUSE)", "NHS England"]
HES = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
       "Hospital Episode Statistics Accident and Emergency (HES A and E)",
       "Hospital Episode Statistics Critical Care (HES Critical Care)", "Emergency Care Data Set (ECDS)"]
ADVISING = ("The data are used for internal purposes such as briefing and specialised commissioning, for advising NHS "
            "organisations such as Trusts and ICBs or for wider publication such as in the examples provided in the "
            "benefits section.")
AGREEMENTS["NIC-18798-V2J6C"] = dict(
    file="dars-nic-18798-v2j6c.json", version="10.2", applicant="NHS ENGLAND (QUARRY HOUSE)",
    family=NATIONAL, split="dev",
    names={NHSE: NHSE_W, ND: ["NHS Digital"], "Atos": ["Atos"], GPS: ["GP Practices"],
           PROV: ["Trusts"], "ICBs (collectively)": ["ICBs"],
           "Urgent and Emergency Care Networks (collectively)": ["Urgent and Emergency Care Networks"]},
    flows=[
        F(ND, NHSE, "pseudonymised", "access", "activities",
          "This application is to access the record level HES database via the NHS Digital Portal system.", HES,
          note="'The system is hosted and audited by NHS Digital' (next sentence): holder NHS Digital (README-other: HDIS); "
               "state as the Objective gives it: 'The data required is pseudonymised by NHS Digital to minimise the risk "
               "of identification' (DHSC's twin text says 'non-identifiable' instead)"),
        F(ND, NHSE, "pseudonymised", "transfer", "objective",
          "In order to fulfil these responsibilities, the NHS Digital Portal access allows NHS England to download data from NHS Digital Portal.",
          HES, note="the same edge: row-level downloads 'stored and processed securely on NHS England servers'"),
        F(NHSE, GPS, "aggregate", "transfer", "expected_output",
          "• Producing hospital related indicators for the Primary Care Dashboard for GP Practices;",
          note="an example of the outputs expected: indicators for a dashboard whose users are GP practices (issue 10: "
               "dashboards to collective recipients)"),
        F(NHSE, "ICBs (collectively)", "aggregate", "transfer", "expected_output",
          "• Contributing to the Right Care Commissioning for Value packs to help ICBs do efficient and effective commissioning;",
          optional=True, note="a contribution to packs for ICBs: the supply is NHS England's, the packs' recipients implied"),
        F(NHSE, "ICBs (collectively)", "aggregate", "transfer", "expected_output", ADVISING, optional=True,
          note="'advising NHS organisations such as Trusts and ICBs': advice (README-other: optional)"),
        F(NHSE, PROV, "aggregate", "transfer", "expected_output", ADVISING, optional=True,
          note="'advising NHS organisations such as Trusts and ICBs': advice, optional"),
        F(NHSE, "Urgent and Emergency Care Networks (collectively)", "aggregate", "transfer", "expected_output",
          "• Developing system wide indicators for Urgent and Emergency Care Networks.", optional=True,
          note="indicators 'for' the networks: their delivery implied"),
    ],
    roles=[
        R(NHSE, "controller", "controllers", "NHS ENGLAND (QUARRY HOUSE)"),
        R("Atos", "non-accessing-processor", "activities",
          "Atos supply IT infrastructure and are therefore listed as a data processor. They supply support to the system, but do not access data.",
          note="'Therefore, any access to the data held under this agreement would be considered a breach' is part of "
               "the same role (README.md rule 12)"),
        R(NHSE, "access-restricted-to", "activities",
          "Under this agreement all NHS Digital Portal users with access to the NHS Digital Portal system must be substantive employees of NHS England."),
    ],
)

# ---------------------------------------------------------------------------
# NIC-391119-T4J3R  NHS National Services Scotland, NSS Discovery benchmarking (v3.4, last state)
# ---------------------------------------------------------------------------
NSS = "NHS National Services Scotland"
BOARDS = "NHS Scotland health boards (collectively)"
SCOTGOV = "Scottish Government"
NSS_HES = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
           "Hospital Episode Statistics Accident and Emergency (HES A and E)"]
LOGIN = ("NSS Discovery is an NHS Scotland Management System built using Tableau software. It can only be accessed by "
         "approved users within NHS Scotland health boards and the Scottish Government via a secure log in.")
PEERS = ("These include, for example, the two largest boards (NHS Greater Glasgow and Clyde and NHS Lothian) and a large "
         "national elective centre (the Golden Jubilee hospital).")
AGREEMENTS["NIC-391119-T4J3R"] = dict(
    file="dars-nic-391119-t4j3r.json", version="3.4", applicant="NHS NATIONAL SERVICES SCOTLAND",
    family=NATIONAL, split="dev",
    names={NSS: ["NHS NATIONAL SERVICES SCOTLAND", "National Services Scotland", "NSS", "NNS", "NSS-ISD",
                 "the NSS Information Services Division"],
           ND: ["NHS Digital"],
           BOARDS: ["NHS Scotland health boards", "NHS Boards", "Scottish NHS Territorial health boards",
                    "NHS Scotland Boards", "Scottish NHS Boards"],
           SCOTGOV: ["the Scottish Government", "Scottish Government"],
           "NHS Wales Informatics Service": ["NWIS"],
           "NHS Greater Glasgow and Clyde": ["NHS Greater Glasgow and Clyde"], "NHS Lothian": ["NHS Lothian"],
           "Golden Jubilee National Hospital": ["the Golden Jubilee hospital"]},
    flows=[
        F(ND, NSS, "pseudonymised", "transfer", "activities",
          "The pseudonymised HES data is provided in a flat-file format.", NSS_HES,
          note="sender implicit: the agreement's data from NHS Digital (README-other: implicit sources); 'The files are "
               "uploaded onto the secure server at NNS'"),
        F(BOARDS, NSS, "unspecified", "transfer", "activities",
          "The Discovery tool includes data from various sources including Scottish NHS Boards and Health & Social Care, and also inpatient, outpatient, A&E and maternity data from England and Wales.",
          optional=True, note="the tool's other sources, not this agreement's data"),
        F("NHS Wales Informatics Service", NSS, "unspecified", "transfer", "objective",
          "Similar arrangements are in place with NWIS in Wales to provide rural comparisons for the three small island Boards that have no natural peers in Scotland.",
          optional=True, note="the Welsh data: another arrangement, not this agreement's data"),
        F(NSS, BOARDS, "aggregate", "access", "activities", LOGIN,
          note="the Discovery tool held by NSS; 'The data is shown at aggregate level' (Expected Outputs)"),
        F(NSS, SCOTGOV, "aggregate", "access", "activities", LOGIN,
          note="the Discovery tool held by NSS; 'The data is shown at aggregate level' (Expected Outputs)"),
        F(NSS, BOARDS, "aggregate", "transfer", "expected_output",
          "The Wrap Around Service that supports NSS Discovery provides NHS Boards, when requested, with additional more detailed ad hoc analysis for specific comparators, still at an aggregate level.",
          note="the same edge: ad hoc analyses, aggregate"),
        *[F(NSS, board, "aggregate", "access", "objective", PEERS, optional=True,
            note="named as examples of the boards that need English peers; their use of the tool is implied")
          for board in ("NHS Greater Glasgow and Clyde", "NHS Lothian", "Golden Jubilee National Hospital")],
    ],
    roles=[
        R(NSS, "controller", "controllers", "NHS NATIONAL SERVICES SCOTLAND"),
        R(NSS, "access-restricted-to", "activities",
          "Only substantive employees of National Services Scotland can access the record-level data.",
          note="ATOS, which houses the storage ('responsible for the building, location and server room security'), is "
               "not called a processor: no role"),
    ],
)

# ---------------------------------------------------------------------------
# NIC-10891-M2Y6Z  CHKS Limited, HES and SHMI for benchmarking (v15.2, 2026)
# ---------------------------------------------------------------------------
CHKS = "CHKS Limited"
CHKS_W = ["CHKS LIMITED", "CHKS Limited", "CHKS"]
BARTS = "Barts Health NHS Trust"
BADS = "British Association of Day Surgery"
CHKS_DS = ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
           "Hospital Episode Statistics Accident and Emergency (HES A and E)",
           "Hospital Episode Statistics Critical Care (HES Critical Care)", "Emergency Care Data Set (ECDS)",
           "Summary Hospital-level Mortality Indicator (SHMI)"]
CHANNELS = ("All analysis reports will be put into the public domain as outlined further within this section via CHKS "
            "direct channels - email, web site and social media – as well as other third party channels (AdvT, NHS "
            "England, NHS Providers, Healthcare Financial Management Association (HFMA)and NHS Improvement) to maximise "
            "the reach of the learning and raise awareness of any issues identified.")
AGREEMENTS["NIC-10891-M2Y6Z"] = dict(
    file="dars-nic-10891-m2y6z.json", version="15.2", applicant="CHKS LIMITED",
    family=COMMERCIAL, split="dev",
    names={CHKS: CHKS_W, NHSE: ["NHS England"],
           PROV: ["NHS providers", "NHS Trusts", "Providers delivering NHS care", "providers delivering NHS care",
                  "healthcare providers delivering NHS care"],
           "NHS commissioners (collectively)": ["NHS commissioners"],
           "Commercial organisations (collectively)": ["Commercial organisations", "Commercial organisations working in the UK"],
           BADS: ["British Association of Day Surgery (BADS)", "BADS"],
           BARTS: ["Barts Health NHS Trust", "Bart’s Health", "Barts Health", "Barts"],
           "Barnsley Hospital NHS Foundation Trust": ["Barnsley Hospital NHS Trust"],
           "Milton Keynes University Hospital NHS Foundation Trust": ["Milton Keynes Trust"],
           "Mid Cheshire Hospitals NHS Foundation Trust": ["Mid Cheshire Hospitals NHS Foundation Trust"],
           "Southern Health and Social Care Trust": ["the Southern Trust"],
           "AdvT": ["AdvT", "AdvT Group"], "Healthcare Financial Management Association":
               ["Healthcare Financial Management Association (HFMA)", "HFMA"],
           "NHS Improvement": ["NHS Improvement"]},
    flows=[
        F(NHSE, CHKS, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the HES, ECDS and SHMI datasets to CHKS Limited.", CHKS_DS,
          note="'The Data will be pseudonymised and individuals cannot be reidentified' (same block)"),
        F(CHKS, PROV, "pseudonymised", "access", "expected_output",
          "Within the bench-marking service (service 1) NHS providers can access pseudonymised and non-sensitive record-level data for their own activity to allow providers to review benchmarks at a granular level, however all peer comparisons are at aggregated and summarised level.",
          note="CHKS live, the portal CHKS holds; record level for their own activity"),
        F(CHKS, PROV, "aggregate", "access", "expected_output",
          "The Data Analysis Toolkit (service 3) only allows NHS providers and NHS commissioners to see HES data and ECDS aggregated in peer based reports.",
          note="the same edge: peer-based reports, aggregate"),
        F(CHKS, PROV, "aggregate", "transfer", "expected_output",
          "B. Consultant appraisal reporting - electronic or hard copy reports provided to NHS Trusts providing analysis of consultant performance for appraisal.",
          note="the same edge: reports to NHS Trusts ('summarised and non-identifiable')"),
        F(CHKS, "NHS commissioners (collectively)", "aggregate", "access", "expected_output",
          "NHS commissioners can only view aggregated and summarised indicator level benchmarks and cannot drill down to record-level data.",
          note="access to CHKS live, aggregate"),
        F(CHKS, "Commercial organisations (collectively)", "aggregate", "access", "objective",
          "b)  Commercial organisations working in the UK so they have access to the CHKS Benchmarking system to undertake work at a named NHS organisations giving advice and services to improve NHS services.",
          note="a class the text says has access (benchmarking only; peer comparisons are aggregated)"),
        F(CHKS, BADS, "aggregate", "transfer", "objective",
          "8. Providing a yearly set of aggregated indicators for the British Association of Day Surgery (BADS) Directory of Procedures for NHS providers",
          note="also Yielded Benefits: 'CHKS will support BADS with procedure identification within the data and provide "
               "length of stay data to support target setting'"),
        F(CHKS, "Barnsley Hospital NHS Foundation Trust", "aggregate", "transfer", "yielded_benefits",
          "1. On a monthly basis, CHKS provide Barnsley Hospital NHS Trust with HES and SHMI data regarding mortality rates and data to benchmark from peers.",
          note="a past output stated as delivered (README-other round 5: required); benchmarking data = aggregate"),
        F(CHKS, BARTS, "aggregate", "transfer", "yielded_benefits",
          "On a monthly basis CHKS providers a report focused on RAMI (risk-adjusted mortality indicator) to the Head of Clinical Effectiveness Unit of Bart’s Health.",
          note="a past output stated as delivered; also 'Reports and charts provided by CHKS for the Mortality Review Group'"),
        F(CHKS, BARTS, "aggregate", "access", "expected_benefits",
          "Barts Health NHS Trust, who have used CHKS bench-marking tools and achieved improvements to patient safety.",
          note="the same edge: a case study of a client's use of the tools"),
        F(CHKS, "Mid Cheshire Hospitals NHS Foundation Trust", "aggregate", "access", "expected_benefits",
          "Mid Cheshire Hospitals NHS Foundation Trust, who have used CHKS bench-marking tools and risk adjusted mortality models to identify areas where mortality indices were high and then take steps to improve the quality of care and reduce mortality.",
          note="a case study of a client's use of the tools: past, stated as delivered"),
        F(CHKS, "Milton Keynes University Hospital NHS Foundation Trust", "aggregate", "transfer", "yielded_benefits",
          "4. CHKS provide benchmarking services to Milton Keynes Trust including monthly mortality reporting.",
          note="'Milton Keynes Trust' read as the Milton Keynes hospital trust; monthly mortality reports"),
        F(CHKS, "Southern Health and Social Care Trust", "aggregate", "transfer", "yielded_benefits",
          "The benchmarking dashboards will inform discussions on a new medical model for the Southern Trust.",
          note="'The work that we have been requested to do': dashboards stated as planned for the Trust; 'the "
               "Southern Trust' with a Northern Ireland peer read as the Southern Health and Social Care Trust"),
        *[F(CHKS, target, "aggregate", "transfer", "expected_output", CHANNELS, optional=True,
            note="dissemination channels for reports put into the public domain (README-other: publications and "
                 "channels); 'NHS Providers' (the members' body) is left out, its name being the collective node's")
          for target in ("AdvT", NHSE, "Healthcare Financial Management Association", "NHS Improvement")],
    ],
    roles=[
        R(CHKS, "controller", "controllers", "CHKS LIMITED"),
        R(CHKS, "controller", "objective",
          "CHKS Limited is the controller as the organisation responsible for ensuring that the Data will only be processed for the purpose described above."),
        R(CHKS, "access-restricted-to", "activities", "Access is restricted to substantive employees of CHKS.",
          note="the Ark Group ('do not have access to any of the outputs or data; they provide physical storage "
               "locations') is not called a processor: no role"),
    ],
)

# ---------------------------------------------------------------------------
# NIC-368020-R5L2K  Dr Foster Limited, SHMI data (v13.2, 2026)
# ---------------------------------------------------------------------------
DRF = "Dr Foster Limited"
DRF_W = ["DR FOSTER LIMITED", "Dr Foster", "Telstra Health UK"]
CLOUDS = "Dr Foster store data on the Clouds provided by Microsoft Ltd and AWS."
AGREEMENTS["NIC-368020-R5L2K"] = dict(
    file="dars-nic-368020-r5l2k.json", version="13.2", applicant="DR FOSTER LIMITED",
    family=COMMERCIAL, split="dev",
    names={DRF: DRF_W, NHSE: ["NHS England"], PROV: ["NHS Trusts", "NHS Acute Trusts"],
           MS: ["Microsoft Ltd"], AWS: ["Amazon Web Services (AWS)", "AWS"],
           "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust":
               ["The Queen Elizabeth Hospital Kings Lynn NHS Foundation Trust"],
           "University Hospitals Sussex NHS Foundation Trust": ["Western Sussex Hospitals NHS Foundation Trust"],
           "North West Anglia NHS Foundation Trust": ["North West Anglia NHS Foundation Trust"]},
    flows=[
        F(NHSE, DRF, "pseudonymised", "transfer", "activities",
          "NHS England data will provide the relevant records from the SHMI dataset to Dr Foster.",
          ["Summary Hospital-level Mortality Indicator (SHMI)"],
          note="'The data will be pseudonymised and individuals cannot be reidentified' (same block)"),
        F(DRF, MS, "pseudonymised", "transfer", "activities", CLOUDS, optional=True,
          note="cloud hosting ('will store the data as contracted by Dr Foster'): README-other, optional; no processor role"),
        F(DRF, AWS, "pseudonymised", "transfer", "activities", CLOUDS, optional=True,
          note="cloud hosting: optional; no processor role"),
        F(DRF, PROV, "pseudonymised", "access", "activities",
          "NHS Trusts have record level access to the pseudonymised data relating to their organisation through their procurement of Dr Foster products and services.",
          note="the Dr Foster portal ('Dr Foster clients are authenticated through a cloud-based portal'); also 'They "
               "also have access to small number suppressed, aggregated analysis relating to peer organisations'"),
        F(DRF, PROV, "aggregate", "access", "expected_output",
          "This is available to NHS Acute Trusts who have record level access to the pseudonymised data relating to their organisation, and aggregated analysis relating to peer organisations.",
          note="the same edge (the Dashboard tool): the peer analysis is aggregate"),
        F(DRF, "The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", "aggregate", "access", "yielded_benefits",
          "The Head of Business Support, Information and Clinical Coding at The Queen Elizabeth Hospital Kings Lynn NHS Foundation Trust outlined the benefits of using Dr Foster’s service to investigate SHMI (August 2019):",
          note="a client's past use of the service ('Accessing both measures through a familiar portal'): delivered, required"),
        F(DRF, "North West Anglia NHS Foundation Trust", "aggregate", "transfer", "yielded_benefits",
          "“Telstra Health UK recently worked with us on a significant piece of work around the SHMI.",
          note="the Trust's own words: a past analysis delivered to it ('Telstra Health UK’s analysis helped the trust "
               "dissect the SHMI'); Telstra Health UK is Dr Foster's former name"),
        F(DRF, "University Hospitals Sussex NHS Foundation Trust", "aggregate", "access", "yielded_benefits",
          "The Trust uses Dr Foster’s HSMR risk-adjusted mortality tool to monitor this\".",
          optional=True, note="the HSMR tool (Dr Foster's own measure from other data), not clearly this agreement's SHMI; "
                              "canonical name: Western Sussex Hospitals' successor trust, a guess (as written kept)"),
    ],
    roles=[
        R(DRF, "controller", "controllers", "DR FOSTER LIMITED"),
        R(DRF, "controller", "objective",
          "Dr Foster is the controller as the organisation responsible for ensuring that the data will only be processed for the purpose described above."),
        R(DRF, "access-restricted-to", "activities",
          "Access is restricted to employees of Dr Foster who have authorisation from Dr Foster management."),
    ],
)

# ---------------------------------------------------------------------------
# NIC-359692-Q4X1C  Lightfoot Solutions UK Ltd, HES through the sfn BI platform (v10.5)
# ---------------------------------------------------------------------------
LF = "Lightfoot Solutions UK Ltd"
LF_W = ["LIGHTFOOT SOLUTIONS UK LTD", "Lightfoot Solutions UK Ltd (Lightfoot)", "Lightfoot Solutions", "Lightfoot",
        "Ligtfoot"]
ICSS = "ICSs (collectively)"
E_ITEM = ("E. Providing access to summary and statistical analysis of patient data to NHS England and ICSs to support "
          "healthcare planning and service redesign, using the Statistical Process Control (SPC) view to:")
FRIMLEY = ("The project has highlighted specific populations where demand growth was high and proactive intervention could "
           "potentially avoid hospitalisation, examples were highlighted in both:")
CUSTOMERS = ("NHS Providers, Commissioners, Integrated Care Systems (ICSs) (down to Place and PCN level), NHS England, NHS "
             "Professional Associations and Academic Health Science Networks.")
AGREEMENTS["NIC-359692-Q4X1C"] = dict(
    file="dars-nic-359692-q4x1c.json", version="10.5", applicant="LIGHTFOOT SOLUTIONS UK LTD",
    family=COMMERCIAL, split="dev",
    names={LF: LF_W, NHSE: ["NHS England", "NHS E", "NHS England and NHS Improvement"],
           ICSS: ["Integrated Care Systems (ICSs)", "ICSs", "ICSs in South East", "the 6 ICSs in the South East"],
           PROV: ["Trusts", "NHS Providers", "Providers"], "NHS commissioners (collectively)": ["Commissioners"],
           "AHSNs (collectively)": ["Academic Health Science Networks"],
           "Cardiff and Vale University Health Board": ["Cardiff and Vale health board"],
           "Frimley ICS": ["Frimley ICS"], "Sussex Health and Care Partnership": ["Sussex Health and Care Partnership"],
           GPS: ["a GP Practice in Kent"]},
    flows=[
        F(NHSE, LF, "pseudonymised", "transfer", "activities",
          "i.\tPseudonymised HES Data will be downloaded via Secure Electronic File Transfer (SEFT) to Lightfoot’s secure data centre facility.",
          ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
           "Emergency Care Data Set (ECDS)"],
          note="sender implicit: the agreement's data, from NHS England ('Data provided by NHS England under this agreement')"),
        F(LF, NHSE, "aggregate", "access", "objective", E_ITEM,
          note="access to the sfn platform Lightfoot hosts; 'summary and statistical analysis' = aggregate"),
        F(LF, ICSS, "aggregate", "access", "objective", E_ITEM,
          note="'ICSs' of the agreement (the 6 ICSs in the South East are named as its clients)"),
        F(LF, NHSE, "aggregate", "access", "yielded_benefits",
          ("4     NHS England and ICSs in South East have experienced the following benefits listed below from the sfn analytics platform",
           "earlier phases of the work."),
          note="the same edges, past use stated as delivered"),
        F(LF, ICSS, "aggregate", "access", "yielded_benefits",
          ("4     NHS England and ICSs in South East have experienced the following benefits listed below from the sfn analytics platform",
           "earlier phases of the work."),
          note="the same edge, past use"),
        F(LF, PROV, "aggregate", "access", "objective",
          "h) Enabling ICSs and Trusts to evaluate the effect of the COVID-19 pandemic on the demand for both Urgent and Emergency and Planned care and to compare this with the pre-pandemic trend levels of activity",
          note="an item of 'E. Providing access to summary and statistical analysis': Trusts use the platform, aggregate"),
        F(LF, "Cardiff and Vale University Health Board", "aggregate", "transfer", "expected_benefits",
          "Clients have used this capability to support strategic planning in several contexts, for example Cardiff and Vale health board Commissioning Lightfoot to build a long term population based demand model to inform planning assumptions for a potential future hospital build 10 years from now.",
          note="a commissioned model stated as delivered ('Clients have used this capability')"),
        *[F(LF, target, "aggregate", "access", "expected_output", FRIMLEY, optional=True,
            note="places where the analysis highlighted populations ('examples were highlighted in'): their use implied")
          for target in ("Frimley ICS", "Sussex Health and Care Partnership")],
        F(LF, GPS, "aggregate", "access", "expected_output",
          "How good data enabled a GP Practice in Kent to develop, measure and accelerate the delivery of improvement using sfn Lightfoot.",
          optional=True, note="one unnamed practice's use"),
        *[F(LF, target, "aggregate", "access", "objective", CUSTOMERS, optional=True,
            note="the organisations the platform 'is used by or for': a customer base (README-other: optional)")
          for target in ("NHS commissioners (collectively)", "AHSNs (collectively)")],
    ],
    roles=[
        R(LF, "controller", "controllers", "LIGHTFOOT SOLUTIONS UK LTD"),
        R(LF, "controller", "objective",
          "Lightfoot Solutions are the Data Controller who also processes the data."),
        R(LF, "processor", "objective",
          "Lightfoot Solutions are the Data Controller who also processes the data.",
          note="'who also processes the data', as dur-c reads MedeAnalytics"),
        R(LF, "access-restricted-to", "activities",
          "No organisation other than Lightfoot are able to access record level data, all third party access which is restricted to the customer group set out in this agreement are aggregated with small numbers suppressed in line with the HES analysis guide.",
          note="Cloud CoCo ('hosts Lightfoot’s secure rack ... has no access to the data whatsoever') is not called a "
               "processor: no role"),
    ],
)

# --- the fourth of each pool, drawn and annotated after the first six were committed and evaluated (README-dur-e.md) ---

# ---------------------------------------------------------------------------
# NIC-15336-S8W9K  NHS England (Quarry House), Diagnostic Imaging Data (v3.9, last state)
# ---------------------------------------------------------------------------
DID = ["Diagnostic Imaging Data Set (DID)"]
PHE_DOSE = ("•\tTo allow Public Health England to calculate more accurate estimates of the distribution of individual "
            "radiation dose estimates from medical exposures")
USED_BY = ("- The published Diagnostic Imaging Data statistics have also been used by third parties such as CQC (to help "
           "with Ionising Radiation (Medical Exposure) Regulations compliance),  PHE (Population radiation exposure) and "
           "NHS Improvement, giving essential information to support their work.")
AGREEMENTS["NIC-15336-S8W9K"] = dict(
    file="dars-nic-15336-s8w9k.json", version="3.9", applicant="NHS ENGLAND (QUARRY HOUSE)",
    family=NATIONAL, split="dev",
    names={NHSE: NHSE_W, ND: ["NHS Digital"], "Public Health England": ["Public Health England", "PHE"],
           "Care Quality Commission": ["CQC", "Care Quality Commission"], "NHS Improvement": ["NHS Improvement"],
           "Cancer Research UK": ["CRUK"], "Parliament": ["Parliamentary Questions (PQs)"]},
    flows=[
        F(ND, NHSE, "pseudonymised", "transfer", "activities",
          "Diagnostic Imaging Data will be provided to NHS England on a monthly basis.", DID,
          note="sender implicit: the data set 'transferred to NHS Digital in 2016' (Objective); state from the block's "
               "first sentence, 'NHS England currently hold pseudonymised Diagnostic Imaging Data'"),
        F(ND, NHSE, "pseudonymised", "transfer", "activities",
          "The Diagnostic Imaging Data received within this agreement will be added to the Diagnostic Imaging Data already held by NHS England which is used to create monthly and annual Official Statistics publications.",
          DID, note="the same edge ('received within this agreement')"),
        F(NHSE, "Public Health England", "aggregate", "transfer", "objective", PHE_DOSE, optional=True,
          note="a purpose: what PHE gets from NHS England is implied, not stated"),
        F(NHSE, "Public Health England", "aggregate", "transfer", "yielded_benefits", USED_BY, optional=True,
          note="published statistics used by third parties: a publication, not a supply (README-other)"),
        *[F(NHSE, target, "aggregate", "transfer", "yielded_benefits", USED_BY, optional=True,
            note="published statistics used by third parties named 'such as': a publication, not a supply")
          for target in ("Care Quality Commission", "NHS Improvement")],
        F(NHSE, "Cancer Research UK", "aggregate", "transfer", "expected_output",
          "•\tEvaluation with CRUK of ‘Be Clear on Cancer’ initiatives such as for ‘Blood in pee’ and Lung cancer, by demonstrating increased diagnostic activity in periods and areas of the publicity campaigns",
          optional=True, note="a past joint evaluation ('with'): README-other round 5, optional"),
        F(NHSE, ND, "aggregate", "transfer", "objective",
          "In addition, NHS England will use the data for jointly assessing and addressing data quality problems with NHS Digital.",
          optional=True, note="joint data-quality work: what passes back is not stated"),
        F(NHSE, "Parliament", "aggregate", "transfer", "objective",
          "The primary purpose of the flow is for production of Official Statistics, answering Parliamentary Questions (PQs) and media queries, which are the current responsibility of NHS England as subject matter experts.",
          optional=True, note="answers to Parliamentary Questions, stated as a purpose"),
    ],
    roles=[
        R(NHSE, "controller", "controllers", "NHS ENGLAND (QUARRY HOUSE)"),
        R(NHSE, "access-restricted-to", "activities",
          "All individuals with access to the record level data are employees of NHS England and no third party will have access to the record level Diagnostic Imaging Data."),
    ],
)

# ---------------------------------------------------------------------------
# NIC-15293-R6V2H  Health IQ Ltd, benchmarking and reporting (Vantage platform; v18.2, last state)
# ---------------------------------------------------------------------------
HIQ = "Health IQ Ltd"
HIQ_W = ["HEALTH IQ LTD", "Health IQ Ltd", "Health IQ", "HealthIQ"]
PPD = "PPD"
NICE = "National Institute for Health and Care Excellence"
VANTAGE_CUSTOMERS = "The Vantage Tool customers will include NHS trusts, life science companies and charities."
PARTNERS = ("Health IQ will continue to publish reports for public access, either via the Health IQ website "
            "(https://www.corevitas.com/resource/nhs-public-access-reports) or through approved partners such as Royal "
            "Colleges, Universities and Patient Groups.")
AGREEMENTS["NIC-15293-R6V2H"] = dict(
    file="dars-nic-15293-r6v2h.json", version="18.2", applicant="HEALTH IQ LTD",
    family=COMMERCIAL, split="dev",
    names={HIQ: HIQ_W, NHSE: ["NHS England"], AWS: ["Amazon Web Services (AWS)", "Amazon Web Services", "AWS"],
           PPD: ["PPD (Pharmaceutical Product Development)", "PPD"], NICE: ["NICE"],
           PROV: ["NHS trusts", "health providers"],
           "Life science companies (collectively)": ["life science companies", "Life science clients"],
           "Charities (collectively)": ["charities"], "AHSNs (collectively)": ["Academic Health Science Networks"],
           "ICSs (collectively)": ["Integrated Care Systems (ICS)"],
           "Royal Colleges (collectively)": ["Royal Colleges"], "Universities (collectively)": ["Universities"]},
    flows=[
        F(NHSE, HIQ, "pseudonymised", "transfer", "activities",
          "NHS England will provide the relevant records from the HES APC, HES OP, HES A&E, ECDS, MHDS and DID datasets to Health IQ.",
          ["Hospital Episode Statistics Admitted Patient Care (HES APC)", "Hospital Episode Statistics Outpatients (HES OP)",
           "Hospital Episode Statistics Accident and Emergency (HES A and E)", "Emergency Care Data Set (ECDS)",
           "Mental Health Services Data Set (MHSDS)", "Diagnostic Imaging Data Set (DID)"],
          note="'The Data will be pseudonymised' (same block)"),
        F(HIQ, AWS, "pseudonymised", "transfer", "activities",
          "The Data will be stored on servers at Amazon Web Services (AWS) Data Warehouse.", optional=True,
          note="hosting (README-other: optional); AWS 'do not have access to any of the data'"),
        F(HIQ, PPD, "pseudonymised", "access", "objective",
          "This includes a remote access by PPD staff who have permission by the principal investigator.",
          note="the processor's analysts use Health IQ's data by remote access (README-other round 5, Monitor: an access "
               "flow applicant -> processor); also 'Access to the patient level data is limited to Health IQ Ltd and PPD "
               "substantively employed analysts'"),
        F(HIQ, NICE, "aggregate", "transfer", "expected_output",
          "This has been submitted and is under discussion by NICE.",
          note="the advanced systemic mastocytosis results 'intended to provide real-world data for inclusion in NICE "
               "submission for Ayvakit': a past report of findings to a named body (README-other round 3: required); who "
               "made the submission is not written"),
        *[F(HIQ, target, "aggregate", "access", "expected_benefits", VANTAGE_CUSTOMERS, optional=True,
            note="the Vantage tool's customers: a customer base (README-other: optional)")
          for target in (PROV, "Life science companies (collectively)", "Charities (collectively)")],
        F(HIQ, "AHSNs (collectively)", "aggregate", "access", "objective",
          "Health IQ's current split between commercial and non-commercial (NHS providers and universities) customers is 54:46 following the recent signing of 2 large Academic Health Science Networks.",
          optional=True, note="customers signed: a customer base"),
        F(HIQ, "ICSs (collectively)", "aggregate", "access", "expected_output",
          "An example of a planned use is Health IQ's Integrated Care Systems (ICS) Metrics Dashboard.", optional=True,
          note="a dashboard of ICS metrics; its users are not named"),
        F("Life science companies (collectively)", PROV, "aggregate", "transfer", "expected_benefits",
          "Life science clients will use the data to analyse potential improvement opportunities and take them to health providers to demonstrate the improvements that could take place in order to realise the potential improvement opportunities.",
          optional=True, note="clients' onward use of the aggregate outputs"),
        *[F(HIQ, target, "aggregate", "transfer", "expected_output", PARTNERS, optional=True,
            note="publication channels ('such as'): README-other, optional")
          for target in ("Royal Colleges (collectively)", "Universities (collectively)")],
    ],
    roles=[
        R(HIQ, "controller", "controllers", "HEALTH IQ LTD"),
        R(HIQ, "controller", "objective",
          "Health IQ Ltd is the sponsor and the data controller as the organisation responsible for ensuring that the Data will only be processed for the purpose described above."),
        R(AWS, "non-accessing-processor", "objective",
          "Amazon Web Services (AWS) is a data processor who provides IT hosting services to Health IQ and will store the data as contracted by Health IQ. Amazon Web Services do not have access to any of the data that Health IQ that is hosted on their infrastructure."),
        R(PPD, "processor", "objective",
          "PPD (Pharmaceutical Product Development) is a processor acting under the instructions of the Health IQ to process the data for the purposes described above."),
        R(HIQ, "access-restricted-to", "activities",
          "Access to the patient level data is limited to Health IQ Ltd and PPD substantively employed analysts and a single contractor employed by Health IQ, with access limited for the purposes of carrying out analysis only."),
        R(PPD, "access-restricted-to", "activities",
          "Access to the patient level data is limited to Health IQ Ltd and PPD substantively employed analysts and a single contractor employed by Health IQ, with access limited for the purposes of carrying out analysis only."),
    ],
)
