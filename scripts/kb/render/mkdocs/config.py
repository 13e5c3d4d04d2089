"""The MkDocs configuration of one language, derived from the project's mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

from ...languages import BY_CODE, CODES, site_path
from ...settings import PROJECT_ROOT, site_url
from ...site.feed import FEED
from ...site.i18n import t
from ...site.pages import ACCESSIBILITY

HOOKS = Path(__file__).with_name("hooks.py")


def _nav(items: list, handwritten: dict[str, str]) -> list:
    """The core's navigation in MkDocs' form: hand-written pages by file, the others as links."""
    out = []
    for title, target in items:
        if isinstance(target, list):
            out.append({title: _nav(target, handwritten)})
        else:
            out.append({title: handwritten.get(target, target)})
    return out


def language_config(root: Path, lang: str, docs_dir: Path, site_dir: Path, nav: list,
                    handwritten: dict[str, str], base: str = "", linked: list[str] = ()
                    ) -> dict:
    """The MkDocs configuration of one language (handwritten: page URL → file in docs_dir;
    linked: files of generated pages that hand-written pages link, kb.render.mkdocs.hooks)."""
    if not (root / "mkdocs.yml").exists():
        root = PROJECT_ROOT
    project = yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    cfg = dict(project)
    cfg["docs_dir"] = str(docs_dir)
    cfg["site_dir"] = str(site_dir)
    cfg["site_url"] = (base or site_url(root)) + site_path(lang)
    theme = dict(project["theme"])
    theme["language"] = lang
    theme["custom_dir"] = str((root / theme.get("custom_dir", "overrides")).resolve())
    cfg["theme"] = theme
    extra = dict(project.get("extra") or {})
    # `link` is a language's site root relative to this one; the overridden templates append
    # the page's own URL so that the switch lands on the same page.
    up = "../" * site_path(lang).count("/")
    extra["alternate"] = [{"name": BY_CODE[code].name, "lang": code,
                           "link": "" if code == lang else up + site_path(code)} for code in CODES]
    extra["kb_lang"] = lang
    other = [c for c in CODES if c != lang][0]
    # Search stays within one language; a link under the results repeats the query in the other.
    extra["kb_search_other"] = {"link": up + site_path(other), "label": t("search_other", lang)}
    # The skip link of pages without a table of contents (Material draws one only with a toc).
    extra["kb_skip_content"] = t("skip_content", lang)
    # The Atom feed of this language, linked from every page's head.
    extra["kb_feed"] = {"href": FEED, "title": t("feed_title", lang)}
    if ACCESSIBILITY in handwritten:  # the statement, from every page's footer
        extra["kb_accessibility"] = {"href": ACCESSIBILITY, "title": t("accessibility", lang)}
    extra["kb_linked"] = list(linked)
    cfg["copyright"] = t("copyright", lang)
    cfg["extra"] = extra
    cfg["plugins"] = [{"search": {"lang": [lang]}}]
    cfg["nav"] = _nav(nav, handwritten)
    cfg["strict"] = True
    cfg["hooks"] = [str(HOOKS)]
    return cfg
