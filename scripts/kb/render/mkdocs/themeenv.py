"""The Jinja environment of Material's templates, made cheaper to set up on every build.

MkDocs makes a new environment for each build (and Material's search plugin two more), and
each compiles Material's templates from their source again: 0.4 s of CPU per language, a
third of a small site's build, paid again on every save in kb serve and on every build of the
tests. Jinja's bytecode cache keeps the compiled code in files keyed by the template's name
and path, and checks the checksum of the template's source before it uses one, so an edited
override is compiled again; the output is the same with or without it.

The files are in a folder of the temporary directory that only this user may read or write
(Jinja's own rule for its default folder): the cache holds code that is run. Where no such
folder can be had, or a file cannot be written, the templates are compiled as before.

MkDocs also lists every file of the theme's folders to copy the static ones, and skips each
one under a hidden folder: Material's .icons holds 14,348 of them, 0.1 s of each build.
ThemeLoader does not walk into hidden folders; it loads templates as Jinja's loader does.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's file cache, for which a file it cannot read or write only means compiling."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged file: compile, and write a good one
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # a full or read-only temporary directory
            pass


def _own_folder(path: Path) -> bool:
    """Whether path is a real folder (no link) of this user that nobody else may use."""
    try:
        path.mkdir(mode=stat.S_IRWXU, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and stat.S_IMODE(info.st_mode) == stat.S_IRWXU)


def template_cache() -> TemplateCache | None:
    """The cache of this user and of these versions of MkDocs and Material, or None."""
    from material import __version__ as material
    from mkdocs import __version__ as mkdocs

    folder = Path(tempfile.gettempdir()) / f"ortak-akil-templates-{os.getuid()}"
    if not _own_folder(folder):
        return None
    # Jinja's key is the template's name and path; the versions keep apart what the same
    # path held under another release (Jinja's own version is checked inside each file).
    return TemplateCache(str(folder), f"mkdocs-{mkdocs}-material-{material}-%s.cache")


class ThemeLoader(FileSystemLoader):
    """Jinja's loader of template folders, whose list leaves out hidden folders' files."""

    def list_templates(self) -> list[str]:
        found = set()
        for top in self.searchpath:
            for folder, folders, files in os.walk(top, followlinks=self.followlinks):
                folders[:] = [name for name in folders if not name.startswith(".")]
                inside = os.path.relpath(folder, top).replace(os.path.sep, "/")
                found.update(name if inside == "." else f"{inside}/{name}" for name in files)
        return sorted(found)


def theme_env(get_env: Callable[[], Environment]) -> Callable[[], Environment]:
    """MkDocs's Theme.get_env, giving environments with the cache and the loader above."""

    def get() -> Environment:
        env = get_env()
        env.loader = ThemeLoader(env.loader.searchpath)
        env.bytecode_cache = template_cache()
        return env

    return get
