"""`kb`: the project's command line. Each sub-command lives in kb.commands.<name>."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from pathlib import Path

from .errors import KbError, in_words


def _default_lang() -> str:
    lang = os.environ.get("KB_LANG") or os.environ.get("LANG", "")
    return "tr" if lang.lower().startswith("tr") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kb", description="Ortak Akıl knowledge base tools / Ortak Akıl bilgi tabanı araçları"
    )
    parser.add_argument("--root", default=".", help="repository root (default: .)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    langs = ["tr", "en"]
    p = sub.add_parser("validate", help="validate practices, records, vocabularies and hand-written pages")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders to report on (default: everything)")
    p.add_argument("--format", choices=["text", "json", "github"], default="text",
                   help="text: file:line:col lines (default); json: a list of findings; "
                        "github: annotations for GitHub Actions")
    p.add_argument("--lang", choices=langs, default=_default_lang(),
                   help="language of the messages (default: from KB_LANG or LANG)")
    p.add_argument("--no-cache", action="store_true",
                   help="check every practice again, without the results kept from earlier "
                        "runs for unchanged folders (also: KB_NO_CACHE=1)")

    p = sub.add_parser("build", help="build the bilingual site")
    p.add_argument("--out", default="site",
                   help="output folder (default: site); view it with `make preview`")
    p.add_argument("--lang", choices=langs, action="append",
                   help="build only this language (repeatable; default: both)")

    p = sub.add_parser("serve", help="live preview of the whole site, rebuilt on every save")
    p.add_argument("--lang", choices=langs, default=_default_lang(),
                   help="language of the terminal messages (the preview has both sites)")
    p.add_argument("--port", type=int, default=8000,
                   help="port on 127.0.0.1 (default: 8000; 0 picks a free one)")
    p.add_argument("--no-drafts", action="store_true",
                   help="leave drafts out, as the published site does")

    p = sub.add_parser("schema", help="print the JSON Schema of practice files")
    p.set_defaults(reads_library=False)  # every other command reads or writes under --root

    p = sub.add_parser("new", help="scaffold a new practice in both languages")
    p.add_argument("--title-tr", metavar="TITLE",
                   help="Turkish title; the folder name (id) is made from it")
    p.add_argument("--title-en", metavar="TITLE", help="English title (may be left out)")
    p.add_argument("--municipality", metavar="ID",
                   help="id of the municipality record, e.g. izmir-buyuksehir-belediyesi")
    p.add_argument("--no-input", action="store_true",
                   help="never prompt, even on a terminal")

    p = sub.add_parser("from-issue", help="turn a submitted issue form into practice files")
    p.add_argument("body", help="file holding the issue body (- for stdin)")
    p.add_argument("--lang", choices=langs, default=_default_lang(),
                   help="language of the report printed (default: from KB_LANG or LANG)")
    p.add_argument("--report", metavar="FILE",
                   help="also write the report, in Turkish and English, as Markdown for the "
                        "issue comment")
    return parser


def _message_lang(args: argparse.Namespace) -> str:
    """The language of the command's messages (`--lang` where it means that)."""
    lang = getattr(args, "lang", None)
    return lang if isinstance(lang, str) else _default_lang()


class Terminated(KeyboardInterrupt):
    """SIGTERM (a CI job cancelled, `kill`): unwinds like Ctrl-C, so that every `finally`
    removes its temporary folders and no half-written output is left behind.

    Its own class, not KeyboardInterrupt itself: CPython marks a KeyboardInterrupt that
    leaves code run by eval() (namedtuple() does so while a module is imported) as
    unhandled even when it is caught later, and then ends the process with SIGINT
    instead of the exit code main() returned; it checks for that exact class only.
    """


def _terminate(signum, frame) -> None:
    raise Terminated


def _exit_code(exc: Exception) -> int:
    """A problem the user can fix: its own code; the system's (disk, permissions): 1; a bug: 70."""
    if isinstance(exc, KbError):
        return exc.exit_code
    return 1 if isinstance(exc, OSError) else 70


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = _message_lang(args)
    if getattr(args, "reads_library", True) and not Path(args.root).is_dir():
        # Else each command finds nothing where the library should be and says so per file.
        print(f"kb {args.command}: " + KbError("arg.no_root", root=args.root).render(lang),
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"kb.commands.{args.command.replace('-', '_')}")
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return module.run(args)
    except Terminated:
        return 128 + signal.SIGTERM  # 143, as a shell reports a process ended by SIGTERM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("KB_DEBUG") and not isinstance(exc, (KbError, OSError)):
            raise  # a bug, with its traceback
        print(f"kb {args.command}: {in_words(exc, lang)}", file=sys.stderr)
        return _exit_code(exc)
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
