"""Accessibility of every kind of page, in Debian's Chromium: reflow at 320 px (WCAG 1.4.10)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

LANGS = ["tr", "en"]
PREFIX = {"tr": "", "en": "en/"}


def _first(site: Path, folder: str) -> str:
    return sorted(p.parent.name for p in (site / folder).glob("*/index.html"))[0]


def page_types(site: Path) -> dict[str, str]:
    """One URL of every kind of page the site has (the Turkish path; English adds en/)."""
    return {
        "home": "",
        "practice": f"practices/{_first(site, 'practices')}/",
        "catalogue": "catalogue/",
        "municipality": f"municipalities/{_first(site, 'municipalities')}/",
        "organisation": f"organisations/{_first(site, 'organisations')}/",
        "programme": f"programmes/{_first(site, 'programmes')}/",
        "theme": f"themes/{_first(site, 'themes')}/",
        "index": "themes/",
        "reference": "reference/",
        "hand-written": "about/",
    }


def _overflow(tab, url: str) -> int:
    """How many pixels the page at url is wider than the window (0: no sideways scrolling)."""
    tab.goto(url)
    return tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_reflows_at_320_px(tab, seed_url, built_site, lang, shots):
    tab.set_viewport_size({"width": 320, "height": 800})
    wide = {name: px for name, url in page_types(built_site).items()
            if (px := _overflow(tab, seed_url + PREFIX[lang] + url))}
    assert wide == {}, f"pixels wider than a 320 px window: {wide}"
    _overflow(tab, seed_url + PREFIX[lang] + page_types(built_site)["practice"])
    tab.screenshot(path=str(shots / f"practice-320-{lang}.png"), full_page=True)


@pytest.mark.parametrize("lang", LANGS)
def test_long_urls_wrap_at_320_px(tab, fixture_url, lang):
    # The hostile practice has a 100-character URL as a link and as bare narrative text.
    tab.set_viewport_size({"width": 320, "height": 800})
    assert _overflow(tab, fixture_url + PREFIX[lang] + "practices/zehirli-baslik/") == 0
