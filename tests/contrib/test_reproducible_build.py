"""A build of the real library with the same SOURCE_DATE_EPOCH as the suite's shared build
is byte-identical to it: what CI publishes can be rebuilt and checked by anyone."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

from support import build_epoch

REPO = Path(__file__).parents[2]
KB = Path(sys.executable).parent / "kb"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_second_build_by_the_command_line_is_byte_identical(built_site, tmp_path):
    # The second build runs as CI runs it: `kb build` in a process of its own.
    env = {**os.environ, "SOURCE_DATE_EPOCH": build_epoch()}
    dest = tmp_path / "site"
    result = subprocess.run([str(KB), "build", "--out", str(dest)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = _tree(built_site), _tree(dest)
    assert sorted(first) == sorted(second)
    differ = sorted(name for name in first if first[name] != second[name])
    assert differ == [], f"files that differ between two builds: {differ[:20]}"
    assert filecmp.dircmp(built_site, dest).diff_files == []
