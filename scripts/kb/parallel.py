"""Checking many practices on every core: each worker loads a share of the practice folders.

Loading and checking a practice does not depend on any other practice, so forked worker
processes (which inherit the vocabularies) each take contiguous chunks of the sorted folders
and send back what the cross-file checks need: the diagnostics, the pending references and
an Admission per loaded practice; the practice data itself only when the caller keeps it
(the build). The parent feeds them to the checker in folder order, so the findings are
exactly those of one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from . import forksignals
from .checks.practice import Admission, Rules, admission
from .checks.practice import own_checks as practice_checks
from .diagnostics import Diagnostic
from .layout import PRACTICES
from .load import lean, load_practice
from .schema.types import Context, PendingRef

MIN_PRACTICES = 200  # below this, starting workers costs more than it saves
CHUNKS_PER_WORKER = 8  # small chunks even out a worker slowed down by other programs


class Checked(NamedTuple):
    """One practice folder loaded and checked: what validation needs, and the practice
    itself when the caller keeps it (from workers the named tuples inside come as plain ones)."""

    name: str
    diagnostics: list[Diagnostic]
    refs: list[PendingRef | tuple]
    admission: Admission | tuple | None  # None: the folder holds no loadable practice
    practice: dict | None


# Set in the parent just before the workers are forked; they inherit it.
_job: dict = {}


def worker_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def check_practices(root: Path, names: list[str], vocabularies: dict, rules: Rules,
                    workers: int | None = None, keep: str = "",
                    own_checks: frozenset[str] | None = None) -> Iterator[Checked]:
    """Load and check every folder named; yield each one's Checked, in order.

    keep: "" (no practices, only what validation needs), "full", or "lean" (without what
    only the checks read: kb.load.lean). own_checks: the folders whose own checks are run
    (None: all); the others are only loaded, for the cross-file checks. One process when
    there are few practices or one CPU, or when workers cannot be started.
    """
    workers = worker_count() if workers is None else workers
    pool = None
    if workers > 1 and len(names) >= max(MIN_PRACTICES, 1):
        _job.update(root=root, vocabularies=vocabularies, rules=rules, keep=keep,
                    own_checks=own_checks)
        pool = fork_pool(workers)
    if pool is None:
        _job.clear()
        yield from _check_names(root, names, vocabularies, rules, keep, own_checks)
        return
    size = -(-len(names) // (workers * CHUNKS_PER_WORKER))
    try:
        for chunk in pool.imap(_check_chunk,
                               [names[i : i + size] for i in range(0, len(names), size)]):
            yield from chunk
        finish(pool)
    finally:
        pool.terminate()  # nothing left to stop after finish(); else (an error) stop them now
        pool.join()
        _job.clear()


def fork_pool(workers: int):
    """A pool of forked workers (they inherit the parent's data), or None if none can start.

    A worker inherits the parent's SIGTERM handler (kb.cli turns it into Ctrl-C): with it,
    Pool.terminate() could leave a worker waiting on a lock forever instead of ending it, so
    each worker's first act is to end on SIGTERM (kb.forksignals).
    """
    try:
        with forksignals.held():
            return multiprocessing.get_context("fork").Pool(workers,
                                                            initializer=forksignals.in_child)
    except (OSError, ValueError):  # no fork or no semaphores here: one process will do
        return None


def finish(pool) -> None:
    """Let the workers exit by themselves: their CPU time is then accounted to this process."""
    pool.close()
    pool.join()


def _check_chunk(names: list[str]) -> list[Checked]:
    """In a worker: check a chunk of folders; named tuples travel as plain ones (pickle faster)."""
    return [Checked(c.name, c.diagnostics, list(map(tuple, c.refs)),
                    tuple(c.admission) if c.admission else None, c.practice)
            for c in _check_names(_job["root"], names, _job["vocabularies"], _job["rules"],
                                  _job["keep"], _job["own_checks"])]


def _check_names(root: Path, names: list[str], vocabularies: dict, rules: Rules,
                 keep: str = "", own_checks: frozenset[str] | None = None) -> Iterator[Checked]:
    ctx = Context("", vocabularies)
    folder = root / PRACTICES
    for name in names:
        ctx.diagnostics, ctx.refs = [], []
        practice, complete = load_practice(folder / name, root, ctx)
        checks = own_checks is None or name in own_checks
        if not complete:
            if practice is not None and checks:  # what did load is checked all the same
                ctx.diagnostics.extend(practice_checks(practice, rules, salvaged=True))
            yield Checked(name, ctx.diagnostics, ctx.refs, None, None)
            continue
        checked = admission(name, practice, rules, checks=checks)
        if keep:
            practice = lean(practice) if keep == "lean" else practice
        yield Checked(name, ctx.diagnostics, ctx.refs, checked, practice if keep else None)
