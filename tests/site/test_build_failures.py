"""A build that cannot be right stops with a message and leaves nothing half-written."""

from __future__ import annotations

import shutil
from pathlib import Path

from kb.sitecheck import check_site
from support import kb_command as _kb

FIXTURE = Path(__file__).parent / "fixture"

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


def test_broken_link_in_a_handwritten_page_fails_and_keeps_the_old_site(tmp_path):
    root = tmp_path / "kb"
    shutil.copytree(FIXTURE, root)
    out = tmp_path / "site"
    out.mkdir()
    (out / ".kb-site").write_text("an earlier build\n", encoding="utf-8")
    (out / "old.txt").write_text("previous build", encoding="utf-8")
    (root / "docs/en/about.md").write_text("# About\n\nSee [nowhere](missing.md).\n",
                                           encoding="utf-8")
    run = _kb("--root", str(root), "build", "--out", str(out), cwd=tmp_path)
    assert run.returncode == 1
    assert "missing.md" in run.stderr and "Traceback" not in run.stderr
    assert (out / "old.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


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
