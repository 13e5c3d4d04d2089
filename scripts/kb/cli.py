"""`kb`: the project's command line. Each sub-command lives in kb.commands.<name>."""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from pathlib import Path

from .cli_words import speak, words
from .errors import KbError, in_words
from .languages import CODES


def _default_lang() -> str:
    lang = os.environ.get("KB_LANG") or os.environ.get("LANG", "")
    return "tr" if lang.lower().startswith("tr") else "en"


def _lang_asked(argv: list[str]) -> str:
    """The language the command line asks for (`--lang tr`, `--lang=tr`), else the default:
    it is known before parsing, so that `--help` and argparse's errors speak it too."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in CODES:
            return value
    return _default_lang()


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    speak(lang)
    w = words(lang)
    parser = argparse.ArgumentParser(prog="kb", description=w("description"))
    parser.add_argument("--root", default=".", metavar=w("ROOT"), help=w("--root"))
    # `kb --lang tr validate`: before the command, --lang is the language of the messages
    # only (after `build` it picks the languages built).
    parser.add_argument("--lang", dest="messages", choices=list(CODES), help=w("--lang"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=w("COMMAND"))
    langs = list(CODES)

    def command(name: str, **kwargs):
        return sub.add_parser(name, help=w(name), description=w(name), **kwargs)

    def option(p, name: str, **kwargs):
        p.add_argument(name, help=w(f"{p.prog.split()[-1]} {name}"), **kwargs)

    p = command("validate")
    option(p, "paths", nargs="*", metavar=w("PATH"))
    option(p, "--format", choices=["text", "json", "github"], default="text")
    option(p, "--lang", choices=langs)
    option(p, "--no-cache", action="store_true")

    p = command("build")
    option(p, "--out", default="site", metavar=w("PATH"))
    option(p, "--lang", choices=langs, action="append")

    p = command("serve")
    option(p, "--lang", choices=langs)
    option(p, "--port", type=int, default=8000, metavar=w("PORT"))
    option(p, "--no-drafts", action="store_true")

    p = command("schema")
    p.set_defaults(reads_library=False)  # every other command reads or writes under --root

    p = command("new")
    option(p, "--title-tr", metavar=w("TITLE"))
    option(p, "--title-en", metavar=w("TITLE"))
    option(p, "--municipality", metavar="ID")
    option(p, "--no-input", action="store_true")

    p = command("from-issue")
    option(p, "body", metavar=w("FILE"))
    option(p, "--lang", choices=langs)
    option(p, "--report", metavar=w("FILE"))
    return parser


def _message_lang(args: argparse.Namespace) -> str:
    """The language of the command's messages: its own `--lang` where it means that, else
    the one given before the command, else KB_LANG or LANG."""
    lang = getattr(args, "lang", None)
    return lang if isinstance(lang, str) else args.messages or _default_lang()


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
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(_lang_asked(argv))
    args = parser.parse_args(argv)
    lang = args.messages = _message_lang(args)
    if args.command != "build":  # whose --lang lists the languages to build
        args.lang = lang
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
