"""Open nhskg's HTML pages in Debian's chromium, offline, through Playwright.

Playwright's own browser download is never used (``playwright install`` needs
the network): the tests drive ``/usr/bin/chromium``.  Every request other
than the ``file://`` page itself is aborted and recorded, so a test can
assert the page tried to fetch nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("NHSKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_chromium() -> str:
    """The chromium path; skips the test when it is missing (fails under CI=true)."""
    missing = None
    if not Path(CHROMIUM).exists():
        missing = f"chromium not found at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the playwright Python package is not installed"
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(missing + ": the browser tests must run in CI")
        pytest.skip(missing)
    return CHROMIUM


@dataclass
class PageLog:
    """What happened while a page was open."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)  # every non-file request, aborted

    @property
    def network_requests(self) -> list[str]:
        return [u for u in self.blocked if u.startswith(("http:", "https:", "ws:", "wss:"))]


@contextlib.contextmanager
def offline_page(html_path: Path, *, width: int = 1600, height: int = 1000, enforce_csp: bool = False):
    """Yield ``(page, log)`` with ``html_path`` loaded in a fresh offline chromium.

    The page's own Content-Security-Policy is bypassed unless ``enforce_csp``:
    the tests check what the page itself does (fetches, runs), not what the
    policy would have stopped.
    """
    require_chromium()
    from playwright.sync_api import sync_playwright

    page_url = Path(html_path).resolve().as_uri()
    log = PageLog()
    profile = tempfile.mkdtemp(prefix="nhskg-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": width, "height": height},
                offline=True,
                bypass_csp=not enforce_csp,
            )
            try:

                def route(request_route):
                    url = request_route.request.url
                    if url == page_url:
                        request_route.continue_()
                    else:
                        log.blocked.append(url)
                        request_route.abort()

                context.route("**/*", route)
                page = context.pages[0] if context.pages else context.new_page()
                page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
                page.on("pageerror", lambda err: log.page_errors.append(str(err)))
                page.goto(page_url, wait_until="load")
                page.wait_for_function("window.nhskgMap && window.nhskgMap.ready === true", timeout=30_000)
                yield page, log
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return path


def node_canvas_position(page, node_id: str) -> dict:
    """The viewport position of a node's centre (to hover or click it)."""
    return page.evaluate(
        """(id) => {
            const net = window.nhskgMap.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('network').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        node_id,
    )


# --- a small graph built through the real RDF stage (no NLP needed) ---------------

HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'


def hand_built_graph_dir(out: Path, *, hostile: bool = False) -> Path:
    """Write ``graph.ttl`` for the Cumbria chain of the seeds (001, NIC-36767-G4H9Z) into ``out``.

    The records are what the readers and NLP stage would produce: NHS Digital
    -> North of England DSCRO -> North of England CSU -> NHS Cumbria CCG under
    one agreement, the register's release NHS Digital -> NHS Cumbria CCG, and
    a second agreement to Lancashire North CCG via the Midlands and
    Lancashire DSCRO and CSU.  With ``hostile``, a third agreement's
    applicant and evidence carry script and img-onerror markup.
    """
    from nhskg.graph.rdf import build_graph
    from nhskg.graph.serialise import write_rdf
    from nhskg.model import Agreement, DatasetRef, Evidence, Extraction, Flow, Location, Organisation

    orgs = {
        "nhs-digital": Organisation("nhs-digital", "NHS Digital", "NHSDigital", {"HSCIC"}),
        "north-of-england-dscro": Organisation("north-of-england-dscro", "North of England DSCRO", "DSCRO", {"DSCRO North"}),
        "north-of-england-csu": Organisation("north-of-england-csu", "North of England CSU", "CSU", {"NECS"}),
        "nhs-cumbria-ccg": Organisation("nhs-cumbria-ccg", "NHS Cumbria CCG", "CCG", {"Cumbria CCG", "NHS Cumbria Ccg"}),
        "midlands-and-lancashire-dscro": Organisation(
            "midlands-and-lancashire-dscro", "Midlands and Lancashire DSCRO", "DSCRO", {"DSCRO Midlands and Lancashire"}
        ),
        "midlands-and-lancashire-csu": Organisation("midlands-and-lancashire-csu", "Midlands and Lancashire CSU", "CSU"),
        "nhs-lancashire-north-ccg": Organisation("nhs-lancashire-north-ccg", "NHS Lancashire North CCG", "CCG", {"Lancashire North CCG"}),
    }
    sus = DatasetRef("SUS for Commissioners", "SUS for Commissioners")
    cumbria = Agreement(
        "NIC-36767-G4H9Z", versions=["DARS-NIC-36767-G4H9Z-v0.6"], title="Cumbria commissioning",
        applicant="NHS Cumbria Ccg", types_of_data=["Pseudonymised"], datasets=[sus],
        locations=[Location("001.txt", 14)], field_locations={"applicant": Location("001.txt", 3)},
    )
    lancs = Agreement(
        "NIC-11111-AAAAA", applicant="NHS Lancashire North CCG", types_of_data=["Pseudonymised"], datasets=[sus],
        locations=[Location("lancs.txt", 1)], field_locations={"applicant": Location("lancs.txt", 1)},
    )
    agreements = [cumbria, lancs]
    applicants = {cumbria.reference: "nhs-cumbria-ccg", lancs.reference: "nhs-lancashire-north-ccg"}

    def flow(ref, source, target, state, text, line, datasets=()):
        return Flow(ref, source, target, tuple(datasets), state, "transfer",
                    Evidence(Location(f"{ref}.txt", line), "Processing", text))

    flows = [
        flow(cumbria.reference, "nhs-digital", "north-of-england-dscro", "identifiable",
             "Identifiable data is sent from NHS Digital to the North of England DSCRO.", 209, ["SUS for Commissioners"]),
        flow(cumbria.reference, "north-of-england-dscro", "north-of-england-csu", "pseudonymised",
             "The North of England DSCRO pseudonymises the data and passes it to North of England CSU.", 210),
        flow(cumbria.reference, "north-of-england-csu", "nhs-cumbria-ccg", "pseudonymised",
             "North of England CSU then pass the processed, pseudonymised and linked data to Cumbria CCG.", 211),
        flow(lancs.reference, "nhs-digital", "midlands-and-lancashire-dscro", "identifiable",
             "Identifiable data flows to DSCRO Midlands and Lancashire.", 5),
        flow(lancs.reference, "midlands-and-lancashire-dscro", "midlands-and-lancashire-csu", "pseudonymised",
             "The DSCRO passes pseudonymised data to Midlands and Lancashire CSU.", 6),
        flow(lancs.reference, "midlands-and-lancashire-csu", "nhs-lancashire-north-ccg", "pseudonymised",
             "Midlands and Lancashire CSU passes the data to Lancashire North CCG.", 7),
    ]
    if hostile:
        evil = f"Evil {HOSTILE_SCRIPT} Analytics {HOSTILE_IMG} Ltd"
        orgs["evil"] = Organisation("evil", evil, "Company", {HOSTILE_IMG})
        bad = Agreement(
            "NIC-66666-EVIL6", title=f"Title {HOSTILE_SCRIPT}{HOSTILE_IMG}", applicant=evil,
            types_of_data=["Anonymised"], datasets=[sus],
            locations=[Location("evil.txt", 1)], field_locations={"applicant": Location("evil.txt", 1)},
        )
        agreements.append(bad)
        applicants[bad.reference] = "evil"
        flows.append(flow(bad.reference, "north-of-england-csu", "evil", "aggregate",
                          f"The CSU sends {HOSTILE_SCRIPT} reports to {HOSTILE_IMG}.", 9))
    from nhskg.nlp.register import register_releases

    # NHS Digital -> each applicant, as the NLP stage makes them
    extraction = Extraction(organisations=orgs, flows=flows, applicants=applicants,
                            register_flows=register_releases(agreements, applicants))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    write_rdf(build_graph(agreements, extraction), out / "graph.ttl", "ttl")
    return out


def register_sized_graph(*, commissioners: int = 210, others: int = 150, agreements: int = 3000, seed: int = 2017):
    """A synthetic view-schema graph the size of the 2017 register (for scale checks, not facts).

    Each agreement runs NHS Digital -> a DSCRO -> its CSU -> a commissioner,
    with the register's release to the commissioner, and every fifth one
    goes on to a processor or other recipient.
    """
    import random

    import networkx as nx

    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    base = "https://w3id.org/nhskg/id/org/"

    def org(slug, label, kind):
        G.add_node(base + slug, label=label, kind=kind, aliases=[label.upper()], agreements=[], ods_code=None)
        return base + slug

    nhsd = org("nhs-digital", "NHS Digital", "NHSDigital")
    dscros = [org(f"dscro-{i}", f"DSCRO Region {i}", "DSCRO") for i in range(10)]
    csus = [org(f"csu-{i}", f"Region {i} CSU", "CSU") for i in range(20)]
    ccgs = [org(f"ccg-{i}", f"NHS Place {i:03d} CCG", "CCG") for i in range(commissioners)]
    kinds = ["Company", "NHSTrust", "University", "Charity", "LocalAuthority", "Other"]
    rest = [org(f"other-{i}", f"Recipient {i:03d} {kinds[i % 6]}", kinds[i % 6]) for i in range(others)]
    states = ["identifiable", "pseudonymised", "pseudonymised", "anonymised", "aggregate"]
    for n in range(agreements):
        ref = f"NIC-{n:05d}-SYNTH"
        ccg = ccgs[n % len(ccgs)]
        csu = csus[ccgs.index(ccg) % len(csus)]
        dscro = dscros[csus.index(csu) % len(dscros)]
        hops = [(nhsd, ccg, "pseudonymised", "register"), (nhsd, dscro, "identifiable", "text"),
                (dscro, csu, "pseudonymised", "text"), (csu, ccg, "pseudonymised", "text")]
        if n % 5 == 0:
            hops.append((ccg, rng.choice(rest), rng.choice(states), "text"))
        for k, (u, v, state, origin) in enumerate(hops):
            G.add_edge(u, v, key=f"{ref}-{k}", agreement=ref, datasets=["SUS for Commissioners"], state=state,
                       mode="transfer", evidence=f"Hop {k} of {ref}.", location=f"register.xlsx [Sheet1] row {n + 2}",
                       origin=origin)
            for node in (u, v):
                G.nodes[node]["agreements"].append(ref)
    return G
