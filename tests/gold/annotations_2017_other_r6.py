"""Round 6 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at (the extractor was not run on these agreements).  build_register2017_other_r3.py adds rounds 3 to 6 to
the gold and checks every evidence string.
"""
from annotations_2017_other_r3 import NHSD, flow, role


def noted(item, note):
    """A role with a note (the ``role`` helper takes none)."""
    return dict(item, note=note)


# --- research-hes: University of Liverpool, British Orthopaedic Surgery Surveillance (BOSS) study, SCFE ---
LIV = "UNIVERSITY OF LIVERPOOL"
LIV_AS = ["University of Liverpool", "the University of Liverpool", "the Liverpool clinical trials unit",
          "the clinical trials unit at the University of Liverpool", "the BOSS team", "the BOSS team in Liverpool",
          "The BOSS study team", "the team", "The team", "The BOSS study group", LIV]
LIV_NHSD = ["NHS Digital"]
BOSS_UNITS = ["Trusts", "All orthopaedic units treating children within the UK", "The orthopaedic units",
              "orthopaedic units", "over 150 UK hospitals", "UK hospitals", "All English hospitals", "all hospitals",
              "sites", "Clinicians", "clinicians", "the treating clinicians", "the relevant hospital",
              "the nominated surgeon-lead at the relevant hospital", "the clinician"]
NICE = "National Institute for Health and Care Excellence (NICE)"
ANNOTATIONS = {
    "NIC-14337-J4N1T": {"flows": [
        flow("NHS Digital", LIV, "anonymised", "transfer",
             "NHS Digital will share with the BOSS team the age and gender of patient, date of admission, date of surgery and hospital.",
             LIV_NHSD, LIV_AS, ["Hospital Episode Statistics Admitted Patient Care"],
             note="state from the next sentence: 'No unique identifiers will be captured; therefore the patient will not be "
                  "identifiable except to the treating clinicians' (no pseudonym either: anonymised); the BOSS team is "
                  "the University's clinical trials unit"),
        flow("NHS Digital", LIV, "unspecified", "transfer",
             "When a case of disease is identified within HES (by ICD code) during the study period, the BOSS team in Liverpool will be notified.",
             LIV_NHSD, LIV_AS, ["Hospital Episode Statistics Admitted Patient Care"],
             note="the same supply as the next sentence's ('NHS Digital will share with the BOSS team ...'); notifier implicit"),
        flow(LIV, "Providers", "aggregate", "transfer",
             "There will be a published report which will be sent to Trusts and Clinicians on an annual basis during the study and the final report will published no later than one-year after completion of the study.",
             LIV_AS, BOSS_UNITS,
             note="the annual report is sent to the trusts (its publication is not a flow); 'All outputs are aggregated with "
                  "small number suppression'"),
        flow(LIV, "Providers", "anonymised", "transfer",
             "In the event that a case is identified within HES, but has not been reported through RedCap, the nominated surgeon-lead at the relevant hospital will be contacted to ask them to determine the validity of the diagnosis, and if appropriate, formally report the details of the case through REDCap.",
             LIV_AS, BOSS_UNITS, ["Hospital Episode Statistics Admitted Patient Care"], optional=True,
             note="conditional ('In the event that'); the HES-identified case (age, sex, dates, hospital) is put to the "
                  "hospital's surgeon-lead to verify; the Processing says the same ('If a case is not reported to them, "
                  "the team will contact the clinician ...')"),
        flow("Providers", LIV, "unspecified", "transfer",
             "The orthopaedic units submit details of the surgery performed using RedCap (which is a clinical trials database).",
             BOSS_UNITS, LIV_AS, optional=True,
             note="the study's own collection through REDCap (managed by the Liverpool clinical trials unit), not this "
                  "agreement's data (as the AIMS study's own collection, NIC-29100-R2S2F)"),
        flow(LIV, NICE, "aggregate", "transfer",
             "(2) The results will inform the feasibility of a clinical trial into the surgical treatments for SCFE, and will inform NICE related to the guideline surgery for SCFE.",
             LIV_AS, ["NICE", "the SCFE NICE review group"], optional=True,
             note="'will inform NICE': results informing a guideline, no report to NICE stated"),
        flow(LIV, "British Society of Children's Orthopaedic Surgery", "aggregate", "transfer",
             "The BOSS study group has biannual presentations; at the British Society of Children’s Orthopaedic Surgery (BSCOS) and at a national BOSS Collaborator meeting.",
             LIV_AS, ["the British Society of Children’s Orthopaedic Surgery (BSCOS)",
                      "British Society of Children’s Orthopaedic Surgery", "BSCOS"], optional=True,
             note="presentations at the society's meetings: a meeting format (conference-like)"),
     ], "roles": [
        noted(role(LIV, "access-restricted-to",
                   "Data will be processed by a team within the clinical trials unit at the University of Liverpool.",
                   LIV_AS),
              "the processing is confined to the University's clinical trials unit team, as Leeds's 'processed by a named "
              "statistician and named health economist who are substantively employed by The University of Leeds'"),
        noted(role(LIV, "controller",
                   "These are individuals, working under appropriate supervision on behalf of data controller  within this agreement, who are subject to the same policies, procedures and sanctions as substantive employees”",
                   LIV_AS),
              "the University's own team works 'on behalf of data controller within this agreement', as the HSE's "
              "'All study team members are substantive employees of the data controller'"),
     ]},
}

# --- research-hes: University of Leeds, REACH feasibility trial in care homes (consented cohort + aggregate care-home counts) ---
LEEDS = "UNIVERSITY OF LEEDS"
LEEDS_AS = ["The University of Leeds", "the University of Leeds", "University of Leeds", "The University of Leeds CTRU",
            "CTRU", "the CTRU", "UoL", LEEDS]
LEEDS_NHSD = ["NHS Digital", "the HSCIC", "HSCIC"]
NIHR = "National Institute for Health Research (NIHR)"
NIHR_AS = ["the NIHR", "NIHR", "the NIHR (the funder)", "the funding body NIHR", "National Institute of Health Research (NIHR)"]
HOMES = "Care homes (collectively)"
HOMES_AS = ["the participating care home staff, residents and their relatives", "All 12 homes", "12 participating care homes",
            "Participating Care Homes", "care homes", "the care home community"]
LEEDS_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Accident and Emergency"]
ANNOTATIONS["NIC-378523-Y5Q9L"] = {"flows": [
    flow(LEEDS, "NHS Digital", "identifiable", "transfer",
         "The University of Leeds CTRU will supply the following identifiers of the consented cohort to the HSCIC: - trial ID, NHS no, DoB uploaded by named CTRU statistician to NHS Digital secure data depot.",
         LEEDS_AS, LEEDS_NHSD, note="cohort identifiers (NHS number, date of birth) for the linkage; consented cohort"),
    flow("NHS Digital", LEEDS, "identifiable", "transfer",
         "NHS Digital will provide a bespoke extract of HES using APC and A&E datasets for the consented cohort of 153 care home residents.",
         LEEDS_NHSD, LEEDS_AS, LEEDS_HES,
         note="state from the same numbered block ('1) Consented Record Level Cohort': identifiers NHS no, DoB); the "
              "Expected Benefits call it 'the identifiable, consenting cohort'"),
    flow("NHS Digital", LEEDS, "identifiable", "transfer",
         "Data is uploaded to the data depot by NHS Digital, and downloaded by a named CTRU statistician.",
         LEEDS_NHSD, LEEDS_AS, LEEDS_HES, note="the same extract's route (block 1)"),
    flow(LEEDS, "NHS Digital", "unspecified", "transfer",
         "The University of Leeds CTRU will provide NHS Digital with Participating Care Homes’ (N=12) postcodes.",
         LEEDS_AS, LEEDS_NHSD, note="postcodes of the 12 care homes (organisations, not patients) for the aggregate counts"),
    flow("NHS Digital", LEEDS, "aggregate", "transfer",
         "NHS Digital will provide aggregate data for all residents 65 years old and over at these care homes collated.",
         LEEDS_NHSD, LEEDS_AS, LEEDS_HES, note="'2) Aggregate Level Cohort': tabulations by care home"),
    flow("NHS Digital", LEEDS, "aggregate", "transfer",
         "Aggregate data sets (by care home) uploaded to the data depot by NHS Digital, and downloaded by a named CTRU statistician.",
         LEEDS_NHSD, LEEDS_AS, LEEDS_HES),
    flow(LEEDS, NIHR, "aggregate", "transfer",
         "The University of Leeds will report the results of the REACH trial to the NIHR (the funder) and, if the feasibility study results indicate that it is reasonable to proceed to a main trial, will apply for further NIHR funding to conduct a definitive main trial.",
         LEEDS_AS, NIHR_AS, note="a report to the funder"),
    flow(LEEDS, NIHR, "aggregate", "transfer",
         "Results for the trial will be presented in a report for the funding body NIHR.",
         LEEDS_AS, NIHR_AS),
    flow(LEEDS, HOMES, "aggregate", "transfer",
         "Specifically the results of the feasibility study would be published in academic journals (e.g. Age and Aging, BMC Pilot and Feasibility Studies) and disseminated to the participating care home staff, residents and their relatives.",
         LEEDS_AS, HOMES_AS, optional=True,
         note="'would be ... disseminated' (though 'Outputs will be disseminated as detailed above, regardless of the "
              "findings'); the participating homes are not named; the journals are publication"),
    flow(HOMES, LEEDS, "unspecified", "transfer",
         "All 12 homes will provide data for the trial, either directly in person, from care home records, or via routine data sources such as NHS Digital.",
         HOMES_AS, LEEDS_AS, optional=True,
         note="the trial's own data collection from the homes, not this agreement's data"),
 ], "roles": [
    role(LEEDS, "access-restricted-to",
         "Data will be processed by a named statistician and named health economist who are substantively employed by The University of Leeds.",
         LEEDS_AS),
 ]}

# --- national-body: NHS England, Diagnostic Imaging Dataset (official statistics) ---
NHSE = "NHS ENGLAND"
NHSE_AS = ["NHS England", NHSE]
DID = ["Diagnostic Imaging Dataset"]
DID_NHSD = ["HSCIC"]
ANNOTATIONS["NIC-15336-S8W9K"] = {"flows": [
    flow("NHS Digital", NHSE, "pseudonymised", "transfer",
         "DID data will be provided to NHS England on a monthly basis.",
         DID_NHSD, NHSE_AS, DID,
         note="source implicit (the agreement's data from NHS Digital; the text names only 'HSCIC' as partner on data "
              "quality); pseudonymised from the same block: 'NHS England currently hold peudonymised DID data', and "
              "'Access to pseudonymised record level DID data' (Objectives)"),
    flow("NHS Digital", NHSE, "pseudonymised", "transfer",
         "The DID data received within this agreement will be added to the DID data already held by NHS England which is used to create monthly and annual Official Statistics publications.",
         DID_NHSD, NHSE_AS, DID, note="the same supply"),
    flow(NHSE, "Public Health England", "aggregate", "transfer",
         "•\tTo allow Public Health England to calculate more accurate estimates of the distribution of individual radiation dose estimates from medical exposures",
         NHSE_AS, ["Public Health England"], optional=True,
         note="an objective ('Access to pseudonymised record level DID data will also enable NHS England: ...'); what "
              "PHE receives is not written, and 'no third party will have have access to the record level DID data'"),
    flow(NHSE, "Care Quality Commission", "aggregate", "transfer",
         "•\tTo inform accreditation processes for imaging departments through the UK Imaging Services Accreditation Scheme and the assessment of imaging services by the Care Quality Commission.",
         NHSE_AS, ["the Care Quality Commission", "Care Quality Commission"], optional=True,
         note="an objective: to inform the CQC's assessment; no output to the CQC stated"),
    flow(NHSE, "NHS Digital", "aggregate", "transfer",
         "•\tData quality analyses, to work together with HSCIC to improve the completeness and usability of DID.",
         NHSE_AS, DID_NHSD, optional=True,
         note="joint data-quality work ('jointly assessing and addressing data quality problems with HSCIC'); an "
              "exchange of analyses implied, not stated"),
    flow(NHSE, "Cancer Research UK", "aggregate", "transfer",
         "•\tEvaluation with CRUK of ‘Be Clear on Cancer’ initiatives such as for ‘Blood in pee’ and Lung cancer, by demonstrating increased diagnostic activity in periods and areas of the publicity campaigns",
         NHSE_AS, ["CRUK"], optional=True, note="a past joint evaluation ('with CRUK'); delivery to CRUK not stated"),
    flow(NHSE, "Parliament", "aggregate", "transfer",
         "The primary purpose of the flow is for production of Official Statistics, answering Parliamentary Questions (PQs) and media queries, which are the current responsibility of NHS England as subject matter experts.",
         NHSE_AS, ["Parliamentary Questions (PQs)"], optional=True,
         note="answers to Parliamentary Questions: a purpose; the official statistics are publication"),
 ], "roles": [
    role(NHSE, "access-restricted-to",
         "All individuals with access to the record level data are employees of NHS England and no third party will have have access to the record level DID data.",
         NHSE_AS),
 ]}

# --- national-body: NHS England, HDIS (HES APC, A&E, OP) ---
HDIS_NHSD = ["NHS Digital", "the NHS Digital remote environment"]
HDIS_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Accident and Emergency",
            "Hospital Episode Statistics Outpatients", "HDIS"]
HDIS_STATE = ("'No patient identifiable data are provided and records are not linked to any other source' (the HDIS "
              "block; non-identifiable = anonymised, as Derby's HDIS, NIC-11221-X6Y6N)")
HDIS_ADVICE = "The data are used for internal purposes such as briefing and specialised commissioning, for advising NHS organisations such as Trusts and CCGs or for wider publication such as in the examples below."
HDIS_ADVICE_NOTE = "advice to NHS organisations ('such as'), based on aggregate outputs: advice outputs are optional"
ANNOTATIONS["NIC-18798-V2J6C"] = {"flows": [
    flow("NHS Digital", NHSE, "anonymised", "access",
         "NHS Digital grant NHS England the ability to carry out analysis on HES data using the SAS Enterprise Guide analytical tool.",
         HDIS_NHSD, NHSE_AS + ["NHS England users", "HDIS users"], HDIS_HES,
         note="HDIS 'remains always in the NHS Digital remote environment' (holder NHS Digital); state: " + HDIS_STATE),
    flow("NHS Digital", NHSE, "anonymised", "transfer",
         "NHS England users also have the ability to locally download record level results, outputs and extracts from the HDIS system.",
         HDIS_NHSD, NHSE_AS + ["NHS England users", "HDIS users"], HDIS_HES,
         note="downloads stored on NHS England servers; state: " + HDIS_STATE),
    flow(NHSE, "Providers", "aggregate", "transfer", HDIS_ADVICE, NHSE_AS + ["NHS England users", "HDIS users"],
         ["Trusts", "NHS organisations"], optional=True, note=HDIS_ADVICE_NOTE),
    flow(NHSE, "CCGs (collectively)", "aggregate", "transfer", HDIS_ADVICE, NHSE_AS + ["NHS England users", "HDIS users"],
         ["CCGs", "NHS organisations"], optional=True, note=HDIS_ADVICE_NOTE),
    flow(NHSE, "CCGs (collectively)", "aggregate", "transfer",
         "• Contributing to the Right Care Commissioning for Value packs to help CCGs do efficient and effective commissioning;",
         NHSE_AS + ["NHS England users", "HDIS users"], ["CCGs", "NHS organisations"], optional=True,
         note="an expected output: packs 'to help CCGs'; their delivery to CCGs is not written"),
    flow(NHSE, "GP practices", "aggregate", "transfer",
         "• Producing hospital related indicators for the Primary Care Dashboard for GP Practices;",
         NHSE_AS + ["NHS England users", "HDIS users"], ["GP Practices"], optional=True,
         note="indicators for a dashboard 'for GP Practices': for them or about them (a level, as 'GP Practice level "
              "dashboard reports', 2017 decision 4)"),
    flow(NHSE, "Urgent and Emergency Care Networks (collectively)", "aggregate", "transfer",
         "• Developing system wide indicators for Urgent and Emergency Care Networks, to implement from 2017.",
         NHSE_AS + ["NHS England users", "HDIS users"], ["Urgent and Emergency Care Networks"], optional=True,
         note="indicators 'for' the networks to implement; delivery not written"),
 ], "roles": [
    role(NHSE, "access-restricted-to",
         "Only registered HDIS users who form the analytics team, will have access to record level data downloaded from the HDIS system.",
         NHSE_AS + ["NHS England users", "HDIS users"]),
 ]}

# --- commercial-information: IMS Health (IMS Health TS + IMS Health UK ltd), HES for visualisation tools and analyses ---
# "controlled by two legal entities: IMS Health TS, IMS Health UK ltd. Hereafter, these two entities will be referred to
# collectively as IMS Health": "IMS Health" is read as the applicant (IMS HEALTH LTD, the UK entity, also written "IMS
# Health Ltd"); IMS Health TS is its own node where named (a controller).
IMS = "IMS HEALTH LTD"
IMS_AS = ["IMS Health", "IMS Health UK ltd", "IMS Health Ltd", "IMS", "The IMS Health team", "IMS Health researchers",
          "the IMS Health researchers", IMS]
IMSTS = "IMS Health TS"
IMS_HES = ["Hospital Episode Statistics Outpatients", "Hospital Episode Statistics Admitted Patient Care",
           "Hospital Episode Statistics Accident and Emergency"]
IMS_TRUSTS = ["NHS Trusts", "all NHS Trusts", "all hospital trusts", "Hospital Trusts", "chief pharmacists",
              "Chief pharmacists", "the NHS chief pharmacists", "chief pharmacists in NHS Trusts", "providers",
              "Providers of healthcare services", "Private secondary care providers", "Mental Health trusts",
              "Community Provider Trusts", "Pharmacies", "a group of NHS Trusts", "a group of cancer treatment providers"]
IMS_CATS = "Both services will only be provided to the following categories of types of organisation:"
IMS_CATS_NOTE = ("a kind of organisation in the list of those the services 'will only be provided to': a customer base "
                 "(as NIC-24629-X6B6N's list)")
IMS_MSK = "The analysis was initially summarised in a presentation but subsequently delivered as dashboard that allowed the clients to model and understand the impact of pursuing different strategies for transformation and therefore inform decision making."
IMS_MSK_NOTE = ("a past output delivered to the clients of 'Working with Aylesbury Vale CCG, Chiltern CCG, Buckinghamshire "
                "NHS Trust & Care UK, IMS Health modelled ...' ('The final analysis was delivered in February 2016')")
IMS_STAFFS = "IMS Health is working with the Director of Strategic Programmes for a group of CCGs including: Cannock and Chase CCG, Stafford and Surrounds CCG, South East Staffs and Seisdon Peninsula CCG."
IMS_STAFFS_NOTE = "work in progress: 'The Director would like to use CPA' (an intended use of the tool)"
IMS_CONTROL = "This application/agreement is a request for pseudonymised record-level HES data which will be controlled by two legal entities:"
ANNOTATIONS["NIC-373563-N8Z9J"] = {"flows": [
    flow("NHS Digital", IMS, "pseudonymised", "transfer",
         "IMS Health will receive the data from HSCIC and will apply derivations.",
         ["HSCIC", "NHS Digital"], IMS_AS, IMS_HES,
         note="pseudonymised: 'a request for pseudonymised record-level HES data' (Objectives); 'non-identifiable data'"),
    flow(IMS, "Providers", "aggregate", "access",
         "NHS Trusts will be granted access to HFS in exchange for continued supply to non-identifiable prescription data and agreement that IMS Health Ltd can use the data for more further research.",
         IMS_AS, IMS_TRUSTS,
         note="Hospital Feedback Services, IMS Health's hosted dashboard of aggregated HES data for the trusts' chief "
              "pharmacists ('When finalised, HFS will be given to all NHS Trusts'; 'IMS Health will provide HFS to all "
              "hospital trusts')"),
    flow(IMS, "Providers", "aggregate", "access",
         "Chief pharmacists will be given role-based access to a dashboard which will show them aggregated HES data, aggregated prescribing data and performance indicators.",
         IMS_AS, IMS_TRUSTS),
    flow(IMS, "Providers", "aggregate", "access", "IMS Health will provide HFS to all hospital trusts.", IMS_AS,
         IMS_TRUSTS, note="HFS, the hosted dashboard"),
    flow("Providers", IMS, "anonymised", "transfer",
         "NHS Trusts will be granted access to HFS in exchange for continued supply to non-identifiable prescription data and agreement that IMS Health Ltd can use the data for more further research.",
         IMS_TRUSTS, IMS_AS, ["prescription data", "Hospital Pharmacy Audit data"], optional=True,
         note="the trusts' prescription data (IMS Health's Hospital Pharmacy Audit), not this agreement's data; "
              "non-identifiable = anonymised"),
    flow(IMS, "Providers", "aggregate", "access",
         "The requirement for timely data is because the commissioners and providers to whom IMS Health provide IMS Health’s tools need to make decisions based on the most up-to-date information.",
         IMS_AS, IMS_TRUSTS, note="the tools are hosted by IMS Health and show end users aggregated data only"),
    flow(IMS, "NHS commissioners (collectively)", "aggregate", "access",
         "The requirement for timely data is because the commissioners and providers to whom IMS Health provide IMS Health’s tools need to make decisions based on the most up-to-date information.",
         IMS_AS, ["the commissioners", "commissioners"],
         note="the tools are hosted by IMS Health and show end users aggregated data only"),
    flow(IMS, "CCGs (collectively)", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["Clinical Commissioning Groups", "a group of CCGs"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "CSUs (collectively)", "aggregate", "transfer", IMS_CATS, IMS_AS, ["Commissioning Support Units (CSU’s)"],
         optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Providers", "aggregate", "transfer", IMS_CATS, IMS_AS, IMS_TRUSTS, optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "NHS England", "aggregate", "transfer", IMS_CATS, IMS_AS, ["NHS England"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Public Health England", "aggregate", "transfer", IMS_CATS, IMS_AS, ["Public Health England"],
         optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Health and Wellbeing Boards (collectively)", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["Health and Wellbeing Boards"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Universities (collectively)", "aggregate", "transfer", IMS_CATS, IMS_AS, ["Universities"],
         optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Life science companies (collectively)", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["Life science industry", "Pharmaceutical companies", "Medical Device companies"], optional=True,
         note=IMS_CATS_NOTE),
    flow(IMS, "Association of the British Pharmaceutical Industry", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["the Association of the British Pharmaceutical Industry (ABPI)", "ABPI"], optional=True,
         note=IMS_CATS_NOTE + "; 'Industry bodies – limited to ...'"),
    flow(IMS, "Ethical Medicines Industry Group", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["Ethical Medicines Industry Group (EMIG)", "EMIG"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, "Proprietary Association of Great Britain", "aggregate", "transfer", IMS_CATS, IMS_AS,
         ["the Proprietary Associated of Great Britain (PAGB)", "PAGB"], optional=True, note=IMS_CATS_NOTE),
    flow(IMS, NICE, "aggregate", "transfer",
         "IMS Health also requires national data to inform economic analyses for inclusion in submissions to NICE, which makes decisions at a national level.",
         IMS_AS, ["NICE", "the National Institute for Health and Care Excellence"], optional=True,
         note="analyses for inclusion in submissions to NICE (made by IMS Health's clients or with them): a stated need"),
    flow(IMS, "European Medicines Agency", "aggregate", "transfer",
         "•\tProviding analyses to decision making bodies such as the European Medicines Agency and the National Institute for Health and Care Excellence; in order to enable them to grant patients access to innovative medicines",
         IMS_AS, ["the European Medicines Agency"], optional=True, note="an example ('such as') of a benefit"),
    flow(IMS, NICE, "aggregate", "transfer",
         "•\tProviding analyses to decision making bodies such as the European Medicines Agency and the National Institute for Health and Care Excellence; in order to enable them to grant patients access to innovative medicines",
         IMS_AS, ["NICE", "the National Institute for Health and Care Excellence"], optional=True,
         note="an example ('such as') of a benefit"),
    flow(IMS, "NHS Aylesbury Vale CCG", "aggregate", "transfer", IMS_MSK, IMS_AS, ["Aylesbury Vale CCG", "the clients"],
         note=IMS_MSK_NOTE),
    flow(IMS, "NHS Chiltern CCG", "aggregate", "transfer", IMS_MSK, IMS_AS, ["Chiltern CCG", "the clients"],
         note=IMS_MSK_NOTE),
    flow(IMS, "Buckinghamshire NHS Trust", "aggregate", "transfer", IMS_MSK, IMS_AS,
         ["Buckinghamshire NHS Trust", "the clients"], note=IMS_MSK_NOTE),
    flow(IMS, "Care UK", "aggregate", "transfer", IMS_MSK, IMS_AS, ["Care UK", "the clients"], note=IMS_MSK_NOTE),
    flow("CCGs (collectively)", IMS, "unspecified", "transfer",
         "The analysis used HES data plus data supplied from 8 CCGs.",
         ["8 CCGs"], IMS_AS, optional=True, note="the CCGs' own data for the MSK project, not this agreement's data"),
    flow(IMS, "University Hospital of South Manchester NHS Foundation Trust", "aggregate", "transfer",
         "The results of this work were presented to the Trust in February 2016.",
         IMS_AS, ["University Hospital South Manchester", "the University Hospital of South Manchester (UHMS)", "UHSM"],
         note="a past output presented to the trust (the 'UHSM project', an exploratory analysis using VHD)"),
    flow(IMS, "Heart of England NHS Foundation Trust", "aggregate", "transfer",
         "The analysis was presented at various stages to a team from the Trust in early 2016.",
         IMS_AS, ["the Heart of England NHS Foundation Trust", "the Heart of England Foundation Trust"],
         note="a past output presented to the trust"),
    flow("Heart of England NHS Foundation Trust", IMS, "unspecified", "transfer",
         "The analysis, combined with the Trust’s own data, aimed to improve the efficiency of care.",
         ["the Heart of England NHS Foundation Trust", "the Heart of England Foundation Trust"], IMS_AS,
         optional=True, note="the trust's own data, not this agreement's"),
    flow(IMS, "NHS Cambridgeshire and Peterborough CCG", "aggregate", "transfer",
         "This work was presented in February 2016.",
         IMS_AS, ["Cambridge and Peterborough CCG", "the CCG", "Cambridgeshire and Peterborough"],
         note="recipient from the heading 'Using CPA to streamline hip replacement pathways in Cambridge and Peterborough "
              "CCG' and the Local Chief Officer's 'IMS Health provided me the insight ...'"),
    flow("NHS Cambridgeshire and Peterborough CCG", IMS, "unspecified", "transfer",
         "CPA in combination with HES and the CCG’s own local activity data was used to establish a gold standard pathway in Cambridgeshire and Peterborough for four providers in the region.",
         ["Cambridge and Peterborough CCG", "the CCG", "Cambridgeshire and Peterborough"], IMS_AS, optional=True,
         note="the CCG's own data, not this agreement's"),
    flow(IMS, "Providers", "aggregate", "transfer",
         "This analysis is being developed alongside HCPs and the expected benefit is that the results will be presented back to HCPs in a way that will allow them to improve patients’ quality of life in a cost effective manner.",
         IMS_AS, IMS_TRUSTS + ["HCPs"], optional=True,
         note="Cancer Vanguard project (a tender 'with a group of NHS Trusts', in scoping): an expected benefit"),
    flow(IMS, "NHS Cannock Chase CCG", "aggregate", "access", IMS_STAFFS, IMS_AS, ["Cannock and Chase CCG"],
         optional=True, note=IMS_STAFFS_NOTE),
    flow(IMS, "NHS Stafford and Surrounds CCG", "aggregate", "access", IMS_STAFFS, IMS_AS, ["Stafford and Surrounds CCG"],
         optional=True, note=IMS_STAFFS_NOTE),
    flow(IMS, "NHS South East Staffs and Seisdon Peninsular CCG", "aggregate", "access", IMS_STAFFS, IMS_AS,
         ["South East Staffs and Seisdon Peninsula CCG"], optional=True, note=IMS_STAFFS_NOTE),
 ], "roles": [
    noted(role(IMS, "controller", IMS_CONTROL, IMS_AS),
          "the list item '•\tIMS Health UK ltd' under this sentence (the applicant, IMS Health Ltd)"),
    noted(role(IMSTS, "controller", IMS_CONTROL, [IMSTS]), "the list item '•\tIMS Health TS' under this sentence"),
 ]}

# --- commercial-information: Lightfoot Solutions, Signals from Noise (sfn) tool ---
# Two rows (195 and 196, the versions' texts; 196 repeats most of 195 and rewrites the Expected Benefits); a sentence
# found in both is placed in the first.
LF = "LIGHTFOOT SOLUTIONS UK LTD"
LF_AS = ["Lightfoot", "Lightfoot’s", "The Lightfoot HES group", LF]
LF_NHSD = ["NHS Digital"]
LF_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Accident and Emergency",
          "Hospital Episode Statistics Outpatients"]
LF_USERS = "Lightfoot provide the Signals from Noise (sfn) statistical tool, which is used by or for (where Lightfoot are providing the service) the following non-commercial organisations: NHS (Providers, Commissioners), Exeter Medical School, NHS Professional Associations, or Academic Health Science Networks (AHSNs)."
LF_USERS_NOTE = ("the organisations the sfn tool 'is used by or for': clients with access to aggregated, small-number-"
                 "suppressed HES through the tool hosted by Lightfoot ('All access by third parties is through the "
                 "Signals from Noise (sfn) tool')")
LF_PROV = ["Providers", "NHS (Providers, Commissioners)", "providers", "health provider", "NHS health provider",
           "an acute provider", "a southwest acute trust"]
LF_COMM = ["Commissioners", "NHS commissioning organisations", "commissioners", "An NHS Clinical Commissioning organisation",
           "the CCG"]
AMB = "Ambulance services (collectively)"
AMB_AS = ["Ambulance Trusts", "ambulance trusts", "the 10 ambulance trusts", "the 10 ambulance trusts in England",
          "ten national ambulance trusts", "several ambulance trusts", "these ambulance services", "one ambulance service",
          "The ambulance service", "the ambulance trust", "English ambulance trusts", "the member ambulance trusts",
          "member ambulance trusts"]
AACE = "Association of Ambulance Chief Executives"
AACE_AS = ["the Association of Ambulance Chief Executives (AACE)", "Association of Ambulance Chief Executives (AACE)",
           "Association of Ambulance Chief Executives", "AACE", "the AACE", "ACCE"]
EXETER = "University of Exeter"
EXETER_AS = ["Exeter Medical School", "Exeter University"]
SWAHSN = "South West Academic Health Science Network"
SWAHSN_AS = ["South West Academic Health Science Network", "South West Academic network"]
CLAHRC = "NIHR CLAHRC South West Peninsula"
CLAHRC_AS = ["NIHR CLAHRC South West Peninsula", "SW Peninsula CLAHRC",
             "SW Peninsula CLAHRC (Collaboration for Leadership in Applied Health Research and Care)",
             "Pen chord (the Peninsula Collaboration for Health Operational Research and Development)", "Pen chord",
             "The team"]
LF_AACE = "Lightfoot continue to  provide benchmarking data to the Association of Ambulance Chief Executives Association of Ambulance Chief Executives (AACE) that has allowed the membership of  English ambulance trusts to explore the variation in outcomes for patients transported to hospital by ambulance to inform national policy."
LF_NATIONWIDE = "C. Association of Ambulance Chief Executives (AACE): provision of nationwide benchmarking solution to ACCE and ten national ambulance trusts utilising HES data."
ANNOTATIONS["NIC-359692-Q4X1C"] = {"flows": [
    flow("NHS Digital", LF, "unspecified", "transfer",
         " i) HES Data will be downloaded via SEFT to Lightfoot’s secure data centre facility.",
         LF_NHSD, LF_AS, LF_HES,
         note="sender from the second row's 'Data provided by NHS Digital under this agreement'; record level, no state written"),
    flow(LF, "Providers", "aggregate", "access", LF_USERS, LF_AS, LF_PROV, note=LF_USERS_NOTE),
    flow(LF, "NHS commissioners (collectively)", "aggregate", "access", LF_USERS, LF_AS, LF_COMM, note=LF_USERS_NOTE),
    flow(LF, EXETER, "aggregate", "access", LF_USERS, LF_AS, EXETER_AS, note=LF_USERS_NOTE),
    flow(LF, "NHS professional associations (collectively)", "aggregate", "access", LF_USERS, LF_AS,
         ["NHS Professional Associations"], note=LF_USERS_NOTE),
    flow(LF, "AHSNs (collectively)", "aggregate", "access", LF_USERS, LF_AS,
         ["Academic Health Science Networks (AHSNs)", "academic science network (AHSN)"], note=LF_USERS_NOTE),
    flow(LF, "NHS commissioners (collectively)", "aggregate", "access",
         "2) Providing access to summary and statistical analysis of patient data to NHS commissioning organisations to support healthcare planning and service redesign, using the Statistical Process Control (SPC) view to:",
         LF_AS, LF_COMM),
    flow(LF, AMB, "aggregate", "access",
         "3) Providing access to summary and statistical analysis of patient data to Ambulance Trusts to support service improvement programmes.",
         LF_AS, AMB_AS, note="ambulance trusts as their own collective (as NIC-29100-R2S2F's ambulance services)"),
    flow(LF, AACE, "aggregate", "access",
         "4) Providing access to summary and statistical analysis of patient data to the Association of Ambulance Chief Executives (AACE) to enable and support national improvement programmes by using HES data to demonstrate outcomes of patient cohorts taken to hospital via the Urgent & Emergency Care pathway and conveyed by ambulance.",
         LF_AS, AACE_AS),
    flow(LF, AACE, "aggregate", "transfer", LF_AACE, LF_AS, AACE_AS, note="second row's wording (the first: 'benchmarking data form HES')"),
    flow(LF, AACE, "aggregate", "transfer", LF_NATIONWIDE, LF_AS, AACE_AS),
    flow(LF, AMB, "aggregate", "transfer", LF_NATIONWIDE, LF_AS, AMB_AS),
    flow(LF, AMB, "aggregate", "transfer",
         "6)    Lightfoot have been commissioned to support several ambulance trusts in analysis of patient journey data with ambulance trusts to review clinical models in order to deliver the local urgent care strategy and develop a model to treat more people at home and refer to local community services where appropriate.",
         LF_AS, AMB_AS, note="commissioned analysis for the ambulance trusts (first row's numbering '6)')"),
    flow(AACE, AMB, "aggregate", "transfer",
         "B. Providing benchmarking data to the AACE has allowed the member ambulance trusts to explore the variation in outcomes for patients transported to hospital by ambulance.",
         AACE_AS, AMB_AS, optional=True, note="the members' use of the benchmarking implies the AACE passes it on; not stated"),
    flow(AMB, "NHS commissioners (collectively)", "aggregate", "transfer",
         "This work has progressed for one ambulance service which has used the HES data to demonstrate to stakeholders and commissioners the effectiveness of a new clinical model in a particular geographical area.",
         AMB_AS, ["commissioners", "stakeholders and commissioners"], optional=True,
         note="a client's (unnamed ambulance service's) own use of the outputs with its commissioners"),
    flow(LF, SWAHSN, "aggregate", "access",
         "1) South West Academic Health Science Network with NIHR CLAHRC South West Peninsula on behalf of NHS England have used HES data within the Lightfoot platform to compare patient outcomes by comparing the Somerset Practice Quality Scheme (SPQS) with the national Quality & Outcomes Framework (QOF).",
         LF_AS, SWAHSN_AS, note="a client's past use of the platform (aggregate access only); the paper is publication"),
    flow(LF, CLAHRC, "aggregate", "access",
         "1) South West Academic Health Science Network with NIHR CLAHRC South West Peninsula on behalf of NHS England have used HES data within the Lightfoot platform to compare patient outcomes by comparing the Somerset Practice Quality Scheme (SPQS) with the national Quality & Outcomes Framework (QOF).",
         LF_AS, CLAHRC_AS, note="'with': the AHSN's partner in the same use"),
    flow(LF, SWAHSN, "aggregate", "access",
         "4) South West Academic Health Science Network have used the platform to assess the opportunity for social intervention bonds around diabetes activity and alcohol related activity for early intervention in terms of Emergency Department Care, Outpatient Care and Admitted Patient Care.",
         LF_AS, SWAHSN_AS),
    flow(LF, CLAHRC, "aggregate", "access",
         "4) Pen chord (the Peninsula Collaboration for Health Operational Research and Development) part of SW Peninsula CLAHRC (Collaboration for Leadership in Applied Health Research and Care) used HES data over the past year to:",
         LF_AS, CLAHRC_AS, note="second row; PenCHORD is part of the CLAHRC; a client's use of the HES in the platform"),
    flow(CLAHRC, "Torbay and South Devon NHS Foundation Trust", "aggregate", "transfer",
         "The model’s findings have been presented to Torbay and South Devon NHS Foundation Trust in a report describing how the resources available affect the Trust’s ability to meet best-practice targets for stroke care.",
         CLAHRC_AS, ["Torbay and South Devon NHS Foundation Trust", "Torbay and Devon Foundation trust"],
         note="second row: PenCHORD's report of findings from the HES modelling to the trust"),
    flow(CLAHRC, "Royal Cornwall Hospitals NHS Trust", "aggregate", "transfer",
         "•\tWorked with The Royal Cornwall Hospitals NHS Trust to explore the current Cornwall acute and rehab stroke treatment system, and to determine whether ring-fencing beds in acute hospitals and RSUs would allow those requiring treatment to have a rehab bed in the location of their choice.",
         CLAHRC_AS, ["The Royal Cornwall Hospitals NHS Trust", "Royal Cornwall Hospitals NHS Trust"], optional=True,
         note="second row; 'Worked with': delivery of results to the trust not written ('Initial results from the project "
              "have been shared with stakeholders via the local Stroke Partnership Board')"),
    flow(CLAHRC, "Stroke Partnership Board (Cornwall)", "aggregate", "transfer",
         "Initial results from the project have been shared with stakeholders via the local Stroke Partnership Board.",
         CLAHRC_AS, ["the local Stroke Partnership Board", "Stroke Partnership Board"], optional=True,
         note="second row; the board is the channel ('via') to unnamed stakeholders"),
    flow(EXETER, "South West Cardiovascular Strategic Clinical Network", "aggregate", "transfer",
         "2) Exeter University supported the South West Cardiovascular Strategic Clinical network (SW SCN) in recommendations to reconfigure existing acute services to establish a network of emergency centres for heart attacks and strokes .",
         EXETER_AS, ["the South West Cardiovascular Strategic Clinical network (SW SCN)", "SW SCN"], optional=True,
         note="a client's support in recommendations (advice) drawing on HES modelling: advice outputs are optional"),
    flow(SWAHSN, "Providers", "aggregate", "transfer",
         "2) In 2017 South West Academic network used the HES data to support a southwest acute trust to understand the urgent care flow through their acute hospital.",
         SWAHSN_AS, LF_PROV, optional=True,
         note="second row; a client's support of an unnamed trust ('Their A&E delivery board used the information'); "
              "the handover is implied"),
    flow(LF, "CCGs (collectively)", "aggregate", "transfer",
         "6) Lightfoot are a planning a workshop with Greater Manchester senior leadership to review the incidence of fractured neck of femur across their CCGs and explore using acute data as part of a group of metrics to measure outcomes for their elderly population to monitor initiatives to be rolled out in line with NICE guidance for frail patients and patients with long term conditions.",
         LF_AS, ["Greater Manchester senior leadership", "their CCGs"], optional=True,
         note="second row; a planned workshop (meeting format): 'The HES data in the sfn platform will provide data on "
              "numbers to support these discussions'"),
    flow(LF, "C4L", "unspecified", "transfer",
         "C4L hosts Lightfoot’s secure rack, servers, power and internet connection within their facility.",
         LF_AS, ["C4L"], optional=True, note="hosting of Lightfoot's own rack: C4L is not called a processor (no role)"),
 ], "roles": [
    role(LF, "access-restricted-to",
         "No organisation other than Lightfoot are able to access record level data, all third party access  which is restricted to the customer group set out in the application are aggregated with small numbers suppressed inline with the HES analysis guide.",
         LF_AS),
 ]}

# --- council-hes-extract: the HDIS template, word for word Oldham's (NIC-387994-T3R5C) up to the team's name ---
LANCS = "LANCASHIRE COUNTY COUNCIL"
LANCS_AS = ["the Local Authority", "Local Authority", "Local Authorities", "Lancashire County Council",
            "Lancashire County Council's Public Health Intelligence Team", "the Public Health Intelligence team", LANCS]
ANNOTATIONS["NIC-387749-B8Z3M"] = {"flows": [
    flow("NHS Digital", LANCS, "pseudonymised", "access",
         "This application/agreement is for online access to the record level HES database via the HDIS2 system.",
         NHSD, LANCS_AS, ["HES", "HDIS2"],
         note="holder from the next sentence: 'The system is hosted and audited by NHS Digital ...'"),
    flow(LANCS, "NHS commissioners (collectively)", "aggregate", "transfer",
         "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
         LANCS_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
         note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
 ], "roles": [
    role(LANCS, "access-restricted-to",
         "The data will only be processed by Local Authority employees in fulfilment of their public health function, and will not be transferred, shared, or otherwise made available to any third party, including any organisations processing data on behalf of the Local Authority or in connection with their legal function.",
         LANCS_AS),
 ]}
