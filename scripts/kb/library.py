"""The whole knowledge base loaded and cross-checked: the one entry point for every consumer."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import layout
from .checks import pages, records
from .checks import text as text_rules
from .checks.practice import Admission, Rules
from .clock import today as clock_today
from .diagnostics import Diagnostic, diag
from .kinds import BY_ID as KIND
from .languages import Words
from .load import load_vocabularies, load_yaml_file, shown_path
from .loadcache import (
    LoadCache,
    cache_file,
    code_digest,
    files_digest,
    folder_digest,
    read_cache,
    write_cache,
)
from .parallel import Checked, check_practices
from .schema.fields import LANGUAGES, RECORD_KINDS
from .schema.types import INVALID, Context, PendingRef, suggest

FILE, FOLDER = Words("dosya", "file"), Words("klasör", "folder")


@dataclass
class Library:
    """Plain data: vocabularies, records by kind, and published practices by id."""

    root: Path
    vocabularies: dict[str, dict] = field(default_factory=dict)
    records: dict[str, dict[str, dict]] = field(default_factory=dict)  # kind → id → record
    practices: dict[str, dict] = field(default_factory=dict)  # id → practice
    places: dict[str, dict] = field(default_factory=dict)  # record id → key → (file, line, col)

    def record(self, id_: str) -> tuple[str, dict] | None:
        """The (kind, record) with this id, whatever its kind."""
        for kind, items in self.records.items():
            if id_ in items:
                return kind, items[id_]
        return None

    def published(self) -> list[dict]:
        """Practices that appear on the site: not drafts."""
        return [p for p in self.practices.values() if not p.get("draft")]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while loading.

    Loading builds hundreds of thousands of long-lived objects and no reference cycles, so
    the collector finds nothing, yet it kept re-traversing the growing heap: half of
    load_library's time at 2,500 practices, growing faster than linearly.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Checker:
    """The cross-file checks, fed one practice at a time in folder order."""

    def __init__(self, lib: Library, owners: dict[str, str], diagnostics: list[Diagnostic]):
        self.lib, self.owners, self.out = lib, owners, diagnostics
        self.titles: dict[tuple[str, str], str] = {}
        self.ids: dict[str, None] = {}  # admitted practice ids, in folder order
        self.memberships: list[tuple[str, str, tuple[str, int, int]]] = []
        self.drafts: set[str] = set()
        self.page_links: list[tuple[str, str, int, int]] = []  # practices hand-written pages link

    def admit(self, a: Admission | tuple) -> bool:
        """Report id mismatches and duplicate ids or titles; True if the practice is kept.

        A plain tuple in Admission's field order will do (workers send those: less to pickle).
        """
        folder, pid, pfile, (file, line, col), titles, checks, memberships, draft = a
        if pid != folder:
            self.out.append(diag(file, line, col, "id.mismatch", "id", value=pid,
                                 expected=folder, what=FOLDER))
            return False
        if pid in self.owners:
            self.out.append(diag(file, line, col, "id.duplicate", "id", value=pid,
                                 other=self.owners[pid]))
            return False
        duplicate = False
        for lang, folded, title, path, (tfile, tline, tcol) in titles:
            key = (lang, folded)
            if key in self.titles:
                self.out.append(diag(tfile, tline, tcol, "title.duplicate", "title",
                                     value=title, other=self.titles[key]))
                duplicate = True
            else:
                self.titles[key] = path
        if duplicate:
            return False
        self.out.extend(checks)
        self.memberships.extend(memberships)
        self.owners[pid] = pfile
        self.ids[pid] = None
        if draft:
            self.drafts.add(pid)
        return True

    def finish(self, refs: list[PendingRef | tuple], attempted: set[str]) -> list[Diagnostic]:
        """Resolve every reference; all findings, sorted and without repeats."""
        pools = {"practice": self.ids, **self.lib.records}
        _resolve_refs(pools, refs, self.out, attempted)
        self.out += records.memberships(self.lib, self.memberships)
        self.out += [diag(file, line, col, "page.link_draft", value=pid)
                     for pid, file, line, col in self.page_links if pid in self.drafts]
        return sorted(set(self.out), key=_order)


def _begin(root: Path, today: dt.date
           ) -> tuple[Library, Context, _Checker, set[str], list[str], Rules]:
    """Vocabularies and records loaded and checked; the practice folder names still to load."""
    lib = Library(root)
    lib.vocabularies, diagnostics = load_vocabularies(root)
    ctx = Context("", lib.vocabularies)
    ctx.diagnostics = diagnostics
    owners: dict[str, str] = {}  # id → file that defines it, across records and practices
    folders, misplaced = layout.practice_folders(root)
    files, wrong = layout.record_files(root)
    ctx.diagnostics += misplaced + wrong
    # Ids of files that failed to load: references to them are not reported a second time.
    attempted = {p.stem for paths in files.values() for p in paths}
    attempted.update(folders)

    for kind, (_, schema) in RECORD_KINDS.items():
        lib.records[kind] = {}
        for path in files[kind]:
            ctx.where = {}
            data = load_yaml_file(path, root, schema, ctx)
            if data is INVALID:
                continue
            file, line, col = ctx.where.get("id", (ctx.file, 1, 1))
            if data["id"] != path.stem:
                ctx.diagnostics.append(diag(file, line, col, "id.mismatch", "id",
                                            value=data["id"], expected=path.stem, what=FILE))
                continue
            if data["id"] in owners:
                ctx.diagnostics.append(diag(file, line, col, "id.duplicate", "id",
                                            value=data["id"], other=owners[data["id"]]))
                continue
            owners[data["id"]] = ctx.file
            lib.records[kind][data["id"]] = data
            lib.places[data["id"]] = ctx.where

    ctx.diagnostics += records.check(lib)
    rules = Rules(today, institutions(lib), names(lib))
    return lib, ctx, _Checker(lib, owners, ctx.diagnostics), attempted, folders, rules


def _pages(root: Path, lib: Library, folders: list[str], rules: Rules, checker: _Checker
           ) -> list[Diagnostic]:
    """The findings in the hand-written pages (they link practices and entities by id);
    the practices they link are left to the checker, which learns which are drafts."""
    return pages.check(root, lib.vocabularies, lib.records, folders, rules.institutions,
                       rules.names, checker.page_links)


def names(lib: Library) -> text_rules.Names:
    """The names a text must spell with their Turkish letters (kb.checks.text.Names): the
    provinces and countries, and the municipalities and organisations of the records."""
    found = [t["tr"] for v in ("provinces", "countries") for t in lib.vocabularies[v].values()]
    found += [r["name"]["tr"] for kind in ("municipality", "organisation")
              for r in lib.records.get(kind, {}).values()]
    return text_rules.Names(found)


def institutions(lib: Library) -> text_rules.Heads:
    """The apostrophe rule's heads (kb.checks.text.institution_heads) for the library's
    municipalities and organisations, its provinces and countries kept as places."""
    names = [r["name"]["tr"] for kind in ("municipality", "organisation")
             for r in lib.records.get(kind, {}).values()]
    places = {t["tr"] for v in ("provinces", "countries") for t in lib.vocabularies[v].values()}
    return text_rules.institution_heads(names, places)


def load_library(root: Path, today: dt.date | None = None, workers: int | None = None,
                 lean: bool = False, cache: LoadCache | None = None
                 ) -> tuple[Library, list[Diagnostic]]:
    """Load and validate everything under root; invalid files are reported, never half-loaded.

    Practices are loaded on every core when there are many (kb.parallel). lean: keep only
    what pages and data files need of each practice (kb.load.lean), as the build does.
    cache: results of an earlier load, reused for folders whose files did not change.
    """
    root = Path(root)
    today = today or clock_today()
    with paused_gc():
        lib, ctx, checker, attempted, folders, rules = _begin(root, today)
        ctx.diagnostics += _pages(root, lib, folders, rules, checker)
        # All received before any is admitted: the workers keep both cores meanwhile.
        for checked in list(_checked(root, folders, lib, rules, workers,
                                     "lean" if lean else "full", None, cache)):
            ctx.diagnostics.extend(checked.diagnostics)
            ctx.refs.extend(checked.refs)
            if checked.admission is not None and checker.admit(checked.admission):
                lib.practices[checked.practice["id"]] = checked.practice
        return lib, checker.finish(ctx.refs, attempted)


UNCHECKED = "-unchecked"  # kept with the digest of a result made without its own checks


def _checked(root: Path, folders: list[str], lib: Library, rules: Rules, workers: int | None,
             keep: str, own: frozenset[str] | None, cache: LoadCache | None
             ) -> Iterator[Checked]:
    """Each folder's Checked, in folder order: kept ones for folders whose files did not
    change (cache), the others loaded and checked (on every core if many).

    own: the folders whose own checks are run (None: all). A result made without them is
    kept as such, and serves only a run that does not want them either.
    """
    if cache is None:
        yield from check_practices(root, folders, lib.vocabularies, rules, workers, keep,
                                   own_checks=own)
        return
    cache.begin(_context(root, rules, keep))
    digests = {name: folder_digest(root / layout.PRACTICES / name) for name in folders}

    def wants_checks(name: str) -> bool:
        return own is None or name in own

    reused = {}
    for name in folders:
        digest = digests[name]
        usable = (digest,) if wants_checks(name) else (digest, digest + UNCHECKED)
        if (found := cache.get(name, *usable)) is not None:
            reused[name] = found
    cache.keep_only(folders)
    loaded = {c.name: c for c in check_practices(
        root, [n for n in folders if n not in reused], lib.vocabularies, rules, workers, keep,
        own_checks=own)}
    for name in folders:
        checked = reused.get(name) or loaded[name]
        if name in loaded and digests[name]:
            cache.put(name, digests[name] + ("" if wants_checks(name) else UNCHECKED), checked)
        yield checked


def _context(root: Path, rules: Rules, keep: str) -> str:
    """Everything a practice folder's result depends on besides its own files."""
    return "|".join([files_digest(root, ("vocabularies",)), repr(rules.institutions),
                     repr(rules.names),
                     rules.today.isoformat(), dt.date.today().isoformat(), keep])


def validate_library(root: Path, today: dt.date | None = None, workers: int | None = None,
                     wanted: list[str] | None = None, cache: LoadCache | None = None
                     ) -> list[Diagnostic]:
    """The diagnostics of load_library, with the practices checked on every core if many.

    wanted: the shown paths whose findings are asked for (None: all). Every file is still
    loaded, since the cross-file checks need each practice's id, titles and references;
    a practice's own checks (kb.checks.practice) report in its own files only, so they run
    only in folders where a finding could be reported. cache: results of earlier runs,
    reused for folders whose files did not change (kb.loadcache).
    """
    root = Path(root)
    today = today or clock_today()
    with paused_gc():
        lib, ctx, checker, attempted, folders, rules = _begin(root, today)
        own = None if wanted is None else frozenset(
            n for n in folders if _may_report(f"{layout.PRACTICES}/{n}", wanted))
        if wanted is None or _may_report(layout.DOCS, wanted):
            ctx.diagnostics += _pages(root, lib, folders, rules, checker)
        for checked in _checked(root, folders, lib, rules, workers, "", own, cache):
            ctx.diagnostics.extend(checked.diagnostics)
            ctx.refs.extend(checked.refs)
            if checked.admission is not None:
                checker.admit(checked.admission)
        return _only(checker.finish(ctx.refs, attempted), wanted)


def _order(d: Diagnostic):
    # The last two only break ties, which set() would otherwise leave in a random order.
    return (d.file, d.line, d.column, d.code, d.key, d.severity, repr(d.args))


def _resolve_refs(pools: dict[str, dict], refs: list[PendingRef | tuple],
                  out: list[Diagnostic], attempted: set[str]) -> None:
    loaded = set().union(*(set(pool) for pool in pools.values()))
    for kinds, id_, file, line, col, key in refs:  # PendingRef fields, or a plain tuple of them
        if id_ in attempted and id_ not in loaded:
            continue  # its own file is already reported as invalid
        candidates: list[str] = []
        for kind in kinds:
            pool = pools.get(kind, {})
            if id_ in pool:
                break
            candidates.extend(pool)
        else:
            out.append(diag(file, line, col, "ref.unknown", key, value=id_,
                            kinds=Words(" ya da ".join(KIND[k].one.tr for k in kinds),
                                        " or ".join(KIND[k].one.en for k in kinds)),
                            suggestion=suggest(id_, candidates)))
            continue
        if kinds == ("practice",) and file.endswith(f"/{id_}/practice.yml"):
            out.append(diag(file, line, col, "ref.self", key))


def validate_paths(root: Path, paths: list[Path], today: dt.date | None = None
                   ) -> tuple[Library, list[Diagnostic]]:
    """Validate the whole knowledge base but report only findings in the given paths."""
    lib, diagnostics = load_library(root, today)
    return lib, _only(diagnostics, wanted_paths(root, paths))


def check_paths(root: Path, paths: list[Path], today: dt.date | None = None,
                cache: bool = False) -> list[Diagnostic]:
    """Like validate_paths, without keeping the library: the fast path of `kb validate`.

    cache: reuse and keep results on disk between runs (kb.loadcache), as `kb validate` does.
    """
    path = cache_file(root) if cache else None
    if path is None:
        return validate_library(root, today, wanted=wanted_paths(root, paths))
    kept = read_cache(path, code_digest())
    found = validate_library(root, today, wanted=wanted_paths(root, paths), cache=kept)
    write_cache(path, kept)
    return found


def wanted_paths(root: Path, paths: list[Path]) -> list[str] | None:
    """The paths as findings show them; None for the whole library (no path, or the root)."""
    wanted = [shown_path(p, root) for p in paths]
    return None if not wanted or "." in wanted else wanted


def _only(diagnostics: list[Diagnostic], wanted: list[str] | None) -> list[Diagnostic]:
    return diagnostics if wanted is None else [d for d in diagnostics if _inside(d.file, wanted)]


def _inside(file: str, wanted: list[str]) -> bool:
    """Whether a finding's file is one of the wanted paths or in one of their folders."""
    return any(file == w or file.startswith(w.rstrip("/") + "/") for w in wanted)


def _may_report(folder: str, wanted: list[str]) -> bool:
    """Whether a finding in a file of this folder could be among the wanted ones."""
    return _inside(folder, wanted) or any(w.startswith(folder + "/") for w in wanted)


__all__ = ["Library", "load_library", "validate_library", "validate_paths", "check_paths",
           "LANGUAGES"]
