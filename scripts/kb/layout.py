"""Where the files of the knowledge base live, and what is out of place.

`practices/<id>/` holds practice.yml, tr.md and en.md; `records/<kind folder>/<id>.yml`;
`vocabularies/<name>.yml`. Anything else under these folders is reported, with a "did you
mean" where a name is close, never silently ignored. Hidden files (.DS_Store, editor swap
files) are left alone. A symbolic link is followed only if it stays inside the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

from .diagnostics import Diagnostic, diag
from .languages import CODES as LANGUAGE_CODES
from .schema.fields import RECORD_KINDS, VOCABULARIES, VOCABULARY_NAMES
from .schema.types import suggest
from .sourcefile import dangling_link

RECORD_FOLDERS = {folder: kind for kind, (folder, _) in RECORD_KINDS.items()}
PRACTICES = "practices"  # the folder that holds a folder per practice
DOCS = "docs"  # the hand-written pages: docs/<language>/<name>.md


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        return sorted((e for e in os.scandir(folder) if not e.name.startswith(".")),
                      key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []


def _inside(entry: os.DirEntry, root: Path) -> bool:
    """False for a symbolic link that leads out of the repository."""
    return not entry.is_symlink() or Path(entry.path).resolve().is_relative_to(root.resolve())


def _outside(shown: str) -> Diagnostic:
    return diag(shown, 1, 1, "file.link_outside")


def practice_folders(root: Path) -> tuple[list[str], list[Diagnostic]]:
    """The practice folder names (sorted), and what else stands in practices/."""
    names, problems = [], []
    for e in _entries(root / PRACTICES):
        shown = f"{PRACTICES}/{e.name}"
        if not _inside(e, root):
            problems.append(_outside(shown))
        elif e.is_dir():
            names.append(e.name)
        elif link := dangling_link(Path(e.path), shown):
            problems.append(link)
        else:
            problems.append(diag(shown, 1, 1, "path.practice_not_folder", name=e.name,
                                 folder=e.name.rsplit(".", 1)[0] or e.name))
    return names, problems


def record_files(root: Path) -> tuple[dict[str, list[Path]], list[Diagnostic]]:
    """The record files of each kind (sorted), and what else stands in records/."""
    files: dict[str, list[Path]] = {kind: [] for kind in RECORD_KINDS}
    problems = []
    for e in _entries(root / "records"):
        shown = f"records/{e.name}"
        if not _inside(e, root):
            problems.append(_outside(shown))
        elif not e.is_dir():
            problems.append(diag(shown, 1, 1, "path.record_not_in_kind",
                                 all=", ".join(f"records/{f}/" for f in RECORD_FOLDERS)))
        elif e.name not in RECORD_FOLDERS:
            problems.append(diag(shown, 1, 1, "path.unknown_folder", name=e.name,
                                 suggestion=suggest(e.name, RECORD_FOLDERS),
                                 all=", ".join(RECORD_FOLDERS)))
        else:
            kind = RECORD_FOLDERS[e.name]
            for f in _entries(Path(e.path)):
                fshown = f"{shown}/{f.name}"
                if not _inside(f, root):
                    problems.append(_outside(fshown))
                elif f.name.endswith(".yml") and not f.is_dir():
                    files[kind].append(Path(e.path) / f.name)
                else:
                    problems.append(_misnamed(fshown, f.name, "path.not_record_file"))
    return files, problems


def _misnamed(shown: str, name: str, code: str) -> Diagnostic:
    stem = name.rsplit(".", 1)[0]
    fixed = f"{stem}.yml" if name.lower().endswith((".yaml", ".yml")) else ""
    return diag(shown, 1, 1, code, name=name, suggestion=fixed)


def vocabulary_problems(root: Path) -> list[Diagnostic]:
    """Files in vocabularies/ that are no known vocabulary."""
    problems = []
    for e in _entries(root / "vocabularies"):
        shown = f"vocabularies/{e.name}"
        stem = e.name.rsplit(".", 1)[0]
        if e.name.endswith(".yml") and stem in VOCABULARIES:
            if not _inside(e, root):
                problems.append(_outside(shown))
            continue
        # Also by the vocabularies' names in words: 'temalar' is themes.yml.
        names = {words: v for v, pair in VOCABULARY_NAMES.items() for words in pair}
        close = stem if stem in VOCABULARIES else suggest(stem, VOCABULARIES, names)
        problems.append(diag(shown, 1, 1, "vocabulary.unknown_file", name=e.name,
                             suggestion=f"{close}.yml" if close else "",
                             all=", ".join(VOCABULARIES)))
    return problems


def page_files(root: Path) -> tuple[dict[str, dict[str, Path]], list[Diagnostic]]:
    """Each language's hand-written pages (name under docs/<lang>/ → file, sorted), and what
    else stands in docs/ (it would not be published)."""
    pages: dict[str, dict[str, Path]] = {lang: {} for lang in LANGUAGE_CODES}
    problems: list[Diagnostic] = []
    langs = ", ".join(f"{DOCS}/{lang}/" for lang in LANGUAGE_CODES)
    for e in _entries(root / DOCS):
        shown = f"{DOCS}/{e.name}"
        if not _inside(e, root):
            problems.append(_outside(shown))
        elif e.name in pages and e.is_dir():
            _pages_in(Path(e.path), f"{shown}/", "", root, pages[e.name], problems)
        else:
            problems.append(diag(shown, 1, 1, "page.outside_language", name=e.name, all=langs))
    return pages, problems


def _pages_in(folder: Path, shown_folder: str, under: str, root: Path, pages: dict[str, Path],
              problems: list[Diagnostic]) -> None:
    """The Markdown pages of a language's folder and its subfolders (under: their path from
    the language's folder; shown_folder: the folder as findings show it)."""
    for e in _entries(folder):
        name = f"{under}{e.name}"
        if not _inside(e, root):
            problems.append(_outside(shown_folder + e.name))
        elif e.is_dir():
            _pages_in(Path(e.path), f"{shown_folder}{e.name}/", f"{name}/", root, pages,
                      problems)
        elif e.name.endswith(".md"):
            pages[name] = Path(e.path)
        else:
            problems.append(diag(shown_folder + e.name, 1, 1, "page.not_markdown", name=e.name,
                                 folder=shown_folder))
