"""Checks on the built site: every internal link resolves, and nothing calls another origin.

MkDocs validates only Markdown links; our generated pages are raw HTML, so the whole output
is checked here after both languages are built. Every file is scanned once, with regular
expressions (the pages are MkDocs' own well-formed output; html.parser was 10x slower).
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that make the browser fetch something by itself (a request, not a link).
FETCHING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("frame", "src"),
            ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
            ("track", "src"), ("input", "src"), ("object", "data"), ("img", "srcset"),
            ("source", "srcset"), ("video", "poster")}
# <link rel=…> values that only name a URL; every other <link> makes the browser fetch.
NAMING_RELS = {"alternate", "canonical", "prev", "next"}
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>|<style[^>]*>(.*?)</style>", re.S)
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")
_SKIP = re.compile(r"<(script|pre|code|textarea)\b[^>]*>.*?</\1>", re.S | re.I)


@dataclass
class Scanned:
    """What one file refers to: (tag, attribute, value, rel) links, ids, and CSS text."""

    links: list[tuple[str, str, str, str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    css: str = ""


def _scan_html(text: str) -> Scanned:
    out = Scanned()
    styles = []
    # Script bodies and code samples may contain '<a href=…>' strings that are not markup.
    text = _SKIP.sub(lambda m: m.group(0)[: m.group(0).find(">") + 1], text)
    for m in _TAG.finditer(text):
        if m.group(3) is not None:
            styles.append(m.group(3))
            continue
        tag = m.group(1).lower()
        attrs = {}
        for a in _ATTR.finditer(m.group(2) or ""):
            value = a.group(2) if a.group(2) is not None else a.group(3) or a.group(4)
            if value is not None:
                attrs[a.group(1).lower()] = html.unescape(value)
        if "id" in attrs:
            out.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            out.ids.add(attrs["name"])
        if "style" in attrs:
            styles.append(attrs["style"])
        rel = attrs.get("rel", "").lower()
        for name in ("href", "src", "data", "poster", "srcset", "action"):
            if name in attrs:
                out.links.append((tag, name, attrs[name], rel))
    out.css = "\n".join(styles)
    return out


def scan(site: Path) -> dict[str, Scanned]:
    """Every HTML and CSS file of the built site, by path relative to the site root."""
    files = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            files[rel] = _scan_html(path.read_text(encoding="utf-8"))
        elif path.suffix == ".css":
            files[rel] = Scanned(css=path.read_text(encoding="utf-8", errors="replace"))
    return files


def _is_external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme not in ("", "data")


def external_requests(site: Path, scanned: dict[str, Scanned] | None = None) -> list[str]:
    """Every place where the built site would make the browser call another origin."""
    problems = []
    for rel, info in (scanned or scan(site)).items():
        for tag, attr, value, link_rel in info.links:
            fetches = (tag, attr) in FETCHING or (
                tag == "link" and attr == "href" and not set(link_rel.split()) <= NAMING_RELS)
            candidates = [value]
            if attr == "srcset":
                candidates = [v.split()[0] for v in value.split(",") if v.strip()]
            if fetches and any(_is_external(v) for v in candidates):
                problems.append(f"{rel}: <{tag} {attr}={value}>")
        for m in [*_CSS_URL.finditer(info.css), *_IMPORT.finditer(info.css)]:
            if _is_external(m.group(1)):
                problems.append(f"{rel}: url({m.group(1)})")
    return problems


def broken_links(site: Path, scanned: dict[str, Scanned] | None = None) -> list[str]:
    """Internal links (with their #fragments) that point at nothing in the built site."""
    scanned = scanned or scan(site)
    existing = {p.relative_to(site).as_posix() for p in site.rglob("*")}
    problems = []
    for rel, info in scanned.items():
        if rel.endswith("404.html"):
            continue  # served for any missing URL, so MkDocs makes its links absolute
        folder = posixpath.dirname(rel)
        for tag, attr, value, _ in info.links:
            if attr not in ("href", "src") or _is_external(value) or value.startswith("data:"):
                continue
            parts = urlsplit(value)
            target = rel
            if parts.path:
                if parts.path.startswith("/"):
                    problems.append(f"{rel}: {value} is absolute (breaks under a sub-path)")
                    continue
                target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
                if target.startswith("../") or target == "..":
                    problems.append(f"{rel}: {value} leaves the site")
                    continue
                if target == ".":
                    target = "index.html"
                elif parts.path.endswith("/") or (target in existing and target + "/index.html" in existing):
                    target = target + "/index.html"
            if target not in existing:
                problems.append(f"{rel}: {value} not found")
            elif parts.fragment and tag == "a" and target in scanned:
                if unquote(parts.fragment) not in scanned[target].ids:
                    problems.append(f"{rel}: {value}: no such anchor")
    return problems
