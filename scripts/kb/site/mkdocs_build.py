"""The thin MkDocs adapter: one strict build per language from a derived configuration."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

from . import mkdocs_hooks
from .generate import nav
from .i18n import t

LANGS = ("tr", "en")
# The project checkout holding kb: its mkdocs.yml and overrides/ serve data roots without them
# (test fixtures, benchmarks).
PROJECT_ROOT = Path(__file__).resolve().parents[3]


def language_config(root: Path, lang: str, docs_dir: Path, site_dir: Path,
                    written: dict[str, str]) -> dict:
    """The MkDocs configuration of one language, derived from the top-level mkdocs.yml."""
    if not (root / "mkdocs.yml").exists():
        root = PROJECT_ROOT
    base = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    cfg = dict(base)
    cfg["docs_dir"] = str(docs_dir)
    cfg["site_dir"] = str(site_dir)
    # The Pages workflow passes the real address (KB_SITE_URL); mkdocs.yml holds a default.
    url = (os.environ.get("KB_SITE_URL") or base.get("site_url", "")).rstrip("/") + "/"
    cfg["site_url"] = url if lang == "tr" else url + "en/"
    theme = dict(base["theme"])
    theme["language"] = lang
    theme["custom_dir"] = str((root / theme.get("custom_dir", "overrides")).resolve())
    cfg["theme"] = theme
    extra = dict(base.get("extra") or {})
    other_root = "en/" if lang == "tr" else "../"  # the other language's site, from this one
    # `link` is a language's site root relative to this one; the overridden templates append
    # the page's own URL so the switch lands on the same page.
    extra["alternate"] = [
        {"name": t("language_name", other), "lang": other,
         "link": "" if other == lang else other_root}
        for other in LANGS
    ]
    extra["kb_lang"] = lang
    # Search stays within one language; a link under the results repeats the query in the other.
    extra["kb_search_other"] = {"link": other_root, "label": t("search_other", lang)}
    # The skip link of pages without a table of contents (Material draws one only with a toc).
    extra["kb_skip_content"] = t("skip_content", lang)
    cfg["copyright"] = t("copyright", lang)
    cfg["extra"] = extra
    cfg["plugins"] = [{"search": {"lang": [lang] if lang == "tr" else ["en"]}}]
    cfg["nav"] = nav(lang, written)
    cfg["strict"] = True
    cfg["hooks"] = [mkdocs_hooks.__file__]
    return cfg


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(cfg: dict, work: Path) -> list[str]:
    """Run one strict MkDocs build; return its warnings (empty means success)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    path = work / f"mkdocs.{cfg['theme']['language']}.yml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    logger.setLevel(logging.INFO)
    try:
        config = load_config(config_file=str(path), strict=True)
        _keep_search_box_only(config)
        build(config)
    except (Abort, ConfigurationError) as exc:
        if not collector.messages:
            collector.messages.append(str(exc))
    finally:
        logger.removeHandler(collector)
    return collector.messages


def _keep_search_box_only(config) -> None:
    """Let Material's search plugin draw its search box but not index: kb.search writes the index.

    Material's own indexing parses every page a second time (a third of a large build) only for
    kb.search.index to overwrite its output; the box needs the plugin to be present and enabled.
    """
    plugin = config.plugins.get("material/search")
    for event in ("page_context", "post_build"):
        config.plugins.events[event] = [
            method for method in config.plugins.events[event]
            if getattr(method, "__self__", None) is not plugin
        ]
