"""The hand-written pages (home, about, contribute, methodology, data, accessibility) as a
reader gets them.

The rules every hand-written page meets (a title first, headings in order, no raw HTML, links
to pages of the site, the same page in both languages, spelling and Turkish letters) are the
validator's (kb.checks.pages), so that a contributor editing a page learns them from
`kb validate`; here the project's own pages are held to them, and what the pages must say
is checked on the HTML Python-Markdown makes of them, as a person reads it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from kb.checks import pages
from kb.checks.practice import STALE_MONTHS
from kb.diagnostics import format_text
from kb.library import institutions, load_library, names
from kb.site.i18n import t
from kb.turkish import lower

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGS = ("tr", "en")
PAGES = ("index.md", "about.md", "contribute.md", "methodology.md", "data.md",
         "accessibility.md")
PAGE_CASES = [(lang, name) for lang in LANGS for name in PAGES]

# The open data files exist only at the root of the Turkish build: the generator appends
# their links to data.md in each language, so the page names them without linking them.
DATA_FILES = ("practices.json", "practices.csv", "schema/practice.schema.json")


def _source(lang: str, name: str) -> str:
    return (DOCS / lang / name).read_text(encoding="utf-8")


@cache
def _html(lang: str, name: str) -> str:
    return markdown.markdown(_source(lang, name), extensions=["fenced_code", "tables"])


def _soup(lang: str, name: str) -> BeautifulSoup:
    return BeautifulSoup(_html(lang, name), "html.parser")


def _text(soup: BeautifulSoup) -> str:
    """The page's text with line breaks and runs of spaces made single spaces."""
    return " ".join(soup.get_text(" ").split())


def test_the_site_has_its_hand_written_pages_in_both_languages():
    for lang in LANGS:
        names = {p.name for p in (DOCS / lang).glob("*.md")}
        assert set(PAGES) <= names, f"docs/{lang} lacks {set(PAGES) - names}"


def test_data_page_describes_the_open_data_files_and_points_to_their_links():
    for lang in LANGS:
        soup = _soup(lang, "data.md")
        text = _text(soup)
        for path in DATA_FILES:
            assert path in text, f"{lang}/data.md does not describe {path}"
            assert not any(a["href"].endswith(path) for a in soup.find_all("a")), (
                f"{lang}/data.md links {path}: the generator adds that link")
        # The page sends readers to the list the generator appends, by its heading.
        assert t("open_data", lang) in text
        assert "CC BY 4.0" in text and "MIT" in text and "KVKK" in text


def test_contribute_page_names_the_form_and_links_the_format_reference():
    for lang in LANGS:
        soup = _soup(lang, "contribute.md")
        assert "Yeni uygulama öner / Propose a practice" in _text(soup)
        assert "reference/index.md" in {a["href"] for a in soup.find_all("a")}
        assert "CONTRIBUTING.md" in _text(soup)


def test_about_page_names_the_programmes_and_their_organisations():
    for lang in LANGS:
        text = _text(_soup(lang, "about.md"))
        for name in ("CIPSS", "RESLOG", "SALAR", "Lund", "Raoul Wallenberg", "VIDA"):
            assert name in text, f"{lang}/about.md does not mention {name}"


def test_methodology_page_explains_evidence_freshness_and_the_card_in_the_sites_words():
    evidence = yaml.safe_load((ROOT / "vocabularies" / "evidence-levels.yml").read_text("utf-8"))
    for lang in LANGS:
        text = _text(_soup(lang, "methodology.md"))
        for level in evidence:
            assert level["id"] in text, f"{lang}/methodology.md does not explain {level['id']}"
            assert level[lang] in text, f"{lang}/methodology.md lacks the label {level[lang]!r}"
        assert f"{STALE_MONTHS} " in text and "last_verified" in text
        # The words a reader sees on a practice page, from the site's translation table.
        for key in ("transfer_title", "legal_basis", "prerequisites", "staff", "budget",
                    "time_to_results", "last_verified", "unknown", "key_figures"):
            assert lower(t(key, lang)) in lower(text), (
                f"{lang}/methodology.md does not use the site's words {t(key, lang)!r}")


def test_accessibility_statement_names_its_target_rules_limits_date_and_where_to_report():
    for lang in LANGS:
        soup = _soup(lang, "accessibility.md")
        text = _text(soup)
        assert soup.h1.get_text() == t("accessibility", lang)
        for name in ("WCAG 2.2", "AA", "axe-core", "1280", "320", "2025/10", "EN 301 549",
                     "2016/2102", "Digg"):
            assert name in text, f"{lang}/accessibility.md does not mention {name}"
        assert re.search(r"\b1 (Aralık|December) 2026\b", text), f"{lang}: no date of the statement"
        hrefs = {a["href"] for a in soup.find_all("a")}
        assert "https://github.com/ortak-akil/ortak-akil/issues/new" in hrefs
        assert not any(h.startswith("mailto:") for h in hrefs) and "@" not in text
    for lang in LANGS:  # found from the about page too
        assert "accessibility.md" in {a["href"] for a in _soup(lang, "about.md").find_all("a")}


def test_licence_files_hold_the_full_texts():
    mit = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert mit.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in mit
    cc = (ROOT / "LICENSE-CONTENT").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0 International Public License" in cc
    for section in range(1, 9):
        assert f"Section {section} -- " in cc, f"LICENSE-CONTENT lacks Section {section}"


@pytest.mark.parametrize(("lang", "name"), PAGE_CASES)
def test_built_page_shows_the_title_in_its_language(built_site, lang, name):
    url = "" if name == "index.md" else name.removesuffix(".md") + "/"
    html = (built_site / ("" if lang == "tr" else "en") / url / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == lang
    titles = [h.get_text(strip=True) for h in soup.select("article h1")]
    assert titles == [_soup(lang, name).h1.get_text(strip=True)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_built_page_links_the_accessibility_statement_from_its_footer(built_site, lang):
    root = built_site / ("" if lang == "tr" else "en")
    statement = (root / "accessibility" / "index.html").resolve()
    pages = [p for p in sorted(root.rglob("index.html"))
             if lang == "en" or not p.relative_to(root).as_posix().startswith("en/")]
    assert len(pages) > 50
    for path in pages:
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        links = soup.select("footer .md-copyright a.kb-footer-link")
        assert [a.get_text() for a in links] == [t("accessibility", lang)], path
        assert (path.parent / links[0]["href"] / "index.html").resolve() == statement, path


@pytest.mark.parametrize("lang", LANGS)
def test_built_data_page_links_files_that_exist(built_site, lang):
    page = built_site / ("" if lang == "tr" else "en") / "data" / "index.html"
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    for path in DATA_FILES:
        hrefs = [a["href"] for a in soup.select("article a[href]") if a["href"].endswith(path)]
        assert hrefs, f"{lang}/data/: no link to {path}"
        assert (page.parent / hrefs[0]).resolve().is_file(), f"{lang}/data/: {hrefs[0]} missing"


def test_hand_written_pages_pass_the_validators_page_rules():
    """What `kb validate` asks of a contributor's page, the project's own pages meet."""
    lib, _ = load_library(ROOT, lean=True)
    found = pages.check(ROOT, lib.vocabularies, lib.records, sorted(lib.practices),
                        institutions(lib), names(lib))
    assert [f for f in found if f.severity == "error"] == [], format_text(found, "en")
    assert found == [], format_text(found, "en")


@pytest.mark.parametrize(("lang", "name"), PAGE_CASES)
def test_the_validator_knows_the_anchors_the_built_page_has(built_site, lang, name):
    """A link to a heading of a page (`contribute.md#kurallar`) is checked by `kb validate`
    against the ids it expects MkDocs to give; the built page has exactly those, Turkish
    headings included ('Nasıl katkı verilir' → #nasil-katki-verilir)."""
    url = "" if name == "index.md" else name.removesuffix(".md") + "/"
    html = (built_site / ("" if lang == "tr" else "en") / url / "index.html").read_text("utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article.md-content__inner")
    # The sections kb.site appends (the home page's newest practices: 'kb-newest') aside.
    built = [h["id"] for h in article.select("h2[id], h3[id], h4[id]")
             if not h["id"].startswith("kb-")]
    assert built and set(built) <= set(pages._ids(_source(lang, name), ROOT))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*(_\d+)?", i) for i in built), built
