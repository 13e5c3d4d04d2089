"""MkDocs hooks of every build: Turkish heading anchors, the contents of shell pages, and
a theme environment that is quicker to set up (kb.render.mkdocs.themeenv).

MkDocs loads hooks as files, not as modules of a package: no relative imports here.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.toc import AnchorLink

from kb.render.mkdocs.shells import FILLED, SHELL, TOC_PLACEHOLDERS
from kb.render.mkdocs.themeenv import theme_env
from kb.site.pages import headings_of
from kb.turkish import heading_anchor


@event_priority(100)  # before Material's search plugin, which makes environments of its own
def on_config(config, **kwargs):
    """Turkish heading anchors (a function cannot be written in the YAML configuration)."""
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_anchor
    # Material's templates compiled once for every build, its icons not listed on each.
    config.theme.get_env = theme_env(config.theme.get_env)
    return config


# Material's search worker and the lunr.js it loads: kb.search's worker answers Material's
# search box instead (overrides/main.html), so these would be 1.2 MB per language never asked for.
MATERIAL_SEARCH = ("assets/javascripts/workers/search.", "assets/javascripts/lunr/")


def on_files(files, config, **kwargs):
    """The theme's files, without Material's own search engine; and the generated pages
    hand-written pages link, which kb fills into shells after MkDocs: known to MkDocs as
    excluded files, a link to one is made relative like any other, and not called broken."""
    for file in [f for f in files if f.src_uri.startswith(MATERIAL_SEARCH)]:
        files.remove(file)
    for uri in config.extra.get("kb_linked", []):
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content="",
                                        inclusion=InclusionLevel.EXCLUDED))
    return files


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    """Front matter is plain text; Material prints some of it unescaped, so escape it here."""
    for key in ("title", "description", "author"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = escape(page.meta[key])
    return markdown


def on_page_content(html: str, page, **kwargs) -> str:
    """A table of contents with the headings the library adds, and placeholders in shells.

    Markdown's toc extension never sees headings inside the HTML blocks kb.site adds to a
    hand-written page (the home page's newest practices, say): they are added here.
    """
    items = page.toc.items
    if items and items[0].level == 1:  # Material lists the children of the page's H1
        items = items[0].children
    if page.meta.get(FILLED):  # a generated page of the navigation: its sections, its body's place
        items.clear()
        items.extend(AnchorLink(title, anchor, 2) for anchor, title in page.meta["kb_toc"])
        return f'<div class="kb-page">{page.meta[FILLED]}</div>'
    if page.meta.get(SHELL):
        items.clear()
        if page.meta.get("kb_toc"):
            items.extend(AnchorLink(title, anchor, 2) for anchor, title in TOC_PLACEHOLDERS)
        return html
    known = {item.id for item in items}
    items.extend(AnchorLink(title, id_, 2) for id_, title in headings_of(html) if id_ not in known)
    return html
