"""`kb from-issue BODY`: turn a submitted "Propose a practice" form into practice files.

A thin adapter around kb.proposal: read the body, convert and check it, print the report in
the reader's language and write the whole report (Turkish and English) with --report. The
report is written whatever happens, so that the proposer always gets a comment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..clock import today
from ..errors import os_error
from ..issueform import MAX_BODY
from ..proposal.check import failed, from_body
from ..proposal.report import for_terminal, part, report


def _read(body: str) -> tuple[bytes, int]:
    """The body's first bytes (no more than needed to know it is too large) and its size."""
    if body == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        raw = stdin.read(MAX_BODY + 1) if stdin else sys.stdin.read().encode("utf-8")
        return raw, len(raw)
    with open(body, "rb") as f:
        return f.read(MAX_BODY + 1), os.fstat(f.fileno()).st_size


def run(args) -> int:
    shown = "stdin" if args.body == "-" else args.body
    try:
        raw, size = _read(args.body)
    except OSError as exc:
        print(f"kb from-issue: {os_error(exc, args.lang)}", file=sys.stderr)
        return 2
    code = 0
    try:
        outcome = from_body(Path(args.root), raw, shown, today(), size)
    except Exception as exc:  # a bug: the proposer still gets a comment; KB_DEBUG=1 raises
        if os.environ.get("KB_DEBUG"):
            raise
        outcome, code = failed(shown, exc), 70
    if getattr(args, "report", None):
        Path(args.report).write_text(report(outcome), encoding="utf-8")
    print(for_terminal(part(outcome, args.lang)), end="")
    return code or (0 if outcome.ok else 1)
