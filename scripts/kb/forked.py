"""Run a few jobs at once, one forked process each, with a meeting point between two phases.

The build makes each language's site in a process of its own: both cores work, and each
process inherits the loaded library instead of receiving it. The last job runs in the
parent itself, once what it does meanwhile is done. A job has two phases (say,
write the pages, then check the links once every language's pages are in place): every job's
first phase, and what the parent does meanwhile, end before any second phase begins. A job's
result, or the exception it raised, comes back to the parent (an OSError is still an OSError
there, a KbError a KbError).

On one CPU, or where processes cannot be forked, the same jobs run one after another in this
process: every first phase, then every second one.

A Background job is one forked process that the parent does not wait for: it asks later
whether it is done, or stops it (kb serve's work that follows a page update).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from . import forksignals
from .errors import in_words
from .parallel import worker_count

Phase = Callable[[], Any]
Job = tuple[Callable[[], Any], Callable[[Any], Any]]  # first phase, then second(first's result)
BARRIER_SECONDS = 3600  # a job still waiting after this long has lost its partner


def run_jobs(jobs: list[Job], between: Phase | None = None, fork: bool | None = None
             ) -> tuple[list[Any], Any]:
    """The second phases' results in the order of the jobs, and what between() returned;
    re-raises a job's exception.

    between() runs in this process while the first phases run in theirs, and ends before
    any second phase begins (say, files that the second phases' checks look for); then this
    process runs the last job itself.
    """
    if fork is None:
        fork = len(jobs) > 1 and worker_count() > 1
    if not fork:
        firsts = [first() for first, _ in jobs]
        extra = between() if between else None
        return [second(state) for (_, second), state in zip(jobs, firsts, strict=True)], extra
    context = multiprocessing.get_context("fork")
    # The last job runs here, after between(): one process fewer, so one copy fewer of
    # whatever the jobs read (a child's reads copy the pages they touch: reference counts).
    *forked, (own_first, own_second) = jobs
    barrier = context.Barrier(len(jobs))  # the forked jobs and this process
    pipes, processes = [], []
    gc.freeze()  # the children only read what exists now: keep the collector off its pages
    try:
        for job in forked:
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(job, barrier, send), daemon=True)
            with forksignals.held():
                process.start()
            send.close()
            pipes.append(receive)
            processes.append(process)
        try:
            extra = between() if between else None
            state = own_first()
        except BaseException:
            barrier.abort()  # the children must not wait for this process
            raise
        try:
            barrier.wait(BARRIER_SECONDS)
        except threading.BrokenBarrierError as exc:  # a job failed: its outcome says how
            mine = ("error", exc)
        else:
            mine = ("ok", own_second(state))
        outcomes = []
        for receive in pipes:
            try:
                outcomes.append(receive.recv())
            except EOFError:  # the child died without a word (killed, out of memory)
                barrier.abort()
                outcomes.append(("error", ChildProcessError("a build process ended unexpectedly")))
        outcomes.append(mine)
        for process in processes:
            process.join()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
                process.join()
        gc.unfreeze()
    errors = [value for kind, value in outcomes if kind == "error"]
    if errors:  # the job that failed, rather than one that then found no partner
        raise next((e for e in errors if not isinstance(e, threading.BrokenBarrierError)),
                   errors[0])
    return [value for _, value in outcomes], extra


def _child(job: Job, barrier, send) -> None:
    # The parent turns SIGTERM into Ctrl-C to clean up; a child just ends (the parent's
    # clean-up removes what it wrote), and leaves Ctrl-C to the parent.
    forksignals.in_child()
    first, second = job
    try:
        try:
            state = first()
        except BaseException:
            barrier.abort()  # the other jobs must not wait for this one
            raise
        barrier.wait(BARRIER_SECONDS)
        send.send(("ok", second(state)))
    except BaseException as exc:  # sent to the parent, which raises it there
        try:
            send.send(("error", exc))
        except Exception:  # an exception that cannot be pickled: its words at least
            send.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        send.close()
        os._exit(0)


class Background:
    """One job in a forked process of its own, while this one goes on."""

    def __init__(self, job: Phase, label: str, lang: str = "en"):
        with forksignals.held():
            self.pid = os.fork()
            if self.pid == 0:
                forksignals.in_child()  # stop() ends it, as it is; Ctrl-C is the parent's
        if self.pid == 0:
            code = 0
            try:
                job()
            except BaseException as exc:  # said in words, never as a traceback
                print(f"{label}: {in_words(exc, lang)}", file=sys.stderr, flush=True)
                code = 1
            finally:
                os._exit(code)
        self.code: int | None = None

    def done(self) -> bool:
        """Whether the job has ended (its exit code is then self.code: 0 if it succeeded)."""
        if self.code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.code = os.waitstatus_to_exitcode(status)
        return self.code is not None

    def stop(self) -> None:
        """End the job now, if it has not ended."""
        if not self.done():
            os.kill(self.pid, signal.SIGTERM)
            _, status = os.waitpid(self.pid, 0)
            self.code = os.waitstatus_to_exitcode(status)

