"""build_graph on small hand-built agreements and extractions: every node, edge and piece of evidence."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from nhskg.graph import vocab as V
from nhskg.graph.rdf import build_graph
from nhskg.model import (
    REGISTER_FIELDS_SECTION,
    Agreement,
    DatasetRef,
    Evidence,
    Extraction,
    FileRelease,
    Flow,
    Location,
    Organisation,
    PageInfo,
    ReadResult,
    Role,
)
from nhskg.nlp.register import register_releases, register_state
from nhskg.ontology import ONTOLOGY

REF = "NIC-36767-G4H9Z"
REF2 = "NIC-617743-X0M9Z"
PAGE = "/data/seeds/001_d56ed5694f6db4e9.txt"
PAGE2 = "/data/seeds/003_130264f39e00b8a7.txt"

DSCRO_SENTENCE = Evidence(
    Location(PAGE, 41), "Processing",
    "Data is disseminated from NHS Digital to the North of England DSCRO, identifiable at the level of NHS number.",
)
CSU_SENTENCE = Evidence(
    Location(PAGE, 43), "Processing",
    "The DSCRO pseudonymises the data and passes it to North of England Commissioning Support Unit.",
)
CCG_SENTENCE = Evidence(
    Location(PAGE, 45), "Processing", "The CSU then makes the pseudonymised data available to NHS Cumbria CCG."
)
HOST_SENTENCE = Evidence(
    Location(PAGE, 50), "Processing", "Amazon Web Services host the data but do not access it."
)
CONTROLLER_FIELD = Evidence(Location(PAGE2, 14), "Data-controller type", "NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD")
SUCCESSION = Evidence(
    Location(PAGE2, 3), "Page",
    "The following CCG(s) previously occupied the footprint of the ICB: NHS Coventry and Warwickshire CCG",
)


def example_agreements() -> list[Agreement]:
    cumbria = Agreement(
        REF,
        versions=[REF],
        title="Commissioning (Pseudonymised) - SUS and Local Flows",
        applicant="NHS Cumbria Ccg",
        legal_bases=["Health and Social Care Act 2012", "Section 251 approval is in place for the flow of identifiable data"],
        opt_outs=["N", "Y"],
        types_of_data=["information not disclosed for TRE projects"],
        sensitivity=["Sensitive"],
        access_methods=["Ongoing"],
        release_start="2017-06",
        release_end="2017-05",
        release_months=["2017-06"],
        datasets=[
            DatasetRef("SUS Admitted Patient Care", "SUS Admitted Patient Care data"),
            DatasetRef("Mental Health Services Data Set", "Mental Health Services Data Set"),
        ],
        releases=[
            FileRelease(DatasetRef("SUS Admitted Patient Care", "SUS APC"), Location("register.xlsx", sheet="DataReleases", row=7),
                        month="2017-06", opt_outs_applied=True),
            FileRelease(DatasetRef("SUS Admitted Patient Care", "SUS APC"), Location("register.xlsx", sheet="DataReleases", row=8),
                        month="2017-06", opt_outs_applied=False),
        ],
        locations=[Location(PAGE, 10)],
        field_locations={"reference": Location(PAGE, 10), "applicant": Location(PAGE, 3)},
        page=PageInfo("NHS Cumbria Ccg", Location(PAGE, 3), files_disseminated_unsafely=71,
                      opt_outs_both_ways_flag=True, flag_text="🚩 NHS Cumbria Ccg was sent multiple files ..."),
    )
    coventry = Agreement(
        REF2,
        versions=["DARS-NIC-617743-X0M9Z"],
        applicant="NHS Coventry And Warwickshire Integrated Care Board",
        controllers=["NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD"],
        legal_bases=["Health and Social Care Act 2012 s261(2)(a)"],
        opt_outs=["Anonymised - ICO Code Compliant", "No (Does not include the flow of confidential data)"],
        dsa_start="2023-03-13",
        dsa_end="not a date",
        sublicensing=["No"],
        datasets=[DatasetRef("Hospital Episode Statistics Admitted Patient Care", "Hospital Episode Statistics Admitted Patient Care (HES APC)")],
        locations=[Location(PAGE2, 6)],
        field_locations={"reference": Location(PAGE2, 6), "applicant": Location(PAGE2, 2)},
    )
    return [coventry, cumbria]  # deliberately not sorted


def example_extraction() -> Extraction:
    orgs = {
        "nhs-digital": Organisation("nhs-digital", "NHS Digital", "NHSDigital", {"NHS Digital", "HSCIC"}),
        "north-of-england-dscro": Organisation("north-of-england-dscro", "North of England DSCRO", "DSCRO",
                                               {"the DSCRO", "North of England DSCRO"}),
        "north-of-england-csu": Organisation("north-of-england-csu", "North of England Commissioning Support Unit", "CSU",
                                             {"the CSU"}),
        "nhs-cumbria-ccg": Organisation("nhs-cumbria-ccg", "NHS Cumbria CCG", "CCG", {"NHS Cumbria Ccg"}, ods_code="01H"),
        "amazon-web-services": Organisation("amazon-web-services", "Amazon Web Services", "Company"),
        "nhs-coventry-and-warwickshire-ccg": Organisation(
            "nhs-coventry-and-warwickshire-ccg", "NHS Coventry and Warwickshire CCG", "CCG"),
        "nhs-coventry-and-warwickshire-icb": Organisation(
            "nhs-coventry-and-warwickshire-icb", "NHS Coventry and Warwickshire ICB", "ICB",
            {"NHS Coventry And Warwickshire Integrated Care Board", "NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD"},
            predecessors={"nhs-coventry-and-warwickshire-ccg": SUCCESSION}),
        "arden-gem-csu": Organisation("arden-gem-csu", "Arden and GEM CSU", "CSU",
                                      part_of="nhs-england"),
        "nhs-england": Organisation("nhs-england", "NHS England", "NHSEngland"),
    }
    flows = [
        Flow(REF, "nhs-digital", "north-of-england-dscro", ("SUS Admitted Patient Care",), "identifiable", "transfer", DSCRO_SENTENCE),
        Flow(REF, "north-of-england-dscro", "north-of-england-csu", (), "pseudonymised", "transfer", CSU_SENTENCE),
        Flow(REF, "north-of-england-csu", "nhs-cumbria-ccg", (), "pseudonymised", "access", CCG_SENTENCE),
    ]
    roles = [
        Role(REF, "amazon-web-services", "non-accessing-processor", HOST_SENTENCE),
        Role(REF2, "nhs-coventry-and-warwickshire-icb", "controller", CONTROLLER_FIELD),
    ]
    applicants = {REF: "nhs-cumbria-ccg", REF2: "nhs-coventry-and-warwickshire-icb"}
    return Extraction(
        organisations=orgs,
        flows=flows,
        register_flows=register_releases(example_agreements(), applicants),  # as the NLP stage makes them
        roles=roles,
        applicants=applicants,
        mentions={REF: {"north-of-england-dscro", "north-of-england-csu", "amazon-web-services"}},
    )


def example_graph() -> Graph:
    results = [ReadResult(PAGE, "spaced"), ReadResult(PAGE2, "compact")]
    return build_graph(example_agreements(), example_extraction(), read_results=results)


@pytest.fixture(scope="module")
def g() -> Graph:
    return example_graph()


def org(slug: str) -> URIRef:
    return V.org_iri(slug)


def flows_between(g: Graph, source: str, target: str) -> list[URIRef]:
    return sorted(
        f for f in g.subjects(V.SOURCE, org(source)) if (f, V.TARGET, org(target)) in g
    )


# --- agreements ------------------------------------------------------------------------


def test_agreement_is_a_dpv_agreement_identified_by_core_reference(g):
    a = V.agreement_iri(REF)
    assert str(a) == "https://w3id.org/nhskg/id/agreement/NIC-36767-G4H9Z"
    assert (a, RDF.type, V.DPV.DataProcessingAgreement) in g
    assert (a, RDF.type, V.NHSKG.DataSharingAgreement) in g
    assert list(g.objects(a, DCTERMS.identifier)) == [Literal(REF)]
    assert set(g.objects(V.agreement_iri(REF2), V.VERSION)) == {Literal("DARS-NIC-617743-X0M9Z")}
    assert g.value(a, DCTERMS.title) == Literal("Commissioning (Pseudonymised) - SUS and Local Flows")


def test_agreement_recipient_and_applicant_point_at_the_resolved_organisation(g):
    a = V.agreement_iri(REF)
    assert set(g.objects(a, V.DPV.hasRecipient)) == {org("nhs-cumbria-ccg")}
    assert set(g.objects(a, V.APPLICANT)) == {org("nhs-cumbria-ccg")}
    assert g.value(a, V.APPLICANT_AS_WRITTEN) == Literal("NHS Cumbria Ccg")


def test_opt_out_values_are_read_as_applied_or_not_only_where_they_say_so(g):
    # "N" and "Y" read as not applied and applied; "Anonymised - ICO Code Compliant" and
    # "No (Does not include the flow of confidential data)" say opt-outs do not apply.
    assert set(g.objects(V.agreement_iri(REF), V.OPT_OUTS_APPLIED)) == {Literal(False), Literal(True)}
    assert set(g.objects(V.agreement_iri(REF2), V.OPT_OUTS_APPLIED)) == set()


def test_register_fields_kept_as_written(g):
    a = V.agreement_iri(REF)
    assert set(g.objects(a, V.OPT_OUTS)) == {Literal("N"), Literal("Y")}
    assert set(g.objects(a, V.SENSITIVITY)) == {Literal("Sensitive")}
    assert set(g.objects(a, V.ACCESS_METHOD)) == {Literal("Ongoing")}
    bases = {str(g.value(b, RDFS.label)) for b in g.objects(a, V.DPV.hasLegalBasis)}
    assert bases == {"Health and Social Care Act 2012", "Section 251 approval is in place for the flow of identifiable data"}
    for basis in g.objects(a, V.DPV.hasLegalBasis):
        assert (basis, RDF.type, V.DPV.LegalBasis) in g


def test_legal_basis_nodes_are_shared_between_agreements():
    g = build_graph(
        [Agreement("A-1", legal_bases=["Health and Social Care Act 2012"]),
         Agreement("A-2", legal_bases=["Health  and Social Care Act 2012 "])],
        Extraction(),
    )
    assert set(g.objects(V.agreement_iri("A-1"), V.DPV.hasLegalBasis)) == set(
        g.objects(V.agreement_iri("A-2"), V.DPV.hasLegalBasis)
    )


def test_dates_and_months_are_typed_and_bad_dates_left_out(g):
    coventry = V.agreement_iri(REF2)
    assert g.value(coventry, V.DSA_START) == Literal("2023-03-13", datatype=XSD.date)
    assert g.value(coventry, V.DSA_END) is None  # "not a date"
    cumbria = V.agreement_iri(REF)
    assert g.value(cumbria, V.RELEASE_START) == Literal("2017-06", datatype=XSD.gYearMonth)
    # as written in the register (the end month is before the start): kept, not "fixed"
    assert g.value(cumbria, V.RELEASE_END) == Literal("2017-05", datatype=XSD.gYearMonth)


def test_page_flags_and_file_releases(g):
    a = V.agreement_iri(REF)
    assert g.value(a, V.FILES_UNSAFE) == Literal(71)
    assert g.value(a, V.BOTH_WAYS_FLAG) == Literal(True)
    assert g.value(a, V.BOTH_WAYS) == Literal(True)  # rows 7 and 8: same dataset and month, opt-outs both ways
    releases = sorted(g.objects(a, V.HAS_RELEASE))
    assert len(releases) == 2
    assert {g.value(r, V.OPT_OUTS_APPLIED) for r in releases} == {Literal(True), Literal(False)}
    assert {g.value(r, V.ROW) for r in releases} == {Literal(7), Literal(8)}
    for r in releases:
        assert g.value(r, V.MONTH) == Literal("2017-06", datatype=XSD.gYearMonth)
        assert g.value(r, V.SHEET) == Literal("DataReleases")
        assert g.value(r, V.DATASET) == V.dataset_iri("SUS Admitted Patient Care")
    assert g.value(V.agreement_iri(REF2), V.BOTH_WAYS) is None  # no releases listed: nothing to compute


# --- organisations ---------------------------------------------------------------------


def test_organisations_have_one_preflabel_and_an_altlabel_per_other_surface_form(g):
    icb = org("nhs-coventry-and-warwickshire-icb")
    assert list(g.objects(icb, SKOS.prefLabel)) == [Literal("NHS Coventry and Warwickshire ICB")]
    assert set(g.objects(icb, SKOS.altLabel)) == {
        Literal("NHS Coventry And Warwickshire Integrated Care Board"),
        Literal("NHS COVENTRY AND WARWICKSHIRE INTEGRATED CARE BOARD"),
    }
    dscro = org("north-of-england-dscro")
    assert set(g.objects(dscro, SKOS.altLabel)) == {Literal("the DSCRO")}  # the label itself is not repeated


def test_organisation_kind_class_ods_code_and_hierarchy(g):
    ccg = org("nhs-cumbria-ccg")
    assert set(g.objects(ccg, RDF.type)) == {V.ORG.Organization, V.NHSKG.CCG}
    assert g.value(ccg, V.ODS_CODE) == Literal("01H")
    assert g.value(org("arden-gem-csu"), V.ORG.subOrganizationOf) == org("nhs-england")


def test_ccg_to_icb_succession_is_an_org_change_event_with_evidence(g):
    icb, ccg = org("nhs-coventry-and-warwickshire-icb"), org("nhs-coventry-and-warwickshire-ccg")
    events = list(g.subjects(RDF.type, V.ORG.ChangeEvent))
    assert len(events) == 1
    event = events[0]
    assert g.value(event, V.ORG.originalOrganization) == ccg
    assert g.value(event, V.ORG.resultingOrganization) == icb
    assert (icb, V.ORG.resultedFrom, event) in g and (ccg, V.ORG.changedBy, event) in g
    evidence = g.value(event, PROV.wasDerivedFrom)
    assert str(g.value(evidence, V.QUOTE)).startswith("The following CCG(s) previously occupied")


def test_no_change_event_unless_the_extraction_gives_one():
    ex = example_extraction()
    ex.organisations["nhs-coventry-and-warwickshire-icb"].predecessors = {}
    g = build_graph(example_agreements(), ex)
    assert list(g.subjects(RDF.type, V.ORG.ChangeEvent)) == []


# --- flows -------------------------------------------------------------------------------


def test_text_flows_are_first_class_nodes(g):
    [flow] = flows_between(g, "nhs-digital", "north-of-england-dscro")
    assert (flow, RDF.type, V.NHSKG.DataFlow) in g and (flow, RDF.type, PROV.Activity) in g
    assert g.value(flow, V.IN_AGREEMENT) == V.agreement_iri(REF)
    assert g.value(flow, V.DATA_STATE) == V.DPV.IdentifyingPersonalData
    assert g.value(V.DPV.IdentifyingPersonalData, SKOS.notation) == Literal("identifiable")
    assert g.value(flow, V.MODE) == V.DPV.Transfer
    assert g.value(flow, V.STATED_BY) == V.NHSKG.FreeText
    assert set(g.objects(flow, V.DATASET)) == {V.dataset_iri("SUS Admitted Patient Care")}
    [access] = flows_between(g, "north-of-england-csu", "nhs-cumbria-ccg")
    assert g.value(access, V.MODE) == V.DPV.Access
    assert g.value(V.DPV.Access, SKOS.notation) == Literal("access")


def test_every_flow_carries_its_sentence_and_location(g):
    [flow] = flows_between(g, "north-of-england-dscro", "north-of-england-csu")
    evidence = g.value(flow, PROV.wasDerivedFrom)
    assert g.value(evidence, V.QUOTE) == Literal(CSU_SENTENCE.text)
    assert g.value(evidence, V.LINE) == Literal(43)
    assert g.value(evidence, V.SOURCE_FILE) == Literal(PAGE)
    assert g.value(evidence, V.LOCATION) == Literal(f"{PAGE}:43")
    assert g.value(evidence, V.SECTION) == Literal("Processing")
    document = g.value(evidence, PROV.atLocation)
    assert g.value(document, RDFS.label) == Literal(PAGE)
    assert g.value(document, V.LAYOUT) == Literal("spaced")
    derivation = g.value(flow, PROV.qualifiedDerivation)
    assert (derivation, RDF.type, PROV.Derivation) in g
    assert g.value(derivation, PROV.entity) == evidence


def test_flows_chain_onward_within_an_agreement(g):
    [first] = flows_between(g, "nhs-digital", "north-of-england-dscro")
    [second] = flows_between(g, "north-of-england-dscro", "north-of-england-csu")
    [third] = flows_between(g, "north-of-england-csu", "nhs-cumbria-ccg")
    assert set(g.objects(second, PROV.wasInformedBy)) == {first}
    assert set(g.objects(third, PROV.wasInformedBy)) == {second}
    assert set(g.objects(first, PROV.wasInformedBy)) == set()
    # the register release ends at the CCG, where no flow of the agreement starts
    assert len(set(g.subject_objects(PROV.wasInformedBy))) == 2


def test_register_release_is_a_flow_of_its_own_stated_by_the_fields(g):
    [release] = [f for f in flows_between(g, "nhs-digital", "nhs-cumbria-ccg")]
    assert g.value(release, V.STATED_BY) == V.NHSKG.RegisterFields
    assert set(g.objects(release, V.DATASET)) == {
        V.dataset_iri("SUS Admitted Patient Care"), V.dataset_iri("Mental Health Services Data Set")
    }
    evidence = g.value(release, PROV.wasDerivedFrom)
    assert g.value(evidence, V.SECTION) == Literal(REGISTER_FIELDS_SECTION)
    assert g.value(evidence, V.LINE) == Literal(10)  # the reference field's line
    # the page file is not on disk here: the quote falls back to the fields themselves
    assert str(g.value(evidence, V.QUOTE)).startswith("Recipient: NHS Cumbria Ccg | Reference: NIC-36767-G4H9Z | Datasets: ")
    text_flows = set(g.subjects(V.STATED_BY, V.NHSKG.FreeText))
    register_flows = set(g.subjects(V.STATED_BY, V.NHSKG.RegisterFields))
    assert len(text_flows) == 3 and len(register_flows) == 2 and not text_flows & register_flows


def test_register_release_quotes_the_reference_line_exactly_when_the_page_is_readable(tmp_path):
    page = tmp_path / "003_130264f39e00b8a7.txt"
    page.write_text(
        "NHS Digital Data Release Register - reformatted\n"
        "NHS Coventry And Warwickshire Integrated Care Board projects\n"
        "Integrated Care Board Pseudonymised National HES Extract Service \u2014 DARS-NIC-617743-X0M9Z\n"
        "Type of data: Pseudonymised\n"
        "Child\u035bs data \u02b9 repaired\n",
        encoding="utf-8",
    )
    from nhskg.readers import merge_agreements, read_paths

    [a] = merge_agreements(read_paths([page]))
    assert a.reference == REF2 and a.field_locations["reference"] == Location(page.name, 3)
    applicants = {REF2: "nhs-coventry-and-warwickshire-icb"}
    g = build_graph([a], Extraction(register_flows=register_releases([a], applicants), applicants=applicants))
    [flow] = g.subjects(V.STATED_BY, V.NHSKG.RegisterFields)
    evidence = g.value(flow, PROV.wasDerivedFrom)
    assert str(g.value(evidence, V.QUOTE)) == "Integrated Care Board Pseudonymised National HES Extract Service \u2014 DARS-NIC-617743-X0M9Z"
    assert g.value(evidence, V.LOCATION) == Literal(f"{page.name}:3")
    # the page's lines as the readers repaired them (mis-mapped punctuation)
    assert a.line_at(Location(page.name, 5)) == "Child\u2019s data \u2013 repaired"
    assert a.line_at(Location(str(page), 99)) is None
    assert a.line_at(Location(str(tmp_path / "missing.txt"), 1)) is None


def test_register_state_takes_the_most_identifying_word():
    assert register_state(Agreement("X", types_of_data=["Pseudonymised"], opt_outs=["Anonymised - ICO code compliant"])) == "pseudonymised"
    assert register_state(Agreement("X", opt_outs=["Identifiable (Mixture of confidential data flow(s) ...)"])) == "identifiable"
    assert register_state(Agreement("X", opt_outs=["No - data flow is not identifiable"])) == "unspecified"
    assert register_state(Agreement("X")) == "unspecified"


def test_datasets_have_canonical_preflabel_and_written_altlabels(g):
    ds = V.dataset_iri("SUS Admitted Patient Care")
    assert (ds, RDF.type, V.DCAT.Dataset) in g
    assert list(g.objects(ds, SKOS.prefLabel)) == [Literal("SUS Admitted Patient Care")]
    assert set(g.objects(ds, SKOS.altLabel)) == {Literal("SUS Admitted Patient Care data"), Literal("SUS APC")}


# --- roles ---------------------------------------------------------------------------


def test_roles_direct_and_qualified_with_evidence(g):
    coventry = V.agreement_iri(REF2)
    assert set(g.objects(coventry, V.DPV.hasDataController)) == {org("nhs-coventry-and-warwickshire-icb")}
    cumbria = V.agreement_iri(REF)
    assert set(g.objects(cumbria, V.DPV.hasDataProcessor)) == {org("amazon-web-services")}
    statements = {g.value(s, PROV.hadRole): s for s in g.objects(cumbria, V.QUALIFIED_ROLE)}
    host = statements[V.NHSKG.NonAccessingProcessor]
    assert g.value(host, PROV.agent) == org("amazon-web-services")
    assert g.value(g.value(host, PROV.wasDerivedFrom), V.QUOTE) == Literal(HOST_SENTENCE.text)
    assert g.value(V.NHSKG.NonAccessingProcessor, SKOS.notation) == Literal("non-accessing-processor")


def test_mentions(g):
    assert set(g.objects(V.agreement_iri(REF), V.MENTIONS)) == {
        org("north-of-england-dscro"), org("north-of-england-csu"), org("amazon-web-services")
    }


# --- IRIs and vocabulary ------------------------------------------------------------------


def test_no_blank_nodes(g):
    assert not any(isinstance(term, BNode) for triple in g for term in triple)


def test_iris_are_stable_and_content_addressed():
    flow = example_extraction().flows[0]
    assert V.flow_iri(flow) == V.flow_iri(Flow(*[getattr(flow, f) for f in flow.__dataclass_fields__]))
    moved = Flow(flow.agreement, flow.source, flow.target, flow.datasets, flow.state, flow.mode,
                 Evidence(Location("/elsewhere/001_d56ed5694f6db4e9.txt", 41), flow.evidence.section, flow.evidence.text))
    assert V.flow_iri(moved) == V.flow_iri(flow)  # the folder a register sits in does not change IRIs
    other_line = Flow(flow.agreement, flow.source, flow.target, flow.datasets, flow.state, flow.mode,
                      Evidence(Location(PAGE, 42), flow.evidence.section, flow.evidence.text))
    assert V.flow_iri(other_line) != V.flow_iri(flow)
    assert str(V.org_iri("north-of-england-dscro")) == "https://w3id.org/nhskg/id/org/north-of-england-dscro"
    assert str(V.dataset_iri("SUS Accident & Emergency data")) == "https://w3id.org/nhskg/id/dataset/sus-accident-emergency-data"


def test_referenced_but_unresolved_organisation_still_gets_label_and_kind():
    ex = Extraction(flows=[Flow("A-1", "nhs-digital", "mystery-org", (), "unspecified", "transfer", DSCRO_SENTENCE)],
                    applicants={"A-1": "mystery-org"})
    g = build_graph([Agreement("A-1")], ex)
    assert g.value(org("nhs-digital"), SKOS.prefLabel) == Literal("NHS Digital")
    assert (org("nhs-digital"), RDF.type, V.NHSKG.NHSDigital) in g
    assert (org("mystery-org"), RDF.type, V.NHSKG.Other) in g


def test_every_nhskg_term_the_graph_uses_is_declared_labelled_and_commented(g):
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    used = set()
    for s, p, o in g:
        for term in (s, p, o):
            if isinstance(term, URIRef) and str(term).startswith(str(V.NHSKG)):
                used.add(term)
    for term in (V.NHSKG.NonAccessingProcessor, V.NHSKG.AggregateData, V.NHSKG.UnspecifiedDataState,
                 V.NHSKG.AccessWouldBreach, V.NHSKG.AccessRestrictedTo, V.NHSKG.ApplicantRole, *V.KIND_CLASSES.values()):
        used.add(term)
    assert len(used) > 40
    for term in sorted(used):
        assert (term, RDFS.label, None) in ontology, f"{term} has no rdfs:label in nhskg.ttl"
        assert (term, RDFS.comment, None) in ontology, f"{term} has no rdfs:comment in nhskg.ttl"


def test_ontology_classes_refine_a_w3c_term():
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(str(V.NHSKG)):
            parents = set(ontology.objects(cls, RDFS.subClassOf))
            assert parents and all(not str(p).startswith(str(V.NHSKG)) for p in parents), cls
    for kind in V.KIND_CLASSES.values():
        assert (kind, RDFS.subClassOf, V.ORG.Organization) in ontology
    assert (V.NHSKG.DataFlow, RDFS.subClassOf, PROV.Activity) in ontology
