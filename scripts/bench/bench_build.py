"""Benchmark: build the bilingual site from synthetic knowledge bases of 100 to 1,600 practices.

Prints, per size, the seconds of page generation (pure Python, both languages), of the whole
`kb build` (validation, generation, two strict MkDocs builds, search index, link checks) and
the size of the output. Practice pages are kept out of the nav, so both should grow linearly.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kb.site.generate import write  # noqa: E402
from synth import make_corpus  # noqa: E402

from kb.build import build_site  # noqa: E402
from kb.library import load_library  # noqa: E402

SIZES = (100, 400, 1_600)


def size_mb(folder: Path) -> float:
    """Total size of the files under folder, in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def bench(n: int) -> tuple[float, float, float, int]:
    """(generation s, whole build s, output MB, files) for a corpus of n practices."""
    with tempfile.TemporaryDirectory(prefix=f"kb-bench-build-{n}-") as tmp:
        root = Path(tmp) / "kb"
        make_corpus(root, n)
        lib, _ = load_library(root)
        start = time.perf_counter()
        for lang in ("tr", "en"):
            write(lib, root / "docs", lang, Path(tmp) / f"docs-{lang}")
        generation = time.perf_counter() - start
        out = Path(tmp) / "site"
        start = time.perf_counter()
        result = build_site(root, out)
        whole = time.perf_counter() - start
        if not result.ok:
            problems = [d.message("en") for d in result.diagnostics if d.severity == "error"]
            raise SystemExit("build failed:\n" + "\n".join((problems + result.problems)[:20]))
        files = sum(1 for p in out.rglob("*") if p.is_file())
        return generation, whole, size_mb(out), files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    args = parser.parse_args(argv)
    print(f"{'practices':>9} {'generate s':>10} {'build s':>8} {'s/100':>6} {'MB':>7} {'files':>6}")
    for n in args.sizes:
        generation, whole, mb, files = bench(n)
        print(f"{n:>9} {generation:>10.2f} {whole:>8.2f} {whole / n * 100:>6.2f} {mb:>7.1f} "
              f"{files:>6}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
