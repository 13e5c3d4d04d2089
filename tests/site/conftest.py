"""The small fixture library of tests/site/fixture, built once: three published practices
(hostile HTML, a foreign municipality, a stale one) and one draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from kb.site.build import build_site

FIXTURE = Path(__file__).parent / "fixture"


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
