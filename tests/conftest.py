"""Shared fixtures: the seed site built once per test session (per xdist worker)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kb.build import build_site

ROOT = Path(__file__).resolve().parents[1]


def _build(root: Path, out: Path) -> Path:
    result = build_site(root, out)
    problems = [f"{d.file}:{d.line}: {d.message('en')}" for d in result.diagnostics
                if d.severity == "error"] + result.problems
    assert result.ok, "the site did not build:\n" + "\n".join(problems)
    return out


def build_epoch() -> str:
    """SOURCE_DATE_EPOCH as CI sets it: the time of the last commit (or the one already set)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    return subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real repository's site (Turkish at the root, English under en/), built once, dated
    as CI dates it (so that the reproducible-build test can compare a second build with it)."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = build_epoch()
    try:
        return _build(ROOT, tmp_path_factory.mktemp("seed") / "site")
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
