"""Build the whole bilingual site: validate, make every page, render, index, check, publish.

The pages are the core's (kb.site), the frame the renderer's (kb.render.mkdocs), the search
index the search engine's (kb.search); the output folder is replaced only by a build that
passed every check (kb.output).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .clock import today
from .diagnostics import Diagnostic
from .languages import CODES, site_path
from .library import load_library
from .output import staging
from .render.mkdocs import render
from .search.documents import documents as search_documents
from .search.shards import write_index
from .site.feed import feed_files
from .site.opendata import files as opendata_files
from .site.pages import LanguageSite, language_site
from .site.settings import site_url
from .site.sitemap import sitemap_xml
from .sitecheck import check_output


@dataclass
class BuildResult:
    """What a build produced: validator findings, and renderer and site-check problems."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)  # lang → number of pages

    @property
    def ok(self) -> bool:
        return not self.problems and not any(d.severity == "error" for d in self.diagnostics)


def language_documents(language: LanguageSite) -> list[dict]:
    """The search documents of one language's pages (kb.search.documents)."""
    generated = [p for p in language.pages if not p.markdown]
    written = {p.source.split("/", 2)[2]: p.body for p in language.pages if p.markdown
               and p.source}
    return search_documents(language.site, generated, written)


def _search(language: LanguageSite, site_dir: Path) -> None:
    write_index(site_dir, language_documents(language), language.lang)


def build_into(root: Path, site: Path, work: Path, langs: tuple[str, ...], drafts: bool,
               result: BuildResult, lib=None, base: str = "") -> None:
    """Make, render, index and check the site into an empty folder; problems into result.

    base: the address the site is served at (default: mkdocs.yml's site_url).
    """
    day = today()
    if lib is None:
        lib, result.diagnostics = load_library(root, day)
        if not result.ok:
            return
    base = base or site_url(root)
    languages = [language_site(lib, root / "docs", lang, day, base, drafts) for lang in langs]
    result.pages = {lang.lang: len(lang.pages) for lang in languages}
    result.problems += render(languages, site, work, root, base)
    if result.problems:
        return
    for language in languages:
        _search(language, site / site_path(language.lang))
    files = opendata_files(lib, base)
    files.update(feed_files([s.site for s in languages], base, day))
    files["sitemap.xml"] = sitemap_xml({s.lang: [p.url for p in s.pages] for s in languages},
                                       base)
    for path, data in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    pages = [site_path(s.lang, p.url) + "index.html" for s in languages for p in s.pages]
    result.problems += check_output(site, pages, complete=set(langs) == set(CODES))


def build_site(root: Path, out: Path, langs: tuple[str, ...] = CODES, drafts: bool = False
               ) -> BuildResult:
    """Build Turkish into out/ and English into out/en/; nothing is written on errors.

    The output folder must be one an earlier build made (or new, or empty): see kb.output.
    """
    root, out = Path(root).resolve(), Path(out).resolve()
    result = BuildResult()
    lib, result.diagnostics = load_library(root, today())
    if not result.ok:
        return result
    with staging(out, root) as stage:
        build_into(root, stage.site, stage.tmp, langs, drafts, result, lib)
        if not result.problems:
            stage.commit()
    return result
