"""Loading files into plain data: vocabularies, records and practices, each with diagnostics."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from . import layout
from .diagnostics import Diagnostic, diag
from .languages import BY_CODE, Words
from .narrative import parse_sections
from .schema.fields import (
    LANGUAGE_FILE,
    LANGUAGES,
    PRACTICE,
    PRACTICE_FILE,
    VOCABULARIES,
    vocabulary_defaults,
)
from .schema.structure import Record
from .schema.types import INVALID, NOTHING, Context, _kind, suggest
from .sourcefile import dangling_link, read_text, split_front_matter
from .turkish import slugify
from .yaml import Mapping, Sequence, parse

LIST = Words("terim listesi", "a list of terms")
TERM_EXAMPLE = "- {id: …, tr: …, en: …}"
# Vocabularies some other vocabulary refers to come first.
VOCABULARY_ORDER = ["regions", *[n for n in VOCABULARIES if n != "regions"]]


def shown_path(path: Path, root: Path) -> str:
    """The path as a contributor sees it: relative to the repository root when possible."""
    if ".." not in path.parts:  # the usual case, root / "practices" / …: no file-system call
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _yaml_record(text: str, line: int, schema: Record, ctx: Context) -> Any:
    node, errors = parse(text, ctx.file, line_offset=line - 1)
    ctx.diagnostics.extend(errors)
    if node is None:
        if not errors:  # an empty file or front matter holds no fields at all
            ctx.diagnostics.append(diag(ctx.file, line, 1, "yaml.not_mapping"))
        return INVALID
    if not isinstance(node, Mapping):
        ctx.diagnostics.append(diag(ctx.file, node.line, node.col, "yaml.not_mapping"))
        return INVALID
    if errors:  # structure problems make field checks unreliable; still run them
        schema.convert(node, ctx, "")
        return INVALID
    return schema.convert(node, ctx, "")


def _read(path: Path, root: Path, ctx: Context, shown: str | None) -> str | None:
    """Make path the context's current file and read it; problems go to the context."""
    ctx.file = shown or shown_path(path, root)
    text, errors = read_text(path, ctx.file, root)
    ctx.diagnostics.extend(errors)
    return text


def load_yaml_file(path: Path, root: Path, schema: Record, ctx: Context,
                   shown: str | None = None) -> Any:
    """Read a whole-YAML file (records) against a record schema."""
    text = _read(path, root, ctx, shown)
    return INVALID if text is None else _yaml_record(text, 1, schema, ctx)


def load_vocabulary(path: Path, root: Path, name: str, vocabularies: dict
                    ) -> tuple[dict, list[Diagnostic]]:
    """A vocabulary file: a YAML list of terms, each with id, tr and en labels."""
    ctx = Context(shown_path(path, root), vocabularies)
    text, errors = read_text(path, ctx.file, root)
    if text is None:
        return {}, errors
    node, errors = parse(text, ctx.file)
    ctx.diagnostics.extend(errors)
    terms: dict[Any, dict] = {}

    if node is None:
        if not errors:  # an empty vocabulary would silently reject every term
            ctx.diagnostics.append(diag(ctx.file, 1, 1, "type.expected", expected=LIST,
                                        got=NOTHING, example=TERM_EXAMPLE))
        return terms, ctx.diagnostics
    if not isinstance(node, Sequence):
        ctx.error(node, "type.expected", "", expected=LIST, got=_kind(node), example=TERM_EXAMPLE)
        return terms, ctx.diagnostics
    schema = VOCABULARIES[name]
    slugs: dict[str, Any] = {}  # the URL slug of each term: two terms must not share a page
    for i, item in enumerate(node.items):
        term = schema.convert(item, ctx, f"[{i}]")
        if term is INVALID:
            continue
        if term["id"] in terms:
            ctx.error(item, "id.duplicate", f"[{i}].id", value=term["id"],
                      other=f"[{list(terms).index(term['id'])}]")
            continue
        slug = slugify(str(term["id"]))
        where = item.get("id") if isinstance(item, Mapping) else None
        if not slug:
            ctx.error(where or item, "id.no_slug", f"[{i}].id", value=term["id"])
            continue
        if slug in slugs:
            ctx.error(where or item, "id.slug_collision", f"[{i}].id", value=term["id"],
                      other=slugs[slug], url=f"{name}/{slug}/")
            continue
        slugs[slug] = term["id"]
        _repeats(schema, term, item, terms, ctx, i)  # reported; the term itself stays usable
        terms[term["id"]] = term
    return terms, ctx.diagnostics


def _repeats(schema, term: dict, item, terms: dict, ctx: Context, i: int) -> None:
    """Report a value that a field declared unique shares with an earlier term."""
    for f in schema.fields:
        if f.unique and f.name in term:
            for other_id, other in terms.items():
                if other.get(f.name) == term[f.name]:
                    node = item.get(f.name) if isinstance(item, Mapping) else item
                    ctx.error(node or item, "vocab.repeated_value", f"[{i}].{f.name}",
                              name=f.name, value=term[f.name], other=other_id)
                    break


def load_vocabularies(root: Path) -> tuple[dict[str, dict], list[Diagnostic]]:
    """Every vocabulary under vocabularies/, keyed by file name without .yml."""
    vocabularies: dict[str, dict] = {}
    diagnostics: list[Diagnostic] = []
    folder = root / "vocabularies"
    for name in VOCABULARY_ORDER:
        path = folder / f"{name}.yml"
        if not path.exists():
            shown = shown_path(path, root)
            diagnostics.append(dangling_link(path, shown)
                               or diag(shown, 1, 1, "vocabulary.missing", name=name, path=shown))
            vocabularies[name] = {}
            continue
        vocabularies[name], errors = load_vocabulary(path, root, name, vocabularies)
        diagnostics.extend(errors)
    diagnostics += layout.vocabulary_problems(root)
    for name, term, field in vocabulary_defaults():
        if vocabularies.get(name) and term not in vocabularies[name]:  # a missing file is told
            diagnostics.append(diag(shown_path(folder / f"{name}.yml", root), 1, 1,
                                    "vocabulary.default_missing", value=term, field=field))
    return vocabularies, diagnostics


def load_language_file(path: Path, root: Path, lang: str, ctx: Context,
                       shown: str | None = None) -> tuple[Any, bool]:
    """A tr.md / en.md file: front matter fields plus the narrative sections, and whether
    all is valid; with errors, what did load (INVALID if the file has no front matter and
    body to read)."""
    text = _read(path, root, ctx, shown)
    if text is None:
        return INVALID, False
    doc, errors = split_front_matter(text, ctx.file)
    ctx.diagnostics.extend(errors)
    if doc is None:
        return INVALID, False
    ctx.partial = {}
    fields = _yaml_record(doc.front, doc.front_line, LANGUAGE_FILE, ctx)
    narrative = parse_sections(doc.body, doc.body_line, lang, ctx.file)
    ctx.diagnostics.extend(narrative.errors)
    return {**(ctx.partial if fields is INVALID else fields), "sections": narrative.sections,
            "body": doc.body, "path": ctx.file, "anchors": narrative.anchors,
            "body_line": doc.body_line, "section_lines": narrative.lines}, (
        fields is not INVALID and not narrative.errors)


# What only the checks read of a loaded practice: where each value was written, the body
# before it was split into sections, the anchors and lines of those sections.
CHECKS_ONLY = ("where",)
TEXT_CHECKS_ONLY = ("where", "body", "anchors", "body_line", "section_lines")


def lean(practice: dict) -> dict:
    """The practice without what only the checks read (less to send and hold: the build)."""
    for key in CHECKS_ONLY:
        practice.pop(key, None)
    for text in practice["langs"].values():
        for key in TEXT_CHECKS_ONLY:
            text.pop(key, None)
    return practice


def load_practice(folder: Path, root: Path, ctx: Context) -> tuple[dict | None, bool]:
    """One practice folder: practice.yml and its language files, and whether all is valid.

    A practice with errors comes with what did load (the fields of practice.yml that
    converted, the language files without errors), for the checks that need only those;
    None if the folder has no practice.yml.
    """
    before = len(ctx.diagnostics)
    names = set(os.listdir(folder))  # one directory read instead of a stat per file
    shown = _shown_in(folder, root)
    meta_path = folder / PRACTICE_FILE
    expected = [PRACTICE_FILE, *(f"{lg}.md" for lg in LANGUAGES)]
    for name in sorted(n for n in names - set(expected) if not n.startswith(".")):
        wanted = [e for e in expected if e not in names]
        ctx.diagnostics.append(diag(shown(name), 1, 1, "file.unexpected", severity="warning",
                                    name=name, suggestion=suggest(name, wanted)))
    if PRACTICE_FILE not in names:
        ctx.diagnostics.append(diag(shown(PRACTICE_FILE), 1, 1, "file.missing_practice"))
        return None, False
    ctx.where, ctx.partial = {}, {}
    data = load_yaml_file(meta_path, root, PRACTICE, ctx, shown(PRACTICE_FILE))
    salvaged = ctx.partial
    meta_file = ctx.file
    where = ctx.where
    practice: dict = {"dir": shown(""), "file": meta_file, "langs": {}}
    practice.update(salvaged if data is INVALID else data)
    for lang in LANGUAGES:
        name = f"{lang}.md"
        if name in names:
            ctx.where = {}
            loaded, complete = load_language_file(folder / name, root, lang, ctx, shown(name))
            if loaded is not INVALID:  # with errors, only for the checks (the practice fails)
                loaded["where"] = ctx.where
                practice["langs"][lang] = loaded
            if not complete:
                practice.setdefault("incomplete", set()).add(lang)
    present = [lang for lang in LANGUAGES if f"{lang}.md" in names]
    if data is not INVALID and not data.get("draft"):
        # Published in the languages it is written in; the other site says a translation is
        # pending. With no language file at all there is nothing to publish.
        for lang in LANGUAGES:
            if lang not in present:
                other = next(iter(present), None)
                ctx.diagnostics.append(diag(
                    meta_file, 1, 1, "file.missing_language" if other else "file.no_language",
                    severity="warning" if other else "error", lang=BY_CODE[lang].names,
                    expected=shown(f"{lang}.md"),
                    other=BY_CODE[other].names if other else ""))
                if not other:
                    break
    practice["where"] = where
    return practice, not _has_errors(ctx, before)


def _shown_in(folder: Path, root: Path):
    """shown_path for the folder ("") and the files in it, without a Path per file when possible."""
    if ".." not in folder.parts:
        try:
            base = folder.relative_to(root).as_posix()
        except ValueError:
            base = None
        if base is not None and base != ".":
            return lambda name: f"{base}/{name}" if name else base
    return lambda name: shown_path(folder / name if name else folder, root)


def _has_errors(ctx: Context, since: int) -> bool:
    return any(d.severity == "error" for d in ctx.diagnostics[since:])
