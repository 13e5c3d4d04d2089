"""Shell pages: Material's frame rendered once per kind of generated page, then filled in.

A shell is a tiny page that MkDocs renders like any other, with tokens where a generated
page's title, description, body and table of contents go. Pages of one frame (the same
depth in the site, a table of contents or not, wide or not, the same skip links) differ in
nothing else Material draws, so each of them is its shell with the tokens replaced: the same
HTML that Material's templates would give, without rendering them once per page.
"""

from __future__ import annotations

import html
import json
import re
import zlib
from dataclasses import dataclass

from ...site.model import Page

SHELL = "kb_shell"  # the front-matter key that marks a shell page
# The front-matter key of a generated page MkDocs renders (one of the navigation): MkDocs
# renders it around the body token, and its body is put in afterwards, as in a shell.
FILLED = "kb_filled"
# Material gives a page whose content has no "<h1" a heading of its own: a body with one
# stands in MkDocs's content as this token, so that Material sees it there too.
BODY_WITH_H1 = "<!--<h1-->KBSHELLBODYH1"
TITLE, DESCRIPTION, BODY = "KBSHELLTITLE", "KBSHELLDESCRIPTION", "KBSHELLBODY"
TOC_PLACEHOLDERS = [("kbshelltoca", "KBSHELLTOCA"), ("kbshelltocb", "KBSHELLTOCB")]
_TOC_ITEMS = re.compile(
    r'(<li class="md-nav__item">\s*<a href="#kbshelltoca".*?</li>)\s*'
    r'<li class="md-nav__item">\s*<a href="#kbshelltocb".*?</li>', re.S)


class ShellError(Exception):
    """Material's output no longer has the shape the shells expect (an upgrade changed it)."""


@dataclass(frozen=True)
class Frame:
    """What Material draws differently between generated pages."""

    depth: int  # number of folders in the page's URL: 'catalogue/' 1, 'practices/x/' 2
    toc: bool
    wide: bool
    skips: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        parts = [f"d{self.depth}", "toc" if self.toc else "notoc", "wide" if self.wide else "",
                 "skips" if self.skips else ""]
        # A digest, not hash(): the same name in every process and run.
        digest = f"-{zlib.crc32(repr(self.skips).encode()):08x}" if self.skips else ""
        return "-".join(p for p in parts if p) + digest

    @property
    def url(self) -> str:
        """Where the shell is rendered: a folder as deep as the pages it serves."""
        folders = [f"kbshell-{self.name}"] + ["x"] * (self.depth - 1)
        return "/".join(folders) + "/"

    @property
    def top(self) -> str:
        return self.url.split("/", 1)[0]


def frame_of(page: Page) -> Frame:
    return Frame(page.url.count("/"), bool(page.toc), page.wide, tuple(page.skips))


def page_meta(page: Page | None, frame: Frame | None = None) -> dict:
    """The front matter MkDocs gets for a generated page (or, with frame, for a shell).

    Titles and descriptions are plain text: the templates escape them.
    """
    if page is not None:
        frame = frame_of(page)
        meta = {"title": page.title, "description": page.description,
                FILLED: BODY_WITH_H1 if "<h1" in page.body else BODY,
                "kb_toc": [list(item) for item in page.toc]}
    else:
        meta = {"title": TITLE, "description": DESCRIPTION, SHELL: True, "kb_toc": frame.toc}
    if frame.wide:
        meta["hide"] = ["navigation", "toc"]
    if frame.skips:
        meta["kb_skip"] = [{"target": target, "label": label} for target, label in frame.skips]
    return meta


def shell_markdown(frame: Frame) -> str:
    """The shell page's file for MkDocs: front matter with tokens, the body token."""
    # JSON is YAML; the body is one HTML block that Markdown passes through untouched.
    meta = json.dumps(page_meta(None, frame=frame), ensure_ascii=False)
    return f"---\n{meta}\n---\n\n<div class=\"kb-page\">{BODY}</div>\n"


def filled_page(rendered: str, page: Page) -> tuple[str, str]:
    """What MkDocs made of a generated page of the navigation: the HTML before and after the
    place of its body (the body goes in between)."""
    token = BODY_WITH_H1 if "<h1" in page.body else BODY
    before, found, after = rendered.partition(token)
    if not found or token in after:
        raise ShellError(f"the page {page.url or '/'} does not hold its {token} token once")
    return before, after


def _text(value: str) -> str:
    return html.escape(" ".join(value.split()), quote=True)


class Shell:
    """A rendered shell, ready to receive generated pages of its frame."""

    def __init__(self, rendered: str, frame: Frame):
        self.frame = frame
        for token in (TITLE, BODY):
            if token not in rendered:
                raise ShellError(f"the shell {frame.url} lost its {token} token")
        # Material adds an H1 with the title to a page without one; a generated body has its own.
        rendered = rendered.replace(f"<h1>{TITLE}</h1>", "", 1)
        self.toc_item = ""
        if frame.toc:
            m = _TOC_ITEMS.search(rendered)
            if not m:
                raise ShellError(f"the shell {frame.url} has no table of contents to fill")
            self.toc_item = m.group(1)
            rendered = rendered[: m.start()] + "\x00TOC\x00" + rendered[m.end():]
        # One split up front: filling a page is then a join, however many pages there are.
        self.parts = re.split(f"({TITLE}|{DESCRIPTION}|{BODY}|\x00TOC\x00|{re.escape(frame.url)}"
                              f"|kbshelltoca)", rendered)
        self.links = self._links()

    def _values(self, page: Page, description: str = "") -> dict[str, str]:
        values = {TITLE: _text(page.title), DESCRIPTION: _text(page.description or description),
                  BODY: page.body, self.frame.url: page.url,
                  "kbshelltoca": page.toc[0][0] if page.toc else ""}
        if self.frame.toc:
            values["\x00TOC\x00"] = "".join(
                self.toc_item.replace("kbshelltoca", html.escape(anchor, quote=True))
                .replace("KBSHELLTOCA", html.escape(title)) for anchor, title in page.toc)
        return values

    def fill(self, page: Page, description: str = "") -> str:
        """The generated page in Material's frame (description: the site's, if the page has none)."""
        values = self._values(page, description)
        return "".join(values.get(part, part) for part in self.parts)

    def _links(self) -> list[tuple[str, str, str]] | None:
        """(tag start, token, tag end) of every tag of the frame whose address is the page's.

        None if a token sits where this cannot tell (then each page is checked whole).
        """
        out = []
        for i in range(1, len(self.parts), 2):
            token = self.parts[i]
            if token not in (self.frame.url, "kbshelltoca"):
                continue
            before, after = self.parts[i - 1], self.parts[i + 1] if i + 1 < len(self.parts) else ""
            start, closed = before.rfind("<"), before.rfind(">")
            if start < 0 and closed < 0:
                return None
            if closed > start:  # in text between tags: not the address of a link
                continue
            end = after.find(">")
            if end < 0 or "<" in after[:end]:
                return None
            out.append((before[start:], token, after[: end + 1]))
        return out

    def frame_html(self) -> str:
        """The frame alone: the shell with every token left out."""
        return "".join(self.parts[0::2])

    def written(self, page: Page) -> str | None:
        """The HTML this project put into the frame for one page: its body, its table of
        contents and the frame's tags that carry its address; None if they cannot be told apart.
        """
        if self.links is None:
            return None
        values = self._values(page)
        tags = "".join(start + values[token] + end for start, token, end in self.links)
        return tags + values.get("\x00TOC\x00", "") + page.body
