"""The line practice and record pages end with: where a reader who finds a wrong or
outdated fact tells the editors (the correction form, kb.forms, filled in with the page)."""

from __future__ import annotations

from markupsafe import Markup

from ..forms import correction_url
from .html import external, h
from .i18n import t
from .model import Site


def correction(site: Site, subject: str, title: str, url: str) -> Markup:
    """'Report a correction' for the page of `subject` (a practice or record id) at `url`;
    nothing where the site has no repository to send it to."""
    if not site.repository:
        return Markup("")
    lang = site.lang
    form = external(correction_url(site.repository, subject, title, url), t("correct_link", lang))
    return h('<p class="kb-correct">{} {}. {}</p>', t("correct_ask", lang), form,
             t("correct_how", lang))
