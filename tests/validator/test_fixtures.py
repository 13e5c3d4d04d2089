"""The invalid-input corpus: each fixture breaks one thing and expects exact diagnostics.

An expectation is structured (file, line, column, severity, key, code) with the message and
hint in both languages, as `kb validate --format json` reports them; KB_BLESS=1 rewrites
them after a deliberate change, which the diff of expected.json then shows for review.
"""

from __future__ import annotations

import json
import os

import pytest
from validator_support import BASE, WARNINGS, fixtures, materialise, run_kb

FIXTURES = fixtures()
WARNED = fixtures(WARNINGS)
PLACE = ("file", "line", "column", "severity", "key", "code")


def test_corpus_is_large_enough():
    assert len(FIXTURES) >= 100


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_has_a_non_empty_expectation(fixture):
    expected = fixture / "expected.json"
    assert expected.is_file(), f"{fixture.name} has no expected.json"
    items = json.loads(expected.read_text("utf-8"))
    assert items, f"{fixture.name}/expected.json is empty"
    assert any(d["severity"] == "error" for d in items), f"{fixture.name} expects no error"
    for d in items:
        assert d["en"] and d["tr"], f"{fixture.name}: every finding has both texts"


def test_base_alone_is_valid(tmp_path):
    code, out, err = run_kb(materialise(None, tmp_path / "repo"), "--lang", "en")
    assert (code, out) == (0, "")
    assert "all valid" in err


def _findings(root) -> tuple[int, list[dict], str]:
    """Both languages' JSON reports merged: one structured item per finding."""
    merged: list[dict] = []
    codes, errs = set(), ""
    for lang in ("en", "tr"):
        code, out, err = run_kb(root, "--format", "json", "--lang", lang)
        codes.add(code)
        errs += err
        items = json.loads(out) if out.strip() else []
        if not merged:
            merged = [{k: d[k] for k in PLACE} for d in items]
        assert [{k: d[k] for k in PLACE} for d in items] == [{k: m[k] for k in PLACE}
                                                              for m in merged]
        for m, d in zip(merged, items, strict=True):
            m[lang], m[f"{lang}_hint"] = d["message"], d["hint"]
    assert len(codes) == 1, "the exit code does not depend on the language"
    return codes.pop(), merged, errs


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fixture_gives_exactly_its_expected_diagnostics(fixture, tmp_path):
    root = materialise(fixture, tmp_path / "repo")
    code, found, err = _findings(root)
    target = fixture / "expected.json"
    if os.environ.get("KB_BLESS"):  # after a deliberate message change: KB_BLESS=1 pytest …
        target.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert found == json.loads(target.read_text("utf-8"))
    assert code == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("fixture", WARNED, ids=lambda p: p.name)
def test_valid_fixture_gives_exactly_its_warnings(fixture, tmp_path):
    root = materialise(fixture, tmp_path / "repo")
    code, found, err = _findings(root)
    target = fixture / "expected.json"
    if os.environ.get("KB_BLESS"):
        target.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert found == json.loads(target.read_text("utf-8"))
    assert found and {d["severity"] for d in found} == {"warning"}
    assert code == 0 and "Traceback" not in err


@pytest.mark.parametrize("fixture", FIXTURES + WARNED, ids=lambda p: p.name)
def test_deletions_name_files_of_the_base(fixture):
    delete = fixture / "delete.txt"
    for line in delete.read_text("utf-8").split() if delete.exists() else []:
        assert (BASE / line).is_file(), f"{fixture.name} deletes {line}, which the base lacks"
