"""Organisations in the seed pages' free text: found, of the right kind, one node per organisation.

Expected values are read off the seed pages by hand (see the quoted phrases).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from nhskg.nlp.orgs import get_resolver
from nhskg.nlp.pipeline import make_nlp
from nhskg.nlp.resolve import Resolver


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.fixture(scope="module")
def found(nlp, seed_agreements):
    """reference -> {"forms": org id -> surface forms, "kinds": org id -> kind, "refs": [(text, kind)]}."""
    out = {}
    for ref, agreement in seed_agreements.items():
        forms = defaultdict(set)
        kinds = {}
        refs = []
        for section in agreement.sections:
            doc = nlp(section.text)
            for span in doc.spans["orgs"]:
                forms[span._.org_id].add(" ".join(span.text.split()))
                kinds[span._.org_id] = span._.org_kind
                assert span._.org_label == get_resolver(nlp).get(span._.org_id).label
            refs += [(s.text, s.label_) for s in doc.spans["org_refs"]]
        out[ref] = {"forms": forms, "kinds": kinds, "refs": refs}
    out["resolver"] = get_resolver(nlp)
    return out


# Every DSCRO, CSU, CCG/ICB and processor each agreement's text names, with its kind.
EXPECTED = {
    "NIC-36767-G4H9Z": {  # 001, NHS Cumbria CCG
        "north-of-england-dscro": "DSCRO",
        "central-midlands-dscro": "DSCRO",
        "north-of-england-commissioning-support-unit": "CSU",
        "midlands-and-lancashire-commissioning-support-unit": "CSU",  # "Midlands & Lancashire CSU"
        "nhs-cumbria-ccg": "CCG",
        "nhs-lancashire-north-ccg": "CCG",
        "advancing-quality-alliance": "Other",  # "Data Processor 2 – AQuA (via DP1)"
        "academic-health-science-network-utilisation-management-team": "Other",  # Data Processor 3
        "salford-royal-nhs-foundation-trust": "NHSTrust",
        "nhs-digital": "NHSDigital",  # "from the SUS Repository"
    },
    "NIC-379704-S6H6R": {  # 004, NHS England
        "arden-and-gem-dscro": "DSCRO",
        "arden-and-gem-commissioning-support-unit": "CSU",
        "north-of-england-dscro": "DSCRO",
        "north-of-england-commissioning-support-unit": "CSU",
        "the-health-foundation": "Charity",
        "nhs-england": "NHSEngland",
        "nhs-digital": "NHSDigital",
        "improvement-analytics-unit": "Other",
    },
    "NIC-69431-K1K8R": {  # 002, NHS England Direct Commissioning: the "DSCROs:" list
        "north-of-england-dscro": "DSCRO",
        "north-west-dscro": "DSCRO",
        "arden-and-gem-dscro": "DSCRO",  # "Greater East Midlands (GEM) DSCRO"
        "north-east-london-dscro": "DSCRO",  # "North & East of London DSCRO"
        "south-dscro": "DSCRO",  # "2.5 South"
        "central-southern-dscro": "DSCRO",  # "2.6 Central Southern"
        "south-west-dscro": "DSCRO",  # "2.7 South West"
        "nhs-england": "NHSEngland",
        "nhs-digital": "NHSDigital",  # "receive a national feed"
    },
    "NIC-05206-L1V6D": {  # 000, The Strategy Unit
        "midlands-and-lancashire-commissioning-support-unit": "CSU",
        "nhs-england": "NHSEngland",
        "the-strategy-unit": "Other",
        "the-nhs-transformation-unit": "Other",
        "northern-care-alliance-nhs-foundation-trust": "NHSTrust",
        "microsoft-limited": "Company",
        "lima-networks-ltd": "Company",
    },
    "NIC-234915-J3K4V": {  # 000, Staffordshire and Stoke on Trent CCGs
        "midlands-and-lancashire-commissioning-support-unit": "CSU",
        "nhs-cannock-chase-ccg": "CCG",
        "nhs-east-staffordshire-ccg": "CCG",
        "nhs-north-staffordshire-ccg": "CCG",
        "nhs-south-east-staffordshire-and-seisdon-peninsula-ccg": "CCG",
        "nhs-stafford-and-surrounds-ccg": "CCG",
        "nhs-stoke-on-trent-ccg": "CCG",
        "lima-networks-ltd": "Company",  # "any access by LIMA and Blackpool Teaching Hospitals"
        "blackpool-teaching-hospitals-nhs-foundation-trust": "NHSTrust",
    },
    "NIC-377038-J7G7X": {  # 000, Black Country
        "midlands-and-lancashire-commissioning-support-unit": "CSU",
        "nhs-dudley-ccg": "CCG",
        "nhs-sandwell-and-west-birmingham-ccg": "CCG",
        "nhs-walsall-ccg": "CCG",
        "nhs-wolverhampton-ccg": "CCG",
        "lima-networks-ltd": "Company",
        "microsoft-limited": "Company",
    },
    "NIC-317048-N8P0R": {  # 000, Worcestershire and Herefordshire
        "midlands-and-lancashire-commissioning-support-unit": "CSU",
        "nhs-herefordshire-ccg": "CCG",
        "nhs-redditch-and-bromsgrove-ccg": "CCG",
        "nhs-south-worcestershire-ccg": "CCG",
        "nhs-wyre-forest-ccg": "CCG",
        "lima-networks-ltd": "Company",
    },
    "NIC-617743-X0M9Z": {  # 003, Coventry and Warwickshire ICB
        "arden-and-gem-commissioning-support-unit": "CSU",  # "hosted in Arden and GEM Commissioning Support Unit"
        "nhs-coventry-and-warwickshire-ccg": "CCG",
        "nhs-digital": "NHSDigital",
    },
}


@pytest.mark.parametrize("reference", sorted(EXPECTED))
def test_every_named_organisation_is_found_with_its_kind(found, reference):
    kinds = found[reference]["kinds"]
    assert {i: kinds.get(i) for i in EXPECTED[reference]} == EXPECTED[reference]


def test_the_second_coventry_agreement_names_no_organisation_only_the_icb(found):
    # DARS-NIC-615985-Y6L2H's text says "the ICB" throughout and names nobody.
    assert dict(found["NIC-615985-Y6L2H"]["forms"]) == {}
    assert {kind for _, kind in found["NIC-615985-Y6L2H"]["refs"]} == {"ICB", "CareProvider", "GPPractice"}


def test_north_of_england_dscro_surface_forms_resolve_to_one_node(found):
    assert found["NIC-36767-G4H9Z"]["forms"]["north-of-england-dscro"] == {
        "North of England DSCRO",
        "North England DSCRO",
        "DSCRO North",
        "North of England Data Services for Commissioners Regional Office (DSCRO)",
        "North England Data Services for Commissioners Regional Office (DSCRO)",
    }
    assert found["NIC-379704-S6H6R"]["forms"]["north-of-england-dscro"] == {
        "North of England DSCRO",
        "North England DSCRO",
        "DSCRO North England",
    }


def test_north_of_england_csu_is_necs_and_not_the_dscro(found):
    assert found["NIC-379704-S6H6R"]["forms"]["north-of-england-commissioning-support-unit"] == {
        "North England CSU",
        "North England Commissioning Support Unit",
        "North of England Commissioning Support Unit",
        "North East Commissioning Support",
        "NECS",
    }
    assert found["NIC-36767-G4H9Z"]["forms"]["north-of-england-commissioning-support-unit"] == {"North of England CSU"}


def test_agem_dscro_and_agem_csu_stay_distinct(found):
    forms = found["NIC-379704-S6H6R"]["forms"]
    assert forms["arden-and-gem-dscro"] == {
        "AGEM DSCRO",
        "DSCRO AGEM",
        "Arden and GEM DSCRO",
        "Data Services for Commissioners Regional Office (DSCRO) AGEM",
    }
    assert forms["arden-and-gem-commissioning-support-unit"] == {"AGEM CSU", "Arden and GEM CSU", "Arden GEM", "AGEM"}
    assert found["NIC-69431-K1K8R"]["forms"]["arden-and-gem-dscro"] == {"Greater East Midlands (GEM) DSCRO"}


def test_dscro_midlands_and_lancashire_is_the_central_midlands_dscro_not_the_csu(found):
    forms = found["NIC-36767-G4H9Z"]["forms"]
    assert forms["central-midlands-dscro"] == {
        "Central Midlands DSCRO",
        "Central Midlands Data Services for Commissioners Regional Office (DSCRO)",
        "DSCRO Midlands and Lancashire",
    }
    assert forms["midlands-and-lancashire-commissioning-support-unit"] == {"Midlands & Lancashire CSU"}


def test_processors_and_their_forms(found):
    forms = found["NIC-36767-G4H9Z"]["forms"]
    assert forms["advancing-quality-alliance"] == {"AQuA"}
    assert forms["academic-health-science-network-utilisation-management-team"] == {
        "AHSN UMT",
        "Academic Health Sciences Network (Utilisation Management Team)",
        "Academic Health Service (Utilisation Management Team)",
    }
    assert forms["nhs-digital"] == {"NHS Digital", "SUS Repository"}
    assert found["NIC-05206-L1V6D"]["forms"]["microsoft-limited"] == {"Microsoft Limited"}
    assert found["NIC-234915-J3K4V"]["forms"]["lima-networks-ltd"] == {"LIMA"}
    assert found["NIC-377038-J7G7X"]["forms"]["lima-networks-ltd"] == {"LIMA Networks Ltd"}
    # "The Health Foundation (THF)" defines THF (an alias), the bracket is not a second mention
    assert found["NIC-379704-S6H6R"]["forms"]["the-health-foundation"] == {"The Health Foundation", "the Health Foundation"}



def test_abbreviations_defined_in_the_nhs_england_processing_text(nlp, seed_agreements):
    doc = nlp(seed_agreements["NIC-379704-S6H6R"].section("Processing").text)
    assert doc._.abbreviations == {
        "IAU": "Improvement Analytics Unit",  # "to deliver the Improvement Analytics Unit (IAU)"
        "NECS": "North England Commissioning Support Unit",  # "... Commissioning Support Unit (NECS)"
        "THF": "The Health Foundation",  # "The Health Foundation (THF) will only be provided with access"
    }


def test_mlcsu_forms(found):
    assert found["NIC-05206-L1V6D"]["forms"]["midlands-and-lancashire-commissioning-support-unit"] == {
        "MLCSU",
        "Midlands and Lancashire Commissioning Support Unit",
        "NHS Midlands and Lancashire CSU",
        "NHS Midlands and Lancashire Commissioning Support Unit",
    }


NOT_ORGANISATIONS = (
    "SUS+",
    "Data Sharing Framework Contract",
    "ICO",
    "Direct Care",
    "Kingston House",
    "the CSU",
    "the DSCRO",
    "the CCG",
    "the ICB",
    "CCGs",
    "GPs",
    "Providers",
    "Mental Health Services Data Set",
    "Improvement Analytics Unit (IAU)",
)


def test_things_that_are_not_organisations_are_not_spans(found):
    every_form = {f for ref, ag in found.items() if ref != "resolver" for forms in ag["forms"].values() for f in forms}
    assert every_form.isdisjoint(NOT_ORGANISATIONS)
    assert not any(f.lower().startswith(("the csu", "the dscro", "the ccg", "the icb")) for f in every_form)


def test_generic_references_are_kept_apart_with_their_kind(found):
    refs = set(found["NIC-36767-G4H9Z"]["refs"])
    assert {("the CCG", "CCG"), ("the CSU", "CSU"), ("the DSCRO", "DSCRO"), ("GPs", "GPPractice"), ("Providers", "CareProvider")} <= refs
    assert ("Each CSU", "CSU") in set(found["NIC-69431-K1K8R"]["refs"])


def test_the_icb_in_the_coventry_agreements_is_the_applicant(seed_agreements):
    r = Resolver()
    for ref in ("NIC-615985-Y6L2H", "NIC-617743-X0M9Z"):
        applicant = r.resolve_structured(seed_agreements[ref].applicant)
        assert applicant.id == "nhs-coventry-and-warwickshire-integrated-care-board"
        assert r.resolve_definite("ICB", {"nhs-digital", "arden-and-gem-commissioning-support-unit"}, applicant.id) == applicant.id


def test_the_csu_in_a_cumbria_agreement_naming_two_csus_is_not_guessed(found):
    r = Resolver()
    mentioned = set(found["NIC-36767-G4H9Z"]["kinds"])
    assert r.resolve_definite("CSU", mentioned, "nhs-cumbria-ccg") is None
    assert r.resolve_definite("CCG", mentioned, "nhs-cumbria-ccg") == "nhs-cumbria-ccg"
    assert r.resolve_definite("CSU", set(found["NIC-234915-J3K4V"]["kinds"]), "midlands-and-lancashire-commissioning-support-unit") == (
        "midlands-and-lancashire-commissioning-support-unit"
    )


def test_structured_names_resolve_to_the_text_nodes(seed_agreements):
    r = Resolver()
    applicants = {ref: r.resolve_structured(a.applicant).id for ref, a in seed_agreements.items()}
    assert applicants == {
        "NIC-05206-L1V6D": "midlands-and-lancashire-commissioning-support-unit",
        "NIC-234915-J3K4V": "midlands-and-lancashire-commissioning-support-unit",
        "NIC-317048-N8P0R": "midlands-and-lancashire-commissioning-support-unit",
        "NIC-36767-G4H9Z": "nhs-cumbria-ccg",
        "NIC-377038-J7G7X": "midlands-and-lancashire-commissioning-support-unit",
        "NIC-379704-S6H6R": "nhs-england",
        "NIC-615985-Y6L2H": "nhs-coventry-and-warwickshire-integrated-care-board",
        "NIC-617743-X0M9Z": "nhs-coventry-and-warwickshire-integrated-care-board",
        "NIC-69431-K1K8R": "nhs-england",  # "NHS England Direct Commissioning"
    }
    controllers = {c: r.resolve_structured(c) for a in seed_agreements.values() for c in a.controllers}
    ids = {c: o.id for c, o in controllers.items()}
    assert ids["NHS ENGLAND (QUARRY HOUSE)"] == "nhs-england"
    assert ids["NHS MIDLANDS AND LANCASHIRE COMMISSIONING SUPPORT UNIT"] == "midlands-and-lancashire-commissioning-support-unit"
    assert ids["NHS CANNOCK CHASE CCG"] == "nhs-cannock-chase-ccg"
    assert ids["NHS STOKE ON TRENT CCG"] == "nhs-stoke-on-trent-ccg"
    assert ids["NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD"] == "nhs-coventry-and-warwickshire-integrated-care-board"
    black_country = controllers["NHS BLACK COUNTRY ICB - D2P2L"]
    assert (black_country.kind, black_country.ods_code, black_country.part_of) == (
        "ICB",
        "D2P2L",
        "nhs-black-country-integrated-care-board",
    )
    sub_icbs = sorted(o.ods_code for c, o in controllers.items() if o.part_of == "nhs-staffordshire-and-stoke-on-trent-integrated-care-board")
    assert sub_icbs == ["04Y", "05D", "05G", "05Q", "05V", "05W"]
    # 2 + 12 + 2 + 2 controllers on page 000, 1 on page 003: 19 names, 19 nodes
    assert len(ids) == 19
    assert len(set(ids.values())) == 19


def test_applicant_as_written_is_kept_as_an_alias(seed_agreements):
    r = Resolver()
    cumbria = r.resolve_structured(seed_agreements["NIC-36767-G4H9Z"].applicant)
    assert cumbria.label == "NHS Cumbria CCG"
    assert "NHS Cumbria Ccg" in cumbria.aliases
    assert cumbria.ods_code == "01H"


def test_sentences_of_the_numbered_risk_stratification_list(nlp, seed_agreements):
    doc = nlp(seed_agreements["NIC-36767-G4H9Z"].section("Processing").text)
    sentences = [s.text.strip() for s in doc.sents]
    start = sentences.index("Risk Stratification")
    assert sentences[start : start + 12] == [
        "Risk Stratification",
        "1. Identifiable SUS data is sent from the SUS Repository to North of England Data Services for Commissioners Regional Office (DSCRO).",
        "2. Data quality management and standardisation of data is completed by North of England DSCRO and the data identifiable at the level "
        "of NHS number is transferred securely to North of England CSU, who hold the SUS data within the secure Data Centre on N3.",
        "3. Identifiable GP Data is securely sent from the GP system to North of England CSU.",
        "4. SUS data is linked to GP data in the risk stratification tool held within North of England CSU.",
        "5. As part of the risk stratification processing activity, GPs have access to the risk stratification tool within the data processor, "
        "which highlights patients with whom the GP has a legitimate relationship and have been classed as at risk.",
        "The only identifier available to GPs is the NHS numbers of their own patients.",
        "Any further identification of the patients will be completed by the GP on their own systems.",
        "6. North of England CSU who hosts the risk stratification system that holds SUS data is limited to those administrative staff with "
        "authorised user accounts used for identification and authentication.",
        "7. Once North of England CSU has completed the processing, the CCG can access the online system via a secure N3 connection to access "
        "the data pseudonymised at patient level and aggregated reports.",
        "Commissioning (Pseudonymised) – SUS and Local Flows",
        "To support the pan CCG view of data across Morecambe Bay data will be exchanged between DSCRO North and DSCRO Midlands and "
        "Lancashire sharing their respective CCGs data with each other.",
    ]


def test_sentences_of_the_dscro_list_and_a_run_together_stop(nlp, seed_agreements):
    doc = nlp(seed_agreements["NIC-69431-K1K8R"].section("Processing").text)
    sentences = [s.text.strip() for s in doc.sents]
    start = sentences.index("DSCROs:")
    assert sentences[start : start + 8] == [
        "DSCROs:",
        "2.1 North of England DSCRO",
        "2.2 North West DSCRO",
        "2.3 Greater East Midlands (GEM) DSCRO",
        "2.4 North & East of London DSCRO",
        "2.5 South",
        "2.6 Central Southern",
        "2.7 South West",
    ]
    # "... Mental Health (MHMDS, MHLDDS, MHSDS) and DIDS.The DSCROs also receive ..."
    assert sentences[start - 1].startswith("The DSCROs also receive local provider data flows directly from Providers")
