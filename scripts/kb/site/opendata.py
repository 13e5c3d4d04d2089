"""Open data: every published practice as JSON, CSV and Excel, and the JSON Schema.

The whole library is one download (practices.json, practices.csv, practices.xlsx); a script
or a browser that needs part of it reads open-data/index.json (one entry of facts per practice)
and open-data/practices/<id>.json (one practice), so that no file it needs grows with the library.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import NamedTuple

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


def practice_urls(p: dict, base_url: str) -> dict[str, str]:
    """The address of a practice's page in each language."""
    return {lang: base_url + site_path(lang, url_for("practice", p["id"])) for lang in CODES}


def practice_record(p: dict, base_url: str = "") -> dict:
    """One practice as plain JSON data: the facts, then the text of each language."""
    out = {k: v for k, v in sorted(p.items()) if k not in _INTERNAL}
    out["url"] = practice_urls(p, base_url)
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


class Side(NamedTuple):
    """A file written beside the one whose pieces are being written (kb.build.write_files):
    what is made once for both, such as a practice's JSON, is written to both at once."""

    path: str
    data: bytes


def practices_json(lib: Library, base_url: str, rows: list[list[str]]
                   ) -> Iterator[bytes | Side]:
    """practices.json: a sorted, stable list of every published practice, in pieces (one per
    practice), the bytes of `_dump({"practices": [...]})`: the whole file is never held.

    The pieces come with the files made from the same records, as Side files: each
    practice's open-data/practices/<id>.json (its text serialised once for both files) and,
    per CHUNK practices, the chunks (_chunks). rows: the table's CSV rows, in the same order."""
    published = _published(lib)
    if not published:
        yield _dump({"practices": []})
        return
    yield b'{\n "practices": [\n'
    last = len(published) - 1
    for k in range(0, len(published), CHUNK):
        records = [practice_record(p, base_url) for p in published[k:k + CHUNK]]
        for i, record in enumerate(records, start=k):
            one = _dump(record)
            yield Side(f"open-data/practices/{record['id']}.json", one)
            # _dump (indent=1) puts no raw line end inside a value: every "\n" starts a line,
            # which sits two levels deeper in the list than in the record alone.
            yield b"  " + one[:-1].replace(b"\n", b"\n  ") + (b",\n" if i < last else b"\n")
        yield from (Side(path, data) for path, data in _chunks(k, records, rows))
    yield b" ]\n}\n"


def index_entry(p: dict, base_url: str) -> dict:
    """A practice's entry in open-data/index.json: its facts, without its texts."""
    return {
        "id": p["id"],
        "url": practice_urls(p, base_url),
        "title": {lang: text["title"] for lang, text in sorted(p["langs"].items())},
        "municipality": p["municipality"], "status": p["status"], "start": p["start"],
        "themes": p["themes"], "target_groups": p["target_groups"], "sdgs": p["sdgs"],
        "last_verified": p["last_verified"],
        "data": f"open-data/practices/{p['id']}.json",
    }


def index_json(lib: Library, base_url: str) -> bytes:
    """open-data/index.json: the facts of every practice, without its texts (one small entry each)."""
    return _dump({"practices": [index_entry(p, base_url) for p in _published(lib)]})


def _chunks(k: int, records: list[dict], rows: list[list[str]]) -> Iterator[tuple[str, bytes]]:
    """The two chunk files of the practices from number k on (their records, in id order):
    open-data/chunks/table-<k>.json (CSV rows) and records-<k>.json (practices.json entries);
    practice number i of the id order is entry i % CHUNK of chunk i // CHUNK."""
    columns = [c.name for c in table.COLUMNS]
    yield f"{CHUNKS}table-{k // CHUNK}.json", _compact({"columns": columns,
                                                        "rows": rows[k:k + CHUNK]})
    yield f"{CHUNKS}records-{k // CHUNK}.json", _compact({"practices": records})


def _compact(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def practice_schema(lib: Library, base_url: str) -> bytes:
    """The JSON Schema of practice.yml, derived from the one declaration in kb.schema."""
    return _dump(practice_json_schema(lib.vocabularies))


# What the data page offers to download, in this order: (site path, i18n key of its label).
DOWNLOADS = [("practices.csv", "csv_download"), ("practices.xlsx", "xlsx_download"),
             ("practices.json", "json_download"), ("open-data/index.json", "index_download"),
             ("schema/practice.schema.json", "schema_download")]

# A file's content: bytes, or pieces of bytes to write one after the other (and Side files
# to write beside it, each whole).
Content = bytes | Iterable[bytes | Side]


# The parts of the open data a build may write in two processes at once (kb.build).
RECORDS, TABLES = "records", "tables"


def files(lib: Library, base_url: str, part: str = "") -> Iterator[tuple[str, Content]]:
    """Every open-data file of the site, (site path, content), made one at a time as they are
    written: none of them, the whole-library download included, is held whole.

    part: TABLES (practices.csv and practices.xlsx) or RECORDS (every other file), "" both."""
    cells = table.rows(lib, base_url, for_csv=False)  # the table's rows, made once
    rows = [table.csv_row(row) for row in cells]
    if part != TABLES:
        yield "practices.json", practices_json(lib, base_url, rows)
        yield "open-data/index.json", index_json(lib, base_url)
        yield "schema/practice.schema.json", practice_schema(lib, base_url)
    if part != RECORDS:
        yield "practices.csv", table.csv_bytes(lib, base_url, csv_rows=rows)
        yield "practices.xlsx", table.xlsx_bytes(lib, base_url, cells=cells)
