"""Derived views of the schema: JSON Schema for tools, a reference page for contributors."""

from __future__ import annotations

from ..turkish import collate
from .fields import (
    LANGUAGE_FILE,
    PRACTICE,
    RECORD_KINDS,
    SCHEMA_VERSION,
    SECTIONS,
    VOCABULARIES,
)
from .structure import ListOf, Record


def practice_json_schema(vocabularies: dict[str, dict]) -> dict:
    """JSON Schema (2020-12) of practice.yml, with language files and records under $defs."""
    defs = {
        f"vocab-{name}": {"enum": sorted(vocabularies.get(name, {}), key=str)}
        for name in VOCABULARIES
    }
    defs["languageFile"] = {
        **LANGUAGE_FILE.json_schema(),
        "description": "Front matter of tr.md / en.md. The body has the H2 sections: "
        + "; ".join(f"{en} / {tr}" for _, tr, en in SECTIONS),
    }
    for kind, (_folder, schema) in RECORD_KINDS.items():
        defs[kind] = schema.json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Ortak Akıl practice (practice.yml), schema version {SCHEMA_VERSION}",
        **PRACTICE.json_schema(),
        "$defs": defs,
    }


_WORDS = {
    "tr": {
        "key": "Anahtar", "required": "Zorunlu", "type": "Biçim", "meaning": "Anlamı",
        "yes": "evet", "no": "hayır", "of": "içindeki alanlar",
        "vocab": "Sözlükler", "id": "Kimlik", "label_tr": "Türkçe", "label_en": "İngilizce",
        "sections": "Anlatı bölümleri (her dil dosyasında, bu sırayla `##` başlıklar)",
    },
    "en": {
        "key": "Key", "required": "Required", "type": "Form", "meaning": "Meaning",
        "yes": "yes", "no": "no", "of": "fields of",
        "vocab": "Vocabularies", "id": "Id", "label_tr": "Turkish", "label_en": "English",
        "sections": "Narrative sections (in each language file, as `##` headings in this order)",
    },
}

_FILES = [
    ("practices/<id>/practice.yml", PRACTICE),
    ("practices/<id>/tr.md, en.md (front matter)", LANGUAGE_FILE),
    *((f"records/{folder}/<id>.yml", schema) for folder, schema in RECORD_KINDS.values()),
]


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


# What Python-Markdown reads as markup where a label has plain text; each is escaped.
_MARKUP = "\\`*_{}[]()>#+-.!|"


def _label_cell(text: str) -> str:
    """A vocabulary label as a table cell: shown as written, as on every other page (a '['
    or '*' in it is no link or emphasis), never markup."""
    out = str(text).replace("&", "&amp;").replace("<", "&lt;").replace("\n", " ")
    return "".join("\\" + ch if ch in _MARKUP else ch for ch in out)


def _rows(record: Record, lang: str, prefix: str = "") -> list[str]:
    w = _WORDS[lang]
    rows = []
    for f in record.fields:
        inner = f.type.item if isinstance(f.type, ListOf) else f.type
        rows.append(
            f"| `{prefix}{f.name}` | {w['yes'] if f.required else w['no']} | "
            f"{_cell(f.type.describe(lang))} | {_cell(f.doc(lang))} |"
        )
        if isinstance(inner, Record) and inner.name != "tr/en":
            sub = f"{prefix}{f.name}[]." if isinstance(f.type, ListOf) else f"{prefix}{f.name}."
            rows.extend(_rows(inner, lang, sub))
    return rows


def reference_markdown(lang: str, vocabularies: dict[str, dict]) -> str:
    """The contributor reference page in one language, generated from the schema."""
    w = _WORDS[lang]
    title = {"tr": "Biçim başvurusu", "en": "Format reference"}[lang]
    intro = {
        "tr": "Bu sayfa, doğrulayıcının kullandığı şemadan üretilir; her alan burada "
        "tanımlandığı gibi denetlenir. `unknown` yazılabilen alanlarda kaynak bir şey "
        "söylemiyorsa `unknown` yazın, tahmin etmeyin.",
        "en": "This page is generated from the schema the validator uses; every field is "
        "checked as described here. Where a field accepts `unknown`, write `unknown` when the "
        "sources say nothing rather than guessing.",
    }[lang]
    out = [f"# {title}", "", intro, ""]
    for path, record in _FILES:
        out += [f"## `{path}`", "", f"| {w['key']} | {w['required']} | {w['type']} | "
                f"{w['meaning']} |", "|---|---|---|---|", *_rows(record, lang), ""]
    out += [f"## {w['sections']}", ""]
    out += [f"{i}. `## {tr if lang == 'tr' else en}`" for i, (_, tr, en) in
            enumerate(SECTIONS, 1)]
    out += ["", f"## {w['vocab']}", ""]
    for name in sorted(VOCABULARIES):
        terms = vocabularies.get(name, {})
        out += [f"### `{name}`", "", f"| {w['id']} | {w['label_tr']} | {w['label_en']} |",
                "|---|---|---|"]
        ordered = collate(terms.values(), key=lambda t: str(t[lang]), lang=lang)
        if name == "sdgs":
            ordered = sorted(terms.values(), key=lambda t: t["id"])
        out += [f"| `{t['id']}` | {_label_cell(t['tr'])} | {_label_cell(t['en'])} |"
                for t in ordered]
        out.append("")
    return "\n".join(out)
