"""Open data: every published practice as JSON and CSV, and the JSON Schema of the format."""

from __future__ import annotations

import csv
import io
import json

from ..library import Library
from ..schema.fields import LANGUAGES, SECTIONS

CSV_LIST_SEPARATOR = ";"
_FACTS = ("id", "status", "municipality", "programmes", "themes", "target_groups", "sdgs",
          "start", "end", "evidence", "last_verified")


def practice_record(p: dict) -> dict:
    """One practice as plain JSON data: the facts, then the text of each language."""
    skip = {"langs", "dir", "file", "where", "draft"}
    out = {k: v for k, v in sorted(p.items()) if k not in skip}
    out["url"] = {"tr": f"practices/{p['id']}/", "en": f"en/practices/{p['id']}/"}
    out["text"] = {
        lang: {
            "title": text["title"],
            "summary": text["summary"],
            "transferability": text["transferability"],
            "sections": {sid: text["sections"].get(sid, "") for sid, _, _ in SECTIONS},
        }
        for lang, text in sorted(p["langs"].items())
    }
    return out


def practices_json(lib: Library) -> str:
    """practices.json: a sorted, stable list of every published practice."""
    data = {"practices": [practice_record(p) for p in sorted(lib.published(), key=lambda p: p["id"])]}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _join(values) -> str:
    return CSV_LIST_SEPARATOR.join(str(v) for v in values)


def practices_csv(lib: Library) -> str:
    """practices.csv: one row per practice, lists joined with ';' (RFC 4180, UTF-8)."""
    buf = io.StringIO()
    columns = [*_FACTS, "province", "partners", "sources"]
    columns += [f"{field}_{lang}" for lang in LANGUAGES for field in ("title", "summary", "url")]
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for p in sorted(lib.published(), key=lambda p: p["id"]):
        muni = lib.records["municipality"].get(p["municipality"], {})
        row = []
        for key in _FACTS:
            value = p.get(key, "")
            row.append(_join(value) if isinstance(value, list) else str(value))
        row.append(muni.get("province", ""))
        row.append(_join(f"{x['organisation']}:{x['role']}" for x in p.get("partners", [])))
        row.append(_join(s.get("url") or s["title"] for s in p["sources"]))
        for lang in LANGUAGES:
            text = p["langs"].get(lang, {})
            prefix = "" if lang == "tr" else "en/"
            row += [text.get("title", ""), text.get("summary", ""),
                    f"{prefix}practices/{p['id']}/"]
        writer.writerow([_cell(cell) for cell in row])
    return buf.getvalue()


def practice_schema(lib: Library) -> str:
    """The JSON Schema of practice.yml, derived from the one declaration in kb.schema."""
    from ..schema.export import practice_json_schema

    return json.dumps(practice_json_schema(lib.vocabularies), ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


# Site path → function producing the file's text.
FILES = {
    "practices.json": practices_json,
    "practices.csv": practices_csv,
    "schema/practice.schema.json": practice_schema,
}
