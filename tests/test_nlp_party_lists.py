"""Who "the CSUs" are when the agreement lists them in another section, and the subject of a second predicate (issue 10).

Texts quoted from DARS-NIC-371243-H1P5T-v7.2 (tests/data/dur; gold tests/gold/dur-c.json, development half):
the Objectives list the five CSUs providing the services, the Processing says the data is "released to the CSUs".
"""

from __future__ import annotations

from nhskg.model import Agreement, Location, Section
from nhskg.nlp.extract import extract

NELCSU = "NHS NORTH AND EAST LONDON COMMISSIONING SUPPORT UNIT"

OBJECTIVES = (
    "The Commissioning Support Units providing the services are:\n"
    "- North East London Commissioning Support Unit\n"
    "- North of England Commissioning Support Unit\n"
    "- South, Central and West Commissioning Support Unit\n"
    "- Midlands and Lancashire Commissioning Support Unit\n"
    "- Arden and Greater East Midlands Commissioning Support Unit\n\n"
    "NHS England (as the legal entity) is the sole data controller, and the CSUs (as part of NHS England) are data "
    "processors.\n\n"
    "ANS Group Ltd are assisting South Central and West CSU to transition to CLOUD services and are therefore a data "
    "processor.\n"
)
PROCESSING = "Data is pseudonymised within NHS Digital and released to the CSUs.  The pseudonym is not reversible.\n"

FIVE_CSUS = {
    "north-east-london-commissioning-support-unit",
    "north-of-england-commissioning-support-unit",
    "south-central-and-west-commissioning-support-unit",
    "midlands-and-lancashire-commissioning-support-unit",
    "arden-and-gem-commissioning-support-unit",
}


def _agreement(*sections: tuple[str, str]) -> Agreement:
    return Agreement(reference="NIC-371243-H1P5T", applicant=NELCSU, controllers=["NHS ENGLAND (QUARRY HOUSE)"], sections=[
        Section(name, text, Location("dur.xlsx", sheet="Agreements", row=2, column=name)) for name, text in sections])


def test_the_csus_are_the_ones_another_section_lists():
    x = extract([_agreement(("Objectives", OBJECTIVES), ("Processing", PROCESSING))])
    released = {(f.source, f.target) for f in x.flows if "released to the CSUs" in f.evidence.text}
    assert released == {("nhs-digital", csu) for csu in FIVE_CSUS}
    assert all(f.inferred_end == ("target",) for f in x.flows if "released to the CSUs" in f.evidence.text)
    processors = {r.organisation for r in x.roles if r.role == "processor"}
    assert processors == FIVE_CSUS | {"ans-group-ltd"}


def test_without_the_list_the_csus_are_the_agreements_own_csu_and_hold_no_role():
    x = extract([_agreement(("Objectives", OBJECTIVES.split("\n\n", 1)[1]), ("Processing", PROCESSING))])
    released = {f.target for f in x.flows if "released to the CSUs" in f.evidence.text}
    # the applicant, and SCW CSU, whose processor the text makes ANS Group Ltd: not a processor itself
    assert released == {"north-east-london-commissioning-support-unit"}
    assert {r.organisation for r in x.roles if r.role == "processor"} == {"ans-group-ltd"}


def test_a_list_of_what_the_csus_offer_lists_no_party():
    text = "The CSUs offer the following tools:\n- Arden and GEM CSU\n" + PROCESSING
    x = extract([_agreement(("Processing", text))])
    assert {f.target for f in x.flows if "released to the CSUs" in f.evidence.text} == {
        "north-east-london-commissioning-support-unit"}


# DARS-NIC-371243-H1P5T-v7.2 Processing: the CSUs' analysts make the outputs, the CSU's clients are the CCGs
CSU_CLIENTS = ("The pseudonymised record level HES and DIDs data is interrogated only by approved CSU substantively employed "
               "analysts to provide benchmarking and comparative information to CSU clients and NHS health economy wide "
               "transformation projects, that require detailed hospital level data.\n")


def test_the_csus_analysts_outputs_to_csu_clients_go_from_each_listed_csu_to_the_ccgs():
    x = extract([_agreement(("Objectives", OBJECTIVES), ("Processing", CSU_CLIENTS))])
    outputs = {(f.source, f.target, f.state, f.inferred_end) for f in x.flows if f.rule == "aggregate-output"}
    assert outputs == {(csu, "ccgs-collectively", "aggregate", ("source", "target")) for csu in FIVE_CSUS}


def test_without_the_list_the_csu_analysts_are_the_applicants():
    x = extract([_agreement(("Processing", CSU_CLIENTS))])
    assert {(f.source, f.target) for f in x.flows} == {("north-east-london-commissioning-support-unit", "ccgs-collectively")}
