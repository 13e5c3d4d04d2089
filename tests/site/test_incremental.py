"""kb serve's updates after a save give, byte for byte, the site a full build of the same
files gives: after edits of every kind a practice can have, one after another, and with
what follows the pages (search indexes, data files) stopped by the next save."""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from kb.build import BuildResult, build_into
from kb.languages import CODES
from kb.preview import Preview, changed_practices
from kb.rebuild import Rebuilds

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts" / "bench"))
from synth import make_corpus  # noqa: E402

BASE = "http://127.0.0.1:8123/"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _sub(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text("utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.M)
    assert changed != text, (path, pattern)
    path.write_text(changed, "utf-8")


def _referenced(root: Path) -> set[str]:
    """Practices another practice names (removing one of those would be an error)."""
    text = "\n".join(p.read_text("utf-8") for p in (root / "practices").glob("*/practice.yml"))
    return set(re.findall(r"^    - ([a-z0-9-]+)$", text, re.M))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = make_corpus(tmp_path_factory.mktemp("incremental") / "kb", 16)
    shutil.copytree(REPO / "docs", root / "docs")
    return root


def _edits(root: Path):
    """(what, apply) pairs, each one edit a contributor might save; apply() returns the
    practice folders it changed."""
    folders = sorted((root / "practices").iterdir())
    loose = [f for f in folders if f.name not in _referenced(root)]
    used = "\n".join(p.read_text("utf-8") for p in (root / "practices").glob("*/practice.yml"))
    themes = re.findall(r"^- id: (.*)$", (root / "vocabularies/themes.yml").read_text("utf-8"),
                        re.M)
    theme = next(t for t in themes if f"  - {t}\n" not in used)  # its page appears, then goes

    def edit(folder: Path, name: str, pattern: str, replacement: str):
        return lambda: (_sub(folder / name, pattern, replacement), {folder.name})[1]

    yield "a sentence", edit(folders[3], "tr.md", r"^## .*\n\n", r"\g<0>Yeni bir cümle. ")
    # A title the home pages do not show: of the practice verified longest ago, among those
    # no other edit touches.
    others = {folders[i] for i in (0, 2, 3, 7, 8, 9)} | set(folders[12:]) | {loose[-1]}
    oldest = min((f for f in folders if f not in others), key=lambda f: re.search(
        r"^last_verified: (.*)$", (f / "practice.yml").read_text("utf-8"), re.M).group(1))
    yield "a title", edit(oldest, "en.md", r"^title: (.*)$", r"title: \1 Renamed")
    yield "the themes", edit(folders[7], "practice.yml", r"^themes:\n", f"themes:\n  - {theme}\n")
    yield "a partner", edit(folders[8], "practice.yml", r"^partners:\n(  - .*\n    .*\n)",
                            "partners:\n")
    yield "a draft", edit(folders[9], "practice.yml", r"^schema_version: 1$",
                          "schema_version: 1\ndraft: true")
    yield "the theme again", edit(folders[7], "practice.yml", rf"^  - {theme}\n", "")
    yield "a removal", lambda: (shutil.rmtree(loose[-1]), {loose[-1].name})[1]

    def add() -> set[str]:
        new = root / "practices" / "yeni-uygulama-deneme"
        shutil.copytree(folders[0], new)
        _sub(new / "practice.yml", r"^id: .*$", "id: yeni-uygulama-deneme")
        _sub(new / "tr.md", r"^title: .*$", "title: Yeni Uygulama Deneme")
        _sub(new / "en.md", r"^title: .*$", "title: New Practice Trial")
        newest = max(re.findall(r"^last_verified: (.*)$", "\n".join(
            f.read_text("utf-8") for f in (root / "practices").glob("*/practice.yml")), re.M))
        _sub(new / "practice.yml", r"^last_verified: .*$", f"last_verified: {newest}")
        return {new.name}  # the newest practice: the home pages list it

    yield "an addition", add
    unrelated = next(f for f in folders[12:] if f.exists()
                     and "\nrelated:" not in (f / "practice.yml").read_text("utf-8"))
    yield "the related practices", edit(unrelated, "practice.yml", r"\Z",
                                        f"related:\n  inspired_by:\n    - {folders[2].name}\n")
    yield "a title of the newest", edit(root / "practices" / "yeni-uygulama-deneme", "tr.md",
                                        r"^title: .*$", "title: Yeni Uygulama Denemesi")


def _full(root: Path, tmp: Path) -> dict[str, bytes]:
    site, work = tmp / "site", tmp / "work"
    shutil.rmtree(tmp, ignore_errors=True)
    site.mkdir(parents=True)
    work.mkdir()
    result = BuildResult()
    build_into(root, site, work, CODES, True, result, base=BASE)
    assert result.ok, result.problems + [str(d) for d in result.diagnostics
                                         if d.severity == "error"]
    return _tree(site)


def _first_build(corpus: Path, tmp_path: Path) -> tuple[Rebuilds, Path, Path]:
    """A preview's state after its first (full) build: (rebuilds, live site, work folder)."""
    rebuilds = Rebuilds(corpus, drafts=True, base=BASE)
    live, work = tmp_path / "live", tmp_path / "work"
    live.mkdir()
    work.mkdir()
    assert rebuilds.full(live, work).ok
    return rebuilds, live, work


@pytest.mark.long(22)
def test_each_update_gives_the_site_a_full_build_gives(corpus, tmp_path):
    rebuilds, live, work = _first_build(corpus, tmp_path)
    for what, edit in _edits(corpus):
        changed = edit()
        assert rebuilds.can_update(changed)
        keys = [rendered.key for _, rendered in rebuilds.languages]
        result = rebuilds.update(changed, work)
        assert result.ok, (what, result.problems)
        # MkDocs runs again only when a page it renders changed: the home page's newest.
        again = keys != [rendered.key for _, rendered in rebuilds.languages]
        assert again == (what in ("an addition", "a title of the newest")), what
        rebuilds.finish()
        got, want = _tree(live), _full(corpus, tmp_path / "full")
        assert sorted(got) == sorted(want), what
        differ = [name for name in want if got[name] != want[name]]
        assert differ == [], (what, differ[:10])


def test_an_update_writes_only_the_pages_that_changed(corpus, tmp_path):
    rebuilds, live, work = _first_build(corpus, tmp_path)
    folder = sorted((corpus / "practices").iterdir())[4]
    stamps = {p: p.stat().st_mtime_ns for p in live.rglob("*.html")}
    _sub(folder / "en.md", r"^## .*\n\n", r"\g<0>One more sentence. ")
    assert rebuilds.update({folder.name}, work).ok
    rewritten = sorted(p.relative_to(live).as_posix() for p in stamps
                       if p.stat().st_mtime_ns != stamps[p])
    assert rewritten == [f"en/practices/{folder.name}/index.html"]


@pytest.mark.parametrize(("paths", "folders"), [
    (["practices/a/tr.md"], {"a"}),
    (["practices/a/tr.md", "practices/b/practice.yml"], {"a", "b"}),
    (["practices/a/tr.md", "records/municipalities/x.yml"], None),
    (["practices/a/images/x.png"], None),  # not a file the practice is loaded from
    (["practices/README.md"], None),
    (["docs/tr/about.md"], None),
    (["mkdocs.yml"], None),
])
def test_only_a_save_inside_practice_folders_is_an_update(paths, folders):
    before = {"practices/a/tr.md": (1, 10), "mkdocs.yml": (1, 5)}
    after = dict(before)
    for path in paths:
        after[path] = (2, 11)
    assert changed_practices(before, after) == folders
    assert changed_practices(after, before) == folders  # files removed: the same folders


@pytest.mark.long(3)
def test_the_preview_stops_what_follows_a_save_at_the_next_one(corpus, tmp_path):
    """kb serve makes the search indexes and data files after an update's pages, in a process
    the next save stops; once one is left to finish, the site is a full build's."""
    preview = Preview(corpus, drafts=True, base=BASE)
    try:
        assert preview.rebuild().ok
        folders = sorted((corpus / "practices").iterdir())
        _sub(folders[6] / "tr.md", r"^title: (.*)$", r"title: \1 Birinci")
        assert preview.rebuild({folders[6].name}).ok
        preview.follow()
        _sub(folders[10] / "en.md", r"^title: (.*)$", r"title: \1 Second")
        assert preview.rebuild({folders[10].name}).ok
        preview.follow()
        deadline = time.monotonic() + 300
        while preview.rebuilds.behind and time.monotonic() < deadline:
            time.sleep(0.1)
            preview.poll()
        assert not preview.rebuilds.behind
        assert [p.name for p in preview.tmp.iterdir()] == ["pid", preview.site.name]
        got, want = _tree(preview.site), _full(corpus, tmp_path / "full")
        assert sorted(got) == sorted(want)
        assert [name for name in want if got[name] != want[name]] == []
    finally:
        preview.close()
