"""The site's own settings that pages and data files need: its name and its public address.

Read from the project's mkdocs.yml (plain YAML, no MkDocs), where the MkDocs adapter reads
them too; the Pages workflow passes the real address as KB_SITE_URL.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[3]


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


def site_name(root: Path = PROJECT_ROOT) -> str:
    return _config(Path(root)).get("site_name", "Ortak Akıl")


def site_description(root: Path = PROJECT_ROOT) -> str:
    return _config(Path(root)).get("site_description", "")
