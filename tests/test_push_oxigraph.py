"""``nhskg push`` against a real Oxigraph server started on a free loopback port, queried back over SPARQL."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_rdf_build import example_graph

from nhskg.cli import main
from nhskg.graph.push import PushError, push, remote_count
from nhskg.graph.serialise import write_rdf
from nhskg.graph.sparql import bind, load_query, run_query

# the environment's own scripts first: `.venv/bin/python -m pytest` does not put .venv/bin on PATH
OXIGRAPH = shutil.which("oxigraph", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server (PyPI 'oxigraph') is not installed")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-store")
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode(errors='replace')[:500]}")
            time.sleep(0.1)
    yield {"store": f"{base}/store", "query": f"{base}/query", "base": base}
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    write_rdf(example_graph(), out / "graph.ttl", "ttl")
    return out


def _select(query_url: str, text: str, default_graph: str | None = None) -> list[dict]:
    params = {"query": text}
    if default_graph:
        params["default-graph-uri"] = default_graph
    request = urllib.request.Request(
        query_url, data=urllib.parse.urlencode(params).encode(), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["results"]["bindings"]


def test_push_round_trips_the_triple_count_and_the_flows(server, built):
    local = example_graph()
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", server["store"], "--check", server["query"]])
    assert result.exit_code == 0, result.output
    assert f"{len(local)} triples (local graph: {len(local)})" in result.output
    assert remote_count(server["query"]) == len(local)
    # the contract query answers the same on the server as locally
    remote = _select(server["query"], bind(load_query("flows")))
    local_rows = run_query(local, "flows").dicts()
    assert [(r["agreement"]["value"], r["source"]["value"], r["target"]["value"], r["evidence"]["value"]) for r in remote] == [
        (r["agreement"], r["source"], r["target"], r["evidence"]) for r in local_rows
    ]
    assert len(remote) == 3


def test_put_replaces_so_pushing_twice_keeps_one_copy(server, built):
    for _ in range(2):
        push(built, server["store"])
    assert remote_count(server["query"]) == len(example_graph())


def test_push_into_a_named_graph(server, built):
    graph = "https://w3id.org/nhskg/graph/test"
    result = CliRunner().invoke(
        main, ["push", str(built), "--endpoint", server["store"], "--graph", graph, "--check", server["query"]]
    )
    assert result.exit_code == 0, result.output
    assert f"graph <{graph}>" in result.output
    assert remote_count(server["query"], graph) == len(example_graph())
    rows = _select(server["query"], "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(rows[0]["n"]["value"]) == len(example_graph())


def test_refusal_is_one_line(server, built):
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", server["base"] + "/no-such-store"])
    assert result.exit_code == 1
    assert "refused with HTTP 404" in result.output
    assert result.output.strip().count("\n") == 0


def test_bad_data_is_refused_by_the_server(server, tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(PushError, match="refused with HTTP 400"):
        push(bad, server["store"])


def test_unreachable_endpoint_is_one_line(built):
    port = _free_port()  # nothing listens there
    result = CliRunner().invoke(main, ["push", str(built), "--endpoint", f"http://127.0.0.1:{port}/store", "--timeout", "5"])
    assert result.exit_code == 1
    assert "cannot reach the endpoint" in result.output
    assert "Traceback" not in result.output


def test_endpoint_must_be_http(built):
    with pytest.raises(PushError, match="must be an http"):
        push(built, "ftp://127.0.0.1/store")
