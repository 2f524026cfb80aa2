"""Hand annotations of eight more Data Uses Register agreements (helper `formats`, issue 16's missing kinds).

Written while reading the newest version's text of each agreement in
``tests/data/dur/agreements`` (two CSUs, two companies, two charities, a
government department and a council), never from extractor output: nhskg was
not run on these agreements before this file was committed.
``build_dur_c.py`` checks that every evidence sentence is verbatim in the field
it names and writes ``dur-c.json``. Rules: issue 10 "What counts as a flow",
README.md and README-other.md; decisions taken here: README-dur-c.md.
"""

ABOUT = ("Hand-annotated flows and roles of eight current Data Uses Register agreements (CSU, commercial, charity, "
         "government, council applicants; newest version of each, from tests/data/dur/agreements), helper formats; "
         "see README-dur-c.md for families, split and rules.")


def F(source, target, state, mode, section, evidence, datasets=(), optional=False, note=None, **kw):
    d = dict(source=source, target=target, state=state, mode=mode, section=section, evidence=evidence,
             datasets=list(datasets), optional=optional, note=note)
    d.update(kw)
    return d


def R(organisation, role, section, evidence, note=None, **kw):
    d = dict(organisation=organisation, role=role, section=section, evidence=evidence, note=note)
    d.update(kw)
    return d


def controller(name, written):
    """The structured 'controllers' field: every organisation in it is a controller (README.md rule 12)."""
    return R(name, "controller", "CONTROLLERS", name, note="structured 'controllers' field", as_written=written,
             location="structured field")


# --- names as each text writes them (every form, so one list per organisation in an agreement) ----------------

ND = ["NHS Digital"]
NHSE = ["NHS England"]

MLCSU = "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT"
MLCSU_W = ["MLCSU", "Midlands and Lancashire Commissioning Support Unit (MLCSU)", "the Strategy Unit at MLCSU",
           "NHS Midlands and Lancashire CSU (MLCSU)", "Midlands and Lancashire Commissioning Support Unit",
           "the CSU", "The CSU", MLCSU]

NELCSU = "NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT"
NELCSU_W = ["North East London Commissioning Support Unit", "NHS North and East London Commissioning Support Unit",
            "NELCSU", NELCSU]
NECS = "North of England CSU"
NECS_W = ["North of England Commissioning Support Unit", "the NHS North of England CSU (NECS)", "NECS"]
SCW = "South, Central and West CSU"
SCW_W = ["South, Central and West Commissioning Support Unit", "South Central and West CSU", "SCW CSU"]
ML2 = "Midlands and Lancashire CSU"
ML2_W = ["Midlands and Lancashire Commissioning Support Unit"]
AGEM = "Arden and GEM CSU"
AGEM_W = ["Arden and Greater East Midlands Commissioning Support Unit", "Arden and GEM Commissioning Support Unit"]
ALL_CSUS = [(NELCSU, NELCSU_W), (NECS, NECS_W), (SCW, SCW_W), (ML2, ML2_W), (AGEM, AGEM_W)]

MEDE = "MEDEANALYTICS INTERNATIONAL LIMITED"
MEDE_W = ["MedeAnalytics International Limited (“MedeAnalytics”)", "MedeAnalytics", "MedeAnalytics International Limited",
          MEDE]

NUVIA = "NUVIA LTD"
NUVIA_W = ["Nuvia", "Nuvia Ltd", "Nuvia Limited", "the study", NUVIA]

NUFFIELD = "THE NUFFIELD TRUST FOR RESEARCH AND POLICY STUDIES IN HEALTH SERVICES"
NUFFIELD_W = ["the Nuffield Trust", "The Nuffield Trust", "Nuffield Trust", "Nuffield", "The Nuffield trust", NUFFIELD]
RVS = "Royal Voluntary Service"
RVS_W = ["Royal Voluntary Service (RVS)", "RVS", "Royal Voluntary Service"]

ICR = "THE INSTITUTE OF CANCER RESEARCH"
ICR_W = ["The Institute of Cancer Research (ICR)", "ICR", ICR]

DHSC = "DEPARTMENT OF HEALTH AND SOCIAL CARE"
DHSC_W = ["The Department of Health & Social Care (DHSC)", "DHSC", "Department of Health & Social Care",
          "Department of Health and Social Care", DHSC]

TORBAY = "TORBAY COUNCIL"
TORBAY_W = ["the Local Authority", "Local Authority", "the LA", "Torbay Council", TORBAY]


AGREEMENTS = {}

# --- CSU applicants ---------------------------------------------------------------------------------------------

AGREEMENTS["NIC-05206-L1V6D"] = dict(
    file="dars-nic-05206-l1v6d.json", applicant=MLCSU, family="CSU as applicant (national data)", split="dev",
    flows=[
        F("NHS Digital", MLCSU, "pseudonymised", "transfer", "activities",
          "Under this Agreement two further years of pseudonymised data for the periods 2019/20 and 2020/21 will be "
          "disseminated by NHS Digital to the Strategy Unit at MLCSU.",
          datasets=["HES CC", "HES APC", "HES OP", "HES A&E", "MHSDS", "SUS PbR A&E", "SUS PbR OP", "SUS PbR Spells",
                    "SUS PbR Episodes", "Civil Registration (deaths)", "PROMS", "DIDS", "ECDS"],
          source_as_written=ND, target_as_written=MLCSU_W),
        F("Unnamed DSCRO (NIC-05206-L1V6D)", MLCSU, "pseudonymised", "transfer", "activities",
          "For clarity, the Data Services for Commissioners Regional Office (DSCRO) will not process the data for MLCSU "
          "other than initially downloading the data and storing it on servers accessible by MLCSU, and therefore is "
          "not listed as a data processor.", optional=True,
          source_as_written=["the Data Services for Commissioners Regional Office (DSCRO)"], target_as_written=MLCSU_W,
          note="the DSCRO downloads and stores the data for MLCSU: a hop of the same data, optional as in seeds.json"),
        F(MLCSU, "CCGs (collectively)", "aggregate", "transfer", "activities",
          "SUS PbR data is necessary to allow MLCSU to offer QIPP reports to all CCGs/trusts in England.",
          source_as_written=MLCSU_W, target_as_written=["all CCGs/trusts in England"]),
        F(MLCSU, "Providers", "aggregate", "transfer", "activities",
          "SUS PbR data is necessary to allow MLCSU to offer QIPP reports to all CCGs/trusts in England.",
          source_as_written=MLCSU_W, target_as_written=["all CCGs/trusts in England"],
          note="'trusts' = the Providers collective node"),
        F(MLCSU, "CCGs (collectively)", "aggregate", "transfer", "objective",
          "The reports were originally produced for CCGs within the CSU's core geography, however, MLCSU has since "
          "been asked to produce reports for CCGs across England.",
          source_as_written=MLCSU_W, target_as_written=["CCGs within the CSU's core geography", "CCGs across England"]),
        F(MLCSU, "NHS England", "aggregate", "transfer", "yielded_benefits",
          "We produced local reports for all health and care systems in England and a national report titled 'Making "
          "the Case for Integrating Mental and Physical Health Care' for NHS England.",
          source_as_written=MLCSU_W + ["We"], target_as_written=NHSE),
        F(MLCSU, "ICSs (collectively)", "aggregate", "transfer", "yielded_benefits",
          "We produced local reports for all health and care systems in England and a national report titled 'Making "
          "the Case for Integrating Mental and Physical Health Care' for NHS England.", optional=True,
          source_as_written=MLCSU_W + ["We"], target_as_written=["all health and care systems in England"],
          note="'health and care systems' read as ICSs; a collective the text names only loosely"),
        F(MLCSU, "Department of Health and Social Care", "aggregate", "transfer", "expected_output",
          "MLCSU is working with the Department for Health and Social Care to support the planning for 40 new "
          "hospitals in England by 2030.", optional=True,
          source_as_written=MLCSU_W, target_as_written=["the Department for Health and Social Care"],
          note="'working with' to give demand estimates: outputs implied, not stated as sent"),
        F(MLCSU, "Royal College of Psychiatrists", "aggregate", "transfer", "yielded_benefits",
          "Against a backdrop of increasing concern about pressure on mental health inpatient services MLCSU was "
          "commissioned by the Royal College of Psychiatrists to complete a detailed analysis of mental health "
          "inpatient capacity.", optional=True,
          source_as_written=MLCSU_W, target_as_written=["the Royal College of Psychiatrists"],
          note="a commissioned analysis: delivery to the commissioner implied"),
    ],
    roles=[
        controller(MLCSU, MLCSU_W),
        R(MLCSU, "controller", "objective",
          "Midlands and Lancashire Commissioning Support Unit (MLCSU) are sole data controller under this Agreement.",
          as_written=MLCSU_W),
        R(MLCSU, "access-restricted-to", "objective",
          "Access to the data supplied under this Agreement is restricted to employees of MLCSU and The NHS "
          "Transformation Unit only and access by an employee of Salford Royal NHS Foundation Trust would constitute "
          "a breach of the DSA.", as_written=MLCSU_W),
        R("The NHS Transformation Unit", "access-restricted-to", "objective",
          "Access to the data supplied under this Agreement is restricted to employees of MLCSU and The NHS "
          "Transformation Unit only and access by an employee of Salford Royal NHS Foundation Trust would constitute "
          "a breach of the DSA.", as_written=["The NHS Transformation Unit"]),
        R("Salford Royal NHS Foundation Trust", "access-would-breach", "objective",
          "Access to the data supplied under this Agreement is restricted to employees of MLCSU and The NHS "
          "Transformation Unit only and access by an employee of Salford Royal NHS Foundation Trust would constitute "
          "a breach of the DSA.", as_written=["Salford Royal NHS Foundation Trust"]),
        R("Microsoft Limited", "non-accessing-processor", "objective",
          "Microsoft Limited supply Cloud Services to Midlands and Lancashire Commissioning Support Unit are therefore "
          "listed as a data processor.", as_written=["Microsoft Limited"],
          note="'They supply support to the system, but do not access data.'"),
        R("Lima Networks Ltd", "non-accessing-processor", "objective",
          "Lima Networks Ltd supply IT infrastructure and are therefore listed as a data processor.",
          as_written=["LIMA Networks LTD.", "Lima Networks Ltd"],
          note="the text also says 'MLCSU use LIMA Networks LTD. to process data ... joint data processor'; the "
               "later, specific 'do not access data' is taken (a non-accessing processor is not also a processor)"),
    ],
)

AGREEMENTS["NIC-371243-H1P5T"] = dict(
    file="dars-nic-371243-h1p5t.json", applicant=NELCSU, family="CSU as applicant (national data)", split="dev",
    flows=[
        *[F("NHS Digital", name, "pseudonymised", "transfer", "activities",
            "Data is pseudonymised within NHS Digital and released to the CSUs.",
            datasets=["HES", "DIDs", "ECDS"], source_as_written=ND, target_as_written=written + ["the CSUs"],
            note="'the CSUs' = the five the Objectives list as providing the services")
          for name, written in ALL_CSUS],
        *[F(name, "CCGs (collectively)", "aggregate", "transfer", "activities",
            "The pseudonymised record level HES and DIDs data is interrogated only by approved CSU substantively "
            "employed analysts to provide benchmarking and comparative information to CSU clients and NHS health "
            "economy wide transformation projects, that require detailed hospital level data.",
            source_as_written=written + ["CSU"], target_as_written=["CSU clients"],
            note="the CSU's clients are CCGs ('the CSU's clients (CCGs or other commissioning bodies)', Outputs); "
                 "as the 2017 gold reads NELCSU's 'benchmarking and comparative information to NELCSU clients'")
          for name, written in ALL_CSUS],
        F(NELCSU, "GP practices", "aggregate", "access", "objective",
          "Tools are available on a subscription-basis only to NHS organisations, limited to Clinical Commissioning "
          "Groups (CCGs), internally within the CSUs through specialist support teams, by CCG member practices, and by "
          "local authorities.", optional=True, source_as_written=NELCSU_W, target_as_written=["CCG member practices"],
          note="a customer base (2017 gold rule 11), optional"),
        F(NELCSU, "Local authorities (collectively)", "aggregate", "access", "objective",
          "Tools are available on a subscription-basis only to NHS organisations, limited to Clinical Commissioning "
          "Groups (CCGs), internally within the CSUs through specialist support teams, by CCG member practices, and by "
          "local authorities.", optional=True, source_as_written=NELCSU_W, target_as_written=["local authorities"],
          note="a customer base (2017 gold rule 11), optional"),
        F(NELCSU, "NHS England", "aggregate", "transfer", "yielded_benefits",
          "1)  Assisting NHS England in London, at identifying the rates of GP referrals to hospitals across all the "
          "CCGs in London.", optional=True, source_as_written=NELCSU_W, target_as_written=["NHS England in London"],
          note="analysis for NHS England London: outputs implied"),
    ],
    roles=[
        R("NHS England", "controller", "CONTROLLERS", "NHS ENGLAND (QUARRY HOUSE)", note="structured 'controllers' field",
          as_written=["NHS ENGLAND (QUARRY HOUSE)", "NHS England", "NHS England (NHS E)"], location="structured field"),
        R("NHS England", "controller", "objective",
          "NHS England (as the legal entity) is the sole data controller, and the CSUs (as part of NHS England) are "
          "data processors.", as_written=["NHS ENGLAND (QUARRY HOUSE)", "NHS England", "NHS England (NHS E)"]),
        *[R(name, "processor", "objective",
            "NHS England (as the legal entity) is the sole data controller, and the CSUs (as part of NHS England) are "
            "data processors.", as_written=written + ["the CSUs"])
          for name, written in ALL_CSUS],
        R("Microsoft Limited", "non-accessing-processor", "objective",
          "Microsoft Azure provides cloud storage services for all commissioning support units and is therefore a "
          "data processor.", as_written=["Microsoft Azure", "Microsoft Limited"],
          note="'They supply support to the system, but do not access data.' (activities: 'Microsoft Limited is "
               "named as a data processor')"),
        R("ANS Group Ltd", "processor", "objective",
          "ANS Group Ltd are assisting South Central and West CSU to transition to CLOUD services and are therefore a "
          "data processor.", as_written=["ANS Group Ltd", "ANS Group"],
          note="'they could have access to pseudonymised / aggregate / anonymous data'"),
        R("Lima Networks Ltd", "non-accessing-processor", "activities",
          "Lima Networks LTD supply IT infrastructure and are therefore listed as a data processor.",
          as_written=["Lima Networks LTD"]),
        R("Greater Manchester Shared Services", "non-accessing-processor", "activities",
          "Greater Manchester Shared Services (hosted by NHS Oldham CCG) supply IT infrastructure for Arden and GEM "
          "Commissioning Support Unit and are therefore listed as data processors.",
          as_written=["Greater Manchester Shared Services"]),
        *[R(name, "access-would-breach", "activities",
            "University Hospitals Bristol NHS Foundation Trust, Pulsant, Ilkeston Community Hospital and Interxion do "
            "not access data held under this agreement as they only supply the building.", as_written=[name],
            note="building suppliers: 'any access to the data held under this agreement would be considered a breach'")
          for name in ("University Hospitals Bristol NHS Foundation Trust", "Pulsant", "Ilkeston Community Hospital",
                       "Interxion")],
    ],
)

# --- commercial applicants --------------------------------------------------------------------------------------

AGREEMENTS["NIC-25634-T2Z1Z"] = dict(
    file="dars-nic-25634-t2z1z.json", applicant=MEDE, family="commercial-information", split="dev",
    flows=[
        F("NHS Digital", MEDE, "unspecified", "transfer", "activities",
          "HES data is accepted into MedeAnalytics’ secure, FTP service (which is accessible from an N3/HSCN "
          "connection).", datasets=["HES"], source_as_written=ND, target_as_written=MEDE_W,
          note="sender implicit (the agreement's data: 'The data required from NHS Digital'); the sentence gives no "
               "state (the Objectives: 'monthly HES data of a pseudonymised and non-sensitive nature')"),
        *[F(MEDE, target, "aggregate", "access", "objective",
            "MedeAnalytics provides an online service to customers that are limited to clinical commissioning groups, "
            "care quality commission registered providers and public health departments, accepting data, storing it "
            "in the central repository, then providing online analytics and reporting services.", optional=True,
            source_as_written=MEDE_W, target_as_written=[written],
            note="customers 'limited to' these kinds: a customer base (2017 gold rule 11), optional; outputs are "
                 "aggregate ('users do not have access to event level or person level data')")
          for target, written in (("CCGs (collectively)", "clinical commissioning groups"),
                                  ("Providers", "care quality commission registered providers"),
                                  ("Local authorities (collectively)", "public health departments"))],
    ],
    roles=[
        controller(MEDE, MEDE_W),
        R(MEDE, "controller", "objective",
          "MedeAnalytics International Limited is the data controller and also processes the data for this service.",
          as_written=MEDE_W),
        R(MEDE, "processor", "objective",
          "MedeAnalytics International Limited is the data controller and also processes the data for this service.",
          as_written=MEDE_W, note="'and also processes the data'"),
        R(MEDE, "access-restricted-to", "activities",
          "Only substantive employees of MedeAnalytics have access to this data.", as_written=MEDE_W),
    ],
)

AGREEMENTS["NIC-147834-LHQ2R"] = dict(
    file="dars-nic-147834-lhq2r.json", applicant=NUVIA, family="research-cohort-mortality", split="test",
    flows=[
        F(NUVIA, "NHS Digital", "identifiable", "transfer", "activities",
          "MR110 is a flagging study, so data is provided to NHS Digital by Nuvia to enable the flags to be set.",
          source_as_written=NUVIA_W, target_as_written=ND,
          note="'name, date of birth, NHS number, home address, date to address and a unique study identifier'"),
        F(NUVIA, "NHS Digital", "identifiable", "transfer", "activities",
          "Periodically the required details for flagging are sent to NHS Digital and Dumfries.",
          source_as_written=NUVIA_W, target_as_written=ND),
        F(NUVIA, "Dumfries", "identifiable", "transfer", "activities",
          "Periodically the required details for flagging are sent to NHS Digital and Dumfries.", optional=True,
          source_as_written=NUVIA_W, target_as_written=["Dumfries"],
          note="'Dumfries' (the Scottish NHS Central Register's location) names a place rather than an organisation"),
        F("NHS Digital", NUVIA, "identifiable", "transfer", "activities",
          "When data comes to the study from NHS Digital, either as event notifications or members and postings "
          "listings, it is initially linked to the data in the database using name, DOB and NHS Number.",
          datasets=["MRIS - Cohort Event Notification Report", "MRIS - Members and Postings Report"],
          source_as_written=ND, target_as_written=NUVIA_W),
        *[F(name, NUVIA, "identifiable", "transfer", "activities",
            "New data subjects are recognised and added to the SHIELD database when their personnel data is sent to "
            "the Health Effects team by UKAEA’s contractors CSC, or by DSRL and Magnox.", optional=True,
            source_as_written=[written], target_as_written=NUVIA_W + ["the Health Effects team"],
            note="employers' personnel data for the cohort, not NHS Digital data")
          for name, written in (("CSC", "UKAEA’s contractors CSC"), ("DSRL", "DSRL"), ("Magnox", "Magnox"))],
    ],
    roles=[
        controller("PUBLIC HEALTH ENGLAND (PHE)", ["PUBLIC HEALTH ENGLAND (PHE)", "Public Health England (PHE)",
                                                   "Public Health England", "PHE"]),
        R(NUVIA, "access-restricted-to", "activities",
          "Data will only be accessed and processed by substantive employees of Nuvia Ltd and will not be accessed or "
          "processed by any other third parties not mentioned in this agreement.", as_written=NUVIA_W),
        R("Equinix", "access-would-breach", "activities",
          "***Equinix do not access data held under this agreement as they only supply the building.",
          as_written=["Equinix"], note="'any access to the data held under this agreement would be considered a breach'"),
    ],
)

# --- charities --------------------------------------------------------------------------------------------------

AGREEMENTS["NIC-86623-P4F4D"] = dict(
    file="dars-nic-86623-p4f4d.json", applicant=NUFFIELD, family="charity-thinktank", split="test",
    flows=[
        F(RVS, "NHS Digital", "identifiable", "transfer", "activities",
          "NHS Digital received identifiable person level information from RVS.",
          source_as_written=RVS_W, target_as_written=ND),
        F(RVS, "NHS Digital", "identifiable", "transfer", "activities",
          "This data was transferred to NHS Digital using the NHS Digital’s own secure transfer facilities.",
          source_as_written=RVS_W, target_as_written=ND, note="the sender is RVS (the block above)"),
        F("NHS Digital", NUFFIELD, "pseudonymised", "transfer", "activities",
          "NHS Digital transferred this file securely to the Nuffield Trust.",
          source_as_written=ND, target_as_written=NUFFIELD_W,
          note="'the HESID of each service recipient, alongside other limited pseudonymised information'"),
        F("NHS Digital", NUFFIELD, "pseudonymised", "transfer", "activities",
          "Role of NHS Digital summary: NHS Digital received personal identifiers of people recruited to the RVS "
          "programme and provided the relevant pseudonymised HESIDs of these individuals to the Nuffield Trust.",
          source_as_written=ND, target_as_written=NUFFIELD_W),
        F("NHS Digital", NUFFIELD, "unspecified", "transfer", "activities",
          "The Nuffield Trust received from NHS Digital the list of HESIDs of people recruited to the services "
          "between October 2014 and early 2017 (service recipients).",
          source_as_written=ND, target_as_written=NUFFIELD_W),
        F(RVS, NUFFIELD, "unspecified", "transfer", "activities",
          "The Nuffield Trust received at the same time a dataset from RVS.",
          source_as_written=RVS_W, target_as_written=NUFFIELD_W,
          note="the next sentence: 'This dataset contained no identifiable information'"),
        F("NHS Digital", NUFFIELD, "pseudonymised", "transfer", "activities",
          "The Nuffield Trust will link to HES APC, OP and A&E data received under a separate Data Sharing Agreement "
          "(ref: DARS-NIC-384572-J7P6Y) from 2012/13 through to 2016/17 (M13).", optional=True,
          datasets=["HES APC", "HES OP", "HES A&E"], source_as_written=ND, target_as_written=NUFFIELD_W,
          note="received under another agreement, not this one"),
        F(NUFFIELD, RVS, "aggregate", "transfer", "expected_output",
          "An evaluation report will be submitted to RVS late summer 2018.",
          source_as_written=NUFFIELD_W, target_as_written=RVS_W),
    ],
    roles=[
        controller(NUFFIELD, NUFFIELD_W),
        R(NUFFIELD, "access-restricted-to", "activities",
          "Only substantive employees of the Nuffield Trust will have access to the data and only for the purposes "
          "described in this document.", as_written=NUFFIELD_W),
        R("Wavex Technology", "access-would-breach", "activities",
          "The Nuffield Trust shall ensure access to data disseminated by NHS Digital is strictly prohibited and must "
          "not be accessed by Wavex Technology.", as_written=["Wavex Technology"]),
    ],
)

AGREEMENTS["NIC-148118-VCXW9"] = dict(
    file="dars-nic-148118-vcxw9.json", applicant=ICR, family="research-cohort-linkage", split="test",
    flows=[
        F(ICR, "NHS England", "identifiable", "transfer", "activities", "ICR will transfer data to NHS England.",
          source_as_written=ICR_W, target_as_written=NHSE,
          note="'identifying details (specifically NHS Number, forenames, surname, Date of Birth, Postcode, Sex, Study ID)'"),
        F("NHS England", ICR, "identifiable", "transfer", "activities",
          "NHS England data will provide the relevant records from the Civil Registrations Deaths datasets to ICR.",
          datasets=["Civil Registrations Deaths"], source_as_written=NHSE, target_as_written=ICR_W,
          note="'directly identifying data items' (the next sentence); the objective: 'The level of the data will be: "
               "Identifiable.'"),
        F("Providers", ICR, "identifiable", "transfer", "objective",
          "• Identifiable – necessary because although the applicant will pseudonymise the data before analysis, "
          "reidentifying is required to enable linkage of the data with data collected from other sources such as "
          "clinical data of consented participants from the referring hospital or consultant that has been shared "
          "with ICR.", optional=True, source_as_written=["the referring hospital or consultant"],
          target_as_written=ICR_W, note="clinical data of consented participants, not NHS England data"),
    ],
    roles=[
        controller(ICR, ICR_W),
        R(ICR, "controller", "objective",
          "ICR is the research sponsor and the controller as the organisation responsible for ensuring that the data "
          "will only be processed for the purpose described above.", as_written=ICR_W),
        R(ICR, "access-restricted-to", "activities",
          "Aside from these individuals, access is restricted to employees or agents of ICR who have authorisation "
          "from the Principal Investigator.", as_written=ICR_W),
    ],
)

# --- a government department and a council ----------------------------------------------------------------------

AGREEMENTS["NIC-09122-R1S1D"] = dict(
    file="dars-nic-09122-r1s1d.json", applicant=DHSC, family="national-body", split="dev",
    flows=[
        F("NHS Digital", DHSC, "anonymised", "access", "objective",
          "Access is provided to the entire HES dataset (non-identifiable) for the specific purposes as listed below.",
          datasets=["HES"], source_as_written=ND, target_as_written=DHSC_W,
          note="the NHS Digital Portal / DAE, 'hosted and audited by NHS Digital'; non-identifiable = anonymised"),
        F("NHS Digital", DHSC, "anonymised", "access", "activities",
          "This application is for online access to the record level HES database via the NHS Digital Porta/Data "
          "Access Environment.", datasets=["HES"], source_as_written=ND, target_as_written=DHSC_W,
          note="state as the Objectives give it ('the entire HES dataset (non-identifiable)')"),
        F(DHSC, "OECD", "aggregate", "transfer", "objective",
          "Analysts carry out a project for the Organisation of Economic Co-operation and Development (OECD) to "
          "provide information on volumes and costs of specific procedures and groups of patients.",
          source_as_written=DHSC_W + ["Analysts"],
          target_as_written=["the Organisation of Economic Co-operation and Development (OECD)", "OECD"]),
        F(DHSC, "HM Treasury", "aggregate", "transfer", "expected_output",
          "•\tCross sectional and time series analysis to understand efficiency and productivity of healthcare "
          "providers – This analysis is to be used for work relating to the Lord Carter report on efficiency, "
          "reporting on measures of efficiency and productivity for Secretary of State and HMT",
          source_as_written=DHSC_W, target_as_written=["HMT", "HM Treasury"]),
        F(DHSC, "HM Treasury", "aggregate", "transfer", "objective",
          "The team conducted this analysis as part of the value maps project: a piece of analysis HM Treasury "
          "commissioned from every central government Department in order to assess their understanding of current "
          "and potential efficiency and effectiveness.", optional=True,
          source_as_written=DHSC_W, target_as_written=["HMT", "HM Treasury"],
          note="commissioned analysis: delivery implied"),
        *[F(DHSC, target, "aggregate", "transfer", "objective",
            "DHSC analysts do however also provide support to other agencies including NHS England, PHE, NHS Blood and "
            "Transplant etc.", optional=True, source_as_written=DHSC_W + ["DHSC analysts"], target_as_written=[written],
            note="'support' to other agencies: outputs implied, not stated")
          for target, written in (("NHS England", "NHS England"), ("Public Health England", "PHE"),
                                  ("NHS Blood and Transplant", "NHS Blood and Transplant"))],
    ],
    roles=[
        controller(DHSC, DHSC_W),
        R(DHSC, "access-restricted-to", "activities",
          "All NHS Digital Portal users with access to the system are substantive employees of DHSC.",
          as_written=DHSC_W),
    ],
)

AGREEMENTS["NIC-38197-Z4J4Y"] = dict(
    file="dars-nic-38197-z4j4y.json", applicant=TORBAY, family="council-civil-registration", split="test",
    flows=[
        F("NHS England", TORBAY, "identifiable", "transfer", "activities",
          "The births data for each defined local authority is securely distributed to the LA each quarter by NHS "
          "England together.", datasets=["Civil Registration - Births"],
          source_as_written=NHSE, target_as_written=TORBAY_W,
          note="identifiable (postcodes, NHS numbers, dates of birth: the Objectives explain why)"),
        F("NHS England", TORBAY, "identifiable", "transfer", "activities",
          "Mortality data will be made securely available to the Local Authority for the duration of this Data "
          "Sharing Agreement.", datasets=["Civil Registrations of Death", "Primary Care Mortality Data"],
          source_as_written=NHSE, target_as_written=TORBAY_W,
          note="source: the data is NHS England's ('responsible ... to NHS England for ensuring that the data supplied')"),
        F(TORBAY, "NHS commissioners (collectively)", "aggregate", "transfer", "expected_output",
          "f) public health advice to NHS commissioners;", optional=True,
          source_as_written=TORBAY_W, target_as_written=["NHS commissioners"],
          note="as in dur.json's Reading agreement: advice, arguable as a data output; listed once (the births list "
               "repeats it word for word)"),
    ],
    roles=[
        controller(TORBAY, TORBAY_W),
        R(TORBAY, "access-restricted-to", "activities",
          "The data will only be processed by the aforementioned Local Authority employees in fulfilment of their "
          "public health function and will not be transferred, shared, or otherwise made available to any third "
          "party, including any organisations processing data on behalf of the Local Authority or in connection with "
          "their legal function.", as_written=TORBAY_W),
    ],
)
