"""Open data: every published practice as JSON, CSV and Excel, and the JSON Schema.

The whole library is one download (practices.json, practices.csv, practices.xlsx); a script
or a browser that needs part of it reads open-data/index.json (one entry of facts per practice)
and open-data/practices/<id>.json (one practice), so that no file it needs grows with the library.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..languages import CODES, site_path
from ..library import Library
from ..schema.export import practice_json_schema
from ..schema.fields import SECTIONS
from . import table
from .model import url_for

# The keys of a loaded practice that are the loader's, not the practice's.
_INTERNAL = {"langs", "dir", "file", "where", "draft"}
# The catalogue's "download these practices" reads the table rows and records of what it
# shows from chunks of CHUNK practices (in id order), never the whole library at once.
CHUNKS = "open-data/chunks/"
CHUNK = 200


def practice_record(p: dict, base_url: str = "") -> dict:
    """One practice as plain JSON data: the facts, then the text of each language."""
    out = {k: v for k, v in sorted(p.items()) if k not in _INTERNAL}
    out["url"] = {lang: base_url + site_path(lang, url_for("practice", p["id"])) for lang in CODES}
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


def _dump(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _published(lib: Library) -> list[dict]:
    return sorted(lib.published(), key=lambda p: p["id"])


def published_ids(lib: Library) -> list[str]:
    """The ids of the published practices in the order of every open-data file."""
    return [p["id"] for p in _published(lib)]


def practices_json(lib: Library, base_url: str) -> bytes:
    """practices.json: a sorted, stable list of every published practice."""
    return _dump({"practices": [practice_record(p, base_url) for p in _published(lib)]})


def index_json(lib: Library, base_url: str) -> bytes:
    """open-data/index.json: the facts of every practice, without its texts (one small entry each)."""
    entries = []
    for p in _published(lib):
        record = practice_record(p, base_url)
        entries.append({
            "id": p["id"], "url": record["url"],
            "title": {lang: t["title"] for lang, t in record["text"].items()},
            "municipality": p["municipality"], "status": p["status"], "start": p["start"],
            "themes": p["themes"], "target_groups": p["target_groups"], "sdgs": p["sdgs"],
            "last_verified": p["last_verified"],
            "data": f"open-data/practices/{p['id']}.json",
        })
    return _dump({"practices": entries})


def practice_files(lib: Library, base_url: str) -> dict[str, bytes]:
    """open-data/practices/<id>.json: one file per practice."""
    return {f"open-data/practices/{p['id']}.json": _dump(practice_record(p, base_url))
            for p in _published(lib)}


def chunk_files(lib: Library, base_url: str) -> dict[str, bytes]:
    """open-data/chunks/table-<k>.json (CSV rows) and records-<k>.json (practices.json
    entries): practice number i of the id order is entry i % CHUNK of chunk i // CHUNK."""
    rows = table.rows(lib, base_url)
    records = [practice_record(p, base_url) for p in _published(lib)]
    columns = [c.name for c in table.COLUMNS]
    out = {}
    for k in range(0, len(records), CHUNK):
        out[f"{CHUNKS}table-{k // CHUNK}.json"] = _compact({"columns": columns,
                                                            "rows": rows[k:k + CHUNK]})
        out[f"{CHUNKS}records-{k // CHUNK}.json"] = _compact({"practices": records[k:k + CHUNK]})
    return out


def _compact(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def practice_schema(lib: Library, base_url: str) -> bytes:
    """The JSON Schema of practice.yml, derived from the one declaration in kb.schema."""
    return _dump(practice_json_schema(lib.vocabularies))


# Site path → what writes it (at the root of the whole site, shared by both languages).
FILES: dict[str, Callable[[Library, str], bytes]] = {
    "practices.json": practices_json,
    "practices.csv": table.csv_bytes,
    "practices.xlsx": table.xlsx_bytes,
    "open-data/index.json": index_json,
    "schema/practice.schema.json": practice_schema,
}


# What the data page offers to download, in this order: (site path, i18n key of its label).
DOWNLOADS = [("practices.csv", "csv_download"), ("practices.xlsx", "xlsx_download"),
             ("practices.json", "json_download"), ("open-data/index.json", "index_download"),
             ("schema/practice.schema.json", "schema_download")]


def files(lib: Library, base_url: str) -> dict[str, bytes]:
    """Every open-data file of the site: site path → content."""
    out = {path: produce(lib, base_url) for path, produce in FILES.items()}
    out.update(practice_files(lib, base_url))
    out.update(chunk_files(lib, base_url))
    return out
