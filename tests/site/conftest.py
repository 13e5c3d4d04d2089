"""The small fixture library of tests/site/fixture, built once: three published practices
(hostile HTML, a foreign municipality, a stale one) and one draft; and the browser fixtures
of the tests that load the built sites in Debian's Chromium.

Screenshots go to build/screenshots/ (git-ignored) for a person to look at, when
KB_SCREENSHOTS is set (`make screenshots`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from support import built_once, serve

FIXTURE = Path(__file__).parent / "fixture"
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture library's site."""
    return built_once(FIXTURE, "fixture", tmp_path_factory)


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
def tab(tabs):
    """A fresh 1280 × 900 page that fails the test if it makes a third-party request."""
    page = tabs.new()
    # Any request that leaves 127.0.0.1 is a third-party request: a KVKK problem.
    page.outside = []
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            or page.outside.append(r.url))
    try:
        yield page
        assert page.outside == []
    finally:
        tabs.done(page)


class Shots:
    """Screenshots for a person to look at, taken when KB_SCREENSHOTS is set (make
    screenshots): a full-page PNG costs half a second of a busy machine and asserts nothing."""

    folder = SHOTS

    def __init__(self) -> None:
        self.on = bool(os.environ.get("KB_SCREENSHOTS"))

    def __call__(self, tab, name: str, full_page: bool = False) -> None:
        if self.on:
            self.folder.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(self.folder / name), full_page=full_page)

    def __truediv__(self, name: str) -> Path:
        """A file beside the screenshots (the print test's PDFs, always written)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder / name


@pytest.fixture()
def shots() -> Shots:
    """Takes a screenshot into build/screenshots/ when asked to: shots(tab, "name.png")."""
    return Shots()
