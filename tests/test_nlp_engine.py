"""The extraction engine as data: the rules table, typed facts, order-independent steps, kinds declared once."""

from __future__ import annotations

from importlib import resources

import pytest
from rdflib import OWL, RDF, RDFS, Graph

from nhskg import kinds, model, ontology
from nhskg.graph import html_style, vocab
from nhskg.model import Agreement, Location, Section
from nhskg.nlp import flows as flow_rules
from nhskg.nlp import roles as role_rules
from nhskg.nlp.extract import analyse, extract
from nhskg.nlp.facts import OrgEnd, RefEnd, TextAnalysis
from nhskg.nlp.marked import sentences_of, view_of_doc
from nhskg.nlp.pipeline import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def _extract(text, *, applicant="NHS Devon CCG", controllers=("NHS DEVON CCG",)):
    agreement = Agreement(
        reference="NIC-10000-AAAAA", applicant=applicant, controllers=list(controllers),
        sections=[Section("Processing", text, Location("register.txt", 10))],
    )
    return extract([agreement])


# --- one real register sentence per row of the rules table (2017 register, Processing column) ---------

RULE_SENTENCES = [
    ("exchanged-between",
     "To support the pan CCG view of data across Morecambe Bay data will be exchanged between DSCRO North and "
     "DSCRO Midlands and Lancashire sharing their respective CCGs data with each other.",
     {("north-of-england-dscro", "central-midlands-dscro"), ("central-midlands-dscro", "north-of-england-dscro")}),
    ("from-to", "3. Identifiable GP Data is securely sent from the GP system to North of England CSU.",
     {("gp-practices", "north-of-england-commissioning-support-unit")}),
    ("obtained-from-by",
     "1. Identifiable SUS data is obtained from the SUS Repository by North East London Data Services for "
     "Commissioners Regional Office (DSCRO).",
     {("nhs-digital", "north-east-london-dscro")}),
    ("receives-from", "North of England DSCRO also receives identifiable local provider data for the CCG directly from Providers.",
     {("providers", "north-of-england-dscro")}),
    ("receives-national",
     "1. North East London Data Services for Commissioners Regional Office (DSCRO) obtains a flow of data "
     "identifiable at the level of NHS number for Mental Health (MHSDS, MHMDS, MHLDDS).",
     {("nhs-digital", "north-east-london-dscro")}),
    ("verb-to",
     "2. Data quality management and standardisation of data is completed by Central and Midlands DSCRO and the data "
     "identifiable at the level of NHS number is transferred securely to Midlands and Lancashire CSU, who hold the "
     "SUS data within the secure Data Centre on N3.",
     {("central-and-midlands-dscro", "midlands-and-lancashire-commissioning-support-unit")}),
    ("has-access",
     "North of England CSU hosts the risk stratification tool. GPs have access to the risk stratification tool "
     "which highlights patients for whom the GP is responsible.",
     {("north-of-england-commissioning-support-unit", "gp-practices")}),
]


@pytest.mark.parametrize("rule, sentence, pairs", RULE_SENTENCES, ids=[r[0] for r in RULE_SENTENCES])
def test_each_rule_reads_its_real_sentence(rule, sentence, pairs):
    x = _extract(sentence)
    assert {(f.source, f.target) for f in x.flows if f.rule == rule} == pairs
    assert all(f.rule == rule for f in x.flows)


def test_every_rule_name_is_a_row_of_the_table(seed_extraction):
    names = {r.name for r in flow_rules.FLOW_RULES} | {"verb-to-implicit-source", "verb-into-system", "disseminated-as-follows"}
    used = {f.rule for f in seed_extraction.flows}
    assert used and used <= names, used - names
    assert len({r.name for r in flow_rules.FLOW_RULES}) == len(flow_rules.FLOW_RULES)


def test_the_rule_is_in_the_graph(seed_build):
    g = Graph().parse(seed_build / "graph.ttl")
    flows = set(g.subjects(RDF.type, vocab.FLOW_CLASS))
    ruled = {f for f in flows if g.value(f, vocab.EXTRACTION_RULE) is not None}
    assert flows and ruled == flows
    assert {str(g.value(f, vocab.EXTRACTION_RULE)) for f in flows} >= {"register-fields", "verb-to", "receives-from"}


# --- typed facts ------------------------------------------------------------------------------------------

def test_the_cache_form_round_trips(nlp, seed_agreements):
    results = [analyse(nlp(s.text), text=s.text) for a in seed_agreements.values() for s in a.sections if s.name == "Processing"]
    result = next(r for r in results if r.flows and r.roles and any(isinstance(f.target, RefEnd) for f in r.flows))
    again = TextAnalysis.from_json(result.to_json())
    assert again == result
    assert all(isinstance(f.source, (OrgEnd, RefEnd)) or f.source.key for f in again.flows)


# --- steps that do not depend on their order --------------------------------------------------------------

PROCESSOR_TEXT = (
    "Data Processor 1 – Arden and GEM CSU\n"
    "Arden and GEM CSU passes the data to the CCG.\n"
    "Data Processor 2 – AQuA (via DP1)\n"
    "The data processor does not access data.\n"
)


def test_roles_before_flows_give_the_same_roles(nlp):
    doc = nlp(PROCESSOR_TEXT)
    view = view_of_doc(doc, PROCESSOR_TEXT)
    sentences = sentences_of(view)
    roles_first = role_rules.find_roles(view, sentences)
    flows_after = flow_rules.find_flows(view, sentences=sentences)
    flows_first = flow_rules.find_flows(view, sentences=sentences)
    roles_after = role_rules.find_roles(view, sentences)
    assert roles_first == roles_after and flows_first == flows_after
    non_accessing = [r for r in roles_first if r.role == "non-accessing-processor"]
    assert [r.org.surface or r.org.org_id for r in non_accessing] == ["advancing-quality-alliance"]


# --- kinds declared once -----------------------------------------------------------------------------------

def test_every_kind_is_declared_in_the_ontology_and_styled():
    g = Graph().parse(resources.files(ontology) / "nhskg.ttl")
    for name, kind in kinds.KINDS.items():
        cls = vocab.NHSKG[kind.rdf_class]
        assert (cls, RDF.type, OWL.Class) in g, name
        assert (cls, RDFS.subClassOf, vocab.ORG.Organization) in g or any(g.objects(cls, RDFS.subClassOf)), name
        style = html_style.KIND_STYLES[name]
        assert (style.label, style.stage, style.shape, style.color) == (kind.label, kind.style.stage, kind.style.shape, kind.style.color)
    assert model.ORG_KINDS == tuple(kinds.KINDS) == tuple(html_style.KIND_STYLES)


def test_kind_tables_derive_from_the_registry():
    from nhskg.nlp import extract as ex
    from nhskg.nlp import gazetteer, resolve

    assert resolve.HEADS["integrated care board"] == "ICB" and resolve.HEADS["llp"] == "Company"
    assert resolve.SIBLING_KINDS == {"DSCRO": "CSU", "CSU": "DSCRO"}
    assert resolve.GROUPS == {"GPPractice": ("gp-practices", "GP practices"), "CareProvider": ("providers", "Providers"),
                              "CCG": ("ccgs-collectively", "CCGs (collectively)"), "ICB": ("icbs-collectively", "ICBs (collectively)"),
                              "CSU": ("csus-collectively", "CSUs (collectively)"),
                              "LocalAuthority": ("local-authorities-collectively", "Local authorities (collectively)"),
                              "CareProfessional": ("direct-care-professionals-collectively",
                                                   "Direct care professionals (collectively)")}
    assert gazetteer.KIND_LONG_FORMS["CSU"] == ("Commissioning Support Unit (CSU)", "Commissioning Support Unit")
    assert ex.UNNAMED_ALIASES["DSCRO"] == ("DSCRO", "Data Services for Commissioners Regional Office (DSCRO)")


def test_components_declare_what_they_assign_and_require(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    summary = analysis["summary"]
    assert all(summary[name]["assigns"] for name in nlp.pipe_names), summary
