"""`kb serve`: live preview of the whole site (both languages, drafts shown), as kb.preview."""

from __future__ import annotations

from pathlib import Path

from ..preview import serve


def run(args) -> int:
    serve(Path(args.root).resolve(), args.port, drafts=not args.no_drafts, lang=args.lang)
    return 0
