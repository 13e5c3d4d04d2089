"""Records checked against each other: district parents, ids from names, programme members;
and a programme's sources, as a practice's (kb.checks.sources)."""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, diag
from ..languages import Words
from ..turkish import slugify
from . import sources


def check(lib) -> list[Diagnostic]:
    """Every finding about how the records fit together."""
    return list(_parents(lib)) + list(_ids(lib)) + list(_programme_sources(lib))


def _place(lib, rid: str, key: str) -> tuple[str, int, int]:
    where = lib.places.get(rid, {})
    return where.get(key) or where.get("id") or (f"records/{rid}.yml", 1, 1)


def _parents(lib) -> Iterator[Diagnostic]:
    """A district belongs to the metropolitan municipality of its own province."""
    municipalities = lib.records.get("municipality", {})
    for mid, m in municipalities.items():
        parent = municipalities.get(m.get("parent", ""))
        if parent is None:
            continue  # no parent, or one the reference check reports
        file, line, col = _place(lib, mid, "parent")
        if m["type"] != "district":
            yield diag(file, line, col, "municipality.parent_not_district", "parent",
                       type=m["type"])
        elif parent["type"] != "metropolitan":
            yield diag(file, line, col, "municipality.parent_not_metropolitan", "parent",
                       value=m["parent"])
        elif parent.get("province") != m.get("province"):
            yield diag(file, line, col, "municipality.parent_other_province", "parent",
                       value=m["parent"], province=_province(lib, m.get("province")),
                       other=_province(lib, parent.get("province")))


def _province(lib, pid: str | None) -> Words:
    term = lib.vocabularies.get("provinces", {}).get(pid, {})
    return Words(term.get("tr", str(pid)), term.get("en", str(pid)))


def _ids(lib) -> Iterator[Diagnostic]:
    """A municipality's id is made from its Turkish name (as its file name is)."""
    for mid, m in lib.records.get("municipality", {}).items():
        wanted = slugify(m["name"]["tr"])
        if wanted and wanted != mid:
            file, line, col = _place(lib, mid, "id")
            yield diag(file, line, col, "id.name_mismatch", "id", severity="warning",
                       value=mid, expected=wanted)


def memberships(lib, entries: list[tuple[str, str, tuple[str, int, int]]]) -> list[Diagnostic]:
    """A Turkish municipality's practice in a programme: the programme lists the municipality."""
    out = []
    for programme, municipality, (file, line, col) in entries:
        record = lib.records.get("programme", {}).get(programme)
        owner = lib.records.get("municipality", {}).get(municipality)
        if record is None or owner is None or owner.get("type") == "foreign":
            continue  # unknown ids are the reference check's; foreign owners present, not join
        if municipality not in record.get("participants", []):
            out.append(diag(file, line, col, "programme.not_participant", "programmes",
                            value=programme, municipality=municipality))
    return out


def _programme_sources(lib) -> Iterator[Diagnostic]:
    for rid, programme in lib.records.get("programme", {}).items():
        yield from sources.repeated(programme.get("sources", []), lib.places.get(rid, {}),
                                    _place(lib, rid, "sources"))
