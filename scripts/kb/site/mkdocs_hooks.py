"""MkDocs hooks of every build: generated pages skip Markdown and get a table of contents.

A generated page is already safe HTML (kb.site escapes and sanitises it). Passed through
Python-Markdown as a raw HTML block it would only be re-parsed, which cost about a third of
MkDocs' time on a large library, so its body is set aside before Markdown runs and put back
as the page content. Markdown's toc extension never sees headings inside HTML blocks, so the
section headings kb.site wrote (on generated pages, and the blocks it adds to hand-written
ones) are added to the page's table of contents here, and hand-written headings get
Turkish-aware anchors.
"""

from __future__ import annotations

from mkdocs.structure.toc import AnchorLink

# MkDocs loads hooks as files, not as modules of a package: no relative imports.
from kb.site.html import section_headings
from kb.turkish import heading_anchor

GENERATED = "kb_generated"


def on_config(config, **kwargs):
    """Turkish heading anchors (a function cannot be written in the YAML configuration)."""
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_anchor
    return config


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    if page.meta.get(GENERATED):
        page.kb_html = markdown
        return ""
    return markdown


def on_page_content(html: str, page, **kwargs) -> str:
    html = getattr(page, "kb_html", html)
    items = page.toc.items
    if items and items[0].level == 1:  # Material lists the children of the page's H1
        items = items[0].children
    known = {item.id for item in items}
    items.extend(AnchorLink(title, id_, 2) for id_, title in section_headings(html)
                 if id_ not in known)
    return html
