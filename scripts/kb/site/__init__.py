"""The bilingual site: pure-Python page generation (generate), checks, and a MkDocs adapter."""

from __future__ import annotations

from .generate import generate, search_documents, write
from .model import Page, Site, url_for

__all__ = ["generate", "search_documents", "write", "Page", "Site", "url_for"]
