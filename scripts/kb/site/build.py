"""Build the whole bilingual site: validate, generate, run MkDocs per language, check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..clock import today
from ..diagnostics import Diagnostic
from ..library import load_library
from ..output import staging
from ..search.documents import documents as search_documents
from ..search.index import write_index
from .check import broken_links, external_requests, scan
from .generate import write
from .mkdocs_build import LANGS, language_config, mkdocs_build
from .model import Site


@dataclass
class BuildResult:
    """What a build produced: validator findings, MkDocs warnings and site check problems."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)  # lang → number of generated pages

    @property
    def ok(self) -> bool:
        return not self.problems and not any(d.severity == "error" for d in self.diagnostics)


def build_site(root: Path, out: Path, langs: tuple[str, ...] = LANGS) -> BuildResult:
    """Build Turkish into out/ and English into out/en/; nothing is written on validation errors.

    The output folder must be one an earlier build made (or new, or empty): see kb.output.
    """
    root, out = Path(root).resolve(), Path(out).resolve()
    result = BuildResult()
    lib, result.diagnostics = load_library(root, today())
    if not result.ok:
        return result
    with staging(out, root) as stage:
        _build_into(lib, root, stage.site, stage.tmp, langs, result)
        if not result.problems:
            stage.commit()
    return result


def _build_into(lib, root: Path, staged: Path, work: Path, langs: tuple[str, ...],
                result: BuildResult) -> None:
    for lang in langs:
        docs_dir = work / f"docs-{lang}"
        site_dir = staged if lang == "tr" else staged / "en"
        pages, written = write(lib, root / "docs", lang, docs_dir)
        result.pages[lang] = len(pages)
        cfg = language_config(root, lang, docs_dir, site_dir, written)
        if lang == "tr" and "en" in langs:
            cfg["exclude_docs"] = "en/\n"
        warnings = mkdocs_build(cfg, work)
        result.problems += [f"[{lang}] {w}" for w in warnings]
        if warnings:
            return
        # Search (issue 5, kb.search): replace Material's index with the Turkish-aware one.
        write_index(site_dir, search_documents(Site(lib, lang), pages, written), lang)
    scanned = scan(staged)
    if set(langs) == set(LANGS):
        result.problems += [f"broken link: {p}" for p in broken_links(staged, scanned)]
    result.problems += [f"external request: {p}" for p in external_requests(staged, scanned)]
