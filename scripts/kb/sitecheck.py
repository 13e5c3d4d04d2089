"""Internal link check of a built site: every local href/src resolves, every #anchor exists.

`python -m kb.sitecheck site` prints `page: message` per broken link and exits 1 if any.
External links (http, https, mailto) are the weekly link check's business, not this one's;
any other scheme (javascript:, data:, file:) is reported.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL = ("http", "https", "mailto")
LINK_ATTRS = {"href", "src"}


@dataclass(frozen=True)
class Problem:
    """One broken link on one page."""

    page: str
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.reason}: {self.target}"


class _Page(HTMLParser):
    """Collects the links and the ids (anchors) of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRS and not (tag == "link" and name == "href" and
                                           ("rel", "canonical") in attrs):
                self.links.append(value.strip())
            elif name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8", errors="replace"))
    return page


def base_path(site: Path) -> str:
    """The URL path the site is served under ('/ortak-akil/' on GitHub Pages), from sitemap.xml."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        m = re.search(r"<loc>\s*([^<\s]+)", sitemap.read_text("utf-8", errors="replace"))
        if m:
            return urlsplit(m.group(1)).path or "/"
    return "/"


def _resolve(site: Path, page: Path, path: str, base: str = "/") -> Path | None:
    """The file a local URL path points at, as a static server would serve it."""
    if path.startswith("/"):  # root-absolute: only valid inside the path the site is served at
        if not (path + "/").startswith(base) and path != base.rstrip("/"):
            return None
        path = path[len(base):] if path.startswith(base) else ""
        folder = site
    else:
        folder = page.parent
    target = (folder / unquote(path).lstrip("/")).resolve()
    if not target.is_relative_to(site):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def check_site(site: Path) -> list[Problem]:
    """Every broken internal link and missing anchor in the HTML files under site."""
    site = site.resolve()
    base = base_path(site)
    pages: dict[Path, _Page] = {}

    def parsed(path: Path) -> _Page:
        if path not in pages:
            pages[path] = _parse(path)
        return pages[path]

    problems: list[Problem] = []
    for html in sorted(site.rglob("*.html")):
        shown = html.relative_to(site).as_posix()
        for link in parsed(html).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                if parts.scheme.lower() not in EXTERNAL:
                    problems.append(Problem(shown, link[:100], "forbidden link scheme"))
                continue
            target = html if not parts.path else _resolve(site, html, parts.path, base)
            if target is None:
                problems.append(Problem(shown, link, "no such file"))
                continue
            if parts.fragment and target.suffix == ".html":
                if unquote(parts.fragment) not in parsed(target).ids:
                    problems.append(Problem(shown, link, "no such anchor"))
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check a built site folder; exit 1 on any broken link."""
    parser = argparse.ArgumentParser(prog="python -m kb.sitecheck")
    parser.add_argument("site", nargs="?", default="site")
    args = parser.parse_args(argv)
    site = Path(args.site)
    if not site.is_dir():
        print(f"sitecheck: {site}: no such folder (run `make site` first)", file=sys.stderr)
        return 2
    problems = check_site(site)
    for p in problems:
        print(p)
    count = len(list(site.rglob("*.html")))
    print(f"sitecheck: {count} page(s), {len(problems)} broken link(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
