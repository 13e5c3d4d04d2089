"""The small fixture library of tests/site/fixture, built once: three published practices
(hostile HTML, a foreign municipality, a stale one) and one draft; and the browser fixtures
of the tests that load the built sites in Debian's Chromium.

Screenshots go to build/screenshots/ (git-ignored) so that a person can look at them.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.build import build_site

FIXTURE = Path(__file__).parent / "fixture"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _build(root: Path, out: Path) -> Path:
    result = build_site(root, out)
    assert result.ok, "the fixture site did not build:\n" + "\n".join(
        [d.message("en") for d in result.diagnostics if d.severity == "error"] + result.problems)
    return out


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture library's site."""
    return _build(FIXTURE, tmp_path_factory.mktemp("fixture") / "site")


@pytest.fixture(scope="session")
def page(fixture_site):
    """Parse one built page: page('en', 'practices/x/') → BeautifulSoup."""
    cache: dict = {}

    def load(lang: str, url: str) -> BeautifulSoup:
        path = fixture_site / ("" if lang == "tr" else "en") / url / "index.html"
        if path not in cache:
            cache[path] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return cache[path]

    return load


def _serve(root: Path):
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def fixture_url(fixture_site):
    """The fixture site served on 127.0.0.1."""
    server, url = _serve(fixture_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def seed_url(built_site):
    """The real repository's site served on 127.0.0.1."""
    server, url = _serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture()
def tab(browser):
    """A fresh 1280 × 900 page that fails the test if it makes a third-party request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # Any request that leaves 127.0.0.1 is a third-party request: a KVKK problem.
    page.outside = []
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            or page.outside.append(r.url))
    yield page
    assert page.outside == []
    context.close()


@pytest.fixture()
def shots() -> Path:
    """Where screenshots go."""
    return SHOTS
