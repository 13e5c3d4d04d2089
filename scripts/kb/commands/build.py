"""`kb build`: validate, then build the Turkish site into OUT/ and the English one into OUT/en/."""

from __future__ import annotations

import sys
from pathlib import Path

from ..build import build_site
from ..diagnostics import FORMATTERS
from ..languages import CODES as LANGS


def run(args) -> int:
    root = Path(args.root)
    langs = tuple(lang for lang in LANGS if not args.lang or lang in args.lang)
    result = build_site(root, Path(args.out), langs)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        print(FORMATTERS["text"](errors, "en"), file=sys.stderr)
        print(f"kb build: {len(errors)} validation error(s); nothing was built "
              f"(run `kb validate` for details)", file=sys.stderr)
        return 1
    if result.problems:
        for problem in result.problems:
            print(f"kb build: {problem}", file=sys.stderr)
        print(f"kb build: failed with {len(result.problems)} problem(s); nothing was written",
              file=sys.stderr)
        return 1
    counts = ", ".join(f"{lang}: {n} pages" for lang, n in result.pages.items())
    print(f"kb build: site written to {args.out}/ ({counts})", file=sys.stderr)
    return 0
