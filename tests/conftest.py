"""Shared fixtures: the seed site built once per test run (for every xdist worker), and one
headless Debian Chromium per session that every browser test opens its pages in (as new
pages of one context that each start clean: support.Tabs)."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kb.loadcache import CACHE_DIR_ENV, NO_CACHE_ENV
from support import CHROMIUM, SEED_PRACTICES, Tabs, build_epoch, built_once, chromium

ROOT = Path(__file__).resolve().parents[1]
# The test folders go on the RAM disk when there is one with room enough: the builds of the
# suite create and remove tens of thousands of small files, which cost a sixth of its time
# on this machine's disk (98.5 against 85.0 s, back to back).
RAM_DISK = Path("/dev/shm")
RAM_DISK_ROOM = 2 * 1024**3  # a run leaves about 200 MB; ten times that, or the usual folder


def _ram_basetemp() -> Path | None:
    """This run's folder on the RAM disk (None: no room there). Folders that earlier runs of
    this checkout left (they failed) are removed, unless their run is still going."""
    try:
        free = shutil.disk_usage(RAM_DISK).free
    except OSError:
        return None
    if free < RAM_DISK_ROOM or not os.access(RAM_DISK, os.W_OK | os.X_OK):
        return None
    checkout = hashlib.blake2b(str(ROOT).encode(), digest_size=4).hexdigest()
    prefix = f"ortak-akil-tests-{os.getuid()}-{checkout}-"
    for folder in RAM_DISK.glob(prefix + "*"):
        pid = folder.name[len(prefix):]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)
    return RAM_DISK / f"{prefix}{os.getpid()}"


@pytest.hookimpl(tryfirst=True)  # before pytest's own temporary folders read the option
def pytest_configure(config) -> None:
    if hasattr(config, "workerinput"):  # a worker: it inherits what the first process chose
        return
    # kb validate keeps its results between runs: the run's own cache folder (the workers
    # inherit it), so that the suite validates with a cache as contributors do, never
    # reads one a contributor's runs left, and leaves nothing in the home folder.
    config.stash[_CACHE] = Path(tempfile.mkdtemp(prefix="ortak-akil-test-cache-"))
    os.environ[CACHE_DIR_ENV] = str(config.stash[_CACHE])
    os.environ.pop(NO_CACHE_ENV, None)
    if config.option.basetemp:  # chosen
        return
    chosen = _ram_basetemp()
    if chosen is not None:
        config.option.basetemp = str(chosen)
        config.stash[_CHOSEN] = chosen


_CHOSEN = pytest.StashKey[Path]()
_CACHE = pytest.StashKey[Path]()


def pytest_sessionfinish(session, exitstatus) -> None:
    """A passing run gives the RAM disk back; a failing one leaves its folders to look at."""
    cache = session.config.stash.get(_CACHE, None)
    if cache is not None:
        shutil.rmtree(cache, ignore_errors=True)
    chosen = session.config.stash.get(_CHOSEN, None)
    if chosen is not None and exitstatus == 0:
        shutil.rmtree(chosen, ignore_errors=True)


def pytest_collection_modifyitems(items) -> None:
    """The long tests first, shared out among the xdist workers by their seconds.

    xdist's worksteal hands each worker a share of the list in one piece (the first worker
    len // n tests), then moves queued tests from busy workers to idle ones: so each share
    begins with its long tests, and the short ones even out the end.
    """
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    seconds = {i: i.get_closest_marker("long").args[0] for i in items
               if i.get_closest_marker("long")}
    short = [i for i in items if i not in seconds]
    shares: list[list] = [[] for _ in range(workers)]
    totals = [0] * workers
    for item in sorted(seconds, key=seconds.get, reverse=True):  # the longest first, each to
        k = totals.index(min(totals))                             # the share with least so far
        shares[k].append(item)
        totals[k] += seconds[item]
    order, left = [], len(items)
    for k, share in enumerate(shares):
        size = left // (workers - k)
        take = max(size - len(share), 0)
        order += share + short[:take]
        short = short[take:]
        left -= size
    items[:] = order + short


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
def search_site(tmp_path_factory) -> Path:
    """The real repository's site with only the practices the search test set is about
    (tests/search/queries.tsv): a contributor's new practice may rightly come first for one
    of its queries ('yaşlılara' and a practice on meals for older people), and a practice
    `kb validate` accepts must not fail `make test` or CI."""
    return built_once(ROOT, "search", tmp_path_factory, practices=SEED_PRACTICES)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless (never a downloaded browser). Tests take their pages from
    `tabs`, so that no cookie, storage or cache passes from one test to another."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def tabs(browser) -> Tabs:
    """New pages that start as in a new browser context, for less than one costs."""
    return Tabs(browser)
