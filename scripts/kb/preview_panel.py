"""`kb serve`'s warnings in the browser: a panel on each page, in the page's language.

A warning never stops the site (an error does, and every page then shows the errors), so a
contributor previewing a draft would meet its warnings only in the terminal. The preview adds
a panel to the pages it serves, never to the built site: first the warnings of the files the
page is made from (a practice's whole folder), then the number of the others, listed below
it. Everything in it is escaped; it is not printed.
"""

from __future__ import annotations

import html
import posixpath

from .diagnostics import Diagnostic, format_text
from .languages import BY_CODE, CODES, FIRST
from .layout import PRACTICES

PANEL_ID = "kb-serve-warnings"
_WORDS = {
    "tr": ("kb serve: bu sayfada {here} uyarı", "Kütüphanenin geri kalanında {rest} uyarı",
           "Uyarılar siteyi durdurmaz; hatalar durdurur.", "kb serve: {rest} uyarı (başka sayfalarda)"),
    "en": ("kb serve: {here} warning(s) on this page", "{rest} elsewhere in the library",
           "Warnings do not stop the site; errors do.", "kb serve: {rest} warning(s) (on other pages)"),
}
_STYLE = (f"<style>#{PANEL_ID}{{position:fixed;right:1rem;bottom:1rem;z-index:10;"
          "max-width:min(40rem,calc(100vw - 2rem));max-height:60vh;overflow:auto;"
          "background:#fff8e1;color:#222;border-left:4px solid #b26a00;padding:.5rem 1rem;"
          "font:14px/1.45 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25)}"
          f"#{PANEL_ID} pre{{white-space:pre-wrap;margin:.5rem 0;font-size:13px}}"
          f"#{PANEL_ID} summary{{cursor:pointer;font-weight:600}}"
          f"@media print{{#{PANEL_ID}{{display:none}}}}</style>")


def page_sources(languages) -> dict[str, str]:
    """The address of each page made from a repository file ('/en/practices/x/') → the
    files it is made from: a practice's folder ('practices/x/'), or a hand-written page's file."""
    out = {}
    for language, _ in languages:
        for page in language.pages:
            if page.source:
                own = (posixpath.dirname(page.source) + "/"
                       if page.source.startswith(f"{PRACTICES}/") else page.source)
                out["/" + BY_CODE[language.lang].root + page.url] = own
    return out


def page_language(path: str) -> str:
    """The language of the site a served address belongs to."""
    inner = [c for c in CODES if BY_CODE[c].root and path.startswith("/" + BY_CODE[c].root)]
    return inner[0] if inner else FIRST


class Panel:
    """The panel of the last good rebuild: each warning written out once per language, and
    the files each page is made from; html(path) picks a page's share."""

    def __init__(self, warnings: list[Diagnostic], languages):
        self.sources = page_sources(languages)
        self.lines = {lang: [(d.file, format_text([d], lang)) for d in warnings] for lang in CODES}

    def html(self, path: str) -> str:
        """The panel for the page at this address, or '' when the library has no warning."""
        lang = page_language(path)
        if not self.lines[lang]:
            return ""
        page = path[: -len("index.html")] if path.endswith("/index.html") else path
        own = self.sources.get(page if page.endswith("/") else page + "/")
        here, rest = [], []
        for file, text in self.lines[lang]:
            mine = own and (file == own or (own.endswith("/") and file.startswith(own)))
            (here if mine else rest).append(text)
        on_page, elsewhere, note, only_rest = _WORDS[lang]

        def listed(texts: list[str]) -> str:
            joined = "\n".join(texts)
            return f"<pre>{html.escape(joined)}</pre>"

        parts = [f'<details id="{PANEL_ID}" lang="{lang}"{" open" if here else ""}>']
        if here:
            parts += [f"<summary>{html.escape(on_page.format(here=len(here)))}</summary>",
                      listed(here)]
            if rest:
                parts += [f"<details><summary>{html.escape(elsewhere.format(rest=len(rest)))}"
                          f"</summary>{listed(rest)}</details>"]
        else:
            parts += [f"<summary>{html.escape(only_rest.format(rest=len(rest)))}</summary>",
                      listed(rest)]
        parts += [f"<p>{html.escape(note)}</p></details>"]
        return _STYLE + "".join(parts)
