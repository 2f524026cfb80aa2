"""The flow, role and state rules on register-style text the seeds do not contain (other DSCROs, CSUs, CCGs)."""

from __future__ import annotations

import pytest

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import dataset_mentions, extract
from nhskg.nlp.resolve import normalise
from nhskg.nlp.states import detect_state, find_state, is_access


def _extract(text, *, applicant="NHS Devon CCG", controllers=("NHS DEVON CCG",), reference="NIC-10000-AAAAA"):
    agreement = Agreement(
        reference=reference, applicant=applicant, controllers=list(controllers),
        sections=[Section("Processing", text, Location("register.txt", 10))],
    )
    return extract([agreement])


def _pairs(x):
    return {(f.source, f.target) for f in x.flows}


def _id(x, name):
    """The id of the one organisation of ``x`` that ``name`` names (ids of new organisations are the resolver's business)."""
    key = normalise(name)
    found = {i for i, o in x.organisations.items() if key in {normalise(n) for n in (o.label, *o.aliases)}}
    assert len(found) == 1, (name, found)
    return found.pop()


def test_the_template_chain_with_other_offices():
    x = _extract(
        "1. South West Data Services for Commissioners Regional Office (DSCRO) receives a flow of SUS identifiable "
        "data for the CCG from the SUS Repository. South West DSCRO also receives identifiable local provider data "
        "for the CCG directly from Providers.\n"
        "2. Data quality management and pseudonymisation of data is completed by the DSCRO and the pseudonymised "
        "data is then passed securely to South, Central and West CSU for the addition of derived fields.\n"
        "3. South, Central and West CSU then pass the processed, pseudonymised and linked data to the CCG.\n"
    )
    dscro, csu, ccg = _id(x, "South West DSCRO"), _id(x, "South, Central and West CSU"), _id(x, "NHS Devon CCG")
    assert _pairs(x) == {("nhs-digital", dscro), ("providers", dscro), (dscro, csu), (csu, ccg)}
    states = {(f.source, f.target): f.state for f in x.flows}
    assert states[("nhs-digital", dscro)] == "identifiable"
    assert states[(dscro, csu)] == states[(csu, ccg)] == "pseudonymised"
    first = min(x.flows, key=lambda f: f.evidence.location.line)
    assert first.evidence.location == Location("register.txt", 10) and first.datasets == ("SUS",)
    assert x.organisations[csu].kind == "CSU" and "South, Central and West CSU" in x.organisations[csu].aliases | {x.organisations[csu].label}


@pytest.mark.parametrize(
    "sentence",
    [
        "Patient level data will not be shared outside of NHS Devon CCG.",
        "The ICB will not transfer record-level data to South West DSCRO.",
        "If required, data would be passed to the University of Leeds.",
        "Data may be sent to South, Central and West CSU where contractual arrangements are in place.",
        "Microsoft Limited supply Cloud Services to South, Central and West CSU.",
    ],
)
def test_prohibitions_conditions_and_services_are_not_flows(sentence):
    assert _extract(sentence).flows == []


def test_from_to_receives_from_and_access():
    x = _extract(
        "Data is securely transferred from Yorkshire DSCRO to North East London DSCRO.\n"
        "NHS Kernow CCG receives pseudonymised data from South West DSCRO.\n"
        "Identifiable GP Data is securely sent from the GP system to NEL CSU.\n"
        "GPs have access to the risk stratification tool held within NEL CSU.\n"
    )
    nel = _id(x, "NEL CSU")
    assert _pairs(x) == {
        (_id(x, "Yorkshire DSCRO"), _id(x, "North East London DSCRO")), (_id(x, "South West DSCRO"), _id(x, "NHS Kernow CCG")),
        ("gp-practices", nel), (nel, "gp-practices"),
    }
    modes = {(f.source, f.target): f.mode for f in x.flows}
    assert modes[(nel, "gp-practices")] == "access" and modes[("gp-practices", nel)] == "transfer"


def test_a_tool_whose_holder_another_section_names():
    text = "GPs have access to the risk stratification tool which highlights patients at risk."
    agreement = Agreement(
        reference="NIC-10000-AAAAA", applicant="NHS Devon CCG",
        sections=[
            Section("Outputs", text, Location("r.txt", 1)),
            Section("Processing", "SUS data is linked in the risk stratification tool held within SCW CSU.", Location("r.txt", 5)),
        ],
    )
    x = extract([agreement])
    assert _pairs(x) == {(_id(x, "SCW CSU"), "gp-practices")}
    # no holder named anywhere: the applicant holds it
    alone = _extract(text)
    assert _pairs(alone) == {(_id(alone, "NHS Devon CCG"), "gp-practices")}


def test_an_unnamed_dscro_stays_within_its_agreement():
    text = (
        "The Data Services for Commissioners Regional Office (DSCRO) obtains the following data sets:\n"
        "1. SUS+\n2. Local Provider Flows (received directly from providers)\n"
        "Data quality management and pseudonymisation is completed within the DSCRO and is then disseminated as follows:\n"
        "South East CSU\n"
        "1. Pseudonymised SUS+ only is securely transferred from the DSCRO to South East CSU.\n"
    )
    agreements = [
        Agreement(reference=ref, applicant="NHS Kent CCG", sections=[Section("Processing", text, Location(f"{ref}.txt", 1))])
        for ref in ("NIC-1-AAAAA", "NIC-2-BBBBB")
    ]
    x = extract(agreements)
    dscros = {f.target for f in x.flows if f.source == "nhs-digital"}
    assert dscros == {"unnamed-dscro-nic-1-aaaaa", "unnamed-dscro-nic-2-bbbbb"}
    assert x.organisations["unnamed-dscro-nic-1-aaaaa"].label == "Unnamed DSCRO (NIC-1-AAAAA)"
    csu = _id(x, "South East CSU")
    into_csu = {(f.agreement, f.source) for f in x.flows if f.target == csu}
    assert into_csu == {("NIC-1-AAAAA", "unnamed-dscro-nic-1-aaaaa"), ("NIC-2-BBBBB", "unnamed-dscro-nic-2-bbbbb")}
    assert {f.source for f in x.flows if f.source != "nhs-digital" and f.source != "providers"} == dscros


def test_roles_on_other_organisations():
    x = _extract(
        "Amazon Web Services UK Ltd supply cloud hosting and are therefore listed as a data processor. "
        "They supply support to the system, but do not access data.\n"
        "Access to the data is restricted to employees of Arden and GEM CSU only.\n"
        "Any access by Microsoft Limited would be considered a breach of the agreement.\n"
        "NHS Devon CCG are the sole data controller under this agreement.\n"
        "Processing for commissioning will be conducted by South, Central and West CSU.\n"
        "The DSCRO is not listed as a data processor.\n"
    )
    roles = {(r.organisation, r.role) for r in x.roles}
    assert roles == {
        (_id(x, "Amazon Web Services UK Ltd"), "non-accessing-processor"),
        (_id(x, "Arden and GEM CSU"), "access-restricted-to"),
        (_id(x, "Microsoft Limited"), "access-would-breach"),
        (_id(x, "NHS Devon CCG"), "controller"),
        (_id(x, "South, Central and West CSU"), "processor"),
    }


def test_states():
    assert find_state("the data identifiable at the level of NHS number is transferred") == "identifiable"
    assert find_state("pseudonymised record level data, anonymised in accordance with the ICO code") == "pseudonymised"
    assert find_state("data anonymised in line with the ICO Anonymisation Code of Practice") == "anonymised"
    assert find_state("aggregate reports only with small number suppression") == "aggregate"
    assert find_state("As no identifiable data is released") is None
    assert find_state("for de-identification") is None
    assert detect_state("Data is transferred.", "It receives a flow of SUS identifiable data.") == "identifiable"
    assert is_access("the CCG can access the online system") and not is_access("data is passed to the CCG")


def test_dataset_mentions_are_canonical():
    assert dataset_mentions("Mental Health (MHSDS, MHMDS, MHLDDS) and Maternity (MSDS)") == [
        "Maternity Services Data Set", "Mental Health Minimum Data Set",
        "Mental Health Services Data Set", "Mental Health and Learning Disabilities Data Set",
    ]
    assert dataset_mentions("nothing named here") == []


def test_free_text_dataset_names_come_from_the_one_table():
    # 002's "local provider data flows directly from Providers (such as Patient Level Invoice Backing
    # Dataset (PLD), High Cost Drugs data (HCD)": the short forms are the table's, so a structured
    # field that writes them meets the same dataset
    from nhskg.datasets import canonical_name

    text = "SUS+ and local provider data, PLD, HCD, 111 data, Primary Care Data and DIDs"
    names = dataset_mentions(text)
    assert names == [
        "Diagnostic Imaging Data Set", "GP data", "High Cost Drugs", "Local Provider Flows",
        "NHS 111 data", "Patient Level Invoice Backing Dataset", "SUS",
    ]
    assert [canonical_name(n) for n in ("PLD", "HCD", "SUS+", "Local Provider Data", "NDA")] == [
        "Patient Level Invoice Backing Dataset", "High Cost Drugs", "SUS", "Local Provider Flows",
        "National Diabetes Audit",
    ]


def test_invoice_validation_and_risk_stratification_template():
    x = _extract(
        "Data Processor 1 - South, Central and West Commissioning Support Unit\n"
        "INVOICE VALIDATION\n"
        "1. Invoice validation will be conducted by the Controlled Environment for Finance (CEfF) within the data processor (listed above).\n"
        "2. Identifiable SUS+ data is obtained from the SUS Repository by the Data Services for Commissioners Regional Office (DSCRO).\n"
        "3. The DSCRO pushes a one-way flow of the identifiable SUS+ data into the CEfF.\n"
        "RISK STRATIFICATION\n"
        "1. The DSCRO pseudonymises the data before transferring to the data processor (listed above) for risk stratification.\n"
        "2. Identifiable GP Data is securely sent from the GP system to the data processor.\n"
        "3. GPs have access to the risk stratification tool within the data processor.\n",
        applicant="NHS Kernow CCG", controllers=["NHS KERNOW CCG"],
    )
    csu = _id(x, "South, Central and West CSU")
    dscro = "unnamed-dscro-nic-10000-aaaaa"
    assert _pairs(x) == {("nhs-digital", dscro), (dscro, csu), ("gp-practices", csu), (csu, "gp-practices")}
    states = {f.state for f in x.flows if (f.source, f.target) == (dscro, csu)}
    assert states == {"identifiable", "pseudonymised"}  # into the CEfF identifiable; for risk stratification pseudonymised
    assert {(r.organisation, r.role) for r in x.roles} >= {(csu, "processor")}


def test_data_put_into_a_system_nobody_is_said_to_hold_goes_nowhere():
    assert _extract("North West DSCRO uploads the linked data to the dashboard tool.").flows == []


def test_the_data_processor_under_a_data_processor_heading():
    x = _extract(
        "Data Processor 1 – North of England CSU\n"
        "1. North of England DSCRO passes the pseudonymised data securely to the data processor.\n"
        "Data Processor 2 – AQuA (via DP1)\n"
        "1. North of England CSU then passes the pseudonymised data securely to the data processor.\n"
    )
    csu, aqua = _id(x, "North of England CSU"), _id(x, "AQuA")
    assert _pairs(x) == {(_id(x, "North of England DSCRO"), csu), (csu, aqua)}


def test_the_ccg_of_an_agreement_now_held_by_sub_icb_locations():
    x = _extract(
        "4. Midlands and Lancashire Commissioning Support Unit will then pass the processed, pseudonymised and linked data to the CCG.",
        applicant="NHS Midlands and Lancashire CSU",
        controllers=["NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05D", "NHS STAFFORDSHIRE AND STOKE-ON-TRENT ICB - 05G"],
    )
    # "the CCG" is the agreement's own commissioners as the register names them: both sub-ICB locations
    targets = [x.organisations[f.target] for f in x.flows]
    assert [(t.kind, t.ods_code, t.part_of) for t in targets] == [
        ("ICB", "05D", "nhs-staffordshire-and-stoke-on-trent-integrated-care-board"),
        ("ICB", "05G", "nhs-staffordshire-and-stoke-on-trent-integrated-care-board"),
    ]


def test_agents_and_lists_of_targets():
    x = _extract(
        "1. SUS data is received by North West DSCRO from NHS Digital.\n"
        "2. The pseudonymised data is sent by North West DSCRO to Midlands and Lancashire CSU.\n"
        "3. Midlands and Lancashire CSU then passes aggregate reports to NHS Bolton CCG and NHS England.\n"
        "4. The data will not be passed to NHS Bury CCG or NHS Oldham CCG.\n"
    )
    dscro, csu = _id(x, "North West DSCRO"), _id(x, "Midlands and Lancashire CSU")
    assert _pairs(x) == {("nhs-digital", dscro), (dscro, csu), (csu, _id(x, "NHS Bolton CCG")), (csu, "nhs-england")}


def test_joint_controllers():
    x = _extract("NHS Bolton CCG, NHS Bury CCG and NHS Salford CCG are joint data controllers for this agreement.", controllers=())
    assert {x.organisations[r.organisation].label for r in x.roles if r.role == "controller"} == {
        "NHS Bolton CCG", "NHS Bury CCG", "NHS Salford CCG",
    }


def test_processors_listed_below_as_headings():
    x = _extract(
        "Activities: Data will flow to North West DSCRO for pseudonymisation. The pseudonymised dataset will then "
        "flow to other data processors, as listed below, to undertake processing activities.\n"
        "South East CSU (in capacity of data warehouse host)\n"
        "Activities: reporting.\n"
        "University of Leeds\n"
        "Activities: research.\n",
        applicant="NHS England", controllers=(),
    )
    dscro = _id(x, "North West DSCRO")
    below = {_id(x, "South East CSU"), _id(x, "University of Leeds")}
    assert _pairs(x) == {("nhs-digital", dscro)} | {(dscro, org) for org in below}
    assert {r.organisation for r in x.roles if r.role == "processor"} == below


def test_a_bare_regional_name_is_the_office_the_agreement_names_elsewhere():
    # "AGEM" / "Arden GEM" alone resolve to the CSU; they are read as the region's DSCRO when the
    # agreement states that exchange with the kind written out (004, lines 131 and 146)
    x = _extract(
        "1. DSCRO AGEM send a copy of identifiable SUS data to Yorkshire DSCRO.\n"
        "2. Yorkshire DSCRO links the data and transfers it to DSCRO AGEM.\n"
        "3. Yorkshire DSCRO then passes the linked data to AGEM.\n"
        "4. Yorkshire DSCRO also sends the pseudonymised data to Arden GEM.\n"
    )
    yorkshire, agem_dscro = _id(x, "Yorkshire DSCRO"), _id(x, "AGEM DSCRO")
    by_line = {}
    for f in x.flows:
        by_line.setdefault(f.evidence.location.line, set()).add((f.source, f.target))
    assert by_line[12] == by_line[13] == {(yorkshire, agem_dscro)}
    assert "arden-and-gem-commissioning-support-unit" not in {f.target for f in x.flows}


def test_a_bare_regional_name_keeps_its_reading_without_such_a_statement():
    x = _extract(
        "1. DSCRO AGEM send a copy of identifiable SUS data to Yorkshire DSCRO.\n"
        "2. Yorkshire DSCRO links the data and passes it to AGEM.\n"
    )
    assert _pairs(x) == {(_id(x, "AGEM DSCRO"), _id(x, "Yorkshire DSCRO")), (_id(x, "Yorkshire DSCRO"), _id(x, "AGEM CSU"))}


def test_for_upload_after_a_recipient_is_the_recipients_step():
    # "… to X for upload to the tNR": X uploads; the subject's flow ends at X
    text = (
        "Arden and GEM CSU (in capacity of tNR host)\n"
        "1. Yorkshire DSCRO flows the linked data to North West DSCRO for upload to the tNR in pseudonymised form.\n"
        "2. South DSCRO extracts the data for upload to the tNR.\n"
    )
    x = _extract(text)
    assert _pairs(x) == {
        (_id(x, "Yorkshire DSCRO"), _id(x, "North West DSCRO")),
        (_id(x, "South DSCRO"), _id(x, "Arden and GEM CSU")),
    }


def test_feedback_to_providers_reaches_the_output_recipients_node():
    # 2017 register, NIC-41104-C0Y4K ([PurposeStatements] row 412, Expected Measurable Benefits)
    x = _extract("North of England DSCRO also receives identifiable local provider data for the CCG directly from Providers.\n"
                 "5) Feedback to NHS service providers on data quality at an aggregate level")
    flows = {(f.source, f.target): f for f in x.flows}
    ccg = _id(x, "NHS Devon CCG")
    feedback = flows[(ccg, "providers-recipients-of-outputs")]
    assert (feedback.state, feedback.rule, feedback.inferred_end) == ("aggregate", "aggregate-output", ("source", "target"))
    assert x.organisations["providers-recipients-of-outputs"].label == "Providers (recipients of outputs)"
    assert "service providers" in x.organisations["providers-recipients-of-outputs"].aliases
    # the providers that submit record-level data are another node: no path "CCG -> Providers -> DSCRO" is made
    assert ("providers", _id(x, "North of England DSCRO")) in flows
    assert not any(t == "providers" for _, t in flows)


@pytest.mark.parametrize("sentence", [
    "Feedback to NHS service providers will not be given.",
    "Feedback could be provided to NHS service providers if requested.",
    # 2017 register, NIC-58999-K6P8B (commercial-information, dev): the example of a hedged sharing is hedged too
    "• Results will also be shared with other parties where appropriate e.g. Sharing results with other NHS trusts who "
    "also manage PAH patients or sharing with international centres which also diagnose and manage PAH patients",
])
def test_negated_or_hedged_feedback_is_no_flow(sentence):
    assert _extract(sentence).flows == []


def _restricted(x):
    return {x.organisations[r.organisation].label for r in x.roles if r.role == "access-restricted-to"}


@pytest.mark.parametrize("sentence, applicant", [
    # 2017 register, NIC-346693-F2X1G ([PurposeStatements] row 182): "UCL" is not marked by the recogniser
    ("Only substantive employees of UCL will have access to the data and only for the purposes described in this document.",
     "UNIVERSITY COLLEGE LONDON (UCL)"),
    # NIC-148100-6RFK9 (row 110)
    ("All those with access to the data are substantive employees of University College London.", "UNIVERSITY COLLEGE LONDON (UCL)"),
    # NIC-03429-L9Y1D (row 7): the applicant called by its kind
    ("The data will only be processed by Local Authority employees in fulfilment of their public health function, and will "
     "not be transferred, shared, or otherwise made available to any third party, including any organisations processing "
     "data on behalf of the Local Authority or in connection with their legal function.", "WIRRAL METROPOLITAN BOROUGH COUNCIL"),
    # NIC-17875-X7K1V (row 150): an acronym of the applicant's name
    ("The network can be accessed remotely but all processing is logically on the server based at Canynge Hall and no data "
     "is removed from that server and the authorised personnel are all employees of UOB.", "UNIVERSITY OF BRISTOL"),
])
def test_access_restricted_to_the_applicant_named_in_unmarked_words(sentence, applicant):
    x = _extract(sentence, applicant=applicant, controllers=())
    assert _restricted(x) == {x.organisations[x.applicants["NIC-10000-AAAAA"]].label}


@pytest.mark.parametrize("sentence, applicant", [
    # the words name someone else than the applicant: no role, and no new organisation
    ("Only substantive employees of UCL will have access to the data and only for the purposes described in this document.",
     "UNIVERSITY OF BRISTOL"),
    # negated / hedged
    ("No employees of UCL will have access to the data.", "UNIVERSITY COLLEGE LONDON (UCL)"),
    ("Access could be restricted to employees of UCL if the data is moved.", "UNIVERSITY COLLEGE LONDON (UCL)"),
])
def test_no_restriction_role_for_other_names_or_negations(sentence, applicant):
    x = _extract(sentence, applicant=applicant, controllers=())
    assert _restricted(x) == set()
    assert all(r.role == "applicant" for r in x.roles)


def test_access_within_a_national_bodys_environment():
    # the current register's research template: the data stays in NHS England's environment, reached there
    x = _extract(
        "Researchers at the University of Leeds will analyse the data within the NHS England Secure Data Environment (SDE).\n"
        "This application is for online access to the record level HES database via the NHS Digital Portal/Data Access Environment.\n"
        "The data will not be accessed outside the NHS England SDE.",
        applicant="UNIVERSITY OF LEEDS", controllers=["UNIVERSITY OF LEEDS"],
    )
    flows = sorted((f.source, f.target, f.mode, f.rule, f.inferred_end) for f in x.flows)
    assert flows == [
        ("nhs-digital", "university-of-leeds", "access", "national-environment-access", ("target",)),
    ]


def test_access_within_the_environment_by_a_named_accessor():
    x = _extract(
        "The data will be accessed by Foo Analytics Ltd within the NHS England Secure Data Environment.",
        applicant="UNIVERSITY OF LEEDS", controllers=["UNIVERSITY OF LEEDS"],
    )
    [(source, target, mode)] = [(f.source, f.target, f.mode) for f in x.flows]
    assert (source, mode) == ("nhs-england", "access") and x.organisations[target].label == "Foo Analytics Ltd"


def test_the_csus_are_the_agreements_own_csus():
    # "released to the CSUs" in an agreement whose parties are two CSUs: both, and no CSU the text only names
    x = _extract(
        "Data is pseudonymised within NHS Digital and released to the CSUs. South, Central and West CSU is mentioned here.",
        applicant="NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT",
        controllers=["NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT", "NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT"],
    )
    assert sorted(f.target for f in x.flows if f.source == "nhs-digital") == [
        "midlands-and-lancashire-commissioning-support-unit",
        "north-east-london-commissioning-support-unit",
    ]


def test_a_team_or_unit_of_an_organisation_is_that_organisation():
    x = _extract(
        "Two further years of pseudonymised data will be disseminated by NHS Digital to the Strategy Unit at MLCSU.\n"
        "NHS Digital will send the extract to researchers at the University of Leeds.\n"
        "North of England CSU passes reports into the analytics team of NHS Cumbria CCG.",
        applicant="NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT",
        controllers=["NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT"],
    )
    # the receiving part's organisation, and no second flow to the applicant from the same clause
    assert _pairs(x) == {
        ("nhs-digital", "midlands-and-lancashire-commissioning-support-unit"),
        ("nhs-digital", "university-of-leeds"),
        ("north-of-england-commissioning-support-unit", "nhs-cumbria-ccg"),
    }


def test_reports_for_a_class_or_a_named_body_from_their_named_maker():
    x = _extract(
        "SUS PbR data is necessary to allow MLCSU to offer QIPP reports to all CCGs in England.\n"
        "In 2017, the CSU produced a report for NHS England describing the context of end of life care.\n"
        "AQuA produce reports for NHS Salford CCG's population.\n"
        "The UM team also produce aggregate level monthly reports for all CCGs.",
        applicant="NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT",
        controllers=["NHS ENGLAND"],
    )
    flows = sorted((f.source, f.target, f.state, f.inferred_end) for f in x.flows)
    # "all CCGs" is the class, not the agreement's own commissioner; "for X's population" names no recipient;
    # a maker the recogniser does not know ("The UM team") is not taken to be the applicant
    assert flows == [
        ("midlands-and-lancashire-commissioning-support-unit", "ccgs-collectively", "aggregate", ("target",)),
        # "the CSU": resolution, not the sentence's words, decided the source
        ("midlands-and-lancashire-commissioning-support-unit", "nhs-england", "aggregate", ("source",)),
    ]
