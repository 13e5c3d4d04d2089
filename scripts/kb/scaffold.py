"""Practice files rendered from the schema: every field with its Turkish and English doc.

`kb new` renders an empty template; `kb from-issue` renders the same template filled with
the values of a submitted form. Required fields without a value are left empty, so that
`kb validate` lists exactly what is still to be written, each at its own line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .narrative import headings
from .schema.fields import LANGUAGE_FILE, PRACTICE, SCHEMA_VERSION
from .schema.structure import Field, ListOf, Record, Sourced, Vocab
from .schema.types import PartialDate, Type

# Scalars that read the same whatever YAML loader opens the file; anything else is quoted.
_PLAIN = re.compile(r"[0-9a-zçğıöşü][0-9a-zçğıöşü-]*|[0-9]{4}(-[0-9]{2}){0,2}|-?[0-9]+(\.[0-9]+)?")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}
# Vocabularies short enough to list every id in the comment above the field.
_LIST_LIMIT = 12


def yaml_scalar(value: Any) -> str:
    """A YAML scalar that loads back as exactly this value (double-quoted unless plainly safe)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text not in _YAML_WORDS:
        return text
    # A JSON string is a valid YAML double-quoted scalar; keep Turkish letters readable.
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace(
        "\u2029", "\\u2029")


def _hint(type_: Type, vocabularies: dict | None, lang: str) -> str:
    type_ = type_.inner if isinstance(type_, Sourced) else type_
    item = type_.item if isinstance(type_, ListOf) else type_
    if isinstance(item, Vocab) and vocabularies and vocabularies.get(item.vocabulary):
        ids = [str(i) for i in vocabularies[item.vocabulary]]
        if len(ids) <= _LIST_LIMIT:
            return ", ".join(ids)
        word = {"tr": "bkz.", "en": "see"}[lang]
        return f"{word} vocabularies/{item.vocabulary}.yml"
    if isinstance(type_, Record):
        return ""
    example = type_.example()
    if isinstance(example, list):
        example = example[0] if example else ""
    if example in ("", None, "…") or isinstance(example, dict):
        return ""
    return "ör./e.g. " + yaml_scalar(example)


def field_comment(field: Field, vocabularies: dict | None) -> list[str]:
    """Two comment lines: what the field is, then its type, in Turkish and in English."""
    need_tr = "zorunlu" if field.required else "isteğe bağlı"
    need_en = "required" if field.required else "optional"
    lines = [f"{field.doc_tr} | {field.doc_en}"]
    kind = f"{need_tr}, {field.type.describe('tr')} | {need_en}, {field.type.describe('en')}"
    hint_tr, hint_en = _hint(field.type, vocabularies, "tr"), _hint(field.type, vocabularies, "en")
    if hint_tr:
        kind += f" — {hint_tr}" if hint_tr == hint_en else f" — {hint_tr} | {hint_en}"
    lines.append(kind)
    return [f"# {line}" for line in lines]


def _skeleton(record: Record, indent: int, dash: bool) -> list[str]:
    """A commented-out example item, so the structure of an optional list is visible."""
    out = []
    for i, f in enumerate(record.fields):
        prefix = "- " if dash and i == 0 else "  " if dash else ""
        example = f.type.example()
        value = "" if isinstance(example, dict | list) or example in ("", None) else example
        value = f" {yaml_scalar(value)}" if value != "" else ""
        out.append(" " * indent + f"# {prefix}{f.name}:{value}")
    return out


def render_record(record: Record, values: dict | None, vocabularies: dict | None = None,
                  indent: int = 0, comments: bool = True) -> list[str]:
    """YAML lines for a record: every declared field, in order, with its comment."""
    values = values or {}
    pad = " " * indent
    out: list[str] = []
    for f in record.fields:
        if comments:
            out.extend(pad + c for c in field_comment(f, vocabularies))
        value = values.get(f.name)
        t = f.type
        if isinstance(t, Record):
            if value or f.required:
                out.append(f"{pad}{f.name}:")
                out.extend(render_record(t, value, vocabularies, indent + 2, comments))
            else:
                out.append(f"{pad}{f.name}:")
                out.extend(_skeleton(t, indent + 2, dash=False))
        elif isinstance(t, ListOf):
            out.append(f"{pad}{f.name}:")
            items = value or []
            if not items and isinstance(t.item, Record):
                if f.required:  # one empty item: the validator then names each missing key
                    items = [{}]
                else:
                    out.extend(_skeleton(t.item, indent + 2, dash=True))
            for item in items:
                if isinstance(t.item, Record):
                    lines = render_record(t.item, item, vocabularies, indent + 4, comments=False)
                    first = lines[0].lstrip()
                    out.append(f"{pad}  - {first}")
                    out.extend(lines[1:])
                else:
                    out.append(f"{pad}  - {yaml_scalar(item)}")
        elif value is None or value == "":
            out.append(f"{pad}{f.name}:")
        else:
            out.append(f"{pad}{f.name}: {yaml_scalar(value)}")
        if comments and indent == 0:
            out.append("")
    return out


def render_practice_yml(values: dict, vocabularies: dict | None = None) -> str:
    """practice.yml: the language-independent facts."""
    values = {"schema_version": SCHEMA_VERSION, **values}
    head = [
        "# Ortak Akıl — uygulama bilgileri / practice facts.",
        "# Boş alanları kaynaklara dayanarak doldurun; `kb validate` eksikleri listeler.",
        "# Fill in the empty fields from your sources; `kb validate` lists what is missing.",
        "",
    ]
    return "\n".join(head + render_record(PRACTICE, values, vocabularies)).rstrip() + "\n"


def demote_headings(markdown: str) -> str:
    """Keep contributor text inside its section: its H1/H2 lines become H3."""
    return re.sub(r"(?m)^ {0,3}#{1,2}(?=\s)", "###", markdown)


def render_language_file(lang: str, values: dict | None = None,
                         sections: dict[str, str] | None = None) -> str:
    """tr.md / en.md: front matter with comments, then the five narrative sections."""
    from .schema.fields import SECTIONS

    values = values or {}
    sections = sections or {}
    front = render_record(LANGUAGE_FILE, values)
    lines = ["---", *front, "---", ""]
    lines.insert(1, "# Bu dosyanın dili / language of this file: "
                 + {"tr": "Türkçe / Turkish", "en": "İngilizce / English"}[lang])
    for (sid, _, _), heading in zip(SECTIONS, headings(lang), strict=True):
        lines.append(f"## {heading}")
        lines.append("")
        text = sections.get(sid, "").strip()
        if text:
            lines.extend([demote_headings(text), ""])
    return "\n".join(lines).rstrip() + "\n"


__all__ = [
    "PartialDate",
    "demote_headings",
    "field_comment",
    "render_language_file",
    "render_practice_yml",
    "render_record",
    "yaml_scalar",
]
