"""A build makes its many pages one at a time as it writes them (kb.site.pages, defer=True):
what it writes must be the page an eager generation makes, whatever the kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import weakref
from pathlib import Path

import pytest

from kb.forked import run_jobs
from kb.library import load_library
from kb.site.pages import language_site

FIXTURE = Path(__file__).parent / "fixture"
DAY = dt.date(2026, 3, 1)
BASE = "https://example.org/kb/"


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_a_deferred_page_is_made_whole_as_the_eager_one(lang):
    lib, _ = load_library(FIXTURE, DAY, lean=True)
    eager = language_site(lib, FIXTURE / "docs", lang, DAY, BASE)
    deferred = language_site(lib, FIXTURE / "docs", lang, DAY, BASE, defer=True)
    assert [p.url for p in deferred.pages] == [p.url for p in eager.pages]
    kinds = {eager.pages[i].kind for i, p in enumerate(deferred.pages) if p.url in deferred.deferred}
    assert kinds == {"practice", "entity"}  # the many pages; the navigation's stay whole
    for outline, whole in zip(deferred.pages, eager.pages, strict=True):
        if outline.url in deferred.deferred:
            assert outline.body == outline.text == ""  # nothing held until it is written
            # Everything the frame and MkDocs are given is known before the body is made.
            assert dataclasses.replace(outline, body=whole.body, text=whole.text) == whole
        assert deferred.full(outline) == whole
    assert eager.full(eager.pages[0]) is eager.pages[0]


def test_the_last_job_runs_in_this_process_after_what_runs_between():
    order = []
    outcomes, extra = run_jobs(
        [(os.getpid, lambda pid: (pid, os.getpid())),
         (lambda: order.append("own") or os.getpid(), lambda pid: (pid, os.getpid()))],
        between=lambda: order.append("between") or "done", fork=True)
    (child_first, child_second), (own_first, own_second) = outcomes
    assert child_first == child_second != os.getpid()
    assert own_first == own_second == os.getpid()
    assert order == ["between", "own"] and extra == "done"


@pytest.mark.parametrize("failing", [0, 1])
def test_a_failing_job_fails_the_run_wherever_it_runs(failing):
    def first(i):
        if i == failing:
            raise ValueError(f"job {i} failed")
        return i

    jobs = [(lambda i=i: first(i), lambda state: state) for i in range(2)]
    with pytest.raises(ValueError, match=f"job {failing} failed"):
        run_jobs(jobs, fork=True)


def test_a_build_lets_each_page_go_once_it_is_written(tmp_path, monkeypatch):
    """What keeps the build's memory flat: when a page is made whole, no page made before it
    is alive but the one just written, which the loop still names (nothing keeps pages: not
    the index, not the check, not a list)."""
    from kb.build import build_site
    from kb.site.pages import LanguageSite

    made, alive = [], []
    full = LanguageSite.full

    def watched(self, page):
        whole = full(self, page)
        if page.url in self.deferred:
            alive.append(sum(ref() is not None for ref in made))
            made.append(weakref.ref(whole))
        return whole

    monkeypatch.setattr(LanguageSite, "full", watched)
    # In this process: a forked language's pages would not be seen here.
    monkeypatch.setattr("kb.build.run_jobs",
                        lambda jobs, between=None, fork=None: run_jobs(jobs, between, fork=False))
    assert build_site(FIXTURE, tmp_path / "site").ok
    assert len(made) > 10 and max(alive) <= 1
