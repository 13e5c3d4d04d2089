"""`kb validate`: check practices, records, vocabularies and the hand-written pages; report
every finding."""

from __future__ import annotations

import sys
from pathlib import Path

from ..diagnostics import FORMATTERS
from ..errors import KbError
from ..library import check_paths
from ..loadcache import cache_enabled


def run(args) -> int:
    root = Path(args.root)
    refused = []
    for p in args.paths:
        if not Path(p).exists():
            refused.append(KbError("arg.no_path", path=p))
        elif not Path(p).resolve().is_relative_to(root.resolve()):
            # It would match no finding: "all valid" for a library it never read.
            refused.append(KbError("arg.path_outside", path=p, root=root))
    for problem in refused:
        print("kb validate: " + problem.render(args.lang), file=sys.stderr)
    if refused:
        return 2
    diagnostics = check_paths(root, [Path(p) for p in args.paths],
                              cache=not args.no_cache and cache_enabled())
    errors = [d for d in diagnostics if d.severity == "error"]
    warnings = [d for d in diagnostics if d.severity == "warning"]
    if diagnostics:
        print(FORMATTERS[args.format](diagnostics, args.lang))
    if args.format == "text":
        summary = {
            "en": f"{len(errors)} error(s), {len(warnings)} warning(s)",
            "tr": f"{len(errors)} hata, {len(warnings)} uyarı",
        }[args.lang]
        print(summary if diagnostics else {"en": "all valid", "tr": "hepsi geçerli"}[args.lang],
              file=sys.stderr)
    return 1 if errors else 0
