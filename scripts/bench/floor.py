"""How much of a practice's validation is only reading and parsing its three files.

The floor under any validator written in Python: each practice's files read and decoded, its
practice.yml and both front matters parsed by the fast YAML reader, both bodies cut into
their sections (kb.narrative), with no schema conversion and no rule checked. Measured in
one process, as CPU seconds per practice beside a whole validation of the same library
(kb.library.validate_library with one worker); the last line says what the floor alone
would cost at 10,000 practices on every core of this machine, perfectly shared.

    python scripts/bench/floor.py [--practices 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import make_corpus  # noqa: E402

from kb.languages import CODES  # noqa: E402
from kb.library import validate_library  # noqa: E402
from kb.narrative import parse_sections  # noqa: E402
from kb.parallel import worker_count  # noqa: E402
from kb.sourcefile import split_front_matter  # noqa: E402
from kb.yaml.fast import parse_simple  # noqa: E402


def read_and_parse(folders: list[Path]) -> None:
    """What every validation of these practice folders must do before checking anything."""
    for folder in folders:
        parse_simple((folder / "practice.yml").read_bytes().decode("utf-8"))
        for lang in CODES:
            doc, _ = split_front_matter((folder / f"{lang}.md").read_bytes().decode("utf-8"),
                                        lang)
            parse_simple(doc.front, doc.front_line)
            parse_sections(doc.body, doc.body_line, lang, lang)


def best_cpu(function, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function(*args)
        best = min(best, time.process_time() - start)
    return best


def measure(n: int = 1000) -> tuple[float, float]:
    """(CPU seconds per practice of reading and parsing, of the whole validation), on a
    synthetic library of n practices, in this process."""
    with tempfile.TemporaryDirectory(prefix="kb-floor-") as tmp:
        root = make_corpus(Path(tmp) / "c", n)
        folders = sorted((root / "practices").iterdir())
        floor = best_cpu(read_and_parse, folders) / n
        whole = best_cpu(lambda: validate_library(root, workers=1)) / n
    return floor, whole


def report(floor: float, whole: float) -> list[str]:
    cores = worker_count()
    return [f"per practice, one process: reading and parsing {floor * 1e3:.2f} ms CPU, the "
            f"whole validation {whole * 1e3:.2f} ms ({floor / whole:.0%} of it)",
            f"10,000 practices: reading and parsing alone {floor * 1e4:.1f} s CPU, at best "
            f"{floor * 1e4 / cores:.1f} s wall on {cores} core(s)"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=1000)
    args = parser.parse_args()
    for line in report(*measure(args.practices)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
