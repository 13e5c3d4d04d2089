"""`kb validate` keeps each practice folder's result between runs (kb.loadcache): a run after
an edit reads every file again but checks only what changed. What a contributor relies on:
the findings of a run with the cache are those of a run without it, whatever changed in
between (a file, a vocabulary, the day, the validator's own rules, a link), and a cache that
is broken, unwritable or not theirs never changes a finding or stops a run."""

from __future__ import annotations

import ast
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from validator_support import INVALID, WARNINGS, fixtures, materialise, run_kb

import kb.library
from kb import loadcache
from kb.loadcache import CACHE_DIR_ENV, NO_CACHE_ENV, cache_file, code_digest, read_cache
from support import REPO, kb_in_process

MERSIN = "practices/mersin-modeli"
VIDA = "practices/vida-modeli"


@pytest.fixture
def library(tmp_path, monkeypatch) -> Path:
    """A copy of the seed library, with a cache folder of its own."""
    root = tmp_path / "library"
    for name in ("practices", "records", "vocabularies"):
        shutil.copytree(REPO / name, root / name)
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(NO_CACHE_ENV, raising=False)
    return root


def validate(root: Path, *args: str) -> tuple[int, str, str]:
    return kb_in_process("--root", str(root), "validate", "--lang", "en", *args)


def uncached(root: Path, *args: str) -> tuple[int, str, str]:
    return validate(root, "--no-cache", *args)


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def with_findings(root: Path) -> None:
    """A Turkish spelling, a phone number and a misspelt term in two practices."""
    edit(root, f"{MERSIN}/tr.md", "Mersin Büyükşehir Belediyesi, Sosyal",
         "Mersin Büyükşehir Belediyesi (0324 123 45 67), Izmir ile birlikte, Sosyal")
    edit(root, f"{VIDA}/practice.yml", "status: ", "status: ongoin\nx_status: ")


def test_a_run_with_the_cache_reports_what_a_full_check_reports(library):
    with_findings(library)
    first = validate(library)
    assert first[0] == 1 and "Izmir" in first[1] and "phone" in first[1]
    assert cache_file(library).is_file()
    assert validate(library) == first  # every folder from the cache
    assert uncached(library) == first


def test_an_edit_after_a_cached_run_is_checked(library):
    assert validate(library)[0] == 0
    edit(library, f"{MERSIN}/tr.md", "Sosyal Politikalar Ofisini", "Sosyal Politikalar Ofisini Izmir")
    code, out, _ = validate(library)
    assert code == 1
    assert f"{MERSIN}/tr.md:" in out and "'İzmir'" in out
    edit(library, f"{MERSIN}/tr.md", "Ofisini Izmir", "Ofisini")
    assert validate(library)[:2] == (0, "")


def test_a_changed_vocabulary_rechecks_the_practices_that_use_it(library):
    assert validate(library)[0] == 0
    edit(library, "vocabularies/themes.yml", "- id: kadın-istihdamı", "- id: kadın-istihdamı-x")
    code, out, _ = validate(library)
    assert code == 1
    assert f"{MERSIN}/practice.yml:34:5: error: themes[2]: 'kadın-istihdamı'" in out
    assert (code, out) == uncached(library)[:2]


def test_a_renamed_institution_rechecks_the_texts_that_name_it(library):
    """The apostrophe rule reads the records' names (TDK: 'Belediyesine', not
    'Belediyesi'ne'): a record renamed to end in 'Stockholm' makes the unchanged VIDA text's
    "Stockholm'de" a finding."""
    assert validate(library)[:2] == (0, "")
    edit(library, "records/organisations/lansstyrelsen-stockholm.yml",
         "tr: Stockholm İl Yönetimi (Länsstyrelsen i Stockholm)", "tr: Länsstyrelsen i Stockholm")
    code, out, _ = validate(library)
    assert f"{VIDA}/tr.md:" in out and "Stockholm'de" in out
    assert (code, out) == uncached(library)[:2]


def test_the_day_is_part_of_what_is_kept(library, monkeypatch):
    assert validate(library)[0] == 0
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(4_000_000_000))  # the year 2096
    code, out, _ = validate(library)
    assert "last_verified" in out and "months" in out  # every practice is now stale
    assert (code, out) == uncached(library)[:2]


def test_a_path_run_keeps_nothing_that_hides_findings_from_the_whole_run(library):
    with_findings(library)
    code, out, _ = validate(library, str(library / VIDA))
    assert code == 1 and VIDA in out and MERSIN not in out
    # Mersin was read without its own checks (its spelling and phone findings were not
    # asked for): the whole run still finds them.
    whole = validate(library)
    assert f"{MERSIN}/tr.md" in whole[1] and "'İzmir'" in whole[1]
    assert whole == uncached(library)
    assert validate(library, str(library / MERSIN)) == uncached(library, str(library / MERSIN))


def test_a_link_pointed_elsewhere_is_read_again(library):
    target = library / MERSIN / "en.md"
    target.unlink()
    target.symlink_to("moved-away.md")
    assert "moved-away.md" in validate(library)[1]
    target.unlink()
    target.symlink_to("moved-elsewhere.md")
    out = validate(library)[1]
    assert "moved-elsewhere.md" in out and "moved-away.md" not in out


@pytest.mark.parametrize("damage", ["garbage", "cut short", "another format"])
def test_a_broken_cache_file_is_ignored_and_replaced(library, damage):
    with_findings(library)
    expected = uncached(library)
    assert validate(library) == expected
    path = cache_file(library)
    data = path.read_bytes()
    path.write_bytes({"garbage": os.urandom(len(data) // 2), "cut short": data[: len(data) // 2],
                      "another format": b"ortak-akil validate cache 0\n" + data}[damage])
    assert validate(library) == expected
    assert read_cache(path, code_digest()).entries  # written again, whole


def test_a_cache_folder_that_cannot_be_written_changes_nothing(library, tmp_path, monkeypatch):
    with_findings(library)
    expected = uncached(library)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocked / "cache"))
    assert validate(library) == expected
    assert validate(library) == expected


def test_no_cache_and_kb_no_cache_write_nothing(library, monkeypatch):
    assert uncached(library)[0] == 0
    monkeypatch.setenv(NO_CACHE_ENV, "1")
    assert validate(library)[0] == 0
    assert not cache_file(library).parent.exists()


def test_a_cache_file_of_another_user_is_never_read(library):
    """A poisoned cache (a result that hides a finding) is not trusted unless it is the
    user's own: it could only come from someone else writing into their cache folder."""
    with_findings(library)
    assert validate(library)[0] == 1
    path = cache_file(library)
    kept = read_cache(path, code_digest())
    for name, (digest, checked) in kept.entries.items():
        kept.entries[name] = (digest, checked._replace(diagnostics=[]))
    format_line, key_line, _ = path.read_bytes().split(b"\n", 2)
    with open(path, "wb") as f:
        f.write(format_line + b"\n" + key_line + b"\n")
        pickle.dump((kept.context, kept.entries), f)
    os.chown(path, os.getuid() + 4242, -1)
    assert validate(library) == uncached(library)  # the VIDA status error is still there


def test_another_checkout_of_the_same_library_has_its_own_cache(library, tmp_path):
    """A result can depend on where the library is: a link to a file inside one checkout
    leaves a copy of it (the same folder, the same link, the same target)."""
    shared = library / "shared" / "en.md"
    shared.parent.mkdir()
    (library / MERSIN / "en.md").rename(shared)
    (library / MERSIN / "en.md").symlink_to(shared)
    other = tmp_path / "other"
    shutil.copytree(library, other, symlinks=True)
    assert validate(library)[:2] == (0, "")
    code, out, _ = validate(other)
    assert code == 1 and f"{MERSIN}/en.md:1:1" in out
    assert (code, out) == uncached(other)[:2]
    assert validate(library)[:2] == (0, "")


def test_a_new_rule_in_the_validator_rechecks_unchanged_practices(library, tmp_path):
    """The validator's own files are part of the key: after pulling a new rule, the next run
    applies it to practices that did not change (a copy of the code with one more entry in
    its spelling list, run as a separate process, as after a `git pull`)."""
    code = tmp_path / "code"
    shutil.copytree(REPO / "scripts" / "kb", code / "kb",
                    ignore=shutil.ignore_patterns("__pycache__"))

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kb.cli", "--root", str(library),
                               "validate", "--lang", "en"], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(code)}, timeout=120)

    assert run().returncode == 0
    spelling = code / "kb" / "checks" / "spelling.yml"
    spelling.write_text(spelling.read_text("utf-8").replace(
        "tdk:\n", "tdk:\n  Kimsesi: Kimsesî  # a made-up rule: the seed says 'Herkesin Kimsesi'\n",
        1), "utf-8")
    done = run()
    assert done.returncode == 1, done.stderr
    assert f"{MERSIN}/tr.md" in done.stdout and "'Kimsesî'" in done.stdout


@pytest.mark.long(5)
def test_a_library_walked_through_every_fixture_and_back_reports_as_a_full_check(
        tmp_path, monkeypatch):
    """The working copy becomes each validator fixture in turn, and the valid base again
    after each (a mistake, then its fix): the cached run after every change reports exactly
    what a run without the cache does. Whatever a fixture changes (a vocabulary, a record,
    one file of the practice, its folder's entries) and the cache does not see shows here."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    work = tmp_path / "work"
    kept = []
    real_read = kb.library.read_cache
    monkeypatch.setattr(kb.library, "read_cache", lambda *a: kept.append(real_read(*a)) or kept[-1])
    valid = run_kb(materialise(None, tmp_path / "base"), "--lang", "en", "--no-cache")
    assert valid[0] == 0
    for fixture in [*fixtures(INVALID), *fixtures(WARNINGS)]:
        for state in (fixture, None):
            shutil.rmtree(work, ignore_errors=True)
            materialise(state, work)
            expected = run_kb(work, "--lang", "en", "--no-cache") if state else valid
            assert run_kb(work, "--lang", "en") == expected, f"{fixture.name}, then {state}"
    # A fixture that leaves the practice as it was (a broken record) took it from the cache,
    # and so did the base after it; the others checked it again.
    hits, misses = sum(c.hits for c in kept), sum(c.misses for c in kept)
    assert hits > 20 and misses > 100


def test_without_a_home_folder_nothing_is_kept_and_nothing_made_where_kb_runs(library, tmp_path):
    """A container's user may have no home: `~` stays `~`, which must not become a folder in
    the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in (CACHE_DIR_ENV, "XDG_CACHE_HOME", "HOME")}
    done = subprocess.run([sys.executable, "-c",
                           "import os, pwd, sys; pwd.getpwuid = lambda uid: (_ for _ in ()).throw("
                           "KeyError(uid)); from kb.cli import main; sys.exit(main())",
                           "--root", ".", "validate"],
                          cwd=library, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in library.iterdir()) == ["practices", "records", "vocabularies"]


def test_caches_of_checkouts_gone_for_a_month_are_removed(library, tmp_path):
    assert validate(library)[0] == 0
    folder = cache_file(library).parent
    month = 31 * 86400
    gone, stopped = folder / "validate-0123456789abcdef.pickle", folder / ".tmp-stopped"
    for path in (gone, stopped):
        path.write_bytes(b"x")
        os.utime(path, (time.time() - month, time.time() - month))
    os.utime(cache_file(library), (time.time() - month, time.time() - month))
    assert validate(library)[0] == 0  # nothing changed: its own file is marked as in use
    assert cache_file(library).stat().st_mtime > time.time() - 600
    edit(library, f"{MERSIN}/tr.md", "Sosyal Politikalar Ofisini", "Sosyal Politikalar Ofisi'ni")
    validate(library)  # a change: the cache is written, and the old ones are removed
    assert sorted(p.name for p in folder.iterdir()) == [cache_file(library).name]


_LOADED_KB_MODULES = """
import sys
from pathlib import Path
from kb.library import validate_library
validate_library(Path(sys.argv[1]), workers=1)
print("\\n".join(m.__file__ for n, m in sorted(sys.modules.items())
                if (n == "kb" or n.startswith("kb.")) and getattr(m, "__file__", None)))
"""


def test_the_cache_is_keyed_by_the_version_of_every_library_loading_imports(library):
    """A finding may change with a library (the YAML reader, the Markdown parser, the
    sanitiser, the spelling scan): every one the loading code imports is named in LIBRARIES,
    whose versions the digest holds, and no other."""
    done = subprocess.run([sys.executable, "-c", _LOADED_KB_MODULES, str(library)],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(REPO / "scripts")})
    imported = set()
    for file in done.stdout.split():
        for node in ast.walk(ast.parse(Path(file).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"kb", "__future__"}
    assert third_party == set(loadcache.LIBRARIES)


def test_another_version_of_a_library_rechecks_everything(monkeypatch):
    # Computed afresh: the digest is kept for the process (what it loaded, not what is on disk).
    before = code_digest.__wrapped__()
    real = loadcache._version
    monkeypatch.setattr(loadcache, "_version",
                        lambda p: "0.0.1" if p == "ahocorasick-rs" else real(p))
    assert code_digest.__wrapped__() != before
