"""`kb build --out`: only a folder a build made is ever replaced, and only by renames.

Every test runs the real command on a small library and checks what a person would find
on disk afterwards: the checkout intact, the old site or the new one, no work folders.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import kb_command

FIXTURE = Path(__file__).parents[1] / "site" / "fixture"


_kb = kb_command


def _snapshot(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in sorted(root.rglob("*"))}


@pytest.fixture()
def repo(tmp_path) -> Path:
    root = tmp_path / "checkout"
    shutil.copytree(FIXTURE, root)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (root / "README.md").write_text("# A checkout\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A site `kb build` made of the fixture library, once for the module."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(FIXTURE, root / "checkout")
    out = root / "site"
    assert _kb("--root", str(root / "checkout"), "build", "--out", str(out)).returncode == 0
    return out


def _earlier_build(built: Path, tmp_path: Path) -> Path:
    """An earlier build's site at tmp_path/site (a copy of one kb build made)."""
    shutil.copytree(built, tmp_path / "site")
    return tmp_path / "site"


@pytest.mark.parametrize("out,reason", [
    (".", "it is the repository or a folder that contains it"),
    ("..", "it is the repository or a folder that contains it"),
    ("docs", "it is inside the source folder 'docs/'"),
    ("docs/en", "it is inside the source folder 'docs/'"),
    ("practices", "it is inside the source folder 'practices/'"),
    (".git", "it is inside the source folder '.git/'"),
])
def test_an_output_folder_that_holds_sources_is_refused_and_nothing_changes(repo, out, reason):
    before = _snapshot(repo.parent)
    run = _kb("--root", str(repo), "build", "--out", out, cwd=repo)
    assert run.returncode == 2
    assert reason in run.stderr and "refusing to build into" in run.stderr
    assert "Traceback" not in run.stderr
    assert _snapshot(repo.parent) == before


def test_a_file_or_a_folder_not_made_by_a_build_is_refused(repo, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_text("months of work", encoding="utf-8")
    run = _kb("--root", str(repo), "build", "--out", str(mine), cwd=repo)
    assert run.returncode == 2
    assert "kb build did not make" in run.stderr
    assert [p.name for p in mine.iterdir()] == ["thesis.docx"]
    run = _kb("--root", str(repo), "build", "--out", "README.md", cwd=repo)
    assert run.returncode == 2 and "is not a folder" in run.stderr
    turkish = _kb("--root", str(repo), "build", "--out", str(mine), cwd=repo,
                  env={"KB_LANG": "tr"})
    assert "klasörü kb build oluşturmamış" in turkish.stderr


def test_a_rebuild_replaces_the_old_site_and_leaves_no_work_folder(repo, tmp_path, built):
    out = _earlier_build(built, tmp_path)
    assert (out / ".kb-site").is_file() and (out / "en" / "index.html").is_file()
    (out / "stale-page.html").write_text("from an older build", encoding="utf-8")
    assert _kb("--root", str(repo), "build", "--out", str(out), cwd=repo).returncode == 0
    assert not (out / "stale-page.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkout", "site"]


def test_work_folders_of_a_killed_build_are_cleaned_and_a_mid_swap_site_restored(repo, tmp_path,
                                                                                 built):
    out = _earlier_build(built, tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    # A build killed between "rename the old site away" and "rename the new one in":
    work = tmp_path / f".kb-site-build-{dead}"
    work.mkdir()
    (work / ".kb-build").write_text(dead, encoding="utf-8")
    (work / "site").mkdir()
    (work / "site" / "half.html").write_text("half a site", encoding="utf-8")
    out.rename(work / "old")
    # The next build, even one that fails validation, finds the old site in place...
    broken = repo / "practices" / "dayanisma-noktalari" / "practice.yml"
    text = broken.read_text(encoding="utf-8")
    assert "themes: [sosyal-yardım]" in text
    broken.write_text(text.replace("themes: [sosyal-yardım]", "themes: [no-such-theme]"),
                      encoding="utf-8")
    assert _kb("--root", str(repo), "build", "--out", str(out), cwd=repo).returncode == 1
    broken.write_text(text, encoding="utf-8")
    # ...and a successful one puts it back first, then replaces it and removes the leftovers.
    assert _kb("--root", str(repo), "build", "--out", str(out), cwd=repo).returncode == 0
    assert (out / "index.html").is_file() and not (out / "half.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkout", "site"]


def test_sigterm_during_a_build_keeps_the_old_site_and_cleans_up(repo, tmp_path, built):
    out = _earlier_build(built, tmp_path)
    before = (out / "index.html").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "--root", str(repo), "build",
                             "--out", str(out)], cwd=repo, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".kb-site-build-*/site/*")) and proc.poll() is None:
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0 or "site written" in err:  # then SIGTERM's default ends it: -15
        pytest.skip("the build finished before the signal arrived")
    assert (proc.returncode, err) == (143, "")  # no traceback, and 128 + SIGTERM as a shell says
    assert (out / "index.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkout", "site"]


def test_a_full_disk_is_reported_in_words_and_the_old_site_stays(repo, tmp_path):
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        out = disk / "site"
        out.mkdir()
        (out / ".kb-site").write_text("an earlier build\n", encoding="utf-8")
        (out / "index.html").write_text("old home page", encoding="utf-8")
        for lang, word in (("en", "the disk is full"), ("tr", "diskte yer kalmadı")):
            run = _kb("--root", str(repo), "build", "--out", str(out), cwd=repo,
                      env={"KB_LANG": lang})
            assert run.returncode == 1, run.stderr
            assert word in run.stderr and "Traceback" not in run.stderr
            assert (out / "index.html").read_text(encoding="utf-8") == "old home page"
            assert sorted(p.name for p in disk.iterdir()) == ["site"]
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_bad_source_date_epoch_is_a_usage_error_in_words(repo, tmp_path):
    for command in (["build", "--out", str(tmp_path / "site")], ["validate"]):
        run = _kb("--root", str(repo), *command, cwd=repo, env={"SOURCE_DATE_EPOCH": "abc"})
        assert run.returncode == 2, run.stderr
        assert "SOURCE_DATE_EPOCH` must be a whole number" in run.stderr
        assert "Traceback" not in run.stderr
    assert not (tmp_path / "site").exists()


def test_a_build_refused_for_invalid_files_speaks_the_contributors_language(repo, tmp_path):
    """`make site` is a contributor's first command: with KB_LANG=tr (or `kb --lang tr
    build`) the findings that stop it and its last line are Turkish, as `kb validate`'s are."""
    broken = repo / "practices" / "dayanisma-noktalari" / "practice.yml"
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("themes: [sosyal-yardım]", "themes: [no-such-theme]"),
                      encoding="utf-8")
    out = tmp_path / "site"
    for env, argv in (({"KB_LANG": "tr"}, ()), ({"KB_LANG": "en"}, ("--lang", "tr"))):
        run = _kb(*argv, "--root", str(repo), "build", "--out", str(out), cwd=repo, env=env)
        assert run.returncode == 1 and not out.exists()
        lines = run.stderr.strip().splitlines()
        assert ": hata: themes[0]: 'no-such-theme'" in run.stderr and "ipucu:" in run.stderr
        assert lines[-1] == ("kb build: 1 doğrulama hatası; hiçbir şey oluşturulmadı "
                             "(ayrıntılar için `kb validate` çalıştırın)")
    english = _kb("--root", str(repo), "build", "--out", str(out), cwd=repo, env={"KB_LANG": "en"})
    assert english.stderr.strip().splitlines()[-1].startswith("kb build: 1 validation error(s)")
