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
def offline_page(html_path: Path, *, width: int = 1600, height: int = 1000):
    """Yield ``(page, log)`` with ``html_path`` loaded in a fresh offline chromium."""
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
