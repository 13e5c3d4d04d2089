"""One language's whole site as plain data: every page and the navigation.

Generated pages (practices, catalogue, entities, the format reference) are HTML that kb.site
escapes and sanitises; hand-written pages (docs/<lang>/*.md) stay Markdown, with the blocks
the library adds to some of them, for the rendering engine (kb.render) to turn into HTML.
Nothing here knows which engine that is.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import markdown

from ..errors import KbError
from ..kinds import ENTITY_KINDS, REFERENCE
from ..languages import site_path
from ..layout import DOCS, page_files
from ..library import Library
from ..markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitise
from ..schema.export import reference_markdown
from ..sourcefile import read_text
from ..turkish import heading_anchor
from .catalogue import URL as CATALOGUE
from .catalogue import catalogue_page
from .entities import CONTRIBUTE, entity_pages
from .feed import FEED
from .html import h, join, link, rel
from .i18n import t
from .model import Page, Site, index_url, newest, url_for
from .opendata import DOWNLOADS
from .practice_page import practice_page
from .table import COLUMNS

# Hand-written pages in navigation order; others follow alphabetically.
HANDWRITTEN_ORDER = ["about", "methodology", "contribute", "data", "accessibility"]
ACCESSIBILITY = "accessibility/"  # the accessibility statement, linked from every page's footer
NEWEST = 6
BUTTON = "md-button md-button--primary"
_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")

NavItem = tuple[str, "str | list[NavItem]"]  # (title, url) or (title, children)


@dataclass
class LanguageSite:
    """Everything one language's site shows: its pages and its navigation.

    A deferred page (language_site(defer=True)) is an outline: its address, title,
    description and contents, without body or search text; full(page) makes the whole page.
    """

    lang: str
    pages: list[Page]
    nav: list[NavItem] = field(default_factory=list)
    site: Site | None = None  # the library as this language sees it
    deferred: dict[str, Callable[[], Page]] = field(default_factory=dict)  # URL → its maker

    def full(self, page: Page) -> Page:
        """The page with its body: made now if it was deferred (each time it is asked for)."""
        make = self.deferred.get(page.url)
        return make() if make is not None else page


def home_additions(site: Site) -> str:
    """What the home page adds under the hand-written text: catalogue, newest, browse."""
    lang = site.lang
    items = join(h('<li>{} <span class="kb-owner">— {}</span></li>', site.a("", "practice", pid),
                   site.name("municipality", site.practices[pid]["municipality"]))
                 for pid in newest(site, NEWEST))
    browse = join(h("<li>{}</li>", link("", index_url(k.id), k.label(lang, plural=True)))
                  for k in ENTITY_KINDS)
    feed = link("", FEED, t("feed_link", lang), type="application/atom+xml")
    return str(h('<div class="kb-home"><p>{}</p><h2 id="kb-newest">{}</h2>'
                 '<ul class="kb-practice-list">{}</ul><p class="kb-feed">{}</p>'
                 '<h2 id="kb-browse">{}</h2><ul class="kb-browse-kinds">{}</ul></div>',
                 link("", CATALOGUE, t("go_catalogue", lang), class_=BUTTON),
                 t("newest", lang), items, feed, t("browse_by", lang), browse))


def open_data_block(lang: str, frm: str) -> str:
    """The downloads of the data page, and the codebook of the table's columns."""
    items = join(h('<li><a href="{}" download>{}</a></li>', rel(site_path(lang, frm), path),
                   t(key, lang)) for path, key in DOWNLOADS)
    rows = join(h("<tr><td><code>{}</code></td><td>{}</td></tr>", c.name,
                  c.tr if lang == "tr" else c.en) for c in COLUMNS)
    return str(h('<div class="kb-open-data"><h2 id="kb-open-data">{}</h2><p>{}</p><ul>{}</ul>'
                 '<h2 id="kb-codebook">{}</h2><p>{}</p><div class="kb-scroll"><table><thead><tr>'
                 '<th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody>'
                 "</table></div></div>", t("open_data", lang), t("open_data_text", lang), items,
                 t("codebook", lang), t("codebook_text", lang), t("column", lang),
                 t("meaning", lang), rows))


def headings_of(html_text: str) -> list[tuple[str, str]]:
    """(id, text) of the H2 headings of an HTML fragment the library wrote: its contents."""
    return [(id_, " ".join(_TAG.sub("", inner).split())) for id_, inner in _H2.findall(html_text)]


def reference_page(lib: Library, lang: str) -> Page:
    """The format reference, generated from the schema; vocabulary labels are sanitised."""
    text = reference_markdown(lang, lib.vocabularies)
    rendered = markdown.markdown(text, extensions=["tables", "toc"],
                                 extension_configs={"toc": {"slugify": heading_anchor}})
    clean = sanitise(rendered, tags=ALLOWED_TAGS | {"h1", "h2"},
                     attributes={**ALLOWED_ATTRIBUTES, **{x: {"id"} for x in ("h1", "h2", "h3")}})
    return Page(REFERENCE, t("reference", lang), clean, kind="reference", text=text,
                toc=headings_of(clean))


def handwritten(docs: Path, lang: str) -> dict[str, str]:
    """Hand-written Markdown pages of one language: file name → text, found and read as the
    validator finds and reads them (kb.checks.pages; a page it cannot read is left out)."""
    root = docs.parent
    texts = {}
    for name, path in page_files(root)[0][lang].items():
        text, _ = read_text(path, f"{DOCS}/{lang}/{name}", root)
        if text is not None:
            texts[name] = text
    return texts


def url_of(name: str) -> str:
    """The URL of a hand-written page: 'index.md' → '', 'about.md' → 'about/'."""
    if name == "index.md":
        return ""
    return name[: -len("index.md")] if name.endswith("/index.md") else name[:-3] + "/"


def _title_of(markdown_text: str, fallback: str) -> str:
    return next((line[2:].strip() for line in markdown_text.splitlines() if line.startswith("# ")),
                fallback)


def handwritten_pages(site: Site, docs: Path) -> list[Page]:
    """The hand-written pages of a language, with what the library adds to some of them."""
    lang = site.lang
    written = handwritten(docs, lang)
    if "index.md" not in written:  # no hand-written home page: one line says what this is
        written = {"index.md": f"# {t('site_name', lang)}\n\n{t('go_search', lang)}\n", **written}
    pages = []
    for name, text in written.items():
        url = url_of(name)
        additions = ""
        if name == "index.md":
            additions = home_additions(site)
        elif name == "data.md":
            additions = open_data_block(lang, url)
        body = text.rstrip() + ("\n\n" + additions + "\n" if additions else "\n")
        pages.append(Page(url, _title_of(text, url.strip("/")), body,
                          kind="home" if name == "index.md" else "page", markdown=True,
                          toc=headings_of(additions), source=f"docs/{lang}/{name}"))
    return pages


def nav(lang: str, pages: list[Page]) -> list[NavItem]:
    """The navigation: home, catalogue, kind indexes, hand-written pages. Never practices."""
    by_url = {p.url: p for p in pages if p.markdown}
    items: list[NavItem] = [(t("home", lang), ""), (t("catalogue", lang), CATALOGUE)]
    items.append((t("browse_by", lang), [(k.label(lang, plural=True), index_url(k.id))
                                         for k in ENTITY_KINDS]))
    named = [f"{n}/" for n in HANDWRITTEN_ORDER if f"{n}/" in by_url]
    named += sorted(u for u in by_url if u and u not in named)
    items += [(by_url[u].title, u) for u in named]
    items.append((t("reference", lang), REFERENCE))
    return items


def language_site(lib: Library, docs: Path, lang: str, today: dt.date, base_url: str = "",
                  drafts: bool = False, kept: Mapping[str, Page] | None = None,
                  defer: bool = False) -> LanguageSite:
    """Every page of one language's site, and its navigation.

    kept: generated pages known to be unchanged since an earlier generation (kb.site.depends
    says which), by URL, used instead of being made again; hand-written pages are always
    read afresh. defer: practice and entity pages are outlines, each made whole when it is
    written (LanguageSite.full), so that a build never holds them all.
    """
    kept = kept or {}
    site = Site(lib, lang, drafts=drafts, base_url=base_url)
    deferred: dict[str, Callable[[], Page]] = {}
    pages = []
    for pid in sorted(site.practices):
        if defer:
            page = practice_page(site, pid, today, outline=True)
            deferred[page.url] = functools.partial(practice_page, site, pid, today)
        else:
            page = kept.get(url_for("practice", pid)) or practice_page(site, pid, today)
        pages.append(page)
    written = handwritten_pages(site, docs)
    pages.append(kept.get(CATALOGUE) or catalogue_page(site))
    pages.extend(entity_pages(site, any(p.url == CONTRIBUTE for p in written), kept,
                              deferred if defer else None))
    pages.append(kept.get(REFERENCE) or reference_page(lib, lang))
    pages.extend(written)
    seen: dict[str, str] = {}
    for page in pages:  # a hand-written page named like a generated one, say docs/tr/catalogue.md
        if page.url in seen:
            raise KbError("build.url_collision", url=page.url, first=seen[page.url],
                          second=page.source or page.title)
        seen[page.url] = page.source or page.title
    return LanguageSite(lang, pages, nav(lang, pages), site, deferred)
