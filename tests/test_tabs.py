"""The browser tests' pages (support.Tabs) share one browser context for speed: each must
still start as in a new context, with nothing an earlier test left."""

from __future__ import annotations

import pytest

from support import serve

pytestmark = pytest.mark.browser

LEAVE = """() => {
  document.cookie = "seen=1; path=/; max-age=3600";
  localStorage.setItem("seen", "1");
  sessionStorage.setItem("seen", "1");
  return new Promise(done => { const r = indexedDB.open("seen"); r.onsuccess = () => done(); });
}"""
FOUND = """async () => [document.cookie, localStorage.getItem("seen"), sessionStorage.getItem("seen"),
  (await indexedDB.databases()).map(d => d.name)]"""


def test_a_page_finds_nothing_an_earlier_page_left(tabs, built_site):
    requests: list = []
    with serve(built_site, requests) as url:  # files a browser may keep, as from GitHub Pages
        for _ in range(2):  # the second page, as the first: nothing left, every file asked for
            with tabs.page() as page:
                page.goto(url + "about/")
                assert page.evaluate(FOUND) == ["", None, None, []]
                page.evaluate(LEAVE)
                page.goto(url + "about/")  # a second visit: the kept files, and what was left
                assert page.evaluate(FOUND) == ["seen=1", "1", "1", ["seen"]]
        css = [path for path, _ in requests if path.endswith(".css")]
        assert css and len(css) == 2 * len(set(css))  # once per page: kept, then forgotten
