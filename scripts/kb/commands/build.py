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
    say = args.messages  # the language of the messages (`kb --lang tr build`, KB_LANG, LANG)
    errors = [d for d in result.diagnostics if d.severity == "error"]
    if errors:
        print(FORMATTERS["text"](errors, say), file=sys.stderr)
        print({"en": f"kb build: {len(errors)} validation error(s); nothing was built "
                     "(run `kb validate` for details)",
               "tr": f"kb build: {len(errors)} doğrulama hatası; hiçbir şey oluşturulmadı "
                     "(ayrıntılar için `kb validate` çalıştırın)"}[say], file=sys.stderr)
        return 1
    if result.problems:
        for problem in result.problems:
            print(f"kb build: {problem}", file=sys.stderr)
        print({"en": f"kb build: failed with {len(result.problems)} problem(s); nothing was "
                     "written",
               "tr": f"kb build: {len(result.problems)} sorun nedeniyle başarısız; hiçbir şey "
                     "yazılmadı"}[say], file=sys.stderr)
        return 1
    pages = {"en": "pages", "tr": "sayfa"}[say]
    counts = ", ".join(f"{lang}: {n} {pages}" for lang, n in result.pages.items())
    print({"en": f"kb build: site written to {args.out}/ ({counts})",
           "tr": f"kb build: site {args.out}/ klasörüne yazıldı ({counts})"}[say], file=sys.stderr)
    return 0
