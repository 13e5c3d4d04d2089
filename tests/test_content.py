"""The real knowledge base passes the validator: the contributor's one teacher is the test.

No content rule lives here: every rule a contribution can break is a rule of `kb validate`
(kb.checks, kb.schema), with its fixture under tests/validator/. Warnings are advice, shown
to contributors and in CI annotations; only errors fail.
"""

from __future__ import annotations

from pathlib import Path

from kb.library import validate_library

ROOT = Path(__file__).resolve().parents[1]


def test_repository_validates_without_errors():
    diagnostics = validate_library(ROOT)
    errors = [d for d in diagnostics if d.severity == "error"]
    assert not errors, "\n".join(f"{d.file}:{d.line}:{d.column}: {d.message('en')}"
                                 for d in errors)
