"""Benchmark: validate synthetic knowledge bases of 1,000 to 10,000 practices (3 files each).

Times what `kb validate` runs (validate_library: practices checked on every core when there
are many) and, for comparison, load_library (one process, full data, as the site build uses).
Prints wall seconds, CPU seconds (this process plus its workers: the honest figure on a
machine busy with other work) and microseconds per practice, which should stay flat (linear
growth). Then whole `kb validate` processes, as a contributor meets them: with every file
checked (no cache, as CI runs it), and with the cache kept between runs (kb.loadcache): its
first run, a run with nothing changed, one after editing a practice, and one PATH. Target:
at most 3 s wall for 10,000 practices on a 2-core machine. Last, the instructions each
practice's validation runs (scripts/bench/instructions.py): the figure to compare versions by
on a shared machine, where seconds move with other work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from floor import measure as floor_measure  # noqa: E402
from floor import report as floor_report  # noqa: E402
from instructions import PRACTICES, measure  # noqa: E402
from summary import record  # noqa: E402
from synth import REPO, edit_one, make_corpus  # noqa: E402

from kb.library import load_library, validate_library  # noqa: E402
from kb.parallel import worker_count  # noqa: E402

SIZES = (1_000, 2_500, 5_000, 10_000)
TARGET_10K = 3.0


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(function, root: Path, repeat: int) -> tuple[float, float, int]:
    """Best wall and CPU seconds (workers included) of function(root), and its diagnostics."""
    best, cpu, count = float("inf"), float("inf"), 0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), _cpu()
        result = function(root)
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, _cpu() - start_cpu)
        count = len(result[1] if isinstance(result, tuple) else result)
    return best, cpu, count


def time_cli(root: Path, *paths: str, env: dict | None = None) -> tuple[float, float, int]:
    """Wall and CPU seconds of a whole `kb validate [PATH…]` process (interpreter start and
    imports included), and its exit code."""
    kb = REPO / ".venv" / "bin" / "kb"
    command = [str(kb)] if kb.exists() else [sys.executable, "-m", "kb.cli"]
    start, start_cpu = time.perf_counter(), _cpu()
    done = subprocess.run([*command, "--root", str(root), "validate", *paths],
                          capture_output=True, check=False, env={**os.environ, **(env or {})})
    return time.perf_counter() - start, _cpu() - start_cpu, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=3, help="runs of validate per size")
    parser.add_argument("--no-full", action="store_true", help="skip the load_library timing")
    args = parser.parse_args()
    print(f"validate_library (best of {args.repeat}, {worker_count()} worker(s)), one `kb "
          f"validate` process, and one-process load_library; load average now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'practices':>10} {'files':>7} {'seconds':>8} {'µs/practice':>12} {'CPU s':>7} "
          f"{'load_library s':>15} {'its CPU s':>10}")
    print("  then `kb validate` processes, wall/CPU s: every file checked (no cache, as CI); "
          "the cache's first run; nothing changed; one practice edited; one PATH (no cache); "
          "one PATH after the edit")
    rows, processes = [], []
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        for n in args.sizes:
            root = make_corpus(Path(tmp) / f"c{n}", n)
            seconds, cpu, count = timed(validate_library, root, args.repeat)
            if count:
                print(f"  warning: the synthetic corpus gave {count} diagnostic(s)", file=sys.stderr)
            full = ("", "") if args.no_full else timed(load_library, root, 1)[:2]
            rows.append((n, seconds))
            print(f"{n:>10} {3 * n:>7} {seconds:>8.2f} {seconds / n * 1e6:>12.0f} {cpu:>7.2f} "
                  + (f"{full[0]:>15.2f} {full[1]:>10.2f}" if full[0] != "" else ""), flush=True)
            cached = {"KB_CACHE_DIR": str(Path(tmp) / f"cache{n}")}
            cold = {**cached, "KB_NO_CACHE": "1"}
            # What a contributor runs for the practice they edit: every file is read, the
            # own checks of that practice only.
            one = str(next((root / "practices").iterdir()))
            runs = [time_cli(root, env=cold), time_cli(root, env=cached),
                    time_cli(root, env=cached)]
            edit_one(root)
            runs += [time_cli(root, env=cached), time_cli(root, one, env=cold),
                     time_cli(root, one, env=cached)]
            processes.append((n, runs))
            goal = TARGET_10K if n == 10_000 else None
            record(n, "validate: every file checked (wall)", runs[0][0], goal, "s")
            record(n, "validate: every file checked (CPU)", runs[0][1], None, "s")
            record(n, "validate: after one edit (wall)", runs[3][0], goal, "s")
            print(" " * 11 + "  ".join(f"{w:.2f}/{c:.2f}" for w, c, _ in runs)
                  + "".join(f"  (exit {code})" for _, _, code in runs if code), flush=True)
    if len(rows) > 1:
        (n0, s0), (n1, s1) = rows[0], rows[-1]
        print(f"growth: {n1 / n0:.1f}× practices took {s1 / s0:.1f}× time "
              f"({'linear' if s1 / s0 <= 1.3 * n1 / n0 else 'worse than linear'})")
    last_n, runs = processes[-1]
    if last_n == 10_000:
        for label, (wall, cpu, _) in (("every file checked", runs[0]),
                                      ("after editing one practice", runs[3])):
            verdict = "met" if wall <= TARGET_10K else "MISSED"
            print(f"target ≤ {TARGET_10K:.0f} s for 10,000 practices, {label}: {verdict} "
                  f"({wall:.2f} s wall, {cpu:.2f} s CPU; load average "
                  f"{os.getloadavg()[0]:.1f})")
    measured = measure()
    if measured is None:
        print("instructions per validated practice: skipped (valgrind is not installed)")
    else:  # the figure another machine, or this one loaded, gives too (scripts/bench/instructions.py)
        count, speed = measured
        print(f"instructions per validated practice: {count / 1e6:.2f} M ({PRACTICES} practices); "
              f"this machine ran {speed / 1e9:.2f} G of them per CPU second")
        record(PRACTICES, "validate: instructions per practice", count / 1e6, None, "M")
        record(PRACTICES, "machine speed: G instructions per CPU second", speed / 1e9, None, "")
    floor, whole = floor_measure()  # what reading and parsing alone cost (scripts/bench/floor.py)
    for line in floor_report(floor, whole):
        print(line)
    record(10_000, "validate: reading and parsing alone (CPU)", floor * 1e4, None, "s")
    fast, files = fast_read(REPO)
    print(f"YAML of the repository's practices the fast reader reads: {fast} of {files} files "
          "(the others take libyaml's events, about twenty times slower)")
    return 0


def fast_read(root: Path) -> tuple[int, int]:
    """(files the fast YAML reader reads, files) among the practice.yml files and the
    language files' front matter under root."""
    from kb.sourcefile import split_front_matter
    from kb.yaml.fast import parse_simple

    texts = [p.read_text("utf-8") for p in sorted((root / "practices").glob("*/practice.yml"))]
    for path in sorted((root / "practices").glob("*/*.md")):
        doc, _ = split_front_matter(path.read_text("utf-8"), path.name)
        if doc is not None:
            texts.append(doc.front)
    return sum(parse_simple(text) is not None for text in texts), len(texts)


if __name__ == "__main__":
    sys.exit(main())
