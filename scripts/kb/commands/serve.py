"""`kb serve --lang tr|en`: live preview of one language; edits to practices, records,
vocabularies and hand-written pages regenerate the site."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

import yaml

from ..clock import today
from ..diagnostics import FORMATTERS
from ..library import load_library
from ..site import serve_hook
from ..site.generate import write
from ..site.mkdocs_build import language_config


def run(args) -> int:
    from mkdocs.commands.serve import serve

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    root = Path(args.root).resolve()
    lib, diagnostics = load_library(root, today())
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        print(FORMATTERS["text"](errors, args.lang), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kb-serve-") as tmp:
        work = Path(tmp)
        docs_dir = work / "docs"
        _, written = write(lib, root / "docs", args.lang, docs_dir)
        cfg = language_config(root, args.lang, docs_dir, work / "site", written)
        cfg["hooks"] = [serve_hook.__file__, *cfg["hooks"]]
        cfg["dev_addr"] = f"127.0.0.1:{args.port}"
        cfg["site_url"] = f"http://127.0.0.1:{args.port}/"  # serve at the root, not /en/
        cfg["strict"] = False  # a preview shows problems as warnings instead of stopping
        config_file = work / "mkdocs.yml"
        config_file.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False),
                               encoding="utf-8")
        os.environ["KB_ROOT"], os.environ["KB_SERVE_LANG"] = str(root), args.lang
        watch = [str(root / d) for d in ("practices", "records", "vocabularies", "docs")
                 if (root / d).is_dir()]
        serve(config_file=str(config_file), livereload=True, watch=watch)
    return 0
