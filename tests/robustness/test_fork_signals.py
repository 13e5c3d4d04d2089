"""A child stopped right after it is forked just ends: it never runs the parent's handler.

The window between fork and the child's own signal handlers is made half a second wide by a
slow after-fork hook, and the child is sent SIGTERM inside it. Without kb.forksignals the
inherited handler (kb.cli's: SIGTERM → Ctrl-C) ran in the hook, printed a traceback and let
the child go on with its job.
"""

from __future__ import annotations

import subprocess
import sys

from support import REPO

CHILD = """
import os, signal, sys, time
sys.path.insert(0, {scripts!r})
from kb import forked, parallel

def stop(signum, frame):
    raise KeyboardInterrupt

signal.signal(signal.SIGTERM, stop)
os.register_at_fork(after_in_child=lambda: time.sleep(0.5))
start = time.monotonic()
if {which!r} == "background":
    job = forked.Background(lambda: time.sleep(5), "job")
    os.kill(job.pid, signal.SIGTERM)
    _, status = os.waitpid(job.pid, 0)
    code = os.waitstatus_to_exitcode(status)
else:
    pool = parallel.fork_pool(1)
    worker = pool._pool[0]
    os.kill(worker.pid, signal.SIGTERM)
    while worker.exitcode is None and time.monotonic() < start + 10:
        time.sleep(0.05)  # the pool's own thread may be the one that reaps it
    code = worker.exitcode
    pool.terminate()
print(code, round(time.monotonic() - start, 1))
"""


def _run(which: str) -> subprocess.CompletedProcess:
    code = CHILD.format(scripts=str(REPO / "scripts"), which=which)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=30)


def test_a_background_job_stopped_as_it_starts_ends_without_a_traceback():
    done = _run("background")
    assert done.stderr == ""
    code, seconds = done.stdout.split()
    assert int(code) == -15 and float(seconds) < 3  # ended by the signal, not after its job


def test_a_validation_worker_stopped_as_it_starts_ends_without_a_traceback():
    done = _run("pool")
    assert done.stderr == ""
    assert int(done.stdout.split()[0]) == -15
