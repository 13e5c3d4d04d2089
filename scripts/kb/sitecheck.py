"""The one check of a built site: every internal link resolves, every #anchor exists, no page
makes the browser call another origin, no link uses a forbidden scheme, no attribute holds a
script (an `onclick=`: the site's own scripts are files).

`kb build` runs it over the pages it wrote; `python -m kb.sitecheck site` over a whole built
site (CI), printing `page: reason: target` per problem and exiting 1 if there is any. External
links (http, https, mailto) are the weekly link check's business, not this one's. Files are
scanned with regular expressions: they are the site's own well-formed output, and
html.parser was ten times slower.
"""

from __future__ import annotations

import argparse
import html
import posixpath
import re
import sys
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL = ("http", "https", "mailto")
# Attributes that make the browser fetch something by itself (a request, not a link).
FETCHING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("frame", "src"),
            ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
            ("track", "src"), ("input", "src"), ("object", "data"), ("img", "srcset"),
            ("source", "srcset"), ("video", "poster")}
# <link rel=…> values that only name a URL; every other <link> makes the browser fetch.
NAMING_RELS = {"alternate", "canonical", "prev", "next"}
# A <style> block first (else its opening tag would match as a tag and its CSS go unread),
# then a tag with attributes (one without has no link, id or style to read).
# A tag's name runs to a space, '/' or '>', as a browser reads it ('<a:b onclick=…>' too),
# and its attributes may follow a '/' ('<x/onload=…>').
_TAG = re.compile(r"<style\b[^>]*>(.*?)</style>|<([a-zA-Z][^\s/>]*)([\s/][^>]*)>",
                  re.S | re.I)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")
_SKIP = re.compile(r"<(script|pre|code|textarea)\b[^>]*>.*?</\1>", re.S | re.I)


@dataclass(frozen=True)
class Problem:
    """One broken link or outside request on one page."""

    page: str
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.reason}: {self.target}"


@dataclass
class Scanned:
    """What one file refers to: (tag, attribute, value, rel) links, ids, and CSS text."""

    links: Sequence[tuple[str, str, str, str]] = field(default_factory=list)
    ids: AbstractSet[str] = field(default_factory=set)
    css: str = ""
    handlers: Sequence[str] = field(default_factory=list)  # as '<tag onclick="…">'


def scan_html(text: str) -> Scanned:
    out = Scanned()
    styles = []
    # Script bodies and code samples may contain '<a href=…>' strings that are not markup.
    text = _SKIP.sub(lambda m: m.group(0)[: m.group(0).find(">") + 1], text)
    for m in _TAG.finditer(text):
        if m.group(2) is None:
            styles.append(m.group(1))
            continue
        tag = m.group(2).lower()
        attrs = {}
        for a in _ATTR.finditer(m.group(3)):
            value = a.group(2) if a.group(2) is not None else a.group(3) or a.group(4)
            if value is not None:
                attrs[a.group(1).lower()] = html.unescape(value)
        out.handlers += [f'<{tag} {name}="{value[:60]}">' for name, value in attrs.items()
                         if name.startswith("on") and len(name) > 2]  # event handlers
        if "id" in attrs:
            out.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            out.ids.add(attrs["name"])
        if "style" in attrs:
            styles.append(attrs["style"])
        rel = attrs.get("rel", "").lower()
        for name in ("href", "src", "data", "poster", "srcset", "action"):
            if name in attrs:
                out.links.append((tag, name, attrs[name].strip(), rel))
    out.css = "\n".join(styles)
    return out


def _is_external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def base_path(site: Path) -> str:
    """The URL path the site is served under ('/ortak-akil/' on GitHub Pages), from sitemap.xml."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        m = re.search(r"<loc>\s*([^<\s]+)", sitemap.read_text("utf-8", errors="replace"))
        if m:
            return urlsplit(m.group(1)).path or "/"
    return "/"


# What the project wrote into one page of a frame it shares with others: the page's own parts
# scanned, and the ids of the frame around them (see kb.render.mkdocs.shells).
Written = tuple[Scanned, frozenset[str]]


class Checker:
    """Checks pages of one built site; target pages are scanned once, when first needed."""

    def __init__(self, site: Path, base: str | None = None):
        self.site = site.resolve()
        self.base = base or base_path(self.site)
        self.cache: dict[str, Scanned] = {}
        self.files: dict[str, str | None] = {}  # a path in the site → the file served for it

    def scanned(self, rel: str) -> Scanned:
        if rel not in self.cache:
            path = self.site / rel
            text = path.read_text("utf-8", errors="replace")
            self.cache[rel] = scan_html(text) if path.suffix == ".html" else Scanned(css=text)
        return self.cache[rel]

    def _target(self, page: str, path: str) -> str | None:
        """The site file a local URL path points at, as a static server would serve it."""
        if path.startswith("/"):  # root-absolute: only inside the path the site is served at
            if not (path + "/").startswith(self.base) and path != self.base.rstrip("/"):
                return None
            rel = path[len(self.base):] if path.startswith(self.base) else ""
        else:
            rel = posixpath.join(posixpath.dirname(page), unquote(path))
        rel = posixpath.normpath(rel) if rel else "."
        if rel.startswith("../") or rel == "..":
            return None
        if rel not in self.files:  # pages link to the same few targets: ask the disk once
            found = rel
            if (self.site / found).is_dir():
                found = posixpath.normpath(posixpath.join(found, "index.html"))
            self.files[rel] = found if (self.site / found).is_file() else None
        return self.files[rel]

    def check(self, page: str, written: Written | None = None) -> list[Problem]:
        """Everything wrong with one page (or stylesheet) of the site.

        written: only these parts of the page are the project's to check (its frame is
        checked on another page of the same frame); its ids are the frame's and the parts'.
        """
        if written is None:
            info = self.scanned(page)
        else:
            parts, frame_ids = written
            info = Scanned(parts.links, parts.ids | frame_ids, parts.css, parts.handlers)
        problems = [Problem(page, handler, "script in an attribute") for handler in info.handlers]
        for tag, attr, value, link_rel in info.links:
            fetches = (tag, attr) in FETCHING or (
                tag == "link" and attr == "href" and not set(link_rel.split()) <= NAMING_RELS)
            candidates = ([v.split()[0] for v in value.split(",") if v.strip()]
                          if attr == "srcset" else [value])
            if fetches and any(_is_external(v) for v in candidates):
                problems.append(Problem(page, value[:100], "request to another site"))
                continue
            parts = urlsplit(value)
            if parts.scheme or value.startswith("//"):
                if parts.scheme.lower() not in EXTERNAL and parts.scheme.lower() != "data":
                    problems.append(Problem(page, value[:100], "forbidden link scheme"))
                continue
            if attr not in ("href", "src") or (tag == "link" and link_rel == "canonical"):
                continue
            target = page if not parts.path else self._target(page, parts.path)
            if target is None:
                problems.append(Problem(page, value, "no such file"))
            elif parts.fragment and tag == "a" and target.endswith(".html"):
                ids = info.ids if target == page else self.scanned(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(Problem(page, value, "no such anchor"))
        for m in [*_CSS_URL.finditer(info.css), *_IMPORT.finditer(info.css)]:
            if _is_external(m.group(1)):
                problems.append(Problem(page, m.group(1)[:100], "request to another site"))
        return problems


def check_output(site: Path, pages: list[str], complete: bool = True, base: str | None = None,
                 written: dict[str, Written] | None = None, styles: list[str] | None = None
                 ) -> list[str]:
    """The problems of the pages a build wrote, and of its stylesheets, as text.

    With one language built (complete=False), links into the other language's site are
    not followed: that site is not there. written: pages of which only some parts are to be
    checked (Checker.check). styles: the stylesheets to check (default: every one in site).
    """
    checker = Checker(site, base)
    written = written or {}
    own = [p for p in pages if p in written or (site / p).is_file()]
    if styles is None:
        styles = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.css"))
    problems = [p for page in own for p in checker.check(page, written.get(page))]
    problems += [p for style in styles for p in checker.check(style)]
    if not complete:
        problems = [p for p in problems if p.reason != "no such file"]
    return [str(p) for p in problems]


def check_site(site: Path) -> list[Problem]:
    """Every problem of every HTML page and stylesheet under site."""
    checker = Checker(site)
    files = sorted(p.relative_to(checker.site).as_posix() for p in checker.site.rglob("*")
                   if p.suffix in (".html", ".css"))
    return [p for f in files for p in checker.check(f)]


def main(argv: list[str] | None = None) -> int:
    """Check a built site folder; exit 1 on any problem."""
    parser = argparse.ArgumentParser(prog="python -m kb.sitecheck",
                                     description="check the links of a built site")
    parser.add_argument("site", nargs="?", default="site", help="the built site (default: site)")
    args = parser.parse_args(argv)
    site = Path(args.site)
    if not site.is_dir():
        print(f"sitecheck: {site}: no such folder (run `make site` first)", file=sys.stderr)
        return 2
    problems = check_site(site)
    for p in problems:
        print(p)
    count = len(list(site.rglob("*.html")))
    print(f"sitecheck: {count} page(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
