"""Reading contributor files: size cap, UTF-8 only, BOM, line endings, front matter."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, diag
from .languages import Words
from .messages import os_reason

MAX_BYTES = 512 * 1024  # a case study is a few pages; anything larger is a mistake
FENCE = "---"
# A line that closes the front matter: the fence or YAML's end-of-document marker, with any
# trailing white space (what str.rstrip would remove) but never past the line's end.
_CLOSING = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)
_FIRST_READ = 64 * 1024  # most files fit in one read of this size


@dataclass
class Document:
    """A Markdown file split into its front matter text and body."""

    front: str
    front_line: int  # line number of the first front-matter line (after the opening ---)
    body: str
    body_line: int  # line number of the first body line


class NotRegular(Exception):
    """The path is a FIFO, a device, a socket, or a link that leaves the repository."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def read_text(path: Path, shown: str, root: Path | None = None
              ) -> tuple[str | None, list[Diagnostic]]:
    """Read a file as UTF-8 text with '\\n' line ends, or explain why it cannot be read.

    Only regular files are read (a FIFO would block, /dev/zero never end), and a symbolic
    link only if it stays inside root.
    """
    try:
        data = _read_capped(path, root)
    except NotRegular as exc:
        return None, [diag(shown, 1, 1, exc.code)]
    except OSError as exc:  # a link to nowhere, no permission: this file fails, not the run
        return None, [dangling_link(path, shown) or _unreadable(shown, exc)]
    try:
        if len(data) > MAX_BYTES:
            size = path.stat().st_size
            return None, [diag(shown, 1, 1, "file.too_large", size=size, limit=MAX_BYTES)]
    except OSError as exc:
        return None, [_unreadable(shown, exc)]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [diag(shown, 1, 1, "file.utf16")]
    # A UTF-8 byte-order mark (Windows Notepad adds one) carries no meaning: drop it.
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        turkish = _looks_like_cp1254(data)
        return None, [
            diag(shown, line, col, "file.not_utf8", byte=f"0x{data[exc.start]:02X}",
                 guess="Windows-1254" if turkish else "")
        ]
    if "\x00" in text:
        before = text[: text.index("\x00")]
        line = before.count("\n") + 1
        return None, [diag(shown, line, len(before) - (before.rfind("\n") + 1) + 1, "file.binary")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def dangling_link(path: Path, shown: str) -> Diagnostic | None:
    """The finding for a symbolic link to nothing (its target was moved or deleted)."""
    if path.is_symlink() and not path.exists():
        return diag(shown, 1, 1, "file.dangling_link", target=os.readlink(path))
    return None


def _unreadable(shown: str, exc: OSError) -> Diagnostic:
    """A file the system would not let us read, with why in both languages."""
    return diag(shown, 1, 1, "file.unreadable",
                reason=Words(os_reason(exc, "tr"), os_reason(exc, "en")))


_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW


def _open(path: Path, root: Path | None) -> int:
    """A descriptor of a regular file: never a FIFO, device, or a link out of root."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        if root is None or not path.resolve().is_relative_to(root.resolve()):
            raise NotRegular("file.link_outside") from None
        fd = os.open(path.resolve(), _OPEN_FLAGS)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise NotRegular("file.is_folder" if stat.S_ISDIR(mode) else "file.not_regular")
    return fd


def _read_capped(path: Path, root: Path | None = None) -> bytes:
    """At most MAX_BYTES + 1 bytes of the file: never more than the cap in memory."""
    fd = _open(path, root)
    try:
        return read_capped(fd)
    finally:
        os.close(fd)


def read_capped(fd: int) -> bytes:
    """At most MAX_BYTES + 1 bytes of an open regular file.

    Unbuffered reads of at most 64 KiB: five system calls for a usual file instead of seven
    (a buffered file also asks whether it is a terminal and where it is), and no half-megabyte
    buffer per file; both cost more than validating the file at 10,000 practices.
    """
    chunks, size = [], 0
    while size <= MAX_BYTES:
        wanted = min(_FIRST_READ, MAX_BYTES + 1 - size)
        chunk = os.read(fd, wanted)
        chunks.append(chunk)
        size += len(chunk)
        if len(chunk) < wanted:  # a short read of a regular file is its end: no extra call
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _looks_like_cp1254(data: bytes) -> bool:
    # ğ ş ı İ Ş Ğ in Windows-1254 are 0xF0 0xFE 0xFD 0xDD 0xDE 0xD0
    return any(b in data for b in (0xF0, 0xFE, 0xFD, 0xDD, 0xDE, 0xD0))


def split_front_matter(text: str, shown: str) -> tuple[Document | None, list[Diagnostic]]:
    """Split '---\\nYAML\\n---\\nbody' with the line numbers of each part.

    The closing fence is found by one search, and both parts are sliced out of the text: no
    list of lines that would only be joined again.
    """
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).rstrip() != FENCE:
        return None, [diag(shown, 1, 1, "front.missing")]
    start = first_end + 1
    closing = _CLOSING.search(text, start) if first_end >= 0 else None
    if closing is None:
        return None, [diag(shown, 1, 1, "front.unclosed")]
    fence = closing.start()
    return Document(
        front=text[start : fence - 1] if fence > start else "",
        front_line=2,
        body=text[closing.end() + 1 :],
        body_line=text.count("\n", 0, fence) + 2,
    ), []
