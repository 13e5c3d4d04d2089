"""One practice page per language as a reviewed fixture: any change to what a practice page
says or how it is marked up shows in review as a diff of these files.

After an intended change: `KB_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_golden.py`,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

GOLDEN = Path(__file__).parent / "golden"


def _content(site: Path, lang: str) -> str:
    """The page's own content (not the theme's frame), one tag per line."""
    path = site / ("" if lang == "tr" else "en") / "practices/dayanisma-noktalari/index.html"
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return soup.select_one(".kb-page").prettify()


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_practice_page_is_the_reviewed_one(fixture_site, lang):
    golden = GOLDEN / f"practice-{lang}.html"
    got = _content(fixture_site, lang)
    if os.environ.get("KB_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert golden.is_file(), f"no golden file: run with KB_UPDATE_GOLDEN=1 and review {golden}"
    assert got == golden.read_text(encoding="utf-8"), (
        f"the practice page changed: if intended, run with KB_UPDATE_GOLDEN=1 and review {golden}")
