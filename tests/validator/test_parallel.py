"""`kb validate` on several processes reports exactly what one process reports."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from kb import parallel
from kb.library import load_library, validate_library

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "bench"))
from synth import make_corpus  # noqa: E402

TODAY = dt.date(2026, 3, 1)


def _sub(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert changed != text, (path, pattern)
    path.write_text(changed, encoding="utf-8")


@pytest.fixture(scope="module")
def broken_corpus(tmp_path_factory) -> Path:
    """A synthetic corpus with findings spread over every chunk, some across chunks."""
    root = make_corpus(tmp_path_factory.mktemp("parallel") / "kb", 48)
    folders = sorted((root / "practices").iterdir())
    title = re.search(r"^title: (.*)$", (folders[2] / "tr.md").read_text("utf-8"), re.M)[1]
    _sub(folders[45] / "tr.md", r"^title: .*$", "title: " + title.upper())  # duplicate title
    _sub(folders[7] / "practice.yml", r"^municipality: ", "municipality: yok-")
    _sub(folders[11] / "practice.yml", r"^schema_version: 1\n",
         f"schema_version: 1\nrelated:\n  inspired_by:\n    - {folders[11].name}\n"
         f"    - {folders[40].name}\n    - {folders[20].name}\n    - olmayan-uygulama\n")
    _sub(folders[13] / "practice.yml", r"^id: .*$", f"id: {folders[14].name}")
    _sub(folders[20] / "practice.yml", r"^status: ", "status: [")
    _sub(folders[24] / "en.md", r"^## ", "# Title\n\n## ")
    (folders[30] / "en.md").unlink()
    (folders[33] / "notes.txt").write_text("x", encoding="utf-8")
    _sub(folders[36] / "practice.yml", r"^last_verified: .*$", "last_verified: 2019-02-01")
    _sub(folders[38] / "practice.yml", r"^last_verified: .*$", "last_verified: 2030-02-01")
    record = sorted((root / "records" / "municipalities").glob("*.yml"))[0].stem
    folders[42].rename(folders[42].with_name(record))  # a practice with a record's id
    (root / "practices" / "bos-klasor").mkdir()
    return root


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_same_findings_as_one_process(broken_corpus, workers, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_PRACTICES", 1)
    _, expected = load_library(broken_corpus, TODAY)
    assert len({d.code for d in expected}) >= 10  # the injected findings are all there
    assert validate_library(broken_corpus, TODAY, workers=workers) == expected


def test_workers_end_on_sigterm_even_when_the_parent_catches_it():
    """kb.cli turns SIGTERM into Ctrl-C; a worker that inherited that could hang Pool.terminate()."""
    import signal

    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        pool = parallel.fork_pool(1)
        assert pool is not None
        try:
            assert pool.apply(signal.getsignal, (signal.SIGTERM,)) == signal.SIG_DFL
        finally:
            parallel.finish(pool)
    finally:
        signal.signal(signal.SIGTERM, previous)
