"""Small HTML helpers: escaping, relative URLs, and sanitised Markdown from contributors."""

from __future__ import annotations

import functools
import posixpath
import re
from string import Formatter

from markupsafe import Markup, escape

from .. import markdown as kb_markdown

# The section headings kb.site writes (escaped or sanitised HTML): an id, then the content.
_SECTION_HEADING = re.compile(r'<h2 id="([^"<>]+)">(.*?)</h2>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def esc(value: object) -> Markup:
    """Escape any contributor-supplied value for HTML text or a quoted attribute."""
    return escape("" if value is None else str(value))


def h(template: str, *args: object, **kwargs: object) -> Markup:
    """HTML from a literal template: every argument is escaped unless it is Markup already.

    The one way pages are written: a value cannot reach the HTML unescaped by forgetting to
    escape it, only by being made Markup on purpose (sanitised Markdown, another h()).
    """
    if kwargs or not _plain_fields(template):
        return Markup(template).format(*args, **kwargs)
    # Only bare {} fields: escaping each argument first gives Markup.format's result, with
    # str.format's speed (Markup.format was a quarter of page generation).
    return Markup(template.format(*[a if isinstance(a, Markup) else escape(a) for a in args]))


@functools.cache
def _plain_fields(template: str) -> bool:
    """Whether every replacement field of a template is a bare {} (no name, spec or index)."""
    return all(field == "" and not spec and not conversion
               for _, field, spec, conversion in Formatter().parse(template) if field is not None)


def join(parts, separator: str = "") -> Markup:
    """Markup pieces (or texts, escaped) joined into one."""
    return Markup(separator).join(parts)


def rel(frm: str, to: str) -> str:
    """A relative link from the page at URL `frm` ('' = home, 'a/b/') to the site path `to`.

    posixpath.relpath's result, from the two paths' folders split once each (a page links
    some twenty others, and the site's paths recur from page to page)."""
    start = _parts(frm if frm.endswith("/") or not frm else posixpath.dirname(frm))
    target = _parts(to)
    common = 0
    for a, b in zip(start, target, strict=False):  # the shorter path ends the common part
        if a != b:
            break
        common += 1
    path = "/".join([".."] * (len(start) - common) + list(target[common:])) or "."
    if to.endswith("/") or to == "":
        path = path.rstrip("/") + "/"
        if path == "./":
            return "./"
    return path


@functools.lru_cache(maxsize=65536)
def _parts(path: str) -> tuple[str, ...]:
    """A site path's names, as posixpath.relpath takes them ('.' and '..' resolved)."""
    return tuple(part for part in posixpath.normpath("/" + path).split("/") if part)


def render_markdown(text: str) -> Markup:
    """Contributor Markdown → sanitised HTML (kb.markdown: the one parser and sanitiser)."""
    return Markup(kb_markdown.render(text))


def link(frm: str, to: str, text: object, **attrs: str) -> Markup:
    """An internal link with escaped text."""
    extra = join(h(' {}="{}"', k.rstrip("_"), v) for k, v in attrs.items())
    return h('<a href="{}"{}>{}</a>', rel(frm, to), extra, text)


def external(url: str, text: object) -> Markup:
    """A link to another site: only http(s)/mailto URLs (the validator already checked)."""
    if not kb_markdown.is_absolute(url):
        return esc(text)
    return h('<a href="{}" rel="noopener noreferrer">{}</a>', url, text)


def lang_attr(content_lang: str, page_lang: str) -> Markup:
    """A lang attribute when a fragment is not in the page's language."""
    return h(' lang="{}"', content_lang) if content_lang != page_lang else Markup("")


def section_headings(html_text: str) -> list[tuple[str, str]]:
    """(id, escaped text) of the H2 section headings kb.site wrote: a page's table of contents."""
    return [(id_, _TAG.sub("", content)) for id_, content in _SECTION_HEADING.findall(html_text)]
