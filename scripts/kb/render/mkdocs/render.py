"""Render a language's pages with MkDocs: the hand-written pages and the shells, then the
generated pages in the shells' frames."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath
import re
import shutil
import sys
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jinja2 import TemplateError

from ...languages import site_path
from ...loadcache import files_digest
from ...settings import site_description
from ...site.model import Page
from ...site.pages import LanguageSite
from ...sitecheck import Scanned, Written, scan_html
from .config import language_config
from .patches import patch_bundle
from .shells import (
    BODY,
    Frame,
    Shell,
    ShellError,
    filled_page,
    frame_of,
    page_meta,
    shell_markdown,
)

# MkDocs 1.6 prints a notice about MkDocs 2.0 on every run; it is no finding of ours.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _mkdocs(cfg: dict, work: Path) -> list[str]:
    """Run one strict MkDocs build; return its warnings (none means success)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    path = work / f"mkdocs.{cfg['theme']['language']}.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    level = logger.level
    logger.setLevel(logging.WARNING)  # its INFO lines (pages out of the nav) are by design
    try:
        build(load_config(config_file=str(path), strict=True))
    except (Abort, ConfigurationError) as exc:
        if not collector.messages:
            collector.messages.append(str(exc))
    except TemplateError as exc:  # a theme override that does not render: the project's file
        collector.messages.append(_template_problem(exc, Path(cfg["theme"]["custom_dir"])))
    finally:
        logger.removeHandler(collector)
        logger.setLevel(level)
    return collector.messages


def _template_problem(exc: TemplateError, overrides: Path) -> str:
    """Where a template failed (the override's line, as Jinja's traceback gives it) and why."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".html")]
    ours = [f for f in frames if Path(f.filename).is_relative_to(overrides)]
    line = getattr(exc, "lineno", None)
    name = getattr(exc, "filename", None)
    if ours:
        name, line = ours[-1].filename, ours[-1].lineno
    elif frames and not name:
        name, line = frames[-1].filename, frames[-1].lineno
    where = Path(name).relative_to(overrides.parent) if name and Path(name).is_relative_to(
        overrides.parent) else name or "a template"
    return f"{where}:{line or 1}: template error: {exc.message or type(exc).__name__}"


def _front_matter(meta: dict) -> str:
    # JSON is YAML, and it quotes whatever a title holds.
    return f"---\n{json.dumps(meta, ensure_ascii=False)}\n---\n\n"


def in_mkdocs(page: Page, nav_urls: set[str]) -> bool:
    """Whether MkDocs renders the page itself: hand-written pages and those in the navigation.

    The few generated pages of the navigation (catalogue, kind indexes, format reference) go
    through MkDocs so that the navigation marks them as the current page; the many others
    (practices, entities) are filled into shells.
    """
    return page.markdown or page.url in nav_urls


# A link target in Markdown: `[text](target)`, `[name]: target`; its #place and title aside.
# Wide on purpose (code blocks too): a file named in excess costs nothing, one missed fails
# the build, and Python-Markdown, not the validator's parser, reads these pages.
_TARGET = re.compile(r"(?:\]\(|^\s*\[[^\]]+\]:)\s*<?([^)\s>#]+)", re.M)


def linked_generated(language: LanguageSite, shelled: set[str]) -> list[str]:
    """The files of generated pages filled into shells (a practice's, an entity's) that
    hand-written pages link: MkDocs must know them (kb.render.mkdocs.hooks), or it calls
    the link broken, as it never renders these pages itself."""
    out = set()
    for page in language.pages:
        if page.markdown and page.source:
            here = posixpath.dirname(page.source.split("/", 2)[2])
            out |= {target for t in _TARGET.findall(page.body)
                    if (target := posixpath.normpath(posixpath.join(here, t))) in shelled}
    return sorted(out)


def docs_files(language: LanguageSite) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """What MkDocs renders: hand-written pages, navigation pages and one shell per frame.

    Returns (file in the docs folder → its text, page URL → its file, for the navigation,
    files of shelled pages that hand-written pages link).
    """
    nav_urls = set(nav_targets(language.nav))
    files, names = {}, {}
    for page in language.pages:
        if not in_mkdocs(page, nav_urls):
            continue
        # A hand-written page keeps its file name, which its links to others are written in.
        name = (page.source.split("/", 2)[2] if page.markdown and page.source
                else page.url + "index.md")
        # A generated page's body is put in after MkDocs: only its title and sections are MkDocs's.
        files[name] = page.body if page.markdown else _front_matter(page_meta(page)) + BODY + "\n"
        names[page.url] = name
    shelled = [p for p in language.pages if not in_mkdocs(p, nav_urls)]
    for frame in sorted({frame_of(p) for p in shelled}, key=lambda f: f.name):
        files[frame.url + "index.md"] = shell_markdown(frame)
    return files, names, linked_generated(language, {p.url + "index.md" for p in shelled})


def nav_targets(items) -> list[str]:
    """Every URL the navigation links."""
    out = []
    for _title, target in items:
        out += nav_targets(target) if isinstance(target, list) else [target]
    return out


@dataclass
class Rendered:
    """One language rendered: its problems, the frames its generated pages are filled into,
    and what a later update needs to know of them (kb.render.mkdocs.update)."""

    lang: str
    problems: list[str] = field(default_factory=list)
    shells: dict[Frame, Shell] = field(default_factory=dict)
    filled: dict[str, tuple[str, str]] = field(default_factory=dict)  # nav page URL → around body
    shelled: list[Page] = field(default_factory=list)  # the pages filled into shells
    generated: list[Page] = field(default_factory=list)  # every page filled in (shells, nav)
    key: str = ""  # digest of everything MkDocs was given
    description: str = ""  # the site's description (of pages without one)
    made: set[str] = field(default_factory=set)  # the files MkDocs wrote that stay (site paths)


def mkdocs_input(language: LanguageSite, docs_dir: Path, site_dir: Path, root: Path,
                 base: str) -> tuple[dict[str, str], dict, str]:
    """(docs files, configuration, digest of both and of the theme overrides)."""
    files, names, linked = docs_files(language)
    cfg = language_config(root, language.lang, docs_dir, site_dir, language.nav, names, base,
                          linked)
    h = hashlib.blake2b(digest_size=16)
    what = {k: v for k, v in cfg.items() if k not in ("docs_dir", "site_dir")}  # not where
    h.update(json.dumps([files, what], sort_keys=True, ensure_ascii=False).encode())
    h.update(files_digest(Path(cfg["theme"]["custom_dir"]).parent,
                          (Path(cfg["theme"]["custom_dir"]).name,)).encode())
    return files, cfg, h.hexdigest()


def run_mkdocs(language: LanguageSite, site_dir: Path, work: Path, root: Path, base: str
               ) -> Rendered:
    """MkDocs's part of one language's site, into site_dir: hand-written pages, assets, and
    the frames of the generated pages (the shells are then removed from site_dir)."""
    out = Rendered(language.lang, description=site_description(root))
    docs_dir = work / f"docs-{language.lang}"
    files, cfg, out.key = mkdocs_input(language, docs_dir, site_dir, root, base)
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    for name, text in files.items():
        target = docs_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    out.problems = _mkdocs(cfg, work) or patch_bundle(site_dir)
    if out.problems:
        return out
    nav_urls = set(nav_targets(language.nav))
    out.generated = [p for p in language.pages if not p.markdown]
    out.shelled = [p for p in out.generated if p.url not in nav_urls]
    try:
        for page in out.generated:
            if page.url in nav_urls:
                rendered = (site_dir / page.url / "index.html").read_text(encoding="utf-8")
                out.filled[page.url] = filled_page(rendered, page)
        for frame in sorted({frame_of(p) for p in out.shelled}, key=lambda f: f.name):
            rendered = (site_dir / frame.url / "index.html").read_text(encoding="utf-8")
            out.shells[frame] = Shell(rendered, frame)
            shutil.rmtree(site_dir / frame.top)
    except ShellError as exc:
        out.problems = [str(exc)]
    # The library writes the sitemap of every page, and kb.search the index pages use:
    # MkDocs' sitemap and Material's search index would be dead weight.
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json"):
        (site_dir / name).unlink(missing_ok=True)
    # The pages of the navigation are filled in: the rest is MkDocs's to keep.
    filled = {url + "index.html" for url in out.filled}
    out.made = {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*")
                if p.is_file()} - filled
    return out


def page_html(rendered: Rendered, page: Page) -> str:
    """A generated page in its frame: a navigation page MkDocs rendered, or a shell."""
    if page.url in rendered.filled:
        before, after = rendered.filled[page.url]
        return before + page.body + after
    return rendered.shells[frame_of(page)].fill(page, rendered.description)


def write_page(rendered: Rendered, page: Page, site_dir: Path) -> None:
    """A generated page, in its frame, into site_dir."""
    target = site_dir / page.url / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page_html(rendered, page), encoding="utf-8")


def place(built: Path, target: Path) -> None:
    """Move a language's built files into its place in the site (renames, no copies)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in built.iterdir():
        entry.rename(target / entry.name)


class WrittenParts(Mapping):
    """Site path → what the project wrote into that page (sitecheck.Written), page by page
    as the check asks: the body, contents and addresses of pages filled into a shell.

    The first page of each frame is left out, so that it is checked whole, frame included.
    A page captured when it was written (capture) is not asked for again: a deferred page
    (kb.site.pages) has its body only then.
    """

    def __init__(self, rendered: Rendered):
        self.shells = rendered.shells
        self.lang = rendered.lang
        self.pages: dict[str, Page] = {}
        self.captured: dict[str, Scanned] = {}
        self.values: dict = {}  # links and sets of ids captured, each kept once
        first: set[Frame] = set()
        for page in rendered.shelled:
            frame = frame_of(page)
            if frame in first and self.shells[frame].links is not None:
                self.pages[site_path(rendered.lang, page.url) + "index.html"] = page
            first.add(frame)
        self.frame_ids = {frame: frozenset(scan_html(shell.frame_html()).ids)
                          for frame, shell in self.shells.items()}

    def _scan(self, page: Page) -> Scanned:
        return scan_html(self.shells[frame_of(page)].written(page))

    def capture(self, page: Page) -> None:
        """Keep what the check needs of a page being written, so that its body need not be
        kept: its links and ids, each the same object wherever pages share one."""
        path = site_path(self.lang, page.url) + "index.html"
        if path in self.pages:
            scanned = self._scan(page)
            links = tuple(self._shared(tuple(map(sys.intern, link))) for link in scanned.links)
            ids = self._shared(frozenset(map(sys.intern, scanned.ids)))
            self.captured[path] = Scanned(links, ids, scanned.css, tuple(scanned.handlers))

    def _shared(self, value):
        return self.values.setdefault(value, value)

    def __getitem__(self, path: str) -> Written:
        page = self.pages[path]
        found = self.captured.get(path)
        return found if found is not None else self._scan(page), self.frame_ids[frame_of(page)]

    def __iter__(self):
        return iter(self.pages)

    def __len__(self) -> int:
        return len(self.pages)
