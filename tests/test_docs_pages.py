"""The hand-written pages (home, about, contribute, methodology, data, accessibility) as a
reader gets them.

Pages are rendered with Python-Markdown and checked on the HTML, so that what is tested is
what a person reads: one title, headings in order, links that lead somewhere on the built
site, the same page in both languages, and Turkish written with its own letters.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from kb.checks import text as text_rules
from kb.checks.practice import STALE_MONTHS
from kb.library import institutions, load_library
from kb.site.i18n import t
from kb.turkish import fold, lower

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGS = ("tr", "en")
PAGES = ("index.md", "about.md", "contribute.md", "methodology.md", "data.md",
         "accessibility.md")
PAGE_CASES = [(lang, name) for lang in LANGS for name in PAGES]

# Top folders of pages the site generator writes next to the hand-written ones (see the URL
# scheme). Links to them name the generated file, e.g. catalogue/index.md: the strict MkDocs
# build then checks that it exists and writes the right URL in both languages
# (a URL such as catalogue/ is an "unrecognised link" that fails the build).
GENERATED_SECTIONS = {
    "catalogue", "practices", "municipalities", "organisations", "programmes", "themes",
    "target-groups", "sdgs", "provinces", "reference", "search",
}
# The open data files exist only at the root of the Turkish build: the generator appends
# their links to data.md in each language, so the page names them without linking them.
DATA_FILES = ("practices.json", "practices.csv", "schema/practice.schema.json")
EXTERNAL_SCHEMES = {"http", "https", "mailto"}
# What Python-Markdown itself produces; anything else in the HTML came from raw HTML.
MARKDOWN_TAGS = {
    "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "code", "pre",
    "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
}

TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜ")
# Words that people often type without Turkish letters. The check also learns every word
# with Turkish letters from the Turkish pages themselves and from the vocabularies' labels.
TURKISH_WORDS = """
    Türkiye Türkiye'de Türkçe İngilizce İsveç İzmir İstanbul Kuşadası Şişli Çukurova Bizİzmir
    Akıl dayanışma noktaları uygulama uygulaması uygulamaları uygulamaların uygulamalarını
    belediyeler belediyelerin için değil göre çok bütün şöyle üzere ülke kütüphane kütüphanesi
    katkı katkıda sözlük sözlükler yöntem hakkında iletişim açık ayrıntı ayrıntılı öneri önerin
    gözden geçiren kişi kişisel çalışan çalışanlar sağlar yayımlanmış değişiklik düzeltin
    dosyası dosyaları başlık başlığı bölüm bölümler sütun satırı
""".split()
# Shorter words are left out: too many real pairs differ only by a letter ("ise"/"işe",
# "mi"/"mı", suffixes such as "nun"/"nün").
MIN_LENGTH = 4
ASCIIFIED_FIXTURE = "Izmir ve Istanbul'daki uygulamalari Turkiye icin anlatir."


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


def _prose_words(soup: BeautifulSoup) -> list[str]:
    """Words a reader sees as running text: code and link addresses left out."""
    for tag in soup.find_all(["code", "pre"]):
        tag.decompose()
    return re.findall(r"[^\W\d_]+", soup.get_text(" "))


def _has_turkish_letter(word: str) -> bool:
    return any(ch in TURKISH_LETTERS for ch in word)


@cache
def _vocabulary_words() -> frozenset[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "vocabularies").glob("*.yml")):
        terms = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for term in terms if isinstance(terms, list) else []:
            label = term.get("tr") if isinstance(term, dict) else None
            if isinstance(label, str):
                words.update(re.findall(r"[^\W\d_]+", label))
    return frozenset(words)


@cache
def _known_turkish() -> dict[str, str]:
    """Folded spelling -> the right spelling, for words that need Turkish letters."""
    words = set(TURKISH_WORDS) | _vocabulary_words()
    for name in PAGES:
        words.update(_prose_words(_soup("tr", name)))
    return {fold(w): w for w in sorted(words) if _has_turkish_letter(w) and len(w) >= MIN_LENGTH}


def asciified_words(words: list[str], known: dict[str, str]) -> list[tuple[str, str]]:
    """(written, right) for each word written without the Turkish letters it needs."""
    found = []
    for word in words:
        if _has_turkish_letter(word):
            continue
        right = known.get(fold(word))
        # 'İki' at the start of a sentence is the same word as 'iki': compare Turkish-lowercased.
        if right and lower(right) != lower(word):
            found.append((word, right))
    return found


def test_every_page_exists_in_both_languages_with_the_same_file_names():
    names = {lang: sorted(p.name for p in (DOCS / lang).glob("*.md")) for lang in LANGS}
    assert names["tr"] == names["en"], "docs/tr and docs/en must hold the same file names"
    assert set(PAGES) <= set(names["tr"]), f"missing pages: {set(PAGES) - set(names['tr'])}"


@pytest.mark.parametrize(("lang", "name"), PAGE_CASES)
def test_page_has_exactly_one_title_first_then_ordered_headings(lang, name):
    soup = _soup(lang, name)
    titles = [h.get_text() for h in soup.find_all("h1")]
    assert len(titles) == 1, f"{lang}/{name}: expected one '# title', found {titles}"
    assert soup.find().name == "h1", f"{lang}/{name}: the '# title' must come first"
    levels = [int(h.name[1]) for h in soup.find_all(re.compile(r"^h[1-6]$"))]
    skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert not skips, f"{lang}/{name}: heading levels skip {skips}"


@pytest.mark.parametrize(("lang", "name"), PAGE_CASES)
def test_page_is_markdown_only_without_raw_html(lang, name):
    raw = sorted({t.name for t in _soup(lang, name).find_all(True)} - MARKDOWN_TAGS)
    assert not raw, f"{lang}/{name}: raw HTML tags {raw}; write Markdown"
    assert "<!--" not in _html(lang, name), f"{lang}/{name}: raw HTML comment"


@pytest.mark.parametrize(("lang", "name"), PAGE_CASES)
def test_every_link_leads_to_a_page_of_the_site_or_a_safe_outside_address(lang, name):
    problems = []
    for a in _soup(lang, name).find_all("a"):
        href = a.get("href", "")
        parts = urlsplit(href)
        if parts.scheme:
            if parts.scheme not in EXTERNAL_SCHEMES:
                problems.append(f"{href}: only http, https and mailto links")
            continue
        if href.startswith("#"):
            continue  # a heading of the same page
        if not href or href.startswith("/") or parts.netloc:
            problems.append(f"{href!r}: write a relative link")
            continue
        target = posixpath.normpath(parts.path)
        if not target.endswith(".md") or target.startswith(".."):
            problems.append(f"{href}: link a page by its file, e.g. about.md or "
                            "catalogue/index.md")
        elif "/" not in target:
            if target not in PAGES:
                problems.append(f"{href}: no such page in docs/{lang}/")
        elif target.split("/")[0] not in GENERATED_SECTIONS or not target.endswith("/index.md"):
            problems.append(f"{href}: the site generates no such page")
    assert not problems, f"{lang}/{name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", PAGES)
def test_both_languages_have_the_same_structure_and_links(name):
    def shape(lang):
        soup = _soup(lang, name)
        return (
            [h.name for h in soup.find_all(re.compile(r"^h[1-6]$"))],
            sorted(a["href"] for a in soup.find_all("a")),
            len(soup.find_all("pre")),
        )

    tr, en = shape("tr"), shape("en")
    assert tr[0] == en[0], f"{name}: headings differ: tr {tr[0]} / en {en[0]}"
    assert tr[1] == en[1], f"{name}: links differ: tr {tr[1]} / en {en[1]}"
    assert tr[2] == en[2], f"{name}: code blocks differ"


def test_the_asciified_word_check_catches_mistakes_and_spares_correct_text():
    known = _known_turkish()
    written = {w for w, _ in asciified_words(_prose_words(
        BeautifulSoup(f"<p>{ASCIIFIED_FIXTURE}</p>", "html.parser")), known)}
    assert {"Izmir", "Istanbul", "uygulamalari", "Turkiye", "icin"} <= written
    right = "İki belediye: İzmir ve İstanbul'daki uygulamaları Türkiye için anlatır."
    assert asciified_words(right.split(), known) == []


@pytest.mark.parametrize("name", PAGES)
def test_turkish_pages_write_turkish_letters(name):
    found = asciified_words(_prose_words(_soup("tr", name)), _known_turkish())
    assert not found, f"tr/{name}: " + ", ".join(f"'{w}' should be '{r}'" for w, r in found)


@pytest.mark.parametrize("name", PAGES)
def test_english_pages_spell_turkish_names_with_turkish_letters(name):
    names = {fold(w): w for w in TURKISH_WORDS if w[0].isupper() and _has_turkish_letter(w)}
    found = asciified_words(_prose_words(_soup("en", name)), names)
    assert not found, f"en/{name}: " + ", ".join(f"'{w}' should be '{r}'" for w, r in found)


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


@cache
def _institutions():
    lib, _ = load_library(ROOT, lean=True)
    return institutions(lib)


@pytest.mark.parametrize("lang,name", PAGE_CASES)
def test_page_prose_passes_the_validators_spelling_rules(lang, name):
    """The rules a practice's text meets (kb.checks.text: TDK spellings, names and words
    typed without Turkish letters, and in Turkish no apostrophe after an institution's name)
    hold for the hand-written pages too: what the site asks of contributors it does itself."""
    soup = _soup(lang, name)
    for tag in soup.find_all(["code", "pre"]):
        tag.decompose()
    prose = " ".join(soup.get_text(" ").split())
    found = text_rules.spelling(prose, lang)
    if lang == "tr":
        found += text_rules.apostrophes(prose, _institutions())
    assert not found, f"{lang}/{name}: " + ", ".join(
        f"{prose[f.start:f.end]!r} ({f.code}: {f.args.get('fixed', '')})" for f in found)
