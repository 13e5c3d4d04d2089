"""The header search of the built site, typed into by headless Debian Chromium.

Ranking is tested in Node against the built index (test_search_node.py); here, what only a
browser shows: nothing of search is fetched before the box gets focus, the box shows the
results, each language searches its own pages, and the original text is marked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support import SEED_PRACTICES

from .driver import RESULT_LINKS, SEARCH_FILE, SEARCH_INPUT, open_search, search, serve
from .queries import QUERIES

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
ROOT = HERE.parents[1]




@pytest.fixture(scope="module")
def served(search_site, browser):
    """(base URL, browser, requests the server answered) for the search test set's site on
    127.0.0.1."""
    requests: list = []
    with serve(search_site, requests) as base:
        yield base, browser, requests


@pytest.fixture()
def site(served, tabs):
    """(base URL, open) for the built site served on 127.0.0.1: open(url) is a new page
    (support.Tabs) at url with the search worker observed and the search box focused."""
    base = served[0]
    pages = []

    def open_(url: str, focus: bool = True):
        pages.append(open_search(tabs.new, url, focus))
        return pages[-1]

    yield base, open_
    for page in pages:
        tabs.done(page)


def test_query_set_is_large_and_covers_both_languages():
    assert len(QUERIES) >= 60
    assert {lang for lang, *_ in QUERIES} == {"tr", "en"}
    practices = {p.name for p in (ROOT / "practices").iterdir() if p.is_dir()}
    assert {expected for _, _, expected, _ in QUERIES} == SEED_PRACTICES <= practices


def _search_files(requests: list, since: int = 0) -> list[str]:
    return [path for path, _ in requests[since:] if SEARCH_FILE.search(path)]


@pytest.mark.parametrize("url", ["", "practices/vida-modeli/", "en/themes/"])
def test_search_loads_nothing_before_the_box_gets_focus(served, tabs, url):
    base, _, requests = served
    page = tabs.new()  # as in a new context: an empty cache, every file is asked for
    since = len(requests)
    page.goto(base + url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # Material's worker and index would have been asked for by now
    assert _search_files(requests, since) == []
    page.focus(SEARCH_INPUT)
    page.wait_for_function("() => true")
    page.wait_for_timeout(500)
    on_focus = _search_files(requests, since)
    # Focus loads the engine, its tables and the manifest: no terms, no results yet.
    assert {re.sub(r".*/", "", p) for p in on_focus} == {
        "kb-search-text.js", "kb-search-core.js", "kb-search-worker.js", "kb-search-rules.json",
        "index.json"}, on_focus
    page.locator(SEARCH_INPUT).press_sequentially("vida")
    page.wait_for_selector(".md-search-result__item")
    typed = _search_files(requests, since)[len(on_focus):]
    assert any("/search/kb/t/" in p for p in typed) and any("/search/kb/d-" in p for p in typed)
    assert not any("search_index.json" in p or "/workers/" in p for p in _search_files(requests))
    tabs.done(page)


def test_the_catalogue_loads_the_normaliser_for_its_box_and_no_index(served, tabs):
    base, _, requests = served
    page = tabs.new()
    since = len(requests)
    page.goto(base + "catalogue/")
    page.wait_for_load_state("networkidle")
    assert sorted(re.sub(r".*/", "", p) for p in _search_files(requests, since)) == [
        "kb-search-rules.json", "kb-search-text.js"]
    tabs.done(page)


@pytest.mark.parametrize(("lang", "query", "practice"), [
    ("tr", "yaşlılara", "bizizmir-dayanisma-noktalari"),
    ("tr", "gocmen", "vida-modeli"),
    ("en", "elderly", "bizizmir-dayanisma-noktalari"),
])
def test_the_search_box_shows_the_practice_first(site, lang, query, practice):
    base, open_ = site
    prefix = "" if lang == "tr" else "en/"
    page = open_(base + prefix)
    results = search(page, query, base)
    assert results[0] == f"{prefix}practices/{practice}/", results


def test_text_that_comes_without_a_key_is_searched(site):
    """Pasted with the mouse or a long press, dictated, or a phone keyboard's suggestion: the
    box changes with no keyup, which is all Material listens to. 'diş' (its last letter put in
    without key events, as an input method does) found nothing before."""
    base, open_ = site
    page = open_(base)
    box = page.locator(SEARCH_INPUT)
    for query, practice in (("Bizİzmir Dayanışma Noktaları", "bizizmir-dayanisma-noktalari"),
                            ("diş", "bizizmir-dayanisma-noktalari"), ("göçmen", "vida-modeli")):
        box.fill(query)  # as a paste: the value and one input event, no key
        page.wait_for_function("q => window.__kb.last && window.__kb.last.query === q", arg=query)
        first = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")[0]
        assert first.split("?")[0] == f"{base}practices/{practice}/", (query, first)


def test_each_language_returns_only_its_own_pages(site):
    base, open_ = site
    for lang, query in (("tr", "izmir"), ("en", "izmir"), ("tr", "stockholm"), ("en", "women")):
        page = open_(base + ("" if lang == "tr" else "en/"))
        results = search(page, query, base)
        assert results, query
        if lang == "en":
            assert all(r.startswith("en/") for r in results), results
        else:
            assert not any(r.startswith("en/") for r in results), results


def test_a_query_in_the_other_language_leads_to_that_language_s_results(site):
    base, open_ = site
    page = open_(base + "en/practices/vida-modeli/")
    assert search(page, "diş bakımı", base) == []  # Turkish words: the English pages lack them
    link = page.locator(".kb-search-other a")
    assert link.inner_text() == "Search the Turkish pages for “diş bakımı”"
    link.click()
    page.wait_for_selector(".md-search-result__item")
    assert page.locator("input.md-search__input").input_value() == "diş bakımı"
    first = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")[0]
    assert first.startswith(base + "practices/bizizmir-dayanisma-noktalari/"), first
    page = open_(base)
    search(page, "women's employment", base)
    link = page.locator(".kb-search-other a")
    assert link.inner_text() == "İngilizce sayfalarda ara: “women's employment”"
    assert link.get_attribute("href") == "./en/?q=women's%20employment"


def test_results_show_the_original_text_with_the_match_marked(site):
    base, open_ = site
    page = open_(base)
    search(page, "bizizmir", base)
    first = page.locator(".md-search-result__item").first
    assert first.locator("h1").inner_html() == "<mark>Bizİzmir</mark> Dayanışma Noktaları"
    search(page, "yaslilara", base)
    marked = page.locator(".md-search-result__item").first.locator("mark").all_inner_texts()
    assert marked and all(m.lower().startswith(("yaşlı", "yasli")) for m in marked), marked


def test_search_highlight_marks_the_words_on_the_target_page(site):
    base, open_ = site
    page = open_(base)
    search(page, "dayanisma", base)
    page.locator(".md-search-result__link").first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    marked = page.locator("mark[data-md-highlight]").all_inner_texts()
    assert any(m.lower().startswith("dayanışma") for m in marked), marked


def test_catalogue_text_box_folds_and_stems_like_search(site):
    base, open_ = site
    page = open_(base + "catalogue/", focus=False)
    # Cards say "Sağlık" and "Sivil toplumla iş birliği"; a substring match would find neither.
    page.fill("#kb-q", "SAĞLIĞI")
    visible = page.eval_on_selector_all(".kb-result:not([hidden]) a", "els => els.map(e => e.href)")
    assert any("bizizmir-dayanisma-noktalari" in h for h in visible), visible
    assert not any("vida-modeli" in h for h in visible), visible
    page.fill("#kb-q", "sivil toplumla")
    visible = page.eval_on_selector_all(".kb-result:not([hidden]) a", "els => els.map(e => e.href)")
    assert any("vida-modeli" in h for h in visible), visible
