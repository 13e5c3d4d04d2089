"""The built fixture site as a visitor sees it, in both languages (CSS selectors on the HTML)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st

LANGS = ("tr", "en")


def _read(el) -> str:
    """An element's text as a reader reads it: white space collapsed."""
    return " ".join(el.get_text().split())


def texts(soup, selector):
    return [_read(el) for el in soup.select(selector)]


def facts(soup) -> dict[str, str]:
    """The metadata card as {label: value text}."""
    card = soup.select_one("section.kb-facts dl")
    return {dt.get_text(strip=True): _read(dt.find_next_sibling("dd")) for dt in card.select("dt")}


# --- practice page -------------------------------------------------------------------------

def test_practice_metadata_card_turkish(page):
    soup = page("tr", "practices/dayanisma-noktalari/")
    card = facts(soup)
    assert card["Belediye"] == "İzmir Büyükşehir Belediyesi (Büyükşehir belediyesi, İzmir)"
    assert card["Durum"] == "Sürüyor (kaynak 1)"
    assert card["Başlangıç"] == "Kaynaklar farklı: 2020 (kaynak 2); Mart 2021 (kaynak 1)"
    assert card["Bitiş"] == "sürüyor"
    assert card["Programlar"] == "Kapsayıcı <b>Sosyal</b> Hizmetler (CIPSS)"
    assert card["Ortaklar"] == "Lund Üniversitesi: Mentor (kaynak 1)"
    assert card["Temalar"] == "Sosyal yardım"
    assert card["Sürdürülebilir Kalkınma Amaçları"] == (
        "1. Yoksulluğa son, 10. Eşitsizliklerin azaltılması (editörlerin sınıflandırması)")
    assert card["Kanıt düzeyi"] == "Kurumun kendi beyanı"
    assert card["Son doğrulama"] == "1 Ekim 2026"
    links = {a.get_text(strip=True): a["href"] for a in soup.select("section.kb-facts a")}
    assert links["İzmir Büyükşehir Belediyesi"] == "../../municipalities/izmir-bb/"
    assert links["İzmir"] == "../../provinces/izmir/"
    assert links["Sosyal yardım"] == "../../themes/sosyal-yardim/"
    assert links["Dar gelirliler"] == "../../target-groups/dar-gelirliler/"
    assert links["Lund Üniversitesi"] == "../../organisations/lund-universitesi/"
    assert links["Sürüyor"] == "../../catalogue/?status=active"


def test_practice_metadata_card_english(page):
    soup = page("en", "practices/dayanisma-noktalari/")
    card = facts(soup)
    assert card["Municipality"] == "İzmir Metropolitan Municipality (Metropolitan municipality, İzmir)"
    assert card["Status"] == "Active (source 1)"
    assert card["Start"] == "Sources differ: 2020 (source 2); March 2021 (source 1)"
    assert card["End"] == "ongoing"
    assert card["Partners"] == "Lund University: Mentor (source 1)"
    assert card["Last verified"] == "1 October 2026"
    assert soup.select_one("h1").get_text() == "Solidarity Points"


def test_a_planned_practice_has_no_end_and_is_never_called_ongoing(page):
    """'Planned', then 'End: ongoing', would tell a reader it has begun."""
    for lang in ("tr", "en"):
        card = facts(page(lang, "practices/zehirli-baslik/"))
        assert card[{"tr": "Durum", "en": "Status"}[lang]].startswith(
            {"tr": "Planlanıyor", "en": "Planned"}[lang])
        assert {"Bitiş", "End"}.isdisjoint(card), card
        assert {"sürüyor", "ongoing"}.isdisjoint(card.values())


def test_a_conflicting_date_shows_each_value_with_its_source_in_both_languages(page):
    for lang, words in (("tr", ("Kaynaklar farklı", "kaynak")), ("en", ("Sources differ", "source"))):
        soup = page(lang, "practices/dayanisma-noktalari/")
        conflict = soup.select_one("section.kb-facts .kb-conflict")
        assert conflict.get_text().startswith(words[0] + ": 2020 ")
        assert [(a.get_text(), a["href"]) for a in conflict.select("a")] == [
            (f"{words[1]} 2", "#kb-source-2"), (f"{words[1]} 1", "#kb-source-1")]
        for a in conflict.select("a"):  # each citation leads to its source in the list
            assert soup.select_one(a["href"]).name == "li"


def test_a_fact_without_a_source_is_the_editors_classification(page):
    for lang, word in (("tr", "editörlerin sınıflandırması"), ("en", "editors' classification")):
        card = facts(page(lang, "practices/cankiri-kadin-kooperatifi/"))
        status = card["Durum" if lang == "tr" else "Status"]
        assert status.endswith(f"({word})")


def test_an_unknown_start_is_said_without_asking_for_a_source(page):
    """A value the sources do not give needs no citation: "not known", not "not known (no
    source given)"."""
    for lang, start, word in (("tr", "Başlangıç", "bilinmiyor"), ("en", "Start", "not known")):
        assert facts(page(lang, "practices/zehirli-baslik/"))[start] == word


def test_transferability_unknown_is_said_in_words(page):
    for lang, word in (("tr", "bilinmiyor"), ("en", "not known")):
        soup = page(lang, "practices/dayanisma-noktalari/")
        values = texts(soup, "section.kb-transfer dd")
        assert values.count(word) == 2, values
        assert soup.select_one("section.kb-transfer h2").get_text() == {
            "tr": "Belediyem bunu yapabilir mi?", "en": "Can my municipality do this?"}[lang]


def test_sources_that_read_alike_are_told_apart_by_their_address(page):
    """An unknown publisher or date is said as such; two undated reports under one headline
    (the seed's two BirGün reports) show their addresses, which print too."""
    for lang, words in (
            ("tr", ("yayımlayanı bilinmiyor", "tarihi bilinmiyor", "okunma: 1 Kasım 2026")),
            ("en", ("publisher not known", "date not known", "read on 1 November 2026"))):
        soup = page(lang, "practices/cankiri-kadin-kooperatifi/")
        unknown, date, read = words
        assert texts(soup, ".kb-sources li") == [
            f"Report, {unknown}, {date} ({read})",
            f"Kooperatif büyüdü, Yerel Gazete, {date}, example.org/haber/kooperatif-buyudu-12"
            f" ({read})",
            f"Kooperatif büyüdü, Yerel Gazete, {date}, example.org/makale/kooperatif-buyudu-34"
            f" ({read})"]


def test_key_figures_sources_contact_and_sections(page):
    soup = page("tr", "practices/dayanisma-noktalari/")
    assert texts(soup, ".kb-figures li") == ["11 ilçede dayanışma noktası (kaynak 1)"]
    assert soup.select_one(".kb-figures a")["href"] == "#kb-source-1"
    assert texts(soup, ".kb-sources li") == [
        "Dayanışma Noktaları açıldı, İzmir BB, Mayıs 2023 (okunma: 1 Kasım 2026)",
        "Noktalar iki yaşında, Yerel Gazete, Haber, 2 Nisan 2022 (okunma: 1 Kasım 2026)"]
    assert [h.get_text() for h in soup.select(".kb-narrative h2")] == [
        "Bağlam", "Ne yapıldı", "Kimler yer aldı", "Sonuçlar", "Dersler ve aktarılabilirlik"]
    contact = soup.select_one(".kb-contact")
    assert contact.select_one('a[href="mailto:info@izmir.bel.tr"]')
    assert "Sosyal Projeler Dairesi" in contact.get_text()


def test_practice_table_of_contents_leads_to_every_section(page):
    for lang, narrative in (("tr", "Bağlam"), ("en", "Context")):
        soup = page(lang, "practices/dayanisma-noktalari/")
        toc = [(a["href"], a.get_text(" ", strip=True))
               for a in soup.select("nav.md-nav--secondary a.md-nav__link")]
        headings = [("#" + h["id"], h.get_text(" ", strip=True))
                    for h in soup.select("article.kb-practice h2")]
        assert toc == headings
        assert ("#context", narrative) in toc and len(toc) >= 9, toc


def test_home_table_of_contents_includes_generated_sections(page):
    for lang, newest in (("tr", "Yeni eklenen uygulamalar"), ("en", "Newest practices")):
        toc = [a.get_text(strip=True) for a in page(lang, "").select("nav.md-nav--secondary a")]
        assert newest in toc, toc


def test_format_reference_table_of_contents_names_each_file(page):
    links = {a["href"]: a.get_text(strip=True)
             for a in page("en", "reference/").select("nav.md-nav--secondary a")}
    assert links["#practices-id-practice-yml"] == "practices/<id>/practice.yml"
    assert links["#vocabularies"] == "Vocabularies"


def test_hand_written_headings_get_turkish_aware_anchors(page):
    soup = page("tr", "about/")
    assert soup.select_one("h2#isik-ve-cagri").get_text(strip=True) == "Işık ve Çağrı"
    assert soup.select_one('nav.md-nav--secondary a[href="#isik-ve-cagri"]')


def test_related_practices_both_ways_and_replication_interest(page):
    model = page("tr", "practices/dayanisma-noktalari/")
    follower = page("tr", "practices/cankiri-kadin-kooperatifi/")
    assert [a["href"] for a in model.select(".kb-related ul a")][:1] == [
        "../cankiri-kadin-kooperatifi/"]
    assert "Örnek aldığı uygulamalar" in follower.select_one(".kb-related").get_text()
    assert follower.select_one('.kb-related a[href="../dayanisma-noktalari/"]')
    interest = model.select_one('.kb-related a[href="../../municipalities/mersin-bb/"]')
    # Whose words the interest was: one council member is not the municipality.
    assert "— Bir meclis üyesi (2023)" in interest.parent.get_text()


def test_stale_badge_only_on_old_practices(page):
    for lang in LANGS:
        assert page(lang, "practices/cankiri-kadin-kooperatifi/").select(".kb-notice--stale")
        assert not page(lang, "practices/dayanisma-noktalari/").select(".kb-notice--stale")


def test_titles_and_text_from_contributors_are_escaped(fixture_site, page):
    soup = page("tr", "practices/zehirli-baslik/")
    assert soup.select_one("h1").get_text() == "Işık <script>alert('t')</script> Evi"
    assert soup.title.get_text() == "Işık <script>alert('t')</script> Evi - Ortak Akıl"
    assert 'content="Özet &lt;b' in (fixture_site / "practices/zehirli-baslik/index.html").read_text()
    for path in fixture_site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in soup.select("script"):
            assert "alert" not in script.get_text(), path
        assert not soup.select("iframe, .kb-page img, style"), path
        for el in soup.find_all(True):
            assert not any(a.startswith("on") for a in el.attrs), (path, el)
        for a in soup.select("a[href]"):
            assert not a["href"].lower().startswith(("javascript:", "//")), (path, a)


HOSTILE_BODY = """\
<script>alert('body')</script>
<img src="https://tracker.example/pixel.gif" alt="x">

Metin <span onmouseover="x()">burada</span>.

<iframe src="https://evil.example/"></iframe>

[güvenli](https://example.org/) ve <a href="//evil.example/x">protokolsüz</a>.

<style>body{background:url(https://evil.example/bg.png)}</style>Ders.
"""


def test_hostile_narrative_is_reported_by_the_validator_and_sanitised_on_the_page():
    # Defence in depth: the validator tells the contributor about everything the sanitiser
    # would remove, and the page is safe even if such a text got past it.
    from kb.narrative import parse_sections
    from kb.site.html import render_markdown

    body = "## Bağlam\n\n" + HOSTILE_BODY
    errors = parse_sections(body, 10, "tr", "tr.md").errors
    found = [(d.code, d.line, d.column, dict(d.args).get("value")) for d in errors
             if d.code.startswith(("body.html", "body.image", "body.embed", "body.link"))]
    assert found == [
        ("body.html_tag", 12, 1, "script"),
        ("body.image", 13, 11, "https://tracker.example/pixel.gif"),
        ("body.html_attribute", 15, 13, "onmouseover"),
        ("body.embed", 17, 1, "iframe"),
        ("body.link_relative", 19, 45, "//evil.example/x"),
        ("body.html_tag", 21, 1, "style"),
    ]
    soup = BeautifulSoup(str(render_markdown(HOSTILE_BODY)), "html.parser")
    assert not soup.select("script, img, iframe, style")
    assert not [el for el in soup.find_all(True) if any(a.startswith("on") for a in el.attrs)]
    assert [a.get("href") for a in soup.select("a")] == ["https://example.org/", None]


def test_a_narrative_shows_as_githubs_preview_showed_it():
    # Contributors see their text in GitHub's preview of the pull request (CommonMark with
    # tables): a list right under a line of text, a list nested by two spaces, a struck-out
    # word and a table must look the same on the page.
    from kb.site.html import render_markdown

    soup = BeautifulSoup(str(render_markdown(
        "Hizmetler:\n- sıcak yemek\n- diş bakımı\n\n"
        "Noktalar:\n- İzmir\n  - Buca\n  - Karşıyaka\n- Mersin\n\n"
        "Eski adı ~~Kent Lokantası~~.\n\n| Yıl | Nokta |\n| --- | --- |\n| 2023 | 6 |\n")),
        "html.parser")
    services, points = soup.find_all("ul", recursive=False)
    assert [p.get_text() for p in soup.find_all("p")][:2] == ["Hizmetler:", "Noktalar:"]
    assert [li.get_text(strip=True) for li in services.find_all("li")] == ["sıcak yemek",
                                                                            "diş bakımı"]
    assert [li.get_text(strip=True) for li in points.select("li > ul > li")] == ["Buca",
                                                                                "Karşıyaka"]
    assert [li.contents[0].strip() for li in points.find_all("li", recursive=False)] == [
        "İzmir", "Mersin"]
    assert soup.find("s").get_text() == "Kent Lokantası"
    assert [td.get_text() for td in soup.select("table td")] == ["2023", "6"]


def test_only_http_https_mailto_survive_in_narrative():
    from kb.site.html import render_markdown

    html = str(render_markdown(
        "[a](javascript:alert(1)) [b](https://ok.example/) <a href='vbscript:x'>c</a> "
        "[d](mailto:x@y.org) [e](data:text/html,x) <img src=https://t.example/p.gif>"))
    soup = BeautifulSoup(html, "html.parser")
    assert [a.get("href") for a in soup.select("a")] == [None, "https://ok.example/", None,
                                                         "mailto:x@y.org", None]
    assert not soup.select("img")


def test_a_practice_written_in_one_language_is_published_on_both_sites(fixture_site):
    import copy
    import datetime as dt
    import posixpath

    from kb.library import load_library
    from kb.site.catalogue import catalogue_page
    from kb.site.model import Site
    from kb.site.practice_page import practice_page
    lib, _ = load_library(Path(__file__).parent / "fixture")
    lib = copy.deepcopy(lib)
    del lib.practices["dayanisma-noktalari"]["langs"]["en"]
    page = practice_page(Site(lib, "en"), "dayanisma-noktalari", dt.date(2026, 11, 1))
    soup = BeautifulSoup(page.body, "html.parser")
    notice = soup.select_one(".kb-notice--translation")
    assert notice.get_text().startswith("Translation pending: this practice has no English text")
    link = notice.select_one("a")
    assert link["hreflang"] == "tr"
    assert posixpath.normpath(posixpath.join("en/practices/dayanisma-noktalari/", link["href"])) \
        == "practices/dayanisma-noktalari"
    assert soup.select_one("h1")["lang"] == "tr"
    assert soup.select_one(".kb-narrative")["lang"] == "tr"
    assert soup.select_one(".kb-narrative h2").get_text() == "Bağlam"
    catalogue = BeautifulSoup(catalogue_page(Site(lib, "en")).body, "html.parser")
    card = catalogue.select_one('.kb-result:has(a[href$="dayanisma-noktalari/"])')
    assert card.select_one(".kb-badge").get_text() == "Translation pending"
    assert not catalogue.select_one('.kb-result:has(a[href$="zehirli-baslik/"]) .kb-badge')


# --- catalogue ----------------------------------------------------------------------------

def test_catalogue_lists_published_practices_in_alphabetical_order(page):
    tr = page("tr", "catalogue/")
    assert texts(tr, ".kb-result__title a") == [
        "Çankırı Kadın Kooperatifi", "Dayanışma Noktaları", "Işık <script>alert('t')</script> Evi"]
    en = page("en", "catalogue/")
    assert texts(en, ".kb-result__title a") == [
        "Çankırı Women’s Cooperative", "Light <script>alert('e')</script> House", "Solidarity Points"]
    assert tr.select_one("#kb-result-count").get_text() == "3 uygulama gösteriliyor"
    assert tr.select_one("#kb-result-count")["aria-live"] == "polite"


def test_catalogue_cards_carry_facet_values(page):
    card = page("tr", "catalogue/").select_one('.kb-result:has(a[href$="zehirli-baslik/"])')
    assert card["data-theme"] == "cevre goc"
    assert card["data-sdg"] == "11"
    assert card["data-municipality-type"] == "foreign"
    assert not card.has_attr("data-province")


def test_catalogue_facets_are_labelled_checkboxes_with_counts(page):
    soup = page("tr", "catalogue/")
    # Each group is a disclosure whose summary and fieldset legend name it; "Programlar" is
    # left out: all the fixture's practices are in one programme, so it would narrow nothing.
    legends = texts(soup, ".kb-facet fieldset legend")
    assert legends == ["Temalar", "Hedef gruplar", "Sürdürülebilir Kalkınma Amaçları", "Bölgeler",
                       "İller", "Belediye türü", "Durum", "Kanıt düzeyi"]
    assert texts(soup, ".kb-facet > summary") == legends
    for box in soup.select(".kb-facet input[type=checkbox]"):
        assert soup.select_one(f'label[for="{box["id"]}"]'), box
    themes = texts(soup, '[data-facet="theme"] label')
    assert themes == ["Çevre (1)", "Göç (1)", "İstihdam (1)", "Sosyal yardım (1)"]
    types = texts(soup, '[data-facet="municipality-type"] label')
    assert types == ["Büyükşehir belediyesi (1)", "İl belediyesi (1)", "Yabancı belediye (1)"]
    provinces = texts(soup, '[data-facet="province"] label')
    assert provinces == ["Çankırı (1)", "İzmir (1)"]


def test_catalogue_without_javascript_links_to_per_facet_pages(page, fixture_site):
    soup = page("en", "catalogue/")
    assert soup.select_one("form.kb-facets").has_attr("hidden")
    noscript = BeautifulSoup(soup.select_one("noscript").decode_contents(), "html.parser")
    hrefs = [a["href"] for a in noscript.select("a")]
    assert "../themes/goc/" in hrefs and "../sdgs/11/" in hrefs and "../regions/ege/" in hrefs
    for href in hrefs:
        assert (fixture_site / "en" / "catalogue" / href / "index.html").resolve().exists(), href


def test_draft_is_not_published(fixture_site, page):
    assert not (fixture_site / "practices/taslak-uygulama").exists()
    assert "GİZLİ" not in page("tr", "catalogue/").get_text()
    data = json.loads((fixture_site / "practices.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in data["practices"]] == [
        "cankiri-kadin-kooperatifi", "dayanisma-noktalari", "zehirli-baslik"]


# --- entity pages -------------------------------------------------------------------------

@pytest.mark.parametrize("lang,url,heading,practice", [
    ("tr", "municipalities/izmir-bb/", "Sahibi olduğu uygulamalar", "dayanisma-noktalari"),
    ("en", "municipalities/mersin-bb/", "Interest voiced in adopting", "dayanisma-noktalari"),
    ("en", "organisations/lund-universitesi/", "Practices it partners in", "dayanisma-noktalari"),
    ("tr", "programmes/cipss/", "Programdaki uygulamalar", "dayanisma-noktalari"),
    ("tr", "themes/goc/", "Uygulamalar", "zehirli-baslik"),
    ("en", "target-groups/kadinlar/", "Practices", "cankiri-kadin-kooperatifi"),
    ("tr", "sdgs/11/", "Uygulamalar", "zehirli-baslik"),
    ("tr", "provinces/izmir/", "Uygulamalar", "dayanisma-noktalari"),
    ("en", "regions/ic-anadolu/", "Practices", "cankiri-kadin-kooperatifi"),
])
def test_entity_pages_link_back_to_their_practices(page, lang, url, heading, practice):
    soup = page(lang, url)
    h2 = next(h for h in soup.select(".kb-page h2") if h.get_text() == heading)
    links = [a["href"] for a in h2.find_next_sibling("ul").select("a")]
    assert f"../../practices/{practice}/" in links


def test_index_pages_sort_in_turkish_order(page):
    provinces = page("tr", "provinces/")
    assert texts(provinces, ".kb-index a") == ["Çankırı", "İzmir"]
    assert texts(provinces, ".kb-index--empty li") == ["Iğdır", "Mersin"]
    assert texts(page("tr", "themes/"), ".kb-index a") == ["Çevre", "Göç", "İstihdam", "Sosyal yardım"]
    sdgs = texts(page("en", "sdgs/"), ".kb-index a")
    assert sdgs[0].startswith("1. ") and sdgs[-1].startswith("11. ")


def test_a_term_without_practices_has_no_page_and_is_listed_with_an_invitation(fixture_site,
                                                                              page):
    assert not (fixture_site / "provinces/igdir").exists()
    assert not (fixture_site / "en/provinces/igdir").exists()
    index = page("en", "provinces/")
    assert texts(index, ".kb-index--empty li") == ["Iğdır", "Mersin"]
    invitation = index.select_one("#kb-without").find_next_sibling("p")
    assert invitation.get_text().strip() == "If you know a practice for one of these, propose it"
    assert invitation.a is None  # the fixture site has no contribute page to link


def test_entity_pages_list_summaries_and_link_to_the_filtered_catalogue(page, fixture_site):
    soup = page("tr", "provinces/izmir/")
    items = soup.select(".kb-practice-list li")
    assert items and all(li.select_one(".kb-practice-list__summary").get_text().strip()
                         for li in items)
    link = soup.select_one(".kb-in-catalogue a")
    assert link["href"] == "../../catalogue/?province=izmir"
    assert str(len(items)) in link.get_text()
    # Municipalities are no catalogue facet, but the catalogue filters by them too.
    href = page("en", "municipalities/izmir-bb/").select_one(".kb-in-catalogue a")["href"]
    assert href == "../../catalogue/?municipality=izmir-bb"


def test_a_count_of_one_reads_in_the_singular(page):
    """English says "1 practice"; Turkish names one or many alike after a number."""
    for lang, one in (("en", "1 practice"), ("tr", "1 uygulama")):
        link = page(lang, "municipalities/cankiri/").select_one(".kb-in-catalogue a").get_text()
        assert link.endswith(f": {one}"), link
        counts = texts(page(lang, "sdgs/"), ".kb-count")
        assert counts and set(counts) == {f"({one})"}, counts


def test_a_programme_s_undated_source_says_its_date_is_not_known(page):
    assert texts(page("en", "programmes/cipss/"), "ol li") == ["Programme page, date not known"]
    assert texts(page("tr", "programmes/cipss/"), "ol li") == ["Programme page, tarihi bilinmiyor"]


def test_programme_names_from_records_are_escaped(page):
    soup = page("tr", "programmes/cipss/")
    assert soup.select_one("h1").get_text() == "Kapsayıcı <b>Sosyal</b> Hizmetler (CIPSS)"
    assert not soup.select(".kb-page b")


# --- languages ----------------------------------------------------------------------------

def test_every_page_has_its_language_and_alternates(fixture_site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    sitemap = ElementTree.parse(fixture_site / "sitemap.xml")
    entries = {u.findtext("s:loc", namespaces=ns): {x.get("hreflang"): x.get("href")
                                                     for x in u.findall("x:link", ns)}
               for u in sitemap.getroot().findall("s:url", ns)}
    base = min(entries, key=len)  # the Turkish home page: the site's address
    for path in sorted(fixture_site.rglob("index.html")):
        rel = path.relative_to(fixture_site).as_posix()
        lang = "en" if rel.startswith("en/") else "tr"
        url = rel.removeprefix("en/").removesuffix("index.html")
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert soup.html["lang"] == lang, rel
        # No <link rel="alternate" hreflang> in a page's head: Material fetches sitemap.xml
        # for each. The sitemap names every page's alternates instead.
        assert not soup.select('link[rel="alternate"][hreflang]'), rel
        alternates = entries[base + rel.removesuffix("index.html")]
        assert alternates == {"tr": base + url, "en": base + "en/" + url,
                              "x-default": base + url}, rel
        switch = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link")}
        for target_lang, href in switch.items():
            target = (path.parent / href / "index.html").resolve()
            expected = fixture_site / ("" if target_lang == "tr" else "en") / url / "index.html"
            assert target == expected.resolve(), (rel, target_lang, href)


def test_source_titles_in_another_language_are_marked(page):
    assert page("en", "practices/zehirli-baslik/").select_one(".kb-sources cite")["lang"] == "sv"


def test_home_leads_to_catalogue_and_newest_practices(page):
    for lang in LANGS:
        soup = page(lang, "")
        assert soup.select_one('.kb-home a[href="catalogue/"]')
        newest = [a["href"] for a in soup.select(".kb-home .kb-practice-list a")]
        assert newest == ["practices/dayanisma-noktalari/", "practices/zehirli-baslik/",
                          "practices/cankiri-kadin-kooperatifi/"]


# --- open data and no third parties -------------------------------------------------------

def _excel_csv(path: Path) -> list[dict]:
    """Read a CSV as Excel in a Turkish locale does: UTF-8 after a byte-order mark, ';'."""
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "no byte-order mark: Excel would read cp1254"
    text = data.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.split("\r\n", 1)[0], delimiters=";,\t")
    assert dialect.delimiter == ";"
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_csv_opens_in_columns_with_turkish_letters_and_names(fixture_site):
    rows = _excel_csv(fixture_site / "practices.csv")
    assert [r["id"] for r in rows] == ["cankiri-kadin-kooperatifi", "dayanisma-noktalari",
                                       "zehirli-baslik"]
    row = rows[1]
    assert row["title_tr"] == "Dayanışma Noktaları" and row["title_en"] == "Solidarity Points"
    assert row["municipality"] == "izmir-bb"
    assert row["municipality_tr"] == "İzmir Büyükşehir Belediyesi"
    assert row["province_name"] == "İzmir" and row["status_tr"] == "Sürüyor"
    assert row["sdgs"] == "1 | 10" and row["themes_tr"] == "Sosyal yardım"
    assert row["url_tr"] == "https://ortak-akil.github.io/ortak-akil/practices/dayanisma-noktalari/"
    assert row["url_en"].endswith("/en/practices/dayanisma-noktalari/")
    assert row["partners_en"] == "Lund University (Mentor)"
    assert row["contact_unit_tr"] == "Sosyal Projeler Dairesi"
    assert row["sources_differ"] == "start"
    assert row["legal_basis_tr"] == "" or row["legal_basis_tr"]  # text or empty, never 'unknown'
    assert "unknown" not in {row[k] for k in row if k.startswith(("legal_basis", "budget"))}


def test_a_title_that_looks_like_a_formula_stays_text_in_the_csv_and_workbook(tmp_path):
    import copy

    import openpyxl

    from kb.library import load_library
    from kb.site import table
    lib, _ = load_library(Path(__file__).parent / "fixture")
    lib = copy.deepcopy(lib)
    lib.practices["dayanisma-noktalari"]["langs"]["tr"]["title"] = '=HYPERLINK("http://x")'
    (tmp_path / "p.csv").write_bytes(table.csv_bytes(lib, "https://example.org/"))
    row = _excel_csv(tmp_path / "p.csv")[1]
    assert row["title_tr"] == "'=HYPERLINK(\"http://x\")"
    (tmp_path / "p.xlsx").write_bytes(table.xlsx_bytes(lib, "https://example.org/"))
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx")["practices"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=3, column=header.index("title_tr") + 1)
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"  # text, not formula


def test_the_workbook_holds_the_same_table_and_the_codebook(fixture_site):
    import openpyxl

    book = openpyxl.load_workbook(fixture_site / "practices.xlsx")
    sheet = book["practices"]
    header = [c.value for c in sheet[1]]
    rows = _excel_csv(fixture_site / "practices.csv")
    assert header == list(rows[0])
    cells = [[c.value or "" for c in row] for row in sheet.iter_rows(min_row=2)]
    assert cells == [list(r.values()) for r in rows]
    codebook = {r[0].value: (r[1].value, r[2].value) for r in book["codebook"].iter_rows(min_row=2)}
    assert set(codebook) == set(header)
    assert codebook["sdgs"][1].endswith("(the editors' classification)")


def test_open_data_files_and_links(fixture_site, page):
    index = json.loads((fixture_site / "open-data/index.json").read_text(encoding="utf-8"))
    whole = json.loads((fixture_site / "practices.json").read_text(encoding="utf-8"))
    assert [p["id"] for p in index["practices"]] == [p["id"] for p in whole["practices"]]
    for entry, record in zip(index["practices"], whole["practices"], strict=True):
        one = json.loads((fixture_site / entry["data"]).read_text(encoding="utf-8"))
        assert one == record  # each practice's own file is its record of the whole download
    assert whole["practices"][1]["claims"]["start"] == [{"value": "2020", "source": 2},
                                                        {"value": "2021-03", "source": 1}]
    schema = json.loads((fixture_site / "schema/practice.schema.json").read_text(encoding="utf-8"))
    assert "properties" in schema
    for lang in LANGS:
        soup = page(lang, "data/")
        links = soup.select(".kb-open-data a[download]")
        assert len(links) == 5
        for a in links:
            target = fixture_site / ("" if lang == "tr" else "en") / "data" / a["href"]
            assert target.resolve().is_file(), a["href"]
        codebook = {td.get_text(): td.find_next_sibling("td").get_text()
                    for td in soup.select(".kb-open-data tbody td:first-child")}
        assert codebook["url_tr"] == {"tr": "Sayfanın adresi (Türkçe)",
                                      "en": "Address of the page (Turkish)"}[lang]


def test_no_request_to_another_origin(fixture_site):
    from kb.sitecheck import check_site

    assert [p for p in check_site(fixture_site) if p.reason == "request to another site"] == []
    for path in fixture_site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for el in soup.select("[src], link[href]"):
            url = el.get("src") or el.get("href")
            if el.name == "link" and el.get("rel") in (["alternate"], ["canonical"]):
                continue
            assert not url.startswith(("http:", "https:", "//")), (path, el)


def test_sources_giving_the_same_value_are_cited_together_not_said_to_differ(page):
    for lang, (start, end, differ, s) in (
            ("tr", ("Başlangıç", "Bitiş", "Kaynaklar farklı", "kaynak")),
            ("en", ("Start", "End", "Sources differ", "source"))):
        soup = page(lang, "practices/cankiri-kadin-kooperatifi/")
        card = facts(soup)
        march = {"tr": "Mart 2019", "en": "March 2019"}[lang]
        assert card[start] == f"{march} ({s} 2, {s} 3)"
        assert card[end] == f"{differ}: 2022 ({s} 2, {s} 3); 2021 ({s} 1)"
        badge = page(lang, "catalogue/").select_one(
            '.kb-result[data-id="cankiri-kadin-kooperatifi"] .kb-badge--differ')
        assert badge.get_text() == f"{differ}: {end}"


def test_a_card_says_when_the_sources_differ(page):
    card = page("en", "catalogue/").select_one('.kb-result[data-id="dayanisma-noktalari"]')
    assert card.select_one(".kb-badge--differ").get_text() == "Sources differ: Start"
    assert not page("en", "catalogue/").select_one('.kb-result[data-id="zehirli-baslik"] '
                                                    ".kb-badge--differ")


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_search_box_talks_to_the_projects_worker_and_material_s_engine_is_not_shipped(
        fixture_site, page, lang):
    root = fixture_site / ("" if lang == "tr" else "en")
    config = json.loads(page(lang, "").select_one("#__config").string)
    assert config["search"] == "assets/javascripts/kb-search-worker.js"
    assert (root / config["search"]).is_file()
    # Material's worker and the lunr.js it loads would be 1.2 MB that no page asks for.
    scripts = root / "assets" / "javascripts"
    assert not (scripts / "workers").exists() and not (scripts / "lunr").exists()
    assert (scripts / "kb-search-core.js").is_file()


_FOLDERS = st.lists(st.sampled_from(["practices", "themes", "en", "x-1", "kb"]), max_size=4)
# A site path: a folder's page ('practices/x-1/', '' for home) or a file ('en/kb/t.json').
_SITE_PATH = st.one_of(
    _FOLDERS.map(lambda parts: "".join(f"{p}/" for p in parts)),
    st.tuples(_FOLDERS, st.sampled_from(["index.html", "t.json", "x-1.csv"])).map(
        lambda pair: "".join(f"{p}/" for p in pair[0]) + pair[1]))


@given(frm=_SITE_PATH, to=_SITE_PATH)
def test_every_relative_link_lands_where_it_points(frm, to):
    # A browser on the page at frm follows the link rel() wrote and arrives at to.
    from urllib.parse import urljoin

    from kb.site.html import rel

    base = "https://example.org/ortak-akil/"
    assert urljoin(base + frm, rel(frm, to)) == base + to


def test_a_hand_written_page_links_generated_pages_by_their_files(tmp_path):
    """`kb validate` accepts a link to a practice's or an entity's page by its file; the
    build makes it the page's address (MkDocs, which does not render these pages, once
    called the link broken and stopped the build)."""
    import shutil

    from support import build

    root = tmp_path / "kb"
    shutil.copytree(Path(__file__).parent / "fixture", root)
    for lang, words in (("tr", "Örnek"), ("en", "For example")):
        about = root / f"docs/{lang}/about.md"
        about.write_text(about.read_text(encoding="utf-8") + f"\n{words}: [noktalar]"
                         "(practices/dayanisma-noktalari/index.md), [İzmir]"
                         "(municipalities/izmir-bb/index.md).\n", encoding="utf-8")
    site = build(root, tmp_path / "site")
    for lang in LANGS:
        html = (site / ("" if lang == "tr" else "en") / "about/index.html").read_text("utf-8")
        links = {a.get_text(): a["href"] for a in BeautifulSoup(html, "html.parser")
                 .select("article a")}
        assert links["noktalar"] == "../practices/dayanisma-noktalari/"
        assert links["İzmir"] == "../municipalities/izmir-bb/"
