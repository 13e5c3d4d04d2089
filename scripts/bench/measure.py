"""Run a command and measure it as the benchmarks report it: wall seconds, CPU seconds of the
whole process tree, and the peak memory of that tree.

CPU time is what the command and every process it waited for used (getrusage of children):
on a machine busy with other work, wall time grows but CPU time barely does, so both are
printed. Peak memory is the largest sum of the proportional set sizes of the command and all
its descendants, sampled every 50 ms (a page shared after a fork counts once in the sum,
split between the processes that map it), and never less than the largest single process's
peak that the kernel recorded.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """What one measured command did."""

    wall: float  # seconds
    cpu: float  # seconds, user + system, of the command and its descendants
    peak_mb: float  # MB, the whole process tree
    returncode: int
    output: str  # stdout and stderr

    def check(self, what: str) -> Run:
        """Stop the benchmark with the command's output if it failed."""
        if self.returncode:
            raise SystemExit(f"{what} failed (exit {self.returncode}):\n{self.output[-3000:]}")
        return self


def kb_command(*args: str) -> list[str]:
    """`kb ARGS` run from the source tree in KB_BENCH_SRC (its scripts/ folder), else this one.

    KB_BENCH_SRC lets the same benchmark time another version of the code (say, main's),
    exported with `git archive`, in the same run and on the same corpus.
    """
    scripts = Path(os.environ.get("KB_BENCH_SRC") or REPO) / "scripts"
    boot = (f"import sys; sys.path.insert(0, {str(scripts)!r}); from kb.cli import main; "
            "sys.exit(main())")
    return [sys.executable, "-c", boot, *args]


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a running process used so far, its threads and the
    children it waited for included."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def tree_cpu(pid: int) -> float:
    """CPU seconds a running process and all its descendants used so far (each process's
    own, and that of the children it waited for: every second is counted once)."""
    total, todo, seen = 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            total += _cpu(p)
            todo += children(p)
    return total


def children(pid: int) -> list[int]:
    """The process ids of the children of a running process."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    """Bytes of memory the process uses: its proportional set size (a page shared by n
    processes, as after a fork, counts 1/n in each), or where the kernel gives no PSS, its
    resident set."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_rss(pid: int) -> int:
    """Bytes resident in the process and all its descendants now."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _rss(p)
        todo += children(p)
    return total


def run(command: list[str], cwd: Path | None = None, env: dict | None = None,
        timeout: float = 3600) -> Run:
    """Run command to its end; its wall time, the tree's CPU time and peak memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        output, _ = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    largest = after.ru_maxrss * 1024  # KB on Linux: the largest single process so far
    return Run(wall, cpu, max(peak[0], largest if largest > before.ru_maxrss * 1024 else 0) / 1e6,
               proc.returncode, output)


def folder_bytes(folder: Path, pattern: str = "*") -> tuple[int, int]:
    """(total bytes, number of files) of the files under folder matching pattern."""
    sizes = [p.stat().st_size for p in folder.rglob(pattern) if p.is_file()]
    return sum(sizes), len(sizes)
