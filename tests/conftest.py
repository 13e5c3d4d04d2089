"""Shared fixtures: the seed site built once per test run (for every xdist worker), and one
headless Debian Chromium per session that every browser test opens its pages in (as new
pages of one context that each start clean: support.Tabs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support import CHROMIUM, Tabs, build_epoch, built_once, chromium

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real repository's site (Turkish at the root, English under en/), built once, dated
    as CI dates it (so that the reproducible-build test can compare a second build with it)."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = build_epoch()
    try:
        return built_once(ROOT, "seed", tmp_path_factory)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless (never a downloaded browser); each test opens its own
    browser context, so no cookie, storage or cache passes from one test to another."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def tabs(browser) -> Tabs:
    """New pages that start as in a new browser context, for less than one costs."""
    return Tabs(browser)
