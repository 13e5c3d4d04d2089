"""The invalid-input corpus: each fixture breaks one thing and expects exact diagnostics."""

from __future__ import annotations

import os

import pytest
from validator_support import BASE, diagnostic_lines, fixtures, materialise, run_kb

FIXTURES = fixtures()


def test_corpus_is_large_enough():
    assert len(FIXTURES) >= 45


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_has_a_non_empty_expectation(fixture):
    expected = fixture / "expected.txt"
    assert expected.is_file(), f"{fixture.name} has no expected.txt"
    lines = [line for line in expected.read_text("utf-8").split("\n") if line]
    assert lines, f"{fixture.name}/expected.txt is empty"
    assert any(": error: " in line for line in lines), f"{fixture.name} expects no error"


def test_base_alone_is_valid(tmp_path):
    code, out, err = run_kb(materialise(None, tmp_path / "repo"), "--lang", "en")
    assert (code, out) == (0, "")
    assert "all valid" in err


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_gives_exactly_its_expected_diagnostics(fixture, tmp_path):
    root = materialise(fixture, tmp_path / "repo")
    code, out, err = run_kb(root, "--lang", "en")
    if os.environ.get("KB_BLESS"):  # after a deliberate message change: KB_BLESS=1 pytest …
        (fixture / "expected.txt").write_text("\n".join(diagnostic_lines(out)) + "\n", "utf-8")
    expected = [line for line in (fixture / "expected.txt").read_text("utf-8").split("\n") if line]
    assert diagnostic_lines(out) == expected
    assert code == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_deletions_name_files_of_the_base(fixture):
    delete = fixture / "delete.txt"
    for line in delete.read_text("utf-8").split() if delete.exists() else []:
        assert (BASE / line).is_file(), f"{fixture.name} deletes {line}, which the base lacks"
