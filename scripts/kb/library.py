"""The whole knowledge base loaded and cross-checked: the one entry point for every consumer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, diag
from .load import load_practice, load_vocabularies, load_yaml_file, shown_path
from .schema.fields import LANGUAGES, RECORD_KINDS
from .schema.types import INVALID, Context, PendingRef, suggest
from .turkish import fold

STALE_MONTHS = 18


@dataclass
class Library:
    """Plain data: vocabularies, records by kind, and published practices by id."""

    root: Path
    vocabularies: dict[str, dict] = field(default_factory=dict)
    records: dict[str, dict[str, dict]] = field(default_factory=dict)  # kind → id → record
    practices: dict[str, dict] = field(default_factory=dict)  # id → practice

    def record(self, id_: str) -> tuple[str, dict] | None:
        """The (kind, record) with this id, whatever its kind."""
        for kind, items in self.records.items():
            if id_ in items:
                return kind, items[id_]
        return None

    def published(self) -> list[dict]:
        """Practices that appear on the site: not drafts."""
        return [p for p in self.practices.values() if not p.get("draft")]


def months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def load_library(root: Path, today: dt.date | None = None) -> tuple[Library, list[Diagnostic]]:
    """Load and validate everything under root; invalid files are reported, never half-loaded."""
    root = Path(root)
    today = today or dt.date.today()
    lib = Library(root)
    lib.vocabularies, diagnostics = load_vocabularies(root)
    ctx = Context("", lib.vocabularies)
    ctx.diagnostics = diagnostics
    owners: dict[str, str] = {}  # id → file that defines it, across records and practices
    # Ids of files that failed to load: references to them are not reported a second time.
    attempted = {p.stem for p in (root / "records").glob("*/*.yml")}
    attempted |= {p.name for p in (root / "practices").glob("*/")}

    for kind, (folder, schema) in RECORD_KINDS.items():
        lib.records[kind] = {}
        for path in sorted((root / "records" / folder).glob("*.yml")):
            ctx.where = {}
            data = load_yaml_file(path, root, schema, ctx)
            if data is INVALID:
                continue
            file, line, col = ctx.where.get("id", (ctx.file, 1, 1))
            if data["id"] != path.stem:
                ctx.diagnostics.append(diag(file, line, col, "id.mismatch", "id",
                                            value=data["id"], expected=path.stem, what="file"))
                continue
            if data["id"] in owners:
                ctx.diagnostics.append(diag(file, line, col, "id.duplicate", "id",
                                            value=data["id"], other=owners[data["id"]]))
                continue
            owners[data["id"]] = ctx.file
            lib.records[kind][data["id"]] = data

    titles: dict[tuple[str, str], str] = {}
    practices_dir = root / "practices"
    folders = sorted(p for p in practices_dir.iterdir() if p.is_dir()) if practices_dir.is_dir() else []
    for folder in folders:
        practice = load_practice(folder, root, ctx)
        if practice is None:
            continue
        file, line, col = practice["where"].get("id", (practice["file"], 1, 1))
        pid = practice["id"]
        if pid != folder.name:
            ctx.diagnostics.append(diag(file, line, col, "id.mismatch", "id", value=pid,
                                        expected=folder.name, what="folder"))
            continue
        if pid in owners:
            ctx.diagnostics.append(diag(file, line, col, "id.duplicate", "id", value=pid,
                                        other=owners[pid]))
            continue
        duplicate = False
        for lang, text in practice["langs"].items():
            key = (lang, fold(text["title"]))
            if key in titles:
                tfile, tline, tcol = text["where"]["title"]
                ctx.diagnostics.append(diag(tfile, tline, tcol, "title.duplicate", "title",
                                            value=text["title"], other=titles[key]))
                duplicate = True
            else:
                titles[key] = text["path"]
        if duplicate:
            continue
        _check_dates(practice, today, ctx)
        _check_source_numbers(practice, ctx)
        owners[pid] = practice["file"]
        lib.practices[pid] = practice

    _resolve_refs(lib, ctx.refs, ctx.diagnostics, attempted)
    return lib, sorted(set(ctx.diagnostics), key=_order)


def _order(d: Diagnostic):
    return (d.file, d.line, d.column, d.code, d.key)


def _check_dates(practice: dict, today: dt.date, ctx: Context) -> None:
    file, line, col = practice["where"]["last_verified"]
    verified = dt.date.fromisoformat(practice["last_verified"])
    if verified > today:
        ctx.diagnostics.append(diag(file, line, col, "date.future", "last_verified",
                                    value=practice["last_verified"]))
    elif months_between(verified, today) >= STALE_MONTHS:
        ctx.diagnostics.append(diag(file, line, col, "date.stale", "last_verified", "warning",
                                    value=practice["last_verified"], months=STALE_MONTHS))


def _check_source_numbers(practice: dict, ctx: Context) -> None:
    count = len(practice["sources"])
    for key in ("key_figures", "replication_interest"):
        for i, item in enumerate(practice.get(key, [])):
            number = item.get("source")
            if number is not None and number > count:
                where = practice["where"]
                file, line, col = where.get(f"{key}[{i}].source", where[key])
                ctx.diagnostics.append(diag(file, line, col, "ref.source_index",
                                            f"{key}[{i}].source", value=number, count=count))


def _resolve_refs(lib: Library, refs: list[PendingRef], out: list[Diagnostic],
                  attempted: set[str]) -> None:
    loaded = set(lib.practices).union(*(set(r) for r in lib.records.values()))
    for ref in refs:
        if ref.id in attempted and ref.id not in loaded:
            continue  # its own file is already reported as invalid
        candidates: list[str] = []
        for kind in ref.kinds:
            pool = lib.practices if kind == "practice" else lib.records.get(kind, {})
            if ref.id in pool:
                break
            candidates.extend(pool)
        else:
            out.append(diag(ref.file, ref.line, ref.col, "ref.unknown", ref.key, value=ref.id,
                            kinds=" / ".join(ref.kinds), suggestion=suggest(ref.id, candidates)))
            continue
        if ref.kinds == ("practice",) and ref.file.endswith(f"/{ref.id}/practice.yml"):
            out.append(diag(ref.file, ref.line, ref.col, "ref.self", ref.key))


def validate_paths(root: Path, paths: list[Path], today: dt.date | None = None
                   ) -> tuple[Library, list[Diagnostic]]:
    """Validate the whole knowledge base but report only findings in the given paths."""
    lib, diagnostics = load_library(root, today)
    if not paths:
        return lib, diagnostics
    wanted = [shown_path(p, root) for p in paths]
    return lib, [
        d for d in diagnostics
        if any(d.file == w or d.file.startswith(w.rstrip("/") + "/") for w in wanted)
    ]


__all__ = ["Library", "load_library", "validate_paths", "LANGUAGES"]
