"""Checks on the built site: every internal link resolves, and nothing calls another origin.

MkDocs validates only Markdown links; our generated pages are raw HTML, so the whole output
is checked here after both languages are built.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make the browser fetch something by itself (a request, not a link).
FETCHING = {("script", "src"), ("img", "src"), ("iframe", "src"),
            ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
            ("object", "data"), ("img", "srcset"), ("source", "srcset"), ("video", "poster")}
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attr, value); tag "link" + rel
        self.ids: set[str] = set()
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        if tag == "link":
            tag = "link:" + (dict(attrs).get("rel") or "")
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in ("href", "src", "data", "poster", "srcset", "action"):
                self.links.append((tag, name, value))
            elif name == "style":
                self.styles.append(value)
        if tag == "a":
            for name, value in attrs:
                if name == "name" and value:
                    self.ids.add(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def _is_external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def external_requests(site: Path) -> list[str]:
    """Every place where the built site would make the browser call another origin."""
    problems = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            for tag, attr, value in parser.links:
                # <link rel=alternate|canonical> only names a URL; every other <link> fetches.
                rel = tag.split(":", 1)[1] if tag.startswith("link:") else ""
                fetch = (tag, attr) in FETCHING or (
                    tag.startswith("link:") and rel not in ("alternate", "canonical"))
                if fetch and _is_external(value):
                    problems.append(f"{path.relative_to(site)}: <{tag} {attr}={value}>")
            css = " ".join(parser.styles)
        elif path.suffix in (".css", ".js"):
            css = path.read_text(encoding="utf-8", errors="replace") if path.suffix == ".css" else ""
        else:
            continue
        for m in [*_CSS_URL.finditer(css), *_IMPORT.finditer(css)]:
            if _is_external(m.group(1)) and not m.group(1).startswith("data:"):
                problems.append(f"{path.relative_to(site)}: url({m.group(1)})")
    return problems


def broken_links(site: Path) -> list[str]:
    """Internal links (with their #fragments) that point at nothing in the built site."""
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    problems = []
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue  # served for any missing URL, so MkDocs makes its links absolute
        for tag, attr, value in parse(path).links:
            if attr not in ("href", "src") or _is_external(value) or value.startswith("data:"):
                continue
            parts = urlsplit(value)
            if not parts.path:
                target = path
            else:
                joined = posixpath.normpath(posixpath.join(path.parent.as_posix(), unquote(parts.path)))
                target = Path(joined)
                if parts.path.endswith("/") or target.is_dir():
                    target = target / "index.html"
            try:
                target.resolve().relative_to(site.resolve())
            except ValueError:
                problems.append(f"{path.relative_to(site)}: {value} leaves the site")
                continue
            if not target.exists():
                problems.append(f"{path.relative_to(site)}: {value} not found")
            elif parts.fragment and target.suffix == ".html" and tag == "a":
                if unquote(parts.fragment) not in parse(target).ids:
                    problems.append(f"{path.relative_to(site)}: {value}: no such anchor")
    return problems
