"""`kb validate`: check practices, records and vocabularies; report every finding."""

from __future__ import annotations

import sys
from pathlib import Path

from ..diagnostics import FORMATTERS
from ..library import check_paths


def run(args) -> int:
    root = Path(args.root)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        for p in missing:
            print(f"kb validate: {p}: no such file or folder", file=sys.stderr)
        return 2
    diagnostics = check_paths(root, [Path(p) for p in args.paths])
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
