"""What each page of one language contributes to search: title, text, labels and aliases."""

from __future__ import annotations

import html
import re

from ..kinds import KINDS
from ..site.i18n import label
from ..site.model import Page, Site
from ..turkish import slugify

# Kinds whose display names are searchable on a practice page (kb.kinds: status and evidence
# level are filters, not words anyone types to find a practice).
META_FACETS = tuple(k.id for k in KINDS if k.search_meta)
# Kinds whose vocabulary terms may carry `aliases`: the words people search with instead of
# the label ("elderly" for "Older people", "diş hekimi" for "Ağız ve diş sağlığı").
ALIAS_FACETS = {k.id: k.vocabulary for k in KINDS if k.aliases}
ALIAS_VOCABULARIES = set(ALIAS_FACETS.values())  # their own pages are found by them too


_TAG = re.compile(r"<[^>]*>")


def html_text(html_fragment: str) -> str:
    """The visible text of an HTML fragment the site made, whitespace collapsed.

    Tags become spaces (<li>a</li><li>b</li> must not become "ab"), then character
    references are decoded. A regular expression suffices, as for the site check: the
    fragment is the site's own well-formed, escaped HTML (contributor text comes out of the
    sanitiser, comments stripped), and html.parser was five times slower on list pages.
    """
    return " ".join(html.unescape(_TAG.sub(" ", html_fragment)).split())


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"^\s{0,3}(#{1,6}|[-*+>]|\d+\.)\s+|[*_`|]+|<[^>]+>|\{[:#.][^}]*\}", re.M)


def plain_markdown(text: str) -> str:
    """The words of Markdown without its markup (links keep their text)."""
    return " ".join(_MD_MARKS.sub(" ", _MD_LINK.sub(r"\1", text)).split())


def markdown_text(text: str) -> tuple[str, str]:
    """(title, plain text) of a hand-written Markdown page: the H1 and the words without markup."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        text = text[end + 4:] if end > 0 else text
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
    return title, plain_markdown(text)


def practice_meta(site: Site, p: dict) -> list[str]:
    """Display names a practice is found by: municipality, province, themes, partners..."""
    meta = [site.name(kind, value) for kind, value in site.facets(p) if kind in META_FACETS]
    country = site.municipality_of(p).get("country")
    if country in site.lib.vocabularies.get("countries", {}):
        meta.append(label(site.lib.vocabularies["countries"][country], site.lang))
    for partner in p.get("partners", []):
        found = site.lib.record(partner["organisation"])
        if found:
            meta.append(site.name(found[0], partner["organisation"]))
    return list(dict.fromkeys(meta))  # keep order, drop repeats


def term_aliases(term: dict, lang: str) -> list[str]:
    """The search aliases of a vocabulary term in one language (none if it has none)."""
    return [str(a) for a in (term.get("aliases") or {}).get(lang, [])]


def practice_aliases(site: Site, p: dict) -> list[str]:
    """Aliases of the themes and target groups a practice is filed under."""
    out: list[str] = []
    for kind, value in site.facets(p):
        if kind in ALIAS_FACETS:
            out += term_aliases(site.term(kind, value), site.lang)
    return list(dict.fromkeys(out))


class Documents:
    """The search document of each page of one language, one page at a time."""

    def __init__(self, site: Site):
        self.site = site
        self.vocabulary_pages = {f"{name}/{slugify(str(id_))}/": term
                                 for name in ALIAS_VOCABULARIES
                                 for id_, term in site.lib.vocabularies.get(name, {}).items()}

    def of(self, page: Page) -> dict:
        """A generated page's document."""
        site = self.site
        kind = page.url.split("/", 1)[0] or "home"
        doc = {"url": page.url, "title": page.title, "kind": kind,
               "text": plain_markdown(page.text) if page.text else html_text(page.body)}
        if kind == "practices":
            practice = site.practices[page.url.split("/")[1]]
            doc["meta"] = practice_meta(site, practice)
            doc["aliases"] = practice_aliases(site, practice)
        elif page.url in self.vocabulary_pages:
            doc["aliases"] = term_aliases(self.vocabulary_pages[page.url], site.lang)
        return doc


def written_documents(written: dict[str, str]) -> list[dict]:
    """The documents of hand-written pages: file name → Markdown text."""
    docs = []
    for name, text in written.items():
        if not name.endswith(".md"):
            continue
        url = "" if name == "index.md" else name[: -len("index.md")] if name.endswith("/index.md") \
            else name[:-3] + "/"
        title, plain = markdown_text(text)
        docs.append({"url": url, "title": title or url.strip("/"), "text": plain, "kind": "page"})
    return docs


def documents(site: Site, pages: list[Page], written: dict[str, str]) -> list[dict]:
    """Search documents of one language: generated pages and hand-written ones."""
    of = Documents(site).of
    return [of(page) for page in pages] + written_documents(written)
