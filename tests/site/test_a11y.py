"""Accessibility of every kind of page, in Debian's Chromium: reflow at 320 px (WCAG 1.4.10),
axe-core with the WCAG 2.2 AA rules, search results included, skip links, and a Tab order
that never reaches what the reader cannot see."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")  # axe-core, as pinned

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
        "accessibility statement": "accessibility/",
    }


def _overflow(tab, url: str) -> int:
    """How many pixels the page at url is wider than the window (0: no sideways scrolling)."""
    tab.goto(url)
    return tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("lang", LANGS)
def test_long_urls_wrap_at_320_px(tab, fixture_url, lang):
    # The hostile practice has a 100-character URL as a link and as bare narrative text.
    tab.set_viewport_size({"width": 320, "height": 800})
    assert _overflow(tab, fixture_url + PREFIX[lang] + "practices/zehirli-baslik/") == 0


def _settle(tab) -> None:
    """Wait until running transitions (overlays, fades) are over; getAnimations() flushes style."""
    tab.evaluate("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")


@pytest.fixture()
def tab(tab):
    """The page, with axe-core put into each document it loads: once per page, instead of
    sending its 570 KB for each run."""
    tab.add_init_script(path=str(AXE_JS))
    return tab


def _axe(tab, where: str) -> list[str]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now, one line per element."""
    _settle(tab)  # Material fades its overlays in; colours measured mid-transition are not real
    violations = tab.evaluate("options => axe.run(document, options).then(r => r.violations)",
                              {"runOnly": {"type": "tag", "values": WCAG22},
                               "resultTypes": ["violations"]})
    return [f"{where}: {v['id']}: {n['target']} {n['failureSummary'].splitlines()[-1].strip()}"
            for v in violations for n in v["nodes"]]


# Each page type is visited once per language and width, and everything that is checked of
# it at that width is checked in that visit: axe's WCAG 2.2 AA rules at both widths, then
# reflow at 320 px (WCAG 1.4.10), the skip link at 1280 px.
@pytest.mark.long(9)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_at_1280_px_meets_wcag_22_aa_and_starts_with_a_skip_link(
        tab, seed_url, built_site, lang, shots):
    problems = []
    for name, url in page_types(built_site).items():
        tab.goto(seed_url + PREFIX[lang] + url)
        problems += _axe(tab, f"{name} at 1280 px")
        if name in ("practice", "catalogue"):
            shots(tab, f"{name}-{lang}.png", full_page=True)
        problems += _skip_link(tab, name)
    assert problems == [], "\n".join(problems)


@pytest.mark.long(7)
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_type_at_320_px_reflows_and_meets_wcag_22_aa(tab, seed_url, built_site, lang,
                                                                 shots):
    tab.set_viewport_size({"width": 320, "height": 900})
    problems = []
    for name, url in page_types(built_site).items():
        tab.goto(seed_url + PREFIX[lang] + url)
        wider = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if wider:
            problems.append(f"{name}: {wider} pixels wider than a 320 px window")
        problems += _axe(tab, f"{name} at 320 px")
        if name == "practice":
            shots(tab, f"practice-320-{lang}.png", full_page=True)
    assert problems == [], "\n".join(problems)


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


def _skip_link(tab, name: str) -> list[str]:
    """What is wrong with the skip link of the page just loaded: the first Tab reaches it,
    Enter leads into the main area, the next Tab to the content's first link."""
    tab.keyboard.press("Tab")
    if not _focused(tab, "a.md-skip"):
        return [f"{name}: the first Tab does not reach a skip link"]
    wrong = []
    tab.keyboard.press("Enter")
    if not tab.evaluate(IN_MAIN):
        wrong.append(f"{name}: the skip link does not lead into the main area")
    tab.keyboard.press("Tab")
    if tab.evaluate(AT_FIRST_TAB_STOP_OF_CONTENT) is False:
        wrong.append(f"{name}: the Tab after the skip link misses the content's first link")
    return wrong


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_skip_links_lead_to_the_first_result_in_three_tabs(tab, seed_url, lang, shots):
    content, results = SKIP[lang]
    tab.goto(seed_url + PREFIX[lang] + "catalogue/")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent.trim()") == content
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent.trim()") == results
    _settle(tab)
    shots(tab, f"catalogue-skip-link-{lang}.png")
    tab.keyboard.press("Enter")
    assert _focused(tab, "#kb-results")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement === document.querySelector('.kb-result__title a')")


# Why the focused element cannot be seen, or null. Each element gets a mark so that the test
# knows when the Tab order has come round to its start.
FOCUSED_BUT_UNSEEN = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  el.dataset.kbTabStop = el.dataset.kbTabStop || String(Math.random());
  const box = el.getBoundingClientRect();
  const what = el.outerHTML.slice(0, 80);
  let why = null;
  if (!box.width || !box.height) why = "no size";
  else if (!el.checkVisibility({visibilityProperty: true})) why = "display:none or visibility:hidden";
  else if (el.closest("[aria-hidden=true]")) why = "inside aria-hidden";
  else if (box.right <= 0 || box.left >= innerWidth) why = "off the screen";
  else for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
    if (getComputedStyle(up).overflow === "visible") continue;
    const clip = up.getBoundingClientRect();
    if (box.bottom <= clip.top || box.top >= clip.bottom) { why = `clipped by ${up.className}`; break; }
    // Sideways, not even partly: the text of a link cut at the edge cannot be read either.
    if (box.left < clip.left - 1 || box.right > clip.right + 1) { why = `cut by ${up.className}`; break; }
  }
  return {stop: el.dataset.kbTabStop, what, why};
}"""
SEEN = f"() => {{ const focused = ({FOCUSED_BUT_UNSEEN})(); return !focused || !focused.why; }}"


@pytest.mark.long(6)
@pytest.mark.parametrize("width", [1280, 320])
def test_every_tab_stop_is_visible_with_the_search_closed(tab, seed_url, built_site, width):
    # The catalogue has no navigation sidebar; a hand-written page has navigation sections and,
    # in the drawer of narrow screens, its table of contents.
    tab.set_viewport_size({"width": width, "height": 900})
    unseen = []
    for name in ("catalogue", "hand-written", "practice"):
        tab.goto(seed_url + page_types(built_site)[name])
        # A search typed and closed again leaves its results in the page.
        tab.click("label.md-header__button[for=__search]" if width < 960 else "input.md-search__input")
        tab.keyboard.type("izmir")
        tab.wait_for_selector(".md-search-result__item")
        tab.keyboard.press("Escape")
        first = None
        for _ in range(300):
            tab.keyboard.press("Tab")
            focused = tab.evaluate(FOCUSED_BUT_UNSEEN)
            if focused and focused["why"]:
                try:  # the drawer and its panels slide in: give the focused element time to arrive
                    tab.wait_for_function(SEEN, polling=50, timeout=1000)
                except PlaywrightTimeout:
                    pass
                focused = tab.evaluate(FOCUSED_BUT_UNSEEN)
            if focused is None:
                continue
            if focused["stop"] == first:
                break
            first = first or focused["stop"]
            if focused["why"]:
                unseen.append(f"{name}: {focused['why']}: {focused['what']}")
        else:
            raise AssertionError(f"{name}: the Tab order never came back to its start")
    assert unseen == [], "\n".join(unseen)
