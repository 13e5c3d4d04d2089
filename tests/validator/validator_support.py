"""Helpers for the validator tests: build a fixture repository in tmp and run `kb validate`."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import kb.library
from support import kb_in_process

HERE = Path(__file__).parent
BASE = HERE / "base"
INVALID = HERE / "invalid"
WARNINGS = HERE / "warnings"  # fixtures that are valid, with exactly these warnings
# Files of a fixture folder that describe it rather than belong to the repository.
META = {"expected.json", "delete.txt", "grow.txt"}
# Every test runs on this day, so that `last_verified` dates never go stale under the tests.
TODAY = dt.date(2026, 11, 21)


class _FrozenDate(dt.date):
    @classmethod
    def today(cls) -> dt.date:
        return TODAY


class _FrozenDt:
    date = _FrozenDate


def materialise(fixture: Path | None, dest: Path) -> Path:
    """Copy the valid base to dest, then apply a fixture: its files, deletions and growth."""
    shutil.copytree(BASE, dest)
    if fixture is None:
        return dest
    for path in sorted(fixture.rglob("*")):
        rel = path.relative_to(fixture)
        if path.is_file() and rel.as_posix() not in META:
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    delete = fixture / "delete.txt"
    if delete.exists():
        for line in delete.read_text("utf-8").split("\n"):
            if line.strip():
                (dest / line.strip()).unlink()
    grow = fixture / "grow.txt"
    if grow.exists():
        # "path bytes": append narrative lines until the file is that large (not stored in git).
        for line in grow.read_text("utf-8").split("\n"):
            if line.strip():
                rel, size = line.split()
                target = dest / rel
                text = target.read_text("utf-8")
                filler = "Dayanışma noktaları mahallelerde yaşlılara hizmet veriyor.\n"
                repeat = int(size) // len(filler.encode("utf-8")) + 1
                target.write_text(text + filler * repeat, "utf-8")
    return dest


def run_kb(root: Path, *args: str) -> tuple[int, str, str]:
    """Run `kb --root ROOT validate ARGS` in process on TODAY; return (exit code, stdout, stderr)."""
    real_dt = kb.library.dt
    kb.library.dt = _FrozenDt
    try:
        return kb_in_process("--root", str(root), "validate", *args)
    finally:
        kb.library.dt = real_dt


def diagnostic_lines(stdout: str) -> list[str]:
    """The `path:line:col: severity: key: message` lines of text output, hints left out."""
    return [line for line in stdout.split("\n") if line and not line.startswith(" ")]


def fixtures(corpus: Path = INVALID) -> list[Path]:
    """Every fixture folder of a corpus (invalid/ by default), sorted by name."""
    return sorted(p for p in corpus.iterdir() if p.is_dir())
