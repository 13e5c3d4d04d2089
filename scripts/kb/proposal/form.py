"""The answers of one submitted form, with what was found in them, collected rather than raised."""

from __future__ import annotations

from typing import NamedTuple

from ..diagnostics import Diagnostic, diag
from ..issueform import BY_ID, Answer
from ..languages import Words


class Finding(NamedTuple):
    """A problem (severity error) or a note (warning) about the answer to one form question."""

    field: str  # form field id; "" for the form as a whole
    diagnostic: Diagnostic


class Correction(NamedTuple):
    """An answer the bot read leniently: what was written, what it used, and why if not obvious."""

    field: str
    given: str
    used: str
    reason: str = ""  # a message code (messages.MESSAGES) that says why, or ""
    args: tuple = ()  # (name, value) pairs for the reason's template


def heading(fid: str) -> str:
    """The question's heading as the proposer sees it when editing the issue's Markdown."""
    return BY_ID[fid].label


class Form:
    """Answers being converted; problems and corrections are collected per question."""

    def __init__(self, answers: dict[str, Answer], file: str):
        self.answers, self.file = answers, file
        self.findings: list[Finding] = []
        self.corrections: list[Correction] = []
        self.covered: set[str] = set()  # questions already explained: validator repeats dropped

    def get(self, fid: str) -> str:
        answer = self.answers.get(fid)
        return answer.value if answer else ""

    def line(self, fid: str) -> int:
        answer = self.answers.get(fid)
        return answer.line if answer else 1

    def problem(self, fid: str, code: str, covers: tuple[str, ...] = (),
                severity: str = "error", **args) -> None:
        """Report a problem with one answer; `covers` names other questions it explains."""
        field = BY_ID[fid]
        self.findings.append(Finding(fid, diag(
            self.file, self.line(fid), 1, code, fid, severity, **args,
            label=Words(field.tr, field.en), heading=field.label)))
        self.covered.add(fid)
        self.covered.update(covers)

    def corrected(self, fid: str, given: str, used: object, reason: str = "", **args) -> None:
        """Note that an answer was read as something else than written."""
        self.corrections.append(Correction(fid, given, str(used), reason,
                                           tuple(sorted(args.items()))))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.diagnostic.severity == "error"]
