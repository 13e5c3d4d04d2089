"""Small HTML helpers: escaping, relative URLs, and sanitised Markdown from contributors."""

from __future__ import annotations

import posixpath
import re

import markdown
import nh3
from markupsafe import Markup, escape

SAFE_SCHEMES = {"http", "https", "mailto"}
# What a contributor's narrative may contain once rendered: text structure, never media,
# scripts, styles, frames or forms (media would make the visitor's browser call other origins).
ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark",
    "blockquote", "q", "cite", "abbr", "code", "pre", "kbd",
    "ul", "ol", "li", "dl", "dt", "dd", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "span",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"},
                      "th": {"scope"}, "td": set(), "*": {"lang"}}
_ABSOLUTE_OK = re.compile(r"^(https?://[^/\s]|mailto:)", re.IGNORECASE)
# The section headings kb.site writes (escaped or sanitised HTML): an id, then the content.
_SECTION_HEADING = re.compile(r'<h2 id="([^"<>]+)">(.*?)</h2>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def esc(value: object) -> Markup:
    """Escape any contributor-supplied value for HTML text or a quoted attribute."""
    return escape("" if value is None else str(value))


def rel(frm: str, to: str) -> str:
    """A relative link from the page at URL `frm` ('' = home, 'a/b/') to the site path `to`."""
    start = "/" + frm if frm.endswith("/") or not frm else "/" + posixpath.dirname(frm)
    path = posixpath.relpath("/" + to, start or "/")
    if to.endswith("/") or to == "":
        path = path.rstrip("/") + "/"
        if path == "./":
            return "./"
    return path


def _keep_attribute(tag: str, attr: str, value: str) -> str | None:
    # Only absolute http(s) and mailto links survive: relative and protocol-relative links
    # in contributor text would point into (or out of) the site in ways nobody reviewed.
    if attr == "href" and not (_ABSOLUTE_OK.match(value) or value.startswith("#")):
        return None
    return value


def sanitise(html_text: str) -> str:
    """Reduce untrusted HTML to the allowed tags, attributes and link schemes."""
    return nh3.clean(
        html_text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=SAFE_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_keep_attribute,
        strip_comments=True,
    )


_MD = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def render_markdown(text: str) -> Markup:
    """Contributor Markdown → sanitised HTML."""
    # One parser, reset between documents: building it costs more than converting a section.
    html_text = _MD.reset().convert(text)
    return Markup(sanitise(html_text))


def link(frm: str, to: str, text: object, **attrs: str) -> Markup:
    """An internal link with escaped text."""
    extra = "".join(f' {k.rstrip("_")}="{esc(v)}"' for k, v in attrs.items())
    return Markup(f'<a href="{esc(rel(frm, to))}"{extra}>{esc(text)}</a>')


def external(url: str, text: object) -> Markup:
    """A link to another site: only http(s)/mailto URLs (the validator already checked)."""
    if not _ABSOLUTE_OK.match(url or ""):
        return esc(text)
    return Markup(f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(text)}</a>')


def lang_attr(content_lang: str, page_lang: str) -> Markup:
    """A lang attribute when a fragment is not in the page's language."""
    return Markup(f' lang="{content_lang}"') if content_lang != page_lang else Markup("")


def section_headings(html_text: str) -> list[tuple[str, str]]:
    """(id, escaped text) of the H2 section headings kb.site wrote: a page's table of contents."""
    return [(id_, _TAG.sub("", content)) for id_, content in _SECTION_HEADING.findall(html_text)]
