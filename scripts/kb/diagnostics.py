"""Diagnostics: what is wrong, where, and how to fix it; formatted for people, JSON and GitHub."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .messages import render


@dataclass(frozen=True)
class Diagnostic:
    """One finding in one file, located by 1-based line and column."""

    file: str
    line: int
    column: int
    severity: str  # "error" | "warning"
    key: str  # dotted key path such as "themes[1]", or "" for the whole file
    code: str  # message id in messages.MESSAGES
    args: tuple = ()  # sorted (name, value) pairs filling the message template

    def message(self, lang: str) -> str:
        return render(self.code, lang, dict(self.args))[0]

    def hint(self, lang: str) -> str:
        return render(self.code, lang, dict(self.args))[1]


SHOWN_CHARS = 80  # of a mapping or a list shown in a message


def shown(value):
    """An argument as a message shows it: a mapping or a list on one line ('title: …,
    publisher: …'), cut to SHOWN_CHARS; anything else as it is (Words too: a tuple)."""
    if not isinstance(value, (dict, list)):
        return value
    text = _one_line(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def _one_line(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_one_line(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_one_line(v) for v in value) + "]"
    return str(value)


def diag(file, line, column, code, key="", severity="error", **args) -> Diagnostic:
    """Build a diagnostic; args fill the message template (a mapping or a list as text: a
    source written twice is shown, not a crash)."""
    return Diagnostic(
        str(file), int(line), int(column), severity, key, code,
        tuple(sorted((name, shown(value)) for name, value in args.items()))
    )


def format_text(diags: list[Diagnostic], lang: str) -> str:
    """Compiler-style lines: path:line:col: error: key: message (hint)."""
    words = {"tr": {"error": "hata", "warning": "uyarı"}, "en": {}}[lang]
    out = []
    for d in diags:
        sev = words.get(d.severity, d.severity)
        key = f"{d.key}: " if d.key else ""
        line = f"{d.file}:{d.line}:{d.column}: {sev}: {key}{d.message(lang)}"
        hint = d.hint(lang)
        if hint:
            line += f"\n    {'ipucu' if lang == 'tr' else 'hint'}: {hint}"
        out.append(line)
    return "\n".join(out)


def format_json(diags: list[Diagnostic], lang: str) -> str:
    """A JSON list of {file, line, column, key, severity, code, message, hint}."""
    return json.dumps(
        [
            {
                "file": d.file,
                "line": d.line,
                "column": d.column,
                "key": d.key,
                "severity": d.severity,
                "code": d.code,
                "message": d.message(lang),
                "hint": d.hint(lang),
            }
            for d in diags
        ],
        ensure_ascii=False,
        indent=2,
    )


def escape_data(value: str) -> str:
    """Escape a workflow-command message so content cannot end it or start another command."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow-command property (file, title): also ':' and ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(diags: list[Diagnostic], lang: str) -> str:
    """GitHub Actions annotations (::error file=…,line=…,col=…,title=…::message).

    In Turkish, then in English: contributors write Turkish, and partners read English.
    """
    out = []
    for d in diags:
        parts = []
        for code in ("tr", "en"):
            hint = d.hint(code)
            word = {"tr": "ipucu", "en": "hint"}[code]
            parts.append(d.message(code) + (f" ({word}: {hint})" if hint else ""))
        text = "\n".join(parts)
        props = ",".join(
            f"{k}={escape_property(str(v))}"
            for k, v in (
                ("file", d.file),
                ("line", d.line),
                ("col", d.column),
                ("title", d.key or d.code),
            )
        )
        out.append(f"::{d.severity} {props}::{escape_data(text)}")
    return "\n".join(out)


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github}
