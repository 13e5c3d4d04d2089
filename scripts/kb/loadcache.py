"""What loading each practice folder gave, kept by content for the next load (kb serve).

A folder's result (kb.parallel.Checked: its findings, references, admission and practice)
depends on nothing but the folder's files and the context they are read in: the
vocabularies, the institution names of the records, the day, and what is kept of each
practice. Both are keyed by content, so a result is reused only when nothing it depends on
changed; a folder whose files changed is loaded again, and a changed context empties the
cache. The cross-file checks (references, duplicate titles) are always run afresh.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .parallel import Checked


def folder_digest(folder: Path) -> str:
    """A digest of a folder's entry names and file contents."""
    h = hashlib.blake2b(digest_size=16)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return ""
    for entry in entries:
        h.update(entry.name.encode("utf-8", "surrogateescape") + b"\x00")
        if entry.is_file():
            try:
                with open(entry.path, "rb") as f:
                    data = f.read()
            except OSError:
                data = b"\xff unreadable"
            h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


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
        self.context = ""
        self.entries: dict[str, tuple[str, Checked]] = {}
        self.hits = self.misses = 0

    def begin(self, context: str) -> None:
        """Start a load in this context: results from another context are dropped."""
        if context != self.context:
            self.entries.clear()
            self.context = context
        self.hits = self.misses = 0

    def get(self, name: str, digest: str) -> Checked | None:
        found = self.entries.get(name)
        if found and found[0] == digest:
            self.hits += 1
            return found[1]
        self.misses += 1
        return None

    def put(self, name: str, digest: str, checked: Checked) -> None:
        self.entries[name] = (digest, checked)

    def keep_only(self, names: list[str]) -> None:
        """Forget folders that are gone."""
        for name in set(self.entries) - set(names):
            del self.entries[name]
