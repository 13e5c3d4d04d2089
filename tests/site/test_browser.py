"""The built site in Debian's Chromium: catalogue filters, shared URLs, language switch, axe-core.

Screenshots go to build/screenshots/ (git-ignored) so that a person can look at them.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


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
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def fixture_url(fixture_site):
    server, url = _serve(fixture_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def seed_url(built_site):
    server, url = _serve(built_site)
    yield url
    server.shutdown()


@pytest.fixture()
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # Any request that leaves 127.0.0.1 is a third-party request: a KVKK problem.
    page.outside = []
    page.on("request", lambda r: r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            or page.outside.append(r.url))
    yield page
    assert page.outside == []
    context.close()


def _shown(tab) -> list[str]:
    return tab.eval_on_selector_all(
        ".kb-result:not([hidden]) .kb-result__title a", "els => els.map(e => e.textContent)")


def test_catalogue_filters_by_two_facets_and_keeps_state_in_the_url(tab, fixture_url):
    tab.goto(fixture_url + "catalogue/")
    assert tab.is_visible("form.kb-facets")
    tab.check("#kb-f-status-active")
    tab.check("#kb-f-status-completed")
    assert sorted(_shown(tab)) == ["Dayanışma Noktaları", "Çankırı Kadın Kooperatifi"]
    tab.check("#kb-f-sdg-5")
    assert _shown(tab) == ["Çankırı Kadın Kooperatifi"]
    assert tab.text_content("#kb-result-count") == "3 uygulamadan 1 tanesi gösteriliyor"
    assert tab.url.endswith("/catalogue/?sdg=5&status=active&status=completed")
    # Counts follow the other facets: with SDG 5 chosen no active practice is left.
    assert tab.text_content('label[for="kb-f-status-active"] .kb-count') == "(0)"
    assert tab.text_content('label[for="kb-f-sdg-1"] .kb-count') == "(1)"
    tab.screenshot(path=str(SHOTS / "catalogue-filtered-tr.png"), full_page=True)

    tab.reload()
    assert tab.is_checked("#kb-f-sdg-5") and tab.is_checked("#kb-f-status-completed")
    assert _shown(tab) == ["Çankırı Kadın Kooperatifi"]

    tab.click("form.kb-facets button[type=reset]")
    tab.fill("#kb-q", "ISIK")  # typed without Turkish letters, matches 'Işık'
    assert _shown(tab) == ["Işık <script>alert('t')</script> Evi"]
    assert tab.url.endswith("/catalogue/?q=ISIK")


def test_catalogue_is_usable_by_keyboard(tab, fixture_url):
    tab.goto(fixture_url + "en/catalogue/?theme=goc")
    assert _shown(tab) == ["Light <script>alert('e')</script> House"]
    tab.focus("#kb-f-theme-cevre")
    tab.keyboard.press("Space")
    assert tab.is_checked("#kb-f-theme-cevre")
    assert tab.text_content("#kb-result-count") == "Showing 1 of 3 practices"


def test_language_switch_goes_to_the_same_page(tab, fixture_url):
    tab.goto(fixture_url + "practices/dayanisma-noktalari/")
    tab.eval_on_selector('a.md-select__link[hreflang="en"]', "a => a.click()")
    tab.wait_for_url("**/en/practices/dayanisma-noktalari/")
    assert tab.text_content("h1") == "Solidarity Points"
    assert tab.get_attribute("html", "lang") == "en"
    tab.eval_on_selector('a.md-select__link[hreflang="tr"]', "a => a.click()")
    tab.wait_for_url(re.compile(r"127\.0\.0\.1:\d+/practices/dayanisma-noktalari/$"))
    assert tab.get_attribute("html", "lang") == "tr"


def _first_practice(site: Path) -> str:
    return sorted(p.parent.name for p in (site / "practices").glob("*/index.html"))[0]


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_no_wcag_violations_and_screenshots(tab, seed_url, built_site, lang):
    from axe_playwright_python.sync_playwright import Axe

    prefix = "" if lang == "tr" else "en/"
    practice = _first_practice(built_site)
    municipality = sorted(p.parent.name for p in (built_site / "municipalities").glob("*/index.html"))[0]
    pages = {"home": "", "practice": f"practices/{practice}/", "catalogue": "catalogue/",
             "municipality": f"municipalities/{municipality}/", "theme-index": "themes/"}
    axe = Axe()
    problems = []
    for name, url in pages.items():
        tab.goto(seed_url + prefix + url)
        result = axe.run(tab, options={"runOnly": {"type": "tag", "values": WCAG}})
        for v in result.response["violations"]:
            targets = [n["target"] for n in v["nodes"]][:3]
            problems.append(f"{lang} {name}: {v['id']} ({v['impact']}): {v['help']} {targets}")
        if name in ("practice", "catalogue"):
            tab.screenshot(path=str(SHOTS / f"{name}-{lang}.png"), full_page=True)
    assert problems == []
