"""Atom feeds (RFC 4287): one per language of the practices, the most recently verified first.

The Turkish feed is feed.xml, the English en/feed.xml: each language's site has its own, at
the same path from its root, like every page. An entry is updated when the practice was last
verified: the data records no other date of a change, and none of first publication, so
entries have no <published>. Every date comes from the data (the feed's own <updated> is its
newest entry's), so the same library gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

from ..languages import site_path
from .i18n import t
from .model import Site, index_url, newest, url_for

FEED = "feed.xml"  # in each language's site
MAX_ENTRIES = 50  # a reader polls the feed often: the newest only, never the whole library
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Ids are tag URIs (RFC 4151), not addresses: they stay the same if the site moves to another
# address, so a reader does not show every practice as new again. Never change this.
TAG = "tag:ortak-akil.github.io,2026:"


def _stamp(day: str | dt.date) -> str:
    return f"{day}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _entry(feed: ET.Element, site: Site, pid: str, base_url: str) -> None:
    lang = site.lang
    p = site.practices[pid]
    text, content_lang = site.text(p)
    entry = _add(feed, "entry")
    if content_lang != lang:  # a practice not translated yet: its title and summary are not
        entry.set(XML_LANG, content_lang)
    _add(entry, "id", f"{TAG}{lang}/practices/{pid}")
    _add(entry, "title", text["title"])
    _add(entry, "link", rel="alternate", type="text/html",
         href=base_url + site_path(lang, url_for("practice", pid)))
    _add(entry, "updated", _stamp(p["last_verified"]))
    author = _add(entry, "author")
    _add(author, "name", site.name("municipality", p["municipality"]))
    _add(author, "uri", base_url + site_path(lang, url_for("municipality", p["municipality"])))
    for theme in p["themes"]:
        _add(entry, "category", term=theme, label=site.name("theme", theme),
             scheme=base_url + site_path(lang, index_url("theme")))
    _add(entry, "summary", text["summary"])


def atom_feed(site: Site, base_url: str, today: dt.date, size: int = MAX_ENTRIES) -> bytes:
    """The Atom feed of one language's site: its `size` most recently verified practices.

    today: the feed's <updated> when it has no entry (the build's day, kb.clock).
    """
    lang = site.lang
    ids = [pid for pid in newest(site, len(site.practices))
           if not site.practices[pid].get("draft")][:size]
    # Names without a namespace and xmlns written as an attribute: ElementTree would otherwise
    # prefix every element (ns0:entry) or refuse the unprefixed attributes Atom uses.
    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
    _add(feed, "id", f"{TAG}{lang}/feed")
    _add(feed, "title", t("feed_title", lang))
    _add(feed, "subtitle", t("feed_subtitle", lang))
    _add(feed, "link", rel="self", type="application/atom+xml",
         href=base_url + site_path(lang, FEED))
    _add(feed, "link", rel="alternate", type="text/html", href=base_url + site_path(lang))
    _add(feed, "updated", _stamp(site.practices[ids[0]]["last_verified"] if ids else today))
    _add(_add(feed, "author"), "name", t("cite_author", lang))
    _add(feed, "rights", "CC BY 4.0")
    for pid in ids:
        _entry(feed, site, pid, base_url)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def feed_files(sites: list[Site], base_url: str, today: dt.date) -> dict[str, bytes]:
    """Site path → the feed of each language built."""
    return {site_path(site.lang, FEED): atom_feed(site, base_url, today) for site in sites}
