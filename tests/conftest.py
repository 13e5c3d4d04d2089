"""Shared fixtures: the seed site built once per test session (per xdist worker)."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real repository's site (Turkish at the root, English under en/), built once."""
    return _build(ROOT, tmp_path_factory.mktemp("seed") / "site")
