"""Instructions per validated practice, as valgrind's callgrind counts them.

Wall and CPU seconds on a shared machine move with its other work: the same validation took
4.5 s at one hour and 6.3 s the next on the 2-core machine of issue 16. The number of
instructions the interpreter runs does not, so it compares two versions of the code on any
machine, loaded or not. It is counted in one process (no workers) for a small synthetic
library, less the count for the same library with no practice (interpreter start, imports,
vocabularies and records), and divided by the practices. Skipped where valgrind is missing.

    python scripts/bench/instructions.py [--practices 300]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import REPO, make_corpus  # noqa: E402

PRACTICES = 300  # enough for a steady figure; valgrind runs them about fifty times slower
_RUN = ("import sys; from pathlib import Path; from kb.library import validate_library; "
        "validate_library(Path(sys.argv[1]), workers=1)")


def _count(root: Path, out: Path) -> int:
    """Instructions of one whole validation process of the library at root."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
         "-c", _RUN, str(root)],
        capture_output=True, text=True, check=True,
        # The same hash seed every run: dictionaries then probe the same way each time.
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(REPO / "scripts")})
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def per_practice(practices: int = PRACTICES) -> float | None:
    """Instructions per validated practice, or None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kb-instructions-") as tmp:
        full = _count(make_corpus(Path(tmp) / "full", practices), Path(tmp) / "full.out")
        empty = _count(make_corpus(Path(tmp) / "empty", 0), Path(tmp) / "empty.out")
    return (full - empty) / practices


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=PRACTICES)
    args = parser.parse_args()
    count = per_practice(args.practices)
    if count is None:
        print("instructions per practice: skipped (valgrind is not installed)")
        return 0
    print(f"instructions per validated practice: {count / 1e6:.2f} M "
          f"({args.practices} synthetic practices, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
