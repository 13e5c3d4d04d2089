"""How long `kb serve` takes to show a saved change: the editing loop a contributor lives in.

Starts `kb serve` on a corpus, waits for the first build, then edits practices one at a time
(a sentence of a narrative section, then a title, which also changes the catalogue and every
entity page that lists the practice) and polls the practice's page, as a browser's reload
would, until the new text is served. The time counted runs from the file's write to the
first response that shows it.
"""

from __future__ import annotations

import re
import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

from measure import kb_command


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def _wait_for(url: str, text: str, limit: float) -> float | None:
    """Seconds until url serves a page containing text, or None after limit seconds."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in _get(url):
            return time.perf_counter() - start
        time.sleep(0.02)
    return None


def _edits(root: Path, count: int) -> list[tuple[Path, str, str, str]]:
    """(file, old text, new text, marker the page shows) for `count` edits of distinct practices."""
    folders = sorted((root / "practices").iterdir())
    step = max(1, len(folders) // (count + 1))
    out = []
    for n, folder in enumerate(folders[step::step][:count]):
        path = folder / "tr.md"
        text = path.read_text("utf-8")
        marker = f"Düzenleme{'abcdefghijklmnop'[n]}işareti"  # no digit: figures must match
        if n % 2:  # a title: the catalogue and the entity pages that list it change too
            old = re.search(r"^title: .*$", text, re.M).group()
            out.append((path, old, f"{old} {marker}", marker))
        else:  # a sentence of the first section
            old = re.search(r"^## .*\n\n", text, re.M).group()
            out.append((path, old, f"{old}{marker} cümlesi eklendi. ", marker))
    return out


def serve_edit_seconds(root: Path, edits: int = 4, startup_limit: float = 900
                       ) -> tuple[float, float, list[float | None], float]:
    """(first build s, median s per edit, each edit's s, max) for `kb serve` on root."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen(kb_command("--root", str(root), "serve", "--port", str(port)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = _wait_for(base, "<html", startup_limit)
        if first is None:
            raise SystemExit("kb serve did not serve its first build in time")
        times: list[float | None] = []
        for path, old, new, marker in _edits(root, edits):
            url = base + "practices/" + path.parent.name + "/"
            before = path.read_text("utf-8")
            path.write_text(before.replace(old, new, 1), "utf-8")
            start = time.perf_counter()
            seen = _wait_for(url, marker, 120)
            times.append(None if seen is None else time.perf_counter() - start)
            time.sleep(0.5)  # let the search index and open data that follow the page settle
        done = [t for t in times if t is not None]
        return first, statistics.median(done) if done else float("nan"), times, max(
            done, default=float("nan"))
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
