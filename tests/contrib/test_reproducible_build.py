"""Two builds of the real library with the same SOURCE_DATE_EPOCH are byte-identical,
and the built site has no broken internal link."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.sitecheck import check_site

REPO = Path(__file__).parents[2]
KB = Path(sys.executable).parent / "kb"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    # As CI does: the date of the last commit (the build also validates against that day).
    last = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True,
                          text=True).stdout.strip()
    env = {**os.environ, "SOURCE_DATE_EPOCH": last or str(int(time.time()))}
    out = []
    for name in ("first", "second"):
        dest = tmp_path_factory.mktemp(name) / "site"
        result = subprocess.run([str(KB), "build", "--out", str(dest)], cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        out.append(dest)
    return out


def test_two_builds_are_byte_identical(builds):
    first, second = (_tree(b) for b in builds)
    assert sorted(first) == sorted(second)
    differ = sorted(name for name in first if first[name] != second[name])
    assert differ == [], f"files that differ between two builds: {differ[:20]}"
    assert filecmp.dircmp(*builds).diff_files == []


def test_built_site_has_no_broken_internal_link(builds):
    problems = check_site(builds[0])
    assert problems == [], "\n".join(str(p) for p in problems[:30])
