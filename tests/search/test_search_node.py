"""The search engine's own tests, in Node's built-in test runner (tests/search/js/).

The engine (kb-search-text.js, kb-search-core.js) and the Material adapter (kb-search-worker.js) are plain
scripts; Node runs them against the same normaliser cases as Python and against the index
the site build wrote, so ranking is tested without a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kb.search.shards import write_index

HERE = Path(__file__).parent
TESTS = sorted(str(p) for p in (HERE / "js").glob("*.test.cjs"))


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory) -> Path:
    """An index of one document whose title, text and metadata try to inject markup."""
    site = tmp_path_factory.mktemp("hostile")
    write_index(site, [{
        "url": "practices/x/", "kind": "practices",
        "title": '<img src=x onerror="alert(1)"> İzmir',
        "text": "İzmir <script>alert(2)</script> & \"quotes\"",
        "meta": ["<b>İzmir</b>"],
    }], "tr")
    return site / "search" / "kb"


def test_node_tests_pass(search_site, hostile_index):
    node = shutil.which("node")
    assert node, "node is needed for the search engine's tests"
    env = {**os.environ, "KB_SEARCH_SITE": str(search_site), "KB_SEARCH_HOSTILE": str(hostile_index)}
    done = subprocess.run([node, "--test", *TESTS], env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-4000:]
    assert "# fail 0" in done.stdout and "# skipped 0" in done.stdout, done.stdout[-2000:]
