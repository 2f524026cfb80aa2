"""``nhskg query`` through click's CliRunner: canned names and files, parameters, table/csv/json output, errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_rdf_build import CSU_SENTENCE, REF, REF2, example_graph

from nhskg.cli import main
from nhskg.graph.serialise import write_rdf


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    write_rdf(example_graph(), out / "graph.ttl", "ttl")
    return out


def run(*args):
    return CliRunner().invoke(main, ["query", *map(str, args)])


def test_every_canned_query_runs_from_the_cli(built):
    from nhskg.graph.sparql import canned_queries

    for name in canned_queries():
        for fmt in ("table", "csv", "json"):
            result = run(built, name, "--format", fmt)
            assert result.exit_code == 0, (name, fmt, result.output)


def test_json_output(built):
    result = run(built, "agreements", "--format", "json")
    rows = json.loads(result.output)
    assert [(r["agreement"], r["applicantLabel"], r["textFlows"]) for r in rows] == [
        (REF, "NHS Cumbria CCG", 3), (REF2, "NHS Coventry and Warwickshire ICB", 0)
    ]


def test_csv_output_has_header_and_one_row_per_flow(built):
    result = run(built, "flows", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 3
    assert rows[1]["evidence"] == CSU_SENTENCE.text
    assert list(rows[0])[:5] == ["agreement", "source", "sourceLabel", "target", "targetLabel"]


def test_table_is_the_default_shows_labels_not_iris_and_fits_the_terminal(built):
    result = CliRunner().invoke(main, ["query", str(built), "flows"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "flows"
    header = lines[1].split()
    assert header == ["agreement", "sourceLabel", "targetLabel", "state", "mode", "datasets", "evidence", "location"]
    assert "https://" not in result.output  # the IRI columns (source, target, flow) stay out of the table
    assert lines[-1] == "3 row(s)"
    assert len(lines) == 3 + 3 + 1  # title, header, rule, one line per row, count
    assert max(len(line) for line in lines) <= 100
    assert any(line.endswith("…") or "… " in line for line in lines[3:6])  # long evidence cut, not wrapped


def test_columns_picks_and_orders_columns_in_every_format(built):
    table = run(built, "flows", "--columns", "targetLabel,agreement")
    assert table.output.splitlines()[1].split() == ["targetLabel", "agreement"]
    rows = list(csv.reader(io.StringIO(run(built, "flows", "-c", "target,state", "--format", "csv").output)))
    assert rows[0] == ["target", "state"] and rows[1][0].startswith("https://w3id.org/nhskg/id/org/")
    full = list(csv.reader(io.StringIO(run(built, "flows", "--format", "csv").output)))
    assert "source" in full[0] and "flow" in full[0]  # csv keeps the IRIs
    bad = run(built, "flows", "--columns", "colour")
    assert bad.exit_code == 2 and "'colour': not a column of this query (columns: agreement, source," in bad.output


def test_list_needs_no_graph():
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("agreements: Which data-sharing agreements")
    assert "    --param dataset=<string>" in result.output


def test_params_on_the_command_line(built):
    result = run(built, "busy-recipients", "--param", "min=0", "--format", "json")
    assert len(json.loads(result.output)) == 4
    result = run(built, "flows", "-p", f"agreement={REF2}", "--format", "json")
    assert json.loads(result.output) == []
    result = run(built, "flows", "-p", 'agreement=x" "' + REF, "--format", "json")
    assert json.loads(result.output) == []


def test_query_from_a_file_and_a_ttl_path(built, tmp_path):
    query = tmp_path / "labels.rq"
    query.write_text(
        "# Which organisations are there?\n"
        "# @param ?kind string: a kind word\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX nhskg: <https://w3id.org/nhskg/ns#>\n"
        "SELECT ?label ?kind WHERE { VALUES ?kind { UNDEF } ?o skos:prefLabel ?label ; a ?c .\n"
        " FILTER(STRAFTER(STR(?c), STR(nhskg:)) = ?kind) } ORDER BY ?label\n",
        encoding="utf-8",
    )
    result = run(built / "graph.ttl", query, "-p", "kind=CSU", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["label,kind", "Arden and GEM CSU,CSU", "North of England Commissioning Support Unit,CSU"]


def test_list_shows_queries_and_parameters(built):
    result = run(built, "--list")
    assert result.exit_code == 0
    assert "busy-recipients: Which organisations received data under more than N agreements?" in result.output
    assert "--param min=<integer> (default 1)" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["nope"], "nope: no such query file or canned query"),
        (["busy-recipients", "-p", "min=lots"], "'lots' is not an integer"),
        (["flows", "-p", "agreement"], "expected name=value"),
        (["flows", "-p", "colour=red"], "flows: no parameter 'colour'"),
        ([], "missing QUERY"),
    ],
)
def test_errors_are_one_line(built, args, message):
    result = run(built, *args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_folder_without_graph(tmp_path):
    result = run(tmp_path, "flows")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {tmp_path}: no graph.ttl in this folder (build one with: nhskg build PATH --out {tmp_path})"


def test_dataset_parameter_takes_any_catalogued_name_in_any_case(seed_build):
    def rows(name):
        result = run(seed_build, "downstream", "-p", f"dataset={name}", "--format", "json")
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    canonical = rows("Hospital Episode Statistics Admitted Patient Care")
    assert {r["agreement"] for r in canonical} == {"NIC-05206-L1V6D", "NIC-617743-X0M9Z"}  # seeds 000 and 003
    assert {r["datasetLabel"] for r in canonical} == {"Hospital Episode Statistics Admitted Patient Care"}
    for alias in ("HES APC", "hes apc", "HES Admitted Patient Care", "Hospital Episode Statistics (HES) Admitted Patient Care"):
        assert rows(alias) == canonical, alias


def test_unknown_dataset_is_an_error_listing_the_closest_names(seed_build):
    result = run(seed_build, "downstream", "-p", "dataset=HES Admited Patient Care")
    assert result.exit_code == 1
    assert result.output.startswith(
        "Error: no dataset called 'HES Admited Patient Care'; closest: Hospital Episode Statistics Admitted Patient Care, "
    )
    assert len(result.output.strip().splitlines()) == 1
