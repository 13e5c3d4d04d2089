"""sitemap.xml: every page of both languages, each with its other-language alternates.

The alternates live here rather than in every page's head: Material fetches sitemap.xml
next to each <link rel="alternate"> it finds, three requests on every page view.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..languages import CODES, FIRST, site_path


def sitemap_xml(urls_by_lang: dict[str, list[str]], base_url: str) -> bytes:
    """The sitemap of the whole site; a page in every language lists them all as alternates."""
    everywhere = set.intersection(*(set(urls) for urls in urls_by_lang.values()))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for lang in CODES:
        for url in sorted(urls_by_lang.get(lang, [])):
            lines.append(f"<url><loc>{escape(base_url + site_path(lang, url))}</loc>")
            if url in everywhere:
                for other in CODES:
                    href = quoteattr(base_url + site_path(other, url))
                    lines.append(f'<xhtml:link rel="alternate" hreflang="{other}" href={href}/>')
                href = quoteattr(base_url + site_path(FIRST, url))
                lines.append(f'<xhtml:link rel="alternate" hreflang="x-default" href={href}/>')
            lines.append("</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")
