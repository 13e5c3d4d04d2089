"""`kb validate`: check practices, records and vocabularies; report every finding."""

from __future__ import annotations

import sys
from pathlib import Path

from ..diagnostics import FORMATTERS
from ..library import check_paths

REFUSED = {
    "missing": {"en": "no such file or folder", "tr": "böyle bir dosya ya da klasör yok"},
    "outside": {"en": "not in the library being checked ({root}); give --root the library's folder",
                "tr": "denetlenen kütüphanenin ({root}) içinde değil; --root ile kütüphanenin "
                      "klasörünü verin"},
}


def run(args) -> int:
    root = Path(args.root)
    # A path outside the library would match no finding: "all valid" for a library unread.
    refused = [(p, "missing" if not Path(p).exists() else "outside") for p in args.paths
               if not Path(p).exists() or not Path(p).resolve().is_relative_to(root.resolve())]
    for p, why in refused:
        print(f"kb validate: {p}: " + REFUSED[why][args.lang].format(root=root), file=sys.stderr)
    if refused:
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
