"""The yardstick of the build benchmark: the same pages as a plain Material for MkDocs project.

`write_project(root, work)` turns every page kb.site makes for each language into a Markdown
file of an ordinary MkDocs docs folder: hand-written pages as they are; generated pages as
their HTML; on practice pages the narrative sections as the contributor's Markdown (so plain
MkDocs converts the Markdown that kb build converts). The navigation is the site's (about a
dozen pages); practices and entity pages are out of it, as on the real site. The configuration
is the project's (Material, its overrides, the search plugin) without kb's hooks: what a plain
`mkdocs build` of the same content costs.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from kb.clock import today  # noqa: E402
from kb.library import load_library  # noqa: E402
from kb.narrative import headings  # noqa: E402
from kb.render.mkdocs.config import language_config  # noqa: E402
from kb.render.mkdocs.render import nav_targets  # noqa: E402
from kb.schema.fields import SECTIONS  # noqa: E402
from kb.site.pages import language_site  # noqa: E402

_NARRATIVE = re.compile(r'<div class="kb-narrative"[^>]*>.*?</div>', re.S)


def _generated(page, site) -> str:
    meta = json.dumps({"title": page.title, "description": page.description},
                      ensure_ascii=False)
    body = page.body
    if page.kind == "practice":
        p = site.practices[page.url.split("/")[1]]
        text, lang = site.text(p)
        narrative = "\n\n".join(f"## {heading}\n\n{text['sections'].get(sid, '')}"
                                for (sid, _, _), heading in zip(SECTIONS, headings(lang),
                                                                 strict=True))
        body = _NARRATIVE.sub("", body) + "\n\n" + narrative
    return f"---\n{meta}\n---\n\n{body}\n"


def write_project(root: Path, work: Path) -> list[Path]:
    """One MkDocs configuration per language under work, with its docs folder; their paths."""
    lib, _ = load_library(root)
    configs = []
    for lang in ("tr", "en"):
        language = language_site(lib, root / "docs", lang, today())
        docs = work / f"plain-docs-{lang}"
        nav_urls = set(nav_targets(language.nav))
        files = {}
        for page in language.pages:
            name = (page.source.split("/", 2)[2] if page.markdown and page.source
                    else page.url + "index.md")
            target = docs / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.body if page.markdown else _generated(page, language.site),
                              encoding="utf-8")
            if page.url in nav_urls:
                files[page.url] = name
        cfg = language_config(root, lang, docs, work / f"plain-site-{lang}", language.nav, files)
        cfg.pop("hooks", None)
        cfg["strict"] = False
        path = work / f"plain-mkdocs.{lang}.yml"
        path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
        configs.append(path)
    return configs


def mkdocs_command(config: Path) -> list[str]:
    """The plain `mkdocs build` of one language."""
    return [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)]
