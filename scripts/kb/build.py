"""Build the whole bilingual site: validate, make every page, render, index, check, publish.

The pages are the core's (kb.site), the frame the renderer's (kb.render.mkdocs), the search
index the search engine's (kb.search); the output folder is replaced only by a build that
passed every check (kb.output).

Each language is made on a core of its own (kb.forked), from the library loaded once: its
pages, their rendering, its search index and feed, and, once every language is in place, the
check of its pages. The first language is made in a forked process, which also writes the
open data's tables; the parent writes the rest of the open data files (pages link to them
all), then makes the last language itself. Pages are made one at a time as they are
written (kb.site.pages, defer), so that no build holds them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .clock import today
from .diagnostics import Diagnostic
from .forked import run_jobs
from .languages import CODES, site_path
from .layout import DOCS
from .library import Library, load_library
from .output import staging
from .render.mkdocs import WrittenParts, place, run_mkdocs, write_page
from .search.documents import Documents, written_documents
from .search.documents import documents as search_documents
from .search.index import IndexBuilder
from .search.shards import Fragments, write_index
from .search.shards import write as write_search
from .settings import PROJECT_ROOT, site_url
from .site.feed import feed_files
from .site.opendata import RECORDS, TABLES, Content, Side
from .site.opendata import files as opendata_files
from .site.pages import LanguageSite, language_site
from .site.sitemap import sitemap_xml
from .sitecheck import check_output


@dataclass
class BuildResult:
    """What a build produced: validator findings, and renderer and site-check problems."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)  # lang → number of pages
    data: list[str] = field(default_factory=list)  # site paths of the data files written

    @property
    def ok(self) -> bool:
        return not self.problems and not any(d.severity == "error" for d in self.diagnostics)


@dataclass
class Job:
    """What every language's build shares: the library, the day, and where things go."""

    lib: Library
    root: Path
    site: Path
    work: Path
    day: dt.date
    base: str
    drafts: bool
    complete: bool  # every language is built (else links into another are not followed)
    defer: bool = True  # pages made one at a time as they are written, none kept whole


@dataclass
class Built:
    """One language's build as the parent hears of it."""

    lang: str
    urls: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)  # site paths of the data files it wrote


def _written(language: LanguageSite) -> dict[str, str]:
    """The hand-written pages' Markdown, by file name."""
    return {p.source.split("/", 2)[2]: p.body for p in language.pages if p.markdown and p.source}


def language_documents(language: LanguageSite) -> list[dict]:
    """The search documents of one language's pages (hand-written ones as their Markdown)."""
    return search_documents(language.site, [p for p in language.pages if not p.markdown],
                            _written(language))


def search_index(language: LanguageSite, site_dir: Path) -> None:
    """The language's search index (kb.search.shards), into its site folder."""
    write_index(site_dir, language_documents(language), language.lang)


def project_styles(root: Path, lang: str) -> list[str]:
    """The site paths of the stylesheets this project wrote (its overrides), not Material's."""
    overrides = root / "overrides"
    if not overrides.is_dir():
        overrides = PROJECT_ROOT / "overrides"
    return sorted(site_path(lang, p.relative_to(overrides).as_posix())
                  for p in overrides.rglob("*.css"))


def make_language(job: Job, lang: str):
    """The first phase: one language's pages rendered into place, its search index and feed.

    Each generated page is made whole only to be written, indexed and captured for the
    check (language_site(defer=True)), unless the pages are kept for updates (job.defer off).
    """
    language = language_site(job.lib, job.root / DOCS, lang, job.day, job.base, job.drafts,
                             defer=job.defer)
    built = job.work / f"site-{lang}"
    rendered = run_mkdocs(language, built, job.work, job.root, job.base)
    if rendered.problems:
        return language, rendered, None
    parts = WrittenParts(rendered)
    index = IndexBuilder(lang, Fragments(built / "search"))
    documents = Documents(language.site)
    for outline in rendered.generated:
        page = language.full(outline)
        write_page(rendered, page, built)
        index.add(documents.of(page))
        parts.capture(page)
    for document in written_documents(_written(language)):
        index.add(document)
    write_search(built / "search", index.finish())
    place(built, job.site / site_path(lang))
    write_files(job.site, feed_files([language.site], job.base, job.day))
    return language, rendered, parts


def check_language(job: Job, state) -> Built:
    """The second phase, with every language in place: the check of this language's pages."""
    language, rendered, parts = state
    out = Built(language.lang, [p.url for p in language.pages])
    if rendered.problems:
        out.problems = [f"[{language.lang}] {p}" for p in rendered.problems]
        return out
    pages = [site_path(language.lang, p.url) + "index.html" for p in language.pages]
    # A language whose rendering failed is not in place: its problems are told, and links
    # into it from this one would add one false "no such file" per page.
    complete = job.complete and all((job.site / site_path(lang) / "index.html").is_file()
                                    for lang in CODES)
    out.problems = check_output(job.site, pages, complete, url_path(job.base), parts,
                                project_styles(job.root, language.lang))
    return out


def url_path(base: str) -> str:
    """The path part of the site's address: '/ortak-akil/'."""
    return urlsplit(base).path or "/"


def build_into(root: Path, site: Path, work: Path, langs: tuple[str, ...], drafts: bool,
               result: BuildResult, lib=None, base: str = "", keep: list | None = None) -> None:
    """Make, render, index and check the site into an empty folder; problems into result.

    base: the address the site is served at (default: mkdocs.yml's site_url). keep: a list
    to receive each language's (LanguageSite, Rendered), for updates to follow (kb serve).
    """
    day = today()
    if lib is None:
        lib, result.diagnostics = load_library(root, day, lean=True)
        if not result.ok:
            return
    base = base or site_url(root)
    job = Job(lib, root, site, work, day, base, drafts, set(langs) == set(CODES),
              defer=keep is None)

    def first(lang: str) -> tuple:
        # The first language's process also writes the tables of the open data, the parent
        # the rest of it meanwhile (between): the two processes end about together.
        tables = write_files(site, opendata_files(lib, base, TABLES)) if lang == langs[0] else []
        return make_language(job, lang), tables

    def second(state) -> tuple[Built, tuple | None]:
        # A language's state comes back from its process only when it is asked for.
        language, tables = state
        built = check_language(job, language)
        built.data = tables
        return built, language[:2] if keep is not None else None

    outcomes, written = run_jobs([(lambda lang=lang: first(lang), second) for lang in langs],
                                 between=lambda: write_files(site, opendata_files(lib, base,
                                                                                  RECORDS)))
    built = [b for b, _ in outcomes]
    if keep is not None:
        keep += [state for _, state in outcomes]  # (LanguageSite, Rendered)
    result.pages = {b.lang: len(b.urls) for b in built}
    for b in built:
        result.problems += b.problems
        written += b.data
    if not result.problems:
        result.data = written + write_files(site, {"sitemap.xml": sitemap(built, base)})


def sitemap(built: list[Built], base: str) -> bytes:
    """sitemap.xml of the languages built."""
    return sitemap_xml({b.lang: b.urls for b in built}, base)


def write_files(site: Path, files: Mapping[str, Content] | Iterable[tuple[str, Content]]
                ) -> list[str]:
    """Write data files (site path → content, or such pairs one at a time) into the site;
    their paths. A content in pieces is written piece by piece, and the Side files among
    them each into a file of its own."""
    written, folders = [], set()

    def opened(path: str):
        target = site / path
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        written.append(path)
        return open(target, "wb")

    for path, data in files.items() if isinstance(files, Mapping) else files:
        with opened(path) as out:
            if isinstance(data, bytes):
                out.write(data)
                continue
            for piece in data:
                if isinstance(piece, Side):
                    with opened(piece.path) as side:
                        side.write(piece.data)
                else:
                    out.write(piece)
    return written


def build_site(root: Path, out: Path, langs: tuple[str, ...] = CODES, drafts: bool = False
               ) -> BuildResult:
    """Build Turkish into out/ and English into out/en/; nothing is written on errors.

    The output folder must be one an earlier build made (or new, or empty): see kb.output.
    """
    root, out = Path(root).resolve(), Path(out).resolve()
    result = BuildResult()
    lib, result.diagnostics = load_library(root, today(), lean=True)
    if not result.ok:
        return result
    with staging(out, root) as stage:
        build_into(root, stage.site, stage.tmp, langs, drafts, result, lib)
        if not result.problems:
            stage.commit()
    return result
