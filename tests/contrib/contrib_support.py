"""Helpers for the contributor-tool tests: a small repository in tmp and the CLI run in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

from support import kb_in_process

HERE = Path(__file__).parent
REPO = Path(__file__).parents[2]
FIXTURES = HERE / "fixtures"
ISSUES = FIXTURES / "issues"


def make_repo(dest: Path) -> Path:
    """The project's real vocabularies plus two fixture records; no practices yet."""
    shutil.copytree(REPO / "vocabularies", dest / "vocabularies")
    shutil.copytree(FIXTURES / "repo" / "records", dest / "records")
    (dest / "practices").mkdir()
    return dest


def kb(root: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `kb --root ROOT ARGV…` in process and return (exit code, stdout, stderr)."""
    return kb_in_process("--root", str(root), *argv, stdin=stdin)  # never a TTY: no prompt
