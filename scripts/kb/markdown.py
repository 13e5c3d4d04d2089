"""Contributor Markdown: the one parser, the one sanitiser, and what the sanitiser would remove.

The parser reads CommonMark with GitHub's tables and strikethrough (markdown-it-py), so that a
page shows a narrative as GitHub's preview of the pull request showed it to its contributor: a
list right under a line of text, a list nested by two spaces. The site renders every narrative
section with `render`. The validator asks `removed` what the sanitiser would silently drop
from a section (a `javascript:` link, an image, a <div>), so that the contributor is told,
located, instead of finding it missing on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import NamedTuple

import nh3
from markdown_it import MarkdownIt

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# What a contributor's narrative may contain once rendered: text structure, never media,
# scripts, styles, frames or forms (media would make the visitor's browser call other origins).
ALLOWED_TAGS = frozenset({
    "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark",
    "blockquote", "q", "cite", "abbr", "code", "pre", "kbd",
    "ul", "ol", "li", "dl", "dt", "dd", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "span",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"},
                      "th": {"scope"}, "td": set(), "*": {"lang"}}
# The parser writes these itself (table cells, a list's first number); the sanitiser drops them
# harmlessly.
_MARKDOWN_ATTRIBUTES = {"th": {"align", "style"}, "td": {"align", "style"}, "ol": {"start"}}
_ABSOLUTE_OK = re.compile(r"^(https?://[^/\s]|mailto:)", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    # Every link is written out as given: the sanitiser decides which survive, and inspect()
    # tells the validator which it drops (the parser would leave a javascript: link as text).
    md.validateLink = lambda url: True
    return md


_MD = _parser()  # one parser for every document: building it costs more than a section


def to_html(text: str) -> str:
    """The HTML of a contributor's text, not yet sanitised."""
    return _MD.render(text)


def tokens(text: str) -> list:
    """The parser's tokens of a text (markdown-it-py's: each block with its lines in .map)."""
    return _MD.parse(text)


class Blocks(NamedTuple):
    """Where the parser finds a text's headings, and the lines its code and HTML blocks hold."""

    headings: set[int]  # 0-based lines of the headings outside any list, quote or block
    covered: set[int]  # lines inside a fenced code block or an HTML block (text, never headings)
    unclosed: list[int]  # opening lines of top-level fenced code blocks that are never closed


# A closing fence: at most three spaces, then at least as many of the opening's characters.
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")


def blocks(text: str) -> Blocks:
    """The headings and blocks of a text as the page (and GitHub's preview) reads it."""
    lines = text.split("\n")
    headings, covered, unclosed = set(), set(), []
    for token in _MD.parse(text):
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "heading_open" and token.level == 0:
            headings.add(start)
        elif token.type in ("fence", "html_block"):
            covered.update(range(start + (token.type == "fence"), end))
            if token.type == "fence" and token.level == 0:
                last = _FENCE_CLOSE.fullmatch(lines[end - 1]) if end - 1 > start else None
                if not (last and last.group(1)[0] == token.markup[0]
                        and len(last.group(1)) >= len(token.markup)):
                    unclosed.append(start)
    return Blocks(headings, covered, unclosed)


def _keep_attribute(tag: str, attr: str, value: str) -> str | None:
    # Only absolute http(s) and mailto links survive: relative and protocol-relative links
    # in contributor text would point into (or out of) the site in ways nobody reviewed.
    if attr == "href" and not (_ABSOLUTE_OK.match(value) or value.startswith("#")):
        return None
    return value


def sanitise(html_text: str, tags: frozenset[str] = ALLOWED_TAGS,
             attributes: dict | None = None) -> str:
    """Reduce untrusted HTML to the allowed tags, attributes and link schemes."""
    return nh3.clean(
        html_text,
        tags=set(tags),
        attributes=attributes or ALLOWED_ATTRIBUTES,
        url_schemes=set(SAFE_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_keep_attribute,
        strip_comments=True,
    )


def render(text: str) -> str:
    """Contributor Markdown → sanitised HTML."""
    return sanitise(to_html(text))


def is_absolute(url: str) -> bool:
    """An http(s) address with a host, or a mailto: link: what may link to another site."""
    return bool(_ABSOLUTE_OK.match(url or ""))


def link_problem(target: str) -> str | None:
    """Why the sanitiser drops a link target, or None if it keeps it.

    'scheme' (javascript:, data:, file:…), 'no_host' (http, https or mailto with no address
    after it), 'relative' (a path on no known site), or None for
    http(s), mailto and #anchors (anchors are checked against the page separately).
    """
    if target.startswith("#") or _ABSOLUTE_OK.match(target):
        return None
    scheme = _SCHEME.match(target.strip())
    if scheme and scheme.group(1).lower() in SAFE_SCHEMES:
        return "no_host"  # 'https://' alone, 'https:/x', 'mailto:' with no address
    return "scheme" if scheme else "relative"


@dataclass(frozen=True)
class Removed:
    """Something the sanitiser would drop: a link, an image, a tag or an attribute."""

    kind: str  # "link" | "image" | "embed" | "tag" | "attribute"
    value: str  # the link target, the tag name, or the attribute name
    reason: str = ""  # for links: "scheme", "no_host" or "relative"


class _Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: list[Removed] = []
        self.anchors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("img", "picture", "source"):
            self.removed.append(Removed("image", dict(attrs).get("src") or tag))
            return
        if tag in ("iframe", "frame", "object", "embed", "video", "audio"):
            self.removed.append(Removed("embed", tag))
            return
        if tag not in ALLOWED_TAGS:
            self.removed.append(Removed("tag", tag))
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ALLOWED_ATTRIBUTES["*"]
        for name, value in attrs:
            if name in _MARKDOWN_ATTRIBUTES.get(tag, ()):
                continue
            if name not in allowed:
                self.removed.append(Removed("attribute", name))
            elif name == "href":
                target = value or ""
                problem = link_problem(target)
                if problem:
                    self.removed.append(Removed("link", target, problem))
                elif target.startswith("#"):
                    self.anchors.append(target[1:])


def inspect(html_text: str) -> tuple[list[Removed], list[str]]:
    """What the sanitiser would remove from rendered HTML, and the #anchors it links to."""
    parser = _Inspector()
    parser.feed(html_text)
    parser.close()
    return parser.removed, parser.anchors
