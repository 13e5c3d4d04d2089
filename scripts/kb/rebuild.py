"""kb serve's rebuilds: the first a full build, each later one only what the saved files touch.

After a save that changed nothing but practice folders, the library is loaded again from
what did not change (kb.loadcache) and the files that did; each language's pages that show
a changed practice are made again (kb.site.depends), the others kept; they are filled into
the frames MkDocs made last time (MkDocs runs again only if what it is given changed) and
only the files whose content changed are rewritten (kb.render.mkdocs.update). The search
indexes, feeds and data files follow (follow(), then publish()): a page shows the change first.

Anything else (a record, a vocabulary, a hand-written page, the theme, another day) makes a
full build into a new folder. Either way the result is the site a full build of the same
files makes, byte for byte (tests/site/test_incremental.py).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from .build import (
    BuildResult,
    Built,
    build_into,
    project_styles,
    search_index,
    sitemap,
    url_path,
    write_files,
)
from .clock import today
from .languages import CODES, site_path
from .layout import DOCS
from .library import Library, load_library
from .loadcache import LoadCache
from .render.mkdocs import Rendered, WrittenParts
from .render.mkdocs.update import update_language, write_if_changed
from .search.shards import FOLDER
from .site.depends import kept_pages
from .site.feed import feed_files
from .site.model import Site
from .site.opendata import files as opendata_files
from .site.pages import LanguageSite, language_site
from .sitecheck import check_output


class Rebuilds:
    """The state kept between two rebuilds of one preview."""

    def __init__(self, root: Path, drafts: bool, base: str):
        self.root, self.drafts, self.base = root, drafts, base
        self.loads = LoadCache()
        self.site: Path | None = None  # the folder the last good rebuild is in
        self.lib: Library | None = None
        self.day: dt.date | None = None
        self.languages: list[tuple[LanguageSite, Rendered]] = []
        self.data: set[str] = set()  # the data files in the site (site paths)
        # Whether the search indexes and data files lag the pages (follow() catches up).
        self.behind = False

    def can_update(self, changed: set[str] | None) -> bool:
        """Whether an update in place will do for these changed practice folders."""
        return changed is not None and bool(self.languages) and self.day == today()

    def full(self, site: Path, work: Path) -> BuildResult:
        """A full build into an empty folder; kept for later updates if it succeeds."""
        self.behind = False
        result = BuildResult()
        day = today()
        lib, result.diagnostics = load_library(self.root, day, lean=True, cache=self.loads)
        if not result.ok:
            return result
        languages: list = []
        build_into(self.root, site, work, CODES, self.drafts, result, lib, self.base,
                   keep=languages)
        if result.ok:
            self.site, self.lib, self.day, self.languages = site, lib, day, languages
            self.data = set(result.data)
        else:
            self.languages = []
        return result

    def update(self, changed: set[str], work: Path) -> BuildResult:
        """Update the last good site in place after the practice folders `changed` changed."""
        result = BuildResult()
        lib, result.diagnostics = load_library(self.root, self.day, lean=True, cache=self.loads)
        if not result.ok:
            return result
        self.behind = True  # from the first page written
        updated, checks = [], []
        for language, rendered in self.languages:
            lang = language.lang
            site = Site(lib, lang, self.drafts)
            kept = kept_pages(language, site, changed)
            new = language_site(lib, self.root / DOCS, lang, self.day, self.base, self.drafts,
                                kept)
            live = self.site / site_path(lang)
            now, written = update_language(new, rendered, live, work, self.root, self.base)
            if now.problems:
                self.languages, self.behind = [], False  # the next rebuild is a full one
                result.problems += [f"[{lang}] {p}" for p in now.problems]
                return result
            updated.append((new, now))
            if now.key != rendered.key:  # MkDocs ran again: check the whole language
                written = [p.url for p in new.pages]
            checks.append((new, now, written))
        self.lib, self.languages = lib, updated
        for new, now, written in checks:
            pages = [site_path(new.lang, url) + "index.html" for url in written]
            result.problems += check_output(self.site, pages, True, url_path(self.base),
                                            WrittenParts(now), project_styles(self.root, new.lang))
        result.pages = {new.lang: len(new.pages) for new, _ in updated}
        if result.problems:
            self.languages, self.behind = [], False
        return result

    def follow(self, folder: Path) -> None:
        """What follows the last update's pages, into an empty folder laid out as the site:
        each language's search index and feed, the data files, the sitemap. It writes
        nothing else, so kb serve runs it in a process of its own, stopped by the next save."""
        for language, _ in self.languages:
            search_index(language, folder / site_path(language.lang))
        built = [Built(lang.lang, [p.url for p in lang.pages]) for lang, _ in self.languages]
        write_files(folder, opendata_files(self.lib, self.base))
        write_files(folder, {"sitemap.xml": sitemap(built, self.base),
                             **feed_files([lang.site for lang, _ in self.languages], self.base,
                                          self.day)})

    def publish(self, folder: Path) -> None:
        """Move what follow() wrote into the site: each search index as a whole folder, the
        files that changed by a rename; data files no longer made are removed."""
        indexes = [site_path(lang.lang, f"search/{FOLDER}") for lang, _ in self.languages]
        for index in indexes:
            live, old = self.site / index, folder / "old" / index
            old.parent.mkdir(parents=True, exist_ok=True)
            if live.exists():
                live.rename(old)
            (folder / index).rename(live)
        shutil.rmtree(folder / "old")
        data = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        for path in sorted(data):
            write_if_changed(self.site / path, (folder / path).read_bytes())
        for path in self.data - data:
            (self.site / path).unlink(missing_ok=True)
        self.data, self.behind = data, False

    def finish(self) -> None:
        """follow() and publish() here and now, if the last update left them to do."""
        if self.behind:
            folder = self.site.parent / "follow"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            self.follow(folder)
            self.publish(folder)
            shutil.rmtree(folder)
