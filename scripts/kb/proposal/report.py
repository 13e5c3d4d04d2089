"""The bot's comment on a proposal: one Markdown text, a Turkish part and an English part.

Each part says what became of the proposal, the answers the bot corrected itself (apart
from the problems), every problem still to fix under the heading of its question, notes
that do not block, and where the practice will be published. Every value that comes from
the issue is escaped: the comment can neither link, mention nor format anything.
"""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic
from ..issueform import FIELDS
from ..languages import BY_CODE, CODES, Words, others
from ..messages import render
from .check import Outcome
from .form import Correction, Finding, heading

ORDER = {f.id: n for n, f in enumerate(FIELDS)}
MAX_SHOWN = 80  # characters of an answer shown in a correction


def md_escape(text: str) -> str:
    """Text safe inside a Markdown comment: no markup, links, HTML or @-mentions."""
    for ch in "\\`*_{}[]<>|~#":
        text = text.replace(ch, "\\" + ch)
    return text.replace("@", "&#64;").replace("\n", " ")


# An escape md_escape made, or a code span (code()): read left to right, so that an escaped
# backtick opens no span, and a span's backslashes, which Markdown shows as written, stay.
_ESCAPED_OR_CODE = re.compile(r"\\([\\`*_{}\[\]<>|~#])|(`[^`]*`)")


def for_terminal(markdown: str) -> str:
    """A part as a terminal shows it: what md_escape did to the issue's values undone (an
    '@' is no mention there), the rest of the Markdown kept, as readable as it is."""
    return _ESCAPED_OR_CODE.sub(lambda m: m.group(1) or m.group(2),
                                markdown.replace("&#64;", "@"))


def code(text: str) -> str:
    """A value as inline code: shown as written, never rendered (no backtick can close it)."""
    text = text.replace("\n", " ").replace("`", "'")
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "…"
    return f"`{text}`" if text.strip() else ""


def say(message: str, lang: str, **args) -> str:
    """A message of the report (messages.MESSAGES), with its hint in parentheses."""
    text, hint = render(message, lang, args)
    return text + (f" ({hint})" if hint else "")


def _escaped(value):
    if isinstance(value, Words):
        return Words(md_escape(value.tr), md_escape(value.en))
    return md_escape(value) if isinstance(value, str) else value


# Where an argument goes in a rendered template ("\ue000" number "\ue001": private-use
# characters, which no template writes), and the template's own backticks.
_SLOT = re.compile("\ue000([0-9]+)\ue001|`")


def _filled(text: str, values: list[str]) -> str:
    """A rendered template with each argument put in its slot, made safe for where it lands:
    in a code span (`{fixed}`, an example) as written, only backticks and line breaks
    changed (Markdown shows a span's backslashes, so escaping there would tell a contributor
    to type `target\\_groups`); elsewhere escaped (md_escape)."""
    out, at, inside = [], 0, False
    for m in _SLOT.finditer(text):
        out.append(text[at:m.start()])
        at = m.end()
        if m.group(1) is None:
            inside = not inside
            out.append("`")
            continue
        value = values[int(m.group(1))]
        out.append(value.replace("`", "'").replace("\n", " ") if inside else md_escape(value))
    out.append(text[at:])
    return "".join(out)


def _problem(d: Diagnostic, lang: str) -> str:
    """A finding in words: its arguments (they may come from the issue) made safe where they
    land (_filled), not its template. A suggestion, whose last vowel picks the Turkish
    question particle, is escaped in place."""
    values: list[str] = []

    def slot(value):
        if isinstance(value, Words):
            return Words(slot(value.tr), slot(value.en))
        if not isinstance(value, str):
            return value
        values.append(value.replace("\ue000", "").replace("\ue001", ""))
        return f"\ue000{len(values) - 1}\ue001"

    args = {k: _escaped(v) if k == "suggestion" else slot(v) for k, v in d.args}
    text, hint = (_filled(t, values) for t in render(d.code, lang, args))
    word = {"tr": "ipucu", "en": "hint"}[lang]
    return text.replace("\n", " ") + (f" ({word}: {hint})" if hint else "")


def _correction(c: Correction, lang: str) -> str:
    given = code(c.given) or render("issue.empty", lang, {})[0]
    line = (f"- **{md_escape(heading(c.field))}** — {render('issue.corrected', lang, {})[0]}: "
            f"{given} → {code(c.used)}")
    if c.reason:
        line += f" ({md_escape(render(c.reason, lang, dict(c.args))[0])})"
    return line


def _by_question(findings: list[Finding], lang: str) -> list[str]:
    """Findings grouped under the heading of their question, in the form's order."""
    groups: dict[str, list[Diagnostic]] = {}
    for f in sorted(findings, key=lambda f: ORDER.get(f.field, -1)):
        groups.setdefault(f.field, []).append(f.diagnostic)
    lines = []
    for fid, diags in groups.items():
        texts = list(dict.fromkeys(_problem(d, lang) for d in diags))
        title = f"**{md_escape(heading(fid))}**" if fid else "**—**"
        if len(texts) == 1:
            lines.append(f"- {title}: {texts[0]}")
        else:
            lines.append(f"- {title}:")
            lines += [f"  - {t}" for t in texts]
    return lines


def publishing(languages: list[str], lang: str) -> str:
    """Where a practice with complete texts in these languages is published, in words."""
    if set(languages) >= set(CODES):
        return render("issue.published_all", lang, {})[0]
    written = languages[0]
    other = others(written)[0]
    return render("issue.published_one", lang,
                  {"lang": BY_CODE[written].names, "other": BY_CODE[other].names})[0]


def part(outcome: Outcome, lang: str, before: list[tuple[str, dict]] = ()) -> str:
    """The report in one language; `before` adds workflow messages (code, args) at its top."""
    lines = [f"### {BY_CODE[lang].name}", ""]
    for message, args in before:
        lines += [say(message, lang, **args), ""]
    errors = outcome.errors
    notes = [f for f in outcome.findings if f.diagnostic.severity != "error"]
    if outcome.ok:
        files = ", ".join(code(p) for p in outcome.created)
        lines += [say("issue.report_ok", lang, files=files), ""]
    else:
        text, hint = render("issue.report_failed", lang, {"count": len(errors)})
        lines += [f"**{text}**", "", f"{hint[0].upper()}{hint[1:]}.", ""]
    if outcome.corrections:
        lines += [f"**{say('issue.report_corrections', lang)}**", ""]
        lines += [_correction(c, lang) for c in outcome.corrections] + [""]
    if errors:
        lines += [f"**{say('issue.report_problems', lang)}**", ""]
        lines += _by_question(errors, lang) + [""]
    if notes:
        lines += [f"**{say('issue.report_notes', lang)}**", ""]
        lines += _by_question(notes, lang) + [""]
    if outcome.ok and outcome.languages:
        lines += [f"**{say('issue.report_publishing', lang)}**", "",
                  publishing(outcome.languages, lang), ""]
    return "\n".join(lines).rstrip() + "\n"


def report(outcome: Outcome, before: list[tuple[str, dict]] = ()) -> str:
    """The whole comment: the Turkish part, a rule, the English part."""
    return "\n---\n\n".join(part(outcome, lang, before) for lang in CODES)
