"""Load a built graph into a SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph, Fuseki, GraphDB...).

The scale-out path: users who outgrow one process push ``graph.ttl`` into a
real triple store and query it there.  Only the standard protocol is used
(HTTP PUT to replace a graph, POST to add to it), with the standard library's
HTTP client, so any conforming store works:

- Oxigraph: ``oxigraph serve`` -> Graph Store ``http://HOST:7878/store``, SPARQL ``http://HOST:7878/query``
- Fuseki:   ``http://HOST:3030/DATASET/data``, SPARQL ``http://HOST:3030/DATASET/sparql``
"""

from __future__ import annotations

import http.client
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from .formats import graph_file, media_type


class PushError(RuntimeError):
    """The endpoint refused the graph or could not be reached (a one-line message)."""


def graph_url(endpoint: str, graph: str | None = None) -> str:
    """The Graph Store URL of the named ``graph`` (``?graph=IRI``), or of the default graph (``?default``).

    >>> graph_url("http://127.0.0.1:7878/store", "https://w3id.org/nhskg/graph")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fnhskg%2Fgraph'
    >>> graph_url("http://127.0.0.1:7878/store")
    'http://127.0.0.1:7878/store?default'
    """
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph:
        return f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"
    return f"{endpoint}{separator}default"


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def check_url(url: str, what: str = "the endpoint") -> None:
    """Raise :class:`PushError` unless ``url`` is an http(s) URL with a host and, if given, a numeric port."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as err:
        raise PushError(f"{url}: {what} is not a valid URL ({err})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{url}: {what} must be an http:// or https:// URL")


def _request(request: urllib.request.Request, timeout: float) -> bytes:
    """Send ``request`` and read the whole answer within ``timeout`` seconds in all.

    urllib's timeout bounds each socket operation, so a server that trickles
    a byte every few seconds would keep it waiting forever; the deadline here
    is for the whole exchange.
    """
    url = request.full_url
    outcome: list = []

    def exchange() -> None:
        try:
            outcome.append(("ok", _exchange(request, timeout)))
        except BaseException as err:  # noqa: BLE001 - handed to the waiting thread
            outcome.append(("error", err))

    worker = threading.Thread(target=exchange, name="nhskg-push", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise PushError(f"{url}: no complete answer within {timeout:g} s (the whole exchange; see --timeout)")
    kind, value = outcome[0]
    if kind == "error":
        raise value
    return value


def _exchange(request: urllib.request.Request, timeout: float) -> bytes:
    url = request.full_url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace") if err.fp else ""
        detail = f": {_one_line(body)}" if body.strip() else ""
        raise PushError(f"{url}: refused with HTTP {err.code} {err.reason}{detail}") from None
    except urllib.error.URLError as err:
        raise PushError(f"{url}: cannot reach the endpoint ({err.reason})") from None
    except (TimeoutError, OSError, ValueError, http.client.HTTPException) as err:
        raise PushError(f"{url}: cannot reach the endpoint ({type(err).__name__}: {err})") from None


def push(
    path: str | Path,
    endpoint: str,
    *,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = 120.0,
) -> int:
    """Send the RDF file ``path`` to the Graph Store ``endpoint``; returns the bytes sent.

    ``replace``: HTTP PUT (the graph becomes exactly the file); otherwise POST (triples are added).
    """
    path = graph_file(path)
    if not path.is_file():
        raise PushError(f"{path}: no such graph file (build one with: nhskg build PATH --out DIR)")
    check_url(endpoint)
    data = path.read_bytes()
    request = urllib.request.Request(
        graph_url(endpoint, graph),
        data=data,
        method="PUT" if replace else "POST",
        headers={"Content-Type": media_type(path)},
    )
    _request(request, timeout)
    return len(data)


def remote_count(sparql_endpoint: str, graph: str | None = None, *, timeout: float = 60.0) -> int:
    """The number of triples in the default graph (or named ``graph``) of a SPARQL endpoint."""
    check_url(sparql_endpoint, "the SPARQL endpoint")
    params = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
    if graph is not None:
        # the graph IRI travels as a protocol parameter, never as query text
        params["default-graph-uri"] = graph
    request = urllib.request.Request(
        sparql_endpoint,
        data=urllib.parse.urlencode(params).encode("ascii"),
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    body = _request(request, timeout)
    try:
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError):
        shown = _one_line(body.decode("utf-8", "replace"), 80)
        raise PushError(f"{sparql_endpoint}: the answer is not a SPARQL JSON count (is this the query URL?): {shown!r}") from None
