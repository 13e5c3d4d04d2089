"""The output folder of `kb build`: only ever a folder a build made, replaced by renames.

A build writes into a work folder beside the output (the same file system, so renaming is
atomic), marks the finished site as built, and swaps it in: the old site is renamed away
before anything is deleted, so an interrupted build leaves the old site or the new one in
place, never half of either. A work folder left by a killed build is recognised by its name
and marker and cleaned up (or its old site put back) by the next build.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import KbError

SITE_MARKER = ".kb-site"  # in every built site: the folder may be replaced by the next build
WORK_MARKER = ".kb-build"  # in every work folder, with the builder's process id
LEGACY_SIGNATURE = ("404.html", "sitemap.xml", "search/search_index.json", "en/index.html")
WORK_PREFIX = ".kb-"  # work folders are `.kb-<out name>-build-<pid>`, beside the output
# Folders of the repository that hold sources: a site is never written into or over them.
SOURCE_FOLDERS = (".git", ".github", ".ci", "docs", "practices", "records", "vocabularies",
                  "scripts", "overrides", "tests")


def check_target(out: Path, root: Path) -> None:
    """Refuse an output folder that a build must not replace; say why and what to do."""
    out, root = out.resolve(), root.resolve()
    if out == root or root.is_relative_to(out):
        raise KbError("build.out_repository", exit_code=2, path=str(out))
    for name in SOURCE_FOLDERS:
        if out.is_relative_to(root / name):
            raise KbError("build.out_source", exit_code=2, path=str(out), folder=name)
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise KbError("build.out_not_folder", exit_code=2, path=str(out))
        if not _built_here(out) and any(out.iterdir()):
            raise KbError("build.out_foreign", exit_code=2, path=str(out), marker=SITE_MARKER)


def _built_here(folder: Path) -> bool:
    """Did a build make this folder? Its marker says so (or, from builds before the marker
    existed, the files every build writes: the search index, the sitemap, the 404 page)."""
    if (folder / SITE_MARKER).is_file():
        return True
    return all((folder / name).is_file() for name in LEGACY_SIGNATURE)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _work_folders(out: Path) -> Iterator[tuple[Path, int]]:
    pattern = re.compile(re.escape(f"{WORK_PREFIX}{out.name}-build-") + r"(\d+)")
    with contextlib.suppress(FileNotFoundError):
        for entry in out.parent.iterdir():
            m = pattern.fullmatch(entry.name)
            if m and entry.is_dir() and (entry / WORK_MARKER).is_file():
                yield entry, int(m.group(1))


def clean_leftovers(out: Path) -> None:
    """Remove the work folders of killed builds; put an old site back if one was mid-swap."""
    for folder, pid in list(_work_folders(out)):
        if pid == os.getpid():
            continue
        if _alive(pid):
            raise KbError("build.busy", exit_code=1, path=str(folder), pid=pid)
        old = folder / "old"
        if old.is_dir() and not out.exists():  # killed between the two renames of the swap
            old.rename(out)
        shutil.rmtree(folder, ignore_errors=True)


class Staging:
    """A work folder beside the output: `site/` is the site being built, `tmp/` scratch space."""

    def __init__(self, out: Path):
        self.out = out
        self.folder = out.parent / f"{WORK_PREFIX}{out.name}-build-{os.getpid()}"
        self.site = self.folder / "site"
        self.tmp = self.folder / "tmp"

    def create(self) -> None:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.folder, ignore_errors=True)  # our own, from an earlier run of this process
        self.folder.mkdir()
        (self.folder / WORK_MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")
        self.site.mkdir()
        self.site.chmod(0o755)  # a published site is world-readable
        self.tmp.mkdir()

    def commit(self) -> None:
        """Swap the finished site in: rename the old one away, rename the new one in place."""
        (self.site / SITE_MARKER).write_text(
            "Written by `kb build`; the next build replaces this folder.\n", encoding="utf-8")
        if self.out.exists():
            self.out.rename(self.folder / "old")
        self.site.rename(self.out)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def staging(out: Path, root: Path) -> Iterator[Staging]:
    """Check the target, clean up after killed builds, and give a fresh staging folder.

    Whatever happens inside the block, the work folder is gone afterwards; the output is
    replaced only if the block calls commit().
    """
    out = Path(out).resolve()
    check_target(out, root)
    clean_leftovers(out)
    stage = Staging(out)
    try:
        stage.create()
        yield stage
    finally:
        stage.discard()
