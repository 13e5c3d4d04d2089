"""A build that cannot be right stops with a message and leaves nothing half-written."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from kb.sitecheck import check_site
from support import kb_command as _kb

FIXTURE = Path(__file__).parent / "fixture"
REPO = Path(__file__).resolve().parents[2]

def test_invalid_library_is_refused_with_the_validator_message(tmp_path):
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    (root / "practices/dayanisma-noktalari/practice.yml").write_text(
        (root / "practices/dayanisma-noktalari/practice.yml").read_text(encoding="utf-8")
        .replace("themes: [sosyal-yardım]", "themes: [sosyal-yardim-x]"), encoding="utf-8")
    run = _kb("--root", str(root), "build", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert run.returncode == 1
    assert "practices/dayanisma-noktalari/practice.yml:" in run.stderr
    assert "'sosyal-yardim-x'" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "site").exists()


def _library_and_an_earlier_site(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the fixture library, and an output folder holding an earlier build."""
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    out = tmp_path / "site"
    out.mkdir()
    (out / ".kb-site").write_text("an earlier build\n", encoding="utf-8")
    (out / "old.txt").write_text("previous build", encoding="utf-8")
    return root, out


def test_broken_link_in_a_handwritten_page_fails_and_keeps_the_old_site(tmp_path):
    root, out = _library_and_an_earlier_site(tmp_path)
    (root / "docs/en/about.md").write_text("# About\n\nSee [nowhere](missing.md).\n",
                                           encoding="utf-8")
    run = _kb("--root", str(root), "build", "--out", str(out), cwd=tmp_path)
    assert run.returncode == 1
    assert "missing.md" in run.stderr and "Traceback" not in run.stderr
    assert (out / "old.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_language_that_fails_to_render_is_told_without_false_problems_in_the_other(tmp_path):
    """English fails (a template edit that breaks its pages only: nothing the validator
    passes makes one language fail any more); the Turkish site's links into the English one
    are not each reported missing."""
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    shutil.copy(REPO / "mkdocs.yml", root)
    shutil.copytree(REPO / "overrides", root / "overrides")
    main = root / "overrides/main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block extrahead %}",
        '{% block extrahead %}{% if config.theme.language == "en" %}{{ kb_no_such.value }}'
        "{% endif %}", 1), encoding="utf-8")
    run = _kb("--root", str(root), "build", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert run.returncode == 1
    assert "kb_no_such" in run.stderr and "[en]" in run.stderr, run.stderr[-2000:]
    assert "no such file" not in run.stderr, run.stderr[-2000:]
    assert "failed with 1 problem(s)" in run.stderr


def test_handwritten_page_in_windows_1254_is_refused_located_and_keeps_the_old_site(tmp_path):
    """A page saved in the old Turkish Windows encoding: the validator says where, in words,
    before the build would read it (it once stopped with an internal error)."""
    root, out = _library_and_an_earlier_site(tmp_path)
    (root / "docs/tr/about.md").write_bytes("# Hakkında\n\nİzmir.\n".encode("cp1254"))
    run = _kb("--root", str(root), "build", "--out", str(out), cwd=tmp_path)
    assert run.returncode == 1
    assert "docs/tr/about.md:1:7: error: file is not UTF-8 (byte 0xFD)" in run.stderr
    assert "Windows-1254" in run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert (out / "old.txt").exists()


def test_handwritten_page_saved_by_notepad_is_built_with_its_title(tmp_path):
    """A byte-order mark and Windows line ends change nothing on the page."""
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    about = root / "docs/en/about.md"
    about.write_bytes(b"\xef\xbb\xbf" + about.read_bytes().replace(b"\n", b"\r\n"))
    run = _kb("--root", str(root), "build", "--out", str(tmp_path / "site"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = (tmp_path / "site/en/about/index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert [h.get_text(strip=True) for h in soup.select("article h1")] == ["About"]
    assert "About - " in soup.title.get_text()
    assert "\ufeff" not in html and "\r" not in html


def test_site_checks_find_broken_links_and_third_party_requests(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text(
        '<a href="../b/">b</a> <a href="#here">x</a> <a href="../a/#nope">y</a> '
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css">'
        '<link rel="alternate" hreflang="en" href="https://example.org/en/">'
        '<img src="//cdn.example/x.png"><p id="here" style="background:url(https://t.example/p)">'
        "<style>@import 'https://fonts.googleapis.com/css2?family=Roboto';</style>"
        '<STYLE media="print">body{background:url(//t.example/print.png)}</STYLE>',
        encoding="utf-8")
    assert [str(p) for p in check_site(tmp_path)] == [
        "a/index.html: no such file: ../b/",
        "a/index.html: no such anchor: ../a/#nope",
        "a/index.html: request to another site: https://fonts.googleapis.com/css",
        "a/index.html: request to another site: //cdn.example/x.png",
        "a/index.html: request to another site: https://t.example/p",
        "a/index.html: request to another site: //t.example/print.png",
        "a/index.html: request to another site: https://fonts.googleapis.com/css2?family=Roboto"]
