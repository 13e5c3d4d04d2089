"""An error meant for a person: a message code (messages.MESSAGES) and an exit code.

Commands raise KbError instead of printing and exiting, and `kb` renders it in the reader's
language. Anything else that escapes a command is a bug, reported without a traceback.
"""

from __future__ import annotations


class KbError(Exception):
    """A problem the user can fix: `code` names the message, `args` fill it."""

    def __init__(self, code: str, exit_code: int = 1, **args: object):
        super().__init__(code)
        self.code, self.exit_code, self.args_ = code, exit_code, args

    def render(self, lang: str) -> str:
        from .messages import render

        message, hint = render(self.code, lang, self.args_)
        word = {"tr": "ipucu", "en": "hint"}[lang]
        return message + (f"\n    {word}: {hint}" if hint else "")


def os_error(exc: OSError, lang: str) -> str:
    """An operating-system error (full disk, no permission...) in the reader's language."""
    from .messages import os_reason

    return KbError("os.error", path=exc.filename or "", reason=os_reason(exc, lang)).render(lang)


def in_words(exc: BaseException, lang: str) -> str:
    """Any exception as a person reads it: a KbError's message, an OSError's reason, and for
    anything else (a bug) its kind and words, never a traceback."""
    if isinstance(exc, KbError):
        return exc.render(lang)
    if isinstance(exc, OSError):
        return os_error(exc, lang)
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return KbError("internal", error=what[:200]).render(lang)
