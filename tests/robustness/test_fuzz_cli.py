"""A bounded fuzz run in every `make test`: no traceback, exit 0/1/2, nothing hangs, what
`kb validate` accepts builds, a build changes nothing outside --out, and the validator never
accepts a narrative the sanitiser would cut (scripts/bench/fuzz.py runs the long version)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
import fuzz  # noqa: E402
import pytest  # noqa: E402


@pytest.mark.long(3)
def test_a_fixed_seed_run_finds_no_crash_hang_or_silent_accept():
    outcomes = fuzz.run(cases=60, seed=1, builds=6, limit=20.0)
    problems = [(o.name, o.problems, o.mutations) for o in outcomes if o.problems]
    assert problems == []
    # The run did exercise both sides: some libraries were accepted and built, most refused.
    exits = [o.validate_exit for o in outcomes if o.name == "library"]
    assert exits.count(0) >= 3 and exits.count(1) >= 20


def test_the_silent_accept_detector_sees_what_the_sanitiser_removes(tmp_path):
    root = tmp_path / "repo"
    shutil.copytree(fuzz.BASE, root)
    assert not fuzz._silent(root)
    tr = root / "practices" / "ornek-uygulama" / "tr.md"
    tr.write_text(tr.read_text("utf-8").replace("## Sonuçlar\n", "## Sonuçlar\n\n<div>x</div>\n"),
                  "utf-8")
    assert fuzz._silent(root)
