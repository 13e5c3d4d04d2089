"""What loading each practice folder gave, kept by content for the next load.

A folder's result (kb.parallel.Checked: its findings, references, admission and practice)
depends on nothing but the folder's files and the context they are read in: the
vocabularies, the institution names of the records, the day, and what is kept of each
practice. Both are keyed by content, so a result is reused only when nothing it depends on
changed; a folder whose files changed is loaded again, and a changed context empties the
cache. The cross-file checks (references, duplicate titles) are always run afresh.

`kb serve` keeps its cache in memory. `kb validate` keeps one on disk between runs (in the
user's cache folder, never in the checkout), keyed also by the validator's own files, the
Python and library versions and the library's place: a new rule, a new release or another
checkout never meets an old result. Anything wrong with the file (missing, cut short,
written by another version) means an empty cache, never an error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import pickle
import stat
import sys
import tempfile
import time
from pathlib import Path

from .parallel import Checked
from .sourcefile import read_capped


def folder_digest(folder: Path) -> str:
    """A digest of a folder's entry names, link targets and file contents ("" if the folder
    cannot be read). System calls only: at 10,000 practices it is most of a cached run."""
    h = hashlib.blake2b(digest_size=16)
    try:
        with os.scandir(folder) as listing:
            entries = sorted((entry.name, entry) for entry in listing)
    except OSError:
        return ""
    for name, entry in entries:
        h.update(name.encode("utf-8", "surrogateescape") + b"\x00")
        if entry.is_symlink():  # where it points is in the finding when it points nowhere
            try:
                h.update(b"->" + os.fsencode(os.readlink(entry.path)) + b"\x00")
            except OSError:
                h.update(b"-> unreadable\x00")
        if entry.is_file():
            h.update(_contents(entry.path))
    return h.hexdigest()


def _contents(path: str) -> bytes:
    """A regular file's size and first MAX_BYTES + 1 bytes, read as kb.sourcefile reads it
    (past the limit, the size tells enough); never blocks on a pipe put where the file was."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return b"\xff unreadable"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return b"\xff not a file"
        return info.st_size.to_bytes(8, "little") + read_capped(fd)
    except OSError:
        return b"\xff unreadable"
    finally:
        os.close(fd)


def files_digest(root: Path, folders: tuple[str, ...]) -> str:
    """A digest of every file under some folders of root (names and contents)."""
    h = hashlib.blake2b(digest_size=16)
    for name in folders:
        for path in sorted((root / name).rglob("*")) if (root / name).is_dir() else []:
            if path.is_file():
                try:
                    data = path.read_bytes()
                except OSError:
                    data = b"\xff unreadable"
                h.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape"))
                h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


class LoadCache:
    """Checked results of practice folders by name, each with the digest it was made from."""

    def __init__(self) -> None:
        self.key = ""  # what a cache kept on disk was made with (read_cache)
        self.context = ""
        self.entries: dict[str, tuple[str, Checked]] = {}
        self.hits = self.misses = 0
        self.changed = False

    def begin(self, context: str) -> None:
        """Start a load in this context: results from another context are dropped."""
        if context != self.context:
            self.entries.clear()
            self.context = context
            self.changed = True
        self.hits = self.misses = 0

    def get(self, name: str, *digests: str) -> Checked | None:
        """The result kept for the folder, if it was made from one of these digests."""
        found = self.entries.get(name)
        if found and found[0] in digests:
            self.hits += 1
            return found[1]
        self.misses += 1
        return None

    def put(self, name: str, digest: str, checked: Checked) -> None:
        self.entries[name] = (digest, checked)
        self.changed = True

    def keep_only(self, names: list[str]) -> None:
        """Forget folders that are gone."""
        for name in set(self.entries) - set(names):
            del self.entries[name]
            self.changed = True


# The file of `kb validate`'s cache: one per library folder, in the user's cache folder.
CACHE_DIR_ENV, NO_CACHE_ENV = "KB_CACHE_DIR", "KB_NO_CACHE"
FORMAT = b"ortak-akil validate cache 1\n"
MAX_AGE_DAYS = 30  # the cache of a checkout not validated for this long is removed
_PACKAGE = Path(__file__).resolve().parent
# What loading and checking a practice imports besides Python and kb: module → its package,
# whose version is part of the digest (a test finds these imports in the code).
LIBRARIES = {"yaml": "pyyaml", "markdown_it": "markdown-it-py", "nh3": "nh3",
             "ahocorasick_rs": "ahocorasick-rs", "markdown": "markdown"}


def cache_dir() -> Path | None:
    """$KB_CACHE_DIR, else $XDG_CACHE_HOME/ortak-akil, else ~/.cache/ortak-akil; None with
    no home folder (a container's user without one): never a folder made where kb runs."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen).absolute()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "ortak-akil"


def cache_enabled() -> bool:
    return os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:  # installed without its metadata
        return "?"


@functools.cache  # what this process runs: files edited later are not what it loaded
def code_digest() -> str:
    """A digest of every file of the kb package (code, word lists, messages), the Python
    version and the versions of the libraries loading uses: what else a result depends on."""
    h = hashlib.blake2b(digest_size=16)
    h.update(sys.version.encode())
    for package in LIBRARIES.values():
        h.update(f"{package}={_version(package)}\x00".encode())
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8", "surrogateescape"))
            data = path.read_bytes()
            h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def cache_file(root: Path) -> Path | None:
    """The cache file of the library at root (None: no folder to keep it in)."""
    folder = cache_dir()
    if folder is None:
        return None
    where = hashlib.blake2b(os.fsencode(Path(root).resolve()), digest_size=8).hexdigest()
    return folder / f"validate-{where}.pickle"


def read_cache(path: Path, key: str) -> LoadCache:
    """The cache kept in path for this key; an empty one if there is none to trust.

    Only a file of this user's, that starts with this format and key, is unpickled (the
    folder is the user's own, outside any checkout a pull request could write into).
    """
    cache = LoadCache()
    cache.key = key
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_uid != os.getuid():
                return cache
            if f.readline() != FORMAT or f.readline() != key.encode() + b"\n":
                return cache
            context, entries = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, cut short, another version: start afresh
        return cache
    if isinstance(context, str) and isinstance(entries, dict):
        cache.context, cache.entries = context, entries
    return cache


def write_cache(path: Path, cache: LoadCache) -> None:
    """Keep the cache for the next run, if it changed; a cache that cannot be written is
    no error (a read-only home, a full disk): the next run checks everything again."""
    if not cache.changed:
        with contextlib.suppress(OSError):  # still in use: not one to forget (_forget_old)
            os.utime(path)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as f:
            try:
                f.write(FORMAT + cache.key.encode() + b"\n")
                pickle.dump((cache.context, cache.entries), f, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                os.unlink(f.name)
                raise
        os.replace(f.name, path)  # whole or not at all, even with two runs at once
        _forget_old(path.parent)
    except (OSError, pickle.PicklingError):
        return


def _forget_old(folder: Path) -> None:
    """Remove the caches of checkouts not validated for MAX_AGE_DAYS (moved, deleted), and
    what a run stopped while writing left (a day later: it may be another run's now)."""
    now = time.time()
    for pattern, age in (("validate-*.pickle", MAX_AGE_DAYS * 86400), (".tmp-*", 86400)):
        for old in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < now - age:
                    old.unlink()
