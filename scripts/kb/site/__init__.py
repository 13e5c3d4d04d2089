"""The bilingual site: pure-Python page generation (generate), checks, and a MkDocs adapter.

Search documents are derived from the generated pages by kb.search.documents.
"""

from __future__ import annotations

from .generate import generate, write
from .model import Page, Site, url_for

__all__ = ["generate", "write", "Page", "Site", "url_for"]
