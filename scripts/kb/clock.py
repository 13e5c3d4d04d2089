"""The one notion of "today" for validate, build, from-issue and the tests.

`SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when it is set,
else the machine's date. A bad value is a usage error, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os

from .errors import KbError


def today() -> dt.date:
    """The build's day: the day of SOURCE_DATE_EPOCH if set, else the machine's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.date.today()
    if not epoch.isascii() or not epoch.isdigit() or len(epoch) > 12:
        raise KbError("env.source_date_epoch", exit_code=2, value=epoch[:40])
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()


def latest_today() -> dt.date:
    """The later of the build's day and the machine's date.

    A file verified today is never "in the future", even while SOURCE_DATE_EPOCH still holds
    the date of the last commit (a reproducible build of an uncommitted change).
    """
    return max(today(), dt.date.today())
