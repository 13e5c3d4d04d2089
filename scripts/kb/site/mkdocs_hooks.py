"""MkDocs hooks of every build: generated pages skip Markdown.

A generated page is already safe HTML (kb.site escapes and sanitises it). Passed through
Python-Markdown as a raw HTML block it would only be re-parsed, which cost about a third of
MkDocs' time on a large library, so its body is set aside before Markdown runs and put back
as the page content.
"""

from __future__ import annotations

GENERATED = "kb_generated"


def on_page_markdown(markdown: str, page, **kwargs) -> str:
    if page.meta.get(GENERATED):
        page.kb_html = markdown
        return ""
    return markdown


def on_page_content(html: str, page, **kwargs) -> str:
    return getattr(page, "kb_html", html)
