"""The project's settings that pages, data files and checks need: the site's name and public
address, the repository that holds its forms, and the Markdown extensions its hand-written
pages are rendered with.

Read from the project's mkdocs.yml (plain YAML, no MkDocs), where the MkDocs adapter reads
them too; the Pages workflow passes the real address as KB_SITE_URL.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml

from .turkish import heading_anchor

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def _config(root: Path) -> dict:
    path = root / "mkdocs.yml"
    if not path.is_file():
        path = PROJECT_ROOT / "mkdocs.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def site_url(root: Path = PROJECT_ROOT) -> str:
    """The address the site is published at, ending in '/'."""
    url = os.environ.get("KB_SITE_URL") or _config(Path(root)).get("site_url", "")
    return url.rstrip("/") + "/"


def repository_url(root: Path = PROJECT_ROOT) -> str:
    """The project's repository on GitHub, where its forms are (no trailing '/'; '' for none):
    mkdocs.yml's extra.repository, or KB_REPOSITORY_URL (the Pages workflow passes the
    repository it builds). Not MkDocs' repo_url, whose header widget asks GitHub's API for
    stars and forks: a request to a third party from every page."""
    extra = _config(Path(root)).get("extra") or {}
    url = os.environ.get("KB_REPOSITORY_URL") or extra.get("repository") or ""
    return str(url).rstrip("/")


def site_name(root: Path = PROJECT_ROOT) -> str:
    return _config(Path(root)).get("site_name", "Ortak Akıl")


def site_description(root: Path = PROJECT_ROOT) -> str:
    return _config(Path(root)).get("site_description", "")


def markdown_extensions(root: Path = PROJECT_ROOT) -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions MkDocs renders the hand-written pages with, and their
    settings: what names a heading's #anchor."""
    names, configs = [], {}
    for entry in _config(Path(root)).get("markdown_extensions") or []:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        configs[name] = dict(config or {})
    # Turkish heading anchors, as kb.render.mkdocs.hooks gives MkDocs (YAML holds no function).
    configs.setdefault("toc", {})["slugify"] = heading_anchor
    return names, configs
