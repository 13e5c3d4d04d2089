"""MkDocs hook for `kb serve`: regenerate the language's pages before every (re)build.

Only files whose content changed are rewritten, so regenerating does not trigger another
rebuild of the live preview.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path

from kb.clock import today
from kb.diagnostics import FORMATTERS
from kb.library import load_library
from kb.site.generate import write


def sync(src: Path, dest: Path) -> None:
    """Make dest hold exactly src's files, touching only those that differ."""
    for path in sorted(src.rglob("*")):
        target = dest / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif not target.exists() or not filecmp.cmp(path, target, shallow=False):
            shutil.copyfile(path, target)
    for path in sorted(dest.rglob("*"), reverse=True):
        if not (src / path.relative_to(dest)).exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()


def on_pre_build(config, **kwargs) -> None:
    """Reload the library and regenerate the pages; on errors keep the last good pages."""
    root, lang = Path(os.environ["KB_ROOT"]), os.environ["KB_SERVE_LANG"]
    lib, diagnostics = load_library(root, today())
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        print(FORMATTERS["text"](errors, lang), file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="kb-serve-") as tmp:
        write(lib, root / "docs", lang, Path(tmp) / "docs")
        sync(Path(tmp) / "docs", Path(config["docs_dir"]))
