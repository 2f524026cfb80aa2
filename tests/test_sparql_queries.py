"""Canned queries on the hand-built example graph: the rows they must return, on both engines, and safe parameters."""

from __future__ import annotations

import pytest
from test_rdf_build import CCG_SENTENCE, CSU_SENTENCE, DSCRO_SENTENCE, HOST_SENTENCE, PAGE, REF, REF2, example_graph

from nhskg.graph.sparql import QueryError, bind, canned_queries, load_query, run_query, sparql_term

ENGINES = ("oxigraph", "rdflib")
ORG = "https://w3id.org/nhskg/id/org/"


@pytest.fixture(scope="module")
def g():
    return example_graph()


def test_at_least_eight_canned_queries_each_with_a_question_comment():
    queries = canned_queries()
    assert {"agreements", "flows", "releases", "downstream", "identifiable", "optouts-not-honoured",
            "non-accessing-processors", "busy-recipients"} <= set(queries)
    for name, path in queries.items():
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), name
        assert "?" in load_query(name).description, f"{name}: the header should ask the question it answers"


@pytest.mark.parametrize("engine", ENGINES)
def test_flows_contract(g, engine):
    result = run_query(g, "flows", engine=engine)
    for name in ("agreement", "source", "target", "sourceLabel", "targetLabel", "state", "evidence"):
        assert name in result.variables
    rows = result.dicts()
    assert [(r["agreement"], r["sourceLabel"], r["targetLabel"], r["state"], r["mode"]) for r in rows] == [
        (REF, "NHS Digital", "North of England DSCRO", "identifiable", "transfer"),
        (REF, "North of England DSCRO", "North of England Commissioning Support Unit", "pseudonymised", "transfer"),
        (REF, "North of England Commissioning Support Unit", "NHS Cumbria CCG", "pseudonymised", "access"),
    ]
    assert [r["evidence"] for r in rows] == [DSCRO_SENTENCE.text, CSU_SENTENCE.text, CCG_SENTENCE.text]
    assert rows[0]["source"] == ORG + "nhs-digital"
    assert rows[0]["target"] == ORG + "north-of-england-dscro"
    assert rows[0]["location"] == f"{PAGE}:41"
    assert rows[0]["datasets"] == "SUS Admitted Patient Care"
    assert rows[1]["datasets"] is None


@pytest.mark.parametrize("engine", ENGINES)
def test_releases_are_the_register_flows_only(g, engine):
    rows = run_query(g, "releases", engine=engine).dicts()
    assert [(r["agreement"], r["sourceLabel"], r["targetLabel"]) for r in rows] == [
        (REF, "NHS Digital", "NHS Cumbria CCG"),
        (REF2, "NHS Digital", "NHS Coventry and Warwickshire ICB"),
    ]
    assert rows[0]["datasets"] == "Mental Health Services Data Set | SUS Admitted Patient Care"


@pytest.mark.parametrize("engine", ENGINES)
def test_agreements(g, engine):
    rows = run_query(g, "agreements", engine=engine).dicts()
    assert [(r["agreement"], r["applicant"], r["applicantLabel"], r["datasets"], r["textFlows"]) for r in rows] == [
        (REF, ORG + "nhs-cumbria-ccg", "NHS Cumbria CCG", 2, 3),
        (REF2, ORG + "nhs-coventry-and-warwickshire-icb", "NHS Coventry and Warwickshire ICB", 1, 0),
    ]
    assert rows[0]["optOuts"] == "N | Y"


@pytest.mark.parametrize("engine", ENGINES)
def test_downstream_of_nhs_digital_for_a_dataset(g, engine):
    rows = run_query(g, "downstream", {"dataset": "sus admitted patient care DATA"}, engine=engine).dicts()
    assert {(r["agreement"], r["label"], r["kind"]) for r in rows} == {
        (REF, "North of England DSCRO", "DSCRO"),
        (REF, "North of England Commissioning Support Unit", "CSU"),
        (REF, "NHS Cumbria CCG", "CCG"),
    }
    assert {r["datasetLabel"] for r in rows} == {"SUS Admitted Patient Care"}
    hes = run_query(g, "downstream", {"dataset": "Hospital Episode Statistics Admitted Patient Care"}, engine=engine)
    assert [(r["agreement"], r["label"]) for r in hes.dicts()] == [(REF2, "NHS Coventry and Warwickshire ICB")]
    assert run_query(g, "downstream", {"dataset": "No Such Dataset"}, engine=engine).rows == []
    everything = run_query(g, "downstream", engine=engine)
    assert {r["datasetLabel"] for r in everything.dicts()} == {
        "SUS Admitted Patient Care", "Mental Health Services Data Set", "Hospital Episode Statistics Admitted Patient Care"
    }


@pytest.mark.parametrize("engine", ENGINES)
def test_downstream_stays_within_the_agreement(engine):
    from test_rdf_build import example_agreements, example_extraction

    from nhskg.graph.rdf import build_graph
    from nhskg.model import Flow

    extraction = example_extraction()
    # REF2's data also goes to the DSCRO; the DSCRO's onward flows belong to REF only
    extraction.flows.append(Flow(REF2, "nhs-digital", "north-of-england-dscro", (), "pseudonymised", "transfer", DSCRO_SENTENCE))
    graph = build_graph(example_agreements(), extraction)
    rows = run_query(graph, "downstream", {"dataset": "Hospital Episode Statistics Admitted Patient Care"}, engine=engine)
    assert sorted((r["agreement"], r["label"]) for r in rows.dicts()) == [
        (REF2, "NHS Coventry and Warwickshire ICB"), (REF2, "North of England DSCRO")
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_identifiable_and_non_accessing_processors_and_optouts(g, engine):
    identifiable = run_query(g, "identifiable", engine=engine).dicts()
    assert [(r["label"], r["sourceLabel"], r["statedBy"], r["evidence"]) for r in identifiable] == [
        ("North of England DSCRO", "NHS Digital", "text", DSCRO_SENTENCE.text)
    ]
    hosts = run_query(g, "non-accessing-processors", engine=engine).dicts()
    assert [(r["agreement"], r["label"], r["kind"], r["evidence"]) for r in hosts] == [
        (REF, "Amazon Web Services", "Company", HOST_SENTENCE.text)
    ]
    # REF's file sent without opt-outs states no type of data: not an identifiable or pseudonymised release
    assert run_query(g, "optouts-not-honoured", engine=engine).rows == []
    optouts = run_query(g, "optouts-not-honoured", {"scope": "all"}, engine=engine).dicts()
    # REF2's "No (Does not include the flow of confidential data)" says opt-outs do not apply
    assert [(r["agreement"], r["dataTypes"], r["filesWithoutOptOuts"], r["bothWaysFlag"], r["filesDisseminatedUnsafely"])
            for r in optouts] == [(REF, "not stated", 1, True, 71)]


@pytest.mark.parametrize("engine", ENGINES)
def test_busy_recipients_threshold(g, engine):
    # Targets of flows: DSCRO, CSU and the CCG under REF (the CCG twice: text and register), the ICB under REF2.
    default = run_query(g, "busy-recipients", engine=engine)
    assert default.rows == []  # nobody receives under more than 1 agreement here
    zero = run_query(g, "busy-recipients", {"min": "0"}, engine=engine).dicts()
    assert sorted((r["label"], r["agreements"]) for r in zero) == [
        ("NHS Coventry and Warwickshire ICB", 1), ("NHS Cumbria CCG", 1),
        ("North of England Commissioning Support Unit", 1), ("North of England DSCRO", 1),
    ]
    assert {r["min"] for r in zero} == {0}


# --- parameters cannot change the query ---------------------------------------------------

INJECTIONS = [
    'x" "NIC-36767-G4H9Z',  # naive formatting would make this a second VALUES row and return REF's rows
    'x" } UNION { ?s ?p ?o } #',
    "x' } ?a ?b ?c . { '",
    'NIC-36767-G4H9Z" || true || "',
    "} } SELECT * WHERE { ?s ?p ?o } #",
    '\\" } #',
    "NIC-36767-G4H9Z\n} #",
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("value", INJECTIONS)
def test_injected_string_values_stay_literals(g, engine, value):
    for query, name in (("flows", "agreement"), ("agreements", "agreement"), ("downstream", "dataset")):
        result = run_query(g, query, {name: value}, engine=engine)
        assert result.rows == [], (query, value)
        column = result.column(name) if result.rows else []
        assert column == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_real_value_binds(g, engine):
    rows = run_query(g, "flows", {"agreement": REF}, engine=engine).rows
    assert len(rows) == 3
    assert run_query(g, "flows", {"agreement": REF2}, engine=engine).rows == []


@pytest.mark.parametrize("value", ["1) } UNION { ?s ?p ?o", "1 }", "one", "", "1.5"])
def test_integer_parameters_must_be_integers(g, value):
    with pytest.raises(QueryError, match="is not an integer"):
        run_query(g, "busy-recipients", {"min": value})


def test_unknown_parameter_is_an_error(g):
    with pytest.raises(QueryError, match=r"no parameter 'minimum' \(parameters: min\)"):
        run_query(g, "busy-recipients", {"minimum": "2"})


def test_bound_text_changes_only_the_values_block():
    query = load_query("flows")
    bound = bind(query, {"agreement": 'a" } #'})
    assert bound.replace('VALUES ?agreement { "a\\" } #" }', "VALUES ?agreement { UNDEF }") == query.text


def test_iri_terms_are_checked():
    assert sparql_term("https://w3id.org/nhskg/id/org/x", "iri") == "<https://w3id.org/nhskg/id/org/x>"
    for bad in ["https://x/> } ?s ?p ?o { <y", "no colon", "https://x/ y", "https://x/{a}"]:
        with pytest.raises(QueryError, match="not an absolute IRI"):
            sparql_term(bad, "iri")


def test_unknown_query_name_is_one_line():
    with pytest.raises(QueryError, match=r"^nope: no such query file or canned query \(canned: agreements"):
        load_query("nope")


def test_answers_read_by_column_keep_unbound_values_escapes_and_solutions_without_variables(tmp_path):
    """The TSV is cut into columns in one split: a value's tab or newline, an unbound value and a bare solution survive."""
    import pyoxigraph as ox

    store = ox.Store()
    e = "http://e/"
    store.add(ox.Quad(ox.NamedNode(e + "a"), ox.NamedNode(e + "p"), ox.Literal("tab\there\nline two")))
    store.add(ox.Quad(ox.NamedNode(e + "b"), ox.NamedNode(e + "q"), ox.Literal("7", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))))
    query = tmp_path / "q.rq"
    query.write_text(f"SELECT ?s ?o ?n WHERE {{ ?s ?any ?x OPTIONAL {{ ?s <{e}p> ?o }} OPTIONAL {{ ?s <{e}q> ?n }} }} "
                     "ORDER BY ?s", encoding="utf-8")
    assert run_query(store, query).rows == [(e + "a", "tab\there\nline two", None), (e + "b", None, 7)]
    query.write_text(f"SELECT ?o WHERE {{ ?s ?any ?x OPTIONAL {{ ?s <{e}p> ?o }} }} ORDER BY DESC(?s)", encoding="utf-8")
    assert run_query(store, query).rows == [(None,), ("tab\there\nline two",)]
    query.write_text("SELECT * WHERE { }", encoding="utf-8")
    assert run_query(store, query).rows == [()]
    query.write_text(f"SELECT ?s WHERE {{ ?s <{e}none> ?o }}", encoding="utf-8")
    assert run_query(store, query).rows == []


def test_rows_sorted_here_by_keys_not_selected_match_oxigraph_order(tmp_path):
    """ORDER BY keys the query does not select (flows.rq's ?file ?line ?row), integers and unbound values among
    them, give the rows oxigraph's own ORDER BY gives; DISTINCT queries keep their projection (oxigraph sorts)."""
    import pyoxigraph as ox

    from nhskg.graph.sparql import _answer, _sorted_here, _trailing_order

    store = ox.Store()
    e = "http://e/"
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    for name, group, number in (("d", "x", 10), ("c", "x", 9), ("b", "y", None), ("a", "x", 10), ("e", None, -2)):
        s = ox.NamedNode(e + name)
        store.add(ox.Quad(s, ox.NamedNode(e + "label"), ox.Literal(name.upper())))
        if group:
            store.add(ox.Quad(s, ox.NamedNode(e + "group"), ox.Literal(group)))
        if number is not None:
            store.add(ox.Quad(s, ox.NamedNode(e + "n"), ox.Literal(str(number), datatype=integer)))
    text = (f"SELECT ?label ?s WHERE {{ ?s <{e}label> ?label OPTIONAL {{ ?s <{e}group> ?g }} "
            f"OPTIONAL {{ ?s <{e}n> ?n }} }} ORDER BY ?g ?n ?label")
    query = tmp_path / "q.rq"
    query.write_text(text, encoding="utf-8")
    unordered, keys, hidden = _trailing_order(text)
    assert (keys, hidden) == (["g", "n", "label"], 2) and "SELECT ?label ?s ?g ?n WHERE" in unordered
    expected = _answer(store, text, "q").rows()  # sorted by oxigraph
    assert [row[0] for row in expected] == ["E", "C", "A", "D", "B"]
    assert _sorted_here(_answer(store, unordered, "q"), keys, hidden) == expected  # sorted here, not by oxigraph
    assert run_query(store, query).rows == expected
    assert run_query(store, query).variables == ["label", "s"]
    distinct = text.replace("SELECT ?label", "SELECT DISTINCT ?label")
    assert _trailing_order(distinct) is None
    query.write_text(distinct, encoding="utf-8")
    assert run_query(store, query).rows == expected


def _marked_queries() -> list[str]:
    return sorted(name for name in canned_queries() if "@partition" in load_query(name).text)


def test_downstream_and_flows_are_marked_for_partitioned_evaluation():
    assert {"downstream", "flows"} <= set(_marked_queries())


@pytest.mark.parametrize("name", _marked_queries())
def test_a_partitioned_query_gives_the_whole_query_rows_in_the_same_order_on_the_dev_register(dev_build, name):
    from nhskg.graph.sparql import load_store, partitions

    out, _ = dev_build
    store = load_store(out)
    whole = run_query(store, name, parts=1)
    assert len(whole.rows) > 300  # downstream 5,363 rows, flows 1,351 on the 2017 dev register
    for parts in (2, 3, 4):
        texts = partitions(bind(load_query(name)), parts)
        assert texts is not None and len(texts) == parts
        shares = [len(run_query(store, load_query(name).__class__(name, text), parts=1).rows) for text in texts]
        assert min(shares) > 0 and sum(shares) == len(whole.rows), (parts, shares)
        assert run_query(store, name, parts=parts).rows == whole.rows, parts
