"""Run every benchmark `scripts/bench/bench_*.py` in turn, print what each reports, then the
figures of issue 16 side by side in one table (scripts/bench/summary.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from summary import ENV, table  # noqa: E402


def main() -> int:
    """Run each benchmark in its own process; the exit code is 1 if any of them failed."""
    failed = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        figures = Path(tmp) / "figures.jsonl"
        for script in sorted(HERE.glob("bench_*.py")):
            print(f"== {script.stem}", flush=True)
            done = subprocess.run([sys.executable, str(script)], check=False,
                                  env={**os.environ, ENV: str(figures)})
            if done.returncode:
                failed.append(script.stem)
                print(f"!! {script.stem} exited with {done.returncode}", flush=True)
        print(f"== all figures (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
        print(table(figures))
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
