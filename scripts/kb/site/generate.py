"""Turn the library and the hand-written pages into one language's pages, and write them."""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path

import markdown

from ..clock import today as clock_today
from ..languages import site_path
from ..library import Library
from ..markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitise
from ..schema.export import reference_markdown
from ..turkish import heading_anchor
from .catalogue import catalogue_page
from .entities import NAMES, entity_pages
from .html import esc, link, rel
from .i18n import t
from .mkdocs_hooks import GENERATED
from .model import KINDS, Page, Site
from .opendata import DOWNLOADS
from .opendata import files as opendata_files
from .practice_page import practice_page
from .settings import site_url
from .table import COLUMNS

# Hand-written pages in nav order; others follow alphabetically.
HANDWRITTEN_ORDER = ["about", "methodology", "contribute", "data"]
NEWEST = 6
BUTTON = "md-button md-button--primary"


def newest(site: Site, n: int = NEWEST) -> list[str]:
    """The most recently verified practices (ties broken by id for stable output)."""
    ids = sorted(site.practices, key=lambda i: (site.practices[i]["last_verified"], i), reverse=True)
    return ids[:n]


def home_additions(site: Site) -> str:
    """What the home page adds under the hand-written text: search, catalogue, newest."""
    lang = site.lang
    items = "".join(
        f"<li>{site.a('', 'practice', pid)} <span class=\"kb-owner\">— "
        f'{esc(site.name("municipality", site.practices[pid]["municipality"]))}</span></li>'
        for pid in newest(site))
    browse = "".join(f"<li>{link('', KINDS[k][0] + '/', t(NAMES[k][1], lang))}</li>" for k in KINDS)
    return (f'<div class="kb-home">'
            f'<p>{link("", "catalogue/", t("go_catalogue", lang), class_=BUTTON)}</p>'
            f'<h2 id="kb-newest">{esc(t("newest", lang))}</h2>'
            f'<ul class="kb-practice-list">{items}</ul>'
            f'<h2 id="kb-browse">{esc(t("browse_by", lang))}</h2>'
            f'<ul class="kb-browse-kinds">{browse}</ul></div>')


def open_data_block(lang: str, frm: str) -> str:
    """The downloads of the data page, and the codebook of the table's columns."""
    items = "".join(f'<li><a href="{esc(rel(site_path(lang, frm), path))}" download>'
                    f"{esc(t(key, lang))}</a></li>" for path, key in DOWNLOADS)
    rows = "".join(f"<tr><td><code>{esc(c.name)}</code></td><td>{esc(c.tr if lang == 'tr' else c.en)}"
                   f"</td></tr>" for c in COLUMNS)
    head = "".join(f"<th scope=\"col\">{esc(t(k, lang))}</th>" for k in ("column", "meaning"))
    return (f'<div class="kb-open-data"><h2 id="kb-open-data">{esc(t("open_data", lang))}</h2>'
            f'<p>{esc(t("open_data_text", lang))}</p><ul>{items}</ul>'
            f'<h2 id="kb-codebook">{esc(t("codebook", lang))}</h2><p>{esc(t("codebook_text", lang))}</p>'
            f'<div class="kb-scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>'
            "</table></div></div>")


def reference_page(lib: Library, lang: str) -> Page:
    """The format reference, generated from the schema; vocabulary labels are sanitised."""
    text = reference_markdown(lang, lib.vocabularies)
    rendered = markdown.markdown(text, extensions=["tables", "toc"],
                                 extension_configs={"toc": {"slugify": heading_anchor}})
    clean = sanitise(rendered, tags=ALLOWED_TAGS | {"h1", "h2"},
                     attributes={**ALLOWED_ATTRIBUTES, **{h: {"id"} for h in ("h1", "h2", "h3")}})
    return Page("reference/", t("reference", lang), clean, text=text)


def handwritten(docs: Path, lang: str) -> dict[str, str]:
    """Hand-written Markdown pages of one language: file name → text."""
    folder = docs / lang
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*.md"))}


def generate(lib: Library, docs: Path, lang: str, today: dt.date | None = None) -> list[Page]:
    """Every generated page of one language (hand-written pages are handled by write())."""
    site = Site(lib, lang)
    today = today or clock_today()
    pages = [practice_page(site, pid, today) for pid in sorted(site.practices)]
    pages.append(catalogue_page(site))
    pages.extend(entity_pages(site))
    pages.append(reference_page(lib, lang))
    return pages


def nav(lang: str, written: dict[str, str]) -> list:
    """The navigation: home, catalogue, kind indexes, hand-written pages. Never practices."""
    items: list = [{t("home", lang): "index.md"}, {t("catalogue", lang): "catalogue/index.md"}]
    items.append({t("browse_by", lang): [{t(NAMES[k][1], lang): f"{KINDS[k][0]}/index.md"}
                                          for k in KINDS]})
    names = [n for n in written if n != "index.md"]
    ordered = [f"{n}.md" for n in HANDWRITTEN_ORDER if f"{n}.md" in names]
    ordered += sorted(n for n in names if n not in ordered)
    items.extend(ordered)
    items.append({t("reference", lang): "reference/index.md"})
    return items


def _front_matter(page: Page) -> str:
    # Material prints page.meta.title and description unescaped: escape them here, once.
    meta = {"title": html.escape(page.title), **page.meta, GENERATED: True}
    if "description" in meta:
        meta["description"] = html.escape(" ".join(str(meta["description"]).split()))
    # JSON is YAML, and json.dumps is much faster than yaml.safe_dump.
    return "---\n" + json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n---\n\n"


def write(lib: Library, docs: Path, lang: str, dest: Path, today: dt.date | None = None
          ) -> tuple[list[Page], dict[str, str]]:
    """Write one language's docs folder for MkDocs: hand-written pages plus generated ones."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    pages = generate(lib, docs, lang, today)
    site = Site(lib, lang)
    written = handwritten(docs, lang)
    for name, text in written.items():
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if name == "index.md":
            text = text.rstrip() + "\n\n" + home_additions(site) + "\n"
        elif name == "data.md":
            text = text.rstrip() + "\n\n" + open_data_block(lang, "data/") + "\n"
        target.write_text(text, encoding="utf-8")
    if "index.md" not in written:
        # No hand-written home page to say how to search: say it here.
        (dest / "index.md").write_text(f"# {t('site_name', lang)}\n\n{t('go_search', lang)}\n\n"
                                       f"{home_additions(site)}\n", encoding="utf-8")
    seen: dict[str, str] = {}
    for page in pages:
        if page.src in seen or page.src in written:
            raise ValueError(f"two pages want the URL /{page.url}: {page.title!r} and "
                             f"{seen.get(page.src, page.src)!r}")
        seen[page.src] = page.title
        target = dest / page.src
        target.parent.mkdir(parents=True, exist_ok=True)
        # One wrapping element on a single line: Markdown passes the block through untouched
        # (a character reference keeps line breaks inside <pre>).
        body = '<div class="kb-page">' + page.body.replace("\n", "&#10;") + "</div>"
        target.write_text(_front_matter(page) + body + "\n", encoding="utf-8")
    if lang == "tr":
        for path, data in opendata_files(lib, site_url(lib.root)).items():
            target = dest / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return pages, written
