"""Round 7 annotations of register2017-other.json, written by reading the dumps only.

Same rules and form as annotations_2017_other_r3.py (whose ``flow``/``role`` helpers are used): each flow and
role below was written by reading /work/annot/2017/<REF>.txt (written by dump_2017.py); no extractor output was
looked at (the extractor was not run on these agreements).  build_register2017_other_r3.py adds rounds 3 to 7 to
the gold and checks every evidence string.  As in round 6, every as-written list holds only forms the dump uses
(an empty list where the text never names the organisation).
"""
from annotations_2017_other_r3 import flow, role

# --- research-hes: UCL Department of Geography, geodemographic small-area profiling of health needs (HES + PDS names) ---
UCL = "UNIVERSITY COLLEGE LONDON (UCL)"
UCL_AS = ["University College London", "UCL", "UCL's", "UCL’s", UCL]
UCL_NHSD = ["NHS Digital"]
EALING = "NHS Ealing CCG"
EALING_AS = ["CCG Ealing", "CCG of Ealing", "the CCG"]
CDRC = "Consumer Data Research Centre"
CDRC_AS = ["the ESRC-funded Consumer Data Research Centre (CDRC – data.cdrc.ac.uk)", "CDRC", "the CDRC"]
UCL_STRATEGIC = "1, At the strategic level, UCL seek to support Clinical Commissioning Groups (CCGs), local authorities and other public sector partners in defining budgeting and commissioning priorities as part of the compulsory Joint Strategic Health Assessments (JSNAs) and Joint Health and Well-Being Strategies (JHWBs) (as per section 116, The Local Government and Public Involvement in Health Act 2007)."
UCL_STRATEGIC_NOTE = ("an expected benefit ('seek to support'); the classification reaches them by download from the CDRC "
                      "website (publication), no supply to them is stated")
ANNOTATIONS = {
    "NIC-28051-Q3K7L": {"flows": [
        flow("NHS Digital", UCL, "pseudonymised", "transfer",
             "5.\tNHS Digital supply a file of HES records with requested fields including pseudonymised HESIDs and linked classes",
             UCL_NHSD, UCL_AS, ["Hospital Episode Statistics Admitted Patient Care"],
             note="step 5 of the five-point process: HES records with pseudonymised HESIDs and the name classes NHS Digital "
                  "derived from PDS ('No names are disclosed to the researcher')"),
        flow("NHS Digital", UCL, "unspecified", "transfer",
             "Once the data has been disseminated from NHS Digital to UCL , other conferences and papers may also be included but cannot be confirmed at this time.",
             UCL_NHSD, UCL_AS, ["Hospital Episode Statistics Admitted Patient Care"],
             note="the same supply, named in the Outputs ('Once ...' presupposes it); the Outputs block gives the data no state"),
        flow(UCL, "NHS Digital", "unspecified", "transfer",
             "3.\tNHS Digital applies the names classification algorithm provided by UCL.",
             UCL_AS, UCL_NHSD, optional=True,
             note="UCL's names classification algorithm, run by NHS Digital on PDS names: software, not data about patients "
                  "(no cohort or identifiers are sent)"),
        flow(UCL, EALING, "aggregate", "transfer",
             "•\tpresentation of outputs to CCG Ealing using existing formal links between the CCG and CDRC",
             UCL_AS, EALING_AS,
             note="listed under 'The results will be disseminated in the following ways:' (a presentation to a named body "
                  "stated as planned); 'All outputs will use aggregate data with small numbers suppressed'"),
        flow(UCL, EALING, "aggregate", "transfer",
             "So far, analysis of the data has demonstrated the relevance of geographical variations in health needs and is being prepared for publication and sharing with CCG Ealing to link the findings to practice in North West London.",
             UCL_AS, EALING_AS, note="findings being prepared for sharing with the CCG (the publication is not a flow)"),
        flow(UCL, "Public Health England", "aggregate", "transfer",
             "•\ttargeted engagement with Public Health England using existing links with this research group",
             UCL_AS, ["Public Health England"], optional=True,
             note="engagement, not a stated supply: 'UCL are keen to engage with Public Health England and are in contact "
                  "with them to help identify suitable methods of dissemination' (intended)"),
        flow(UCL, CDRC, "aggregate", "transfer",
             "•\tprovision on data.cdrc.ac.uk, the CDRC data catalogue",
             UCL_AS, CDRC_AS, optional=True,
             note="the classification 'published and made available for download on a website that is linked to the "
                  "ESRC-funded Consumer Data Research Centre': publication through the CDRC's open catalogue; the CDRC "
                  "website's user base (PHE, CCGs, NHS trusts) reads published data (not flows)"),
        flow(UCL, "CCGs (collectively)", "aggregate", "transfer", UCL_STRATEGIC, UCL_AS,
             ["Clinical Commissioning Groups (CCGs)", "local Clinical Commissioning Groups (CCGs)", "CCGs"], optional=True,
             note=UCL_STRATEGIC_NOTE),
        flow(UCL, "Local authorities (collectively)", "aggregate", "transfer", UCL_STRATEGIC, UCL_AS,
             ["local authorities"], optional=True, note=UCL_STRATEGIC_NOTE),
        flow(UCL, "GP practices", "aggregate", "transfer",
             "2. At an more operational level, the study is also intended to improve personalised patient care by providing an evidence base (the profiling) for care providers, such as GP practices with a detailed contextualisation of local challenges including conditions by a refined measure of ethnicity.",
             UCL_AS, ["GP practices"], optional=True,
             note="'intended to ... by providing an evidence base ... for care providers, such as GP practices': an output "
                  "'for' a class (as NIC-18798-V2J6C's dashboard 'for GP Practices'), downloadable (publication)"),
        flow(UCL, "Providers", "aggregate", "transfer",
             "At an operational level, care providers (such as GP practices or hospital trusts) can use the classification in delivering personalised patient care, on which there is currently an important emphasis (see e.g. latest report of London Health Commission, 2014. ‘Better health for London’), including treatments and targeted health screening initiatives.",
             UCL_AS, ["care providers", "hospital trusts"], optional=True,
             note="'can use the classification': a benefit of the published classification, no supply stated"),
        flow("Office for National Statistics", UCL, "aggregate", "transfer",
             "The Census neighbourhood statistics, which the data will be linked to, are Office for National Statistics-cleared aggregate statistics; they do not contain information on individuals.",
             ["Office for National Statistics"], UCL_AS, ["UK Census 2001 and 2011"], optional=True,
             note="published census statistics linked at LSOA level inside UCL: not this agreement's data (publication)"),
     ], "roles": [
        role(UCL, "access-restricted-to",
             "The data will be accessed only by substantive employees of UCL and only for the purposes described in this document.",
             UCL_AS),
     ]},
}

# --- research-hes: University of Nottingham, Safe At Home scheme evaluation (HES analysed in SAIL at Swansea) ---
NOTT = "UNIVERSITY OF NOTTINGHAM"
NOTT_AS = ["the University of Nottingham", "University of Nottingham", "the applicant", "The applicant", "the study team",
           "The study team", NOTT]
NOTT_NHSD = ["NHS Digital", "NHS digital"]
SWAN = "Swansea University"
SWAN_AS = ["Swansea University", "the Swansea University", "the SAIL databank/UK SeRP at the Swansea University",
           "SAIL databank/UK SeRP", "the SAIL databank/UK Secure e-Research Platform (UKSeRP)", "the SAIL databank",
           "The SAIL Databank", "SAIL databank/UKSeRP", "SAIL", "UKSeRP"]
ROSPA = "Royal Society for the Prevention of Accidents"
ROSPA_AS = ["the Royal Society for the Prevention of Accidents (RoSPA)", "The Royal Society for the Prevention of Accidents (RoSPA)",
            "the Royal Society for the Prevention of Accidents", "RoSPA"]
NOTT_NICE = "National Institute for Health and Care Excellence (NICE)"
NOTT_NICE_AS = ["The National Institute for Health and Care Excellence (NICE)", "The National Institute for Health and Care Excellence",
                "the National Institute for Health and Care Excellence", "NICE"]
NOTT_HES = ["Hospital Episode Statistics Admitted Patient Care"]
NOTT_DIRECT = "The results will also inform the commissioning of home safety equipment schemes via the direct dissemination methods to CCGs and Local Authorities."
NOTT_DIRECT_NOTE = ("'direct dissemination ... to CCGs and Local Authorities' is stated as planned, but the next sentence "
                    "says it 'will happen via' the Faculty of Public Health's special interest groups and RoSPA's "
                    "practitioner audience: channels and meetings reaching an unnamed audience (a meeting format, as the "
                    "briefings 'distributed through INVOLVE ...', NIC-33318-X4Q1B), so optional")
NOTT_TARGET = "Research summaries/briefings will be specifically targeted at commissioners within CCGs and Local Authorities who are the most likely to commission population-level safety equipment schemes and work with Public Health England and the National Institute for Health and Care Excellence to disseminate their findings in evidence reviews that they produce."
NOTT_TARGET_NOTE = "summaries 'targeted at' commissioners: a targeted readership"
NOTT_CHANNELS = "This dissemination will happen via the Faculty of Public Health (individuals from the study team are members and will share the findings via special interest groups in child health and injury prevention) and via the Royal Society for the Prevention of Accidents who are part of the study group and have access to a large practitioner audience nationally and internationally."
NOTT_GROUP = "This will be achieved by members of the study team sharing the results of the study with the National Accident Prevention Strategy Group which they sit on with Public Health England who are reviewing the child accident prevention guidance, in conjunction with NICE."
NOTT_LAY = "A lay summary of the research will also be produces and, via the communications teams at the universities of Nottingham and Swansea disseminate this to the media and to RoSPA for their dissemination to parents."
NOTT_AIMED = "It would be aimed at Public Health Consultants, GPs, Commissioners and third sector organisations who may provide equipment on a charitable basis."
ANNOTATIONS["NIC-50919-D5R5D"] = {"flows": [
    flow("NHS Digital", SWAN, "pseudonymised", "transfer",
         "The HES data will be transferred in full, by NHS Digital, to the SAIL databank/UK SeRP at the Swansea University, where data will be processed and analysed.",
         NOTT_NHSD, SWAN_AS, NOTT_HES,
         note="the SAIL databank is Swansea University's ('substantive employees of the Swansea University (SAIL "
              "databank/UKSeRP)'); state from the Processing's statement of the same transfer ('Pseudonymised, "
              "non-sensitive record level HES data will be transferred from NHS Digital to the SAIL databank')"),
    flow("NHS Digital", SWAN, "pseudonymised", "transfer",
         "Pseudonymised, non-sensitive record level HES data will be transferred from NHS Digital to the SAIL databank/UK Secure e-Research Platform (UKSeRP) for secure storage, processing and statistical/health economic analysis.",
         NOTT_NHSD, SWAN_AS, NOTT_HES),
    flow(SWAN, NOTT, "pseudonymised", "access",
         "Access to the HES/PEDW/equipment supply data by researchers at the University of Nottingham will be via the secure platform connection to SAIL databank/UK SeRP.",
         SWAN_AS, NOTT_AS, NOTT_HES + ["PEDW"],
         note="remote access to the data held in SAIL (holder Swansea University); the HES in it is the pseudonymised "
              "record-level extract (state from the Processing, as the supply's)"),
    flow(ROSPA, SWAN, "aggregate", "transfer",
         "It is non-sensitive scheme activity data supplied by RoSPA to the SAIL databank.",
         ROSPA_AS, SWAN_AS, ["home safety equipment supply data"], optional=True,
         note="the scheme's own equipment-supply data at LSOA level ('contains no individually identifiable level data', "
              "'RoSPA LSOA level data'), merged in SAIL: not this agreement's data (as a study's own collection, "
              "NIC-29100-R2S2F)"),
    flow(NOTT, "National Accident Prevention Strategy Group", "aggregate", "transfer", NOTT_GROUP, NOTT_AS,
         ["the National Accident Prevention Strategy Group"],
         note="the results shared with a named group, stated as planned ('This will be achieved by ...'); outputs "
              "aggregate"),
    flow(NOTT, "Public Health England", "aggregate", "transfer", NOTT_GROUP, NOTT_AS, ["Public Health England"],
         optional=True,
         note="PHE sits on the group with the study team and is reviewing the guidance: the results reach it through the "
              "group (a meeting format), no report to PHE is stated"),
    flow(NOTT, NOTT_NICE, "aggregate", "transfer",
         "The results from this analysis will inform future updates of this guidance and will provide additional health economic / cost effectiveness data that does not currently exist.",
         NOTT_AS, NOTT_NICE_AS, optional=True,
         note="results informing NICE's guidance (PH29/PH30), through the strategy group 'in conjunction with NICE'; no "
              "report to NICE stated (as 'will inform NICE', NIC-14337-J4N1T)"),
    flow(NOTT, "CCGs (collectively)", "aggregate", "transfer", NOTT_DIRECT, NOTT_AS, ["CCGs"], optional=True,
         note=NOTT_DIRECT_NOTE),
    flow(NOTT, "Local authorities (collectively)", "aggregate", "transfer", NOTT_DIRECT, NOTT_AS,
         ["Local Authorities", "local authorities"], optional=True, note=NOTT_DIRECT_NOTE),
    flow(NOTT, "CCGs (collectively)", "aggregate", "transfer", NOTT_TARGET, NOTT_AS, ["CCGs"], optional=True,
         note=NOTT_TARGET_NOTE),
    flow(NOTT, "Local authorities (collectively)", "aggregate", "transfer", NOTT_TARGET, NOTT_AS,
         ["Local Authorities", "local authorities"], optional=True, note=NOTT_TARGET_NOTE),
    flow(NOTT, "Faculty of Public Health", "aggregate", "transfer", NOTT_CHANNELS, NOTT_AS, ["the Faculty of Public Health"],
         optional=True,
         note="a channel: members of the study team 'will share the findings via special interest groups' of the "
              "Faculty (as the briefings 'distributed through INVOLVE ...', NIC-33318-X4Q1B)"),
    flow(NOTT, ROSPA, "aggregate", "transfer", NOTT_CHANNELS, NOTT_AS, ROSPA_AS, optional=True,
         note="RoSPA as a channel to its practitioner audience (the lay summary to RoSPA is the required statement)"),
    flow(NOTT, ROSPA, "aggregate", "transfer", NOTT_LAY, NOTT_AS, ROSPA_AS,
         note="a lay summary of the findings, sent to RoSPA 'for their dissemination to parents' (stated as planned); the "
              "media and parents are not recipient nodes"),
    flow(SWAN, ROSPA, "aggregate", "transfer", NOTT_LAY, SWAN_AS, ROSPA_AS, optional=True,
         note="'via the communications teams at the universities of Nottingham and Swansea': Swansea's team may share in "
              "sending the lay summary; the summary is the study team's"),
    flow(NOTT, "GP practices", "aggregate", "transfer", NOTT_AIMED, NOTT_AS, ["GPs"], optional=True,
         note="'It would be aimed at': a targeted readership"),
    flow(NOTT, "NHS commissioners (collectively)", "aggregate", "transfer", NOTT_AIMED, NOTT_AS, ["Commissioners"],
         optional=True, note="'It would be aimed at': a targeted readership"),
 ], "roles": [
    role(SWAN, "access-restricted-to",
         "Data will not be accessible by any parties other than substantive employees of the Swansea University (SAIL databank/UKSeRP) and substantive employees of the University of Nottingham (accessed via remote secure platform connection).",
         SWAN_AS),
    role(NOTT, "access-restricted-to",
         "Data will not be accessible by any parties other than substantive employees of the Swansea University (SAIL databank/UKSeRP) and substantive employees of the University of Nottingham (accessed via remote secure platform connection).",
         NOTT_AS),
 ]}

# --- national-body: Department of Health, HDIS (HES APC, A&E, OP) ---
DH = "DEPARTMENT OF HEALTH (DH)"
DH_AS = ["The Department of Health", "Department of Health", "Department Of Health", "DH", "DH analysts",
         "Department of Health analytics team", "The analytics team", "the analytics team", "The team", "the team", DH]
DH_NHSD = ["NHS Digital", "the NHS Digital"]
DH_HES = ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Accident and Emergency",
          "Hospital Episode Statistics Outpatients", "HDIS"]
DH_STATE = "'Access is provided to the entire HES dataset (non-identifiable)' (Objectives; non-identifiable = anonymised)"
OECD = "Organisation for Economic Co-operation and Development (OECD)"
OECD_AS = ["the OECD", "OECD"]
HMT = "HM Treasury"
HMT_AS = ["HM Treasury", "HMT"]
DH_SUPPORT = "DH analysts do however also provide support to other agencies including NHS England, PHE, NHS Blood and Transplant etc."
DH_SUPPORT_NOTE = ("analytical support to other agencies ('including ... etc.'): support, like advice, is optional (what "
                   "the agencies receive is not written)")
DH_PANEL = "(2) it was part of a high-profile piece of work (commissioned by (Director General of public spending and finance at HMT) and (Chief Economic Adviser at HMT), and presented to a panel of senior officials from prestigious organisations  (Deputy National Statistician and Director General for Population and Public Policy at ONS) and (Chief Executive of the Behavioural Insights Team and Board Director)]"
DH_PANEL_NOTE = "presented to a panel of senior officials (a meeting format): the officials' organisations are optional"
ANNOTATIONS["NIC-09122-R1S1D"] = {"flows": [
    flow("NHS Digital", DH, "anonymised", "access",
         "Access is provided to the entire HES dataset (non-identifiable) for the specific purposes as listed below.",
         DH_NHSD, DH_AS, DH_HES,
         note="HDIS, NHS Digital's system ('The system is hosted and audited by NHS Digital'); " + DH_STATE),
    flow("NHS Digital", DH, "anonymised", "access",
         "This application is for online access to the record level HES database via the HDIS2 system.",
         DH_NHSD, DH_AS, ["HES", "HDIS2"],
         note="holder from the next sentence: 'The system is hosted and audited by NHS Digital ...'; state: " + DH_STATE),
    flow("NHS Digital", DH, "anonymised", "transfer",
         "The system has the ability to be able to produce small row count extracts for local analysis in Excel or other local analysis software.",
         DH_NHSD, DH_AS, DH_HES,
         note="record-level extracts downloaded from HDIS ('Having access to record level downloads', 'record level data "
              "extracted from the system'), as NHS England's HDIS downloads (NIC-18798-V2J6C); state: " + DH_STATE),
    flow("NHS Digital", DH, "aggregate", "transfer",
         "Users are also able to produce tabulations, aggregations, reports, charts, graphs and statistical outputs for viewing on screen or export to a local system.",
         DH_NHSD, DH_AS, DH_HES, note="aggregate outputs exported from HDIS to DH's local system"),
    flow(DH, OECD, "aggregate", "transfer",
         "The analytics team carry out a project for the OECD to provide information on volumes and costs of specific procedures and groups of patients.",
         DH_AS, OECD_AS, note="information provided to the OECD (indicators for 'Health at a Glance'); aggregate"),
    flow(DH, OECD, "aggregate", "transfer",
         "The data the team provide is used to create indicators of efficiency and productivity which are comparable on an international basis and are used for the “Health at a Glance” publication.",
         DH_AS, OECD_AS, note="the same supply to the OECD (its publication is not a flow)"),
    flow(DH, HMT, "aggregate", "transfer",
         "The team conducted this analysis as part of the value maps project: a piece of analysis HM Treasury commissioned from every central government Department in order to assess their understanding of current and potential efficiency and effectiveness.",
         DH_AS, HMT_AS, optional=True,
         note="analysis HM Treasury commissioned, 'presented to a panel of senior officials' (the research project itself "
              "is 'currently on hold'): its delivery to HMT is implied, not stated (as dur-c.json reads the same sentence "
              "of the later version); the HMT edge is required by the Lord Carter reporting 'for ... HMT'"),
    flow(DH, HMT, "aggregate", "transfer",
         "•\tCross sectional and time series analysis to understand efficiency and productivity of healthcare providers – This analysis is to be used for work relating to the Lord Carter report on efficiency, reporting on measures of efficiency and productivity for Secretary of State and HMT",
         DH_AS, HMT_AS,
         note="reporting for HMT (the Secretary of State heads DH itself: not another organisation); aggregate"),
    flow(DH, "Office for National Statistics", "aggregate", "transfer", DH_PANEL, DH_AS, ["ONS"], optional=True,
         note=DH_PANEL_NOTE),
    flow(DH, "Behavioural Insights Team", "aggregate", "transfer", DH_PANEL, DH_AS, ["the Behavioural Insights Team"],
         optional=True, note=DH_PANEL_NOTE),
    flow(DH, "NHS England", "aggregate", "transfer", DH_SUPPORT, DH_AS, ["NHS England"], optional=True,
         note=DH_SUPPORT_NOTE),
    flow(DH, "Public Health England", "aggregate", "transfer", DH_SUPPORT, DH_AS, ["PHE"], optional=True,
         note=DH_SUPPORT_NOTE),
    flow(DH, "NHS Blood and Transplant", "aggregate", "transfer", DH_SUPPORT, DH_AS, ["NHS Blood and Transplant"],
         optional=True, note=DH_SUPPORT_NOTE),
    flow(DH, "Public Health England", "aggregate", "transfer",
         "•\tInput to the quality assurance of denominator data derived from KH03 (quarterly bed availability and occupancy) used by PHE in annual publication of Healthcare Associated Infections (HCAI) rates.",
         DH_AS, ["PHE"], optional=True,
         note="an example use: input to the quality assurance of data PHE uses; to whom the input goes is not written"),
    flow(DH, "Prime Minister's Office (No. 10)", "aggregate", "transfer",
         "Department of Health analytics team is sometimes under great pressure from No. 10 / Secretary of State (SofS) to provide statistics such as:",
         DH_AS, ["No. 10"], optional=True,
         note="statistics No. 10 presses for ('sometimes under great pressure ... to provide'): a request, the supply "
              "implied; the Secretary of State heads DH itself"),
    flow(DH, "Department for Education", "aggregate", "transfer",
         "•\tDH works closely with DfE on policy for hospital schools.",
         DH_AS, ["DfE"], optional=True, note="joint policy work ('HES data is playing an important role in this'); no "
                                             "output to DfE stated (as 'work together with HSCIC', NIC-15336-S8W9K)"),
    flow(DH, "Parliament", "aggregate", "transfer",
         "- Responding to and answering of parliamentary questions in a timely fashion as part of statutory duties.",
         DH_AS, ["parliamentary questions"], optional=True,
         note="answers to Parliamentary Questions: a purpose (as NIC-15336-S8W9K)"),
    flow(DH, "Providers", "aggregate", "access",
         "One of the purpose of the MH is to serve as a platform to enable Trusts to compare resource and associated clinical output, level of responsiveness as well as their overall financial productivity to that of their peers.",
         DH_AS, ["Trusts", "hospitals"], optional=True,
         note="the Model Hospital's A&E indicators were 'created using the data you provided'; the platform's holder is "
              "not written and the trusts' use is its purpose"),
 ], "roles": [
    role(DH, "access-restricted-to",
         "All HDIS users with access to the HDIS system are substantive employees of DH.", DH_AS),
 ]}

# --- national-body: NHS National Services Scotland, Discovery benchmarking (English HES peers for Scottish boards) ---
NSS = "NHS NATIONAL SERVICES SCOTLAND"
NSS_AS = ["National Services Scotland", "National Services Scotland (NSS)", "NSS", "NNS", "NSS-ISD",
          "the NSS Information Services Division", "NSS staff", "NSS Discovery", "The Discovery Service", NSS]
NSS_NHSD = ["the (English) SEFT service"]
BOARDS = "NHS Scotland health boards (collectively)"
BOARDS_AS = ["Scottish NHS Territorial health boards", "Scottish Health Boards", "Scottish NHS Boards", "NHS Boards",
             "NHS Boards in Scotland", "the NHS Boards", "NHS Scotland health boards", "NHS Scotland Boards",
             "the NHS Scotland Boards", "NHS Scotland Territorial Health Boards", "the Boards", "the boards", "Boards",
             "Discovery subscribers", "service users"]
SG = "Scottish Government"
SG_AS = ["the Scottish Government", "Scottish Government"]
NSS_HES = ["Hospital Episode Statistics Accident and Emergency", "Hospital Episode Statistics Admitted Patient Care",
           "Hospital Episode Statistics Outpatients"]
NSS_USERS = "It can only be accessed by approved users within NHS Scotland health boards and the Scottish Government via a secure log in."
NSS_USERS_NOTE = ("the users of NSS Discovery (NSS's Tableau system, aggregated with small numbers suppressed): a users "
                  "list, as 'the organisations the sfn tool is used by or for' (NIC-359692-Q4X1C)")
NSS_PEERS = "These include, for example, the two largest boards (NHS Greater Glasgow and Clyde and NHS Lothian) and a large national elective centre (the Golden Jubilee hospital)."
NSS_PEERS_NOTE = ("a board named 'for example' among those needing English peers ('The pseudonymised English data "
                  "provides the NHS Boards with appropriate peer comparisons'); the boards' edge is required")
ANNOTATIONS["NIC-391119-T4J3R"] = {"flows": [
    flow("NHS Digital", NSS, "pseudonymised", "transfer",
         "The pseudonymised HES data is provided in a flat-file format.",
         NSS_NHSD, NSS_AS, NSS_HES,
         note="sender implicit (NHS Digital is never named; the English data comes 'using ... the (English) SEFT service', "
              "NHS Digital's secure file transfer); received on 'the secure server at NNS'"),
    flow("NHS Digital", NSS, "pseudonymised", "transfer",
         "Data is transferred using various secure file transfer methods including the (English) SEFT service.",
         NSS_NHSD, NSS_AS, NSS_HES,
         note="the English HES supply through SEFT; state from the next sentence ('The pseudonymised HES data is provided "
              "in a flat-file format')"),
    flow(NSS, BOARDS, "aggregate", "access",
         "The National Services Scotland (NSS) Discovery service is an N3 / SWAN based information system providing statistical and comparative benchmarking data updated on a monthly cycle to help Scottish NHS Territorial health boards review, monitor and plan services to support and meet their quality improvement ambitions.",
         NSS_AS, BOARDS_AS, note="'The data is shown at aggregate level, with small numbers suppressed'"),
    flow(NSS, BOARDS, "aggregate", "access", NSS_USERS, NSS_AS, BOARDS_AS, note=NSS_USERS_NOTE),
    flow(NSS, SG, "aggregate", "access", NSS_USERS, NSS_AS, SG_AS, note=NSS_USERS_NOTE),
    flow(NSS, SG, "aggregate", "access",
         "These outputs are only accessible by approved users within NHS Scotland and the Scottish Government via a secure log in.",
         NSS_AS, SG_AS, note="the Outputs' users of the visualisations"),
    flow(NSS, BOARDS, "aggregate", "access",
         "The pseudonymised English data provides the NHS Boards with appropriate peer comparisons.",
         NSS_AS, BOARDS_AS, note="the boards see the English peers' indicators in Discovery (aggregated, suppressed)"),
    flow(NSS, BOARDS, "aggregate", "transfer",
         "The Discovery tool is complemented with a ‘wrap-around service’ (WAS) that provides support to Discovery subscribers including bespoke analysis and reports.",
         NSS_AS, BOARDS_AS, note="bespoke analysis and reports for the subscribing boards ('funded by the NHS Scotland "
                                 "Territorial Health Boards')"),
    flow(NSS, BOARDS, "aggregate", "transfer",
         "The Wrap Around Service that supports NSS Discovery provides NHS Boards, when requested, with additional more detailed ad hoc analysis for specific comparators, still at an aggregate level.",
         NSS_AS, BOARDS_AS, note="ad hoc analyses for boards that request them (as CRAB's reviews 'for NHS Trusts which "
                                 "request them', NIC-351722-W7D4N)"),
    flow(NSS, "NHS Greater Glasgow and Clyde", "aggregate", "access", NSS_PEERS, NSS_AS, ["NHS Greater Glasgow and Clyde"],
         optional=True, note=NSS_PEERS_NOTE),
    flow(NSS, "NHS Lothian", "aggregate", "access", NSS_PEERS, NSS_AS, ["NHS Lothian"], optional=True, note=NSS_PEERS_NOTE),
    flow(NSS, "Golden Jubilee National Hospital", "aggregate", "access", NSS_PEERS, NSS_AS, ["the Golden Jubilee hospital"],
         optional=True, note=NSS_PEERS_NOTE),
    flow(BOARDS, NSS, "unspecified", "transfer",
         "The Discovery tool includes data from various sources including Scottish NHS Boards and Health & Social Care, and also inpatient, outpatient, A&E and maternity data from England and Wales.",
         BOARDS_AS, NSS_AS, optional=True,
         note="the boards' own Scottish data in Discovery (SMR), not this agreement's data"),
    flow("NHS Wales Informatics Service (NWIS)", NSS, "unspecified", "transfer",
         "Similar arrangements are in place with NWIS in Wales to provide rural comparisons for the three small island Boards that have no natural peers in Scotland.",
         ["NWIS"], NSS_AS, optional=True, note="the Welsh data under NWIS's own arrangement, not this agreement's data"),
    flow(NSS, "ATOS", "pseudonymised", "transfer",
         "The network data storage devices, including Tableau hardware, are located within a secure off-site location at ATOS in Livingston, which is managed under an existing NHS Scotland-wide service contract.",
         NSS_AS, ["ATOS", "Atos Origin Alliance (AOA)"], optional=True,
         note="hosting: 'ATOS will be responsible for the building, location and server room security', 'Maintenance of "
              "the hardware is handled by NSS staff'; not called a processor (no role)"),
 ], "roles": [
    role(NSS, "access-restricted-to",
         "Only substantive employees of National Services Scotland can access the record-level data.", NSS_AS),
 ]}

# --- council-hes-extract: the Pseudonymised HES Extract template (as Wirral, NIC-03429-L9Y1D), with an LGSS hosting row ---
CAMBS = "CAMBRIDGESHIRE COUNTY COUNCIL"
CAMBS_AS = ["the Local Authority", "Local Authority", "the Local Authorities", "Local Authorities", "Cambridgeshire County Council",
            CAMBS]
ANNOTATIONS["NIC-07763-M5K6S"] = {"flows": [
    flow("NHS Digital", CAMBS, "pseudonymised", "transfer",
         "Access to the data is provided to the Local Authority only, and will only be used for the public health purposes outlined above.",
         ["NHS Digital"], CAMBS_AS, ["Pseudonymised HES Extract Service"],
         note="source implicit: the Pseudonymised HES Extract is NHS Digital's service ('responsible ... to NHS Digital for ensuring that the data supplied')"),
    flow(CAMBS, "NHS commissioners (collectively)", "aggregate", "transfer",
         "The results of these analyses will then be used to inform the production of local health profiles, JSNAs and JHWSs; support the ‘core offer’ public health advice provided by the Director of Public Health to NHS commissioners; and advise any enquiries into health inequalities requested by the Health and Wellbeing Board.",
         CAMBS_AS, ["NHS commissioners", "local NHS commissioners"], optional=True,
         note="public health advice based on aggregate analyses, to a collective of NHS commissioners; whether advice is a data output is arguable"),
    flow(CAMBS, "LGSS", "pseudonymised", "transfer",
         "Data is stored and managed by LGSS.",
         CAMBS_AS, ["LGSS"], optional=True,
         note="second row: storage by the councils' shared service ('LGSS is a shared service wholly owned by "
              "Cambridgeshire, Northamptonshire and Milton Keynes Councils'; 'Analysis of the relevant data takes place "
              "at Cambridgeshire County Council'): hosting, LGSS is not called a processor (no role)"),
 ], "roles": [
    role(CAMBS, "access-restricted-to",
         "The data will only be processed by Local Authority employees in fulfillment of their public health function, and will not be transferred or otherwise made available to any third party, including Commissioning Support Units, Data Services for Commissioners Regional Offices, any organisation for the purposes of health research, or any Business Intelligence company providing analysis and intelligence services (whether under formal contract or not) to / or on behalf of the Local Authority.",
         CAMBS_AS),
 ]}

# --- mris-cohort-short: Salford Royal NHS Foundation Trust, MR739 (one sentence naming neither end, as ICR's NIC-147748-XD18S) ---
SALFORD = "SALFORD ROYAL NHS FOUNDATION TRUST"
ANNOTATIONS["NIC-148412-BC33Q"] = {"flows": [
    flow("NHS Digital", SALFORD, "identifiable", "transfer",
         "The data supplied will be used only for the approved medical research project - MR739: Rates of Cognitive Changes Preceding Death in Later Life",
         [], [SALFORD], ["MRIS - Cause of Death Report", "MRIS - Cohort Event Notification Report"], optional=True,
         note="'The data supplied' names neither the supplier nor the recipient (as ICR's NIC-147748-XD18S; Oxford's "
              "NIC-148369-8PPWK, naming both, is required); MRIS cause-of-death and cohort event reports on a cohort "
              "(approved researcher accreditation, SRSA 2007): identifiable"),
 ], "roles": []}

# --- commercial-information: Wilmington Healthcare (Disease Insight Reports, Q-PASS, tabulations) ---
WILM = "WILMINGTON HEALTHCARE"
WILM_AS = ["Wilmington Healthcare", "Wilmington Healthcare's", "the Neurology Commissioning Service (NCS)", "NCS",
           "its Commissioning Excellence directorate (formerly NCS)", "Commissioning Excellence directorate",
           "Wilmington Healthcare's Commissioning Excellence Directorate", WILM]
WILM_NHSD = ["NHS Digital", "the NHS Digital SEFT server", "NHS Digital's"]
LSC = "Life science companies (collectively)"
LSC_AS = ["Life Science Companies", "Life Science companies", "A life science company", "Group 5 users",
          "Life Science Companies (pharmaceutical, medical technology, and medical biotechnology)"]
WILM_TAB_USERS = "The following groups will be the end beneficiary and user of Tabulations:"
WILM_POTENTIAL = "The potential users of Tabulations are:"


def customer(target, tgt_as, item, heading=WILM_TAB_USERS):
    """One kind of organisation of a Group list under ``heading``: a customer base (optional), as IMS Health's lists."""
    return flow(WILM, target, "aggregate", "transfer", heading, WILM_AS, tgt_as, optional=True,
                note=f"the list item '{item}' under this heading: a kind of organisation the services are for, a customer "
                     "base (as IMS Health's 'will only be provided to' lists, NIC-373563-N8Z9J, NIC-24629-X6B6N); the same "
                     "groups are the 'potential users' of DIRs and Q-PASS")


G1 = "Group 1 – NHS- GPs, Commissioners, Trusts (Acute and Mental Health), Area & Regional Teams, Strategic Clinical networks"
G1_GOV = "Government & government aligned groups: DH, NHS England, NICE and Academic Health Science Networks (AHSN)"
G1_SOCIAL = "Social Care: Local Authorities, Health and Wellbeing Boards"
G1_CSU = "NHS England Commissioning Support Units (CSUs)"
WILM_WORCS = "Wilmington Healthcare's Commissioning Excellence Directorate has used HES data tabulations to enable understanding of patient management in neurology for Redditch and Bromsgrove, Worcestshire and Wyre Forest CCGs."
WILM_WORCS_NOTE = ("a past output delivered to the three CCGs ('All recommendations accepted by the 3 CCGs'); 'the 3 CCGs', "
                   "written for all three, is left out of each as-written list; aggregate tabulations")
ANNOTATIONS["NIC-16016-Y9H1D"] = {"flows": [
    flow("NHS Digital", WILM, "pseudonymised", "transfer",
         "Pseudonymised HES and DIDs data are securely downloaded via the NHS Digital SEFT server and stored on a secure network drive in one location in England.",
         WILM_NHSD, WILM_AS,
         ["Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Critical Care",
          "Hospital Episode Statistics Accident and Emergency", "Hospital Episode Statistics Outpatients", "DIDs"]),
    flow(WILM, LSC, "aggregate", "access",
         "Life Science Companies are a user of the aggregated outputs exclusively for the purpose of providing Q-PASS to benefit the health and social care organisations listed in Group 1 in England.",
         WILM_AS, LSC_AS,
         note="Q-PASS users of Group 5 (named users under contract, 'Users will view only aggregated ... data'), as "
              "Meditrends's same sentence (NIC-14340-R7G1F)"),
    flow(WILM, LSC, "aggregate", "access",
         "A life science company in Lancashire has used Q-PASS dashboards to help the CCGs identify issues around variation in the management of type 2 diabetes across the CCGs and their constituent GP practices, develop a new treatment guideline, and support practices with the highest need with training and mentorship to improve their confidence to manage",
         WILM_AS, LSC_AS, note="a client's past use of Q-PASS dashboards (aggregate access)"),
    flow(LSC, "CCGs (collectively)", "aggregate", "transfer",
         "A life science company in Lancashire has used Q-PASS dashboards to help the CCGs identify issues around variation in the management of type 2 diabetes across the CCGs and their constituent GP practices, develop a new treatment guideline, and support practices with the highest need with training and mentorship to improve their confidence to manage",
         LSC_AS, ["the CCGs"], optional=True,
         note="the client's onward use with unnamed Lancashire CCGs ('to help the CCGs identify issues'): the handover is "
              "implied (as a client's onward use, NIC-359692-Q4X1C)"),
    flow(WILM, "Hull Royal Infirmary", "aggregate", "access",
         "MS Pathway in Hull via the Hull Royal Infirmary used Wilmington Healthcare HES data to understand service need and create a new MS pathway",
         WILM_AS, ["the Hull Royal Infirmary", "Hull Royal Infirmary"],
         note="listed under 'Examples of where HES outputs being used by health and social care from Q-PASS': a past use "
              "of the outputs (the hospital's trust is not written)"),
    flow(WILM, "South East Coast Strategic Clinical Network", "aggregate", "transfer",
         "Neurology admission and cost analysis across the SE Coast Strategic Clinical Network. This work formed the audit aspect of the commissioning cycle from which service design recommendations were then created.",
         WILM_AS, ["the SE Coast Strategic Clinical Network", "SE Coast Strategic Clinical Network"],
         note="a past Q-PASS analysis for the network (same list); 'in one CCG alone' names no CCG (the CCG appears only in "
              "a URL)"),
    flow(WILM, "NHS Redditch and Bromsgrove CCG", "aggregate", "transfer", WILM_WORCS, WILM_AS, ["Redditch and Bromsgrove"],
         note=WILM_WORCS_NOTE),
    flow(WILM, "NHS Worcestershire CCG", "aggregate", "transfer", WILM_WORCS, WILM_AS, ["Worcestshire"],
         note=WILM_WORCS_NOTE + "; 'Worcestshire' as written (the text does not say which Worcestershire CCG)"),
    flow(WILM, "NHS Wyre Forest CCG", "aggregate", "transfer", WILM_WORCS, WILM_AS, ["Wyre Forest"], note=WILM_WORCS_NOTE),
    flow(WILM, "NHS Walsall CCG", "aggregate", "transfer",
         "In addition, HES data tabulations have been used to enable understanding of patient management in neurology for Walsall CCG.",
         WILM_AS, ["Walsall CCG", "The CCG"],
         note="a past output ('The CCG is currently utilising the data to enable service transformation'); aggregate "
              "tabulations"),
    flow(WILM, LSC, "aggregate", "transfer",
         "Life Science companies have used HES data tabulations to help NICE better understand the current management of Dupuytren’s contracture, including the range of treatment approaches and the costs associated with these.",
         WILM_AS, LSC_AS, note="a past output: tabulations supplied to life science companies"),
    flow(LSC, "National Institute for Health and Care Excellence (NICE)", "aggregate", "transfer",
         "Life Science companies have used HES data tabulations to help NICE better understand the current management of Dupuytren’s contracture, including the range of treatment approaches and the costs associated with these.",
         LSC_AS, ["NICE"], optional=True,
         note="the clients' onward use for NICE ('This has enabled NICE to review their guidance'): the handover is "
              "implied, not stated"),
    flow(WILM, LSC, "aggregate", "transfer", "4. Tabulation released to 3rd party", WILM_AS, LSC_AS, optional=True,
         note="a tabulation released to the commissioning 3rd party (as Meditrends's '4. Analysis released to 3rd party'); "
              "the potential users include Life Science Companies"),
    flow(WILM, "Multiple Sclerosis Trust", "aggregate", "transfer",
         "A report has been published on the MS Trust and Wilmington Healthcare websites.",
         WILM_AS, ["the MS Trust", "MS Trust"], optional=True,
         note="a DIR published on the charity's website: publication (the handover to the MS Trust is implied)"),
    flow(WILM, "National Institute for Health Research", "aggregate", "transfer",
         "One such report (the Neurology Intelligence Report) is the result of close working between a number of organisations including the National Institute for Health Research, which is the research arm of the NHS.",
         WILM_AS, ["the National Institute for Health Research", "National Institute for Health Research"], optional=True,
         note="joint work on a published report; no output to the NIHR stated"),
    customer("GP practices", ["GPs"], G1),
    customer("NHS commissioners (collectively)", ["Commissioners"], G1),
    customer("Providers", ["Trusts (Acute and Mental Health)", "Trusts"], G1),
    customer("NHS England area and regional teams (collectively)", ["Area & Regional Teams"], G1),
    customer("Strategic clinical networks (collectively)", ["Strategic Clinical networks"], G1),
    customer("Department of Health", ["DH"], G1_GOV),
    customer("NHS England", ["NHS England"], G1_GOV),
    customer("National Institute for Health and Care Excellence (NICE)", ["NICE"], G1_GOV),
    customer("AHSNs (collectively)", ["Academic Health Science Networks (AHSN)"], G1_GOV),
    customer("Local authorities (collectively)", ["Local Authorities"], G1_SOCIAL),
    customer("Health and Wellbeing Boards (collectively)", ["Health and Wellbeing Boards"], G1_SOCIAL),
    customer("CSUs (collectively)", ["NHS England Commissioning Support Units (CSUs)"], G1_CSU),
    customer("Commissioning support companies (collectively)",
             ["Companies that specialise in providing commissioning support services to the NHS"],
             "Group 3- Companies that specialise in providing commissioning support services to the NHS", WILM_POTENTIAL),
    customer("Patient support groups and charities (collectively)", ["Charity not-for-profit organisations"],
             "Group 4- Charity not-for-profit organisations", WILM_POTENTIAL),
 ], "roles": [
    role(WILM, "access-restricted-to",
         "Access to the network drive and servers that contain the pseudonymised record level data and aggregated database are restricted to named, fully trained members of Wilmington Healthcare staff with internal audits carried out (and documented) to ensure that only the appropriate, trained personnel within the organisation have access to these datasets.",
         WILM_AS),
 ]}
