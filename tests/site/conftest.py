"""The small fixture library of tests/site/fixture, built once: three published practices
(hostile HTML, a foreign municipality, a stale one) and one draft; and the browser fixtures
of the tests that load the built sites in Debian's Chromium.

Screenshots go to build/screenshots/ (git-ignored) so that a person can look at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from support import build, serve

FIXTURE = Path(__file__).parent / "fixture"
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture library's site."""
    return build(FIXTURE, tmp_path_factory.mktemp("fixture") / "site")


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


@pytest.fixture(scope="module")
def fixture_url(fixture_site):
    """The fixture site served on 127.0.0.1."""
    with serve(fixture_site) as url:
        yield url


@pytest.fixture(scope="module")
def seed_url(built_site):
    """The real repository's site served on 127.0.0.1."""
    with serve(built_site) as url:
        yield url


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
