"""`kb from-issue BODY`: turn a submitted "Propose a practice" form into practice files.

The answers become practice.yml, tr.md and en.md (a draft when one language is missing),
which are then validated in place. If anything is invalid the folder is removed again and
every finding is reported against the form question it came from; exit 1.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

from ..clock import today
from ..diagnostics import Diagnostic, diag
from ..issueform import (
    BY_ID,
    FIELDS,
    MAX_BODY,
    Answer,
    checked,
    options,
    parse_body,
    split_choices,
)
from ..languages import BY_CODE as LANG_BY_CODE
from ..languages import Words
from ..library import load_library, validate_paths
from ..scaffold import render_language_file, render_practice_yml
from ..schema.fields import LANGUAGES, SECTIONS, TRANSFER_KEYS
from ..schema.types import suggest
from ..turkish import fold, slugify
from .new import write_practice

# Which form question a key of the generated files comes from.
KEY_FIELD = {"municipality": "municipality", "themes": "themes", "target_groups": "target_groups",
             "sdgs": "sdgs", "status": "status", "start": "start", "end": "end",
             "evidence": "evidence", "sources": "sources", "contact.organisation": "contact",
             "contact.url": "contact_url", "contact.email": "contact_email", "id": "title_tr"}


class Form:
    """Answers being converted, with every problem collected rather than raised."""

    def __init__(self, answers: dict[str, Answer], file: str):
        self.answers, self.file = answers, file
        self.problems: list[Diagnostic] = []

    def get(self, fid: str) -> str:
        answer = self.answers.get(fid)
        return answer.value if answer else ""

    def problem(self, fid: str, code: str, **args) -> None:
        answer = self.answers.get(fid)
        line = answer.line if answer else 1
        field = BY_ID[fid]
        self.problems.append(diag(self.file, line, 1, code, field.id, **args,
                                  label=Words(field.tr, field.en)))

    def choices(self, fid: str, vocabularies: dict) -> list:
        field = BY_ID[fid]
        by_label = options(field, vocabularies)
        ids = {str(v): v for v in by_label.values()}
        out = []
        for choice in split_choices(self.get(fid), list(by_label)):
            if choice in by_label:
                out.append(by_label[choice])
            elif choice in ids:  # an edited issue may name the id itself
                out.append(ids[choice])
            else:
                hint = suggest(choice, list(by_label))
                self.problem(fid, "issue.option", value=choice[:80], suggestion=hint)
        if field.required and not out and fid not in self.answers:
            self.problem(fid, "issue.missing")
        if not field.multiple and len(out) > 1:
            self.problem(fid, "issue.one_choice")
        return out


def resolve(name: str, pools: list[dict[str, dict]]) -> str:
    """A record id from an id or an official name (Turkish-folded comparison)."""
    name = name.strip()
    for pool in pools:
        if name in pool:
            return name
    wanted = fold(name)
    for pool in pools:
        for rid, record in pool.items():
            names = record.get("name", {})
            if wanted in (fold(names.get("tr", "")), fold(names.get("en", ""))):
                return rid
    return slugify(name)  # unknown: the validator reports it with a suggestion


def parse_sources(form: Form, today: str) -> list[dict]:
    """'Title | Publisher | Date | Link' lines; a lone link is its own title."""
    out = []
    for number, line in enumerate(
            (x for x in form.get("sources").split("\n") if x.strip()), start=1):
        parts = [p.strip() for p in line.strip().lstrip("-*").strip().split("|")]
        if len(parts) == 1 and parts[0].lower().startswith(("http://", "https://")):
            parts = [parts[0], "", "", parts[0]]
        if len(parts) > 4:
            form.problem("sources", "issue.source_line", number=number, count=len(parts))
            continue
        parts += [""] * (4 - len(parts))
        title, publisher, date, url = parts
        source = {"title": title or None, "publisher": publisher or "unknown",
                  "date": date or "unknown", "accessed": today}
        if url:
            source["url"] = url
        out.append(source)
    if not out and "sources" in form.answers:
        form.problem("sources", "issue.missing")
    return out


def languages(form: Form) -> list[str]:
    """The languages whose title, summary and five sections are all given."""
    complete = []
    for lang in LANGUAGES:
        ids = [f"title_{lang}", f"summary_{lang}", *(f"{sid}_{lang}" for sid, _, _ in SECTIONS)]
        given = [i for i in ids if form.get(i)]
        if len(given) == len(ids):
            complete.append(lang)
        elif given and given != ["title_tr"]:  # the Turkish title alone only names the folder
            missing = [i for i in ids if i not in given]
            form.problem(missing[0], "issue.language_incomplete", language=LANG_BY_CODE[lang].names,
                         missing=", ".join(f"'{BY_ID[i].label}'" for i in missing))
    return complete


def convert(form: Form, lib, today: dt.date) -> tuple[str, dict[str, str]] | None:
    """The files of the proposed practice, or None when the answers cannot make one."""
    vocab = lib.vocabularies
    if not form.get("title_tr"):
        form.problem("title_tr", "issue.missing")
    if not checked(form.get("consent")):
        form.problem("consent", "issue.consent")
    if not form.get("municipality"):
        form.problem("municipality", "issue.missing")
    values: dict = {
        "themes": form.choices("themes", vocab),
        "target_groups": form.choices("target_groups", vocab),
        "sdgs": form.choices("sdgs", vocab),
        "status": (form.choices("status", vocab) or [None])[0],
        "evidence": (form.choices("evidence", vocab) or [None])[0],
        "start": form.get("start") or "unknown",
        "end": form.get("end") or None,
        "sources": parse_sources(form, today.isoformat()),
        "last_verified": today.isoformat(),
    }
    form.choices("province", vocab)  # only checked: the municipality record holds the province
    if not form.get("sources"):
        form.problem("sources", "issue.missing")
    langs = languages(form)
    if not langs and form.get("title_tr"):
        form.problem("title_tr", "issue.no_language")
    if form.problems:
        return None
    municipalities = lib.records.get("municipality", {})
    organisations = lib.records.get("organisation", {})
    slug = slugify(form.get("title_tr"))
    municipality = resolve(form.get("municipality"), [municipalities])
    contact = {"organisation": resolve(form.get("contact"), [municipalities, organisations])
               if form.get("contact") else municipality,
               "url": form.get("contact_url") or None, "email": form.get("contact_email") or None}
    values.update(id=slug, municipality=municipality, contact=contact)
    values["draft"] = False  # published in the languages it is written in
    files = {"practice.yml": render_practice_yml(values, vocab)}
    for lang in langs:
        unknown = dict.fromkeys(TRANSFER_KEYS, "unknown")
        front = {"title": form.get(f"title_{lang}"), "summary": form.get(f"summary_{lang}"),
                 "transferability": unknown}
        sections = {sid: form.get(f"{sid}_{lang}") for sid, _, _ in SECTIONS}
        files[f"{lang}.md"] = render_language_file(lang, front, sections)
    return slug, files


def _field_of(d: Diagnostic, files: dict[str, str]) -> str:
    """The form question behind a finding in a generated file."""
    name = d.file.rsplit("/", 1)[-1]
    if name.endswith(".md"):
        lang = name[:2]
        if d.key.split(".")[0] in ("title", "summary"):
            return f"{d.key}_{lang}"
        heading = ""  # the narrative section the line falls in
        for line in files.get(name, "").split("\n")[: d.line]:
            if line.startswith("## "):
                heading = line[3:].strip()
        for sid, tr, en in SECTIONS:
            if heading in (tr, en):
                return f"{sid}_{lang}"
        return f"summary_{lang}"
    key = d.key.split("[")[0]
    return KEY_FIELD.get(key, KEY_FIELD.get(key.split(".")[0], "title_tr"))


def md_escape(text: str) -> str:
    """Text safe inside a Markdown comment: no markup, links, HTML or @-mentions."""
    for ch in "\\`*_{}[]<>|~":
        text = text.replace(ch, "\\" + ch)
    return text.replace("@", "&#64;").replace("\n", " ")


def report(diagnostics: list[Diagnostic], lang: str, created: str = "",
           files: dict[str, str] | None = None) -> str:
    """A Markdown summary for the issue comment: findings by form question."""
    lines = []
    if created:
        lines.append({"tr": f"Oluşturuldu: `{created}`", "en": f"Created: `{created}`"}[lang])
    for d in diagnostics:
        label = dict(d.args).get("label")
        if not label and d.file.startswith("practices/"):
            field = BY_ID[_field_of(d, files or {})]
            label = Words(field.tr, field.en)
        label = label.get(lang) if label else ""
        word = {"error": {"tr": "hata", "en": "error"},
                "warning": {"tr": "uyarı", "en": "warning"}}[d.severity][lang]
        hint = f" ({md_escape(d.hint(lang))})" if d.hint(lang) else ""
        where = f"**{md_escape(label)}** — " if label else ""
        lines.append(f"- {where}{word}: {md_escape(d.message(lang))}{hint}")
    return "\n".join(lines) + "\n"


def run(args) -> int:
    root = Path(args.root)
    shown = "stdin" if args.body == "-" else args.body
    try:
        if args.body == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            raw = stdin.read(MAX_BODY + 1) if stdin else sys.stdin.read().encode("utf-8")
        else:
            raw = Path(args.body).read_bytes()
    except OSError as exc:
        print(f"kb from-issue: {shown}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    problems: list[Diagnostic] = []
    files = None
    slug = ""
    if len(raw) > MAX_BODY:
        problems.append(diag(shown, 1, 1, "issue.too_large", size=len(raw), limit=MAX_BODY))
    else:
        answers = parse_body(raw.decode("utf-8", errors="replace"))
        if not answers:
            problems.append(diag(shown, 1, 1, "issue.not_form"))
        else:
            lib, _ = load_library(root)
            form = Form(answers, shown)
            converted = convert(form, lib, today())
            problems = form.problems
            if converted:
                slug, files = converted
                if (root / "practices" / slug).exists() or lib.record(slug):
                    title = BY_ID["title_tr"]
                    problems.append(diag(shown, answers["title_tr"].line, 1, "issue.exists",
                                         "title-tr", value=slug,
                                         label=Words(title.tr, title.en)))
                    files = None
    findings = problems
    created = ""
    if files is not None:
        target = write_practice(root, slug, files)
        try:
            _, findings = validate_paths(root, [target])
        finally:
            if any(d.severity == "error" for d in findings):
                shutil.rmtree(target, ignore_errors=True)
            else:
                created = f"practices/{slug}"
    text = report(findings, args.lang, created, files)
    if getattr(args, "report", None):
        Path(args.report).write_text(text, encoding="utf-8")
    print(text, end="")
    return 1 if any(d.severity == "error" for d in findings) or not created else 0


__all__ = ["FIELDS", "convert", "md_escape", "parse_sources", "report", "resolve", "run"]
