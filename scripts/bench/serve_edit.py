"""How long `kb serve` takes to show a saved change: the editing loop a contributor lives in.

Starts `kb serve` on a corpus, waits for the first build, then edits practices one at a time
(a sentence of a narrative section, then a title, which also changes the catalogue and every
entity page that lists the practice) and polls the practice's page, as a browser's reload
would, until the new text is served. The time counted runs from the file's write to the
first response that shows it. Each edit is made once `kb serve` is idle (its search indexes
and data files, which follow the page, are done), and that moment is timed too. The CPU
seconds of `kb serve` and its processes are counted (the machine may be busy): until the
page shows the change, and until all the edit made it do is done.

    python scripts/bench/serve_edit.py 1000    # a synthetic library of 1,000 practices
"""

from __future__ import annotations

import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from measure import REPO, children, kb_command, tree_cpu
from synth import make_corpus

# kb serve counts as idle once it has no process at work for it and used less than
# IDLE_SHARE of a core for IDLE seconds (its polling of the files uses some all the time).
IDLE, IDLE_SHARE = 1.0, 0.5


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


def _wait_for(proc: subprocess.Popen, url: str, text: str, limit: float) -> float | None:
    """Seconds until url serves a page containing text, or None after limit seconds."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in _get(url):
            return time.perf_counter() - start
        if proc.poll() is not None:
            raise SystemExit(f"kb serve ended (exit {proc.returncode})")
        time.sleep(0.02)
    return None


def _idle(pid: int, limit: float = 300) -> float:
    """Seconds until the process tree of pid is idle (from the moment its idle time began)."""
    start = time.perf_counter()
    samples = [(start, tree_cpu(pid))]
    while samples[-1][0] - start < limit:
        time.sleep(0.1)
        now, cpu = time.perf_counter(), tree_cpu(pid)
        if children(pid):
            samples = [(now, cpu)]
            continue
        samples.append((now, cpu))
        window = [s for s in samples if now - s[0] >= IDLE]
        if window and cpu - window[-1][1] < IDLE_SHARE * (now - window[-1][0]):
            return window[-1][0] - start
    return float("nan")


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


@dataclass
class ServeEdits:
    """What `kb serve` did after each edit (None: the page never showed it)."""

    first: float  # seconds until the first build was served
    seconds: list[float | None] = field(default_factory=list)  # save → page shows it
    done: list[float] = field(default_factory=list)  # save → all the edit caused is done
    cpu_shown: list[float] = field(default_factory=list)  # CPU s until the page shows it
    cpu_total: list[float] = field(default_factory=list)  # CPU s of everything the edit caused

    @property
    def median(self) -> float:
        done = [t for t in self.seconds if t is not None]
        return statistics.median(done) if done else float("nan")

    @property
    def worst(self) -> float:
        return max((t for t in self.seconds if t is not None), default=float("nan"))


def serve_edit_seconds(root: Path, edits: int = 4, startup_limit: float = 900) -> ServeEdits:
    """How `kb serve` on root shows `edits` saved edits, one after another."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen(kb_command("--root", str(root), "serve", "--port", str(port)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = _wait_for(proc, base, "<html", startup_limit)
        if first is None:
            raise SystemExit("kb serve did not serve its first build in time")
        out = ServeEdits(first)
        _idle(proc.pid)
        for path, old, new, marker in _edits(root, edits):
            url = base + "practices/" + path.parent.name + "/"
            before = path.read_text("utf-8")
            cpu = tree_cpu(proc.pid)
            path.write_text(before.replace(old, new, 1), "utf-8")
            start = time.perf_counter()
            seen = _wait_for(proc, url, marker, 120)
            out.seconds.append(None if seen is None else time.perf_counter() - start)
            out.cpu_shown.append(tree_cpu(proc.pid) - cpu)
            out.done.append(time.perf_counter() - start + _idle(proc.pid))
            out.cpu_total.append(tree_cpu(proc.pid) - cpu)
        return out
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 1000
    with tempfile.TemporaryDirectory(prefix="kb-bench-serve-") as tmp:
        root = make_corpus(Path(tmp) / "kb", n)
        shutil.copytree(REPO / "docs", root / "docs")
        run = serve_edit_seconds(root)
    print(f"{n:,} practices: first build served after {run.first:.1f} s")
    for s, done, shown, total in zip(run.seconds, run.done, run.cpu_shown, run.cpu_total,
                                     strict=True):
        print(f"  edit: shown after {'-' if s is None else f'{s:.2f}'} s ({shown:.2f} s CPU), "
              f"all done after {done:.2f} s ({total:.2f} s CPU)")
    print(f"median {run.median:.2f} s, worst {run.worst:.2f} s (goal ≤ 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
