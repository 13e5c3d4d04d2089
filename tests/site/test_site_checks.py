"""The build checks only what the project wrote into Material's frame, and finds the same
problems as a check of every whole page would."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kb.library import load_library
from kb.render.mkdocs import WrittenParts, run_mkdocs, write_page
from kb.render.mkdocs.shells import frame_of
from kb.site.feed import feed_files
from kb.site.pages import language_site
from kb.sitecheck import check_output, scan_html

FIXTURE = Path(__file__).parent / "fixture"
BASE = "https://example.org/kb/"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The fixture's English site, each practice page with a broken link and anchor added."""
    lib, _ = load_library(FIXTURE, dt.date(2026, 3, 1), lean=True)
    language = language_site(lib, FIXTURE / "docs", "en", dt.date(2026, 3, 1), BASE)
    for page in language.pages:
        if page.kind == "practice":
            page.body += ('<a href="../../nowhere/">x</a><a href="#missing">y</a>'
                          '<a href="#kb-facts-h">z</a>')
    work = tmp_path_factory.mktemp("checks")
    site = work / "site"
    out = run_mkdocs(language, site / "en", work, FIXTURE, BASE)
    assert not out.problems
    for page in out.generated:  # as the build writes them (its pages are whole here)
        write_page(out, page, site / "en")
    for path, data in feed_files([language.site], BASE, dt.date(2026, 3, 1)).items():
        (site / path).write_bytes(data)  # as the build writes it, beside the pages
    return site, language, out


def test_only_the_first_page_of_a_frame_is_checked_whole(rendered):
    _, _, out = rendered
    parts = WrittenParts(out)
    frames = {frame_of(p) for p in out.shelled}
    assert len(parts) == len(out.shelled) - len(frames)
    path = next(iter(parts))
    scanned, ids = parts[path]
    page = next(p for p in out.shelled if f"en/{p.url}index.html" == path)
    assert set(scan_html(page.body).links) <= set(scanned.links)  # the page's part...
    assert not [link for link in scanned.links if link[0] == "script"]  # ...not Material's frame
    assert ids  # the frame's own ids, for the links of the page to them


def test_a_check_of_the_written_parts_finds_what_a_whole_page_check_finds(rendered):
    site, language, out = rendered
    pages = [f"en/{p.url}index.html" for p in out.shelled]
    assert set(WrittenParts(out)) < set(pages)
    # Complete: the links into the Turkish site (not built here) are reported too, by both.
    whole = check_output(site, pages, complete=True, base="/kb/")
    parts = check_output(site, pages, complete=True, base="/kb/", written=WrittenParts(out))
    assert parts == whole
    # As the build does it: each page's parts taken when it is written, its body then let go.
    captured = WrittenParts(out)
    for page in out.shelled:
        captured.capture(page)
    assert len(captured.captured) == len(captured)
    bodies = {id(p): p.body for p in out.shelled}
    try:
        for page in out.shelled:
            page.body = ""
        assert check_output(site, pages, complete=True, base="/kb/", written=captured) == whole
    finally:
        for page in out.shelled:
            page.body = bodies[id(page)]
    practices = [p for p in out.shelled if p.kind == "practice"]
    for broken in (": no such anchor: #missing", ": no such file: ../../nowhere/"):
        assert len([w for w in whole if w.endswith(broken)]) == len(practices)
    assert [w for w in whole if "../../practices/" in w]  # the language switch's, checked
    assert not [w for w in whole if "#kb-facts-h" in w]


def test_links_the_frame_carries_for_the_page_are_the_pages(rendered):
    _, _, out = rendered
    frame = next(f for f, shell in out.shells.items() if shell.links)
    page = next(p for p in out.shelled if frame_of(p) == frame)
    written = out.shells[frame].written(page)
    # The language switch and the skip link name this page, not the shell.
    assert "kbshell" not in written
    assert re.search(r'<a href="[^"]*' + re.escape(page.url) + '"', written)
