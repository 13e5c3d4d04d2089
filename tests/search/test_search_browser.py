"""The header search of the built site, typed into by headless Debian Chromium.

Every query of queries.tsv must bring its practice into the first three results, in its
own language's site; results show the original Turkish text with the match marked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.search.index import build_index

from .driver import RESULT_LINKS, browser, open_search, search, serve

pytestmark = pytest.mark.browser

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
FOLD_JS = ROOT / "overrides" / "assets" / "javascripts" / "kb-fold.js"
WORKER_JS = ROOT / "overrides" / "assets" / "javascripts" / "kb-search-worker.js"


def load_queries() -> list[tuple[str, str, str, str]]:
    """(lang, query, expected practice id, what it covers) for each line of queries.tsv."""
    rows = []
    for line in (HERE / "queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, query, expected, what = line.split("\t")
            rows.append((lang, query, expected, what))
    return rows


QUERIES = load_queries()


@pytest.fixture(scope="module")
def site(built_site):
    """(base URL, browser context) for the built site served on 127.0.0.1."""
    with serve(built_site) as base, browser() as chromium:
        context = chromium.new_context()
        yield base, context
        context.close()


def test_query_set_is_large_and_covers_both_languages():
    assert len(QUERIES) >= 60
    assert {lang for lang, *_ in QUERIES} == {"tr", "en"}
    practices = {p.name for p in (ROOT / "practices").iterdir() if p.is_dir()}
    assert {expected for _, _, expected, _ in QUERIES} <= practices


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_query_finds_its_practice_in_the_top_three(site, lang):
    base, context = site
    page = open_search(context, base + ("" if lang == "tr" else "en/"))
    prefix = "" if lang == "tr" else "en/"
    failures = []
    for qlang, query, expected, what in QUERIES:
        if qlang != lang:
            continue
        results = search(page, query, base)
        if f"{prefix}practices/{expected}/" not in results[:3]:
            failures.append(f"{query!r} ({what}): expected {expected}, got {results[:3]}")
    page.close()
    assert not failures, f"{len(failures)} {lang} queries missed:\n" + "\n".join(failures)


def test_each_language_returns_only_its_own_pages(site):
    base, context = site
    for lang, query in (("tr", "izmir"), ("en", "izmir"), ("tr", "stockholm"), ("en", "women")):
        page = open_search(context, base + ("" if lang == "tr" else "en/"))
        results = search(page, query, base)
        page.close()
        assert results, query
        if lang == "en":
            assert all(r.startswith("en/") for r in results), results
        else:
            assert not any(r.startswith("en/") for r in results), results


def test_a_query_in_the_other_language_leads_to_that_language_s_results(site):
    base, context = site
    page = open_search(context, base + "en/practices/vida-modeli/")
    assert search(page, "diş bakımı", base) == []  # Turkish words: the English pages lack them
    link = page.locator(".kb-search-other a")
    assert link.inner_text() == "Search the Turkish pages for “diş bakımı”"
    link.click()
    page.wait_for_selector(".md-search-result__item")
    assert page.locator("input.md-search__input").input_value() == "diş bakımı"
    first = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")[0]
    assert first.startswith(base + "practices/bizizmir-dayanisma-noktalari/"), first
    page.close()
    page = open_search(context, base)
    search(page, "women's employment", base)
    link = page.locator(".kb-search-other a")
    assert link.inner_text() == "İngilizce sayfalarda ara: “women's employment”"
    assert link.get_attribute("href") == "./en/?q=women's%20employment"
    page.close()


def test_results_show_the_original_text_with_the_match_marked(site):
    base, context = site
    page = open_search(context, base)
    search(page, "bizizmir", base)
    first = page.locator(".md-search-result__item").first
    assert first.locator("h1").inner_html() == "<mark>Bizİzmir</mark> Dayanışma Noktaları"
    search(page, "yaslilara", base)
    marked = page.locator(".md-search-result__item").first.locator("mark").all_inner_texts()
    assert marked and all(m.lower().startswith(("yaşlı", "yasli")) for m in marked), marked
    page.close()


def test_practice_ranks_above_pages_that_mention_it(site):
    base, context = site
    page = open_search(context, base)
    # Entity pages, the catalogue and the home page list these titles; the practice comes first.
    assert search(page, "Bizİzmir Dayanışma Noktaları", base)[0] == "practices/bizizmir-dayanisma-noktalari/"
    assert search(page, "vida modeli", base)[0] == "practices/vida-modeli/"
    assert search(page, "halkkent", base)[0] == "practices/mersin-modeli/"
    page.close()


def test_search_highlight_marks_the_words_on_the_target_page(site):
    base, context = site
    page = open_search(context, base)
    search(page, "dayanisma", base)
    page.locator(".md-search-result__link").first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    marked = page.locator("mark[data-md-highlight]").all_inner_texts()
    assert any(m.lower().startswith("dayanışma") for m in marked), marked
    page.close()


def test_catalogue_text_box_folds_and_stems_like_search(site):
    base, context = site
    page = context.new_page()
    page.goto(base + "catalogue/")
    # Cards say "Sağlık" and "Sivil toplumla iş birliği"; a substring match would find neither.
    page.fill("#kb-q", "SAĞLIĞI")
    visible = page.eval_on_selector_all(".kb-result:not([hidden]) a", "els => els.map(e => e.href)")
    assert any("bizizmir-dayanisma-noktalari" in h for h in visible), visible
    assert not any("vida-modeli" in h for h in visible), visible
    page.fill("#kb-q", "sivil toplumla")
    visible = page.eval_on_selector_all(".kb-result:not([hidden]) a", "els => els.map(e => e.href)")
    assert any("vida-modeli" in h for h in visible), visible
    page.close()


def test_fold_js_computes_exactly_what_python_computes(site):
    # The same cases test_normalise.py checks on the Python side.
    cases = json.loads((HERE / "normalise_cases.json").read_text(encoding="utf-8"))
    base, context = site
    page = context.new_page()
    page.goto(base + "search/search_index.json")  # any same-origin page will do
    page.add_script_tag(path=str(FOLD_JS))
    got = page.evaluate(
        "cases => cases.map(c => ({fold: KBText.fold(c.text), terms: KBText.terms(c.text, c.lang)}))",
        cases)
    page.close()
    diffs = [(c["text"], g, {"fold": c["fold"], "terms": c["terms"]})
             for c, g in zip(cases, got, strict=True)
             if g != {"fold": c["fold"], "terms": c["terms"]}]
    assert not diffs


def test_worker_escapes_contributor_text(site, tmp_path):
    # A hostile title and text go through the real worker; only our <mark> may come back.
    base, context = site
    index = build_index([{
        "url": "practices/x/", "kind": "practices",
        "title": '<img src=x onerror="alert(1)"> İzmir',
        "text": "İzmir <script>alert(2)</script> & \"quotes\"",
        "meta": ["<b>İzmir</b>"],
    }], "tr")
    page = context.new_page()
    page.goto(base + "search/search_index.json")
    result = page.evaluate(
        """([url, index]) => new Promise(resolve => {
             const worker = new Worker(url);
             worker.onmessage = ev => {
               if (ev.data.type === 1) worker.postMessage({type: 2, data: "izmir"});
               if (ev.data.type === 3) resolve(ev.data.data);
             };
             worker.postMessage({type: 0, data: {...index, options: {suggest: true}}});
           })""",
        [base + "assets/javascripts/kb-search-worker.js", index])
    page.close()
    item = result["items"][0][0]
    assert item["title"] == '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>İzmir</mark>'
    assert "<script" not in item["text"] and "&lt;script&gt;" in item["text"]
    assert "<mark>İzmir</mark>" in item["text"]
