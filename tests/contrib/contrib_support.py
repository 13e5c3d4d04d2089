"""Helpers for the contributor-tool tests: a small repository in tmp and the CLI run in-process."""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
from pathlib import Path

from kb.cli import main

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
    """Run `kb --root ROOT ARGV…` and return (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)  # never a TTY: `kb new` must not prompt
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--root", str(root), *argv])
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()
