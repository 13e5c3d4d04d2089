"""The theme environment of every build (kb.render.mkdocs.themeenv): compiled templates kept
between builds never stand in for an edited one, an unsafe cache folder is not used, and the
theme files a build copies are the ones MkDocs itself would copy."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from jinja2.bccache import bc_magic
from mkdocs.theme import Theme

from kb.render.mkdocs.themeenv import ThemeLoader, template_cache
from support import build

REPO = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixture"


@pytest.fixture()
def own_tmp(tmp_path, monkeypatch) -> Path:
    """A temporary directory of the test's own, where the cache folder is made."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_an_edited_override_is_built_anew_not_taken_from_the_cache(own_tmp):
    root = own_tmp / "library"
    shutil.copytree(FIXTURE, root)
    shutil.copy(REPO / "mkdocs.yml", root)
    shutil.copytree(REPO / "overrides", root / "overrides")
    build(root, own_tmp / "one")
    cached = list((own_tmp / f"ortak-akil-templates-{os.getuid()}").iterdir())
    assert len(cached) > 20  # Material's templates and the override, compiled once
    main = root / "overrides" / "main.html"
    main.write_text(main.read_text("utf-8").replace(
        "{% block extrahead %}", "{% block extrahead %}<meta name=kb-edited>", 1), "utf-8")
    build(root, own_tmp / "two")
    assert "<meta name=kb-edited>" not in (own_tmp / "one" / "index.html").read_text("utf-8")
    assert "<meta name=kb-edited>" in (own_tmp / "two" / "index.html").read_text("utf-8")
    assert "<meta name=kb-edited>" in (own_tmp / "two" / "en" / "index.html").read_text("utf-8")


def test_a_cache_folder_others_may_write_is_not_used(own_tmp):
    folder = own_tmp / f"ortak-akil-templates-{os.getuid()}"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    assert template_cache() is None
    folder.rmdir()
    (own_tmp / "elsewhere").mkdir(mode=0o700)
    folder.symlink_to(own_tmp / "elsewhere")
    assert template_cache() is None
    folder.unlink()
    assert template_cache() is not None  # made by the cache: this user's, nobody else's
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_a_damaged_cache_file_is_compiled_again(own_tmp, tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.html").write_text("{{ 1 + 1 }}", "utf-8")
    # Cut short, and a right header before damaged contents (which Jinja itself would raise on).
    for damage in (b"", bc_magic + b"\x80\x04garbage"):
        cache = template_cache()
        Environment(loader=FileSystemLoader(tmp_path / "t"), bytecode_cache=cache
                    ).get_template("a.html")
        for file in Path(cache.directory).iterdir():
            file.write_bytes(damage)
        env = Environment(loader=FileSystemLoader(tmp_path / "t"), bytecode_cache=template_cache())
        assert env.get_template("a.html").render() == "2"


def test_the_theme_lists_the_files_mkdocs_would_copy_without_its_hidden_folders():
    dirs = Theme(name="material", custom_dir=str(REPO / "overrides")).dirs
    everything = FileSystemLoader(dirs).list_templates()
    hidden = [name for name in everything if any(p.startswith(".") for p in name.split("/"))]
    assert len(hidden) > 10_000  # Material's icons: what is no longer walked
    listed = ThemeLoader(dirs).list_templates()
    # MkDocs leaves out every file of a hidden folder (its patterns '.*' and '*/.*').
    assert listed == [name for name in everything
                      if not any(p.startswith(".") for p in name.split("/")[:-1])]
    assert "assets/javascripts/kb-catalogue.js" in listed and "main.html" in listed

