"""Bring one language's rendered site, in place, up to date with new pages (kb serve).

MkDocs runs again only if what it is given changed (hand-written pages, the navigation, the
configuration, the theme overrides): a practice's edit changes none of these, so its pages
are filled into the frames of the last run. Only the files whose content changed are
written, each by a rename (a reader never sees half a page); pages that are gone are removed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ...site.pages import LanguageSite
from .render import Rendered, mkdocs_input, page_html, run_mkdocs
from .shells import frame_of


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write data to path by a rename, unless the file holds it already; True if written."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.kb-new")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def _sync(fresh: Path, live: Path, before: set[str], after: set[str]) -> list[str]:
    """Copy MkDocs's new files into the live site where they changed; remove those it no
    longer makes. Returns the site paths written."""
    written = [rel for rel in sorted(after)
               if write_if_changed(live / rel, (fresh / rel).read_bytes())]
    for rel in before - after:
        (live / rel).unlink(missing_ok=True)
    return written


def update_language(language: LanguageSite, previous: Rendered, live: Path, work: Path,
                    root: Path, base: str) -> tuple[Rendered, list[str]]:
    """Update the language's site in live from previous to language's pages.

    Returns the new Rendered and the URLs of the pages written or removed.
    """
    fresh = work / f"fresh-{language.lang}"
    _, _, key = mkdocs_input(language, work / f"docs-{language.lang}", fresh, root, base)
    changed_frames: set = set()
    if key != previous.key:
        rendered = run_mkdocs(language, fresh, work, root, base)
        if rendered.problems:
            return rendered, []
        changed_frames = {f for f in rendered.shells if previous.shells.get(f) is None
                          or previous.shells[f].parts != rendered.shells[f].parts}
        changed_frames |= {url for url, around in rendered.filled.items()
                           if previous.filled.get(url) != around}
        _sync(fresh, live, previous.made, rendered.made)
        shutil.rmtree(fresh, ignore_errors=True)
    else:
        rendered = Rendered(language.lang, shells=previous.shells, filled=previous.filled,
                            key=previous.key, description=previous.description,
                            made=previous.made)
        rendered.generated = [p for p in language.pages if not p.markdown]
        rendered.shelled = [p for p in rendered.generated if p.url not in rendered.filled]
    before = {p.url: p for p in previous.generated}
    written = []
    for page in rendered.generated:
        frame = page.url if page.url in rendered.filled else frame_of(page)
        if before.get(page.url) is page and frame not in changed_frames:
            continue  # the same page in the same frame: its file is right
        path = live / page.url / "index.html"
        if write_if_changed(path, page_html(rendered, page).encode("utf-8")):
            written.append(page.url)
    for url in set(before) - {p.url for p in rendered.generated}:
        (live / url / "index.html").unlink(missing_ok=True)
        _prune(live / url, live)
        written.append(url)
    return rendered, written


def _prune(folder: Path, top: Path) -> None:
    """Remove folder and its parents up to top while they are empty."""
    while folder != top and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
