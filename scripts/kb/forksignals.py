"""Forking without a window for signals: a child never runs the parent's SIGTERM handler.

The parent turns SIGTERM into Ctrl-C (kb.cli) so that it cleans up. A forked child inherits
that handler and keeps it until its own code replaces it; a SIGTERM in between (the parent
stopping a child it has just started) raised KeyboardInterrupt inside Python's after-fork
hooks, which printed a traceback. So SIGTERM and SIGINT are held across the fork, and the
child takes them again only once its own handlers are in place; what arrived meanwhile is
delivered then.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

STOPPING = {signal.SIGTERM, signal.SIGINT}


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold SIGTERM and SIGINT in this thread while forking (delivered when the block ends)."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def in_child() -> None:
    """In a forked child: SIGTERM ends it, Ctrl-C is the parent's to handle; then take the
    signals held across the fork."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPPING)
