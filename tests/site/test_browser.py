"""The built site in Debian's Chromium: catalogue filters, shared URLs, language switch.

Accessibility (axe-core, reflow, keyboard) is tested in test_a11y.py.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

def _shown(tab) -> list[str]:
    return tab.eval_on_selector_all(
        ".kb-result:not([hidden]) .kb-result__title a", "els => els.map(e => e.textContent)")


def test_catalogue_filters_by_two_facets_and_keeps_state_in_the_url(tab, fixture_url, shots):
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
    shots(tab, "catalogue-filtered-tr.png", full_page=True)

    tab.reload()
    assert tab.is_checked("#kb-f-sdg-5") and tab.is_checked("#kb-f-status-completed")
    assert _shown(tab) == ["Çankırı Kadın Kooperatifi"]

    tab.click(".kb-clear")
    tab.fill("#kb-q", "ISIK")  # typed without Turkish letters, matches 'Işık'
    assert _shown(tab) == ["Işık <script>alert('t')</script> Evi"]
    assert tab.url.endswith("/catalogue/?text=ISIK")


def _search_is_open(tab) -> bool:
    return tab.is_checked("input#__search[data-md-toggle=search]")


def test_a_text_filter_in_the_url_survives_a_reload_without_opening_the_site_search(tab, fixture_url):
    # The filter's key used to be q, Material's search parameter: a reload opened the search
    # overlay over the catalogue and left the cards unfiltered.
    tab.goto(fixture_url + "en/catalogue/")
    tab.fill("#kb-q", "light")
    tab.reload()
    assert not _search_is_open(tab)
    assert tab.input_value("#kb-q") == "light"
    assert _shown(tab) == ["Light <script>alert('e')</script> House"]
    tab.goto(fixture_url + "catalogue/?text=ISIK")
    assert not _search_is_open(tab)
    assert _shown(tab) == ["Işık <script>alert('t')</script> Evi"]


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
