"""Render a language's pages with MkDocs: the hand-written pages and the shells, then the
generated pages in the shells' frames."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ...languages import site_path
from ...site.model import Page
from ...site.pages import LanguageSite
from ...site.settings import site_description
from ...sitecheck import Written, scan_html
from .config import language_config
from .patches import patch_bundle
from .shells import BODY, Frame, Shell, ShellError, frame_of, page_meta, shell_markdown

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
    finally:
        logger.removeHandler(collector)
        logger.setLevel(level)
    return collector.messages


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


def docs_folder(language: LanguageSite, docs_dir: Path) -> dict[str, str]:
    """Write what MkDocs renders: hand-written pages, navigation pages and one shell per frame.

    Returns page URL → its file in the docs folder (for the navigation).
    """
    if docs_dir.exists():
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    bodies = docs_dir.with_name(docs_dir.name + "-bodies")
    bodies.mkdir(exist_ok=True)
    nav_urls = set(nav_targets(language.nav))
    files = {}
    for page in language.pages:
        if not in_mkdocs(page, nav_urls):
            continue
        # A hand-written page keeps its file name, which its links to others are written in.
        name = (page.source.split("/", 2)[2] if page.markdown and page.source
                else page.url + "index.md")
        target = docs_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if page.markdown:
            target.write_text(page.body, encoding="utf-8")
        else:
            body = bodies / (page.url.replace("/", "_") + "body.html")
            body.write_text(page.body, encoding="utf-8")
            target.write_text(_front_matter(page_meta(page, body)) + BODY + "\n",
                              encoding="utf-8")
        files[page.url] = name
    for frame in {frame_of(p) for p in language.pages if not in_mkdocs(p, nav_urls)}:
        target = docs_dir / frame.url / "index.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shell_markdown(frame), encoding="utf-8")
    return files


def nav_targets(items) -> list[str]:
    """Every URL the navigation links."""
    out = []
    for _title, target in items:
        out += nav_targets(target) if isinstance(target, list) else [target]
    return out


@dataclass
class Rendered:
    """One language rendered: its problems, and what the site checks need to know of it."""

    lang: str
    problems: list[str] = field(default_factory=list)
    shells: dict[Frame, Shell] = field(default_factory=dict)
    shelled: list[Page] = field(default_factory=list)  # the pages filled into shells


def render_language(language: LanguageSite, site_dir: Path, work: Path, root: Path,
                    base: str) -> Rendered:
    """One language's site into site_dir; its problems (MkDocs warnings) are none on success."""
    out = Rendered(language.lang)
    docs_dir = work / f"docs-{language.lang}"
    handwritten = docs_folder(language, docs_dir)
    cfg = language_config(root, language.lang, docs_dir, site_dir, language.nav, handwritten,
                          base)
    out.problems = _mkdocs(cfg, work) or patch_bundle(site_dir)
    if out.problems:
        return out
    nav_urls = set(nav_targets(language.nav))
    out.shelled = [p for p in language.pages if not in_mkdocs(p, nav_urls)]
    for frame in sorted({frame_of(p) for p in out.shelled}, key=lambda f: f.name):
        rendered = (site_dir / frame.url / "index.html").read_text(encoding="utf-8")
        try:
            out.shells[frame] = Shell(rendered, frame)
        except ShellError as exc:
            out.problems = [str(exc)]
            return out
        shutil.rmtree(site_dir / frame.top)
    description = site_description(root)
    for page in out.shelled:
        target = site_dir / page.url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(out.shells[frame_of(page)].fill(page, description), encoding="utf-8")
    # The library writes the sitemap of every page, and kb.search the index pages use:
    # MkDocs' sitemap and Material's search index would be dead weight.
    for name in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json"):
        (site_dir / name).unlink(missing_ok=True)
    return out


def place(built: Path, target: Path) -> None:
    """Move a language's built files into its place in the site (renames, no copies)."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in built.iterdir():
        entry.rename(target / entry.name)


class WrittenParts(Mapping):
    """Site path → what the project wrote into that page (sitecheck.Written), page by page
    as the check asks: the body, contents and addresses of pages filled into a shell.

    The first page of each frame is left out, so that it is checked whole, frame included.
    """

    def __init__(self, rendered: Rendered):
        self.shells = rendered.shells
        self.pages: dict[str, Page] = {}
        first: set[Frame] = set()
        for page in rendered.shelled:
            frame = frame_of(page)
            if frame in first and self.shells[frame].links is not None:
                self.pages[site_path(rendered.lang, page.url) + "index.html"] = page
            first.add(frame)
        self.frame_ids = {frame: frozenset(scan_html(shell.frame_html()).ids)
                          for frame, shell in self.shells.items()}

    def __getitem__(self, path: str) -> Written:
        page = self.pages[path]
        frame = frame_of(page)
        return self.shells[frame].written(page), self.frame_ids[frame]

    def __iter__(self):
        return iter(self.pages)

    def __len__(self) -> int:
        return len(self.pages)
