"""The bilingual site as plain data: every page, the navigation, open data and the sitemap.

Nothing here imports a rendering engine (kb.render does that), so the pages outlive any one
of them. Search documents are derived from these pages by kb.search.documents.
"""

from __future__ import annotations

from .model import Page, Site, url_for
from .pages import LanguageSite, language_site

__all__ = ["Page", "Site", "url_for", "LanguageSite", "language_site"]
