"""Accessibility of every kind of page, in Debian's Chromium: reflow at 320 px (WCAG 1.4.10),
axe-core with the WCAG 2.2 AA rules, search results included, and skip links."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

LANGS = ["tr", "en"]
PREFIX = {"tr": "", "en": "en/"}
WCAG22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
QUERY = {"tr": "izmir", "en": "women"}  # words with several results in each language
SKIP = {"tr": ("İçeriğe geç", "Sonuçlara geç"), "en": ("Skip to content", "Skip to results")}


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


def _axe(tab, where: str) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now, one line per element."""
    from axe_playwright_python.sync_playwright import Axe

    _settle(tab)  # Material fades its overlays in; colours measured mid-transition are not real
    result = Axe().run(tab, options={"runOnly": {"type": "tag", "values": WCAG22}})
    return [f"{where}: {v['id']}: {n['target']} {n['failureSummary'].splitlines()[-1].strip()}"
            for v in result.response["violations"] for n in v["nodes"]]


@pytest.mark.parametrize("lang", LANGS)
def test_search_results_meet_wcag_contrast(tab, seed_url, lang):
    tab.goto(seed_url + PREFIX[lang] + "catalogue/")
    tab.click("input.md-search__input")
    tab.keyboard.type(QUERY[lang])
    tab.wait_for_selector(".md-search-result__item mark")
    problems = _axe(tab, "results")
    # Arrow keys move through the results (first the link to the other language's results);
    # the focused one gets a tinted background.
    tab.keyboard.press("ArrowDown")
    tab.keyboard.press("ArrowDown")
    assert tab.evaluate("document.activeElement.matches('.md-search-result__link')")
    problems += _axe(tab, "focused result")
    assert problems == [], "\n".join(problems)


def _settle(tab) -> None:
    tab.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")


def _focused(tab, selector: str) -> bool:
    return tab.evaluate("s => document.activeElement.matches(s)", selector)


# After the skip link: is the focused element the content's first Tab stop? (null when the
# content has none, as on the format reference, whose tables hold no links.)
AT_FIRST_TAB_STOP_OF_CONTENT = """() => {
  const stops = document.querySelectorAll(
    ".md-content :is(a[href], button, input, select, textarea, summary, [tabindex])");
  const first = [...stops].find(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length);
  return first ? document.activeElement === first : null;
}"""


IN_MAIN = "() => document.querySelector('.md-main').contains(document.querySelector(location.hash))"


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_starts_with_a_skip_link_into_its_content(tab, seed_url, built_site, lang):
    wrong = []
    for name, url in page_types(built_site).items():
        tab.goto(seed_url + PREFIX[lang] + url)
        tab.keyboard.press("Tab")
        if not _focused(tab, "a.md-skip"):
            wrong.append(f"{name}: the first Tab does not reach a skip link")
            continue
        tab.keyboard.press("Enter")
        if not tab.evaluate(IN_MAIN):
            wrong.append(f"{name}: the skip link does not lead into the main area")
        tab.keyboard.press("Tab")
        if tab.evaluate(AT_FIRST_TAB_STOP_OF_CONTENT) is False:
            wrong.append(f"{name}: the Tab after the skip link misses the content's first link")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_skip_links_lead_to_the_first_result_in_three_tabs(tab, seed_url, lang, shots):
    content, results = SKIP[lang]
    tab.goto(seed_url + PREFIX[lang] + "catalogue/")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent.trim()") == content
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent.trim()") == results
    _settle(tab)
    tab.screenshot(path=str(shots / f"catalogue-skip-link-{lang}.png"))
    tab.keyboard.press("Enter")
    assert _focused(tab, "#kb-results")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement === document.querySelector('.kb-result__title a')")
