"""`kb`: the project's command line. Each sub-command lives in kb.commands.<name>."""

from __future__ import annotations

import argparse
import importlib
import os
import sys


def _default_lang() -> str:
    lang = os.environ.get("KB_LANG") or os.environ.get("LANG", "")
    return "tr" if lang.lower().startswith("tr") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kb", description="Ortak Akıl knowledge base tools / Ortak Akıl bilgi tabanı araçları"
    )
    parser.add_argument("--root", default=".", help="repository root (default: .)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("validate", help="validate practices, records and vocabularies")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: all)")
    p.add_argument("--format", choices=["text", "json", "github"], default="text")
    p.add_argument("--lang", choices=["tr", "en"], default=_default_lang())

    p = sub.add_parser("build", help="build the bilingual site")
    p.add_argument("--out", default="site", help="output folder (default: site)")
    p.add_argument("--lang", choices=["tr", "en"], action="append",
                   help="build only this language (repeatable)")

    p = sub.add_parser("serve", help="live preview of one language")
    p.add_argument("--lang", choices=["tr", "en"], default="tr")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("schema", help="print the JSON Schema of practice files")

    p = sub.add_parser("new", help="scaffold a new practice in both languages")
    p.add_argument("--title-tr")
    p.add_argument("--title-en")
    p.add_argument("--municipality")
    p.add_argument("--no-input", action="store_true", help="never prompt")

    p = sub.add_parser("from-issue", help="turn a submitted issue form into practice files")
    p.add_argument("body", help="file holding the issue body (- for stdin)")
    p.add_argument("--lang", choices=["tr", "en"], default=_default_lang())
    p.add_argument("--report", metavar="FILE", help="also write the findings as Markdown")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    module = importlib.import_module(f"kb.commands.{args.command.replace('-', '_')}")
    try:
        return module.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
