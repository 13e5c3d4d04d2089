"""Benchmark: validate, build and preview synthetic libraries, against a plain Material build.

For each size (default 1,000, 3,200 and 10,000 practices; KB_BENCH_SIZES="1000 3200" or the
command line to change them) a synthetic library (scripts/bench/synth.py, with the project's
hand-written pages) is written to a temporary folder, then measured as a person meets it:

- `kb validate` and `kb build`, each as its own process: wall and CPU seconds (the command
  and the workers it waited for) and the peak memory of the whole process tree; `kb
  validate` with every file checked (no cache, as CI runs it), then with its cache: the
  first run, again, and after editing one practice;
- a plain `mkdocs build` of the same pages (scripts/bench/plain.py), one per language, at
  the sizes in KB_BENCH_PLAIN (default 1,000 and 3,200); the ratio kb build / plain Material
  is the build goal (≤ 1.0);
- `kb serve` at the sizes in KB_BENCH_SERVE (default 1,000): its first build, then the
  seconds from saving one practice to the page showing the change (goal ≤ 2 s);
- the output: bytes, files, and the mean size of a practice page.

The machine may be busy with other work: compare the CPU seconds, and ratios taken in the
same run. KB_BENCH_SRC=DIR times the code of another checkout (its scripts/ folder).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from measure import REPO, folder_bytes, kb_command, run  # noqa: E402
from plain import mkdocs_command, write_project  # noqa: E402
from serve_edit import serve_edit_seconds  # noqa: E402
from summary import record  # noqa: E402
from synth import edit_one, make_corpus  # noqa: E402

SIZES = (1_000, 3_200, 10_000)
PLAIN = (1_000, 3_200)
SERVE = (1_000,)
BUILD_10K_S, BUILD_10K_MB, SERVE_S, VALIDATE_10K_S = 90, 1000, 2.0, 3.0


def _sizes(name: str, default: tuple[int, ...]) -> list[int]:
    value = os.environ.get(name)
    return [int(v) for v in value.replace(",", " ").split()] if value else list(default)


def corpus(folder: Path, n: int) -> Path:
    """A synthetic library of n practices with the project's hand-written pages."""
    root = make_corpus(folder, n)
    shutil.copytree(REPO / "docs", root / "docs")
    return root


def measure_size(n: int, tmp: Path, plain: bool, serve: bool) -> dict[str, float | str]:
    """Every figure of one size, as a row name → value."""
    root = corpus(tmp / f"c{n}", n)
    row: dict[str, float | str] = {}
    validate_figures(root, tmp / f"cache{n}", row)
    out = tmp / f"site{n}"
    b = run(kb_command("--root", str(root), "build", "--out", str(out))).check("kb build")
    row["build wall s"], row["build CPU s"], row["build peak MB"] = b.wall, b.cpu, b.peak_mb
    b = run(kb_command("--root", str(root), "build", "--out", str(out))).check("kb build")
    row["build again wall s"], row["build again CPU s"] = b.wall, b.cpu
    total, files = folder_bytes(out)
    page_bytes, pages = folder_bytes(out / "practices", "index.html")
    row["output MB"], row["output files"] = total / 1e6, files
    row["practice page KB"] = page_bytes / max(pages, 1) / 1024
    shutil.rmtree(out)
    if plain:
        configs = write_project(root, tmp / f"plain{n}")
        wall = cpu = peak = 0.0
        for config in configs:
            m = run(mkdocs_command(config)).check("plain mkdocs build")
            wall, cpu, peak = wall + m.wall, cpu + m.cpu, max(peak, m.peak_mb)
        row["plain Material wall s"], row["plain Material CPU s"] = wall, cpu
        row["plain Material peak MB"] = peak
        row["ratio kb/plain wall"] = row["build wall s"] / wall
        row["ratio kb/plain CPU"] = row["build CPU s"] / cpu
        shutil.rmtree(tmp / f"plain{n}")
    if serve:
        edits = serve_edit_seconds(root)
        row["serve first build s"] = edits.first
        row["serve after one edit s"] = edits.median
        row["serve worst edit s"] = edits.worst
        row["serve edits"] = " ".join("-" if t is None else f"{t:.2f}" for t in edits.seconds)
        row["serve edit CPU s"] = statistics.median(edits.cpu_shown)
        row["serve edit all done s"] = statistics.median(edits.done)
        row["serve edit all done CPU s"] = statistics.median(edits.cpu_total)
    shutil.rmtree(root)
    return row


def validate_figures(root: Path, cache: Path, row: dict) -> None:
    """`kb validate` as a contributor meets it, with its cache (kept in a folder of its own):
    every file checked (no cache, as CI runs), the first run, a run with nothing changed,
    and the run after editing one practice; then one practice (its PATH), both ways."""
    def validate(name: str, *args: str, cached: bool = True) -> None:
        env = {"KB_CACHE_DIR": str(cache), **({} if cached else {"KB_NO_CACHE": "1"})}
        v = run(kb_command("--root", str(root), "validate", *args), env=env,
                timeout=900).check("kb validate")
        row[f"{name} wall s"], row[f"{name} CPU s"] = v.wall, v.cpu

    validate("validate", cached=False)
    validate("validate first")
    validate("validate again")
    edit_one(root)
    validate("validate after one edit")
    one = str(min((root / "practices").iterdir()))
    validate("validate one", one, cached=False)
    validate("validate one after one edit", one)
    shutil.rmtree(cache, ignore_errors=True)


def table(rows: dict[int, dict]) -> str:
    """The figures side by side, one column per size."""
    names = list(dict.fromkeys(k for r in rows.values() for k in r))
    width = max(len(n) for n in names) + 2
    lines = [" " * width + "".join(f"{n:>14,}" for n in rows)]
    for name in names:
        cells = []
        for r in rows.values():
            value = r.get(name, "")
            cells.append(f"{value:>14.2f}" if isinstance(value, float) else f"{value!s:>14}")
        lines.append(f"{name:<{width}}" + "".join(cells))
    return "\n".join(lines)


def verdicts(rows: dict[int, dict]) -> list[str]:
    """The goals of issue 16 that these figures decide."""
    out = []
    for n, r in rows.items():
        if "ratio kb/plain wall" in r:
            out.append(f"{n:,}: kb build / plain Material = {r['ratio kb/plain wall']:.2f} wall, "
                       f"{r['ratio kb/plain CPU']:.2f} CPU (goal ≤ 1.0)")
        if "serve after one edit s" in r:
            out.append(f"{n:,}: kb serve shows an edit after {r['serve after one edit s']:.2f} s "
                       f"(median; worst {r['serve worst edit s']:.2f} s; goal ≤ {SERVE_S:.0f} s)")
    if 10_000 in rows:
        r = rows[10_000]
        out.append(f"10,000: kb build {r['build wall s']:.1f} s wall, {r['build peak MB']:.0f} MB "
                   f"peak (goals < {BUILD_10K_S} s, < {BUILD_10K_MB} MB)")
        out.append(f"10,000: kb validate {r['validate wall s']:.2f} s wall, "
                   f"{r['validate CPU s']:.2f} s CPU with every file checked (no cache, as CI "
                   f"runs); {r['validate after one edit wall s']:.2f} s wall, "
                   f"{r['validate after one edit CPU s']:.2f} s CPU after editing one practice "
                   f"(goal ≤ {VALIDATE_10K_S:.0f} s wall on an idle machine)")
    return out


# The figures of the closing table of `make bench`: row name here → (name there, unit, goal:
# one for every size, or by size).
SUMMARY = {
    "validate wall s": ("kb validate, every file checked: wall", "s", {10_000: VALIDATE_10K_S}),
    "validate CPU s": ("kb validate, every file checked: CPU", "s", {}),
    "validate after one edit wall s": ("kb validate after one edit: wall", "s",
                                       {10_000: VALIDATE_10K_S}),
    "validate after one edit CPU s": ("kb validate after one edit: CPU", "s", {}),
    "validate one wall s": ("kb validate PRACTICE, every file checked: wall", "s", {}),
    "validate one after one edit wall s": ("kb validate PRACTICE after one edit: wall", "s", {}),
    "build wall s": ("kb build wall", "s", {10_000: BUILD_10K_S}),
    "build CPU s": ("kb build CPU", "s", {}),
    "build peak MB": ("kb build peak memory", "MB", {10_000: BUILD_10K_MB}),
    "ratio kb/plain wall": ("kb build / plain Material, wall", "", 1.0),
    "ratio kb/plain CPU": ("kb build / plain Material, CPU", "", 1.0),
    "output MB": ("output", "MB", {}),
    "serve after one edit s": ("kb serve: edit on screen (median)", "s", SERVE_S),
    "serve worst edit s": ("kb serve: edit on screen (worst)", "s", {}),
}


def summarise(rows: dict[int, dict]) -> None:
    """Hand the figures that issue 16 sets goals for to `make bench`'s closing table."""
    for n, row in rows.items():
        for key, (name, unit, goals) in SUMMARY.items():
            if isinstance(row.get(key), float):
                goal = goals.get(n) if isinstance(goals, dict) else goals
                record(n, name, row[key], goal, unit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, help="numbers of practices")
    args = parser.parse_args(argv)
    sizes = args.sizes or _sizes("KB_BENCH_SIZES", SIZES)
    plain, serve = _sizes("KB_BENCH_PLAIN", PLAIN), _sizes("KB_BENCH_SERVE", SERVE)
    source = os.environ.get("KB_BENCH_SRC") or str(REPO)
    print(f"code: {source}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
          flush=True)
    rows: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kb-bench-build-") as tmp:
        for n in sizes:
            rows[n] = measure_size(n, Path(tmp), n in plain, n in serve)
            print(f"  {n:,} practices measured (load average {os.getloadavg()[0]:.1f})",
                  flush=True)
    print(table(rows))
    summarise(rows)
    for line in verdicts(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
