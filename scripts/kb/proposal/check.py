"""The draft's files written into the repository, validated with everything else, kept or removed.

Each validator finding is reported on the form question its value came from. The files stay
only if there is no error at all (form or validator); otherwise nothing is left behind.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, diag
from ..errors import os_error
from ..issueform import MAX_BODY, Answer, parse_body
from ..languages import Words
from ..library import load_library, validate_paths
from ..schema.fields import SECTIONS
from .convert import Draft, convert
from .form import Correction, Finding, Form
from .newrecord import KEY_FIELD as RECORD_FIELD

# Which form question a key of practice.yml comes from.
KEY_FIELD = {"municipality": "municipality", "themes": "themes", "target_groups": "target_groups",
             "sdgs": "sdgs", "status": "status", "start": "start", "end": "end",
             "evidence": "evidence", "sources": "sources", "contact.organisation": "contact",
             "contact.url": "contact_url", "contact.email": "contact_email", "id": "title_tr",
             "contact": "contact"}
# Told in the report's own words (its publishing part), not as a note.
SAID_OTHERWISE = {"file.missing_language"}


@dataclass
class Outcome:
    """What became of one form: the files kept, the languages, and everything to tell."""

    created: list[str] = field(default_factory=list)  # paths kept, from the repository root
    languages: list[str] = field(default_factory=list)  # languages with a complete text
    findings: list[Finding] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.created) and not self.errors

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.diagnostic.severity == "error"]


def field_of(d: Diagnostic, draft: Draft) -> str:
    """The form question behind a finding in a generated file."""
    if draft.record and d.file == draft.record.path:
        key = d.key.split("[")[0]
        return RECORD_FIELD.get(key, RECORD_FIELD.get(key.split(".")[0], "new_name_tr"))
    name = d.file.rsplit("/", 1)[-1]
    if name.endswith(".md"):
        lang = name[:2]
        if d.key.split(".")[0] in ("title", "summary"):
            return f"{d.key.split('.')[0]}_{lang}"
        heading = ""  # the narrative section the line falls in
        for line in draft.files.get(d.file, "").split("\n")[: d.line]:
            if line.startswith("## "):
                heading = line[3:].strip()
        for sid, tr, en in SECTIONS:
            if heading in (tr, en):
                return f"{sid}_{lang}"
        return f"summary_{lang}"
    key = d.key.split("[")[0]
    return KEY_FIELD.get(key, KEY_FIELD.get(key.split(".")[0], "title_tr"))


def _write(root: Path, draft: Draft) -> list[Path]:
    """Write the draft's files, never over an existing one; the paths written."""
    written: list[Path] = []
    folder = root / "practices" / draft.slug
    staging = root / "practices" / f".{draft.slug}.proposal"
    try:
        if draft.record:
            path = root / draft.record.path
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8") as out:
                written.append(path)
                out.write(draft.record.text())
        staging.mkdir(parents=True)
        for name, text in draft.practice_files().items():
            (staging / name).write_text(text, encoding="utf-8")
        os.rename(staging, folder)  # fails if the folder appeared meanwhile: never overwrite
        written.append(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _remove(written)
        raise
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def check(root: Path, answers: dict[str, Answer], shown: str, today: dt.date) -> Outcome:
    """Convert the answers, validate the files in place, keep them only if all is well."""
    form = Form(answers, shown)
    for fid, answer in answers.items():
        if "\ufffd" in answer.value:  # bytes that were not UTF-8, replaced on reading
            form.problem(fid, "issue.not_utf8")
    lib, _ = load_library(root, today)
    draft = convert(form, lib, today, taken=lambda slug: (root / "practices" / slug).exists())
    outcome = Outcome(languages=draft.languages, corrections=form.corrections)
    if (root / "practices" / draft.slug).exists():  # even the placeholder: never overwrite
        outcome.findings = form.findings
        return outcome
    try:
        written = _write(root, draft)
    except OSError as exc:
        exc.filename = exc.filename or f"practices/{draft.slug}"
        reason = Words(os_error(exc, "tr"), os_error(exc, "en"))
        form.findings.append(Finding("", diag(shown, 1, 1, "issue.write_failed", reason=reason)))
        outcome.findings = form.findings
        return outcome
    keep = False
    try:
        _, found = validate_paths(root, written, today)
        for d in found:
            fid = field_of(d, draft)
            if d.code in SAID_OTHERWISE or fid in form.covered:
                continue
            form.findings.append(Finding(fid, d))
        keep = not form.errors and not draft.placeholder
    finally:
        if not keep:
            _remove(written)
    outcome.findings = form.findings
    if keep:
        outcome.created = [p.relative_to(root).as_posix() for p in written]
    return outcome


def from_body(root: Path, raw: bytes, shown: str, today: dt.date, size: int = 0) -> Outcome:
    """What becomes of an issue body as submitted: bounded, decoded, parsed and checked."""
    if len(raw) > MAX_BODY:
        size = max(size, len(raw))
        return Outcome(findings=[Finding("", diag(shown, 1, 1, "issue.too_large", size=size,
                                                  limit=MAX_BODY))])
    answers = parse_body(raw.decode("utf-8", errors="replace"))
    if not answers:
        return Outcome(findings=[Finding("", diag(shown, 1, 1, "issue.not_form"))])
    return check(root, answers, shown, today)


def failed(shown: str, exc: BaseException) -> Outcome:
    """The outcome of a bug in the bot: said plainly, so that the proposer still hears back."""
    return Outcome(findings=[Finding("", diag(shown, 1, 1, "issue.bot_failed",
                                              error=type(exc).__name__))])
