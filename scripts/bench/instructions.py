"""Instructions per validated practice, as valgrind's callgrind counts them.

Wall and CPU seconds on a shared machine move with its other work: the same validation took
4.5 s at one hour and 6.3 s the next on the 2-core machine of issue 16. The number of
instructions the interpreter runs does not, so it compares two versions of the code on any
machine, loaded or not. It is counted in one process (no workers) for a small synthetic
library, less the count for the same library with no practice (interpreter start, imports,
vocabularies and records), and divided by the practices. Skipped where valgrind is missing.

It also prints the speed of the machine at the time, the instructions it ran per CPU second
on that validation: CPU seconds from two runs compare once each is multiplied by its run's speed.

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


def _seconds(root: Path, repeat: int = 3) -> float:
    """The best CPU seconds of one validation process of the library at root (no valgrind)."""
    best = float("inf")
    for _ in range(repeat):
        before = os.times()
        subprocess.run([sys.executable, "-c", _RUN, str(root)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": "0",
                            "PYTHONPATH": str(REPO / "scripts")})
        after = os.times()
        best = min(best, after.children_user + after.children_system
                   - before.children_user - before.children_system)
    return best


def measure(practices: int = PRACTICES) -> tuple[float, float] | None:
    """(instructions per validated practice, instructions per CPU second of this machine
    now), or None without valgrind. The second is the machine's speed at the time: the same
    code ran 40-55% slower in one hour than in the next here, so figures in seconds from
    two runs compare only through it."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory(prefix="kb-instructions-") as tmp:
        full_root = make_corpus(Path(tmp) / "full", practices)
        empty_root = make_corpus(Path(tmp) / "empty", 0)
        full = _count(full_root, Path(tmp) / "full.out")
        empty = _count(empty_root, Path(tmp) / "empty.out")
        seconds = _seconds(full_root) - _seconds(empty_root)
    count = (full - empty) / practices
    return count, count * practices / seconds if seconds > 0 else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=PRACTICES)
    args = parser.parse_args()
    measured = measure(args.practices)
    if measured is None:
        print("instructions per practice: skipped (valgrind is not installed)")
        return 0
    count, speed = measured
    print(f"instructions per validated practice: {count / 1e6:.2f} M "
          f"({args.practices} synthetic practices, one process)")
    print(f"this machine now: {speed / 1e9:.2f} G instructions per CPU second "
          "(CPU seconds times this: the work done, comparable between runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
