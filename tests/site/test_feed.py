"""The Atom feed of each language (issue 15.4): every published practice, escaped, linking
to built pages, and found from every page's head and from the home page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from kb.library import load_library
from kb.render.mkdocs.patches import patch_bundle
from kb.settings import site_url
from kb.site.feed import atom_feed
from kb.site.model import Site

FIXTURE = Path(__file__).parent / "fixture"
NS = {"a": "http://www.w3.org/2005/Atom"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFIX = {"tr": "", "en": "en/"}
TODAY = dt.date(2026, 12, 1)


def _feed(site: Path, lang: str) -> ElementTree.Element:
    root = ElementTree.parse(site / PREFIX[lang] / "feed.xml").getroot()
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def _entries(feed: ElementTree.Element) -> dict[str, ElementTree.Element]:
    """Entries by the address of the page they link to."""
    return {e.find("a:link[@rel='alternate']", NS).get("href"): e
            for e in feed.findall("a:entry", NS)}


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_feed_has_every_published_practice_newest_first_linking_to_built_pages(
        fixture_site, lang):
    base = site_url(FIXTURE) + PREFIX[lang]
    feed = _feed(fixture_site, lang)
    assert feed.get(XML_LANG) == lang
    assert feed.find("a:link[@rel='self']", NS).get("href") == base + "feed.xml"
    entries = _entries(feed)
    published = sorted(p.parent.name for p in (fixture_site / PREFIX[lang] / "practices")
                       .glob("*/index.html"))
    assert sorted(entries) == [f"{base}practices/{pid}/" for pid in published]
    assert "taslak-uygulama" not in published  # the draft
    for href in entries:
        assert (fixture_site / PREFIX[lang] / href.removeprefix(base) / "index.html").is_file()
    updated = [e.findtext("a:updated", namespaces=NS) for e in entries.values()]
    assert updated == ["2026-10-01T00:00:00Z", "2026-09-30T00:00:00Z", "2023-01-15T00:00:00Z"]
    assert feed.findtext("a:updated", namespaces=NS) == updated[0]
    ids = [e.findtext("a:id", namespaces=NS) for e in entries.values()]
    assert len(set(ids)) == 3 and all(i.startswith("tag:ortak-akil.github.io,2026:") for i in ids)


def test_an_entry_names_the_municipality_the_themes_and_the_summary(fixture_site):
    entry = _entries(_feed(fixture_site, "en"))[
        site_url(FIXTURE) + "en/practices/zehirli-baslik/"]
    assert entry.findtext("a:author/a:name", namespaces=NS) == "City of Stockholm"
    assert entry.findtext("a:author/a:uri", namespaces=NS).endswith(
        "/en/municipalities/stockholm/")
    assert [(c.get("term"), c.get("label")) for c in entry.findall("a:category", NS)] == [
        ("göç", "Migration"), ("çevre", "Environment")]
    assert entry.findtext("a:title", namespaces=NS) == "Light <script>alert('e')</script> House"
    assert entry.findtext("a:summary", namespaces=NS).startswith("Özet <b onclick=")


def test_titles_and_summaries_are_escaped_text(fixture_site):
    raw = (fixture_site / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in raw and "<iframe" not in raw
    assert "Işık &lt;script&gt;alert('t')&lt;/script&gt; Evi" in raw
    entry = _entries(_feed(fixture_site, "tr"))[site_url(FIXTURE) + "practices/zehirli-baslik/"]
    assert entry.findtext("a:title", namespaces=NS) == "Işık <script>alert('t')</script> Evi"
    assert " & <iframe " in entry.findtext("a:summary", namespaces=NS)


def test_an_untranslated_practice_says_its_language():
    lib, _ = load_library(FIXTURE, TODAY)
    lib.practices["cankiri-kadin-kooperatifi"]["langs"].pop("en", None)
    feed = ElementTree.fromstring(atom_feed(Site(lib, "en"), "https://x.org/", TODAY))
    langs = {e.find("a:link", NS).get("href"): e.get(XML_LANG) for e in feed.findall("a:entry", NS)}
    assert langs["https://x.org/en/practices/cankiri-kadin-kooperatifi/"] == "tr"
    assert langs["https://x.org/en/practices/dayanisma-noktalari/"] is None


def test_the_feed_is_the_same_on_any_day_and_keeps_to_its_size():
    lib, _ = load_library(FIXTURE, TODAY)
    site = Site(lib, "tr")
    assert atom_feed(site, "https://x.org/", TODAY) == atom_feed(
        site, "https://x.org/", TODAY + dt.timedelta(days=400))
    one = ElementTree.fromstring(atom_feed(site, "https://x.org/", TODAY, size=1))
    assert [e.findtext("a:title", namespaces=NS) for e in one.findall("a:entry", NS)] == [
        "Dayanışma Noktaları"]
    empty = ElementTree.fromstring(atom_feed(site, "https://x.org/", TODAY, size=0))
    assert empty.findtext("a:updated", namespaces=NS) == "2026-12-01T00:00:00Z"


def test_every_page_links_its_language_feed_in_its_head(fixture_site):
    pages = sorted(fixture_site.rglob("index.html"))
    assert len(pages) > 50
    for path in pages:
        rel = path.relative_to(fixture_site).as_posix()
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        links = soup.select('head link[rel="alternate"][type="application/atom+xml"]')
        assert len(links) == 1, rel
        assert not links[0].has_attr("hreflang"), rel
        feed = (path.parent / links[0]["href"]).resolve()
        expected = fixture_site / ("en/" if rel.startswith("en/") else "") / "feed.xml"
        assert feed == expected.resolve(), rel


@pytest.mark.parametrize(("lang", "text"), [
    ("tr", "Yeni ve güncellenen uygulamaları Atom akışıyla izleyin"),
    ("en", "Follow new and updated practices with the Atom feed")])
def test_the_home_page_shows_a_link_to_the_feed(page, lang, text):
    link = page(lang, "").select_one('.kb-home a[type="application/atom+xml"]')
    assert (link["href"], link.get_text()) == ("feed.xml", text)


def test_materials_bundle_is_patched_once_or_the_build_is_stopped(tmp_path):
    js = tmp_path / "assets/javascripts"
    js.mkdir(parents=True)
    (js / "bundle.abc.min.js").write_text('e.pipe(b(()=>M("link[rel=alternate]")))')
    assert patch_bundle(tmp_path) == []
    assert (js / "bundle.abc.min.js").read_text() == (
        'e.pipe(b(()=>M("link[rel=alternate][hreflang]")))')
    problems = patch_bundle(tmp_path)  # patched already: the pattern is gone
    assert len(problems) == 1 and "occurs 0 times" in problems[0]


@pytest.mark.browser
@pytest.mark.parametrize("url", ["", "en/", "practices/dayanisma-noktalari/", "en/catalogue/",
                                 "en/themes/"])
def test_a_page_view_fetches_no_sitemap_nor_the_feed(tab, fixture_url, url):
    requested = []
    tab.on("request", lambda r: requested.append(r.url.removeprefix(fixture_url)))
    tab.goto(fixture_url + url)
    tab.wait_for_load_state("networkidle")
    assert tab.locator('link[rel="alternate"][type="application/atom+xml"]').count() == 1
    prefix = "en/" if url.startswith("en/") else ""
    # blob: is the search worker Material starts, made in memory: no request to a server.
    unexpected = [r for r in requested if r != url and not r.startswith(
        (f"{prefix}assets/", f"{prefix}search/search_index.json", "blob:"))]
    assert unexpected == []
