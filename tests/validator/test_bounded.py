"""Bounded work and regular files only: no input makes the validator hang or read forever.

Each adversarial input is sized so that the code before these bounds took minutes (the
heading pattern was cubic, Python-Markdown's link parsing and libyaml's nesting quadratic);
the time limits below are a hundred times what the bounded code needs, so they only fail
if a bound is lost, never because the machine is busy.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from validator_support import diagnostic_lines, materialise, run_kb

from kb.narrative import heading, parse_sections
from support import kb_command

TR = "practices/ornek-uygulama/tr.md"
META = "practices/ornek-uygulama/practice.yml"


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def test_heading_lines_are_read_in_linear_time():
    # "### a" + 4,000 spaces + "x" took 115 s with the old pattern.
    line = "### a" + " " * 400_000 + "x"
    (level, text), seconds = _timed(heading, line)
    assert (level, text[:1], text[-1:]) == (3, "a", "x")
    assert seconds < 1.0


def test_a_body_of_brackets_is_refused_before_markdown_sees_it():
    # 200,000 '[' on one line: over 400 s in Python-Markdown before the bounds.
    body = "## Bağlam\n\n" + "[" * 200_000 + "\n"
    narrative, seconds = _timed(parse_sections, body, 10, "tr", "tr.md")
    errors = narrative.errors
    assert {d.code for d in errors} == {"body.line_too_long", "body.too_many_brackets",
                                        "body.section_missing"}
    assert seconds < 2.0


def test_deeply_nested_yaml_is_refused_quickly(tmp_path):
    root = materialise(None, tmp_path / "repo")
    _edit(root, META, "sdgs:\n  - 1\n  - 10\n", "sdgs: " + "[" * 100_000 + "]" * 100_000 + "\n")
    (code, out, _), seconds = _timed(run_kb, root, "--lang", "en")
    assert code == 1
    assert diagnostic_lines(out) == [f"{META}:14:107: error: nesting deeper than 12 levels"]
    assert seconds < 5.0


def _validate_in_subprocess(root: Path) -> subprocess.CompletedProcess:
    return kb_command("--root", str(root), "validate", "--lang", "en", timeout=60)


def test_a_fifo_or_a_device_is_reported_not_read(tmp_path):
    root = materialise(None, tmp_path / "repo")
    (root / META).unlink()
    os.mkfifo(root / META)  # opening it for reading would wait for a writer forever
    (root / TR).unlink()
    (root / TR).symlink_to("/dev/zero")  # and reading this would never end
    run = _validate_in_subprocess(root)
    assert run.returncode == 1
    assert f"{META}:1:1: error: not a regular file (a device, a pipe or a socket)" in run.stdout
    assert (f"{TR}:1:1: error: a symbolic link that leads out of the repository is not read"
            in run.stdout)


def test_links_inside_the_repository_are_followed_and_links_out_are_not(tmp_path):
    root = materialise(None, tmp_path / "repo")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.yml").write_text("id: x\n", "utf-8")
    # A link inside the repository is an ordinary file to read.
    real = root / "records" / "shared-en.md"
    (root / "practices/ornek-uygulama/en.md").rename(real)
    (root / "practices/ornek-uygulama/en.md").symlink_to(real)
    # Links that leave it are reported, whether files or folders.
    (root / "records/organisations/x.yml").symlink_to(outside / "x.yml")
    (root / "practices/disarida").symlink_to(outside)
    code, out, _ = run_kb(root, "--lang", "en")
    assert code == 1
    outside_link = "error: a symbolic link that leads out of the repository is not read"
    assert diagnostic_lines(out) == [
        f"practices/disarida:1:1: {outside_link}",
        f"records/organisations/x.yml:1:1: {outside_link}",
        "records/shared-en.md:1:1: error: a record file belongs in the folder of its kind",
    ]


def test_a_link_to_nowhere_is_one_finding_and_the_run_goes_on(tmp_path):
    root = materialise(None, tmp_path / "repo")
    en = root / "practices/ornek-uygulama/en.md"
    en.unlink()
    en.symlink_to(root / "practices/ornek-uygulama/moved-away.md")
    _edit(root, META, "status: active", "status: ongoing")  # a finding in another file
    code, out, _ = run_kb(root, "--lang", "tr")
    assert code == 1
    lines = diagnostic_lines(out)
    assert ("practices/ornek-uygulama/en.md:1:1: hata: var olmayan "
            f"'{root}/practices/ornek-uygulama/moved-away.md' hedefine giden bir sembolik "
            "bağlantı") in lines
    assert any(line.startswith(f"{META}:") and "'ongoing'" in line for line in lines)
    assert "bağlantının yerine dosyanın ya da klasörün kendisini koyun" in out


def test_a_folder_where_a_file_belongs_is_called_a_folder(tmp_path):
    root = materialise(None, tmp_path / "repo")
    en = root / "practices/ornek-uygulama/en.md"
    en.unlink()
    en.mkdir()
    code, out, _ = run_kb(root, "--lang", "en")
    assert code == 1
    assert diagnostic_lines(out) == [
        "practices/ornek-uygulama/en.md:1:1: error: this is a folder, not a file"]


@pytest.mark.parametrize("text", ["### a" + " " * 2_000 + "x", "## " + "#" * 50_000 + " x"])
def test_issue_bodies_with_adversarial_headings_convert_quickly(tmp_path, text):
    from kb.commands.from_issue import run as from_issue  # noqa: F401 (import cost outside)

    body = tmp_path / "issue.md"
    body.write_text("### Başlık (Türkçe) / Title (Turkish)\n\nDeneme\n\n"
                    "### Bağlam (Türkçe) / Context (Turkish)\n\n" + text + "\n", "utf-8")
    start = time.perf_counter()
    run = kb_command("--root", str(tmp_path), "from-issue", str(body), "--lang", "en", timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert time.perf_counter() - start < 10.0
