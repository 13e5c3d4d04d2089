"""Material's JavaScript, changed where it would make requests the site does not want.

Material fetches a sitemap.xml next to every <link rel="alternate"> of a page, to switch
languages in place. The pages' only alternate is their language's Atom feed (kb.site.feed),
next to which that fetch is a request on every page view (and a 404 under en/). The patch
keeps Material to the alternates with an hreflang, the only ones that name another language
of the page; the pages have none (their language alternates are in the site's sitemap.xml).

Each patch must match Material's bundle exactly once: an upgrade that changes the bundle
fails the build instead of bringing the request back unnoticed.
"""

from __future__ import annotations

from pathlib import Path

BUNDLE = "assets/javascripts/bundle.*.min.js"
PATCHES = [('M("link[rel=alternate]")', 'M("link[rel=alternate][hreflang]")')]


def patch_bundle(site_dir: Path) -> list[str]:
    """Patch Material's bundle in a rendered language site; problems, none on success."""
    bundles = sorted(site_dir.glob(BUNDLE))
    if len(bundles) != 1:
        return [f"Material's JavaScript bundle: {len(bundles)} files match {BUNDLE}, not 1"]
    text = bundles[0].read_text(encoding="utf-8")
    for old, new in PATCHES:
        if text.count(old) != 1:
            return [f"{bundles[0].name}: {old} occurs {text.count(old)} times, not once: "
                    "Material changed; see kb.render.mkdocs.patches"]
        text = text.replace(old, new)
    bundles[0].write_text(text, encoding="utf-8")
    return []
